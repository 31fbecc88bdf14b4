import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { isGarbledLine, removeGarbledLines } from '../../src/layout/ocr-garbled-lines.ts';
import type { PageLine } from '../../src/layout/page-line.ts';

const lexicon = getFrenchLexicon();

function pageLines(...contents: string[]): PageLine[] {
  return contents.map((content, index) => ({ number: index + 1, content, page: 0, column: 0, indent: 0, blankBefore: false, pageBreakBefore: false }));
}

describe('isGarbledLine', () => {
  it('takes a line of letters and figures mixed as no word is written, with no French word, for a picture read by OCR', () => {
    expect(isGarbledLine('ub qee A7II93e rs', lexicon)).toBe(true);
    expect(isGarbledLine('anof np aypel3sa,7', lexicon)).toBe(true);
    expect(isGarbledLine('7SlW4q! 38 OnII5f', lexicon)).toBe(true);
  });

  it('keeps lines of text however misread: a French word, ordinals, hours, codes, units, names in small capitals', () => {
    // A French word of three letters or more.
    expect(isGarbledLine('les qee A7II93e rs', lexicon)).toBe(false);
    // Ordinals, hours, codes and units turn from letters to figures once.
    expect(isGarbledLine('(12e, 3e, 58e).', lexicon)).toBe(false);
    expect(isGarbledLine('9h30 à 11h45.', lexicon)).toBe(false);
    expect(isGarbledLine('A49 CO2 m2 CE1', lexicon)).toBe(false);
    // A name in small capitals OCR read in mixed case holds no figure.
    expect(isGarbledLine('JuLiEN MaRTiN', lexicon)).toBe(false);
    // Words glued together by an extraction are longer than the misread ones.
    expect(isGarbledLine('lamoitié lorsd’unorage,le14oc-', lexicon)).toBe(false);
  });
});

describe('removeGarbledLines', () => {
  it('takes the garbled lines out and records each', () => {
    const read = removeGarbledLines(pageLines('Le port restera fermé jusqu’à jeudi.', 'anof np aypel3sa,7', 'La reprise est prévue vendredi.'), lexicon);
    expect(read.lines.map((line) => line.content)).toEqual(['Le port restera fermé jusqu’à jeudi.', 'La reprise est prévue vendredi.']);
    expect(read.repairs).toMatchObject([{ kind: 'page-furniture-removed', line: 2, reason: 'ocr-garbled-line' }]);
    // Without the word list nothing is taken out.
    expect(removeGarbledLines(pageLines('anof np aypel3sa,7'), undefined).lines).toHaveLength(1);
  });
});

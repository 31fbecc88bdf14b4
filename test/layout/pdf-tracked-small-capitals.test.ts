/**
 * Small capitals set tracked: a kicker or a name set in small capitals with letter spacing
 * (PostScript's `ashow` or PDF's `Tc`, CSS `font-variant: small-caps` with `letter-spacing`).
 * Every glyph is followed by the tracking, the capital's too, so the small capitals start that
 * gap after the capital, and (Chromium draws them a glyph a piece) after one another. The gap
 * was read as a word space: `L ITTORAL`, `K E R H E RV É`, `U N E S A I S O N`. Pieces placed by
 * hand as Ghostscript's and Chromium's pages put them.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { lowerSmallCapitals, type PlacedText } from '../../src/layout/pdf-small-capitals.ts';
import { pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

/** Glyphs drawn a piece each from `x`, each `[text, size, width]`, the tracking after every one. */
function tracked(x: number, y: number, tracking: number, glyphs: Array<[string, number, number]>, font: PlacedLine['font'] = 'regular'): PlacedLine[] {
  return glyphs.map(([text, size, width]) => {
    const line = { text, x, y, size, width, font };
    x += width + tracking;
    return line;
  });
}

function texts(lines: PlacedLine[]): string[] {
  return layoutPdf(pdfDocument([lines]), { lexicon: getFrenchLexicon() }).blocks.map((block) => block.text);
}

const BODY: PlacedLine[] = [
  { text: 'Les ornithologues de la réserve ont compté cette année deux cent', x: 50, y: 200, width: 300 },
  { text: 'douze couples de sternes, contre une centaine l’an dernier. C’est', x: 50, y: 212, width: 300 },
  { text: 'la meilleure saison depuis vingt ans, selon les gardes.', x: 50, y: 224, width: 240 },
];

describe('layoutPdf: small capitals set tracked', () => {
  it('reads a kicker whose small capitals are one piece a tracking after the capital as one word', () => {
    // Ghostscript's `1.6 0 (LITTORAL) ashow` in a capital and its small capitals: `L`, then `ITTORAL` 1.6 pt after it.
    const lines: PlacedLine[] = [
      { text: 'L', x: 50, y: 60, size: 10, width: 6.11, font: 'bold' },
      { text: 'ITTORAL', x: 57.71, y: 60, size: 7.5, width: 42.1, font: 'bold' },
      { text: 'Les sternes reviennent sur l’île aux Moines', x: 50, y: 90, size: 22, font: 'bold' },
      ...BODY,
    ];
    expect(texts(lines)[0]).toBe('Littoral');
  });

  it('reads small capitals drawn a glyph a piece at a tracking, a kerning pair and a comma after them, as words', () => {
    const lines: PlacedLine[] = [
      ...tracked(50, 60, 1.5, [['L', 10, 6.37], ['I', 6.75, 2.51], ['T', 6.75, 4.61], ['T', 6.75, 4.6], ['O', 6.75, 5.74], ['R', 6.75, 5.2], ['A', 6.75, 5.22], ['L', 6.75, 4.31]], 'bold'),
      { text: 'Les sternes reviennent sur l’île aux Moines', x: 50, y: 90, size: 22, font: 'bold' },
      { text: 'Par Yann', x: 50, y: 110, size: 8.5, width: 36.14 },
      // `K` a word space after `Yann`; `RV` a kerning pair, `V` drawn 0.52 pt after `R` where the tracking is 0.85.
      ...tracked(52.85 + 36.14, 110, 0.85, [['K', 8.5, 5.57], ['E', 6, 3.79], ['R', 6, 4.17], ['H', 6, 4.51], ['E', 6, 3.79], ['R', 6, 4.17 - 0.33], ['V', 6, 4.11], ['É', 6, 3.79]]),
      ...BODY.slice(0, 2),
      { text: 'la meilleure saison depuis vingt ans, selon', x: 50, y: 224, width: 200 },
      ...tracked(252.5, 224, 1, [['L', 10, 6.64], ['E', 6.75, 4.93]]),
      ...tracked(268.2, 224, 1, [['B', 10, 7.35], ['I', 6.75, 2.66], ['H', 6.75, 5.89], ['A', 6.75, 4.87], ['N', 6.75, 5.91]]),
      { text: ', garde de la réserve.', x: 268.2 + 7.35 + 2.66 + 5.89 + 4.87 + 5.91 + 5, y: 224, width: 80 },
      // An intertitle in small capitals, tracked: `Une` opens on a capital, `saison record` are small capitals only.
      ...tracked(50, 250, 1.32, [['U', 11, 7.94], ['N', 7.5, 5.41], ['E', 7.5, 4.59]]),
      ...tracked(74.71, 250, 1.32, [['S', 7.5, 4.17], ['A', 7.5, 5.42], ['I', 7.5, 2.5], ['S', 7.5, 4.17], ['O', 7.5, 5.42], ['N', 7.5, 5.41]]),
      ...tracked(113.79, 250, 1.32, [['R', 7.5, 5], ['E', 7.5, 4.58], ['C', 7.5, 5.01], ['O', 7.5, 5.41], ['R', 7.5, 5.01], ['D', 7.5, 5.41]]),
      { text: 'Les comptages se poursuivront jusqu’à la fin du mois d’août.', x: 50, y: 264, width: 290 },
    ];
    const read = texts(lines);
    expect(read[0]).toBe('Littoral');
    expect(read).toContain('Par Yann Kerhervé');
    expect(read.join(' ')).toContain('selon Le Bihan, garde de la réserve.');
    expect(read.join(' ')).toContain('Une saison record');
  });
});

describe('lowerSmallCapitals: the tracking told from a word space', () => {
  /** Pieces from `x`, each `[text, size, gap before, width]`. */
  function row(parts: Array<[string, number, number, number]>): PlacedText[] {
    let x = 50;
    return parts.map(([text, size, gap, width]) => {
      x += gap;
      const piece = { text, x0: x, x1: x + width, y: 500, size };
      x = piece.x1;
      return piece;
    });
  }

  it('leaves small capitals a word space after the capital apart', () => {
    const spaced = row([['T', 10, 0, 6.1], ['OUS', 7.5, 2.6, 16]]);
    expect(lowerSmallCapitals(spaced)).toEqual([]);
    expect(spaced.map((piece) => piece.text)).toEqual(['T', 'OUS']);
  });

  it('takes a gap after a capital that may be a word (`À`) for tracking only when the next small capital follows at the same gap', () => {
    const word = row([['À', 10, 0, 6.1], ['PARTIR', 7, 1.9, 28]]);
    expect(lowerSmallCapitals(word)).toEqual([]);
    const trackedWord = row([['A', 10, 0, 6.1], ['L', 7, 1.2, 4], ['AIN', 7, 1.2, 14]]);
    lowerSmallCapitals(trackedWord);
    expect(trackedWord.map((piece) => piece.text).join('')).toBe('Alain');
    // Each gap closed: a small capital starts where the piece before it ends.
    expect(trackedWord.slice(1).every((piece, index) => piece.x0 === trackedWord[index]?.x1)).toBe(true);
  });
});

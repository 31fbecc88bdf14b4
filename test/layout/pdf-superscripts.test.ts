/**
 * Superscripts in French prose (`XIXe siècle`, `le 1er mars`, `Me Dupont`, `Mme`) are set in
 * smaller type on a raised baseline, right against the word they end: Chromium draws a `<sup>`
 * 0.83 of the line's size raised by 0.4 of it, groff's `\*{…\*}` 0.7 of it raised by 0.41, so
 * the piece lies further from its word's baseline than one row's tolerance. It was gathered as
 * a row of its own and read as a line after the column (`e`, a caption), the word left `XIX`.
 * It belongs to the row of the word it touches.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { naturalWidth, pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

/** A line set in pieces, each after the one before, a word space apart unless `touching`. */
function pieces(parts: { text: string; size?: number; raise?: number; touching?: boolean }[], x: number, y: number): PlacedLine[] {
  const out: PlacedLine[] = [];
  let at = x;
  for (const part of parts) {
    if (out.length > 0 && part.touching !== true) at += 2.5;
    const size = part.size ?? 10;
    out.push({ text: part.text, x: at, y: y - (part.raise ?? 0), size, width: naturalWidth(part.text, size) });
    at += naturalWidth(part.text, size);
  }
  return out;
}

const headline: PlacedLine = { text: 'La vieille gare rouvre ses guichets', x: 60, y: 70, size: 20, font: 'bold' };

function page(middle: PlacedLine[]): PlacedLine[] {
  return [
    headline,
    { text: 'Les voyageurs de la ligne de Quimper ont retrouvé leurs', x: 60, y: 110, width: 240 },
    ...middle,
    { text: 'jours de semaine, de sept heures à dix-neuf heures, et', x: 60, y: 134, width: 240 },
    { text: 'le samedi matin.', x: 60, y: 146 },
  ];
}

describe('layoutPdf: superscripts set on a raised baseline', () => {
  it('reads a century and an ordinal drawn in raised smaller type inside their line', () => {
    // As Chromium sets `<sup>`: 8.3 pt on a 10 pt line, raised by 4 pt.
    const line = pieces(
      [
        { text: 'guichets, fermés depuis le 1' },
        { text: 'er', size: 8.3, raise: 4, touching: true },
        { text: 'mai, dans le hall du XIX' },
        { text: 'e', size: 8.3, raise: 4, touching: true },
        { text: 'siècle, ouverts les' },
      ],
      60,
      122,
    );
    const result = layoutPdf(pdfDocument([page(line)]), { lexicon: getFrenchLexicon() });
    const texts = result.blocks.map((block) => `${block.role}: ${block.text}`);
    expect(texts).toEqual([
      'headline: La vieille gare rouvre ses guichets',
      'paragraph: Les voyageurs de la ligne de Quimper ont retrouvé leurs guichets, fermés depuis le 1er mai, dans le hall du XIXe siècle, ouverts les jours de semaine, de sept heures à dix-neuf heures, et le samedi matin.',
    ]);
    expect(result.repairs.filter((repair) => repair.reason === 'superscript').map((repair) => repair.after)).toEqual(['1er', 'XIXe']);
  });

  it('reads a title drawn in groff\'s smaller raised type (0.7 of the line, raised by 0.41 of it)', () => {
    const line = pieces(
      [
        { text: 'guichets, a constaté M' },
        { text: 'e', size: 7, raise: 4.1, touching: true },
        { text: 'Le Goff, ouverts les' },
      ],
      60,
      122,
    );
    const result = layoutPdf(pdfDocument([page(line)]), { lexicon: getFrenchLexicon() });
    expect(result.blocks.map((block) => block.text)).toEqual([
      'La vieille gare rouvre ses guichets',
      'Les voyageurs de la ligne de Quimper ont retrouvé leurs guichets, a constaté Me Le Goff, ouverts les jours de semaine, de sept heures à dix-neuf heures, et le samedi matin.',
    ]);
  });

  it('leaves apart a small line that does not touch a word\'s end (a caption a word space away)', () => {
    const line = pieces([{ text: 'guichets, fermés depuis des années, ouverts les' }], 60, 122);
    // A short credit in small type, raised as much, but a word space after the line's end.
    const credit: PlacedLine = { text: 'AFP', x: 60 + naturalWidth(line[0]?.text ?? '') + 4, y: 118, size: 7 };
    const result = layoutPdf(pdfDocument([page([...line, credit])]), { lexicon: getFrenchLexicon() });
    expect(result.repairs.filter((repair) => repair.reason === 'superscript')).toEqual([]);
    expect(result.blocks.some((block) => block.text.includes('lesAFP'))).toBe(false);
  });
});

/**
 * Frames drawn with characters on a typewriter printout (a2ps, enscript): rules of `+` and dashes,
 * a `|` at each end of the lines inside. Pages built by hand, in a monospaced face (each
 * character 0.6 of the size wide), as such a printout is set.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { takeTextFrames, type FramePiece } from '../../src/layout/pdf-text-frames.ts';
import { pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

const SIZE = 10;
const ADVANCE = 0.6 * SIZE;

/** A line of a printout: its text at column `x` (in points), as one piece, or as the pieces its runs of spaces cut it into. */
function printed(text: string, x: number, y: number): PlacedLine[] {
  const lines: PlacedLine[] = [];
  for (const match of text.matchAll(/\S+(?: \S+)*/g)) {
    lines.push({ text: match[0], x: x + (match.index ?? 0) * ADVANCE, y, width: match[0].length * ADVANCE, size: SIZE });
  }
  return lines;
}

/** A frame of `width` characters around `inside` (each folded to `width - 4` characters), as a2ps draws it. */
function framed(inside: string[], width: number): string[] {
  const rule = `+${'-'.repeat(width - 2)}+`;
  return [rule, ...inside.map((line) => `| ${line.padEnd(width - 4)} |`), rule];
}

describe('takeTextFrames', () => {
  it('takes out the rules and edges of a frame, leaving its text and another column’s text on the same rows', () => {
    const piece = (text: string, column: number): FramePiece => ({ text, x0: column * ADVANCE, x1: (column + text.length) * ADVANCE });
    const rows = [
      { y: 10, pieces: [piece('+--------------+', 0), piece('Autre colonne', 30)] },
      { y: 22, pieces: [piece('| Deux mots', 0), piece('|', 15), piece('suite du texte', 30)] },
      { y: 34, pieces: [piece('|', 0), piece('|', 15)] },
      { y: 46, pieces: [piece('+--------------+', 0)] },
    ];
    const found = takeTextFrames(rows, (original, text, x0, x1) => ({ ...original, text, x0, x1 }));
    expect(rows.map((row) => row.pieces.map((kept) => kept.text))).toEqual([['Autre colonne'], ['Deux mots', 'suite du texte'], [], []]);
    expect(rows[1]?.pieces[0]?.x0).toBeCloseTo(2 * ADVANCE);
    expect([...found.taken.values()].flat().map((taken) => taken.text).sort()).toEqual(['+--------------+', '+--------------+', '|', '|', '|', '|']);
    expect(found.framed.get(rows[1]!.pieces[0]!)).toEqual({ left: 2 * ADVANCE, right: 14 * ADVANCE, advance: ADVANCE });
    // The other column's text is in no frame; the frame held text, so nothing is under an empty one.
    expect(found.framed.has(rows[1]!.pieces[1]!)).toBe(false);
    expect(found.underEmptyFrames.size).toBe(0);
  });

  it('leaves alone a line that only opens with a bar, and a rule with nothing framed', () => {
    const rows = [{ y: 10, pieces: [{ text: '+-----+', x0: 0, x1: 7 * ADVANCE }] }, { y: 22, pieces: [{ text: '| a b', x0: 0, x1: 5 * ADVANCE }] }];
    const found = takeTextFrames(rows, (original, text, x0, x1) => ({ ...original, text, x0, x1 }));
    expect(rows[1]?.pieces.map((kept) => kept.text)).toEqual(['| a b']);
    expect(found.framed.size).toBe(0);
  });
});

describe('layoutPdf: a printout’s frames drawn with characters', () => {
  it('drops a picture’s empty frame and a box’s rules and edges, reads the lines right under the empty frame as its caption, and gives the box’s title and each entry a paragraph, where a line stops with room left for the next word', () => {
    const page = [
      'Le marché couvert rouvre samedi après six mois de',
      'travaux, avec quarante étals et une halle neuve.',
      '  Les commerçants ont repris leurs places habituelles.',
      '',
      ...framed(['', '', ''], 50),
      'La halle neuve, vue depuis la place, un matin de',
      'marché.',
      '',
      '  Le maire a promis une fête pour l’inauguration.',
      '',
      ...framed(['En bref', 'Ouverture : samedi à 7 heures, comme avant les', 'travaux.', 'Étals : quarante, dont douze de producteurs.'], 50),
    ];
    const lines = page.flatMap((text, index) => printed(text, 40, 60 + 12 * index));
    const result = layoutPdf(pdfDocument([lines]), { lexicon: getFrenchLexicon() });
    const texts = result.blocks.map((block) => block.text);
    expect(texts.join(' ')).not.toMatch(/[|+]/);
    expect(result.blocks.filter((block) => block.role === 'caption').map((block) => block.text)).toEqual(['La halle neuve, vue depuis la place, un matin de marché.']);
    expect(texts).toContain('Le maire a promis une fête pour l’inauguration.');
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'role-assigned', after: 'caption', reason: 'under-empty-frame' }));
    expect(texts).toContain('En bref');
    expect(texts).toContain('Ouverture : samedi à 7 heures, comme avant les travaux.');
    expect(texts).toContain('Étals : quarante, dont douze de producteurs.');
    const dropped = result.repairs.filter((repair) => repair.kind === 'page-furniture-removed' && repair.reason === 'text-frame');
    // One line dropped per row the frames drew on: four rules, three empty rows, four rows' edges.
    expect(dropped.length).toBe(4 + 3 + 4);
  });
});

/**
 * A printout in one face and size (an editor's print of wire copy: Courier, ragged lines folded
 * at a number of characters, blocks set apart by blank lines, body paragraphs by a three-space
 * indent, but the first under a heading), under the printer's own bold header whose page counter (`Page 1`) is placed word by
 * word. Pages built by hand, each character 0.6 of the size wide, as such a printout is set.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { pdfDocument, type FontKey, type PlacedLine } from '../support/pdf-pages.ts';

const SIZE = 10;
const ADVANCE = 0.6 * SIZE;
const LEFT = 40;
const TOP = 40;

/**
 * A line of the printout at `column` characters in, on text line `row`: one piece, or one piece
 * per word (as the header is placed, word by word).
 */
function printed(text: string, row: number, font: FontKey, column: number, byWord: boolean): PlacedLine[] {
  const lines: PlacedLine[] = [];
  for (const match of text.matchAll(byWord ? /\S+/g : /\S+(?: \S+)*/g)) {
    const x = LEFT + (column + (match.index ?? 0)) * ADVANCE;
    lines.push({ text: match[0], x, y: TOP + row * SIZE, width: match[0].length * ADVANCE, size: SIZE, font });
  }
  return lines;
}

/** The page: each entry a line of text, `''` a blank line; the first the header, in bold, placed word by word. */
function page(lines: string[]): PlacedLine[] {
  return lines.flatMap((line, row) => (line === '' ? [] : printed(line.trimStart(), row, row === 0 ? 'bold' : 'regular', line.length - line.trimStart().length, row === 0)));
}

const BODY = [
  "   Le conseil municipal a voté mardi soir la fermeture de la",
  "piscine du quartier nord pour deux ans de travaux.",
  "   Les nageurs du club iront au bassin de la ville voisine,",
  "à vingt minutes en car, trois soirs par semaine.",
  '',
  'Un chantier attendu',
  '',
  "La toiture du bâtiment laissait passer l'eau depuis",
  "l'hiver dernier, selon l'adjoint chargé des sports.",
  '',
  'Texte et photos : Jeanne Martin',
  '',
  "La réouverture est prévue au printemps de l'an prochain,",
  'si le chantier tient ses délais.',
];

const HEADER = 'Le Courrier du Val · Département<anvier 2027   Page 1';

describe('PDF: a printout in one face and size', () => {
  it('drops the header whose page counter, in pieces, stands apart at its end, and reads the kicker in the body’s case above the title', () => {
    const lines = [HEADER, '', 'Sports', '', 'La piscine du quartier nord', 'fermera deux ans', '', 'Les travaux doivent commencer en mars.', '', 'Par Paul Durand', '', ...BODY];
    const result = layoutPdf(pdfDocument([page(lines)]), { lexicon: getFrenchLexicon() });
    expect(result.blocks.slice(0, 4).map((block) => [block.role, block.text])).toEqual([
      ['kicker', 'Sports'],
      ['headline', 'La piscine du quartier nord fermera deux ans'],
      ['standfirst', 'Les travaux doivent commencer en mars.'],
      ['byline', 'Par Paul Durand'],
    ]);
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', before: 'Le Courrier du Val · Département<anvier 2027 Page 1' }));
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'role-assigned', after: 'kicker', reason: 'short-line-above-headline' }));
  });

  it('reads a section and its subject joined by a hyphen as the kicker, not a dateline, when a title stands under it', () => {
    const lines = [HEADER, '', "Natation - Coupe de l'Ouest", '', 'La piscine du quartier nord', 'fermera deux ans', '', 'Les travaux doivent commencer en mars.', '', ...BODY];
    const result = layoutPdf(pdfDocument([page(lines)]), { lexicon: getFrenchLexicon() });
    expect(result.blocks.slice(0, 3).map((block) => block.role)).toEqual(['kicker', 'headline', 'standfirst']);
    expect(result.blocks[0]!.text).toBe("Natation - Coupe de l'Ouest");
  });

  it('keeps a short first line above a standfirst as the headline: no title under it', () => {
    const lines = [HEADER, '', 'La piscine fermera', '', 'Les travaux doivent commencer en mars.', '', 'Par Paul Durand', '', ...BODY];
    const result = layoutPdf(pdfDocument([page(lines)]), { lexicon: getFrenchLexicon() });
    expect(result.blocks.slice(0, 3).map((block) => [block.role, block.text])).toEqual([
      ['headline', 'La piscine fermera'],
      ['standfirst', 'Les travaux doivent commencer en mars.'],
      ['byline', 'Par Paul Durand'],
    ]);
  });

  it('ends a ragged line with room for the next word, a blank line under it, as a block of its own, sentence’s end or not', () => {
    const lines = [HEADER, '', 'La piscine du quartier nord', 'fermera deux ans', '', 'Les travaux doivent commencer en mars.', '', ...BODY];
    const result = layoutPdf(pdfDocument([page(lines)]), { lexicon: getFrenchLexicon() });
    const texts = result.blocks.map((block) => block.text);
    expect(texts).toContain('Un chantier attendu');
    expect(texts).toContain('Texte et photos : Jeanne Martin');
    expect(texts).toContain("La toiture du bâtiment laissait passer l'eau depuis l'hiver dernier, selon l'adjoint chargé des sports.");
    // Lines at the leading, no blank line between them, go on in one paragraph however short.
    expect(texts).toContain('Les nageurs du club iront au bassin de la ville voisine, à vingt minutes en car, trois soirs par semaine.');
  });
});

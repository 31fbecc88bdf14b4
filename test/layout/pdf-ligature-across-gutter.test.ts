/**
 * A headline's line across the columns whose word is drawn in pieces over the body's gutter:
 * pdf.js gives a ligature an item of its own (Chromium sets a bold `enfin` as `en`, `ﬁ`, `n`),
 * so no one piece of the line crosses the gutter though its letters cover it. The pieces touch,
 * letter to letter: one stretch of ink across the gutter, the line read whole, not cut into a
 * column's line and the next column's (which put a space inside the word: `en fin`).
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { column, pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

const left = column(
  [
    [
      'Il était presque six heures quand la première rame',
      'a quitté le terminus sous les applaudissements de',
      'quelques dizaines de curieux venus tôt. Une retraitée',
      'avait apporté un thermos de café pour les agents,',
      'qui ont posé pour une photo devant la cabine.',
    ],
    ['Le trajet jusqu’au centre a duré vingt minutes, sans', 'le moindre arrêt imprévu.'],
  ],
  { x: 50, width: 230, top: 150, leading: 12, indent: 12 },
);
const right = column(
  [
    [
      'Longue de douze kilomètres, la ligne traverse le',
      'fleuve sur un pont élargi pour l’occasion et compte',
      'vingt-deux stations. Elle doit desservir, selon la',
      'métropole, près de soixante mille habitants à moins',
      'de cinq cents mètres d’un arrêt, et les bus des',
      'quartiers nord seront raccourcis dès lundi matin.',
    ],
  ],
  { x: 300, width: 230, top: 150, leading: 12, indent: 12 },
);
const body = { lines: [...left.lines, ...right.lines] };

describe('layoutPdf: a word drawn in pieces across the gutter', () => {
  it('reads a headline line whose ligature sits over the gutter as one line', () => {
    const head: PlacedLine[] = [
      { text: 'La deuxième ligne de tramway', x: 50, y: 70, size: 22, font: 'bold', width: 300 },
      // The gutter lies at x 280–300: `en` ends before it, `fi` starts inside it, `n` after it.
      { text: 'de la ville roule en', x: 50, y: 96, size: 22, font: 'bold', width: 228 },
      { text: 'fi', x: 278, y: 96, size: 22, font: 'bold', width: 14 },
      { text: 'n vers le nord', x: 292, y: 96, size: 22, font: 'bold', width: 150 },
    ];
    const result = layoutPdf(pdfDocument([[...head, ...body.lines]]), { lexicon: getFrenchLexicon() });
    const headline = result.blocks.find((block) => block.role === 'headline');
    expect(headline?.text).toBe('La deuxième ligne de tramway de la ville roule enfin vers le nord');
    const paragraphs = result.blocks.filter((block) => block.role === 'paragraph').map((block) => block.text);
    expect(paragraphs.join(' ')).toMatch(/^Il était presque six heures .* imprévu\. Longue de douze kilomètres, .* lundi matin\.$/u);
  });

  it('still reads apart two columns whose lines end and start at the gutter, a gutter apart', () => {
    const head: PlacedLine[] = [{ text: 'La deuxième ligne de tramway roule enfin', x: 50, y: 70, size: 22, font: 'bold', width: 430 }];
    const result = layoutPdf(pdfDocument([[...head, ...body.lines]]), { lexicon: getFrenchLexicon() });
    const paragraphs = result.blocks.filter((block) => block.role === 'paragraph').map((block) => block.text);
    // Column by column: the left column's lines run on, then the right column's.
    expect(paragraphs.join(' ')).toMatch(/première rame a quitté le terminus .* sans le moindre arrêt imprévu\. Longue de douze kilomètres, la ligne traverse le fleuve .* lundi matin\.$/u);
  });
});

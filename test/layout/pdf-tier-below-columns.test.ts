/**
 * A block set below a page's columns in the first column's place (Gnumeric's boxed last
 * paragraph, a row of its own under the row of columns): it starts below every other column's
 * last line, after an empty space wider than a paragraph's, in the body's type. It is the
 * page's next tier, read after the columns, not the first column's continuation. A caption
 * under a picture set in a column is in a type of its own and stays where it is.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { column, pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

const HEAD: PlacedLine[] = [
  { text: 'Le lavoir de la rue Basse', x: 40, y: 50, size: 20, font: 'bold', width: 260 },
  { text: 'retrouve son toit de tuiles', x: 40, y: 74, size: 20, font: 'bold', width: 270 },
];

const LEFT = column(
  [
    ['Le lavoir communal, bâti en 1862, avait', 'perdu la moitié de sa charpente lors de', 'la tempête de l’hiver dernier.'],
    ['Les bénévoles de l’association ont', 'récupéré les tuiles tombées une à une.'],
  ],
  { x: 40, width: 160, top: 110, indent: 8, paragraphSpace: 6 },
);
const RIGHT = column(
  [
    ['Le chantier a coûté vingt mille euros,', 'dont la moitié apportée par une', 'souscription ouverte au printemps.'],
    ['Le maire a salué le travail.'],
  ],
  { x: 215, width: 160, top: 110, indent: 8, paragraphSpace: 6 },
);
/** Four lines below both columns, five lines' space under the first column's last. */
const BELOW = column([['Une fête des lavandières aura lieu le', 'premier dimanche de juillet, avec un', 'repas tiré du sac au bord du ruisseau.']], {
  x: 40,
  width: 160,
  top: LEFT.next + 60,
  indent: 8,
});

function read(lines: PlacedLine[]) {
  return layoutPdf(pdfDocument([lines]), { lexicon: getFrenchLexicon() });
}

describe('layoutPdf: a tier below the columns', () => {
  it('reads the block set below every column after them, recording why', () => {
    const result = read([...HEAD, ...LEFT.lines, ...RIGHT.lines, ...BELOW.lines]);
    expect(result.blocks.filter((block) => block.role === 'paragraph').map((block) => block.text)).toEqual([
      'Le lavoir communal, bâti en 1862, avait perdu la moitié de sa charpente lors de la tempête de l’hiver dernier.',
      'Les bénévoles de l’association ont récupéré les tuiles tombées une à une.',
      'Le chantier a coûté vingt mille euros, dont la moitié apportée par une souscription ouverte au printemps.',
      'Le maire a salué le travail.',
      'Une fête des lavandières aura lieu le premier dimanche de juillet, avec un repas tiré du sac au bord du ruisseau.',
    ]);
    const repair = result.repairs.find((each) => each.reason === 'tier-below-columns');
    expect(repair?.evidence).toContain('Une fête des lavandières');
  });

  it('leaves in its column a caption set under a picture there, in its own type', () => {
    const caption = BELOW.lines.map((line): PlacedLine => ({ ...line, font: 'italic', size: 8 }));
    const result = read([...HEAD, ...LEFT.lines, ...RIGHT.lines, ...caption]);
    expect(result.repairs.some((each) => each.reason === 'tier-below-columns')).toBe(false);
  });

  it('leaves a column that only runs on longer than the others, at its own leading', () => {
    const longer = column([['Une fête des lavandières aura lieu le', 'premier dimanche de juillet.']], { x: 40, width: 160, top: LEFT.next + 6, indent: 8 });
    const result = read([...HEAD, ...LEFT.lines, ...RIGHT.lines, ...longer.lines]);
    expect(result.repairs.some((each) => each.reason === 'tier-below-columns')).toBe(false);
    expect(result.blocks.filter((block) => block.role === 'paragraph').map((block) => block.text)[2]).toBe('Une fête des lavandières aura lieu le premier dimanche de juillet.');
  });
});

/**
 * A line set wider than its column: a justifier that spread a line's words over more than its
 * measure (xhtml2pdf does so on a line holding a no-break space) draws the line's last word
 * across the gutter, up to or under the first word of the next column's line on that baseline.
 * The row is still its columns' lines, each read in its column, not a row across the page that
 * ends the columns' band.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { column, naturalWidth, pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

/** A line drawn word by word from `x`, a `space` between words (as a justifier that places each word). */
function spreadLine(words: string[], x: number, y: number, space: number): PlacedLine[] {
  const placed: PlacedLine[] = [];
  let left = x;
  for (const word of words) {
    placed.push({ text: word, x: left, y });
    left += naturalWidth(word) + space;
  }
  return placed;
}

const HEADLINE: PlacedLine[] = [
  { text: 'La route des gorges restera fermée', x: 50, y: 60, size: 22, font: 'bold', width: 420 },
  { text: 'jusqu’à la fin du mois de janvier', x: 50, y: 86, size: 22, font: 'bold', width: 400 },
];

function page(): { lines: PlacedLine[] } {
  const left = column(
    [
      ['Un automobiliste a donné l’alerte', 'peu avant six heures, mercredi', 'matin, en sortant du tunnel.'],
      [
        'Les services du Département ont fermé',
        'la route entre les deux villages et un',
        'géotechnicien a survolé le site dans la',
        'matinée pour mesurer le danger.',
      ],
      ['La paroi reste instable sur une trentaine', 'de mètres, selon les premiers relevés.'],
      [
        'Avant de dégager la chaussée, il faudra',
        'purger la falaise, c’est-à-dire faire tomber',
        'les pans de roche qui menacent encore, puis',
        'évacuer les gravats et poser des filets.',
      ],
      ['Ces travaux acrobatiques devraient durer', 'trois semaines au moins.'],
    ],
    { x: 50, width: 230, top: 130, leading: 12, indent: 12 },
  );
  const right = column(
    [
      ['Le coût des travaux est estimé à deux', 'millions d’euros.'],
      ['Les cars scolaires sont déviés par le col', 'et partent vingt minutes plus tôt.'],
      [
        'Les poids lourds de plus de dix-neuf tonnes',
        'doivent emprunter l’autoroute et le col de',
        'la Croix, où la vitesse est limitée à',
        'cinquante kilomètres à l’heure.',
      ],
    ],
    { x: 300, width: 230, top: 130, leading: 12, indent: 0 },
  );
  // The left column's second line, drawn word by word with too wide a word space: its last
  // word ends past the gutter (280 to 300 pt), under the right column's line on its baseline.
  const secondLine = left.lines[1] as PlacedLine;
  const overrun = spreadLine(['peu', 'avant', 'six', 'heures,', 'mercredi'], 50, secondLine.y, 37.5);
  // The left column's last paragraph's first line likewise, with nothing on its right.
  const lastOpening = left.lines[7] as PlacedLine;
  const alone = spreadLine(['La', 'paroi', 'reste', 'instable', 'sur', 'une', 'trentaine'], 62, lastOpening.y, 16.5);
  const lines = [
    ...left.lines.filter((line) => line !== secondLine && line !== lastOpening),
    ...overrun,
    ...alone,
    ...right.lines,
  ];
  // The last word of the overrunning lines does cross the gutter (what the test is about).
  const ends = [overrun.at(-1), alone.at(-1)].map((line) => (line as PlacedLine).x + naturalWidth((line as PlacedLine).text));
  expect(Math.min(...ends)).toBeGreaterThan(300);
  // ... the wider line's last word under the right column's first words on its baseline.
  expect(ends[0]).toBeGreaterThan(305);
  return { lines };
}

describe('layoutPdf: a line set wider than its column', () => {
  it('reads a line whose last word runs over the gutter in its own column', () => {
    const { lines } = page();
    const result = layoutPdf(pdfDocument([[...HEADLINE, ...lines]]), { lexicon: getFrenchLexicon() });
    const paragraphs = result.blocks.filter((block) => block.role === 'paragraph').map((block) => block.text);
    expect(paragraphs).toEqual([
      'Un automobiliste a donné l’alerte peu avant six heures, mercredi matin, en sortant du tunnel.',
      'Les services du Département ont fermé la route entre les deux villages et un géotechnicien a survolé le site dans la matinée pour mesurer le danger.',
      'La paroi reste instable sur une trentaine de mètres, selon les premiers relevés.',
      'Avant de dégager la chaussée, il faudra purger la falaise, c’est-à-dire faire tomber les pans de roche qui menacent encore, puis évacuer les gravats et poser des filets.',
      'Ces travaux acrobatiques devraient durer trois semaines au moins.',
      'Le coût des travaux est estimé à deux millions d’euros.',
      'Les cars scolaires sont déviés par le col et partent vingt minutes plus tôt.',
      'Les poids lourds de plus de dix-neuf tonnes doivent emprunter l’autoroute et le col de la Croix, où la vitesse est limitée à cinquante kilomètres à l’heure.',
    ]);
    const gutter = result.repairs.find((repair) => repair.kind === 'columns-reordered' && repair.reason === 'gutter');
    expect(gutter?.evidence).toMatch(/2 overrun it by their last word/u);
  });

  it('still reads a row in body type that runs well into the next column across the page', () => {
    const { lines } = page();
    // A line across both columns, under them: it ends far inside the right column.
    const across: PlacedLine = { text: 'Les horaires des cars sont affichés en mairie et sur le site du Département.', x: 50, y: 330, width: 420 };
    const result = layoutPdf(pdfDocument([[...HEADLINE, ...lines, across]]), { lexicon: getFrenchLexicon() });
    expect(result.blocks.at(-1)?.text).toBe(across.text);
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'columns-reordered', reason: 'band' }));
  });
});

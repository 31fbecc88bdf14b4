/**
 * Text drawn twice over itself (a bolder look, a shadow): read once, on pages built by hand.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { dropOverprintedText } from '../../src/layout/pdf-overprinted-text.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { column, pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

const piece = (text: string, x0: number, y: number, size = 10, font = 'Times-Bold') => ({ text, x0, y, size, font });

describe('dropOverprintedText', () => {
  it('leaves out a copy drawn over the first drawing, shifted by a fraction of a point', () => {
    const first = piece('Un intertitre', 50, 100);
    const copy = piece('Un intertitre', 49.5, 100);
    const { kept, overprints } = dropOverprintedText([first, copy]);
    expect(kept).toEqual([first]);
    expect(overprints).toEqual([{ copy, original: first }]);
  });

  it('keeps the same text set elsewhere, in another font or size, and pieces of spaces', () => {
    const pieces = [
      piece('Oui', 50, 100),
      piece('Oui', 62, 100), // the next word along the line
      piece('Oui', 50, 112), // the line below
      piece('Oui', 50.2, 100, 10, 'Times-Roman'), // another face
      piece('Oui', 50.2, 100, 12), // another size
      piece(' ', 50, 100),
      piece(' ', 50, 100),
    ];
    expect(dropOverprintedText(pieces).kept).toEqual(pieces);
  });
});

describe('layoutPdf: text drawn twice over itself', () => {
  it('reads a bold kicker and intertitle drawn twice once each, and records why', () => {
    const bold = (text: string, x: number, y: number, size = 10): PlacedLine => ({ text, x, y, size, font: 'bold' });
    const headline: PlacedLine = { text: 'Le festival de jazz a fait salle comble', x: 50, y: 80, size: 22, font: 'bold' };
    const body = column(
      [
        ['Le public est venu plus nombreux que prévu pour la pre-', 'mière soirée du festival, samedi, au théâtre municipal.'],
        ['Les organisateurs comptent déjà sur une deuxième édi-', 'tion, avec le soutien de la communauté de communes.'],
      ],
      { x: 50, width: 260, top: 110, indent: 10 },
    );
    const intertitle = bold('Une deuxième édition', 50, 146);
    const after = column([['Elle aura lieu au printemps, dans la même salle.']], { x: 50, width: 260, top: 160, indent: 10 });
    const lines = [
      bold('Musique', 50, 50, 11),
      bold('Musique', 49.5, 50, 11),
      headline,
      ...body.lines.slice(0, 2),
      intertitle,
      { ...intertitle, x: 49.5 },
      ...after.lines,
    ];
    const result = layoutPdf(pdfDocument([lines]), { lexicon: getFrenchLexicon() });
    expect(result.blocks.map((block) => [block.role, block.text])).toEqual([
      ['kicker', 'Musique'],
      ['headline', 'Le festival de jazz a fait salle comble'],
      ['paragraph', 'Le public est venu plus nombreux que prévu pour la première soirée du festival, samedi, au théâtre municipal.'],
      ['paragraph', 'Une deuxième édition'],
      ['paragraph', 'Elle aura lieu au printemps, dans la même salle.'],
    ]);
    const removed = result.repairs.filter((repair) => repair.kind === 'line-drawn-twice-removed');
    expect(removed.map((repair) => [repair.before, repair.reason, repair.line])).toEqual([
      ['Musique', 'overprinted', 1],
      ['Une deuxième édition', 'overprinted', 5],
    ]);
  });
});

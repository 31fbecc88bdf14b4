/**
 * A headline set line by line, each line's display type shrunk to fill the measure (pdfme's
 * fitted text boxes): the second line, smaller than the first but in the same bold face and
 * still display type, carries on a title that closes no sentence. It is the headline's, not a
 * standfirst; a standfirst under it, ending its sentences, stays one.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { column, pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

const body = column(
  [
    [
      'Sur le marché de la place, les étals sont à moitié',
      'vides ce samedi. Les producteurs de la vallée n’ont',
      'presque rien à vendre depuis le troisième orage, qui',
      'a frappé la plaine mardi en fin d’après-midi. « Tout',
      'est haché, les salades comme les tomates », résume',
      'un maraîcher installé depuis trente ans.',
    ],
  ],
  { x: 50, width: 230, top: 180, leading: 12, indent: 12 },
);

const roles = (top: PlacedLine[]) =>
  layoutPdf(pdfDocument([[...top, ...body.lines]]), { lexicon: getFrenchLexicon() }).blocks.map((block) => `${block.role}: ${block.text}`);

describe('layoutPdf: a headline fitted to the measure line by line', () => {
  it('joins the smaller second line, same face, no sentence closed, to the headline', () => {
    const top: PlacedLine[] = [
      { text: 'Grêle sur la vallée :', x: 50, y: 60, size: 30, font: 'bold', width: 230 },
      { text: 'les maraîchers font leurs comptes', x: 50, y: 94, size: 26, font: 'bold', width: 230 },
      { text: 'Trois orages en un mois ont détruit la moitié des récoltes de la plaine.', x: 50, y: 130, size: 12, font: 'italic', width: 230 },
    ];
    expect(roles(top).slice(0, 2)).toEqual([
      'headline: Grêle sur la vallée : les maraîchers font leurs comptes',
      'standfirst: Trois orages en un mois ont détruit la moitié des récoltes de la plaine.',
    ]);
  });

  it('keeps a bold standfirst in display type that ends its sentence apart from the headline', () => {
    const top: PlacedLine[] = [
      { text: 'Grêle sur la vallée', x: 50, y: 60, size: 30, font: 'bold', width: 230 },
      { text: 'Trois orages ont tout détruit.', x: 50, y: 94, size: 26, font: 'bold', width: 230 },
    ];
    expect(roles(top).slice(0, 2)).toEqual(['headline: Grêle sur la vallée', 'standfirst: Trois orages ont tout détruit.']);
  });
});

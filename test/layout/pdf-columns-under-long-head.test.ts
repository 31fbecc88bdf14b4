/**
 * A short page of two columns under a long head (Gnumeric's A5 pages: a standfirst over three
 * lines and two captions across the page, over columns of a dozen lines): the rows across the
 * gutter (four, of nineteen) are more than the share a page of columns usually has, but every one of them stands
 * above the columns. The gutter is found all the same; a stretch crossed between the columns'
 * rows (a river of one column's loose lines) is not.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { column, pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

const HEAD: PlacedLine[] = [
  { text: 'La fromagerie du plateau', x: 40, y: 50, size: 20, font: 'bold', width: 260 },
  { text: 'change de mains', x: 40, y: 74, size: 20, font: 'bold', width: 170 },
  { text: 'Le couple qui la tenait depuis trente ans part à la retraite. Deux', x: 40, y: 96, width: 330, font: 'bold' },
  { text: 'jeunes affineurs reprennent la cave et les quarante vaches du', x: 40, y: 108, width: 320, font: 'bold' },
  { text: 'troupeau dès le mois prochain.', x: 40, y: 120, width: 150, font: 'bold' },
  { text: 'Par Odile Ferrandon', x: 40, y: 136, width: 90 },
  { text: 'Les meules de tomme affinent six mois dans la cave voûtée du village.', x: 40, y: 240, width: 300, size: 8, font: 'italic' },
  { text: 'Les nouveaux gérants devant le séchoir, vendredi matin.', x: 40, y: 330, width: 240, size: 8, font: 'italic' },
];

const LEFT = column(
  [
    ['Les clés de la fromagerie ont changé', 'de mains lundi, chez le notaire de', 'la vallée, sans tambour ni trompette.'],
    ['Les anciens gérants garderont', 'leur maison, à deux pas de la cave,', 'et promettent de passer souvent.'],
    ['La commune, propriétaire des murs,', 'a baissé le loyer de moitié pour', 'les trois premières années du bail.'],
    ['Le marché du samedi gardera son', 'étal de fromages.'],
  ],
  { x: 40, width: 160, top: 350, indent: 8 },
).lines;
const RIGHT = column(
  [
    ['Les deux repreneurs, originaires du', 'Jura, ont travaillé dix ans dans une', 'coopérative de comté.'],
    ['Ils garderont les recettes.'],
  ],
  { x: 215, width: 160, top: 350, indent: 8 },
).lines;

function paragraphs(lines: PlacedLine[]): string[] {
  const result = layoutPdf(pdfDocument([lines]), { lexicon: getFrenchLexicon() });
  return result.blocks.filter((block) => block.role === 'paragraph').map((block) => block.text);
}

describe('layoutPdf: columns under a long head across the page', () => {
  it('reads the columns one after the other when every row across the gutter stands above them', () => {
    const result = layoutPdf(pdfDocument([[...HEAD, ...LEFT, ...RIGHT]]), { lexicon: getFrenchLexicon() });
    expect(result.blocks.filter((block) => block.role === 'paragraph').map((block) => block.text)).toEqual([
      'Les clés de la fromagerie ont changé de mains lundi, chez le notaire de la vallée, sans tambour ni trompette.',
      'Les anciens gérants garderont leur maison, à deux pas de la cave, et promettent de passer souvent.',
      'La commune, propriétaire des murs, a baissé le loyer de moitié pour les trois premières années du bail.',
      'Le marché du samedi gardera son étal de fromages.',
      'Les deux repreneurs, originaires du Jura, ont travaillé dix ans dans une coopérative de comté.',
      'Ils garderont les recettes.',
    ]);
    const repair = result.repairs.find((each) => each.kind === 'columns-reordered' && each.reason === 'gutter');
    expect(repair?.evidence).toContain('all of them above or below the columns');
  });

  it('does not take for a gutter a stretch that rows between the columns’ rows cross', () => {
    // The same rows, one line of each column set across the gutter in the middle of them.
    const across: PlacedLine = { text: 'une ligne posée en travers des deux colonnes, au milieu du texte', x: 40, y: 374, width: 330 };
    const lines = [...HEAD, ...LEFT.filter((line) => line.y !== 374), ...RIGHT.filter((line) => line.y !== 374), across];
    expect(paragraphs(lines).join(' ')).not.toContain('comté. Ils garderont les recettes. Les clés');
    const result = layoutPdf(pdfDocument([lines]), { lexicon: getFrenchLexicon() });
    expect(result.repairs.some((each) => each.kind === 'columns-reordered' && (each.evidence ?? '').includes('all of them above or below'))).toBe(false);
  });
});

/**
 * A gutter under a headline over several lines: display type runs across the columns under it,
 * as it may, so the rows it sets are not weighed against the gutter. Here the article's last
 * line runs over into the second column, alone at its top (a text box's columns, LibreOffice
 * Impress), beside the first line of the first column; the headline's three lines, the
 * standfirst's two and the caption across the page would otherwise outweigh a gutter shown by
 * a single line on its right.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { column, pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

describe('layoutPdf: display type across a gutter', () => {
  it('reads a column holding one line after the column beside it, under a headline of three lines', () => {
    const top: PlacedLine[] = [
      { text: 'Les maraîchers de la vallée', x: 50, y: 60, size: 22, font: 'bold', width: 420 },
      { text: 'face à une saison de grêle', x: 50, y: 86, size: 22, font: 'bold', width: 420 },
      { text: 'sans précédent depuis vingt ans', x: 50, y: 112, size: 22, font: 'bold', width: 420 },
      { text: 'Trois orages en un mois ont détruit la moitié des récoltes de la plaine, et les serres', x: 50, y: 136, size: 12, width: 480 },
      { text: 'tunnels n’ont pas résisté aux grêlons les plus gros.', x: 50, y: 151, size: 12, width: 300 },
    ];
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
        [
          'La chambre d’agriculture estime les pertes à plus',
          'de deux millions d’euros pour le seul canton. Les',
          'assureurs ont promis une visite des exploitations',
          'dans la semaine, et la préfecture doit réunir les',
          'élus et les professionnels lundi pour arrêter le',
          'calendrier des aides et le montant d’une avance',
        ],
      ],
      { x: 50, width: 230, top: 180, leading: 12, indent: 12 },
    );
    const overflow: PlacedLine = { text: 'versée avant la fin du mois.', x: 300, y: 180, width: 120 };
    const caption: PlacedLine = { text: 'Des serres tunnels éventrées par la grêle, mardi soir, dans la plaine de la vallée.', x: 50, y: 340, size: 8, font: 'italic', width: 330 };
    const result = layoutPdf(pdfDocument([[...top, ...body.lines, overflow, caption]]), { lexicon: getFrenchLexicon() });
    const paragraphs = result.blocks.filter((block) => block.role === 'paragraph').map((block) => block.text);
    expect(paragraphs.at(-1)).toMatch(/calendrier des aides et le montant d’une avance versée avant la fin du mois\.$/u);
    expect(paragraphs[0]).toMatch(/^Sur le marché de la place, les étals sont à moitié vides/u);
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'columns-reordered', reason: 'gutter' }));
  });
});

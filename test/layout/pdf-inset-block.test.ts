/**
 * A block set in from its column by a few points (a list in a box with a margin, as PDFBox
 * programs and react-pdf draw it): every line of the block starts right of the column's edge,
 * far enough to look indented. Its items' wrapped lines go on with them; its items still open a
 * paragraph each, by their own indent from the block's edge or by the space between them.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { naturalWidth, pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

const HEADLINE: PlacedLine[] = [
  { text: 'Le conseil adopte un budget', x: 50, y: 60, size: 22, font: 'bold', width: 300 },
  { text: 'sans toucher aux impôts', x: 50, y: 86, size: 22, font: 'bold', width: 260 },
];

/** Lines of a ragged column from `top`, each at its own x, a leading apart (and `space` more before a line marked so). */
function ragged(lines: { text: string; x: number; space?: number; font?: 'bold' }[], top: number, leading = 12): PlacedLine[] {
  let y = top - leading;
  return lines.map((line) => {
    y += leading + (line.space ?? 0);
    return { text: line.text, x: line.x, y, width: naturalWidth(line.text), ...(line.font === undefined ? {} : { font: line.font }) };
  });
}

/** The body above the block: ragged paragraphs at x 50, indented 12, whose lines run to about x 290. */
const BODY = [
  { text: 'Le budget total s’élève à quarante-huit millions', x: 62 },
  { text: 'd’euros, dont seize millions pour l’investissement,', x: 50 },
  { text: 'soit un million et demi de plus que l’an dernier.', x: 50 },
  { text: 'Les tarifs de la cantine augmenteront de dix', x: 62 },
  { text: 'centimes par repas à la rentrée de septembre, et', x: 50 },
  { text: 'ceux de la piscine municipale sont gelés.', x: 50 },
];

function paragraphs(lines: PlacedLine[]): string[] {
  const result = layoutPdf(pdfDocument([[...HEADLINE, ...lines]]), { lexicon: getFrenchLexicon() });
  return result.blocks.filter((block) => block.role === 'paragraph').map((block) => block.text);
}

describe('layoutPdf: a block set in from its column', () => {
  it('goes on with a list item wrapped at the block’s edge, its next item opening on its indent', () => {
    // PDFBox: the box 6 pt in, each item's first line indented 12 pt from the box's edge (the
    // first, after the box's heading, not), its wrapped line at the box's edge.
    const lines = ragged(
      [
        ...BODY,
        { text: 'Les principaux investissements', x: 56, font: 'bold', space: 8 },
        { text: 'Rénovation thermique du groupe scolaire des', x: 56 },
        { text: 'Tilleuls : quatre millions d’euros.', x: 56 },
        { text: 'Extension du réseau de chaleur au quartier de la', x: 68 },
        { text: 'Gare : trois millions d’euros.', x: 56 },
        { text: 'Nouveaux vestiaires du stade : 860 000 euros.', x: 68 },
      ],
      130,
    );
    expect(paragraphs(lines)).toEqual([
      'Le budget total s’élève à quarante-huit millions d’euros, dont seize millions pour l’investissement, soit un million et demi de plus que l’an dernier.',
      'Les tarifs de la cantine augmenteront de dix centimes par repas à la rentrée de septembre, et ceux de la piscine municipale sont gelés.',
      'Les principaux investissements',
      'Rénovation thermique du groupe scolaire des Tilleuls : quatre millions d’euros.',
      'Extension du réseau de chaleur au quartier de la Gare : trois millions d’euros.',
      'Nouveaux vestiaires du stade : 860 000 euros.',
    ]);
    const result = layoutPdf(pdfDocument([[...HEADLINE, ...lines]]), { lexicon: getFrenchLexicon() });
    expect(result.repairs.filter((repair) => repair.reason === 'inset-block')).toHaveLength(2);
  });

  it('goes on with a wrapped item at the block’s edge, its items set apart by a space (react-pdf)', () => {
    const lines = ragged(
      [
        ...BODY,
        { text: 'Les principaux investissements', x: 57, font: 'bold', space: 8 },
        { text: 'Rénovation thermique du groupe scolaire des', x: 57 },
        { text: 'Tilleuls : quatre millions d’euros.', x: 57 },
        { text: 'Extension du réseau de chaleur au quartier de la', x: 57, space: 6 },
        { text: 'Gare : trois millions d’euros.', x: 57 },
      ],
      130,
    );
    expect(paragraphs(lines).slice(2)).toEqual([
      'Les principaux investissements',
      'Rénovation thermique du groupe scolaire des Tilleuls : quatre millions d’euros.',
      'Extension du réseau de chaleur au quartier de la Gare : trois millions d’euros.',
    ]);
  });

  it('still opens a paragraph on an indent after a line ending a sentence, and at the column’s edge after an indented line', () => {
    const lines = ragged(
      [
        ...BODY,
        { text: 'Un paragraphe d’une ligne, en retrait.', x: 62 },
        { text: 'Un autre paragraphe, au même retrait, qui', x: 62 },
        { text: 'revient au bord de la colonne pour finir.', x: 50 },
      ],
      130,
    );
    expect(paragraphs(lines).slice(2)).toEqual([
      'Un paragraphe d’une ligne, en retrait.',
      'Un autre paragraphe, au même retrait, qui revient au bord de la colonne pour finir.',
    ]);
  });

  it('keeps one-line items with no stop apart in the block, each a paragraph', () => {
    const lines = ragged(
      [
        ...BODY,
        { text: 'Au programme', x: 56, font: 'bold', space: 8 },
        { text: 'Concert de la fanfare', x: 56 },
        { text: 'Marché des producteurs', x: 56 },
        { text: 'Bal sur la place', x: 56 },
      ],
      130,
    );
    expect(paragraphs(lines).slice(2)).toEqual(['Au programme', 'Concert de la fanfare', 'Marché des producteurs', 'Bal sur la place']);
  });
});

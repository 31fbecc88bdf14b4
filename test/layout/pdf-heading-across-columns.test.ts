/**
 * An intertitle wrapped across a column break, a caption set at the column's foot under its
 * first line (a text box flowing over two columns, as LibreOffice Impress lays one out): the
 * heading is read whole, the caption after it.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { column, pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

const LEFT = { x: 50, width: 230, leading: 12, indent: 12 } as const;
const RIGHT = { x: 300, width: 230, leading: 12, indent: 12 } as const;

function page(secondLine: string): PlacedLine[] {
  const first = column(
    [
      [
        'Le syndicat des eaux a voté jeudi soir une hausse',
        'du prix du mètre cube de huit centimes, la première',
        'depuis six ans. Les travaux sur le réseau ancien',
        'ne pouvaient plus attendre, selon son président.',
      ],
      [
        'Près d’un litre sur quatre se perd dans les fuites',
        'des canalisations posées avant guerre, et plusieurs',
        'communes ont déjà connu des coupures cet été.',
      ],
    ],
    { ...LEFT, top: 100 },
  );
  const heading: PlacedLine = { text: 'Des canalisations qui ont', x: 50, y: first.next + 8, size: 10, font: 'bold', width: 140 };
  const caption: PlacedLine[] = [
    { text: 'Le chantier de la rue des Tanneurs, ouvert en mai.', x: 50, y: first.next + 40, size: 8, font: 'italic', width: 200 },
    { text: 'Il doit durer jusqu’à la fin de l’année.', x: 50, y: first.next + 50, size: 8, font: 'italic', width: 150 },
  ];
  const wrapped: PlacedLine = { text: secondLine, x: 300, y: 100, size: 10, font: 'bold', width: 90 };
  const second = column(
    [
      [
        'Le plan prévoit de remplacer douze kilomètres de',
        'conduites d’ici à 2030, pour un coût de neuf millions',
        'd’euros, dont un tiers apporté par l’agence de l’eau.',
      ],
    ],
    { ...RIGHT, top: 114 },
  );
  return [...first.lines, heading, ...caption, wrapped, ...second.lines];
}

describe('layoutPdf: a heading wrapped across a column break', () => {
  it('reads the heading whole when its second line opens the next column in small letters', () => {
    const result = layoutPdf(pdfDocument([page('plus de cent ans')]), { lexicon: getFrenchLexicon() });
    const texts = result.blocks.map((block) => block.text);
    expect(texts).toContain('Des canalisations qui ont plus de cent ans');
    expect(texts.indexOf('Des canalisations qui ont plus de cent ans')).toBeLessThan(texts.findIndex((text) => text.startsWith('Le plan prévoit')));
    expect(result.blocks.find((block) => block.text.startsWith('Le chantier'))?.role).toBe('caption');
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'paragraph-joined', reason: 'column-break' }));
  });

  it('leaves two headings apart when the next column opens on a capital', () => {
    const result = layoutPdf(pdfDocument([page('Un plan sur dix ans')]), { lexicon: getFrenchLexicon() });
    const texts = result.blocks.map((block) => block.text);
    expect(texts).not.toContain('Des canalisations qui ont Un plan sur dix ans');
  });
});

/**
 * A picture's credit set alone on its line under its caption, in a type of its own (smaller, in
 * capitals, italic, ranged right), as many French dailies print it: the PDF reader keeps it in
 * its caption's block, and the segmenter makes it the caption's last sentence.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { column, pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

const HEAD: PlacedLine[] = [
  { text: 'La fromagerie du village rouvre après un an', x: 50, y: 60, size: 20, font: 'bold', width: 440 },
  { text: 'Le nouveau gérant a repris les recettes de l’ancienne équipe et embauché trois salariés.', x: 50, y: 86, size: 12, width: 480 },
];

const BODY = column(
  [
    [
      'La fromagerie de la rue du Moulin a rouvert ses portes',
      'mardi matin, après un an de fermeture. Les clients',
      'attendaient devant la vitrine bien avant l’heure prévue.',
    ],
    [
      'Le nouveau gérant, Antoine Lefort, a racheté le fonds',
      'au printemps. Il a gardé les recettes de l’ancienne',
      'équipe et fait refaire la cave d’affinage.',
    ],
  ],
  { x: 50, width: 480, top: 120, leading: 12, indent: 12 },
);

/** A caption in 8 pt under the body, and what is set under it. */
function layoutWith(under: PlacedLine[]) {
  const caption: PlacedLine[] = [
    { text: 'Antoine Lefort dans la cave d’affinage, où mûrissent trois cents', x: 50, y: 220, size: 8, width: 300 },
    { text: 'tommes et une centaine de chèvres.', x: 50, y: 230, size: 8, width: 150 },
  ];
  return layoutPdf(pdfDocument([[...HEAD, ...BODY.lines, ...caption, ...under]]), { lexicon: getFrenchLexicon() });
}

/**
 * A caption in 8 pt italics whose third line holds `last` and, after it on the same baseline, a
 * credit in 6.5 pt upright capitals longer than it.
 */
function layoutItalicCaption(second: string, last: string) {
  const caption: PlacedLine[] = [
    { text: 'Antoine Lefort dans la cave d’affinage, où mûrissent trois cents', x: 50, y: 220, size: 8, font: 'italic', width: 300 },
    { text: second, x: 50, y: 230, size: 8, font: 'italic', width: 300 },
    { text: last, x: 50, y: 240, size: 8, font: 'italic', width: 40 },
    { text: 'PHOTO LE RÉPUBLICAIN/C. MOREL', x: 94, y: 240, size: 6.5, width: 110 },
  ];
  return layoutPdf(pdfDocument([[...HEAD, ...BODY.lines, ...caption]]), { lexicon: getFrenchLexicon() });
}

describe('layoutPdf: a credit alone on its line under its caption', () => {
  it('keeps a credit in smaller capitals in its caption, recorded as a join', () => {
    const result = layoutWith([{ text: 'PHOTO LE RÉPUBLICAIN/C. MOREL', x: 50, y: 239, size: 6.5, width: 110 }]);
    const captions = result.blocks.filter((block) => block.role === 'caption').map((block) => block.text);
    expect(captions).toEqual(['Antoine Lefort dans la cave d’affinage, où mûrissent trois cents tommes et une centaine de chèvres. PHOTO LE RÉPUBLICAIN/C. MOREL']);
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'paragraph-joined', reason: 'photo-credit' }));
  });

  it('keeps a credit ranged right in italics, and one wrapped over two lines', () => {
    const right = layoutWith([{ text: '(Photo Reuters)', x: 300, y: 240, size: 8, font: 'italic', width: 50 }]);
    expect(right.blocks.filter((block) => block.role === 'caption').map((block) => block.text)).toEqual([
      'Antoine Lefort dans la cave d’affinage, où mûrissent trois cents tommes et une centaine de chèvres. (Photo Reuters)',
    ]);
    const wrapped = layoutWith([
      { text: 'Crédit photo : Office de', x: 50, y: 239, size: 6.5, width: 70 },
      { text: 'tourisme du Haut-Jura', x: 50, y: 246, size: 6.5, width: 60 },
    ]);
    expect(wrapped.blocks.filter((block) => block.role === 'caption').map((block) => block.text)).toEqual([
      'Antoine Lefort dans la cave d’affinage, où mûrissent trois cents tommes et une centaine de chèvres. Crédit photo : Office de tourisme du Haut-Jura',
    ]);
  });

  it('keeps a caption’s last words and its credit on one line, the credit the longer, in its caption', () => {
    const result = layoutItalicCaption('tommes et une centaine de chèvres, le', '12 janvier.');
    expect(result.blocks.filter((block) => block.role === 'caption').map((block) => block.text)).toEqual([
      'Antoine Lefort dans la cave d’affinage, où mûrissent trois cents tommes et une centaine de chèvres, le 12 janvier. PHOTO LE RÉPUBLICAIN/C. MOREL',
    ]);
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'paragraph-joined', reason: 'photo-credit' }));
  });

  it('leaves apart a line opening in the caption’s type and ending on a credit after a caption line that ends its sentence', () => {
    const result = layoutItalicCaption('tommes et une centaine de chèvres.', 'La cave.');
    const captions = result.blocks.filter((block) => block.role === 'caption').map((block) => block.text);
    expect(captions[0]).toBe('Antoine Lefort dans la cave d’affinage, où mûrissent trois cents tommes et une centaine de chèvres.');
  });

  it('leaves apart a line in another type that is no credit', () => {
    const result = layoutWith([{ text: 'Une cave creusée en 1880', x: 50, y: 240, size: 6.5, width: 80 }]);
    const captions = result.blocks.filter((block) => block.role === 'caption').map((block) => block.text);
    expect(captions[0]).toBe('Antoine Lefort dans la cave d’affinage, où mûrissent trois cents tommes et une centaine de chèvres.');
    expect(result.repairs).not.toContainEqual(expect.objectContaining({ kind: 'paragraph-joined', reason: 'photo-credit' }));
  });
});

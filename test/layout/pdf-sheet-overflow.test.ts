/**
 * A line's tail that a sheet printed over two pages draws again at the next page's left edge:
 * read once, on pages built by hand.
 */
import { describe, expect, it } from 'vitest';
import type { PdfTextPiece } from '../../src/ingest/read-pdf.ts';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { dropSheetOverflow } from '../../src/layout/pdf-sheet-overflow.ts';
import { column, pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

const piece = (text: string, x: number, y: number, size = 10, font = 'regular'): PdfTextPiece => ({ text, x, y, width: text.length * size * 0.42, size, font });

describe('dropSheetOverflow', () => {
  it('leaves out the end of a line drawn again left of the next page’s text, on its baseline', () => {
    const headline = piece('Un hangar agricole détruit par le feu', 50, 100, 30, 'bold');
    const tail = piece('ricole détruit par le feu', -4, 100, 30, 'bold');
    const body = piece('Le feu a pris vers minuit.', 50, 300);
    const { kept, overflows } = dropSheetOverflow([
      { number: 1, pieces: [headline, body] },
      { number: 2, pieces: [tail, piece('La gendarmerie a ouvert une enquête.', 50, 300)] },
    ]);
    expect(overflows).toEqual([{ page: 2, piece: tail, original: headline }]);
    expect(kept[1]?.map((kept) => kept.text)).toEqual(['La gendarmerie a ouvert une enquête.']);
  });

  it('keeps a running head repeated whole, a line’s end set at the margin, and a tail in another face or on another baseline', () => {
    const first = [piece('Le Courrier du Val', 50, 30), piece('Les pompiers sont restés sur place toute la nuit', 50, 300), piece('Le maire a salué leur travail', 50, 400)];
    const second = [
      piece('Le Courrier du Val', 50, 30), // a running head: the whole line, at the margin
      piece('toute la nuit', 50, 300), // a line's end, but at the page's margin, as its text is
      piece('leur travail', -3, 400, 10, 'italic'), // another face
      piece('la nuit', -3, 320), // another baseline
      piece('Une enquête est ouverte.', 50, 500),
    ];
    const { kept, overflows } = dropSheetOverflow([
      { number: 1, pieces: first },
      { number: 2, pieces: second },
    ]);
    expect(overflows).toEqual([]);
    expect(kept[1]).toBe(second);
  });
});

describe('layoutPdf: a line’s tail printed again on the next page', () => {
  it('reads the headline and the standfirst once, and records each tail left out', () => {
    const bold = (text: string, x: number, y: number, size: number): PlacedLine => ({ text, x, y, size, font: 'bold' });
    const first = column(
      [
        ['Le conseil municipal a voté le budget de la commune mardi soir, après trois heures', 'de débat et une suspension de séance demandée par l’opposition.'],
      ],
      { x: 50, width: 300, top: 200, indent: 10 },
    );
    const second = column([['Le budget sera présenté aux habitants lors d’une réunion publique en avril.']], { x: 50, width: 300, top: 200, indent: 10 });
    const pages: PlacedLine[][] = [
      [bold('Le budget voté après trois heures de débat', 50, 80, 24), bold('Les élus ont adopté le document par dix-neuf voix contre quatre.', 50, 120, 12), ...first.lines],
      [bold('heures de débat', -5, 80, 24), bold('contre quatre.', -2, 120, 12), ...second.lines],
    ];
    const result = layoutPdf(pdfDocument(pages), { lexicon: getFrenchLexicon() });
    expect(result.blocks.map((block) => block.text)).toEqual([
      'Le budget voté après trois heures de débat',
      'Les élus ont adopté le document par dix-neuf voix contre quatre.',
      // Page 2's first line goes on with page 1's last paragraph (no indent tells them apart on so short a page).
      'Le conseil municipal a voté le budget de la commune mardi soir, après trois heures de débat et une suspension de séance demandée par l’opposition. Le budget sera présenté aux habitants lors d’une réunion publique en avril.',
    ]);
    const removed = result.repairs.filter((repair) => repair.reason === 'sheet-overflow');
    expect(removed.map((repair) => [repair.before, repair.line])).toEqual([
      ['heures de débat', 1],
      ['contre quatre.', 2],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { closeLetterSpacing } from '../../src/layout/pdf-letter-spacing.ts';
import { pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

/** A row's pieces, left to right, as pdf.js reads them. */
function row(...texts: string[]): Array<{ text: string }> {
  return texts.map((text) => ({ text }));
}

describe('closeLetterSpacing', () => {
  it('closes the letters of a line spread by its letters, the gaps between pieces staying word spaces', () => {
    const pieces = row('t o u t', 'a', 'c h a n g é', 'd e p u i s');
    const closed = closeLetterSpacing(pieces);
    expect(pieces.map((piece) => piece.text)).toEqual(['tout', 'a', 'changé', 'depuis']);
    expect(closed).toEqual([{ before: 't o u t a c h a n g é d e p u i s', after: 'tout a changé depuis', pieces: 3 }]);
  });

  it('reads a line spread by its letters beside an ordinary line of another column on the same row', () => {
    const pieces = row('la route du col était fermée', 'l e s', 'n e i g e s', '—');
    closeLetterSpacing(pieces);
    expect(pieces.map((piece) => piece.text)).toEqual(['la route du col était fermée', 'les', 'neiges', '—']);
  });

  it('leaves ordinary text, a folio between dashes, scores and a lone spread piece as they are', () => {
    for (const pieces of [row('il y a des', 'mois'), row('- 9 -'), row('? » a', 'dit-il'), row('y a', 'des', 'u n'), row('2 - 1', '3 - 0', '1 - 1')]) {
      const before = pieces.map((piece) => piece.text);
      expect(closeLetterSpacing(pieces)).toEqual([]);
      expect(pieces.map((piece) => piece.text)).toEqual(before);
    }
  });
});

describe('layoutPdf: a justified line spread by its letters', () => {
  it('reads its words whole, and records the spaces closed', () => {
    const body = 'Le conseil a voté la fermeture de la ligne après une longue séance de débats.';
    const lines: PlacedLine[] = [
      { text: body, x: 50, y: 100 },
      { text: 'Pour les habitants du plateau, le trajet vers la ville double, et', x: 50, y: 112 },
      // pdf.js's pieces of a line whose letters are set a tenth of an em apart, each word its own piece.
      { text: 'l e', x: 50, y: 124, width: 14 },
      { text: 'c a r', x: 72, y: 124, width: 22 },
      { text: 'p a s s e', x: 102, y: 124, width: 36 },
      { text: 'à', x: 146, y: 124, width: 5 },
      { text: 'v i d e', x: 159, y: 124, width: 30 },
      { text: 'depuis deux ans sur le tronçon menacé.', x: 50, y: 136 },
    ];
    const result = layoutPdf(pdfDocument([lines]), { lexicon: getFrenchLexicon() });
    expect(result.blocks.map((block) => block.text).join(' ')).toContain('le trajet vers la ville double, et le car passe à vide depuis');
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'space-collapsed', reason: 'letter-spaced-line', after: 'le car passe à vide', line: 3 }));
  });
});

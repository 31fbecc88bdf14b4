import { describe, expect, it } from 'vitest';
import { lowerSmallCapitals, type PlacedText } from '../../src/layout/pdf-small-capitals.ts';

/** Pieces set one after the other on a baseline, each `[text, size]`, with a gap before each where asked. */
function row(parts: Array<[string, number, number?]>): PlacedText[] {
  let x = 50;
  return parts.map(([text, size, gap]) => {
    x += gap ?? 0;
    const piece = { text, x0: x, x1: x + text.length * size * 0.6, y: 500, size };
    x = piece.x1;
    return piece;
  });
}

describe('lowerSmallCapitals', () => {
  it('gives the lower case back to capitals set smaller than the capital they touch', () => {
    const pieces = row([['E', 11.5], ['RWAN', 8.1], ['MORVAN', 11.5, 3.5]]);
    const lowered = lowerSmallCapitals(pieces);
    expect(pieces.map((piece) => piece.text)).toEqual(['E', 'rwan', 'MORVAN']);
    expect(pieces[1]?.size).toBe(11.5);
    expect(lowered).toEqual([{ before: 'ERWAN', after: 'Erwan', small: 'RWAN', ratio: 0.7 }]);
  });

  it('lowers initials and accented letters, each word after its own capital', () => {
    const pieces = row([['Signé T', 10], ['H. ', 7.2], ['G', 10], ['ÉRARD', 7.2]]);
    lowerSmallCapitals(pieces);
    expect(pieces.map((piece) => piece.text).join('')).toBe('Signé Th. Gérard');
  });

  it('leaves capitals alone when set in the full size, apart from the capital, or after lower case', () => {
    const full = row([['S', 10], ['NCF', 10]]);
    const apart = row([['A', 10], ['CGT', 7, 3]]);
    const afterLower = row([['le', 10], ['ONU', 7]]);
    const exponent = row([['XIX', 10], ['E', 5]]);
    for (const pieces of [full, apart, afterLower, exponent]) {
      const before = pieces.map((piece) => piece.text);
      expect(lowerSmallCapitals(pieces)).toEqual([]);
      expect(pieces.map((piece) => piece.text)).toEqual(before);
    }
  });
});

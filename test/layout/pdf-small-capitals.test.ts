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

describe('lowerSmallCapitals with a piece per small capital', () => {
  it('lowers every small capital of the word when each is drawn as a piece of its own', () => {
    const pieces = row([['P', 9], ['A', 6], ['R', 6], ['G', 9, 2.9], ['I', 6], ['L', 6], ['L', 6], ['E', 6], ['S', 6]]);
    const lowered = lowerSmallCapitals(pieces);
    expect(pieces.map((piece) => piece.text).join('')).toBe('ParGilles');
    expect(pieces.every((piece) => piece.size === 9)).toBe(true);
    expect(lowered).toEqual([
      { before: 'PAR', after: 'Par', small: 'AR', ratio: 0.67 },
      { before: 'GILLES', after: 'Gilles', small: 'ILLES', ratio: 0.67 },
    ]);
  });

  it('stops the word at a gap, at a space, or at capitals in another size', () => {
    const gap = row([['Y', 9], ['VES', 6.3], ['SNCF', 6.3, 3]]);
    const spaced = row([['J', 9], ['EAN ', 6.3], ['ONU', 6.3]]);
    const full = row([['L', 9], ['E', 6.3], ['PS', 9]]);
    lowerSmallCapitals(gap);
    lowerSmallCapitals(spaced);
    lowerSmallCapitals(full);
    expect(gap.map((piece) => piece.text)).toEqual(['Y', 'ves', 'SNCF']);
    expect(spaced.map((piece) => piece.text)).toEqual(['J', 'ean ', 'ONU']);
    expect(full.map((piece) => piece.text)).toEqual(['L', 'e', 'PS']);
  });
});

describe('lowerSmallCapitals across a kerning pair', () => {
  it('keeps lowering where a small capital is drawn a little back over the one before it', () => {
    const pieces = row([['G', 9], ['I', 6], ['F', 6], ['F', 6], ['A', 6, -0.5], ['R', 6], ['D', 6]]);
    lowerSmallCapitals(pieces);
    expect(pieces.map((piece) => piece.text).join('')).toBe('Giffard');
    const kernedFirst = row([['V', 9], ['ALÉRIE', 6.3, -0.8]]);
    lowerSmallCapitals(kernedFirst);
    expect(kernedFirst.map((piece) => piece.text).join('')).toBe('Valérie');
  });
});

import { describe, expect, it } from 'vitest';
import { closeLetterSpacedWords } from '../../src/layout/letter-spaced-words.ts';
import { plainWordSpaces } from '../../src/layout/word-spaces.ts';

describe('closeLetterSpacedWords', () => {
  it('closes the letters of a line written letter by letter, its wider gaps staying word spaces', () => {
    // pdfminer's gaps: one space between letters, three between words.
    const text = 'Le conseil a voté la fermeture de la ligne\nl e s   h a b i t a n t s   d u   p l a t e a u ,   à   1 2 , 5   k m\ndepuis deux ans.';
    const closed = closeLetterSpacedWords(text);
    expect(closed.text.split('\n')[1]).toBe('les   habitants   du   plateau,   à   12,5   km');
    expect(closed.repairs).toEqual([expect.objectContaining({ kind: 'space-collapsed', reason: 'letter-spaced-line', line: 2 })]);
  });

  it('reads MuPDF\'s two spaces and a no-break space as word gaps too', () => {
    expect(closeLetterSpacedWords('A u  t o t a l ,  1 1 , 2\u00a0 k i l o m è t r e s  d e').text).toBe('Au  total,  11,2\u00a0 kilomètres  de');
  });

  it('closes the run of a column beside an ordinary column on the same line', () => {
    const line = 'la route du col était fermée        l e s   n e i g e s   —   t a r d i v e s';
    expect(closeLetterSpacedWords(line).text).toBe('la route du col était fermée        les   neiges   —   tardives');
  });

  it('leaves ordinary text, scores, initials and a lone spread word as they are', () => {
    for (const text of [
      'de 9 h à 19 h, au 0 800 06 66 66, y a-t-il un A ou un B ?',
      'Tours   2 - 1   Blois   3 - 0   Vierzon   1 - 1',
      'J. R. R.   Tolkien a écrit',
      'le mot   u r g e n t   était écrit en grand',
      'd e s t i n é e s à l a 4 G e t à l a 5 G',
    ]) {
      expect(closeLetterSpacedWords(text)).toEqual({ text, repairs: [] });
    }
  });
});

describe('plainWordSpaces on a letter-spaced line', () => {
  it('closes the tracking first, then reads the stretched word gaps as single spaces', () => {
    const result = plainWordSpaces('Il prévoit trois antennes\nd e s t i n é e s   à   l a   4 G   e t   à   l a   5 G ,   u n e   a r m o i r e\ntechnique au pied du mât.');
    expect(result.text).toBe('Il prévoit trois antennes\ndestinées à la 4G et à la 5G, une armoire\ntechnique au pied du mât.');
  });
});

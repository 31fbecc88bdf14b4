import { describe, expect, it } from 'vitest';
import { eachMatch } from '../../src/text/each-match.ts';

/** What a match is made of, to compare with `matchAll`'s. */
const parts = (match: RegExpExecArray) => ({ index: match.index, groups: [...match] });

describe('eachMatch', () => {
  it('gives what matchAll gives, empty matches and surrogate pairs included, and leaves the pattern reset', () => {
    const patterns = [/\d+/g, /(?<![\p{L}\p{N}])(\p{Lu})\p{L}*/gu, /x*/g, /x*/gu, /(?:)/gu, /(?=\p{L})/gu, /é|e/giu];
    const texts = ['', 'G20, 2016 et 2017', 'Élysée et éléphant', 'a😀b\ud83dx\ude00 😀', 'xxaxx'];
    for (const pattern of patterns) {
      for (const text of texts) {
        expect([...eachMatch(pattern, text)].map(parts), `${pattern} on ${JSON.stringify(text)}`).toEqual([...text.matchAll(pattern)].map((match) => parts(match)));
        expect(pattern.lastIndex).toBe(0);
      }
    }
  });
});

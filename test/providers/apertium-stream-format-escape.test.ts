/**
 * The stream escapes, found with one regular expression, against the character-by-character
 * reading they replaced (kept here as the reference): the same stream for every string, the
 * engine's mark characters, surrogate pairs, lone surrogates and null bytes included.
 */
import { describe, expect, it } from 'vitest';
import { deformatHtml, escapeText, superblank } from '../../src/providers/apertium/stream-format.ts';

const SPECIAL = new Set(['\\', '[', ']', '^', '$', '/', '<', '>', '{', '}', '@', '*', '#', '~']);
const CARRIED = new Set(['*', '#', '@', '~']);

function referenceInside(text: string): string {
  let out = '';
  for (const character of text) out += SPECIAL.has(character) ? `\\${character}` : character;
  return out;
}

function referenceText(text: string): string {
  let out = '';
  for (const character of text.replace(/\0/g, '')) {
    if (CARRIED.has(character)) out += `[${referenceInside(character)}]`;
    else if (SPECIAL.has(character)) out += `\\${character}`;
    else out += character;
  }
  return out;
}

/** Characters drawn from the special ones, ordinary text, no-break spaces, a null byte, surrogates (paired and lone). */
const ALPHABET = [...SPECIAL, 'a', 'É', ' ', '\u00a0', '«', '.', '\0', '\n', '𝔸', '\ud835', '\udd38', '$&', '$1', "'", '&amp;'];

function randomString(seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  let out = '';
  for (let length = next() % 40; length > 0; length -= 1) out += ALPHABET[next() % ALPHABET.length];
  return out;
}

describe('stream escapes', () => {
  it('write what the character-by-character reading wrote, on 3,000 generated strings', () => {
    for (let seed = 1; seed <= 3000; seed += 1) {
      const text = randomString(seed);
      expect(escapeText(text)).toBe(referenceText(text));
      expect(superblank(text)).toBe(`[${referenceInside(text)}]`);
    }
  });

  it('write every special character as before, each alone', () => {
    for (const character of SPECIAL) {
      expect(escapeText(`x${character}y`)).toBe(referenceText(`x${character}y`));
      expect(superblank(character)).toBe(`[\\${character}]`);
    }
  });

  it('leave a replacement pattern in the text as it is (`$&` is text, not the match)', () => {
    expect(escapeText('cost $& more')).toBe('cost \\$& more');
    expect(deformatHtml('<b>$&</b>')).toBe('[\\<b\\>]\\$&[\\<\\/b\\>]');
  });
});

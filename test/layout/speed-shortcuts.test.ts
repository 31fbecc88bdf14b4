import { describe, expect, it } from 'vitest';
import { cutWordAtEnd } from '../../src/layout/misplaced-block.ts';
import { letterRunStart } from '../../src/text/letters.ts';

/**
 * Shortcuts the structure stage takes for speed, each checked against the pattern it replaced on
 * strings made of the characters that decide it (letters of every plane, hyphens, marks, spaces,
 * lone surrogates), so that the output stays the same byte for byte.
 */
const PIECES = ['a', 'é', 'Z', 'ß', 'ª', 'µ', 'ǅ', 'Ω', 'я', '中', '𝒜', '\uD835', '\uDC9C', '-', '¬', '\u2010', '\u00AD', "'", '’', ',', '.', '»', '«', '(', ' ', '\u00A0', '1', '×'];

/** Strings of up to `longest` pieces, from a fixed seed: the same ones every run. */
function strings(count: number, longest: number): string[] {
  let seed = 0x2f6e2b1;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed >>> 8;
  };
  return Array.from({ length: count }, () => Array.from({ length: next() % (longest + 1) }, () => PIECES[next() % PIECES.length]).join(''));
}

describe('the stage\'s shortcuts against the patterns they replaced', () => {
  it('reads a word cut at the line\'s end as /(\\p{L}+)[-¬\\u2010]$/u captures it', () => {
    const pattern = /(\p{L}+)[-¬\u2010]$/u;
    for (const text of [...strings(20000, 8), 'dia-', 'Messi¬', 'pro\u2010', 'un -', '-', '', 'a-b-', 'l’inter-', '𝒜𝒜-']) {
      expect(cutWordAtEnd(text), JSON.stringify(text)).toBe(pattern.exec(text)?.[1]);
    }
  });

  it('tells a word of letters alone on the codes as /^\\p{L}+$/u does (restored hyphens\' core)', () => {
    const pattern = /^\p{L}+$/u;
    for (const word of [...strings(20000, 8), 'Lyon', 'Saint-Malo', 'été', '𝒜b']) {
      const line = `« ${word} »`;
      const start = 2;
      const end = start + word.length;
      expect(word.length > 0 && letterRunStart(line, end) === start, JSON.stringify(word)).toBe(pattern.test(word));
    }
  });
});

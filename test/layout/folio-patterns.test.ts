import { describe, expect, it } from 'vitest';
import { isFolio } from '../../src/layout/page-furniture.ts';

/**
 * The folio's page number and page counter are defined once (`running-header.ts`) and read by
 * `isFolio` too: the folio alone checked against the literal it replaced, on strings made of the
 * characters that decide it, so that the output stays the same.
 */
const PIECES = ['1', '2', '9', ' ', '  ', '/', 'sur', 'page', 'Page', 'p.', 'P.', '-', '–', '—', '•', '·', '[', ']', '(', ')', '|', ',', 'Le Journal', 'a', '\u00a0', '\t'];

function strings(count: number, longest: number): string[] {
  let seed = 0x51f0a;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed >>> 8;
  };
  return Array.from({ length: count }, () => Array.from({ length: next() % (longest + 1) }, () => PIECES[next() % PIECES.length]).join(''));
}

const SAMPLES = [...strings(40000, 7), '12 /', '1/', '29/31', '12 / ', '3 sur 12', 'page 4', '- 12 -', '| 24', '12 /  ', 'Le Journal 12 /', 'Le Journal 1/ ', '[ 3 ] Le Journal', '12 / Le Journal'];

describe('folios read with the shared folio number and page counter', () => {
  it('tells a folio alone as the pattern it replaced', () => {
    const before = /^(?:[-–—•·[|]\s*)?(?:(?:page|p\.)\s*)?\d{1,4}(?:\s*(?:\/|sur)\s*\d{1,4}|\s*\/)?(?:\s*[-–—•·\]|])?$/iu;
    for (const text of SAMPLES) expect(isFolio(text), JSON.stringify(text)).toBe(text.length <= 16 && /\d/.test(text) && before.test(text));
  });
});

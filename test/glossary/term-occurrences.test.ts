/**
 * `termOccurrences` checks the word boundaries after matching instead of compiling them into
 * the expression: it must find exactly what the full expression (`termPattern`) finds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasTermOccurrence, termOccurrences, termPattern } from '../../src/glossary/term-occurrences.ts';
import type { GlossaryTerm } from '../../src/glossary/types.ts';
import { eachMatch } from '../../src/text/each-match.ts';

function term(source: string, caseSensitive = false, wholeWord = true): GlossaryTerm {
  return { source, target: source, caseSensitive, wholeWord, doNotTranslate: true };
}

function expected(searched: GlossaryTerm, text: string): { index: number; text: string }[] {
  return [...eachMatch(termPattern(searched), text)].map((match) => ({ index: match.index, text: match[0] }));
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const TERMS = [
  term('Etat'),
  term('État', true),
  term('Union européenne', true),
  term('ab'),
  term('a-b'),
  term("l'ONU"),
  term('Ki-moon'),
  term('𝐀b'),
  term('ß', true),
  term('b '),
  term(' b'),
  term('b', false, false),
  term('G20'),
];

describe('term occurrences without compiled word boundaries', () => {
  it('finds what the full expression finds in generated text: hyphens, digits, accents, surrogate pairs, marks that fold to letters', () => {
    // Characters chosen to sit on every side of a boundary: letters, a digit, hyphens, spaces,
    // capitals without their accent, a letter outside the basic plane, U+0345 (a mark whose case
    // folding is a letter, so a word character only under the i flag), a no-break space.
    const alphabet = ['a', 'b', 'B', 'A', 'É', 'E', 'e', 't', 'T', 'x', '1', '2', '0', 'G', 'g', '-', '-', ' ', ' ', '\u00a0', "'", '’', 'l', 'O', 'N', 'U', '𝐀', '\u0345', 'ß', 'S', 'k', 'i', 'm', 'o', 'n', 'K'];
    const next = random(15);
    let compared = 0;
    for (let round = 0; round < 1500; round += 1) {
      let text = '';
      const length = 1 + Math.floor(next() * 24);
      for (let index = 0; index < length; index += 1) text += alphabet[Math.floor(next() * alphabet.length)];
      for (const searched of TERMS) {
        const want = expected(searched, text);
        expect([...termOccurrences(searched, text)], `${searched.source} in ${JSON.stringify(text)}`).toEqual(want);
        expect(hasTermOccurrence(searched, text)).toBe(want.length > 0);
        compared += want.length;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('finds what the full expression finds for every capitalised word of the test articles, in each article', () => {
    const folder = new URL('../fixtures/articles/', import.meta.url);
    const texts = readdirSync(folder).filter((name) => name.endsWith('.print.txt')).map((name) => readFileSync(new URL(name, folder), 'utf8'));
    let found = 0;
    for (const text of texts) {
      const names = new Set(text.match(/\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?/gu) ?? []);
      for (const name of [...names].slice(0, 15)) {
        for (const searched of [term(name), term(name, true), term(name.toLowerCase())]) {
          const want = expected(searched, text);
          expect([...termOccurrences(searched, text)], name).toEqual(want);
          found += want.length;
        }
      }
    }
    expect(found).toBeGreaterThan(200);
  });
});

import { describe, expect, it } from 'vitest';
import { segmentFrench, segmentFrenchSpans } from '../../src/segment/segment-french.ts';
import { seededRandom } from '../support/seeded-random.ts';

/** A small seeded generator so every run checks the same inputs. */
const createRandom = seededRandom;

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/**
 * Tokens without spaces, in the shapes newspaper text has: words, titles, initials, acronyms,
 * numbers, addresses, quotations, marks. None holds a boundary inside itself, so a paragraph
 * made of them joined by single spaces must come back exactly from `join(' ')`.
 */
const TOKENS = [
  'le', 'la', 'sommet', 'Moscou', 'Washington', 'accord', 'a-t-il', 'dit', 'Il', 'Elle', 'Les', 'À',
  'Être', 'négociations', "l'art", 'vol', 'M.', 'MM.', 'Mme', 'Mlle', 'Dr', 'Pr.', 'Mgr', 'St.', 'av.',
  'boul.', 'cf.', 'p.', 'pp.', 'vol.', 'chap.', 'fig.', 'env.', 'art.', 'n°', 'no.', 'ex.', 'éd.',
  'coll.', 'etc.', 'etc.,', 'J.-P.', 'J.', 'G.', 'W.', 'O.N.U.', 'U.S.A.', 'LL.AA.II.RR.', 'J.-C.',
  '3,5', '48,70', 'G20', '1.234', '12.30', '3.14', '2015.', '1.', '300', 'IV', 'XXe', 'www.site.fr',
  'redaction@journal.fr', 'https://exemple.fr/Page?Id=3', 'fin.', 'fin?', 'fin!', 'fin?!', 'fin!!',
  'fin…', 'fin...', 'fin.»', 'fin?»', 'fin!»', 'fin».', 'fin»,', '«Oui', '«', '»', '»,', '!', '?',
  '?!', '…', '(hier,', 'ndlr)»', 'ndlr).', '(voir', 'haut.)', '(…)', ':', ';', '—', '–', ',', '.',
  '"Oui', 'non",', '“Bien”.', '‘', '’',
] as const;

function randomParagraph(random: () => number): string {
  const count = 1 + Math.floor(random() * 40);
  const tokens: string[] = [];
  for (let index = 0; index < count; index += 1) tokens.push(pick(random, TOKENS));
  return tokens.join(' ');
}

const CHARACTERS = [...'aeiouLMNÉàé.!?…«»()"’,;:-—0123456789 @/\u00a0'];

/** Any characters at all, then cleaned the way the layout cleans a paragraph. */
function randomCharacters(random: () => number): string {
  const length = Math.floor(random() * 80);
  let text = '';
  for (let index = 0; index < length; index += 1) text += pick(random, CHARACTERS);
  return text.replace(/ {2,}/g, ' ').trim();
}

describe('segmentFrench properties', () => {
  it('joins back exactly, with trimmed non-empty sentences, over 20,000 paragraphs of newspaper tokens', () => {
    const random = createRandom(2016);
    for (let run = 0; run < 20_000; run += 1) {
      const paragraph = randomParagraph(random);
      const sentences = segmentFrench(paragraph);
      expect(sentences.join(' ')).toBe(paragraph);
      for (const sentence of sentences) {
        expect(sentence.length).toBeGreaterThan(0);
        expect(sentence).toBe(sentence.trim());
      }
    }
  });

  it('never splits a sentence further when it is segmented again on its own', () => {
    const random = createRandom(7);
    for (let run = 0; run < 5_000; run += 1) {
      for (const sentence of segmentFrench(randomParagraph(random))) {
        expect(segmentFrench(sentence)).toEqual([sentence]);
      }
    }
  });

  it('covers any cleaned text, leaving between sentences a single space or nothing', () => {
    const random = createRandom(42);
    for (let run = 0; run < 20_000; run += 1) {
      const paragraph = randomCharacters(random);
      const spans = segmentFrenchSpans(paragraph);
      if (paragraph.length === 0) {
        expect(spans).toEqual([]);
        continue;
      }
      expect(spans[0]?.start).toBe(0);
      expect(spans.at(-1)?.end).toBe(paragraph.length);
      for (let index = 0; index < spans.length; index += 1) {
        const span = spans[index]!;
        expect(span.end).toBeGreaterThan(span.start);
        if (index > 0) expect([' ', '']).toContain(paragraph.slice(spans[index - 1]!.end, span.start));
      }
    }
  });

  it('returns the same sentences on every call (no state left in shared regular expressions)', () => {
    const random = createRandom(99);
    for (let run = 0; run < 1_000; run += 1) {
      const paragraph = randomParagraph(random);
      expect(segmentFrench(paragraph)).toEqual(segmentFrench(paragraph));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { ARTICLES_PER_GROUP, createGroupFiller, type GroupCapacity } from '../../src/build/group-capacity.ts';
import type { TranslationUnit } from '../../src/translate/translator.ts';

/** An article of `count` units of ten characters each. */
function article(count: number): TranslationUnit[] {
  return Array.from({ length: count }, (_, index) => ({ id: `u${index}`, text: 'abcdefghij', format: 'text' }) as TranslationUnit);
}

/** How many articles each group gets, filling as the pipeline does. */
function groupSizes(capacity: GroupCapacity, articles: TranslationUnit[][]): number[] {
  const filler = createGroupFiller(capacity, articles.length);
  const sizes: number[] = [];
  let current = 0;
  for (const units of articles) {
    if (filler.wouldOverflow(units)) {
      sizes.push(current);
      current = 0;
      filler.reset();
    }
    current += 1;
    filler.add(units);
  }
  if (current > 0) sizes.push(current);
  return sizes;
}

const FOUR_REQUESTS_OF_TEN: Omit<GroupCapacity, 'ramp'> = { segments: 10, characters: 100_000, requests: 4, groupsAhead: 2 };

describe('groups of a streaming build', () => {
  it('fills every request in flight from the first group when requests are billed or counted', () => {
    const sizes = groupSizes({ ...FOUR_REQUESTS_OF_TEN, ramp: false }, Array.from({ length: 40 }, () => article(5)));
    expect(sizes).toEqual([8, 8, 8, 8, 8]); // 4 requests of 10 units: 8 articles of 5
  });

  it('starts with the first article alone, then one request, doubles up to every request in flight, then ends in halves, when requests are free', () => {
    const sizes = groupSizes({ ...FOUR_REQUESTS_OF_TEN, ramp: true }, Array.from({ length: 40 }, () => article(5)));
    // The first article, 1 request (2 articles), 2 requests (4), 4 requests (8), then at most half of what is left.
    expect(sizes).toEqual([1, 2, 4, 8, 8, 8, 5, 2, 1, 1]);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(40);
  });

  it('sends the first article of a small run alone, the rest in halves', () => {
    expect(groupSizes({ ...FOUR_REQUESTS_OF_TEN, ramp: true }, [article(3), article(3), article(3)])).toEqual([1, 1, 1]);
    expect(groupSizes({ ...FOUR_REQUESTS_OF_TEN, ramp: true }, [article(3)])).toEqual([1]);
  });

  it('never puts more than ARTICLES_PER_GROUP articles in a group', () => {
    const sizes = groupSizes({ ...FOUR_REQUESTS_OF_TEN, segments: 1000, ramp: true }, Array.from({ length: 100 }, () => article(1)));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(ARTICLES_PER_GROUP);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(100);
  });
});

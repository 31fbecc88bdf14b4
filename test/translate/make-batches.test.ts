import { describe, expect, it } from 'vitest';
import { batchLimits, countCharacters, makeBatches, takeBatch } from '../../src/translate/make-batches.ts';
import { BilingualError } from '../../src/errors.ts';
import type { ProviderCapabilities } from '../../src/providers/types.ts';
import { GOOGLE_CAPABILITIES } from '../../src/providers/google/index.ts';
import { limits } from '../support/fake-provider.ts';

const googleV2: ProviderCapabilities = { ...GOOGLE_CAPABILITIES };
const items = (sizes: number[]) => sizes.map((characters, index) => ({ id: `u${index}`, characters }));

describe('batching', () => {
  it('counts characters as code points, markup included', () => {
    expect(countCharacters('é')).toBe(1);
    expect(countCharacters('😀a')).toBe(2);
    expect(countCharacters('<span id="s1">Oui</span>')).toBe(24);
  });

  it('takes the lower of the provider limits and the config overrides', () => {
    expect(batchLimits(googleV2, limits())).toEqual({ maxSegments: 128, maxCharacters: 5_000, hardMaxCharacters: 30_000 });
    expect(batchLimits(googleV2, limits({ maxSegmentsPerRequest: 10, maxCharactersPerRequest: 2_000 }))).toEqual({
      maxSegments: 10,
      maxCharacters: 2_000,
      hardMaxCharacters: 30_000,
    });
    expect(batchLimits({ ...googleV2, maxSegmentsPerRequest: 1_024, recommendedCharactersPerRequest: undefined }, limits())).toEqual({
      maxSegments: 1_024,
      maxCharacters: 30_000,
      hardMaxCharacters: 30_000,
    });
    // A request can never carry more than the per-minute character quota.
    expect(batchLimits(googleV2, limits({ charactersPerMinute: 3_000 })).hardMaxCharacters).toBe(3_000);
  });

  it('closes a batch at the segment limit', () => {
    const batches = makeBatches(items(Array(300).fill(10)), { maxSegments: 128, maxCharacters: 5_000, hardMaxCharacters: 30_000 });
    expect(batches.map((batch) => batch.length)).toEqual([128, 128, 44]);
  });

  it('closes a batch before the character limit, in order', () => {
    const batches = makeBatches(items([2_000, 2_000, 2_000, 500, 4_999, 1]), {
      maxSegments: 128,
      maxCharacters: 5_000,
      hardMaxCharacters: 30_000,
    });
    expect(batches.map((batch) => batch.map((item) => item.id))).toEqual([['u0', 'u1'], ['u2', 'u3'], ['u4', 'u5']]);
  });

  it('sends a text over the recommended size alone', () => {
    const batches = makeBatches(items([100, 12_000, 100]), { maxSegments: 128, maxCharacters: 5_000, hardMaxCharacters: 30_000 });
    expect(batches.map((batch) => batch.map((item) => item.characters))).toEqual([[100], [12_000], [100]]);
  });

  it('fails clearly on a text over the hard maximum', () => {
    expect(() => makeBatches(items([100, 31_000]), { maxSegments: 128, maxCharacters: 5_000, hardMaxCharacters: 30_000 })).toThrow(
      expect.objectContaining({ code: 'PROVIDER_API_ERROR', message: expect.stringContaining('u1') }) as BilingualError,
    );
  });

  it('takes the next request within what the quota can take now, never less than one text', () => {
    const queue = items([1_000, 1_000, 1_000, 1_000, 1_000, 1_000]);
    const limits = { maxSegments: 128, maxCharacters: 5_000, hardMaxCharacters: 30_000 };
    expect(takeBatch(queue, 0, limits)).toBe(5);
    expect(takeBatch(queue, 0, limits, 2_500)).toBe(2);
    expect(takeBatch(queue, 4, limits, 10)).toBe(5);
    expect(takeBatch(queue, 6, limits)).toBe(6);
  });

  it('keeps one format per request', () => {
    const queue = items([10, 10, 10, 10]).map((item, index) => ({ ...item, format: index < 3 ? 'text' : 'html' }));
    const limits = { maxSegments: 128, maxCharacters: 5_000, hardMaxCharacters: 30_000 };
    expect(takeBatch(queue, 0, limits, Infinity, (first, item) => first.format === item.format)).toBe(3);
  });
});

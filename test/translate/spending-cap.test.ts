import { describe, expect, it } from 'vitest';
import { ExitCode, exitCodeFor, exitCodeForFailures } from '../../src/cli/exit-codes.ts';
import { BilingualError } from '../../src/errors.ts';
import { createMemoryTranslationCache } from '../../src/translate/cache.ts';
import { createTranslator, type TranslationUnit } from '../../src/translate/translator.ts';
import { answerAll, createRecordingProvider, languages, limits, retry } from '../support/fake-provider.ts';

/** `count` units of exactly 1,000 characters: USD 0.02 each at Google's 20 per million. */
const units = (count: number): TranslationUnit[] =>
  Array.from({ length: count }, (_, index) => ({ id: `b${index}`, text: `${index} `.padEnd(1_000, 'x'), format: 'text' as const }));

describe('spending cap in the scheduler', () => {
  it('stops before the request that would bill over the cap; a later run with a higher cap pays only for the rest', async () => {
    const cache = createMemoryTranslationCache();
    const first = createRecordingProvider({ capabilities: { maxSegmentsPerRequest: 1 } });
    const capped = createTranslator({ provider: first, limits: limits({ concurrency: 2 }), retry: retry(), cache, maxCost: 0.05 });
    const error = await capped.translate(units(10), languages).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BilingualError);
    expect((error as BilingualError).code).toBe('COST_LIMIT');
    expect((error as BilingualError).message).toMatch(/^Stopped at the spending cap: this run has billed 0\.04 of --max-cost 0\.05, and the next request would bill about 0\.02 more\. Every translation received is in the cache/);
    // Two requests of USD 0.02 each fit under 0.05; a third would not.
    expect(first.requests).toHaveLength(2);
    const billed = capped.stats().charactersBilled;
    expect((billed / 1_000_000) * 20).toBeLessThanOrEqual(0.05);

    const second = createRecordingProvider({ capabilities: { maxSegmentsPerRequest: 1 } });
    const resumed = await createTranslator({ provider: second, limits: limits(), retry: retry(), cache, maxCost: 1 }).translate(units(10), languages);
    expect(resumed.translations.size).toBe(10);
    expect(resumed.stats.cacheHits).toBe(2);
    const sentFirst = new Set(first.requests.flatMap((request) => request.segments.map((segment) => segment.text)));
    const sentAgain = second.requests.flatMap((request) => request.segments.map((segment) => segment.text));
    expect(sentAgain).toHaveLength(8);
    expect(sentAgain.filter((text) => sentFirst.has(text))).toEqual([]);
  });

  it('counts what requests in flight are expected to bill, so concurrency cannot overshoot', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const provider = createRecordingProvider({
      capabilities: { maxSegmentsPerRequest: 1 },
      answer: async (request) => {
        await held;
        return answerAll(request);
      },
    });
    const translator = createTranslator({ provider, limits: limits({ concurrency: 4 }), retry: retry(), cache: null, maxCost: 0.07 });
    const running = translator.translate(units(10), languages).catch((caught: unknown) => caught);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Four slots, but only three requests of 0.02 fit under 0.07 before any is billed.
    expect(provider.requests).toHaveLength(3);
    release();
    expect(((await running) as BilingualError).code).toBe('COST_LIMIT');
    expect((translator.stats().charactersBilled / 1_000_000) * 20).toBeLessThanOrEqual(0.07);
  });

  it('exits 4 when the cap refused or stopped the run', () => {
    const capped = new BilingualError('COST_LIMIT', 'x');
    expect(exitCodeFor(capped)).toBe(ExitCode.costLimit);
    expect(exitCodeForFailures([capped, capped])).toBe(ExitCode.costLimit);
  });
});

/**
 * The scheduler with what a queue worker injects: a limiter shared with other processes (it
 * is the one asked, and told to pause on a quota refusal) and a cache that answers with
 * promises, as one over the network does.
 */
import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../src/errors.ts';
import { createMemoryTranslationCache, type TranslationStore } from '../../src/translate/cache.ts';
import { createRollingWindowLimiter, type RollingWindowLimiter } from '../../src/translate/rolling-window-limiter.ts';
import { createTranslator, type TranslationUnit } from '../../src/translate/translator.ts';
import { answerAll, createRecordingProvider, instantClock, languages, limits, retry } from '../support/fake-provider.ts';

const units: TranslationUnit[] = [
  { id: 'p1', text: 'Le gouvernement a présenté son budget.', format: 'text' },
  { id: 'p2', text: 'Les syndicats appellent à la grève.', format: 'text' },
];

/** A local limiter that records what it is asked. */
function recordingLimiter(clock: ReturnType<typeof instantClock>) {
  const inner = createRollingWindowLimiter({ requestsPerWindow: 0, charactersPerWindow: 0, now: clock.now, sleep: clock.sleep });
  const record = { acquired: 0, pauses: [] as number[] };
  const limiter: RollingWindowLimiter = {
    acquire: (characters, signal) => {
      record.acquired++;
      return inner.acquire(characters, signal);
    },
    acquireFlexible: (minimum, signal) => {
      record.acquired++;
      return inner.acquireFlexible(minimum, signal);
    },
    usage: () => inner.usage(),
    observe: (report) => inner.observe(report),
    quotas: () => inner.quotas(),
    async pause(milliseconds) {
      record.pauses.push(milliseconds);
    },
  };
  return { limiter, record };
}

/** The memory cache behind promises, like a cache over the network. */
function asyncStore(): TranslationStore & { reads: number } {
  const inner = createMemoryTranslationCache();
  const store = {
    path: 'async:memory',
    reads: 0,
    async get(keys: readonly string[]) {
      store.reads++;
      await new Promise((resolve) => setTimeout(resolve, 1));
      return inner.get(keys);
    },
    async set(entries: Parameters<TranslationStore['set']>[0]) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      inner.set(entries);
    },
    async close() {
      inner.close();
    },
  };
  return store;
}

describe('a translator given a shared limiter and cache', () => {
  it('asks the limiter it was given, and a quota refusal pauses everyone sharing it for the retry delay', async () => {
    const clock = instantClock();
    const { limiter, record } = recordingLimiter(clock);
    const provider = createRecordingProvider({
      answer: (request, index) => {
        if (index === 0) throw new ApiCallError('User Rate Limit Exceeded', { statusCode: 403, reason: 'userRateLimitExceeded', retryAfterSeconds: 2 });
        return answerAll(request);
      },
    });
    const translator = createTranslator({ provider, limits: limits(), retry: retry(), cache: null, limiter, now: clock.now, sleep: clock.sleep, random: () => 0.5 });
    const outcome = await translator.translate(units, languages);
    expect(outcome.translations.size).toBe(2);
    expect(record.acquired).toBe(2); // the first attempt and its retry
    expect(record.pauses).toEqual([2000]);
  });

  it('a failure that is not about the quota pauses nobody', async () => {
    const clock = instantClock();
    const { limiter, record } = recordingLimiter(clock);
    const provider = createRecordingProvider({
      answer: (request, index) => {
        if (index === 0) throw new ApiCallError('Backend Error', { statusCode: 503, reason: 'backendError' });
        return answerAll(request);
      },
    });
    const translator = createTranslator({ provider, limits: limits(), retry: retry(), cache: null, limiter, now: clock.now, sleep: clock.sleep, random: () => 0.5 });
    await translator.translate(units, languages);
    expect(record.pauses).toEqual([]);
  });

  it('reads and writes a cache that answers with promises: a second translator pays nothing', async () => {
    const store = asyncStore();
    const first = createTranslator({ provider: createRecordingProvider(), limits: limits(), retry: retry(), cache: store });
    await first.translate(units, languages);
    const provider = createRecordingProvider();
    const second = createTranslator({ provider, limits: limits(), retry: retry(), cache: store });
    const outcome = await second.translate(units, languages);
    expect(provider.requests).toHaveLength(0);
    expect(outcome.stats.cacheHits).toBe(2);
    expect(outcome.translations.get('p2')).toBe('EN(Les syndicats appellent à la grève.)');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createRollingWindowLimiter } from '../../src/translate/rolling-window-limiter.ts';
import { createTranslator, type TranslatorEvent, type TranslationUnit } from '../../src/translate/translator.ts';
import { createMemoryTranslationCache } from '../../src/translate/cache.ts';
import { ApiCallError, BilingualError, RetryError } from '../../src/errors.ts';
import { answerAll, createRecordingProvider, instantClock, languages, limits, retry, translated } from '../support/fake-provider.ts';

const units = (count: number, prefix = 'Phrase'): TranslationUnit[] =>
  Array.from({ length: count }, (_, index) => ({ id: `b${index}`, text: `${prefix} numéro ${index}.`, format: 'text' as const }));

const unavailable = () => new ApiCallError('Google answered 503.', { statusCode: 503, reason: 'backendError' });

describe('translator', () => {
  it('translates every unit, batched within the segment limit', async () => {
    const provider = createRecordingProvider({ capabilities: { maxSegmentsPerRequest: 4 } });
    const translator = createTranslator({ provider, limits: limits(), retry: retry(), cache: null });
    const input = units(10);
    const { translations, stats } = await translator.translate(input, languages);
    for (const unit of input) expect(translations.get(unit.id)).toBe(translated(unit.text));
    expect(provider.requests.map((request) => request.segments.length)).toEqual([4, 4, 2]);
    expect(provider.requests.every((request) => request.format === 'text' && request.sourceLanguage === 'fr')).toBe(true);
    expect(stats).toMatchObject({ units: 10, uniqueTexts: 10, cacheHits: 0, requests: 3, retries: 0, failures: 0 });
  });

  it('sends identical texts once and gives every unit the result; text and html apart', async () => {
    const provider = createRecordingProvider();
    const translator = createTranslator({ provider, limits: limits(), retry: retry(), cache: null });
    const input: TranslationUnit[] = [
      { id: 'a', text: 'Oui.', format: 'text' },
      { id: 'b', text: 'Non.', format: 'text' },
      { id: 'c', text: 'Oui.', format: 'text' },
      { id: 'd', text: 'Oui.', format: 'html' },
    ];
    const { translations, stats } = await translator.translate(input, languages);
    expect(Object.fromEntries(translations)).toEqual({ a: 'EN(Oui.)', b: 'EN(Non.)', c: 'EN(Oui.)', d: 'EN(Oui.)' });
    const sent = provider.requests.flatMap((request) => request.segments.map((segment) => `${request.format}:${segment.text}`));
    expect(sent.sort()).toEqual(['html:Oui.', 'text:Non.', 'text:Oui.']);
    expect(stats).toMatchObject({ units: 4, uniqueTexts: 3 });
  });

  it('waits for a text another call is sending instead of sending it again, counted as a cache hit', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const provider = createRecordingProvider({
      answer: async (request, index) => {
        if (index === 0) await held; // the first call's request is still out when the second call starts
        return answerAll(request);
      },
    });
    const translator = createTranslator({ provider, limits: limits({ concurrency: 4 }), retry: retry(), cache: null });
    const first = translator.translate([{ id: 'a', text: 'Oui.', format: 'text' }, { id: 'b', text: 'Non.', format: 'text' }], languages);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = translator.translate([{ id: 'c', text: 'Oui.', format: 'text' }, { id: 'd', text: 'Peut-être.', format: 'text' }], languages);
    await new Promise((resolve) => setTimeout(resolve, 5));
    release();
    const [one, two] = await Promise.all([first, second]);
    expect(Object.fromEntries(two.translations)).toEqual({ c: 'EN(Oui.)', d: 'EN(Peut-être.)' });
    expect(Object.fromEntries(one.translations)).toEqual({ a: 'EN(Oui.)', b: 'EN(Non.)' });
    const sent = provider.requests.flatMap((request) => request.segments.map((segment) => segment.text));
    expect(sent.sort()).toEqual(['Non.', 'Oui.', 'Peut-être.']);
    expect(two.stats).toMatchObject({ uniqueTexts: 2, cacheHits: 1, requests: 1 });
  });

  it('sends a text itself when the call it waited for ends without it', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const provider = createRecordingProvider({
      answer: async (request, index) => {
        if (index === 0) {
          await held;
          throw new BilingualError('PROVIDER_API_ERROR', 'refused', { retryable: false });
        }
        return answerAll(request);
      },
    });
    const translator = createTranslator({ provider, limits: limits({ concurrency: 4 }), retry: retry(), cache: null });
    const first = translator.translate([{ id: 'a', text: 'Oui.', format: 'text' }], languages);
    first.catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = translator.translate([{ id: 'c', text: 'Oui.', format: 'text' }], languages);
    let secondDone = false;
    void second.then(() => (secondDone = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(secondDone).toBe(false); // waiting for the first call, not sending
    expect(provider.requests).toHaveLength(1);
    release();
    await expect(first).rejects.toThrow();
    const two = await second;
    expect(two.translations.get('c')).toBe('EN(Oui.)');
    expect(provider.requests.map((request) => request.segments.map((segment) => segment.text))).toEqual([['Oui.'], ['Oui.']]);
    expect(two.stats).toMatchObject({ cacheHits: 0, requests: 1 });
  });

  it('never has more requests in flight than the concurrency, and one for a non-concurrent provider', async () => {
    const slow = async (request: Parameters<typeof answerAll>[0]) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return answerAll(request);
    };
    const parallel = createRecordingProvider({ capabilities: { maxSegmentsPerRequest: 1 }, answer: slow });
    await createTranslator({ provider: parallel, limits: limits({ concurrency: 3 }), retry: retry(), cache: null }).translate(units(12), languages);
    expect(parallel.maxInFlight).toBe(3);
    const serial = createRecordingProvider({ capabilities: { maxSegmentsPerRequest: 1, concurrent: false }, answer: slow });
    await createTranslator({ provider: serial, limits: limits({ concurrency: 3 }), retry: retry(), cache: null }).translate(units(6), languages);
    expect(serial.maxInFlight).toBe(1);
  });

  it('keeps to the characters-per-minute quota, spending it at once when idle', async () => {
    const clock = instantClock();
    const provider = createRecordingProvider({ capabilities: { maxSegmentsPerRequest: 1 } });
    const sentAt: number[] = [];
    const translator = createTranslator({
      provider,
      limits: limits({ concurrency: 1, charactersPerMinute: 100 }),
      retry: retry(),
      cache: null,
      ...clock,
      onEvent: (event) => {
        if (event.type === 'request-sent') sentAt.push(clock.time);
      },
    });
    const input = Array.from({ length: 8 }, (_, index) => ({ id: `b${index}`, text: `${index}`.padEnd(25, 'x'), format: 'text' as const }));
    await translator.translate(input, languages);
    const start = sentAt[0]!;
    expect(sentAt.map((time) => time - start)).toEqual([0, 0, 0, 0, 60_000, 60_000, 60_000, 60_000]);
  });

  it('retries retryable failures and counts each attempt as a request', async () => {
    const clock = instantClock();
    const provider = createRecordingProvider({
      answer: (request, index) => {
        if (index < 2) throw unavailable();
        return answerAll(request);
      },
    });
    const events: TranslatorEvent[] = [];
    const translator = createTranslator({ provider, limits: limits(), retry: retry(), cache: null, ...clock, random: () => 0.5, onEvent: (event) => events.push(event) });
    const { translations, stats } = await translator.translate(units(3), languages);
    expect(translations.size).toBe(3);
    expect(stats).toMatchObject({ requests: 3, retries: 2, failures: 0 });
    expect(clock.sleeps).toEqual([250, 500]); // half of 500, then half of 1000
    expect(events.filter((event) => event.type === 'retry')).toHaveLength(2);
  });

  it('honours Retry-After', async () => {
    const clock = instantClock();
    const provider = createRecordingProvider({
      answer: (request, index) => {
        if (index === 0) throw new ApiCallError('Too many requests.', { statusCode: 429, retryAfterSeconds: 7 });
        return answerAll(request);
      },
    });
    const translator = createTranslator({ provider, limits: limits(), retry: retry(), cache: null, ...clock, random: () => 0.1 });
    await translator.translate(units(1), languages);
    expect(clock.sleeps).toEqual([7_000]);
  });

  it('a 429 that gives no Retry-After (DeepL) holds back every worker for its backoff, not only the one retrying', async () => {
    // Real time: a shared instant clock would let the retrying worker's sleep move every worker's time.
    const started = performance.now();
    const sentAt: number[] = [];
    const provider = createRecordingProvider({
      capabilities: { maxSegmentsPerRequest: 1 },
      answer: async (request, index) => {
        sentAt.push(performance.now() - started);
        if (index === 0) throw new ApiCallError('Too many requests.', { statusCode: 429, reason: 'tooManyRequests', code: 'PROVIDER_QUOTA' });
        // The other worker's request is still in flight when the 429 comes back.
        if (index === 1) await new Promise((resolve) => setTimeout(resolve, 20));
        return answerAll(request);
      },
    });
    const translator = createTranslator({ provider, limits: limits({ concurrency: 2 }), retry: retry({ initialDelayMs: 600 }), cache: null, random: () => 0.5 });
    await translator.translate(units(3), languages);
    // Requests 0 and 1 went together; every later one, on either worker, waited the 300 ms backoff.
    expect(sentAt[1]! - sentAt[0]!).toBeLessThan(290);
    expect(sentAt).toHaveLength(4);
    for (const time of sentAt.slice(2)) expect(time - sentAt[0]!).toBeGreaterThanOrEqual(290);
  });

  it('a provider making several requests in one call (an LLM repairing) waits for the quota before each, outside its request timeout', async () => {
    const provider = createRecordingProvider({
      answer: async (request) => {
        // Two more requests after the first, each counted by the run's limiter.
        for (let more = 0; more < 2; more += 1) {
          const permit = await request.acquire!({ characters: 10, tokens: 0 });
          permit.done();
        }
        return answerAll(request);
      },
    });
    // One request per 300 ms window, and a request timeout shorter than that wait.
    const limiter = createRollingWindowLimiter({ requestsPerWindow: 1, charactersPerWindow: 0, windowMs: 300 });
    const translator = createTranslator({ provider, limits: limits({ requestTimeoutMs: 200 }), retry: retry({ maxAttempts: 1 }), cache: null, limiter });
    const started = performance.now();
    const outcome = await translator.translate(units(1), languages);
    // Three requests at one a window: at least two windows of waiting, none of it timed out.
    expect(performance.now() - started).toBeGreaterThanOrEqual(590);
    expect(outcome.stats).toMatchObject({ retries: 0, failures: 0 });
    expect(outcome.translations.size).toBe(1);
  });

  it('measures its quota windows on a monotonic clock: the wall clock stepped back an hour mid-run delays no request by an hour', async () => {
    const real = Date.now;
    let step = 0;
    const spy = vi.spyOn(Date, 'now').mockImplementation(() => real() + step);
    try {
      const provider = createRecordingProvider({
        answer: (request, index) => {
          // NTP steps the system clock back once the first request is answered.
          if (index === 0) step = -3_600_000;
          return answerAll(request);
        },
      });
      // One request per 50 ms window, the translator's own limiter and clock.
      const translator = createTranslator({ provider, limits: limits({ concurrency: 1, requestsPerMinute: 1, maxSegmentsPerRequest: 1 }), retry: retry({ maxAttempts: 1 }), cache: null, windowMs: 50 });
      const stalled = new Promise((_, reject) => setTimeout(() => reject(new Error('a request waited for the quota far longer than its window')), 10_000).unref());
      const outcome = (await Promise.race([translator.translate(units(3), languages), stalled])) as Awaited<ReturnType<typeof translator.translate>>;
      expect(outcome.translations.size).toBe(3);
      expect(provider.requests).toHaveLength(3);
    } finally {
      spy.mockRestore();
    }
  });

  it('fails at once on a non-retryable error, naming the segments', async () => {
    const provider = createRecordingProvider({
      answer: () => {
        throw new ApiCallError('API key not valid.', { statusCode: 400, reason: 'badRequest' });
      },
    });
    const translator = createTranslator({ provider, limits: limits(), retry: retry(), cache: null, ...instantClock() });
    const failure = await translator.translate(units(2), languages).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RetryError);
    expect(failure).toMatchObject({ code: 'RETRIES_EXHAUSTED', reason: 'errorNotRetryable', segmentIds: ['b0', 'b1'] });
    expect(provider.requests).toHaveLength(1);
  });

  it('gives up after maxAttempts with a RetryError naming every unit of the failed request', async () => {
    const provider = createRecordingProvider({
      capabilities: { maxSegmentsPerRequest: 2 },
      answer: (request) => {
        if (request.segments.some((segment) => segment.text.includes('numéro 2'))) throw unavailable();
        return answerAll(request);
      },
    });
    const cache = createMemoryTranslationCache();
    const translator = createTranslator({ provider, limits: limits({ concurrency: 1 }), retry: retry({ maxAttempts: 3 }), cache, ...instantClock() });
    const input = [...units(4), { id: 'copy', text: 'Phrase numéro 3.', format: 'text' as const }];
    const failure = (await translator.translate(input, languages).catch((error: unknown) => error)) as RetryError;
    expect(failure).toBeInstanceOf(RetryError);
    expect(failure.reason).toBe('maxAttemptsExceeded');
    expect(failure.segmentIds.sort()).toEqual(['b2', 'b3', 'copy']);
    expect(failure.errors).toHaveLength(3);
    expect(failure.message).toContain('Gave up after 3 attempts');
    expect(provider.requests).toHaveLength(1 + 3);
    // The batch that succeeded is cached.
    const second = createTranslator({ provider: createRecordingProvider(), limits: limits(), retry: retry(), cache });
    const { stats } = await second.translate(units(2), languages);
    expect(stats.cacheHits).toBe(2);
  });

  it('aborts a request that takes longer than requestTimeoutMs, and retries it', async () => {
    const provider = createRecordingProvider({
      answer: (request, index) =>
        index === 0
          ? new Promise((_, reject) => request.abortSignal?.addEventListener('abort', () => reject(request.abortSignal?.reason)))
          : answerAll(request),
    });
    const events: TranslatorEvent[] = [];
    const translator = createTranslator({
      provider,
      limits: limits({ requestTimeoutMs: 20 }),
      retry: retry({ initialDelayMs: 1 }),
      cache: null,
      onEvent: (event) => events.push(event),
    });
    const { translations } = await translator.translate(units(1), languages);
    expect(translations.get('b0')).toBe(translated('Phrase numéro 0.'));
    const retried = events.find((event) => event.type === 'retry');
    expect(retried).toMatchObject({ error: { code: 'PROVIDER_TIMEOUT' } });
    expect(provider.requests[0]!.abortSignal?.aborted).toBe(true);
  });

  it('times out even a provider that ignores its abort signal', async () => {
    const provider = createRecordingProvider({ answer: () => new Promise(() => {}) });
    const translator = createTranslator({ provider, limits: limits({ requestTimeoutMs: 10 }), retry: retry({ maxAttempts: 2, initialDelayMs: 1 }), cache: null });
    const failure = (await translator.translate(units(1), languages).catch((error: unknown) => error)) as RetryError;
    expect(failure).toBeInstanceOf(RetryError);
    expect(failure.segmentIds).toEqual(['b0']);
    expect((failure.lastError as BilingualError).code).toBe('PROVIDER_TIMEOUT');
  });

  it('does not send what the cache holds', async () => {
    const cache = createMemoryTranslationCache();
    const first = createRecordingProvider();
    await createTranslator({ provider: first, limits: limits(), retry: retry(), cache }).translate(units(3), languages);
    const second = createRecordingProvider();
    const { translations, stats } = await createTranslator({ provider: second, limits: limits(), retry: retry(), cache }).translate(
      units(4),
      languages,
    );
    expect(second.requests.flatMap((request) => request.segments.map((segment) => segment.text))).toEqual(['Phrase numéro 3.']);
    expect(translations.get('b0')).toBe(translated('Phrase numéro 0.'));
    expect(stats).toMatchObject({ cacheHits: 3, requests: 1 });
    // Another engine, language or glossary version is another key.
    const otherEngine = createRecordingProvider({ engine: 'fake engine 2.0' });
    await createTranslator({ provider: otherEngine, limits: limits(), retry: retry(), cache }).translate(units(1), languages);
    expect(otherEngine.requests).toHaveLength(1);
    const otherGlossary = createRecordingProvider();
    await createTranslator({ provider: otherGlossary, limits: limits(), retry: retry(), cache }).translate(units(1), { ...languages, glossaryVersion: 'g2' });
    expect(otherGlossary.requests).toHaveLength(1);
  });

  it('resumes after an interruption: the second run sends only what the first did not finish', async () => {
    const cache = createMemoryTranslationCache();
    const controller = new AbortController();
    const first = createRecordingProvider({
      capabilities: { maxSegmentsPerRequest: 2 },
      answer: async (request, index) => {
        if (index === 2) {
          controller.abort();
          await new Promise(() => {}); // hangs: only the abort ends it, once the drain time is over
        }
        return answerAll(request);
      },
    });
    const input = units(10);
    const interrupted = await createTranslator({ provider: first, limits: limits({ concurrency: 1 }), retry: retry(), cache, drainMs: 20 })
      .translate(input, { ...languages, signal: controller.signal })
      .catch((error: unknown) => error);
    expect(interrupted).toMatchObject({ code: 'INTERRUPTED' });
    expect(first.requests).toHaveLength(3);
    const second = createRecordingProvider({ capabilities: { maxSegmentsPerRequest: 2 } });
    const { translations, stats } = await createTranslator({ provider: second, limits: limits({ concurrency: 1 }), retry: retry(), cache }).translate(
      input,
      languages,
    );
    const resent = second.requests.flatMap((request) => request.segments.map((segment) => segment.text));
    expect(resent).toEqual(input.slice(4).map((unit) => unit.text));
    expect(stats.cacheHits).toBe(4);
    for (const unit of input) expect(translations.get(unit.id)).toBe(translated(unit.text));
  });

  it('lets the requests in flight at an interruption finish, so their answers are cached, and sends no more', async () => {
    const cache = createMemoryTranslationCache();
    const controller = new AbortController();
    const first = createRecordingProvider({
      capabilities: { maxSegmentsPerRequest: 2 },
      answer: async (request, index) => {
        if (index === 1) {
          controller.abort();
          await new Promise((resolve) => setTimeout(resolve, 30)); // still answers, after the abort
        }
        return answerAll(request);
      },
    });
    const input = units(10);
    const interrupted = await createTranslator({ provider: first, limits: limits({ concurrency: 1 }), retry: retry(), cache })
      .translate(input, { ...languages, signal: controller.signal })
      .catch((error: unknown) => error);
    expect(interrupted).toMatchObject({ code: 'INTERRUPTED' });
    expect(first.requests).toHaveLength(2); // nothing sent after the abort
    const second = createRecordingProvider({ capabilities: { maxSegmentsPerRequest: 2 } });
    await createTranslator({ provider: second, limits: limits({ concurrency: 1 }), retry: retry(), cache }).translate(input, languages);
    const resent = second.requests.flatMap((request) => request.segments.map((segment) => segment.text));
    // The request answered after the abort was cached: only the 6 texts never sent go again.
    expect(resent).toEqual(input.slice(4).map((unit) => unit.text));
  });

  it('splits a batch the service refuses as too many segments', async () => {
    const provider = createRecordingProvider({
      answer: (request) => {
        if (request.segments.length > 3) throw new ApiCallError('Too many text segments', { statusCode: 400, reason: 'invalid' });
        return answerAll(request);
      },
    });
    const translator = createTranslator({ provider, limits: limits(), retry: retry(), cache: null });
    const { translations } = await translator.translate(units(8), languages);
    expect(translations.size).toBe(8);
    expect(provider.requests.map((request) => request.segments.length)).toEqual([8, 4, 2, 2, 4, 2, 2]);
  });

  it('rejects an answer with missing translations', async () => {
    const provider = createRecordingProvider({ answer: (request) => ({ translations: answerAll(request).translations.slice(1), billedCharacters: 0 }) });
    const translator = createTranslator({ provider, limits: limits(), retry: retry(), cache: null });
    const failure = (await translator.translate(units(2), languages).catch((error: unknown) => error)) as RetryError;
    expect((failure.lastError as BilingualError).code).toBe('PROVIDER_BAD_RESPONSE');
    expect(provider.requests).toHaveLength(1);
  });

  it('estimates without sending: segments, characters after the cache, requests and cost', async () => {
    const cache = createMemoryTranslationCache();
    await createTranslator({ provider: createRecordingProvider(), limits: limits(), retry: retry(), cache }).translate(units(2), languages);
    const provider = createRecordingProvider({ capabilities: { maxSegmentsPerRequest: 2 } });
    const translator = createTranslator({ provider, limits: limits(), retry: retry(), cache });
    const input = [...units(5), { id: 'again', text: 'Phrase numéro 4.', format: 'text' as const }];
    const estimate = await translator.estimate(input, languages);
    const perText = 'Phrase numéro 0.'.length;
    expect(estimate).toMatchObject({ segments: 5, segmentsAfterCache: 3, characters: 3 * perText, requests: 2 });
    expect(estimate.estimatedCostUsd).toBeCloseTo((3 * perText * 20) / 1_000_000, 10);
    expect(estimate.units.find((unit) => unit.id === 'b0')).toEqual({ id: 'b0', characters: perText, cached: true });
    expect(estimate.units.find((unit) => unit.id === 'again')).toMatchObject({ cached: false, duplicateOf: 'b4' });
    expect(provider.requests).toHaveLength(0);
  });

  it('adds up its numbers over calls', async () => {
    const translator = createTranslator({ provider: createRecordingProvider(), limits: limits(), retry: retry(), cache: null });
    await translator.translate(units(2), languages);
    await translator.translate(units(3, 'Autre'), languages);
    expect(translator.stats()).toMatchObject({ units: 5, uniqueTexts: 5, requests: 2 });
    await translator.close();
    await expect(translator.translate(units(1), languages)).rejects.toMatchObject({ code: 'USAGE' });
  });
});

describe('createTranslator: a cache that cannot be written', () => {
  it('keeps the translations the service answered, and says the cache missed them', async () => {
    const memory = createMemoryTranslationCache();
    const brokenCache = {
      path: 'broken.sqlite',
      get: (keys: readonly string[]) => memory.get(keys),
      set: () => {
        throw new BilingualError('CACHE_ERROR', 'The translation cache broken.sqlite cannot be used (disk full).');
      },
      close: () => memory.close(),
    };
    const provider = createRecordingProvider();
    const events: TranslatorEvent[] = [];
    const input: TranslationUnit[] = [
      { id: 'a', text: 'Le chat dort.', format: 'text' },
      { id: 'b', text: 'La maison est grande.', format: 'text' },
    ];
    const { translations } = await createTranslator({
      provider,
      limits: limits(),
      retry: retry(),
      cache: brokenCache,
      onEvent: (event) => events.push(event),
    }).translate(input, languages);
    expect(provider.requests).toHaveLength(1);
    for (const unit of input) expect(translations.get(unit.id)).toBe(translated(unit.text));
    expect(events.filter((event) => event.type === 'cache-write-failed')).toEqual([
      expect.objectContaining({ texts: 2 }),
    ]);
  });
});

describe('translator: a unit longer than one request may carry (issue 11)', () => {
  const longParagraph = (count: number): TranslationUnit => ({
    id: 'p1',
    format: 'html',
    text: Array.from({ length: count }, (_, index) => `<span id="p1.s${index + 1}">La phrase numéro ${index + 1} du très long paragraphe.</span>`).join(' '),
  });
  const echo = (text: string) => text.replace(/(<span id="[^"]+">)([^<]*)(<\/span>)/g, (_, open: string, body: string, close: string) => `${open}EN ${body}${close}`);
  const answerSpans = (request: Parameters<typeof answerAll>[0]) => ({
    translations: request.segments.map((segment) => ({ id: segment.id, text: echo(segment.text) })),
    billedCharacters: 0,
  });

  it('sends it in parts cut at sentence boundaries, each alone with the sentences before as context, and joins the answers', async () => {
    const provider = createRecordingProvider({ capabilities: { maxCharactersPerRequest: 1_000 }, answer: answerSpans });
    const translator = createTranslator({ provider, limits: limits(), retry: retry(), cache: null });
    const unit = longParagraph(60);
    const short: TranslationUnit = { id: 'h1', format: 'html', text: '<span id="h1.s1">Le titre.</span>' };
    const { translations, stats } = await translator.translate([short, unit], languages);
    expect(translations.get('p1')).toBe(echo(unit.text));
    expect(translations.get('h1')).toBe(echo(short.text));
    const parts = provider.requests.flatMap((request) => request.segments).filter((segment) => segment.text.includes('p1.s'));
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect([...part.text].length).toBeLessThanOrEqual(1_000);
    // A part with context goes alone in its request.
    for (const request of provider.requests) if (request.segments.some((segment) => segment.context !== undefined)) expect(request.segments).toHaveLength(1);
    expect(parts[0]!.context).toBeUndefined();
    for (const part of parts.slice(1)) expect(part.context).toMatch(/La phrase numéro \d+ du très long paragraphe\.$/);
    expect(stats.uniqueTexts).toBe(parts.length + 1);
  });

  it('caches the parts, so a second run sends nothing, and estimates the unit as the sum of its parts', async () => {
    const provider = createRecordingProvider({ capabilities: { maxCharactersPerRequest: 1_000 }, answer: answerSpans });
    const cache = createMemoryTranslationCache();
    const translator = createTranslator({ provider, limits: limits(), retry: retry(), cache });
    const unit = longParagraph(60);
    const before = await translator.estimate([unit], languages);
    // Its parts' token shares and cost summed (none for a provider that bills characters).
    expect(before.units).toEqual([{ id: 'p1', characters: expect.any(Number), cached: false, inputTokens: 0, outputTokens: 0, costUsd: expect.any(Number) }]);
    expect(before.units[0]!.characters).toBeGreaterThanOrEqual([...unit.text].length - 60);
    expect(before.requests).toBeGreaterThan(2);
    await translator.translate([unit], languages);
    const sent = provider.requests.length;
    const again = await translator.translate([unit], languages);
    expect(provider.requests.length).toBe(sent);
    expect(again.translations.get('p1')).toBe(echo(unit.text));
    expect((await translator.estimate([unit], languages)).units[0]!.cached).toBe(true);
  });

  it('refuses a single sentence over the limit, naming it, and sends nothing', async () => {
    const provider = createRecordingProvider({ capabilities: { maxCharactersPerRequest: 1_000 }, answer: answerSpans });
    const translator = createTranslator({ provider, limits: limits(), retry: retry(), cache: null });
    const unit: TranslationUnit = { id: 'p4', format: 'html', text: `<span id="p4.s1">Court.</span> <span id="p4.s2">${'long '.repeat(300)}</span>` };
    await expect(translator.translate([unit], languages)).rejects.toMatchObject({ code: 'SENTENCE_TOO_LONG', message: expect.stringContaining('Sentence p4.s2 of p4') });
    expect(provider.requests).toHaveLength(0);
  });
});

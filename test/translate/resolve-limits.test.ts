import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { APERTIUM_LIMITS } from '../../src/providers/apertium/index.ts';
import { GOOGLE_CAPABILITIES } from '../../src/providers/google/index.ts';
import { GOOGLE_ADVANCED_CAPABILITIES } from '../../src/providers/google-advanced/index.ts';
import { DEEPL_CAPABILITIES } from '../../src/providers/deepl/index.ts';
import { LIBRETRANSLATE_CAPABILITIES } from '../../src/providers/libretranslate/index.ts';
import { openaiCapabilities } from '../../src/providers/openai/index.ts';
import { describeLimits, providerLimitsOf, resolveLimits } from '../../src/translate/resolve-limits.ts';
import { createTranslator, type TranslationUnit } from '../../src/translate/translator.ts';
import { createRecordingProvider, instantClock, languages, limits, retry } from '../support/fake-provider.ts';

const apertiumLike = { ...GOOGLE_CAPABILITIES, billingUnit: 'none' as const, pricePerMillionCharacters: 0, recommendedCharactersPerRequest: undefined, maxCharactersPerRequest: 20_000, maxSegmentsPerRequest: 64, limits: APERTIUM_LIMITS };

/** `count` units of about `size` characters each. */
const units = (count: number, size: number): TranslationUnit[] =>
  Array.from({ length: count }, (_, index) => ({ id: `b${index}`, text: `${index} `.padEnd(size, 'x'), format: 'text' as const }));

describe('resolveLimits', () => {
  it('takes each service’s own quotas with the default configuration', async () => {
    const config = await loadConfig({ env: {} });
    const google = resolveLimits(GOOGLE_CAPABILITIES, config.limits, providerLimitsOf(config, 'google'));
    expect(google).toMatchObject({ requestsPerMinute: 0, charactersPerMinute: 6_000_000, tokensPerMinute: 0, concurrency: 4 });
    expect(google.sources.charactersPerMinute).toBe('service');
    expect(resolveLimits(GOOGLE_ADVANCED_CAPABILITIES, config.limits).charactersPerMinute).toBe(6_000_000);
    for (const capabilities of [apertiumLike, DEEPL_CAPABILITIES, LIBRETRANSLATE_CAPABILITIES, openaiCapabilities()]) {
      expect(resolveLimits(capabilities, config.limits)).toMatchObject({ requestsPerMinute: 0, charactersPerMinute: 0, tokensPerMinute: 0 });
    }
    expect(describeLimits(google)).toBe('no request quota, 6,000,000 characters per minute (service), 4 requests at once');
  });

  it('lets providers.<id>.limits replace the service’s values, and top-level limits override both', async () => {
    const perProvider = await loadConfig({
      env: {},
      overrides: [
        { path: ['providers', 'google', 'limits', 'requestsPerMinute'], value: 300, source: '--set' },
        { path: ['providers', 'google', 'limits', 'concurrency'], value: 2, source: '--set' },
        { path: ['providers', 'openai', 'limits', 'tokensPerMinute'], value: 90_000, source: '--set' },
      ],
    });
    expect(resolveLimits(GOOGLE_CAPABILITIES, perProvider.limits, providerLimitsOf(perProvider, 'google'))).toMatchObject({
      requestsPerMinute: 300,
      charactersPerMinute: 6_000_000,
      concurrency: 2,
      sources: { requestsPerMinute: 'provider config', charactersPerMinute: 'service', concurrency: 'provider config' },
    });
    // One provider's section does not touch another's.
    expect(resolveLimits(apertiumLike, perProvider.limits, providerLimitsOf(perProvider, 'apertium')).requestsPerMinute).toBe(0);
    expect(resolveLimits(openaiCapabilities(), perProvider.limits, providerLimitsOf(perProvider, 'openai')).tokensPerMinute).toBe(90_000);

    // An older config's top-level limits still apply, to every provider, over everything.
    const old = await loadConfig({
      env: {},
      overrides: [
        { path: ['providers', 'google', 'limits', 'requestsPerMinute'], value: 300, source: '--set' },
        { path: ['limits', 'requestsPerMinute'], value: 600, source: '--requests-per-minute' },
        { path: ['limits', 'charactersPerMinute'], value: 0, source: '--characters-per-minute' },
      ],
    });
    expect(resolveLimits(GOOGLE_CAPABILITIES, old.limits, providerLimitsOf(old, 'google'))).toMatchObject({
      requestsPerMinute: 600,
      charactersPerMinute: 0,
      sources: { requestsPerMinute: 'limits', charactersPerMinute: 'limits' },
    });
    expect(resolveLimits(apertiumLike, old.limits).requestsPerMinute).toBe(600);
  });

  it('runs one request at a time for a provider that cannot run several, and keeps within a service’s concurrency cap', () => {
    expect(resolveLimits({ ...apertiumLike, concurrent: false }, limits({ concurrency: 8 })).concurrency).toBe(1);
    const capped = { ...GOOGLE_CAPABILITIES, limits: { ...APERTIUM_LIMITS, concurrency: 2 } };
    expect(resolveLimits(capped, limits({ concurrency: 8 })).concurrency).toBe(2);
    expect(resolveLimits(capped, limits({ concurrency: 1 })).concurrency).toBe(1);
  });
});

describe('translator with per-provider limits', () => {
  it('no longer throttles the offline engine with the default configuration, while an old top-level quota still does', async () => {
    const config = await loadConfig({ env: {} });
    const input = units(800, 1_000); // 800,000 characters: more than the old default 600,000 a minute
    const free = instantClock();
    const offline = createRecordingProvider({ id: 'apertium', capabilities: apertiumLike });
    await createTranslator({ provider: offline, limits: config.limits, providerLimits: providerLimitsOf(config, 'apertium'), retry: retry(), cache: null, ...free }).translate(input, languages);
    expect(free.sleeps).toEqual([]);

    const throttled = instantClock();
    const oldConfig = await loadConfig({
      env: {},
      overrides: [
        { path: ['limits', 'requestsPerMinute'], value: 600, source: '--requests-per-minute' },
        { path: ['limits', 'charactersPerMinute'], value: 600_000, source: '--characters-per-minute' },
      ],
    });
    const again = createRecordingProvider({ id: 'apertium', capabilities: apertiumLike });
    await createTranslator({ provider: again, limits: oldConfig.limits, retry: retry(), cache: null, ...throttled }).translate(input, languages);
    expect(throttled.sleeps.reduce((sum, wait) => sum + wait, 0)).toBeGreaterThanOrEqual(60_000);
  });

  it('still throttles google by its published character quota', async () => {
    const config = await loadConfig({ env: {} });
    // 6,100,000 characters: one full minute's quota and a little more.
    const input = units(6_100, 1_000);
    const clock = instantClock();
    const provider = createRecordingProvider({ id: 'google', capabilities: GOOGLE_CAPABILITIES });
    const sent: { at: number; characters: number }[] = [];
    const translator = createTranslator({
      provider,
      limits: config.limits,
      providerLimits: providerLimitsOf(config, 'google'),
      retry: retry(),
      cache: null,
      ...clock,
      onEvent: (event) => {
        if (event.type === 'request-sent') sent.push({ at: clock.time, characters: event.characters });
      },
    });
    await translator.translate(input, languages);
    const firstMinute = sent.filter((send) => send.at < sent[0]!.at + 60_000).reduce((sum, send) => sum + send.characters, 0);
    expect(firstMinute).toBeLessThanOrEqual(6_000_000);
    expect(clock.sleeps.reduce((sum, wait) => sum + wait, 0)).toBeGreaterThanOrEqual(60_000);
  });

  it('throttles a provider by its providers.<id>.limits', async () => {
    const clock = instantClock();
    const provider = createRecordingProvider({ id: 'libretranslate', capabilities: { ...LIBRETRANSLATE_CAPABILITIES, maxSegmentsPerRequest: 1 } });
    await createTranslator({ provider, limits: { concurrency: 1, requestTimeoutMs: 30_000 }, providerLimits: { requestsPerMinute: 5 }, retry: retry(), cache: null, ...clock }).translate(units(11, 10), languages);
    expect(provider.requests).toHaveLength(11);
    // 11 requests at 5 a minute: two full waits.
    expect(clock.sleeps.reduce((sum, wait) => sum + wait, 0)).toBeGreaterThanOrEqual(120_000);
  });
});

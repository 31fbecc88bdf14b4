/**
 * The scheduler with the real Google v2 provider (the `@google-cloud/translate` client)
 * against the local fake v2 server: faults injected on the wire must not lose, duplicate
 * or change a translation.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGoogle } from '../../src/providers/google/index.ts';
import { openTranslationCache } from '../../src/translate/cache.ts';
import { createTranslator, type TranslationUnit } from '../../src/translate/translator.ts';
import { fakeTranslation, startFakeGoogleV2Server, type FakeGoogleV2Server } from '../support/fake-google-v2-server.ts';
import { languages, limits, retry } from '../support/fake-provider.ts';

const API_KEY = 'AIzaSyTEST-fake-key-for-the-local-server-01';
const servers: FakeGoogleV2Server[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const WORDS = ['le', 'ministre', 'a', 'déclaré', 'que', 'les', 'négociations', 'reprendront', 'à', 'Genève', 'demain', 'matin', 'sans', 'condition'];

/** Paragraph-like units, half plain text and half sentence markup, with some repeats. */
function articleUnits(count: number): TranslationUnit[] {
  return Array.from({ length: count }, (_, index) => {
    const words = Array.from({ length: 6 + (index % 9) }, (_, word) => WORDS[(index * 7 + word * 3) % WORDS.length]);
    const sentence = `${words.join(' ')} (${index % 50}).`;
    return index % 2 === 0
      ? { id: `p${index}`, text: sentence, format: 'text' as const }
      : { id: `p${index}`, text: `<span id="p${index % 50}.s1">${sentence}</span> <span id="p${index % 50}.s2">Oui &amp; non.</span>`, format: 'html' as const };
  });
}

async function runAgainst(server: FakeGoogleV2Server, units: TranslationUnit[]) {
  const provider = createGoogle({ apiKey: API_KEY, apiEndpoint: server.endpoint });
  const translator = createTranslator({
    provider,
    limits: limits({ concurrency: 4, maxSegmentsPerRequest: 6, requestTimeoutMs: 10_000 }),
    retry: retry({ maxAttempts: 12, initialDelayMs: 2, maxDelayMs: 40 }),
    cache: null,
  });
  return translator.translate(units, languages);
}

describe('scheduler + Google v2 client under injected faults', () => {
  it('with 20% of requests answered 503 and 5% of connections reset, gives every translation exactly once, as without faults', async () => {
    const units = articleUnits(240);
    const clean = await startFakeGoogleV2Server({ apiKey: API_KEY });
    const faulty = await startFakeGoogleV2Server({ apiKey: API_KEY, failureRate: 0.2, resetRate: 0.05, seed: 42 });
    servers.push(clean, faulty);

    const reference = await runAgainst(clean, units);
    const outcome = await runAgainst(faulty, units);

    expect(outcome.translations).toEqual(reference.translations);
    expect(outcome.translations.size).toBe(units.length);
    for (const unit of units) expect(outcome.translations.get(unit.id)).toBe(fakeTranslation(unit.text, unit.format));
    // Faults really happened, and were retried.
    expect(faulty.counters.failures).toBeGreaterThan(0);
    expect(faulty.counters.resets).toBeGreaterThan(0);
    expect(outcome.stats.retries).toBe(faulty.counters.failures + faulty.counters.resets);
    // Each distinct text answered once: nothing sent again after it succeeded.
    expect([...faulty.counters.answeredTexts.values()].every((times) => times === 1)).toBe(true);
    expect(faulty.counters.answeredTexts.size).toBe(reference.stats.uniqueTexts);
    expect(outcome.stats.requests).toBe(faulty.counters.requests);
    // The wire format Google's client sends.
    const first = faulty.received[0]!;
    expect(first.key).toBe(API_KEY);
    expect(first.body).toMatchObject({ source: 'fr', target: 'en' });
    expect(['text', 'html']).toContain(first.body.format);
  }, 60_000);

  it('keeps within the server quota: no 403 when the limits match it', async () => {
    const server = await startFakeGoogleV2Server({ apiKey: API_KEY, windowMs: 400, charactersPerWindow: 3_000, latencyMs: 5 });
    servers.push(server);
    const units = articleUnits(120);
    const provider = createGoogle({ apiKey: API_KEY, apiEndpoint: server.endpoint });
    const translator = createTranslator({
      provider,
      limits: limits({ concurrency: 4, charactersPerMinute: 3_000, maxCharactersPerRequest: 1_000 }),
      retry: retry({ maxAttempts: 3, initialDelayMs: 5 }),
      cache: null,
      windowMs: 400,
    });
    const { translations, stats } = await translator.translate(units, languages);
    expect(translations.size).toBe(units.length);
    expect(server.counters.rejections).toBe(0);
    expect(stats.retries).toBe(0);
    expect(server.counters.characters).toBeGreaterThan(3 * 3_000); // it took several windows
  }, 30_000);

  it('retries the 403 userRateLimitExceeded the server sends when another client used the quota', async () => {
    const server = await startFakeGoogleV2Server({ apiKey: API_KEY, windowMs: 200, charactersPerWindow: 500 });
    servers.push(server);
    const units = articleUnits(30);
    const provider = createGoogle({ apiKey: API_KEY, apiEndpoint: server.endpoint });
    // No client-side limit: the server's 403s drive the backoff.
    const translator = createTranslator({
      provider,
      limits: limits({ concurrency: 4, maxCharactersPerRequest: 400 }),
      retry: retry({ maxAttempts: 30, initialDelayMs: 20, maxDelayMs: 200 }),
      cache: null,
    });
    const { translations } = await translator.translate(units, languages);
    expect(translations.size).toBe(units.length);
    expect(server.counters.rejections).toBeGreaterThan(0);
  }, 30_000);

  it('writes no API key into the cache file', async () => {
    const server = await startFakeGoogleV2Server({ apiKey: API_KEY });
    servers.push(server);
    const folder = mkdtempSync(join(tmpdir(), 'bilingual-cache-key-'));
    folders.push(folder);
    const cache = openTranslationCache(join(folder, 'translations.sqlite'));
    const provider = createGoogle({ apiKey: API_KEY, apiEndpoint: server.endpoint });
    const translator = createTranslator({ provider, limits: limits(), retry: retry(), cache });
    await translator.translate(articleUnits(10), languages);
    const bytesBeforeClose = readdirSync(folder).map((name) => readFileSync(join(folder, name)).toString('latin1')).join('');
    cache.close();
    const bytesAfterClose = readdirSync(folder).map((name) => readFileSync(join(folder, name)).toString('latin1')).join('');
    for (const bytes of [bytesBeforeClose, bytesAfterClose]) {
      expect(bytes).toContain('ertsinim'); // the translations are there, so the search means something
      expect(bytes).not.toContain(API_KEY);
      expect(bytes).not.toContain('AIza');
    }
  });
});

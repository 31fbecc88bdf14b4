/**
 * The deepl provider (the real `deepl-node` client) through the scheduler and the whole
 * pipeline, against a local server speaking DeepL's wire format: the seed built with every
 * sentence beside its own translation, aligned by markup; a 429 and a 503 survived with
 * nothing billed twice; a 413 split by the scheduler; a 456 failing with the account's usage;
 * a re-run sending nothing.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import type { Config } from '../../src/config/types.ts';
import { build } from '../../src/pipeline.ts';
import { createProvider } from '../../src/providers/registry.ts';
import { createTranslator, type TranslationUnit } from '../../src/translate/translator.ts';
import type { AlignedArticle } from '../../src/types.ts';
import { startFakeDeeplServer, type FakeDeeplServer } from '../support/fake-deepl-server.ts';
import { fakeTranslation } from '../support/fake-google-v2-server.ts';
import { languages, limits, retry } from '../support/fake-provider.ts';
import { REPOSITORY_ROOT } from '../support/run-cli.ts';

const KEY = '5b0f3e2a-7c91-4d6b-a8e3-2f1d9c4b7e60:fx';
const SEED = join(REPOSITORY_ROOT, 'seeds', 'g20-syria-talks-2016.txt');

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bilingual-deepl-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function configFor(name: string, server: FakeDeeplServer): Promise<Config> {
  return loadConfig({
    env: { DEEPL_API_KEY: KEY },
    overrides: [
      { path: ['provider'], value: 'deepl', source: 'test' },
      { path: ['providers', 'deepl', 'serverUrl'], value: server.url, source: 'test' },
      { path: ['cache', 'path'], value: join(work, `${name}.sqlite`), source: 'test' },
      { path: ['retry', 'initialDelayMs'], value: 1, source: 'test' },
      { path: ['retry', 'maxDelayMs'], value: 5, source: 'test' },
    ],
  });
}

async function buildSeed(name: string, config: Config) {
  return build({
    inputs: [SEED],
    config,
    outDir: join(work, name),
    dryRun: false,
    failFast: false,
    now: () => new Date('2026-01-02T03:04:05.000Z'),
  });
}

describe('deepl through build(): the seed against a local DeepL server', () => {
  let server: FakeDeeplServer;
  let article: AlignedArticle;
  let first: Awaited<ReturnType<typeof buildSeed>>;
  let config: Config;

  beforeAll(async () => {
    // The first request is refused 429, its retry 503: both survived.
    server = await startFakeDeeplServer({ apiKey: KEY, script: [429, 503] });
    config = await configFor('seed', server);
    first = await buildSeed('seed', config);
    const folder = join(work, 'seed', 'g20-syria-talks-2016');
    article = JSON.parse(await readFile(join(folder, 'g20-syria-talks-2016.json'), 'utf8')) as AlignedArticle;
  }, 120_000);
  afterAll(async () => {
    await server.close();
  });

  it('builds the article with every sentence beside its own translation, aligned by markup', () => {
    expect(first.failures).toBe(0);
    const sentences = article.blocks.flatMap((block) => block.sentences);
    expect(sentences.length).toBeGreaterThanOrEqual(20);
    for (const sentence of sentences) {
      expect(sentence.alignment, sentence.id).toBe('markup');
      expect(sentence.translation.trim(), sentence.id).not.toBe('');
      // The fake reverses each word (protected names stay): the translation is this sentence's own.
      const reversed = [...sentence.text.matchAll(/\p{L}{5,}/gu)].map((match) => [...match[0]].reverse().join('').toLowerCase());
      if (reversed.length > 0) expect(reversed.some((word) => sentence.translation.toLowerCase().includes(word)), sentence.id).toBe(true);
    }
    expect(article.translation.provider).toBe('deepl');
    expect(article.translation.engine).toBe('deepl v2 EN-US html');
  });

  it('sends DeepL wire format: the key in the header, fr to EN-US, html tag handling, at most 50 texts', () => {
    const answered = server.received.filter((entry) => entry.status === 200);
    expect(answered.length).toBeGreaterThan(0);
    for (const entry of server.received) {
      expect(entry.authorization).toBe(`DeepL-Auth-Key ${KEY}`);
      expect(entry.body.fields).toMatchObject({ source_lang: 'fr', target_lang: 'en-US', split_sentences: 'nonewlines' });
      expect(entry.body.text.length).toBeLessThanOrEqual(50);
      expect(entry.bytes).toBeLessThanOrEqual(128 * 1024);
    }
    expect(answered.some((entry) => entry.body.fields.tag_handling === 'html' && entry.body.text.some((text) => text.includes('<span id=')))).toBe(true);
  });

  it('survived the 429 and the 503 with nothing billed twice', () => {
    expect(server.received.slice(0, 2).map((entry) => entry.status)).toEqual([429, 503]);
    expect(first.retries).toBe(2);
    expect([...server.answeredTexts.values()].every((times) => times === 1)).toBe(true);
    expect(first.charactersBilled).toBe(server.billed);
  });

  it('a re-run sends nothing: every translation comes from the cache', async () => {
    const before = server.received.length;
    const again = await buildSeed('seed-again', config);
    expect(again.failures).toBe(0);
    expect(server.received.length).toBe(before);
    expect(again.segmentsSent).toBe(0);
    expect(again.cacheHits).toBeGreaterThan(0);
    expect(again.charactersBilled).toBe(0);
  }, 120_000);
});

describe('deepl: the estimate', () => {
  it('is within 2% of what the run then bills, tags not counted as DeepL does not bill them, and sends nothing', async () => {
    const server = await startFakeDeeplServer({ apiKey: KEY });
    try {
      const config = await configFor('estimate', server);
      const estimate = await build({ inputs: [SEED], config, outDir: join(work, 'estimate'), dryRun: true, failFast: false });
      expect(server.received).toHaveLength(0);
      const run = await buildSeed('estimate-run', config);
      expect(run.charactersBilled).toBe(server.billed);
      expect(Math.abs(estimate.charactersBilled - run.charactersBilled) / run.charactersBilled).toBeLessThanOrEqual(0.02);
      expect(estimate.estimatedCostUsd).toBeCloseTo((estimate.charactersBilled * 25) / 1_000_000, 10);
      // Markup is sent (and counted against the request limits) but not billed.
      expect(run.charactersSent).toBeGreaterThan(run.charactersBilled);
    } finally {
      await server.close();
    }
  }, 120_000);
});

describe('deepl through the scheduler', () => {
  it('a 413 splits the batch, and every unit is translated once', async () => {
    const server = await startFakeDeeplServer({ apiKey: KEY, maxTexts: 3 });
    try {
      const provider = await createProvider(await configFor('split', server));
      const translator = createTranslator({ provider, limits: limits({ maxSegmentsPerRequest: 8 }), retry: retry({ maxAttempts: 2 }), cache: null });
      const units: TranslationUnit[] = Array.from({ length: 8 }, (_, index) => ({ id: `p${index}`, text: `Le ministre numéro ${index} parle.`, format: 'text' }));
      const outcome = await translator.translate(units, languages);
      for (const unit of units) expect(outcome.translations.get(unit.id)).toBe(fakeTranslation(unit.text, 'text'));
      expect(server.received.filter((entry) => entry.status === 413).length).toBeGreaterThan(0);
      expect([...server.answeredTexts.values()].every((times) => times === 1)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('a 456 is not retried and the build says how much of the quota the account used', async () => {
    const server = await startFakeDeeplServer({ apiKey: KEY, script: [456], usage: { count: 500_000, limit: 500_000 } });
    try {
      const summary = await buildSeed('quota', await configFor('quota', server));
      expect(summary.failures).toBe(1);
      expect(server.received.filter((entry) => entry.status === 456)).toHaveLength(1);
      const reason = String((summary.articles[0]?.error as Error | undefined)?.message ?? '');
      expect(reason).toContain('used 500,000 of 500,000 characters');
    } finally {
      await server.close();
    }
  }, 120_000);
});

describe('deepl: a 429 is retried with exponential backoff, as DeepL asks', () => {
  // deepl-node 1.28 keeps only the status and the body of an answer (HttpClient.sendAxiosRequest
  // returns { statusCode, content }; its axios instance is private to the module, so no
  // interceptor reaches it, and `proxy` only names a proxy). DeepL documents no Retry-After and
  // asks for exponential backoff: the server here sends one anyway, to show it cannot be read.
  it('waits the exponential backoff (not the Retry-After the client cannot read), and bills each text once', async () => {
    const server = await startFakeDeeplServer({ apiKey: KEY, script: [429, 429], retryAfterSeconds: 30 });
    try {
      const config = await configFor('backoff', server);
      const provider = await createProvider(config);
      // A clock whose sleeps pass at once, recorded; full jitter drawn at the middle.
      const clock = { time: 1_000_000, sleeps: [] as number[] };
      const sentAt: number[] = [];
      const translator = createTranslator({
        provider,
        limits: limits({ concurrency: 2 }),
        retry: retry({ maxAttempts: 4, initialDelayMs: 1_000, maxDelayMs: 60_000, backoffFactor: 2 }),
        cache: null,
        now: () => clock.time,
        sleep: async (milliseconds) => {
          clock.sleeps.push(milliseconds);
          clock.time += milliseconds;
        },
        random: () => 0.5,
        onEvent: (event) => {
          if (event.type === 'request-sent') sentAt.push(clock.time);
        },
      });
      const units: TranslationUnit[] = ['Le chat dort.', 'La maison est grande.'].map((text, index) => ({ id: `p${index + 1}`, text, format: 'text' }));
      const outcome = await translator.translate(units, languages);
      expect(server.received.map((received) => received.status)).toEqual([429, 429, 200]);
      // 500 then 1,000 ms: the backoff's ceilings 1,000 and 2,000 at jitter 0.5; never the 30 s the header asked.
      expect(clock.sleeps.filter((wait) => wait > 0)).toEqual([500, 1_000]);
      expect(clock.sleeps.every((wait) => wait < 30_000)).toBe(true);
      // Each request after a 429 went no sooner than its backoff after it.
      expect(sentAt[1]! - sentAt[0]!).toBeGreaterThanOrEqual(500);
      expect(sentAt[2]! - sentAt[1]!).toBeGreaterThanOrEqual(1_000);
      expect(outcome.stats).toMatchObject({ retries: 2, requests: 3 });
      expect([...server.answeredTexts.values()]).toEqual([1, 1]);
      expect(outcome.stats.charactersBilled).toBe(server.billed);
      await provider.close?.();
    } finally {
      await server.close();
    }
  });
});

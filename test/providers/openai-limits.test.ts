/**
 * The openai provider and the scheduler's limits: what an estimate says a run bills in tokens,
 * against a local server that bills each request by what it holds; and the x-ratelimit-*
 * headers the limiter learns from.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BilingualError } from '../../src/errors.ts';
import { loadConfig } from '../../src/config/load.ts';
import { main } from '../../src/cli/main.ts';
import { build } from '../../src/pipeline.ts';
import { createOpenai } from '../../src/providers/openai/index.ts';
import { readRateLimitHeaders, parseResetDuration } from '../../src/providers/openai/read-rate-limit-headers.ts';
import { createRollingWindowLimiter } from '../../src/translate/rolling-window-limiter.ts';
import { createTranslator } from '../../src/translate/translator.ts';
import { instantClock, languages, limits, retry } from '../support/fake-provider.ts';
import { startFakeOpenaiServer, type FakeOpenaiServer } from '../support/fake-openai-server.ts';
import { startQuotaProxy } from '../support/quota-proxy.ts';

const API_KEY = 'sk-proj-fake0key0for0limit0tests0123456789abcdef';
const INPUTS = ['seeds/g20-syria-talks-2016.txt', 'test/fixtures/articles/budget-deficit.print.txt', 'test/fixtures/articles/cannes-palme-d-or.plain.txt'];

let work: string;
let server: FakeOpenaiServer;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bilingual-openai-limits-'));
  server = await startFakeOpenaiServer({ billTokens: true });
});
afterAll(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

async function configFor(cacheName: string) {
  return loadConfig({
    env: { OPENAI_API_KEY: API_KEY },
    overrides: [
      { path: ['provider'], value: 'openai', source: 'test' },
      { path: ['providers', 'openai', 'model'], value: 'gpt-4o-mini', source: 'test' },
      { path: ['providers', 'openai', 'baseUrl'], value: server.baseUrl, source: 'test' },
      { path: ['providers', 'openai', 'inputPricePerMillionTokens'], value: 0.15, source: 'test' },
      { path: ['providers', 'openai', 'outputPricePerMillionTokens'], value: 0.6, source: 'test' },
      { path: ['cache', 'path'], value: join(work, cacheName), source: 'test' },
    ],
  });
}

describe('openai: estimate and bill', () => {
  it('estimates within 2% of what the run then bills, and the estimate sends nothing', async () => {
    const config = await configFor('estimate.sqlite');
    const options = { inputs: INPUTS, config, outDir: join(work, 'out'), failFast: false, now: () => new Date('2026-01-02T03:04:05.000Z') };
    const estimate = await build({ ...options, dryRun: true });
    expect(server.received).toHaveLength(0);
    expect(estimate.inputTokens ?? 0).toBeGreaterThan(0);
    const run = await build({ ...options, dryRun: false });
    expect(run.failures).toBe(0);
    expect(run.requests).toBe(estimate.requests);
    expect(Math.abs(run.estimatedCostUsd - estimate.estimatedCostUsd) / run.estimatedCostUsd).toBeLessThan(0.02);
    const [billedInput, estimatedInput] = [run.inputTokens ?? 0, estimate.inputTokens ?? 0];
    const [billedOutput, estimatedOutput] = [run.outputTokens ?? 0, estimate.outputTokens ?? 0];
    expect(Math.abs(billedInput - estimatedInput) / billedInput).toBeLessThan(0.02);
    expect(Math.abs(billedOutput - estimatedOutput) / billedOutput).toBeLessThan(0.05);
    console.log(`openai estimate: ${estimatedInput} + ${estimatedOutput} tokens, $${estimate.estimatedCostUsd.toFixed(6)}; billed: ${billedInput} + ${billedOutput} tokens, $${run.estimatedCostUsd.toFixed(6)}`);
  });
});

describe('openai: spending cap', () => {
  it('refuses a run whose estimate is over --max-cost: nothing sent, the estimate on one line, exit code 4', async () => {
    const local = await startFakeOpenaiServer({ billTokens: true });
    let stdout = '';
    let stderr = '';
    try {
      const code = await main(
        [
          'build', ...INPUTS, '--provider', 'openai',
          '--set', 'providers.openai.model=gpt-4o-mini', '--set', `providers.openai.baseUrl=${local.baseUrl}`,
          '--set', 'providers.openai.inputPricePerMillionTokens=0.15', '--set', 'providers.openai.outputPricePerMillionTokens=0.6',
          '--max-cost', '0.001', '--cache-path', join(work, 'refused.sqlite'), '--out', join(work, 'refused'),
        ],
        { stdout: { write: (text: string) => ((stdout += text), true) }, stderr: { write: (text: string) => ((stderr += text), true) }, env: { OPENAI_API_KEY: API_KEY }, isTTY: false },
      );
      expect(code).toBe(4);
      expect(local.received).toHaveLength(0);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^bilingual: The run would bill about 0\.0016 \(estimate: \d+ segments, \d+ requests, \d+ input and \d+ output tokens\), more than --max-cost 0\.001: nothing was sent\. Raise --max-cost \(limits\.maxCost\) or build fewer articles\.$/m);
    } finally {
      await local.close();
    }
  });

  it('stops a run whose bill reaches the cap (answers it had to repair cost more than estimated), writes the articles completed, and a run with a higher cap finishes', async () => {
    // The first answer leaves its sentences in French: the provider asks again, which the estimate did not count.
    const local = await startFakeOpenaiServer({ billTokens: true, misbehave: (index, request) => (index === 0 ? { content: JSON.stringify(Object.fromEntries(request.sentences)) } : undefined) });
    try {
      const configWith = async (maxCost: number) =>
        loadConfig({
          env: { OPENAI_API_KEY: API_KEY },
          overrides: [
            { path: ['provider'], value: 'openai', source: 'test' },
            { path: ['providers', 'openai', 'model'], value: 'gpt-4o-mini', source: 'test' },
            { path: ['providers', 'openai', 'baseUrl'], value: local.baseUrl, source: 'test' },
            { path: ['providers', 'openai', 'maxSegmentsPerRequest'], value: 2, source: 'test' },
            { path: ['providers', 'openai', 'inputPricePerMillionTokens'], value: 0.15, source: 'test' },
            { path: ['providers', 'openai', 'outputPricePerMillionTokens'], value: 0.6, source: 'test' },
            { path: ['limits', 'maxCost'], value: maxCost, source: '--max-cost' },
            { path: ['cache', 'path'], value: join(work, 'capped.sqlite'), source: 'test' },
          ],
        });
      const options = { inputs: INPUTS, outDir: join(work, 'capped'), failFast: false, now: () => new Date('2026-01-02T03:04:05.000Z') };
      const estimate = await build({ ...options, config: await configWith(1), dryRun: true });
      const cap = estimate.estimatedCostUsd * 1.001;
      const stopped = await build({ ...options, config: await configWith(cap), dryRun: false });
      expect(stopped.estimatedCostUsd).toBeLessThanOrEqual(cap);
      const failed = stopped.articles.filter((article) => !article.ok);
      expect(failed.length).toBeGreaterThan(0);
      for (const article of failed) expect((article.error as BilingualError).code).toBe('COST_LIMIT');
      for (const article of stopped.articles.filter((outcome) => outcome.ok)) expect(article.outputs.length).toBeGreaterThan(0);

      const finished = await build({ ...options, config: await configWith(1), dryRun: false });
      expect(finished.failures).toBe(0);
      expect(finished.cacheHits).toBeGreaterThan(0);
      // Paid once: the two runs together bill about what the estimate said, plus the repair.
      expect(stopped.estimatedCostUsd + finished.estimatedCostUsd).toBeLessThan(estimate.estimatedCostUsd * 1.3);
    } finally {
      await local.close();
    }
  });
});

describe('openai: rate-limit headers', () => {
  it('reads OpenAI’s headers and durations', () => {
    expect(
      readRateLimitHeaders({
        'x-ratelimit-limit-requests': '500',
        'x-ratelimit-limit-tokens': '200000',
        'x-ratelimit-remaining-requests': '0',
        'x-ratelimit-remaining-tokens': '199000',
        'x-ratelimit-reset-requests': '120ms',
        'x-ratelimit-reset-tokens': '6m0s',
      }),
    ).toEqual({ requestsPerMinute: 500, tokensPerMinute: 200_000, requestsRemaining: 0, tokensRemaining: 199_000, requestsResetMs: 120, tokensResetMs: 360_000 });
    expect(readRateLimitHeaders({})).toEqual({});
    expect(parseResetDuration('1.5s')).toBe(1500);
    expect(parseResetDuration('1h2m3s')).toBe(3_723_000);
    expect(parseResetDuration('soon')).toBeUndefined();
  });

  it('the limiter the translator receives adopts the quotas the endpoint announces, and waits when it says none is left', async () => {
    const local = await startFakeOpenaiServer({
      rateLimitHeaders: {
        'x-ratelimit-limit-requests': '3',
        'x-ratelimit-remaining-requests': '0',
        'x-ratelimit-reset-requests': '20s',
        'x-ratelimit-limit-tokens': '40000',
        'x-ratelimit-remaining-tokens': '39000',
      },
    });
    try {
      const provider = createOpenai({ model: 'gpt-4o-mini', apiKey: API_KEY, baseUrl: local.baseUrl, maxSegmentsPerRequest: 1 });
      const clock = instantClock();
      const limiter = createRollingWindowLimiter({ requestsPerWindow: 0, charactersPerWindow: 0, ...clock });
      const translator = createTranslator({ provider, limits: limits({ concurrency: 1 }), retry: retry(), cache: null, limiter, ...clock });
      const units = ['Le chat dort.', 'La maison est grande.', 'Bonjour.'].map((text, index) => ({ id: `p${index}`, text, format: 'text' as const }));
      await translator.translate(units, languages);
      expect(limiter.quotas()).toEqual({ requestsPerWindow: 3, charactersPerWindow: 0, tokensPerWindow: 40_000 });
      // After each answer the endpoint said no request was left for 20 s: the next waited that long.
      expect(clock.sleeps.filter((wait) => wait >= 20_000)).toHaveLength(2);
      expect(local.received).toHaveLength(3);
    } finally {
      await local.close();
    }
  });

  it('a token quota keeps each request within what the window can take', async () => {
    const clock = instantClock();
    const limiter = createRollingWindowLimiter({ requestsPerWindow: 0, charactersPerWindow: 0, tokensPerWindow: 1_000, windowMs: 60_000, ...clock });
    const start = clock.time;
    (await limiter.acquire(10, undefined, 600)).done();
    expect(limiter.usage()).toEqual({ requests: 1, characters: 10, tokens: 600 });
    (await limiter.acquire(10, undefined, 300)).done();
    expect(clock.time).toBe(start);
    (await limiter.acquire(10, undefined, 300)).done();
    expect(clock.time).toBe(start + 60_000);
  });
});

describe('openai: every request of a call waits for the quota, repairs included', () => {
  it('against an endpoint that enforces 2 requests per second, answers needing repairs, and 4 workers: no request refused', async () => {
    // Each first answer drops a sentence: every call makes a second request, the repair.
    const origin = await startFakeOpenaiServer({
      misbehave: (_index, received, translations) => (received.sentences.size > 1 ? { content: JSON.stringify(Object.fromEntries([...translations].slice(1))) } : undefined),
    });
    const windowMs = 1000;
    const proxy = await startQuotaProxy({ target: new URL(origin.baseUrl).origin, requestsPerWindow: 2, windowMs, latencyMs: 20 });
    try {
      const provider = createOpenai({ model: 'gpt-4o-mini', apiKey: API_KEY, baseUrl: `${proxy.url}/v1`, maxSegmentsPerRequest: 1 });
      // A refused request would fail the call: no retries to hide it. A request that never got
      // its answer would fail it too, naming itself, well within the test's time (the quota's
      // waits are not counted in a request's time).
      const translator = createTranslator({ provider, limits: limits({ concurrency: 4, requestsPerMinute: 2, requestTimeoutMs: 10_000 }), retry: retry({ maxAttempts: 1 }), cache: null, windowMs });
      const texts = [
        'Le ministre a quitté la salle. Les négociations reprendront lundi.',
        'Le budget sera voté cette semaine. Les syndicats ont appelé à la grève.',
        'Selon le porte-parole, aucun accord ne sera signé. La réunion reprendra lundi.',
      ];
      const units = texts.map((text, index) => {
        const [first, second] = text.split(/(?<=\.) /);
        return { id: `p${index + 1}`, text: `<span id="p${index + 1}.s1">${first}</span> <span id="p${index + 1}.s2">${second}</span>`, format: 'html' as const };
      });
      const outcome = await translator.translate(units, languages);
      expect(proxy.counters.rejections).toBe(0);
      // Each call: both sentences, both again (told what was wrong), then each alone; 12 requests
      // reached the endpoint, 9 of them repairs, each waiting its turn.
      expect(proxy.counters.accepted).toBe(12);
      expect(origin.received.map((received) => received.sentences.size).sort()).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
      expect(outcome.stats.requests).toBe(12);
      for (const [id, translation] of outcome.translations) expect(translation, id).toMatch(new RegExp(`^<span id="${id}\\.s1">[^<]+</span> <span id="${id}\\.s2">[^<]+</span>$`));
    } finally {
      await proxy.close();
      await origin.close();
    }
  }, 30_000);
});

/**
 * Provider `openai` end to end: the seed and the test articles built through `build()` with the
 * provider named in the configuration (the registry, the scheduler, the cache), against a local
 * server speaking Chat Completions. Every sentence sits beside its own translation, aligned by
 * markup; a re-run sends nothing; the key reaches no output and not the cache.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { summaryLines } from '../../src/cli/progress-reporter.ts';
import { build } from '../../src/pipeline.ts';
import type { AlignedArticle } from '../../src/types.ts';
import { startFakeOpenaiServer, type FakeOpenaiServer } from '../support/fake-openai-server.ts';

const API_KEY = 'sk-proj-fake0key0for0build0tests0123456789abcdef';
const INPUTS = ['seeds/g20-syria-talks-2016.txt', 'test/fixtures/articles/budget-deficit.print.txt', 'test/fixtures/articles/cannes-palme-d-or.plain.txt'];

let work: string;
let server: FakeOpenaiServer;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bilingual-openai-'));
  server = await startFakeOpenaiServer();
});
afterAll(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

async function run(outName: string) {
  const config = await loadConfig({
    env: { OPENAI_API_KEY: API_KEY },
    overrides: [
      { path: ['provider'], value: 'openai', source: 'test' },
      { path: ['providers', 'openai', 'model'], value: 'gpt-4o-mini', source: 'test' },
      { path: ['providers', 'openai', 'baseUrl'], value: server.baseUrl, source: 'test' },
      { path: ['providers', 'openai', 'inputPricePerMillionTokens'], value: 0.15, source: 'test' },
      { path: ['providers', 'openai', 'outputPricePerMillionTokens'], value: 0.6, source: 'test' },
      { path: ['cache', 'path'], value: join(work, 'cache.sqlite'), source: 'test' },
    ],
  });
  const outDir = join(work, outName);
  const summary = await build({ inputs: INPUTS, config, outDir, dryRun: false, failFast: false, now: () => new Date('2026-01-02T03:04:05.000Z') });
  return { summary, outDir };
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe('build with the openai provider', () => {
  let first: Awaited<ReturnType<typeof run>>;
  let requestsAfterFirst: number;

  beforeAll(async () => {
    first = await run('first');
    requestsAfterFirst = server.received.length;
  }, 120_000);

  it('builds every article, each sentence beside its own translation, aligned by markup', async () => {
    expect(first.summary.failures).toBe(0);
    expect(requestsAfterFirst).toBeGreaterThan(0);
    for (const slug of ['g20-syria-talks-2016', 'budget-deficit-print', 'cannes-palme-d-or-plain']) {
      const article = JSON.parse(await readFile(join(first.outDir, slug, `${slug}.json`), 'utf8')) as AlignedArticle;
      expect(article.translation.provider).toBe('openai');
      expect(article.translation.engine).toMatch(/^openai-compatible gpt-4o-mini at http:\/\/127\.0\.0\.1:\d+\/v1/);
      const sentences = article.blocks.flatMap((block) => block.sentences);
      expect(sentences.length).toBeGreaterThan(3);
      for (const sentence of sentences) {
        expect(sentence.alignment, sentence.id).toBe('markup');
        expect(sentence.translation.trim(), sentence.id).not.toBe('');
        expect(sentence.translation).not.toMatch(/<\/?span|&amp;|&lt;|⟦|⟧/);
        if (sentence.text.split(/\s+/).length >= 4) expect(sentence.translation, sentence.id).not.toBe(sentence.text);
      }
    }
  });

  it('sent the sentences as plain text under their own keys, with a schema of exactly those keys', () => {
    const sent = server.received.slice(0, requestsAfterFirst).flatMap((request) => [...request.sentences.values()]);
    expect(sent.length).toBeGreaterThan(20);
    // A well-behaved endpoint needs no repair: the checks refuse nothing on real articles.
    for (const request of server.received) expect(request.body.messages.at(-1)!.content).not.toMatch(/^An earlier answer/);
    // Glossary terms travel as fixed ⟦terms⟧, and come back as the protected elements.
    expect(sent.some((text) => /⟦G20⟧/.test(text))).toBe(true);
    for (const text of sent) expect(text).not.toMatch(/<span|&amp;/);
    for (const request of server.received) {
      expect(request.body.temperature).toBe(0);
      expect(request.body.response_format?.type).toBe('json_schema');
      expect(Object.keys((request.body.response_format!.json_schema!.schema as { properties: object }).properties)).toEqual([...request.sentences.keys()]);
    }
  });

  it("counts the endpoint's tokens and their cost in the run's summary", () => {
    // The local server reports 120 prompt and 40 completion tokens per answer.
    expect(first.summary.requests).toBe(requestsAfterFirst);
    expect(first.summary.inputTokens).toBe(120 * requestsAfterFirst);
    expect(first.summary.outputTokens).toBe(40 * requestsAfterFirst);
    expect(first.summary.estimatedCostUsd).toBeCloseTo((requestsAfterFirst * (120 * 0.15 + 40 * 0.6)) / 1_000_000, 12);
    expect(summaryLines(first.summary)[1]).toContain(`${120 * requestsAfterFirst} input and ${40 * requestsAfterFirst} output tokens`);
  });

  it('a re-run sends nothing: every translation comes from the cache', async () => {
    const second = await run('second');
    expect(second.summary.failures).toBe(0);
    expect(second.summary.requests).toBe(0);
    expect(second.summary.inputTokens).toBe(0);
    expect(server.received.length).toBe(requestsAfterFirst);
    const seed = 'g20-syria-talks-2016';
    expect(await readFile(join(second.outDir, seed, `${seed}.en.md`), 'utf8')).toBe(await readFile(join(first.outDir, seed, `${seed}.en.md`), 'utf8'));
  });

  it('the key reaches no output and not the cache', async () => {
    for (const file of [...(await filesUnder(first.outDir)), join(work, 'cache.sqlite')]) {
      expect((await readFile(file)).includes(API_KEY), file).toBe(false);
    }
    for (const request of server.received) expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });
});

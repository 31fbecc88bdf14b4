/**
 * A sentence an LLM will not translate, whatever it is asked (here: answered in French every
 * time, retries, halves and alone included), through `build()`: its article is still built,
 * the sentence has no translation and says why, `qa/untranslated` and the QA report's
 * provider section name it, the editions show `[no translation]` (never the French as
 * English), the summary counts it (CLI line and JSON), and a re-run asks only for its
 * paragraph again, the rest coming from the cache.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { summaryLines } from '../../src/cli/progress-reporter.ts';
import { build } from '../../src/pipeline.ts';
import type { AlignedArticle } from '../../src/types.ts';
import { startFakeOpenaiServer, type FakeOpenaiServer } from '../support/fake-openai-server.ts';
import { parseMarkdown, nodeText, splitFrontMatter } from '../support/markdown.ts';

const API_KEY = 'sk-proj-fake0key0for0untranslated0tests0123456';
const SEED = 'g20-syria-talks-2016';
/** The endpoint answers every sentence naming him in French. */
const STUBBORN = /Kerry/;

let work: string;
let server: FakeOpenaiServer;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bilingual-openai-untranslated-'));
  server = await startFakeOpenaiServer({
    misbehave: (_index, received, translations) => {
      if (![...received.sentences.values()].some((french) => STUBBORN.test(french))) return undefined;
      const answer = new Map([...translations].map(([key, english]) => [key, STUBBORN.test(received.sentences.get(key)!) ? received.sentences.get(key)! : english]));
      return { content: JSON.stringify(Object.fromEntries(answer)) };
    },
  });
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
      { path: ['cache', 'path'], value: join(work, 'cache.sqlite'), source: 'test' },
    ],
  });
  const outDir = join(work, outName);
  const summary = await build({ inputs: [`seeds/${SEED}.txt`], config, outDir, dryRun: false, failFast: false, now: () => new Date('2026-01-02T03:04:05.000Z') });
  return { summary, outDir, read: (suffix: string) => readFile(join(outDir, SEED, `${SEED}${suffix}`), 'utf8') };
}

describe('openai: a sentence no request could repair', () => {
  let first: Awaited<ReturnType<typeof run>>;
  let article: AlignedArticle;
  let stubborn: AlignedArticle['blocks'][number]['sentences'];

  beforeAll(async () => {
    first = await run('first');
    article = JSON.parse(await first.read('.json')) as AlignedArticle;
    stubborn = article.blocks.flatMap((block) => block.sentences).filter((sentence) => STUBBORN.test(sentence.text));
  }, 120_000);

  it('leaves its article built, the sentence with no translation and the reason, every other sentence translated', () => {
    expect(first.summary.failures).toBe(0);
    expect(stubborn.length).toBeGreaterThan(0);
    for (const sentence of article.blocks.flatMap((block) => block.sentences)) {
      expect(sentence.alignment, sentence.id).toBe('markup');
      if (STUBBORN.test(sentence.text)) {
        expect(sentence.translation, sentence.id).toBe('');
        expect(sentence.untranslated, sentence.id).toMatch(/still in French|copy of the French/);
        expect(sentence.qa, sentence.id).toEqual([{ check: 'qa/untranslated', severity: 'error', message: expect.stringMatching(/^The provider gave no translation: the translation was (still in French|a copy of the French)\.$/) }]);
      } else {
        expect(sentence.untranslated, sentence.id).toBeUndefined();
        expect(sentence.translation.trim(), sentence.id).not.toBe('');
      }
    }
    // Its paragraph kept its markup: no sentence was aligned by length because one was empty.
    expect(article.warnings.filter((warning) => warning.rule.startsWith('align/'))).toEqual([]);
  });

  it('counts it in the summary, the CLI line and the article outcome', () => {
    expect(first.summary.untranslated).toBe(stubborn.length);
    expect(first.summary.articles[0]!.untranslated).toBe(stubborn.length);
    expect(summaryLines(first.summary)[0]).toContain(`${stubborn.length} sentence${stubborn.length === 1 ? '' : 's'} left untranslated`);
  });

  it('shows [no translation] in its place in the editions, never the French as English', async () => {
    const english = await first.read('.en.md');
    const sideBySide = await first.read('.fr-en.md');
    for (const edition of [english, sideBySide]) expect(edition).toContain('\\[no translation\\]');
    for (const sentence of stubborn) expect(english).not.toContain(sentence.text);
    const reader = await first.read('.html');
    expect(reader).toContain('s--missing');
  });

  it('names it, with the reason, in the QA report’s provider section', async () => {
    const report = await first.read('.qa.md');
    const tree = parseMarkdown(splitFrontMatter(report).body);
    const children = tree.children ?? [];
    const at = children.findIndex((node) => node.type === 'heading' && nodeText(node) === 'Sentences left untranslated');
    expect(at).toBeGreaterThan(0);
    const items = (children[at + 1]!.children ?? []).map(nodeText);
    expect(items.map((item) => item.split(':')[0])).toEqual(stubborn.map((sentence) => sentence.id));
    expect(nodeText(tree)).toContain('What openai could not keep');
  });

  it('a re-run asks again for its paragraph only: the rest comes from the cache', async () => {
    const before = server.received.length;
    const second = await run('second');
    const paragraphs = new Set(stubborn.map((sentence) => sentence.id.split('.')[0]));
    const asked = server.received.slice(before).flatMap((request) => [...request.sentences.values()]);
    expect(asked.some((french) => STUBBORN.test(french))).toBe(true);
    // Sentences are compared by their first words: glossary terms travel as ⟦fixed terms⟧, transliterated.
    const opening = (text: string) => text.replace(/[⟦⟧]/g, '').split(/\s+/).slice(0, 4).join(' ');
    const inTheirParagraphs = new Set(article.blocks.filter((block) => paragraphs.has(block.id)).flatMap((block) => block.sentences.map((sentence) => opening(sentence.text))));
    for (const french of asked) expect(inTheirParagraphs.has(opening(french)), french).toBe(true);
    expect(second.summary.cacheHits).toBeGreaterThan(0);
    expect(second.summary.untranslated).toBe(stubborn.length);
  });
});

/**
 * Issue 11, end to end: a page without paragraph breaks (one paragraph of 40 kB, longer than
 * one request to any provider) builds with every provider against its fake server (the real
 * client library on the wire) and with the offline engine. The paragraph goes in parts cut at
 * sentence boundaries, each within the provider's limit, with the sentences before it as
 * context where the service takes context; every sentence sits beside its own translation,
 * aligned by markup.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { build } from '../../src/pipeline.ts';
import { createApertium } from '../../src/providers/apertium/index.ts';
import { createDeepl } from '../../src/providers/deepl/index.ts';
import { createGoogle } from '../../src/providers/google/index.ts';
import { createLibreTranslate } from '../../src/providers/libretranslate/index.ts';
import { createOpenai } from '../../src/providers/openai/index.ts';
import type { TranslationProvider } from '../../src/providers/types.ts';
import type { AlignedArticle, AlignedSentence } from '../../src/types.ts';
import { startFakeDeeplServer } from '../support/fake-deepl-server.ts';
import { startFakeGoogleV2Server } from '../support/fake-google-v2-server.ts';
import { startFakeLibreTranslateServer } from '../support/fake-libretranslate-server.ts';
import { answerContent, startFakeOpenaiServer } from '../support/fake-openai-server.ts';
import { writeLongParagraphPage } from '../support/long-paragraph-page.ts';

let work: string;
let page: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bilingual-long-paragraph-'));
  page = await writeLongParagraphPage(work);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** What a provider sent: the texts of each request, and their context when any. */
interface Sent {
  texts: string[];
  context?: string;
}

async function buildPage(name: string, provider: TranslationProvider): Promise<{ article: AlignedArticle; failures: number }> {
  const config = await loadConfig({
    env: {},
    overrides: [
      { path: ['provider'], value: provider.id, source: 'test' },
      { path: ['cache', 'path'], value: join(work, `${name}.sqlite`), source: 'test' },
    ],
  });
  const outDir = join(work, name);
  const summary = await build({ inputs: [page], config, outDir, provider, dryRun: false, failFast: false, now: () => new Date('2026-01-02T03:04:05.000Z') });
  const article = JSON.parse(await readFile(join(outDir, 'long-paragraph', 'long-paragraph.json'), 'utf8')) as AlignedArticle;
  return { article, failures: summary.failures };
}

/** The fakes reverse each word: a sentence's translation holds its own long words reversed. */
const reversedWordsOf = (sentence: AlignedSentence) => [...sentence.text.matchAll(/\p{L}{6,}/gu)].map((match) => [...match[0]].reverse().join('').toLowerCase());
const holdsOwnWords = (sentence: AlignedSentence, words: string[]) => words.length === 0 || words.some((word) => sentence.translation.toLowerCase().includes(word));

function expectEverySentenceBesideItsTranslation(article: AlignedArticle, own: (sentence: AlignedSentence) => boolean) {
  const paragraph = article.blocks.find((block) => block.id === 'p1')!;
  expect(paragraph.sentences.length).toBeGreaterThan(300);
  for (const sentence of article.blocks.flatMap((block) => block.sentences)) {
    expect(sentence.alignment, sentence.id).toBe('markup');
    expect(sentence.translation.trim(), sentence.id).not.toBe('');
    expect(own(sentence), `${sentence.id}: ${sentence.text} → ${sentence.translation}`).toBe(true);
  }
}

/** The paragraph went in several requests, each within the limit, each after the first with the sentence before it as context. */
function expectParts(sent: Sent[], limit: number, takesContext: boolean) {
  const parts = sent.filter((request) => request.texts.some((text) => text.includes('id="p1.s')));
  expect(parts.length).toBeGreaterThanOrEqual(2);
  for (const request of parts) for (const text of request.texts) expect([...text].length).toBeLessThanOrEqual(limit);
  const ids = parts.flatMap((request) => request.texts.flatMap((text) => [...text.matchAll(/id="(p1\.s\d+)"/g)].map((match) => match[1])));
  expect(new Set(ids).size).toBe(ids.length);
  if (!takesContext) return;
  expect(parts[0]!.context).toBeUndefined();
  for (const request of parts.slice(1)) {
    expect(request.texts).toHaveLength(1);
    expect(request.context).toBeDefined();
    expect(request.context).not.toContain('<');
  }
}

describe('a page that is one 40 kB paragraph builds with every provider', () => {
  it('google: parts within 30,000 characters', async () => {
    const server = await startFakeGoogleV2Server({ apiKey: 'test-key' });
    try {
      const { article, failures } = await buildPage('google', createGoogle({ apiKey: 'test-key', apiEndpoint: server.endpoint }));
      expect(failures).toBe(0);
      expectEverySentenceBesideItsTranslation(article, (sentence) => holdsOwnWords(sentence, reversedWordsOf(sentence)));
      expectParts(server.received.map((entry) => ({ texts: entry.body.q })), 30_000, false);
    } finally {
      await server.close();
    }
  }, 120_000);

  it('deepl: parts within 14,000 characters, each with the sentences before as DeepL context', async () => {
    const key = '5b0f3e2a-7c91-4d6b-a8e3-2f1d9c4b7e60:fx';
    const server = await startFakeDeeplServer({ apiKey: key });
    try {
      const { article, failures } = await buildPage('deepl', createDeepl({ apiKey: key, serverUrl: server.url }));
      expect(failures).toBe(0);
      expectEverySentenceBesideItsTranslation(article, (sentence) => holdsOwnWords(sentence, reversedWordsOf(sentence)));
      const sent = server.received.map((entry) => ({ texts: entry.body.text, ...(entry.body.fields.context === undefined ? {} : { context: entry.body.fields.context }) }));
      expectParts(sent, 14_000, true);
      for (const entry of server.received) expect(entry.bytes).toBeLessThanOrEqual(128 * 1024);
      // The context is the French just before the part: the end of the previous part's last sentence.
      const parts = sent.filter((request) => request.texts.some((text) => text.includes('id="p1.s')));
      const lastSentenceOf = (text: string) => /<span id="p1\.s\d+">([^<]*)<\/span>$/.exec(text)![1]!;
      expect(parts[1]!.context!.endsWith(lastSentenceOf(parts[0]!.texts.at(-1)!).replace(/&#39;/g, "'").replace(/&amp;/g, '&'))).toBe(true);
    } finally {
      await server.close();
    }
  }, 120_000);

  it('libretranslate: parts within 5,000 characters', async () => {
    const server = await startFakeLibreTranslateServer();
    try {
      const { article, failures } = await buildPage('libretranslate', createLibreTranslate({ url: server.url }));
      expect(failures).toBe(0);
      expectEverySentenceBesideItsTranslation(article, (sentence) => holdsOwnWords(sentence, reversedWordsOf(sentence)));
      expectParts(server.received.map((entry) => ({ texts: [entry.body.q].flat() })), 5_000, false);
    } finally {
      await server.close();
    }
  }, 120_000);

  it('openai: parts within maxCharactersPerRequest, each prompt with the sentences before as context', async () => {
    // The fake keeps a sentence none of whose words it knows («Je lui ai répondu: "Tout, justement."»)
    // as it is, which the provider rightly refuses as a copy of the French: such a sentence is marked.
    const server = await startFakeOpenaiServer({
      misbehave: (_index, request, translations) => {
        const marked = new Map([...translations].map(([key, english]) => [key, english.replace(/\W/g, '') === request.sentences.get(key)!.replace(/\W/g, '') ? `EN ${english}` : english]));
        return { content: answerContent(request.body, marked) };
      },
    });
    try {
      const provider = createOpenai({ model: 'llama3.1:8b', baseUrl: server.baseUrl, maxCharactersPerRequest: 4_000 });
      const { article, failures } = await buildPage('openai', provider);
      expect(failures).toBe(0);
      // The fake keeps the words it does not know: a sentence's translation holds its own long words.
      const ownWords = (sentence: AlignedSentence) => [...sentence.text.matchAll(/\p{L}{9,}/gu)].map((match) => match[0].toLowerCase());
      expectEverySentenceBesideItsTranslation(article, (sentence) => holdsOwnWords(sentence, ownWords(sentence)));
      const prompts = server.received.map((request) => request.body.messages.map((message) => message.content).join('\n'));
      const withContext = prompts.filter((prompt) => prompt.includes('The sentences just before, for context only'));
      expect(withContext.length).toBeGreaterThanOrEqual(9);
      for (const request of server.received) expect([...request.sentences.values()].join(' ').length).toBeLessThanOrEqual(4_000);
    } finally {
      await server.close();
    }
  }, 120_000);

  it('apertium (offline): parts within 20,000 characters', async () => {
    const provider = createApertium({});
    const sent: Sent[] = [];
    const recording: TranslationProvider = {
      ...provider,
      doDescribe: () => provider.doDescribe(),
      doTranslate: (request) => {
        sent.push({ texts: request.segments.map((segment) => segment.text) });
        return provider.doTranslate(request);
      },
      close: () => provider.close?.() ?? Promise.resolve(),
    };
    const { article, failures } = await buildPage('apertium', recording);
    expect(failures).toBe(0);
    expectEverySentenceBesideItsTranslation(article, () => true);
    expectParts(sent, 20_000, false);
  }, 240_000);
});

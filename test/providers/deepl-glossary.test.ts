/**
 * The DeepL glossary (issue 11) against a local server speaking DeepL's v2 glossary endpoints,
 * through the real `deepl-node` client and the whole pipeline: `config/glossary.yaml` becomes
 * one DeepL glossary named with its content hash, created once and found again by a later run,
 * named in every translate request; the English holds the glossary's targets. When creation
 * fails the run warns and protects the terms in the text instead.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PipelineEvent } from '../../src/build/build-types.ts';
import { loadConfig } from '../../src/config/load.ts';
import { loadConfiguredGlossary } from '../../src/glossary/index.ts';
import { toProviderGlossary } from '../../src/glossary/to-provider-glossary.ts';
import { build } from '../../src/pipeline.ts';
import { createDeepl } from '../../src/providers/deepl/index.ts';
import { deeplGlossaryEntries, deeplGlossaryName } from '../../src/providers/deepl/deepl-glossary.ts';
import type { AlignedArticle } from '../../src/types.ts';
import { startFakeDeeplServer, type FakeDeeplServer } from '../support/fake-deepl-server.ts';
import { parseDeeplGlossaryEntries } from '../support/deepl-wire.ts';
import { REPOSITORY_ROOT } from '../support/run-cli.ts';

const KEY = '5b0f3e2a-7c91-4d6b-a8e3-2f1d9c4b7e60:fx';
const SEED = join(REPOSITORY_ROOT, 'seeds', 'g20-syria-talks-2016.txt');

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bilingual-deepl-glossary-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function buildSeed(name: string, server: FakeDeeplServer) {
  const config = await loadConfig({
    env: {},
    overrides: [
      { path: ['provider'], value: 'deepl', source: 'test' },
      { path: ['glossary', 'path'], value: join(REPOSITORY_ROOT, 'config', 'glossary.yaml'), source: 'test' },
      { path: ['cache', 'path'], value: join(work, `${name}.sqlite`), source: 'test' },
    ],
  });
  const events: PipelineEvent[] = [];
  const outDir = join(work, name);
  const provider = createDeepl({ apiKey: KEY, serverUrl: server.url });
  const summary = await build({ inputs: [SEED], config, outDir, provider, dryRun: false, failFast: false, onEvent: (event) => events.push(event) });
  const article = JSON.parse(await readFile(join(outDir, 'g20-syria-talks-2016', 'g20-syria-talks-2016.json'), 'utf8')) as AlignedArticle;
  return { summary, article, events };
}

const glossary = async () => toProviderGlossary((await loadConfiguredGlossary(join(REPOSITORY_ROOT, 'config', 'glossary.yaml')))!);

describe('deepl: the glossary as a DeepL glossary', () => {
  let server: FakeDeeplServer;
  let first: Awaited<ReturnType<typeof buildSeed>>;

  beforeAll(async () => {
    server = await startFakeDeeplServer({ apiKey: KEY });
    first = await buildSeed('first', server);
  }, 120_000);
  afterAll(async () => {
    await server.close();
  });

  it('looks for it by name, then creates it once: fr to en, the translated terms as TSV entries', async () => {
    const expected = await glossary();
    expect(server.glossaryRequests.map((request) => `${request.method} ${request.path} ${request.status}`)).toEqual(['GET /v2/glossaries 200', 'POST /v2/glossaries 201']);
    const created = server.glossaryRequests[1]!.fields;
    expect(created).toMatchObject({ name: deeplGlossaryName(expected.version), source_lang: 'fr', target_lang: 'en', entries_format: 'tsv' });
    expect(created.name).toMatch(/^bilingual fr-en [0-9a-f]{16}$/);
    expect(parseDeeplGlossaryEntries(created.entries!)).toEqual(deeplGlossaryEntries(expected));
    expect(parseDeeplGlossaryEntries(created.entries!)).toMatchObject({ Alep: 'Aleppo', Genève: 'Geneva', 'Vladimir Poutine': 'Vladimir Putin' });
    // Terms kept as written are not entries: they travel protected in the text.
    expect(Object.keys(parseDeeplGlossaryEntries(created.entries!))).not.toContain('Kremlin');
  });

  it('names the glossary in every translate request and no longer protects the translated terms in the text', () => {
    const id = [...server.glossaries.keys()][0]!;
    expect(server.received.length).toBeGreaterThan(0);
    for (const request of server.received) {
      expect(request.body.fields).toMatchObject({ glossary_id: id, source_lang: 'fr' });
      for (const text of request.body.text) expect(text).not.toMatch(/<span class="notranslate">(Aleppo|Geneva)<\/span>/);
    }
    expect(server.received.some((request) => request.body.text.some((text) => /\bAlep\b/.test(text)))).toBe(true);
  });

  it('builds the seed with the glossary applied by DeepL, and no warning', () => {
    expect(first.summary.failures).toBe(0);
    const english = first.article.blocks.map((block) => block.translation).join(' ');
    expect(english).toContain('Aleppo');
    expect(english).toContain('Geneva');
    expect(english).not.toMatch(/\bpelA\b/);
    expect(first.events.filter((event) => event.type === 'warning')).toEqual([]);
  });

  it('a later run finds the glossary by its name and creates none', async () => {
    const before = server.glossaryRequests.length;
    const again = await buildSeed('again', server);
    expect(again.summary.failures).toBe(0);
    expect(server.glossaryRequests.slice(before).map((request) => `${request.method} ${request.path}`)).toEqual(['GET /v2/glossaries']);
    expect(server.glossaries.size).toBe(1);
  }, 120_000);
});

describe('deepl: a glossary that cannot be created', () => {
  it('warns, then protects the terms in the text: the English still holds their targets', async () => {
    const server = await startFakeDeeplServer({ apiKey: KEY, createGlossaryStatus: 400 });
    try {
      const { summary, article, events } = await buildSeed('refused', server);
      expect(summary.failures).toBe(0);
      const warnings = events.filter((event) => event.type === 'warning');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ message: expect.stringMatching(/The glossary could not be made on deepl \(DeepL answered HTTP 400.*\); its terms are protected in the text instead\./) });
      for (const request of server.received) expect(request.body.fields.glossary_id).toBeUndefined();
      expect(server.received.some((request) => request.body.text.some((text) => text.includes('<span class="notranslate">Aleppo</span>')))).toBe(true);
      expect(article.blocks.map((block) => block.translation).join(' ')).toContain('Aleppo');
    } finally {
      await server.close();
    }
  }, 120_000);
});

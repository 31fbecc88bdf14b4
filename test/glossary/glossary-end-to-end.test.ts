/**
 * The glossary end to end (issue 6): the seed built with `config/glossary.yaml` by every
 * provider, the English edition read back with a Markdown parser, and QA in the run.
 *
 * - apertium: the real offline engine (skipped where the Debian pairs are missing);
 * - google: the real `@google-cloud/translate` v2 client against nock, answering Google's
 *   exact v2 body with a deterministic stand-in translation that keeps all markup, as Google
 *   does, and leaves `notranslate` elements alone;
 * - google-advanced: the real v3 client (REST fallback) with a throwaway service account and
 *   a native glossary (`glossaryConfig` sent, `glossaryTranslations` used);
 * - `qa.strict`: an article whose English fails a QA error check fails and writes nothing.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import type { Config } from '../../src/config/types.ts';
import { isBilingualError } from '../../src/errors.ts';
import { findTermMatches, loadGlossary, targetFor, type Glossary } from '../../src/glossary/index.ts';
import { build, type ArticleOutcome } from '../../src/pipeline.ts';
import { createApertium } from '../../src/providers/apertium/index.ts';
import { createGoogle } from '../../src/providers/google/index.ts';
import type { TranslationProvider } from '../../src/providers/types.ts';
import { qaArticle } from '../../src/qa/checks.ts';
import type { AlignedArticle, QaFinding } from '../../src/types.ts';
import { GOOGLE_V2_PATH, googleV2SuccessBody, type GoogleV2RequestBody } from '../support/google-v2-wire.ts';
import { nodeText, parseMarkdown, splitFrontMatter } from '../support/markdown.ts';

const SEED = 'seeds/g20-syria-talks-2016.txt';
const SLUG = 'g20-syria-talks-2016';
const apertiumInstalled = ['fr-es', 'spa-eng'].every((mode) => existsSync(`/usr/share/apertium/modes/${mode}.mode`));

/** What the English edition must say for the seed's glossary terms, and what it must not. */
const REQUIRED_ENGLISH = ['Xinhua', 'Putin', 'Sergei Lavrov', 'Dmitry Peskov', 'Bashar al-Assad', 'Ed.'];
const FORBIDDEN_ENGLISH = ['Chine Nouvelle', 'Poutine', 'ndlr'];

let work: string;
let glossary: Glossary;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bilingual-glossary-e2e-'));
  glossary = await loadGlossary('config/glossary.yaml');
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function configFor(name: string, extra: Record<string, unknown> = {}): Promise<Config> {
  return loadConfig({
    overrides: [
      { path: ['cache', 'path'], value: join(work, `${name}.sqlite`), source: 'test' },
      ...Object.entries(extra).map(([key, value]) => ({ path: key.split('.'), value, source: 'test' })),
    ],
  });
}

interface Built {
  outcome: ArticleOutcome;
  folder: string;
  article?: AlignedArticle;
  /** The English edition as a reader sees it: the text of the parsed Markdown body. */
  english?: string;
}

async function buildSeed(name: string, config: Config, provider?: TranslationProvider): Promise<Built> {
  const outDir = join(work, name);
  const summary = await build({
    inputs: [SEED],
    config,
    outDir,
    dryRun: false,
    failFast: false,
    now: () => new Date('2026-01-02T03:04:05.000Z'),
    ...(provider ? { provider } : {}),
  });
  const outcome = summary.articles[0]!;
  const folder = join(outDir, SLUG);
  if (!outcome.ok) return { outcome, folder };
  const article = JSON.parse(await readFile(join(folder, `${SLUG}.json`), 'utf8')) as AlignedArticle;
  const { body } = splitFrontMatter(await readFile(join(folder, `${SLUG}.en.md`), 'utf8'));
  return { outcome, folder, article, english: nodeText(parseMarkdown(body)) };
}

function findings(article: AlignedArticle, check: string): (QaFinding & { sentence: string })[] {
  return article.blocks.flatMap((block) =>
    block.sentences.flatMap((sentence) => (sentence.qa ?? []).filter((item) => item.check === check).map((item) => ({ ...item, sentence: sentence.id }))),
  );
}

function expectGlossaryApplied(built: Built) {
  expect(built.outcome.ok, String(built.outcome.error)).toBe(true);
  for (const term of REQUIRED_ENGLISH) expect(built.english, term).toContain(term);
  for (const term of FORBIDDEN_ENGLISH) expect(built.english, term).not.toContain(term);
  expect(findings(built.article!, 'qa/glossary')).toEqual([]);
  expect(built.article!.translation.glossaryVersion).toBe(glossary.version);
}

// ------------------------------------------------------------------ a stand-in for Google

/** French words a stand-in engine turns into English; everything else is copied, as names are. */
const STAND_IN_WORDS: Record<string, string> = {
  le: 'the', la: 'the', les: 'the', l: 'the', un: 'a', une: 'a', des: 'some', du: 'of the', de: 'of', d: 'of',
  au: 'at the', aux: 'to the', et: 'and', est: 'is', a: 'has', ont: 'have', sont: 'are', qui: 'who', que: 'that',
  qu: 'that', dans: 'in', pour: 'for', avec: 'with', sur: 'on', ces: 'these', cette: 'this', pas: 'not', mais: 'but',
  nous: 'we', vous: 'you', ils: 'they', leur: 'their', leurs: 'their', selon: 'according to', après: 'after',
  depuis: 'since', sans: 'without', sous: 'under', entre: 'between', dont: 'whose', où: 'where', ne: 'not',
  sa: 'its', ses: 'its', son: 'its', nos: 'our', avait: 'had', était: 'was', cela: 'that', aussi: 'also',
  encore: 'still', très: 'very', comme: 'as', hier: 'yesterday', il: 'he', elle: 'she', en: 'in', à: 'to',
  ce: 'this', se: 'itself', on: 'one', même: 'same', plus: 'more', tout: 'all', lors: 'during', chez: 'at',
};

/** The rendering an engine without a glossary gives the agency's name. */
const STAND_IN_PHRASES: [RegExp, string][] = [[/Chine\s+Nouvelle/g, 'New China']];

function standInWords(text: string): string {
  let english = text;
  for (const [pattern, replacement] of STAND_IN_PHRASES) english = english.replace(pattern, replacement);
  return english.replace(/\p{L}+/gu, (word) => {
    const known = STAND_IN_WORDS[word.toLowerCase()];
    if (known === undefined) return word;
    return word[0] === word[0]!.toUpperCase() ? known[0]!.toUpperCase() + known.slice(1) : known;
  });
}

/**
 * A deterministic "translation" of an html fragment that behaves as Google's html format
 * does: every tag comes back as it was sent, the content of `translate="no"` and
 * `class="notranslate"` elements is copied verbatim, other text is translated (here word by
 * word). With `glossary`, its terms are applied first, as a v3 glossary does on the service.
 */
function standInTranslation(html: string, options: { glossary?: Glossary } = {}): string {
  let keptDepth = 0;
  const stack: boolean[] = [];
  return html
    .split(/(<[^>]*>)/)
    .map((piece) => {
      if (piece.startsWith('<')) {
        if (piece.startsWith('</')) {
          if (stack.pop()) keptDepth -= 1;
        } else if (!piece.endsWith('/>')) {
          const kept = /translate="no"|class="[^"]*\bnotranslate\b/.test(piece);
          stack.push(kept);
          if (kept) keptDepth += 1;
        }
        return piece;
      }
      if (keptDepth > 0 || piece === '') return piece;
      let text = piece;
      if (options.glossary) {
        let applied = '';
        let last = 0;
        for (const match of findTermMatches(text, options.glossary.terms)) {
          applied += standInWords(text.slice(last, match.start)) + targetFor(match);
          last = match.end;
        }
        return applied + standInWords(text.slice(last));
      }
      return standInWords(text);
    })
    .join('');
}

// ------------------------------------------------------------------ 1. apertium

describe.skipIf(!apertiumInstalled)('glossary end to end with the offline engine (real Apertium)', () => {
  let built: Built;
  beforeAll(async () => {
    built = await buildSeed('apertium', await configFor('apertium'));
  }, 120_000);

  it('the English edition uses the glossary English and the QA glossary check passes', () => {
    expectGlossaryApplied(built);
    expect(built.outcome.qaFailures).toBe(0);
  });

  it('a protected name opening a sentence keeps its verb: no subject invented after it', () => {
    // Apertium used to see no word where a protected term stood (`Barack Obama It has
    // warned`). Wherever a French sentence opens with a term followed by a lower-case word,
    // the English after the term's target must not start with a capital either.
    let checked = 0;
    for (const block of built.article!.blocks) {
      for (const sentence of block.sentences) {
        const first = findTermMatches(sentence.text, glossary.terms)[0];
        if (first?.start !== 0 || !/^\s+\p{Ll}/u.test(sentence.text.slice(first.end))) continue;
        const target = targetFor(first);
        expect(sentence.translation.startsWith(target), sentence.translation).toBe(true);
        expect(sentence.translation.slice(target.length), sentence.id).toMatch(/^\s+\p{Ll}/u);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

// ------------------------------------------------------------------ 2. google v2 (nock)

describe('glossary end to end with Google v2 (real client, nock)', () => {
  const HOST = 'https://translation.googleapis.com';
  const requests: GoogleV2RequestBody[] = [];
  const replying = () =>
    nock(HOST)
      .post(GOOGLE_V2_PATH)
      .query({ key: 'test-key' })
      .times(20)
      .reply(200, (_path, body) => {
        const request = body as GoogleV2RequestBody;
        requests.push(request);
        return googleV2SuccessBody(request.q.map((text) => standInTranslation(text)));
      });

  beforeAll(() => nock.disableNetConnect());
  afterEach(() => {
    nock.cleanAll();
    requests.length = 0;
  });
  afterAll(() => nock.enableNetConnect());

  it('sends the terms in notranslate elements holding their English, and the edition uses them', async () => {
    replying();
    const built = await buildSeed('google', await configFor('google', { provider: 'google' }), createGoogle({ apiKey: 'test-key' }));
    expect(requests.length).toBeGreaterThan(0);
    for (const request of requests) expect(request).toMatchObject({ format: 'html', source: 'fr', target: 'en' });
    const sent = requests.flatMap((request) => request.q).join('\n');
    for (const term of ['Xinhua', 'Vladimir Putin', 'Mr. Putin', 'Sergei Lavrov', 'Dmitry Peskov', 'Bashar al-Assad', 'Ed.', 'Barack Obama', 'G20']) {
      expect(sent, term).toContain(`<span class="notranslate">${term}</span>`);
    }
    expect(sent).not.toMatch(/Chine Nouvelle|Poutine|ndlr/);
    expect(sent).not.toContain('test-key');
    expectGlossaryApplied(built);
    expect(built.english).not.toContain('New China');
  });

  it('without protection the same engine gets the terms wrong, and qa/glossary says so', async () => {
    replying();
    const built = await buildSeed(
      'google-no-glossary',
      await configFor('google-no-glossary', { provider: 'google', 'glossary.path': null }),
      createGoogle({ apiKey: 'test-key' }),
    );
    expect(built.outcome.ok).toBe(true);
    const sent = requests.flatMap((request) => request.q).join('\n');
    expect(sent).toContain('Chine Nouvelle');
    expect(sent).not.toContain('notranslate');
    expect(built.english).toContain('New China');
    expect(built.english).not.toContain('Xinhua');
    // The check the run would have made with the glossary on.
    const { article, summary } = qaArticle(built.article!, glossary);
    const missing = findings(article, 'qa/glossary');
    expect(missing).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringContaining('"Xinhua"') }));
    expect(missing).toContainEqual(expect.objectContaining({ message: expect.stringContaining('"Vladimir Putin"') }));
    expect(summary.failed).toBeGreaterThan(0);
  });
});

// ------------------------------------------------------------------ 3. google-advanced v3 with a native glossary (nock)

describe('glossary end to end with Google Advanced (v3) and a native glossary (real client, nock)', () => {
  const HOST = 'https://translate.googleapis.com';
  const PROJECT = 'demo-project';
  const GLOSSARY_NAME = `projects/${PROJECT}/locations/us-central1/glossaries/press-terms`;
  let accountFile: string;
  const saved = { GOOGLE_APPLICATION_CREDENTIALS: process.env.GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_CLOUD_PROJECT: process.env.GOOGLE_CLOUD_PROJECT };

  beforeAll(async () => {
    delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
    delete process.env.GOOGLE_CLOUD_PROJECT;
    // A throwaway service account: a fresh RSA key, readable only by this test.
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    accountFile = join(work, 'service-account.json');
    await writeFile(
      accountFile,
      JSON.stringify({
        type: 'service_account',
        project_id: PROJECT,
        private_key_id: 'test-key-id',
        private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        client_email: `bilingual@${PROJECT}.iam.gserviceaccount.com`,
        client_id: '100000000000000000001',
        token_uri: 'https://oauth2.googleapis.com/token',
      }),
      { mode: 0o600 },
    );
    nock.disableNetConnect();
  });
  afterAll(() => {
    nock.cleanAll();
    nock.enableNetConnect();
    for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value;
  });

  it('sends glossaryConfig, unprotected French, and the edition uses the glossaryTranslations', async () => {
    const bodies: Record<string, unknown>[] = [];
    nock(HOST)
      .post(`/v3/projects/${PROJECT}/locations/us-central1:translateText`)
      .query(true)
      .times(20)
      .reply(200, (_path, body) => {
        const request = body as { contents: string[] };
        bodies.push(body as Record<string, unknown>);
        return {
          translations: request.contents.map((text) => ({ translatedText: standInTranslation(text) })),
          glossaryTranslations: request.contents.map((text) => ({
            translatedText: standInTranslation(text, { glossary }),
            glossaryConfig: { glossary: GLOSSARY_NAME, ignoreCase: false },
          })),
        };
      });
    const config = await configFor('google-advanced', {
      provider: 'google-advanced',
      'providers.google-advanced.projectId': PROJECT,
      'providers.google-advanced.location': 'us-central1',
      'providers.google-advanced.glossaryId': 'press-terms',
      'providers.google-advanced.credentialsFile': accountFile,
    });
    const built = await buildSeed('google-advanced', config);
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) {
      expect(body).toMatchObject({
        mimeType: 'text/html',
        sourceLanguageCode: 'fr',
        targetLanguageCode: 'en',
        glossaryConfig: { glossary: GLOSSARY_NAME, ignoreCase: false },
      });
    }
    const sent = bodies.flatMap((body) => body.contents as string[]).join('\n');
    // Term translations are left to the service's glossary: the French goes as written…
    expect(sent).toContain('Chine Nouvelle');
    expect(sent).not.toContain('<span class="notranslate">Xinhua</span>');
    // …while the names kept as written are protected whatever that glossary holds.
    expect(sent).toContain('<span class="notranslate">Barack Obama</span>');
    expectGlossaryApplied(built);
    expect(built.english).not.toContain('New China');
  }, 60_000);
});

// ------------------------------------------------------------------ 4. qa.strict

/** Wraps a provider so that its English loses the Xinhua element, as an engine that drops markup would. */
function losingXinhua(inner: TranslationProvider): TranslationProvider {
  return {
    id: inner.id,
    capabilities: inner.capabilities,
    doDescribe: async () => `${await inner.doDescribe()} losing markup`,
    doTranslate: async (request) => {
      const result = await inner.doTranslate(request);
      return {
        ...result,
        translations: result.translations.map((translation) => ({
          ...translation,
          text: translation.text.replace(/<span class="notranslate">Xinhua<\/span>/g, 'New China'),
        })),
      };
    },
    close: async () => inner.close?.(),
  };
}

describe.skipIf(!apertiumInstalled)('qa.strict (--strict) with a translation that fails a QA error check', () => {
  it('fails the article and writes no Markdown under strict', async () => {
    const config = await configFor('strict', { 'qa.strict': true, 'cache.enabled': false });
    const built = await buildSeed('strict', config, losingXinhua(createApertium()));
    expect(built.outcome.ok).toBe(false);
    expect(isBilingualError(built.outcome.error) && built.outcome.error.code).toBe('QA_FAILED');
    expect(built.outcome.outputs).toEqual([]);
    expect(existsSync(built.folder)).toBe(false);
  }, 60_000);

  it('without strict writes every file, and the QA report and the aligned JSON carry the finding', async () => {
    const config = await configFor('not-strict', { 'cache.enabled': false });
    const built = await buildSeed('not-strict', config, losingXinhua(createApertium()));
    expect(built.outcome.ok).toBe(true);
    expect(built.outcome.qaFailures).toBe(1);
    expect((await readdir(built.folder)).filter((name) => name.endsWith('.md'))).toHaveLength(5);
    const lost = findings(built.article!, 'qa/glossary');
    expect(lost).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('"Chine Nouvelle" must be translated "Xinhua"') }),
    ]);
    const report = await readFile(join(built.folder, `${SLUG}.qa.md`), 'utf8');
    expect(splitFrontMatter(report).data).toMatchObject({ failed: 1, errors: 1 });
    expect(report).toContain(`${lost[0]!.sentence}: qa/glossary (error)`);
    expect(report).toContain('must be translated "Xinhua"');
    expect(built.english).toContain('New China');
  }, 60_000);
});

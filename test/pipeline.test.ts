/**
 * End to end: the whole pipeline (`build`) on the seed article and on articles written for
 * the tests, with the real offline engine, then every edition read back the way a reader's
 * tool would (CommonMark + GFM parser, markdownlint, an XML parser for the TMX).
 */
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { build, type BuildOptions, type PipelineEvent } from '../src/pipeline.ts';
import { loadConfig } from '../src/config/load.ts';
import type { Config } from '../src/config/types.ts';
import type { AlignedArticle } from '../src/types.ts';
import type { TranslationProvider, TranslateRequest } from '../src/providers/types.ts';
import { ApiCallError } from '../src/errors.ts';
import { lintMarkdown, nodeText, parseMarkdown, splitFrontMatter, type MarkdownNode } from './support/markdown.ts';

const SEED = 'seeds/g20-syria-talks-2016.txt';
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bilingual-build-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function configFor(name: string, extra: { path: string[]; value: unknown }[] = []): Promise<Config> {
  return loadConfig({
    overrides: [
      { path: ['cache', 'path'], value: join(work, `${name}.sqlite`), source: 'test' },
      ...extra.map((entry) => ({ ...entry, source: 'test' })),
    ],
  });
}

async function run(name: string, options: Partial<BuildOptions> & { config?: Config } = {}) {
  const events: PipelineEvent[] = [];
  const outDir = join(work, name);
  const summary = await build({
    inputs: [SEED],
    config: options.config ?? (await configFor(name)),
    outDir,
    dryRun: false,
    failFast: false,
    onEvent: (event) => events.push(event),
    now: () => new Date('2026-01-02T03:04:05.000Z'),
    ...options,
  });
  return { summary, events, outDir };
}

function findAll(node: MarkdownNode, type: string, found: MarkdownNode[] = []): MarkdownNode[] {
  if (node.type === type) found.push(node);
  for (const child of node.children ?? []) findAll(child, type, found);
  return found;
}

/** Each sentence must appear exactly once, and in order, in `text`. */
function expectInOrderOnce(text: string, pieces: string[]) {
  let from = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece, from);
    expect(at, `missing or out of order: ${piece}`).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(piece, at + 1), `doubled: ${piece}`).toBe(-1);
    from = at + piece.length;
  }
}

describe('build: the seed with the offline default', () => {
  let article: AlignedArticle;
  let folder: string;
  let first: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    first = await run('seed');
    folder = join(first.outDir, 'g20-syria-talks-2016');
    article = JSON.parse(await readFile(join(folder, 'g20-syria-talks-2016.json'), 'utf8')) as AlignedArticle;
  }, 120_000);

  it('writes every edition and nothing half-written', async () => {
    expect(first.summary.failures).toBe(0);
    const names = (await readdir(folder)).sort();
    expect(names).toEqual(
      [
        'g20-syria-talks-2016.en.md',
        'g20-syria-talks-2016.fr-en.interleaved.md',
        'g20-syria-talks-2016.fr-en.md',
        'g20-syria-talks-2016.fr.md',
        'g20-syria-talks-2016.html',
        'g20-syria-talks-2016.json',
        'g20-syria-talks-2016.qa.md',
        'g20-syria-talks-2016.tmx',
      ].sort(),
    );
  });

  it('gives every sentence its own translation, aligned by markup', () => {
    const sentences = article.blocks.flatMap((block) => block.sentences);
    expect(article.blocks.filter((block) => block.role === 'paragraph')).toHaveLength(17);
    expect(sentences.length).toBeGreaterThanOrEqual(20);
    for (const sentence of sentences) {
      expect(sentence.translation.trim(), sentence.id).not.toBe('');
      expect(sentence.alignment, sentence.id).toBe('markup');
      expect(sentence.translation).not.toMatch(/<\/?span|&amp;|&lt;/);
    }
    // The kicker is set in capitals in French, so its English is too.
    const kicker = article.blocks.find((block) => block.role === 'kicker')!;
    expect(kicker.text).toBe(kicker.text.toUpperCase());
    expect(kicker.translation).toMatch(/\p{Lu}{3}/u);
    expect(kicker.translation).toBe(kicker.translation.toUpperCase());
    expect(article.translation.provider).toBe('apertium');
    expect(article.translation.engine).toMatch(/apertium/);
  });

  it('side by side: one table row per paragraph, French beside its own English', async () => {
    const markdown = await readFile(join(folder, 'g20-syria-talks-2016.fr-en.md'), 'utf8');
    expect(lintMarkdown(markdown)).toEqual([]);
    const { data, body } = splitFrontMatter(markdown);
    expect(data).toMatchObject({ provider: 'apertium', source: 'g20-syria-talks-2016.txt' });
    const tables = findAll(parseMarkdown(body), 'table');
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.children!.slice(1);
    const paragraphs = article.blocks.filter((block) => block.role === 'paragraph');
    expect(rows).toHaveLength(paragraphs.length);
    rows.forEach((row, index) => {
      const [french, english] = row.children!.map(nodeText);
      const block = paragraphs[index]!;
      expectInOrderOnce(french!, block.sentences.map((sentence) => sentence.text));
      // Each sentence's English sits in the same row (typography may turn ' into ’).
      const normalise = (text: string) => text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
      expectInOrderOnce(
        normalise(english!),
        block.sentences.map((sentence) => normalise(sentence.translation)),
      );
    });
  });

  it('French edition: every French sentence once, in order; English edition: every translation once', async () => {
    const french = await readFile(join(folder, 'g20-syria-talks-2016.fr.md'), 'utf8');
    const english = await readFile(join(folder, 'g20-syria-talks-2016.en.md'), 'utf8');
    const interleaved = await readFile(join(folder, 'g20-syria-talks-2016.fr-en.interleaved.md'), 'utf8');
    for (const markdown of [french, english, interleaved]) expect(lintMarkdown(markdown)).toEqual([]);
    const sentences = article.blocks.flatMap((block) => block.sentences);
    expectInOrderOnce(nodeText(parseMarkdown(splitFrontMatter(french).body)), sentences.map((s) => s.text));
    const normalise = (text: string) => text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
    expectInOrderOnce(
      normalise(nodeText(parseMarkdown(splitFrontMatter(english).body))),
      sentences.map((s) => normalise(s.translation)),
    );
    const interleavedText = nodeText(parseMarkdown(splitFrontMatter(interleaved).body));
    expectInOrderOnce(interleavedText, sentences.map((s) => s.text));
  });

  it('TMX: one translation unit per sentence pair', async () => {
    const xml = await readFile(join(folder, 'g20-syria-talks-2016.tmx'), 'utf8');
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'tu' || name === 'tuv' }).parse(xml);
    const units = parsed.tmx.body.tu as { tuv: { '@_xml:lang': string; seg: unknown }[] }[];
    const sentences = article.blocks.flatMap((block) => block.sentences);
    expect(units).toHaveLength(sentences.length);
    expect(units.every((unit) => unit.tuv.map((tuv) => tuv['@_xml:lang']).join() === 'fr,en')).toBe(true);
  });

  it('a re-run pays nothing (cache) and writes byte-identical files', async () => {
    const before = await Promise.all((await readdir(folder)).map((name) => readFile(join(folder, name), 'utf8')));
    const again = await run('seed', { config: await configFor('seed') });
    expect(again.summary.requests).toBe(0);
    expect(again.summary.cacheHits).toBeGreaterThan(0);
    const after = await Promise.all((await readdir(folder)).map((name) => readFile(join(folder, name), 'utf8')));
    expect(after).toEqual(before);
  }, 120_000);

  it('a run at another date differs only in the date', async () => {
    const later = await run('seed-later', {
      config: await configFor('seed'),
      now: () => new Date('2027-05-06T07:08:09.000Z'),
    });
    const laterFolder = join(later.outDir, 'g20-syria-talks-2016');
    for (const name of await readdir(folder)) {
      // ISO dates in front matter and JSON, TMX's compact form in its header.
      const undate = (text: string, day: string, compact: string) =>
        text.replaceAll(new RegExp(`${day}T[0-9:.]+Z`, 'g'), 'DATE').replaceAll(new RegExp(`${compact}T\\d{6}Z`, 'g'), 'DATE');
      const a = undate(await readFile(join(folder, name), 'utf8'), '2026-01-02', '20260102');
      const b = undate(await readFile(join(laterFolder, name), 'utf8'), '2027-05-06', '20270506');
      expect(b, name).toBe(a);
    }
  }, 120_000);
});

/** A provider without markup that merges the first two sentences of every paragraph. */
function mergingProvider(): TranslationProvider & { requests: TranslateRequest[] } {
  const requests: TranslateRequest[] = [];
  return {
    id: 'merging-test',
    requests,
    capabilities: {
      maxSegmentsPerRequest: 16,
      maxCharactersPerRequest: 10_000,
      markup: false,
      glossary: false,
      billingUnit: 'none',
      pricePerMillionCharacters: 0,
      concurrent: false,
    },
    async doDescribe() {
      return 'merging-test 1';
    },
    async doTranslate(request) {
      requests.push(request);
      return {
        billedCharacters: 0,
        translations: request.segments.map((segment) => {
          // "Sentence one. Sentence two. Sentence three." -> "Sentence one, sentence two. Sentence three."
          const english = segment.text.replace(/^([^.?!]+)[.?!] ([A-ZÉ])/u, (_, head: string, capital: string) => `${head}; ${capital.toLowerCase()}`);
          return { id: segment.id, text: english };
        }),
      };
    },
  };
}

describe('build: a provider that merges sentences', () => {
  it('falls back to length alignment, marks the pairs inferred and reports them', async () => {
    const folder = join(work, 'articles');
    await mkdir(folder, { recursive: true });
    await writeFile(
      join(folder, 'merge.txt'),
      [
        'Un titre simple',
        '',
        'Le ministre est arrivé hier soir à Paris. Il a rencontré ses homologues européens. La réunion a duré trois heures.',
        '',
        'Les discussions ont porté sur le budget. Aucun accord n’a été trouvé.',
        '',
      ].join('\n'),
    );
    const provider = mergingProvider();
    const { summary, outDir } = await run('merge', { inputs: [folder], provider });
    expect(summary.failures).toBe(0);
    expect(provider.requests.every((request) => request.format === 'text')).toBe(true);
    const article = JSON.parse(await readFile(join(outDir, 'merge', 'merge.json'), 'utf8')) as AlignedArticle;
    const paragraphs = article.blocks.filter((block) => block.role === 'paragraph');
    expect(paragraphs.length).toBe(2);
    for (const block of paragraphs) {
      for (const sentence of block.sentences) expect(sentence.alignment).toBe('inferred');
      // Nothing silently padded: the merged sentence points at the one holding its English.
      const merged = block.sentences.filter((sentence) => sentence.translation === '');
      for (const sentence of merged) expect(sentence.mergedInto).toBeDefined();
    }
    expect(article.warnings.some((warning) => warning.rule.startsWith('align/'))).toBe(true);
  }, 60_000);
});

describe('build: dry run', () => {
  it('sends nothing, writes nothing and counts what a real run would send', async () => {
    const provider = mergingProvider();
    const { summary, outDir } = await run('dry', { dryRun: true, provider });
    expect(provider.requests).toHaveLength(0);
    expect(summary.charactersBilled).toBe(0); // this provider bills nothing
    expect(summary.requests).toBeGreaterThan(0);
    await expect(readdir(outDir)).rejects.toThrow();
  });

  it('reads the cache without creating or changing it', async () => {
    const provider = mergingProvider();
    const cachePath = join(work, 'dry-cache', 'nested', 'cache.sqlite');
    const config = await configFor('dry-cache', [{ path: ['cache', 'path'], value: cachePath }]);
    const { summary } = await run('dry-cache-out', { dryRun: true, provider, config });
    expect(summary.failures).toBe(0);
    await expect(readdir(join(work, 'dry-cache'))).rejects.toThrow();
  });
});

/** A provider with markup that echoes the French (tagged) and can fail on chosen texts. */
function echoProvider(failWhen?: (text: string) => Error | undefined) {
  const requests: TranslateRequest[] = [];
  const provider: TranslationProvider = {
    id: 'echo-test',
    capabilities: {
      maxSegmentsPerRequest: 100,
      maxCharactersPerRequest: 20_000,
      markup: true,
      glossary: false,
      billingUnit: 'character',
      pricePerMillionCharacters: 20,
      concurrent: true,
    },
    async doDescribe() {
      return 'echo-test 1';
    },
    async doTranslate(request) {
      requests.push(request);
      for (const segment of request.segments) {
        const error = failWhen?.(segment.text);
        if (error) throw error;
      }
      return {
        billedCharacters: request.segments.reduce((sum, segment) => sum + [...segment.text].length, 0),
        translations: request.segments.map((segment) => ({ id: segment.id, text: segment.text.replace(/>([^<])/g, '>EN $1') })),
      };
    },
  };
  return { provider, requests };
}

async function writeArticles(folder: string, count: number, extra: (index: number) => string = () => '') {
  await mkdir(folder, { recursive: true });
  for (let index = 1; index <= count; index++) {
    await writeFile(
      join(folder, `article-${String(index).padStart(2, '0')}.txt`),
      [
        `Un titre numéro ${index}`,
        '',
        `Le conseil municipal s'est réuni pour la ${index}e fois cette année. Il a voté le budget de la ville.`,
        '',
        // The same paragraph in every article: sent once per run.
        'La séance a été levée à minuit, après un long débat sur les transports publics de la région.',
        '',
        extra(index),
      ].join('\n'),
    );
  }
}

describe('build: several articles', () => {
  it('translates a group of articles in shared requests and sends a repeated paragraph once', async () => {
    const folder = join(work, 'group');
    await writeArticles(folder, 6);
    const { provider, requests } = echoProvider();
    const { summary } = await run('group-out', { inputs: [folder], provider });
    expect(summary.failures).toBe(0);
    expect(summary.articles.map((article) => article.slug)).toEqual(
      ['01', '02', '03', '04', '05', '06'].map((n) => `article-${n}`),
    );
    // 6 articles fit one request; the shared paragraph travels once.
    expect(requests).toHaveLength(1);
    const sent = requests.flatMap((request) => request.segments.map((segment) => segment.text));
    expect(sent.filter((text) => text.includes('La séance a été levée'))).toHaveLength(1);
    for (const slug of summary.articles.map((article) => article.slug)) {
      const article = JSON.parse(await readFile(join(work, 'group-out', slug, `${slug}.json`), 'utf8')) as AlignedArticle;
      expect(article.blocks.find((block) => block.role === 'paragraph')!.translation).toMatch(/^EN /);
    }
  });

  it('streams: articles are written while later ones are still being structured, with only a few groups held at once', async () => {
    const folder = join(work, 'stream');
    await writeArticles(folder, 30, (index) => `Un paragraphe propre à l'article ${index}.`);
    const echo = echoProvider();
    // Four segments per request, one request at once: a group is one article, so the stream has 30 groups.
    const provider = { ...echo.provider, capabilities: { ...echo.provider.capabilities, maxSegmentsPerRequest: 4 } };
    const config = await configFor('stream', [{ path: ['limits', 'concurrency'], value: 1 }]);
    const { summary, events } = await run('stream-out', { inputs: [folder], provider, config });
    expect(summary.failures).toBe(0);
    expect(summary.articles.map((article) => article.slug)).toEqual(Array.from({ length: 30 }, (_, index) => `article-${String(index + 1).padStart(2, '0')}`));
    const order = events.filter((event) => event.type === 'article-structured' || event.type === 'article-done');
    const firstDone = order.findIndex((event) => event.type === 'article-done');
    const lastStructured = order.findLastIndex((event) => event.type === 'article-structured');
    expect(firstDone).toBeLessThan(lastStructured);
    let held = 0;
    let mostHeld = 0;
    for (const event of order) {
      held += event.type === 'article-structured' ? 1 : -1;
      mostHeld = Math.max(mostHeld, held);
    }
    // Two groups sent ahead, the oldest being written, one being structured, and slack.
    expect(mostHeld).toBeLessThanOrEqual(6);
    // Done events in file order.
    expect(order.filter((event) => event.type === 'article-done').map((event) => event.file)).toEqual(summary.articles.map((article) => article.file));
  });

  it('a text the provider refuses fails only its own article; the others are complete', async () => {
    const folder = join(work, 'isolate');
    await writeArticles(folder, 4, (index) => (index === 3 ? 'Ce paragraphe contient le mot REFUSÉ par le service.' : ''));
    const { provider } = echoProvider((text) =>
      text.includes('REFUSÉ') ? Object.assign(new Error('refused'), { code: 'PROVIDER_BAD_RESPONSE' }) : undefined,
    );
    const { summary, outDir } = await run('isolate-out', { inputs: [folder], provider });
    expect(summary.articles.map((article) => [article.slug, article.ok])).toEqual([
      ['article-01', true],
      ['article-02', true],
      ['article-03', false],
      ['article-04', true],
    ]);
    expect(await readdir(outDir)).toEqual(['article-01', 'article-02', 'article-04', 'index.html']);
    expect((await readdir(join(outDir, 'article-04'))).length).toBe(8);
  });

  it('a failure of the service itself is not retried article after article', async () => {
    const folder = join(work, 'systemic');
    await writeArticles(folder, 5, (index) => `Paragraphe propre à l'article ${index}.`);
    const unavailable = () =>
      new ApiCallError('The service is unavailable (503).', { statusCode: 503, code: 'PROVIDER_API_ERROR' });
    const { provider, requests } = echoProvider(unavailable);
    const config = await configFor('systemic', [
      { path: ['retry', 'maxAttempts'], value: 2 },
      { path: ['retry', 'initialDelayMs'], value: 1 },
      { path: ['retry', 'maxDelayMs'], value: 2 },
    ]);
    const { summary } = await run('systemic-out', { inputs: [folder], provider, config });
    expect(summary.failures).toBe(5);
    // The group's call (2 attempts) and the first article on its own (2 attempts), not 5 × 2 more.
    expect(requests.length).toBeLessThanOrEqual(4);
  });
});

describe('build: output folders', () => {
  it('gives two articles named alike in different folders folders of their own', async () => {
    const root = join(work, 'alike');
    for (const section of ['politique', 'economie']) {
      await mkdir(join(root, section), { recursive: true });
      await writeFile(
        join(root, section, 'article.txt'),
        `Un titre pour ${section}\n\nLe texte de la rubrique ${section} tient en une phrase assez longue pour être lue.\n`,
      );
    }
    const { provider } = echoProvider();
    const { summary, outDir } = await run('alike-out', { inputs: [root], provider });
    expect(summary.failures).toBe(0);
    expect(summary.articles.map((article) => article.slug).sort()).toEqual(['economie-article', 'politique-article']);
    expect((await readdir(outDir)).sort()).toEqual(['economie-article', 'index.html', 'politique-article']);
  });
});

describe('build: the glossary file', () => {
  it('refuses a glossary path that does not exist instead of running without it', async () => {
    const config = await configFor('no-glossary', [{ path: ['glossary', 'path'], value: join(work, 'missing-glossary.yaml') }]);
    const { provider } = echoProvider();
    await expect(run('no-glossary-out', { provider, config })).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });

  it('uses the project glossary by default, wherever the command runs from', async () => {
    const previous = process.cwd();
    process.chdir(work);
    try {
      const config = await configFor('default-glossary');
      expect(config.glossary.path).toBe('config/glossary.yaml');
      const { summary, outDir } = await run('default-glossary-out', { inputs: [join(previous, SEED)], config, provider: echoProvider().provider });
      expect(summary.failures).toBe(0);
      const article = JSON.parse(await readFile(join(outDir, 'g20-syria-talks-2016', 'g20-syria-talks-2016.json'), 'utf8')) as AlignedArticle;
      expect(article.translation.glossaryVersion).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      process.chdir(previous);
    }
  });
});

describe('build: the estimate matches the run', () => {
  it('counts segments, characters and requests as the build then sends them', async () => {
    const folder = join(work, 'estimate-match');
    await writeArticles(folder, 5);
    const dry = echoProvider();
    const estimate = await run('estimate-match-dry', { inputs: [folder], provider: dry.provider, dryRun: true, config: await configFor('estimate-match') });
    expect(dry.requests).toHaveLength(0);
    const real = echoProvider();
    const built = await run('estimate-match-out', { inputs: [folder], provider: real.provider, config: await configFor('estimate-match') });
    const sentCharacters = real.requests.flatMap((request) => request.segments).reduce((sum, segment) => sum + [...segment.text].length, 0);
    expect(estimate.summary.requests).toBe(real.requests.length);
    expect(estimate.summary.segmentsSent).toBe(built.summary.segmentsSent);
    expect(estimate.summary.charactersSent).toBe(sentCharacters);
    expect(estimate.summary.charactersBilled).toBe(built.summary.charactersBilled);
    expect(estimate.summary.estimatedCostUsd).toBeCloseTo(built.summary.estimatedCostUsd, 10);
    // The paragraph every article repeats is billed to the first article only.
    const [first, second] = estimate.summary.articles.map((article) => article.estimate!);
    expect(first!.segments).toBeGreaterThan(second!.segments);
  });
});

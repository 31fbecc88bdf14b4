/**
 * Each network provider against its local fake server with a per-minute request quota (the
 * "minute" shrunk to a 2 s window on both sides, a legitimate time scale): Google v2's fake
 * enforces the quota itself, DeepL, the OpenAI-compatible endpoint and LibreTranslate sit
 * behind a proxy that enforces it as a service does (rolling window, counted on arrival,
 * 429 with Retry-After). The client is told the quota the way a person would
 * (`providers.<id>.limits.requestsPerMinute`).
 *
 * Reported per provider: requests and wall time per article, the wall time as a ratio of the
 * fastest schedule the quota allows ((ceil(R / Q) - 1) windows plus one latency, R the fewest
 * requests the provider's batch limits allow), and quota rejections (target 0).
 */
import { createDeepl } from '../src/providers/deepl/index.ts';
import { createGoogle } from '../src/providers/google/index.ts';
import { createLibreTranslate } from '../src/providers/libretranslate/index.ts';
import { createOpenai } from '../src/providers/openai/index.ts';
import type { TranslationProvider } from '../src/providers/types.ts';
import { batchLimits, makeBatches, countCharacters } from '../src/translate/make-batches.ts';
import { resolveLimits } from '../src/translate/resolve-limits.ts';
import { createTranslator, type TranslationUnit } from '../src/translate/translator.ts';
import { startFakeDeeplServer } from '../test/support/fake-deepl-server.ts';
import { startFakeGoogleV2Server } from '../test/support/fake-google-v2-server.ts';
import { startFakeLibreTranslateServer } from '../test/support/fake-libretranslate-server.ts';
import { startFakeOpenaiServer } from '../test/support/fake-openai-server.ts';
import { startQuotaProxy } from '../test/support/quota-proxy.ts';

const WINDOW_MS = 2_000;
const LATENCY_MS = 60;
const ARTICLES = 40;
const PARAGRAPHS = 14;
const REQUESTS_PER_WINDOW = 6;
const KEY = 'bench-key-for-the-local-fake-servers';
const WORDS = ['le', 'gouvernement', 'a', 'annoncé', 'que', 'les', 'pourparlers', 'sur', 'la', 'Syrie', 'reprendront', 'à', 'Genève', 'après', 'le', 'sommet', 'du', 'G20'];

/** The articles' paragraphs in sentence markup, all distinct. */
function units(): TranslationUnit[] {
  const all: TranslationUnit[] = [];
  for (let article = 0; article < ARTICLES; article++) {
    for (let paragraph = 0; paragraph < PARAGRAPHS; paragraph++) {
      const index = article * PARAGRAPHS + paragraph;
      const sentences = Array.from({ length: 1 + (index % 3) }, (_, sentence) => {
        const words = Array.from({ length: 8 + ((index + sentence) % 11) }, (_, word) => WORDS[(index * 5 + sentence * 7 + word) % WORDS.length]);
        return `<span id="p${paragraph}.s${sentence + 1}">${words.join(' ')} (${index}).</span>`;
      });
      all.push({ id: `a${article}/p${paragraph}`, text: sentences.join(' '), format: 'html' });
    }
  }
  return all;
}

interface Served {
  provider: TranslationProvider;
  rejections: () => number;
  close(): Promise<void>;
}

async function google(): Promise<Served> {
  const server = await startFakeGoogleV2Server({ apiKey: KEY, windowMs: WINDOW_MS, requestsPerWindow: REQUESTS_PER_WINDOW, latencyMs: LATENCY_MS });
  return { provider: createGoogle({ apiKey: KEY, apiEndpoint: server.endpoint }), rejections: () => server.counters.rejections, close: () => server.close() };
}

async function behindProxy(target: string) {
  return startQuotaProxy({ target, requestsPerWindow: REQUESTS_PER_WINDOW, windowMs: WINDOW_MS, latencyMs: LATENCY_MS });
}

async function deepl(): Promise<Served> {
  const server = await startFakeDeeplServer({ apiKey: KEY });
  const proxy = await behindProxy(server.url);
  return {
    provider: createDeepl({ apiKey: KEY, serverUrl: proxy.url }),
    rejections: () => proxy.counters.rejections,
    close: async () => {
      await proxy.close();
      await server.close();
    },
  };
}

async function openai(): Promise<Served> {
  const server = await startFakeOpenaiServer();
  const origin = new URL(server.baseUrl);
  const proxy = await behindProxy(origin.origin);
  return {
    provider: createOpenai({ model: 'gpt-4o-mini', apiKey: KEY, baseUrl: `${proxy.url}${origin.pathname}` }),
    rejections: () => proxy.counters.rejections,
    close: async () => {
      await proxy.close();
      await server.close();
    },
  };
}

async function libretranslate(): Promise<Served> {
  const server = await startFakeLibreTranslateServer();
  const proxy = await behindProxy(server.url);
  return {
    provider: createLibreTranslate({ url: proxy.url }),
    rejections: () => proxy.counters.rejections,
    close: async () => {
      await proxy.close();
      await server.close();
    },
  };
}

async function run(name: string, start: () => Promise<Served>) {
  const served = await start();
  try {
    const { provider } = served;
    const baseLimits = { concurrency: 4, requestTimeoutMs: 30_000 };
    const providerLimits = { requestsPerMinute: REQUESTS_PER_WINDOW };
    const translator = createTranslator({
      provider,
      limits: baseLimits,
      providerLimits,
      retry: { maxAttempts: 5, initialDelayMs: 100, maxDelayMs: 2_000, backoffFactor: 2 },
      cache: null,
      windowMs: WINDOW_MS,
    });
    const input = units();
    const items = input.map((unit) => ({ id: unit.id, characters: countCharacters(unit.text) }));
    const fewestRequests = makeBatches(items, batchLimits(provider.capabilities, resolveLimits(provider.capabilities, baseLimits, providerLimits))).length;
    const started = performance.now();
    const { stats } = await translator.translate(input, { sourceLanguage: 'fr', targetLanguage: 'en' });
    const wallMs = performance.now() - started;
    const lowerBoundMs = (Math.ceil(fewestRequests / REQUESTS_PER_WINDOW) - 1) * WINDOW_MS + LATENCY_MS;
    return {
      name,
      requests: stats.requests,
      fewestRequests,
      requestsPerArticle: (stats.requests / ARTICLES).toFixed(2),
      wallPerArticle: (wallMs / ARTICLES / 1000).toFixed(3),
      wall: (wallMs / 1000).toFixed(2),
      lowerBound: (lowerBoundMs / 1000).toFixed(2),
      ratio: (wallMs / lowerBoundMs).toFixed(3),
      rejections: served.rejections(),
      retries: stats.retries,
    };
  } finally {
    await served.close();
  }
}

export default async function (): Promise<void> {
  const rows = [];
  for (const [name, start] of [['google', google], ['deepl', deepl], ['openai', openai], ['libretranslate', libretranslate]] as const) {
    rows.push(await run(name, start));
  }
  console.log(
    `${ARTICLES} articles of ${PARAGRAPHS} paragraphs; quota ${REQUESTS_PER_WINDOW} requests per ${WINDOW_MS} ms window on client and server, ${LATENCY_MS} ms latency; lower bound = (ceil(fewest requests / quota) - 1) x window + latency\n`,
  );
  console.log('| provider | requests | fewest | requests / article | wall s / article | wall s | lower bound s | ratio | quota rejections | retries |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    console.log(`| ${row.name} | ${row.requests} | ${row.fewestRequests} | ${row.requestsPerArticle} | ${row.wallPerArticle} | ${row.wall} | ${row.lowerBound} | ${row.ratio} | ${row.rejections} | ${row.retries} |`);
  }
}

/**
 * The scheduler against the local fake Google v2 server, through the real Google client
 * (`createGoogle` with `apiEndpoint`). The server enforces a per-window character quota over
 * any rolling window and answers after a latency; the window is shrunk to 2 s on both sides
 * (a legitimate time scale) so the bench takes seconds.
 *
 * Reported per scenario: wall time as a ratio of the lower bound the quota and latency
 * allow, quota rejections (403 userRateLimitExceeded; target 0 when the client's limits
 * match the server's), and requests sent against the fewest possible.
 */
import { createGoogle } from '../src/providers/google/index.ts';
import { createTranslator, type TranslationUnit } from '../src/translate/translator.ts';
import { batchLimits, countCharacters } from '../src/translate/make-batches.ts';
import { startFakeGoogleV2Server } from '../test/support/fake-google-v2-server.ts';

const API_KEY = 'bench-key-for-the-local-fake-server';
const WINDOW_MS = 2_000;
const WORDS = ['le', 'gouvernement', 'a', 'annoncé', 'que', 'les', 'pourparlers', 'sur', 'la', 'Syrie', 'reprendront', 'à', 'Genève', 'après', 'le', 'sommet', 'du', 'G20'];

/** Paragraph-sized units in sentence markup, all distinct. */
function units(count: number): TranslationUnit[] {
  return Array.from({ length: count }, (_, index) => {
    const sentences = Array.from({ length: 1 + (index % 3) }, (_, sentence) => {
      const words = Array.from({ length: 8 + ((index + sentence) % 11) }, (_, word) => WORDS[(index * 5 + sentence * 7 + word) % WORDS.length]);
      return `<span id="p${index}.s${sentence + 1}">${words.join(' ')} (${index}).</span>`;
    });
    return { id: `p${index}`, text: sentences.join(' '), format: 'html' as const };
  });
}

interface Scenario {
  name: string;
  units: number;
  charactersPerWindow: number;
  latencyMs: number | (() => number);
  meanLatencyMs: number;
  concurrency: number;
}

async function run(scenario: Scenario) {
  const server = await startFakeGoogleV2Server({
    apiKey: API_KEY,
    windowMs: WINDOW_MS,
    charactersPerWindow: scenario.charactersPerWindow,
    latencyMs: scenario.latencyMs,
  });
  try {
    const provider = createGoogle({ apiKey: API_KEY, apiEndpoint: server.endpoint });
    const limits = {
      concurrency: scenario.concurrency,
      requestsPerMinute: 0,
      charactersPerMinute: scenario.charactersPerWindow,
      requestTimeoutMs: 30_000,
    };
    const translator = createTranslator({
      provider,
      limits,
      retry: { maxAttempts: 5, initialDelayMs: 100, maxDelayMs: 2_000, backoffFactor: 2 },
      cache: null,
      windowMs: WINDOW_MS,
    });
    const input = units(scenario.units);
    const characters = input.reduce((sum, unit) => sum + countCharacters(unit.text), 0);
    const started = performance.now();
    const { stats } = await translator.translate(input, { sourceLanguage: 'fr', targetLanguage: 'en' });
    const wallMs = performance.now() - started;
    // Any rolling window holds at most the quota, so the last character cannot arrive before
    // (ceil(C / Q) - 1) windows after the first; its answer comes one latency later.
    const windows = Math.ceil(characters / scenario.charactersPerWindow);
    const lowerBoundMs = (windows - 1) * WINDOW_MS + scenario.meanLatencyMs;
    const perRequest = batchLimits(provider.capabilities, limits);
    const fewestRequests = Math.max(Math.ceil(characters / perRequest.maxCharacters), Math.ceil(input.length / perRequest.maxSegments));
    return {
      scenario: scenario.name,
      characters,
      windows,
      wallSeconds: (wallMs / 1000).toFixed(2),
      lowerBoundSeconds: (lowerBoundMs / 1000).toFixed(2),
      ratio: (wallMs / lowerBoundMs).toFixed(3),
      rejections: server.counters.rejections,
      retries: stats.retries,
      requests: stats.requests,
      fewestRequests,
    };
  } finally {
    await server.close();
  }
}

export default async function (): Promise<void> {
  let seed = 11;
  const jitter = () => 20 + ((seed = (seed * 16807) % 2147483647) % 61); // 20..80 ms
  const scenarios: Scenario[] = [
    { name: 'quota-bound, 50 ms latency', units: 700, charactersPerWindow: 30_000, latencyMs: 50, meanLatencyMs: 50, concurrency: 4 },
    { name: 'quota-bound, 20-80 ms jitter, 8 in flight', units: 700, charactersPerWindow: 30_000, latencyMs: jitter, meanLatencyMs: 50, concurrency: 8 },
    { name: 'small quota, 150 ms latency', units: 250, charactersPerWindow: 12_000, latencyMs: 150, meanLatencyMs: 150, concurrency: 4 },
  ];
  const rows = [];
  for (const scenario of scenarios) rows.push(await run(scenario));
  console.log(`window ${WINDOW_MS} ms on client and server; lower bound = (ceil(characters / quota) - 1) x window + latency\n`);
  console.log('| scenario | characters | windows | wall s | lower bound s | ratio (target <= 1.15) | 403 rejections | retries | requests | fewest requests |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    console.log(
      `| ${row.scenario} | ${row.characters} | ${row.windows} | ${row.wallSeconds} | ${row.lowerBoundSeconds} | ${row.ratio} | ${row.rejections} | ${row.retries} | ${row.requests} | ${row.fewestRequests} |`,
    );
  }
}

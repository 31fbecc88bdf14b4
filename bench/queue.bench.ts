/**
 * The work queue on this machine: articles per second with 1, 2 and 4 worker PROCESSES
 * (`bilingual worker --until-empty`), on a redis-server of the bench's own.
 *
 * - CPU-bound: the offline engine (Apertium), every translation computed here. Throughput is
 *   reported as a ratio of one worker's; on N cores it cannot pass N.
 * - Quota-bound: a local Google server with a per-window character quota (the window shrunk to
 *   2 s on both sides). The run is compared with the fastest schedule the shared quota
 *   allows: the last character cannot arrive before (ceil(C / Q) - 1) windows after the first.
 *   Target: within 1.15 x, with no quota refusal, however many workers share the quota.
 *
 * Times are taken from the queue itself (first article started to last article built, BullMQ's
 * own stamps), so each process's start-up (loading the code, warming the engine) is left out.
 * Each scenario has its own queue and so its own empty cache.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGoogle } from '../src/providers/google/index.ts';
import { connectRedis } from '../src/queue/connect-redis.ts';
import { createRedisRollingWindowLimiter } from '../src/queue/redis-rolling-window-limiter.ts';
import { countCharacters } from '../src/translate/make-batches.ts';
import { createTranslator, type TranslationUnit } from '../src/translate/translator.ts';
import { openArticleQueue } from '../src/queue/article-queue.ts';
import { loadConfig } from '../src/config/load.ts';
import { startFakeGoogleV2Server, type FakeGoogleV2Server } from '../test/support/fake-google-v2-server.ts';
import { startRedisServer, type RedisServer } from '../test/support/redis-server.ts';
import { CLI_PATH, cleanEnvironment, REPOSITORY_ROOT } from '../test/support/run-cli.ts';
import { sampleProcessCpu, type ProcessCpu } from './process-cpu.ts';

const WINDOW_MS = 2000;
const CHARACTERS_PER_WINDOW = 2500;
const LATENCY_MS = 30;

interface Scenario {
  name: string;
  provider: 'apertium' | 'google';
  workers: number;
}

interface Measured {
  articles: number;
  /** First article started to last article built. */
  spanMs: number;
  /** First request received to last article built (quota-bound runs). */
  fromFirstRequestMs?: number;
  /** First request received to last request received: how well the quota was used. */
  requestsSpanMs?: number;
  characters?: number;
  rejections?: number;
  /** CPU time of each process under the bench while the articles were built. */
  cpu?: ProcessCpu[];
}

/** Runs the CLI; `started` resolves once its stderr has said `ready` (or it ended). */
function command(args: string[], env: Record<string, string>, ready?: RegExp) {
  let markStarted: () => void;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_PATH, ...args], { cwd: REPOSITORY_ROOT, env: cleanEnvironment(env), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (ready?.test(stderr)) markStarted();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      markStarted();
      resolve({ code, stderr });
    });
  });
  return { started, done };
}

async function run(scenario: Scenario, redis: RedisServer, inbox: string, folder: string, index: number): Promise<Measured> {
  const queueName = `bench-${index}`;
  const server: FakeGoogleV2Server | undefined =
    scenario.provider === 'google' ? await startFakeGoogleV2Server({ windowMs: WINDOW_MS, charactersPerWindow: CHARACTERS_PER_WINDOW, latencyMs: LATENCY_MS }) : undefined;
  try {
    const env: Record<string, string> = { REDIS_URL: redis.url, ...(server ? { GOOGLE_API_KEY: 'bench', GOOGLE_CLOUD_TRANSLATE_ENDPOINT: server.endpoint } : {}) };
    // The quota is the quota-bound runs' only: top-level limits bind every provider, and the
    // offline runs, given it too, measured the quota (2,500 characters per 2 s) and not the cores.
    const settings = [
      '--set', `queue.name=${queueName}`,
      '--set', `queue.quotaWindowMs=${WINDOW_MS}`,
      ...(scenario.provider === 'google' ? ['--set', `limits.charactersPerMinute=${CHARACTERS_PER_WINDOW}`, '--set', 'limits.requestsPerMinute=0'] : []),
    ];
    const out = join(folder, queueName);
    const connection = await connectRedis(redis.url);
    const config = await loadConfig({ overrides: [{ path: ['queue', 'name'], value: queueName, source: 'bench' }] });
    const queue = openArticleQueue(connection, config);
    // Paused until every worker has started, so that no worker's start-up (loading the code)
    // competes with another's building for the cores.
    await queue.pause();
    const enqueued = await command(['enqueue', inbox, '--provider', scenario.provider, '--out', out, ...settings], env).done;
    if (enqueued.code !== 0) throw new Error(`enqueue failed: ${enqueued.stderr}`);
    const running = Array.from({ length: scenario.workers }, () => command(['worker', '--until-empty', ...settings], env, /^Worker on /m));
    await Promise.all(running.map((worker) => worker.started));
    const sampler = sampleProcessCpu();
    await queue.resume();
    const workers = await Promise.all(running.map((worker) => worker.done));
    const cpu = sampler.stop();
    const failed = workers.find((worker) => worker.code !== 0);
    if (failed) throw new Error(`a worker failed: ${failed.stderr}`);

    const jobs = await queue.getJobs(['completed'], 0, -1);
    const failedCount = (await queue.getJobCounts('failed')).failed ?? 0;
    await queue.close();
    await connection.quit();
    if (failedCount > 0) throw new Error(`${failedCount} articles failed`);
    const firstStart = Math.min(...jobs.map((job) => job.processedOn!));
    const lastFinish = Math.max(...jobs.map((job) => job.finishedOn!));
    const measured: Measured = { articles: jobs.length, spanMs: lastFinish - firstStart, cpu };
    if (server) {
      measured.fromFirstRequestMs = lastFinish - server.received[0]!.at;
      measured.requestsSpanMs = server.received.at(-1)!.at - server.received[0]!.at;
      measured.characters = server.counters.characters;
      measured.rejections = server.counters.rejections;
    }
    return measured;
  } finally {
    await server?.close();
  }
}

/**
 * The shared quota alone, without the pipeline's CPU: N workers, each on its own Redis
 * connection and limiter (as N processes would be), translating their share of 60
 * paragraphs article by article (6 paragraphs a call) against the quota-bound server.
 * Reported: first to last request received against (ceil(C / Q) - 1) windows.
 */
async function sharedQuotaOnly(redis: RedisServer, workers: number, index: number) {
  const server = await startFakeGoogleV2Server({ windowMs: WINDOW_MS, charactersPerWindow: CHARACTERS_PER_WINDOW, latencyMs: LATENCY_MS });
  try {
    const units: TranslationUnit[] = Array.from({ length: 60 }, (_, unit) => ({
      id: `p${unit}`,
      text: `<span id="p${unit}.s1">Le gouvernement a annoncé que les pourparlers reprendront ${unit} fois à Genève après le sommet.</span> <span id="p${unit}.s2">Une autre phrase, la ${unit}e, pour la longueur du paragraphe.</span>`,
      format: 'html',
    }));
    const characters = units.reduce((sum, unit) => sum + countCharacters(unit.text), 0);
    const share = Math.ceil(units.length / workers);
    await Promise.all(
      Array.from({ length: workers }, async (_, worker) => {
        const connection = await connectRedis(redis.url);
        const limiter = createRedisRollingWindowLimiter(connection, { prefix: `bench-quota-${index}`, scope: 'google', requestsPerWindow: 0, charactersPerWindow: CHARACTERS_PER_WINDOW, windowMs: WINDOW_MS });
        const provider = createGoogle({ apiKey: 'bench', apiEndpoint: server.endpoint });
        const mine = units.slice(worker * share, (worker + 1) * share);
        for (let first = 0; first < mine.length; first += 6) {
          const translator = createTranslator({
            provider,
            limits: { concurrency: 4, requestsPerMinute: 0, charactersPerMinute: CHARACTERS_PER_WINDOW, requestTimeoutMs: 30_000 },
            retry: { maxAttempts: 5, initialDelayMs: 100, maxDelayMs: 2_000, backoffFactor: 2 },
            cache: null,
            limiter,
          });
          await translator.translate(mine.slice(first, first + 6), { sourceLanguage: 'fr', targetLanguage: 'en' });
        }
        await connection.quit();
      }),
    );
    const windows = Math.ceil(characters / CHARACTERS_PER_WINDOW);
    const spanMs = server.received.at(-1)!.at - server.received[0]!.at;
    return `| ${workers} | ${characters} | ${windows} | ${(spanMs / 1000).toFixed(2)} | ${(((windows - 1) * WINDOW_MS) / 1000).toFixed(2)} | ${(spanMs / ((windows - 1) * WINDOW_MS)).toFixed(3)} | ${server.counters.rejections} |`;
  } finally {
    await server.close();
  }
}

export default async function (): Promise<void> {
  const redis = await startRedisServer();
  const folder = await mkdtemp(join(tmpdir(), 'bilingual-queue-bench-'));
  try {
    const inbox = join(folder, 'inbox');
    await mkdir(inbox);
    const fixtures = join(REPOSITORY_ROOT, 'test', 'fixtures', 'articles');
    const names = (await readdir(fixtures)).filter((name) => name.endsWith('.print.txt'));
    for (const name of names) await copyFile(join(fixtures, name), join(inbox, name.replace('.print', '')));

    const counts = [1, 2, 4];
    const rows: string[] = [];
    const cpuRows: string[] = [];
    let index = 0;
    let baseline = 0;
    for (const workers of counts) {
      const measured = await run({ name: 'offline', provider: 'apertium', workers }, redis, inbox, folder, ++index);
      const perSecond = measured.articles / (measured.spanMs / 1000);
      if (workers === 1) baseline = perSecond;
      rows.push(`| CPU-bound (apertium) | ${workers} | ${measured.articles} | ${(measured.spanMs / 1000).toFixed(1)} | ${perSecond.toFixed(2)} | ${(perSecond / baseline).toFixed(2)} | | | | |`);
      cpuRows.push(cpuRow(workers, measured));
    }
    for (const workers of counts) {
      const measured = await run({ name: 'quota', provider: 'google', workers }, redis, inbox, folder, ++index);
      const perSecond = measured.articles / (measured.spanMs / 1000);
      if (workers === 1) baseline = perSecond;
      const windows = Math.ceil(measured.characters! / CHARACTERS_PER_WINDOW);
      const fastestMs = (windows - 1) * WINDOW_MS + LATENCY_MS;
      const lastRequestMs = (windows - 1) * WINDOW_MS;
      rows.push(
        `| quota-bound (google, ${CHARACTERS_PER_WINDOW} characters / ${WINDOW_MS} ms) | ${workers} | ${measured.articles} | ${(measured.spanMs / 1000).toFixed(1)} | ${perSecond.toFixed(2)} | ${(perSecond / baseline).toFixed(2)} | ${(fastestMs / 1000).toFixed(1)} | ${(measured.fromFirstRequestMs! / fastestMs).toFixed(3)} | ${(measured.requestsSpanMs! / lastRequestMs).toFixed(3)} | ${measured.rejections} |`,
      );
    }
    console.log('Worker processes on one queue; spans from the queue\'s own stamps (start-up excluded); ratios against 1 worker in the same run.\n');
    console.log(`Load average when done: ${loadavg().map((load) => load.toFixed(1)).join(' ')} on ${availableParallelism()} cores (other work on the machine slows every row alike).\n`);
    console.log('| scenario | workers | articles | span s | articles/s | vs 1 worker | fastest schedule s | first request to last article / fastest (target <= 1.15) | first to last request / quota bound | quota refusals |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) console.log(row);

    console.log('\nWhere the CPU went in the offline runs (`/proc`, user + system, while the articles were built): each worker, its Apertium programs (the fr-es and es-en chains, every program a process of its own), Redis; cores used = all of it / span.\n');
    console.log('| workers | span s | CPU s, all | cores used | node workers s | Apertium programs s (processes) | busiest Apertium programs s | redis-server s | other s | CPU s per article |');
    console.log('|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|');
    for (const row of cpuRows) console.log(row);

    const quotaRows: string[] = [];
    for (const workers of counts) quotaRows.push(await sharedQuotaOnly(redis, workers, ++index));
    console.log('\nThe shared quota alone (no pipeline CPU): workers on their own Redis connections and limiters, one budget.\n');
    console.log('| workers | characters | windows | first to last request s | quota bound s | ratio (target <= 1.15) | quota refusals |');
    console.log('|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of quotaRows) console.log(row);
  } finally {
    await redis.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

/** The programs of Apertium's modes (lt-proc, apertium-transfer, cg-proc, lrx-proc…). */
const APERTIUM_PROGRAM = /^(apertium|lt-|cg-|lrx-|hfst|vislcg)/;

/** One offline run's CPU, by kind of process. */
function cpuRow(workers: number, measured: Measured): string {
  const cpu = measured.cpu ?? [];
  const seconds = (processes: readonly ProcessCpu[]) => processes.reduce((sum, entry) => sum + entry.cpuMs, 0) / 1000;
  const redis = cpu.filter((entry) => entry.comm === 'redis-server');
  const workersOwn = cpu.filter((entry) => entry.pid === entry.worker && entry.comm === 'node');
  const engines = cpu.filter((entry) => entry.pid !== entry.worker && APERTIUM_PROGRAM.test(entry.comm));
  // tsx's esbuild, dpkg-query (the engine's version), shells
  const others = cpu.filter((entry) => !redis.includes(entry) && !workersOwn.includes(entry) && !engines.includes(entry));
  const byProgram = new Map<string, number>();
  for (const entry of engines) byProgram.set(entry.comm, (byProgram.get(entry.comm) ?? 0) + entry.cpuMs / 1000);
  const busiest = [...byProgram]
    .sort((one, two) => two[1] - one[1])
    .slice(0, 4)
    .map(([comm, total]) => `${comm} ${total.toFixed(1)}`)
    .join(', ');
  const all = seconds(cpu);
  const span = measured.spanMs / 1000;
  return `| ${workers} | ${span.toFixed(1)} | ${all.toFixed(1)} | ${(all / span).toFixed(2)} | ${seconds(workersOwn).toFixed(1)} (${workersOwn.map((entry) => (entry.cpuMs / 1000).toFixed(1)).join(' + ')}) | ${seconds(engines).toFixed(1)} (${engines.length}) | ${busiest} | ${seconds(redis).toFixed(2)} | ${seconds(others).toFixed(1)} | ${(all / measured.articles).toFixed(2)} |`;
}

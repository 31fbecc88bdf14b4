/**
 * The proof, end to end: a real redis-server of the test's own, a local Google
 * server with a per-window character quota, and three `bilingual worker` PROCESSES building a
 * queue of articles together. All articles are built, the service refuses nothing, and every
 * text is paid for once: the workers share one budget and one cache. Killing a worker with
 * SIGKILL midway (between two of its requests) changes none of that: its article goes back to
 * the queue and what it had received is not paid again.
 *
 * How long the run takes against the fastest schedule the quota allows is measured by
 * bench/queue.bench.ts, not asserted here.
 */
import type { ChildProcess } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGoogleV2Server, type FakeGoogleV2Server } from '../support/fake-google-v2-server.ts';
import { startRedisServer, type RedisServer } from '../support/redis-server.ts';
import { REPOSITORY_ROOT, runCli, type CliResult } from '../support/run-cli.ts';

const WINDOW_MS = 2000;
const CHARACTERS_PER_WINDOW = 4000;
const WORKERS = 3;

let redis: RedisServer;
let folder: string;
let inbox: string;
let articles: string[];

beforeAll(async () => {
  redis = await startRedisServer();
  folder = await mkdtemp(join(tmpdir(), 'bilingual-queue-'));
  inbox = join(folder, 'inbox');
  await mkdir(inbox);
  const fixtures = join(REPOSITORY_ROOT, 'test', 'fixtures', 'articles');
  articles = (await readdir(fixtures)).filter((name) => name.endsWith('.print.txt')).sort();
  for (const name of articles) await copyFile(join(fixtures, name), join(inbox, name.replace('.print', '')));
}, 30_000);

afterAll(async () => {
  await redis?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** What every command of one run is given: its own queue on the shared Redis, the quota, short locks. */
function settings(queue: string): string[] {
  return [
    '--set', `queue.name=${queue}`,
    '--set', `queue.quotaWindowMs=${WINDOW_MS}`,
    '--set', 'queue.lockMs=2000',
    '--set', `limits.charactersPerMinute=${CHARACTERS_PER_WINDOW}`,
    '--set', 'limits.requestsPerMinute=0',
    '--set', 'retry.initialDelayMs=200',
  ];
}

function environment(server: FakeGoogleV2Server, key: string): Record<string, string> {
  return { REDIS_URL: redis.url, GOOGLE_API_KEY: key, GOOGLE_CLOUD_TRANSLATE_ENDPOINT: server.endpoint };
}

interface QueueRun {
  server: FakeGoogleV2Server;
  workers: CliResult[];
  status: { queued: number; active: number; done: number; failed: number; failures: unknown[] };
  out: string;
  elapsedMs: number;
  killed?: string;
}

/** Enqueues every article, runs three workers until the queue is empty, and reads the status. */
async function runQueue(queue: string, kill: boolean): Promise<QueueRun> {
  const server = await startFakeGoogleV2Server({ windowMs: WINDOW_MS, charactersPerWindow: CHARACTERS_PER_WINDOW, latencyMs: 20 });
  const out = join(folder, queue);
  const enqueued = await runCli(['enqueue', inbox, '--provider', 'google', '--out', out, ...settings(queue)], { env: environment(server, 'enqueue') });
  expect(enqueued.stderr).toContain(`Queued ${articles.length} articles`);
  expect(enqueued.code).toBe(0);

  // Each worker has its own key, so the server's log says who sent what.
  const children = new Map<string, ChildProcess>();
  let killed: string | undefined;
  let watcher: ReturnType<typeof setInterval> | undefined;
  if (kill) {
    watcher = setInterval(() => {
      if (killed !== undefined || server.counters.answered < 3) return;
      for (const [name, child] of children) {
        const last = server.received.filter((request) => request.key === name).at(-1);
        // Killed between two of its requests: the last one answered long ago, none since.
        if (last && Date.now() - last.at > 700) {
          killed = name;
          child.kill('SIGKILL');
          clearInterval(watcher);
          return;
        }
      }
    }, 50);
  }
  const started = Date.now();
  const workers = await Promise.all(
    Array.from({ length: WORKERS }, (_, index) =>
      runCli(['worker', '--until-empty', ...settings(queue)], {
        env: environment(server, `worker-${index + 1}`),
        timeoutMs: 150_000,
        onSpawn: (child) => children.set(`worker-${index + 1}`, child),
      }),
    ),
  );
  const elapsedMs = Date.now() - started;
  clearInterval(watcher);
  const shown = await runCli(['status', '--json', ...settings(queue)], { env: environment(server, 'status') });
  await server.close();
  return { server, workers, status: JSON.parse(shown.stdout), out, elapsedMs, killed };
}

/** The outcome every run must have, killed worker or not. */
async function expectEverythingBuiltAndPaidOnce(run: QueueRun) {
  expect(run.status).toMatchObject({ queued: 0, active: 0, done: articles.length, failed: 0, failures: [] });
  const built = (await readdir(run.out)).filter((name) => name !== 'index.html').sort();
  expect(built).toEqual(articles.map((name) => name.replace('.print.txt', '')).sort());
  for (const slug of built) expect(await readdir(join(run.out, slug))).toContain(`${slug}.json`);
  const { counters } = run.server;
  expect(counters.rejections).toBe(0);
  expect(counters.failures + counters.resets).toBe(0);
  expect(counters.answeredTexts.size).toBeGreaterThan(articles.length);
  expect(Math.max(...counters.answeredTexts.values())).toBe(1);
  expect(counters.charactersReceived).toBe(counters.characters);
  // The work was shared: more than one worker sent requests.
  const senders = new Set(run.server.received.map((request) => request.key));
  expect(senders.size).toBeGreaterThan(1);
}

describe('three worker processes on one queue, one quota', () => {
  let plain: QueueRun;

  it('build every article with no quota refusal, each text paid once', async () => {
    plain = await runQueue('plain', false);
    for (const worker of plain.workers) expect(worker.code, worker.stderr).toBe(0);
    await expectEverythingBuiltAndPaidOnce(plain);
    const { counters } = plain.server;
    console.log(
      `queue of ${articles.length} articles, 3 workers: ${plain.elapsedMs} ms, ${counters.requests} requests, ${counters.characters} characters at ${CHARACTERS_PER_WINDOW} per ${WINDOW_MS} ms`,
    );
  }, 200_000);

  it('lose nothing when one is killed with SIGKILL midway: same articles, same bill', async () => {
    const run = await runQueue('killed', true);
    expect(run.killed).toMatch(/^worker-\d$/);
    const killedIndex = Number(run.killed!.slice('worker-'.length)) - 1;
    run.workers.forEach((worker, index) => {
      if (index === killedIndex) expect(worker.signal).toBe('SIGKILL');
      else expect(worker.code, worker.stderr).toBe(0);
    });
    await expectEverythingBuiltAndPaidOnce(run);
    // Not a character more than without the kill: what the killed worker received was reused.
    expect(run.server.counters.characters).toBe(plain.server.counters.characters);
    expect(run.server.counters.answeredTexts.size).toBe(plain.server.counters.answeredTexts.size);
  }, 200_000);
});

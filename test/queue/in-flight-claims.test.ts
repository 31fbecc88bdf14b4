/**
 * In-flight claims, end to end: many articles sharing paragraphs, three `bilingual worker`
 * PROCESSES on a real redis-server and a local Google server that answers slowly, so that two
 * workers often want the same paragraph at the same moment. Each text reaches the service
 * exactly once: the first worker claims it, the others wait for its answer.
 *
 * Then the same with one worker SIGKILLed while it has a request in flight (so while it holds
 * claims): every article is still built, and the only texts paid twice are those of the
 * requests the killed worker had sent and never got back (the service billed them on arrival;
 * their claims lapse after `queue.claimMs` and another worker sends them again).
 *
 * The workers finishing at once each write the folder's index.html again; it lists every
 * article, and `bilingual status --index` writes it again from Redis.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGoogleV2Server, type FakeGoogleV2Server } from '../support/fake-google-v2-server.ts';
import { startRedisServer, type RedisServer } from '../support/redis-server.ts';
import { REPOSITORY_ROOT, runCli, type CliResult } from '../support/run-cli.ts';

const WORKERS = 3;
const LATENCY_MS = 300;

let redis: RedisServer;
let folder: string;
let inbox: string;
let slugs: string[];

/**
 * Articles made of the fixtures' own French: each its own headline and last paragraph, and
 * its first and second paragraphs taken from two small shared pools (a paragraph is sent with
 * its sentence ids, so a shared one sits at the same place in every article that has it).
 */
async function writeSharingArticles(into: string): Promise<string[]> {
  const fixtures = join(REPOSITORY_ROOT, 'test', 'fixtures', 'articles');
  const names = (await readdir(fixtures)).filter((name) => name.endsWith('.plain.txt')).sort();
  const articles: { slug: string; headline: string; last: string }[] = [];
  const paragraphs: string[] = [];
  for (const name of names) {
    const blocks = (await readFile(join(fixtures, name), 'utf8')).split(/\n\s*\n/).map((block) => block.trim());
    const body = blocks.slice(1).filter((block) => !block.startsWith('>') && !/^Légende/.test(block) && block.length > 80 && block.length < 400);
    if (body.length < 2) continue;
    articles.push({ slug: name.replace('.plain.txt', ''), headline: blocks[0]!, last: body.at(-1)! });
    paragraphs.push(body[0]!);
  }
  const firstPool = paragraphs.slice(0, 2);
  const secondPool = paragraphs.slice(2, 5);
  for (const [index, article] of articles.entries()) {
    const text = [article.headline, firstPool[index % firstPool.length], secondPool[index % secondPool.length], article.last].join('\n\n');
    await writeFile(join(into, `${article.slug}.txt`), `${text}\n`);
  }
  return articles.map((article) => article.slug).sort();
}

beforeAll(async () => {
  redis = await startRedisServer();
  folder = await mkdtemp(join(tmpdir(), 'bilingual-claims-'));
  inbox = join(folder, 'inbox');
  await mkdir(inbox);
  slugs = await writeSharingArticles(inbox);
}, 30_000);

afterAll(async () => {
  await redis?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

function settings(queue: string): string[] {
  return ['--set', `queue.name=${queue}`, '--set', 'queue.lockMs=2000', '--set', 'queue.claimMs=1000', '--set', 'retry.initialDelayMs=200'];
}

interface ClaimRun {
  server: FakeGoogleV2Server;
  workers: CliResult[];
  out: string;
  killed?: { name: string; at: number };
}

async function runQueue(queue: string, kill: boolean): Promise<ClaimRun> {
  const server = await startFakeGoogleV2Server({ latencyMs: LATENCY_MS });
  const out = join(folder, queue);
  const environment = (key: string) => ({ REDIS_URL: redis.url, GOOGLE_API_KEY: key, GOOGLE_CLOUD_TRANSLATE_ENDPOINT: server.endpoint });
  const enqueued = await runCli(['enqueue', inbox, '--provider', 'google', '--out', out, ...settings(queue)], { env: environment('enqueue') });
  expect(enqueued.code, enqueued.stderr).toBe(0);

  const children = new Map<string, ChildProcess>();
  let killed: ClaimRun['killed'];
  const watcher = kill
    ? setInterval(() => {
        if (killed !== undefined || server.counters.answered < 2) return;
        for (const [name, child] of children) {
          const last = server.received.filter((request) => request.key === name).at(-1);
          // A request of this worker arrived just now: it is in flight, its texts claimed.
          if (last && Date.now() - last.at < LATENCY_MS / 3) {
            killed = { name, at: Date.now() };
            child.kill('SIGKILL');
            return;
          }
        }
      }, 10)
    : undefined;
  const workers = await Promise.all(
    Array.from({ length: WORKERS }, (_, index) =>
      runCli(['worker', '--until-empty', ...settings(queue)], {
        env: environment(`worker-${index + 1}`),
        timeoutMs: 150_000,
        onSpawn: (child) => children.set(`worker-${index + 1}`, child),
      }),
    ),
  );
  clearInterval(watcher);
  await server.close();
  return { server, workers, out, killed };
}

async function expectEveryArticleBuilt(run: ClaimRun) {
  expect((await readdir(run.out)).filter((name) => name !== 'index.html').sort()).toEqual(slugs);
  for (const slug of slugs) expect(await readdir(join(run.out, slug))).toContain(`${slug}.json`);
}

/** Texts the service received more than once. */
function paidTwice(server: FakeGoogleV2Server): string[] {
  return [...server.counters.answeredTexts].filter(([, times]) => times > 1).map(([text]) => text);
}

describe('three workers on articles sharing paragraphs', () => {
  let plain: ClaimRun;

  it('send each text to the service exactly once', async () => {
    plain = await runQueue('claims-plain', false);
    for (const worker of plain.workers) expect(worker.code, worker.stderr).toBe(0);
    await expectEveryArticleBuilt(plain);
    const { counters } = plain.server;
    expect(counters.failures + counters.resets + counters.rejections).toBe(0);
    // The articles do share texts: fewer distinct texts than blocks built.
    expect(counters.answeredTexts.size).toBeLessThan(slugs.length * 4);
    expect(paidTwice(plain.server)).toEqual([]);
    expect(new Set(plain.server.received.map((request) => request.key)).size).toBeGreaterThan(1);
    // The three workers each wrote the folder's index.html as they finished: it lists every article.
    const listed = async () => await readFile(join(plain.out, 'index.html'), 'utf8');
    for (const slug of slugs) expect(await listed()).toContain(`${slug}/${slug}.html`);
    await rm(join(plain.out, 'index.html'));
    const status = await runCli(['status', '--index', ...settings('claims-plain')], { env: { REDIS_URL: redis.url } });
    expect(status.code, status.stderr).toBe(0);
    expect(status.stderr).toContain(`wrote ${join(plain.out, 'index.html')}`);
    for (const slug of slugs) expect(await listed()).toContain(`${slug}/${slug}.html`);
  }, 200_000);

  it('a worker killed with claims in flight: all built, only its unanswered requests paid again', async () => {
    const run = await runQueue('claims-killed', true);
    expect(run.killed?.name).toMatch(/^worker-\d$/);
    const killedIndex = Number(run.killed!.name.slice('worker-'.length)) - 1;
    run.workers.forEach((worker, index) => {
      if (index === killedIndex) expect(worker.signal).toBe('SIGKILL');
      else expect(worker.code, worker.stderr).toBe(0);
    });
    await expectEveryArticleBuilt(run);
    // What the killed worker had sent and not got back when it died: arrived less than the
    // server's latency before the kill.
    const inFlight = new Set(
      run.server.received
        .filter((request) => request.key === run.killed!.name && request.at > run.killed!.at - LATENCY_MS && request.at <= run.killed!.at)
        .flatMap((request) => (Array.isArray(request.body.q) ? request.body.q : [request.body.q as unknown as string])),
    );
    expect(inFlight.size).toBeGreaterThan(0);
    const twice = paidTwice(run.server);
    for (const text of twice) expect(inFlight, `paid twice but not in flight at the kill: ${text.slice(0, 60)}`).toContain(text);
    for (const times of run.server.counters.answeredTexts.values()) expect(times).toBeLessThanOrEqual(2);
    // Every text of the plain run was paid, none beyond it.
    expect(new Set(run.server.counters.answeredTexts.keys())).toEqual(new Set(plain.server.counters.answeredTexts.keys()));
    console.log(`killed ${run.killed!.name} with ${inFlight.size} texts in flight; ${twice.length} paid twice`);
  }, 200_000);
});

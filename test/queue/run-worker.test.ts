/**
 * The queue's life in one process, on a real redis-server and a local Google server: enqueue
 * is idempotent, a worker builds what is queued, a poison article fails alone after its
 * attempts with its reason in the status, retry-failed queues it again, and a changed file is
 * queued anew.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import type { Config } from '../../src/config/types.ts';
import { openTranslationMemory } from '../../src/memory/translation-memory.ts';
import { connectRedis } from '../../src/queue/connect-redis.ts';
import { enqueueArticles } from '../../src/queue/enqueue-articles.ts';
import { formatQueueStatus, readQueueStatus, retryFailedArticles } from '../../src/queue/queue-status.ts';
import { runWorker, type WorkerEvent } from '../../src/queue/run-worker.ts';
import { startFakeGoogleV2Server, type FakeGoogleV2Server } from '../support/fake-google-v2-server.ts';
import { startRedisServer, type RedisServer } from '../support/redis-server.ts';
import { REPOSITORY_ROOT } from '../support/run-cli.ts';

let redisServer: RedisServer;
let redis: Redis;
let google: FakeGoogleV2Server;
let folder: string;
let config: Config;
const saved = { key: process.env.GOOGLE_API_KEY, endpoint: process.env.GOOGLE_CLOUD_TRANSLATE_ENDPOINT };

beforeAll(async () => {
  redisServer = await startRedisServer();
  redis = await connectRedis(redisServer.url);
  google = await startFakeGoogleV2Server();
  process.env.GOOGLE_API_KEY = 'test-key';
  process.env.GOOGLE_CLOUD_TRANSLATE_ENDPOINT = google.endpoint;
  folder = await mkdtemp(join(tmpdir(), 'bilingual-worker-'));
  await copyFile(join(REPOSITORY_ROOT, 'test', 'fixtures', 'articles', 'budget-deficit.print.txt'), join(folder, 'budget-deficit.txt'));
  await writeFile(
    join(folder, 'english.txt'),
    'The prime minister said on Tuesday that the talks with the unions would resume next week, after a long and difficult summer for the government and the country.\n',
  );
  config = await loadConfig({
    overrides: [
      { path: ['provider'], value: 'google', source: 'test' },
      { path: ['queue', 'name'], value: 'worker-test', source: 'test' },
      { path: ['queue', 'attempts'], value: 2, source: 'test' },
      { path: ['queue', 'lockMs'], value: 5000, source: 'test' },
    ],
    env: {},
  });
}, 30_000);

afterAll(async () => {
  for (const [name, value] of [['GOOGLE_API_KEY', saved.key], ['GOOGLE_CLOUD_TRANSLATE_ENDPOINT', saved.endpoint]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await redis?.quit();
  await google?.close();
  await redisServer?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('the work queue in one process', () => {
  const out = () => join(folder, 'out');

  it('builds the good article, fails the poison one alone after its attempts, and says why', async () => {
    const queued = await enqueueArticles(redis, config, [folder], out());
    expect(queued.queued.map((file) => file.replace(/^.*[\\/]/, '')).sort()).toEqual(['budget-deficit.txt', 'english.txt']);

    const events: WorkerEvent[] = [];
    const summary = await runWorker({ config, redis, redisUrl: redisServer.url, concurrency: 2, untilEmpty: true, onEvent: (event) => events.push(event) });
    expect(summary).toEqual({ built: 1, failed: 1 });
    expect(await readdir(join(out(), 'budget-deficit'))).toContain('budget-deficit.json');
    // The folder's index.html lists what the queue built and failed there.
    expect((await readdir(out())).sort()).toEqual(['budget-deficit', 'index.html']);
    const index = await readFile(join(out(), 'index.html'), 'utf8');
    expect(index).toContain('budget-deficit/budget-deficit.html');
    expect(index).toMatch(/english/);
    const failures = events.filter((event) => event.type === 'article-failed');
    expect(failures.map((event) => event.final)).toEqual([false, true]);

    const status = await readQueueStatus(redis, config);
    expect(status).toMatchObject({ queued: 0, active: 0, done: 1, failed: 1, etaMs: 0 });
    expect(status.failures).toHaveLength(1);
    expect(status.failures[0]).toMatchObject({ attempts: 2, reason: expect.stringMatching(/not French/) });
    expect(status.failures[0]!.file).toMatch(/english\.txt$/);
    expect(status.articlesPerMinute).toBeGreaterThan(0);
    const shown = formatQueueStatus(status);
    expect(shown).toMatch(/^Queue worker-test: 0 queued · 0 active · 1 done · 1 failed$/m);
    expect(shown).toMatch(/^failed: .*english\.txt \(after 2 attempts\): .*not French/m);
  }, 120_000);

  it('does not queue again what it holds, built or failed', async () => {
    const again = await enqueueArticles(redis, config, [folder], out());
    expect(again.queued).toEqual([]);
    expect(again.skipped.map((skipped) => skipped.state).sort()).toEqual(['completed', 'failed']);
  });

  it('retry-failed puts the failed article back, its attempts afresh', async () => {
    expect(await retryFailedArticles(redis, config)).toBe(1);
    const status = await readQueueStatus(redis, config);
    expect(status).toMatchObject({ queued: 1, failed: 0, done: 1 });
    const summary = await runWorker({ config, redis, redisUrl: redisServer.url, untilEmpty: true });
    expect(summary).toEqual({ built: 0, failed: 1 });
  }, 120_000);

  it('queues a file again once its content changed, and its translations already paid come from the shared cache', async () => {
    await appendFile(join(folder, 'budget-deficit.txt'), '\nLe ministre a confirmé ces chiffres mardi soir.\n');
    const changed = await enqueueArticles(redis, config, [join(folder, 'budget-deficit.txt')], out());
    expect(changed.queued).toHaveLength(1);
    const events: WorkerEvent[] = [];
    const summary = await runWorker({ config, redis, redisUrl: redisServer.url, untilEmpty: true, onEvent: (event) => events.push(event) });
    expect(summary).toEqual({ built: 1, failed: 0 });
    const done = events.find((event) => event.type === 'article-done');
    // The blocks the change left alone (the headline, the first paragraphs) were paid for by the first build.
    expect(done?.type === 'article-done' && done.result.cacheHits).toBeGreaterThan(0);
    expect(done?.type === 'article-done' && done.result.segmentsSent).toBeGreaterThan(0);
  }, 120_000);

  it('reads the human translations the queueing machine published: no worker sends them', async () => {
    const article = join(folder, 'memory', 'port-strike.txt');
    await mkdir(join(folder, 'memory'), { recursive: true });
    const human = 'Les dockers du port de Sète ont voté la grève illimitée jeudi matin.';
    const machine = 'La direction propose une réunion de conciliation lundi prochain.';
    await writeFile(article, `Grève au port de Sète\n\n${human} ${machine}\n\nLes navires attendent au large depuis deux jours.\n`);
    // The editor's machine: a person translated one sentence, in its SQLite memory.
    const editorMemory = join(folder, 'memory', 'editor.sqlite');
    const memory = openTranslationMemory(editorMemory);
    memory.add([{ source: human, target: 'The Sète dockers voted for an open-ended strike on Thursday morning.', state: 'final', origin: 'test', date: '2026-12-01T10:00:00.000Z' }]);
    memory.close();
    const editor = { ...config, memory: { path: editorMemory } };
    const queued = await enqueueArticles(redis, editor, [article], join(folder, 'memory-out'));
    expect(queued).toMatchObject({ queued: [article], memoryPublished: 1 });
    expect((await enqueueArticles(redis, editor, [article], join(folder, 'memory-out'))).memoryPublished).toBe(0); // already there

    // A worker on another machine: no memory file of its own.
    const worker = { ...config, memory: { path: join(folder, 'memory', 'absent', 'none.sqlite') } };
    const sentBefore = google.received.length;
    const summary = await runWorker({ config: worker, redis, redisUrl: redisServer.url, untilEmpty: true });
    expect(summary).toEqual({ built: 1, failed: 0 });
    const sent = google.received.slice(sentBefore).flatMap((request) => (Array.isArray(request.body.q) ? request.body.q : [request.body.q as unknown as string]));
    expect(sent.join('\n')).toContain('conciliation');
    expect(sent.join('\n')).not.toContain('dockers');
    const built = JSON.parse(await readFile(join(folder, 'memory-out', 'port-strike', 'port-strike.json'), 'utf8')) as {
      blocks: { sentences: { text: string; translation: string; origin: string }[] }[];
    };
    const sentences = built.blocks.flatMap((block) => block.sentences);
    expect(sentences.find((sentence) => sentence.text === human)).toMatchObject({ origin: 'human', translation: expect.stringContaining('Sète dockers') });
    expect(sentences.find((sentence) => sentence.text === machine)).toMatchObject({ origin: 'machine' });
  }, 120_000);
});

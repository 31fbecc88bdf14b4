/** The queue's index.html: written again by every finishing worker, whole however many finish at once. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis } from '../../src/queue/connect-redis.ts';
import { recordRunIndexEntry, writeQueueRunIndex, writeQueueRunIndexes } from '../../src/queue/queue-run-index.ts';
import type { RunIndexEntry } from '../../src/render/render-run-index.ts';
import { startRedisServer, type RedisServer } from '../support/redis-server.ts';

let server: RedisServer;
let folder: string;
beforeAll(async () => {
  server = await startRedisServer();
  folder = await mkdtemp(join(tmpdir(), 'bilingual-queue-index-'));
}, 20_000);
afterAll(async () => {
  await server?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

function builtEntry(slug: string): RunIndexEntry {
  return {
    file: `${slug}.txt`,
    slug,
    files: [`${slug}.html`],
    article: { headline: { fr: `Titre ${slug}`, en: `Headline ${slug}` }, paragraphs: 2, sentences: 5, inferred: 0, qaErrors: 0, qaWarnings: 0, warnings: 0 },
  };
}

describe("the queue's index.html", () => {
  it('lists every article when twelve workers finish at the same moment, each on its own connection', async () => {
    const out = join(folder, 'together');
    const workers: Redis[] = await Promise.all(Array.from({ length: 12 }, () => connectRedis(server.url)));
    // Each records its article and writes the page, all at once, as workers finishing together do.
    await Promise.all(
      workers.map(async (redis, index) => {
        await recordRunIndexEntry(redis, 'index-test', out, builtEntry(`article-${String(index).padStart(2, '0')}`));
        await writeQueueRunIndex(redis, 'index-test', out);
      }),
    );
    const page = await readFile(join(out, 'index.html'), 'utf8');
    for (let index = 0; index < 12; index++) expect(page).toContain(`article-${String(index).padStart(2, '0')}/article-${String(index).padStart(2, '0')}.html`);
    expect(page).toContain('12 articles built');
    await Promise.all(workers.map((redis) => redis.quit()));
  });

  it('a failed article is listed with its error; status --index writes every folder again from Redis', async () => {
    const redis = await connectRedis(server.url);
    const one = join(folder, 'one');
    const two = join(folder, 'two');
    await recordRunIndexEntry(redis, 'index-again', one, builtEntry('first'));
    await recordRunIndexEntry(redis, 'index-again', two, { file: 'poison.txt', slug: 'poison', files: [], error: 'NOT_FRENCH' });
    const written = await writeQueueRunIndexes(redis, 'index-again', { now: () => new Date('2026-12-02T10:00:00Z') });
    expect(written).toEqual([join(one, 'index.html'), join(two, 'index.html')]);
    expect(await readFile(join(one, 'index.html'), 'utf8')).toContain('first/first.html');
    expect(await readFile(join(two, 'index.html'), 'utf8')).toContain('NOT_FRENCH');
    expect(await writeQueueRunIndexes(redis, 'index-nothing')).toEqual([]);
    await redis.quit();
  });
});

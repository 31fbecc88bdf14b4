/**
 * The queue's `index.html`: in each output folder, every article the queue's workers built or
 * failed there, as `bilingual build` writes it for one run (`src/output/write-run-index.ts`).
 *
 * A worker records the index entry of each finished article in Redis (`<prefix>:run-index:<folder
 * hash>`, slug → entry) and then writes the folder's page again from every recorded entry.
 * Several workers finishing at once are safe: the page is written under a short Redis lock,
 * each writer reads the entries after taking it, and every worker writes after recording its
 * own entry; so the last page written holds every entry recorded before it, and the file itself
 * is replaced atomically (a reader never sees half of it). `bilingual status --index` writes
 * every folder's page again from Redis.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Config } from '../config/types.ts';
import { writeOutputsAtomically } from '../output/write-outputs.ts';
import { renderRunIndex, type RunIndexEntry } from '../render/render-run-index.ts';

/** How long the lock on writing one folder's page lasts, if its holder dies holding it. */
const LOCK_MS = 10_000;

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

function keys(prefix: string, outDir: string) {
  const folder = createHash('sha256').update(outDir).digest('hex').slice(0, 32);
  return { entries: `${prefix}:run-index:${folder}`, lock: `${prefix}:run-index-lock:${folder}`, folders: `${prefix}:run-index-folders` };
}

/** Does the configuration write the reader, and so the index? (`build` writes it with `html`.) */
export function writesRunIndex(config: Config): boolean {
  return config.output.formats.includes('html');
}

/** Records one finished article of `outDir` (a later build of the same slug replaces it). */
export async function recordRunIndexEntry(redis: Redis, prefix: string, outDir: string, entry: RunIndexEntry): Promise<void> {
  const { entries, folders } = keys(prefix, outDir);
  await redis.multi().hset(entries, entry.slug, JSON.stringify(entry)).sadd(folders, outDir).exec();
}

export interface WriteQueueRunIndexOptions {
  /** @default now */
  now?: () => Date;
  /** @default setTimeout */
  sleep?: (milliseconds: number) => Promise<void>;
}

/**
 * Writes `<outDir>/index.html` from every entry recorded for the folder.
 * @returns the path written (undefined: nothing recorded there)
 */
export async function writeQueueRunIndex(redis: Redis, prefix: string, outDir: string, options: WriteQueueRunIndexOptions = {}): Promise<string | undefined> {
  const { entries, lock } = keys(prefix, outDir);
  const sleep = options.sleep ?? ((milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds)));
  const token = randomUUID();
  while ((await redis.set(lock, token, 'PX', LOCK_MS, 'NX')) !== 'OK') await sleep(20 + Math.floor(Math.random() * 30));
  try {
    const recorded = Object.values(await redis.hgetall(entries)).map((value) => JSON.parse(value) as RunIndexEntry);
    if (recorded.length === 0) return undefined;
    recorded.sort((one, two) => one.slug.localeCompare(two.slug));
    const date = (options.now?.() ?? new Date()).toISOString();
    const [written] = await writeOutputsAtomically(outDir, [{ name: 'index.html', content: renderRunIndex(recorded, { date }) }]);
    return written;
  } finally {
    await redis.eval(RELEASE, 1, lock, token).catch(() => {});
  }
}

/** `bilingual status --index`: every output folder's page written again. */
export async function writeQueueRunIndexes(redis: Redis, prefix: string, options: WriteQueueRunIndexOptions = {}): Promise<string[]> {
  const written: string[] = [];
  for (const outDir of (await redis.smembers(keys(prefix, '').folders)).sort()) {
    const path = await writeQueueRunIndex(redis, prefix, outDir, options);
    if (path) written.push(path);
  }
  return written;
}

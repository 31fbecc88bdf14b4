/**
 * The translation memory every worker of a queue reads: the human translations of the
 * machine that queues (`memory.path`, filled by `bilingual import` and `bilingual memory
 * import`), published by `bilingual enqueue` into the queue's Redis, so that a sentence a
 * person translated is never sent by any worker, on any machine.
 *
 * Why a copy in Redis, and the SQLite file kept as the memory itself: the file holds people's
 * work, on the disk of the machine where they import it, backed up with it; a Redis run for a
 * queue may be emptied or lost without losing any of it, since the next `enqueue` publishes
 * it again. Every worker already holds a connection to that Redis (the queue, the quota and
 * the cache live there), so reading the memory costs one HMGET per article and no second
 * server, and no worker needs the file. PostgreSQL would make the memory itself shared
 * (editors on several machines writing to one store), which nothing here needs yet; a SQLite
 * file synced to every worker would be a copy too, with a file transfer to run beside Redis.
 *
 * One hash, `<prefix>:memory`: `memoryKey(source)` → the entry as JSON. Publishing keeps the
 * newer of two entries for the same French (by date), as the SQLite memory does.
 */
import type { Redis } from 'ioredis';
import { BilingualError } from '../errors.ts';
import { memoryKey, type MemoryReader, type StoredMemoryEntry } from '../memory/translation-memory.ts';
import { displayRedisUrl } from './connect-redis.ts';

/** KEYS[1] the memory hash; ARGV pairs of key and entry JSON: each stored unless the same, or a newer one, is there. */
const PUBLISH = `
local changed = 0
for index = 1, #ARGV, 2 do
  local existing = redis.call('HGET', KEYS[1], ARGV[index])
  local replace = not existing
  if existing and existing ~= ARGV[index + 1] then replace = cjson.decode(existing).date <= cjson.decode(ARGV[index + 1]).date end
  if replace then
    redis.call('HSET', KEYS[1], ARGV[index], ARGV[index + 1])
    changed = changed + 1
  end
end
return changed
`;

/** Entries sent per script call: a large memory goes in several short steps. */
const ENTRIES_PER_CALL = 500;

function memoryHash(prefix: string): string {
  return `${prefix}:memory`;
}

/**
 * Publishes human translations to the queue's shared memory.
 * @returns how many entries were added or replaced (0 when Redis already held them all)
 */
export async function publishTranslationMemory(redis: Redis, prefix: string, entries: readonly StoredMemoryEntry[]): Promise<number> {
  let changed = 0;
  for (let first = 0; first < entries.length; first += ENTRIES_PER_CALL) {
    const pairs = entries.slice(first, first + ENTRIES_PER_CALL).flatMap((entry) => [entry.sourceHash, JSON.stringify(entry)]);
    changed += (await redis.eval(PUBLISH, 1, memoryHash(prefix), ...pairs)) as number;
  }
  return changed;
}

/** The shared memory as a build reads it (`BuildOptions.memory`). */
export function createRedisMemoryReader(redis: Redis, options: { prefix: string; url: string }): MemoryReader {
  const path = `${displayRedisUrl(options.url)} (${memoryHash(options.prefix)})`;
  return {
    path,
    async lookup(sources) {
      const distinct = [...new Set(sources)];
      const found = new Map<string, StoredMemoryEntry>();
      if (distinct.length === 0) return found;
      let values: (string | null)[];
      try {
        values = await redis.hmget(memoryHash(options.prefix), ...distinct.map(memoryKey));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new BilingualError('MEMORY_ERROR', `The shared translation memory in Redis at ${path} cannot be read (${reason.replace(/\.$/, '')}).`, {
          cause: error,
          retryable: true,
          details: { path },
        });
      }
      distinct.forEach((source, index) => {
        const value = values[index];
        if (typeof value === 'string') found.set(source, JSON.parse(value) as StoredMemoryEntry);
      });
      return found;
    },
  };
}

/**
 * The translation cache shared by every worker of a queue, in the Redis the queue already
 * needs: a sentence translated by one worker, on any machine, is never paid by another.
 *
 * Why Redis and not PostgreSQL or a SQLite file per machine in front of a shared store: every
 * worker already holds a connection to it, so there is no second server to run or secure; a
 * call of the scheduler reads all its segments in one round trip (HMGET) and each answered
 * request is stored in one atomic MULTI, which is nothing beside a translation request. Redis
 * keeps it in memory (a sentence and its translation take a few hundred bytes: a million of
 * them, well under a gigabyte); run the server with `appendonly yes` so a restart keeps it.
 *
 * Two hashes under the queue's prefix: `<prefix>:translations` (key → translation) and
 * `<prefix>:translation-characters` (key → characters billed), keyed like the SQLite cache
 * (`translationCacheKey`), so the same contract suite runs over both.
 */
import type { Redis } from 'ioredis';
import { BilingualError } from '../errors.ts';
import type { CacheEntry, TranslationStore } from '../translate/cache.ts';
import { displayRedisUrl } from './connect-redis.ts';

export interface RedisTranslationCacheOptions {
  /** Every key starts with it (`queue.name`). */
  prefix: string;
  /** Shown as the cache's `path`. */
  url: string;
  /**
   * Close the connection with the cache: false when the caller shares it with the queue.
   * @default false
   */
  ownsConnection?: boolean;
}

export function createRedisTranslationCache(redis: Redis, options: RedisTranslationCacheOptions): TranslationStore {
  const translationsKey = `${options.prefix}:translations`;
  const charactersKey = `${options.prefix}:translation-characters`;
  const path = displayRedisUrl(options.url);
  let closed = false;
  return {
    path,
    async get(keys) {
      const distinct = [...new Set(keys)];
      const found = new Map<string, string>();
      if (distinct.length === 0) return found;
      let values: (string | null)[];
      try {
        values = await redis.hmget(translationsKey, ...distinct);
      } catch (error) {
        throw cacheError(path, error);
      }
      distinct.forEach((key, index) => {
        const value = values[index];
        if (typeof value === 'string') found.set(key, value);
      });
      return found;
    },
    async set(entries: readonly CacheEntry[]) {
      if (entries.length === 0) return;
      const translations: string[] = [];
      const characters: (string | number)[] = [];
      for (const entry of entries) {
        translations.push(entry.key, entry.translation);
        characters.push(entry.key, entry.characters);
      }
      try {
        const results = await redis.multi().hset(translationsKey, ...translations).hset(charactersKey, ...characters).exec();
        const failed = results?.find(([error]) => error);
        if (!results || failed) throw failed?.[0] ?? new Error('the transaction was discarded');
      } catch (error) {
        throw cacheError(path, error);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      if (options.ownsConnection) await redis.quit().catch(() => redis.disconnect());
    },
  };
}

function cacheError(path: string, error: unknown): BilingualError {
  const reason = error instanceof Error ? error.message : String(error);
  return new BilingualError('CACHE_ERROR', `The shared translation cache in Redis at ${path} cannot be used (${reason.replace(/\.$/, '')}).`, {
    cause: error,
    retryable: true,
    details: { path },
  });
}

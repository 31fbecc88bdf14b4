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
 *
 * In-flight claims (`claims`): a worker's job opens the cache with claims, so two workers
 * translating the same text at the same moment do not both pay for it. `get` answers only
 * once every key it does not return is claimed by the caller (`<prefix>:claim:<key>`, set with
 * the caller's holder id and `PX claims.ttlMs`, renewed every third of it while held): the
 * caller sends those, and `set` stores their answers and gives the claims up. A key another
 * holder claims is waited for (polled) until its answer is in the cache, or its claim lapses
 * (the holder died) and the caller takes it over. All of a call's keys are claimed at once or
 * none (one Lua script), and a caller that must wait first gives up every claim it holds, so
 * two workers never wait on each other. `close` gives up what is still held (a failed job).
 *
 * What can still be paid twice: the texts of requests a worker had sent and never got the
 * answer of (killed, or cut off from Redis for longer than `ttlMs` while it waited), since the
 * service bills them on arrival and their claims lapse; nothing else.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
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
  /** Claim the keys `get` does not find before they are sent (a worker's job); unset: no claims. */
  claims?: TranslationClaimOptions;
}

export interface TranslationClaimOptions {
  /** How long a claim lasts without being renewed (`queue.claimMs`). */
  ttlMs: number;
  /**
   * How often a caller waiting on another holder's keys looks again, in ms.
   * @default 100
   */
  pollMs?: number;
  /** @default host, pid and a random id: one per job */
  holder?: string;
  /** @default setTimeout */
  sleep?: (milliseconds: number) => Promise<void>;
}

/**
 * KEYS[1] translations hash. ARGV: claim key prefix, holder, ttl, then the cache keys.
 * Returns, per key, the translation found (a string) or a number: 0 claimed by the caller now,
 * 1 claimed by another holder. When any key is another's, nothing is claimed and every
 * claim of the caller among these keys is given up.
 */
const CLAIM = `
local claimPrefix, holder, ttl = ARGV[1], ARGV[2], tonumber(ARGV[3])
local answers, missing, blocked = {}, {}, false
for index = 4, #ARGV do
  local key = ARGV[index]
  local translation = redis.call('HGET', KEYS[1], key)
  if translation then
    answers[#answers + 1] = translation
  else
    local owner = redis.call('GET', claimPrefix .. key)
    if owner and owner ~= holder then
      answers[#answers + 1] = 1
      blocked = true
    else
      answers[#answers + 1] = 0
      missing[#missing + 1] = key
    end
  end
end
for _, key in ipairs(missing) do
  if blocked then
    if redis.call('GET', claimPrefix .. key) == holder then redis.call('DEL', claimPrefix .. key) end
  else
    redis.call('SET', claimPrefix .. key, holder, 'PX', ttl)
  end
end
return answers
`;

/** ARGV: claim key prefix, holder, then the keys: gives up those still the holder's. */
const RELEASE = `
local released = 0
for index = 3, #ARGV do
  if redis.call('GET', ARGV[1] .. ARGV[index]) == ARGV[2] then
    redis.call('DEL', ARGV[1] .. ARGV[index])
    released = released + 1
  end
end
return released
`;

/** ARGV: claim key prefix, holder, ttl, then the keys: renews those still the holder's. */
const RENEW = `
for index = 4, #ARGV do
  if redis.call('GET', ARGV[1] .. ARGV[index]) == ARGV[2] then redis.call('PEXPIRE', ARGV[1] .. ARGV[index], ARGV[3]) end
end
return 0
`;


export function createRedisTranslationCache(redis: Redis, options: RedisTranslationCacheOptions): TranslationStore {
  const translationsKey = `${options.prefix}:translations`;
  const charactersKey = `${options.prefix}:translation-characters`;
  const path = displayRedisUrl(options.url);
  const claims = options.claims ? openClaims(redis, `${options.prefix}:claim:`, options.claims, path) : undefined;
  let closed = false;
  return {
    path,
    async get(keys) {
      const distinct = [...new Set(keys)];
      if (distinct.length === 0) return new Map<string, string>();
      if (claims) return claims.getOrClaim(translationsKey, distinct);
      const found = new Map<string, string>();
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
      // Answered and stored: whoever waits for these keys finds them now.
      await claims?.release(entries.map((entry) => entry.key)).catch(() => {});
    },
    async close() {
      if (closed) return;
      closed = true;
      await claims?.close();
      if (options.ownsConnection) await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** The claims one holder (one job) takes on the keys it is about to send. */
function openClaims(redis: Redis, claimPrefix: string, options: TranslationClaimOptions, path: string) {
  const holder = options.holder ?? `${hostname()}:${process.pid}:${randomUUID()}`;
  const pollMs = options.pollMs ?? 100;
  const sleep = options.sleep ?? ((milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds)));
  const held = new Set<string>();
  // Renewed while held: a claim lapses only when its holder stops renewing it (it died).
  const renewal = setInterval(() => {
    if (held.size > 0) void redis.eval(RENEW, 0, claimPrefix, holder, options.ttlMs, ...held).catch(() => {});
  }, Math.max(50, Math.floor(options.ttlMs / 3)));
  renewal.unref();

  const release = async (keys: readonly string[]) => {
    const mine = keys.filter((key) => held.has(key));
    if (mine.length === 0) return;
    for (const key of mine) held.delete(key);
    await redis.eval(RELEASE, 0, claimPrefix, holder, ...mine);
  };

  return {
    /** The translations found; every other key is claimed by this holder when it returns. */
    async getOrClaim(translationsKey: string, keys: readonly string[]): Promise<Map<string, string>> {
      for (;;) {
        let answers: (string | number)[];
        try {
          answers = (await redis.eval(CLAIM, 1, translationsKey, claimPrefix, holder, options.ttlMs, ...keys)) as (string | number)[];
        } catch (error) {
          throw cacheError(path, error);
        }
        const found = new Map<string, string>();
        let blocked = false;
        keys.forEach((key, index) => {
          const answer = answers[index];
          if (typeof answer === 'string') found.set(key, answer);
          else if (answer === 1) blocked = true;
        });
        if (!blocked) {
          keys.forEach((key, index) => {
            if (answers[index] === 0) held.add(key);
          });
          return found;
        }
        // Another holder is sending some of these: hold nothing while waiting for it, so no
        // two holders ever wait on each other. The script gave up these keys; give up the rest.
        for (const key of keys) held.delete(key);
        await release([...held]).catch(() => {});
        await sleep(pollMs + Math.floor(Math.random() * pollMs));
      }
    },
    release,
    async close() {
      clearInterval(renewal);
      await release([...held]).catch(() => {});
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

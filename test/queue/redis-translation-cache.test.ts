/** The Redis cache the workers share: the translation store contract, on a real redis-server. */
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis } from '../../src/queue/connect-redis.ts';
import { createRedisTranslationCache } from '../../src/queue/redis-translation-cache.ts';
import { startRedisServer, type RedisServer } from '../support/redis-server.ts';
import { translationStoreContractSuite } from '../support/translation-store-contract.ts';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
}, 20_000);
afterAll(async () => {
  await redis?.stop();
});

let run = 0;
translationStoreContractSuite('Redis with in-flight claims', () => {
  const prefix = `contract-claims-${++run}`;
  const open = async () =>
    createRedisTranslationCache(await connectRedis(redis.url), { prefix, url: redis.url, ownsConnection: true, claims: { ttlMs: 1000 } });
  return { open, reopen: open };
});

translationStoreContractSuite('Redis', () => {
  const prefix = `contract-${++run}`;
  const open = async () => createRedisTranslationCache(await connectRedis(redis.url), { prefix, url: redis.url, ownsConnection: true });
  return { open, reopen: open };
});

describe('the Redis cache', () => {
  it('keeps queues apart: a prefix sees nothing of another', async () => {
    const connection = await connectRedis(redis.url);
    const one = createRedisTranslationCache(connection, { prefix: 'queue-one', url: redis.url });
    const two = createRedisTranslationCache(connection, { prefix: 'queue-two', url: redis.url });
    await one.set([{ key: 'k', translation: 'one', characters: 3 }]);
    expect((await two.get(['k'])).size).toBe(0);
    expect((await one.get(['k'])).get('k')).toBe('one');
    await connection.quit();
  });

  it('names its server without the password', async () => {
    const connection = await connectRedis(redis.url);
    const cache = createRedisTranslationCache(connection, { prefix: 'named', url: 'redis://worker:s3cret@127.0.0.1:1/0' });
    expect(cache.path).not.toContain('s3cret');
    await connection.quit();
  });

  it('a Redis that cannot be reached is one clear error, QUEUE_UNAVAILABLE', async () => {
    await expect(connectRedis('redis://127.0.0.1:1', { connectTimeoutMs: 1000 })).rejects.toMatchObject({
      code: 'QUEUE_UNAVAILABLE',
      message: expect.stringMatching(/^Cannot reach Redis at redis:\/\/127\.0\.0\.1:1.*REDIS_URL/),
    });
  });
});

describe('in-flight claims: two holders wanting the same text', () => {
  const claiming = (connection: Redis, prefix: string, ttlMs = 1000) =>
    createRedisTranslationCache(connection, { prefix, url: redis.url, claims: { ttlMs, pollMs: 20 } });

  it('the second waits for the first one’s answer instead of being told to send it', async () => {
    const connection = await connectRedis(redis.url);
    const first = claiming(connection, 'claims-wait');
    const second = claiming(connection, 'claims-wait');
    expect((await first.get(['shared', 'own'])).size).toBe(0); // both now the first one's to send
    let answered = false;
    const waiting = Promise.resolve(second.get(['shared', 'other'])).then((found) => {
      answered = true;
      return found;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(answered).toBe(false);
    await first.set([
      { key: 'shared', translation: 'shared in English', characters: 6 },
      { key: 'own', translation: 'own in English', characters: 3 },
    ]);
    const found = await waiting;
    expect([...found]).toEqual([['shared', 'shared in English']]); // 'other' is the second one's to send
    // The third holder finds 'other' claimed by the second: it waits until the second gives it up.
    const third = claiming(connection, 'claims-wait');
    const thirdWaiting = third.get(['other']);
    await second.close(); // a failed job: what it held is free again, not answered
    expect((await thirdWaiting).size).toBe(0);
    await third.close();
    await first.close();
    await connection.quit();
  });

  it('takes a text over once the claim of a holder that died lapses', async () => {
    const doomed = await connectRedis(redis.url);
    const connection = await connectRedis(redis.url);
    const dying = claiming(doomed, 'claims-lapse', 600);
    expect((await dying.get(['text'])).size).toBe(0);
    const started = Date.now();
    doomed.disconnect(); // as a SIGKILL would: no renewal, no release
    const survivor = claiming(connection, 'claims-lapse', 600);
    expect((await survivor.get(['text'])).size).toBe(0); // now the survivor's to send
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    // A living holder keeps its claim past the lapse time: it renews it.
    const patient = claiming(connection, 'claims-lapse', 600);
    const waiting = Promise.race([Promise.resolve(patient.get(['text'])).then(() => 'answered'), new Promise((resolve) => setTimeout(() => resolve('still waiting'), 1500))]);
    expect(await waiting).toBe('still waiting');
    await survivor.set([{ key: 'text', translation: 'in English', characters: 4 }]);
    await survivor.close();
    await patient.close();
    await connection.quit();
  });

  it('two holders each holding what the other wants never wait on each other', async () => {
    const connection = await connectRedis(redis.url);
    const one = claiming(connection, 'claims-crossed');
    const two = claiming(connection, 'claims-crossed');
    await one.get(['a']);
    await two.get(['b']);
    // Each now asks for both: one of them gives up what it holds and the other goes on.
    const [forOne, forTwo] = await Promise.race([
      Promise.all([
        Promise.resolve(one.get(['a', 'b'])).then(async (found) => {
          await one.set([...['a', 'b'].filter((key) => !found.has(key))].map((key) => ({ key, translation: `${key} by one`, characters: 1 })));
          return found;
        }),
        Promise.resolve(two.get(['a', 'b'])).then(async (found) => {
          await two.set([...['a', 'b'].filter((key) => !found.has(key))].map((key) => ({ key, translation: `${key} by two`, characters: 1 })));
          return found;
        }),
      ]),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the two holders waited on each other')), 5000)),
    ]);
    // Exactly one of them sent both texts; the other found both answered.
    expect([forOne.size, forTwo.size].sort()).toEqual([0, 2]);
    await one.close();
    await two.close();
    await connection.quit();
  });
});

/** The Redis cache the workers share: the translation store contract, on a real redis-server. */
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

/**
 * The shared quota limiter on a real redis-server: two limiters over two connections stand
 * for two worker processes drawing on one budget.
 */
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis } from '../../src/queue/connect-redis.ts';
import { createRedisRollingWindowLimiter, type RedisRollingWindowLimiterOptions } from '../../src/queue/redis-rolling-window-limiter.ts';
import type { SendPermit } from '../../src/translate/rolling-window-limiter.ts';
import { startRedisServer, type RedisServer } from '../support/redis-server.ts';

let server: RedisServer;
const connections: Redis[] = [];
beforeAll(async () => {
  server = await startRedisServer();
}, 20_000);
afterEach(async () => {
  for (const connection of connections.splice(0)) await connection.quit();
});
afterAll(async () => {
  await server?.stop();
});

let scopes = 0;
let lastScope = '';
/** Two limiters, each on its own connection, over one quota. */
async function twoWorkers(options: Partial<RedisRollingWindowLimiterOptions>) {
  const scope = `scope-${++scopes}`;
  lastScope = scope;
  const make = async () => {
    const connection = await connectRedis(server.url);
    connections.push(connection);
    return createRedisRollingWindowLimiter(connection, { prefix: 'limiter-test', scope, requestsPerWindow: 0, charactersPerWindow: 0, ...options });
  };
  return [await make(), await make()] as const;
}

describe('the Redis rolling-window limiter', () => {
  it('two workers never send more than the quota over any window', async () => {
    const windowMs = 600;
    const quota = 1000;
    const [first, second] = await twoWorkers({ charactersPerWindow: quota, windowMs });
    const sends: { at: number; characters: number }[] = [];
    const work = async (limiter: typeof first, count: number) => {
      for (let index = 0; index < count; index++) {
        const permit = await limiter.acquire(250);
        sends.push({ at: permit.sentAt, characters: 250 });
        permit.done();
      }
    };
    const started = Date.now();
    await Promise.all([work(first, 6), work(second, 6)]);
    const elapsed = Date.now() - started;
    // 12 × 250 = 3000 characters at 1000 per window: 4 per window, so 3 windows at least…
    for (const send of sends) {
      const inWindow = sends.filter((other) => other.at > send.at - windowMs && other.at <= send.at).reduce((sum, other) => sum + other.characters, 0);
      expect(inWindow).toBeLessThanOrEqual(quota);
    }
    expect(elapsed).toBeGreaterThanOrEqual(2 * windowMs - 50);
    // …and the fifth waited for the first to leave the window.
    const sorted = sends.map((send) => send.at).sort((a, b) => a - b);
    expect(sorted[4]! - sorted[0]!).toBeGreaterThanOrEqual(windowMs);
  });

  it('counts requests across workers too', async () => {
    const [first, second] = await twoWorkers({ requestsPerWindow: 2, windowMs: 400 });
    const a = await first.acquire(10);
    const b = await second.acquire(10);
    a.done();
    b.done();
    const before = Date.now();
    (await first.acquire(10)).done();
    expect(Date.now() - before).toBeGreaterThanOrEqual(300);
  });

  it('a flexible permit reserves what the shared window has left', async () => {
    const [first, second] = await twoWorkers({ charactersPerWindow: 1000, windowMs: 5000 });
    const held = await first.acquire(400);
    const flexible = await second.acquireFlexible(100);
    expect(flexible.budget).toBe(600);
    flexible.resize(150);
    flexible.done();
    held.done();
  });

  it('a quota refusal seen by one worker pauses the other', async () => {
    const [first, second] = await twoWorkers({ charactersPerWindow: 100_000, windowMs: 1000 });
    await first.pause!(400);
    const before = Date.now();
    (await second.acquire(10)).done();
    expect(Date.now() - before).toBeGreaterThanOrEqual(350);
  });

  it('counts tokens across workers: a flexible permit reserves the tokens the shared window has left', async () => {
    const [first, second] = await twoWorkers({ tokensPerWindow: 1000, windowMs: 5000 });
    const held = await first.acquire(10, undefined, 700);
    const flexible = await second.acquireFlexible(10, undefined, 100);
    expect(flexible.tokenBudget).toBe(300);
    expect(flexible.budget).toBe(Infinity);
    flexible.resize(10, 120);
    flexible.done();
    held.done();
    expect(first.quotas()).toEqual({ requestsPerWindow: 0, charactersPerWindow: 0, tokensPerWindow: 1000 });
  });

  it("what the service says of its quota (nothing left until a reset) holds back every worker", async () => {
    const [first, second] = await twoWorkers({ charactersPerWindow: 100_000, windowMs: 1000 });
    first.observe({ requestsRemaining: 0, requestsResetMs: 400 });
    // observe answers at once; wait until the pause is in Redis.
    while (!(await connections[0]!.exists(`limiter-test:quota:${lastScope}:pause-until`))) await new Promise((resolve) => setTimeout(resolve, 5));
    const before = Date.now();
    (await second.acquire(10)).done();
    expect(Date.now() - before).toBeGreaterThanOrEqual(250);
  });

  it('a send whose worker died (never done) frees its room after the lease', async () => {
    const [dead, alive] = await twoWorkers({ charactersPerWindow: 1000, windowMs: 200, leaseMs: 500 });
    const forgotten: SendPermit = await dead.acquire(1000);
    expect(forgotten.sentAt).toBeGreaterThan(0);
    const before = Date.now();
    (await alive.acquire(500)).done();
    // Counted in flight for the lease, then for a window after it.
    expect(Date.now() - before).toBeGreaterThanOrEqual(600);
  });

  it('stops waiting when the signal aborts', async () => {
    const [first, second] = await twoWorkers({ charactersPerWindow: 100, windowMs: 10_000 });
    (await first.acquire(100)).done();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(second.acquire(50, controller.signal)).rejects.toMatchObject({ code: 'INTERRUPTED' });
  });
});

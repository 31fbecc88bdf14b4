/**
 * One connection to the Redis the work queue lives in (`queue.redisUrl`, or REDIS_URL). A
 * Redis that cannot be reached fails at once with `QUEUE_UNAVAILABLE`, one sentence naming
 * the address (its password hidden); once connected, a dropped connection is retried for ever,
 * as BullMQ's workers need.
 */
import { Redis } from 'ioredis';
import { BilingualError } from '../errors.ts';

export interface ConnectRedisOptions {
  /**
   * Milliseconds to wait for the first connection.
   * @default 5000
   */
  connectTimeoutMs?: number;
}

export async function connectRedis(url: string, options: ConnectRedisOptions = {}): Promise<Redis> {
  let connected = false;
  let redis: Redis;
  try {
    redis = new Redis(url, {
      lazyConnect: true,
      connectTimeout: options.connectTimeoutMs ?? 5000,
      // BullMQ's blocking calls must wait for a reconnection rather than fail.
      maxRetriesPerRequest: null,
      retryStrategy: (times) => (connected ? Math.min(times * 200, 2000) : null),
    });
  } catch (error) {
    throw unavailable(url, error);
  }
  // Errors while reconnecting are retried; without a listener Node would print each one.
  redis.on('error', () => {});
  try {
    await redis.connect();
    connected = true;
    return redis;
  } catch (error) {
    redis.disconnect();
    throw unavailable(url, error);
  }
}

/** The address with its password replaced by `***`, for messages. */
export function displayRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an address that is not a URL)';
  }
}

function unavailable(url: string, error: unknown): BilingualError {
  const reason = error instanceof Error ? error.message : String(error);
  return new BilingualError(
    'QUEUE_UNAVAILABLE',
    `Cannot reach Redis at ${displayRedisUrl(url)} (${reason.replace(/\.$/, '')}); start a redis-server and set REDIS_URL (or queue.redisUrl) to its address.`,
    { cause: error, retryable: true, details: { url: displayRedisUrl(url) } },
  );
}

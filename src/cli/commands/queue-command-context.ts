/**
 * What the queue commands (`enqueue`, `worker`, `status`, `retry-failed`) receive from
 * `main.ts`, as a structural subset of its command context, and the Redis connection each
 * opens for its run.
 */
import type { Redis } from 'ioredis';
import type { Config } from '../../config/types.ts';
import { connectRedis } from '../../queue/connect-redis.ts';
import type { TextOutput } from '../progress-reporter.ts';

export interface QueueCommandContext {
  stdout: TextOutput;
  stderr: TextOutput;
  dependencies: {
    /** @default process */
    signals?: {
      on(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
      off(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
      exit(code: number): void;
    };
  };
  setExitCode(code: number): void;
}

export interface QueueGlobalOptions {
  json?: boolean;
  quiet?: boolean;
}

/** Runs `use` with a connection to the queue's Redis, closed after. */
export async function withQueueRedis<T>(config: Config, use: (redis: Redis, url: string) => Promise<T>): Promise<T> {
  const url = config.queue.redisUrl;
  const redis = await connectRedis(url);
  try {
    return await use(redis, url);
  } finally {
    await redis.quit().catch(() => redis.disconnect());
  }
}

/**
 * How long to wait before the next attempt: exponential backoff with full jitter, never less
 * than what the service asked for in Retry-After. A small pure function, as in got.
 */
import type { RetryConfig } from '../config/types.ts';

export interface RetryDelayInput {
  /** Attempts made so far: 1 after the first failure. */
  attempt: number;
  /** The failure being retried; its `retryAfterSeconds`, when present, is honoured. */
  error?: unknown;
  retry: Pick<RetryConfig, 'initialDelayMs' | 'maxDelayMs' | 'backoffFactor'>;
  /**
   * Uniform number in [0, 1).
   * @default Math.random
   */
  random?: () => number;
}

/**
 * The delay in milliseconds before attempt `attempt + 1`.
 *
 * The ceiling grows as `initialDelayMs * backoffFactor ** (attempt - 1)` up to `maxDelayMs`;
 * the delay is drawn uniformly between 0 and that ceiling ("full jitter", so clients that
 * failed together do not retry together). A Retry-After from the service is a floor.
 *
 * @example calculateRetryDelay({ attempt: 1, retry: { initialDelayMs: 500, maxDelayMs: 30000, backoffFactor: 2 } }) // 0..500
 */
export function calculateRetryDelay(input: RetryDelayInput): number {
  const { attempt, retry } = input;
  const random = input.random ?? Math.random;
  const ceiling = Math.min(retry.maxDelayMs, retry.initialDelayMs * retry.backoffFactor ** Math.max(0, attempt - 1));
  const jittered = Math.floor(random() * Math.max(0, ceiling));
  const retryAfterMs = retryAfterMilliseconds(input.error);
  return retryAfterMs === undefined ? jittered : Math.max(retryAfterMs, jittered);
}

function retryAfterMilliseconds(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const seconds = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return undefined;
  return Math.ceil(seconds * 1000);
}

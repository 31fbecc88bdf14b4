import { describe, expect, it } from 'vitest';
import { calculateRetryDelay } from '../../src/translate/calculate-retry-delay.ts';
import { isRetryableError } from '../../src/translate/is-retryable-error.ts';
import { ApiCallError, BilingualError } from '../../src/errors.ts';

const retry = { initialDelayMs: 500, maxDelayMs: 8_000, backoffFactor: 2 };

describe('calculateRetryDelay', () => {
  it('draws full jitter between 0 and an exponentially growing ceiling', () => {
    const ceilings = [500, 1_000, 2_000, 4_000, 8_000, 8_000];
    for (const [index, ceiling] of ceilings.entries()) {
      const attempt = index + 1;
      expect(calculateRetryDelay({ attempt, retry, random: () => 0 })).toBe(0);
      expect(calculateRetryDelay({ attempt, retry, random: () => 0.5 })).toBe(ceiling / 2);
      const highest = calculateRetryDelay({ attempt, retry, random: () => 0.999999 });
      expect(highest).toBeLessThan(ceiling);
      expect(highest).toBeGreaterThanOrEqual(ceiling - 1);
    }
  });

  it('stays within bounds for random draws', () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      for (let draw = 0; draw < 50; draw++) {
        const delay = calculateRetryDelay({ attempt, retry });
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(Math.min(8_000, 500 * 2 ** (attempt - 1)));
      }
    }
  });

  it('never waits less than the Retry-After the service sent', () => {
    const error = new ApiCallError('slow down', { statusCode: 429, retryAfterSeconds: 12 });
    expect(calculateRetryDelay({ attempt: 1, retry, error, random: () => 0 })).toBe(12_000);
    const short = new ApiCallError('slow down', { statusCode: 429, retryAfterSeconds: 0.2 });
    expect(calculateRetryDelay({ attempt: 4, retry, error: short, random: () => 0.5 })).toBe(2_000);
  });
});

describe('isRetryableError', () => {
  it.each([
    [429, undefined, true],
    [403, 'userRateLimitExceeded', true],
    [403, 'rateLimitExceeded', true],
    [403, 'dailyLimitExceeded', false],
    [403, undefined, false],
    [500, undefined, true],
    [503, 'backendError', true],
    [400, 'invalid', false],
    [404, undefined, false],
  ])('status %i reason %s: %s', (statusCode, reason, expected) => {
    expect(isRetryableError(new ApiCallError('failed', { statusCode, reason }))).toBe(expected);
  });

  it('retries timeouts and connection resets, even unwrapped', () => {
    expect(isRetryableError(new BilingualError('PROVIDER_TIMEOUT', 'late', { retryable: true }))).toBe(true);
    expect(isRetryableError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isRetryableError(new Error('wrapped', { cause: Object.assign(new Error('x'), { code: 'EPIPE' }) }))).toBe(true);
    expect(isRetryableError(new TypeError('bug'))).toBe(false);
  });
});

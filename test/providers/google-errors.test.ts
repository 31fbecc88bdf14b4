/**
 * The pure parts of the Google error mapping: Retry-After parsing, and which abort reasons
 * mean a timeout (retry) and which mean the user stopped the run (do not).
 */
import { describe, expect, it } from 'vitest';
import { BilingualError } from '../../src/errors.ts';
import { abortErrorOf, parseRetryAfter, raceWithAbort } from '../../src/providers/google-errors.ts';

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores what is neither', () => {
    const now = Date.parse('2026-01-05T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter(['3'], now)).toBe(3);
    expect(parseRetryAfter('Mon, 05 Jan 2026 10:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Mon, 05 Jan 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('abortErrorOf', () => {
  function abortedWith(reason?: unknown): AbortSignal {
    const controller = new AbortController();
    controller.abort(reason);
    return controller.signal;
  }

  it('treats a plain abort and a TimeoutError as a retryable timeout', () => {
    for (const signal of [abortedWith(), abortedWith(new DOMException('timed out', 'TimeoutError'))]) {
      const error = abortErrorOf(signal, 'Google');
      expect(error.code).toBe('PROVIDER_TIMEOUT');
      expect(error.retryable).toBe(true);
    }
  });

  it('treats an interrupt reason as INTERRUPTED, not retryable', () => {
    for (const reason of ['SIGINT', new Error('Interrupted by the user'), new BilingualError('INTERRUPTED', 'Stopped.')]) {
      const error = abortErrorOf(abortedWith(reason), 'Google');
      expect(error.code).toBe('INTERRUPTED');
      expect(error.retryable).toBe(false);
    }
  });
});

describe('raceWithAbort', () => {
  it('does not start the call when the signal is already aborted', async () => {
    let started = false;
    const controller = new AbortController();
    controller.abort();
    await expect(
      raceWithAbort(
        () => {
          started = true;
          return Promise.resolve(1);
        },
        controller.signal,
        'Google',
      ),
    ).rejects.toMatchObject({ code: 'PROVIDER_TIMEOUT' });
    expect(started).toBe(false);
  });

  it('cancels a cancellable call when the signal aborts', async () => {
    let cancelled = false;
    const controller = new AbortController();
    const call = Object.assign(new Promise<number>(() => undefined), { cancel: () => (cancelled = true) });
    const pending = raceWithAbort(() => call, controller.signal, 'Google');
    controller.abort('SIGTERM');
    await expect(pending).rejects.toMatchObject({ code: 'INTERRUPTED' });
    expect(cancelled).toBe(true);
  });
});

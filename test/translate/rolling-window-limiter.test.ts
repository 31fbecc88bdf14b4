import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRollingWindowLimiter } from '../../src/translate/rolling-window-limiter.ts';
import { BilingualError } from '../../src/errors.ts';
import { instantClock } from '../support/fake-provider.ts';

const WINDOW = 60_000;

/** Largest characters and requests sent within any window of `WINDOW` ms (ending at a send). */
function busiestWindow(sends: { at: number; characters: number }[]) {
  let characters = 0;
  let requests = 0;
  for (const end of sends) {
    const inside = sends.filter((send) => send.at > end.at - WINDOW && send.at <= end.at);
    characters = Math.max(characters, inside.reduce((sum, send) => sum + send.characters, 0));
    requests = Math.max(requests, inside.length);
  }
  return { characters, requests };
}

describe('rolling-window limiter', () => {
  it('spends a whole quota at once when idle, then waits a full window', async () => {
    const clock = instantClock();
    const limiter = createRollingWindowLimiter({ requestsPerWindow: 0, charactersPerWindow: 10_000, windowMs: WINDOW, ...clock });
    const start = clock.time;
    for (let index = 0; index < 10; index++) (await limiter.acquire(1_000)).done();
    expect(clock.time).toBe(start); // ten requests, no wait
    expect(limiter.usage()).toEqual({ requests: 10, characters: 10_000 });
    (await limiter.acquire(1_000)).done();
    expect(clock.time).toBe(start + WINDOW);
  });

  it('never lets more than the quota into any rolling window (random sizes and latencies)', async () => {
    const clock = instantClock();
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const limiter = createRollingWindowLimiter({ requestsPerWindow: 12, charactersPerWindow: 20_000, windowMs: WINDOW, ...clock });
    const sends: { at: number; characters: number }[] = [];
    const pending: { finishAt: number; done: () => void }[] = [];
    for (let index = 0; index < 300; index++) {
      const characters = 100 + Math.floor(random() * 4_900);
      // Requests finish some time after being sent; finish those due before asking again.
      for (const request of pending.filter((p) => p.finishAt <= clock.time)) request.done();
      pending.splice(0, pending.length, ...pending.filter((p) => p.finishAt > clock.time));
      if (pending.length > 3) {
        const next = pending.shift()!;
        clock.time = Math.max(clock.time, next.finishAt);
        next.done();
      }
      const permit = await limiter.acquire(characters);
      sends.push({ at: permit.sentAt, characters });
      pending.push({ finishAt: clock.time + Math.floor(random() * 3_000), done: permit.done });
      clock.time += Math.floor(random() * 2_000);
    }
    const busiest = busiestWindow(sends);
    expect(busiest.characters).toBeLessThanOrEqual(20_000);
    expect(busiest.requests).toBeLessThanOrEqual(12);
    // And it is not idle: over 300 requests, the busiest window is close to full.
    expect(busiest.characters).toBeGreaterThan(15_000);
  });

  it('counts a window from when a request finished, so a slow request holds its quota longer', async () => {
    const clock = instantClock();
    const limiter = createRollingWindowLimiter({ requestsPerWindow: 1, charactersPerWindow: 0, windowMs: WINDOW, ...clock });
    const start = clock.time;
    const first = await limiter.acquire(10);
    clock.time += 5_000;
    first.done();
    await limiter.acquire(10);
    expect(clock.time).toBe(start + 5_000 + WINDOW);
  });

  it('waits for an in-flight request to finish before its quota can expire', async () => {
    const clock = instantClock();
    const limiter = createRollingWindowLimiter({ requestsPerWindow: 1, charactersPerWindow: 0, windowMs: 1_000, ...clock });
    const first = await limiter.acquire(10);
    let second = false;
    const waiting = limiter.acquire(10).then((permit) => {
      second = true;
      return permit;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(second).toBe(false);
    first.done();
    const permit = await waiting;
    expect(permit.sentAt).toBeGreaterThanOrEqual(first.sentAt + 1_000);
  });

  it('sends a request larger than the quota alone, on an empty window', async () => {
    const clock = instantClock();
    const limiter = createRollingWindowLimiter({ requestsPerWindow: 0, charactersPerWindow: 1_000, windowMs: WINDOW, ...clock });
    (await limiter.acquire(10)).done();
    const start = clock.time;
    (await limiter.acquire(5_000)).done();
    expect(clock.time).toBe(start + WINDOW);
  });

  it('stops waiting when aborted', async () => {
    const limiter = createRollingWindowLimiter({ requestsPerWindow: 1, charactersPerWindow: 0, windowMs: 60_000 });
    await limiter.acquire(1);
    const controller = new AbortController();
    const waiting = limiter.acquire(1, controller.signal);
    setTimeout(() => controller.abort(), 5);
    await expect(waiting).rejects.toSatisfy((error) => error instanceof BilingualError && error.code === 'INTERRUPTED');
  });

  it('reserves the rest of the window for a flexible request, and frees what it did not use', async () => {
    const clock = instantClock();
    const limiter = createRollingWindowLimiter({ requestsPerWindow: 0, charactersPerWindow: 10_000, windowMs: WINDOW, ...clock });
    (await limiter.acquire(3_000)).done();
    const flexible = await limiter.acquireFlexible(500);
    expect(flexible.budget).toBe(7_000);
    expect(limiter.usage().characters).toBe(10_000);
    flexible.resize(4_000);
    flexible.done();
    expect(limiter.usage().characters).toBe(7_000);
    expect(() => flexible.resize(8_000)).toThrow(RangeError);
    const start = clock.time;
    (await limiter.acquire(3_000)).done();
    expect(clock.time).toBe(start);
  });
  it('never waits forever when the send it waits for leaves the window between two readings of the clock', async () => {
    // A clock that moves on at every reading, and timers that fire early, as Node's may (they
    // count whole milliseconds of the event loop's cached time): every wait ends just before the
    // send it waited for leaves, so it leaves between the reading that found no room and the
    // next one.
    let time = 0;
    const now = () => (time += 0.3);
    const sleep = async (milliseconds: number) => {
      time += Math.max(0, milliseconds - 1.3);
    };
    const limiter = createRollingWindowLimiter({ requestsPerWindow: 1, charactersPerWindow: 0, windowMs: 100, now, sleep });
    const stalled = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the limiter waited for a send that had already left its window')), 2_000).unref());
    for (let request = 0; request < 200; request++) (await Promise.race([limiter.acquire(1), stalled])).done();
    // One request a window: 200 of them took at least 199 windows.
    expect(time).toBeGreaterThanOrEqual(199 * 100);
  });
});

describe('rolling-window limiter: its default clock', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('measures windows on a monotonic clock: the wall clock stepped forward frees nothing, stepped back delays nothing', async () => {
    // The system clock, as Date.now reads it, moved by `step` ms.
    const real = Date.now;
    let step = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => real() + step);
    const limiter = createRollingWindowLimiter({ requestsPerWindow: 1, charactersPerWindow: 0, windowMs: 100 });
    const first = await limiter.acquire(10);
    first.done();
    // An hour ahead (a resumed virtual machine): the send is still in the window.
    step = 3_600_000;
    expect(limiter.usage()).toEqual({ requests: 1, characters: 10 });
    // An hour behind (NTP stepping it back): the next send waits its 100 ms, not an hour.
    step = -3_600_000;
    const second = await limiter.acquire(10);
    second.done();
    expect(second.sentAt - first.sentAt).toBeGreaterThanOrEqual(100);
    expect(second.sentAt - first.sentAt).toBeLessThan(3_600_000);
  });
});

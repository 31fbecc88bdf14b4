/**
 * Keeps requests and characters within per-window quotas the way Google counts them: over
 * ANY rolling window, not in fixed buckets. A sliding log of sends: a request may go when the
 * requests and characters still inside the window, plus its own, fit the quota. When idle, a
 * whole window's quota may be spent at once; never more in any window.
 *
 * A request is counted the moment it is sent (a retry is a new send, counted again). It leaves
 * the window `windowMs` after it FINISHED, not after it was sent: the service counts it when it
 * arrives, which is somewhere between the two, so measuring from the end is the only choice
 * that can never overlap the service's own window. The cost is one request latency per window.
 */
import { BilingualError, interruptedError } from '../errors.ts';

export type Sleep = (milliseconds: number, signal?: AbortSignal) => Promise<void>;

export interface RollingWindowLimiterOptions {
  /** Requests per window; 0 means no limit. */
  requestsPerWindow: number;
  /** Characters per window (markup included); 0 means no limit. */
  charactersPerWindow: number;
  /**
   * Length of the rolling window.
   * @default 60000
   */
  windowMs?: number;
  /** @default Date.now */
  now?: () => number;
  /** @default a setTimeout that stops early when the signal aborts */
  sleep?: Sleep;
}

export interface SendPermit {
  /** When the request was counted. */
  readonly sentAt: number;
  /** Marks the request finished (answered, failed or aborted); safe to call twice. */
  done(): void;
}

export interface RollingWindowLimiter {
  /**
   * Waits until a request of `characters` fits both quotas, then counts it and returns.
   * Callers are served in the order they asked. A request larger than the whole character
   * quota goes alone, when the window is empty.
   */
  acquire(characters: number, signal?: AbortSignal): Promise<SendPermit>;
  /**
   * Waits until at least `minimum` characters fit, then reserves ALL the characters the
   * window can take right now (`budget`), so the caller can fill a request to the brim; it
   * must then `resize` the permit to what it really sends (between `minimum` and `budget`).
   */
  acquireFlexible(minimum: number, signal?: AbortSignal): Promise<FlexiblePermit>;
  /** Requests and characters counted in the window right now. */
  usage(): { requests: number; characters: number };
  /**
   * The service refused a request for quota (429, 403 rate limit): nobody sharing this
   * limiter sends before `milliseconds` from now. Optional: a limiter shared by several
   * processes (`src/queue/redis-rolling-window-limiter.ts`) holds the pause for all of them;
   * the local one needs none, its only caller already waits before retrying.
   */
  pause?(milliseconds: number): Promise<void>;
}

export interface FlexiblePermit extends SendPermit {
  /** Characters reserved: the most the request may carry. Infinity without a character quota. */
  readonly budget: number;
  /** Sets the characters really sent (at most `budget`) and frees the rest. */
  resize(characters: number): void;
}

interface Send {
  sentAt: number;
  characters: number;
  /** Undefined while the request is in flight. */
  finishedAt?: number;
}

export const defaultSleep: Sleep = (milliseconds, signal) =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(finish, Math.max(0, milliseconds));
    signal?.addEventListener('abort', finish, { once: true });
    function finish() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', finish);
      resolve();
    }
  });

export function abortError(signal: AbortSignal): BilingualError {
  return interruptedError(signal.reason);
}

/** The sliding log of sends, and who to wake when one of them finishes. */
interface WindowLog {
  sends: Send[];
  /** Wakes a waiter when an in-flight request finishes, since that starts its expiry. */
  wake?: () => void;
}

export function createRollingWindowLimiter(options: RollingWindowLimiterOptions): RollingWindowLimiter {
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const requestQuota = options.requestsPerWindow > 0 ? options.requestsPerWindow : Infinity;
  const characterQuota = options.charactersPerWindow > 0 ? options.charactersPerWindow : Infinity;
  const log: WindowLog = { sends: [] };
  let queue: Promise<unknown> = Promise.resolve();

  function usage() {
    const time = now();
    log.sends = log.sends.filter((send) => send.finishedAt === undefined || send.finishedAt + windowMs > time);
    let characters = 0;
    for (const send of log.sends) characters += send.characters;
    return { requests: log.sends.length, characters };
  }

  function fits(requests: number, characters: number, wanted: number) {
    if (requests === 0) return true;
    return requests + 1 <= requestQuota && characters + wanted <= characterQuota;
  }

  /** Milliseconds until enough finished sends expire, or undefined when in-flight ones must finish first. */
  function waitTime(time: number, wanted: number): number | undefined {
    let { requests, characters } = usage();
    const finished = log.sends
      .filter((send) => send.finishedAt !== undefined)
      .sort((a, b) => a.finishedAt! - b.finishedAt!);
    for (const send of finished) {
      requests -= 1;
      characters -= send.characters;
      if (fits(requests, characters, wanted)) return send.finishedAt! + windowMs - time;
    }
    return undefined;
  }

  async function take(characters: number, signal: AbortSignal | undefined, flexible: boolean): Promise<FlexiblePermit> {
    for (;;) {
      if (signal?.aborted) throw abortError(signal);
      const time = now();
      const current = usage();
      if (fits(current.requests, current.characters, characters)) {
        const budget = flexible ? Math.max(characters, characterQuota - current.characters) : characters;
        return openPermit(log, time, characters, budget, now);
      }
      await waitForRoom(log, waitTime(time, characters), signal, sleep);
    }
  }

  /** Callers are served in the order they asked. */
  const inTurn = (run: () => Promise<FlexiblePermit>) => {
    const turn = queue.then(run);
    queue = turn.catch(() => {});
    return turn;
  };
  return {
    acquire: (characters, signal) => inTurn(() => take(characters, signal, false)),
    acquireFlexible: (minimum, signal) => inTurn(() => take(minimum, signal, true)),
    usage,
  };
}

/** Counts a send in the log and hands its permit. */
function openPermit(log: WindowLog, time: number, characters: number, budget: number, now: () => number): FlexiblePermit {
  const send: Send = { sentAt: time, characters: Number.isFinite(budget) ? budget : characters };
  log.sends.push(send);
  return {
    sentAt: time,
    budget,
    resize(sent) {
      if (sent > budget) throw new RangeError(`Cannot send ${sent} characters on a permit for ${budget}.`);
      send.characters = sent;
      log.wake?.();
    },
    done() {
      if (send.finishedAt !== undefined) return;
      send.finishedAt = Math.max(send.sentAt, now());
      log.wake?.();
    },
  };
}

/** Waits until sends expire (`wait`), a send finishes or resizes, or the signal aborts. */
async function waitForRoom(log: WindowLog, wait: number | undefined, signal: AbortSignal | undefined, sleep: Sleep): Promise<void> {
  const stop = new AbortController();
  const woken = new Promise<void>((resolve) => {
    log.wake = resolve;
  });
  const onAbort = () => stop.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const racers: Promise<unknown>[] = [woken];
    if (wait !== undefined) racers.push(sleep(Math.max(1, wait), stop.signal).catch(() => {}));
    if (signal) racers.push(new Promise((resolve) => stop.signal.addEventListener('abort', resolve, { once: true })));
    await Promise.race(racers);
  } finally {
    log.wake = undefined;
    stop.abort();
    signal?.removeEventListener('abort', onAbort);
  }
}

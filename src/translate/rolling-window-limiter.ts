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
import type { RateLimitReport } from '../providers/types.ts';

export type Sleep = (milliseconds: number, signal?: AbortSignal) => Promise<void>;

export interface RollingWindowLimiterOptions {
  /** Requests per window; 0 means no limit. */
  requestsPerWindow: number;
  /** Characters per window (markup included); 0 means no limit. */
  charactersPerWindow: number;
  /** Tokens per window (a chat model's prompt and expected answer); 0 or unset means no limit. */
  tokensPerWindow?: number;
  /**
   * Length of the rolling window.
   * @default 60000
   */
  windowMs?: number;
  /** @default monotonicNow: the wall clock may be stepped, a window's length must not */
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

/**
 * What the translator needs of a rate limiter: it receives one (`TranslatorOptions.limiter`),
 * so a limiter shared between processes (Redis) can stand in for this in-process one.
 */
export interface RateLimiter {
  /**
   * Waits until a request of `characters` (and `tokens`) fits every quota, then counts it and
   * returns. Callers are served in the order they asked. A request larger than a whole quota
   * goes alone, when the window is empty.
   */
  acquire(characters: number, signal?: AbortSignal, tokens?: number): Promise<SendPermit>;
  /**
   * Waits until at least `minimum` characters (and `minimumTokens`) fit, then reserves ALL the
   * characters the window can take right now (`budget`), so the caller can fill a request to
   * the brim; it must then `resize` the permit to what it really sends.
   */
  acquireFlexible(minimum: number, signal?: AbortSignal, minimumTokens?: number): Promise<FlexiblePermit>;
  /** Requests and characters counted in the window right now; tokens too when a token quota applies. */
  usage(): { requests: number; characters: number; tokens?: number };
  /**
   * What the service said of its quotas: limits it announces are adopted (never above a
   * configured one), and when it says nothing is left, or asks to wait (429 Retry-After),
   * no request is sent until then.
   */
  observe(report: RateLimitReport & { retryAfterMs?: number }): void;
  /** The quotas applied now, after what was learnt: 0 for none. */
  quotas(): { requestsPerWindow: number; charactersPerWindow: number; tokensPerWindow: number };
  /**
   * The service refused a request for quota (429, 403 rate limit): nobody sharing this
   * limiter sends before `milliseconds` from now. Optional: a limiter shared by several
   * processes (`src/queue/redis-rolling-window-limiter.ts`) holds the pause for all of them;
   * the local one learns the same from `observe`.
   */
  pause?(milliseconds: number): Promise<void>;
}

/** The in-process limiter, a sliding log of sends. */
export type RollingWindowLimiter = RateLimiter;

export interface FlexiblePermit extends SendPermit {
  /** Characters reserved: the most the request may carry. Infinity without a character quota. */
  readonly budget: number;
  /** Tokens the window can still take with this request: the most it may count. Infinity without a token quota. */
  readonly tokenBudget: number;
  /** Sets the characters (and tokens) really sent (at most the budgets) and frees the rest. */
  resize(characters: number, tokens?: number): void;
}

interface Send {
  sentAt: number;
  characters: number;
  tokens: number;
  /** Undefined while the request is in flight. */
  finishedAt?: number;
}

/**
 * Milliseconds on a clock that only goes forward (the process's start on the wall clock, plus the
 * monotonic time since), for measuring windows: `Date.now` follows the system clock, which NTP or
 * a resumed virtual machine may step. Stepped back by a minute in the middle of a run, a window
 * measured on it would end a minute late, and nothing would end that wait: a request's timeout
 * stops while it waits for the quota. Stepped forward, the window would end early and the
 * service refuse the requests sent too soon.
 */
export const monotonicNow = (): number => performance.timeOrigin + performance.now();

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
  /** No send before this time: the service said its quota is spent, or asked to wait. */
  pausedUntil: number;
  /** Wakes a waiter when an in-flight request finishes, since that starts its expiry. */
  wake?: () => void;
}

export function createRollingWindowLimiter(options: RollingWindowLimiterOptions): RollingWindowLimiter {
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? monotonicNow;
  const sleep = options.sleep ?? defaultSleep;
  const quota = (value: number | undefined) => (value !== undefined && value > 0 ? value : Infinity);
  // Configured quotas; what the service announces may lower them, never raise them.
  const configured = { requests: quota(options.requestsPerWindow), characters: quota(options.charactersPerWindow), tokens: quota(options.tokensPerWindow) };
  let requestQuota = configured.requests;
  const characterQuota = configured.characters;
  let tokenQuota = configured.tokens;
  const log: WindowLog = { sends: [], pausedUntil: 0 };
  let queue: Promise<unknown> = Promise.resolve();

  /** `time` is the caller's instant: measured twice, a send could expire between the two. */
  function usage(time = now()) {
    log.sends = log.sends.filter((send) => send.finishedAt === undefined || send.finishedAt + windowMs > time);
    let characters = 0;
    let tokens = 0;
    for (const send of log.sends) {
      characters += send.characters;
      tokens += send.tokens;
    }
    return Number.isFinite(tokenQuota) ? { requests: log.sends.length, characters, tokens } : { requests: log.sends.length, characters };
  }

  function fits(requests: number, characters: number, tokens: number, wanted: number, wantedTokens: number) {
    if (requests === 0) return true;
    return requests + 1 <= requestQuota && characters + wanted <= characterQuota && tokens + wantedTokens <= tokenQuota;
  }

  /**
   * Milliseconds until enough finished sends expire, or undefined when in-flight ones must finish
   * first. Measured at `time`, the instant `take` found no room: measured again on a later clock
   * reading, the send it waits for may have just left the window, and nothing would ever end a
   * wait for an in-flight one (a hang seen once in about ten runs).
   */
  function waitTime(time: number, wanted: number, wantedTokens: number): number | undefined {
    const current = usage(time);
    let { requests, characters } = current;
    let tokens = current.tokens ?? 0;
    if (fits(requests, characters, tokens, wanted, wantedTokens)) return 0;
    const finished = log.sends
      .filter((send) => send.finishedAt !== undefined)
      .sort((a, b) => a.finishedAt! - b.finishedAt!);
    for (const send of finished) {
      requests -= 1;
      characters -= send.characters;
      tokens -= send.tokens;
      if (fits(requests, characters, tokens, wanted, wantedTokens)) return send.finishedAt! + windowMs - time;
    }
    return undefined;
  }

  async function take(characters: number, tokens: number, signal: AbortSignal | undefined, flexible: boolean): Promise<FlexiblePermit> {
    for (;;) {
      if (signal?.aborted) throw abortError(signal);
      const time = now();
      if (time < log.pausedUntil) {
        await waitForRoom(log, log.pausedUntil - time, signal, sleep);
        continue;
      }
      const current = usage(time);
      const used = current.tokens ?? 0;
      if (fits(current.requests, current.characters, used, characters, tokens)) {
        const budget = flexible ? Math.max(characters, characterQuota - current.characters) : characters;
        const tokenBudget = flexible ? Math.max(tokens, tokenQuota - used) : tokens;
        return openPermit(log, time, { characters, budget, tokens, tokenBudget }, now);
      }
      await waitForRoom(log, waitTime(time, characters, tokens), signal, sleep);
    }
  }

  function observe(report: RateLimitReport & { retryAfterMs?: number }) {
    const time = now();
    if (report.requestsPerMinute !== undefined && report.requestsPerMinute > 0) {
      requestQuota = Math.min(configured.requests, report.requestsPerMinute * (windowMs / 60_000));
    }
    if (report.tokensPerMinute !== undefined && report.tokensPerMinute > 0) {
      tokenQuota = Math.min(configured.tokens, report.tokensPerMinute * (windowMs / 60_000));
    }
    const pauses: number[] = [];
    if (report.retryAfterMs !== undefined && report.retryAfterMs > 0) pauses.push(report.retryAfterMs);
    if (report.requestsRemaining === 0 && report.requestsResetMs !== undefined) pauses.push(report.requestsResetMs);
    if (report.tokensRemaining === 0 && report.tokensResetMs !== undefined) pauses.push(report.tokensResetMs);
    if (pauses.length > 0) log.pausedUntil = Math.max(log.pausedUntil, time + Math.max(...pauses));
  }

  /** Callers are served in the order they asked. */
  const inTurn = (run: () => Promise<FlexiblePermit>) => {
    const turn = queue.then(run);
    queue = turn.catch(() => {});
    return turn;
  };
  const finite = (value: number) => (Number.isFinite(value) ? value : 0);
  return {
    acquire: (characters, signal, tokens = 0) => inTurn(() => take(characters, tokens, signal, false)),
    acquireFlexible: (minimum, signal, minimumTokens = 0) => inTurn(() => take(minimum, minimumTokens, signal, true)),
    usage: () => usage(),
    observe,
    quotas: () => ({ requestsPerWindow: finite(requestQuota), charactersPerWindow: finite(characterQuota), tokensPerWindow: finite(tokenQuota) }),
  };
}

interface PermitSize {
  characters: number;
  budget: number;
  tokens: number;
  tokenBudget: number;
}

/** Counts a send in the log (its whole budget until resized) and hands its permit. */
function openPermit(log: WindowLog, time: number, size: PermitSize, now: () => number): FlexiblePermit {
  const { budget, tokenBudget } = size;
  const send: Send = {
    sentAt: time,
    characters: Number.isFinite(budget) ? budget : size.characters,
    tokens: Number.isFinite(tokenBudget) ? tokenBudget : size.tokens,
  };
  log.sends.push(send);
  return {
    sentAt: time,
    budget,
    tokenBudget,
    resize(sent, tokens) {
      if (sent > budget) throw new RangeError(`Cannot send ${sent} characters on a permit for ${budget}.`);
      send.characters = sent;
      if (tokens !== undefined) send.tokens = tokens;
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

/**
 * The quota limiter of `src/translate/rolling-window-limiter.ts`, held in Redis so that every
 * worker of a queue, on any machine, draws on ONE per-minute budget of requests, characters
 * and tokens, and a quota refusal seen by one worker pauses them all.
 *
 * The same sliding log, counted the same way: a send counts from the moment it is sent and
 * leaves the window `windowMs` after it finished. Each step (acquire, resize, done, pause) is
 * one Lua script, so two workers can never both take the last room in the window, and every
 * time is Redis's own clock (`TIME`), so machines with skewed clocks agree.
 *
 * Why not rate-limiter-flexible's RateLimiterRedis: it counts fixed windows (a key that expires
 * `duration` after its first point), which lets through up to twice the quota across a window
 * boundary, while Google counts over any rolling window: exactly the 403s this is here to
 * prevent. The sliding log is small (at most one entry per request of the last window).
 *
 * A worker killed with a request in flight never says `done`: its send is taken as finished
 * `leaseMs` after it was sent (`limits.requestTimeoutMs`, the longest a request may last).
 */
import type { Redis } from 'ioredis';
import {
  abortError,
  defaultSleep,
  type FlexiblePermit,
  type RollingWindowLimiter,
  type SendPermit,
  type Sleep,
} from '../translate/rolling-window-limiter.ts';

export interface RedisRollingWindowLimiterOptions {
  /** Requests per window; 0 means no limit. */
  requestsPerWindow: number;
  /** Characters per window (markup included); 0 means no limit. */
  charactersPerWindow: number;
  /**
   * Tokens per window (a chat model's prompt and expected answer); 0 means no limit.
   * @default 0
   */
  tokensPerWindow?: number;
  /** Every key starts with it: `<prefix>:quota:<scope>:…`. */
  prefix: string;
  /** Whose quota: the provider id (one account's budget), shared by every worker using it. */
  scope: string;
  /**
   * Length of the rolling window.
   * @default 60000
   */
  windowMs?: number;
  /**
   * How long a send nobody finished (its worker died) counts as in flight.
   * @default 30000
   */
  leaseMs?: number;
  /**
   * How often to look again while the window waits only for requests in flight elsewhere.
   * @default 50
   */
  pollMs?: number;
  /** @default a setTimeout that stops early when the signal aborts */
  sleep?: Sleep;
}

/** A flexible permit that also reserves tokens. */
export interface SharedFlexiblePermit extends FlexiblePermit {
  /** Tokens reserved: the most the request may count. Infinity without a token quota. */
  readonly tokenBudget: number;
  /** Sets the characters (and tokens) really sent, at most the budgets, and frees the rest. */
  resize(characters: number, tokens?: number): void;
}

/** What a service said of its quota (a 429's Retry-After, rate-limit headers). */
export interface QuotaReport {
  retryAfterMs?: number;
  requestsRemaining?: number;
  tokensRemaining?: number;
  requestsResetMs?: number;
  tokensResetMs?: number;
}

/** The shared limiter: a `RollingWindowLimiter` that also counts tokens and hears the service. */
export interface SharedRateLimiter extends RollingWindowLimiter {
  acquire(characters: number, signal?: AbortSignal, tokens?: number): Promise<SendPermit>;
  acquireFlexible(minimum: number, signal?: AbortSignal, minimumTokens?: number): Promise<SharedFlexiblePermit>;
  usage(): { requests: number; characters: number; tokens?: number };
  /** The service said to wait, or that nothing is left: every worker waits until then. */
  observe(report: QuotaReport): void;
  /** The quotas applied: 0 for none. */
  quotas(): { requestsPerWindow: number; charactersPerWindow: number; tokensPerWindow: number };
  pause(milliseconds: number): Promise<void>;
}

/** Lua: the number of milliseconds of Redis's clock. */
const NOW = `local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)`;

/** Lua: reads one send, "sentAt,characters,tokens,finishedAt" (finishedAt -1 while in flight). */
const PARSE = `local function parse(entry)
  local sentAt, sent, tokens, finishedAt = string.match(entry, '^(%d+),(%d+),(%d+),(-?%d+)$')
  return tonumber(sentAt), tonumber(sent), tonumber(tokens), tonumber(finishedAt)
end`;

/**
 * KEYS: sends (hash id → send), pause-until.
 * ARGV: wanted, wantedTokens, windowMs, requestQuota, characterQuota, tokenQuota (0: none),
 * flexible (0/1), id, leaseMs.
 * Returns {1, sentAt, budget, tokenBudget (-1: no quota), requests, characters, tokens} when
 * taken, {0, wait (-1: until a request in flight finishes), requests, characters, tokens}.
 */
const ACQUIRE = `${NOW}
${PARSE}
local wanted, wantedTokens = tonumber(ARGV[1]), tonumber(ARGV[2])
local window = tonumber(ARGV[3])
local requestQuota, characterQuota, tokenQuota = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local flexible = ARGV[7] == '1'
local lease = tonumber(ARGV[9])
local pauseUntil = tonumber(redis.call('GET', KEYS[2]) or '0')
local requests, characters, tokens = 0, 0, 0
local finished = {}
local entries = redis.call('HGETALL', KEYS[1])
for i = 1, #entries, 2 do
  local sentAt, sent, sentTokens, finishedAt = parse(entries[i + 1])
  if finishedAt < 0 and sentAt + lease <= now then finishedAt = sentAt + lease end
  if finishedAt >= 0 and finishedAt + window <= now then
    redis.call('HDEL', KEYS[1], entries[i])
  else
    requests = requests + 1
    characters = characters + sent
    tokens = tokens + sentTokens
    if finishedAt >= 0 then finished[#finished + 1] = { finishedAt, sent, sentTokens } end
  end
end
if pauseUntil > now then return { 0, pauseUntil - now, requests, characters, tokens } end
local function fits(r, c, t)
  if r == 0 then return true end
  return (requestQuota == 0 or r + 1 <= requestQuota)
    and (characterQuota == 0 or c + wanted <= characterQuota)
    and (tokenQuota == 0 or t + wantedTokens <= tokenQuota)
end
if fits(requests, characters, tokens) then
  local budget, tokenBudget = wanted, wantedTokens
  if flexible then
    if characterQuota == 0 then budget = -1 else budget = math.max(wanted, characterQuota - characters) end
    if tokenQuota == 0 then tokenBudget = -1 else tokenBudget = math.max(wantedTokens, tokenQuota - tokens) end
  end
  local reserved, reservedTokens = budget, tokenBudget
  if reserved < 0 then reserved = wanted end
  if reservedTokens < 0 then reservedTokens = wantedTokens end
  redis.call('HSET', KEYS[1], ARGV[8], now .. ',' .. reserved .. ',' .. reservedTokens .. ',-1')
  redis.call('PEXPIRE', KEYS[1], window + lease)
  return { 1, now, budget, tokenBudget, requests + 1, characters + reserved, tokens + reservedTokens }
end
table.sort(finished, function(a, b) return a[1] < b[1] end)
for _, send in ipairs(finished) do
  requests = requests - 1
  characters = characters - send[2]
  tokens = tokens - send[3]
  if fits(requests, characters, tokens) then return { 0, send[1] + window - now, requests, characters, tokens } end
end
return { 0, -1, requests, characters, tokens }`;

/** KEYS: sends. ARGV: id, characters ('' to keep), tokens ('' to keep), finish (0/1). */
const UPDATE = `${NOW}
${PARSE}
local entry = redis.call('HGET', KEYS[1], ARGV[1])
if not entry then return 0 end
local sentAt, sent, tokens, finishedAt = parse(entry)
if ARGV[2] ~= '' then sent = tonumber(ARGV[2]) end
if ARGV[3] ~= '' then tokens = tonumber(ARGV[3]) end
if ARGV[4] == '1' and finishedAt < 0 then finishedAt = math.max(sentAt, now) end
redis.call('HSET', KEYS[1], ARGV[1], sentAt .. ',' .. sent .. ',' .. tokens .. ',' .. finishedAt)
return 1`;

/** KEYS: pause-until. ARGV: milliseconds. Only ever pushes the pause later. */
const PAUSE = `${NOW}
local untilTime = now + tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if untilTime > current then redis.call('SET', KEYS[1], untilTime, 'PX', tonumber(ARGV[1])) end
return untilTime`;

export function createRedisRollingWindowLimiter(redis: Redis, options: RedisRollingWindowLimiterOptions): SharedRateLimiter {
  const windowMs = options.windowMs ?? 60_000;
  const leaseMs = options.leaseMs ?? 30_000;
  const pollMs = options.pollMs ?? 50;
  const sleep = options.sleep ?? defaultSleep;
  const sendsKey = `${options.prefix}:quota:${options.scope}:sends`;
  const pauseKey = `${options.prefix}:quota:${options.scope}:pause-until`;
  const configured = {
    requestsPerWindow: Math.max(0, options.requestsPerWindow),
    charactersPerWindow: Math.max(0, options.charactersPerWindow),
    tokensPerWindow: Math.max(0, options.tokensPerWindow ?? 0),
  };
  /** What the last script saw: `usage()` must answer at once. */
  let seen = { requests: 0, characters: 0, tokens: 0 };
  let sends = 0;
  const processId = `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  let queue: Promise<unknown> = Promise.resolve();

  async function take(characters: number, tokens: number, signal: AbortSignal | undefined, flexible: boolean): Promise<SharedFlexiblePermit> {
    const id = `${processId}-${++sends}`;
    const { requestsPerWindow, charactersPerWindow, tokensPerWindow } = configured;
    for (;;) {
      if (signal?.aborted) throw abortError(signal);
      const answer = (await redis.eval(ACQUIRE, 2, sendsKey, pauseKey, characters, tokens, windowMs, requestsPerWindow, charactersPerWindow, tokensPerWindow, flexible ? 1 : 0, id, leaseMs)) as number[];
      if (answer[0] === 1) {
        seen = { requests: answer[4]!, characters: answer[5]!, tokens: answer[6]! };
        return openPermit(id, answer[1]!, answer[2]! < 0 ? Infinity : answer[2]!, answer[3]! < 0 ? Infinity : answer[3]!);
      }
      seen = { requests: answer[2]!, characters: answer[3]!, tokens: answer[4]! };
      const wait = answer[1]!;
      await sleep(wait < 0 ? pollMs : Math.max(1, wait), signal);
    }
  }

  function openPermit(id: string, sentAt: number, budget: number, tokenBudget: number): SharedFlexiblePermit {
    let finished: Promise<unknown> | undefined;
    let resized: Promise<unknown> = Promise.resolve();
    const update = (characters: number | '', tokens: number | '', finish: boolean) => redis.eval(UPDATE, 1, sendsKey, id, characters, tokens, finish ? 1 : 0);
    return {
      sentAt,
      budget,
      tokenBudget,
      resize(sent, sentTokens) {
        if (sent > budget) throw new RangeError(`Cannot send ${sent} characters on a permit for ${budget}.`);
        if (sentTokens !== undefined && sentTokens > tokenBudget) throw new RangeError(`Cannot send ${sentTokens} tokens on a permit for ${tokenBudget}.`);
        // Fire and forget: the permit's answer is synchronous, and a late resize only frees
        // room later; a lost one keeps the whole budget counted until the send leaves the window.
        resized = update(sent, sentTokens ?? '', false).catch(() => {});
      },
      done() {
        finished ??= resized.then(() => update('', '', true)).catch(() => {});
      },
    };
  }

  async function pause(milliseconds: number) {
    if (milliseconds > 0) await redis.eval(PAUSE, 1, pauseKey, Math.ceil(milliseconds));
  }

  /** Callers of this process are served in the order they asked. */
  const inTurn = (run: () => Promise<SharedFlexiblePermit>) => {
    const turn = queue.then(run);
    queue = turn.catch(() => {});
    return turn;
  };
  return {
    acquire: (characters, signal, tokens = 0) => inTurn(() => take(characters, tokens, signal, false)),
    acquireFlexible: (minimum, signal, minimumTokens = 0) => inTurn(() => take(minimum, minimumTokens, signal, true)),
    usage: () => (configured.tokensPerWindow > 0 ? { ...seen } : { requests: seen.requests, characters: seen.characters }),
    observe(report) {
      const waits = [
        report.retryAfterMs ?? 0,
        report.requestsRemaining === 0 ? (report.requestsResetMs ?? 0) : 0,
        report.tokensRemaining === 0 ? (report.tokensResetMs ?? 0) : 0,
      ];
      const wait = Math.max(...waits);
      if (wait > 0) void pause(wait).catch(() => {});
    },
    quotas: () => ({ ...configured }),
    pause,
  };
}

/**
 * The quota limiter of `src/translate/rolling-window-limiter.ts`, held in Redis so that every
 * worker of a queue, on any machine, draws on ONE per-minute budget of requests and
 * characters, and a quota refusal seen by one worker pauses them all.
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
  type Sleep,
} from '../translate/rolling-window-limiter.ts';

export interface RedisRollingWindowLimiterOptions {
  /** Requests per window; 0 means no limit. */
  requestsPerWindow: number;
  /** Characters per window (markup included); 0 means no limit. */
  charactersPerWindow: number;
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

/** Lua: the number of milliseconds of Redis's clock. */
const NOW = `local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)`;

/**
 * KEYS: sends (hash id → "sentAt,characters,finishedAt", -1 while in flight), pause-until.
 * ARGV: wanted, windowMs, requestQuota (0: none), characterQuota (0: none), flexible (0/1),
 * id, leaseMs.
 * Returns {1, sentAt, budget (-1: no character quota), requests, characters} when taken,
 * {0, wait (-1: until a request in flight finishes), requests, characters} otherwise.
 */
const ACQUIRE = `${NOW}
local wanted = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local requestQuota = tonumber(ARGV[3])
local characterQuota = tonumber(ARGV[4])
local flexible = ARGV[5] == '1'
local lease = tonumber(ARGV[7])
local pauseUntil = tonumber(redis.call('GET', KEYS[2]) or '0')
local requests, characters = 0, 0
local finished = {}
local entries = redis.call('HGETALL', KEYS[1])
for i = 1, #entries, 2 do
  local sentAt, sent, finishedAt = string.match(entries[i + 1], '^(%d+),(%d+),(-?%d+)$')
  sentAt, sent, finishedAt = tonumber(sentAt), tonumber(sent), tonumber(finishedAt)
  if finishedAt < 0 and sentAt + lease <= now then finishedAt = sentAt + lease end
  if finishedAt >= 0 and finishedAt + window <= now then
    redis.call('HDEL', KEYS[1], entries[i])
  else
    requests = requests + 1
    characters = characters + sent
    if finishedAt >= 0 then finished[#finished + 1] = { finishedAt, sent } end
  end
end
if pauseUntil > now then return { 0, pauseUntil - now, requests, characters } end
local function fits(r, c)
  if r == 0 then return true end
  return (requestQuota == 0 or r + 1 <= requestQuota) and (characterQuota == 0 or c + wanted <= characterQuota)
end
if fits(requests, characters) then
  local budget = wanted
  if flexible then
    if characterQuota == 0 then budget = -1 else budget = math.max(wanted, characterQuota - characters) end
  end
  local reserved = budget
  if reserved < 0 then reserved = wanted end
  redis.call('HSET', KEYS[1], ARGV[6], now .. ',' .. reserved .. ',-1')
  redis.call('PEXPIRE', KEYS[1], window + lease)
  return { 1, now, budget, requests + 1, characters + reserved }
end
table.sort(finished, function(a, b) return a[1] < b[1] end)
for _, send in ipairs(finished) do
  requests = requests - 1
  characters = characters - send[2]
  if fits(requests, characters) then return { 0, send[1] + window - now, requests, characters } end
end
return { 0, -1, requests, characters }`;

/** KEYS: sends. ARGV: id, characters ('' to keep), finish (0/1). */
const UPDATE = `${NOW}
local entry = redis.call('HGET', KEYS[1], ARGV[1])
if not entry then return 0 end
local sentAt, sent, finishedAt = string.match(entry, '^(%d+),(%d+),(-?%d+)$')
if ARGV[2] ~= '' then sent = ARGV[2] end
if ARGV[3] == '1' and tonumber(finishedAt) < 0 then finishedAt = math.max(tonumber(sentAt), now) end
redis.call('HSET', KEYS[1], ARGV[1], sentAt .. ',' .. sent .. ',' .. finishedAt)
return 1`;

/** KEYS: pause-until. ARGV: milliseconds. Only ever pushes the pause later. */
const PAUSE = `${NOW}
local untilTime = now + tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if untilTime > current then redis.call('SET', KEYS[1], untilTime, 'PX', tonumber(ARGV[1])) end
return untilTime`;

export function createRedisRollingWindowLimiter(redis: Redis, options: RedisRollingWindowLimiterOptions): RollingWindowLimiter {
  const windowMs = options.windowMs ?? 60_000;
  const leaseMs = options.leaseMs ?? 30_000;
  const pollMs = options.pollMs ?? 50;
  const sleep = options.sleep ?? defaultSleep;
  const sendsKey = `${options.prefix}:quota:${options.scope}:sends`;
  const pauseKey = `${options.prefix}:quota:${options.scope}:pause-until`;
  const requestQuota = Math.max(0, options.requestsPerWindow);
  const characterQuota = Math.max(0, options.charactersPerWindow);
  /** What the last script saw: `usage()` must answer at once. */
  let seen = { requests: 0, characters: 0 };
  let sends = 0;
  const processId = `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  let queue: Promise<unknown> = Promise.resolve();

  async function take(characters: number, signal: AbortSignal | undefined, flexible: boolean): Promise<FlexiblePermit> {
    const id = `${processId}-${++sends}`;
    for (;;) {
      if (signal?.aborted) throw abortError(signal);
      const answer = (await redis.eval(ACQUIRE, 2, sendsKey, pauseKey, characters, windowMs, requestQuota, characterQuota, flexible ? 1 : 0, id, leaseMs)) as number[];
      if (answer[0] === 1) {
        seen = { requests: answer[3]!, characters: answer[4]! };
        const budget = answer[2]! < 0 ? Infinity : answer[2]!;
        return openPermit(id, answer[1]!, budget);
      }
      seen = { requests: answer[2]!, characters: answer[3]! };
      const wait = answer[1]!;
      await sleep(wait < 0 ? pollMs : Math.max(1, wait), signal);
    }
  }

  function openPermit(id: string, sentAt: number, budget: number): FlexiblePermit {
    let finished: Promise<unknown> | undefined;
    let resized: Promise<unknown> = Promise.resolve();
    const update = (characters: number | '', finish: boolean) => redis.eval(UPDATE, 1, sendsKey, id, characters, finish ? 1 : 0);
    return {
      sentAt,
      budget,
      resize(sent) {
        if (sent > budget) throw new RangeError(`Cannot send ${sent} characters on a permit for ${budget}.`);
        // Fire and forget: the permit's answer is synchronous, and a late resize only frees
        // room sooner; a lost one is the full budget counted until the send leaves the window.
        resized = update(sent, false).catch(() => {});
      },
      done() {
        finished ??= resized.then(() => update('', true)).catch(() => {});
      },
    };
  }

  /** Callers of this process are served in the order they asked. */
  const inTurn = (run: () => Promise<FlexiblePermit>) => {
    const turn = queue.then(run);
    queue = turn.catch(() => {});
    return turn;
  };
  return {
    acquire: (characters, signal) => inTurn(() => take(characters, signal, false)),
    acquireFlexible: (minimum, signal) => inTurn(() => take(minimum, signal, true)),
    usage: () => ({ ...seen }),
    async pause(milliseconds) {
      if (milliseconds > 0) await redis.eval(PAUSE, 1, pauseKey, Math.ceil(milliseconds));
    },
  };
}

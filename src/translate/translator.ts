/**
 * The scheduler between the pipeline and the providers. Rate limits, batching, retries,
 * deduplication and the cache live here, once, so every provider gets them for free.
 *
 * One `translate` call: identical texts are sent once; cached ones not at all; texts another
 * call of the same translator is sending already are waited for, not sent again; the rest go in
 * batches within the provider's and the config's limits, at most `limits.concurrency` at once,
 * within the per-minute quotas over any rolling window, each with a timeout, retried with
 * backoff when the failure is retryable. Each answered request goes to the cache at once, so
 * an interrupted run resumes where it stopped.
 */
import pLimit from 'p-limit';
import type { LimitsConfig, RetryConfig } from '../config/types.ts';
import { ApiCallError, BilingualError, RetryError } from '../errors.ts';
import { checkTranslationCount } from '../providers/check-translation-count.ts';
import type { ProviderGlossary, TextFormat, TranslateResult, TranslationProvider } from '../providers/types.ts';
import type { ProviderNote } from '../types.ts';
import { translationCacheKey, type CacheEntry, type TranslationStore } from './cache.ts';
import { calculateRetryDelay } from './calculate-retry-delay.ts';
import { isRetryableError } from './is-retryable-error.ts';
import { batchLimits, countCharacters, makeBatches, takeBatch } from './make-batches.ts';
import { resolveLimits, type ProviderLimitsConfig, type ResolvedLimits } from './resolve-limits.ts';
import { splitLongText } from './split-long-text.ts';
import { abortError, createRollingWindowLimiter, defaultSleep, monotonicNow, type RateLimiter, type SendPermit, type Sleep } from './rolling-window-limiter.ts';

export interface TranslationUnit {
  /** Caller's id (a block id); every unit gets its translation under this id. */
  id: string;
  /** Exactly what is sent: plain text, or an HTML fragment with `format: 'html'`. */
  text: string;
  format: TextFormat;
}

export interface TranslateOptions {
  sourceLanguage: string;
  targetLanguage: string;
  /** Passed to providers that apply glossaries natively. */
  glossary?: ProviderGlossary;
  /** Glossary content hash, part of the cache key. @default glossary?.version ?? '' */
  glossaryVersion?: string;
  /** Aborts waiting and in-flight requests; what completed is already in the cache. */
  signal?: AbortSignal;
}

export interface TranslatorStats {
  /** Units asked for. */
  units: number;
  /** Segments among them: distinct texts (text and format), each sent once. */
  uniqueTexts: number;
  /** Segments served by the cache. */
  cacheHits: number;
  /** Requests sent, retries included. */
  requests: number;
  /** Characters sent, markup and retries included: what the service counts against the quota. */
  charactersSent: number;
  /** Characters the provider reported billed for answered requests. */
  charactersBilled: number;
  /** Attempts that failed and were tried again. */
  retries: number;
  /** Requests given up on (retries exhausted, not retryable or bad answers). */
  failures: number;
  /** Input (prompt) tokens, for providers that bill tokens (`TranslateResult.usage`). */
  inputTokens: number;
  /** Output (completion) tokens, for providers that bill tokens. */
  outputTokens: number;
  /** What those tokens cost at the provider's configured prices, in USD. */
  tokenCostUsd: number;
}

/** A `ProviderNote` about a unit, before the unit is known as a block of an article. */
export type UnitNote = Omit<ProviderNote, 'block'>;

export type TranslatorEvent =
  /** The provider asks the run to tell the user something, once (`TranslateResult.warnings`). */
  | { type: 'provider-warning'; message: string }
  /** `texts` segments, standing for `units` units, came from the cache. */
  | { type: 'cache-hit'; texts: number; units: number }
  /** `texts` answered segments could not be stored: kept for this run, but a later run will send them again. */
  | { type: 'cache-write-failed'; texts: number; error: unknown }
  | { type: 'request-sent'; request: number; attempt: number; segments: number; characters: number }
  | { type: 'request-done'; request: number; attempt: number; segments: number; characters: number; durationMs: number }
  | { type: 'retry'; request: number; attempt: number; delayMs: number; error: unknown }
  | { type: 'request-failed'; request: number; segmentIds: string[]; error: unknown }
  | { type: 'batch-split'; request: number; segments: number }
  | {
      type: 'progress';
      segmentsDone: number;
      segmentsTotal: number;
      cacheHits: number;
      requests: number;
      charactersBilled: number;
      retries: number;
    };

export interface TranslateOutcome {
  /** Translation by unit id, for every unit given. */
  translations: Map<string, string>;
  /**
   * What the provider and the scheduler noted, by unit id: sentences left untranslated (in
   * the translation with no text, and not cached), repaired, requests retried or split.
   */
  notes: Map<string, UnitNote[]>;
  /** This call's numbers. */
  stats: TranslatorStats;
}

export interface Estimate {
  /** Segments: distinct texts. */
  segments: number;
  /** Segments the cache does not have: what would be sent. */
  segmentsAfterCache: number;
  /** Characters that would be billed, cache hits excluded: every character sent (markup included) unless the provider's `billableCharacters` says otherwise. */
  characters: number;
  /** Requests needed, without retries. */
  requests: number;
  /** Tokens the requests would count, for providers that bill tokens (`estimateUsage`): prompts as sent, answers expected. */
  inputTokens: number;
  outputTokens: number;
  /** `characters` at the provider's list price, plus the tokens at its token prices. */
  estimatedCostUsd: number;
  /**
   * Each unit; a segment's first unit carries its share of its request's tokens and cost (by
   * characters: a request's prompt is shared by its segments), the others none.
   */
  units: { id: string; characters: number; cached: boolean; duplicateOf?: string; inputTokens?: number; outputTokens?: number; costUsd?: number }[];
}

export interface Translator {
  translate(units: readonly TranslationUnit[], options: TranslateOptions): Promise<TranslateOutcome>;
  /** A dry run: reads the cache, sends nothing, writes nothing. */
  estimate(units: readonly TranslationUnit[], options: TranslateOptions): Promise<Estimate>;
  /** Totals over every call so far. */
  stats(): TranslatorStats;
  /** Refuses further calls; does not close the provider or the cache (their owner does). */
  close(): Promise<void>;
}

export interface TranslatorOptions {
  provider: TranslationProvider;
  /** Top-level `limits`: quotas set here apply over the provider's own and `providerLimits`. */
  limits: LimitsConfig;
  /** `providers.<id>.limits`: replaces the service's declared limits key by key. @default none */
  providerLimits?: ProviderLimitsConfig;
  /**
   * The rate limiter requests wait on. Pass one to share quotas beyond this translator (several
   * processes on one key); its quotas are then its own business.
   * @default an in-process rolling-window limiter with the resolved quotas
   */
  limiter?: RateLimiter;
  /**
   * Most the translator may bill over all its calls, in the provider's currency. A request
   * that would take what was billed (plus what requests in flight are expected to bill) over
   * it is not sent: the call stops with `COST_LIMIT`, what was answered in the cache.
   * @default no cap
   */
  maxCost?: number;
  retry: RetryConfig;
  /** null: no cache (identical texts are still sent once per call). */
  cache: TranslationStore | null;
  /**
   * Rolling window for the per-minute quotas; benches and tests may shrink it.
   * @default 60000
   */
  windowMs?: number;
  /**
   * When the run's signal aborts, requests already sent get this long to answer, so what the
   * service has received (and bills) reaches the cache; then they are abandoned. No new
   * request starts after the abort.
   * @default limits.requestTimeoutMs
   */
  drainMs?: number;
  /** Progress: requests sent and done, retries, cache hits. */
  onEvent?: (event: TranslatorEvent) => void;
  /** @default a setTimeout that stops early when the signal aborts */
  sleep?: Sleep;
  /** The clock the quota windows and request durations are measured on. @default monotonicNow */
  now?: () => number;
  /** Uniform in [0, 1), for the retry jitter. @default Math.random */
  random?: () => number;
}

/**
 * A segment: one distinct text (and format) of a call, sent once for every unit that holds it.
 * A unit longer than one request may carry is sent as several segments, its parts.
 */
interface Segment {
  /** Id inside requests: `s<n>`. */
  id: string;
  text: string;
  format: TextFormat;
  /** Sentences just before a part, for services that take context: such a segment goes alone in its request. */
  context?: string;
  characters: number;
  cacheKey: string;
  /** Units whose whole text this segment is. */
  unitIds: string[];
  /** Long units this segment is a part of, with its place among their parts. */
  partOf: { long: LongUnit; index: number }[];
}

/** A unit cut at sentence boundaries into parts (`splitLongText`): its answer is its parts' answers joined. */
interface LongUnit {
  unitIds: string[];
  answers: (string | undefined)[];
  join(answers: readonly string[]): string;
  segments: Segment[];
}

export function emptyStats(): TranslatorStats {
  return { units: 0, uniqueTexts: 0, cacheHits: 0, requests: 0, charactersSent: 0, charactersBilled: 0, retries: 0, failures: 0, inputTokens: 0, outputTokens: 0, tokenCostUsd: 0 };
}

const TOO_MANY_SEGMENTS = /too many (text )?segments|too many (texts|strings)|request payload size exceeds|too large/i;

/** What every call of one translator shares: the provider, the limits, the limiter, the totals. */
interface Scheduler {
  provider: TranslationProvider;
  limits: ResolvedLimits;
  retry: RetryConfig;
  cache: TranslationStore | null;
  emit: (event: TranslatorEvent) => void;
  drainMs: number;
  now: () => number;
  sleep: Sleep;
  random: () => number;
  concurrency: number;
  slots: ReturnType<typeof pLimit>;
  limiter: RateLimiter;
  totals: TranslatorStats;
  engine?: Promise<string>;
  requestCounter: number;
  closed: boolean;
  maxCost?: number;
  /** Expected cost of the requests in flight, counted against `maxCost` until they are billed. */
  reservedCost: number;
  /**
   * Segments some call is sending, by cache key: their answer once it is in (undefined if that
   * call ends without one), for a later call holding the same text to wait for instead of
   * sending it again. Calls in flight at once (a streaming build's groups) share paragraphs.
   */
  inFlight: Map<string, Promise<string | undefined>>;
}

export function createTranslator(options: TranslatorOptions): Translator {
  const { provider } = options;
  const limits = resolveLimits(provider.capabilities, options.limits, options.providerLimits);
  const now = options.now ?? monotonicNow;
  const sleep = options.sleep ?? defaultSleep;
  const concurrency = limits.concurrency;
  const scheduler: Scheduler = {
    provider,
    limits,
    retry: options.retry,
    cache: options.cache,
    emit: options.onEvent ?? (() => {}),
    drainMs: options.drainMs ?? limits.requestTimeoutMs,
    now,
    sleep,
    random: options.random ?? Math.random,
    concurrency,
    slots: pLimit(concurrency),
    limiter:
      options.limiter ??
      createRollingWindowLimiter({
        requestsPerWindow: limits.requestsPerMinute,
        charactersPerWindow: limits.charactersPerMinute,
        tokensPerWindow: limits.tokensPerMinute,
        windowMs: options.windowMs,
        now,
        sleep,
      }),
    totals: emptyStats(),
    requestCounter: 0,
    closed: false,
    maxCost: options.maxCost,
    reservedCost: 0,
    inFlight: new Map(),
  };
  return {
    translate: (units, translateOptions) => translate(scheduler, units, translateOptions),
    estimate: (units, translateOptions) => estimate(scheduler, units, translateOptions),
    stats: () => ({ ...scheduler.totals }),
    async close() {
      scheduler.closed = true;
    },
  };
}

/** The segments of a call: identical units joined, each with its cache key, and what the cache holds. */
async function prepare(scheduler: Scheduler, units: readonly TranslationUnit[], translateOptions: TranslateOptions) {
  const { provider, cache, limits } = scheduler;
  if (scheduler.closed) throw new BilingualError('USAGE', 'The translator is closed; create a new one.');
  scheduler.engine ??= provider.doDescribe();
  // Answers that carry unknown-word marks are other answers than the same engine's without them.
  const marks = provider.capabilities.unknownWordMarks;
  const description = marks === undefined ? await scheduler.engine : `${await scheduler.engine} (unknown words marked, ${marks})`;
  const limitsForBatches = batchLimits(provider.capabilities, limits);
  const byKey = new Map<string, Segment>();
  const longByKey = new Map<string, LongUnit>();
  const duplicateOf = new Map<string, string>();
  const keyFor = (text: string, format: TextFormat, context?: string) =>
    translationCacheKey({
      provider: provider.id,
      engine: description,
      sourceLanguage: translateOptions.sourceLanguage,
      targetLanguage: translateOptions.targetLanguage,
      format,
      glossaryVersion: translateOptions.glossaryVersion ?? translateOptions.glossary?.version ?? '',
      text,
      ...(context === undefined ? {} : { context }),
    });
  const segmentFor = (text: string, format: TextFormat, context?: string, key?: string) => {
    const cacheKey = key ?? keyFor(text, format, context);
    let segment = byKey.get(cacheKey);
    if (segment === undefined) {
      segment = { id: `s${byKey.size}`, text, format, ...(context === undefined ? {} : { context }), characters: countCharacters(text), cacheKey, unitIds: [], partOf: [] };
      byKey.set(cacheKey, segment);
    }
    return segment;
  };
  for (const unit of units) {
    const cacheKey = keyFor(unit.text, unit.format);
    const existing = byKey.get(cacheKey) ?? longByKey.get(cacheKey);
    if (existing && existing.unitIds.length > 0) {
      existing.unitIds.push(unit.id);
      duplicateOf.set(unit.id, existing.unitIds[0]!);
      continue;
    }
    if (countCharacters(unit.text) <= limitsForBatches.hardMaxCharacters) {
      segmentFor(unit.text, unit.format, undefined, cacheKey).unitIds.push(unit.id); // its key, hashed once
      continue;
    }
    // Longer than one request may carry: cut at sentence boundaries, each part a segment.
    const split = splitLongText(unit.text, unit.format, { maxCharacters: limitsForBatches.hardMaxCharacters, label: unit.id, provider: provider.id });
    const long: LongUnit = { unitIds: [unit.id], answers: split.parts.map(() => undefined), join: split.join, segments: [] };
    longByKey.set(cacheKey, long);
    for (const [index, part] of split.parts.entries()) {
      const segment = segmentFor(part.text, unit.format, part.context);
      segment.partOf.push({ long, index });
      long.segments.push(segment);
    }
  }
  const segments = [...byKey.values()];
  const cached = cache ? await cache.get(segments.map((segment) => segment.cacheKey)) : new Map<string, string>();
  const misses = segments.filter((segment) => !cached.has(segment.cacheKey));
  // One format per request: the queue holds the plain texts, then the HTML ones.
  const queue = (['text', 'html'] as const).flatMap((format) => misses.filter((segment) => segment.format === format));
  // Also fails at once, before anything is sent, when one text can never fit a request.
  const batches = (['text', 'html'] as const).flatMap((format) =>
    makeBatches(
      queue.filter((segment) => segment.format === format),
      limitsForBatches,
      sameRequest,
    ),
  );
  return { segments, cached, misses, queue, batches, duplicateOf, limitsForBatches };
}

type Prepared = Awaited<ReturnType<typeof prepare>>;

/** One `translate` call in progress: its numbers, its answers, and the batches that gave up. */
interface Call {
  stats: TranslatorStats;
  translations: Map<string, string>;
  notes: Map<string, UnitNote[]>;
  failures: { error: unknown; segmentIds: string[]; reason: RetryError['reason'] }[];
  segmentsDone: number;
  segmentsTotal: number;
  /** A batch gave up: no new request starts. */
  stopped: boolean;
  options: TranslateOptions;
  /** What settles each segment this call sends in `Scheduler.inFlight`, by cache key. */
  sending: Map<string, (answer: string | undefined) => void>;
}

function count(scheduler: Scheduler, call: Call, field: keyof TranslatorStats, amount = 1) {
  call.stats[field] += amount;
  scheduler.totals[field] += amount;
}

function reportProgress(scheduler: Scheduler, call: Call) {
  scheduler.emit({
    type: 'progress',
    segmentsDone: call.segmentsDone,
    segmentsTotal: call.segmentsTotal,
    cacheHits: call.stats.cacheHits,
    requests: call.stats.requests,
    charactersBilled: call.stats.charactersBilled,
    retries: call.stats.retries,
  });
}

async function translate(scheduler: Scheduler, units: readonly TranslationUnit[], translateOptions: TranslateOptions): Promise<TranslateOutcome> {
  const signal = translateOptions.signal;
  if (signal?.aborted) throw abortError(signal);
  const call: Call = { stats: emptyStats(), translations: new Map(), notes: new Map(), failures: [], segmentsDone: 0, segmentsTotal: 0, stopped: false, options: translateOptions, sending: new Map() };
  const prepared = await prepare(scheduler, units, translateOptions);
  const { segments, cached, misses } = prepared;
  // Texts another call is sending already are waited for; the rest are this call's to send.
  // Both are settled in the same tick as `prepare` ends, so a call only ever waits for calls
  // that began sending before it: no two calls can wait for each other.
  const shared = new Map<Segment, Promise<string | undefined>>();
  for (const segment of prepared.queue) {
    const answer = scheduler.inFlight.get(segment.cacheKey);
    if (answer !== undefined) shared.set(segment, answer);
  }
  const queue = shared.size === 0 ? prepared.queue : prepared.queue.filter((segment) => !shared.has(segment));
  announceSending(scheduler, call, queue);
  count(scheduler, call, 'units', units.length);
  count(scheduler, call, 'uniqueTexts', segments.length);
  count(scheduler, call, 'cacheHits', segments.length - misses.length);
  for (const segment of segments) {
    const hit = cached.get(segment.cacheKey);
    if (hit !== undefined) deliver(call, segment, hit);
  }
  if (call.stats.cacheHits > 0) {
    const hits = segments.filter((segment) => cached.has(segment.cacheKey));
    scheduler.emit({ type: 'cache-hit', texts: call.stats.cacheHits, units: hits.reduce((n, segment) => n + segment.unitIds.length, 0) });
  }
  call.segmentsDone = call.stats.cacheHits;
  call.segmentsTotal = segments.length;
  reportProgress(scheduler, call);
  let outcomes: PromiseSettledResult<void>[];
  try {
    const received = receiveShared(scheduler, call, shared);
    outcomes = await runWorkers(scheduler, call, queue, prepared.limitsForBatches);
    // What the other calls ended without is sent here, as it would have been without them.
    const left = await received;
    if (left.length > 0 && !call.stopped && !signal?.aborted) {
      announceSending(scheduler, call, left.filter((segment) => !scheduler.inFlight.has(segment.cacheKey)));
      outcomes.push(...(await runWorkers(scheduler, call, left, prepared.limitsForBatches)));
    }
  } finally {
    for (const settle of call.sending.values()) settle(undefined);
  }
  if (signal?.aborted) throw abortError(signal);
  throwFailures(scheduler, call, outcomes);
  return { translations: call.translations, notes: call.notes, stats: call.stats };
}

/**
 * Registers the segments this call sends in `inFlight`, for later calls to wait for. Each is
 * settled with its answer when it is accepted (complete answers only: one with an untranslated
 * sentence is not cached either, and a call waiting for it sends it itself), or with undefined
 * when the call ends without it; it then leaves `inFlight`, once the answer is in the cache.
 */
function announceSending(scheduler: Scheduler, call: Call, segments: readonly Segment[]): void {
  for (const segment of segments) {
    const key = segment.cacheKey;
    if (call.sending.has(key)) continue;
    let resolve!: (answer: string | undefined) => void;
    const answer = new Promise<string | undefined>((settle) => (resolve = settle));
    scheduler.inFlight.set(key, answer);
    call.sending.set(key, (translation) => {
      resolve(translation);
      call.sending.delete(key);
      if (scheduler.inFlight.get(key) === answer) scheduler.inFlight.delete(key);
    });
  }
}

/**
 * Delivers the segments another call was sending as their answers come in, counted as cache
 * hits (served without a request of this call's); returns those that call ended without. An
 * abort stops the wait at once.
 */
async function receiveShared(scheduler: Scheduler, call: Call, shared: ReadonlyMap<Segment, Promise<string | undefined>>): Promise<Segment[]> {
  if (shared.size === 0) return [];
  const left: Segment[] = [];
  const signal = call.options.signal;
  let onAbort = () => {};
  const aborted = new Promise<undefined>((resolve) => {
    onAbort = () => resolve(undefined);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.all(
      [...shared].map(async ([segment, answer]) => {
        const translation = await Promise.race([answer, aborted]);
        if (translation === undefined) return left.push(segment);
        deliver(call, segment, translation);
        count(scheduler, call, 'cacheHits');
        call.segmentsDone += 1;
        reportProgress(scheduler, call);
      }),
    );
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  return left;
}

/**
 * Requests are cut when they are sent, not in advance: each takes the next segments up to the
 * batch limits AND what the window's quota can take right now, so no quota is left unused at
 * the end of a window. One worker at a time cuts (the limiter is first come, first served
 * anyway); up to `concurrency` requests are then in flight.
 */
async function runWorkers(scheduler: Scheduler, call: Call, queue: readonly Segment[], limitsForBatches: Prepared['limitsForBatches']): Promise<PromiseSettledResult<void>[]> {
  const signal = call.options.signal;
  let next = 0;
  let cutting: Promise<unknown> = Promise.resolve();
  const cutNext = () => {
    const turn = cutting.then(async () => {
      if (call.stopped || next >= queue.length) return undefined;
      const permit = await scheduler.limiter.acquireFlexible(queue[next]!.characters, signal, tokensOf(scheduler, queue.slice(next, next + 1)));
      let end = takeBatch(queue, next, limitsForBatches, permit.budget, sameRequest);
      // A token quota: drop segments from the end until the request fits what the window can take.
      while (end - next > 1 && tokensOf(scheduler, queue.slice(next, end)) > permit.tokenBudget) end -= 1;
      const batch = queue.slice(next, end);
      next = end;
      const cost = requestCost(scheduler, batch);
      if (scheduler.maxCost !== undefined && billedCost(scheduler) + scheduler.reservedCost + cost > scheduler.maxCost + 1e-12) {
        permit.resize(0, 0);
        permit.done();
        call.stopped = true;
        throw costLimitError(scheduler, cost);
      }
      scheduler.reservedCost += cost;
      permit.resize(
        batch.reduce((sum, segment) => sum + segment.characters, 0),
        tokensOf(scheduler, batch),
      );
      return { batch, permit, cost };
    });
    cutting = turn.catch(() => {});
    return turn;
  };
  const worker = async () => {
    for (;;) {
      if (call.stopped || signal?.aborted) return;
      const claimed = await cutNext();
      if (!claimed) return;
      try {
        await sendBatch(scheduler, call, claimed.batch, claimed.permit);
      } catch (error) {
        call.stopped = true;
        throw error;
      } finally {
        scheduler.reservedCost -= claimed.cost;
      }
    }
  };
  const workers = Math.max(1, Math.min(scheduler.concurrency, queue.length));
  return Promise.allSettled(Array.from({ length: workers }, () => scheduler.slots(worker)));
}

/** An unexpected failure is thrown as it is; batches that gave up become one `RetryError`. */
function throwFailures(scheduler: Scheduler, call: Call, outcomes: PromiseSettledResult<void>[]): void {
  const unexpected = outcomes.find(
    (outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected' && !(outcome.reason instanceof GaveUp),
  );
  if (unexpected) throw unexpected.reason;
  if (call.failures.length === 0) return;
  const segmentIds = call.failures.flatMap((failure) => failure.segmentIds);
  const errors = outcomes.flatMap((outcome) => (outcome.status === 'rejected' && outcome.reason instanceof GaveUp ? outcome.reason.errors : []));
  const first = call.failures[0]!;
  throw new RetryError(
    `${first.reason === 'maxAttemptsExceeded' ? `Gave up after ${scheduler.retry.maxAttempts} attempts` : 'Translation failed'} for ${segmentIds.length} segment(s) (${segmentIds.slice(0, 5).join(', ')}${segmentIds.length > 5 ? ', …' : ''}): ${describe(first.error)}.`,
    { reason: first.reason, errors, segmentIds },
  );
}

/** Notes a segment's units (and the long units it is a part of). */
function note(call: Call, segment: Segment, unitNote: UnitNote): void {
  for (const unitId of [...segment.unitIds, ...segment.partOf.flatMap((part) => part.long.unitIds)]) {
    const notes = call.notes.get(unitId) ?? [];
    notes.push(unitNote);
    call.notes.set(unitId, notes);
  }
}

/**
 * Answered segments go to the call's translations and to the cache at once; a segment with a
 * sentence the provider could not translate is delivered but not cached, so a later run asks again.
 */
async function accept(scheduler: Scheduler, call: Call, batch: Segment[], answered: Map<string, string>, result: TranslateResult) {
  const entries: CacheEntry[] = [];
  const incomplete = new Set((result.untranslated ?? []).map((issue) => issue.segmentId));
  const byId = new Map(batch.map((segment) => [segment.id, segment]));
  for (const [kind, issues] of [['untranslated', result.untranslated], ['repaired', result.repaired]] as const) {
    for (const issue of issues ?? []) {
      const segment = byId.get(issue.segmentId);
      if (segment) note(call, segment, { kind, ...(issue.sentenceId === undefined ? {} : { sentence: issue.sentenceId }), reason: issue.reason });
    }
  }
  for (const segment of batch) {
    const translation = answered.get(segment.id)!;
    deliver(call, segment, translation);
    if (!incomplete.has(segment.id)) entries.push({ key: segment.cacheKey, translation, characters: segment.characters });
  }
  try {
    await scheduler.cache?.set(entries);
  } catch (error) {
    // The service answered and billed: keep the translation for this run, and say the
    // cache missed it rather than fail the segments.
    scheduler.emit({ type: 'cache-write-failed', texts: entries.length, error });
  }
  // Calls waiting for these texts get them (only once they are in the cache, or could not go
  // there: a call starting now finds them in one or the other).
  for (const entry of entries) call.sending.get(entry.key)?.(entry.translation);
  call.segmentsDone += batch.length;
  reportProgress(scheduler, call);
}

/** Sends one batch, retried with backoff while the failure is retryable; split when the service says it is too large. */
async function sendBatch(scheduler: Scheduler, call: Call, batch: Segment[], firstPermit?: SendPermit): Promise<void> {
  const { emit, retry } = scheduler;
  const signal = call.options.signal;
  const request = ++scheduler.requestCounter;
  const characters = batch.reduce((sum, segment) => sum + segment.characters, 0);
  const errors: unknown[] = [];
  for (let attempt = 1; ; attempt += 1) {
    if (signal?.aborted) {
      firstPermit?.done();
      throw abortError(signal);
    }
    const permit = attempt === 1 && firstPermit ? firstPermit : await scheduler.limiter.acquire(characters, signal, tokensOf(scheduler, batch));
    try {
      await attemptBatch(scheduler, call, batch, { request, attempt, characters, permit });
      return;
    } catch (error) {
      permit.done();
      if (signal?.aborted) throw abortError(signal);
      errors.push(error);
      if (batch.length > 1 && isTooManySegments(error)) {
        emit({ type: 'batch-split', request, segments: batch.length });
        for (const segment of batch) note(call, segment, { kind: 'split', reason: `a request of ${batch.length} segments was refused as too large (${describe(error)}); sent in halves` });
        const half = Math.ceil(batch.length / 2);
        await sendBatch(scheduler, call, batch.slice(0, half));
        await sendBatch(scheduler, call, batch.slice(half));
        return;
      }
      const retryable = isRetryableError(error);
      if (!retryable || attempt >= retry.maxAttempts) {
        count(scheduler, call, 'failures');
        const segmentIds = [...new Set(batch.flatMap((segment) => [...segment.unitIds, ...segment.partOf.flatMap((part) => part.long.unitIds)]))];
        emit({ type: 'request-failed', request, segmentIds, error });
        call.failures.push({ error, segmentIds, reason: retryable ? 'maxAttemptsExceeded' : 'errorNotRetryable' });
        throw new GaveUp(errors);
      }
      const delayMs = calculateRetryDelay({ attempt, error, retry, random: scheduler.random });
      // The service said to wait (429 Retry-After): no request of this run goes before then.
      // A 429 that says nothing (DeepL's: it documents backoff, and deepl-node drops the
      // headers anyway) holds the run back for the backoff delay instead, so the other workers
      // do not go on spending the quota while this one waits.
      const retryAfterMs = retryAfterOf(error) ?? (isQuotaRefusal(error) ? delayMs : undefined);
      if (retryAfterMs !== undefined) scheduler.limiter.observe({ retryAfterMs });
      // A quota refusal holds back everyone sharing the limiter, not only this request.
      if (isQuotaRefusal(error)) await scheduler.limiter.pause?.(delayMs);
      count(scheduler, call, 'retries');
      for (const segment of batch) note(call, segment, { kind: 'retried', reason: describe(error) });
      emit({ type: 'retry', request, attempt, delayMs, error });
      await scheduler.sleep(delayMs, signal);
    }
  }
}

/** One attempt at a batch: counted, sent with its timeout, its answer checked and accepted. */
async function attemptBatch(
  scheduler: Scheduler,
  call: Call,
  batch: Segment[],
  attempt: { request: number; attempt: number; characters: number; permit: SendPermit },
): Promise<void> {
  const { provider, emit, limits } = scheduler;
  const { request, characters, permit } = attempt;
  count(scheduler, call, 'requests');
  count(scheduler, call, 'charactersSent', characters);
  emit({ type: 'request-sent', request, attempt: attempt.attempt, segments: batch.length, characters });
  const started = scheduler.now();
  const result = await withTimeout(
    (abortSignal, timer) =>
      provider.doTranslate({
        segments: batch.map((segment) => ({ id: segment.id, text: segment.text, ...(segment.context === undefined ? {} : { context: segment.context }) })),
        sourceLanguage: call.options.sourceLanguage,
        targetLanguage: call.options.targetLanguage,
        format: batch[0]!.format,
        glossary: provider.capabilities.glossary ? call.options.glossary : undefined,
        abortSignal,
        // The provider's further requests of this call (a chat model's repairs) wait for the quotas too.
        acquire: async ({ characters: more, tokens }) => {
          // Its requests go one after the other: the one before has finished, and its time in the window runs from now.
          permit.done();
          // Waiting for the quota is no request: the timeout stops meanwhile, and each request gets a whole one.
          timer.stop();
          const extra = await scheduler.limiter.acquire(more, call.options.signal, tokens);
          timer.restart();
          count(scheduler, call, 'charactersSent', more);
          return extra;
        },
      }),
    limits.requestTimeoutMs,
    call.options.signal,
    provider.id,
    scheduler.drainMs,
  );
  permit.done();
  if (result.rateLimits) scheduler.limiter.observe(result.rateLimits);
  for (const message of result.warnings ?? []) emit({ type: 'provider-warning', message });
  const answered = checkAnswer(batch, result.translations, provider.id);
  count(scheduler, call, 'charactersBilled', result.billedCharacters);
  if (result.usage) {
    // A provider that repairs a bad answer within the call (a chat model) made more requests than one.
    count(scheduler, call, 'requests', Math.max(0, result.usage.requests - 1));
    count(scheduler, call, 'inputTokens', result.usage.inputTokens);
    count(scheduler, call, 'outputTokens', result.usage.outputTokens);
    count(scheduler, call, 'tokenCostUsd', result.usage.costUsd);
  }
  emit({ type: 'request-done', request, attempt: attempt.attempt, segments: batch.length, characters, durationMs: scheduler.now() - started });
  await accept(scheduler, call, batch, answered, result);
}

async function estimate(scheduler: Scheduler, units: readonly TranslationUnit[], translateOptions: TranslateOptions): Promise<Estimate> {
  const { segments, cached, misses, batches, duplicateOf } = await prepare(scheduler, units, translateOptions);
  // What the service bills: every character sent, unless the provider counts otherwise (DeepL bills no tags).
  const provider = scheduler.provider;
  const billable = (segment: Segment) => provider.billableCharacters?.(segment.text, segment.format) ?? segment.characters;
  const characters = misses.reduce((sum, segment) => sum + billable(segment), 0);
  // A long unit stands for all its parts: their characters, cached when all of them are.
  const byUnit = new Map<string, Segment[]>();
  for (const segment of segments) {
    for (const unitId of segment.unitIds) byUnit.set(unitId, [segment]);
    for (const { long } of segment.partOf) for (const unitId of long.unitIds) byUnit.set(unitId, long.segments);
  }
  const characterPrice = scheduler.provider.capabilities.pricePerMillionCharacters / 1_000_000;
  const shares = tokenShares(provider, batches);
  let inputTokens = 0;
  let outputTokens = 0;
  for (const share of shares.values()) {
    inputTokens += share.inputTokens;
    outputTokens += share.outputTokens;
  }
  const tokenCost = [...shares.values()].reduce((sum, share) => sum + share.costUsd, 0);
  return {
    segments: segments.length,
    segmentsAfterCache: misses.length,
    characters,
    requests: batches.length,
    inputTokens: Math.round(inputTokens),
    outputTokens: Math.round(outputTokens),
    estimatedCostUsd: characters * characterPrice + tokenCost,
    units: units.map((unit) => {
      const held = byUnit.get(unit.id)!;
      const duplicate = duplicateOf.get(unit.id);
      const isCached = held.every((segment) => cached.has(segment.cacheKey));
      // A long unit's tokens: the sum of its parts' shares (a duplicate pays nothing of its own).
      const parts = duplicate === undefined ? held.flatMap((segment) => (cached.has(segment.cacheKey) ? [] : [shares.get(segment)])) : [];
      const share = parts.length === 0 || parts.includes(undefined)
        ? undefined
        : (parts as { inputTokens: number; outputTokens: number; costUsd: number }[]).reduce((sum, one) => ({ inputTokens: sum.inputTokens + one.inputTokens, outputTokens: sum.outputTokens + one.outputTokens, costUsd: sum.costUsd + one.costUsd }));
      const unitCharacters = held.reduce((sum, segment) => sum + billable(segment), 0);
      return {
        id: unit.id,
        characters: unitCharacters,
        cached: isCached,
        ...(duplicate === undefined ? {} : { duplicateOf: duplicate }),
        ...(share === undefined ? {} : { inputTokens: share.inputTokens, outputTokens: share.outputTokens, costUsd: unitCharacters * characterPrice + share.costUsd }),
      };
    }),
  };
}

/** What the translator has billed so far, in the provider's currency: characters and tokens. */
function billedCost(scheduler: Scheduler): number {
  const { totals, provider } = scheduler;
  return (totals.charactersBilled / 1_000_000) * provider.capabilities.pricePerMillionCharacters + totals.tokenCostUsd;
}

/** What one request of these segments is expected to bill. */
function requestCost(scheduler: Scheduler, batch: readonly Segment[]): number {
  const { provider } = scheduler;
  const characters = batch.reduce((sum, segment) => sum + (provider.billableCharacters?.(segment.text, segment.format) ?? segment.characters), 0);
  let cost = (characters / 1_000_000) * provider.capabilities.pricePerMillionCharacters;
  const prices = provider.capabilities.tokenPrices;
  if (prices && provider.estimateUsage && batch.length > 0) {
    const usage = provider.estimateUsage(
      batch.map((segment) => ({ id: segment.id, text: segment.text })),
      batch[0]!.format,
    );
    cost += (usage.inputTokens * prices.inputPerMillion + usage.outputTokens * prices.outputPerMillion) / 1_000_000;
  }
  return cost;
}

function costLimitError(scheduler: Scheduler, next: number): BilingualError {
  const billed = billedCost(scheduler);
  const money = (amount: number) => (amount < 0.01 && amount > 0 ? amount.toPrecision(2) : amount.toFixed(2));
  return new BilingualError(
    'COST_LIMIT',
    `Stopped at the spending cap: this run has billed ${money(billed)} of --max-cost ${money(scheduler.maxCost!)}, and the next request would bill about ${money(next)} more. Every translation received is in the cache: run again with a higher --max-cost to finish, paying only for the rest.`,
    { retryable: false, details: { billed, maxCost: scheduler.maxCost, nextRequestCost: next } },
  );
}

/** Each segment's share of its request's estimated tokens and token cost, by characters. */
function tokenShares(provider: TranslationProvider, batches: readonly Segment[][]) {
  const shares = new Map<Segment, { inputTokens: number; outputTokens: number; costUsd: number }>();
  const prices = provider.capabilities.tokenPrices ?? { inputPerMillion: 0, outputPerMillion: 0 };
  for (const batch of batches) {
    const usage = provider.estimateUsage?.(
      batch.map((segment) => ({ id: segment.id, text: segment.text })),
      batch[0]!.format,
    ) ?? { inputTokens: 0, outputTokens: 0 };
    const cost = (usage.inputTokens * prices.inputPerMillion + usage.outputTokens * prices.outputPerMillion) / 1_000_000;
    const total = batch.reduce((sum, segment) => sum + segment.characters, 0) || 1;
    for (const segment of batch) {
      const part = segment.characters / total;
      shares.set(segment, { inputTokens: usage.inputTokens * part, outputTokens: usage.outputTokens * part, costUsd: cost * part });
    }
  }
  return shares;
}

/** Tokens a request of these segments counts against a token quota (0 for providers that count none). */
function tokensOf(scheduler: Scheduler, batch: readonly Segment[]): number {
  const { provider } = scheduler;
  if (!provider.estimateUsage || batch.length === 0) return 0;
  const usage = provider.estimateUsage(
    batch.map((segment) => ({ id: segment.id, text: segment.text })),
    batch[0]!.format,
  );
  return usage.inputTokens + usage.outputTokens;
}

/** Milliseconds a 429 asked to wait, when the service said. */
function retryAfterOf(error: unknown): number | undefined {
  if (!(error instanceof ApiCallError) || error.statusCode !== 429 || error.retryAfterSeconds === undefined) return undefined;
  return Math.ceil(error.retryAfterSeconds * 1000);
}

/**
 * Two segments may share a request when they have one format and neither carries context:
 * a service takes context for a whole request (DeepL), so a part with context goes alone.
 */
function sameRequest(first: Segment, segment: Segment): boolean {
  return first.format === segment.format && first.context === undefined && segment.context === undefined;
}

/** A segment's translation to the units it is, and to the long units it is a part of once all their parts are in. */
function deliver(call: Call, segment: Segment, translation: string): void {
  for (const unitId of segment.unitIds) call.translations.set(unitId, translation);
  for (const { long, index } of segment.partOf) {
    long.answers[index] = translation;
    if (long.answers.every((answer) => answer !== undefined)) {
      const whole = long.join(long.answers as string[]);
      for (const unitId of long.unitIds) call.translations.set(unitId, whole);
    }
  }
}

/** Internal: a batch gave up; the details are collected in `failures`. */
class GaveUp extends Error {
  constructor(readonly errors: unknown[]) {
    super('gave up');
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
}

/** 429, or 403 for a rate limit (Google's `userRateLimitExceeded`): the service's quota is spent. */
function isQuotaRefusal(error: unknown): boolean {
  return error instanceof ApiCallError && (error.statusCode === 429 || error.statusCode === 403) && isRetryableError(error);
}

function isTooManySegments(error: unknown): boolean {
  return error instanceof ApiCallError && (error.statusCode === 400 || error.statusCode === 413) && TOO_MANY_SEGMENTS.test(error.message + ' ' + (error.responseBody ?? ''));
}

/** One translation per segment sent, same ids: anything else is a bad answer. */
function checkAnswer(batch: Segment[], translations: { id: string; text: string }[], providerId: string) {
  const answered = new Map<string, string>();
  for (const translation of translations) answered.set(translation.id, translation.text);
  const missing = batch.filter((segment) => typeof answered.get(segment.id) !== 'string');
  const usable = missing.length > 0 ? batch.length - missing.length : translations.length;
  checkTranslationCount(batch.length, usable, `Provider ${providerId}`, { missing: missing.map((segment) => segment.id) });
  return answered;
}

/** The timeout of a call in progress, for a provider that makes several requests in it. */
interface RequestTimer {
  /** Stops the clock (waiting for the quota between two requests of a call). */
  stop(): void;
  /** Starts a whole timeout again, for the next request of the call. */
  restart(): void;
}

/**
 * Runs one request with its own timeout. Rejects as soon as the timeout or the caller's
 * signal fires, even when the provider ignores its abort signal.
 */
async function withTimeout<T>(
  run: (signal: AbortSignal, timer: RequestTimer) => Promise<T>,
  timeoutMs: number,
  outer: AbortSignal | undefined,
  providerId: string,
  drainMs: number,
): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let drainTimer: ReturnType<typeof setTimeout> | undefined;
  let onOuterAbort: (() => void) | undefined;
  let arm = () => {};
  let settled = false;
  const stopped = new Promise<never>((_, reject) => {
    arm = () => {
      clearTimeout(timer);
      if (settled || !(timeoutMs > 0 && Number.isFinite(timeoutMs))) return;
      timer = setTimeout(() => {
        const error = new BilingualError(
          'PROVIDER_TIMEOUT',
          `Provider ${providerId} did not answer within ${timeoutMs} ms.`,
          { retryable: true, details: { timeoutMs } },
        );
        controller.abort(error);
        reject(error);
      }, timeoutMs);
    };
    arm();
    if (outer) {
      // Stopping lets a request already sent finish for a while: the service has it and
      // bills it, so its answer should reach the cache rather than be paid for again.
      onOuterAbort = () => {
        const stop = () => {
          controller.abort(outer.reason);
          reject(abortError(outer));
        };
        if (drainMs <= 0) stop();
        else drainTimer = setTimeout(stop, drainMs);
      };
      if (outer.aborted) onOuterAbort();
      else outer.addEventListener('abort', onOuterAbort, { once: true });
    }
  });
  const requestTimer: RequestTimer = { stop: () => clearTimeout(timer), restart: () => arm() };
  const running = (async () => run(controller.signal, requestTimer))();
  running.catch(() => {});
  stopped.catch(() => {});
  try {
    return await Promise.race([running, stopped]);
  } finally {
    settled = true;
    clearTimeout(timer);
    clearTimeout(drainTimer);
    if (onOuterAbort) outer?.removeEventListener('abort', onOuterAbort);
  }
}

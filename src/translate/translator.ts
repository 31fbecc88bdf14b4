/**
 * The scheduler between the pipeline and the providers. Rate limits, batching, retries,
 * deduplication and the cache live here, once, so every provider gets them for free.
 *
 * One `translate` call: identical texts are sent once; cached ones not at all; the rest go in
 * batches within the provider's and the config's limits, at most `limits.concurrency` at once,
 * within the per-minute quotas over any rolling window, each with a timeout, retried with
 * backoff when the failure is retryable. Each answered request goes to the cache at once, so
 * an interrupted run resumes where it stopped.
 */
import pLimit from 'p-limit';
import type { LimitsConfig, RetryConfig } from '../config/types.ts';
import { ApiCallError, BilingualError, RetryError } from '../errors.ts';
import { checkTranslationCount } from '../providers/check-translation-count.ts';
import type { ProviderGlossary, TextFormat, TranslationProvider } from '../providers/types.ts';
import { translationCacheKey, type CacheEntry, type TranslationCache } from './cache.ts';
import { calculateRetryDelay } from './calculate-retry-delay.ts';
import { isRetryableError } from './is-retryable-error.ts';
import { batchLimits, countCharacters, makeBatches, takeBatch } from './make-batches.ts';
import { abortError, createRollingWindowLimiter, defaultSleep, type SendPermit, type Sleep } from './rolling-window-limiter.ts';

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
  /** Distinct texts among them (text and format). */
  uniqueTexts: number;
  /** Distinct texts served by the cache. */
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
}

export type TranslatorEvent =
  | { type: 'cache-hit'; texts: number; units: number }
  /** Answered texts could not be stored: kept for this run, but a later run will send them again. */
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
  /** This call's numbers. */
  stats: TranslatorStats;
}

export interface Estimate {
  /** Distinct texts. */
  segments: number;
  /** Distinct texts the cache does not have: what would be sent. */
  segmentsAfterCache: number;
  /** Characters that would be sent and billed (markup included), cache hits excluded. */
  characters: number;
  /** Requests needed, without retries. */
  requests: number;
  /** `characters` at the provider's list price. */
  estimatedCostUsd: number;
  units: { id: string; characters: number; cached: boolean; duplicateOf?: string }[];
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
  limits: LimitsConfig;
  retry: RetryConfig;
  /** null: no cache (identical texts are still sent once per call). */
  cache: TranslationCache | null;
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
  /** @default Date.now */
  now?: () => number;
  /** Uniform in [0, 1), for the retry jitter. @default Math.random */
  random?: () => number;
}

interface UniqueText {
  /** Id inside requests: `s<n>`. */
  id: string;
  text: string;
  format: TextFormat;
  characters: number;
  cacheKey: string;
  unitIds: string[];
}

export function emptyStats(): TranslatorStats {
  return { units: 0, uniqueTexts: 0, cacheHits: 0, requests: 0, charactersSent: 0, charactersBilled: 0, retries: 0, failures: 0 };
}

const TOO_MANY_SEGMENTS = /too many (text )?segments|too many (texts|strings)|request payload size exceeds|too large/i;

export function createTranslator(options: TranslatorOptions): Translator {
  const { provider, limits, retry, cache } = options;
  const emit = options.onEvent ?? (() => {});
  const drainMs = options.drainMs ?? options.limits.requestTimeoutMs;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const concurrency = provider.capabilities.concurrent ? Math.max(1, limits.concurrency) : 1;
  const slots = pLimit(concurrency);
  const limiter = createRollingWindowLimiter({
    requestsPerWindow: limits.requestsPerMinute,
    charactersPerWindow: limits.charactersPerMinute,
    windowMs: options.windowMs,
    now,
    sleep,
  });
  const totals = emptyStats();
  let engine: Promise<string> | undefined;
  let requestCounter = 0;
  let closed = false;

  function count(call: TranslatorStats, field: keyof TranslatorStats, amount = 1) {
    call[field] += amount;
    totals[field] += amount;
  }

  async function prepare(units: readonly TranslationUnit[], translateOptions: TranslateOptions) {
    if (closed) throw new BilingualError('USAGE', 'The translator is closed; create a new one.');
    engine ??= provider.doDescribe();
    const description = await engine;
    const byKey = new Map<string, UniqueText>();
    const duplicateOf = new Map<string, string>();
    for (const unit of units) {
      const cacheKey = translationCacheKey({
        provider: provider.id,
        engine: description,
        sourceLanguage: translateOptions.sourceLanguage,
        targetLanguage: translateOptions.targetLanguage,
        format: unit.format,
        glossaryVersion: translateOptions.glossaryVersion ?? translateOptions.glossary?.version ?? '',
        text: unit.text,
      });
      const existing = byKey.get(cacheKey);
      if (existing) {
        existing.unitIds.push(unit.id);
        duplicateOf.set(unit.id, existing.unitIds[0]!);
        continue;
      }
      byKey.set(cacheKey, {
        id: `s${byKey.size}`,
        text: unit.text,
        format: unit.format,
        characters: countCharacters(unit.text),
        cacheKey,
        unitIds: [unit.id],
      });
    }
    const texts = [...byKey.values()];
    const cached = cache ? cache.get(texts.map((text) => text.cacheKey)) : new Map<string, string>();
    const misses = texts.filter((text) => !cached.has(text.cacheKey));
    const limitsForBatches = batchLimits(provider.capabilities, limits);
    // One format per request: the queue holds the plain texts, then the HTML ones.
    const queue = (['text', 'html'] as const).flatMap((format) => misses.filter((text) => text.format === format));
    // Also fails at once, before anything is sent, when one text can never fit a request.
    const batches = (['text', 'html'] as const).flatMap((format) =>
      makeBatches(
        queue.filter((text) => text.format === format),
        limitsForBatches,
      ),
    );
    return { texts, cached, misses, queue, batches, duplicateOf, limitsForBatches };
  }

  async function translate(units: readonly TranslationUnit[], translateOptions: TranslateOptions): Promise<TranslateOutcome> {
    const signal = translateOptions.signal;
    if (signal?.aborted) throw abortError(signal);
    const call = emptyStats();
    const { texts, cached, misses, queue, limitsForBatches } = await prepare(units, translateOptions);
    count(call, 'units', units.length);
    count(call, 'uniqueTexts', texts.length);
    count(call, 'cacheHits', texts.length - misses.length);
    const translations = new Map<string, string>();
    for (const text of texts) {
      const hit = cached.get(text.cacheKey);
      if (hit !== undefined) for (const unitId of text.unitIds) translations.set(unitId, hit);
    }
    if (call.cacheHits > 0) {
      emit({ type: 'cache-hit', texts: call.cacheHits, units: texts.filter((t) => cached.has(t.cacheKey)).reduce((n, t) => n + t.unitIds.length, 0) });
    }
    let segmentsDone = call.cacheHits;
    const progress = () =>
      emit({
        type: 'progress',
        segmentsDone,
        segmentsTotal: texts.length,
        cacheHits: call.cacheHits,
        requests: call.requests,
        charactersBilled: call.charactersBilled,
        retries: call.retries,
      });
    progress();

    const failures: { error: unknown; segmentIds: string[]; reason: RetryError['reason'] }[] = [];
    let stopped = false;

    const accept = (batch: UniqueText[], answered: Map<string, string>) => {
      const entries: CacheEntry[] = [];
      for (const text of batch) {
        const translation = answered.get(text.id)!;
        for (const unitId of text.unitIds) translations.set(unitId, translation);
        entries.push({ key: text.cacheKey, translation, characters: text.characters });
      }
      try {
        cache?.set(entries);
      } catch (error) {
        // The service answered and billed: keep the translation for this run, and say the
        // cache missed it rather than fail the segments.
        emit({ type: 'cache-write-failed', texts: entries.length, error });
      }
      segmentsDone += batch.length;
      progress();
    };

    const sendBatch = async (batch: UniqueText[], firstPermit?: SendPermit): Promise<void> => {
      const request = ++requestCounter;
      const characters = batch.reduce((sum, text) => sum + text.characters, 0);
      const errors: unknown[] = [];
      for (let attempt = 1; ; attempt += 1) {
        if (signal?.aborted) {
          firstPermit?.done();
          throw abortError(signal);
        }
        const permit = attempt === 1 && firstPermit ? firstPermit : await limiter.acquire(characters, signal);
        count(call, 'requests');
        count(call, 'charactersSent', characters);
        emit({ type: 'request-sent', request, attempt, segments: batch.length, characters });
        const started = now();
        try {
          const result = await withTimeout(
            (abortSignal) =>
              provider.doTranslate({
                segments: batch.map((text) => ({ id: text.id, text: text.text })),
                sourceLanguage: translateOptions.sourceLanguage,
                targetLanguage: translateOptions.targetLanguage,
                format: batch[0]!.format,
                glossary: provider.capabilities.glossary ? translateOptions.glossary : undefined,
                abortSignal,
              }),
            limits.requestTimeoutMs,
            signal,
            provider.id,
            drainMs,
          );
          permit.done();
          const answered = checkAnswer(batch, result.translations, provider.id);
          count(call, 'charactersBilled', result.billedCharacters);
          emit({ type: 'request-done', request, attempt, segments: batch.length, characters, durationMs: now() - started });
          accept(batch, answered);
          return;
        } catch (error) {
          permit.done();
          if (signal?.aborted) throw abortError(signal);
          errors.push(error);
          if (batch.length > 1 && isTooManySegments(error)) {
            emit({ type: 'batch-split', request, segments: batch.length });
            const half = Math.ceil(batch.length / 2);
            await sendBatch(batch.slice(0, half));
            await sendBatch(batch.slice(half));
            return;
          }
          const retryable = isRetryableError(error);
          if (!retryable || attempt >= retry.maxAttempts) {
            count(call, 'failures');
            const segmentIds = batch.flatMap((text) => text.unitIds);
            emit({ type: 'request-failed', request, segmentIds, error });
            failures.push({ error, segmentIds, reason: retryable ? 'maxAttemptsExceeded' : 'errorNotRetryable' });
            throw new GaveUp(errors);
          }
          const delayMs = calculateRetryDelay({ attempt, error, retry, random });
          count(call, 'retries');
          emit({ type: 'retry', request, attempt, delayMs, error });
          await sleep(delayMs, signal);
        }
      }
    };

    /**
     * Requests are cut when they are sent, not in advance: each takes the next texts up to
     * the batch limits AND what the window's quota can take right now, so no quota is left
     * unused at the end of a window. One worker at a time cuts (the limiter is first come,
     * first served anyway); up to `concurrency` requests are then in flight.
     */
    let next = 0;
    let cutting: Promise<unknown> = Promise.resolve();
    const sameFormat = (first: UniqueText, text: UniqueText) => first.format === text.format;
    const cutNext = () => {
      const turn = cutting.then(async () => {
        if (stopped || next >= queue.length) return undefined;
        const permit = await limiter.acquireFlexible(queue[next]!.characters, signal);
        const end = takeBatch(queue, next, limitsForBatches, permit.budget, sameFormat);
        const batch = queue.slice(next, end);
        next = end;
        permit.resize(batch.reduce((sum, text) => sum + text.characters, 0));
        return { batch, permit };
      });
      cutting = turn.catch(() => {});
      return turn;
    };
    const worker = async () => {
      for (;;) {
        if (stopped || signal?.aborted) return;
        const claimed = await cutNext();
        if (!claimed) return;
        try {
          await sendBatch(claimed.batch, claimed.permit);
        } catch (error) {
          stopped = true;
          throw error;
        }
      }
    };
    const workers = Math.max(1, Math.min(concurrency, queue.length));
    const outcomes = await Promise.allSettled(Array.from({ length: workers }, () => slots(worker)));
    if (signal?.aborted) throw abortError(signal);
    const unexpected = outcomes.find(
      (outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected' && !(outcome.reason instanceof GaveUp),
    );
    if (unexpected) throw unexpected.reason;
    if (failures.length > 0) {
      const segmentIds = failures.flatMap((failure) => failure.segmentIds);
      const errors = outcomes.flatMap((outcome) =>
        outcome.status === 'rejected' && outcome.reason instanceof GaveUp ? outcome.reason.errors : [],
      );
      const first = failures[0]!;
      throw new RetryError(
        `${first.reason === 'maxAttemptsExceeded' ? `Gave up after ${retry.maxAttempts} attempts` : 'Translation failed'} for ${segmentIds.length} segment(s) (${segmentIds.slice(0, 5).join(', ')}${segmentIds.length > 5 ? ', …' : ''}): ${describe(first.error)}.`,
        { reason: first.reason, errors, segmentIds },
      );
    }
    return { translations, stats: call };
  }

  async function estimate(units: readonly TranslationUnit[], translateOptions: TranslateOptions): Promise<Estimate> {
    const { texts, cached, misses, batches, duplicateOf } = await prepare(units, translateOptions);
    const characters = misses.reduce((sum, text) => sum + text.characters, 0);
    const byUnit = new Map<string, UniqueText>();
    for (const text of texts) for (const unitId of text.unitIds) byUnit.set(unitId, text);
    return {
      segments: texts.length,
      segmentsAfterCache: misses.length,
      characters,
      requests: batches.length,
      estimatedCostUsd: (characters / 1_000_000) * provider.capabilities.pricePerMillionCharacters,
      units: units.map((unit) => {
        const text = byUnit.get(unit.id)!;
        const duplicate = duplicateOf.get(unit.id);
        return {
          id: unit.id,
          characters: text.characters,
          cached: cached.has(text.cacheKey),
          ...(duplicate === undefined ? {} : { duplicateOf: duplicate }),
        };
      }),
    };
  }

  return {
    translate,
    estimate,
    stats: () => ({ ...totals }),
    async close() {
      closed = true;
    },
  };
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

function isTooManySegments(error: unknown): boolean {
  return error instanceof ApiCallError && error.statusCode === 400 && TOO_MANY_SEGMENTS.test(error.message + ' ' + (error.responseBody ?? ''));
}

/** One translation per segment sent, same ids: anything else is a bad answer. */
function checkAnswer(batch: UniqueText[], translations: { id: string; text: string }[], providerId: string) {
  const answered = new Map<string, string>();
  for (const translation of translations) answered.set(translation.id, translation.text);
  const missing = batch.filter((text) => typeof answered.get(text.id) !== 'string');
  const usable = missing.length > 0 ? batch.length - missing.length : translations.length;
  checkTranslationCount(batch.length, usable, `Provider ${providerId}`, { missing: missing.map((text) => text.id) });
  return answered;
}

/**
 * Runs one request with its own timeout. Rejects as soon as the timeout or the caller's
 * signal fires, even when the provider ignores its abort signal.
 */
async function withTimeout<T>(
  run: (signal: AbortSignal) => Promise<T>,
  timeoutMs: number,
  outer: AbortSignal | undefined,
  providerId: string,
  drainMs: number,
): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let drainTimer: ReturnType<typeof setTimeout> | undefined;
  let onOuterAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    if (timeoutMs > 0 && Number.isFinite(timeoutMs)) {
      timer = setTimeout(() => {
        const error = new BilingualError(
          'PROVIDER_TIMEOUT',
          `Provider ${providerId} did not answer within ${timeoutMs} ms.`,
          { retryable: true, details: { timeoutMs } },
        );
        controller.abort(error);
        reject(error);
      }, timeoutMs);
    }
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
  const running = (async () => run(controller.signal))();
  running.catch(() => {});
  stopped.catch(() => {});
  try {
    return await Promise.race([running, stopped]);
  } finally {
    clearTimeout(timer);
    clearTimeout(drainTimer);
    if (onOuterAbort) outer?.removeEventListener('abort', onOuterAbort);
  }
}

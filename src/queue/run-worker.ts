/**
 * `bilingual worker`: takes articles from the queue and builds each with the ordinary
 * pipeline (`build`, one article per run), `concurrency` at a time. Run as many workers as
 * you like, on any machine that reaches Redis and the input and output folders: they share
 * one quota budget per provider (`redis-rolling-window-limiter.ts`) and one translation cache
 * (`redis-translation-cache.ts`), so the service sees one client and no sentence is paid twice.
 *
 * Crash safety: a worker holds a lock on its article, renewed while it works. Killed, its lock
 * lapses after `queue.lockMs` and another worker takes the article again; every translation
 * answered before the kill is in the shared cache, and outputs are written atomically, so the
 * new attempt pays only for what was never answered. Each job claims the texts it is about to
 * send (`redis-translation-cache.ts`, `queue.claimMs`): a worker needing a text another is
 * sending waits for that answer, and takes the text over once a dead worker's claim lapses.
 * An article that fails `queue.attempts`
 * times is failed alone, its reason kept for `bilingual status`.
 */
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { providerLimitsOf, resolveLimits } from '../translate/resolve-limits.ts';
import type { Config } from '../config/types.ts';
import { loadConfiguredGlossary } from '../glossary/index.ts';
import type { BuildOptions, BuildSummary } from '../pipeline.ts';
import { createProvider } from '../providers/registry.ts';
import type { TranslationProvider } from '../providers/types.ts';
import type { RollingWindowLimiter } from '../translate/rolling-window-limiter.ts';
import { openArticleQueue, type ArticleJobData, type ArticleJobResult } from './article-queue.ts';
import { createRedisRollingWindowLimiter } from './redis-rolling-window-limiter.ts';
import { createRedisTranslationCache } from './redis-translation-cache.ts';
import { createRedisMemoryReader } from './redis-translation-memory.ts';
import { recordRunIndexEntry, writeQueueRunIndex, writesRunIndex } from './queue-run-index.ts';
import { failedRunIndexEntry, type RunIndexEntry } from '../render/render-run-index.ts';
import { slugFromFileName } from '../input/find-articles.ts';

export type WorkerEvent =
  /** The code is loaded and the worker is about to take articles. */
  | { type: 'ready' }
  | { type: 'article-start'; file: string; attempt: number }
  | { type: 'article-done'; file: string; durationMs: number; result: ArticleJobResult }
  /** `final`: no attempt is left, the article is failed. */
  | { type: 'article-failed'; file: string; attempt: number; final: boolean; reason: string }
  /** The output folder's `index.html` could not be written again (the article itself is built). */
  | { type: 'index-failed'; outDir: string; reason: string };

export interface RunWorkerOptions {
  config: Config;
  /** An open connection; stays the caller's. */
  redis: Redis;
  /** Where the connection goes, as the cache names itself. */
  redisUrl: string;
  /**
   * Articles built at once in this process.
   * @default 1
   */
  concurrency?: number;
  /**
   * Stop once nothing is queued, delayed or running anywhere (for scripts, tests and benches);
   * otherwise wait for more until the signal.
   * @default false
   */
  untilEmpty?: boolean;
  /** Stops taking articles; those running are finished first. */
  signal?: AbortSignal;
  onEvent?: (event: WorkerEvent) => void;
  /** @default the real pipeline's `build` */
  build?: (options: BuildOptions) => Promise<BuildSummary>;
}

export interface WorkerSummary {
  built: number;
  failed: number;
}

/** One provider per id, opened once per worker, with its shared limiter. */
interface ProviderSlot {
  provider: TranslationProvider;
  limiter: RollingWindowLimiter;
}

export async function runWorker(options: RunWorkerOptions): Promise<WorkerSummary> {
  const { config, redis } = options;
  const emit = options.onEvent ?? (() => {});
  const build = options.build ?? (await import('../pipeline.ts')).build;
  const glossary = await loadConfiguredGlossary(config.glossary.path);
  const memory = createRedisMemoryReader(redis, { prefix: config.queue.name, url: options.redisUrl }); // human translations, never sent
  const slots = new Map<string, Promise<ProviderSlot>>();
  const summary: WorkerSummary = { built: 0, failed: 0 };

  const slotFor = (providerId: string) => {
    let slot = slots.get(providerId);
    if (!slot) {
      slot = (async () => {
        const provider = await createProvider({ ...config, provider: providerId as Config['provider'] });
        // The provider's service limits, replaced by the config's, as `bilingual build` applies them.
        const limits = resolveLimits(provider.capabilities, config.limits, providerLimitsOf(config, providerId));
        return {
          provider,
          limiter: createRedisRollingWindowLimiter(redis, {
            prefix: config.queue.name,
            scope: providerId,
            requestsPerWindow: limits.requestsPerMinute,
            charactersPerWindow: limits.charactersPerMinute,
            tokensPerWindow: limits.tokensPerMinute,
            windowMs: config.queue.quotaWindowMs,
            leaseMs: config.limits.requestTimeoutMs,
          }),
        };
      })();
      slot.catch(() => slots.delete(providerId));
      slots.set(providerId, slot);
    }
    return slot;
  };

  /** The article's entry recorded for the folder's `index.html`, and the page written again. */
  const indexWrites = new Set<Promise<void>>();
  const updateRunIndex = async (outDir: string, entry: RunIndexEntry) => {
    if (!writesRunIndex(config)) return;
    try {
      await recordRunIndexEntry(redis, config.queue.name, outDir, entry);
      await writeQueueRunIndex(redis, config.queue.name, outDir);
    } catch (error) {
      emit({ type: 'index-failed', outDir, reason: error instanceof Error ? error.message : String(error) });
    }
  };

  const processArticle = async (job: Job<ArticleJobData, ArticleJobResult, string>): Promise<ArticleJobResult> => {
    const data = job.data;
    emit({ type: 'article-start', file: data.file, attempt: job.attemptsMade + 1 });
    if ((glossary?.version ?? '') !== data.glossaryVersion) {
      throw new UnrecoverableError(
        `The worker's glossary (${config.glossary.path ?? 'none'}) is not the one the article was queued with; run the workers with the same glossary as enqueue.`,
      );
    }
    const { provider, limiter } = await slotFor(data.provider);
    const started = Date.now();
    // The job's own view of the shared cache: what it is about to send, it claims first, so no
    // other worker pays for the same text meanwhile; what it still holds when it ends, it gives up.
    const cache = createRedisTranslationCache(redis, { prefix: config.queue.name, url: options.redisUrl, claims: { ttlMs: config.queue.claimMs } });
    let result: BuildSummary;
    try {
      result = await build({
        inputs: [data.file],
        config: { ...config, provider: data.provider as Config['provider'], output: { ...config.output, dir: data.outDir } },
        outDir: data.outDir,
        dryRun: false,
        failFast: true,
        provider: keptOpen(provider),
        cache,
        limiter,
        memory,
        runIndex: false,
      });
    } finally {
      await cache.close();
    }
    const article = result.articles[0];
    if (!article?.ok) throw article?.error ?? new Error(`${data.file} gave no article.`);
    if (article.index) await updateRunIndex(data.outDir, article.index);
    const outcome: ArticleJobResult = {
      outputs: article.outputs,
      sentences: article.sentences,
      segmentsSent: result.segmentsSent,
      cacheHits: result.cacheHits,
      requests: result.requests,
      charactersBilled: result.charactersBilled,
    };
    emit({ type: 'article-done', file: data.file, durationMs: Date.now() - started, result: outcome });
    return outcome;
  };

  const worker = new Worker<ArticleJobData, ArticleJobResult, string>(config.queue.name, processArticle, {
    connection: redis,
    prefix: config.queue.name,
    concurrency: Math.max(1, options.concurrency ?? 1),
    lockDuration: config.queue.lockMs,
    stalledInterval: config.queue.lockMs,
    // A worker killed mid-article is not the article's fault: it may stall as often as it may fail.
    maxStalledCount: config.queue.attempts,
    autorun: false,
  });
  worker.on('completed', () => {
    summary.built += 1;
  });
  worker.on('failed', (job, error) => {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    const final = job.attemptsMade >= attempts || error instanceof UnrecoverableError;
    if (final) {
      summary.failed += 1;
      const written = updateRunIndex(job.data.outDir, failedRunIndexEntry(job.data.file, slugFromFileName(job.data.file), error));
      indexWrites.add(written);
      void written.finally(() => indexWrites.delete(written));
    }
    emit({ type: 'article-failed', file: job.data.file, attempt: job.attemptsMade, final, reason: error.message });
  });
  worker.on('error', () => {}); // connection hiccups: BullMQ reconnects and goes on

  const queue = openArticleQueue(redis, config);
  const stopped = new Promise<void>((resolve) => {
    if (options.signal?.aborted) return resolve();
    options.signal?.addEventListener('abort', () => resolve(), { once: true });
    if (options.untilEmpty) void watchUntilEmpty(queue, options.signal).then(resolve, resolve);
  });
  emit({ type: 'ready' });
  const running = worker.run();
  try {
    await Promise.race([stopped, running]);
  } finally {
    await worker.close();
    await running.catch(() => {});
    await Promise.all(indexWrites);
    await queue.close();
    for (const slot of slots.values()) await (await slot.catch(() => undefined))?.provider.close?.();
  }
  return summary;
}

/** Resolves once nothing is waiting, delayed or active anywhere in the queue. */
async function watchUntilEmpty(queue: ReturnType<typeof openArticleQueue>, signal: AbortSignal | undefined): Promise<void> {
  for (;;) {
    if (signal?.aborted) return;
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    if (Object.values(counts).every((count) => count === 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The worker's provider lent to one build, which closes what it is given: this one stays open. */
function keptOpen(provider: TranslationProvider): TranslationProvider {
  return Object.assign(Object.create(provider) as TranslationProvider, { close: async () => {} });
}

/**
 * What `build` takes, reports while it runs and returns: the types the CLI, the benchmarks and
 * the tests use. `src/pipeline.ts` re-exports them.
 */
import type { Config } from '../config/types.ts';
import type { MemoryReader } from '../memory/translation-memory.ts';
import type { TranslationProvider } from '../providers/types.ts';
import type { RunIndexEntry } from '../render/render-run-index.ts';
import type { ArticleEstimate } from '../translate/translate-articles.ts';
import type { TranslationStore } from '../translate/cache.ts';
import type { RollingWindowLimiter } from '../translate/rolling-window-limiter.ts';
import type { TranslatorEvent } from '../translate/translator.ts';

export type PipelineEvent =
  | { type: 'articles-found'; files: string[] }
  | { type: 'article-start'; file: string; index: number; total: number }
  | { type: 'article-structured'; file: string; blocks: number; sentences: number }
  /** A translation call begins for these articles; its progress comes as `translation-progress` under `key`. */
  | { type: 'translation-start'; key: string; files: string[]; segments: number }
  /** The scheduler's `progress` for the call announced under `file` (the `translation-start` key). */
  | ({ type: 'translation-progress'; file: string } & Omit<Extract<TranslatorEvent, { type: 'progress' }>, 'type'>)
  | { type: 'article-done'; file: string; outputs: string[]; warnings: number; qaFailures: number }
  | { type: 'article-failed'; file: string; error: unknown }
  | { type: 'warning'; file?: string; message: string };

export interface BuildOptions {
  /** Files, folders or globs. */
  inputs: string[];
  config: Config;
  /** Output folder; `<out>/<slug>/` per article. */
  outDir: string;
  /** Send nothing; report what a real run would bill. */
  dryRun: boolean;
  /** Stop at the first failed article. */
  failFast: boolean;
  signal?: AbortSignal;
  onEvent?: (event: PipelineEvent) => void;
  /** A ready provider instead of the one named in the config (tests, embedding). */
  provider?: TranslationProvider;
  /** The time written into outputs. @default now */
  now?: () => Date;
  /**
   * A cache shared with other processes (a queue worker's Redis cache), used instead of the
   * one `config.cache` names; the run does not close it.
   * @default the SQLite file of `config.cache`
   */
  cache?: TranslationStore;
  /**
   * Human translations shared with other processes (a queue worker's copy in Redis), read
   * instead of the file `config.memory.path` names; the run does not close it.
   * @default the SQLite file of `config.memory.path`, read only
   */
  memory?: MemoryReader;
  /**
   * A quota limiter shared with other processes (a queue worker's Redis limiter).
   * @default the run's own, from `config.limits`
   */
  limiter?: RollingWindowLimiter;
  /**
   * Write `<out>/index.html` listing the run's articles (with the `html` output). A queue
   * worker builds one article per run and writes none.
   * @default true
   */
  runIndex?: boolean;
}

export interface ArticleOutcome {
  file: string;
  slug: string;
  ok: boolean;
  outputs: string[];
  error?: unknown;
  sentences: number;
  warnings: number;
  qaFailures: number;
  /**
   * Sentences the provider gave no usable translation (built runs): in the editions as
   * `[no translation]`, in the QA report, and asked again by the next run. Unset: none.
   */
  untranslated?: number;
  /** What the run's index shows of this article (built runs only). */
  index?: RunIndexEntry;
  /**
   * Dry run only: what this article adds to the run's bill. Texts already counted for an
   * earlier article of the run, or in the cache, are free. Requests are counted for the run
   * (`BuildSummary.requests`): articles share them.
   */
  estimate?: ArticleEstimate;
}

export interface BuildSummary {
  articles: ArticleOutcome[];
  sentences: number;
  segmentsSent: number;
  cacheHits: number;
  requests: number;
  /** Characters sent, markup included (in a dry run, the billable characters that would be sent: see `Estimate.characters`). */
  charactersSent: number;
  charactersBilled: number;
  /** Tokens sent and received, for providers that bill tokens (absent or 0 otherwise, and in a dry run). */
  inputTokens?: number;
  outputTokens?: number;
  estimatedCostUsd: number;
  retries: number;
  durationMs: number;
  warnings: number;
  /** Sentences with at least one failed QA check (error severity), over all articles. */
  qaFailures: number;
  /** Sentences left with no translation over all articles (`ArticleOutcome.untranslated`); the next run asks for them again. */
  untranslated: number;
  failures: number;
  dryRun: boolean;
  provider: string;
  /** The run's `index.html`, written when the `html` output is chosen. */
  runIndex?: string;
}

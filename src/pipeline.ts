/**
 * The fixed pipeline: ingest -> layout -> segment -> translate -> align -> qa -> render -> write.
 * One function per command; the CLI only parses arguments, reports progress and maps errors
 * to exit codes.
 */
import type { Config } from './config/types.ts';
import type { StructuredArticle } from './types.ts';

export type PipelineEvent =
  | { type: 'articles-found'; files: string[] }
  | { type: 'article-start'; file: string; index: number; total: number }
  | { type: 'article-structured'; file: string; blocks: number; sentences: number }
  | {
      type: 'translation-progress';
      file: string;
      segmentsDone: number;
      segmentsTotal: number;
      cacheHits: number;
      requests: number;
      charactersBilled: number;
      retries: number;
    }
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
}

export interface BuildSummary {
  articles: ArticleOutcome[];
  sentences: number;
  segmentsSent: number;
  cacheHits: number;
  requests: number;
  charactersBilled: number;
  estimatedCostUsd: number;
  retries: number;
  durationMs: number;
  warnings: number;
  failures: number;
}

export declare function structureFile(path: string): Promise<StructuredArticle>;
export declare function build(options: BuildOptions): Promise<BuildSummary>;

import type { OutputFormat } from '../render/output-formats.ts';

/**
 * The shape of the merged configuration. `src/config/schema.ts` validates it (zod) and
 * `config/default.yaml` documents every key with its default. Keep the three in step.
 */
export interface LimitsConfig {
  /** Requests in flight at once. @default 4 */
  concurrency: number;
  /** Requests per rolling 60 s. 0 means no limit. @default 600 */
  requestsPerMinute: number;
  /** Characters sent (markup included) per rolling 60 s, as Google counts them. 0 means no limit. @default 600000 */
  charactersPerMinute: number;
  /** Overrides the provider's own segment limit when lower. */
  maxSegmentsPerRequest?: number;
  /** Overrides the provider's own character limit when lower. */
  maxCharactersPerRequest?: number;
  /** Time one request may take before it is aborted and retried. @default 30000 */
  requestTimeoutMs: number;
}

export interface RetryConfig {
  /** Attempts per request, the first included. @default 5 */
  maxAttempts: number;
  /** First backoff delay. @default 500 */
  initialDelayMs: number;
  /** Longest backoff delay. @default 30000 */
  maxDelayMs: number;
  /** Multiplier between attempts. @default 2 */
  backoffFactor: number;
}

export interface CacheConfig {
  /** @default true */
  enabled: boolean;
  /** SQLite file. @default ".cache/translations.sqlite" */
  path: string;
}

export interface GoogleConfig {
  /** API key; prefer the GOOGLE_API_KEY environment variable. */
  apiKey?: string;
  /** Model: `nmt` or `base`. @default "nmt" */
  model?: string;
}

export interface GoogleAdvancedConfig {
  /** Google Cloud project id (or GOOGLE_CLOUD_PROJECT). */
  projectId?: string;
  /** @default "global" */
  location: string;
  /** Model path or short name, for example `general/nmt`. */
  model?: string;
  /** Service-account JSON file (or GOOGLE_APPLICATION_CREDENTIALS). */
  credentialsFile?: string;
  /** Existing glossary resource id on the service. */
  glossaryId?: string;
}

export interface ApertiumConfig {
  /** Folder with the pairs' `.mode` files. @default "/usr/share/apertium/modes" */
  modesDir: string;
  /** Modes to chain from French to English. @default ["fr-es", "spa-eng"] */
  modes: string[];
  /**
   * Warm engines run side by side (each about 330 MB); `limits.concurrency` requests go to
   * them at once. One is enough on two cores. @default 1
   */
  processes: number;
}

export interface Config {
  /** Provider id. @default "apertium" */
  provider: string;
  sourceLanguage: 'fr';
  targetLanguage: 'en';
  limits: LimitsConfig;
  retry: RetryConfig;
  cache: CacheConfig;
  providers: {
    google: GoogleConfig;
    'google-advanced': GoogleAdvancedConfig;
    apertium: ApertiumConfig;
  };
  output: {
    /** @default "output" */
    dir: string;
    /**
     * The outputs written for each article, among `side-by-side`, `interleaved`, `english`,
     * `french` (the Markdown editions), `json`, `tmx`, `qa` and `html` (the reader; the run's
     * `index.html` comes with it). Flag: `--format html,json`.
     * @default all of them
     */
    formats: OutputFormat[];
  };
  glossary: {
    /** YAML glossary file; none when unset. @default "config/glossary.yaml" */
    path?: string;
  };
  qa: {
    /** A failed check fails the article. @default false */
    strict: boolean;
  };
}

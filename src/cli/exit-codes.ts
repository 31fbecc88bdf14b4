/**
 * The exit codes of `bilingual`, stable for scripts. The README lists the same table.
 */
import { isBilingualError, RetryError, type ErrorCode } from '../errors.ts';

export const ExitCode = {
  /** Everything asked for was done. */
  ok: 0,
  /** Some articles failed (the others were written); the summary names each failure. */
  articlesFailed: 1,
  /** The command line or the configuration is wrong: nothing was attempted. */
  usage: 2,
  /** The provider or engine cannot be used: credentials missing, engine not installed. */
  unavailable: 3,
  /**
   * The spending cap (`--max-cost`): the run's estimate was over it and nothing was sent, or
   * the run reached it and stopped; finished translations are kept in the cache.
   */
  costLimit: 4,
  /** Interrupted (Ctrl-C or SIGTERM): finished translations are kept in the cache. */
  interrupted: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

const USAGE_CODES: ReadonlySet<ErrorCode> = new Set([
  'USAGE',
  'CONFIG_INVALID',
  'CONFIG_SYNTAX',
  'UNKNOWN_PROVIDER',
  'INPUT_NOT_FOUND',
  'INPUT_IS_DIRECTORY',
  'NO_ARTICLES',
  // A cache file that cannot be opened stops the run before any article: a setting to fix
  // (cache.path, --no-cache), not an article that failed.
  'CACHE_ERROR',
  // The translation memory, and a file to import that cannot be taken back (unreadable, its
  // French changed since export) or an article not built yet: nothing was written.
  'MEMORY_ERROR',
  'EXCHANGE_UNREADABLE',
  'EXCHANGE_SOURCE_CHANGED',
  'EXCHANGE_NOT_BUILT',
]);

const UNAVAILABLE_CODES: ReadonlySet<ErrorCode> = new Set(['MISSING_CREDENTIALS', 'ENGINE_NOT_INSTALLED', 'QUEUE_UNAVAILABLE']);

/** The exit code for an error that stopped the whole command. */
export function exitCodeFor(error: unknown): ExitCodeValue {
  if (!isBilingualError(error)) return ExitCode.articlesFailed;
  if (error.code === 'INTERRUPTED') return ExitCode.interrupted;
  if (error.code === 'COST_LIMIT') return ExitCode.costLimit;
  if (USAGE_CODES.has(error.code)) return ExitCode.usage;
  if (UNAVAILABLE_CODES.has(error.code)) return ExitCode.unavailable;
  return ExitCode.articlesFailed;
}

/**
 * The exit code of a run from its articles' errors: 0 when none failed, 3 when every failure
 * is the provider being unavailable (also when a request was refused for it, such as a key the
 * service rejects, and not retried), 1 otherwise.
 */
export function exitCodeForFailures(errors: unknown[]): ExitCodeValue {
  if (errors.length === 0) return ExitCode.ok;
  // The cap stopped the run: the articles it left are not failures of their own.
  if (errors.some((error) => isBilingualError(error) && error.code === 'COST_LIMIT')) return ExitCode.costLimit;
  const unavailable = errors.every((error) => {
    const reason = error instanceof RetryError && error.reason === 'errorNotRetryable' ? error.lastError : error;
    return isBilingualError(reason) && UNAVAILABLE_CODES.has(reason.code);
  });
  return unavailable ? ExitCode.unavailable : ExitCode.articlesFailed;
}

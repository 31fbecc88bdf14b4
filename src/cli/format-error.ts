/**
 * Turns any thrown error into what a person reads on stderr: `bilingual: <message>` and, where
 * it helps, one hint line. Stack traces and causes only with `--debug`. Every text passes
 * through `redactSecrets` first, so no key ever reaches a terminal or a log.
 */
import { isBilingualError, redactSecrets, RetryError, type ErrorCode } from '../errors.ts';

export interface FormatErrorOptions {
  /** Add the stack trace and the chain of causes. @default false */
  debug?: boolean;
  /** Prefix of every line. @default "bilingual" */
  program?: string;
}

const HINTS: Partial<Record<ErrorCode, string>> = {
  CONFIG_INVALID: 'every setting is listed, with its default, in config/default.yaml',
  CONFIG_SYNTAX: 'every setting is listed, with its default, in config/default.yaml',
  UNKNOWN_PROVIDER: 'run `bilingual providers` to see which providers are usable here',
  MISSING_CREDENTIALS: 'or translate offline with --provider apertium; `bilingual providers` shows what is usable',
  ENGINE_NOT_INSTALLED: 'or use a Google provider with --provider google; `bilingual providers` shows what is usable',
  INPUT_NOT_FRENCH: 'bilingual translates French articles only',
  NO_ARTICLES: 'give .txt, .pdf or saved .html files, folders holding them, or a quoted glob such as "articles/*.txt"',
  INPUT_PDF_ENCRYPTED: 'open it with its password and save or print it to a PDF without one',
  INPUT_UNREADABLE: 'extract the page with pdftotext, which reads such fonts through their own tables, or give bilingual the PDF itself',
  INPUT_PDF_NO_TEXT: 'a scan has pictures of text, not text: run OCR (for example ocrmypdf) on it first',
  PROVIDER_NETWORK: 'check the network connection; translations already received are cached, so running again resumes',
  PROVIDER_TIMEOUT: 'the service is slow to answer; try again, or raise limits.requestTimeoutMs',
  PROVIDER_QUOTA: 'the quota is used up: try again after it resets, or raise it in the Google Cloud console',
  RETRIES_EXHAUSTED: 'translations already received are cached, so running again later resumes where this stopped',
  QA_FAILED: 'see the QA findings in the article\'s .qa.md, or run without --strict',
};

/** The error as one or two lines (message, then hint), or more with `debug`; ends with a newline. */
export function formatError(error: unknown, options: FormatErrorOptions = {}): string {
  const program = options.program ?? 'bilingual';
  const lines = describeError(error)
    .split('\n')
    .map((line) => `${program}: ${line}`);
  const hint = hintFor(error);
  if (hint !== undefined) lines.push(`${program}: hint: ${hint}`);
  else if (!isBilingualError(error) && !options.debug) lines.push(`${program}: run with --debug for details`);
  if (options.debug) lines.push(...debugLines(error));
  return `${lines.map(redactSecrets).join('\n')}\n`;
}

/** One sentence (several lines only for a list of configuration problems), secrets removed. */
export function describeError(error: unknown): string {
  let message: string;
  if (isQuotaExhausted(error)) {
    // The scheduler's own advice ("slowing down … may work") is replaced by the hint line.
    message = `Quota exhausted: ${lowerFirst(error.message.replace(/;\s*slowing down and retrying may work\.?/i, '.'))}`;
  } else if (
    error instanceof RetryError &&
    error.lastError instanceof Error &&
    !error.message.includes(stripStop(error.lastError.message))
  ) {
    message = `${stripStop(error.message)}: ${error.lastError.message}`;
  } else if (error instanceof Error) {
    message = error.message || error.name;
  } else {
    message = String(error);
  }
  // A message built around another that ends with a full stop may end with two.
  return redactSecrets(message.trim() === '' ? 'failed for an unknown reason' : message.trim().replace(/([^.])\.\.$/, '$1.'));
}

/** What to do when retries ran out against a quota that stayed exhausted. */
export const QUOTA_EXHAUSTED_HINT =
  'lower limits.charactersPerMinute (--characters-per-minute) below your quota, or wait for it to reset; ' +
  'translations already received are cached, so running again pays only for the rest';

/**
 * True when a request gave up because every attempt met the provider's rate or quota limit:
 * the wait the retry budget allowed was shorter than the quota's window.
 */
export function isQuotaExhausted(error: unknown): error is RetryError {
  return (
    error instanceof RetryError &&
    error.reason === 'maxAttemptsExceeded' &&
    isBilingualError(error.lastError) &&
    error.lastError.code === 'PROVIDER_QUOTA' &&
    error.lastError.retryable
  );
}

/** A hint line for errors a person can act on, unless the message already says it. */
export function hintFor(error: unknown): string | undefined {
  if (!isBilingualError(error)) return undefined;
  if (isQuotaExhausted(error)) return QUOTA_EXHAUSTED_HINT;
  const code = error instanceof RetryError && isBilingualError(error.lastError) ? error.lastError.code : error.code;
  const hint = HINTS[code] ?? HINTS[error.code];
  if (hint === undefined) return undefined;
  return error.message.includes(hint) ? undefined : hint;
}

function debugLines(error: unknown): string[] {
  const lines: string[] = [];
  let current: unknown = error;
  const seen = new Set<unknown>();
  for (let depth = 0; current !== undefined && current !== null && !seen.has(current) && depth < 8; depth++) {
    seen.add(current);
    if (depth > 0) lines.push(`caused by: ${current instanceof Error ? current.message : String(current)}`);
    if (current instanceof Error) {
      if (isBilingualError(current)) lines.push(`  code: ${current.code}${current.retryable ? ' (retryable)' : ''}`);
      if (current.stack) lines.push(...current.stack.split('\n').slice(1));
      current = (current as Error & { cause?: unknown }).cause;
    } else {
      break;
    }
  }
  return lines;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function stripStop(text: string): string {
  return text.replace(/[.\s]+$/, '');
}

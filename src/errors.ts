/**
 * One error class for the whole project. Every error has a stable `code`, keeps the
 * original as `cause`, and says whether trying again may help. The CLI turns it into one
 * sentence for a person; stack traces only with `--debug`.
 */

export type ErrorCode =
  // input
  | 'INPUT_NOT_FOUND'
  | 'INPUT_IS_DIRECTORY'
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY'
  /** A web page's HTML in which no article text was found. */
  | 'INPUT_HTML'
  | 'INPUT_UNDECODABLE'
  /** A text an extractor wrote without the characters: U+FFFD or pdfminer's `(cid:N)` for most glyphs. */
  | 'INPUT_UNREADABLE'
  | 'INPUT_NOT_FRENCH'
  | 'INPUT_PDF_ENCRYPTED'
  | 'INPUT_PDF_NO_TEXT'
  | 'INPUT_PDF_CORRUPT'
  | 'PDF_READER_FAILED'
  | 'NO_ARTICLES'
  // configuration and usage
  | 'CONFIG_INVALID'
  | 'CONFIG_SYNTAX'
  | 'USAGE'
  | 'UNKNOWN_PROVIDER'
  | 'MISSING_CREDENTIALS'
  | 'ENGINE_NOT_INSTALLED'
  // provider calls
  | 'PROVIDER_API_ERROR'
  | 'PROVIDER_NETWORK'
  | 'PROVIDER_TIMEOUT'
  | 'PROVIDER_QUOTA'
  | 'PROVIDER_BAD_RESPONSE'
  | 'RETRIES_EXHAUSTED'
  | 'COST_LIMIT'
  | 'ENGINE_FAILED'
  /** One sentence longer than one request to the provider may carry: a sentence is never cut. */
  | 'SENTENCE_TOO_LONG'
  // pipeline
  | 'ALIGNMENT_FAILED'
  | 'QA_FAILED'
  | 'CACHE_ERROR'
  // translation memory, export and import (issue 12)
  | 'MEMORY_ERROR'
  | 'EXCHANGE_UNREADABLE'
  | 'EXCHANGE_SOURCE_CHANGED'
  | 'EXCHANGE_NOT_BUILT'
  | 'OUTPUT_WRITE'
  // work queue
  | 'QUEUE_UNAVAILABLE'
  | 'INTERRUPTED';

export interface BilingualErrorOptions {
  cause?: unknown;
  /** True when the same call may succeed later (408, 409, 429, 5xx, network failures). */
  retryable?: boolean;
  /** Extra facts for `--json` output and tests (never secrets). */
  details?: Record<string, unknown>;
}

export class BilingualError extends Error {
  override readonly name: string = 'BilingualError';
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: BilingualErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? false;
    this.details = options.details ?? {};
  }
}

/** A failed call to a translation service, in the shape of vercel/ai's APICallError. */
export class ApiCallError extends BilingualError {
  override readonly name = 'ApiCallError';
  readonly url?: string;
  readonly statusCode?: number;
  /** Provider's own reason, for example Google's `userRateLimitExceeded` or `RESOURCE_EXHAUSTED`. */
  readonly reason?: string;
  readonly responseBody?: string;
  /** Seconds from a Retry-After header, when the service sent one. */
  readonly retryAfterSeconds?: number;

  constructor(
    message: string,
    options: BilingualErrorOptions & {
      code?: ErrorCode;
      url?: string;
      statusCode?: number;
      reason?: string;
      responseBody?: string;
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(options.code ?? 'PROVIDER_API_ERROR', message, {
      ...options,
      retryable: options.retryable ?? isRetryableStatus(options.statusCode, options.reason),
    });
    this.url = options.url === undefined ? undefined : redactSecrets(options.url);
    this.statusCode = options.statusCode;
    this.reason = options.reason;
    this.responseBody = options.responseBody === undefined ? undefined : redactSecrets(options.responseBody);
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** Retries gave up: keeps every attempt's error and names the segments that failed. */
export class RetryError extends BilingualError {
  override readonly name = 'RetryError';
  readonly reason: 'maxAttemptsExceeded' | 'errorNotRetryable' | 'aborted';
  readonly errors: unknown[];
  readonly lastError: unknown;
  readonly segmentIds: string[];

  constructor(
    message: string,
    options: { reason: RetryError['reason']; errors: unknown[]; segmentIds: string[] },
  ) {
    super('RETRIES_EXHAUSTED', message, { cause: options.errors.at(-1) });
    this.reason = options.reason;
    this.errors = options.errors;
    this.lastError = options.errors.at(-1);
    this.segmentIds = options.segmentIds;
  }
}

/**
 * Error codes of Node sockets, DNS and fetch (undici) that mean the network failed, not the
 * service: worth retrying. The Google providers map them to `PROVIDER_NETWORK`; the scheduler
 * retries a raw error that carries one.
 */
export const NETWORK_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EPIPE',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

const RATE_LIMIT_REASONS = new Set(['userRateLimitExceeded', 'rateLimitExceeded', 'RESOURCE_EXHAUSTED']);

/** 408, 409, 429, 5xx, and 403 with a rate-limit reason are worth retrying. */
export function isRetryableStatus(statusCode: number | undefined, reason?: string): boolean {
  if (statusCode === undefined) return false;
  if (statusCode === 408 || statusCode === 409 || statusCode === 429 || statusCode >= 500) return true;
  if (statusCode === 403 && reason !== undefined && RATE_LIMIT_REASONS.has(reason)) return true;
  return false;
}

/**
 * Removes API keys (Google's, OpenAI-style `sk-…`), bearer tokens and private keys from a text before it is shown,
 * logged, written or cached. The Google library puts the key in request URLs (`key=...`);
 * DeepL's goes in an `Authorization: DeepL-Auth-Key ...` header.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(/([?&]key=)[^&\s"']+/gi, '$1[REDACTED]')
    .replace(/(x-goog-api-key["']?\s*[:=]\s*["']?)[^"'\s,}]+/gi, '$1[REDACTED]')
    .replace(/(authorization["']?\s*[:=]\s*["']?bearer\s+)[^"'\s,}]+/gi, '$1[REDACTED]')
    .replace(/(DeepL-Auth-Key\s+)[^"'\s,}]+/gi, '$1[REDACTED]')
    .replace(/([?&]auth_key=)[^&\s"']+/gi, '$1[REDACTED]')
    .replace(/("api_key"\s*:\s*")[^"]*/gi, '$1[REDACTED]')
    .replace(/AIza[0-9A-Za-z_-]{35}/g, '[REDACTED]')
    // OpenAI-style keys (`sk-…`, `sk-proj-…`), which Mistral, Groq (`gsk_…`) and others resemble.
    .replace(/\b(?:sk|gsk)[-_][0-9A-Za-z_-]{20,}/g, '[REDACTED]')
    .replace(/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g, '[REDACTED PRIVATE KEY]');
}

export function isBilingualError(error: unknown): error is BilingualError {
  return error instanceof BilingualError;
}

/** What a stopped run says unless the stage that stopped knows better. */
const INTERRUPTED_MESSAGE = 'Interrupted: translations finished so far are kept in the cache.';

/**
 * The run was interrupted (Ctrl-C, SIGTERM): never retryable. Every stage that notices an
 * interruption builds its error here; `cause` is the abort signal's reason.
 */
export function interruptedError(cause?: unknown, message = INTERRUPTED_MESSAGE): BilingualError {
  return new BilingualError('INTERRUPTED', message, { cause, retryable: false });
}

/** Whether the error is an interruption rather than a failure. */
export function isInterruptedError(error: unknown): error is BilingualError {
  return isBilingualError(error) && error.code === 'INTERRUPTED';
}

/** Whether a failure is the run being stopped: the signal aborted, or an interruption surfaced. */
export function isInterruption(error: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || isInterruptedError(error);
}

/** The interrupted error to stop the run with: the one that surfaced, or a new one. */
export function asInterruptedError(cause: unknown, signal?: AbortSignal): BilingualError {
  return isInterruptedError(cause) ? cause : interruptedError(cause ?? signal?.reason);
}

/**
 * Error mapping shared by the two Google providers: turns what the client libraries throw
 * (v2: `@google-cloud/common` ApiError; v3: google-gax GoogleError; network and abort
 * failures) into `ApiCallError` / `BilingualError` with a stable code, the service's own
 * reason, a Retry-After when there is one, and a `retryable` flag the scheduler can trust.
 *
 * Nothing here keeps the library's raw error as `cause`: the v2 library stores the request
 * URL, API key included, on `error.response.request`. The cause is a redacted copy instead.
 */
import { ApiCallError, BilingualError, interruptedError, isBilingualError, isInterruptedError, NETWORK_ERROR_CODES, redactSecrets } from '../errors.ts';

const NETWORK_MESSAGE = /socket hang up|ECONNRESET|ETIMEDOUT|ECONNREFUSED|network (?:error|timeout)|fetch failed/i;

/** Google's documented mapping from a v3 `status` to its HTTP status code. */
const HTTP_STATUS_OF_RPC_STATUS: Record<string, number> = {
  CANCELLED: 499,
  UNKNOWN: 500,
  INVALID_ARGUMENT: 400,
  DEADLINE_EXCEEDED: 504,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  PERMISSION_DENIED: 403,
  UNAUTHENTICATED: 401,
  RESOURCE_EXHAUSTED: 429,
  FAILED_PRECONDITION: 400,
  ABORTED: 409,
  OUT_OF_RANGE: 400,
  UNIMPLEMENTED: 501,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  DATA_LOSS: 500,
};

/** gRPC numeric codes in order (google.rpc.Code), index = number. */
const RPC_STATUS_NAMES = [
  'OK',
  'CANCELLED',
  'UNKNOWN',
  'INVALID_ARGUMENT',
  'DEADLINE_EXCEEDED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED',
  'FAILED_PRECONDITION',
  'ABORTED',
  'OUT_OF_RANGE',
  'UNIMPLEMENTED',
  'INTERNAL',
  'UNAVAILABLE',
  'DATA_LOSS',
  'UNAUTHENTICATED',
] as const;

/** v2 reasons that mean the API key itself is wrong. */
const BAD_KEY_REASONS = new Set(['keyInvalid', 'keyExpired', 'badRequest.keyInvalid']);

/** v2 and v3 reasons that mean a quota ran out (rate or daily). */
const QUOTA_REASONS = new Set([
  'userRateLimitExceeded',
  'rateLimitExceeded',
  'dailyLimitExceeded',
  'quotaExceeded',
  'RESOURCE_EXHAUSTED',
]);

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A copy of a library error that keeps its name, message and code, with every secret removed. */
function redactedCause(error: unknown): Error {
  const source = record(error);
  const message = error instanceof Error ? error.message : String(error);
  const copy = new Error(redactSecrets(message));
  copy.name = error instanceof Error ? error.name : 'Error';
  const code = source?.code;
  if (typeof code === 'string' || typeof code === 'number') (copy as Error & { code?: unknown }).code = code;
  return copy;
}

/** Seconds from a Retry-After header: either a number of seconds or an HTTP date. */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
  const text = Array.isArray(value) ? stringOf(value[0]) : typeof value === 'number' ? String(value) : stringOf(value);
  if (text === undefined || text.trim() === '') return undefined;
  if (/^\d+(?:\.\d+)?$/.test(text.trim())) return Number(text.trim());
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Reads a header from a plain object, a `Headers` instance or a Node `IncomingHttpHeaders`. */
function headerOf(headers: unknown, name: string): unknown {
  if (headers === undefined || headers === null) return undefined;
  const withGet = headers as { get?: (key: string) => unknown };
  if (typeof withGet.get === 'function') return withGet.get(name) ?? undefined;
  const bag = record(headers);
  if (bag === undefined) return undefined;
  const key = Object.keys(bag).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : bag[key];
}

/** The first network error code found on the error or its causes, if any. */
function networkCodeOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    const fields = record(current);
    const code = stringOf(fields?.code) ?? stringOf(fields?.errno);
    if (code !== undefined && NETWORK_ERROR_CODES.has(code)) return code;
    const message = current instanceof Error ? current.message : undefined;
    if (message !== undefined && /socket hang up/i.test(message)) return 'ECONNRESET';
    current = fields?.cause;
  }
  const message = error instanceof Error ? error.message : String(error);
  const match = NETWORK_MESSAGE.exec(message);
  return match === null ? undefined : match[0].toUpperCase().startsWith('E') ? match[0].toUpperCase() : 'NETWORK';
}

/**
 * The error to throw when `signal` aborted a request. A timeout (the scheduler's per-request
 * deadline, `AbortSignal.timeout`, or any reason that does not say otherwise) is
 * `PROVIDER_TIMEOUT` and retryable; a reason that is a `BilingualError` with code
 * `INTERRUPTED`, or that names an interrupt (`SIGINT`, `SIGTERM`, "interrupted"), is
 * `INTERRUPTED` and not retryable.
 */
export function abortErrorOf(signal: AbortSignal, providerName: string): BilingualError {
  const reason: unknown = signal.reason;
  if (isInterruptedError(reason) || (isBilingualError(reason) && reason.code === 'PROVIDER_TIMEOUT')) return reason;
  const fields = record(reason);
  const words = [
    typeof reason === 'string' ? reason : undefined,
    stringOf(fields?.name),
    stringOf(fields?.code),
    stringOf(fields?.message),
  ]
    .filter((word): word is string => word !== undefined)
    .join(' ');
  if (/interrupt|SIGINT|SIGTERM|cancelled by user/i.test(words)) {
    return interruptedError(reason, `The ${providerName} request was stopped because the run was interrupted.`);
  }
  return new BilingualError('PROVIDER_TIMEOUT', `The ${providerName} request was aborted before it finished (timeout).`, {
    cause: reason instanceof Error ? reason : undefined,
    retryable: true,
  });
}

/**
 * Runs `start` unless `signal` is already aborted, and settles as soon as the signal aborts
 * even when the library cannot be told to stop (`cancel` is called when it can).
 */
export async function raceWithAbort<T>(
  start: () => Promise<T> & { cancel?: () => void },
  signal: AbortSignal | undefined,
  providerName: string,
): Promise<T> {
  if (signal === undefined) return start();
  if (signal.aborted) throw abortErrorOf(signal, providerName);
  let onAbort: (() => void) | undefined;
  const call = start();
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => {
      try {
        call.cancel?.();
      } catch {
        // the library may already have settled; the abort error below is what matters
      }
      reject(abortErrorOf(signal, providerName));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
  // A late rejection of the abandoned call must not surface as an unhandled rejection.
  call.catch(() => undefined);
  try {
    return await Promise.race([call, aborted]);
  } finally {
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
  }
}

function networkError(error: unknown, providerName: string, code: string, url?: string): ApiCallError {
  return new ApiCallError(`The network failed while calling ${providerName} (${code}); trying again may work.`, {
    code: 'PROVIDER_NETWORK',
    retryable: true,
    reason: code,
    url,
    cause: redactedCause(error),
  });
}

/** Maps what the v2 library (`@google-cloud/common`) throws to an `ApiCallError`. */
export function mapGoogleV2Error(error: unknown, url: string): BilingualError {
  if (isBilingualError(error)) return error;
  const providerName = 'Google Translate (v2)';
  const fields = record(error);
  const statusCode = typeof fields?.code === 'number' ? fields.code : undefined;
  if (statusCode === undefined) {
    const code = networkCodeOf(error);
    if (code !== undefined) return networkError(error, providerName, code, url);
    return new ApiCallError(
      `${providerName} failed: ${redactSecrets(error instanceof Error ? error.message : String(error))}`,
      { url, retryable: false, cause: redactedCause(error) },
    );
  }
  const errors = Array.isArray(fields?.errors) ? (fields.errors as unknown[]) : [];
  const reason = stringOf(record(errors[0])?.reason);
  const response = record(fields?.response);
  const retryAfterSeconds = parseRetryAfter(headerOf(response?.headers, 'retry-after'));
  const rawBody = response?.body;
  const responseBody =
    typeof rawBody === 'string' ? rawBody : rawBody === undefined ? undefined : JSON.stringify(rawBody);
  const serviceMessage = redactSecrets(error instanceof Error ? error.message : '').trim();
  const common = {
    url,
    statusCode,
    reason,
    responseBody,
    retryAfterSeconds,
    cause: redactedCause(error),
  };
  if ((reason !== undefined && BAD_KEY_REASONS.has(reason)) || (statusCode === 400 && /API key not valid/i.test(serviceMessage))) {
    return new ApiCallError(`${providerName} rejected the API key: check GOOGLE_API_KEY (${serviceMessage}).`, {
      ...common,
      code: 'MISSING_CREDENTIALS',
      retryable: false,
    });
  }
  if (reason === 'dailyLimitExceeded') {
    return new ApiCallError(
      `${providerName} daily quota is used up (${serviceMessage}); try again tomorrow or raise the quota.`,
      { ...common, code: 'PROVIDER_QUOTA', retryable: false },
    );
  }
  if (reason !== undefined && QUOTA_REASONS.has(reason)) {
    return new ApiCallError(`${providerName} rate limit reached (${serviceMessage}); slowing down and retrying may work.`, {
      ...common,
      code: 'PROVIDER_QUOTA',
    });
  }
  return new ApiCallError(`${providerName} answered HTTP ${statusCode}: ${serviceMessage || 'no message'}.`, common);
}

/**
 * Seconds from a `google.rpc.RetryInfo` detail: `retryDelay` is `"30s"` in the JSON body
 * and `{ seconds, nanos }` once google-gax has decoded it.
 */
function retryDelayOf(details: unknown): number | undefined {
  if (!Array.isArray(details)) return undefined;
  for (const detail of details) {
    const delay = record(detail)?.retryDelay;
    if (typeof delay === 'string') {
      const match = /^(\d+(?:\.\d+)?)s$/.exec(delay.trim());
      if (match !== null) return Number(match[1]);
      continue;
    }
    const fields = record(delay);
    if (fields === undefined) continue;
    const seconds = Number(fields.seconds ?? 0);
    const nanos = Number(fields.nanos ?? 0);
    if (Number.isFinite(seconds) && Number.isFinite(nanos)) return seconds + nanos / 1e9;
  }
  return undefined;
}

/** The nearest v3 `status` for an HTTP status, when the body does not name one. */
function rpcStatusOfHttp(statusCode: number): string {
  if (statusCode === 400) return 'INVALID_ARGUMENT';
  if (statusCode === 401) return 'UNAUTHENTICATED';
  if (statusCode === 403) return 'PERMISSION_DENIED';
  if (statusCode === 404) return 'NOT_FOUND';
  if (statusCode === 409) return 'ABORTED';
  if (statusCode === 429) return 'RESOURCE_EXHAUSTED';
  if (statusCode === 501) return 'UNIMPLEMENTED';
  if (statusCode === 503) return 'UNAVAILABLE';
  if (statusCode === 504) return 'DEADLINE_EXCEEDED';
  return statusCode >= 500 ? 'INTERNAL' : 'UNKNOWN';
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What a failed v3 call said, whichever layer reported it. */
interface V3Failure {
  statusCode: number;
  status: string;
  message: string;
  retryAfterSeconds?: number;
  responseBody?: string;
  errorInfoReason?: string;
}

/**
 * Reads a v3 failure. Over the REST fallback a non-2xx answer arrives as a gaxios error
 * (`status`, `response.headers`, the body as the message); a body decoded by google-gax
 * arrives as a GoogleError (numeric gRPC `code`, decoded `statusDetails`).
 */
function v3FailureOf(error: unknown): V3Failure | undefined {
  const fields = record(error);
  const response = record(fields?.response);
  const message = error instanceof Error ? error.message : '';
  const httpStatus =
    typeof fields?.status === 'number' ? fields.status : typeof response?.status === 'number' ? response.status : undefined;
  if (httpStatus !== undefined) {
    const bodyText = typeof response?.data === 'string' ? response.data : message;
    const body = record(record(parseJson(bodyText))?.error);
    const details = Array.isArray(body?.details) ? body.details : undefined;
    const errorInfo = details?.map(record).find((detail) => stringOf(detail?.['@type'])?.endsWith('google.rpc.ErrorInfo'));
    return {
      statusCode: httpStatus,
      status: stringOf(body?.status) ?? rpcStatusOfHttp(httpStatus),
      message: stringOf(body?.message) ?? (body === undefined ? message : ''),
      retryAfterSeconds: parseRetryAfter(headerOf(response?.headers, 'retry-after')) ?? retryDelayOf(details),
      responseBody: body === undefined ? undefined : bodyText,
      errorInfoReason: stringOf(errorInfo?.reason),
    };
  }
  const rpcCode = typeof fields?.code === 'number' ? fields.code : undefined;
  const status = rpcCode === undefined ? undefined : RPC_STATUS_NAMES[rpcCode];
  if (status === undefined) return undefined;
  return {
    statusCode: HTTP_STATUS_OF_RPC_STATUS[status] ?? 500,
    status,
    message: stringOf(fields?.details) ?? message,
    retryAfterSeconds: retryDelayOf(fields?.statusDetails),
    errorInfoReason: stringOf(fields?.reason),
  };
}

/** Maps what the v3 library (google-gax over REST, gaxios underneath) throws to an `ApiCallError`. */
export function mapGoogleV3Error(error: unknown, url: string): BilingualError {
  if (isBilingualError(error)) return error;
  const providerName = 'Google Translate (v3)';
  const failure = v3FailureOf(error);
  if (failure === undefined) {
    const code = networkCodeOf(error);
    if (code !== undefined) return networkError(error, providerName, code, url);
    const message = redactSecrets(error instanceof Error ? error.message : String(error));
    if (/invalid_grant|unauthorized_client|invalid_client|Could not load the default credentials/i.test(message)) {
      return new ApiCallError(
        `${providerName} refused the service-account credentials (${message}); check GOOGLE_APPLICATION_CREDENTIALS.`,
        { url, code: 'MISSING_CREDENTIALS', retryable: false, cause: redactedCause(error) },
      );
    }
    return new ApiCallError(`${providerName} failed: ${message}`, { url, retryable: false, cause: redactedCause(error) });
  }
  const { statusCode, status } = failure;
  const serviceMessage = redactSecrets(failure.message).trim();
  const common = {
    url,
    statusCode,
    reason: status,
    retryAfterSeconds: failure.retryAfterSeconds,
    responseBody: failure.responseBody,
    cause: redactedCause(error),
    details: failure.errorInfoReason === undefined ? undefined : { errorInfoReason: failure.errorInfoReason },
  };
  if (status === 'UNAUTHENTICATED' || status === 'PERMISSION_DENIED') {
    return new ApiCallError(
      `${providerName} refused the request (${status}: ${serviceMessage}); check GOOGLE_APPLICATION_CREDENTIALS and the project's permissions.`,
      { ...common, code: 'MISSING_CREDENTIALS', retryable: false },
    );
  }
  if (status === 'RESOURCE_EXHAUSTED') {
    return new ApiCallError(`${providerName} quota or rate limit reached (${serviceMessage}); slowing down and retrying may work.`, {
      ...common,
      code: 'PROVIDER_QUOTA',
    });
  }
  return new ApiCallError(`${providerName} answered ${status} (HTTP ${statusCode}): ${serviceMessage || 'no message'}.`, common);
}

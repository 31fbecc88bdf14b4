/**
 * What a LibreTranslate server answers when it refuses, turned into `ApiCallError` with a
 * stable code and a `retryable` flag the scheduler can trust. The server's words (its
 * `{"error": "..."}` body) are kept as `reason`:
 *
 * - 400 "exceeds text limit" (the server's `--char-limit` or `--batch-limit`): too large, not
 *   retried, so the scheduler splits the batch;
 * - 400 "... to get an API key" and 403 "Invalid API key": `MISSING_CREDENTIALS` (exit 3);
 * - 403 "Too many request limits violations" (the server banned this client for a while):
 *   `PROVIDER_QUOTA`, not retried;
 * - 429 "Slowdown: ...": `PROVIDER_QUOTA`, retried (Retry-After honoured when sent);
 * - 5xx and network failures: retried.
 */
import { ApiCallError, NETWORK_ERROR_CODES, redactSecrets } from '../../errors.ts';

const NAME = 'LibreTranslate';

export interface LibreTranslateFailure {
  url: string;
  statusCode?: number;
  responseBody?: string;
  retryAfterSeconds?: number;
  /** What fetch threw, when no answer came. */
  error?: unknown;
}

/** The server's `error` field, or the body itself when it is not JSON. */
function serverMessageOf(body: string | undefined): string {
  if (body === undefined) return '';
  try {
    const parsed = JSON.parse(body) as { error?: unknown };
    if (typeof parsed.error === 'string') return parsed.error;
  } catch {
    // not JSON: the text itself, shortened
  }
  return body.slice(0, 200);
}

/** The first network error code on the error or its causes (fetch wraps it in `cause`). */
function networkCodeOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_ERROR_CODES.has(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return error instanceof TypeError && /fetch failed/i.test(error.message) ? 'NETWORK' : undefined;
}

export function mapLibreTranslateError(failure: LibreTranslateFailure): ApiCallError {
  const { url, statusCode } = failure;
  if (statusCode === undefined) {
    const message = redactSecrets(failure.error instanceof Error ? failure.error.message : String(failure.error));
    const code = networkCodeOf(failure.error);
    const cause = new Error(message);
    if (code !== undefined) {
      return new ApiCallError(`The network failed while calling ${NAME} at ${url} (${code}); is the server running? Trying again may work.`, {
        code: 'PROVIDER_NETWORK',
        retryable: true,
        reason: code,
        url,
        cause,
      });
    }
    return new ApiCallError(`${NAME} failed: ${message}`, { url, retryable: false, cause });
  }
  const serverMessage = redactSecrets(serverMessageOf(failure.responseBody)).trim();
  const common = { url, statusCode, reason: serverMessage || undefined, responseBody: failure.responseBody, retryAfterSeconds: failure.retryAfterSeconds };
  if ((statusCode === 403 && /invalid api key/i.test(serverMessage)) || (statusCode === 400 && /api key/i.test(serverMessage))) {
    return new ApiCallError(`${NAME} refused the request for its API key (HTTP ${statusCode}: ${serverMessage}); set LIBRETRANSLATE_API_KEY.`, {
      ...common,
      code: 'MISSING_CREDENTIALS',
      retryable: false,
    });
  }
  if (statusCode === 400 && /exceeds text limit/i.test(serverMessage)) {
    return new ApiCallError(`${NAME} refused the request as too large (HTTP 400: ${serverMessage}).`, { ...common, retryable: false });
  }
  if (statusCode === 403) {
    return new ApiCallError(`${NAME} refused this client (HTTP 403: ${serverMessage || 'forbidden'}); it may have been banned for going over the server's limits.`, {
      ...common,
      code: 'PROVIDER_QUOTA',
      retryable: false,
    });
  }
  if (statusCode === 429) {
    return new ApiCallError(`${NAME} asks to slow down (HTTP 429: ${serverMessage || 'too many requests'}); retrying later may work.`, {
      ...common,
      code: 'PROVIDER_QUOTA',
      retryable: true,
    });
  }
  return new ApiCallError(`${NAME} answered HTTP ${statusCode}: ${serverMessage || 'no message'}.`, common);
}

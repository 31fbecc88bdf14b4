/**
 * What `deepl-node` throws, turned into `ApiCallError` / `BilingualError` with a stable code,
 * the HTTP status DeepL answered, and a `retryable` flag the scheduler can trust:
 *
 * - 403 (key refused) is `MISSING_CREDENTIALS`, not retried (the CLI exits 3);
 * - 456 (the account's quota for the billing period is used up) is `PROVIDER_QUOTA`, not
 *   retried, and its message gives the account's usage from `/v2/usage`;
 * - 429 (too many requests) is `PROVIDER_QUOTA`, retried with the scheduler's backoff;
 * - 413 (request too large) is not retried: the scheduler splits the batch;
 * - 5xx and network failures are retried.
 *
 * The client reports a status only through its error class and message (`Unexpected status
 * code: 502 Bad Gateway, …`), and drops the response headers, so no Retry-After reaches us:
 * deepl-node 1.28's `HttpClient.sendAxiosRequest` returns only `{ statusCode, content }`, its
 * axios instance is private to its module (no interceptor can be added), and its `proxy` option
 * only names a proxy. DeepL documents no Retry-After anyway and asks clients to back off
 * exponentially on 429: the scheduler does, and holds the whole run back for that delay
 * (`test/translate/deepl-end-to-end.test.ts`, `test/translate/translator.test.ts`).
 * Nothing here keeps the client's raw error as `cause`: a connection error holds the axios
 * request, whose headers carry the key. The cause is a redacted copy instead.
 */
import type * as DeeplNode from 'deepl-node';
import { ApiCallError, type BilingualError, isBilingualError, NETWORK_ERROR_CODES, redactSecrets } from '../../errors.ts';

const PROVIDER_NAME = 'DeepL';

/** The HTTP status each of the client's messages stands for (`checkStatusCode` in deepl-node). */
const STATUS_OF_MESSAGE: readonly [RegExp, number][] = [
  [/^Authorization failure/i, 403],
  [/^Quota for this billing period has been exceeded/i, 456],
  [/^Too many requests/i, 429],
  [/^Bad request/i, 400],
  [/^(?:Not found|Glossary not found)/i, 404],
  [/^Service unavailable/i, 503],
  [/^Unexpected status code: (\d{3})/i, 0],
];

/** The HTTP status a client error stands for, or undefined for a failure with no answer. */
export function statusOfDeeplError(error: unknown): number | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.name === 'ConnectionError' || error.constructor.name === 'ConnectionError') return undefined;
  for (const [pattern, status] of STATUS_OF_MESSAGE) {
    const match = pattern.exec(error.message);
    if (match !== null) return status === 0 ? Number(match[1]) : status;
  }
  return undefined;
}

/** DeepL's own words from a client message: what follows `message:` (and `detail:`), else the whole. */
function serviceMessageOf(message: string): string {
  const match = /, message: (.*?)(?:, detail: (.*?))?(?:, content: [\s\S]*)?$/s.exec(message);
  const text = match === null ? message : [match[1], match[2]].filter((part) => part !== undefined && part !== '').join('; ');
  return redactSecrets(text).trim();
}

/** A copy of a client error that keeps its name and message, with every secret removed. */
function redactedCause(error: unknown): Error {
  const copy = new Error(redactSecrets(error instanceof Error ? error.message : String(error)));
  copy.name = error instanceof Error ? error.constructor.name : 'Error';
  const inner = (error as { error?: { code?: unknown } } | undefined)?.error?.code;
  if (typeof inner === 'string') (copy as Error & { code?: string }).code = inner;
  return copy;
}

/** `used 499,000 of 500,000 characters this billing period`, from the client's `Usage`. */
export function describeUsage(usage: DeeplNode.Usage): string | undefined {
  const character = usage.character;
  if (character === undefined) return undefined;
  const format = (value: number) => value.toLocaleString('en-US');
  return `used ${format(character.count)} of ${format(character.limit)} characters this billing period`;
}

export interface DeeplErrorContext {
  /** The translate URL, for the error (never holds the key: DeepL takes it in a header). */
  url: string;
  /** Reads the account's usage for a 456's message; undefined when it cannot. */
  readUsage: () => Promise<string | undefined>;
}

/** Maps what `translateText` threw to the project's error. */
export async function mapDeeplError(error: unknown, context: DeeplErrorContext): Promise<BilingualError> {
  if (isBilingualError(error)) return error;
  const { url } = context;
  const message = error instanceof Error ? error.message : String(error);
  const statusCode = statusOfDeeplError(error);
  if (statusCode === undefined) {
    const inner = (error as { error?: { code?: unknown }; shouldRetry?: unknown } | undefined) ?? {};
    const code = typeof inner.error?.code === 'string' ? inner.error.code : undefined;
    const isConnection = error instanceof Error && error.constructor.name === 'ConnectionError';
    if (isConnection && (inner.shouldRetry === true || (code !== undefined && NETWORK_ERROR_CODES.has(code)))) {
      return new ApiCallError(`The network failed while calling ${PROVIDER_NAME} (${code ?? 'connection failure'}); trying again may work.`, {
        code: 'PROVIDER_NETWORK',
        retryable: true,
        reason: code ?? 'ConnectionError',
        url,
        cause: redactedCause(error),
      });
    }
    return new ApiCallError(`${PROVIDER_NAME} failed: ${redactSecrets(message)}`, { url, retryable: false, cause: redactedCause(error) });
  }
  const serviceMessage = serviceMessageOf(message);
  const common = { url, statusCode, reason: serviceMessage || undefined, cause: redactedCause(error) };
  if (statusCode === 403) {
    return new ApiCallError(
      `${PROVIDER_NAME} refused the authentication key (HTTP 403): check DEEPL_API_KEY (a DeepL API Free key ends in :fx).`,
      { ...common, code: 'MISSING_CREDENTIALS', retryable: false },
    );
  }
  if (statusCode === 456) {
    const usage = await context.readUsage();
    return new ApiCallError(
      `${PROVIDER_NAME} quota for this billing period is used up (HTTP 456${usage === undefined ? '' : `: ${usage}`}); raise the account's limit or wait for the next period. Translations received so far are in the cache.`,
      { ...common, code: 'PROVIDER_QUOTA', retryable: false },
    );
  }
  if (statusCode === 429) {
    return new ApiCallError(`${PROVIDER_NAME} says too many requests (HTTP 429); slowing down and retrying may work.`, {
      ...common,
      code: 'PROVIDER_QUOTA',
      retryable: true,
    });
  }
  if (statusCode === 413) {
    return new ApiCallError(`${PROVIDER_NAME} refused the request as too large (HTTP 413, more than 128 KiB).`, { ...common, retryable: false });
  }
  return new ApiCallError(`${PROVIDER_NAME} answered HTTP ${statusCode}: ${serviceMessage || 'no message'}.`, common);
}

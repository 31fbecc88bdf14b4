/**
 * What the `openai` client throws, as the project's errors the scheduler can act on: 429
 * retryable with its Retry-After (except a spent account, `insufficient_quota`), 401 and 403 an
 * unavailable provider (exit 3), 400, 404 and 422 not retryable (the request or the model is
 * wrong), 408, 409 and 5xx retryable, a network failure retryable, an abort a timeout or an
 * interruption. Secrets (the key, a bearer token) never reach the message, the body or the cause.
 */
import { APIConnectionError, APIError, APIUserAbortError } from 'openai';
import { ApiCallError, BilingualError, redactSecrets } from '../../errors.ts';
import { abortErrorOf, parseRetryAfter } from '../google-errors.ts';

/** What the error is about, for messages: `the openai-compatible endpoint at api.mistral.ai`. */
export interface EndpointDescription {
  /** Where requests go, without credentials. */
  url: string;
  /** The model asked for. */
  model: string;
}

function header(error: APIError, name: string): string | undefined {
  const headers = error.headers as unknown;
  if (headers === undefined || headers === null) return undefined;
  const withGet = headers as { get?: (key: string) => string | null };
  if (typeof withGet.get === 'function') return withGet.get(name) ?? undefined;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** Seconds to wait from `retry-after-ms` (OpenAI) or `retry-after` (seconds or an HTTP date). */
export function retryAfterSecondsOf(error: APIError): number | undefined {
  const milliseconds = header(error, 'retry-after-ms');
  if (milliseconds !== undefined && /^\d+(?:\.\d+)?$/.test(milliseconds.trim())) return Number(milliseconds) / 1000;
  return parseRetryAfter(header(error, 'retry-after'));
}

/** The service's own error text and code, from `{ error: { message, code, type } }` or a bare body. */
function serviceError(error: APIError): { message?: string; code?: string } {
  // The client keeps the body's `error` field only: OpenAI, Groq, llama.cpp and vLLM send
  // `{ error: { message, type, code } }`; xAI sends `{ code, error: "…" }`, a string.
  if (typeof error.error === 'string') return { message: error.error };
  const body = error.error as Record<string, unknown> | undefined;
  const inner = (typeof body?.error === 'object' && body.error !== null ? body.error : body) as Record<string, unknown> | undefined;
  const message = typeof inner?.message === 'string' ? inner.message : typeof body?.detail === 'string' ? body.detail : undefined;
  const code = typeof inner?.code === 'string' ? inner.code : typeof inner?.type === 'string' ? inner.type : undefined;
  return { message, code };
}

function redactedCause(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const copy = new Error(redactSecrets(message));
  copy.name = error instanceof Error ? error.name : 'Error';
  return copy;
}

/** Words an endpoint uses when it refuses the structured output asked for. */
const STRUCTURED_OUTPUT = /response_format|json_schema|json schema|structured output/i;

/**
 * Whether the endpoint refused the request because of its `response_format`: a 400 or 422
 * naming it (vLLM, Groq's "'response_format.type' : value is not one of the allowed values
 * ['text','json_object']", xAI's "The response_format parameter is unsupported"), or the
 * 500 older llama.cpp servers answer ("response_format type must be one of \"text\" or
 * \"json_object\", but got: json_schema"). Such a request is worth asking again without it.
 */
export function isStructuredOutputRefusal(error: unknown): boolean {
  if (!(error instanceof APIError) || error.status === undefined) return false;
  if (error.status !== 400 && error.status !== 422 && error.status !== 500) return false;
  const { message } = serviceError(error);
  // A 400 or 422 the client could read no message from (a body without an `error` field, as
  // vLLM's before 0.9) may be the same refusal: asking once without response_format tells.
  if (message === undefined) return error.status !== 500;
  return STRUCTURED_OUTPUT.test(message);
}

export function mapOpenaiError(error: unknown, endpoint: EndpointDescription, signal?: AbortSignal): BilingualError {
  if (error instanceof BilingualError) return error;
  const name = `the OpenAI-compatible endpoint (${endpoint.url})`;
  if (error instanceof APIUserAbortError || (signal?.aborted === true && !(error instanceof APIError && error.status !== undefined))) {
    return signal ? abortErrorOf(signal, name) : new BilingualError('PROVIDER_TIMEOUT', `The request to ${name} was aborted.`, { retryable: true });
  }
  if (error instanceof APIConnectionError || !(error instanceof APIError) || error.status === undefined) {
    const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
    const reason = typeof cause?.code === 'string' ? cause.code : 'NETWORK';
    return new ApiCallError(`The network failed while calling ${name} (${reason}); trying again may work.`, {
      code: 'PROVIDER_NETWORK',
      retryable: true,
      reason,
      url: endpoint.url,
      cause: redactedCause(error),
    });
  }
  const status = error.status;
  const { message, code } = serviceError(error);
  const said = message === undefined ? '' : `: ${redactSecrets(message).replace(/\.$/, '')}`;
  const responseBody = error.error === undefined ? undefined : JSON.stringify(error.error);
  const common = { url: endpoint.url, statusCode: status, reason: code ?? String(status), responseBody, cause: redactedCause(error) };
  if (status === 401 || status === 403) {
    return new ApiCallError(
      `${name} refused the credentials (${status})${said}. Check OPENAI_API_KEY, or OPENAI_BASE_URL for a server that needs no key.`,
      { ...common, code: 'MISSING_CREDENTIALS', retryable: false },
    );
  }
  if (status === 429) {
    if (code === 'insufficient_quota') {
      return new ApiCallError(`${name} says the account has no credit left (429 insufficient_quota)${said}.`, {
        ...common,
        code: 'PROVIDER_QUOTA',
        retryable: false,
      });
    }
    return new ApiCallError(`${name} is rate limiting requests (429)${said}.`, {
      ...common,
      code: 'PROVIDER_QUOTA',
      retryable: true,
      retryAfterSeconds: retryAfterSecondsOf(error),
    });
  }
  if (status === 404) {
    return new ApiCallError(`${name} does not know model "${endpoint.model}" or the path (404)${said}. Check providers.openai.model and OPENAI_BASE_URL.`, {
      ...common,
      retryable: false,
    });
  }
  if (status === 400 || status === 422) {
    // Endpoints without structured output say so on the request that asks for it.
    const hint = STRUCTURED_OUTPUT.test(message ?? '') || /json_object/i.test(message ?? '')
      ? ' Set providers.openai.answerFormat to json-object or tagged for an endpoint without structured output.'
      : '';
    return new ApiCallError(`${name} refused the request (${status})${said}.${hint}`, { ...common, retryable: false });
  }
  return new ApiCallError(`${name} answered ${status}${said}.`, { ...common, retryAfterSeconds: status >= 500 ? retryAfterSecondsOf(error) : undefined });
}

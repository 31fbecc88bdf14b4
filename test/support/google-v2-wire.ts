/**
 * Google Cloud Translation Basic (v2) on the wire: the exact JSON bodies the service sends,
 * for nock replays, the scheduler's fake server and benches. Shapes follow Google's REST
 * reference (`translations[].translatedText`, `model` when one was asked for) and the error
 * bodies Google returns (`error.code`, `error.message`, `error.errors[].{message,domain,reason}`).
 */

/** The request body the v2 client library sends (`POST /language/translate/v2?key=…`). */
export interface GoogleV2RequestBody {
  q: string[];
  source?: string;
  target: string;
  format: 'text' | 'html';
  model?: string;
}

export interface GoogleV2SuccessBody {
  data: { translations: { translatedText: string; detectedSourceLanguage?: string; model?: string }[] };
}

export interface GoogleV2ErrorBody {
  error: {
    code: number;
    message: string;
    errors: { message: string; domain: string; reason: string }[];
    status?: string;
    details?: unknown[];
  };
}

/**
 * A success body. `detectedSourceLanguage` appears only when the request had no `source`;
 * `model` only when the request named one, as Google does.
 */
export function googleV2SuccessBody(
  translatedTexts: string[],
  options: { model?: string; detectedSourceLanguage?: string } = {},
): GoogleV2SuccessBody {
  return {
    data: {
      translations: translatedTexts.map((translatedText) => ({
        translatedText,
        ...(options.detectedSourceLanguage === undefined ? {} : { detectedSourceLanguage: options.detectedSourceLanguage }),
        ...(options.model === undefined ? {} : { model: options.model }),
      })),
    },
  };
}

/** Any v2 error body in Google's legacy (`errors[]`) format. */
export function googleV2ErrorBody(code: number, message: string, reason: string, domain = 'global'): GoogleV2ErrorBody {
  return { error: { code, message, errors: [{ message, domain, reason }] } };
}

/** The error bodies v2 sends for the failures the pipeline must handle, by name. */
export const googleV2Errors = {
  /** 403: the per-user (per-100-seconds) rate limit; retryable. */
  userRateLimitExceeded: () => googleV2ErrorBody(403, 'User Rate Limit Exceeded', 'userRateLimitExceeded', 'usageLimits'),
  /** 403: the project rate limit; retryable. */
  rateLimitExceeded: () => googleV2ErrorBody(403, 'Rate Limit Exceeded', 'rateLimitExceeded', 'usageLimits'),
  /** 403: the daily quota is spent; not retryable today. */
  dailyLimitExceeded: () => googleV2ErrorBody(403, 'Daily Limit Exceeded', 'dailyLimitExceeded', 'usageLimits'),
  /** 400: more than 128 `q` strings; not retryable. */
  tooManySegments: () => googleV2ErrorBody(400, 'Too many text segments', 'invalid'),
  /** 400: a request over the size limit; not retryable. */
  textTooLong: () => googleV2ErrorBody(400, 'Text too long', 'invalid'),
  /** 400: the API key is wrong (today's format: `badRequest` plus an ErrorInfo `API_KEY_INVALID`). */
  keyInvalid: (): GoogleV2ErrorBody => ({
    error: {
      code: 400,
      message: 'API key not valid. Please pass a valid API key.',
      errors: [{ message: 'API key not valid. Please pass a valid API key.', domain: 'global', reason: 'badRequest' }],
      status: 'INVALID_ARGUMENT',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'API_KEY_INVALID',
          domain: 'googleapis.com',
          metadata: { service: 'translate.googleapis.com' },
        },
      ],
    },
  }),
  /** 500: an internal failure; retryable. */
  backendError500: () => googleV2ErrorBody(500, 'Internal error encountered.', 'backendError'),
  /** 503: the backend is unavailable; retryable. */
  backendError: () => googleV2ErrorBody(503, 'The service is currently unavailable.', 'backendError'),
} as const;

/** Path of the v2 translate method, as the client library calls it. */
export const GOOGLE_V2_PATH = '/language/translate/v2';

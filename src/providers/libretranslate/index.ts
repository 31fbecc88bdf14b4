/**
 * Provider `libretranslate`: a LibreTranslate server (self-hosted neural MT, Argos Translate
 * models) through its HTTP API: `POST /translate` with a JSON body, `q` as an array, `source`
 * `fr`, `target` `en`, `format` `text` or `html`, and `api_key` when the server asks for one.
 * It answers `{"translatedText": [...]}`, one per text, or `{"error": "..."}`.
 *
 * With `format: html` the server translates the text of each element and keeps the tags, so
 * each sentence comes back in its `<span id>`. It leaves the content of a few elements alone
 * (`code` among them) but does not know `translate="no"`: a protected term travels as
 * `<code translate="no">` and is read back as the project's `<span translate="no">`, here, on
 * both sides of the request.
 *
 * Free (nothing billed). One request per `doTranslate` call; retries are the scheduler's.
 */
import { ApiCallError, BilingualError } from '../../errors.ts';
import { checkTranslationCount } from '../check-translation-count.ts';
import { abortErrorOf, parseRetryAfter } from '../google-errors.ts';
import type { ProviderCapabilities, TranslateRequest, TranslateResult, TranslationProvider } from '../types.ts';
import { mapLibreTranslateError } from './libretranslate-errors.ts';

export interface LibreTranslateOptions {
  /**
   * The server's base URL (its `/translate` is called).
   * @default process.env.LIBRETRANSLATE_URL
   * @example "http://127.0.0.1:5000"
   */
  url?: string;
  /**
   * API key, for a server started with `--api-keys`.
   * @default process.env.LIBRETRANSLATE_API_KEY
   */
  apiKey?: string;
  /**
   * Most texts in one request (the server's `--batch-limit`, when it has one).
   * @default 25
   */
  maxTextsPerRequest?: number;
  /**
   * Most characters in one request (the server's `--char-limit`, when it has one).
   * @default 5000
   */
  maxCharactersPerRequest?: number;
}

/**
 * The defaults. A self-hosted server has no limit by default (`--char-limit -1`,
 * `--batch-limit -1`); these keep one request short enough for a server on a CPU to answer
 * within the request timeout. A server started with lower limits answers 400 "exceeds text
 * limit", and the scheduler splits the batch.
 */
export const LIBRETRANSLATE_CAPABILITIES: ProviderCapabilities = Object.freeze({
  maxSegmentsPerRequest: 25,
  maxCharactersPerRequest: 5_000,
  markup: true,
  glossary: false,
  billingUnit: 'none',
  pricePerMillionCharacters: 0,
  concurrent: true,
  // A server's own --req-limit and --char-limit (per minute) are off unless its owner sets them;
  // set providers.libretranslate.limits to match a server that has them.
  limits: Object.freeze({ requestsPerMinute: 0, charactersPerMinute: 0, tokensPerMinute: 0, concurrency: 0, source: "a LibreTranslate server has no per-minute limit unless started with --req-limit or --char-limit" }),
});

const NAME = 'LibreTranslate';

/** Engine description, part of the cache key: the server (its models are its own). */
export function describeLibreTranslate(url: string): string {
  return `libretranslate v1 ${new URL(url).host}`;
}

/** The project's protected elements as elements the server leaves alone. */
export function protectForLibreTranslate(html: string): string {
  return html.replace(/<span translate="no">([\s\S]*?)<\/span>/g, '<code translate="no">$1</code>');
}

/** And back. */
export function restoreFromLibreTranslate(html: string): string {
  return html.replace(/<code translate="no">([\s\S]*?)<\/code>/g, '<span translate="no">$1</span>');
}

export function createLibreTranslate(options: LibreTranslateOptions = {}): TranslationProvider {
  const base = (options.url ?? process.env.LIBRETRANSLATE_URL)?.trim();
  if (base === undefined || base === '') {
    throw new BilingualError('MISSING_CREDENTIALS', 'The libretranslate provider needs its server: set LIBRETRANSLATE_URL (or providers.libretranslate.url).');
  }
  if (!/^https?:\/\//i.test(base)) {
    throw new BilingualError('CONFIG_INVALID', `LIBRETRANSLATE_URL must be an http or https URL, got "${base}".`);
  }
  const apiKey = options.apiKey ?? process.env.LIBRETRANSLATE_API_KEY;
  const url = `${base.replace(/\/+$/, '')}/translate`;
  const engine = describeLibreTranslate(base);

  const capabilities: ProviderCapabilities = Object.freeze({
    ...LIBRETRANSLATE_CAPABILITIES,
    maxSegmentsPerRequest: options.maxTextsPerRequest ?? LIBRETRANSLATE_CAPABILITIES.maxSegmentsPerRequest,
    maxCharactersPerRequest: options.maxCharactersPerRequest ?? LIBRETRANSLATE_CAPABILITIES.maxCharactersPerRequest,
  });

  return {
    id: 'libretranslate',
    capabilities,

    async doDescribe(): Promise<string> {
      return engine;
    },

    async doTranslate(request: TranslateRequest): Promise<TranslateResult> {
      if (request.segments.length === 0) return { translations: [], billedCharacters: 0 };
      if (request.abortSignal?.aborted) throw abortErrorOf(request.abortSignal, NAME);
      const html = request.format === 'html';
      const body = {
        q: request.segments.map((segment) => (html ? protectForLibreTranslate(segment.text) : segment.text)),
        source: request.sourceLanguage,
        target: request.targetLanguage,
        format: request.format,
        ...(apiKey === undefined || apiKey === '' ? {} : { api_key: apiKey }),
      };
      let response: Response;
      let text: string;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(body),
          signal: request.abortSignal,
        });
        text = await response.text();
      } catch (error) {
        if (request.abortSignal?.aborted) throw abortErrorOf(request.abortSignal, NAME);
        throw mapLibreTranslateError({ url, error });
      }
      if (!response.ok) {
        throw mapLibreTranslateError({ url, statusCode: response.status, responseBody: text, retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')) });
      }
      let translated: unknown;
      try {
        translated = (JSON.parse(text) as { translatedText?: unknown }).translatedText;
      } catch {
        throw new ApiCallError(`${NAME} answered something that is not JSON.`, { url, code: 'PROVIDER_BAD_RESPONSE', statusCode: response.status, retryable: false });
      }
      const list = Array.isArray(translated) ? translated : undefined;
      checkTranslationCount(request.segments.length, list?.length, NAME, { url });
      return {
        translations: request.segments.map((segment, index) => {
          const value = list![index];
          if (typeof value !== 'string') {
            throw new BilingualError('PROVIDER_BAD_RESPONSE', `${NAME} returned no text for segment "${segment.id}".`, { details: { url } });
          }
          return { id: segment.id, text: html ? restoreFromLibreTranslate(value) : value };
        }),
        billedCharacters: 0,
      };
    },

    async close(): Promise<void> {
      // fetch keeps no state of ours between requests.
    },
  };
}

/**
 * Provider `google`: Cloud Translation Basic (v2) through `@google-cloud/translate`'s
 * `v2.Translate`, authenticated with an API key.
 *
 * One request per `doTranslate` call: the library's own retries are off (they skip 403
 * rate-limit reasons and would fight the scheduler's backoff). `format` is always sent,
 * because Google guesses `html` when it is left out.
 */
import { createRequire } from 'node:module';
import type { v2 as GoogleV2 } from '@google-cloud/translate';
import { countCodePoints } from '../../text/code-points.ts';
import { BilingualError } from '../../errors.ts';
import { readGoogleTranslations } from '../read-google-translations.ts';
import { mapGoogleV2Error, raceWithAbort } from '../google-errors.ts';
import { GOOGLE_QUOTAS } from '../google-quotas.ts';
import type { ProviderCapabilities, TranslateRequest, TranslateResult, TranslationProvider } from '../types.ts';

export interface GoogleOptions {
  /**
   * API key of a Google Cloud project with the Cloud Translation API enabled.
   * @default process.env.GOOGLE_API_KEY
   */
  apiKey?: string;
  /**
   * Translation model: `nmt` (neural) or `base` (phrase-based, where still offered).
   * Sent only when set; Google uses `nmt` when it is left out.
   * @default undefined (Google's default, nmt)
   */
  model?: string;
  /**
   * Where requests go: a host (`translation.googleapis.com`, as the library takes it) or a
   * full base URL (`http://127.0.0.1:8080/language/translate/v2`) for a local server. When
   * unset, the library's own `GOOGLE_CLOUD_TRANSLATE_ENDPOINT` environment variable (a full
   * base URL) is honoured.
   * @default "translation.googleapis.com"
   * @example "http://127.0.0.1:4010/language/translate/v2"
   */
  apiEndpoint?: string;
}

/** What Cloud Translation Basic accepts and bills, from Google's quotas and pricing pages. */
export const GOOGLE_CAPABILITIES: ProviderCapabilities = Object.freeze({
  maxSegmentsPerRequest: 128,
  maxCharactersPerRequest: 30_000,
  recommendedCharactersPerRequest: 5_000,
  markup: true,
  glossary: false,
  billingUnit: 'character',
  pricePerMillionCharacters: 20,
  concurrent: true,
  limits: GOOGLE_QUOTAS,
});

/** The v2 body, as `translate()` hands back its second element. */
interface V2ResponseBody {
  data?: { translations?: { translatedText?: unknown }[] };
}

const require = createRequire(import.meta.url);

function loadTranslateClass(): typeof GoogleV2.Translate {
  // The v2 module alone: the package index would also load the v3 protos, which take time.
  const module = require('@google-cloud/translate/build/src/v2/index.js') as typeof GoogleV2;
  return module.Translate;
}

export { countCodePoints };

/** Engine description, part of the cache key; needs no credentials (dry runs use it). */
export function describeGoogle(model?: string): string {
  return `google v2 ${model ?? 'nmt'}`;
}

export function createGoogle(options: GoogleOptions = {}): TranslationProvider {
  const apiKey = options.apiKey ?? process.env.GOOGLE_API_KEY;
  if (apiKey === undefined || apiKey.trim() === '') {
    throw new BilingualError(
      'MISSING_CREDENTIALS',
      'The google provider needs an API key: set GOOGLE_API_KEY (or providers.google.apiKey).',
    );
  }
  const Translate = loadTranslateClass();
  const endpointIsUrl = options.apiEndpoint !== undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(options.apiEndpoint);
  const client = new Translate({
    key: apiKey,
    apiEndpoint: endpointIsUrl ? undefined : options.apiEndpoint,
    autoRetry: false,
    maxRetries: 0,
  });
  if (endpointIsUrl) client.baseUrl = options.apiEndpoint!.replace(/\/+$/, '');
  const model = options.model;

  return {
    id: 'google',
    capabilities: GOOGLE_CAPABILITIES,

    async doDescribe(): Promise<string> {
      return describeGoogle(model);
    },

    async doTranslate(request: TranslateRequest): Promise<TranslateResult> {
      if (request.segments.length === 0) return { translations: [], billedCharacters: 0 };
      const texts = request.segments.map((segment) => segment.text);
      const url = client.baseUrl;
      let body: V2ResponseBody;
      try {
        [, body] = (await raceWithAbort(
          () =>
            client.translate(texts, {
              from: request.sourceLanguage,
              to: request.targetLanguage,
              format: request.format,
              ...(model === undefined ? {} : { model }),
            }),
          request.abortSignal,
          'Google Translate (v2)',
        )) as [string[], V2ResponseBody];
      } catch (error) {
        throw mapGoogleV2Error(error, url);
      }
      const translated = body.data?.translations;
      const translations = readGoogleTranslations(request.segments, translated, 'Google Translate (v2)', { url });
      return {
        translations,
        billedCharacters: texts.reduce((sum, text) => sum + countCodePoints(text), 0),
      };
    },

    async close(): Promise<void> {
      // The v2 client keeps no sockets of its own between requests.
    },
  };
}

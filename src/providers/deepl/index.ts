/**
 * Provider `deepl`: the DeepL API (`/v2/translate`) through the official `deepl-node` client,
 * authenticated with an authentication key.
 *
 * One request per `doTranslate` call: the client's own retries are off (`maxRetries: 0`), so
 * the scheduler's backoff, budgets and cache are the only ones. A unit in the project's markup
 * (each sentence a `<span id>`, protected terms `translate="no"`) is sent whole with
 * `tag_handling=html`: DeepL translates the paragraph with its context and puts each sentence
 * back in its element, so alignment stays exact by construction. `split_sentences` is always
 * explicit (`nonewlines`): a line break left by extraction never splits a sentence. A part of a
 * paragraph longer than one request goes with the sentences before it as `context`.
 *
 * The glossary (`config/glossary.yaml`) is a DeepL glossary, created once and found again by
 * its content hash (`deepl-glossary.ts`), named with each request (`glossary_id`); when it
 * cannot be created the run protects the terms in the text instead.
 *
 * Where requests go is the client's choice (a Free key, ending in `:fx`, goes to
 * api-free.deepl.com, any other to api.deepl.com) unless a server URL is given.
 */
import { createRequire } from 'node:module';
import type * as DeeplNode from 'deepl-node';
import { BilingualError } from '../../errors.ts';
import { countCodePoints } from '../../text/code-points.ts';
import { checkTranslationCount } from '../check-translation-count.ts';
import { raceWithAbort } from '../google-errors.ts';
import type { ProviderCapabilities, ProviderGlossary, TranslateRequest, TranslateResult, TranslationProvider } from '../types.ts';
import { describeUsage, mapDeeplError } from './deepl-errors.ts';
import { prepareDeeplGlossary } from './deepl-glossary.ts';

/** The English variants DeepL writes (it refuses a plain `EN` target). */
export type DeeplTargetLanguage = 'EN-US' | 'EN-GB';

export interface DeeplOptions {
  /**
   * DeepL authentication key (a Free key ends in `:fx`).
   * @default process.env.DEEPL_API_KEY
   */
  apiKey?: string;
  /**
   * Another server (a proxy, a local server in tests). When unset the client decides from the
   * key: api-free.deepl.com for a Free key, api.deepl.com otherwise.
   * @default process.env.DEEPL_SERVER_URL
   * @example "http://127.0.0.1:3000"
   */
  serverUrl?: string;
  /**
   * English variant written.
   * @default "EN-US"
   */
  targetLanguage?: DeeplTargetLanguage;
  /**
   * USD per million billed characters, for estimates and the summary.
   * @default 25 (DeepL API Pro's list price; EUR 20 in euros)
   */
  pricePerMillionCharacters?: number;
}

/** DeepL API Pro's list price in US dollars per million characters (EUR 0.00002 a character in euros). */
export const DEEPL_PRICE_PER_MILLION_CHARACTERS = 25;

/**
 * What the DeepL API accepts and bills, from its API reference: at most 50 texts per request
 * and 128 KiB per request body. The body is form-encoded, where one character may take 9 bytes
 * (a 3-byte UTF-8 character such as `’` or a narrow no-break space, percent-encoded), so 14,000
 * characters keep any text under 128 KiB; a 413 still splits the batch (the scheduler).
 */
export const DEEPL_CAPABILITIES: ProviderCapabilities = Object.freeze({
  maxSegmentsPerRequest: 50,
  maxCharactersPerRequest: 14_000,
  markup: true,
  glossary: true,
  billingUnit: 'character',
  pricePerMillionCharacters: DEEPL_PRICE_PER_MILLION_CHARACTERS,
  concurrent: true,
  // DeepL publishes no per-minute quota: it answers 429 Too Many Requests, and the scheduler
  // backs off exponentially, holding the whole run back meanwhile (no Retry-After reaches us).
  limits: Object.freeze({ requestsPerMinute: 0, charactersPerMinute: 0, tokensPerMinute: 0, concurrency: 0, source: 'DeepL publishes no per-minute quota; it answers 429' }),
});

/** The provider's name in messages. */
export const DEEPL_NAME = 'DeepL';

const require = createRequire(import.meta.url);

function loadClient(): typeof DeeplNode {
  return require('deepl-node') as typeof DeeplNode;
}

/** Engine description, part of the cache key; needs no credentials (dry runs use it). */
export function describeDeepl(targetLanguage: DeeplTargetLanguage = 'EN-US'): string {
  return `deepl v2 ${targetLanguage} html`;
}

/** The capabilities with the configured price. */
export function deeplCapabilities(pricePerMillionCharacters = DEEPL_PRICE_PER_MILLION_CHARACTERS): ProviderCapabilities {
  return Object.freeze({ ...DEEPL_CAPABILITIES, pricePerMillionCharacters });
}

/**
 * Characters DeepL bills for a text, when an answer does not say: every code point, except
 * that with `tag_handling=html` the tags (with their attributes) are not billed.
 */
export function deeplBilledCharacters(text: string, format: 'text' | 'html'): number {
  return countCodePoints(format === 'html' ? text.replace(/<[^>]*>/g, '') : text);
}

export function createDeepl(options: DeeplOptions = {}): TranslationProvider {
  const apiKey = options.apiKey ?? process.env.DEEPL_API_KEY;
  if (apiKey === undefined || apiKey.trim() === '') {
    throw new BilingualError('MISSING_CREDENTIALS', 'The deepl provider needs an authentication key: set DEEPL_API_KEY (or providers.deepl.apiKey).');
  }
  const serverUrl = options.serverUrl ?? nonEmpty(process.env.DEEPL_SERVER_URL);
  const targetLanguage = options.targetLanguage ?? 'EN-US';
  const client = loadClient();
  const translator = new client.Translator(apiKey.trim(), {
    ...(serverUrl === undefined ? {} : { serverUrl: serverUrl.replace(/\/+$/, '') }),
    maxRetries: 0,
    sendPlatformInfo: false,
  });
  const url = `${(serverUrl ?? (apiKey.trim().endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com')).replace(/\/+$/, '')}/v2/translate`;

  /** The account's usage, for the message of a 456; undefined when it cannot be read. */
  async function readUsage(): Promise<string | undefined> {
    try {
      return describeUsage(await translator.getUsage());
    } catch {
      return undefined;
    }
  }

  return {
    id: 'deepl',
    capabilities: deeplCapabilities(options.pricePerMillionCharacters),

    async doDescribe(): Promise<string> {
      return describeDeepl(targetLanguage);
    },

    billableCharacters: deeplBilledCharacters,

    async doPrepareGlossary(glossary: ProviderGlossary): Promise<ProviderGlossary> {
      try {
        return await prepareDeeplGlossary(translator, glossary, client.GlossaryEntries);
      } catch (error) {
        throw await mapDeeplError(error, { url: url.replace(/\/v2\/translate$/, '/v2/glossaries'), readUsage });
      }
    },

    async doTranslate(request: TranslateRequest): Promise<TranslateResult> {
      if (request.segments.length === 0) return { translations: [], billedCharacters: 0 };
      // The client refuses an empty text; an empty text translates to itself, unbilled.
      const sent = request.segments.filter((segment) => segment.text.length > 0);
      // A part of a long paragraph comes alone, with the sentences before it as context (not billed).
      const context = sent.find((segment) => segment.context !== undefined)?.context;
      let results: DeeplNode.TextResult[] = [];
      if (sent.length > 0) {
        try {
          results = await raceWithAbort(
            () =>
              translator.translateText(
                sent.map((segment) => segment.text),
                request.sourceLanguage as DeeplNode.SourceLanguageCode,
                targetLanguage as DeeplNode.TargetLanguageCode,
                {
                  splitSentences: 'nonewlines',
                  ...(context === undefined ? {} : { context }),
                  ...(request.glossary?.resourceName === undefined ? {} : { glossary: request.glossary.resourceName }),
                  ...(request.format === 'html' ? { tagHandling: 'html' as const } : {}),
                },
              ),
            request.abortSignal,
            DEEPL_NAME,
          );
        } catch (error) {
          throw await mapDeeplError(error, { url, readUsage });
        }
      }
      checkTranslationCount(sent.length, Array.isArray(results) ? results.length : undefined, DEEPL_NAME, { url });
      const byId = new Map<string, string>();
      let billedCharacters = 0;
      sent.forEach((segment, index) => {
        const result = results[index]!;
        if (typeof result.text !== 'string') {
          throw new BilingualError('PROVIDER_BAD_RESPONSE', `${DEEPL_NAME} returned no text for segment "${segment.id}".`, { details: { url } });
        }
        byId.set(segment.id, result.text);
        billedCharacters +=
          typeof result.billedCharacters === 'number' ? result.billedCharacters : deeplBilledCharacters(segment.text, request.format);
      });
      return {
        translations: request.segments.map((segment) => ({ id: segment.id, text: byId.get(segment.id) ?? '' })),
        billedCharacters,
      };
    },

    async close(): Promise<void> {
      // The client keeps no sockets of its own between requests.
    },
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/**
 * The provider interface: the only thing a translation engine has to implement.
 *
 * Rate limits, batching, retries and the cache live outside providers (src/translate/),
 * once, so every provider gets them for free. A provider makes exactly one request per
 * `doTranslate` call (no retries of its own) and throws `ApiCallError` / `BilingualError`
 * with a stable code and a correct `retryable` flag.
 */
import type { BilingualError } from '../errors.ts';

export type TextFormat = 'text' | 'html';

export interface TranslationSegment {
  /** Caller's id, returned unchanged with the translation. */
  id: string;
  /**
   * What to translate. With format `html` it is an HTML fragment: text escaped (`&amp;`, `&lt;`),
   * sentences wrapped as `<span id="p3.s2">…</span>`, glossary placeholders as elements too.
   */
  text: string;
  /**
   * Plain text of the sentences just before, not to translate: set on a part of a paragraph
   * longer than one request may carry (`splitLongText`). A request holding a segment with
   * context holds only that segment. Providers whose service takes context use it (DeepL's
   * `context`, a chat model's prompt); the others ignore it.
   */
  context?: string;
}

export interface GlossaryEntry {
  source: string;
  target: string;
}

/** A glossary as handed to providers that apply glossaries natively (issue 6). */
export interface ProviderGlossary {
  /** Content hash; part of the cache key. */
  version: string;
  entries: GlossaryEntry[];
  /** Terms to keep as they are. */
  doNotTranslate: string[];
  /** Name of a glossary resource that already exists on the service (Google Advanced). */
  resourceName?: string;
}

export interface TranslateRequest {
  segments: TranslationSegment[];
  sourceLanguage: string;
  targetLanguage: string;
  /** Always explicit: Google guesses html when it is left out. */
  format: TextFormat;
  /** Only passed to providers whose capabilities say `glossary: true`. */
  glossary?: ProviderGlossary;
  /** Aborts the request (per-request timeout, Ctrl-C). */
  abortSignal?: AbortSignal;
  /**
   * Counts one more request of this call against the run's quotas (requests, characters,
   * tokens), waiting until it fits, as the scheduler did for the first. A provider that makes
   * more than one request per call (a chat model asking again about a bad answer) calls it
   * before each request after the first, and `done()` once that request is answered or failed.
   * Its requests go one after the other: calling it says the request before has finished.
   * Unset (a provider called outside the scheduler): nothing to count.
   */
  acquire?: (request: { characters: number; tokens: number }) => Promise<{ done(): void }>;
}

export interface SegmentTranslation {
  id: string;
  text: string;
}

/** One sentence (or a whole segment) a provider could not translate, or had to ask about again. */
export interface SentenceIssue {
  /** The segment it is in. */
  segmentId: string;
  /** Id of the sentence element (`p3.s2`); unset: the whole segment. */
  sentenceId?: string;
  /** What was wrong, in words a person reads: `the model refused: …`, `the translation was still in French`. */
  reason: string;
}

export interface TranslateResult {
  /**
   * One per requested segment, same ids, same order. A sentence named in `untranslated` is
   * in its segment's text with no translation (its element empty), never padded.
   */
  translations: SegmentTranslation[];
  /**
   * Sentences no usable translation was found for (an LLM's refusal, an answer no retry,
   * split or sentence-alone request could repair). Their segments are delivered but not
   * cached, so a later run asks again; the QA report and the summary count them.
   */
  untranslated?: SentenceIssue[];
  /** Sentences whose first answer was refused and that a further request of the call repaired. */
  repaired?: SentenceIssue[];
  /** What the run should tell the user once (an endpoint that refused structured output). */
  warnings?: string[];
  /** Characters the service bills for this request (markup included), 0 for offline engines. */
  billedCharacters: number;
  /**
   * What a service that bills tokens (a chat model) counted for this call: its requests (a
   * provider that repairs a bad answer within the call makes more than one), the input and
   * output tokens, and their cost at the configured prices.
   */
  usage?: TokenUsage;
  /** What the service said of its quotas with this answer (OpenAI's `x-ratelimit-*` headers). */
  rateLimits?: RateLimitReport;
}

/**
 * A service's quota state as its answer's headers report it: OpenAI's
 * `x-ratelimit-limit-requests`, `x-ratelimit-limit-tokens`, `x-ratelimit-remaining-*` and
 * `x-ratelimit-reset-*`. Every field is optional: a server sends what it sends.
 */
export interface RateLimitReport {
  /** Requests per minute the service allows this key. */
  requestsPerMinute?: number;
  /** Tokens per minute the service allows this key. */
  tokensPerMinute?: number;
  requestsRemaining?: number;
  tokensRemaining?: number;
  /** Milliseconds until the request quota is whole again. */
  requestsResetMs?: number;
  /** Milliseconds until the token quota is whole again. */
  tokensResetMs?: number;
}

export interface TokenUsage {
  requests: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

/**
 * What a service allows per rolling minute, as its provider declares it: the published quota,
 * or 0 where there is none (an offline engine; a service that publishes none and answers 429
 * instead). The config overrides each value (`providers.<id>.limits`, then top-level `limits`).
 */
export interface ServiceLimits {
  /** Requests per rolling minute; 0: none. */
  requestsPerMinute: number;
  /** Characters sent (markup included) per rolling minute; 0: none. */
  charactersPerMinute: number;
  /** Tokens (input and expected output) per rolling minute, for chat models; 0: none. */
  tokensPerMinute: number;
  /** Most requests the service takes at once; 0: no cap beyond `limits.concurrency`. */
  concurrency: number;
  /** Where the values come from, for `bilingual providers`: a published page, a server flag. */
  source: string;
}

export interface ProviderCapabilities {
  /** Most segments one request may carry (Google v2: 128; v3: 1024). */
  maxSegmentsPerRequest: number;
  /** Most characters one request may carry (v2: 30,000 hard, about 5,000 recommended; v3: 30,000 code points). */
  maxCharactersPerRequest: number;
  /** Characters per request the service recommends, when lower than the maximum. */
  recommendedCharactersPerRequest?: number;
  /** True when `format: 'html'` keeps `<span id>` elements, so alignment is exact by construction. */
  markup: boolean;
  /** True when the provider applies `ProviderGlossary` natively. */
  glossary: boolean;
  /** What the service bills by. */
  billingUnit: 'character' | 'none';
  /** List price in USD per million billed characters (Google: 20), 0 for offline. */
  pricePerMillionCharacters: number;
  /**
   * USD per million input and output tokens, for providers that bill tokens (chat models); their
   * `billingUnit` stays `none` and the token counts come back as `TranslateResult.usage`.
   */
  tokenPrices?: { inputPerMillion: number; outputPerMillion: number };
  /** Whether the provider can run several requests at once. */
  concurrent: boolean;
  /**
   * A request costs nothing of its own: no prompt billed per request, no quota counting it (a
   * local engine). A build then sends smaller groups of articles at the start and the end of a
   * run, to start the engine sooner and leave less to do after its last answer, at the price of
   * a few requests not filled. Unset: false.
   */
  freeRequests?: boolean;
  /** The service's own per-minute limits. Unset: none known (no quota applies unless the config sets one). */
  limits?: ServiceLimits;
  /**
   * The engine marks the words it did not know in its HTML answers, as Apertium does (`*word`
   * unknown, `#word` not generated, `@word` not translated; a `*`, `#` or `@` of the text
   * before a word comes as a character reference). The translate stage lists them on each
   * sentence (`unknownWords`, for `qa/unknown-word`) and, with `remove`, takes the marks out
   * of the English; with `keep` they stay in it as well (the reader dashes the words). Part
   * of the cache key. Unset: no marks.
   */
  unknownWordMarks?: 'remove' | 'keep';
}

export interface TranslationProvider {
  /** Provider id as written in config: `google`, `google-advanced`, `apertium`, … */
  readonly id: string;
  readonly capabilities: ProviderCapabilities;
  /**
   * Engine or model with its version, for example `apertium 3.8.3 fr-es 1.0.0 + eng-spa 0.5.0`
   * or `google v2 nmt`. Part of the cache key, so a new engine never serves stale translations.
   */
  doDescribe(): Promise<string>;
  /**
   * Characters the service bills for this text, for estimates, when it does not bill every
   * character sent (DeepL bills no tags with tag handling). Unset: every code point.
   */
  billableCharacters?(text: string, format: TextFormat): number;
  /** One request to the service. No retries, no batching: the scheduler does that. */
  doTranslate(request: TranslateRequest): Promise<TranslateResult>;
  /**
   * The tokens one request of these segments would count, for providers that bill tokens:
   * its prompt exactly as it would be sent, and the answer expected. Used for estimates,
   * spending caps and tokens-per-minute quotas. Unset: the provider counts no tokens.
   */
  estimateUsage?(segments: readonly TranslationSegment[], format: TextFormat): { inputTokens: number; outputTokens: number };
  /**
   * Makes a glossary usable on the service, for a provider that keeps glossaries there (DeepL):
   * found again by its content hash (`version`), else created once. Returns it with the
   * service's id as `resourceName`, which `doTranslate` then names. Throws when it cannot:
   * the run then protects the terms in the text instead, with a warning. Called once per run,
   * never in a dry run.
   */
  doPrepareGlossary?(glossary: ProviderGlossary): Promise<ProviderGlossary>;
  /**
   * Starts what the first request will need and takes time to get ready (a local engine's
   * programs, which load their dictionaries for a second or so), so that it gets ready while
   * the run is still reading and structuring its articles. Sends nothing and never throws: a
   * failure shows again, with its message, on the first request. Never called in a dry run;
   * `close` ends what it started.
   */
  doWarmUp?(): void;
  /** Frees processes and sockets. Safe to call twice. */
  close?(): Promise<void>;
}

/** Factory signature every provider folder exports (`createApertium`, `createGoogle`, …). */
export type ProviderFactory<Options> = (options: Options) => TranslationProvider;

export type ProviderError = BilingualError;

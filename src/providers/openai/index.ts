/**
 * Provider `openai`: any endpoint that speaks OpenAI's Chat Completions (OpenAI, Mistral, Groq,
 * a local Ollama at `http://localhost:11434/v1`, llama.cpp's server, vLLM) through the official
 * `openai` client, with its own retries off: rate limits, batching, retries and the cache are
 * the scheduler's.
 *
 * Alignment by construction: the paragraph's sentence elements are taken apart
 * (`sentence-round-trip.ts`), the model is asked for one translation per sentence key, by a
 * strict JSON schema where the endpoint enforces one (`translation-prompt.ts`), and every
 * answer is put back into exactly the elements sent. Every answer is checked
 * (`check-sentence-translation.ts`); what fails is repaired in the same call by asking again
 * with the problem named, then in halves, then one sentence at a time with its neighbours as
 * context. Each of those further requests is counted by the run's limiter
 * (`TranslateRequest.acquire`) before it goes. A sentence that still fails is left with no
 * translation and named in `TranslateResult.untranslated` with the reason, never padded or
 * guessed: its article is built, the QA report and the summary say what is missing, and the
 * scheduler does not cache its segment, so a later run asks again.
 *
 * An endpoint that refuses structured output (a 400, or llama.cpp's 500, naming
 * `response_format` or `json_schema`), or answers a JSON-schema request with no JSON at all
 * (it ignores the schema), is asked for tagged answers from then on, for the rest of the run,
 * with one warning.
 */
import OpenAI from 'openai';
import { BilingualError } from '../../errors.ts';
import { raceWithAbort } from '../google-errors.ts';
import type { ProviderCapabilities, RateLimitReport, SentenceIssue, TranslateRequest, TranslateResult, TranslationProvider } from '../types.ts';
import { countPromptTokens, countTokens } from './count-tokens.ts';
import { readRateLimitHeaders } from './read-rate-limit-headers.ts';
import { checkSentenceTranslation, type SentenceCheckOptions } from './check-sentence-translation.ts';
import { isStructuredOutputRefusal, mapOpenaiError, type EndpointDescription } from './map-openai-error.ts';
import { encodeSentences, type SentenceItem } from './sentence-round-trip.ts';
import { ANSWER_FORMATS, buildMessages, readAnswer, responseFormatFor, type AnswerFormat, type ChatMessage, type ContextPair } from './translation-prompt.ts';

export { ANSWER_FORMATS, type AnswerFormat };

export interface OpenaiOptions {
  /**
   * Model name as the endpoint knows it (`gpt-4o-mini`, `mistral-small-latest`, `llama3.1:8b`).
   * Required: there is no default, so that no run bills a model nobody chose.
   */
  model?: string;
  /**
   * API key, sent as a bearer token. Optional when `baseUrl` points at a server that needs none
   * (Ollama, llama.cpp, vLLM).
   * @default process.env.OPENAI_API_KEY
   */
  apiKey?: string;
  /**
   * The endpoint's base URL, up to `/v1`.
   * @default process.env.OPENAI_BASE_URL ?? "https://api.openai.com/v1"
   * @example "http://localhost:11434/v1"
   */
  baseUrl?: string;
  /**
   * How the answer is asked for: `json-schema` (structured output, enforced by the endpoint),
   * `json-object` (JSON mode only), or `tagged` (`<s id>` lines, for endpoints without either).
   * @default "json-schema"
   */
  answerFormat?: AnswerFormat;
  /**
   * Sent as `seed` for deterministic sampling where the endpoint supports it; null sends none
   * (for endpoints that refuse the field).
   * @default 0
   */
  seed?: number | null;
  /** @default 16 */
  maxSegmentsPerRequest?: number;
  /**
   * Characters of French per request: small enough for the prompt, the French and the English
   * to fit a small local model's context (4,096 tokens).
   * @default 4000
   */
  maxCharactersPerRequest?: number;
  /** USD per million input (prompt) tokens, for the cost shown. @default 0 */
  inputPricePerMillionTokens?: number;
  /** USD per million output (completion) tokens, for the cost shown. @default 0 */
  outputPricePerMillionTokens?: number;
  /** @default the plausible ratios of `checkSentenceTranslation` */
  checks?: SentenceCheckOptions;
}

/** Where requests go when neither the option nor `OPENAI_BASE_URL` says otherwise. */
export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/** Part of the engine description (so of the cache key): a new prompt never serves old answers. */
const PROMPT_VERSION = 1;

/** Context sentences shown before the sentences of a repair request. */
const CONTEXT_SENTENCES = 3;

export function openaiCapabilities(options: Pick<OpenaiOptions, 'maxSegmentsPerRequest' | 'maxCharactersPerRequest' | 'inputPricePerMillionTokens' | 'outputPricePerMillionTokens'> = {}): ProviderCapabilities {
  return Object.freeze({
    maxSegmentsPerRequest: options.maxSegmentsPerRequest ?? 16,
    maxCharactersPerRequest: options.maxCharactersPerRequest ?? 4000,
    // Sentence elements are rebuilt from one answer per sentence id, so alignment is exact.
    markup: true,
    glossary: false,
    // Chat endpoints bill tokens, a unit the interface does not know: the token counts and
    // their cost come back as `usage`, and the character price stays 0.
    billingUnit: 'none',
    pricePerMillionCharacters: 0,
    tokenPrices: {
      inputPerMillion: options.inputPricePerMillionTokens ?? 0,
      outputPerMillion: options.outputPricePerMillionTokens ?? 0,
    },
    concurrent: true,
    // No quota by default (a local server has none); a paid endpoint's come with each answer
    // (x-ratelimit-* headers) and the scheduler learns them.
    limits: Object.freeze({ requestsPerMinute: 0, charactersPerMinute: 0, tokensPerMinute: 0, concurrency: 0, source: "none by default; learnt from the endpoint's x-ratelimit-* headers" }),
  });
}

/** The endpoint's address without credentials, query or trailing slash. */
export function endpointAddress(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    throw new BilingualError('CONFIG_INVALID', `OPENAI_BASE_URL (or providers.openai.baseUrl) is not a URL: "${baseUrl.replace(/\/\/[^@/]*@/, '//')}".`);
  }
}

/** Engine description, part of the cache key; needs no credentials (dry runs use it). */
export function describeOpenai(options: Pick<OpenaiOptions, 'model' | 'baseUrl' | 'answerFormat'>): string {
  const address = endpointAddress(options.baseUrl ?? OPENAI_DEFAULT_BASE_URL);
  return `openai-compatible ${options.model ?? '(no model)'} at ${address}, ${options.answerFormat ?? 'json-schema'} answers, prompt ${PROMPT_VERSION}`;
}

function requireModel(model: string | undefined): string {
  if (model === undefined || model.trim() === '') {
    throw new BilingualError(
      'CONFIG_INVALID',
      'The openai provider needs a model: set providers.openai.model (for example gpt-4o-mini, mistral-small-latest, or llama3.1:8b on Ollama).',
    );
  }
  return model.trim();
}

export function createOpenai(options: OpenaiOptions = {}): TranslationProvider {
  const model = requireModel(options.model);
  const configuredBase = options.baseUrl ?? process.env.OPENAI_BASE_URL;
  const baseUrl = configuredBase === undefined || configuredBase.trim() === '' ? OPENAI_DEFAULT_BASE_URL : configuredBase.trim();
  const apiKey = options.apiKey ?? process.env.OPENAI_API_KEY;
  const hasKey = apiKey !== undefined && apiKey.trim() !== '';
  if (!hasKey && baseUrl === OPENAI_DEFAULT_BASE_URL) {
    throw new BilingualError(
      'MISSING_CREDENTIALS',
      'The openai provider needs an API key: set OPENAI_API_KEY, or OPENAI_BASE_URL for a local server that needs none (Ollama, llama.cpp, vLLM).',
    );
  }
  const answerFormat = options.answerFormat ?? 'json-schema';
  const seed = options.seed === undefined ? 0 : options.seed;
  const endpoint: EndpointDescription = { url: endpointAddress(baseUrl), model };
  const capabilities = openaiCapabilities(options);
  const description = describeOpenai({ model, baseUrl, answerFormat });
  const client = new OpenAI({
    // A server that needs no key gets none: the client wants one, so a placeholder is given
    // and its Authorization header removed.
    apiKey: hasKey ? apiKey : 'none',
    ...(hasKey ? {} : { defaultHeaders: { Authorization: null } }),
    // Only the key given here authenticates, never an admin key from the environment.
    adminAPIKey: null,
    baseURL: baseUrl,
    maxRetries: 0,
    // The scheduler's per-request timeout aborts through the signal; this only backs it up.
    timeout: 10 * 60_000,
  } as ConstructorParameters<typeof OpenAI>[0]);

  // Asked for until the endpoint shows it cannot keep to it; then tagged answers, for the rest of the run.
  let currentFormat: AnswerFormat = answerFormat;
  /** Switches to tagged answers; the warning to give, the first time only. */
  const fallBackToTagged = (why: string): string | undefined => {
    if (currentFormat === 'tagged') return undefined;
    const was = currentFormat;
    currentFormat = 'tagged';
    return `The OpenAI-compatible endpoint (${endpoint.url}, model ${model}) ${why}: asking for tagged answers instead of ${was} for the rest of the run. Set providers.openai.answerFormat to tagged to skip the first try.`;
  };

  /**
   * One request in `format`: the model's answer text, or why there is none, or `refused` when
   * the endpoint refused the format itself (structured output). Token usage counted.
   */
  const ask = async (
    messages: ChatMessage[],
    keys: string[],
    format: AnswerFormat,
    usage: Usage,
    signal?: AbortSignal,
    onRateLimits?: (report: RateLimitReport) => void,
  ): Promise<{ content: string } | { problem: string } | { refused: string }> => {
    const responseFormat = responseFormatFor(format, keys);
    const body = {
      model,
      messages,
      temperature: 0,
      ...(seed === null ? {} : { seed }),
      ...(responseFormat === undefined ? {} : { response_format: responseFormat }),
    };
    let completion: OpenAI.Chat.Completions.ChatCompletion;
    // The client never removes the listener it puts on a signal, and a call that repairs makes
    // several requests on the scheduler's one: each request gets a signal of its own.
    const own = new AbortController();
    const forward = () => own.abort(signal?.reason);
    signal?.addEventListener('abort', forward, { once: true });
    try {
      const answered = await raceWithAbort(
        () => client.chat.completions.create(body as OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming, { signal: own.signal }).withResponse(),
        signal,
        `the OpenAI-compatible endpoint (${endpoint.url})`,
      );
      completion = answered.data;
      onRateLimits?.(readRateLimitHeaders(answered.response.headers));
    } catch (error) {
      if (format !== 'tagged' && isStructuredOutputRefusal(error)) {
        usage.requests += 1;
        return { refused: mapOpenaiError(error, endpoint, signal).message };
      }
      throw mapOpenaiError(error, endpoint, signal);
    } finally {
      signal?.removeEventListener('abort', forward);
    }
    usage.requests += 1;
    usage.inputTokens += completion.usage?.prompt_tokens ?? 0;
    usage.outputTokens += completion.usage?.completion_tokens ?? 0;
    const choice = completion.choices?.[0];
    const message = choice?.message as (OpenAI.Chat.Completions.ChatCompletionMessage & { refusal?: string | null }) | undefined;
    if (message?.refusal) return { problem: `the model refused: ${message.refusal}` };
    if (choice?.finish_reason === 'length') return { problem: 'the answer was cut off at the token limit' };
    if (typeof message?.content !== 'string') return { problem: 'the answer had no text' };
    return { content: message.content };
  };

  return {
    id: 'openai',
    capabilities,

    async doDescribe(): Promise<string> {
      return description;
    },

    async doTranslate(request: TranslateRequest): Promise<TranslateResult> {
      if (request.segments.length === 0) return { translations: [], billedCharacters: 0 };
      const roundTrip = encodeSentences(request.segments, request.format);
      const usage: Usage = { requests: 0, inputTokens: 0, outputTokens: 0 };
      const prices = capabilities.tokenPrices!;
      const spent = () => ({
        ...usage,
        costUsd: (usage.inputTokens * prices.inputPerMillion + usage.outputTokens * prices.outputPerMillion) / 1_000_000,
      });
      const warnings: string[] = [];
      let sent = 0;
      let ladder: LadderResult;
      let rateLimits: RateLimitReport | undefined;
      try {
        // A part of a long paragraph comes alone, with the sentences before it as context.
        const context = request.segments.find((segment) => segment.context !== undefined)?.context;
        ladder = await translateSentences(roundTrip.items, {
          format: () => currentFormat,
          ...(context === undefined ? {} : { context }),
          checks: options.checks,
          ask: async (messages, group, format) => {
            // The scheduler counted the call's first request; every further one is counted here.
            sent += 1;
            const permit = sent > 1 && request.acquire ? await request.acquire(requestSize(messages, group, format)) : undefined;
            try {
              return await ask(messages, group.map((item) => item.key), format, usage, request.abortSignal, (report) => (rateLimits = report));
            } finally {
              permit?.done();
            }
          },
          fallBack: (why) => {
            const warning = fallBackToTagged(why);
            if (warning !== undefined) warnings.push(warning);
          },
        });
      } catch (error) {
        // What the failed attempts spent is still billed: it travels on the error.
        if (error instanceof BilingualError && usage.requests > 0) error.details.usage = spent();
        throw error;
      }
      const issue = ({ item, reason }: { item: SentenceItem; reason: string }): SentenceIssue => ({
        segmentId: item.segmentId,
        ...(item.sentenceId === undefined ? {} : { sentenceId: item.sentenceId }),
        reason,
      });
      const result: TranslateResult = { translations: roundTrip.decode(ladder.translations), billedCharacters: 0, usage: spent() };
      if (ladder.untranslated.length > 0) result.untranslated = ladder.untranslated.map(issue);
      if (ladder.repaired.length > 0) result.repaired = ladder.repaired.map(issue);
      if (warnings.length > 0) result.warnings = warnings;
      if (rateLimits !== undefined && Object.keys(rateLimits).length > 0) result.rateLimits = rateLimits;
      return result;
    },

    estimateUsage(segments, format) {
      const items = encodeSentences(segments, format).items;
      if (items.length === 0) return { inputTokens: 0, outputTokens: 0 };
      // The first request `translateSentences` makes: every sentence, no context before it.
      const onlyHeadline = items.every((item) => item.sentenceId !== undefined && /^h\d+\.s\d+$/.test(item.sentenceId));
      const messages = buildMessages({ items, format: currentFormat, headline: onlyHeadline ? undefined : headlineOf(items), before: [] });
      return { inputTokens: countPromptTokens(messages), outputTokens: countTokens(expectedAnswer(items, currentFormat)) };
    },

    async close(): Promise<void> {
      // The client keeps no state between requests that needs closing.
    },
  };
}

interface Usage {
  requests: number;
  inputTokens: number;
  outputTokens: number;
}

interface LadderOptions {
  /** The answer format asked for now: it may change during the call (`fallBack`). */
  format(): AnswerFormat;
  /** French just before the first sentence, outside the request (a part of a long paragraph), shown as context. */
  context?: string;
  checks?: SentenceCheckOptions;
  ask(messages: ChatMessage[], group: readonly SentenceItem[], format: AnswerFormat): Promise<{ content: string } | { problem: string } | { refused: string }>;
  /** The endpoint cannot keep to a structured format (`why`): ask for tagged answers from now on. */
  fallBack(why: string): void;
}

/** What the ladder made of a request's sentences. */
export interface LadderResult {
  /** A translation per sentence key, for every sentence but the untranslated ones. */
  translations: Map<string, string>;
  /** Sentences no request could get a usable translation for, with the last problem seen. */
  untranslated: { item: SentenceItem; reason: string }[];
  /** Sentences whose first answer was refused and a later request repaired, with that first problem. */
  repaired: { item: SentenceItem; reason: string }[];
}

/** The answer expected for these sentences: as long as the French, each under its key. */
function expectedAnswer(items: readonly SentenceItem[], format: AnswerFormat): string {
  return format === 'tagged'
    ? items.map((item) => `<s id="${item.key}">${item.text}</s>`).join('\n')
    : JSON.stringify(Object.fromEntries(items.map((item) => [item.key, item.text])));
}

/** What one request counts against the quotas: its French characters, its prompt and expected answer in tokens. */
function requestSize(messages: ChatMessage[], group: readonly SentenceItem[], format: AnswerFormat): { characters: number; tokens: number } {
  return {
    characters: group.reduce((sum, item) => sum + item.text.length, 0),
    tokens: countPromptTokens(messages) + countTokens(expectedAnswer(group, format)),
  };
}

/** A headline sentence (`h1.s1`) of the request: the article's headline, shown as context. */
function headlineOf(items: readonly SentenceItem[]): string | undefined {
  const headline = items.filter((item) => item.sentenceId !== undefined && /^h\d+\.s\d+$/.test(item.sentenceId));
  return headline.length === 0 ? undefined : headline.map((item) => item.text).join(' ');
}

/**
 * Every sentence's translation, and the sentences none could be found for, with why.
 * The ladder: all sentences at once; the failed ones again, told what was wrong; the failed
 * ones in halves; each failed sentence alone with its neighbours as context.
 */
export async function translateSentences(items: readonly SentenceItem[], options: LadderOptions): Promise<LadderResult> {
  const accepted = new Map<string, string>();
  const problems = new Map<string, string>();
  const firstProblems = new Map<string, string>();
  const position = new Map(items.map((item, index) => [item.key, index]));
  const headline = headlineOf(items);
  const problem = (key: string, reason: string) => {
    problems.set(key, reason);
    if (!firstProblems.has(key)) firstProblems.set(key, reason);
  };

  const run = async (group: SentenceItem[], retrying: boolean) => {
    const first = position.get(group[0]!.key)!;
    const last = position.get(group.at(-1)!.key)!;
    const inGroup = new Set(group.map((item) => item.key));
    const before: ContextPair[] = items
      .slice(Math.max(0, first - CONTEXT_SENTENCES), first)
      .filter((item) => !inGroup.has(item.key))
      .map((item) => ({ french: item.text, english: accepted.get(item.key) }));
    if (options.context !== undefined && before.length < CONTEXT_SENTENCES) before.unshift({ french: options.context });
    const after = group.length === 1 ? items[last + 1]?.text : undefined;
    const onlyHeadline = group.every((item) => item.sentenceId !== undefined && /^h\d+\.s\d+$/.test(item.sentenceId));
    const keys = group.map((item) => item.key);
    const messagesIn = (format: AnswerFormat) => {
      const messages = buildMessages({ items: group, format, headline: onlyHeadline ? undefined : headline, before, after });
      if (retrying) {
        const previous = [...new Set(group.map((item) => problems.get(item.key)).filter((reason) => reason !== undefined))];
        messages.push({ role: 'user', content: `An earlier answer could not be used (${previous.join('; ')}). Answer again, exactly as asked.` });
      }
      return messages;
    };
    let format = options.format();
    let answer = await options.ask(messagesIn(format), group, format);
    // The endpoint refused structured output, or ignored the schema (no JSON at all): the same request, tagged.
    const ignored = format === 'json-schema' && 'content' in answer && answer.content.trim() !== '' && !answer.content.includes('{');
    if ('refused' in answer || ignored) {
      options.fallBack('refused' in answer ? `refused structured output (${answer.refused.replace(/\s+/g, ' ').replace(/\.$/, '')})` : 'ignored the JSON schema it was asked to keep to (it answered with no JSON)');
      format = options.format();
      answer = await options.ask(messagesIn(format), group, format);
    }
    const read =
      'content' in answer ? readAnswer(answer.content, keys, format) : { ok: false as const, reason: 'problem' in answer ? answer.problem : `the endpoint refused the answer format (${answer.refused})` };
    if (!read.ok) {
      for (const item of group) problem(item.key, read.reason);
      return;
    }
    const seen = new Map<string, SentenceItem>();
    for (const item of group) {
      const text = read.texts.get(item.key)!.trim();
      const wrong = checkSentenceTranslation(item.text, text, options.checks);
      if (wrong !== undefined) {
        problem(item.key, wrong);
        continue;
      }
      // Two different sentences answered alike: one of them holds the other's translation.
      // Short sentences may share a translation («Non.», «Non !»): only longer ones are compared.
      const twin = item.text.split(/\s+/).length >= 4 ? seen.get(text) : undefined;
      if (twin !== undefined && twin.text !== item.text) {
        problem(item.key, `its translation repeated that of ${twin.sentenceId ?? twin.key}`);
        problem(twin.key, `its translation repeated that of ${item.sentenceId ?? item.key}`);
        accepted.delete(twin.key);
        continue;
      }
      if (item.text.split(/\s+/).length >= 4) seen.set(text, item);
      accepted.set(item.key, text);
      problems.delete(item.key);
    }
  };

  const failed = () => items.filter((item) => !accepted.has(item.key));
  await run([...items], false);
  if (failed().length > 0) await run(failed(), true);
  const remaining = failed();
  if (remaining.length > 2) {
    const half = Math.ceil(remaining.length / 2);
    await run(remaining.slice(0, half), true);
    await run(remaining.slice(half), true);
  }
  // Alone, a sentence gets its neighbours as context; a request of one sentence already had that.
  if (items.length > 1) for (const item of failed()) await run([item], true);
  return {
    translations: accepted,
    untranslated: failed().map((item) => ({ item, reason: problems.get(item.key) ?? 'no answer' })),
    repaired: items.filter((item) => accepted.has(item.key) && firstProblems.has(item.key)).map((item) => ({ item, reason: firstProblems.get(item.key)! })),
  };
}

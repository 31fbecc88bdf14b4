/**
 * The zod schema of the merged configuration. Objects are strict, so a misspelt key is an
 * error, not a setting silently ignored. Every check carries the one phrase a person reads
 * after "expected" (`a whole number ≥ 1`), so `load.ts` can write
 * `config/my.yaml:4: limits.concurrency: expected a whole number ≥ 1, got "four"`.
 *
 * Every key is documented here, once, with its default (`documented`): the types in
 * `src/config/types.ts` are inferred from this schema, and `config/default.yaml` is generated
 * from it (`npm run config:defaults`; a test fails when the file is out of step).
 */
import { z } from 'zod';
import { OUTPUT_FORMATS } from '../render/output-formats.ts';

// zod's interpreted parsing, not the parser it writes for each object schema with `new Function`
// at its first parse: a run parses its configuration and its glossary once, and compiling those
// generated parsers (never in the code cache: they are made at run time) cost more than it saves.
// The same results (zod's own `jitless` setting); set before any schema below is used.
z.config({ jitless: true });

function wholeNumber(minimum: number) {
  const expected = `a whole number ≥ ${minimum}`;
  return z.number({ error: expected }).int({ error: expected }).min(minimum, { error: expected });
}

function positiveNumber(minimum: number) {
  const expected = `a number ≥ ${minimum}`;
  return z.number({ error: expected }).min(minimum, { error: expected });
}

function text() {
  const expected = 'a text';
  return z.string({ error: expected }).min(1, { error: 'a text that is not empty' });
}

function flag() {
  return z.boolean({ error: 'true or false' });
}

/** What `config/default.yaml` says of a key: its documentation, default, and an example when it has none. */
export interface ConfigKeyMeta {
  /** The key's documentation, written once, here; `config/default.yaml` is generated from it. */
  description: string;
  /** The value `config/default.yaml` sets; a key without one is optional and shown commented out. */
  default?: unknown;
  /** An optional key's example value, shown commented out. */
  example?: unknown;
}

/** A key with its documentation: `documented(wholeNumber(1), { description, default: 4 })`. */
function documented<T extends z.ZodType>(schema: T, meta: ConfigKeyMeta): T {
  return schema.meta({ ...meta }) as T;
}

const limitsSchema = z.strictObject({
  concurrency: documented(wholeNumber(1), { description: 'Requests in flight at once (whole number, 1 or more). Flag: --concurrency.', default: 4 }),
  requestsPerMinute: documented(wholeNumber(0).optional(), {
    description:
      "Requests per rolling 60 seconds for every provider, over the provider's own limit and providers.<id>.limits; 0 means no limit. Unset: each provider's own (bilingual providers shows them). Flag: --requests-per-minute.",
    example: 600,
  }),
  charactersPerMinute: documented(wholeNumber(0).optional(), {
    description:
      "Characters sent (markup included) per rolling 60 seconds for every provider, counted as Google counts them, over the provider's own limit and providers.<id>.limits; 0 means no limit. Unset: each provider's own. Flag: --characters-per-minute.",
    example: 600000,
  }),
  tokensPerMinute: documented(wholeNumber(0).optional(), {
    description:
      "Tokens (prompt, French and expected English) per rolling 60 seconds for a chat model, over providers.openai.limits and what the endpoint's x-ratelimit-* headers say; 0 means no limit. Unset: the provider's own.",
    example: 200000,
  }),
  maxSegmentsPerRequest: documented(wholeNumber(1).optional(), {
    description: "Lower the provider's own limit on segments per request (unset: the provider's limit).",
    example: 128,
  }),
  maxCharactersPerRequest: documented(wholeNumber(1).optional(), {
    description: "Lower the provider's own limit on characters per request (unset: the provider's limit).",
    example: 5000,
  }),
  maxCost: documented(positiveNumber(0).optional(), {
    description:
      "Most a run may bill, in the provider's currency (USD for google, google-advanced and openai; for deepl, the currency of providers.deepl.pricePerMillionCharacters). A run whose estimate is over it is refused before anything is sent; a run that reaches it stops before the request that would go over, with every translation received kept in the cache, so a later run with a higher cap pays only for the rest. Unset: no cap. Flag: --max-cost.",
    example: 5,
  }),
  requestTimeoutMs: documented(wholeNumber(1), {
    description: 'Milliseconds one request may take before it is aborted and retried.',
    default: 30000,
  }),
});

/**
 * One provider's limits (`providers.<id>.limits`): each key, when set, replaces what the
 * provider declares for its service; top-level `limits.*` still wins over both.
 */
const providerLimitsSchema = z
  .strictObject({
    requestsPerMinute: documented(wholeNumber(0).optional(), {
      description: "Requests per rolling 60 seconds for this provider; 0 means no limit (unset: the service's published quota).",
      example: 600,
    }),
    charactersPerMinute: documented(wholeNumber(0).optional(), {
      description: "Characters sent per rolling 60 seconds for this provider; 0 means no limit (unset: the service's published quota).",
      example: 600000,
    }),
    tokensPerMinute: documented(wholeNumber(0).optional(), {
      description: "Tokens per rolling 60 seconds for this provider (chat models); 0 means no limit (unset: none, or what the endpoint's headers say).",
      example: 200000,
    }),
    concurrency: documented(wholeNumber(1).optional(), {
      description: 'Requests in flight at once for this provider, instead of limits.concurrency (unset: limits.concurrency, within what the service allows).',
      example: 2,
    }),
  })
  .optional();

const retrySchema = z.strictObject({
  maxAttempts: documented(wholeNumber(1), {
    description: 'Attempts per request, the first one included (1 means never retry). Flag: --max-attempts.',
    default: 5,
  }),
  initialDelayMs: documented(wholeNumber(0), { description: 'Milliseconds to wait before the first retry.', default: 500 }),
  maxDelayMs: documented(wholeNumber(0), { description: 'Longest wait between two attempts, in milliseconds.', default: 30000 }),
  backoffFactor: documented(positiveNumber(1), { description: 'Each wait is this many times the one before (1 or more).', default: 2 }),
});

const cacheSchema = z.strictObject({
  enabled: documented(flag(), {
    description: 'Keep every translation in a local SQLite file so a run never pays twice for the same text. Flag: --no-cache turns it off.',
    default: true,
  }),
  path: documented(text(), {
    description: 'The SQLite file, relative to the folder the command runs in. Flag: --cache-path.',
    default: '.cache/translations.sqlite',
  }),
});

const memorySchema = z.strictObject({
  path: documented(text(), {
    description:
      'The translation memory: the SQLite file of human translations (from bilingual import and bilingual memory import), relative to the folder the command runs in. A build uses a human translation before asking any provider. Not a cache: it holds people\'s work, so it is kept apart from cache.path; back it up.',
    default: '.bilingual/translation-memory.sqlite',
  }),
});

const queueSchema = z.strictObject({
  redisUrl: documented(text(), {
    description:
      'Redis the work queue lives in (bilingual enqueue, worker, status, retry-failed), with the quotas and the translation cache its workers share. The REDIS_URL environment variable wins over this file. bilingual build needs no Redis.',
    default: 'redis://127.0.0.1:6379',
  }),
  name: documented(text(), {
    description: 'Name of the queue; every Redis key of the queue, its shared quotas and its cache starts with it, so several queues can share one Redis.',
    default: 'bilingual',
  }),
  attempts: documented(wholeNumber(1), {
    description: 'Attempts per article, the first included: an article that fails this many times is failed, with its reason shown by bilingual status.',
    default: 3,
  }),
  lockMs: documented(wholeNumber(1000), {
    description: "Milliseconds a worker's claim on an article lasts without being renewed: the article of a worker that died (killed, machine lost) goes back to the queue after this.",
    default: 30000,
  }),
  claimMs: documented(wholeNumber(500), {
    description:
      "Milliseconds a worker's claim on a text it is about to send lasts without being renewed (it renews it every third of this while it waits for the answer): another worker needing the same text waits for that answer instead of paying for it again, and takes the text over when the claim lapses (its holder died).",
    default: 10000,
  }),
  quotaWindowMs: documented(wholeNumber(1), {
    description: 'The rolling window the shared per-minute quotas (limits.requestsPerMinute, limits.charactersPerMinute) are counted over, in milliseconds: 60000, as the services count. Tests shrink it.',
    default: 60000,
  }),
});

const googleSchema = z.strictObject({
  apiKey: documented(text().optional(), {
    description: 'API key. Prefer the GOOGLE_API_KEY environment variable (it wins over this file).',
    example: null,
  }),
  model: documented(z.enum(['nmt', 'base'], { error: 'nmt or base' }).optional(), {
    description: 'Model: nmt (neural) or base (phrase-based).',
    default: 'nmt',
  }),
  limits: providerLimitsSchema,
});

const googleAdvancedSchema = z.strictObject({
  projectId: documented(text().optional(), {
    description: 'Google Cloud project id. Default: the GOOGLE_CLOUD_PROJECT environment variable.',
    example: null,
  }),
  location: documented(text(), { description: 'Region of the service; glossaries need a region such as us-central1.', default: 'global' }),
  model: documented(text().optional(), {
    description: "Model path or short name, for example general/nmt (unset: the service's default).",
    example: 'general/nmt',
  }),
  credentialsFile: documented(text().optional(), {
    description: 'Service-account JSON file. Default: the GOOGLE_APPLICATION_CREDENTIALS environment variable.',
    example: null,
  }),
  glossaryId: documented(text().optional(), { description: 'Id of a glossary that already exists on the service (unset: none).', example: null }),
  limits: providerLimitsSchema,
});

const openaiSchema = z.strictObject({
  model: documented(text().optional(), {
    description:
      'Model as the endpoint names it; required, so that no run bills a model nobody chose. For example gpt-4o-mini (OpenAI, the small one), mistral-small-latest (Mistral), llama-3.1-8b-instant (Groq), llama3.1:8b (Ollama).',
    example: 'gpt-4o-mini',
  }),
  apiKey: documented(text().optional(), {
    description: 'API key. Prefer the OPENAI_API_KEY environment variable (it wins over this file). A local server (baseUrl set) needs none.',
    example: null,
  }),
  baseUrl: documented(text().optional(), {
    description:
      'The endpoint, up to /v1 (unset: https://api.openai.com/v1). The OPENAI_BASE_URL environment variable wins over this file. Ollama: http://localhost:11434/v1; llama.cpp: http://localhost:8080/v1; vLLM: http://localhost:8000/v1; Mistral: https://api.mistral.ai/v1; Groq: https://api.groq.com/openai/v1.',
    example: 'http://localhost:11434/v1',
  }),
  answerFormat: documented(z.enum(['json-schema', 'json-object', 'tagged'], { error: 'json-schema, json-object or tagged' }), {
    description:
      'How one translation per sentence is asked for: json-schema (structured output the endpoint enforces: one required property per sentence), json-object (JSON mode only), tagged (<s id> lines, for endpoints with neither). Every answer is checked whichever is used. An endpoint that refuses json-schema or json-object (a 400 or 500 naming response_format) or answers a json-schema request with no JSON is asked for tagged answers for the rest of the run, with one warning.',
    default: 'json-schema',
  }),
  seed: documented(wholeNumber(0).optional(), {
    description: 'Sent as seed for repeatable answers (temperature is always 0); null sends none, for endpoints that refuse the field (Mistral names it random_seed).',
    default: 0,
  }),
  maxSegmentsPerRequest: documented(wholeNumber(1), { description: 'Paragraphs (segments) per request.', default: 16 }),
  maxCharactersPerRequest: documented(wholeNumber(100), {
    description:
      "French characters per request (markup included): the prompt, the French and the English must fit the model's context window; 4000 fits a small local model's 4,096 tokens (raise it for a model with a larger window). A longer paragraph is sent in parts cut at sentence boundaries, each with the sentences before it in the prompt; only one sentence longer than this is refused.",
    default: 4000,
  }),
  inputPricePerMillionTokens: documented(positiveNumber(0), {
    description: "USD per million input tokens, for the cost in the summary (0: a local endpoint). gpt-4o-mini's list price is 0.15.",
    default: 0,
  }),
  outputPricePerMillionTokens: documented(positiveNumber(0), {
    description: "USD per million output tokens (0: a local endpoint). gpt-4o-mini's list price is 0.6.",
    default: 0,
  }),
  limits: providerLimitsSchema,
});

const deeplSchema = z.strictObject({
  apiKey: documented(text().optional(), {
    description:
      'DeepL authentication key. Prefer the DEEPL_API_KEY environment variable (it wins over this file). A DeepL API Free key (ending in :fx) goes to api-free.deepl.com, a Pro key to api.deepl.com: the client chooses.',
    example: null,
  }),
  serverUrl: documented(text().optional(), {
    description: "Another DeepL server (a proxy, a local server in tests). Default: the DEEPL_SERVER_URL environment variable, else the client's choice by key.",
    example: null,
  }),
  targetLanguage: documented(z.enum(['EN-US', 'EN-GB'], { error: 'EN-US or EN-GB' }), {
    description: 'English variant DeepL writes: EN-US or EN-GB (DeepL no longer accepts plain EN as a target).',
    default: 'EN-US',
  }),
  pricePerMillionCharacters: documented(positiveNumber(0), {
    description:
      "USD per million billed characters, for estimates and the run's summary. 25 is DeepL API Pro's list price in US dollars (EUR 20, EUR 0.00002 a character, in DeepL's help article \"Character count and billing in DeepL API\"); the monthly base fee is not included. Set 0 for a DeepL API Free key.",
    default: 25,
  }),
  limits: providerLimitsSchema,
});

const libreTranslateSchema = z.strictObject({
  url: documented(text().optional(), {
    description: "Base URL of the LibreTranslate server (its /translate is called). Default: the LIBRETRANSLATE_URL environment variable.",
    example: 'http://127.0.0.1:5000',
  }),
  apiKey: documented(text().optional(), {
    description: 'API key, for a server started with --api-keys. Prefer the LIBRETRANSLATE_API_KEY environment variable (it wins over this file).',
    example: null,
  }),
  maxTextsPerRequest: documented(wholeNumber(1), {
    description:
      "Most texts in one request: at most the server's --batch-limit. A self-hosted server has no limit by default; 25 keeps a request short enough for a server on a CPU to answer within limits.requestTimeoutMs.",
    default: 25,
  }),
  maxCharactersPerRequest: documented(wholeNumber(100), {
    description: "Most characters in one request: at most the server's --char-limit (100 or more). A server that finds a request too large answers 400 and the batch is split.",
    default: 5000,
  }),
  limits: providerLimitsSchema,
});

const formatsExpected = `a list of outputs among ${OUTPUT_FORMATS.join(', ')}`;
const formatsSchema = z
  .array(z.enum(OUTPUT_FORMATS, { error: `one of ${OUTPUT_FORMATS.join(', ')}` }), { error: formatsExpected })
  .min(1, { error: `${formatsExpected}, at least one` });

const apertiumSchema = z.strictObject({
  modesDir: documented(text(), { description: "Folder holding the language pairs' .mode files.", default: '/usr/share/apertium/modes' }),
  modes: documented(z.array(text(), { error: 'a list of mode names' }).min(1, { error: 'a list of at least one mode name' }), {
    description: 'Modes chained from French to English: French to Spanish, then Spanish to English.',
    default: ['fr-es', 'spa-eng'],
  }),
  processes: documented(wholeNumber(1).optional(), {
    description:
      "Warm engines run side by side (whole number, 1 or more; each is 21 programs holding about 330 MB), requests spread over them. Unset: one per six cores (os.availableParallelism()), at least one: one engine's programs work on different segments at once and keep up to about six cores busy (its busiest program does a sixth of its work), so on two cores a second engine only adds memory.",
    example: 2,
  }),
  niceness: documented(wholeNumber(0).max(19, { error: 'a whole number from 0 to 19' }).optional(), {
    description:
      "How much nicer than bilingual itself each engine program runs (nice -n, 0 to 19; needs nice on PATH). Unset: 10, so that on a machine with few cores the engine's twenty programs do not starve the process that feeds them; 0 runs them at bilingual's own priority.",
    example: 0,
  }),
  limits: providerLimitsSchema,
  reportUnknownWords: documented(flag(), {
    description:
      'Report the words the engine did not know (its *word, #word and @word marks, taken out of the English) in the qa/unknown-word check, so a post-editor goes straight to them.',
    default: true,
  }),
  protectNames: documented(flag(), {
    description:
      "Keep people's and places' names from being translated as words (Saint-Malo, Mme Rose Blanc, Caen), asking the engine's own dictionaries which capitalised words are names; names with an English form of their own (Poutine, Londres) are still translated.",
    default: true,
  }),
});

export const configSchema = z.strictObject({
  provider: documented(text(), {
    description:
      'Translation provider: apertium (offline), google (Cloud Translation v2, API key), google-advanced (Cloud Translation v3, service account), openai (any OpenAI-compatible chat endpoint, local or paid), deepl (DeepL API, authentication key) or libretranslate (a LibreTranslate server, free). Flag: --provider.',
    default: 'apertium',
  }),
  sourceLanguage: documented(z.literal('fr', { error: 'fr (only French articles are supported)' }), {
    description: 'Language of the articles: only French (fr) is supported.',
    default: 'fr',
  }),
  targetLanguage: documented(z.literal('en', { error: 'en (only English translations are supported)' }), {
    description: 'Language of the translation: only English (en) is supported.',
    default: 'en',
  }),
  limits: limitsSchema,
  retry: retrySchema,
  cache: cacheSchema,
  memory: memorySchema,
  queue: queueSchema,
  providers: z.strictObject({
    google: googleSchema,
    'google-advanced': googleAdvancedSchema,
    deepl: deeplSchema,
    libretranslate: libreTranslateSchema,
    apertium: apertiumSchema,
    openai: openaiSchema,
  }),
  output: z.strictObject({
    dir: documented(text(), { description: 'Folder the editions are written to, one sub-folder per article. Flag: --out.', default: 'output' }),
    formats: documented(formatsSchema, {
      description:
        "What is written for each article (at least one): the Markdown editions side-by-side (name.fr-en.md), interleaved (name.fr-en.interleaved.md), english (name.en.md) and french (name.fr.md); json (the aligned document); tmx (translation memory); qa (the quality report, name.qa.md); html (the bilingual reader, name.html, with the run's index.html in the output folder). Flag: --format side-by-side,html.",
      default: [...OUTPUT_FORMATS],
    }),
  }),
  glossary: z.strictObject({
    path: documented(text().optional(), {
      description:
        'YAML glossary file, relative to the folder the command runs in; null turns it off. The default falls back to the project\'s own config/glossary.yaml when that folder has none; any other path must exist. Flag: --glossary.',
      default: 'config/glossary.yaml',
    }),
  }),
  qa: z.strictObject({
    strict: documented(flag(), {
      description: 'A failed translation check fails the article instead of only being reported. Flag: --strict.',
      default: false,
    }),
  }),
});

/** Paths whose values are secrets: never shown, warned about when written in a file. */
export const SECRET_PATHS: readonly (readonly string[])[] = [
  ['providers', 'google', 'apiKey'],
  ['providers', 'openai', 'apiKey'],
  ['providers', 'deepl', 'apiKey'],
  ['providers', 'libretranslate', 'apiKey'],
];

export function isSecretPath(path: readonly PropertyKey[]): boolean {
  return SECRET_PATHS.some(
    (secret) => secret.length <= path.length && secret.every((segment, index) => path[index] === segment),
  );
}

/** The schema found at `path`, optional wrappers removed; undefined when the path is unknown. */
export function schemaAt(path: readonly string[]): z.ZodType | undefined {
  let current: z.ZodType = configSchema;
  for (const segment of path) {
    current = unwrapOptional(current);
    if (!(current instanceof z.ZodObject)) return undefined;
    const shape = current.shape as Record<string, z.ZodType>;
    if (!Object.hasOwn(shape, segment)) return undefined;
    current = shape[segment]!;
  }
  return unwrapOptional(current);
}

/** True when the setting at `path` holds a list, so a command-line value may name its items separated by commas. */
export function expectsList(path: readonly string[]): boolean {
  return schemaAt(path) instanceof z.ZodArray;
}

/** True when the setting at `path` holds text, so a command-line value is kept as written. */
export function expectsText(path: readonly string[]): boolean {
  const schema = schemaAt(path);
  return schema instanceof z.ZodString || schema instanceof z.ZodEnum || schema instanceof z.ZodLiteral;
}

/** The keys an object setting accepts (for "did you mean" hints); empty for leaves. */
export function keysAt(path: readonly PropertyKey[]): string[] {
  if (path.some((segment) => typeof segment !== 'string')) return [];
  const schema = schemaAt(path as string[]);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape as object) : [];
}

function unwrapOptional(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  return current;
}

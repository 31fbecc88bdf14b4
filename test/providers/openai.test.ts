/**
 * Provider `openai` (any OpenAI-compatible chat endpoint) driving the real `openai` client
 * against a local server that speaks Chat Completions on the wire: the contract suite first,
 * then the exact request sent (model, messages, response_format, temperature, seed), the
 * three answer formats, the endpoints that misbehave (a preamble, a code fence, a `<think>`
 * block, a sentence dropped, two merged, French) caught and repaired or reported, the errors
 * and what they become, and that the key never leaks.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiCallError, BilingualError } from '../../src/errors.ts';
import { createOpenai, type OpenaiOptions } from '../../src/providers/openai/index.ts';
import type { TranslateResult } from '../../src/providers/types.ts';
import { createTranslator } from '../../src/translate/translator.ts';
import { limits, retry } from '../support/fake-provider.ts';
import {
  openaiErrorBody,
  startFakeOpenaiServer,
  type FakeOpenaiServer,
  type Misbehaviour,
  type ReceivedRequest,
} from '../support/fake-openai-server.ts';
import { failureOf, request, visibleTexts } from '../support/provider-requests.ts';
import { providerContractSuite } from './contract-suite.ts';

/** A made-up key shaped like OpenAI's. */
const API_KEY = 'sk-proj-fake0key0for0tests0123456789abcdefABCDEF';
const MODEL = 'gpt-4o-mini';

let misbehave: ((index: number, request: ReceivedRequest, translations: Map<string, string>) => Misbehaviour | undefined) | undefined;
let server: FakeOpenaiServer;
const savedEnvironment = { key: process.env.OPENAI_API_KEY, base: process.env.OPENAI_BASE_URL };

beforeAll(async () => {
  delete process.env.OPENAI_API_KEY;
  delete process.env.OPENAI_BASE_URL;
  server = await startFakeOpenaiServer({ misbehave: (...args) => misbehave?.(...args) });
});
afterAll(async () => {
  await server.close();
  if (savedEnvironment.key !== undefined) process.env.OPENAI_API_KEY = savedEnvironment.key;
  if (savedEnvironment.base !== undefined) process.env.OPENAI_BASE_URL = savedEnvironment.base;
});
beforeEach(() => {
  misbehave = undefined;
  server.received.length = 0;
});

function provider(options: OpenaiOptions = {}) {
  return createOpenai({ model: MODEL, apiKey: API_KEY, baseUrl: server.baseUrl, ...options });
}

/** Two paragraphs as the translate stage sends them: each sentence in its element. */
const PARAGRAPHS = [
  '<span id="p1.s1">Le ministre a quitté la salle avant la fin de la réunion.</span> <span id="p1.s2">Les négociations sur le budget reprendront lundi à Bruxelles.</span>',
  '<span id="p2.s1">Selon le porte-parole, aucun accord ne sera signé cette semaine.</span>',
];

function html(texts: string[], extra: Parameters<typeof request>[1] = {}) {
  return request(texts, { format: 'html', ...extra });
}

/**
 * Sentences of PARAGRAPHS named untranslated, each with a reason matching `problem`, its element
 * given back empty (never the French, never padding); every other sentence translated.
 */
function expectUntranslated(result: TranslateResult, problem: RegExp) {
  expect(result.untranslated?.length).toBeGreaterThan(0);
  const missing = new Set(result.untranslated!.map((issue) => issue.sentenceId));
  for (const issue of result.untranslated!) expect(issue.reason).toMatch(problem);
  const html = result.translations.map((translation) => translation.text).join(' ');
  for (const id of ['p1.s1', 'p1.s2', 'p2.s1']) {
    const element = new RegExp(`<span id="${id.replace('.', '\\.')}">([^<]*)</span>`).exec(html);
    expect(element, id).not.toBeNull();
    if (missing.has(id)) expect(element![1], id).toBe('');
    else expect(element![1], id).toMatch(/^(The|According) /);
  }
  expect(result.translations.map((translation) => translation.id)).toEqual(['s1', 's2']);
}

providerContractSuite('openai', { create: () => provider() });

describe('openai provider: the request the client sends', () => {
  it('posts model, a system and a user message, temperature 0, a seed and a strict JSON schema with one property per sentence', async () => {
    const result = await provider().doTranslate(html(PARAGRAPHS));
    expect(server.received).toHaveLength(1);
    const sent = server.received[0]!;
    expect(sent.url).toBe('/v1/chat/completions');
    expect(sent.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(sent.body.model).toBe(MODEL);
    expect(sent.body.temperature).toBe(0);
    expect(sent.body.seed).toBe(0);
    expect(sent.body.stream).toBeUndefined();
    expect(sent.body.response_format).toEqual({
      type: 'json_schema',
      json_schema: {
        name: 'translations',
        strict: true,
        schema: {
          type: 'object',
          properties: { s1: { type: 'string' }, s2: { type: 'string' }, s3: { type: 'string' } },
          required: ['s1', 's2', 's3'],
          additionalProperties: false,
        },
      },
    });
    expect(sent.body.messages.map((message) => message.role)).toEqual(['system', 'user']);
    expect(sent.body.messages[0]!.content).toMatch(/newspaper/);
    expect(sent.body.messages[0]!.content).toMatch(/nothing else/);
    // The sentences go as plain text, markup taken off, one key each.
    expect([...sent.sentences]).toEqual([
      ['s1', 'Le ministre a quitté la salle avant la fin de la réunion.'],
      ['s2', 'Les négociations sur le budget reprendront lundi à Bruxelles.'],
      ['s3', 'Selon le porte-parole, aucun accord ne sera signé cette semaine.'],
    ]);
    // Each answer goes back into the very elements sent.
    expect(result.translations.map((translation) => translation.id)).toEqual(['s1', 's2']);
    expect(result.translations[0]!.text).toMatch(/^<span id="p1\.s1">The minister has [^<]+<\/span> <span id="p1\.s2">The [^<]+<\/span>$/);
    expect(result.translations[1]!.text).toMatch(/^<span id="p2\.s1">According to [^<]+<\/span>$/);
    expect(result.billedCharacters).toBe(0);
    expect(result.usage).toEqual({ requests: 1, inputTokens: 120, outputTokens: 40, costUsd: 0 });
  });

  it('costs the tokens at the configured prices', async () => {
    const result = await provider({ inputPricePerMillionTokens: 0.15, outputPricePerMillionTokens: 0.6 }).doTranslate(html(PARAGRAPHS));
    expect(result.usage!.costUsd).toBeCloseTo((120 * 0.15 + 40 * 0.6) / 1_000_000, 12);
  });

  it('escapes the English back into HTML and keeps protected elements exactly as sent', async () => {
    const text = '<span id="p1.s1">Selon <span class="notranslate">Xinhua</span>, la maison est grande &amp; belle.</span>';
    const result = await provider().doTranslate(html([text]));
    const user = server.received[0]!.body.messages[1]!.content;
    expect(user).toContain('Fixed terms in these sentences (copy them as written): ⟦Xinhua⟧');
    expect(server.received[0]!.sentences.get('s1')).toBe('Selon ⟦Xinhua⟧, la maison est grande & belle.');
    expect(result.translations[0]!.text).toBe('<span id="p1.s1">According to <span class="notranslate">Xinhua</span>, the house is big &amp; beautiful.</span>');
  });

  it('gives the headline as context to the other sentences of the request', async () => {
    await provider().doTranslate(html(['<span id="h1.s1">La Russie et les Etats-Unis rompent le dialogue</span>', PARAGRAPHS[1]!]));
    expect(server.received[0]!.body.messages[1]!.content).toContain("The article's headline: La Russie et les Etats-Unis rompent le dialogue");
  });

  it('asks for JSON mode only, or tagged lines, when configured', async () => {
    await provider({ answerFormat: 'json-object' }).doTranslate(html(PARAGRAPHS));
    expect(server.received[0]!.body.response_format).toEqual({ type: 'json_object' });
    const tagged = await provider({ answerFormat: 'tagged' }).doTranslate(html(PARAGRAPHS));
    expect(server.received[1]!.body.response_format).toBeUndefined();
    expect(server.received[1]!.body.messages[1]!.content).toContain('<s id="s2">Les négociations sur le budget reprendront lundi à Bruxelles.</s>');
    expect(tagged.translations[0]!.text).toMatch(/<span id="p1\.s2">The negotiations on the budget [^<]+<\/span>$/);
  });

  it('sends no seed when seed is null, and describes model, endpoint and prompt', async () => {
    const openai = provider({ seed: null });
    await openai.doTranslate(html(PARAGRAPHS));
    expect(server.received[0]!.body).not.toHaveProperty('seed');
    expect(await openai.doDescribe()).toBe(`openai-compatible ${MODEL} at ${server.baseUrl}, json-schema answers, prompt 1`);
  });
});

describe('openai provider: credentials and endpoint', () => {
  it('refuses to start without a model, naming the setting', () => {
    const error = (() => {
      try {
        createOpenai({ apiKey: API_KEY });
      } catch (caught) {
        return caught as BilingualError;
      }
    })();
    expect(error?.code).toBe('CONFIG_INVALID');
    expect(error?.message).toContain('providers.openai.model');
  });

  it('refuses to start without a key for OpenAI itself, and says to set OPENAI_API_KEY', () => {
    expect(() => createOpenai({ model: MODEL })).toThrow(/set OPENAI_API_KEY/);
  });

  it('a local server needs no key: no Authorization header is sent', async () => {
    const result = await createOpenai({ model: 'llama3.1:8b', baseUrl: server.baseUrl }).doTranslate(html(PARAGRAPHS));
    expect(result.translations).toHaveLength(2);
    expect(server.received[0]!.headers.authorization).toBeUndefined();
  });

  it('takes the key and the endpoint from OPENAI_API_KEY and OPENAI_BASE_URL', async () => {
    process.env.OPENAI_API_KEY = API_KEY;
    process.env.OPENAI_BASE_URL = server.baseUrl;
    try {
      await createOpenai({ model: MODEL }).doTranslate(html(PARAGRAPHS));
      expect(server.received[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    }
  });
});

/** Misbehaves on the requests whose index `when` accepts, answering well otherwise. */
function misbehaveOn(when: (index: number) => boolean, fault: (request: ReceivedRequest, translations: Map<string, string>) => Misbehaviour) {
  misbehave = (index, received, translations) => (when(index) ? fault(received, translations) : undefined);
}

const json = (translations: Map<string, string>) => JSON.stringify(Object.fromEntries(translations));

describe('openai provider: an endpoint that misbehaves is caught every time', () => {
  const faults: [string, (request: ReceivedRequest, translations: Map<string, string>) => Misbehaviour, RegExp][] = [
    ['a preamble', (_request, translations) => ({ content: `Here is the translation:\n${json(translations)}` }), /preamble/],
    ['a code fence', (_request, translations) => ({ content: `\`\`\`json\n${json(translations)}\n\`\`\`` }), /code fence/],
    ['a <think> block', (_request, translations) => ({ content: `<think>The user wants English.</think>\n${json(translations)}` }), /<think>/],
    [
      'a dropped sentence',
      (_request, translations) => ({ content: json(new Map([...translations].filter(([key]) => key !== 's2'))) }),
      /s2 had no translation/,
    ],
    [
      'two sentences merged',
      (_request, translations) => ({ content: json(new Map([...translations].map(([key, text]) => [key, key === 's1' ? `${text} ${translations.get('s2')}` : key === 's2' ? '' : text]))) }),
      /empty/,
    ],
    [
      'an answer in French (a copy)',
      (request) => ({ content: json(request.sentences) }),
      /copy of the French/,
    ],
  ];

  for (const [name, fault, problem] of faults) {
    it(`${name}: refused, then repaired by asking again with the problem named`, async () => {
      misbehaveOn((index) => index === 0, fault);
      const result = await provider().doTranslate(html(PARAGRAPHS));
      expect(server.received).toHaveLength(2);
      const retry = server.received[1]!.body.messages.at(-1)!.content;
      expect(retry).toMatch(/^An earlier answer could not be used/);
      expect(retry).toMatch(problem);
      expect(result.translations[0]!.text).toMatch(/^<span id="p1\.s1">The minister [^<]+<\/span> <span id="p1\.s2">The negotiations [^<]+<\/span>$/);
      expect(result.translations[1]!.text).not.toMatch(/Selon/);
      expect(result.usage!.requests).toBe(2);
    });

    it(`${name}, every time: each sentence left untranslated with the reason, never padded, every request billed`, async () => {
      misbehaveOn(() => true, fault);
      const result = await provider().doTranslate(html(PARAGRAPHS));
      expectUntranslated(result, problem);
      expect(result.usage).toMatchObject({ requests: server.received.length, inputTokens: 120 * server.received.length });
    });
  }

  it('one sentence left in French: the others are kept, that one asked again, then alone with its neighbours', async () => {
    // The endpoint answers p1.s2 in French until it is asked for it alone.
    misbehave = (_index, received, translations) =>
      received.sentences.size > 1 && received.sentences.has('s2') ? { content: json(new Map([...translations].map(([key, text]) => [key, key === 's2' ? received.sentences.get('s2')! : text]))) } : undefined;
    const result = await provider().doTranslate(html(PARAGRAPHS));
    expect(server.received.map((received) => [...received.sentences.keys()])).toEqual([['s1', 's2', 's3'], ['s2']]);
    // Alone, it is shown the sentence before (with its English) and the one after.
    const alone = server.received[1]!.body.messages[1]!.content;
    expect(alone).toContain('French: Le ministre a quitté la salle avant la fin de la réunion.\nEnglish: The minister');
    expect(alone).toContain('The sentence just after, for context only: Selon le porte-parole');
    expect(result.translations[0]!.text).toContain('<span id="p1.s2">The negotiations');
  });

  it('a batch that keeps failing is split in halves, then sent one sentence at a time', async () => {
    const texts = [
      '<span id="p1.s1">Le ministre a quitté la salle avant la fin de la réunion.</span>',
      '<span id="p2.s1">Les négociations sur le budget reprendront lundi à Bruxelles.</span>',
      '<span id="p3.s1">Selon le porte-parole, aucun accord ne sera signé cette semaine.</span>',
      '<span id="p4.s1">Les syndicats ont appelé à une grève générale pour le mois prochain.</span>',
    ];
    // Any request of more than one sentence comes back with a sentence dropped.
    misbehave = (_index, received, translations) => (received.sentences.size > 1 ? { content: json(new Map([...translations].slice(1))) } : undefined);
    const result = await provider().doTranslate(html(texts));
    expect(server.received.map((received) => received.sentences.size)).toEqual([4, 4, 2, 2, 1, 1, 1, 1]);
    result.translations.forEach((translation, index) => {
      expect(translation.text).toMatch(new RegExp(`^<span id="p${index + 1}\\.s1">[^<]+</span>$`));
      expect(translation.text).not.toBe(texts[index]);
    });
    expect(result.usage!.requests).toBe(8);
  });

  it('two long sentences answered alike are refused; two short ones may share a translation', async () => {
    misbehaveOn((index) => index === 0, (_request, translations) => ({ content: json(new Map([...translations].map(([key, text]) => [key, key === 's2' ? translations.get('s1')! : text]))) }));
    await provider().doTranslate(html(PARAGRAPHS));
    expect(server.received[1]!.body.messages.at(-1)!.content).toMatch(/repeated that of p1\.s/);
    server.received.length = 0;
    misbehave = () => ({ content: JSON.stringify({ s1: 'No.', s2: 'No.' }) });
    const result = await provider().doTranslate(html(['<span id="p1.s1">Non.</span> <span id="p1.s2">Non !</span>']));
    expect(server.received).toHaveLength(1);
    expect(result.translations[0]!.text).toBe('<span id="p1.s1">No.</span> <span id="p1.s2">No.</span>');
  });

  it('refuses an answer cut off, and a refusal, then asks again', async () => {
    const refusal = { id: 'x', object: 'chat.completion', created: 1, model: MODEL, choices: [{ index: 0, message: { role: 'assistant', content: null, refusal: 'I cannot help with that.' }, finish_reason: 'stop' }] };
    misbehave = (index, received) => (index === 0 ? { content: json(received.sentences).slice(0, 20) } : index === 2 ? { status: 200, body: refusal } : undefined);
    const first = await provider().doTranslate(html([PARAGRAPHS[1]!]));
    expect(server.received[1]!.body.messages.at(-1)!.content).toMatch(/text came after|not valid JSON/);
    expect(first.translations[0]!.text).toMatch(/According to/);
    const second = await provider().doTranslate(html([PARAGRAPHS[1]!]));
    expect(server.received[3]!.body.messages.at(-1)!.content).toContain('the model refused: I cannot help with that.');
    expect(second.translations[0]!.text).toMatch(/According to/);
    expect(server.received).toHaveLength(4);
  });
});

describe('openai provider: errors become ApiCallErrors the scheduler can act on', () => {
  const cases: { name: string; status: number; body: unknown; headers?: Record<string, string>; code: string; retryable: boolean; retryAfter?: number; says?: RegExp }[] = [
    {
      name: '429 rate limit with retry-after',
      status: 429,
      body: openaiErrorBody('Rate limit reached for gpt-4o-mini on requests per min (RPM): Limit 3, Used 3, Requested 1.', 'requests', 'rate_limit_exceeded'),
      headers: { 'retry-after': '2' },
      code: 'PROVIDER_QUOTA',
      retryable: true,
      retryAfter: 2,
    },
    {
      name: '429 insufficient quota',
      status: 429,
      body: openaiErrorBody('You exceeded your current quota, please check your plan and billing details.', 'insufficient_quota', 'insufficient_quota'),
      code: 'PROVIDER_QUOTA',
      retryable: false,
    },
    {
      name: '401 invalid key',
      status: 401,
      body: openaiErrorBody(`Incorrect API key provided: ${API_KEY.slice(0, 8)}****cDEF.`, 'invalid_request_error', 'invalid_api_key'),
      code: 'MISSING_CREDENTIALS',
      retryable: false,
      says: /OPENAI_API_KEY/,
    },
    {
      name: '400 bad request',
      status: 400,
      body: openaiErrorBody("Invalid 'messages[1].content': string too long. Expected a string with maximum length 1048576.", 'invalid_request_error', 'string_above_max_length'),
      code: 'PROVIDER_API_ERROR',
      retryable: false,
      says: /string too long/,
    },
    {
      name: '400 that echoes the key back',
      status: 400,
      body: openaiErrorBody(`Invalid header value for Authorization: Bearer ${API_KEY} (key ${API_KEY}).`, 'invalid_request_error', null),
      code: 'PROVIDER_API_ERROR',
      retryable: false,
    },
    {
      name: '404 unknown model',
      status: 404,
      body: openaiErrorBody('The model `gpt-9` does not exist or you do not have access to it.', 'invalid_request_error', 'model_not_found'),
      code: 'PROVIDER_API_ERROR',
      retryable: false,
      says: /providers\.openai\.model/,
    },
    {
      name: '503 overloaded',
      status: 503,
      body: openaiErrorBody('The engine is currently overloaded, please try again later.', 'server_error', null),
      code: 'PROVIDER_API_ERROR',
      retryable: true,
    },
  ];

  for (const testCase of cases) {
    it(`${testCase.name} -> ${testCase.code}, retryable ${testCase.retryable}, one request only`, async () => {
      misbehave = () => ({ status: testCase.status, body: testCase.body, headers: testCase.headers });
      const error = await failureOf(provider().doTranslate(html(PARAGRAPHS)));
      expect(server.received).toHaveLength(1); // the client's own retries are off
      expect(error).toBeInstanceOf(ApiCallError);
      const apiError = error as ApiCallError;
      expect(apiError.code).toBe(testCase.code);
      expect(apiError.statusCode).toBe(testCase.status);
      expect(apiError.retryable).toBe(testCase.retryable);
      expect(apiError.retryAfterSeconds).toBe(testCase.retryAfter);
      expect(apiError.url).toBe(server.baseUrl);
      if (testCase.says) expect(apiError.message).toMatch(testCase.says);
      for (const text of visibleTexts(error)) expect(text).not.toContain(API_KEY);
    });
  }

  it('a dropped connection is a retryable network error', async () => {
    misbehave = () => ({ destroy: true });
    const error = await failureOf(provider().doTranslate(html(PARAGRAPHS)));
    expect(error.code).toBe('PROVIDER_NETWORK');
    expect(error.retryable).toBe(true);
  });

  it('the scheduler honours a 429 with retry-after, then the answer arrives', async () => {
    misbehave = (index) =>
      index === 0 ? { status: 429, body: openaiErrorBody('Rate limit reached.', 'requests', 'rate_limit_exceeded'), headers: { 'retry-after': '3' } } : undefined;
    const waits: number[] = [];
    const translator = createTranslator({
      provider: provider(),
      limits: limits({ concurrency: 1 }),
      retry: retry({ maxAttempts: 3, initialDelayMs: 1, maxDelayMs: 60_000 }),
      cache: null,
      sleep: async (milliseconds) => {
        waits.push(milliseconds);
      },
    });
    const outcome = await translator.translate(
      PARAGRAPHS.map((text, index) => ({ id: `p${index + 1}`, text, format: 'html' as const })),
      { sourceLanguage: 'fr', targetLanguage: 'en' },
    );
    expect(server.received).toHaveLength(2);
    expect(waits.some((wait) => wait >= 3000)).toBe(true);
    expect(outcome.translations.get('p2')).toMatch(/^<span id="p2\.s1">According to/);
    expect(outcome.stats.retries).toBe(1);
  });
});

describe('openai provider: what the scheduler counts', () => {
  it('a repair request counts as a request, and every token in the stats', async () => {
    misbehaveOn((index) => index === 0, (_request, translations) => ({ content: `Sure!\n${json(translations)}` }));
    const translator = createTranslator({ provider: provider(), limits: limits(), retry: retry(), cache: null });
    const outcome = await translator.translate(
      PARAGRAPHS.map((text, index) => ({ id: `p${index + 1}`, text, format: 'html' as const })),
      { sourceLanguage: 'fr', targetLanguage: 'en' },
    );
    expect(server.received).toHaveLength(2);
    expect(outcome.stats).toMatchObject({ requests: 2, retries: 0, inputTokens: 240, outputTokens: 80, charactersBilled: 0 });
  });
});

describe('openai provider: abort', () => {
  it('a timeout during the request settles the call at once with PROVIDER_TIMEOUT, retryable', async () => {
    misbehave = () => ({ hang: true });
    const controller = new AbortController();
    const pending = provider().doTranslate(html(PARAGRAPHS, { abortSignal: controller.signal }));
    setTimeout(() => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')), 50);
    const error = await failureOf(pending);
    expect(error.code).toBe('PROVIDER_TIMEOUT');
    expect(error.retryable).toBe(true);
  });

  it('an abort whose reason is an interrupt throws INTERRUPTED, not retryable, sending nothing', async () => {
    const controller = new AbortController();
    controller.abort(new BilingualError('INTERRUPTED', 'Stopped by Ctrl-C.'));
    const error = await failureOf(provider().doTranslate(html(PARAGRAPHS, { abortSignal: controller.signal })));
    expect(error.code).toBe('INTERRUPTED');
    expect(error.retryable).toBe(false);
    expect(server.received).toHaveLength(0);
  });
});


describe('openai provider: tagged answers (endpoints without structured output) misbehaving are caught the same', () => {
  const tagged = (translations: Map<string, string>) => [...translations].map(([key, text]) => `<s id="${key}">${text}</s>`).join('\n');
  const faults: [string, (request: ReceivedRequest, translations: Map<string, string>) => Misbehaviour, RegExp][] = [
    ['a preamble', (_request, translations) => ({ content: `Sure! Here are the translations:\n${tagged(translations)}` }), /preamble/],
    ['a code fence', (_request, translations) => ({ content: `\`\`\`\n${tagged(translations)}\n\`\`\`` }), /code fence/],
    ['a <think> block', (_request, translations) => ({ content: `<think>Translate each line.</think>\n${tagged(translations)}` }), /<think>/],
    // Asked for s2 alone at the last rung, an answer without it is empty.
    ['a dropped sentence', (_request, translations) => ({ content: tagged(new Map([...translations].filter(([key]) => key !== 's2'))) }), /s2 had no translation|the answer was empty/],
    [
      'two sentences merged',
      (_request, translations) => ({ content: tagged(new Map([...translations].map(([key, text]) => [key, key === 's1' ? `${text} ${translations.get('s2')}` : key === 's2' ? '' : text]))) }),
      /empty/,
    ],
    ['an answer in French (a copy)', (request) => ({ content: tagged(request.sentences) }), /copy of the French/],
  ];

  for (const [name, fault, problem] of faults) {
    it(`${name}: refused, then repaired by asking again with the problem named`, async () => {
      misbehaveOn((index) => index === 0, fault);
      const result = await provider({ answerFormat: 'tagged' }).doTranslate(html(PARAGRAPHS));
      expect(server.received).toHaveLength(2);
      expect(server.received[0]!.body.response_format).toBeUndefined();
      const retry = server.received[1]!.body.messages.at(-1)!.content;
      expect(retry).toMatch(/^An earlier answer could not be used/);
      expect(retry).toMatch(problem);
      expect(result.translations[0]!.text).toMatch(/^<span id="p1\.s1">The minister [^<]+<\/span> <span id="p1\.s2">The negotiations [^<]+<\/span>$/);
      expect(result.translations[1]!.text).not.toMatch(/Selon/);
    });

    it(`${name}, every time: each sentence left untranslated with the reason, never padded`, async () => {
      misbehaveOn(() => true, fault);
      expectUntranslated(await provider({ answerFormat: 'tagged' }).doTranslate(html(PARAGRAPHS)), problem);
    });
  }
});

describe('openai provider: an endpoint that refuses structured output falls back to tagged answers, once, for the rest of the run', () => {
  // What these servers answer a request with `response_format: { type: "json_schema" }` when they cannot keep to it.
  const refusals: { name: string; status: number; body: unknown }[] = [
    {
      // vLLM's error body (`ErrorResponse`, nested under `error` as OpenAI's).
      name: 'vLLM (400)',
      status: 400,
      body: { error: { message: "1 validation error for ChatCompletionRequest\nresponse_format.json_schema\n  Value error, json_schema is not supported by this server", type: 'BadRequestError', param: null, code: 400 } },
    },
    {
      // Older vLLM: a flat body whose message the client cannot read ("400 status code (no body)").
      name: 'older vLLM (400, a flat ErrorResponse)',
      status: 400,
      body: { object: 'error', message: 'response_format json_schema is not supported', type: 'BadRequestError', param: null, code: 400 },
    },
    {
      // Groq before it had structured output.
      name: 'Groq (400)',
      status: 400,
      body: { error: { message: "'response_format.type' : value is not one of the allowed values ['text','json_object']", type: 'invalid_request_error' } },
    },
    {
      // llama.cpp's server before json_schema: a 500, not a 400.
      name: 'llama.cpp server (500)',
      status: 500,
      body: { error: { code: 500, message: 'response_format type must be one of "text" or "json_object", but got: json_schema', type: 'server_error' } },
    },
    {
      // xAI: the error is a string.
      name: 'xAI (400, error as a string)',
      status: 400,
      body: { code: 'Client specified an invalid argument', error: 'The response_format parameter is unsupported at the moment. Leave it unset.' },
    },
  ];

  for (const refusal of refusals) {
    it(`${refusal.name}: the same sentences asked again as tagged lines, a warning once, tagged from then on`, async () => {
      misbehave = (_index, received) => (received.body.response_format ? { status: refusal.status, body: refusal.body } : undefined);
      const openai = provider();
      const first = await openai.doTranslate(html(PARAGRAPHS));
      expect(server.received).toHaveLength(2);
      expect(server.received[0]!.body.response_format?.type).toBe('json_schema');
      expect(server.received[1]!.body.response_format).toBeUndefined();
      expect(server.received[1]!.body.messages[0]!.content).toMatch(/<s id="KEY">/);
      expect([...server.received[1]!.sentences.keys()]).toEqual(['s1', 's2', 's3']);
      expect(first.translations[0]!.text).toMatch(/^<span id="p1\.s1">The minister [^<]+<\/span> <span id="p1\.s2">The negotiations [^<]+<\/span>$/);
      expect(first.untranslated).toBeUndefined();
      expect(first.warnings).toHaveLength(1);
      expect(first.warnings![0]).toMatch(/refused structured output \(.*\): asking for tagged answers instead of json-schema for the rest of the run/);
      // The next call asks for tagged answers at once, and says nothing more.
      const second = await openai.doTranslate(html([PARAGRAPHS[1]!]));
      expect(server.received).toHaveLength(3);
      expect(server.received[2]!.body.response_format).toBeUndefined();
      expect(second.warnings).toBeUndefined();
      expect(second.translations[0]!.text).toMatch(/According to/);
      // The estimate counts tagged answers from then on.
      expect(openai.estimateUsage!([{ id: 'x', text: PARAGRAPHS[1]! }], 'html').outputTokens).toBeGreaterThan(0);
    });
  }

  it('an endpoint that ignores the schema (Ollama before structured outputs answered prose) is asked again for tagged lines', async () => {
    misbehave = (_index, received, translations) => (received.body.response_format ? { content: [...translations.values()].join(' ') } : undefined);
    const result = await provider().doTranslate(html(PARAGRAPHS));
    expect(server.received.map((received) => received.body.response_format?.type)).toEqual(['json_schema', undefined]);
    expect(result.warnings![0]).toMatch(/ignored the JSON schema/);
    expect(result.translations[1]!.text).toMatch(/^<span id="p2\.s1">According to/);
  });

  it('through the scheduler: one warning in the run, every later request tagged', async () => {
    misbehave = (_index, received) => (received.body.response_format ? { status: 400, body: refusals[1]!.body } : undefined);
    const events: string[] = [];
    const translator = createTranslator({
      provider: provider({ maxSegmentsPerRequest: 1 }),
      limits: limits({ concurrency: 1 }),
      retry: retry(),
      cache: null,
      onEvent: (event) => {
        if (event.type === 'provider-warning') events.push(event.message);
      },
    });
    const outcome = await translator.translate(
      PARAGRAPHS.map((text, index) => ({ id: `p${index + 1}`, text, format: 'html' as const })),
      { sourceLanguage: 'fr', targetLanguage: 'en' },
    );
    expect(events).toHaveLength(1);
    expect(server.received.map((received) => received.body.response_format?.type)).toEqual(['json_schema', undefined, undefined]);
    expect(outcome.translations.get('p2')).toMatch(/According to/);
    // The refused request is counted: three requests reached the endpoint.
    expect(outcome.stats.requests).toBe(3);
  });
});

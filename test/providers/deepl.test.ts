/**
 * Provider `deepl` against nock replays of the DeepL API, driving the real `deepl-node`
 * client: the contract suite first, then the exact form body the client sends, the host a
 * Free or Pro key goes to, billed characters, DeepL's error answers and what they become
 * (429, 456 with the account's usage, 403, 413, 5xx, a reset connection), abort, and that the
 * key never leaks.
 */
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { ApiCallError, BilingualError } from '../../src/errors.ts';
import { createDeepl, deeplBilledCharacters, describeDeepl } from '../../src/providers/deepl/index.ts';
import {
  DEEPL_TRANSLATE_PATH,
  DEEPL_USAGE_PATH,
  deeplErrors,
  deeplSuccessBody,
  deeplUsageBody,
  parseDeeplBody,
  type DeeplRequestBody,
} from '../support/deepl-wire.ts';
import { failureOf, request, translationOf, visibleTexts, isolateFromNetwork } from '../support/provider-requests.ts';
import { providerContractSuite } from './contract-suite.ts';

const PRO_HOST = 'https://api.deepl.com';
const FREE_HOST = 'https://api-free.deepl.com';
/** Made-up keys shaped like DeepL's (a UUID; a Free key ends in :fx). */
const PRO_KEY = '3f1c2b7e-9a41-4d0e-8b6a-5c2d7e9f0a13';
const FREE_KEY = '8d4e6a2c-1b3f-4a5e-9c7d-0e2f4a6b8c1d:fx';

isolateFromNetwork(['DEEPL_API_KEY', 'DEEPL_SERVER_URL']);

interface Seen {
  host: string;
  path: string;
  headers: Record<string, unknown>;
  body: DeeplRequestBody;
}

/** Arms one translate call on `host`, recording what arrived, answered with the replayed translations. */
function armTranslate(host: string, seen: Seen[] = [], translate: (text: string, tagHandling?: string) => string = replayed): nock.Scope {
  return nock(host)
    .post(DEEPL_TRANSLATE_PATH)
    .reply(function (path, body) {
      const parsed = parseDeeplBody(String(body));
      seen.push({ host, path, headers: this.req.headers, body: parsed });
      const tagHandling = parsed.fields.tag_handling;
      return [200, deeplSuccessBody(parsed.text, parsed.text.map((text) => translate(text, tagHandling)), tagHandling)];
    });
}

function replayed(text: string, tagHandling?: string): string {
  return translationOf(text, tagHandling === 'html' ? 'html' : 'text');
}

const contractSeen: Seen[] = [];
providerContractSuite('deepl', {
  create: () => createDeepl({ apiKey: PRO_KEY }),
  prepare: () => {
    armTranslate(PRO_HOST, contractSeen);
  },
});

describe('deepl provider: the request the client sends', () => {
  it('posts every text, fr, EN-US, split_sentences and billed characters as a form, the key in the Authorization header', async () => {
    const seen: Seen[] = [];
    armTranslate(PRO_HOST, seen);
    const result = await createDeepl({ apiKey: PRO_KEY }).doTranslate(request(['Le chat dort.', 'La maison est grande.']));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.path).toBe(DEEPL_TRANSLATE_PATH);
    expect(seen[0]!.headers.authorization).toBe(`DeepL-Auth-Key ${PRO_KEY}`);
    expect(String(seen[0]!.headers['content-type'])).toMatch(/^application\/x-www-form-urlencoded/);
    expect(seen[0]!.body).toEqual({
      text: ['Le chat dort.', 'La maison est grande.'],
      fields: { target_lang: 'en-US', source_lang: 'fr', show_billed_characters: '1', split_sentences: 'nonewlines' },
    });
    expect(result.translations).toEqual([
      { id: 's1', text: 'The cat is sleeping.' },
      { id: 's2', text: 'The house is big.' },
    ]);
  });

  it('sends the project markup with tag_handling html and gets every sentence back in its element', async () => {
    const seen: Seen[] = [];
    armTranslate(PRO_HOST, seen);
    const text = '<span id="p1.s1">Le chat dort.</span> <span id="p1.s2">La maison est grande &amp; belle.</span>';
    const result = await createDeepl({ apiKey: PRO_KEY, targetLanguage: 'EN-GB' }).doTranslate(request([text], { format: 'html' }));
    expect(seen[0]!.body).toEqual({
      text: [text],
      fields: { target_lang: 'en-GB', source_lang: 'fr', show_billed_characters: '1', split_sentences: 'nonewlines', tag_handling: 'html' },
    });
    expect(result.translations[0]!.text).toContain('<span id="p1.s2">The house is big &amp; beautiful.</span>');
    // With tag handling DeepL bills the text outside the tags only.
    expect(result.billedCharacters).toBe([...'Le chat dort. La maison est grande &amp; belle.'].length);
  });

  it('the contract suite sent html with tag_handling and plain text without', () => {
    const html = contractSeen.filter((seen) => seen.body.text.some((text) => text.includes('<span')));
    expect(html.length).toBeGreaterThan(0);
    for (const seen of contractSeen) {
      expect(seen.body.fields.tag_handling).toBe(html.includes(seen) ? 'html' : undefined);
    }
  });

  it('a Free key (:fx) goes to api-free.deepl.com, a Pro key to api.deepl.com', async () => {
    const seen: Seen[] = [];
    const free = armTranslate(FREE_HOST, seen);
    const pro = armTranslate(PRO_HOST, seen);
    await createDeepl({ apiKey: FREE_KEY }).doTranslate(request(['Bonjour.']));
    await createDeepl({ apiKey: PRO_KEY }).doTranslate(request(['Bonjour.']));
    expect(free.isDone() && pro.isDone()).toBe(true);
    expect(seen.map((entry) => [entry.host, entry.headers.authorization])).toEqual([
      [FREE_HOST, `DeepL-Auth-Key ${FREE_KEY}`],
      [PRO_HOST, `DeepL-Auth-Key ${PRO_KEY}`],
    ]);
  });

  it('DEEPL_SERVER_URL, or the serverUrl option, points the client at another server', async () => {
    const seen: Seen[] = [];
    const other = 'http://deepl.proxy.test:8080';
    armTranslate(other, seen);
    armTranslate(other, seen);
    process.env.DEEPL_SERVER_URL = `${other}/`;
    try {
      await createDeepl({ apiKey: FREE_KEY }).doTranslate(request(['Bonjour.']));
    } finally {
      delete process.env.DEEPL_SERVER_URL;
    }
    await createDeepl({ apiKey: FREE_KEY, serverUrl: other }).doTranslate(request(['Bonjour.']));
    expect(seen.map((entry) => entry.host)).toEqual([other, other]);
  });

  it('takes the key from DEEPL_API_KEY, and refuses to start without one', async () => {
    expect(() => createDeepl({})).toThrow(BilingualError);
    try {
      createDeepl({});
    } catch (error) {
      expect((error as BilingualError).code).toBe('MISSING_CREDENTIALS');
      expect((error as Error).message).toContain('set DEEPL_API_KEY');
    }
    const seen: Seen[] = [];
    armTranslate(PRO_HOST, seen);
    process.env.DEEPL_API_KEY = PRO_KEY;
    try {
      await createDeepl({}).doTranslate(request(['Bonjour.']));
    } finally {
      delete process.env.DEEPL_API_KEY;
    }
    expect(seen[0]!.headers.authorization).toBe(`DeepL-Auth-Key ${PRO_KEY}`);
  });

  it('bills what DeepL says it billed, and counts as DeepL does when it does not say', async () => {
    nock(PRO_HOST)
      .post(DEEPL_TRANSLATE_PATH)
      .reply(200, { translations: [{ detected_source_language: 'FR', text: 'Key 𝄞', billed_characters: 41 }] });
    expect((await createDeepl({ apiKey: PRO_KEY }).doTranslate(request(['Clé 𝄞']))).billedCharacters).toBe(41);
    nock(PRO_HOST)
      .post(DEEPL_TRANSLATE_PATH)
      .reply(200, { translations: [{ detected_source_language: 'FR', text: '<span id="a">Summer 𝄞</span>' }] });
    const html = await createDeepl({ apiKey: PRO_KEY }).doTranslate(request(['<span id="a">Été 𝄞</span>'], { format: 'html' }));
    expect(html.billedCharacters).toBe(5); // É t é, a space, 𝄞 (one code point)
    expect(deeplBilledCharacters('<b class="x">ab</b>', 'text')).toBe(19);
  });

  it('an empty text is not sent (the client refuses it) and comes back empty', async () => {
    const seen: Seen[] = [];
    armTranslate(PRO_HOST, seen);
    const result = await createDeepl({ apiKey: PRO_KEY }).doTranslate(request(['', 'Bonjour.']));
    expect(seen[0]!.body.text).toEqual(['Bonjour.']);
    expect(result.translations).toEqual([
      { id: 's1', text: '' },
      { id: 's2', text: 'Hello.' },
    ]);
  });

  it('rejects an answer with the wrong number of translations as a bad response', async () => {
    nock(PRO_HOST).post(DEEPL_TRANSLATE_PATH).reply(200, deeplSuccessBody(['Bonjour.'], ['Hello.']));
    const error = await failureOf(createDeepl({ apiKey: PRO_KEY }).doTranslate(request(['Bonjour.', 'Le chat dort.'])));
    expect(error.code).toBe('PROVIDER_BAD_RESPONSE');
  });

  it('describes its engine with the English variant and tag handling', async () => {
    expect(await createDeepl({ apiKey: PRO_KEY }).doDescribe()).toBe('deepl v2 EN-US html');
    expect(describeDeepl('EN-GB')).toBe('deepl v2 EN-GB html');
  });

  it('declares DeepL limits and the configured price per million characters', () => {
    const capabilities = createDeepl({ apiKey: PRO_KEY, pricePerMillionCharacters: 0 }).capabilities;
    expect(capabilities).toMatchObject({ maxSegmentsPerRequest: 50, markup: true, billingUnit: 'character', pricePerMillionCharacters: 0 });
    // 14,000 characters of the worst kind (9 bytes each once form-encoded) still fit in 128 KiB.
    expect(Buffer.byteLength(new URLSearchParams({ text: '’'.repeat(capabilities.maxCharactersPerRequest) }).toString())).toBeLessThanOrEqual(128 * 1024);
    expect(createDeepl({ apiKey: PRO_KEY }).capabilities.pricePerMillionCharacters).toBe(25);
  });
});

describe('deepl provider: DeepL errors become ApiCallErrors the scheduler can act on', () => {
  const cases: { status: number; body: { message: string }; code: string; retryable: boolean }[] = [
    { status: 429, body: deeplErrors.tooManyRequests(), code: 'PROVIDER_QUOTA', retryable: true },
    { status: 403, body: deeplErrors.authorization(), code: 'MISSING_CREDENTIALS', retryable: false },
    { status: 413, body: deeplErrors.tooLarge(), code: 'PROVIDER_API_ERROR', retryable: false },
    { status: 500, body: deeplErrors.internal(), code: 'PROVIDER_API_ERROR', retryable: true },
    { status: 502, body: { message: 'Bad Gateway' }, code: 'PROVIDER_API_ERROR', retryable: true },
    { status: 503, body: deeplErrors.unavailable(), code: 'PROVIDER_API_ERROR', retryable: true },
    { status: 400, body: { message: 'Value for \'target_lang\' not supported.' }, code: 'PROVIDER_API_ERROR', retryable: false },
  ];

  for (const testCase of cases) {
    it(`${testCase.status} -> ${testCase.code}, retryable ${testCase.retryable}, one request only`, async () => {
      const scope = nock(PRO_HOST).post(DEEPL_TRANSLATE_PATH).times(2).reply(testCase.status, testCase.body);
      const error = await failureOf(createDeepl({ apiKey: PRO_KEY }).doTranslate(request(['Bonjour.'])));
      expect(error).toBeInstanceOf(ApiCallError);
      const apiError = error as ApiCallError;
      expect(apiError.code).toBe(testCase.code);
      expect(apiError.statusCode).toBe(testCase.status);
      expect(apiError.retryable).toBe(testCase.retryable);
      expect(apiError.reason).toBe(testCase.body.message);
      expect(apiError.url).toBe(`${PRO_HOST}${DEEPL_TRANSLATE_PATH}`);
      // The client's own retries are off: the second answer is never asked for.
      expect(scope.pendingMocks()).toHaveLength(1);
      for (const text of visibleTexts(error)) expect(text).not.toContain(PRO_KEY);
    });
  }

  it('403 tells the user to check DEEPL_API_KEY', async () => {
    nock(PRO_HOST).post(DEEPL_TRANSLATE_PATH).reply(403, deeplErrors.authorization());
    const error = await failureOf(createDeepl({ apiKey: PRO_KEY }).doTranslate(request(['Bonjour.'])));
    expect(error.message).toContain('DEEPL_API_KEY');
  });

  it('456 is not retried and its message gives the account usage from /v2/usage', async () => {
    nock(FREE_HOST).post(DEEPL_TRANSLATE_PATH).reply(456, deeplErrors.quotaExceeded());
    const usage = nock(FREE_HOST)
      .get(DEEPL_USAGE_PATH)
      .matchHeader('authorization', `DeepL-Auth-Key ${FREE_KEY}`)
      .reply(200, deeplUsageBody(499_990, 500_000));
    const error = await failureOf(createDeepl({ apiKey: FREE_KEY }).doTranslate(request(['Bonjour.'])));
    expect(usage.isDone()).toBe(true);
    expect(error.code).toBe('PROVIDER_QUOTA');
    expect(error.retryable).toBe(false);
    expect((error as ApiCallError).statusCode).toBe(456);
    expect(error.message).toContain('used 499,990 of 500,000 characters this billing period');
  });

  it('456 still fails clearly when the usage cannot be read', async () => {
    nock(PRO_HOST).post(DEEPL_TRANSLATE_PATH).reply(456, deeplErrors.quotaExceeded());
    nock(PRO_HOST).get(DEEPL_USAGE_PATH).reply(500, deeplErrors.internal());
    const error = await failureOf(createDeepl({ apiKey: PRO_KEY }).doTranslate(request(['Bonjour.'])));
    expect(error.code).toBe('PROVIDER_QUOTA');
    expect(error.message).toMatch(/quota for this billing period is used up \(HTTP 456\)/);
  });

  it('a connection reset is a retryable network error that shows no key', async () => {
    nock(PRO_HOST)
      .post(DEEPL_TRANSLATE_PATH)
      .replyWithError(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));
    const error = await failureOf(createDeepl({ apiKey: PRO_KEY }).doTranslate(request(['Bonjour.'])));
    expect(error.code).toBe('PROVIDER_NETWORK');
    expect(error.retryable).toBe(true);
    for (const text of visibleTexts(error)) expect(text).not.toContain(PRO_KEY);
  });
});

describe('deepl provider: abort', () => {
  it('a signal aborted before the call throws PROVIDER_TIMEOUT without sending anything', async () => {
    const scope = armTranslate(PRO_HOST);
    const controller = new AbortController();
    controller.abort();
    const error = await failureOf(createDeepl({ apiKey: PRO_KEY }).doTranslate(request(['Bonjour.'], { abortSignal: controller.signal })));
    expect(error.code).toBe('PROVIDER_TIMEOUT');
    expect(error.retryable).toBe(true);
    expect(scope.isDone()).toBe(false);
  });

  it('an abort whose reason is an interrupt throws INTERRUPTED, not retryable', async () => {
    const controller = new AbortController();
    controller.abort(new BilingualError('INTERRUPTED', 'Stopped by Ctrl-C.'));
    const error = await failureOf(createDeepl({ apiKey: PRO_KEY }).doTranslate(request(['Bonjour.'], { abortSignal: controller.signal })));
    expect(error.code).toBe('INTERRUPTED');
  });

  it('a timeout during the request settles the call at once with PROVIDER_TIMEOUT', async () => {
    nock(PRO_HOST).post(DEEPL_TRANSLATE_PATH).delay(60_000).reply(200, deeplSuccessBody(['Bonjour.'], ['Hello.']));
    const controller = new AbortController();
    const pending = createDeepl({ apiKey: PRO_KEY }).doTranslate(request(['Bonjour.'], { abortSignal: controller.signal }));
    setImmediate(() => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')));
    const error = await failureOf(pending);
    expect(error.code).toBe('PROVIDER_TIMEOUT');
  });
});

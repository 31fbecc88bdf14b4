/**
 * Provider `google` (Cloud Translation Basic, v2) against nock replays of the real service:
 * the contract suite first, then the exact request the client library sends, Google's error
 * bodies and what they become, abort, the endpoint override, and that the key never leaks.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiCallError, BilingualError } from '../../src/errors.ts';
import { createGoogle } from '../../src/providers/google/index.ts';
import { GOOGLE_V2_PATH, googleV2Errors, googleV2SuccessBody } from '../support/google-v2-wire.ts';
import { expectMappedError, failureOf, googleFixture as fixture, type GoogleErrorCase, request, translationOf, visibleTexts, isolateFromNetwork } from '../support/provider-requests.ts';
import { providerContractSuite } from './contract-suite.ts';

const HOST = 'https://translation.googleapis.com';
/** A made-up key shaped like a real one, so the AIza… redaction rule is exercised too. */
const API_KEY = 'AIzaSyD-fake-key-for-tests-0123456789abc';

isolateFromNetwork(['GOOGLE_CLOUD_TRANSLATE_ENDPOINT', 'GOOGLE_API_KEY']);

/** Arms one v2 call that must carry exactly this body, and answers with the replayed translations. */
function armTranslate(segments: { text: string }[], format: 'text' | 'html', model?: string): nock.Scope {
  return nock(HOST)
    .post(GOOGLE_V2_PATH, {
      q: segments.map((segment) => segment.text),
      format,
      source: 'fr',
      target: 'en',
      ...(model === undefined ? {} : { model }),
    })
    .query({ key: API_KEY })
    .reply(200, googleV2SuccessBody(segments.map((segment) => translationOf(segment.text, format)), { model }));
}

providerContractSuite('google', {
  create: () => createGoogle({ apiKey: API_KEY }),
  prepare: (_case, segments, format) => {
    armTranslate(segments, format);
  },
});


describe('google provider: the request the client library sends', () => {
  it('posts q, source, target and an explicit format to /language/translate/v2 with the key in the query', async () => {
    let seen: { path: string; headers: Record<string, unknown>; body: unknown } | undefined;
    nock(HOST)
      .post(GOOGLE_V2_PATH)
      .query(true)
      .reply(function (path, body) {
        seen = { path, headers: this.req.headers, body };
        return [200, googleV2SuccessBody(['The cat is sleeping.', 'Hello.'])];
      });
    const provider = createGoogle({ apiKey: API_KEY });
    const result = await provider.doTranslate(request(['Le chat dort.', 'Bonjour.']));
    expect(seen?.path).toBe(`${GOOGLE_V2_PATH}?key=${API_KEY}`);
    expect(seen?.body).toEqual({ q: ['Le chat dort.', 'Bonjour.'], format: 'text', source: 'fr', target: 'en' });
    expect(seen?.headers['content-type']).toBe('application/json');
    expect(String(seen?.headers['user-agent'])).toMatch(/^gcloud-node-translate\/\d+/);
    expect(result.translations).toEqual([
      { id: 's1', text: 'The cat is sleeping.' },
      { id: 's2', text: 'Hello.' },
    ]);
  });

  it('sends format html and the model when they are set, and describes the model', async () => {
    const segments = [{ text: '<span id="p1.s1">Le chat dort.</span> <span id="p1.s2">La maison est grande &amp; belle.</span>' }];
    const scope = armTranslate(segments, 'html', 'base');
    const provider = createGoogle({ apiKey: API_KEY, model: 'base' });
    const result = await provider.doTranslate(request([segments[0]!.text], { format: 'html' }));
    expect(scope.isDone()).toBe(true);
    expect(result.translations[0]!.text).toContain('<span id="p1.s2">The house is big &amp; beautiful.</span>');
    expect(await provider.doDescribe()).toBe('google v2 base');
    expect(await createGoogle({ apiKey: API_KEY }).doDescribe()).toBe('google v2 nmt');
  });

  it('bills the code points of every q string, markup included', async () => {
    const texts = ['<span id="a">Été</span>', 'Clé 𝄞'];
    nock(HOST)
      .post(GOOGLE_V2_PATH)
      .query(true)
      .reply(200, googleV2SuccessBody(['<span id="a">Summer</span>', 'Key 𝄞']));
    const result = await createGoogle({ apiKey: API_KEY }).doTranslate(request(texts, { format: 'html' }));
    // 22 + 6 code points; '𝄞' is two UTF-16 units but one character for Google.
    expect(result.billedCharacters).toBe(22 + 6);
  });

  it('makes exactly one request per call: the library does not retry a 503', async () => {
    const scope = nock(HOST).post(GOOGLE_V2_PATH).query(true).times(2).reply(503, googleV2Errors.backendError());
    await failureOf(createGoogle({ apiKey: API_KEY }).doTranslate(request(['Bonjour.'])));
    expect(scope.pendingMocks()).toHaveLength(1);
  });

  it('rejects an answer with the wrong number of translations as a bad response', async () => {
    nock(HOST).post(GOOGLE_V2_PATH).query(true).reply(200, googleV2SuccessBody(['Hello.']));
    const error = await failureOf(createGoogle({ apiKey: API_KEY }).doTranslate(request(['Bonjour.', 'Le chat dort.'])));
    expect(error.code).toBe('PROVIDER_BAD_RESPONSE');
  });
});

describe('google provider: credentials and endpoint', () => {
  it('refuses to start without a key and says to set GOOGLE_API_KEY', () => {
    expect(() => createGoogle({})).toThrow(BilingualError);
    try {
      createGoogle({});
    } catch (error) {
      expect((error as BilingualError).code).toBe('MISSING_CREDENTIALS');
      expect((error as Error).message).toContain('set GOOGLE_API_KEY');
    }
  });

  it('takes the key from GOOGLE_API_KEY when no option is given', async () => {
    process.env.GOOGLE_API_KEY = API_KEY;
    try {
      const scope = armTranslate([{ text: 'Bonjour.' }], 'text');
      await createGoogle({}).doTranslate(request(['Bonjour.']));
      expect(scope.isDone()).toBe(true);
    } finally {
      delete process.env.GOOGLE_API_KEY;
    }
  });

  describe('a local server', () => {
    let server: Server;
    let base: string;
    const received: { url: string; body: unknown }[] = [];
    beforeAll(async () => {
      nock.enableNetConnect('127.0.0.1');
      server = createServer((incoming, outgoing) => {
        let text = '';
        incoming.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        incoming.on('end', () => {
          const body = JSON.parse(text) as { q: string[] };
          received.push({ url: incoming.url ?? '', body });
          outgoing.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
          outgoing.end(JSON.stringify(googleV2SuccessBody(body.q.map((q) => translationOf(q, 'text')))));
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/language/translate/v2`;
    });
    afterAll(async () => {
      nock.disableNetConnect();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('honours GOOGLE_CLOUD_TRANSLATE_ENDPOINT, as the library does', async () => {
      process.env.GOOGLE_CLOUD_TRANSLATE_ENDPOINT = `${base}/`;
      try {
        const result = await createGoogle({ apiKey: API_KEY }).doTranslate(request(['Le chat dort.']));
        expect(result.translations[0]!.text).toBe('The cat is sleeping.');
        expect(received.at(-1)?.url).toBe(`/language/translate/v2?key=${API_KEY}`);
      } finally {
        delete process.env.GOOGLE_CLOUD_TRANSLATE_ENDPOINT;
      }
    });

    it('takes a full base URL as the apiEndpoint option', async () => {
      const result = await createGoogle({ apiKey: API_KEY, apiEndpoint: base }).doTranslate(request(['Bonjour.']));
      expect(result.translations[0]!.text).toBe('Hello.');
      expect(received.at(-1)?.body).toEqual({ q: ['Bonjour.'], format: 'text', source: 'fr', target: 'en' });
    });
  });
});

describe('google provider: Google errors become ApiCallErrors the scheduler can act on', () => {
  const cases: GoogleErrorCase[] = [
    {
      name: '403 userRateLimitExceeded with Retry-After',
      status: 403,
      file: 'v2-403-user-rate-limit-exceeded.json',
      headers: { 'Retry-After': '17' },
      code: 'PROVIDER_QUOTA',
      reason: 'userRateLimitExceeded',
      retryable: true,
      retryAfterSeconds: 17,
    },
    {
      name: '403 dailyLimitExceeded',
      status: 403,
      file: 'v2-403-daily-limit-exceeded.json',
      code: 'PROVIDER_QUOTA',
      reason: 'dailyLimitExceeded',
      retryable: false,
    },
    {
      name: '400 too many text segments',
      status: 400,
      file: 'v2-400-too-many-text-segments.json',
      code: 'PROVIDER_API_ERROR',
      reason: 'invalid',
      retryable: false,
    },
    {
      name: '503 backendError',
      status: 503,
      file: 'v2-503-backend-error.json',
      code: 'PROVIDER_API_ERROR',
      reason: 'backendError',
      retryable: true,
    },
    {
      name: '400 API key not valid',
      status: 400,
      file: 'v2-400-api-key-invalid.json',
      code: 'MISSING_CREDENTIALS',
      reason: 'badRequest',
      retryable: false,
    },
  ];

  for (const testCase of cases) {
    it(`${testCase.name} -> ${testCase.code}, retryable ${testCase.retryable}`, async () => {
      const body = fixture(testCase.file);
      nock(HOST)
        .post(GOOGLE_V2_PATH)
        .query({ key: API_KEY })
        .reply(testCase.status, body as nock.Body, { 'Content-Type': 'application/json; charset=UTF-8', ...testCase.headers });
      const error = await failureOf(createGoogle({ apiKey: API_KEY }).doTranslate(request(['Bonjour.'])));
      const apiError = expectMappedError(error, testCase, body);
      expect(apiError.url).toBe(`${HOST}${GOOGLE_V2_PATH}`);
      for (const text of visibleTexts(error)) expect(text).not.toContain(API_KEY);
    });
  }

  it('tells the user to check GOOGLE_API_KEY when the key is rejected', async () => {
    nock(HOST).post(GOOGLE_V2_PATH).query(true).reply(400, googleV2Errors.keyInvalid());
    const error = await failureOf(createGoogle({ apiKey: API_KEY }).doTranslate(request(['Bonjour.'])));
    expect(error.message).toContain('GOOGLE_API_KEY');
  });

  it('a connection reset is a retryable network error, and the key in the failed URL is redacted', async () => {
    nock(HOST)
      .post(GOOGLE_V2_PATH)
      .query(true)
      .replyWithError(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));
    const error = await failureOf(createGoogle({ apiKey: API_KEY }).doTranslate(request(['Bonjour.'])));
    expect(error.code).toBe('PROVIDER_NETWORK');
    expect(error.retryable).toBe(true);
    expect((error as ApiCallError).reason).toBe('ECONNRESET');
    // node-fetch puts the whole URL, key included, in its message: the cause keeps it redacted.
    expect((error.cause as Error).message).toContain('key=[REDACTED]');
    for (const text of visibleTexts(error)) expect(text).not.toContain(API_KEY);
  });

  it('a socket hang up is a retryable network error too', async () => {
    nock(HOST)
      .post(GOOGLE_V2_PATH)
      .query(true)
      .replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    const error = await failureOf(createGoogle({ apiKey: API_KEY }).doTranslate(request(['Bonjour.'])));
    expect(error.code).toBe('PROVIDER_NETWORK');
    expect(error.retryable).toBe(true);
  });
});

describe('google provider: abort', () => {
  it('a signal aborted before the call throws PROVIDER_TIMEOUT without sending anything', async () => {
    const scope = armTranslate([{ text: 'Bonjour.' }], 'text');
    const controller = new AbortController();
    controller.abort();
    const error = await failureOf(
      createGoogle({ apiKey: API_KEY }).doTranslate(request(['Bonjour.'], { abortSignal: controller.signal })),
    );
    expect(error.code).toBe('PROVIDER_TIMEOUT');
    expect(error.retryable).toBe(true);
    expect(scope.isDone()).toBe(false);
  });

  it('an abort whose reason is an interrupt throws INTERRUPTED, not retryable', async () => {
    const controller = new AbortController();
    controller.abort(new BilingualError('INTERRUPTED', 'Stopped by Ctrl-C.'));
    const error = await failureOf(
      createGoogle({ apiKey: API_KEY }).doTranslate(request(['Bonjour.'], { abortSignal: controller.signal })),
    );
    expect(error.code).toBe('INTERRUPTED');
    expect(error.retryable).toBe(false);
  });

  it('a timeout during the request settles the call at once with PROVIDER_TIMEOUT', async () => {
    nock(HOST)
      .post(GOOGLE_V2_PATH)
      .query(true)
      .delay(60_000)
      .reply(200, googleV2SuccessBody(['Hello.']));
    const controller = new AbortController();
    const pending = createGoogle({ apiKey: API_KEY }).doTranslate(request(['Bonjour.'], { abortSignal: controller.signal }));
    setImmediate(() => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')));
    const error = await failureOf(pending);
    expect(error.code).toBe('PROVIDER_TIMEOUT');
    expect(error.retryable).toBe(true);
  });
});

describe('google v2 wire helper', () => {
  it('builds exactly the stored error bodies', () => {
    expect(googleV2Errors.userRateLimitExceeded()).toEqual(fixture('v2-403-user-rate-limit-exceeded.json'));
    expect(googleV2Errors.dailyLimitExceeded()).toEqual(fixture('v2-403-daily-limit-exceeded.json'));
    expect(googleV2Errors.tooManySegments()).toEqual(fixture('v2-400-too-many-text-segments.json'));
    expect(googleV2Errors.keyInvalid()).toEqual(fixture('v2-400-api-key-invalid.json'));
    expect(googleV2Errors.backendError()).toEqual(fixture('v2-503-backend-error.json'));
  });

  it('adds model only when asked, as Google does', () => {
    expect(googleV2SuccessBody(['Hello.'])).toEqual({ data: { translations: [{ translatedText: 'Hello.' }] } });
    expect(googleV2SuccessBody(['Hello.'], { model: 'nmt' })).toEqual({
      data: { translations: [{ translatedText: 'Hello.', model: 'nmt' }] },
    });
  });
});

/**
 * Provider `libretranslate` against a local server speaking LibreTranslate's wire format
 * (`fake-libretranslate-server.ts`): the contract suite first, then the JSON body sent, the
 * protected terms' round trip, the server's errors and what they become, and the scheduler
 * splitting a batch the server finds too large.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiCallError, BilingualError } from '../../src/errors.ts';
import { createLibreTranslate, protectForLibreTranslate, restoreFromLibreTranslate } from '../../src/providers/libretranslate/index.ts';
import { createTranslator, type TranslationUnit } from '../../src/translate/translator.ts';
import { fakeLibreTranslation, startFakeLibreTranslateServer, type FakeLibreTranslateServer } from '../support/fake-libretranslate-server.ts';
import { languages, limits, retry } from '../support/fake-provider.ts';
import { failureOf, request, visibleTexts } from '../support/provider-requests.ts';
import { providerContractSuite } from './contract-suite.ts';

const KEY = 'lt-key-7f3a91c2-secret';
let server: FakeLibreTranslateServer;
const savedUrl = process.env.LIBRETRANSLATE_URL;
const savedKey = process.env.LIBRETRANSLATE_API_KEY;
beforeAll(async () => {
  delete process.env.LIBRETRANSLATE_URL;
  delete process.env.LIBRETRANSLATE_API_KEY;
  server = await startFakeLibreTranslateServer({ apiKey: KEY });
});
afterAll(async () => {
  await server.close();
  if (savedUrl !== undefined) process.env.LIBRETRANSLATE_URL = savedUrl;
  if (savedKey !== undefined) process.env.LIBRETRANSLATE_API_KEY = savedKey;
});

providerContractSuite('libretranslate', {
  create: () => createLibreTranslate({ url: server.url, apiKey: KEY }),
});

/** A server of its own for one test, closed after it. */
async function withServer<T>(options: Parameters<typeof startFakeLibreTranslateServer>[0], run: (fake: FakeLibreTranslateServer) => Promise<T>): Promise<T> {
  const fake = await startFakeLibreTranslateServer(options);
  try {
    return await run(fake);
  } finally {
    await fake.close();
  }
}

describe('libretranslate provider: the request it sends', () => {
  it('posts q as an array, source fr, target en, the format and the key as JSON to /translate', async () => {
    await withServer({ apiKey: KEY }, async (fake) => {
      const result = await createLibreTranslate({ url: `${fake.url}/`, apiKey: KEY }).doTranslate(request(['Le chat dort.', 'Bonjour.']));
      expect(fake.received).toHaveLength(1);
      expect(fake.received[0]!.contentType).toBe('application/json');
      expect(fake.received[0]!.body).toEqual({ q: ['Le chat dort.', 'Bonjour.'], source: 'fr', target: 'en', format: 'text', api_key: KEY });
      expect(result).toEqual({
        translations: [
          { id: 's1', text: fakeLibreTranslation('Le chat dort.', 'text') },
          { id: 's2', text: fakeLibreTranslation('Bonjour.', 'text') },
        ],
        billedCharacters: 0,
      });
    });
  });

  it('sends no api_key when none is set, and takes the server from LIBRETRANSLATE_URL', async () => {
    await withServer({}, async (fake) => {
      process.env.LIBRETRANSLATE_URL = fake.url;
      try {
        await createLibreTranslate().doTranslate(request(['Bonjour.']));
      } finally {
        delete process.env.LIBRETRANSLATE_URL;
      }
      expect(fake.received[0]!.body).toEqual({ q: ['Bonjour.'], source: 'fr', target: 'en', format: 'text' });
    });
  });

  it('sends sentence markup as html, protected terms as code elements the server leaves alone, and reads them back', async () => {
    await withServer({}, async (fake) => {
      const text = '<span id="p1.s1">Selon <span translate="no">Chine Nouvelle</span>, la maison est grande.</span>';
      const result = await createLibreTranslate({ url: fake.url }).doTranslate(request([text], { format: 'html' }));
      expect(fake.received[0]!.body).toMatchObject({ format: 'html', q: ['<span id="p1.s1">Selon <code translate="no">Chine Nouvelle</code>, la maison est grande.</span>'] });
      expect(result.translations[0]!.text).toBe('<span id="p1.s1">noleS <span translate="no">Chine Nouvelle</span>, al nosiam tse ednarg.</span>');
    });
    expect(restoreFromLibreTranslate(protectForLibreTranslate('a <span translate="no">X</span> b'))).toBe('a <span translate="no">X</span> b');
  });

  it('refuses to start without a server, and names LIBRETRANSLATE_URL', () => {
    expect(() => createLibreTranslate({})).toThrow(/set LIBRETRANSLATE_URL/);
    expect(() => createLibreTranslate({ url: 'localhost:5000' })).toThrow(BilingualError);
  });

  it('describes the server it talks to, free of charge', async () => {
    const provider = createLibreTranslate({ url: 'http://mt.newsroom.example:5000' });
    expect(await provider.doDescribe()).toBe('libretranslate v1 mt.newsroom.example:5000');
    expect(provider.capabilities).toMatchObject({ billingUnit: 'none', pricePerMillionCharacters: 0, markup: true, maxSegmentsPerRequest: 25, maxCharactersPerRequest: 5000 });
    const sized = createLibreTranslate({ url: 'http://mt.newsroom.example:5000', maxTextsPerRequest: 100, maxCharactersPerRequest: 20_000 });
    expect(sized.capabilities).toMatchObject({ maxSegmentsPerRequest: 100, maxCharactersPerRequest: 20_000 });
  });
});

describe('libretranslate provider: the server errors, mapped', () => {
  const cases = [
    { status: 400, code: 'PROVIDER_API_ERROR', retryable: false, reason: 'Invalid request: missing q parameter' },
    { status: 403, code: 'PROVIDER_QUOTA', retryable: false, reason: 'Too many request limits violations' },
    { status: 429, code: 'PROVIDER_QUOTA', retryable: true, reason: 'Slowdown: 1 per 1 minute' },
    { status: 500, code: 'PROVIDER_API_ERROR', retryable: true, reason: 'Translation error' },
  ];
  for (const testCase of cases) {
    it(`${testCase.status} -> ${testCase.code}, retryable ${testCase.retryable}`, async () => {
      await withServer({ script: [testCase.status], retryAfterSeconds: 7 }, async (fake) => {
        const error = await failureOf(createLibreTranslate({ url: fake.url, apiKey: KEY }).doTranslate(request(['Bonjour.'])));
        expect(error).toBeInstanceOf(ApiCallError);
        expect(error).toMatchObject({ code: testCase.code, retryable: testCase.retryable, statusCode: testCase.status, reason: testCase.reason });
        expect((error as ApiCallError).retryAfterSeconds).toBe(testCase.status === 429 ? 7 : undefined);
        for (const text of visibleTexts(error)) expect(text).not.toContain(KEY);
      });
    });
  }

  it('403 Invalid API key is missing credentials, naming LIBRETRANSLATE_API_KEY and never the key', async () => {
    const error = await failureOf(createLibreTranslate({ url: server.url, apiKey: 'wrong-key-0000' }).doTranslate(request(['Bonjour.'])));
    expect(error.code).toBe('MISSING_CREDENTIALS');
    expect(error.message).toContain('LIBRETRANSLATE_API_KEY');
    for (const text of visibleTexts(error)) expect(text).not.toContain('wrong-key-0000');
  });

  it('a server that is not running is a retryable network error', async () => {
    const closed = await startFakeLibreTranslateServer();
    await closed.close();
    const error = await failureOf(createLibreTranslate({ url: closed.url }).doTranslate(request(['Bonjour.'])));
    expect(error.code).toBe('PROVIDER_NETWORK');
    expect(error.retryable).toBe(true);
  });

  it('an abort during the request is PROVIDER_TIMEOUT', async () => {
    // A server that takes the request and never answers.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const controller = new AbortController();
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const pending = createLibreTranslate({ url }).doTranslate(request(['Bonjour.'], { abortSignal: controller.signal }));
      setTimeout(() => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')), 50);
      const error = await failureOf(pending);
      expect(error.code).toBe('PROVIDER_TIMEOUT');
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});

describe('libretranslate through the scheduler', () => {
  it('a batch over the server --batch-limit (400 exceeds text limit) is split, every unit translated once', async () => {
    await withServer({ batchLimit: 2 }, async (fake) => {
      const provider = createLibreTranslate({ url: fake.url });
      const translator = createTranslator({ provider, limits: limits({ maxSegmentsPerRequest: 8 }), retry: retry({ maxAttempts: 2 }), cache: null });
      const units: TranslationUnit[] = Array.from({ length: 7 }, (_, index) => ({ id: `p${index}`, text: `La réunion numéro ${index} commence.`, format: 'text' }));
      const outcome = await translator.translate(units, languages);
      for (const unit of units) expect(outcome.translations.get(unit.id)).toBe(fakeLibreTranslation(unit.text, 'text'));
      expect(fake.received.some((entry) => entry.status === 400)).toBe(true);
      expect([...fake.answeredTexts.values()].every((times) => times === 1)).toBe(true);
    });
  });

  it('a 429 then a 500 are retried and the translations arrive once', async () => {
    await withServer({ script: [429, 500] }, async (fake) => {
      const provider = createLibreTranslate({ url: fake.url });
      const translator = createTranslator({ provider, limits: limits(), retry: retry({ initialDelayMs: 1, maxDelayMs: 5 }), cache: null });
      const units: TranslationUnit[] = [{ id: 'p1', text: '<span id="p1.s1">Le chat dort.</span>', format: 'html' }];
      const outcome = await translator.translate(units, languages);
      expect(outcome.translations.get('p1')).toBe('<span id="p1.s1">eL tahc trod.</span>');
      expect(outcome.stats.retries).toBe(2);
      expect(fake.received.map((entry) => entry.status)).toEqual([429, 500, 200]);
    });
  });
});

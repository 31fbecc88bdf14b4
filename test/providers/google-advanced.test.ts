/**
 * Provider `google-advanced` (Cloud Translation Advanced, v3, REST fallback) against nock
 * replays: the contract suite first, then the exact request the client library sends with a
 * throwaway service account, glossaries, Google's v3 error bodies, abort and credentials.
 */
import { createVerify, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiCallError, BilingualError } from '../../src/errors.ts';
import { createGoogleAdvanced, type GoogleAdvancedOptions } from '../../src/providers/google-advanced/index.ts';
import { expectMappedError, failureOf, googleFixture as fixture, type GoogleErrorCase, request, translationOf, visibleTexts, isolateFromNetwork } from '../support/provider-requests.ts';
import { providerContractSuite } from './contract-suite.ts';

const HOST = 'https://translate.googleapis.com';
const TOKEN_HOST = 'https://oauth2.googleapis.com';
const PROJECT = 'demo-project';
const CLIENT_EMAIL = `bilingual@${PROJECT}.iam.gserviceaccount.com`;

// A throwaway service account: a fresh RSA key, written where only this test reads it.
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const directory = mkdtempSync(join(tmpdir(), 'bilingual-google-advanced-'));
function writeAccount(name: string, account: Record<string, unknown>): string {
  const file = join(directory, name);
  writeFileSync(file, JSON.stringify(account));
  return file;
}
const accountFile = writeAccount('service-account.json', {
  type: 'service_account',
  project_id: PROJECT,
  private_key_id: 'test-key-id',
  private_key: privateKeyPem,
  client_email: CLIENT_EMAIL,
  client_id: '100000000000000000001',
  token_uri: `${TOKEN_HOST}/token`,
});

isolateFromNetwork(['GOOGLE_APPLICATION_CREDENTIALS', 'GOOGLE_CLOUD_PROJECT']);
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

function pathOf(location: string): string {
  return `/v3/projects/${PROJECT}/locations/${location}:translateText`;
}

function create(options: Partial<GoogleAdvancedOptions> = {}) {
  return createGoogleAdvanced({ credentialsFile: accountFile, ...options });
}

/** The JSON body the v3 REST client sends for these texts. */
function expectedBody(texts: string[], format: 'text' | 'html', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    contents: texts,
    labels: {},
    mimeType: format === 'html' ? 'text/html' : 'text/plain',
    sourceLanguageCode: 'fr',
    targetLanguageCode: 'en',
    ...extra,
  };
}

function armTranslate(texts: string[], format: 'text' | 'html', location = 'global'): nock.Scope {
  return nock(HOST)
    .post(pathOf(location), expectedBody(texts, format) as nock.DataMatcherMap)
    .query({ $alt: 'json;enum-encoding=int' })
    .reply(200, { translations: texts.map((text) => ({ translatedText: translationOf(text, format) })) });
}

providerContractSuite('google-advanced', {
  create: () => create(),
  prepare: (_case, segments, format) => {
    armTranslate(
      segments.map((segment) => segment.text),
      format,
    );
  },
});


function decodeJwtPart(part: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('google-advanced provider: the request the client library sends', () => {
  it('posts contents, mimeType and language codes to :translateText with gax REST headers and a signed JWT', async () => {
    const token = nock(TOKEN_HOST).post('/token').reply(200, { access_token: 'ya29.test', expires_in: 3600, token_type: 'Bearer' });
    let seen: { path: string; headers: Record<string, unknown>; body: unknown } | undefined;
    nock(HOST)
      .post(pathOf('global'))
      .query(true)
      .reply(function (path, body) {
        seen = { path, headers: this.req.headers, body };
        return [200, { translations: [{ translatedText: 'The cat is sleeping.' }, { translatedText: 'Hello.' }] }];
      });
    const provider = create({ model: 'nmt' });
    const result = await provider.doTranslate(request(['Le chat dort.', 'Bonjour.']));
    await provider.close?.();
    expect(result.translations).toEqual([
      { id: 's1', text: 'The cat is sleeping.' },
      { id: 's2', text: 'Hello.' },
    ]);
    expect(seen?.path).toBe(`${pathOf('global')}?$alt=json%3Benum-encoding=int`);
    expect(seen?.body).toEqual(
      expectedBody(['Le chat dort.', 'Bonjour.'], 'text', { model: `projects/${PROJECT}/locations/global/models/general/nmt` }),
    );
    expect(seen?.headers['content-type']).toBe('application/json');
    expect(String(seen?.headers['x-goog-api-client'])).toMatch(/gax\/\S+ gapic\/\S+ gl-node\/\S+ rest\//);
    expect(seen?.headers['x-goog-request-params']).toBe(`parent=projects%2F${PROJECT}%2Flocations%2Fglobal`);
    // The library signs its own JWT with the service account's key (no token exchange for
    // a service account without user scopes): check the signature with the public key.
    const authorization = String(seen?.headers.authorization);
    expect(authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    const [header, payload, signature] = authorization.slice('Bearer '.length).split('.') as [string, string, string];
    expect(decodeJwtPart(header)).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    expect(decodeJwtPart(payload)).toMatchObject({ iss: CLIENT_EMAIL, sub: CLIENT_EMAIL, aud: `${HOST}/` });
    const verifier = createVerify('RSA-SHA256');
    verifier.update(`${header}.${payload}`);
    expect(verifier.verify(publicKey, Buffer.from(signature, 'base64url'))).toBe(true);
    expect(token.isDone()).toBe(false);
  });

  it('sends text/html for format html and bills code points, markup included', async () => {
    const text = '<span id="p1.s1">Le chat dort.</span> <span id="p1.s2">La maison est grande &amp; belle.</span>';
    const scope = armTranslate([text], 'html');
    const result = await create().doTranslate(request([text], { format: 'html' }));
    expect(scope.isDone()).toBe(true);
    expect(result.billedCharacters).toBe([...text].length);
  });

  it('describes the model, location and glossary it uses (all part of the cache key)', async () => {
    expect(await create().doDescribe()).toBe('google v3 general/nmt global');
    expect(await create({ model: 'general/translation-llm' }).doDescribe()).toBe('google v3 general/translation-llm global');
    expect(await create({ location: 'us-central1', glossaryId: 'press-terms' }).doDescribe()).toBe(
      'google v3 general/nmt us-central1 glossary press-terms',
    );
  });

  it('applies glossaries natively only when one is named on the service', () => {
    expect(create().capabilities.glossary).toBe(false);
    expect(create({ location: 'us-central1', glossaryId: 'press-terms' }).capabilities.glossary).toBe(true);
  });

  it('makes exactly one request per call: the library does not retry a 503', async () => {
    const scope = nock(HOST).post(pathOf('global')).query(true).times(2).reply(503, fixture('v3-503-unavailable.json') as nock.Body);
    await failureOf(create().doTranslate(request(['Bonjour.'])));
    expect(scope.pendingMocks()).toHaveLength(1);
  });
});

describe('google-advanced provider: glossaries', () => {
  const glossaryName = `projects/${PROJECT}/locations/us-central1/glossaries/press-terms`;

  it('sends glossaryConfig and uses glossaryTranslations when the glossary applied', async () => {
    let body: unknown;
    nock(HOST)
      .post(pathOf('us-central1'))
      .query(true)
      .reply(200, (_path, requestBody) => {
        body = requestBody;
        return {
          translations: [{ translatedText: 'The Secretary of State arrives.' }],
          glossaryTranslations: [
            {
              translatedText: 'The US Secretary of State arrives.',
              glossaryConfig: { glossary: glossaryName },
            },
          ],
        };
      });
    const provider = create({ location: 'us-central1' });
    const result = await provider.doTranslate(
      request(["Le secrétaire d'Etat arrive."], {
        glossary: { version: 'v1', entries: [], doNotTranslate: [], resourceName: glossaryName },
      }),
    );
    expect(body).toEqual(
      expectedBody(["Le secrétaire d'Etat arrive."], 'text', { glossaryConfig: { glossary: glossaryName, ignoreCase: false } }),
    );
    expect(result.translations[0]!.text).toBe('The US Secretary of State arrives.');
  });

  it('builds the glossary name from the glossaryId option', async () => {
    let body: Record<string, unknown> | undefined;
    nock(HOST)
      .post(pathOf('us-central1'))
      .query(true)
      .reply(200, (_path, requestBody) => {
        body = requestBody as Record<string, unknown>;
        return { translations: [{ translatedText: 'Hello.' }], glossaryTranslations: [{ translatedText: 'Hello.' }] };
      });
    await create({ location: 'us-central1', glossaryId: 'press-terms' }).doTranslate(request(['Bonjour.']));
    expect(body?.glossaryConfig).toEqual({ glossary: glossaryName, ignoreCase: false });
  });

  it('refuses a glossary with the global location before sending anything', async () => {
    const scope = nock(HOST).post(pathOf('global')).query(true).reply(200, {});
    const error = await failureOf(create({ glossaryId: 'press-terms' }).doTranslate(request(['Bonjour.'])));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain('us-central1');
    expect(scope.isDone()).toBe(false);
  });
});

describe('google-advanced provider: credentials', () => {
  it('needs a service account and names GOOGLE_APPLICATION_CREDENTIALS', () => {
    let thrown: unknown;
    try {
      createGoogleAdvanced({ projectId: PROJECT });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BilingualError);
    expect((thrown as BilingualError).code).toBe('MISSING_CREDENTIALS');
    expect((thrown as Error).message).toContain('GOOGLE_APPLICATION_CREDENTIALS');
  });

  it('says so when the file is missing or is not a service account', () => {
    expect(() => create({ credentialsFile: join(directory, 'absent.json') })).toThrow(/could not be read/);
    const notAccount = writeAccount('not-an-account.json', { type: 'authorized_user' });
    expect(() => create({ credentialsFile: notAccount })).toThrow(/no client_email or private_key/);
  });

  it('takes the project from GOOGLE_CLOUD_PROJECT, and needs one', async () => {
    const withoutProject = writeAccount('no-project.json', { private_key: privateKeyPem, client_email: CLIENT_EMAIL });
    expect(() => create({ credentialsFile: withoutProject })).toThrow(/GOOGLE_CLOUD_PROJECT/);
    process.env.GOOGLE_CLOUD_PROJECT = PROJECT;
    try {
      const scope = armTranslate(['Bonjour.'], 'text');
      await create({ credentialsFile: withoutProject }).doTranslate(request(['Bonjour.']));
      expect(scope.isDone()).toBe(true);
    } finally {
      delete process.env.GOOGLE_CLOUD_PROJECT;
    }
  });
});

describe('google-advanced provider: Google errors become ApiCallErrors the scheduler can act on', () => {
  const cases: GoogleErrorCase[] = [
    {
      name: '429 RESOURCE_EXHAUSTED with RetryInfo',
      status: 429,
      file: 'v3-429-resource-exhausted.json',
      code: 'PROVIDER_QUOTA',
      reason: 'RESOURCE_EXHAUSTED',
      retryable: true,
      retryAfterSeconds: 30,
    },
    {
      name: '429 RESOURCE_EXHAUSTED with a Retry-After header',
      status: 429,
      file: 'v3-429-resource-exhausted.json',
      headers: { 'Retry-After': '5' },
      code: 'PROVIDER_QUOTA',
      reason: 'RESOURCE_EXHAUSTED',
      retryable: true,
      retryAfterSeconds: 5,
    },
    {
      name: '400 INVALID_ARGUMENT, too many segments',
      status: 400,
      file: 'v3-400-too-many-segments.json',
      code: 'PROVIDER_API_ERROR',
      reason: 'INVALID_ARGUMENT',
      retryable: false,
    },
    {
      name: '503 UNAVAILABLE',
      status: 503,
      file: 'v3-503-unavailable.json',
      code: 'PROVIDER_API_ERROR',
      reason: 'UNAVAILABLE',
      retryable: true,
    },
    {
      name: '403 PERMISSION_DENIED (API disabled)',
      status: 403,
      file: 'v3-403-permission-denied.json',
      code: 'MISSING_CREDENTIALS',
      reason: 'PERMISSION_DENIED',
      retryable: false,
    },
  ];

  for (const testCase of cases) {
    it(`${testCase.name} -> ${testCase.code}, retryable ${testCase.retryable}`, async () => {
      const body = fixture(testCase.file);
      nock(HOST)
        .post(pathOf('global'))
        .query(true)
        .reply(testCase.status, body as nock.Body, { 'Content-Type': 'application/json; charset=UTF-8', ...testCase.headers });
      const error = await failureOf(create().doTranslate(request(['Bonjour.'])));
      const apiError = expectMappedError(error, testCase, body);
      expect(apiError.message).toContain((body as { error: { message: string } }).error.message.slice(0, 30));
      const keyBody = privateKeyPem.split('\n')[1]!;
      for (const text of visibleTexts(error)) {
        expect(text).not.toContain(keyBody);
        expect(text).not.toMatch(/Bearer ey/);
      }
    });
  }

  it('a connection reset is a retryable network error', async () => {
    nock(HOST)
      .post(pathOf('global'))
      .query(true)
      .replyWithError(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));
    const error = await failureOf(create().doTranslate(request(['Bonjour.'])));
    expect(error.code).toBe('PROVIDER_NETWORK');
    expect(error.retryable).toBe(true);
    expect((error as ApiCallError).reason).toBe('ECONNRESET');
  });

  it('an answer with the wrong number of translations is a bad response', async () => {
    nock(HOST).post(pathOf('global')).query(true).reply(200, { translations: [{ translatedText: 'Hello.' }] });
    const error = await failureOf(create().doTranslate(request(['Bonjour.', 'Le chat dort.'])));
    expect(error.code).toBe('PROVIDER_BAD_RESPONSE');
  });
});

describe('google-advanced provider: abort', () => {
  it('a signal aborted before the call throws without sending anything', async () => {
    const scope = armTranslate(['Bonjour.'], 'text');
    const controller = new AbortController();
    controller.abort();
    const error = await failureOf(create().doTranslate(request(['Bonjour.'], { abortSignal: controller.signal })));
    expect(error.code).toBe('PROVIDER_TIMEOUT');
    expect(scope.isDone()).toBe(false);
  });

  it('an interrupt during the request settles the call with INTERRUPTED', async () => {
    nock(HOST)
      .post(pathOf('global'))
      .query(true)
      .delay(60_000)
      .reply(200, { translations: [{ translatedText: 'Hello.' }] });
    const controller = new AbortController();
    const pending = create().doTranslate(request(['Bonjour.'], { abortSignal: controller.signal }));
    setTimeout(() => controller.abort('SIGINT'), 20);
    const error = await failureOf(pending);
    expect(error.code).toBe('INTERRUPTED');
    expect(error.retryable).toBe(false);
  });
});

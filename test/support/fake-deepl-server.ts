/**
 * A local HTTP server speaking the DeepL API on the wire (`deepl-wire.ts`), for tests that
 * drive the real `deepl-node` client through the whole pipeline: `POST /v2/translate` with
 * the form body the client sends, `GET /v2/usage`. It checks the key in the
 * `Authorization: DeepL-Auth-Key …` header (403 otherwise), refuses more than 50 texts or a
 * body over 128 KiB (413) as DeepL does, can answer scripted statuses first (429, 503, 456…),
 * and "translates" deterministically: each word reversed, tags and entities kept, so a result
 * shows it went through. Listens on 127.0.0.1, port 0.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeTranslation } from './fake-google-v2-server.ts';
import { DEEPL_TRANSLATE_PATH, DEEPL_USAGE_PATH, deeplErrors, deeplSuccessBody, deeplUsageBody, parseDeeplBody, type DeeplRequestBody } from './deepl-wire.ts';

export interface FakeDeeplServerOptions {
  /** The key accepted; any other gets 403. */
  apiKey: string;
  /** Statuses answered to the first translate requests, in order (then translations). @default [] */
  script?: number[];
  /** What `/v2/usage` reports. @default 1000 of 500000 */
  usage?: { count: number; limit: number };
  /** Most texts per request. @default 50 */
  maxTexts?: number;
  /** Largest body in bytes. @default 131072 */
  maxBodyBytes?: number;
}

export interface FakeDeeplServer {
  /** Base URL for the client's `serverUrl` (DEEPL_SERVER_URL). */
  url: string;
  /** Translate requests received, in order, with the status answered. */
  received: { body: DeeplRequestBody; authorization: string | undefined; status: number; bytes: number }[];
  /** Characters billed over the answered requests. */
  billed: number;
  /** How many times each source text was answered. */
  answeredTexts: Map<string, number>;
  close(): Promise<void>;
}

const ERROR_BODY: Record<number, () => { message: string }> = {
  403: deeplErrors.authorization,
  413: deeplErrors.tooLarge,
  429: deeplErrors.tooManyRequests,
  456: deeplErrors.quotaExceeded,
  500: deeplErrors.internal,
  503: deeplErrors.unavailable,
};

export async function startFakeDeeplServer(options: FakeDeeplServerOptions): Promise<FakeDeeplServer> {
  const script = [...(options.script ?? [])];
  const maxTexts = options.maxTexts ?? 50;
  const maxBodyBytes = options.maxBodyBytes ?? 128 * 1024;
  const usage = options.usage ?? { count: 1_000, limit: 500_000 };
  const state = { received: [] as FakeDeeplServer['received'], billed: 0, answeredTexts: new Map<string, number>() };

  const send = (response: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    response.end(text);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const authorization = request.headers.authorization;
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (authorization !== `DeepL-Auth-Key ${options.apiKey}`) return send(response, 403, deeplErrors.authorization());
    if (request.method === 'GET' && path === DEEPL_USAGE_PATH) return send(response, 200, deeplUsageBody(usage.count, usage.limit));
    if (request.method !== 'POST' || path !== DEEPL_TRANSLATE_PATH) return send(response, 404, { message: 'Not found' });
    const body = parseDeeplBody(raw.toString('utf8'));
    const record = (status: number) => state.received.push({ body, authorization, status, bytes: raw.length });
    const scripted = script.shift();
    const status = scripted ?? (raw.length > maxBodyBytes || body.text.length > maxTexts ? 413 : 200);
    record(status);
    if (status !== 200) return send(response, status, (ERROR_BODY[status] ?? deeplErrors.internal)());
    const tagHandling = body.fields.tag_handling;
    const translations = body.text.map((text) => fakeTranslation(text, tagHandling === 'html' ? 'html' : 'text'));
    const answer = deeplSuccessBody(body.text, translations, tagHandling);
    for (const [index, text] of body.text.entries()) {
      state.billed += answer.translations[index]!.billed_characters;
      state.answeredTexts.set(text, (state.answeredTexts.get(text) ?? 0) + 1);
    }
    return send(response, 200, answer);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      response.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get received() {
      return state.received;
    },
    get billed() {
      return state.billed;
    },
    get answeredTexts() {
      return state.answeredTexts;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A local HTTP server speaking the DeepL API on the wire (`deepl-wire.ts`), for tests that
 * drive the real `deepl-node` client through the whole pipeline: `POST /v2/translate` with
 * the form body the client sends, `GET /v2/usage`, and the v2 glossary endpoints (`GET` and
 * `POST /v2/glossaries`, `GET /v2/glossaries/{id}`): a translation naming a glossary
 * (`glossary_id`) gets its terms' targets, as written, in place of the reversed words. It checks the key in the
 * `Authorization: DeepL-Auth-Key …` header (403 otherwise), refuses more than 50 texts or a
 * body over 128 KiB (413) as DeepL does, can answer scripted statuses first (429, 503, 456…),
 * and "translates" deterministically: each word reversed, tags and entities kept, so a result
 * shows it went through. Listens on 127.0.0.1, port 0.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeTranslation } from './fake-google-v2-server.ts';
import {
  DEEPL_GLOSSARIES_PATH,
  DEEPL_TRANSLATE_PATH,
  DEEPL_USAGE_PATH,
  deeplErrors,
  deeplSuccessBody,
  deeplUsageBody,
  parseDeeplBody,
  parseDeeplGlossaryEntries,
  type DeeplGlossaryInfoBody,
  type DeeplRequestBody,
} from './deepl-wire.ts';

export interface FakeDeeplServerOptions {
  /** The key accepted; any other gets 403. */
  apiKey: string;
  /** Statuses answered to the first translate requests, in order (then translations). @default [] */
  script?: number[];
  /** A `Retry-After` (seconds) sent with each scripted 429, as a proxy in front of DeepL might. @default none */
  retryAfterSeconds?: number;
  /** What `/v2/usage` reports. @default 1000 of 500000 */
  usage?: { count: number; limit: number };
  /** Most texts per request. @default 50 */
  maxTexts?: number;
  /** Largest body in bytes. @default 131072 */
  maxBodyBytes?: number;
  /** Glossaries the account already holds, with their entries. @default none */
  glossaries?: { info: DeeplGlossaryInfoBody; entries: Record<string, string> }[];
  /** Status answered to `POST /v2/glossaries` instead of creating it (400, 403, 503…). @default 201 */
  createGlossaryStatus?: number;
}

/** A glossary request received: method, path and, for a creation, the form fields. */
export interface DeeplGlossaryRequest {
  method: string;
  path: string;
  fields: Record<string, string>;
  status: number;
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
  /** Glossary requests received, in order. */
  glossaryRequests: DeeplGlossaryRequest[];
  /** The glossaries the account holds now, by id. */
  glossaries: Map<string, { info: DeeplGlossaryInfoBody; entries: Record<string, string> }>;
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
  const glossaries = new Map((options.glossaries ?? []).map((glossary) => [glossary.info.glossary_id, glossary]));
  const glossaryRequests: DeeplGlossaryRequest[] = [];

  const send = (response: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    const retryAfter = status === 429 && options.retryAfterSeconds !== undefined ? { 'retry-after': String(options.retryAfterSeconds) } : {};
    response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...retryAfter });
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
    if (path === DEEPL_GLOSSARIES_PATH || path.startsWith(`${DEEPL_GLOSSARIES_PATH}/`)) return handleGlossary(request.method ?? 'GET', path, raw.toString('utf8'), response);
    if (request.method !== 'POST' || path !== DEEPL_TRANSLATE_PATH) return send(response, 404, { message: 'Not found' });
    const body = parseDeeplBody(raw.toString('utf8'));
    const record = (status: number) => state.received.push({ body, authorization, status, bytes: raw.length });
    const scripted = script.shift();
    const status = scripted ?? (raw.length > maxBodyBytes || body.text.length > maxTexts ? 413 : 200);
    record(status);
    if (status !== 200) return send(response, status, (ERROR_BODY[status] ?? deeplErrors.internal)());
    const tagHandling = body.fields.tag_handling;
    const glossaryId = body.fields.glossary_id;
    const glossary = glossaryId === undefined ? undefined : glossaries.get(glossaryId);
    if (glossaryId !== undefined && glossary === undefined) {
      state.received.at(-1)!.status = 404;
      return send(response, 404, { message: 'Glossary not found' });
    }
    const translations = body.text.map((text) => withGlossary(text, glossary?.entries ?? {}, (inner) => fakeTranslation(inner, tagHandling === 'html' ? 'html' : 'text')));
    const answer = deeplSuccessBody(body.text, translations, tagHandling);
    for (const [index, text] of body.text.entries()) {
      state.billed += answer.translations[index]!.billed_characters;
      state.answeredTexts.set(text, (state.answeredTexts.get(text) ?? 0) + 1);
    }
    return send(response, 200, answer);
  };

  const handleGlossary = (method: string, path: string, body: string, response: ServerResponse) => {
    const record = (status: number, fields: Record<string, string> = {}) => glossaryRequests.push({ method, path, fields, status });
    if (method === 'GET' && path === DEEPL_GLOSSARIES_PATH) {
      record(200);
      return send(response, 200, { glossaries: [...glossaries.values()].map((glossary) => glossary.info) });
    }
    if (method === 'POST' && path === DEEPL_GLOSSARIES_PATH) {
      const fields = Object.fromEntries(new URLSearchParams(body));
      const status = options.createGlossaryStatus ?? 201;
      record(status, fields);
      if (status !== 201) return send(response, status, (ERROR_BODY[status] ?? (() => deeplErrors.badRequest('refused by the test')))());
      const entries = parseDeeplGlossaryEntries(fields.entries ?? '');
      const info: DeeplGlossaryInfoBody = {
        glossary_id: `def3a26b-3e84-45b3-84ae-${String(glossaries.size + 1).padStart(12, '0')}`,
        name: fields.name ?? '',
        ready: true,
        source_lang: fields.source_lang ?? '',
        target_lang: fields.target_lang ?? '',
        creation_time: '2026-01-02T03:04:05.000000Z',
        entry_count: Object.keys(entries).length,
      };
      glossaries.set(info.glossary_id, { info, entries });
      return send(response, 201, info);
    }
    const id = path.slice(DEEPL_GLOSSARIES_PATH.length + 1);
    const glossary = glossaries.get(id);
    record(glossary === undefined ? 404 : 200);
    if (method === 'GET' && glossary !== undefined) return send(response, 200, glossary.info);
    return send(response, 404, { message: 'Glossary not found' });
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
    glossaryRequests,
    glossaries,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The fake translation with a glossary applied: each source term found as a whole word (outside
 * tags) comes out as its target, as written; the rest is translated as usual.
 */
function withGlossary(text: string, entries: Record<string, string>, translate: (text: string) => string): string {
  const sources = Object.keys(entries).sort((a, b) => b.length - a.length);
  if (sources.length === 0) return translate(text);
  const escaped = sources.map((source) => source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const term = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const targets: string[] = [];
  // Private-use characters are not letters: the placeholders pass through the fake unchanged.
  const marked = text
    .split(/(<[^>]*>)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(term, (found) => `\uE000${targets.push(entries[found]!) - 1}\uE001`)))
    .join('');
  return translate(marked).replace(/\uE000(\d+)\uE001/g, (_, index: string) => targets[Number(index)]!);
}

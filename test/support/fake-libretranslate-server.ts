/**
 * A local HTTP server speaking LibreTranslate's API on the wire: `POST /translate` with a JSON
 * body (`q` a text or a list, `source`, `target`, `format`, `api_key`), answered
 * `{"translatedText": ...}` in the same shape as `q`, or `{"error": "..."}` with the server's
 * own messages (400 missing parameter or "exceeds text limit", 403 "Invalid API key", 429
 * "Slowdown: ...", 500). With `format: html` it does as LibreTranslate's HTML translation does:
 * tags kept, the text of each element translated, the content of `code` (and the other
 * non-translatable elements) left alone, `translate="no"` not honoured. "Translating" reverses
 * each word, so a result shows it went through. Listens on 127.0.0.1, port 0.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeLibreTranslateServerOptions {
  /** The key required; unset means none is asked for. */
  apiKey?: string;
  /** Statuses answered to the first requests, in order, before translations. @default [] */
  script?: number[];
  /** The server's `--batch-limit` (most texts per request); -1 means none. @default -1 */
  batchLimit?: number;
  /** The server's `--char-limit` (most characters per request); -1 means none. @default -1 */
  charLimit?: number;
  /** Retry-After sent with a scripted 429, in seconds. @default none */
  retryAfterSeconds?: number;
}

export interface LibreTranslateRequestBody {
  q: string | string[];
  source: string;
  target: string;
  format?: string;
  api_key?: string;
}

export interface FakeLibreTranslateServer {
  url: string;
  received: { body: LibreTranslateRequestBody; contentType: string | undefined; status: number }[];
  /** How many times each text was answered. */
  answeredTexts: Map<string, number>;
  close(): Promise<void>;
}

/** Elements whose content LibreTranslate's HTML translation leaves alone (translatehtml). */
const NON_TRANSLATABLE = new Set(['address', 'applet', 'audio', 'canvas', 'code', 'embed', 'script', 'style', 'time', 'video']);

const reverseWords = (text: string) => text.replace(/\p{L}+/gu, (word) => [...word].reverse().join(''));

/** The fake's translation of one text, as the server would treat it in this format. */
export function fakeLibreTranslation(text: string, format: string | undefined): string {
  if (format !== 'html') return reverseWords(text);
  let frozen = 0;
  return text
    .split(/(<[^>]*>|&[#a-z0-9]+;)/gi)
    .map((part, index) => {
      if (index % 2 === 0) return frozen > 0 ? part : reverseWords(part);
      const tag = /^<(\/?)([a-z0-9]+)/i.exec(part);
      if (tag !== null && NON_TRANSLATABLE.has(tag[2]!.toLowerCase())) frozen += tag[1] === '/' ? -1 : 1;
      return part;
    })
    .join('');
}

const ERRORS: Record<number, string> = {
  400: 'Invalid request: missing q parameter',
  403: 'Too many request limits violations',
  429: 'Slowdown: 1 per 1 minute',
  500: 'Translation error',
};

export async function startFakeLibreTranslateServer(options: FakeLibreTranslateServerOptions = {}): Promise<FakeLibreTranslateServer> {
  const script = [...(options.script ?? [])];
  const state = { received: [] as FakeLibreTranslateServer['received'], answeredTexts: new Map<string, number>() };
  const send = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
    response.end(text);
  };
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (request.method !== 'POST' || new URL(request.url ?? '/', 'http://127.0.0.1').pathname !== '/translate') {
      return send(response, 404, { error: 'Not Found' });
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as LibreTranslateRequestBody;
    const record = (status: number) => state.received.push({ body, contentType: request.headers['content-type'], status });
    const texts = Array.isArray(body.q) ? body.q : [body.q];
    const scripted = script.shift();
    if (scripted !== undefined) {
      record(scripted);
      const headers = scripted === 429 && options.retryAfterSeconds !== undefined ? { 'retry-after': String(options.retryAfterSeconds) } : undefined;
      return send(response, scripted, { error: ERRORS[scripted] ?? 'Error' }, headers);
    }
    if (options.apiKey !== undefined && body.api_key !== options.apiKey) {
      record(403);
      return send(response, 403, { error: 'Invalid API key' });
    }
    const characters = texts.reduce((sum, text) => sum + text.length, 0);
    const batchLimit = options.batchLimit ?? -1;
    const charLimit = options.charLimit ?? -1;
    if ((batchLimit !== -1 && texts.length > batchLimit) || (charLimit !== -1 && characters > charLimit)) {
      record(400);
      return send(response, 400, { error: `Invalid request: request (${characters}) exceeds text limit (${charLimit === -1 ? batchLimit : charLimit})` });
    }
    record(200);
    const translated = texts.map((text) => fakeLibreTranslation(text, body.format));
    for (const text of texts) state.answeredTexts.set(text, (state.answeredTexts.get(text) ?? 0) + 1);
    return send(response, 200, { translatedText: Array.isArray(body.q) ? translated : translated[0] });
  };
  const server = createServer((request, response) => {
    handle(request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get received() {
      return state.received;
    },
    get answeredTexts() {
      return state.answeredTexts;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

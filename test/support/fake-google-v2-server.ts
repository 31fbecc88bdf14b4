/**
 * A local HTTP server speaking Cloud Translation Basic (v2) on the wire, for the scheduler's
 * fault-injection tests and benches: `POST …/language/translate/v2?key=…` with the JSON body
 * the client library sends, answered with Google's exact success and error bodies.
 *
 * It enforces a per-window character quota the way Google does (over any rolling window,
 * counted on arrival, 403 `userRateLimitExceeded` when over), can answer slowly, answer 503 or
 * drop the connection for a seeded fraction of requests, and "translates" deterministically:
 * each word reversed, markup and entities kept, so a result shows it went through.
 * Listens on 127.0.0.1, port 0.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { googleV2ErrorBody, googleV2Errors, googleV2SuccessBody, GOOGLE_V2_PATH, type GoogleV2RequestBody } from './google-v2-wire.ts';
import { seededRandom } from './seeded-random.ts';

export interface FakeGoogleV2ServerOptions {
  /**
   * Rolling window for the quotas.
   * @default 60000
   */
  windowMs?: number;
  /** Characters (code points, markup included) accepted per rolling window; 0 means none. @default 0 */
  charactersPerWindow?: number;
  /** Requests accepted per rolling window; 0 means none. @default 0 */
  requestsPerWindow?: number;
  /** Time before each answer, in ms, or a function giving it. @default 0 */
  latencyMs?: number | (() => number);
  /** Fraction of requests answered 503 `backendError`. @default 0 */
  failureRate?: number;
  /** Fraction of requests whose connection is destroyed without an answer. @default 0 */
  resetRate?: number;
  /** Seed of the failure draws, so a run is repeatable. @default 1 */
  seed?: number;
  /** The key accepted; any other gets Google's 400 "API key not valid". @default any key */
  apiKey?: string;
  /** Most `q` strings per request; more gets 400 "Too many text segments". @default 128 */
  maxSegments?: number;
}

export interface FakeGoogleV2Counters {
  /** Requests received on the translate path. */
  requests: number;
  /** Requests answered with translations. */
  answered: number;
  /** Characters in answered requests. */
  characters: number;
  /** Characters in every request received, whatever became of it. */
  charactersReceived: number;
  /** Requests refused with 403 userRateLimitExceeded (quota). */
  rejections: number;
  /** Requests answered 503 by injection. */
  failures: number;
  /** Connections destroyed by injection. */
  resets: number;
  /** How many times each source text was answered. */
  answeredTexts: Map<string, number>;
}

export interface FakeGoogleV2Server {
  /** Base URL to give the client: `http://127.0.0.1:<port>/language/translate/v2`. */
  endpoint: string;
  port: number;
  counters: FakeGoogleV2Counters;
  /** Bodies and keys received, in order. */
  received: { body: GoogleV2RequestBody; key: string | null; at: number }[];
  close(): Promise<void>;
}

/** Each run of letters reversed; tags and entities kept as they are. */
export function fakeTranslation(text: string, format: 'text' | 'html'): string {
  const reverseWords = (part: string) => part.replace(/\p{L}+/gu, (word) => [...word].reverse().join(''));
  if (format === 'text') return reverseWords(text);
  return text
    .split(/(<[^>]*>|&[#a-z0-9]+;)/gi)
    .map((part, index) => (index % 2 === 1 ? part : reverseWords(part)))
    .join('');
}

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export async function startFakeGoogleV2Server(options: FakeGoogleV2ServerOptions = {}): Promise<FakeGoogleV2Server> {
  const windowMs = options.windowMs ?? 60_000;
  const random = seededRandom(options.seed ?? 1);
  const maxSegments = options.maxSegments ?? 128;
  const latency = typeof options.latencyMs === 'function' ? options.latencyMs : () => (options.latencyMs as number | undefined) ?? 0;
  const counters: FakeGoogleV2Counters = {
    requests: 0,
    answered: 0,
    characters: 0,
    charactersReceived: 0,
    rejections: 0,
    failures: 0,
    resets: 0,
    answeredTexts: new Map(),
  };
  const received: FakeGoogleV2Server['received'] = [];
  /** Accepted requests, for the rolling quota: arrival time and characters. */
  let log: { at: number; characters: number }[] = [];

  const send = (response: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    response.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(text) });
    response.end(text);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (request.method !== 'POST' || !url.pathname.endsWith(GOOGLE_V2_PATH)) {
      return send(response, 404, googleV2ErrorBody(404, 'Not Found', 'notFound'));
    }
    const arrivedAt = Date.now();
    counters.requests++;
    let body: GoogleV2RequestBody;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as GoogleV2RequestBody;
    } catch {
      return send(response, 400, googleV2ErrorBody(400, 'Invalid JSON payload received.', 'parseError'));
    }
    const key = url.searchParams.get('key');
    received.push({ body, key, at: arrivedAt });
    const texts = Array.isArray(body.q) ? body.q : [body.q as unknown as string];
    const characters = texts.reduce((sum, text) => sum + codePoints(String(text)), 0);
    counters.charactersReceived += characters;

    // Draw both faults for every request, so the sequence does not depend on outcomes.
    const resetDraw = random();
    const failureDraw = random();
    const delay = Math.max(0, latency());
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));

    if (resetDraw < (options.resetRate ?? 0)) {
      counters.resets++;
      request.socket.destroy();
      return;
    }
    if (failureDraw < (options.failureRate ?? 0)) {
      counters.failures++;
      return send(response, 503, googleV2Errors.backendError());
    }
    if (options.apiKey !== undefined && key !== options.apiKey) return send(response, 400, googleV2Errors.keyInvalid());
    if (!body.target) return send(response, 400, googleV2ErrorBody(400, 'Required Text', 'required'));
    if (texts.length > maxSegments) return send(response, 400, googleV2Errors.tooManySegments());

    // The quota counts on arrival, over the window before it.
    log = log.filter((entry) => entry.at > arrivedAt - windowMs);
    const used = log.reduce((sum, entry) => sum + entry.characters, 0);
    const overCharacters = (options.charactersPerWindow ?? 0) > 0 && used + characters > options.charactersPerWindow!;
    const overRequests = (options.requestsPerWindow ?? 0) > 0 && log.length + 1 > options.requestsPerWindow!;
    if (overCharacters || overRequests) {
      counters.rejections++;
      return send(response, 403, googleV2Errors.userRateLimitExceeded());
    }
    log.push({ at: arrivedAt, characters });

    const format = body.format === 'html' ? 'html' : 'text';
    counters.answered++;
    counters.characters += characters;
    for (const text of texts) counters.answeredTexts.set(text, (counters.answeredTexts.get(text) ?? 0) + 1);
    send(response, 200, googleV2SuccessBody(texts.map((text) => fakeTranslation(String(text), format)), { model: body.model }));
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, googleV2Errors.backendError500());
      else response.destroy(error as Error);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}${GOOGLE_V2_PATH}`,
    port,
    counters,
    received,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

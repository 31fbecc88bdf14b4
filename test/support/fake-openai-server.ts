/**
 * A local HTTP server speaking OpenAI's Chat Completions on the wire (`POST /v1/chat/completions`,
 * the JSON body the `openai` client sends, answered with the exact body and headers OpenAI
 * sends), for the `openai` provider's tests. It "translates" deterministically
 * (`pseudoEnglish`: French function words swapped for English ones, so an answer is neither a
 * copy nor French), reading the sentences from the request as the provider writes them (a JSON
 * object or `<s id>` lines, after the last "into English:"), and answering in the format the
 * request asked for. `misbehave` turns any answer into a faulty one (a preamble, a code fence,
 * a dropped or merged sentence, French, an HTTP error) to see what the provider makes of it.
 * Listens on 127.0.0.1, port 0.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { countPromptTokens, countTokens } from '../../src/providers/openai/count-tokens.ts';

/** What the client sends, as far as the tests look. */
export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string }[];
  temperature?: number;
  seed?: number;
  response_format?: { type: string; json_schema?: { name: string; strict: boolean; schema: Record<string, unknown> } };
  [field: string]: unknown;
}

/** One answer to give instead of the well-behaved one. */
export type Misbehaviour =
  | { content: string }
  | { status: number; body: unknown; headers?: Record<string, string> }
  | { destroy: true }
  /** Never answers (until the server closes). */
  | { hang: true };

export interface ReceivedRequest {
  body: ChatRequestBody;
  headers: IncomingMessage['headers'];
  url: string;
  /** The sentences asked for, by key. */
  sentences: Map<string, string>;
}

export interface FakeOpenaiServerOptions {
  /** Time before each answer, in ms. @default 0 */
  latencyMs?: number;
  /**
   * Called for each request with its index (0-based), the sentences asked for and the
   * well-behaved answer's translations; return a misbehaviour or undefined to answer well.
   */
  misbehave?: (index: number, request: ReceivedRequest, translations: Map<string, string>) => Misbehaviour | undefined;
  /**
   * Bill what each request holds, as OpenAI does, instead of a fixed 120 + 40 tokens: the
   * messages received (each with its overhead) and the answer given, counted by the
   * project's token counter (OpenAI counts with its tokenizer; the project's estimate uses
   * this counter, so what is compared is what the estimate cannot know: the real prompts,
   * retries, and the English answered). @default false
   */
  billTokens?: boolean;
  /** Rate-limit headers to send instead of the default 500 requests and 200,000 tokens. */
  rateLimitHeaders?: Record<string, string>;
}

export interface FakeOpenaiServer {
  /** Base URL for the client: `http://127.0.0.1:<port>/v1`. */
  baseUrl: string;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

const FRENCH_TO_ENGLISH: Record<string, string> = {
  le: 'the', la: 'the', les: 'the', un: 'a', une: 'a', des: 'some', du: 'of the', de: 'of', et: 'and', est: 'is', sont: 'are',
  dans: 'in', pour: 'for', sur: 'on', avec: 'with', qui: 'who', que: 'that', il: 'he', elle: 'she', ils: 'they', a: 'has',
  ont: 'have', pas: 'not', ne: '', au: 'at the', aux: 'to the', ces: 'these', cette: 'this', ce: 'this', été: 'been',
  mais: 'but', leur: 'their', selon: 'according to', nous: 'we', vous: 'you', avait: 'had', était: 'was', sera: 'will be',
  en: 'in', par: 'by', plus: 'more', se: 'itself', son: 'his', sa: 'her', ses: 'his', y: 'there', à: 'to', où: 'where',
  chat: 'cat', dort: 'sleeps', maison: 'house', grande: 'big', belle: 'beautiful', parlons: 'talk', ministres: 'ministers',
  bonjour: 'hello', ministre: 'minister', négociations: 'negotiations', quitté: 'left', salle: 'room', avant: 'before',
  fin: 'end', réunion: 'meeting', budget: 'budget', lundi: 'Monday', accord: 'agreement', semaine: 'week',
};

/** A deterministic stand-in for English: common French words swapped, elisions undone, the rest kept. */
export function pseudoEnglish(french: string): string {
  return french
    .replace(/\b([ldjnmstcq]|qu)['’](?=\p{L})/giu, (_whole, letter: string) => `${FRENCH_TO_ENGLISH[letter.toLowerCase()] ?? 'the'} `)
    .replace(/(?<![\p{L}⟦])\p{L}+(?![\p{L}⟧])/gu, (word) => {
      const english = FRENCH_TO_ENGLISH[word.toLowerCase()];
      if (english === undefined) return word;
      return word[0] === word[0]!.toUpperCase() && english !== '' ? english[0]!.toUpperCase() + english.slice(1) : english;
    })
    .replace(/\s{2,}/g, ' ')
    .replace(/« ?| ?»/g, '"')
    .trim();
}

/** The sentences of the last "into English:" part of the user messages, by key. */
export function sentencesAsked(body: ChatRequestBody): Map<string, string> {
  const user = body.messages.filter((message) => message.role === 'user').map((message) => message.content);
  const content = user.find((text) => /into English:\n\n/.test(text)) ?? '';
  const part = content.slice(content.lastIndexOf('into English:\n\n') + 'into English:\n\n'.length);
  if (part.trimStart().startsWith('{')) return new Map(Object.entries(JSON.parse(part) as Record<string, string>));
  return new Map([...part.matchAll(/<s id="([^"]+)">([\s\S]*?)<\/s>/g)].map((match) => [match[1]!, match[2]!]));
}

/** The content of a well-behaved answer in the format the request asked for. */
export function answerContent(body: ChatRequestBody, translations: Map<string, string>): string {
  if (body.response_format?.type === 'json_schema' || body.response_format?.type === 'json_object') {
    return JSON.stringify(Object.fromEntries(translations));
  }
  return [...translations].map(([key, text]) => `<s id="${key}">${text}</s>`).join('\n');
}

let completions = 0;

/** The body OpenAI answers a chat completion with. */
export function chatCompletionBody(model: string, content: string, usage = { prompt_tokens: 120, completion_tokens: 40 }): Record<string, unknown> {
  completions += 1;
  return {
    id: `chatcmpl-test${completions}`,
    object: 'chat.completion',
    created: 1767323045,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null, annotations: [] }, logprobs: null, finish_reason: 'stop' }],
    usage: {
      ...usage,
      total_tokens: usage.prompt_tokens + usage.completion_tokens,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
    },
    service_tier: 'default',
    system_fingerprint: 'fp_test',
  };
}

/** OpenAI's error body: `{ error: { message, type, param, code } }`. */
export function openaiErrorBody(message: string, type: string, code: string | null): Record<string, unknown> {
  return { error: { message, type, param: null, code } };
}

export async function startFakeOpenaiServer(options: FakeOpenaiServerOptions = {}): Promise<FakeOpenaiServer> {
  const received: ReceivedRequest[] = [];
  const handle = (incoming: IncomingMessage, outgoing: ServerResponse, text: string) => {
    if (incoming.method !== 'POST' || !incoming.url?.endsWith('/chat/completions')) {
      outgoing.writeHead(404, { 'content-type': 'application/json' });
      outgoing.end(JSON.stringify(openaiErrorBody(`Invalid URL (${incoming.method} ${incoming.url})`, 'invalid_request_error', null)));
      return;
    }
    const body = JSON.parse(text) as ChatRequestBody;
    const request: ReceivedRequest = { body, headers: incoming.headers, url: incoming.url, sentences: sentencesAsked(body) };
    const index = received.push(request) - 1;
    const translations = new Map([...request.sentences].map(([key, french]) => [key, pseudoEnglish(french)]));
    const fault = options.misbehave?.(index, request, translations);
    if (fault && 'destroy' in fault) {
      incoming.socket.destroy();
      return;
    }
    if (fault && 'hang' in fault) return;
    const headers = {
      'content-type': 'application/json',
      'openai-processing-ms': '312',
      'x-request-id': `req_test${index}`,
      ...(options.rateLimitHeaders ?? {
        'x-ratelimit-limit-requests': '500',
        'x-ratelimit-remaining-requests': '499',
        'x-ratelimit-limit-tokens': '200000',
        'x-ratelimit-remaining-tokens': '199000',
      }),
    };
    if (fault && 'status' in fault) {
      outgoing.writeHead(fault.status, { ...headers, ...fault.headers });
      outgoing.end(JSON.stringify(fault.body));
      return;
    }
    const content = fault && 'content' in fault ? fault.content : answerContent(body, translations);
    const answer = () => {
      outgoing.writeHead(200, headers);
      const usage = options.billTokens ? { prompt_tokens: countPromptTokens(body.messages), completion_tokens: countTokens(content) } : undefined;
      outgoing.end(JSON.stringify(chatCompletionBody(body.model, content, usage)));
    };
    if (options.latencyMs) setTimeout(answer, options.latencyMs);
    else answer();
  };
  const server = createServer((incoming, outgoing) => {
    let text = '';
    incoming.setEncoding('utf8');
    incoming.on('data', (chunk: string) => (text += chunk));
    incoming.on('end', () => handle(incoming, outgoing, text));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

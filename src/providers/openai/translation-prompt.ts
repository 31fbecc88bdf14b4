/**
 * What a chat model is asked, and how its answer is read: the round trip of one request.
 *
 * The prompt is a newspaper translator's brief: the article's headline when the request holds
 * it, the sentence pairs just before as context, the fixed (glossary) terms present in the
 * request and nowhere else, English newspaper style, translate only. The answer is one
 * translation per sentence key, either as a JSON object (`json-schema`: the endpoint enforces
 * a schema with one required string property per key and nothing else; `json-object`: the
 * endpoint only promises JSON) or as tagged lines (`tagged`, for endpoints without structured
 * output). Reading is strict: anything around the answer (a preamble, a code fence, a
 * `<think>` block) makes the whole answer unusable, and so does a key missing or added.
 */
import { keptMarkers, type SentenceItem } from './sentence-round-trip.ts';

/** How the answer is asked for. */
export type AnswerFormat = 'json-schema' | 'json-object' | 'tagged';

export const ANSWER_FORMATS: readonly AnswerFormat[] = ['json-schema', 'json-object', 'tagged'];

/** A sentence already translated, shown before the ones to translate. */
export interface ContextPair {
  french: string;
  english?: string;
}

export interface PromptInput {
  items: readonly SentenceItem[];
  format: AnswerFormat;
  /** The article's headline, when known. */
  headline?: string;
  /** The sentences just before the first item, oldest first, with their translation when known. */
  before: readonly ContextPair[];
  /** The sentence just after the last item, for sense only. */
  after?: string;
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** The `response_format` of the request; undefined for tagged answers. */
export type ResponseFormat =
  | { type: 'json_schema'; json_schema: { name: string; strict: true; schema: Record<string, unknown> } }
  | { type: 'json_object' };

const STYLE = [
  'You are a translator at an English-language newspaper. You translate articles from French newspapers into English as your paper would print them.',
  'Write natural, idiomatic English newspaper prose: plain, precise, in the tense and register of a news report. Keep every fact, name, number, date and quotation; add nothing, explain nothing, leave nothing out.',
  'Write numbers, dates and times the English way (2,500; 48.70; 2.30pm). Use English quotation marks instead of « ».',
  'Each sentence key gets the translation of that sentence alone: never merge two sentences into one answer or split one across two, never leave a sentence in French.',
  'Text between ⟦ and ⟧ is fixed: copy it exactly as written, brackets included.',
];

function answerRule(format: AnswerFormat): string {
  if (format === 'tagged') {
    return 'Answer with one line per sentence, in the same order, each written <s id="KEY">English translation</s> with the key of its sentence, and nothing else: no introduction, no notes, no code fence.';
  }
  return 'Answer with one JSON object whose keys are exactly the sentence keys given and whose values are the English translations, and nothing else: no introduction, no notes, no code fence.';
}

/** The messages of one request. */
export function buildMessages(input: PromptInput): ChatMessage[] {
  const system = [...STYLE, answerRule(input.format)].join('\n');
  const parts: string[] = [];
  if (input.headline !== undefined) parts.push(`The article's headline: ${input.headline}`);
  if (input.before.length > 0) {
    parts.push(
      'The sentences just before, for context only (do not translate them again):',
      ...input.before.map((pair) => (pair.english === undefined ? `French: ${pair.french}` : `French: ${pair.french}\nEnglish: ${pair.english}`)),
    );
  }
  if (input.after !== undefined) parts.push(`The sentence just after, for context only: ${input.after}`);
  const fixed = [...new Set(input.items.flatMap((item) => keptMarkers(item.text)))];
  if (fixed.length > 0) parts.push(`Fixed terms in these sentences (copy them as written): ${fixed.map((term) => `⟦${term}⟧`).join(', ')}`);
  const count = input.items.length;
  parts.push(`Translate ${count === 1 ? 'this sentence' : `these ${count} sentences`} into English:`);
  if (input.format === 'tagged') parts.push(input.items.map((item) => `<s id="${item.key}">${item.text}</s>`).join('\n'));
  else parts.push(JSON.stringify(Object.fromEntries(input.items.map((item) => [item.key, item.text])), null, 1));
  return [
    { role: 'system', content: system },
    { role: 'user', content: parts.join('\n\n') },
  ];
}

/** A JSON schema with one required string property per key, nothing else. */
export function answerSchema(keys: readonly string[]): Record<string, unknown> {
  return {
    type: 'object',
    properties: Object.fromEntries(keys.map((key) => [key, { type: 'string' }])),
    required: [...keys],
    additionalProperties: false,
  };
}

export function responseFormatFor(format: AnswerFormat, keys: readonly string[]): ResponseFormat | undefined {
  if (format === 'json-schema') return { type: 'json_schema', json_schema: { name: 'translations', strict: true, schema: answerSchema(keys) } };
  if (format === 'json-object') return { type: 'json_object' };
  return undefined;
}

/** An answer read: one text per key, or why it cannot be used at all. */
export type ReadAnswer = { ok: true; texts: Map<string, string> } | { ok: false; reason: string };

const THINK = /<think\b|<\/think>|<reasoning\b/i;
const FENCE = /^\s*(```|~~~)/;

/** Reads one answer for these keys, refusing anything that is not exactly what was asked for. */
export function readAnswer(content: string, keys: readonly string[], format: AnswerFormat): ReadAnswer {
  const trimmed = content.trim();
  if (trimmed === '') return { ok: false, reason: 'the answer was empty' };
  if (THINK.test(trimmed)) return { ok: false, reason: 'the answer held a <think> block' };
  if (FENCE.test(trimmed) || /```\s*$/.test(trimmed)) return { ok: false, reason: 'the answer was wrapped in a code fence' };
  const texts = format === 'tagged' ? readTagged(trimmed) : readJson(trimmed);
  if (!(texts instanceof Map)) return { ok: false, reason: texts };
  const expected = new Set(keys);
  const missing = keys.filter((key) => !texts.has(key));
  const extra = [...texts.keys()].filter((key) => !expected.has(key));
  if (missing.length > 0) return { ok: false, reason: `sentence ${missing.join(', ')} had no translation (dropped or merged)` };
  if (extra.length > 0) return { ok: false, reason: `the answer held keys that were not asked for (${extra.slice(0, 3).join(', ')})` };
  return { ok: true, texts };
}

function readJson(text: string): Map<string, string> | string {
  if (!text.startsWith('{')) return 'text came before the JSON answer (a preamble)';
  if (!text.endsWith('}')) return 'text came after the JSON answer';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'the answer was not valid JSON';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'the answer was not a JSON object';
  const texts = new Map<string, string>();
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value !== 'string') return `the value of ${key} was not a text`;
    texts.set(key, value);
  }
  return texts;
}

const TAGGED = /<s\s+id\s*=\s*"([^"]*)"\s*>([\s\S]*?)<\/s>/g;

function readTagged(text: string): Map<string, string> | string {
  const texts = new Map<string, string>();
  let last = 0;
  for (const match of text.matchAll(TAGGED)) {
    const between = text.slice(last, match.index);
    if (between.trim() !== '') return last === 0 ? 'text came before the tagged answer (a preamble)' : 'text came between the tagged sentences';
    const key = match[1]!;
    if (texts.has(key)) return `sentence ${key} was answered twice`;
    texts.set(key, match[2]!);
    last = match.index + match[0].length;
  }
  if (texts.size === 0) return 'the answer held no tagged sentence';
  if (text.slice(last).trim() !== '') return 'text came after the tagged answer';
  return texts;
}

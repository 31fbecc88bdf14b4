/**
 * The prompt a chat model gets, and the strict reading of its answer.
 */
import { describe, expect, it } from 'vitest';
import { answerSchema, buildMessages, readAnswer } from '../../../src/providers/openai/translation-prompt.ts';
import type { SentenceItem } from '../../../src/providers/openai/sentence-round-trip.ts';

const items: SentenceItem[] = [
  { key: 's1', text: 'Selon ⟦Xinhua⟧, le sommet est terminé.', kept: [], segmentId: 'a' },
  { key: 's2', text: 'Les ministres rentrent.', kept: [], segmentId: 'a' },
];

describe('buildMessages', () => {
  it('names the headline, the context pairs, only the fixed terms present, and the sentences by key', () => {
    const [system, user] = buildMessages({
      items,
      format: 'json-schema',
      headline: 'Fin du sommet',
      before: [{ french: 'Le sommet a duré deux jours.', english: 'The summit lasted two days.' }],
    });
    expect(system!.content).toMatch(/newspaper/);
    expect(user!.content).toContain("The article's headline: Fin du sommet");
    expect(user!.content).toContain('French: Le sommet a duré deux jours.\nEnglish: The summit lasted two days.');
    expect(user!.content).toContain('Fixed terms in these sentences (copy them as written): ⟦Xinhua⟧');
    expect(user!.content).toContain('"s2": "Les ministres rentrent."');
  });

  it('asks for tagged lines when the endpoint has no structured output', () => {
    const [system, user] = buildMessages({ items, format: 'tagged', before: [] });
    expect(system!.content).toContain('<s id="KEY">');
    expect(user!.content).toContain('<s id="s1">Selon ⟦Xinhua⟧, le sommet est terminé.</s>\n<s id="s2">');
  });
});

describe('answerSchema', () => {
  it('has one required string property per key and nothing else', () => {
    expect(answerSchema(['s1', 's2'])).toEqual({
      type: 'object',
      properties: { s1: { type: 'string' }, s2: { type: 'string' } },
      required: ['s1', 's2'],
      additionalProperties: false,
    });
  });
});

describe('readAnswer', () => {
  const keys = ['s1', 's2'];
  it('reads a JSON object with exactly the keys', () => {
    const read = readAnswer('{"s1": "One.", "s2": "Two."}', keys, 'json-schema');
    expect(read).toEqual({ ok: true, texts: new Map([['s1', 'One.'], ['s2', 'Two.']]) });
  });

  it.each([
    ['Sure! {"s1": "One.", "s2": "Two."}', /preamble/],
    ['```json\n{"s1": "One.", "s2": "Two."}\n```', /code fence/],
    ['<think>hmm</think>{"s1": "One.", "s2": "Two."}', /think/],
    ['{"s1": "One."}', /s2 had no translation/],
    ['{"s1": "One.", "s2": "Two.", "s3": "Three."}', /not asked for/],
    ['{"s1": "One.", "s2": 2}', /not a text/],
    ['{"s1": "One.", "s2": "Two."} Hope this helps!', /after/],
  ])('refuses %j', (content, reason) => {
    const read = readAnswer(content, keys, 'json-object');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(reason);
  });

  it('reads tagged lines, and refuses text around or between them', () => {
    expect(readAnswer('<s id="s1">One.</s>\n<s id="s2">Two.</s>', keys, 'tagged')).toEqual({ ok: true, texts: new Map([['s1', 'One.'], ['s2', 'Two.']]) });
    expect(readAnswer('Translation:\n<s id="s1">One.</s>\n<s id="s2">Two.</s>', keys, 'tagged')).toMatchObject({ ok: false, reason: expect.stringMatching(/preamble/) });
    expect(readAnswer('<s id="s1">One.</s> and <s id="s2">Two.</s>', keys, 'tagged')).toMatchObject({ ok: false, reason: expect.stringMatching(/between/) });
    expect(readAnswer('<s id="s1">One.</s><s id="s1">Two.</s>', keys, 'tagged')).toMatchObject({ ok: false, reason: expect.stringMatching(/twice/) });
  });
});

import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../src/errors.ts';
import { createMemoryTranslationCache } from '../../src/translate/cache.ts';
import { estimateArticles, translateArticles, type ArticleUnits } from '../../src/translate/translate-articles.ts';
import { createTranslator } from '../../src/translate/translator.ts';
import { answerAll, createRecordingProvider, instantClock, languages, limits, retry, translated, type Answer } from '../support/fake-provider.ts';

const article = (key: string, texts: string[]): ArticleUnits => ({
  key: `${key}.txt`,
  label: key,
  units: texts.map((text, index) => ({ id: `p${index + 1}`, text, format: 'text' as const })),
});

function setUp(answer?: Answer) {
  const provider = createRecordingProvider({ answer });
  const clock = instantClock();
  const translator = createTranslator({ provider, limits: limits(), retry: retry({ maxAttempts: 2 }), cache: createMemoryTranslationCache(), ...clock });
  return { provider, call: { translator, options: languages } };
}

describe('translateArticles', () => {
  it('sends the articles in one call and gives each its own answers, whatever ids they share', async () => {
    const { provider, call } = setUp();
    const calls: string[][] = [];
    const results = await translateArticles([article('a', ['Un.', 'Deux.']), article('b', ['Trois.', 'Un.'])], { ...call, onCall: (keys) => calls.push(keys) });
    expect(calls).toEqual([['a.txt', 'b.txt']]);
    expect(provider.requests).toHaveLength(1);
    expect(provider.requests[0]!.segments).toHaveLength(3); // the repeated paragraph goes once
    expect(results.get('a.txt')).toEqual({ translations: new Map([['p1', translated('Un.')], ['p2', translated('Deux.')]]), notes: [] });
    expect(results.get('b.txt')).toEqual({ translations: new Map([['p1', translated('Trois.')], ['p2', translated('Un.')]]), notes: [] });
  });

  it('when the call fails, tries each article alone, so only the article whose text is refused fails', async () => {
    const refused = (request: Parameters<Answer>[0]) => request.segments.some((segment) => segment.text === 'Refusé.');
    const { call } = setUp((request) => {
      if (refused(request)) throw new ApiCallError('Bad request.', { statusCode: 400, reason: 'badRequest' });
      return answerAll(request);
    });
    const results = await translateArticles([article('a', ['Un.']), article('b', ['Refusé.'])], call);
    expect(results.get('a.txt')).toEqual({ translations: new Map([['p1', translated('Un.')]]), notes: [] });
    expect(results.get('b.txt')).toMatchObject({ error: expect.objectContaining({ code: 'RETRIES_EXHAUSTED' }) });
  });

  it('once an article fails as the whole call did (the service is down), sends no more articles the cache cannot answer', async () => {
    const { provider, call } = setUp(() => {
      throw new ApiCallError('Backend error.', { statusCode: 503, reason: 'backendError' });
    });
    const results = await translateArticles([article('a', ['Un.']), article('b', ['Deux.']), article('c', ['Trois.'])], call);
    expect([...results.values()].every((result) => 'error' in result)).toBe(true);
    // The group call and article a, two attempts each; b and c are not sent.
    expect(provider.requests).toHaveLength(4);
  });
});

describe('estimateArticles', () => {
  it('counts a repeated text once, for the first article that has it', async () => {
    const { provider, call } = setUp();
    const { byArticle, requests } = await estimateArticles([article('a', ['Un.', 'Deux.']), article('b', ['Un.'])], { ...call, pricePerMillionCharacters: 20 });
    expect(provider.requests).toHaveLength(0);
    expect(requests).toBe(1);
    expect(byArticle.get('a.txt')).toMatchObject({ segments: 2, cached: 0, characters: 'Un.Deux.'.length });
    expect(byArticle.get('b.txt')).toEqual({ segments: 0, cached: 0, characters: 0, estimatedCostUsd: 0 });
  });
});

describe('translateArticles: what the provider noted comes back with each article, by block', () => {
  it('a sentence left untranslated and a retried request are noted on the blocks they are about, in their own article', async () => {
    let calls = 0;
    const { call } = setUp((request) => {
      calls += 1;
      if (calls === 1) throw new ApiCallError('The service is busy (503).', { statusCode: 503, reason: 'backendError' });
      const answered = answerAll(request);
      const second = request.segments.find((segment) => segment.text === 'Deux.')!;
      return { ...answered, untranslated: [{ segmentId: second.id, reason: 'the model refused: no' }] };
    });
    const results = await translateArticles([article('a', ['Un.']), article('b', ['Deux.'])], call);
    // Delivered as answered (the provider leaves such a sentence empty, never padded), but not cached: a re-run asks again.
    const again = await call.translator.translate([{ id: 'x', text: 'Un.', format: 'text' }, { id: 'y', text: 'Deux.', format: 'text' }], languages);
    expect(again.stats).toMatchObject({ cacheHits: 1, requests: 1 });
    const notes = (key: string) => {
      const result = results.get(key)!;
      return 'notes' in result ? result.notes : [];
    };
    expect(notes('a.txt')).toEqual([{ kind: 'retried', block: 'p1', reason: 'The service is busy (503)' }]);
    expect(notes('b.txt')).toEqual([
      { kind: 'retried', block: 'p1', reason: 'The service is busy (503)' },
      { kind: 'untranslated', block: 'p1', reason: 'the model refused: no' },
    ]);
  });
});

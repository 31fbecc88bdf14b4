import { describe, expect, it } from 'vitest';
import { createMemoryTranslationCache } from '../../src/translate/cache.ts';
import { createTranslator, type TranslationUnit } from '../../src/translate/translator.ts';
import { createRecordingProvider, languages, limits, retry } from '../support/fake-provider.ts';

describe('translator: the texts of a call given to the provider ahead of its requests', () => {
  it('gives every text the call will send once, by format, before its first request; none it takes from the cache or from another call', async () => {
    const events: string[] = [];
    const provider = createRecordingProvider({ capabilities: { maxSegmentsPerRequest: 2 } });
    const doTranslate = provider.doTranslate.bind(provider);
    provider.doPrepare = (texts, format) => events.push(`prepare ${format}: ${texts.join(' | ')}`);
    provider.doTranslate = (request) => {
      events.push(`request: ${request.segments.map((segment) => segment.text).join(' | ')}`);
      return doTranslate(request);
    };
    const cache = createMemoryTranslationCache();
    const translator = createTranslator({ provider, limits: limits({ concurrency: 1 }), retry: retry(), cache });
    await translator.translate([{ id: 'x', text: 'Déjà là.', format: 'text' }], languages);
    events.length = 0;
    const units: TranslationUnit[] = [
      { id: 'a', text: 'Un.', format: 'text' },
      { id: 'b', text: 'Déjà là.', format: 'text' }, // in the cache
      { id: 'c', text: '<span id="p1.s1">Deux.</span>', format: 'html' },
      { id: 'd', text: 'Un.', format: 'text' }, // the same text, sent once
      { id: 'e', text: 'Trois.', format: 'text' },
      { id: 'f', text: 'Quatre.', format: 'text' },
    ];
    const { translations } = await translator.translate(units, languages);
    expect(translations.size).toBe(6);
    expect(events).toEqual([
      'prepare text: Un. | Trois. | Quatre.',
      'prepare html: <span id="p1.s1">Deux.</span>',
      'request: Un. | Trois.',
      'request: Quatre.',
      'request: <span id="p1.s1">Deux.</span>',
    ]);
  });

  it('goes on when the provider fails to prepare: the requests are sent as usual', async () => {
    const provider = createRecordingProvider();
    provider.doPrepare = () => {
      throw new Error('cannot prepare');
    };
    const translator = createTranslator({ provider, limits: limits(), retry: retry(), cache: null });
    const { translations } = await translator.translate([{ id: 'a', text: 'Oui.', format: 'text' }], languages);
    expect(translations.get('a')).toBe('EN(Oui.)');
    expect(provider.requests).toHaveLength(1);
  });
});

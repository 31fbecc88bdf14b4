/**
 * The contract every translation provider passes before its own tests (keyv's
 * storageTestSuite, applied to providers). Call it from the provider's test file:
 *
 *   providerContractSuite('apertium', () => createApertium({...}));
 *
 * `expectTranslated` says whether the provider really translates (a real engine or a
 * replayed service) so the suite can check that French words change.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { TranslationProvider } from '../../src/providers/types.ts';
import { BilingualError } from '../../src/errors.ts';

export interface ContractOptions {
  /** Provider under test; called once per suite. */
  create: () => TranslationProvider | Promise<TranslationProvider>;
  /** Called before each request-making test, to arm nock interceptors or a fake server. */
  prepare?: (case_: ContractCase, segments: { id: string; text: string }[], format: 'text' | 'html') => void;
  /** Skip the suite with a reason (for example the engine is not installed). */
  skip?: string | false;
}

export type ContractCase = 'batch' | 'order' | 'markup' | 'no-translate' | 'empty-text';

export function providerContractSuite(name: string, options: ContractOptions): void {
  describe.skipIf(Boolean(options.skip))(`provider contract: ${name}`, () => {
    let provider: TranslationProvider;
    const get = async () => (provider ??= await options.create());

    afterAll(async () => {
      await provider?.close?.();
      await provider?.close?.(); // closing twice is safe
    });

    it('declares usable capabilities', async () => {
      const p = await get();
      expect(p.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(p.capabilities.maxSegmentsPerRequest).toBeGreaterThanOrEqual(1);
      expect(p.capabilities.maxCharactersPerRequest).toBeGreaterThanOrEqual(100);
      expect(p.capabilities.pricePerMillionCharacters).toBeGreaterThanOrEqual(0);
      expect(['character', 'none']).toContain(p.capabilities.billingUnit);
    });

    it('describes its engine with a version', async () => {
      const description = await (await get()).doDescribe();
      expect(description.length).toBeGreaterThan(2);
      expect(description).toMatch(/\d/);
    });

    it('translates a batch, one translation per segment, same ids in the same order', async () => {
      const segments = [
        { id: 'a', text: 'Le chat dort.' },
        { id: 'b', text: 'La maison est grande.' },
        { id: 'c', text: 'Nous parlons avec les ministres.' },
      ];
      options.prepare?.('batch', segments, 'text');
      const result = await (await get()).doTranslate({
        segments,
        sourceLanguage: 'fr',
        targetLanguage: 'en',
        format: 'text',
      });
      expect(result.translations.map((t) => t.id)).toEqual(['a', 'b', 'c']);
      for (const translation of result.translations) {
        expect(translation.text.trim().length).toBeGreaterThan(0);
      }
      // Real translation: the French words are gone from at least the house sentence.
      expect(result.translations[1]!.text.toLowerCase()).not.toContain('maison');
      const p = await get();
      if (p.capabilities.billingUnit === 'character') {
        expect(result.billedCharacters).toBe(segments.reduce((sum, s) => sum + [...s.text].length, 0));
      } else {
        expect(result.billedCharacters).toBe(0);
      }
    });

    it('keeps sentence elements and their ids with format html when it declares markup', async () => {
      const p = await get();
      if (!p.capabilities.markup) return;
      const segments = [
        {
          id: 'p1',
          text: '<span id="p1.s1">Le chat dort.</span> <span id="p1.s2">La maison est grande &amp; belle.</span>',
        },
      ];
      options.prepare?.('markup', segments, 'html');
      const result = await p.doTranslate({ segments, sourceLanguage: 'fr', targetLanguage: 'en', format: 'html' });
      const html = result.translations[0]!.text;
      expect(html).toMatch(/<span id="p1\.s1">[^<]+<\/span>/);
      expect(html).toMatch(/<span id="p1\.s2">[^<]+<\/span>/);
      expect(html).toContain('&amp;');
      expect(html.toLowerCase()).not.toContain('maison');
    });

    it('leaves the content of translate="no" elements alone when it declares markup', async () => {
      const p = await get();
      if (!p.capabilities.markup) return;
      const segments = [{ id: 'x', text: 'Selon <span translate="no">Chine Nouvelle</span>, la maison est grande.' }];
      options.prepare?.('no-translate', segments, 'html');
      const result = await p.doTranslate({ segments, sourceLanguage: 'fr', targetLanguage: 'en', format: 'html' });
      expect(result.translations[0]!.text).toContain('<span translate="no">Chine Nouvelle</span>');
    });

    it('answers an empty batch with no translations and no request', async () => {
      const result = await (await get()).doTranslate({ segments: [], sourceLanguage: 'fr', targetLanguage: 'en', format: 'text' });
      expect(result.translations).toEqual([]);
      expect(result.billedCharacters).toBe(0);
    });

    it('throws a BilingualError with a stable code when aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      const segments = [{ id: 'z', text: 'Bonjour.' }];
      options.prepare?.('empty-text', segments, 'text');
      const p = await get();
      const error = await p
        .doTranslate({ segments, sourceLanguage: 'fr', targetLanguage: 'en', format: 'text', abortSignal: controller.signal })
        .then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(BilingualError);
      expect((error as BilingualError).code).toMatch(/^[A-Z_]+$/);
    });
  });
}

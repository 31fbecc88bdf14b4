/**
 * The contract every translation cache passes, whatever holds it (SQLite, Redis): keyv's
 * `storageTestSuite` for `TranslationStore`. A store's own test runs it first, then its own
 * tests.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translationCacheKey, type CacheEntry, type TranslationStore } from '../../src/translate/cache.ts';

export interface TranslationStoreFixture {
  /** A store over empty storage, for one test. */
  open(): Promise<TranslationStore>;
  /** Another store over the SAME storage as the last one opened (another process, another worker). */
  reopen(): Promise<TranslationStore>;
  /** Removes the storage after the test. */
  cleanup?(): Promise<void>;
}

function entry(text: string, translation: string): CacheEntry {
  const key = translationCacheKey({ provider: 'google', engine: 'nmt', sourceLanguage: 'fr', targetLanguage: 'en', format: 'text', text });
  return { key, translation, characters: [...text].length };
}

export function translationStoreContractSuite(name: string, fixture: () => TranslationStoreFixture): void {
  describe(`${name}: the translation store contract`, () => {
    let current: TranslationStoreFixture;
    const opened: TranslationStore[] = [];
    const open = async (again = false) => {
      const store = again ? await current.reopen() : await current.open();
      opened.push(store);
      return store;
    };
    beforeEach(() => {
      current = fixture();
    });
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
      await current.cleanup?.();
    });

    it('has nothing for keys never stored, and says where it lives', async () => {
      const store = await open();
      expect(typeof store.path).toBe('string');
      expect(store.path.length).toBeGreaterThan(0);
      expect((await store.get([entry('Bonjour.', '').key])).size).toBe(0);
      expect((await store.get([])).size).toBe(0);
    });

    it('gives back what it stored, key by key, and only the keys found', async () => {
      const store = await open();
      const first = entry('Le gouvernement a présenté son budget.', 'The government presented its budget.');
      const second = entry('« Non », a-t-il dit.', '"No," he said.');
      const missing = entry('Jamais envoyé.', '');
      await store.set([first, second]);
      const found = await store.get([first.key, missing.key, second.key, first.key]);
      expect([...found.entries()].sort()).toEqual(
        [
          [first.key, first.translation],
          [second.key, second.translation],
        ].sort(),
      );
    });

    it('keeps any text exactly: markup, accents, emoji, line breaks and the empty translation', async () => {
      const store = await open();
      const texts = ['<span id="s1">Été</span> &amp; hiver', 'Ligne un\nligne deux', '🇫🇷 déjà‑vu', ''];
      const entries = texts.map((text, index) => entry(`texte ${index}`, text));
      await store.set(entries);
      const found = await store.get(entries.map((item) => item.key));
      for (const item of entries) expect(found.get(item.key)).toBe(item.translation);
    });

    it('replaces a translation stored again under the same key', async () => {
      const store = await open();
      const before = entry('Il pleut.', 'It rains.');
      await store.set([before]);
      await store.set([{ ...before, translation: 'It is raining.' }]);
      expect((await store.get([before.key])).get(before.key)).toBe('It is raining.');
    });

    it('storing nothing changes nothing', async () => {
      const store = await open();
      const kept = entry('Rien.', 'Nothing.');
      await store.set([kept]);
      await store.set([]);
      expect((await store.get([kept.key])).get(kept.key)).toBe('Nothing.');
    });

    it('is shared: another store over the same storage reads what this one wrote', async () => {
      const writer = await open();
      const shared = entry('Partagé entre deux processus.', 'Shared between two processes.');
      await writer.set([shared]);
      const reader = await open(true);
      expect((await reader.get([shared.key])).get(shared.key)).toBe(shared.translation);
    });

    it('stores many entries at once', async () => {
      const store = await open();
      const entries = Array.from({ length: 500 }, (_, index) => entry(`Phrase numéro ${index}.`, `Sentence number ${index}.`));
      await store.set(entries);
      const found = await store.get(entries.map((item) => item.key));
      expect(found.size).toBe(500);
      expect(found.get(entries[499]!.key)).toBe('Sentence number 499.');
    });

    it('can be closed twice', async () => {
      const store = await open();
      await store.close();
      await store.close();
    });
  });
}

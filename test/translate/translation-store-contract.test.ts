/** The SQLite cache and the in-memory one pass the translation store contract every cache passes (the Redis one: test/queue/). */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryTranslationCache, openTranslationCache } from '../../src/translate/cache.ts';
import { translationStoreContractSuite } from '../support/translation-store-contract.ts';

translationStoreContractSuite('SQLite file', () => {
  let folder: string | undefined;
  const path = async () => {
    folder ??= await mkdtemp(join(tmpdir(), 'bilingual-store-'));
    return join(folder, 'translations.sqlite');
  };
  return {
    open: async () => openTranslationCache(await path()),
    reopen: async () => openTranslationCache(await path()),
    cleanup: async () => {
      if (folder) await rm(folder, { recursive: true, force: true });
    },
  };
});

translationStoreContractSuite('in memory', () => {
  let storage = new Map<string, string>();
  return {
    open: async () => createMemoryTranslationCache((storage = new Map())),
    reopen: async () => createMemoryTranslationCache(storage),
  };
});

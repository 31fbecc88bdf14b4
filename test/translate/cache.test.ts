import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openTranslationCache, translationCacheKey, type CacheKeyParts } from '../../src/translate/cache.ts';
import { createTranslator } from '../../src/translate/translator.ts';
import { BilingualError } from '../../src/errors.ts';
import { createRecordingProvider, languages, limits, retry } from '../support/fake-provider.ts';

const run = promisify(execFile);
const folders: string[] = [];
function temporaryFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'bilingual-cache-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const parts: CacheKeyParts = {
  provider: 'google',
  engine: 'google v2 nmt',
  sourceLanguage: 'fr',
  targetLanguage: 'en',
  format: 'html',
  glossaryVersion: '',
  text: '<span id="p1.s1">Bonjour.</span>',
};

describe('translation cache', () => {
  it('keys on every part of what was asked', () => {
    const key = translationCacheKey(parts);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(translationCacheKey({ ...parts })).toBe(key);
    const variants: Partial<CacheKeyParts>[] = [
      { provider: 'google-advanced' },
      { engine: 'google v2 base' },
      { sourceLanguage: 'es' },
      { targetLanguage: 'de' },
      { format: 'text' },
      { glossaryVersion: 'abc' },
      { text: '<span id="p1.s1">Bonjour</span>' },
    ];
    for (const variant of variants) expect(translationCacheKey({ ...parts, ...variant })).not.toBe(key);
    // Parts cannot run into each other.
    expect(translationCacheKey({ ...parts, provider: 'a', engine: 'bc' })).not.toBe(translationCacheKey({ ...parts, provider: 'ab', engine: 'c' }));
  });

  it('stores, reads in bulk, and keeps entries after reopening', () => {
    const path = join(temporaryFolder(), 'nested', 'translations.sqlite');
    const cache = openTranslationCache(path);
    cache.set([
      { key: 'k1', translation: 'Hello.', characters: 8 },
      { key: 'k2', translation: 'Goodbye.', characters: 9 },
    ]);
    expect(Object.fromEntries(cache.get(['k1', 'k2', 'k3']))).toEqual({ k1: 'Hello.', k2: 'Goodbye.' });
    cache.close();
    cache.close();
    const reopened = openTranslationCache(path);
    expect(reopened.get(['k2']).get('k2')).toBe('Goodbye.');
    reopened.close();
    const database = new Database(path, { readonly: true });
    expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.prepare('SELECT version FROM schema_version').get()).toEqual({ version: 1 });
    expect(database.prepare('SELECT characters, created_at FROM translations WHERE key = ?').get('k1')).toMatchObject({ characters: 8 });
    database.close();
  });

  it('refuses a corrupt file with CACHE_ERROR naming the file and how to reset', () => {
    const path = join(temporaryFolder(), 'translations.sqlite');
    writeFileSync(path, 'this is not a database, only text that happens to be here'.repeat(100));
    let failure: unknown;
    try {
      openTranslationCache(path);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(BilingualError);
    expect(failure).toMatchObject({ code: 'CACHE_ERROR' });
    const message = (failure as Error).message;
    expect(message).toContain(path);
    expect(message).toMatch(/delete it, or run with --no-cache/);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('refuses a cache written by a newer schema', () => {
    const path = join(temporaryFolder(), 'translations.sqlite');
    openTranslationCache(path).close();
    const database = new Database(path);
    database.prepare('UPDATE schema_version SET version = 99').run();
    database.close();
    expect(() => openTranslationCache(path)).toThrow(expect.objectContaining({ code: 'CACHE_ERROR' }) as Error);
  });

  it('stores only a hash of the request, the translation and counts (the key test is in google-fault-injection)', async () => {
    const path = join(temporaryFolder(), 'translations.sqlite');
    const cache = openTranslationCache(path);
    const provider = createRecordingProvider({ engine: 'fake engine 1.0' });
    const translator = createTranslator({ provider, limits: limits(), retry: retry(), cache });
    await translator.translate([{ id: 'b1', text: 'Le texte à garder.', format: 'text' }], languages);
    cache.close();
    const database = new Database(path, { readonly: true });
    const rows = database.prepare('SELECT * FROM translations').all();
    database.close();
    expect(rows).toEqual([
      { key: expect.stringMatching(/^[0-9a-f]{64}$/), translation: 'EN(Le texte à garder.)', characters: 18, created_at: expect.any(Number) },
    ]);
  });

  it('is not corrupted by two processes writing at once', async () => {
    const path = join(temporaryFolder(), 'translations.sqlite');
    openTranslationCache(path).close();
    const child = fileURLToPath(new URL('./cache-writer-child.ts', import.meta.url));
    const count = 1_000;
    const startAt = Date.now() + 3_000;
    const outputs = await Promise.all(
      [
        ['left', 'right'],
        ['right', 'left'],
      ].map(([prefix, other]) =>
        run(process.execPath, ['--import', 'tsx', child, path, prefix!, String(count), String(startAt), other!], { timeout: 60_000 }),
      ),
    );
    const [left, right] = outputs.map((output) => JSON.parse(output.stdout) as { started: number; finished: number });
    // The two writers really ran at the same time.
    expect(Math.max(left!.started, right!.started)).toBeLessThan(Math.min(left!.finished, right!.finished));
    const database = new Database(path, { readonly: true });
    expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(database.prepare('SELECT count(*) AS rows FROM translations').get()).toEqual({ rows: 2 * count });
    database.close();
  }, 60_000);
});

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryKey, normaliseFrench, openTranslationMemory } from '../../src/memory/translation-memory.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bilingual-memory-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('translation memory store', () => {
  it('matches the French whatever its spacing and apostrophes, keeping words and case', () => {
    expect(normaliseFrench('  L’accord   a\u00a0été signé. ')).toBe("L'accord a été signé.");
    expect(memoryKey('L’accord a été signé.')).toBe(memoryKey("L'accord  a été signé."));
    expect(memoryKey('l’accord a été signé.')).not.toBe(memoryKey('L’accord a été signé.'));
  });

  it('stores, replaces and counts human translations, and survives a reopen', async () => {
    const path = join(work, 'store', 'memory.sqlite');
    const memory = openTranslationMemory(path);
    memory.add([
      { source: 'Le port est fermé.', target: 'The port is closed.', state: 'translated', origin: 'import:a.fr-en.md', date: '2026-01-01T00:00:00.000Z' },
      { source: 'Il pleut.', target: 'It rains.', state: 'final', origin: 'tmx:team.tmx', date: '2026-01-02T00:00:00.000Z' },
    ]);
    memory.add([{ source: 'Il  pleut.', target: 'It is raining.', state: 'final', origin: 'tmx:team.tmx', date: '2026-01-03T00:00:00.000Z' }]);
    memory.close();
    const again = openTranslationMemory(path, { readOnly: true });
    const found = again.lookup(['Il pleut.', 'Le port est fermé.', 'Absent.']);
    expect(found.get('Il pleut.')?.target).toBe('It is raining.');
    expect(found.get('Le port est fermé.')?.state).toBe('translated');
    expect(found.has('Absent.')).toBe(false);
    expect(again.stats()).toMatchObject({ entries: 2, final: 1, translated: 1, byOrigin: { 'import:a.fr-en.md': 1, 'tmx:team.tmx': 1 } });
    expect(again.entries({ finalOnly: true }).map((entry) => entry.target)).toEqual(['It is raining.']);
    again.close();
  });

  it('reads a missing file as an empty memory without creating it, and refuses a file that is no database in one line', async () => {
    const missing = join(work, 'nowhere', 'memory.sqlite');
    const memory = openTranslationMemory(missing, { readOnly: true });
    expect(memory.lookup(['Il pleut.']).size).toBe(0);
    memory.close();
    await expect(readFile(missing)).rejects.toThrow();
    const broken = join(work, 'broken.sqlite');
    await writeFile(broken, 'not a database, only text');
    expect(() => openTranslationMemory(broken, { readOnly: true })).toThrow(expect.objectContaining({ code: 'MEMORY_ERROR' }));
  });
});

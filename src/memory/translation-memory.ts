/**
 * The translation memory: human translations of French sentences, in one SQLite file
 * (better-sqlite3, WAL mode, like the translation cache in `src/translate/cache.ts`). It is
 * kept apart from the cache on purpose: the cache can be deleted at any time, the memory holds
 * people's work. Entries are keyed by the sha256 of the normalised French (`memoryKey`), so a
 * human translation serves the same sentence in any article, whatever its spacing.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { openSqliteFile } from '../store/open-sqlite-file.ts';
import type Database from 'better-sqlite3';
import { BilingualError, redactSecrets } from '../errors.ts';

/** Bumped when the table layout changes; a newer file is refused. */
export const MEMORY_SCHEMA_VERSION = 1;

/** How far a person took the translation: `translated` (a first human version), `final` (approved). */
export type MemoryState = 'translated' | 'final';

export interface MemoryEntry {
  /** The French as it was found (not normalised). */
  source: string;
  /** The human English. */
  target: string;
  state: MemoryState;
  /** Where it came from, for a person: `import:g20.fr-en.md`, `tmx:team.tmx`. */
  origin: string;
  /** ISO 8601 time it was recorded (a TMX's own `changedate` when it has one). */
  date: string;
}

export interface StoredMemoryEntry extends MemoryEntry {
  /** `memoryKey(source)`: sha256 of the normalised French. */
  sourceHash: string;
}

export interface MemoryStats {
  entries: number;
  final: number;
  translated: number;
  /** How many entries each origin gave (`tmx:team.tmx` → 120). */
  byOrigin: Record<string, number>;
  /** Oldest and newest dates, absent when empty. */
  oldest?: string;
  newest?: string;
}

/**
 * What a build reads of a memory: the SQLite file, or the copy every worker of a queue shares
 * in Redis (`src/queue/redis-translation-memory.ts`), which answers with a promise.
 */
export interface MemoryReader {
  readonly path: string;
  /** Human translations for the French texts found, keyed by the text as given. */
  lookup(sources: readonly string[]): Map<string, StoredMemoryEntry> | Promise<Map<string, StoredMemoryEntry>>;
}

export interface TranslationMemory extends MemoryReader {
  readonly path: string;
  /** Human translations for the French texts found, keyed by the text as given. */
  lookup(sources: readonly string[]): Map<string, StoredMemoryEntry>;
  /** Adds or replaces entries (a newer human translation of the same French wins), in one transaction. */
  add(entries: readonly MemoryEntry[]): void;
  /** Every entry, oldest first (approved ones only with `finalOnly`). */
  entries(options?: { finalOnly?: boolean }): StoredMemoryEntry[];
  stats(): MemoryStats;
  /** Safe to call twice. */
  close(): void;
}

/**
 * The French as the memory compares it: Unicode NFC, every run of white space (no-break and
 * thin spaces included) one space, trimmed, and the typographic apostrophe as `'`, since
 * extraction and editors swap them freely. Words, case and punctuation are kept: a match is
 * exact on everything a translation depends on.
 */
export function normaliseFrench(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0\u202f\u2009]+/g, ' ')
    .replace(/[\u2019\u02bc]/g, "'")
    .trim();
}

/** sha256 (hex) of the normalised French: the memory's key, and the source hash of an exported unit. */
export function memoryKey(source: string): string {
  return createHash('sha256').update(normaliseFrench(source)).digest('hex');
}

export interface OpenTranslationMemoryOptions {
  /**
   * Only read: the file is neither created nor changed (a build). A missing file is an empty memory.
   * @default false
   */
  readOnly?: boolean;
  /**
   * How long to wait for another process's write lock.
   * @default 5000
   */
  busyTimeoutMs?: number;
}

interface Row {
  source_hash: string;
  source: string;
  target: string;
  state: MemoryState;
  origin: string;
  date: string;
}

/** Opens (creating it and its folder when missing, unless read-only) the memory file. */
export function openTranslationMemory(path: string, options: OpenTranslationMemoryOptions = {}): TranslationMemory {
  if (options.readOnly && path !== ':memory:' && !existsSync(path)) return emptyMemory(path);
  let database: Database.Database | undefined;
  try {
    database = openSqliteFile(path, options);
    if (options.readOnly) {
      const table = database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'human_translations'").get();
      if (!table) {
        database.close();
        return emptyMemory(path);
      }
      checkVersion(database, path);
    } else {
      migrate(database, path);
    }
  } catch (error) {
    database?.close();
    throw memoryError(path, error);
  }
  const db = database;
  const select = db.prepare<[string], Row>('SELECT * FROM human_translations WHERE source_hash = ?');
  const upsert = db.prepare<[string, string, string, string, string, string]>(
    'INSERT OR REPLACE INTO human_translations (source_hash, source, target, state, origin, date) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const addAll = db.transaction((entries: readonly MemoryEntry[]) => {
    for (const entry of entries) upsert.run(memoryKey(entry.source), normaliseFrench(entry.source), entry.target, entry.state, entry.origin, entry.date);
  });
  let closed = false;
  const guard = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      throw memoryError(path, error);
    }
  };
  return {
    path,
    lookup(sources) {
      return guard(() => {
        const found = new Map<string, StoredMemoryEntry>();
        for (const source of new Set(sources)) {
          const row = select.get(memoryKey(source));
          if (row) found.set(source, fromRow(row));
        }
        return found;
      });
    },
    add(entries) {
      guard(() => addAll(entries));
    },
    entries(options = {}) {
      return guard(() =>
        db
          .prepare<[], Row>(`SELECT * FROM human_translations ${options.finalOnly ? "WHERE state = 'final'" : ''} ORDER BY date, source_hash`)
          .all()
          .map(fromRow),
      );
    },
    stats() {
      return guard(() => statsOf(this.entries()));
    },
    close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}

function fromRow(row: Row): StoredMemoryEntry {
  return { sourceHash: row.source_hash, source: row.source, target: row.target, state: row.state, origin: row.origin, date: row.date };
}

function statsOf(entries: readonly StoredMemoryEntry[]): MemoryStats {
  const byOrigin: Record<string, number> = {};
  for (const entry of entries) byOrigin[entry.origin] = (byOrigin[entry.origin] ?? 0) + 1;
  const dates = entries.map((entry) => entry.date).sort();
  const final = entries.filter((entry) => entry.state === 'final').length;
  return {
    entries: entries.length,
    final,
    translated: entries.length - final,
    byOrigin,
    ...(dates.length > 0 ? { oldest: dates[0]!, newest: dates.at(-1)! } : {}),
  };
}

function emptyMemory(path: string): TranslationMemory {
  return {
    path,
    lookup: () => new Map(),
    add() {
      throw new BilingualError('MEMORY_ERROR', `The translation memory ${path} was opened read-only.`);
    },
    entries: () => [],
    stats: () => statsOf([]),
    close() {},
  };
}

function checkVersion(database: Database.Database, path: string): void {
  const row = database.prepare<[], { version: number }>('SELECT version FROM memory_schema_version').get();
  if (row && row.version > MEMORY_SCHEMA_VERSION) {
    throw new BilingualError(
      'MEMORY_ERROR',
      `The translation memory ${path} was written by a newer version of bilingual (schema ${row.version}); upgrade bilingual to use it.`,
    );
  }
}

function migrate(database: Database.Database, path: string): void {
  database
    .transaction(() => {
      database.exec('CREATE TABLE IF NOT EXISTS memory_schema_version (version INTEGER NOT NULL)');
      checkVersion(database, path);
      database.exec(`CREATE TABLE IF NOT EXISTS human_translations (
        source_hash TEXT PRIMARY KEY NOT NULL,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        state TEXT NOT NULL,
        origin TEXT NOT NULL,
        date TEXT NOT NULL
      ) WITHOUT ROWID`);
      const row = database.prepare('SELECT version FROM memory_schema_version').get();
      if (!row) database.prepare('INSERT INTO memory_schema_version (version) VALUES (?)').run(MEMORY_SCHEMA_VERSION);
    })
    .immediate();
}

function memoryError(path: string, error: unknown): BilingualError {
  if (error instanceof BilingualError && error.code === 'MEMORY_ERROR') return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new BilingualError(
    'MEMORY_ERROR',
    `The translation memory ${path} cannot be used (${redactSecrets(reason)}); it holds human translations, so check the file rather than deleting it (memory.path sets another one).`,
    { cause: error, details: { path } },
  );
}

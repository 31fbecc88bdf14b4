/**
 * The persistent translation cache: one SQLite file (better-sqlite3), WAL mode so several
 * processes can share it, written as each request completes so an interrupted run resumes
 * where it stopped. It holds only texts and hashes, never a credential.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { openSqliteFile } from '../store/open-sqlite-file.ts';
import type Database from 'better-sqlite3';
import { BilingualError, redactSecrets } from '../errors.ts';
import type { TextFormat } from '../providers/types.ts';

/** Bumped when the table layout changes; an older file is migrated, a newer one refused. */
export const CACHE_SCHEMA_VERSION = 1;

export interface CacheEntry {
  /** From `translationCacheKey`. */
  key: string;
  translation: string;
  /** Characters billed for the source text. */
  characters: number;
}

/**
 * What the scheduler needs of a cache. A cache shared by several processes over the network
 * (`src/queue/redis-translation-cache.ts`) answers with promises; the SQLite one at once.
 * Every implementation passes the contract suite `test/support/translation-store-contract.ts`.
 */
export interface TranslationStore {
  /** Where it lives (`:memory:` for the in-memory one, a `redis://` address for Redis). */
  readonly path: string;
  /** Translations for the keys found; missing keys are simply absent. */
  get(keys: readonly string[]): Map<string, string> | Promise<Map<string, string>>;
  /** Stores all entries, all or none. */
  set(entries: readonly CacheEntry[]): void | Promise<void>;
  /** Safe to call twice. */
  close(): void | Promise<void>;
}

/** The SQLite cache: a `TranslationStore` that answers at once. */
export interface TranslationCache extends TranslationStore {
  get(keys: readonly string[]): Map<string, string>;
  /** Stores all entries in one transaction. */
  set(entries: readonly CacheEntry[]): void;
  close(): void;
}

export interface CacheKeyParts {
  /** Provider id, for example `google`. */
  provider: string;
  /** `provider.doDescribe()`: engine and version, so a new engine never serves stale text. */
  engine: string;
  sourceLanguage: string;
  targetLanguage: string;
  format: TextFormat;
  /** Glossary content hash; '' when there is none. */
  glossaryVersion?: string;
  /** The exact text sent. */
  text: string;
  /** Context sent with a part of a long text (`TranslationSegment.context`); unset otherwise. */
  context?: string;
}

/** sha256 over every part, unambiguously separated. */
export function translationCacheKey(parts: CacheKeyParts): string {
  const material = JSON.stringify([
    parts.provider,
    parts.engine,
    parts.sourceLanguage,
    parts.targetLanguage,
    parts.format,
    parts.glossaryVersion ?? '',
    parts.text,
    // Only a part of a long text has context: every other key stays as it was.
    ...(parts.context === undefined ? [] : [parts.context]),
  ]);
  return createHash('sha256').update(material).digest('hex');
}

export interface OpenTranslationCacheOptions {
  /**
   * How long to wait for another process's write lock.
   * @default 5000
   */
  busyTimeoutMs?: number;
  /**
   * Only read: the file is neither created nor changed (a dry run). A missing file is an
   * empty cache.
   * @default false
   */
  readOnly?: boolean;
}

/**
 * Opens (creating it and its folder when missing) the cache file. A file that is not a
 * readable cache fails with `CACHE_ERROR` naming the file and how to reset it.
 */
export function openTranslationCache(path: string, options: OpenTranslationCacheOptions = {}): TranslationCache {
  if (options.readOnly && path !== ':memory:' && !existsSync(path)) return emptyCache(path);
  let database: Database.Database | undefined;
  try {
    database = openSqliteFile(path, options);
    if (options.readOnly) {
      if (!hasTranslationsTable(database, path)) {
        database.close();
        return emptyCache(path);
      }
    } else {
      database.pragma('synchronous = NORMAL');
      migrate(database, path);
    }
  } catch (error) {
    database?.close();
    throw cacheError(path, error);
  }

  const select = database.prepare<[string], { translation: string }>('SELECT translation FROM translations WHERE key = ?');
  const insert = database.prepare<[string, string, number, number]>(
    'INSERT OR REPLACE INTO translations (key, translation, characters, created_at) VALUES (?, ?, ?, ?)',
  );
  const insertAll = database.transaction((entries: readonly CacheEntry[], createdAt: number) => {
    for (const entry of entries) insert.run(entry.key, entry.translation, entry.characters, createdAt);
  });
  let closed = false;

  return {
    path,
    get(keys) {
      const found = new Map<string, string>();
      try {
        for (const key of new Set(keys)) {
          const row = select.get(key);
          if (row) found.set(key, row.translation);
        }
      } catch (error) {
        throw cacheError(path, error);
      }
      return found;
    },
    set(entries) {
      if (entries.length === 0 || options.readOnly) return;
      try {
        insertAll.immediate(entries, Date.now());
      } catch (error) {
        throw cacheError(path, error);
      }
    },
    close() {
      if (closed) return;
      closed = true;
      database.close();
    },
  };
}

/** A cache with nothing in it that stores nothing: a dry run's view of a cache file not made yet. */
function emptyCache(path: string): TranslationCache {
  return { path, get: () => new Map(), set: () => {}, close: () => {} };
}

/**
 * A cache that lives as long as the process: for tests and one-off runs (`--no-cache`, where it
 * still lets a run send each text once). A map, not SQLite's `:memory:`: nothing else reads it,
 * and the SQL round trips and loading the native addon cost a `--no-cache` build of 120
 * articles about 20 ms of CPU at start and more per request. `storage` shares one map between
 * several caches (another "process" over the same storage, in tests).
 */
export function createMemoryTranslationCache(storage: Map<string, string> = new Map()): TranslationCache {
  let closed = false;
  const open = () => {
    if (closed) throw cacheError(':memory:', new Error('The cache is closed.'));
  };
  return {
    path: ':memory:',
    get(keys) {
      open();
      const found = new Map<string, string>();
      for (const key of keys) {
        const translation = storage.get(key);
        if (translation !== undefined) found.set(key, translation);
      }
      return found;
    },
    set(entries) {
      open();
      for (const entry of entries) storage.set(entry.key, entry.translation);
    },
    close() {
      closed = true;
    },
  };
}

/** For a read-only look: is there anything to read, in a layout this version understands? */
function hasTranslationsTable(database: Database.Database, path: string): boolean {
  const tables = new Set(
    database
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((row) => row.name),
  );
  if (!tables.has('translations')) return false;
  const row = tables.has('schema_version')
    ? database.prepare<[], { version: number }>('SELECT version FROM schema_version').get()
    : undefined;
  if (row && row.version > CACHE_SCHEMA_VERSION) {
    throw new BilingualError(
      'CACHE_ERROR',
      `The translation cache ${path} was written by a newer version of bilingual (schema ${row.version}); upgrade, or delete the file to start a fresh cache.`,
    );
  }
  return true;
}

function migrate(database: Database.Database, path: string) {
  database
    .transaction(() => {
      database.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
      const row = database.prepare<[], { version: number }>('SELECT version FROM schema_version').get();
      if (row && row.version > CACHE_SCHEMA_VERSION) {
        throw new BilingualError(
          'CACHE_ERROR',
          `The translation cache ${path} was written by a newer version of bilingual (schema ${row.version}); upgrade, or delete the file to start a fresh cache.`,
        );
      }
      database.exec(`CREATE TABLE IF NOT EXISTS translations (
        key TEXT PRIMARY KEY NOT NULL,
        translation TEXT NOT NULL,
        characters INTEGER NOT NULL,
        created_at INTEGER NOT NULL
      ) WITHOUT ROWID`);
      if (!row) database.prepare('INSERT INTO schema_version (version) VALUES (?)').run(CACHE_SCHEMA_VERSION);
    })
    .immediate();
}

function cacheError(path: string, error: unknown): BilingualError {
  if (error instanceof BilingualError && error.code === 'CACHE_ERROR') return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new BilingualError(
    'CACHE_ERROR',
    `The translation cache ${path} cannot be used (${redactSecrets(reason)}); it is only a cache: delete it, or run with --no-cache.`,
    { cause: error, details: { path } },
  );
}

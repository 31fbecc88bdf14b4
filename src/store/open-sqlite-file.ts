/**
 * Opens one of the project's SQLite files (the translation cache, the translation memory):
 * its folder created when writable, a busy timeout so that several processes can share it,
 * and WAL journaling when it is written. What a file holds and how it migrates is its owner's.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';

/**
 * better-sqlite3, loaded when a file is first opened rather than with this module: its native
 * addon (and the `bindings` search for it) cost every `build` about 20 ms of CPU at start, also
 * a `--no-cache` one that opens no file.
 */
let sqlite: typeof Database | undefined;
const load = (): typeof Database => (sqlite ??= createRequire(import.meta.url)('better-sqlite3') as typeof Database);

export interface OpenSqliteFileOptions {
  /** Open for reading only; the file must exist. @default false */
  readOnly?: boolean;
  /** Milliseconds to wait for another process's lock. @default 5000 */
  busyTimeoutMs?: number;
}

export function openSqliteFile(path: string, options: OpenSqliteFileOptions = {}): Database.Database {
  if (path !== ':memory:' && !options.readOnly) mkdirSync(dirname(path), { recursive: true });
  const database = new (load())(path, options.readOnly ? { readonly: true, fileMustExist: true } : {});
  try {
    database.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    if (!options.readOnly && path !== ':memory:') database.pragma('journal_mode = WAL');
  } catch (error) {
    database.close();
    throw error;
  }
  return database;
}

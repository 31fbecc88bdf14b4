/**
 * Writes one article's outputs so that a crash or Ctrl-C never leaves a half-written file:
 * every file is written to a temporary name in the same folder, flushed, then renamed over
 * the old one (rename is atomic within a file system). Files of a failed article are not
 * touched at all, since nothing is written until every output has been rendered in memory.
 */
import { closeSync, fsync, open, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { BilingualError } from '../errors.ts';

export interface OutputFile {
  /** File name inside the article's folder, for example `g20.fr-en.md`. */
  name: string;
  content: string;
}

/**
 * The files are created (and their folder made) in the thread pool, then written, closed and
 * renamed with synchronous calls, and flushed in the thread pool, all at once. An article's
 * eight files are small (about 11 KB each): the promise API's `FileHandle` open, write, sync and
 * close cost a round trip through the thread pool each, about twice the CPU of the writes
 * themselves (the bench's 961 files: about 0.6 s of CPU with it, 0.3–0.45 s like this, flushes
 * included). Creating a file stays off the main thread: it allocates an inode, which may wait
 * for the disk when other processes flush theirs (measured under load: synchronous creation
 * blocked the main thread for seconds over a build).
 */
export async function writeOutputsAtomically(folder: string, files: OutputFile[]): Promise<string[]> {
  const temporary: { from: string; to: string; content: string; descriptor?: number }[] = [];
  try {
    // A folder just made holds no leftovers: only one that was there is read for them.
    const made = await mkdir(folder, { recursive: true });
    if (made === undefined) removeLeftovers(folder, files);
    temporary.push(...files.map((file) => ({ from: join(folder, `.${file.name}.${process.pid}.tmp`), to: join(folder, file.name), content: file.content })));
    const opened = await Promise.allSettled(
      temporary.map(
        (file) =>
          new Promise<void>((resolve, reject) =>
            open(file.from, 'w', (error, descriptor) => {
              if (error) return reject(error);
              file.descriptor = descriptor;
              resolve();
            }),
          ),
      ),
    );
    const notOpened = opened.find((result) => result.status === 'rejected');
    if (notOpened !== undefined) throw notOpened.reason;
    // On a descriptor, writeFileSync writes until every byte is out.
    for (const file of temporary) writeFileSync(file.descriptor!, file.content, 'utf8');
    // Every file flushed at once (their flushes overlap instead of queueing one behind the
    // other), and renamed, in order, only once all of them are.
    const flushed = await Promise.allSettled(temporary.map(({ descriptor }) => new Promise<void>((resolve, reject) => fsync(descriptor!, (error) => (error ? reject(error) : resolve())))));
    const failed = flushed.find((result) => result.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
    closeAll(temporary);
    for (const { from, to } of temporary) renameSync(from, to);
    return temporary.map(({ to }) => to);
  } catch (error) {
    closeAll(temporary);
    for (const { from } of temporary) rmSync(from, { force: true });
    throw new BilingualError('OUTPUT_WRITE', `Could not write the outputs in ${folder}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** Closes the files still open, once each. */
function closeAll(files: { descriptor?: number }[]): void {
  for (const file of files) {
    if (file.descriptor === undefined) continue;
    const descriptor = file.descriptor;
    delete file.descriptor;
    try {
      closeSync(descriptor);
    } catch {
      // closing a file already written and flushed cannot lose it
    }
  }
}

/**
 * A run killed while writing (a second Ctrl-C) leaves `.name.<pid>.tmp` files; the next
 * write of the same outputs removes them, whatever process made them.
 */
function removeLeftovers(folder: string, files: OutputFile[]): void {
  const names = new Set(files.map((file) => file.name));
  for (const entry of readdirSync(folder)) {
    const match = /^\.(.+)\.\d+\.tmp$/.exec(entry);
    if (match && names.has(match[1]!)) rmSync(join(folder, entry), { force: true });
  }
}

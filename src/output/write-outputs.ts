/**
 * Writes one article's outputs so that a crash or Ctrl-C never leaves a half-written file:
 * every file is written to a temporary name in the same folder, flushed, then renamed over
 * the old one (rename is atomic within a file system). Files of a failed article are not
 * touched at all, since nothing is written until every output has been rendered in memory.
 */
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { BilingualError } from '../errors.ts';

export interface OutputFile {
  /** File name inside the article's folder, for example `g20.fr-en.md`. */
  name: string;
  content: string;
}

export async function writeOutputsAtomically(folder: string, files: OutputFile[]): Promise<string[]> {
  const temporary: { from: string; to: string; content: string }[] = [];
  try {
    // A folder just made holds no leftovers: only one that was there is read for them.
    const made = await mkdir(folder, { recursive: true });
    if (made === undefined) await removeLeftovers(folder, files);
    // Every file written and flushed at once (their flushes overlap instead of queueing one
    // behind the other), and renamed, in order, only once all of them are.
    temporary.push(...files.map((file) => ({ from: join(folder, `.${file.name}.${process.pid}.tmp`), to: join(folder, file.name), content: file.content })));
    const written = await Promise.allSettled(
      temporary.map(async ({ from, content }) => {
        const handle = await open(from, 'w');
        try {
          await handle.writeFile(content, 'utf8');
          await handle.sync();
        } finally {
          await handle.close();
        }
      }),
    );
    const failed = written.find((result) => result.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
    for (const { from, to } of temporary) await rename(from, to);
    return temporary.map(({ to }) => to);
  } catch (error) {
    await Promise.all(temporary.map(({ from }) => rm(from, { force: true })));
    throw new BilingualError('OUTPUT_WRITE', `Could not write the outputs in ${folder}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/**
 * A run killed while writing (a second Ctrl-C) leaves `.name.<pid>.tmp` files; the next
 * write of the same outputs removes them, whatever process made them.
 */
async function removeLeftovers(folder: string, files: OutputFile[]): Promise<void> {
  const names = new Set(files.map((file) => file.name));
  for (const entry of await readdir(folder)) {
    const match = /^\.(.+)\.\d+\.tmp$/.exec(entry);
    if (match && names.has(match[1]!)) await rm(join(folder, entry), { force: true });
  }
}

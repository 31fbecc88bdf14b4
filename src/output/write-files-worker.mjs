/**
 * The thread that writes output files (see write-outputs.ts): each job is one folder's files,
 * written with plain blocking calls here, off the main thread, so that the main thread sends
 * one message per folder instead of some forty file-system calls, each a trip through libuv's
 * thread pool, and never waits for the disk.
 *
 * A job, in order: the folder made; the `.name.<pid>.tmp` files a killed run left for these
 * names removed; every file written to `.name.<pid>.tmp` and its data flushed to the disk
 * (`fdatasync`: the bytes and the size, what a reader after a crash needs; not the time
 * stamps); then each renamed over its final name, in order. A crash at any point leaves every
 * final name either as it was or whole. On a failure the job's temporary files are removed
 * and the error goes back as its message and code.
 *
 * Plain JavaScript, copied as it is into `dist/` (scripts/build-dist.ts), so the same file
 * runs from `src/` under tsx and the tests, and from the installed package.
 */
import { closeSync, fdatasyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';

/** A temporary file of this module's making: `.<name>.<pid>.tmp`. */
const LEFTOVER = /^\.(.+)\.\d+\.tmp$/;

/**
 * @param {{ folder: string, files: { name: string, content: string }[], pid: number }} job
 * @returns {string[]} the paths written, in the order of `files`
 */
function writeFolder({ folder, files, pid }) {
  const temporary = files.map((file) => ({ from: join(folder, `.${file.name}.${pid}.tmp`), to: join(folder, file.name), content: file.content }));
  try {
    mkdirSync(folder, { recursive: true });
    const names = new Set(files.map((file) => file.name));
    for (const entry of readdirSync(folder)) {
      const match = LEFTOVER.exec(entry);
      if (match && names.has(match[1])) rmSync(join(folder, entry), { force: true });
    }
    for (const { from, content } of temporary) {
      const descriptor = openSync(from, 'w');
      try {
        writeFileSync(descriptor, content, 'utf8');
        fdatasyncSync(descriptor);
      } finally {
        closeSync(descriptor);
      }
    }
    for (const { from, to } of temporary) renameSync(from, to);
    return temporary.map(({ to }) => to);
  } catch (error) {
    for (const { from } of temporary) rmSync(from, { force: true });
    throw error;
  }
}

parentPort?.on('message', (job) => {
  try {
    parentPort.postMessage({ id: job.id, written: writeFolder(job) });
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: { message: error instanceof Error ? error.message : String(error), code: error?.code } });
  }
});

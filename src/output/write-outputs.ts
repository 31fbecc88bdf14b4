/**
 * Writes one folder's outputs so that a crash or Ctrl-C never leaves a half-written file:
 * every file is written to a temporary name in the same folder, its data flushed to the disk,
 * then renamed over the old one (rename is atomic within a file system). Files of a failed
 * article are not touched at all, since nothing is written until every output has been
 * rendered in memory.
 *
 * The writing itself happens on a thread of its own (write-files-worker.mjs), one message per
 * folder: a build writes eight files per article, and on the main thread each file's open,
 * write, flush, close and rename were five trips through libuv's thread pool, with the main
 * thread waiting for the disk's flushes between articles. The thread starts with the first
 * write and does not keep the process alive when idle.
 *
 * Which flushes are needed: each file's data, before its rename (on ext4 and most file
 * systems a new file renamed before its blocks reach the disk can come back empty after a
 * power cut); not the folder, whose flush would only make the renames themselves durable:
 * after a crash an output is its old version or its new one, whole, and the next build
 * writes it again.
 */
import { Worker } from 'node:worker_threads';
import { BilingualError } from '../errors.ts';

export interface OutputFile {
  /** File name inside the article's folder, for example `g20.fr-en.md`. */
  name: string;
  content: string;
}

interface Reply {
  id: number;
  written?: string[];
  error?: { message: string; code?: string };
}

interface Job {
  folder: string;
  resolve: (written: string[]) => void;
  reject: (error: unknown) => void;
}

/** The writing thread, started on first use; undefined again once it has died. */
let writer: { worker: Worker; jobs: Map<number, Job> } | undefined;
let nextJob = 0;

function startWriter(): NonNullable<typeof writer> {
  const worker = new Worker(new URL('./write-files-worker.mjs', import.meta.url), { execArgv: [] });
  const started = { worker, jobs: new Map<number, Job>() };
  worker.on('message', (reply: Reply) => {
    const job = started.jobs.get(reply.id);
    if (job === undefined) return;
    started.jobs.delete(reply.id);
    if (started.jobs.size === 0) worker.unref();
    if (reply.written) job.resolve(reply.written);
    else job.reject(writeError(job.folder, Object.assign(new Error(reply.error?.message ?? 'unknown error'), reply.error?.code ? { code: reply.error.code } : {})));
  });
  const fail = (error: unknown) => {
    if (writer === started) writer = undefined;
    for (const job of started.jobs.values()) job.reject(writeError(job.folder, error));
    started.jobs.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the writing thread stopped (exit code ${code})`)));
  worker.unref();
  return started;
}

function writeError(folder: string, cause: unknown): BilingualError {
  return new BilingualError('OUTPUT_WRITE', `Could not write the outputs in ${folder}: ${(cause as Error).message}`, { cause });
}

/** Writes `files` into `folder` (made if missing), each atomically; resolves with their paths, in order. */
export function writeOutputsAtomically(folder: string, files: OutputFile[]): Promise<string[]> {
  writer ??= startWriter();
  const { worker, jobs } = writer;
  const id = nextJob++;
  return new Promise<string[]>((resolve, reject) => {
    jobs.set(id, { folder, resolve, reject });
    worker.ref(); // a write in progress keeps the process alive until it is done
    worker.postMessage({ id, folder, files: files.map(({ name, content }) => ({ name, content })), pid: process.pid });
  });
}

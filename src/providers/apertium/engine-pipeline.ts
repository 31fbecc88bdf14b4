/**
 * One warm Apertium engine: every program of the chained modes spawned once, stdout of each
 * piped straight into stdin of the next (the pipes are OS pipes between the children, the
 * data never passes through Node between stages), all in null-flush mode.
 *
 * Each segment is written as its own chunk ending in `\0`; the engine answers each chunk with
 * one chunk ending in `\0`, in order. A request's chunks are written at once, behind those of
 * the requests already in the engine, so the stages work on different segments at the same
 * time and the engine never waits for the next request.
 *
 * When any program exits or a request is aborted, the whole chain is killed and every
 * request in it is rejected (the aborted one with its abort error, the others with a
 * retryable `ENGINE_FAILED`); the owner starts a new chain on the next call.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import { BilingualError, interruptedError } from '../../errors.ts';
import type { ModeCommand } from './parse-mode-file.ts';

/** How much of each program's stderr is kept for error messages. */
const STDERR_KEEP = 2000;
/** How long a consequential exit (SIGPIPE, clean end) waits for the exit that caused it. */
const SIGPIPE_GRACE_MS = 100;

export interface EnginePipelineOptions {
  /** Programs to run, in order, each with its arguments (`-z` included). */
  commands: ModeCommand[];
  /** Environment for the programs. @default process.env with a UTF-8 locale */
  env?: NodeJS.ProcessEnv;
}

interface Pending {
  count: number;
  /** Given up by its caller (aborted) while requests ahead of it held the engine: its answers are read and dropped. */
  abandoned: boolean;
  answers: string[];
  resolve: (answers: string[]) => void;
  reject: (error: unknown) => void;
}

export class EnginePipeline {
  readonly #children: ChildProcess[] = [];
  readonly #stderr = new Map<ChildProcess, string>();
  #input: NodeJS.WritableStream & { destroy?: () => void };
  #output: Readable;
  #buffer: Buffer[] = [];
  #pending: Pending[] = [];
  #failure: BilingualError | undefined;
  #closed = false;
  #busy = 0;

  constructor(options: EnginePipelineOptions) {
    const env = options.env ?? withUtf8Locale(process.env);
    let previous: ChildProcess | undefined;
    for (const command of options.commands) {
      const child = spawn(command.program, command.args, {
        stdio: [previous ? (previous.stdout as Readable) : 'pipe', 'pipe', 'pipe'],
        env,
      });
      // The child holds its own copy of the pipe; Node's copy would compete for the data.
      previous?.stdout?.destroy();
      this.#watch(child, command);
      this.#children.push(child);
      previous = child;
    }
    const first = this.#children[0]!;
    const last = this.#children.at(-1)!;
    this.#input = first.stdin!;
    // A write error means the first program has gone: wait for its exit, which says why.
    this.#input.on('error', (error) => {
      setTimeout(() => this.#fail('the engine stopped reading its input', error), SIGPIPE_GRACE_MS).unref();
    });
    this.#output = last.stdout!;
    this.#output.on('data', (data: Buffer) => this.#onData(data));
    this.#setReferenced(false);
  }

  /** True once a program has died or the pipeline was closed: make a new one. */
  get usable(): boolean {
    return this.#failure === undefined && !this.#closed;
  }

  /** Requests queued or running on this pipeline. */
  get load(): number {
    return this.#busy;
  }

  /**
   * Sends each chunk as one null-terminated input and resolves with one answer per chunk, in
   * order. The chunks are written at once, behind those of the requests still in the engine:
   * answers come back in the order written, so the engine works on the next request while Node
   * is busy elsewhere instead of waiting for it to ask.
   */
  translate(chunks: string[], abortSignal?: AbortSignal): Promise<string[]> {
    if (abortSignal?.aborted) return Promise.reject(abortError(abortSignal.reason));
    if (this.#failure || this.#closed) return Promise.reject(new EngineUnavailable(this.#failure ?? closedError()));
    this.#busy++;
    const answered = new Promise<string[]>((resolve, reject) => {
      const pending: Pending = {
        count: chunks.length,
        abandoned: false,
        answers: [],
        resolve: (answers) => {
          done();
          resolve(answers);
        },
        reject: (error) => {
          done();
          reject(error);
        },
      };
      const onAbort = () => {
        const error = abortError(abortSignal!.reason);
        const ahead = this.#pending.slice(0, this.#pending.indexOf(pending));
        if (error.code !== 'INTERRUPTED' && ahead.some((other) => !other.abandoned)) {
          // Still behind another request: give up alone, and let the engine's answers to it go.
          pending.abandoned = true;
          pending.reject(error);
          return;
        }
        // The engine was working on it and is most likely hung (or the user stopped the run):
        // start afresh. Its answers could not be told from the next request's anyway.
        pending.reject(error);
        this.#fail('a request was aborted while the engine was working on it', error, error.code === 'INTERRUPTED' ? error : undefined);
      };
      abortSignal?.addEventListener('abort', onAbort, { once: true });
      const done = () => abortSignal?.removeEventListener('abort', onAbort);
      this.#pending.push(pending);
      this.#setReferenced(true);
      this.#input.write(chunks.map((chunk) => `${chunk.replace(/\0/g, '')}\0`).join(''));
    });
    return answered.finally(() => {
      this.#busy--;
      if (this.#busy === 0) this.#setReferenced(false);
    });
  }

  /** Ends every program. Safe to call twice. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#rejectPending(closedError(), closedError());
    this.#killAll();
  }

  /** Process ids, for tests that kill a program to check recovery. */
  get processIds(): number[] {
    return this.#children.map((child) => child.pid).filter((pid): pid is number => pid !== undefined);
  }

  #watch(child: ChildProcess, command: ModeCommand): void {
    this.#stderr.set(child, '');
    child.stderr?.on('data', (data: Buffer) => {
      const kept = this.#stderr.get(child)! + data.toString('utf8');
      this.#stderr.set(child, kept.slice(-STDERR_KEEP));
    });
    child.on('error', (error) => this.#fail(`${command.program} could not be started`, error));
    child.on('exit', (code, signal) => {
      if (this.#closed) return;
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      const stderr = this.#stderr.get(child)?.trim();
      const reason = `${command.program} ${how}${stderr ? ` (${stderr.split('\n').at(-1)})` : ''}`;
      // A program that dies of SIGPIPE, or ends cleanly, only followed a neighbour that died
      // first (a closed pipe, an end of input): give that neighbour's exit a moment to arrive
      // so the message names the real culprit.
      if (signal === 'SIGPIPE' || code === 0) setTimeout(() => this.#fail(reason), SIGPIPE_GRACE_MS).unref();
      else this.#fail(reason);
    });
  }

  #onData(data: Buffer): void {
    let start = 0;
    for (let zero = data.indexOf(0, start); zero >= 0; zero = data.indexOf(0, start)) {
      this.#buffer.push(data.subarray(start, zero));
      const answer = Buffer.concat(this.#buffer).toString('utf8');
      this.#buffer = [];
      start = zero + 1;
      const pending = this.#pending[0];
      if (!pending) continue; // nobody waits (stray flush): ignore it
      pending.answers.push(answer);
      if (pending.answers.length === pending.count) {
        this.#pending.shift();
        pending.resolve(pending.answers);
      }
    }
    if (start < data.length) this.#buffer.push(data.subarray(start));
  }

  #fail(reason: string, cause?: unknown, forPending?: unknown): void {
    if (this.#failure || this.#closed) return;
    this.#failure = new BilingualError('ENGINE_FAILED', `The Apertium engine failed: ${reason}.`, {
      cause,
      retryable: true,
    });
    this.#rejectPending(forPending ?? this.#failure, forPending ?? new EngineUnavailable(this.#failure));
    this.#killAll();
  }

  /**
   * The first request waiting is the one the engine was working on when it failed: it gets
   * `error`. The others were only queued behind it in the pipes and get `queuedError` (an
   * `EngineUnavailable`: the owner sends them again to a fresh engine).
   */
  #rejectPending(error: unknown, queuedError: unknown): void {
    const pending = this.#pending.filter((request) => !request.abandoned);
    this.#pending = [];
    pending.forEach((request, index) => request.reject(index === 0 ? error : queuedError));
  }

  #killAll(): void {
    this.#input.end?.();
    for (const child of this.#children) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    this.#setReferenced(false);
  }

  /** Keeps the Node process alive only while a request waits for an answer. */
  #setReferenced(referenced: boolean): void {
    const handles: unknown[] = [this.#input, this.#output];
    for (const child of this.#children) handles.push(child, child.stderr);
    for (const handle of handles) {
      const target = handle as { destroyed?: boolean; ref?: () => void; unref?: () => void } | null;
      // A socket without its handle would queue a listener for every call.
      if (!target || target.destroyed) continue;
      if (referenced) target.ref?.();
      else target.unref?.();
    }
  }
}

/**
 * The request was never written because the engine had already failed or closed while it
 * waited its turn: the owner may hand it to a fresh engine without doing any work twice.
 */
export class EngineUnavailable extends BilingualError {
  override readonly name = 'EngineUnavailable';

  constructor(reason: BilingualError) {
    super(reason.code, reason.message, { cause: reason, retryable: reason.retryable });
  }
}

function withUtf8Locale(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return /utf-?8/i.test(locale) ? env : { ...env, LC_ALL: 'C.UTF-8' };
}

function closedError(): BilingualError {
  return new BilingualError('ENGINE_FAILED', 'The Apertium engine was closed before it answered.', { retryable: false });
}

/** A timeout is worth retrying; a user's interruption is not. */
export function abortError(reason: unknown): BilingualError {
  const isTimeout = reason instanceof Error && reason.name === 'TimeoutError';
  return isTimeout
    ? new BilingualError('PROVIDER_TIMEOUT', 'The Apertium engine took too long to answer.', { cause: reason, retryable: true })
    : interruptedError(reason, 'The translation was interrupted.');
}

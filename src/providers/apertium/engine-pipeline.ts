/**
 * One warm Apertium engine: every program of the chained modes started once, stdout of each
 * piped straight into stdin of the next (the pipes are OS pipes between the programs, the
 * data never passes through Node between stages), all in null-flush mode.
 *
 * A chain of several programs is started by one shell (`sh -c 'p1 | p2 | … | p20'`, as
 * Apertium's own `apertium` script runs a mode), not by one `spawn` per program: Node's `spawn`
 * forks the whole Node process and waits until the child has started its program, so the
 * twenty programs of `fr-es` and `spa-eng` blocked the main thread 0.4–0.9 s at the start of a
 * build (docs/benchmarks.md, sessions 32–37) while the pipeline waited to load; the shell is
 * forked once and forks the programs itself, on the other core. Each program runs inside a
 * `{ …; }` group that writes its exit status to stderr (`bilingual-engine-exit <index>
 * <status>`), so a failure still names the program that died and how. The shell stays in the
 * CLI's session and process group (a session of its own would be a scheduling group of its
 * own under Linux's autogroup, session 32); closing ends the shell and every process under it,
 * read from `/proc`, and the chain's input is closed too, so a program missed there still ends
 * with its input. A single program (the names' dictionaries) is spawned directly.
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
import { readdirSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
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
  /**
   * One of several single programs a shell already runs side by side (`startSideBySide`):
   * that shell, this program's streams, and its place among them. `commands` are then all of
   * the shell's programs, so that an exit line names any of them.
   */
  sharing?: { shell: ChildProcess; input: NodeJS.WritableStream & { destroy?: () => void }; output: Readable; index: number };
  /**
   * Run each program of a chain of several this much nicer than Node (`nice -n`, which the
   * caller has found on `PATH`), so that the main thread, which feeds the chain and finishes
   * what it answers, is not starved by the chain's own twenty programs (`ENGINE_NICENESS` in
   * index.ts). 0: as Node.
   * @default 0
   */
  niceness?: number;
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
  readonly #commands: readonly ModeCommand[];
  /** What Node spawned: the shell running the chain (the programs are its grandchildren), or the one program. */
  readonly #process: ChildProcess;
  readonly #viaShell: boolean;
  /** The tail of the programs' stderr (shared by them all under the shell), exit lines taken out. */
  #stderr = '';
  /** What is left of stderr after its last full line. */
  #stderrLine = '';
  #input: NodeJS.WritableStream & { destroy?: () => void };
  #output: Readable;
  #buffer: Buffer[] = [];
  #pending: Pending[] = [];
  #failure: BilingualError | undefined;
  #closed = false;
  #busy = 0;

  constructor(options: EnginePipelineOptions) {
    const env = options.env ?? withUtf8Locale(process.env);
    this.#commands = options.commands;
    this.#viaShell = options.commands.length > 1 || options.sharing !== undefined;
    const only = options.commands[0]!;
    this.#process =
      options.sharing?.shell ??
      (this.#viaShell
        ? spawn('/bin/sh', ['-c', chainScript(options.commands, options.niceness)], { stdio: ['pipe', 'pipe', 'pipe'], env })
        : spawn(only.program, only.args, { stdio: ['pipe', 'pipe', 'pipe'], env }));
    this.#watch();
    this.#input = options.sharing?.input ?? this.#process.stdin!;
    // A write error means the first program has gone: wait for its exit, which says why.
    this.#input.on('error', (error) => {
      setTimeout(() => this.#fail('the engine stopped reading its input', error), SIGPIPE_GRACE_MS).unref();
    });
    this.#output = options.sharing?.output ?? this.#process.stdout!;
    this.#output.on('data', (data: Buffer) => this.#onData(data));
    // The last program's output ended: one of them has gone (its exit says which).
    this.#output.on('end', () => setTimeout(() => this.#fail('the engine stopped answering'), SIGPIPE_GRACE_MS).unref());
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

  /** Process ids of the programs running (not the shell nor its groups), for tests that kill one. */
  get processIds(): number[] {
    const pid = this.#process.pid;
    if (pid === undefined) return [];
    if (!this.#viaShell) return [pid];
    return descendantsOf(pid).filter((id) => commandOf(id) !== 'sh');
  }

  #watch(): void {
    this.#process.stderr?.on('data', (data: Buffer) => {
      const lines = (this.#stderrLine + data.toString('utf8')).split('\n');
      this.#stderrLine = lines.pop()!;
      for (const line of lines) {
        const exit = this.#viaShell ? EXIT_LINE.exec(line) : null;
        if (exit) this.#onProgramExit(Number(exit[1]), Number(exit[2]), undefined);
        else if (line.trim() !== '') this.#stderr = `${this.#stderr}${line}\n`.slice(-STDERR_KEEP);
      }
    });
    this.#process.on('error', (error) => this.#fail(`${this.#viaShell ? "the engine's shell" : this.#commands[0]!.program} could not be started`, error));
    this.#process.on('exit', (code, signal) => {
      if (this.#closed) return;
      if (!this.#viaShell) return this.#onProgramExit(0, code ?? 0, signal ?? undefined);
      // The shell ends after its programs, whose exit lines name the culprit first.
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      setTimeout(() => this.#fail(`the engine's shell ${how}`), SIGPIPE_GRACE_MS).unref();
    });
  }

  /** Program `index` of the chain ended with `status` (the shell's: 128 + the signal's number when killed), or by `signal`. */
  #onProgramExit(index: number, status: number, signal: string | undefined): void {
    if (this.#closed) return;
    const program = this.#commands[index]?.program ?? 'a program';
    signal ??= this.#viaShell && status > 128 ? signalName(status - 128) : undefined;
    const how = signal ? `was killed by ${signal}` : this.#viaShell && status === 127 ? 'could not be started' : `exited with code ${status}`;
    // The stderr read so far: an exit line may overtake the end of the program's last message.
    const stderr = `${this.#stderr}${this.#stderrLine}`.trim();
    const reason = `${program} ${how}${stderr ? ` (${stderr.split('\n').at(-1)})` : ''}`;
    // A program that dies of SIGPIPE, or ends cleanly, only followed a neighbour that died
    // first (a closed pipe, an end of input): give that neighbour's exit a moment to arrive
    // so the message names the real culprit.
    if (signal === 'SIGPIPE' || status === 0) setTimeout(() => this.#fail(reason), SIGPIPE_GRACE_MS).unref();
    else this.#fail(reason);
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
    const pid = this.#process.pid;
    // Under the shell the programs are its grandchildren (each inside its `{ …; }` group):
    // every one is killed, not only the shell, so that a hung program cannot outlive its chain.
    const victims = pid === undefined ? [] : this.#viaShell ? [...descendantsOf(pid), pid] : [pid];
    for (const victim of victims) {
      try {
        process.kill(victim, 'SIGKILL');
      } catch {
        // already ended
      }
    }
    this.#setReferenced(false);
  }

  /** Keeps the Node process alive only while a request waits for an answer. */
  #setReferenced(referenced: boolean): void {
    const handles: unknown[] = [this.#input, this.#output, this.#process, this.#process.stderr];
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

/**
 * Several single programs (the names' dictionaries) started by one shell, side by side, each
 * reading and writing its own pair of the shell's descriptors: one `spawn` instead of one each
 * (under load a spawn blocked the main thread 0.1–0.2 s, docs/benchmarks.md, session 37). One
 * engine per program. They live and die together: a program that ends, or one of them closed,
 * ends them all, as their owner (`NameReader`) closes them all at once and never starts one
 * again. A shell names descriptors 0 to 9 only, so it runs four programs at most: more are
 * started four by four.
 */
export function startSideBySide(commands: readonly ModeCommand[], env: NodeJS.ProcessEnv = withUtf8Locale(process.env)): EnginePipeline[] {
  if (commands.length > SIDE_BY_SIDE_MAX) {
    return [...startSideBySide(commands.slice(0, SIDE_BY_SIDE_MAX), env), ...startSideBySide(commands.slice(SIDE_BY_SIDE_MAX), env)];
  }
  const shell = spawn('/bin/sh', ['-c', sideBySideScript(commands)], { stdio: ['pipe', 'pipe', 'pipe', ...commands.slice(1).flatMap(() => ['pipe', 'pipe'] as const)], env });
  return commands.map((_, index) => {
    const [input, output] = sideBySideDescriptors(index);
    const sharing = { shell, input: shell.stdio[input] as NodeJS.WritableStream, output: shell.stdio[output] as Readable, index };
    return new EnginePipeline({ commands: [...commands], env, sharing });
  });
}

/** Programs one shell runs side by side: descriptors 0–1 and 3–8. */
const SIDE_BY_SIDE_MAX = 4;

/**
 * Program `index`'s input and output among the shell's descriptors: the shell's own (its
 * input copied to 9 first: a program started in the background reads /dev/null as its 0), then
 * 3 and 4, 5 and 6, 7 and 8.
 */
function sideBySideDescriptors(index: number): [number, number] {
  return index === 0 ? [9, 1] : [2 * index + 1, 2 * index + 2];
}

/**
 * The script of `startSideBySide`: each program in the background on its own descriptors (the
 * others closed for it, the shell's output only the first program's, so that each output ends
 * with its program), then its exit line; the shell waits for them all.
 */
export function sideBySideScript(commands: readonly ModeCommand[]): string {
  const extra = commands.flatMap((_, index) => sideBySideDescriptors(index)).filter((descriptor) => descriptor !== 1);
  return (
    'exec 9<&0; ' +
    commands
      .map((command, index) => {
        const [input, output] = sideBySideDescriptors(index);
        const others = extra.filter((descriptor) => descriptor !== input && descriptor !== output).map((descriptor) => `${descriptor}<&-`);
        const own = output === 1 ? [`${input}<&-`] : [`${input}<&-`, `${output}<&-`];
        return `{ ${[command.program, ...command.args].map(quoteWord).join(' ')} <&${input} >&${output} ${[...own, ...others].join(' ')}; printf '\\nbilingual-engine-exit ${index} %d\\n' "$?" >&2; } ${[...others, ...(output === 1 ? [] : ['>/dev/null'])].join(' ')} &`;
      })
      .join(' ') + ' exec 9<&- >/dev/null; wait'
  );
}

function quoteWord(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** An exit line the chain's script writes to stderr: the program's index and its status. */
const EXIT_LINE = /^bilingual-engine-exit (\d+) (\d+)$/;

/**
 * The shell script running `commands` piped into each other, each in a group that writes its
 * exit status to stderr once it ends (on a line of its own); with a `niceness`, each program
 * under `nice -n <niceness>`, which sets it and `exec`s the program (the same process, the
 * same exit status; 127 when it cannot be started). Every word is quoted: nothing is expanded.
 */
export function chainScript(commands: readonly ModeCommand[], niceness = 0): string {
  const nice = niceness > 0 ? `nice -n ${Math.trunc(niceness)} ` : '';
  return commands
    .map((command, index) => `{ ${nice}${[command.program, ...command.args].map(quoteWord).join(' ')}; printf '\\nbilingual-engine-exit ${index} %d\\n' "$?" >&2; }`)
    .join(' | ');
}

/**
 * Every process under `pid` (Linux): each one's children from `/proc/<id>/task/<id>/children`,
 * or, where the kernel does not offer that file, from every process's parent in `/proc`.
 */
function descendantsOf(pid: number): number[] {
  const found: number[] = [];
  let childrenOf = (id: number): number[] | undefined => {
    try {
      return readFileSync(`/proc/${id}/task/${id}/children`, 'latin1').split(' ').filter(Boolean).map(Number);
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT' && id !== pid ? [] : undefined; // ended meanwhile, or no such file
    }
  };
  if (childrenOf(pid) === undefined) {
    const table = parentTable();
    childrenOf = (id) => table.get(id) ?? [];
  }
  for (let index = -1, next = pid; index < found.length; next = found[++index]!) {
    found.push(...(childrenOf(next) ?? []));
  }
  return found;
}

/** Each process's children, from every `/proc/<id>/stat`. */
function parentTable(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    // no /proc: nothing found
  }
  for (const entry of entries) {
    if (entry.charCodeAt(0) > 57) continue; // not a process id
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'latin1');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ', 2)[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // ended while we looked
    }
  }
  return children;
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

function signalName(number: number): string | undefined {
  return Object.entries(constants.signals).find(([, value]) => value === number)?.[0];
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

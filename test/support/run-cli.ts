/**
 * Runs the real `bin/bilingual.js` as a child process with a clean environment (only PATH,
 * a throw-away HOME and a UTF-8 locale, plus what the test adds), so that no developer's
 * keys or settings leak into a test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLI_PATH = fileURLToPath(new URL('../../bin/bilingual.js', import.meta.url));
export const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RunCliOptions {
  /** @default the repository root */
  cwd?: string;
  /** Added to the clean environment. @default {} */
  env?: Record<string, string>;
  /** The child is killed after this many milliseconds. @default 60000 */
  timeoutMs?: number;
  /** Called with the child and its stderr so far each time stderr grows (to send signals). */
  onStderr?: (child: ChildProcess, stderrSoFar: string) => void;
  /** Called once with the child as soon as it is spawned (to signal it on outside events). */
  onSpawn?: (child: ChildProcess) => void;
}

export interface CliResult {
  /** Exit code, or null when a signal ended the child. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function cleanEnvironment(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/nonexistent', LANG: 'C.UTF-8', ...extra };
}

export function runCli(args: string[], options: RunCliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_PATH, ...args], {
      cwd: options.cwd ?? REPOSITORY_ROOT,
      env: cleanEnvironment(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    options.onSpawn?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      options.onStderr?.(child, stderr);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** A stack trace line such as `at build (/path/file.ts:12:5)`. */
export const STACK_LINE = /at .*\(.*:\d+:\d+\)/;

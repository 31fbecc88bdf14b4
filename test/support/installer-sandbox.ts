/**
 * A sandbox for testing the project's install scripts: a temporary folder whose `bin` holds
 * only stand-ins (apt-get, apt-cache, id, …) that log their calls, and links to the few real
 * programs a script may use, so every branch runs here without installing anything and never
 * reaches the machine's own apt-get.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** Where this machine keeps a program, so the stand-in PATH can hold only what the script may use. */
export function locate(program: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error(`${program} is needed to run the installer test`);
  return found;
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

export interface InstallerSandbox {
  folder: string;
  bin: string;
  bash: string;
  /** Writes an executable stand-in at `path` that logs `<name> <arguments>` and then runs `body`. */
  stub: (path: string, body: string) => void;
  /** Runs `script` with bash, with only the sandbox's `bin` on PATH and `env` added. */
  run: (script: string, env: Record<string, string>) => { status: number | null; output: string; aptGetCalls: string[] };
}

/** A new sandbox (removed after the test) with links to the real `programs`. */
export function createInstallerSandbox(prefix: string, programs: readonly string[]): InstallerSandbox {
  const bash = locate('bash');
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  const bin = join(folder, 'bin');
  const log = join(folder, 'calls.log');
  mkdirSync(bin);
  for (const program of programs) symlinkSync(locate(program), join(bin, program));
  const stub = (path: string, body: string) => {
    writeFileSync(path, `#!${bash}\necho "${path.split('/').at(-1)} $*" >> '${log}'\n${body}\n`);
    chmodSync(path, 0o755);
  };
  const run = (script: string, env: Record<string, string>) => {
    const result = spawnSync(bash, [script], { encoding: 'utf8', env: { PATH: bin, CI: 'true', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let calls: string[] = [];
    try {
      calls = readFileSync(log, 'utf8').trim().split('\n').filter((line) => line.startsWith('apt-get'));
    } catch {
      // no call logged
    }
    return { status: result.status, output: result.stdout + result.stderr, aptGetCalls: calls };
  };
  return { folder, bin, bash, stub, run };
}

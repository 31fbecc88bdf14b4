/**
 * scripts/install-test-browser.sh, run with stand-ins for apt-cache, apt-get, id and pandoc
 * placed first on PATH and CHROMIUM_PATH in a temporary folder, so every branch runs here
 * without installing anything.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const script = join(dirname(fileURLToPath(import.meta.url)), '../../scripts/install-test-browser.sh');
const folders: string[] = [];

function locate(program: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error(`${program} is needed to run the installer test`);
  return found;
}
const bash = locate('bash');

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

interface Machine {
  /** Of `chromium` and `pandoc`. */
  installed: string[];
  /** Packages apt-cache knows before `apt-get update`. */
  known: string[];
  uid: number;
  withAptGet?: boolean;
}

function run(machine: Machine) {
  const folder = mkdtempSync(join(tmpdir(), 'install-test-browser-'));
  folders.push(folder);
  const bin = join(folder, 'bin');
  const chromium = join(folder, 'chromium');
  const log = join(folder, 'calls.log');
  const stub = (path: string, body: string) => {
    writeFileSync(path, `#!${bash}\necho "${path.split('/').at(-1)} $*" >> '${log}'\n${body}\n`);
    chmodSync(path, 0o755);
  };
  mkdirSync(bin);
  // Only these real programs are reachable: never the machine's own apt-get.
  for (const program of ['grep', 'cat', 'chmod']) symlinkSync(locate(program), join(bin, program));
  writeFileSync(join(folder, 'known'), machine.known.join('\n') + '\n');
  stub(join(bin, 'id'), `echo ${machine.uid}`);
  stub(join(bin, 'apt-cache'), `grep -qx "$2" '${folder}/known'`);
  if (machine.installed.includes('chromium')) stub(chromium, 'exit 0');
  if (machine.installed.includes('pandoc')) stub(join(bin, 'pandoc'), 'exit 0');
  if (machine.withAptGet !== false) {
    stub(
      join(bin, 'apt-get'),
      `case "$1" in update) printf '%s\\n' chromium pandoc >> '${folder}/known';;
       install) for p in "$@"; do case "$p" in
         chromium) printf '#!${bash}\\n' > '${chromium}'; chmod 755 '${chromium}';;
         pandoc) printf '#!${bash}\\n' > '${bin}/pandoc'; chmod 755 '${bin}/pandoc';;
       esac; done;; esac`,
    );
  }
  const result = spawnSync(bash, [script], {
    encoding: 'utf8',
    env: { PATH: bin, CI: 'true', CHROMIUM_PATH: chromium },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let calls: string[] = [];
  try {
    calls = readFileSync(log, 'utf8').trim().split('\n').filter((line) => line.startsWith('apt-get'));
  } catch {
    // no call logged
  }
  return { status: result.status, output: result.stdout + result.stderr, aptGetCalls: calls };
}

describe('scripts/install-test-browser.sh', () => {
  it('does nothing when Chromium and Pandoc are there', () => {
    const result = run({ installed: ['chromium', 'pandoc'], known: [], uid: 1000 });
    expect(result.status).toBe(0);
    expect(result.aptGetCalls).toEqual([]);
    expect(result.output).toContain('already installed');
  });

  it('as root installs only what is missing, without updating lists that know it', () => {
    const result = run({ installed: ['pandoc'], known: ['chromium', 'pandoc'], uid: 0 });
    expect(result.status, result.output).toBe(0);
    expect(result.aptGetCalls).toEqual(['apt-get install -y -q --no-install-recommends chromium']);
  });

  it('as root on a fresh machine updates the package lists first', () => {
    const result = run({ installed: [], known: [], uid: 0 });
    expect(result.status, result.output).toBe(0);
    expect(result.aptGetCalls).toEqual(['apt-get update -q', 'apt-get install -y -q --no-install-recommends chromium pandoc']);
  });

  it('without root prints the exact command and fails', () => {
    const result = run({ installed: ['chromium'], known: ['pandoc'], uid: 1000 });
    expect(result.status).toBe(1);
    expect(result.aptGetCalls).toEqual([]);
    expect(result.output).toContain('sudo apt-get update && sudo apt-get install -y pandoc');
  });

  it('without apt-get says what to install and fails', () => {
    const result = run({ installed: [], known: [], uid: 0, withAptGet: false });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/apt-get is not available.*CHROMIUM_PATH.*Pandoc/s);
  });
});

/**
 * scripts/install-test-browser.sh, run with stand-ins for apt-cache, apt-get, id and pandoc
 * placed first on PATH and CHROMIUM_PATH in a temporary folder, so every branch runs here
 * without installing anything.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createInstallerSandbox } from '../support/installer-sandbox.ts';

const script = join(dirname(fileURLToPath(import.meta.url)), '../../scripts/install-test-browser.sh');

interface Machine {
  /** Of `chromium` and `pandoc`. */
  installed: string[];
  /** Packages apt-cache knows before `apt-get update`. */
  known: string[];
  uid: number;
  withAptGet?: boolean;
}

function run(machine: Machine) {
  const { folder, bin, bash, stub, run: runScript } = createInstallerSandbox('install-test-browser-', ['grep', 'cat', 'chmod']);
  const chromium = join(folder, 'chromium');
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
  return runScript(script, { CHROMIUM_PATH: chromium });
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

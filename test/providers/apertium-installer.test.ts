/**
 * scripts/install-apertium.sh, run with stand-ins for dpkg-query, apt-cache, apt-get and id
 * placed first on PATH, so every branch runs here without installing anything.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createInstallerSandbox } from '../support/installer-sandbox.ts';

const script = join(dirname(fileURLToPath(import.meta.url)), '../../scripts/install-apertium.sh');
const ALL = ['apertium', 'apertium-fr-es', 'apertium-eng-spa', 'apertium-fra-cat', 'apertium-eng-cat', 'hunspell-fr', 'wfrench'];

interface Machine {
  installed: string[];
  /** Packages apt-cache knows before `apt-get update`. */
  known: string[];
  uid: number;
  withAptGet?: boolean;
}

function run(machine: Machine) {
  const { folder, bin, stub: stubAt, run: runScript } = createInstallerSandbox('install-apertium-', ['grep', 'touch']);
  const stub = (name: string, body: string) => stubAt(join(bin, name), body);
  const modes = join(folder, 'modes');
  mkdirSync(modes);
  writeFileSync(join(folder, 'installed'), machine.installed.join('\n') + '\n');
  writeFileSync(join(folder, 'known'), machine.known.join('\n') + '\n');
  stub('id', `echo ${machine.uid}`);
  stub(
    'dpkg-query',
    `for p in "$@"; do :; done; grep -qx "$p" '${folder}/installed' && echo 'install ok installed' || exit 1`,
  );
  stub('apt-cache', `grep -qx "$2" '${folder}/known'`);
  if (machine.withAptGet !== false) {
    stub(
      'apt-get',
      `case "$1" in update) printf '%s\\n' ${ALL.join(' ')} >> '${folder}/known';;
       install) for p in "$@"; do case "$p" in -*|install) ;; *) echo "$p" >> '${folder}/installed';; esac; done;
                touch '${modes}/fr-es.mode' '${modes}/spa-eng.mode';; esac`,
    );
  }
  return runScript(script, { APERTIUM_MODES_DIR: modes });
}

describe('scripts/install-apertium.sh', () => {
  it('does nothing when everything is installed', () => {
    const result = run({ installed: ALL, known: ALL, uid: 1000 });
    expect(result.status).toBe(0);
    expect(result.aptGetCalls).toEqual([]);
    expect(result.output).toContain('already installed');
  });

  it('as root installs only what is missing, non-interactively, without updating lists that know the packages', () => {
    const result = run({ installed: ['apertium', 'hunspell-fr', 'wfrench'], known: ALL, uid: 0 });
    expect(result.status).toBe(0);
    expect(result.aptGetCalls).toEqual(['apt-get install -y -q --no-install-recommends apertium-fr-es apertium-eng-spa apertium-fra-cat apertium-eng-cat']);
  });

  it('as root on a fresh machine updates the package lists first', () => {
    const result = run({ installed: [], known: [], uid: 0 });
    expect(result.status).toBe(0);
    expect(result.aptGetCalls).toEqual(['apt-get update -q', `apt-get install -y -q --no-install-recommends ${ALL.join(' ')}`]);
  });

  it('without root prints the exact command and fails', () => {
    const result = run({ installed: ['apertium'], known: ALL, uid: 1000 });
    expect(result.status).toBe(1);
    expect(result.aptGetCalls).toEqual([]);
    expect(result.output).toContain('sudo apt-get update && sudo apt-get install -y apertium-fr-es apertium-eng-spa apertium-fra-cat apertium-eng-cat hunspell-fr wfrench');
  });

  it('without apt-get says what to install and fails', () => {
    const result = run({ installed: [], known: [], uid: 0, withAptGet: false });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/apt-get is not available.*apertium-fr-es and apertium-eng-spa/s);
  });
});

/**
 * The engine's description, part of the translation cache key:
 * `apertium 3.8.3-1+b2 fr-es 0.9.4-1 + eng-spa 0.8.1-2`, from the Debian packages that own
 * the mode files. Where dpkg is absent (or a mode file belongs to no package) the mode's
 * content hash stands in for its version.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const TIMEOUT_MS = 10_000;

async function output(program: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run(program, args, { timeout: TIMEOUT_MS, encoding: 'utf8' });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

async function packageVersion(name: string): Promise<string | undefined> {
  return output('dpkg-query', ['-W', '-f=${Version}', name]);
}

/** Package owning a file, from `dpkg-query -S` (`apertium-fr-es: /usr/share/…/fr-es.mode`). */
async function owningPackage(path: string): Promise<string | undefined> {
  const line = await output('dpkg-query', ['-S', path]);
  const name = line?.split('\n')[0]?.split(':')[0]?.trim();
  return name && /^[a-z0-9][a-z0-9+.-]*$/.test(name) ? name : undefined;
}

async function engineVersion(): Promise<string> {
  const fromPackage = await packageVersion('apertium');
  if (fromPackage) return fromPackage;
  const fromWrapper = await output('apertium', ['-V']);
  return fromWrapper?.match(/\d+(?:\.\d+)+\S*/)?.[0] ?? 'unknown';
}

async function describeMode(modesDir: string, mode: string): Promise<string> {
  const path = join(modesDir, `${mode}.mode`);
  const owner = await owningPackage(path);
  const version = owner ? await packageVersion(owner) : undefined;
  if (owner && version) return `${owner.replace(/^apertium-/, '')} ${version}`;
  const content = await readFile(path);
  return `${mode} sha256:${createHash('sha256').update(content).digest('hex').slice(0, 16)}`;
}

export async function describeEngine(modesDir: string, modes: string[]): Promise<string> {
  const [version, ...pairs] = await Promise.all([engineVersion(), ...modes.map((mode) => describeMode(modesDir, mode))]);
  return `apertium ${version} ${pairs.join(' + ')}`;
}

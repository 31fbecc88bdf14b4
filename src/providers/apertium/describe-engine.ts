/**
 * The engine's description, part of the translation cache key:
 * `apertium 3.8.3-1+b2 fr-es 0.9.4-1 + eng-spa 0.8.1-2`, from the Debian packages that own
 * the mode files. Where dpkg is absent (or a mode file belongs to no package) the mode's
 * content hash stands in for its version.
 *
 * dpkg is asked twice in all, whatever the number of modes: once which packages own the mode
 * files (`dpkg-query -S` reads every installed package's file list, about 0.1 s of CPU a
 * call), then once the versions of those packages and of `apertium`. Asked one file and one
 * package at a time, as before, a build started five `dpkg-query` processes and spent about
 * 0.2 s of CPU on them.
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

/**
 * What `dpkg-query` wrote on its standard output, also when it exits non-zero: asked several
 * things, it answers those it found and fails for the others. Undefined without dpkg.
 */
async function dpkgAnswer(args: string[]): Promise<string> {
  try {
    return (await run('dpkg-query', args, { timeout: TIMEOUT_MS, encoding: 'utf8' })).stdout;
  } catch (error) {
    const stdout = (error as { stdout?: unknown }).stdout;
    return typeof stdout === 'string' ? stdout : '';
  }
}

/**
 * The package owning each file, from one `dpkg-query -S` (`apertium-fr-es: /usr/share/…/fr-es.mode`):
 * the first line naming the file, as a call for that file alone would give it first.
 */
async function owningPackages(paths: readonly string[]): Promise<Array<string | undefined>> {
  const lines = (await dpkgAnswer(['-S', ...paths])).split('\n');
  return paths.map((path) => {
    const line = lines.find((candidate) => candidate.endsWith(`: ${path}`));
    const name = line?.split(':')[0]?.trim();
    return name && /^[a-z0-9][a-z0-9+.-]*$/.test(name) ? name : undefined;
  });
}

/**
 * Each package's version, from one `dpkg-query -W`; a package listed twice (installed for two
 * architectures) gets its versions joined, as `-f=${Version}` for that package alone writes them.
 */
async function packageVersions(names: readonly string[]): Promise<Map<string, string>> {
  const versions = new Map<string, string>();
  if (names.length === 0) return versions;
  for (const line of (await dpkgAnswer(['-W', '-f=${Package}\t${Version}\n', ...new Set(names)])).split('\n')) {
    const [name, version] = line.split('\t');
    if (name === undefined || version === undefined || !names.includes(name)) continue;
    versions.set(name, (versions.get(name) ?? '') + version);
  }
  for (const [name, version] of versions) {
    if (version.trim() === '') versions.delete(name);
    else versions.set(name, version.trim());
  }
  return versions;
}

async function describeMode(path: string, mode: string, owner: string | undefined, versions: Map<string, string>): Promise<string> {
  const version = owner ? versions.get(owner) : undefined;
  if (owner && version) return `${owner.replace(/^apertium-/, '')} ${version}`;
  const content = await readFile(path);
  return `${mode} sha256:${createHash('sha256').update(content).digest('hex').slice(0, 16)}`;
}

export async function describeEngine(modesDir: string, modes: string[]): Promise<string> {
  const paths = modes.map((mode) => join(modesDir, `${mode}.mode`));
  const owners = await owningPackages(paths);
  const versions = await packageVersions(['apertium', ...owners.filter((owner): owner is string => owner !== undefined)]);
  const version = versions.get('apertium') ?? (await output('apertium', ['-V']))?.match(/\d+(?:\.\d+)+\S*/)?.[0] ?? 'unknown';
  const pairs = await Promise.all(modes.map((mode, index) => describeMode(paths[index]!, mode, owners[index], versions)));
  return `apertium ${version} ${pairs.join(' + ')}`;
}

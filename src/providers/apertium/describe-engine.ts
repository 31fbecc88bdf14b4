/**
 * The engine's description, part of the translation cache key:
 * `apertium 3.8.3-1+b2 fr-es 0.9.4-1 + eng-spa 0.8.1-2`, from the Debian packages that own
 * the mode files. Where dpkg is absent (or a mode file belongs to no package) the mode's
 * content hash stands in for its version.
 *
 * The owners of the mode files are read from the `apertium…` packages' file lists, dpkg asked
 * (`dpkg-query -S`, which reads every installed package's list, about 0.1 s of CPU a call) only
 * for a file none of them lists; then dpkg is asked once the versions of those packages and of
 * `apertium`. Asked one file and one package at a time, as before session 26, a build started
 * five `dpkg-query` processes and spent about 0.2 s of CPU on them.
 *
 * The lists are read with synchronous calls (a `readdir` and a dozen small files, about a
 * millisecond), so that `describeEngine` starts `dpkg-query` before it returns: a build asks for
 * the description before it starts the engine's programs, and dpkg answers while they are
 * spawned. Read through the thread pool, each answer waited for the main thread, which was
 * spawning them, so dpkg started only after the last spawn and the first article waited for it
 * (0.3 s with the main thread idle, in a profile at load 15).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
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

/** Where dpkg keeps each installed package's list of files (`<package>[:<arch>].list`). */
export const DPKG_INFO_DIR = '/var/lib/dpkg/info';

/**
 * The package owning each file: first from the file lists of the installed packages named
 * `apertium…` (a mode file is shipped by its pair's package: a dozen small lists read), then, for
 * a file none or several of them list, from one `dpkg-query -S`, which reads every installed
 * package's list (1,300 here: about 0.1 s of CPU and 0.4 s of a loaded machine at every build's
 * start, while the first translation waits for this description). Both give the same owner: the
 * one package whose list names the file (dpkg lets no two packages ship one file).
 */
function owningPackages(paths: readonly string[], infoDir: string): Array<string | undefined> | Promise<Array<string | undefined>> {
  const listed = ownersFromApertiumLists(paths, infoDir);
  const unknown = paths.filter((_, index) => listed[index] === undefined);
  if (unknown.length === 0) return listed;
  return ownersFromDpkg(unknown).then((asked) => listed.map((owner, index) => owner ?? asked[unknown.indexOf(paths[index]!)]));
}

/** The owner of each file among the `apertium…` packages' file lists, when exactly one lists it. */
function ownersFromApertiumLists(paths: readonly string[], infoDir: string): Array<string | undefined> {
  let names: string[];
  try {
    names = readdirSync(infoDir).filter((name) => /^apertium[a-z0-9+.-]*(?::[a-z0-9-]+)?\.list$/.test(name));
  } catch {
    return paths.map(() => undefined);
  }
  const owners = paths.map(() => new Set<string>());
  for (const name of names) {
    let files: Set<string>;
    try {
      files = new Set(readFileSync(join(infoDir, name), 'utf8').split('\n'));
    } catch {
      continue;
    }
    paths.forEach((path, index) => {
      if (files.has(path)) owners[index]!.add(name.replace(/\.list$/, '').replace(/:.*$/, ''));
    });
  }
  return owners.map((found) => (found.size === 1 ? [...found][0] : undefined));
}

/**
 * The package owning each file, from one `dpkg-query -S` (`apertium-fr-es: /usr/share/…/fr-es.mode`):
 * the first line naming the file, as a call for that file alone would give it first.
 */
async function ownersFromDpkg(paths: readonly string[]): Promise<Array<string | undefined>> {
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

export async function describeEngine(modesDir: string, modes: string[], options: { dpkgInfoDir?: string } = {}): Promise<string> {
  const paths = modes.map((mode) => join(modesDir, `${mode}.mode`));
  // Awaited only when a list lacked a file: otherwise `dpkg-query -W` starts before this returns.
  const found = owningPackages(paths, options.dpkgInfoDir ?? DPKG_INFO_DIR);
  const owners = Array.isArray(found) ? found : await found;
  const versions = await packageVersions(['apertium', ...owners.filter((owner): owner is string => owner !== undefined)]);
  const version = versions.get('apertium') ?? (await output('apertium', ['-V']))?.match(/\d+(?:\.\d+)+\S*/)?.[0] ?? 'unknown';
  const pairs = await Promise.all(modes.map((mode, index) => describeMode(paths[index]!, mode, owners[index], versions)));
  return `apertium ${version} ${pairs.join(' + ')}`;
}

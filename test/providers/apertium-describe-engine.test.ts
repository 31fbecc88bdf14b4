/**
 * The engine's description (part of the cache key) from a stand-in `dpkg-query` on PATH: dpkg
 * asked twice in all, partial answers (dpkg-query exits 1 for what it did not find) read, and
 * a mode file no package owns described by its content hash.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEngine } from '../../src/providers/apertium/describe-engine.ts';

let folder: string;
let path: string | undefined;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bilingual-describe-'));
  path = process.env.PATH;
  await writeFile(join(folder, 'fr-es.mode'), 'lt-proc x\n');
  await writeFile(join(folder, 'local.mode'), 'lt-proc y\n');
  // Answers as dpkg-query does: what it found on stdout, the rest on stderr, exit 1 if anything was missing.
  const stub = [
    '#!/bin/sh',
    `echo "$1" >> "${join(folder, 'calls.log')}"`,
    'missing=0',
    'if [ "$1" = "-S" ]; then shift; for file in "$@"; do case "$file" in',
    '  */fr-es.mode) echo "apertium-fr-es: $file" ;;',
    '  *) echo "dpkg-query: no path found matching pattern $file" >&2; missing=1 ;;',
    'esac; done; exit $missing; fi',
    'shift 2; for name in "$@"; do case "$name" in',
    '  apertium) printf "apertium\\t3.8.3-1\\n" ;;',
    '  apertium-fr-es) printf "apertium-fr-es\\t0.9.4-1\\n" ;;',
    '  *) echo "dpkg-query: no packages found matching $name" >&2; missing=1 ;;',
    'esac; done; exit $missing',
  ].join('\n');
  await writeFile(join(folder, 'dpkg-query'), `${stub}\n`);
  await chmod(join(folder, 'dpkg-query'), 0o755);
  process.env.PATH = `${folder}${delimiter}${path ?? ''}`;
});

afterEach(async () => {
  process.env.PATH = path;
  await rm(folder, { recursive: true, force: true });
});

describe('describeEngine', () => {
  it('names each pair by its package and version, asking dpkg twice in all', async () => {
    expect(await describeEngine(folder, ['fr-es'])).toBe('apertium 3.8.3-1 fr-es 0.9.4-1');
    expect((await readFile(join(folder, 'calls.log'), 'utf8')).trim().split('\n')).toHaveLength(2);
  });

  it('reads what dpkg found when it fails for another file, and hashes a mode no package owns', async () => {
    const description = await describeEngine(folder, ['fr-es', 'local']);
    expect(description).toMatch(/^apertium 3\.8\.3-1 fr-es 0\.9\.4-1 \+ local sha256:[0-9a-f]{16}$/);
  });

  it('finds a mode file in its apertium package\'s file list without asking dpkg which package owns it, and asks dpkg for a file none lists', async () => {
    const info = join(folder, 'info');
    await mkdir(info);
    await writeFile(join(info, 'apertium-fr-es.list'), `/.\n/usr\n${join(folder, 'fr-es.mode')}\n`);
    await writeFile(join(info, 'apertium-fr-es-dev:amd64.list'), '/.\n/usr/share/apertium-fr-es\n');
    await writeFile(join(info, 'libc6:amd64.list'), `${join(folder, 'local.mode')}\n`);
    // The same description as dpkg's own answer gives, with dpkg asked for versions only.
    expect(await describeEngine(folder, ['fr-es'], { dpkgInfoDir: info })).toBe('apertium 3.8.3-1 fr-es 0.9.4-1');
    expect((await readFile(join(folder, 'calls.log'), 'utf8')).trim().split('\n')).toEqual(['-W']);
    // A file no apertium package lists (another package's lists are not read): dpkg is asked.
    const description = await describeEngine(folder, ['fr-es', 'local'], { dpkgInfoDir: info });
    expect(description).toMatch(/^apertium 3\.8\.3-1 fr-es 0\.9\.4-1 \+ local sha256:[0-9a-f]{16}$/);
    expect((await readFile(join(folder, 'calls.log'), 'utf8')).trim().split('\n')).toEqual(['-W', '-S', '-W']);
  });

  it('starts dpkg before it returns when the lists name every mode file: nothing is awaited first', () => {
    const info = join(folder, 'info');
    mkdirSync(info);
    writeFileSync(join(info, 'apertium-fr-es.list'), `${join(folder, 'fr-es.mode')}\n`);
    const log = join(folder, 'calls.log');
    const described = describeEngine(folder, ['fr-es'], { dpkgInfoDir: info });
    // This thread never yields below: only a dpkg-query already started can write its call.
    const deadline = Date.now() + 30_000;
    while (!existsSync(log) && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    expect(readFileSync(log, 'utf8').trim()).toBe('-W');
    return expect(described).resolves.toBe('apertium 3.8.3-1 fr-es 0.9.4-1');
  });
});

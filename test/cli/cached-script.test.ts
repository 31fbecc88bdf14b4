import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { codeCacheFolders, KEPT_BUILDS, runCachedScript } from '../../src/cli/cached-script.ts';

// A script in the form the bundler writes: CommonJS, its `import()` written `__import(`.
const SCRIPT = `
const { basename } = require('node:path');
function greet(name) { return 'bonjour ' + name; }
exports.greet = greet;
exports.file = basename(__filename);
exports.sibling = () => __import('./sibling.mjs').then((module) => module.value);
`;

let folder = '';

const CACHED_SCRIPT = fileURLToPath(new URL('../../src/cli/cached-script.ts', import.meta.url));

/**
 * A run in a fresh process, as the command's (within one process, V8 reuses what it compiled of
 * the same source, whatever cache it is given): whether it ran from the cache, and what it said.
 */
function runFresh(script: string, root: string, env: NodeJS.ProcessEnv): { cacheUsed: boolean; greeting: string } {
  const runner = join(folder, 'runner.ts');
  writeFileSync(
    runner,
    `import { runCachedScript } from ${JSON.stringify(CACHED_SCRIPT)};\n` +
      `const run = runCachedScript(process.argv[2], process.argv[3]);\n` +
      `const greeting = run.exports.greet('Anne');\n` +
      `run.saveCodeCache();\n` +
      `console.log(JSON.stringify({ cacheUsed: run.cacheUsed, greeting }));\n`,
  );
  const child = spawnSync(process.execPath, ['--import', 'tsx', runner, script, root], { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as { cacheUsed: boolean; greeting: string };
}

function setUp(): { script: string; root: string; env: NodeJS.ProcessEnv } {
  folder = mkdtempSync(join(tmpdir(), 'cached-script-'));
  const root = join(folder, 'package');
  mkdirSync(join(root, 'dist'), { recursive: true });
  const script = join(root, 'dist', 'stage.cjs');
  writeFileSync(script, SCRIPT);
  writeFileSync(join(root, 'dist', 'sibling.mjs'), 'export const value = 42;\n');
  return { script, root, env: { XDG_CACHE_HOME: join(folder, 'user-cache'), HOME: folder } };
}

/** Waits `ms` milliseconds, the thread blocked (the runs under test are synchronous too). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function cacheFiles(directory: string): string[] {
  return existsSync(directory) ? readdirSync(directory).filter((name) => name.endsWith('.v8')) : [];
}

afterEach(() => {
  if (folder !== '') rmSync(folder, { recursive: true, force: true });
  folder = '';
});

describe('runCachedScript', () => {
  it('runs the script, writes its cache after the run, and runs from the cache the next time', async () => {
    const { script, root, env } = setUp();
    const first = runCachedScript<{ greet(name: string): string; file: string; sibling(): Promise<number> }>(script, root, env);
    expect(first.cacheUsed).toBe(false);
    expect(first.exports.greet('Marie')).toBe('bonjour Marie');
    expect(first.exports.file).toBe('stage.cjs');
    expect(await first.exports.sibling()).toBe(42);
    first.saveCodeCache();
    const [packageFolder] = codeCacheFolders(root, env);
    expect(cacheFiles(packageFolder!)).toHaveLength(1);

    const second = runCachedScript<{ greet(name: string): string }>(script, root, env);
    expect(second.cacheUsed).toBe(true);
    expect(second.exports.greet('Paul')).toBe('bonjour Paul');
  });

  it('compiles from the source when the cache is not one V8 accepts, and writes a good one', { timeout: 60_000 }, () => {
    const { script, root, env } = setUp();
    expect(runFresh(script, root, env)).toEqual({ cacheUsed: false, greeting: 'bonjour Anne' });
    expect(runFresh(script, root, env)).toEqual({ cacheUsed: true, greeting: 'bonjour Anne' });
    const [packageFolder] = codeCacheFolders(root, env);
    const [name] = cacheFiles(packageFolder!);
    writeFileSync(join(packageFolder!, name!), 'not a code cache');
    expect(runFresh(script, root, env)).toEqual({ cacheUsed: false, greeting: 'bonjour Anne' });
    expect(runFresh(script, root, env)).toEqual({ cacheUsed: true, greeting: 'bonjour Anne' });
  });

  it('keys the cache on the script: another build of it is not read from the old cache', () => {
    const { script, root, env } = setUp();
    runCachedScript(script, root, env).saveCodeCache();
    writeFileSync(script, `${SCRIPT}\nexports.extra = 1;\n`);
    const rebuilt = runCachedScript<{ extra: number }>(script, root, env);
    expect(rebuilt.cacheUsed).toBe(false);
    expect(rebuilt.exports.extra).toBe(1);
    // The old build's cache stays beside the new one's (KEPT_BUILDS), and so does one under other
    // V8 flags (a build's).
    rebuilt.saveCodeCache();
    runCachedScript(script, root, env, '--interrupt-budget=10000').saveCodeCache();
    const [packageFolder] = codeCacheFolders(root, env);
    expect(cacheFiles(packageFolder!)).toHaveLength(3);
    expect(cacheFiles(packageFolder!).filter((name) => name.includes('interrupt_budget_10000'))).toHaveLength(1);
  });

  it('keeps the caches of two builds run in turn under one cache folder, and of the newest few builds only', () => {
    const { script, root, env } = setUp();
    // A second checkout whose `.cache` is the first one's (worktrees, a benchmark's before copy).
    const other = join(folder, 'other');
    mkdirSync(join(other, 'dist'), { recursive: true });
    const otherScript = join(other, 'dist', 'stage.cjs');
    writeFileSync(otherScript, `${SCRIPT}\nexports.other = true;\n`);
    writeFileSync(join(other, 'dist', 'sibling.mjs'), 'export const value = 42;\n');
    symlinkSync(join(root, '.cache'), join(other, '.cache'));
    const [packageFolder] = codeCacheFolders(root, env);

    runCachedScript(script, root, env).saveCodeCache();
    runCachedScript(otherScript, other, env).saveCodeCache();
    // Each build runs from its own cache after the other's run wrote one (a pause first, so that
    // the use marked on the first build's cache, to the millisecond, is later than the other's write).
    pause(30);
    const again = runCachedScript(script, root, env);
    expect(again.cacheUsed).toBe(true);
    again.saveCodeCache();
    expect(runCachedScript(otherScript, other, env).cacheUsed).toBe(true);
    expect(cacheFiles(packageFolder!)).toHaveLength(2);

    // Builds past KEPT_BUILDS: the least recently used one's cache goes.
    const times = [Date.now() / 1000 + 10, Date.now() / 1000 + 20];
    const before = cacheFiles(packageFolder!);
    for (const [index, time] of times.entries()) {
      pause(30);
      writeFileSync(otherScript, `${SCRIPT}\nexports.build = ${index};\n`);
      utimesSync(otherScript, time, time);
      runCachedScript(otherScript, other, env).saveCodeCache();
    }
    const after = cacheFiles(packageFolder!);
    expect(after).toHaveLength(KEPT_BUILDS);
    const otherFirst = before.find((name) => !name.includes(`-${statSync(script).size}-`));
    expect(after).not.toContain(otherFirst);
    expect(after.filter((name) => before.includes(name))).toHaveLength(1);
  });

  it("writes to the user's cache folder when the package's cannot be written, and never fails when neither can", () => {
    const { script, root, env } = setUp();
    // `.cache` a file: no folder can be made under it.
    writeFileSync(join(root, '.cache'), '');
    runCachedScript(script, root, env).saveCodeCache();
    const [, userFolder] = codeCacheFolders(root, env);
    expect(cacheFiles(userFolder!)).toHaveLength(1);
    expect(runCachedScript(script, root, env).cacheUsed).toBe(true);

    const nowhere = { ...env, XDG_CACHE_HOME: join(root, '.cache', 'below-a-file') };
    const run = runCachedScript<{ greet(name: string): string }>(script, root, nowhere);
    expect(() => run.saveCodeCache()).not.toThrow();
    expect(run.exports.greet('Luc')).toBe('bonjour Luc');
  });

  it('never fails on a cache folder it cannot read', () => {
    if (process.getuid?.() === 0) return; // root reads every folder
    const { script, root, env } = setUp();
    const [packageFolder] = codeCacheFolders(root, env);
    mkdirSync(packageFolder!, { recursive: true });
    chmodSync(packageFolder!, 0o000);
    const run = runCachedScript<{ greet(name: string): string }>(script, root, env);
    expect(run.exports.greet('Léa')).toBe('bonjour Léa');
    expect(() => run.saveCodeCache()).not.toThrow();
    chmodSync(packageFolder!, 0o700);
  });

  it('keeps no cache when BILINGUAL_CODE_CACHE is 0', () => {
    const { script, root, env } = setUp();
    const off = { ...env, BILINGUAL_CODE_CACHE: '0' };
    runCachedScript(script, root, off).saveCodeCache();
    for (const cacheFolder of codeCacheFolders(root, off)) expect(cacheFiles(cacheFolder)).toEqual([]);
    expect(runCachedScript(script, root, off).cacheUsed).toBe(false);
  });

  it('gives the script a package the caller provides as that very object, and any other as CommonJS gives it', () => {
    const { root } = setUp();
    const script = join(root, 'dist', 'provided.cjs');
    writeFileSync(script, "exports.schema = require('schema-lib'); exports.path = require('node:path').sep;\n");
    const given = { z: { string: () => 'a schema' } };
    const run = runCachedScript<{ schema: unknown; path: string }>(script, root, { BILINGUAL_CODE_CACHE: '0' }, '', {
      providedPackages: { 'schema-lib': given },
    });
    expect(run.exports.schema).toBe(given);
    expect(run.exports.path).toBe('/');
    // Not provided: CommonJS's own `require`, which finds no such package.
    expect(() => runCachedScript(script, root, { BILINGUAL_CODE_CACHE: '0' })).toThrow(/schema-lib/);
  });

  it('gives the script a shared package as the ES module the process imported, and any other as CommonJS gives it', async () => {
    const { root } = setUp();
    const script = join(root, 'dist', 'shares.cjs');
    writeFileSync(script, "exports.z = require('zod').z; exports.yaml = require('yaml');\n");
    symlinkSync(fileURLToPath(new URL('../../node_modules/', import.meta.url)), join(root, 'node_modules'));
    // Compiled as the command's is, and run by Node alone: tsx's own `require` would compile an
    // ES module to CommonJS, a copy of its own.
    const { transformSync } = await import('esbuild');
    const compiled = join(root, 'dist', 'cached-script.mjs');
    writeFileSync(compiled, transformSync(readFileSync(CACHED_SCRIPT, 'utf8'), { loader: 'ts', format: 'esm' }).code);
    const runner = join(root, 'dist', 'shares-runner.mjs');
    writeFileSync(
      runner,
      `import { runCachedScript } from './cached-script.mjs';\n` +
        `const zod = await import('zod');\n` +
        `const shared = runCachedScript(process.argv[2], process.argv[3], {}, '', { sharedPackages: ['zod'], resolveShared: (id) => import.meta.resolve(id) }).exports;\n` +
        `const apart = runCachedScript(process.argv[2], process.argv[3], {}, '').exports;\n` +
        `console.log(JSON.stringify({ shared: shared.z === zod.z, apart: apart.z === zod.z, parses: shared.z.string().parse('oui'), yaml: typeof shared.yaml.parse }));\n`,
    );
    const child = spawnSync(process.execPath, [runner, script, root], { env: { ...process.env, BILINGUAL_CODE_CACHE: '0' }, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    // Shared: the very instance (its schemas' classes the same); not shared: CommonJS's twin.
    expect(JSON.parse(child.stdout)).toEqual({ shared: true, apart: false, parses: 'oui', yaml: 'function' });
  });
});

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUILD_COMMAND_BUNDLE,
  BUILD_STAGE_BUNDLE,
  bundleBuildCommand,
  bundleBuildStage,
  bundleCommandEntry,
  bundleErrors,
  COMMAND_ENTRY,
  bundleLayoutModules,
  bundleStructureStage,
  requireChildProcessAtFirstSpawn,
  STRUCTURE_STAGE_BUNDLE,
} from '../../scripts/bundle-structure-stage.ts';
import { runCachedScript } from '../../src/cli/cached-script.ts';

// `layout-modules.js` as tsc writes it: a dead top-level `await import` per layout (the sources'),
// and a `createRequire` the compiled modules load each layout with.
const LAYOUT_MODULES = `import { createRequire } from 'node:module';
const COMPILED = import.meta.url.endsWith('.js');
const requireModule = createRequire(import.meta.url);
let pageLayout = COMPILED ? undefined : await import("./page-layout.js");
export function pageLayoutModule() {
    return (pageLayout ??= requireModule('./page-layout.js'));
}
`;

let folder = '';

afterEach(() => {
  if (folder !== '') rmSync(folder, { recursive: true, force: true });
  folder = '';
});

function write(root: string, file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

describe('bundleLayoutModules', () => {
  it('drops the dead await and lets the bundler see each layout it requires', () => {
    const rewritten = bundleLayoutModules(LAYOUT_MODULES);
    expect(rewritten).toContain('let pageLayout = undefined;');
    expect(rewritten).toContain("(pageLayout ??= require('./page-layout.js'))");
    expect(rewritten).not.toMatch(/\bawait\b/);
  });

  it('refuses a form it does not know rather than bundle a module twice', () => {
    expect(() => bundleLayoutModules(LAYOUT_MODULES.replace("requireModule('./page-layout.js')", "load('./page-layout.js')"))).toThrow(/no longer has the form/);
    expect(() => bundleLayoutModules(`${LAYOUT_MODULES}await Promise.resolve();\n`)).toThrow(/no longer has the form/);
  });
});

describe('requireChildProcessAtFirstSpawn', () => {
  const COMMAND = "const childProcess = require('node:child_process');\nconst path = require('node:path');\nfunction run(file) {\n  return childProcess.spawn(file, [], { stdio: 'inherit' });\n}\nmodule.exports = { run };\n";

  it('requires child_process at the first spawn, and gives that module the same call', () => {
    const rewritten = requireChildProcessAtFirstSpawn(COMMAND);
    expect(rewritten).not.toContain("const childProcess = require('node:child_process');");
    const required: string[] = [];
    const spawned: unknown[][] = [];
    const fakeRequire = (id: string): unknown => {
      required.push(id);
      return id === 'node:child_process' ? { spawn: (...args: unknown[]) => (spawned.push(args), 'process') } : {};
    };
    const module = { exports: {} as { run(file: string): unknown } };
    new Function('require', 'module', rewritten)(fakeRequire, module);
    expect(required).toEqual(['node:path']);
    expect(module.exports.run('bilingual-x')).toBe('process');
    expect(module.exports.run('bilingual-y')).toBe('process');
    expect(required).toEqual(['node:path', 'node:child_process']);
    expect(spawned).toEqual([
      ['bilingual-x', [], { stdio: 'inherit' }],
      ['bilingual-y', [], { stdio: 'inherit' }],
    ]);
  });

  it('refuses a commander that uses child_process otherwise', () => {
    expect(() => requireChildProcessAtFirstSpawn(COMMAND.replace('childProcess.spawn(', 'childProcess.execFile('))).toThrow(/no longer requires child_process/);
    expect(() => requireChildProcessAtFirstSpawn(`${COMMAND}exports.child = childProcess;\n`)).toThrow(/no longer requires child_process/);
    expect(() => requireChildProcessAtFirstSpawn(COMMAND.replace("require('node:child_process')", "require('child_process')"))).toThrow(/no longer requires child_process/);
  });
});

describe('bundleStructureStage', () => {
  it("keeps each module's own URL, one instance of the shared modules, and the layouts loaded on demand", async () => {
    folder = mkdtempSync(join(tmpdir(), 'bundle-stage-'));
    const dist = join(folder, 'dist');
    write(dist, 'errors.js', 'export class BilingualError extends Error {}\n');
    await bundleErrors(dist);
    write(dist, 'structure-pdf.js', 'export const kind = "pdf";\n');
    write(dist, 'layout/own-url.js', 'export const url = import.meta.url;\n');
    write(dist, 'layout/layout-modules.js', LAYOUT_MODULES);
    write(dist, 'layout/page-layout.js', 'globalThis.pageLayoutLoads = (globalThis.pageLayoutLoads ?? 0) + 1;\nexport const name = "page";\n');
    write(
      dist,
      'structure.js',
      `import { url } from './layout/own-url.js';
import { BilingualError } from './errors.js';
import { pageLayoutModule } from './layout/layout-modules.js';
export const ownUrl = url;
export const Error_ = BilingualError;
export const page = () => pageLayoutModule().name;
export const pdf = async () => (await import('./structure-pdf.js')).kind;
`,
    );
    await bundleStructureStage(dist);
    const source = readFileSync(join(dist, STRUCTURE_STAGE_BUNDLE), 'utf8');
    expect(source).not.toMatch(/(?<![\w$.])import\(/);

    const stage = runCachedScript<{ ownUrl: string; Error_: unknown; page(): string; pdf(): Promise<string> }>(join(dist, STRUCTURE_STAGE_BUNDLE), folder, {
      BILINGUAL_CODE_CACHE: '0',
    }).exports;
    expect(stage.ownUrl).toBe(pathToFileURL(join(dist, 'layout', 'own-url.js')).href);
    // The shared module is not copied into the script but loaded from dist/, as Node's own
    // instance (what an \`import\` of it gives, outside vitest's module runner), as CommonJS.
    expect(source).not.toContain('class BilingualError');
    expect(source).toContain('require("./errors.cjs")');
    const errors = createRequire(join(dist, 'structure.js'))('./errors.js') as { BilingualError: unknown };
    expect(stage.Error_).toBe(errors.BilingualError);
    const loads = (globalThis as { pageLayoutLoads?: number }).pageLayoutLoads ?? 0;
    expect(stage.page()).toBe('page');
    expect(stage.page()).toBe('page');
    expect((globalThis as { pageLayoutLoads?: number }).pageLayoutLoads).toBe(loads + 1);
    expect(await stage.pdf()).toBe('pdf');
  });

  it('keeps a regular-expression literal with a Unicode property escape a literal, not a new RegExp made at each call', async () => {
    folder = mkdtempSync(join(tmpdir(), 'bundle-stage-'));
    const dist = join(folder, 'dist');
    write(dist, 'errors.js', 'export class BilingualError extends Error {}\n');
    await bundleErrors(dist);
    write(dist, 'structure.js', 'export const capitals = (text) => text.match(/\\p{Lu}\\p{Ll}+/gu) ?? [];\n');
    await bundleStructureStage(dist);
    const source = readFileSync(join(dist, STRUCTURE_STAGE_BUNDLE), 'utf8');
    expect(source).toContain('/\\p{Lu}\\p{Ll}+/gu');
    expect(source).not.toContain('new RegExp');
    const stage = runCachedScript<{ capitals(text: string): string[] }>(join(dist, STRUCTURE_STAGE_BUNDLE), folder, { BILINGUAL_CODE_CACHE: '0' }).exports;
    expect(stage.capitals('Paris et Élysée')).toEqual(['Paris', 'Élysée']);
  });
});

describe('bundleErrors', () => {
  it('makes errors.js a re-export of one CommonJS script, whose classes an ES module import and a require share', async () => {
    folder = mkdtempSync(join(tmpdir(), 'bundle-errors-'));
    const dist = join(folder, 'dist');
    write(dist, 'errors.js', 'export class BilingualError extends Error {}\nexport function isBilingualError(error) {\n  return error instanceof BilingualError;\n}\n');
    expect(await bundleErrors(dist)).toEqual(['BilingualError', 'isBilingualError']);
    expect(readFileSync(join(dist, 'errors.js'), 'utf8')).toContain("export { BilingualError, isBilingualError } from './errors.cjs';");
    // Outside vitest's module runner: Node's own ES module loader and CommonJS.
    const child = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { createRequire } from 'node:module';
const esm = await import(${JSON.stringify(pathToFileURL(join(dist, 'errors.js')).href)});
const cjs = createRequire(${JSON.stringify(join(dist, 'x.js'))})('./errors.cjs');
console.log(esm.BilingualError === cjs.BilingualError && esm.isBilingualError(new cjs.BilingualError()));`,
      ],
      { encoding: 'utf8' },
    );
    expect(child.stdout.trim()).toBe('true');
  });

  it('refuses an errors module that imports another', async () => {
    folder = mkdtempSync(join(tmpdir(), 'bundle-errors-'));
    const dist = join(folder, 'dist');
    write(dist, 'errors.js', "import { x } from './codes.js';\nexport class BilingualError extends Error {}\nexport const y = x;\n");
    write(dist, 'codes.js', 'export const x = 1;\n');
    await expect(bundleErrors(dist)).rejects.toThrow(/no longer bundles into a CommonJS script/);
  });
});

describe('bundleCommandEntry', () => {
  it("makes the entry a CommonJS script Node runs, its modules' URLs their own, its import() Node's", async () => {
    folder = mkdtempSync(join(tmpdir(), 'bundle-entry-'));
    const dist = join(folder, 'dist');
    write(dist, 'cli/own-url.js', 'export const url = import.meta.url;\n');
    write(dist, 'cli/later.js', 'export const later = "later";\n');
    write(dist, 'cli/bilingual.js', "#!/usr/bin/env node\nimport { url } from './own-url.js';\nvoid import('./later.js').then(({ later }) => console.log(JSON.stringify([url, later])));\n");
    await bundleCommandEntry(dist);
    const source = readFileSync(join(dist, COMMAND_ENTRY), 'utf8');
    expect(source.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(source).not.toContain('__import(');
    expect(source).not.toContain('"later"'); // imported when asked, from dist/
    const child = spawnSync(process.execPath, [join(dist, COMMAND_ENTRY)], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual([pathToFileURL(join(dist, 'cli', 'own-url.js')).href, 'later']);
  });
});

describe('bundleBuildStage', () => {
  it('bundles what the pipeline imports, and leaves outside what it imports on demand (the providers)', async () => {
    folder = mkdtempSync(join(tmpdir(), 'bundle-build-stage-'));
    const dist = join(folder, 'dist');
    write(dist, 'errors.js', 'export class BilingualError extends Error {}\n');
    write(dist, 'structure-pdf.js', 'export const kind = "pdf";\n');
    write(dist, 'layout/layout-modules.js', LAYOUT_MODULES);
    write(dist, 'layout/page-layout.js', 'export const name = "page";\n');
    write(dist, 'qa/check.js', 'export const check = (text) => text.length > 0;\n');
    write(dist, 'providers/registry.js', 'export const providerModuleUrl = import.meta.url;\n');
    write(
      dist,
      'pipeline.js',
      `import { check } from './qa/check.js';
import { pageLayoutModule } from './layout/layout-modules.js';
export const structureFile = () => pageLayoutModule().name;
export const build = async (text) => ({ ok: check(text), provider: (await import('./providers/registry.js')).providerModuleUrl });
`,
    );
    await bundleBuildStage(dist);
    const source = readFileSync(join(dist, BUILD_STAGE_BUNDLE), 'utf8');
    expect(source).toContain('text.length > 0'); // bundled
    expect(source).not.toContain('providerModuleUrl = '); // left in dist/, imported when asked
    const stage = runCachedScript<{ structureFile(): string; build(text: string): Promise<{ ok: boolean; provider: string }> }>(
      join(dist, BUILD_STAGE_BUNDLE),
      folder,
      { BILINGUAL_CODE_CACHE: '0' },
    ).exports;
    expect(stage.structureFile()).toBe('page');
    // The provider's module is dist/'s own, the one the command line imports to start the engine early.
    expect(await stage.build('Bonjour.')).toEqual({ ok: true, provider: pathToFileURL(join(dist, 'providers', 'registry.js')).href });
  });
});

describe('bundleBuildCommand', () => {
  it('bundles the command with its configuration and the offline provider, and leaves outside the pipeline and the other providers', async () => {
    folder = mkdtempSync(join(tmpdir(), 'bundle-build-command-'));
    const dist = join(folder, 'dist');
    write(dist, 'errors.js', 'export class BilingualError extends Error {}\n');
    write(dist, 'config/load.js', 'export const loadConfig = () => ({ provider: "apertium", from: import.meta.url });\n');
    write(dist, 'providers/apertium/index.js', 'export const createApertium = () => ({ name: "apertium engine", from: import.meta.url });\n');
    write(dist, 'providers/google/index.js', 'export const createGoogle = () => ({ name: "google", from: import.meta.url });\n');
    write(
      dist,
      'providers/registry.js',
      `export async function createProvider(id) {
  if (id === 'apertium') return (await import('./apertium/index.js')).createApertium();
  return (await import('./google/index.js')).createGoogle();
}
`,
    );
    write(dist, 'pipeline.js', 'export const build = () => "built";\n');
    write(
      dist,
      'cli/commands/build.js',
      `import { loadConfig } from '../../config/load.js';
export async function runBuild(id) {
  const { createProvider } = await import('../../providers/registry.js');
  const { build } = await import('../../pipeline.js');
  return { config: loadConfig(), provider: await createProvider(id), built: build() };
}
`,
    );
    await bundleBuildCommand(dist);
    const source = readFileSync(join(dist, BUILD_COMMAND_BUNDLE), 'utf8');
    expect(source).toContain('"apertium engine"'); // bundled, evaluated when imported
    expect(source).not.toContain('"google"'); // left in dist/, imported when asked
    expect(source).not.toContain('"built"');
    const command = runCachedScript<{ runBuild(id: string): Promise<Record<string, unknown>> }>(join(dist, BUILD_COMMAND_BUNDLE), folder, {
      BILINGUAL_CODE_CACHE: '0',
    }).exports;
    const url = (file: string) => pathToFileURL(join(dist, file)).href;
    // Every module's URL its own file's in dist/, bundled or not.
    expect(await command.runBuild('apertium')).toEqual({
      config: { provider: 'apertium', from: url('config/load.js') },
      provider: { name: 'apertium engine', from: url('providers/apertium/index.js') },
      built: 'built',
    });
    expect((await command.runBuild('google')).provider).toEqual({ name: 'google', from: url('providers/google/index.js') });
  });
});

/**
 * The structure stage of `dist/` as one CommonJS script, `dist/structure-stage.cjs`, which
 * `bilingual segment` runs through a V8 code cache (`src/cli/cached-script.ts`), and the command
 * line's start (`main.js` with commander, every command's own module left outside) as another,
 * `dist/cli/main.cjs`, which every command starts from the same way. Run by
 * `scripts/build-dist.ts` after tsc, from the compiled modules, with esbuild (already installed,
 * as tsx's compiler).
 *
 * Why: a fresh `segment` of one article spent most of its instructions parsing and compiling the
 * ~70 modules it loads (V8 parses every regular-expression literal of a module, and looks up each
 * `\p{L}` of it in ICU) and in Node's ES module loader; one script whose compiled code is cached
 * after a run skips both (Node 20 has no compile cache of its own, and Node 22's keeps only the
 * functions compiled when a module loads, not those compiled while it ran).
 *
 * The script is the same code as `dist/`, module for module, evaluated in the same order:
 * - each module's `import.meta.url` is its own file's URL in `dist/` (so the lexicons, the PDF
 *   worker and the packages it resolves are found where the modules find them);
 * - the layouts `layout-modules.ts` requires on demand are bundled, still evaluated only when
 *   first asked for (esbuild's lazily initialised modules), instead of required from `dist/` as
 *   other instances of the modules they share with the script;
 * - the modules the command line loads as well (`errors.ts`, whose classes it tests with
 *   `instanceof`), the PDF path (imported when a PDF comes) and the packages stay outside, so that
 *   there is one instance of each (the command line's script copies only modules without state:
 *   the exit codes, the error messages, the flags' names).
 *
 * The command's entry (`cli/bilingual.js` with what it imports) is bundled too, into
 * `dist/cli/bilingual.cjs`, the `bin` Node runs as CommonJS: an ES module entry cost a start
 * Node's ES module loader (its own modules, `fs/promises`, an asynchronous read and a compilation
 * per module), about 5 ms of `segment`'s 72 on a quiet machine. For a `segment` of a text to load
 * no ES module at all, the command line's script holds `segment`'s command (imported when it
 * runs, as before), and the one module the scripts share with the ES modules, `errors.js`, is a
 * CommonJS script (`dist/errors.cjs`) that `dist/errors.js` re-exports (`bundleErrors`).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the bundle goes, beside the compiled modules. */
export const STRUCTURE_STAGE_BUNDLE = 'structure-stage.cjs';

/** Modules of `dist/` the script must not hold a copy of (loaded outside it too). */
const SHARED_MODULES = ['errors.js', 'structure-pdf.js'];

/**
 * The shared modules a script requires as another file of `dist/`: `errors.js` as its CommonJS
 * script (`bundleErrors`), the same instance, without Node's ES module loader.
 */
const SHARED_AS: Record<string, string> = { 'errors.js': 'errors.cjs' };

/** `dist/errors.js` as a CommonJS script, which `dist/errors.js` then re-exports. */
export const ERRORS_SCRIPT = 'errors.cjs';

/**
 * Regular-expression literals with `\p{…}` stay literals. esbuild's tables mark Unicode property
 * escapes unsupported before Node 22 (for the property names of later Unicode versions, which no
 * pattern here uses) and would write each such literal as `new RegExp("…", "u")`: the same
 * pattern, but inside a function a new object made and looked up in V8's compilation cache at
 * every call, where a literal is cloned from the one V8 keeps with the function. The layout's
 * passes, the QA checks and the provider's editing call such patterns for every line and
 * sentence.
 */
const SUPPORTED = { 'regexp-unicode-property-escapes': true };

/**
 * Writes `dist/errors.cjs` (esbuild's CommonJS form of `dist/errors.js`) and rewrites
 * `dist/errors.js` into `export { … } from './errors.cjs'`: one instance of the error classes for
 * the ES modules of `dist/` and the CommonJS scripts, which test errors with `instanceof`. The
 * names are those esbuild annotates for Node's scan of a CommonJS module's exports; a child Node
 * then imports the new `errors.js` and must find every one of them (or the build fails).
 * Returns the names.
 */
export async function bundleErrors(dist: string): Promise<string[]> {
  const esbuild = await import('esbuild');
  const module = join(dist, 'errors.js');
  const script = join(dist, ERRORS_SCRIPT);
  const built = await esbuild.build({
    write: false,
    entryPoints: [module],
    outfile: script,
    // Not bundled: an import would stay a `require`, refused below (a copy of a module in this
    // script would be a second instance).
    bundle: false,
    platform: 'node',
    format: 'cjs',
    target: `node${process.versions.node.split('.')[0]}`,
    supported: SUPPORTED,
    logLevel: 'warning',
  });
  const text = built.outputFiles[0]!.text;
  const annotated = /^0 && \(module\.exports = \{([^}]*)\}\);$/m.exec(text);
  const names = (annotated?.[1] ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');
  if (names.length === 0 || names.some((name) => !/^[A-Za-z_$][\w$]*$/.test(name)) || /\bimport\.meta\b|\brequire\(/.test(text)) {
    throw new Error('errors.js no longer bundles into a CommonJS script of its own (no imports, its export names annotated)');
  }
  writeFileSync(script, text);
  writeFileSync(module, `// The error classes, from one CommonJS script shared with dist/'s scripts (scripts/bundle-structure-stage.ts).\nexport { ${names.join(', ')} } from './${ERRORS_SCRIPT}';\n`);
  const check = spawnSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(pathToFileURL(module).href)}); console.log(Object.keys(m).join(','));`], { encoding: 'utf8' });
  const found = check.stdout.trim().split(',');
  if (check.status !== 0 || names.some((name) => !found.includes(name))) {
    throw new Error(`errors.js re-exports from ${ERRORS_SCRIPT} are not all seen by Node: ${check.stderr.trim() || found.join(', ')}`);
  }
  return names;
}

/**
 * `layout-modules.js`'s on-demand layouts: compiled, each is `requireModule('./x.js')` (a
 * `createRequire`), and the top-level `await import` the sources need is never run. In the script,
 * the require is esbuild's own, so the layout is bundled, and the dead `await` is dropped (a
 * CommonJS script has no top-level await).
 */
export function bundleLayoutModules(source: string): string {
  let awaits = 0;
  let requires = 0;
  const rewritten = source
    .replace(/COMPILED \? undefined : await import\((['"])\.\/[\w-]+\.js\1\)/g, () => {
      awaits += 1;
      return 'undefined';
    })
    .replace(/requireModule\((?=(['"])\.\/[\w-]+\.js\1\))/g, () => {
      requires += 1;
      return 'require(';
    });
  if (awaits === 0 || awaits !== requires || /\bawait\b/.test(rewritten.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''))) {
    throw new Error('layout-modules.js no longer has the form the bundle rewrites (a dead `await import` and a `requireModule` per layout)');
  }
  return rewritten;
}

/** The command line's start (`dist/cli/main.js` and commander) as one script, `dist/cli/main.cjs`. */
export const COMMAND_LINE_BUNDLE = 'cli/main.cjs';

/**
 * `main.js` requires commander through `createRequire` (a CommonJS package loaded without the ES
 * module wrapper): in the script, the require is esbuild's, so commander is bundled with it.
 */
export function bundleCommander(source: string): string {
  let found = 0;
  const rewritten = source.replace(/createRequire\(import\.meta\.url\)\((?=(['"])commander\1\))/g, () => {
    found += 1;
    return 'require(';
  });
  if (found !== 1) throw new Error('main.js no longer requires commander the way the bundle rewrites');
  return rewritten;
}

/**
 * Commander requires `node:child_process` when it loads, for the one thing it spawns (a
 * command's own executable, which `bilingual` has none of): that module and the network and
 * stream modules under it are about a tenth of `bilingual --help`'s and `segment`'s loading of
 * Node's own modules. In the script, commander gets it at its first `spawn`, the same module then.
 */
export function requireChildProcessAtFirstSpawn(source: string): string {
  const required = "const childProcess = require('node:child_process');";
  const uses = source.match(/\bchildProcess\b(?:\.\w+\()?/g) ?? [];
  const spawns = uses.filter((use) => use === 'childProcess.spawn(').length;
  if (!source.includes(required) || spawns === 0 || uses.length !== spawns + 1) {
    throw new Error('commander no longer requires child_process the way the bundle rewrites (once, for `spawn` alone)');
  }
  return source.replace(required, "let childProcessModule;\nconst childProcess = { spawn: (...args) => (childProcessModule ??= require('node:child_process')).spawn(...args) };");
}

interface BundleRequest {
  dist: string;
  entry: string;
  outfile: string;
  /** Packages bundled in (the others are required from node_modules at run time). */
  packages: readonly string[];
  /** Modules whose `import()` stays outside the script (loaded from `dist/` when asked). */
  dynamicImportsOutside: boolean;
  /** Modules of `dist/` bundled though imported by `import()` (evaluated when first imported). */
  bundledImports?: readonly string[];
  /**
   * Who runs the script: a `vm.Script` through the code cache (`cached-script.ts`; its `import()`
   * written `__import(`), or Node itself, as the command's CommonJS entry. @default 'code cache'
   */
  runBy?: 'code cache' | 'node';
  /**
   * A module's source as the script needs it (`layout-modules.js`, `main.js`), by its path in
   * `dist/`, or a package's by its path under `node_modules/` (`commander/lib/command.js`).
   */
  rewrite: Record<string, (source: string) => string>;
}

async function bundle(request: BundleRequest): Promise<number> {
  const esbuild = await import('esbuild');
  const { dist } = request;
  const outfile = join(dist, request.outfile);
  const shared = new Map(SHARED_MODULES.map((file) => [join(dist, file), join(dist, SHARED_AS[file] ?? file)]));
  const bundledImports = new Set((request.bundledImports ?? []).map((file) => join(dist, file)));
  const built = await esbuild.build({
    write: false,
    entryPoints: [join(dist, request.entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: `node${process.versions.node.split('.')[0]}`,
    supported: SUPPORTED,
    logLevel: 'warning',
    // A module bundled here may read only its own URL (rewritten below): any other `import.meta`
    // would be empty in a CommonJS script.
    logOverride: { 'empty-import-meta': 'error' },
    // dist/ as a URL (from the script's own, which its loader gives as CommonJS's `__filename`),
    // from which each module's own URL is made.
    banner: { js: `const __distUrl = new URL(${JSON.stringify(`${relative(dirname(outfile), dist).split(sep).join('/') || '.'}/`)}, require("node:url").pathToFileURL(__filename)).href;` },
    plugins: [
      {
        name: 'bilingual-dist',
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind === 'entry-point') return undefined;
            if (!/^\.\.?\//.test(args.path)) {
              // A package, or Node's own module.
              return request.packages.includes(args.path) ? undefined : { path: args.path, external: true };
            }
            let path = join(args.resolveDir, args.path);
            const outside = request.dynamicImportsOutside && args.kind === 'dynamic-import' && !bundledImports.has(path);
            if (!shared.has(path) && !outside) return undefined;
            path = shared.get(path) ?? path;
            // Loaded from dist/, as a path relative to the script's folder.
            const fromScript = relative(dirname(outfile), path).split(sep).join('/');
            return { path: fromScript.startsWith('.') ? fromScript : `./${fromScript}`, external: true };
          });
          build.onLoad({ filter: /\.js$/ }, (args) => {
            let contents = readFileSync(args.path, 'utf8');
            const inDist = relative(dist, args.path).split(sep).join('/');
            const inPackages = args.path.split(sep).join('/').split('/node_modules/').at(-1) ?? '';
            const rewrite = request.rewrite[inDist] ?? (args.path.includes(`${sep}node_modules${sep}`) ? request.rewrite[inPackages] : undefined);
            if (rewrite !== undefined) contents = rewrite(contents);
            const url = `new URL(${JSON.stringify(relative(dist, args.path).split(sep).join('/'))}, __distUrl).href`;
            contents = contents.replace(/\bimport\.meta\.url\b/g, url);
            return { contents, loader: 'js', resolveDir: dirname(args.path) };
          });
        },
      },
    ],
  });
  // The loader's `import()` stands for the script's: one in a `vm.Script` needs a flag.
  const output = built.outputFiles[0]!.text;
  const text = request.runBy === 'node' ? output : output.replace(/(?<![\w$.])import\(/g, '__import(');
  writeFileSync(outfile, text);
  return text.length;
}

/** Where `build`'s pipeline goes, beside the compiled modules. */
export const BUILD_STAGE_BUNDLE = 'build-stage.cjs';

/** Bundles `dist/structure.js` into `dist/structure-stage.cjs`; returns its size in characters. */
export function bundleStructureStage(dist: string): Promise<number> {
  return bundle({
    dist,
    entry: 'structure.js',
    outfile: STRUCTURE_STAGE_BUNDLE,
    packages: [],
    dynamicImportsOutside: false,
    rewrite: { 'layout/layout-modules.js': bundleLayoutModules },
  });
}

/**
 * Bundles `dist/cli/main.js` with commander into `dist/cli/main.cjs`, every command's module but
 * `segment`'s left outside (imported when its command runs, as now; `segment`'s is bundled, still
 * evaluated only when it runs, so that a `segment` of a text loads no ES module; so is the loader
 * of `build`'s script, `load-build-command.js`); returns its size in characters.
 */
export function bundleCommandLine(dist: string): Promise<number> {
  return bundle({
    dist,
    entry: 'cli/main.js',
    outfile: COMMAND_LINE_BUNDLE,
    packages: ['commander'],
    dynamicImportsOutside: true,
    bundledImports: ['cli/commands/segment.js', 'cli/load-build-command.js'],
    rewrite: { 'cli/main.js': bundleCommander, 'commander/lib/command.js': requireChildProcessAtFirstSpawn },
  });
}

/** The command's entry, run by Node as CommonJS (`package.json`'s `bin`). */
export const COMMAND_ENTRY = 'cli/bilingual.cjs';

/**
 * Bundles `dist/cli/bilingual.js` (the entry, with the modules that load the command line's
 * script) into `dist/cli/bilingual.cjs`; returns its size in characters.
 */
export function bundleCommandEntry(dist: string): Promise<number> {
  return bundle({
    dist,
    entry: 'cli/bilingual.js',
    outfile: COMMAND_ENTRY,
    packages: [],
    dynamicImportsOutside: true,
    runBy: 'node',
    rewrite: {},
  });
}

/**
 * Bundles `dist/pipeline.js` (what `bilingual build` and `estimate` run, structure stage
 * included) into `dist/build-stage.cjs`; returns its size in characters. What it imports on
 * demand stays outside (the providers, the PDF path, the translation memory's store): loaded
 * from `dist/` when asked, so that the offline engine `build` starts before the pipeline loads
 * (`src/cli/start-engine-early.ts`) is the same module's.
 */
export function bundleBuildStage(dist: string): Promise<number> {
  return bundle({
    dist,
    entry: 'pipeline.js',
    outfile: BUILD_STAGE_BUNDLE,
    // Without a CommonJS form (Node 20 would give a `require` of them their namespace, which
    // esbuild's default import does not expect): bundled. The others are required as they are,
    // zod as the ES module the configuration loaded (`src/cli/load-pipeline.ts`).
    packages: ['p-limit', 'yocto-queue'],
    dynamicImportsOutside: true,
    rewrite: { 'layout/layout-modules.js': bundleLayoutModules },
  });
}

/** Where `build`'s command goes (`src/cli/load-build-command.ts`). */
export const BUILD_COMMAND_BUNDLE = 'cli/build-command.cjs';

/**
 * Bundles `dist/cli/commands/build.js` into `dist/cli/build-command.cjs`, the script `build` runs
 * through a code cache: the configuration's loader with zod and yaml, the progress display, the
 * provider registry and the offline engine's provider `start-engine-early.js` starts (bundled,
 * evaluated only when imported); the other providers and the pipeline stay outside (imported
 * from `dist/` when asked: the pipeline through its own script, `load-pipeline.js`, which hands
 * it this script's zod and yaml). Returns its size in characters.
 */
export function bundleBuildCommand(dist: string): Promise<number> {
  return bundle({
    dist,
    entry: 'cli/commands/build.js',
    outfile: BUILD_COMMAND_BUNDLE,
    packages: ['zod', 'yaml'],
    dynamicImportsOutside: true,
    bundledImports: ['providers/registry.js', 'providers/apertium/index.js'],
    rewrite: {},
  });
}

/**
 * Runs a CommonJS script of `dist/` (`structure-stage.cjs`, `cli/main.cjs`:
 * `scripts/bundle-structure-stage.ts`) through V8's code cache, kept in a file between runs: a
 * fresh `bilingual segment` then skips parsing its modules and compiling the functions a run
 * needs, which were most of its start
 * (docs/benchmarks.md, session 33). Node 20 has no compile cache of its own; Node 22's keeps only
 * what is compiled when a module loads, while this one is made after a run, with every function
 * that run compiled.
 *
 * A cache never makes a run fail: none yet, one V8 rejects (another Node, other V8 flags, another
 * build of the script: V8 checks its version, flags and the source's length, and the file's name
 * holds Node's version and the script's size and time), a folder that cannot be read or written,
 * all compile the script from its source as without a cache, and the cache is written again
 * after the run if it can be, to a temporary file renamed into place (two runs at once each write
 * a whole file).
 *
 * Where: the package's own `.cache/` (beside the compiled lexicons), or the user's cache folder
 * (`$XDG_CACHE_HOME`, `~/.cache`, `%LOCALAPPDATA%`) when the package's cannot be written (a
 * global install owned by another user). `BILINGUAL_CODE_CACHE=0` turns it off.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

export interface CachedScript<Exports> {
  exports: Exports;
  /** Writes the code cache if the run had none it could use (call after the work). */
  saveCodeCache(): void;
  /** Whether the script ran from a cache V8 accepted. */
  cacheUsed: boolean;
}

/** The folders a cache may live in, the package's first. */
export function codeCacheFolders(packageRoot: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const user = env.XDG_CACHE_HOME || (process.platform === 'win32' ? env.LOCALAPPDATA : undefined) || join(homedir(), '.cache');
  return [join(packageRoot, '.cache', 'code'), join(user, 'bilingual', 'code')];
}

/**
 * The cache file's name: the script's, Node's version and architecture, the script's size and
 * time, and the V8 flags the run set (a build's differ: V8 rejects a cache made under others).
 */
export function codeCacheName(scriptFile: string, size: number, mtimeMs: number, flags = ''): string {
  const variant = flags === '' ? '' : `-${flags.replace(/[^A-Za-z0-9]+/g, '_')}`;
  return `${basename(scriptFile)}-${process.version}-${process.arch}-${size}-${Math.trunc(mtimeMs)}${variant}.v8`;
}

function readCache(folders: readonly string[], name: string): { data: Buffer; folder: string } | undefined {
  for (const folder of folders) {
    try {
      return { data: readFileSync(join(folder, name)), folder };
    } catch {
      // none here
    }
  }
  return undefined;
}

/**
 * How many builds of one script keep their caches for this Node: the newest (by when a run last
 * wrote or used each). More than one, so that two builds run in turn (a benchmark's before and
 * after, worktrees whose `.cache` is one folder) each keep theirs: when a run removed every other
 * build's cache, each ran cold after the other, about 0.4 s of a build (docs/benchmarks.md,
 * session 50). Few, so that upgrades do not pile caches up.
 */
export const KEPT_BUILDS = 3;

/**
 * Removes the same script's caches for this Node made from builds older than the `KEPT_BUILDS`
 * newest; a build's caches under other V8 flags go with it.
 */
function removeOlderCaches(folder: string, name: string): void {
  const node = `-${process.version}-${process.arch}-`;
  const prefix = name.slice(0, name.indexOf(node) + node.length);
  let files: string[] = [];
  try {
    files = readdirSync(folder);
  } catch {
    // nothing to tidy
  }
  const newest = new Map<string, number>();
  const builds = new Map<string, string[]>();
  for (const file of files) {
    if (!file.startsWith(prefix) || !file.endsWith('.v8')) continue;
    const build = file.slice(prefix.length).split('-').slice(0, 2).join('-').replace(/\.v8$/, '');
    let time = 0;
    try {
      time = statSync(join(folder, file)).mtimeMs;
    } catch {
      continue; // another run's, removed already
    }
    newest.set(build, Math.max(newest.get(build) ?? 0, time));
    builds.set(build, [...(builds.get(build) ?? []), file]);
  }
  const current = name.slice(prefix.length).split('-').slice(0, 2).join('-').replace(/\.v8$/, '');
  const kept = new Set([current, ...[...newest].filter(([build]) => build !== current).sort((a, b) => b[1] - a[1]).slice(0, KEPT_BUILDS - 1).map(([build]) => build)]);
  for (const [build, buildFiles] of builds) {
    if (kept.has(build)) continue;
    for (const file of buildFiles) {
      try {
        unlinkSync(join(folder, file));
      } catch {
        // another run's, removed already
      }
    }
  }
}

function writeCache(folders: readonly string[], name: string, data: Buffer): void {
  for (const folder of folders) {
    const temporary = join(folder, `${name}.${process.pid}.tmp`);
    try {
      mkdirSync(folder, { recursive: true });
      writeFileSync(temporary, data);
      renameSync(temporary, join(folder, name));
      removeOlderCaches(folder, name);
      return;
    } catch {
      try {
        unlinkSync(temporary);
      } catch {
        // never written
      }
    }
  }
}

/**
 * The script's `require`, which gives each package of `shared` as `import` resolves it (the
 * `import` condition of its `exports`): the instance the command line has already imported, not
 * its CommonJS twin loaded a second time (`zod`: some 80 CommonJS files read, compiled and run
 * again for the glossary's schema, when the configuration had loaded the ES module). Node 20.19
 * and later `require` an ES module, as its namespace: only for packages the script imports by
 * name (`import { z } from 'zod'`; esbuild's default import would be the namespace itself).
 * Everything else, and where the ES module cannot be required, CommonJS's own `require`.
 *
 * `provided` gives packages as the caller holds them, by name: a script run from another script
 * that bundles a package (`build-command.cjs` bundles zod and yaml for the configuration) hands
 * the pipeline's script that copy, not a second one loaded from node_modules. A package the
 * script imports by name only (`import { z } from 'zod'`) may be given as its namespace.
 *
 * `resolve` is the caller's `import.meta.resolve` (a module of the same package, under the same
 * node_modules): this module has none of its own once bundled into the command's CommonJS entry
 * (`scripts/bundle-structure-stage.ts`). Without it, shared packages are CommonJS's too.
 */
export function requireSharing(
  scriptFile: string,
  shared: readonly string[],
  resolve?: (specifier: string) => string,
  provided: Readonly<Record<string, unknown>> = {},
): NodeJS.Require {
  const require = createRequire(scriptFile);
  const given = Object.keys(provided);
  if (given.length === 0 && (shared.length === 0 || resolve === undefined)) return require;
  const sharing = ((id: string) => {
    if (given.includes(id)) return provided[id];
    if (!shared.includes(id) || resolve === undefined) return require(id);
    try {
      return require(fileURLToPath(resolve(id)));
    } catch {
      return require(id);
    }
  }) as NodeJS.Require;
  return Object.assign(sharing, { resolve: require.resolve, cache: require.cache, main: require.main, extensions: require.extensions });
}

export interface RunCachedScriptOptions {
  /** Packages the command line has imported that the script gets as that instance (`requireSharing`). @default [] */
  sharedPackages?: readonly string[];
  /** How the caller's `import` resolves a package: its `import.meta.resolve` (`requireSharing`). */
  resolveShared?: (specifier: string) => string;
  /** Packages the script's `require` returns as given, by name (`requireSharing`). @default {} */
  providedPackages?: Readonly<Record<string, unknown>>;
}

/**
 * Runs `scriptFile` (CommonJS, its `import()` written `__import(`) and returns its exports;
 * throws only what reading or running the script throws, never for its cache.
 */
export function runCachedScript<Exports>(
  scriptFile: string,
  packageRoot: string,
  env: NodeJS.ProcessEnv = process.env,
  flags = '',
  { sharedPackages = [], resolveShared, providedPackages }: RunCachedScriptOptions = {},
): CachedScript<Exports> {
  const source = readFileSync(scriptFile, 'utf8');
  const enabled = env.BILINGUAL_CODE_CACHE !== '0';
  const folders = codeCacheFolders(packageRoot, env);
  let name = '';
  let cachedData: Buffer | undefined;
  let cacheFolder = '';
  if (enabled) {
    try {
      const stat = statSync(scriptFile);
      name = codeCacheName(scriptFile, stat.size, stat.mtimeMs, flags);
      const cached = readCache(folders, name);
      cachedData = cached?.data;
      cacheFolder = cached?.folder ?? '';
    } catch {
      // no cache: compiled from its source
    }
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __import) {${source}\n})`, {
    filename: scriptFile,
    cachedData,
  });
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as Exports };
  const scriptUrl = pathToFileURL(scriptFile);
  const importFromScript = (specifier: string): Promise<unknown> =>
    import(specifier.startsWith('.') ? new URL(specifier, scriptUrl).href : specifier);
  (script.runInThisContext() as (...args: unknown[]) => void).call(
    module.exports,
    module.exports,
    requireSharing(scriptFile, sharedPackages, resolveShared, providedPackages),
    module,
    scriptFile,
    dirname(scriptFile),
    importFromScript,
  );
  return {
    exports: module.exports,
    cacheUsed,
    saveCodeCache() {
      if (!enabled || name === '') return;
      if (cacheUsed) {
        // Used: marked as recent, so that another build's run does not take it for an old one.
        try {
          const now = new Date();
          utimesSync(join(cacheFolder, name), now, now);
        } catch {
          // removed meanwhile, or read-only: a cache is never worth a failed run
        }
        return;
      }
      try {
        writeCache(folders, name, script.createCachedData());
      } catch {
        // a cache is never worth a failed run
      }
    },
  };
}

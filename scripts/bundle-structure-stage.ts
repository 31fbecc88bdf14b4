/**
 * The structure stage of `dist/` as one CommonJS script, `dist/structure-stage.cjs`, which
 * `bilingual segment` runs through a V8 code cache (`src/cli/cached-script.ts`). Run by
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
 *   there is one instance of each.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** Where the bundle goes, beside the compiled modules. */
export const STRUCTURE_STAGE_BUNDLE = 'structure-stage.cjs';

/** Modules of `dist/` the script must not hold a copy of (loaded outside it too). */
const SHARED_MODULES = ['errors.js', 'structure-pdf.js'];

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

/** Bundles `dist/structure.js` into `dist/structure-stage.cjs`; returns its size in bytes. */
export async function bundleStructureStage(dist: string): Promise<number> {
  const esbuild = await import('esbuild');
  const outfile = join(dist, STRUCTURE_STAGE_BUNDLE);
  const shared = new Set(SHARED_MODULES.map((file) => join(dist, file)));
  const built = await esbuild.build({
    write: false,
    entryPoints: [join(dist, 'structure.js')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: `node${process.versions.node.split('.')[0]}`,
    packages: 'external',
    logLevel: 'warning',
    // The script's own URL (set by its loader as CommonJS's `__filename`), from which each
    // module's is made.
    banner: { js: 'const __distUrl = require("node:url").pathToFileURL(__dirname + "/").href;' },
    // The loader's `import()` stands for the script's: one in a `vm.Script` needs a flag.
    plugins: [
      {
        name: 'bilingual-dist',
        setup(build) {
          build.onResolve({ filter: /^\.\.?\// }, (args) => {
            const path = join(args.resolveDir, args.path);
            if (!shared.has(path)) return undefined;
            // Required from the script's folder, as a path relative to it.
            return { path: `./${relative(dist, path)}`, external: true };
          });
          build.onLoad({ filter: /\.js$/ }, (args) => {
            let contents = readFileSync(args.path, 'utf8');
            if (args.path === join(dist, 'layout', 'layout-modules.js')) contents = bundleLayoutModules(contents);
            const url = `new URL(${JSON.stringify(relative(dist, args.path).split(sep).join("/"))}, __distUrl).href`;
            contents = contents.replace(/\bimport\.meta\.url\b/g, url);
            return { contents, loader: 'js', resolveDir: dirname(args.path) };
          });
        },
      },
    ],
  });
  const text = built.outputFiles[0]!.text.replace(/(?<![\w$.])import\(/g, '__import(');
  writeFileSync(outfile, text);
  return text.length;
}

/**
 * `npm run build` (run by `npm run setup` and by `prepare`, so by `npm pack` too): compiles
 * `src/` to JavaScript in `dist/` with tsc (`tsconfig.build.json`: the same layout, `.ts`
 * imports rewritten to `.js`), then copies beside the compiled modules the files they read
 * from their own folder (style sheets, the reader's script, the PDF worker), so that every
 * `new URL('./…', import.meta.url)` finds in `dist/` what it finds in `src/`; last, bundles the
 * structure stage into one script for `bilingual segment` (`bundle-structure-stage.ts`).
 *
 * `--if-stale` (what `npm start` runs first) builds only when a file of `src/` or the build's
 * tsconfig is newer than `dist/`, so a pulled or edited source is never run stale.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleBuildCommand, bundleBuildStage, bundleCommandEntry, bundleCommandLine, bundleErrors, bundleStructureStage, COMMAND_ENTRY } from './bundle-structure-stage.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'src');
const output = join(root, 'dist');

/** Every file under `folder`, as paths relative to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);

/** Whether `dist/` is missing or older than any file it is built from. */
function isStale(): boolean {
  let built: number;
  try {
    built = statSync(join(output, COMMAND_ENTRY)).mtimeMs;
  } catch {
    return true;
  }
  const inputs = [
    ...filesUnder(source).map((file) => join(source, file)),
    join(root, 'tsconfig.build.json'),
    join(root, 'tsconfig.json'),
    join(root, 'scripts', 'bundle-structure-stage.ts'),
  ];
  return inputs.some((file) => statSync(file).mtimeMs > built);
}

rmSync(output, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (compiled.status !== 0) {
  console.error('bilingual build: tsc failed');
  process.exit(compiled.status ?? 1);
}

let assets = 0;
for (const file of filesUnder(source)) {
  if (file.endsWith('.ts')) continue;
  mkdirSync(dirname(join(output, file)), { recursive: true });
  copyFileSync(join(source, file), join(output, file));
  assets += 1;
}
chmodSync(join(output, 'cli', 'bilingual.js'), 0o755);
// The structure stage, the command line's start, the build's command and its pipeline as scripts run through a code cache,
// and the entry the `bin` runs as CommonJS (`scripts/bundle-structure-stage.ts`); without them
// (esbuild missing), the command loads the modules themselves, as before.
let bundled = '';
try {
  await bundleErrors(output);
  bundled = `, the structure stage bundled (${Math.round((await bundleStructureStage(output)) / 1024)} KB)`;
  bundled += `, the command line's start bundled (${Math.round((await bundleCommandLine(output)) / 1024)} KB)`;
  bundled += `, the build's pipeline bundled (${Math.round((await bundleBuildStage(output)) / 1024)} KB)`;
  bundled += `, the build command bundled (${Math.round((await bundleBuildCommand(output)) / 1024)} KB)`;
  bundled += `, the entry bundled (${Math.round((await bundleCommandEntry(output)) / 1024)} KB)`;
} catch (error) {
  console.error(`bilingual build: not bundled, the command loads its modules: ${error instanceof Error ? error.message : String(error)}`);
  // The bin still runs: the entry as an ES module, as it was compiled.
  writeFileSync(join(output, COMMAND_ENTRY), "#!/usr/bin/env node\n'use strict';\nvoid import('./bilingual.js');\n");
}
chmodSync(join(output, COMMAND_ENTRY), 0o755);
console.log(`bilingual build: dist/ written (${filesUnder(output).length} files, ${assets} of them copied as they are${bundled})`);

/**
 * `npm run build` (run by `npm run setup` and by `prepare`, so by `npm pack` too): compiles
 * `src/` to JavaScript in `dist/` with tsc (`tsconfig.build.json`: the same layout, `.ts`
 * imports rewritten to `.js`), then copies beside the compiled modules the files they read
 * from their own folder (style sheets, the reader's script, the PDF worker), so that every
 * `new URL('./…', import.meta.url)` finds in `dist/` what it finds in `src/`.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'src');
const output = join(root, 'dist');

/** Every file under `folder`, as paths relative to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
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
console.log(`bilingual build: dist/ written (${filesUnder(output).length} files, ${assets} of them copied as they are)`);

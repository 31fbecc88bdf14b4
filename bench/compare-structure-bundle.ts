/**
 * The bundled structure stage `bilingual segment` runs (`dist/structure-stage.cjs`, made by
 * `npm run build`: `scripts/bundle-structure-stage.ts`) against the compiled modules it is made
 * from (`dist/structure.js`), in one process: every text and web page of the seeds and of the
 * fixtures' working splits (the blind one, `held-out-24`, is never read) structured by each, the
 * JSON compared. Prints how many inputs gave the same article and lists any that did not; exits 1
 * if one did not. Run as `node --import tsx bench/compare-structure-bundle.ts` after a build.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runCachedScript } from '../src/cli/cached-script.ts';
import type * as Structure from '../src/structure.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const BLIND = new Set(['held-out-38']);

/** Texts and web pages under `folder`, never entering a blind split's folder. */
function inputsUnder(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!BLIND.has(entry.name)) found.push(...inputsUnder(path));
    } else if (/\.(txt|html?)$/i.test(entry.name)) {
      found.push(path);
    }
  }
  return found;
}

const modules = (await import(pathToFileURL(join(DIST, 'structure.js')).href)) as typeof Structure;
const bundle = runCachedScript<typeof Structure>(join(DIST, 'structure-stage.cjs'), ROOT, { ...process.env, BILINGUAL_CODE_CACHE: '0' }).exports;
const inputs = [...inputsUnder(join(ROOT, 'seeds')), ...inputsUnder(join(ROOT, 'test', 'fixtures'))];
const differing: string[] = [];
const failing: string[] = [];
for (const input of inputs) {
  let expected: string;
  try {
    expected = JSON.stringify(await modules.structureFile(input));
  } catch (error) {
    // An input the stage refuses must be refused alike.
    expected = `error: ${error instanceof Error ? error.message : String(error)}`;
    failing.push(input);
  }
  let actual: string;
  try {
    actual = JSON.stringify(await bundle.structureFile(input));
  } catch (error) {
    actual = `error: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (actual !== expected) differing.push(relative(ROOT, input));
}
console.log(`${inputs.length - differing.length} of ${inputs.length} inputs gave the same article (${failing.length} refused by both alike)`);
for (const input of differing) console.log(`differs: ${input}`);
process.exitCode = differing.length === 0 ? 0 : 1;

/**
 * Fingerprints of the structure stage's output on every text and PDF fixture: for each file
 * under test/fixtures/ (`.txt` and `.pdf`), the sha256 of its structured article as JSON
 * (`structureFileBytes`, language check included), or of the error it raised. Written before a
 * change that must not change any output (a speed-up), then checked after it.
 *
 * The blind split (`BLIND`) is never opened: only the lead scores it. The other held-out
 * splits were scored blind in their time and are working splits now: their outputs are checked too.
 * Every extraction path is a `.txt` beside its page and is fingerprinted so, the other extractors'
 * texts (`.mutool.txt`, `.pymupdf.txt`, `.pdfminer.txt`, test/fixtures/pages/other-extractions.ts)
 * included: a change to the stage shows on them too.
 *
 * Usage: node --import tsx scripts/structure-fingerprints.ts --write <file> | --check <file>
 *   --write  writes `{ "<path>": "<sha256>" }` to the file
 *   --check  compares against the file: prints each file whose output changed, appeared or
 *            went missing, and exits 1 when any did
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BilingualError } from '../src/errors.ts';
import { structureFileBytes } from '../src/structure.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'test', 'fixtures');
/** Folders never opened: the blind measures only the lead scores. */
const BLIND = new Set(['held-out-38']);

function fixtureFiles(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (BLIND.has(entry.name)) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...fixtureFiles(path));
    else if (/\.(?:txt|pdf)$/.test(entry.name)) files.push(path);
  }
  return files.sort();
}

async function fingerprint(path: string): Promise<string> {
  let output: string;
  try {
    const article = await structureFileBytes(new Uint8Array(readFileSync(path)), { fileName: path });
    output = JSON.stringify(article);
  } catch (error) {
    if (!(error instanceof BilingualError)) throw error;
    output = `error ${error.code}: ${error.message}`;
  }
  return createHash('sha256').update(output).digest('hex');
}

async function main(): Promise<number> {
  const [mode, file] = process.argv.slice(2);
  if ((mode !== '--write' && mode !== '--check') || file === undefined) {
    console.error('usage: structure-fingerprints.ts --write <file> | --check <file>');
    return 2;
  }
  const prints: Record<string, string> = {};
  for (const path of fixtureFiles(FIXTURES)) prints[relative(ROOT, path)] = await fingerprint(path);
  if (mode === '--write') {
    writeFileSync(file, `${JSON.stringify(prints, null, 1)}\n`);
    console.log(`${Object.keys(prints).length} fingerprints written`);
    return 0;
  }
  const expected = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  let differences = 0;
  for (const path of new Set([...Object.keys(expected), ...Object.keys(prints)])) {
    if (expected[path] === prints[path]) continue;
    differences += 1;
    console.log(`${expected[path] === undefined ? 'new' : prints[path] === undefined ? 'missing' : 'changed'}: ${path}`);
  }
  console.log(`${Object.keys(prints).length} files, ${differences} different`);
  return differences === 0 ? 0 : 1;
}

process.exitCode = await main();

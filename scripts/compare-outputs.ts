/**
 * Compares two output folders of `bilingual build` file by file, for a change that must not
 * change any output (a speed-up): every file under either folder must exist in both and be
 * byte-identical once the run's own time stamps are blanked (the front matter's `date:`, the
 * TMX header's `creationdate`, the run index's date).
 *
 * Usage: node --import tsx scripts/compare-outputs.ts <before-folder> <after-folder>
 *   prints each file that differs, appeared or went missing, and exits 1 when any did
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** An ISO 8601 time stamp, extended (2026-12-02T14:57:08.651Z) or basic (20261202T145708Z). */
const TIME_STAMP = /\d{4}-?\d\d-?\d\dT\d\d:?\d\d:?\d\d(?:\.\d+)?Z/g;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

function normalised(path: string): string {
  return readFileSync(path, 'utf8').replace(TIME_STAMP, '<time>');
}

const [before, after] = process.argv.slice(2);
if (before === undefined || after === undefined) {
  console.error('usage: compare-outputs.ts <before-folder> <after-folder>');
  process.exit(2);
}
const beforeFiles = filesUnder(before);
const afterFiles = new Set(filesUnder(after));
let differences = 0;
for (const file of beforeFiles) {
  if (!afterFiles.has(file)) {
    console.log(`missing: ${file}`);
    differences += 1;
  } else if (normalised(join(before, file)) !== normalised(join(after, file))) {
    console.log(`changed: ${file}`);
    differences += 1;
  }
  afterFiles.delete(file);
}
for (const file of afterFiles) {
  console.log(`appeared: ${file}`);
  differences += 1;
}
console.log(`${beforeFiles.length} files before, ${differences} differing`);
process.exit(differences === 0 ? 0 : 1);

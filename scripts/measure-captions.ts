/**
 * Measures what the structure stage makes of every expected photo caption of the print-page
 * corpus, per extraction path: a block of its own with the caption's role (right), a block of
 * its own with another role (`read as a paragraph`: a role lost, the body's paragraphs intact),
 * glued at the start, the end or the middle of another block (a paragraph lost too), split over
 * two blocks, partly found, or lost. Each miss is classed by where the caption stands in the
 * extraction (right above a heading, right under one, inside a sentence the line before leaves
 * unfinished, between two paragraphs, opening in the middle of a line, at the text's end) and by
 * its face as the text shows it: its first line's printed width against the body's measure
 * (wider-measure-captions.ts): the body's, a wider face (1.07 times or more), or across columns
 * (1.6 times or more).
 *
 * It closes with the count per class, and the splits and typesetting tools each class was seen
 * on, for the text paths and for the other extractors apart: a class seen on fewer than three
 * splits is a tool's habit, not a page's.
 *
 * Usage: node --import tsx scripts/measure-captions.ts [--split a,b,…] [--paths a,b,…] [--verbose]
 *   --split    splits to read (default: the development half: dev, dev-2, dev-3, dev-4, pdf-dev and
 *              the even-numbered held-out splits; never the blind one)
 *   --paths    extraction paths (default: pdftotext, raw, layout and the other extractors)
 *   --verbose  also print every miss: the file, its class and the caption's first words
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { structureFileBytes } from '../src/structure.ts';
import { endsSentence } from '../src/layout/layout-block.ts';
import { estimateColumnWidth } from '../src/layout/paragraph-ends.ts';
import { printedWidth } from '../src/layout/printed-width.ts';
import { fullLineMeasure, WIDER_FACE } from '../src/layout/wider-measure-captions.ts';
import { pageLines } from '../test/support/page-lines.ts';

const DEVELOPMENT_HALF = ['dev', 'dev-2', 'dev-3', 'dev-4', 'pdf-dev', ...[2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34].map((number) => `held-out-${number}`)];
const BLIND = 'held-out-38';
const TEXT_PATHS = ['pdftotext', 'raw', 'layout'];
const OTHER_EXTRACTORS = ['mutool', 'pymupdf', 'pdfminer', 'pypdf', 'pdfjs', 'pdfbox'];
const ROOT = fileURLToPath(new URL('../test/fixtures/pages/', import.meta.url));
/** A line this share of the file's full lines, or less, ending on no stop and opening on a capital: a heading. @default 0.7 */
const HEADING_SHARE = 0.7;
/** Most words of a heading. @default 9 */
const HEADING_WORDS = 9;
/** Percentile of the extraction's line lengths taken for a full line's. @default 0.9 */
const FULL_PERCENTILE = 0.9;
/** A line printing this many times the body's measure is set across columns (wider-measure-captions.ts's ACROSS_COLUMNS). @default 1.6 */
const ACROSS_COLUMNS = 1.6;
/** Words of the caption's opening and closing looked for in the extraction's lines. @default 3, 2 */
const OPENING_WORDS = 3;
const CLOSING_WORDS = 2;
/** Most lines a caption is looked for over in the extraction. @default 8 */
const CAPTION_LINES = 8;

interface Options {
  splits: string[];
  paths: string[];
  verbose: boolean;
}

function parseArguments(argv: string[]): Options {
  const options: Options = { splits: DEVELOPMENT_HALF, paths: [...TEXT_PATHS, ...OTHER_EXTRACTORS], verbose: false };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--split') options.splits = (argv[(index += 1)] ?? '').split(',');
    else if (argument === '--paths') options.paths = (argv[(index += 1)] ?? '').split(',');
    else if (argument === '--verbose') options.verbose = true;
    else {
      process.stderr.write(`measure-captions: unknown argument ${argument}\nusage: measure-captions [--split a,b,…] [--paths a,b,…] [--verbose]\n`);
      process.exit(2);
    }
  }
  if (options.splits.includes(BLIND)) {
    process.stderr.write(`measure-captions: ${BLIND} is the blind split: only the lead scores it\n`);
    process.exit(2);
  }
  return options;
}

const plain = (text: string): string => text.replace(/[\t\p{Zs}]+/gu, ' ').trim();

/** What became of the caption: its own block (with which role), glued into another, split, partly found or lost. */
function fateOf(caption: string, blocks: ReadonlyArray<{ role: string; text: string }>): string {
  const own = blocks.find((block) => block.text === caption);
  if (own !== undefined) return own.role === 'caption' ? 'right' : `read as a ${own.role}`;
  const host = blocks.find((block) => block.text.includes(caption));
  if (host !== undefined) {
    const at = host.text.indexOf(caption);
    const where = at === 0 ? 'start' : at + caption.length === host.text.length ? 'end' : 'middle';
    return `glued at a ${host.role}'s ${where}`;
  }
  const words = caption.split(' ');
  const opening = blocks.findIndex((block) => block.text.includes(words.slice(0, 4).join(' ')));
  const closing = blocks.findIndex((block) => block.text.includes(words.slice(-4).join(' ')));
  if (opening >= 0 && closing >= 0 && opening !== closing) return 'split over two blocks';
  return opening >= 0 || closing >= 0 ? 'partly found' : 'lost';
}

function isHeading(line: string, full: number): boolean {
  return line.length > 0 && line.length <= full * HEADING_SHARE && /^\p{Lu}/u.test(line) && !/[.!?»,;:]$/u.test(line) && line.split(' ').length <= HEADING_WORDS;
}

/** Where the caption stands in the extraction and how wide its first line prints. */
function placeOf(caption: string, raw: readonly string[], full: number, measure: number): { place: string; face: string } {
  const words = caption.split(' ');
  const opening = words.slice(0, OPENING_WORDS).join(' ');
  const closing = words.slice(-CLOSING_WORDS).join(' ');
  // A line opening on the caption's first words, else one holding them (glued after other text).
  const opens = raw.findIndex((line) => line.startsWith(opening));
  const start = opens >= 0 ? opens : raw.findIndex((line) => line.includes(opening));
  if (start < 0) return { place: 'not found in the extraction', face: '' };
  let end = start;
  while (end < Math.min(raw.length - 1, start + CAPTION_LINES) && !(raw[end] as string).includes(closing)) end += 1;
  if (!(raw[end] as string).includes(closing)) end = start;
  let before = start - 1;
  while (before >= 0 && raw[before] === '') before -= 1;
  let after = end + 1;
  while (after < raw.length && raw[after] === '') after += 1;
  const above = before >= 0 ? (raw[before] as string) : '';
  const below = after < raw.length ? (raw[after] as string) : undefined;
  const ratio = measure > 0 ? printedWidth(raw[start] as string) / measure : 0;
  const face = measure <= 0 ? 'measure unknown' : ratio > ACROSS_COLUMNS ? 'across columns' : ratio >= WIDER_FACE ? 'wider face' : "the body's measure";
  let place: string;
  if (!(raw[start] as string).startsWith(opening)) place = 'opening in the middle of a line';
  else if (below === undefined) place = "at the text's end";
  else if (isHeading(below, full)) place = 'right above a heading';
  else if (isHeading(above, full)) place = 'right under a heading';
  else if (!endsSentence(above)) place = 'inside a sentence left unfinished';
  else place = 'between two paragraphs';
  return { place, face };
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  const classes = new Map<string, { misses: number; captions: Set<string>; splits: Set<string>; tools: Set<string> }>();
  const fates = new Map<string, Map<string, number>>();
  for (const split of options.splits) {
    const directory = join(ROOT, split);
    if (!existsSync(directory)) continue;
    for (const article of readdirSync(directory).sort()) {
      const expectedFile = join(directory, article, `${article}.expected.json`);
      if (!existsSync(expectedFile)) continue;
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as { blocks: Array<{ role: string; text: string }> };
      const captions = expected.blocks.filter((block) => block.role === 'caption').map((block) => plain(block.text));
      if (captions.length === 0) continue;
      for (const file of readdirSync(join(directory, article)).sort()) {
        const name = /\.([a-z0-9-]+)\.([a-z]+)\.txt$/.exec(file);
        if (name === null || !options.paths.includes(name[2] as string)) continue;
        const path = name[2] as string;
        const bytes = readFileSync(join(directory, article, file));
        const text = bytes.toString('utf8');
        const raw = text.replaceAll('\f', '\n').split('\n').map(plain);
        const lengths = raw.map((line) => line.length).filter((length) => length > 0).sort((left, right) => left - right);
        const full = lengths[Math.floor(lengths.length * FULL_PERCENTILE)] ?? 0;
        const lines = pageLines(text);
        const measure = fullLineMeasure(lines, estimateColumnWidth(lines));
        const structured = await structureFileBytes(new Uint8Array(bytes), { fileName: file });
        const blocks = structured.blocks.map((block) => ({ role: block.role, text: plain(block.text) }));
        const tool = (name[1] as string).split('-')[0] as string;
        captions.forEach((caption, index) => {
          const fate = fateOf(caption, blocks);
          const byPath = fates.get(path) ?? new Map<string, number>();
          byPath.set(fate, (byPath.get(fate) ?? 0) + 1);
          fates.set(path, byPath);
          if (fate === 'right') return;
          const { place, face } = placeOf(caption, raw, full, measure);
          const group = TEXT_PATHS.includes(path) ? 'text paths' : 'other extractors';
          const kind = `${group} | ${fate.startsWith('glued') || fate.startsWith('split') ? 'glued or split' : fate} | ${place} | ${face}`;
          const entry = classes.get(kind) ?? { misses: 0, captions: new Set<string>(), splits: new Set<string>(), tools: new Set<string>() };
          entry.misses += 1;
          entry.captions.add(`${split}/${article}/${index}`);
          entry.splits.add(split);
          entry.tools.add(tool);
          classes.set(kind, entry);
          if (options.verbose) process.stdout.write(`${split}/${article}/${file}: ${fate}; ${place}; ${face}: ${caption.slice(0, 70)}\n`);
        });
      }
    }
  }
  process.stdout.write('What became of each caption, per path:\n');
  for (const [path, byPath] of [...fates.entries()].sort()) {
    process.stdout.write(`  ${path}: ${[...byPath.entries()].sort((left, right) => right[1] - left[1]).map(([fate, count]) => `${fate} ${count}`).join(', ')}\n`);
  }
  process.stdout.write('\nMisses by class (group | fate | place | face): misses, captions, splits, typesetting tools\n');
  for (const [kind, entry] of [...classes.entries()].sort((left, right) => right[1].misses - left[1].misses)) {
    process.stdout.write(`  ${kind}: ${entry.misses}, ${entry.captions.size}, ${entry.splits.size} splits, ${entry.tools.size} tools (${[...entry.tools].sort().join(', ')})\n`);
  }
}

await main();

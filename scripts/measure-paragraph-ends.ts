/**
 * Measures the paragraph-ends pass (src/layout/paragraph-ends.ts) boundary by boundary: every
 * line boundary it decides on, in the corpus's text extractions, is labelled from the expected
 * article (a paragraph's end, or a paragraph going on) by the words on both sides of it, and
 * classed by the evidence there: whether the line ends a sentence, whether the next one opens
 * one, whether the line stops short of the column's printed measure (stopsShortPrinted), a blank
 * line or a page break between them, and the reason the pass gave for an end. A boundary whose
 * words the expected article does not hold in that order (OCR misread them, or the extraction
 * read the page out of order) is left unlabelled.
 *
 * It prints, per path, the ends missed and the false ends by class, with the number of splits and
 * of typesetting tools each class was seen on (a class seen on few is a tool's habit, not a
 * page's), or, with --jsonl, one JSON line per boundary for a closer look.
 *
 * Usage: node --import tsx scripts/measure-paragraph-ends.ts [--split a,b,…] [--paths a,b,…] [--jsonl]
 *   --split  splits to read (default: the development half: dev, dev-2, dev-3,
 *            pdf-dev and the even-numbered held-out splits; never the blind one)
 *   --paths  extraction paths (default: the paths with no blank line between paragraphs:
 *            pdftotext, raw, ocr, tesseract, scan); `scan-pdf` reads the split's searchable scans
 *            (test/fixtures/ocr-layer/<split>/), whose OCR layer is read as OCR text
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { structureFileBytes } from '../src/structure.ts';
import { endsSentence, startsLikeSentence } from '../src/layout/layout-block.ts';
import { paragraphEndsObservers, stopsShortPrinted, type ParagraphEndsTrace } from '../src/layout/paragraph-ends.ts';

const DEVELOPMENT_HALF = ['dev', 'dev-2', 'dev-3', 'dev-4', 'pdf-dev', ...[2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34].map((number) => `held-out-${number}`)];
const BLIND = 'held-out-38';

interface Boundary {
  split: string;
  article: string;
  typesetting: string;
  path: string;
  line: string;
  next: string;
  endsSentence: boolean;
  opensSentence: boolean;
  stopsShort: boolean;
  blank: boolean;
  pageBreak: boolean;
  /** The pass's decision, and its reason for an end ('forced' for an intertitle's). */
  decided: 'end' | 'on';
  reason: string;
  /** The next line was one a searchable scan's OCR layer showed going on with the paragraph (pdf-ocr-layer.ts). */
  continued?: boolean;
  /** From the expected article: `end` (with the roles on both sides), `on`, or undefined when its words are not found. */
  expected?: string;
}

function parseArguments(argv: string[]): { splits: string[]; paths: ReadonlySet<string>; jsonl: boolean } {
  let splits = DEVELOPMENT_HALF;
  let paths = ['pdftotext', 'raw', 'ocr', 'tesseract', 'scan'];
  let jsonl = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--split') splits = (argv[(index += 1)] ?? '').split(',');
    else if (argument === '--paths') paths = (argv[(index += 1)] ?? '').split(',');
    else if (argument === '--jsonl') jsonl = true;
    else {
      process.stderr.write(`measure-paragraph-ends: unknown argument ${argument}\n`);
      process.exit(2);
    }
  }
  if (splits.includes(BLIND)) {
    process.stderr.write(`measure-paragraph-ends: ${BLIND} is the session's blind split\n`);
    process.exit(2);
  }
  return { splits, paths: new Set(paths), jsonl };
}

/** Words compared: small letters and figures only, so that quotes, apostrophes and spaces of any kind do not count. */
function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/u)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word.length > 0);
}

/** Windows of words around each boundary between two expected words → the labels seen there (`on`, or `end:role>role`). */
function expectedBoundaries(blocks: ReadonlyArray<{ role: string; text: string }>): Map<string, Set<string>> {
  const stream: string[] = [];
  const block: number[] = [];
  blocks.forEach((expected, index) => {
    for (const word of words(expected.text)) {
      stream.push(word);
      block.push(index);
    }
  });
  const windows = new Map<string, Set<string>>();
  for (let at = 1; at < stream.length; at += 1) {
    const label = block[at - 1] === block[at] ? 'on' : `end:${blocks[block[at - 1]!]!.role}>${blocks[block[at]!]!.role}`;
    for (let before = 1; before <= 3; before += 1) {
      for (let after = 1; after <= 3; after += 1) {
        if (at - before < 0 || at + after > stream.length) continue;
        const key = `${stream.slice(at - before, at).join(' ')}#${stream.slice(at, at + after).join(' ')}`;
        let labels = windows.get(key);
        if (labels === undefined) windows.set(key, (labels = new Set()));
        labels.add(label);
      }
    }
  }
  return windows;
}

/** The widest window of words around the boundary the expected article holds with one label. */
function label(windows: Map<string, Set<string>>, before: string[], after: string[]): string | undefined {
  for (const [left, right] of [[3, 3], [2, 3], [3, 2], [2, 2], [1, 3], [3, 1], [1, 2], [2, 1], [1, 1]] as const) {
    if (left > before.length || right > after.length) continue;
    const labels = windows.get(`${before.slice(-left).join(' ')}#${after.slice(0, right).join(' ')}`);
    if (labels !== undefined) return labels.size === 1 ? [...labels][0] : undefined;
  }
  return undefined;
}

async function measure(root: string, split: string, paths: ReadonlySet<string>): Promise<Boundary[]> {
  const boundaries: Boundary[] = [];
  const directory = join(root, split);
  if (!existsSync(directory)) return boundaries;
  let traces: ParagraphEndsTrace[] = [];
  const observe = (trace: ParagraphEndsTrace): void => void traces.push(trace);
  paragraphEndsObservers.push(observe);
  for (const article of readdirSync(directory).sort()) {
    const expectedFile = join(directory, article, `${article}.expected.json`);
    if (!existsSync(expectedFile)) continue;
    const windows = expectedBoundaries((JSON.parse(readFileSync(expectedFile, 'utf8')) as { blocks: Array<{ role: string; text: string }> }).blocks);
    // The article's text extractions, and its searchable scans (path `scan-pdf`) in test/fixtures/ocr-layer/<split>/.
    const scans = join(root, '..', 'ocr-layer', split);
    const files = readdirSync(join(directory, article))
      .sort()
      .map((fileName) => join(directory, article, fileName));
    if (paths.has('scan-pdf') && existsSync(scans)) files.push(...readdirSync(scans).filter((name) => name.startsWith(`${article}.`) && name.endsWith('.pdf')).sort().map((name) => join(scans, name)));
    for (const file of files) {
      const fileName = basename(file);
      const match = /^[^.]+\.([a-z0-9-]+)\.([a-z]+)\.txt$/u.exec(fileName) ?? /^[^.]+\.([a-z0-9-]+)\.pdf$/u.exec(fileName)?.concat('scan-pdf') ?? null;
      if (match === null || !paths.has(match[2]!)) continue;
      if (match[2] === 'scan-pdf' && !file.startsWith(scans)) continue;
      traces = [];
      try {
        await structureFileBytes(new Uint8Array(readFileSync(file)), { fileName });
      } catch {
        continue;
      }
      for (const trace of traces) {
        const ends = new Set<number>();
        let at = 0;
        for (const paragraph of trace.paragraphs) ends.add((at += paragraph.length));
        const reasons = new Map<number, string>();
        for (const repair of trace.repairs) if (repair.kind === 'paragraph-split') reasons.set(repair.line, repair.reason ?? '');
        const lines = trace.lines;
        for (let index = 1; index < lines.length; index += 1) {
          const line = lines[index - 1]!;
          const next = lines[index]!;
          const before = lines[index - 2];
          // The line before too, a word broken at its end joined: the line may open on that word's end.
          const joined = before === undefined ? line.content : /\p{L}[-¬]$/u.test(before.content) && /^\p{Ll}/u.test(line.content) ? before.content.slice(0, -1) + line.content : `${before.content} ${line.content}`;
          const expected = /\p{L}[-¬]$/u.test(line.content) && /^\p{Ll}/u.test(next.content) ? 'on' : label(windows, words(joined), words(next.content));
          boundaries.push({
            split,
            article,
            typesetting: match[1]!,
            path: match[2]!,
            line: line.content,
            next: next.content,
            endsSentence: endsSentence(line.content),
            opensSentence: startsLikeSentence(next.content),
            stopsShort: stopsShortPrinted(line, next, trace.width, trace.measure, trace.hyphenates),
            blank: next.blankBefore,
            pageBreak: next.pageBreakBefore,
            decided: ends.has(index) ? 'end' : 'on',
            reason: reasons.get(line.number) ?? (trace.forced.has(index) ? 'forced' : ''),
            ...(trace.continued.has(next.number) ? { continued: true } : {}),
            ...(expected === undefined ? {} : { expected }),
          });
        }
      }
    }
  }
  paragraphEndsObservers.splice(paragraphEndsObservers.indexOf(observe), 1);
  return boundaries;
}

/** The evidence at a boundary, in a few words. */
function evidence(boundary: Boundary): string {
  const parts = [boundary.endsSentence ? 'sentence end' : 'no sentence end', boundary.stopsShort ? 'short line' : 'full line', boundary.opensSentence ? 'next opens one' : 'next runs on'];
  if (boundary.blank) parts.push('blank line');
  if (boundary.pageBreak) parts.push('page break');
  return parts.join(', ');
}

function summary(boundaries: readonly Boundary[]): string {
  const out: string[] = [];
  const labelled = boundaries.filter((boundary) => boundary.expected !== undefined);
  const missed = labelled.filter((boundary) => boundary.expected!.startsWith('end') && boundary.decided === 'on');
  const falseEnds = labelled.filter((boundary) => boundary.expected === 'on' && boundary.decided === 'end');
  out.push(`boundaries ${boundaries.length}, labelled ${labelled.length} (ends ${labelled.filter((boundary) => boundary.expected!.startsWith('end')).length}), ends missed ${missed.length}, false ends ${falseEnds.length}`);
  const paths = [...new Set(boundaries.map((boundary) => boundary.path))];
  out.push('per path: ' + paths.map((path) => `${path} ${missed.filter((boundary) => boundary.path === path).length} missed / ${falseEnds.filter((boundary) => boundary.path === path).length} false`).join('; '));
  for (const [title, group, key] of [
    ['ends missed, by evidence', missed, evidence],
    ['ends missed, by the roles on both sides', missed, (boundary: Boundary) => boundary.expected!],
    ['false ends, by the reason given', falseEnds, (boundary: Boundary) => boundary.reason],
    ['false ends, by evidence', falseEnds, evidence],
  ] as const) {
    out.push('', title + ':');
    const classes = new Map<string, Boundary[]>();
    for (const boundary of group) {
      const name = key(boundary);
      classes.set(name, [...(classes.get(name) ?? []), boundary]);
    }
    for (const [name, members] of [...classes].sort((left, right) => right[1].length - left[1].length)) {
      const splits = new Set(members.map((boundary) => boundary.split)).size;
      const tools = new Set(members.map((boundary) => boundary.typesetting.split('-')[0])).size;
      out.push(`  ${String(members.length).padStart(4)}  ${name}  (${splits} splits, ${tools} tools)`);
    }
  }
  return out.join('\n') + '\n';
}

const options = parseArguments(process.argv.slice(2));
const root = fileURLToPath(new URL('../test/fixtures/pages/', import.meta.url));
const boundaries: Boundary[] = [];
for (const split of options.splits) {
  const measured = await measure(root, split, options.paths);
  if (options.jsonl) for (const boundary of measured) process.stdout.write(JSON.stringify(boundary) + '\n');
  boundaries.push(...measured);
}
if (!options.jsonl) process.stdout.write(summary(boundaries));

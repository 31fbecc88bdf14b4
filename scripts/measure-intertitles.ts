/**
 * Measures the intertitles the structure stage misses: every expected paragraph that is a
 * heading between paragraphs (one short line of a few words, ending on no stop, a colon or a
 * comma, with a paragraph on both sides; a question mark or a closing guillemet may end it) is
 * looked for among the structured blocks of each extraction. One found whole as a paragraph is
 * right; otherwise it is classed by where its words went:
 *   glued-after    at the end of the block before it (read into the paragraph above)
 *   glued-before   at the start of the block after it (read into the paragraph below)
 *   inside         in the middle of a block (read out of order, in mid-paragraph)
 *   scattered      its first words found in a block, the rest elsewhere
 *   role:<role>    found whole but given another role (a headline's, a caption's)
 *   lost           its words not found in order anywhere
 * and by the evidence the extraction holds around its line: whether the line before ends a
 * sentence, whether the line after opens one, blank lines on either side. It closes with the
 * count per class, and the splits and typesetting tools each class was seen on: a class seen on
 * fewer than three splits is a tool's habit, not a page's. Reading order is told by the line
 * before not ending a sentence or the line after not opening one (`inside` mostly).
 *
 * Usage: node --import tsx scripts/measure-intertitles.ts [--split a,b,…] [--paths a,b,…] [--list]
 *   --split  splits to read (default: the development half: dev, dev-2, dev-3, dev-4, pdf-dev and
 *            the even-numbered held-out splits; never the blind one)
 *   --paths  extraction paths (default: pdftotext, raw)
 *   --list   one line per miss, with its line and the lines around it in the extraction
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { structureFileBytes } from '../src/structure.ts';
import { endsSentence, startsLikeSentence } from '../src/layout/layout-block.ts';

const DEVELOPMENT_HALF = ['dev', 'dev-2', 'dev-3', 'dev-4', 'pdf-dev', ...[2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34].map((number) => `held-out-${number}`)];
const BLIND = 'held-out-38';
const ROOT = fileURLToPath(new URL('../test/fixtures/pages/', import.meta.url));
/** Longest intertitle, in characters and words. @default 80, 14 */
const INTERTITLE_LENGTH = 80;
const INTERTITLE_WORDS = 14;

interface Miss {
  split: string;
  article: string;
  typesetting: string;
  path: string;
  intertitle: string;
  where: string;
  evidence: string;
  context: string[];
}

function parseArguments(argv: string[]): { splits: string[]; paths: ReadonlySet<string>; list: boolean } {
  let splits = DEVELOPMENT_HALF;
  let paths = ['pdftotext', 'raw'];
  let list = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--split') splits = (argv[(index += 1)] ?? '').split(',');
    else if (argument === '--paths') paths = (argv[(index += 1)] ?? '').split(',');
    else if (argument === '--list') list = true;
    else {
      process.stderr.write(`measure-intertitles: unknown argument ${argument}\n`);
      process.exit(2);
    }
  }
  if (splits.includes(BLIND)) {
    process.stderr.write(`measure-intertitles: ${BLIND} is the session's blind split\n`);
    process.exit(2);
  }
  return { splits, paths: new Set(paths), list };
}

/** Words compared: small letters and figures only, so that quotes, apostrophes and spaces of any kind do not count. */
function words(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/u)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word.length > 0)
    .join(' ');
}

/** The expected article's intertitles: short paragraphs ending on no stop, between two paragraphs. */
function intertitles(blocks: ReadonlyArray<{ role: string; text: string }>): string[] {
  const found: string[] = [];
  blocks.forEach((block, index) => {
    if (block.role !== 'paragraph' || index === 0 || index === blocks.length - 1) return;
    if (blocks[index + 1]!.role !== 'paragraph' || block.text.length > INTERTITLE_LENGTH || block.text.split(' ').length > INTERTITLE_WORDS) return;
    if (/[.!…:;,]\s*[»”"]?$/u.test(block.text)) return;
    found.push(block.text);
  });
  return found;
}

/** Where the intertitle's words went among the structured blocks. */
function where(intertitle: string, blocks: ReadonlyArray<{ role: string; words: string }>): string {
  const wanted = words(intertitle);
  const whole = blocks.find((block) => block.words === wanted);
  if (whole !== undefined) return whole.role === 'paragraph' ? 'right' : `role:${whole.role}`;
  const holder = blocks.find((block) => ` ${block.words} `.includes(` ${wanted} `));
  if (holder !== undefined) return holder.words.endsWith(wanted) ? 'glued-after' : holder.words.startsWith(wanted) ? 'glued-before' : 'inside';
  const opening = wanted.split(' ').slice(0, 2).join(' ');
  return blocks.some((block) => block.words.includes(opening)) ? 'scattered' : 'lost';
}

/** The evidence around the intertitle's first line in the extraction, and that line with its neighbours. */
function evidence(intertitle: string, text: string): { evidence: string; context: string[] } {
  const lines = text.split('\n');
  const opening = words(intertitle).split(' ').slice(0, 3).join(' ');
  const at = lines.findIndex((line) => words(line).startsWith(opening));
  if (at === -1) return { evidence: 'line not found', context: [] };
  const before = lines.slice(0, at).reverse().find((line) => line.trim() !== '');
  const after = lines.slice(at + 1).find((line) => line.trim() !== '');
  const wrapped = words(lines[at]!) !== words(intertitle) && words(intertitle).startsWith(words(lines[at]!));
  const parts = [
    before === undefined || endsSentence(before.trim()) ? 'after a sentence end' : 'after a line running on',
    after === undefined || startsLikeSentence(after.trim()) ? 'before a sentence opening' : 'before a line running on',
  ];
  if (wrapped) parts.push('wrapped over two lines');
  if (at > 0 && lines[at - 1]!.trim() === '') parts.push('blank before');
  if (lines[at + 1] !== undefined && lines[at + 1]!.trim() === '') parts.push('blank after');
  return { evidence: parts.join(', '), context: [before ?? '', lines[at]!, after ?? ''] };
}

async function measure(split: string, paths: ReadonlySet<string>): Promise<{ misses: Miss[]; seen: number }> {
  const misses: Miss[] = [];
  let seen = 0;
  const directory = join(ROOT, split);
  if (!existsSync(directory)) return { misses, seen };
  for (const article of readdirSync(directory).sort()) {
    const expectedFile = join(directory, article, `${article}.expected.json`);
    if (!existsSync(expectedFile)) continue;
    const expected = intertitles((JSON.parse(readFileSync(expectedFile, 'utf8')) as { blocks: Array<{ role: string; text: string }> }).blocks);
    if (expected.length === 0) continue;
    for (const fileName of readdirSync(join(directory, article)).sort()) {
      const match = /^[^.]+\.([a-z0-9-]+)\.([a-z]+)\.txt$/u.exec(fileName);
      if (match === null || !paths.has(match[2]!)) continue;
      const text = readFileSync(join(directory, article, fileName), 'utf8');
      let blocks: Array<{ role: string; words: string }>;
      try {
        const structured = await structureFileBytes(new Uint8Array(Buffer.from(text, 'utf8')), { fileName });
        blocks = structured.blocks.map((block) => ({ role: block.role, words: words(block.text) }));
      } catch {
        continue;
      }
      for (const intertitle of expected) {
        seen += 1;
        const found = where(intertitle, blocks);
        if (found === 'right') continue;
        misses.push({ split, article, typesetting: match[1]!, path: match[2]!, intertitle, where: found, ...evidence(intertitle, text) });
      }
    }
  }
  return { misses, seen };
}

function summary(misses: readonly Miss[], seen: number): string {
  const out = [`intertitles looked for ${seen}, missed ${misses.length}`];
  for (const [title, key] of [
    ['by where their words went', (miss: Miss) => `${miss.path}: ${miss.where}`],
    ['by the evidence around their line', (miss: Miss) => `${miss.path}: ${miss.evidence}`],
  ] as const) {
    out.push('', `${title}:`);
    const classes = new Map<string, Miss[]>();
    for (const miss of misses) classes.set(key(miss), [...(classes.get(key(miss)) ?? []), miss]);
    for (const [name, members] of [...classes].sort((left, right) => right[1].length - left[1].length)) {
      const splits = new Set(members.map((miss) => miss.split)).size;
      const tools = new Set(members.map((miss) => miss.typesetting.split('-')[0])).size;
      out.push(`  ${String(members.length).padStart(4)}  ${name}  (${splits} splits, ${tools} tools)`);
    }
  }
  return out.join('\n') + '\n';
}

const options = parseArguments(process.argv.slice(2));
const all: Miss[] = [];
let seen = 0;
for (const split of options.splits) {
  const measured = await measure(split, options.paths);
  all.push(...measured.misses);
  seen += measured.seen;
}
if (options.list) {
  for (const miss of all) process.stdout.write(`${miss.split} ${miss.article}.${miss.typesetting}.${miss.path}: ${miss.where}; ${miss.evidence}: "${miss.intertitle}"\n${miss.context.map((line) => `    | ${line}`).join('\n')}\n`);
}
process.stdout.write(summary(all, seen));

/**
 * Measures the paragraphs the structure stage gets wrong because the extraction read the page out
 * of order: an expected paragraph whose head stands at the end or the start of one structured
 * block and whose tail (the displaced fragment) stands in another block, not right after it. For
 * each, it prints where the head and the tail were read (their first lines), the hyphen-cut word
 * between them if any, and the extraction's line the tail was read right after, classed by what
 * that line is: a sentence's end, a heading or a label (short, no stop), or a line running on.
 * A paragraph merely cut in two in place (a false paragraph end, the paragraph-ends pass's
 * matter, scripts/measure-paragraph-ends.ts) is left out.
 *
 * It closes with the count per class, and the splits and typesetting tools each class was seen on:
 * a class seen on fewer than three splits is a tool's habit, not a page's.
 *
 * Usage: node --import tsx scripts/measure-reading-order.ts [--split a,b,…] [--paths a,b,…]
 *   --split  splits to read (default: the development half: dev, dev-2, dev-3, dev-4, pdf-dev and the
 *            even-numbered held-out splits; never the blind one)
 *   --paths  extraction paths (default: those that set blank lines between the extraction's
 *            blocks: pdftotext, layout, pdfminer, pdfbox, pdfjs)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { structureFileBytes } from '../src/structure.ts';
import { endsSentence } from '../src/layout/layout-block.ts';
import { matchInOrder } from '../test/support/structure-score.ts';

const DEVELOPMENT_HALF = ['dev', 'dev-2', 'dev-3', 'dev-4', 'pdf-dev', ...[2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34].map((number) => `held-out-${number}`)];
const BLIND = 'held-out-38';
const ROOT = fileURLToPath(new URL('../test/fixtures/pages/', import.meta.url));
/** Fewest words the head and the tail must share with the expected paragraph to be told apart from chance. @default 2 */
const FEWEST_WORDS = 2;
/** A line this share of the file's full lines (their 90th percentile length), or less, ending on no stop: a heading, a caption's or a running head's line. @default 0.7 */
const HEADING_SHARE = 0.7;
/** Percentile of the extraction's line lengths taken for a full line's. @default 0.9 */
const FULL_PERCENTILE = 0.9;

interface Options {
  splits: string[];
  paths: string[];
}

function parseArguments(argv: string[]): Options {
  const options: Options = { splits: DEVELOPMENT_HALF, paths: ['pdftotext', 'layout', 'pdfminer', 'pdfbox', 'pdfjs'] };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--split') options.splits = (argv[(index += 1)] ?? '').split(',');
    else if (argument === '--paths') options.paths = (argv[(index += 1)] ?? '').split(',');
    else {
      process.stderr.write(`measure-reading-order: unknown argument ${argument}\nusage: measure-reading-order [--split a,b,…] [--paths a,b,…]\n`);
      process.exit(2);
    }
  }
  if (options.splits.includes(BLIND)) {
    process.stderr.write(`measure-reading-order: ${BLIND} is the blind split: only the lead scores it\n`);
    process.exit(2);
  }
  return options;
}

const plainSpaces = (text: string): string => text.replace(/[\t\p{Zs}]/gu, ' ');
const words = (text: string): string[] => plainSpaces(text).split(' ').filter((word) => word !== '');

/** The longest run of the wanted words, from their first, in one block's words: its block, where it starts, how many. */
function longestRun(blockWords: readonly string[][], wanted: readonly string[]): { block: number; start: number; length: number } {
  let best = { block: -1, start: 0, length: 0 };
  blockWords.forEach((list, block) => {
    for (let start = 0; start < list.length; start += 1) {
      let length = 0;
      while (length < wanted.length && start + length < list.length && list[start + length] === wanted[length]) length += 1;
      if (length > best.length) best = { block, start, length };
    }
  });
  return best;
}

/** What the extraction's line before the tail is: the class the miss is counted in. */
function classOf(raw: readonly string[], tailLine: number, full: number): { kind: string; line: string } {
  let index = tailLine - 2;
  while (index >= 0 && (raw[index] ?? '').trim() === '') index -= 1;
  const line = (raw[index] ?? '').trim();
  if (index < 0) return { kind: 'the extraction’s start', line: '' };
  if (endsSentence(line)) return { kind: 'a sentence’s end', line };
  if (line.length <= full * HEADING_SHARE) return { kind: 'a short line ending no sentence (a heading, a caption’s or a running head’s line)', line };
  return { kind: 'a full line ending no sentence (a column running on)', line };
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  const classes = new Map<string, { misses: number; splits: Set<string>; tools: Set<string> }>();
  for (const split of options.splits) {
    const directory = join(ROOT, split);
    if (!existsSync(directory)) continue;
    for (const article of readdirSync(directory)) {
      const expectedFile = join(directory, article, `${article}.expected.json`);
      if (!existsSync(expectedFile)) continue;
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as { blocks: Array<{ role: string; text: string }> };
      const paragraphs = expected.blocks.filter((block) => block.role === 'paragraph').map((block) => plainSpaces(block.text));
      for (const file of readdirSync(join(directory, article)).sort()) {
        const name = /\.([a-z0-9-]+)\.([a-z]+)\.txt$/.exec(file);
        if (name === null || !options.paths.includes(name[2] as string)) continue;
        const bytes = readFileSync(join(directory, article, file));
        const raw = bytes.toString('utf8').split('\n');
        const lengths = raw.map((line) => line.trim().length).filter((length) => length > 0).sort((left, right) => left - right);
        const full = lengths[Math.floor(lengths.length * FULL_PERCENTILE)] ?? 0;
        // Each line's words, spaces collapsed and a soft hyphen dropped, to find where a tail was read.
        const rawWords = raw.map((line) => words(line.replaceAll('\u00ad', '')));
        const structured = await structureFileBytes(new Uint8Array(bytes), { fileName: file });
        const blocks = structured.blocks.map((block) => ({ text: plainSpaces(block.text), line: block.source.startLine }));
        const blockWords = blocks.map((block) => words(block.text));
        const matches = matchInOrder(
          paragraphs,
          blocks.map((block) => block.text),
        );
        paragraphs.forEach((paragraph, position) => {
          if ((matches[position] as number) >= 0) return;
          const wanted = words(paragraph);
          const head = longestRun(blockWords, wanted);
          if (head.length < FEWEST_WORDS || head.length >= wanted.length) return;
          // The head's last word may be cut by a hyphen (`dé-` + `cidé`): the tail opens on the rest.
          let rest = wanted.slice(head.length);
          const cut = blockWords[head.block]?.[head.start + head.length];
          const cutWord = cut !== undefined && cut.endsWith('-') && (rest[0] ?? '').startsWith(cut.slice(0, -1)) ? cut : undefined;
          if (cutWord !== undefined) rest = [(rest[0] as string).slice(cutWord.length - 1), ...rest.slice(1)];
          const tail = longestRun(blockWords, rest);
          if (tail.length < Math.min(FEWEST_WORDS, rest.length)) return;
          // Cut in two in place, the tail opening the next block: a false paragraph end, not an order miss.
          const inPlace = tail.block === head.block + 1 && tail.start === 0 && head.start + head.length + (cutWord === undefined ? 0 : 1) === (blockWords[head.block] as string[]).length;
          if (inPlace || tail.block === head.block) return;
          // The extraction's line opening on the tail's first two words (or its first, ending there
          // cut by a hyphen or alone).
          const [first, second] = rest;
          let tailLine = rawWords.findIndex((list) => list[0] === first && (second === undefined || list.length === 1 || list[1] === second || (list[1] ?? '').endsWith('-'))) + 1;
          if (tailLine === 0) tailLine = rawWords.findIndex((list) => list[0] !== undefined && list[0].endsWith('-') && (first ?? '').startsWith(list[0].slice(0, -1))) + 1;
          const { kind, line } = tailLine > 0 ? classOf(raw, tailLine, full) : { kind: 'not found in the extraction', line: '' };
          const tool = (name[1] as string).split('-')[0] as string;
          const entry = classes.get(kind) ?? { misses: 0, splits: new Set<string>(), tools: new Set<string>() };
          entry.misses += 1;
          entry.splits.add(split);
          entry.tools.add(tool);
          classes.set(kind, entry);
          process.stdout.write(
            `${split} ${name[2]} ${name[1]} ${article}\n  head (block from line ${blocks[head.block]?.line}): …${wanted.slice(Math.max(0, head.length - 8), head.length).join(' ')}${cutWord === undefined ? '' : ` [${cutWord}]`}\n  tail (block from line ${blocks[tail.block]?.line}${tail.start > 0 ? `, word ${tail.start + 1}` : ''}): ${rest.slice(0, 8).join(' ')}…\n  read after ${kind}${line === '' ? '' : `: ${line.slice(0, 80)}`}\n`,
          );
        });
      }
    }
  }
  process.stdout.write('\nmisses by what the displaced tail was read after:\n');
  for (const [kind, entry] of [...classes].sort((left, right) => right[1].misses - left[1].misses)) {
    process.stdout.write(`  ${kind}: ${entry.misses} misses, ${entry.splits.size} splits (${[...entry.splits].join(', ')}), ${entry.tools.size} tools (${[...entry.tools].join(', ')})\n`);
  }
}

await main();

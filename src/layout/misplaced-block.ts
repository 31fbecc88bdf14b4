/**
 * A block `pdftotext` (default mode) read out of place. It cuts a page into blocks and orders
 * them by its own guess, so the end of a column (the article's last lines, or the foot of the
 * first column) can come out before the body or between two other blocks, and the head of a
 * column before the foot of the one it continues. Two traces betray it: a block of the body
 * stops in the middle of a sentence (or of a word, cut by a hyphen at its last line's end) where
 * the body ends or a blank line sets the next block apart, and a block set apart by a blank line
 * opens on a small letter right after a sentence's end, so it cannot follow what comes before
 * it. That block is what the unfinished end goes on with: it is moved there, and the move
 * recorded.
 */
import type { Repair } from '../types.ts';
import { endsSentence } from './layout-block.ts';
import { lengthPercentile, type PageLine } from './page-line.ts';

const OPENS_ON_SMALL_LETTER = /^\p{Ll}/u;
/** A line ending on a comma, a semicolon or a word cut by a hyphen: a sentence running on. */
const RUNS_ON = /(?:[,;]|\p{L}-)$/u;
/**
 * A line ending on a small letter runs on only when it goes on with a sentence begun on the line
 * above: alone, it may be a heading (an intertitle ends on no stop).
 */
const ENDS_ON_SMALL_LETTER = /\p{Ll}$/u;
/**
 * Share of the body's median line length an unfinished line inside the body must reach: a
 * column's foot runs (nearly) full, where a heading or a label stops short. @default 0.6
 */
const UNFINISHED_SHARE = 0.6;

export interface MovedBlock {
  lines: PageLine[];
  repairs: Repair[];
}

/** Moves the one block that continues the body's one unfinished end to that end. */
export function moveMisplacedBlock(body: readonly PageLine[]): MovedBlock {
  const last = body.at(-1);
  if (last === undefined) return { lines: [], repairs: [] };
  const target = unfinishedEnd(body);
  if (target === -1) return { lines: [...body], repairs: [] };
  const candidates: Array<{ start: number; end: number }> = [];
  for (let index = 0; index < body.length; index += 1) {
    const line = body[index] as PageLine;
    const previous = body[index - 1];
    if (!OPENS_ON_SMALL_LETTER.test(line.content)) continue;
    if (previous !== undefined && (!(line.blankBefore || line.pageBreakBefore) || !endsSentence(previous.content))) continue;
    let end = index + 1;
    while (end < body.length && !(body[end] as PageLine).blankBefore && !(body[end] as PageLine).pageBreakBefore) end += 1;
    // The moved block must close the text it completes, and leave the body's end where it is.
    if (end >= body.length || !endsSentence((body[end - 1] as PageLine).content)) continue;
    if (target >= index && target < end) continue;
    candidates.push({ start: index, end });
  }
  if (candidates.length !== 1) return { lines: [...body], repairs: [] };
  const { start, end } = candidates[0] as { start: number; end: number };
  const block = body.slice(start, end);
  const first = block[0] as PageLine;
  const stop = body[target] as PageLine;
  const lines = target < start ? [...body.slice(0, target + 1), ...block, ...body.slice(target + 1, start), ...body.slice(end)] : [...body.slice(0, start), ...body.slice(end, target + 1), ...block, ...body.slice(target + 1)];
  return {
    lines,
    repairs: [
      {
        kind: 'columns-reordered',
        line: first.number,
        before: first.content,
        reason: 'misplaced-block',
        evidence: `${target === body.length - 1 ? 'the body ends' : 'a block of the body stops'} in the middle of a sentence on line ${stop.number}, and lines ${first.number}–${(block.at(-1) as PageLine).number}, set apart and opening on a small letter after a sentence's end, go on from it`,
      },
    ],
  };
}

/**
 * Where the body stops in the middle of a sentence: its last line, when it ends no sentence;
 * else the one line inside it that runs on (RUNS_ON, ENDS_ON_SMALL_LETTER), nearly full, before a block set apart that
 * does not go on with it (opening on a capital: the next column's or a picture's text). -1 when
 * there is none, or more than one.
 */
function unfinishedEnd(body: readonly PageLine[]): number {
  const last = body.length - 1;
  if (!endsSentence((body[last] as PageLine).content)) return last;
  const median = lengthPercentile(
    body.map((line) => line.content.length),
    0.5,
  );
  let found = -1;
  for (let index = 0; index < last; index += 1) {
    const line = body[index] as PageLine;
    const next = body[index + 1] as PageLine;
    if (!(next.blankBefore || next.pageBreakBefore) || OPENS_ON_SMALL_LETTER.test(next.content)) continue;
    const above = body[index - 1];
    const carriesOn = above !== undefined && !line.blankBefore && !line.pageBreakBefore && !endsSentence(above.content);
    if (!(RUNS_ON.test(line.content) || (carriesOn && ENDS_ON_SMALL_LETTER.test(line.content))) || line.content.length < median * UNFINISHED_SHARE) continue;
    if (found !== -1) return -1;
    found = index;
  }
  return found;
}

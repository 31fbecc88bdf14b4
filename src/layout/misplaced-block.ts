/**
 * A block `pdftotext` (default mode) read out of place. It cuts a page into blocks and orders
 * them by its own guess, so the end of a column (the article's last lines, or the foot of the
 * first column) can come out before the body or between two other blocks. Two traces betray it:
 * the body stops in the middle of a sentence (or of a word, cut by a hyphen at its last line's
 * end), and a block set apart by a blank line opens on a
 * small letter right after a sentence's end, so it cannot follow what comes before it. That
 * block is what the unfinished end goes on with: it is moved there, and the move recorded.
 */
import type { Repair } from '../types.ts';
import { endsSentence } from './layout-block.ts';
import type { PageLine } from './page-line.ts';

const OPENS_ON_SMALL_LETTER = /^\p{Ll}/u;

export interface MovedBlock {
  lines: PageLine[];
  repairs: Repair[];
}

/** Moves the one block that continues the body's unfinished end to that end, when there is exactly one. */
export function moveMisplacedBlock(body: readonly PageLine[]): MovedBlock {
  const last = body.at(-1);
  if (last === undefined || endsSentence(last.content)) return { lines: [...body], repairs: [] };
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
    candidates.push({ start: index, end });
  }
  if (candidates.length !== 1) return { lines: [...body], repairs: [] };
  const { start, end } = candidates[0] as { start: number; end: number };
  const block = body.slice(start, end);
  const first = block[0] as PageLine;
  return {
    lines: [...body.slice(0, start), ...body.slice(end), ...block],
    repairs: [
      {
        kind: 'columns-reordered',
        line: first.number,
        before: first.content,
        reason: 'misplaced-block',
        evidence: `the body ends in the middle of a sentence on line ${last.number}, and lines ${first.number}–${(block.at(-1) as PageLine).number}, set apart and opening on a small letter after a sentence's end, go on from it`,
      },
    ],
  };
}

/**
 * One printed line of a page as text extraction leaves it (pdftotext in its three modes, OCR),
 * with the evidence later layout steps read: where it sits (page, column), its indent against
 * its column's left edge, and whether a blank line or a page break came before it.
 */
import type { SourceLine } from './join-lines.ts';

export interface PageLine extends SourceLine {
  /** 0-based page, counted by form feeds. */
  page: number;
  /** 0-based column on its page, left to right; 0 when the text was not laid out side by side. */
  column: number;
  /** Spaces before the text, counted from its column's left edge (only `pdftotext -layout` keeps them). */
  indent: number;
  /** One or more blank lines came before it in its column. */
  blankBefore: boolean;
  /** A page break (form feed, removed running header or folio) came before it. */
  pageBreakBefore: boolean;
  /**
   * The line was printed stretched: the extraction read its words one a line, joined back
   * (`word-per-line-runs.ts`). A justified line stretched so fills the measure with few words, so
   * its length in characters says nothing of an indent.
   */
  stretched?: boolean;
  /**
   * A picture's drawn frame stood right above the line and was taken out (drawn-frames.ts): a
   * printout draws the picture's place as a box of `+`, `-` and `|`, and sets its caption under it.
   */
  underPicture?: boolean;
  /**
   * The line was read in a run of pieces of two columns pdftotext printed row by row, put back one
   * column after the other (interleaved-columns.ts): a blank line there is where either column's
   * rows went out of step, not a space the page set around the line alone.
   */
  rowPiece?: boolean;
}

/** Lowest number of characters a column holds: narrower runs of text are not columns. @default 12 */
export const NARROWEST_COLUMN = 12;

/** How many times the number of values the longest must exceed for them to be sorted rather than counted. @default 8 */
const SORT_FROM_SPREAD = 8;

/** `lengthPercentile`'s counts, reused (it never runs twice at once). */
let counts = new Uint32Array(256);
/** `lengthPercentile`'s values to sort, reused likewise. */
let sorting = new Float64Array(256);

/** Character lengths are small integers: a percentile by counting, no sort, unless they are few and spread wide. */
export function lengthPercentile(lengths: readonly number[], fraction: number): number {
  if (lengths.length === 0) return 0;
  let longest = 0;
  for (const length of lengths) if (length > longest) longest = length;
  const rank = Math.floor((lengths.length - 1) * fraction);
  // Few values spread wide (paragraph lengths, printed widths): sorting them is cheaper than
  // allocating and walking a count per possible length.
  if (lengths.length * SORT_FROM_SPREAD < longest) {
    // Sorted in an array kept between calls (a view on it): a new typed array per call cost
    // more than its sort.
    if (sorting.length < lengths.length) sorting = new Float64Array(Math.max(lengths.length, sorting.length * 2));
    const view = sorting.subarray(0, lengths.length);
    for (let index = 0; index < lengths.length; index += 1) view[index] = lengths[index] as number;
    return view.sort()[rank] as number;
  }
  // One array of counts kept between calls: allocating one per call cost more than counting.
  if (counts.length <= longest) counts = new Uint32Array(Math.max(longest + 1, counts.length * 2));
  counts.fill(0, 0, longest + 1);
  for (const length of lengths) counts[length] = (counts[length] ?? 0) + 1;
  let seen = 0;
  for (let length = 0; length <= longest; length += 1) {
    seen += counts[length] ?? 0;
    if (seen > rank) return length;
  }
  return longest;
}

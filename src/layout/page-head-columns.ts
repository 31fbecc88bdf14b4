/**
 * Columns of two or three lines at a page's head, as `pdftotext -layout` draws an article's last
 * lines poured over the columns of its last page: each column holds a line or three, side by
 * side under the running head. Too few lines resume at the next column's edge to make a column
 * start the way a full page does (column-layout.ts counts them on four lines or a share of the
 * page), and each row is read as one line across the page: `… rien ne se fera sans` glued to the
 * next column's `doit valider toute nouvelle organisation`, the two columns' sentences crossed.
 *
 * The evidence is the white between the columns: two or three rows in a row right under the
 * page's first line (its running head), each holding a line set with single word spaces, then a
 * gap of three spaces or more, then another line set with single word spaces resuming at one
 * position; and no line under them in their block running across that position. A justified line stretched
 * loose spreads its white over every word space, not one gap; a line across the page (a heading,
 * a caption) would run over the gutter. Where the page's first columns were found (their
 * lines enough to count), the last column of two or three lines is looked for right of them.
 */
import { NARROWEST_COLUMN } from './page-line.ts';

export interface PageHeadColumns {
  /** Where the next column starts (characters). */
  position: number;
  /** The first row holding both columns (0-based in the page). */
  row: number;
  /** How many rows in a row hold both. */
  rows: number;
}

/** The page's text lines, as column-layout.ts reads them. */
interface Row {
  text: string;
}

/** Fewest rows resuming at one position to make columns at a page's head. @default 2 */
const HEAD_COLUMN_LINES = 2;
/** Most rows: with four, column-layout.ts finds the start on its own. @default 3 */
const HEAD_COLUMN_MOST = 3;
/** Fewest spaces between a column's line and the next column's. @default 3 */
const GUTTER_SPACES = 3;
/** Content lines under the running head the first of the rows may stand after. @default 1 */
const UNDER_HEAD = 1;

/** A line, a gutter, a line: the text before the first gap of `GUTTER_SPACES` spaces or more, and where the text resumes. */
const TWO_PARTS = new RegExp(`^ *(\\S(?:.*?\\S)?) {${GUTTER_SPACES},}(?=\\S)`, 'u');
/** Two spaces or more between words: a line stretched loose, or a third part. */
const WIDE_SPACE = /\S {2,}\S/u;

/**
 * Where the next column starts on a page whose columns hold two or three lines each, right
 * under its running head, and the rows that show it; undefined on any other page. With `starts`
 * (the columns found on the lines that make them), the column after the last of them. `cutLine`
 * is column-layout.ts's: the parts of a line between column starts, or undefined when a word
 * runs across one.
 */
export function pageHeadColumnStart(
  page: readonly Row[],
  cutLine: (text: string, starts: readonly number[]) => string[] | undefined,
  starts: readonly number[] = [],
): PageHeadColumns | undefined {
  // The page's first content lines, as many as the rows looked at: the head, a line over the
  // rows, the rows, and the line under them.
  const content: number[] = [];
  for (let index = 0; index < page.length && content.length < 2 + UNDER_HEAD + HEAD_COLUMN_MOST; index += 1) {
    if ((page[index] as Row).text.trim() !== '') content.push(index);
  }
  // The first line is the running head (a paper's name and a date far apart): no column's.
  for (let at = 1; at <= 1 + UNDER_HEAD && at < content.length; at += 1) {
    const run: number[] = [];
    let position = -1;
    for (let next = at; next < content.length && run.length <= HEAD_COLUMN_MOST; next += 1) {
      const resume = lastColumnRow((page[content[next] as number] as Row).text, starts, cutLine);
      if (resume === -1 || (position !== -1 && Math.abs(resume - position) > 1)) break;
      if (position === -1) position = resume;
      run.push(resume);
    }
    if (run.length < HEAD_COLUMN_LINES || run.length > HEAD_COLUMN_MOST) continue;
    const start = Math.min(...run);
    // Nothing under the rows, down to the block's end (a blank row: a folio centred under the
    // columns may run across), runs across the gutter: the text stays in its columns.
    let crossed = false;
    for (let index = content[at] as number; index < page.length && !crossed; index += 1) {
      const text = (page[index] as Row).text;
      if (text.trim() === '') break;
      crossed = cutLine(text, [...starts, start]) === undefined;
    }
    if (!crossed) return { position: start, row: content[at] as number, rows: run.length };
  }
  return undefined;
}

/**
 * Where a row's last column (right of `starts`, the columns found already) holds two lines side
 * by side, the position the second resumes at (twoColumnRow); otherwise -1.
 */
function lastColumnRow(text: string, starts: readonly number[], cutLine: (text: string, starts: readonly number[]) => string[] | undefined): number {
  if (starts.length === 0) return twoColumnRow(text);
  const parts = cutLine(text, starts);
  if (parts === undefined || parts.length <= starts.length) return -1;
  const last = parts.at(-1) as string;
  const resume = twoColumnRow(last);
  return resume === -1 ? -1 : text.length - last.length + resume;
}

/**
 * Where a row's second part resumes, when the row holds two lines side by side each set with
 * single word spaces, the first as wide as a column at least; otherwise -1.
 */
function twoColumnRow(text: string): number {
  const match = TWO_PARTS.exec(text);
  if (match === null) return -1;
  const left = match[1] as string;
  const position = match[0].length;
  if (left.length < NARROWEST_COLUMN || text.length - position < NARROWEST_COLUMN / 2) return -1;
  if (WIDE_SPACE.test(left) || WIDE_SPACE.test(text.slice(position).trimEnd())) return -1;
  return position;
}

/**
 * Whether a position where lines of a `pdftotext -layout` page resume after two spaces or more is
 * a gutter between columns or only word spaces lining up. A gutter is a strip of white down the
 * rows where the columns beside it are set: the column to its left stops short of it on every
 * row, and only a line across the page (a headline, a caption set over two columns) runs over
 * it. A justified column whose word spaces are drawn wide (Chromium's, asciidoctor's) leaves runs
 * of spaces that line up on a few rows by chance; between them, the column's other lines run
 * straight across the position. Counted over the rows from the first line resuming there to the
 * last, the lines running across a gutter are far fewer than those resuming at it; where they are
 * as many or more, the position is word spaces, and cutting the column there interleaves its
 * halves (`Il est tombé 86` + `millimètres de pluie` read as two columns).
 */
import type { RawLine } from './column-layout.ts';

export interface Gutter {
  /** Content lines resuming at the position (one character left of it, or a first-line indent right of it). */
  resuming: number;
  /** Content lines between the first and the last of them that a word runs across the position on. */
  crossing: number;
  /** Of the spaces between two lines resuming there one after the other, how many hold a line run across it. */
  interrupted: number;
  /** The first line resuming there (1-based line number). */
  line: number;
}

/** A position read as a column's start and refused, with the evidence. */
export type RefusedStart =
  | ({ kind: 'crossed'; position: number } & Gutter)
  | {
      kind: 'narrow';
      position: number;
      /** The first line with text right of the position (1-based line number). */
      line: number;
      /** Lines with text in the column the position would start. */
      lines: number;
      /** The widest of those texts, and the widest in the column before, in characters. */
      widest: number;
      widestBefore: number;
    };

/**
 * Share of the lines resuming at a position that may run across it between them for it to be a
 * gutter: at half as many, the column beside runs over it on row after row. @default 0.5
 */
const CROSSING_SHARE = 0.5;

/** Widest first-line indent counted with a column's edge. @default 4 */
const INDENT_IN_COLUMN = 4;

/**
 * The lines resuming at `position` and those run across it between the first and last of them.
 * `lines` are the page's content lines, `resumes` per line the positions where it resumes after two
 * spaces or more.
 */
export function gutterAt(lines: readonly RawLine[], resumes: readonly (readonly number[])[], position: number): Gutter {
  let first = -1;
  let last = -1;
  let resuming = 0;
  resumes.forEach((lineResumes, index) => {
    if (!resumesNear(lineResumes, position)) return;
    resuming += 1;
    if (first === -1) first = index;
    last = index;
  });
  let crossing = 0;
  let interrupted = 0;
  // Whether a line run across the position stands since the last line resuming there.
  let crossedSince = false;
  for (let index = first; index !== -1 && index <= last; index += 1) {
    if (runsAcross((lines[index] as RawLine).text, position)) {
      crossing += 1;
      crossedSince = true;
    } else if (crossedSince && resumesNear(resumes[index] as readonly number[], position)) {
      interrupted += 1;
      crossedSince = false;
    }
  }
  return { resuming, crossing, interrupted, line: first === -1 ? 0 : (lines[first] as RawLine).number };
}

/**
 * Fewest places between the lines resuming at a position where lines run across it for it to be
 * word spaces: one line or block across a gutter (a headline, a caption over two columns, a
 * column's text set under a headline that fills the rows above) is no sign. @default 2
 */
const INTERRUPTIONS = 2;

/**
 * More lines run across the position than a gutter lets through, at two places or more between
 * the lines resuming there: word spaces lining up.
 */
export function isWordSpaces(gutter: Gutter): boolean {
  return gutter.interrupted >= INTERRUPTIONS && gutter.crossing >= gutter.resuming * CROSSING_SHARE;
}

function resumesNear(lineResumes: readonly number[], position: number): boolean {
  return lineResumes.some((at) => at >= position - 1 && at <= position + INDENT_IN_COLUMN);
}

/**
 * A word runs across `position` on the line: text both sides, and no two spaces before the
 * position or one character either side of it (where a column's cut would fall).
 */
export function runsAcross(text: string, position: number): boolean {
  if (text.trimEnd().length <= position + 1) return false;
  for (const at of [position - 1, position, position + 1]) {
    if (at >= 2 && text.charCodeAt(at - 1) === 32 && text.charCodeAt(at - 2) === 32) return false;
  }
  return text.slice(0, position).trim() !== '';
}

/** Fewest lines a column's texts fill for their width to say it is no column. @default 4 */
const NARROW_COLUMN_LINES = 4;

/**
 * The starts among `starts` whose column is no column: on four lines or more, text stands right
 * of the start, yet none of it is as wide as the narrowest column (`narrowest` characters) nor
 * half as wide as the column before's widest line. Columns of a page are as wide as one another;
 * a justified column whose word spaces are drawn wide leaves its lines' last words right of a
 * run of spaces at about one place (`dessinées,`, `n’avaient`, `créneaux.`), too short to be a
 * column's lines. (A last column of one to three lines, a signature's or an article's end, is
 * found by other means and not judged here.)
 */
export function narrowColumns(page: readonly RawLine[], starts: readonly number[], narrowest: number, cut: (text: string, starts: readonly number[]) => string[] | undefined): RefusedStart[] {
  const widest = new Array<number>(starts.length + 1).fill(0);
  const filled = new Array<number>(starts.length + 1).fill(0);
  const first = new Array<number>(starts.length + 1).fill(0);
  for (const raw of page) {
    const parts = cut(raw.text, starts);
    if (parts === undefined || parts.length < 2) continue;
    parts.forEach((part, column) => {
      const width = part.trim().length;
      if (width === 0) return;
      filled[column] = (filled[column] ?? 0) + 1;
      if ((first[column] ?? 0) === 0) first[column] = raw.number;
      if (width > (widest[column] ?? 0)) widest[column] = width;
    });
  }
  const refused: RefusedStart[] = [];
  starts.forEach((position, index) => {
    const column = index + 1;
    const width = widest[column] ?? 0;
    const before = widest[index] ?? 0;
    if ((filled[column] ?? 0) >= NARROW_COLUMN_LINES && width < narrowest && width * 2 < before) {
      refused.push({ kind: 'narrow', position, line: first[column] ?? 0, lines: filled[column] ?? 0, widest: width, widestBefore: before });
    }
  });
  return refused;
}

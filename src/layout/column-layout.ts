/**
 * Reads one page of text laid out the way `pdftotext -layout` draws it: columns side by side
 * on the same lines, split by runs of spaces. Finds where each column starts (a position
 * where many lines resume after two spaces or more, or, columns being as wide as one another,
 * where a few do one column's width from the edge), cuts each line there, and gives the
 * lines back in reading order: within each band of side-by-side text, the first column from
 * top to bottom, then the next. A line that runs across a column start (a headline, a running
 * header) is full-width: it ends one band and starts the next. Each line keeps its indent
 * against its column's left edge, the evidence of a paragraph's first line. A position where
 * justified lines' wide word spaces line up is no column start (column-gutter.ts). Columns of
 * two or three lines each under a page's running head (an article's last lines over its last
 * page) are found on their rows' gutter (page-head-columns.ts).
 */
import { endsSentence } from './layout-block.ts';
import { gutterAt, isWordSpaces, narrowColumns, type Gutter, type RefusedStart } from './column-gutter.ts';
import { pageHeadColumnStart } from './page-head-columns.ts';
import { lengthPercentile, NARROWEST_COLUMN, type PageLine } from './page-line.ts';

export interface RawLine {
  /** 1-based line number in the decoded text. */
  number: number;
  /** The line as extracted, leading spaces kept. */
  text: string;
}

export interface ColumnReading {
  lines: PageLine[];
  /** Where each column after the first starts (character offsets), empty for one column. */
  columnStarts: number[];
  /** Number of lines of side-by-side text that were cut into columns. */
  linesCut: number;
  /**
   * Runs of a column's lines printed on alternate rows, the other column's lines on the rows
   * between (the columns' baselines out of step): the first line of each run and its length.
   */
  rowsOutOfStep: { line: number; lines: number }[];
  /** Positions where lines resume as at a column's start, refused: lines run across them, or the column is too narrow (column-gutter.ts). */
  refusedStarts: RefusedStart[];
  /** A column start read from two or three rows at the page's head (page-head-columns.ts): its first row's line number, position and rows. */
  pageHeadStart?: { line: number; position: number; rows: number };
}

/** Share of a page's lines that must resume at one position for it to be a column start. @default 0.2 */
const COLUMN_START_SHARE = 0.2;
/** Furthest a column's line starts right of the column's edge (a first-line indent, a centred caption). @default 16 */
const ALIGNED_OFFSET = 16;
/** Share of a column's lines with an empty row above beyond which its rows alternate with another column's. @default 0.35 */
const ALTERNATING_SHARE = 0.35;
/**
 * Fewest single empty rows in a row, each filled by another column's line, that make a column's
 * lines fall on alternate rows there, whatever share of the column they are. @default 3
 */
const OUT_OF_STEP_RUN = 3;
/** Widest first-line indent counted with a column's edge when looking for columns. @default 4 */
const INDENT_IN_COLUMN = 4;
/**
 * Fewest lines resuming at one position to make a column start; as many in a row make one
 * whatever share of the page they are. @default 4
 */
const COLUMN_START_LINES = 4;

export function readColumns(page: readonly RawLine[], pageIndex: number, pageBreakBefore: boolean): ColumnReading {
  const refused: RefusedStart[] = [];
  const atHead: HeadStart[] = [];
  const starts = findColumnStarts(page, refused, atHead);
  const pageHeadStart = atHead[0];
  const lines: PageLine[] = [];
  let linesCut = 0;
  const rowsOutOfStep: { line: number; lines: number }[] = [];
  let pendingBreak = pageBreakBefore;
  const leftEdge = commonIndent(page);
  const pushLine = (target: PageLine[], raw: RawLine, part: string, column: number, indentBase: number, blankBefore: boolean): void => {
    const content = part.trim();
    const leading = part.length - part.trimStart().length;
    target.push({
      number: raw.number,
      content,
      page: pageIndex,
      column,
      indent: Math.max(0, leading - indentBase),
      blankBefore,
      pageBreakBefore: pendingBreak,
    });
    pendingBreak = false;
  };

  if (starts.length === 0) {
    let blank = false;
    for (const raw of page) {
      if (raw.text.trim() === '') {
        blank = lines.length > 0 || blank;
        continue;
      }
      pushLine(lines, raw, raw.text, 0, leftEdge, blank);
      blank = false;
    }
    return { lines, columnStarts: starts, linesCut, rowsOutOfStep, refusedStarts: refused };
  }

  // Cut every line; a line is full-width when a word runs across a column start.
  const cuts = page.map((raw) => cutLine(raw.text, starts));
  // Text far right of a column start is aligned there (a running header's date, a signature):
  // it is cut like the rest inside a band of columns, but does not make one.
  const sideBySide = cuts.map(
    (parts) => parts !== undefined && parts.slice(1).some((part) => part.trim() !== '') && parts.slice(1).every((part) => part.trim() === '' || part.length - part.trimStart().length <= ALIGNED_OFFSET),
  );
  // A short line centred on the page above the columns (a byline under the headline) fits inside
  // one column and would open it: read it across the page, before the band.
  // Its middle off the middle of the line right above it (a headline in larger type, fewer
  // characters to the same width), it is set in another face: a block of its own.
  const centredHead = sideBySide.indexOf(true);
  let headApart = -1;
  if (centredHead !== -1 && isCentredHead(page, cuts, centredHead, sideBySide)) {
    sideBySide[centredHead] = false;
    const above = page[centredHead - 1];
    if (above !== undefined && above.text.trim() !== '' && Math.abs(middleOf(above.text) - middleOf((page[centredHead] as RawLine).text)) > CENTRED_SLACK) headApart = centredHead;
  }
  // The band runs to the page's last line that no word carries across a column start: lines
  // under a shorter last column are the first column's, and aligned text (a signature set under
  // the last column) stays in its column.
  const first = sideBySide.indexOf(true);
  const last = first === -1 ? -1 : cuts.findLastIndex((parts, index) => parts !== undefined && (page[index] as RawLine).text.trim() !== '');

  let band: PageLine[][] = [];
  // Rows with nothing in a column before each of its lines, and since its last line.
  let bandGaps: number[][] = [];
  let emptyRows: number[] = [];
  // Whether another column's text filled every such row (no row blank across the band).
  let bandFilled: boolean[][] = [];
  let blankRows: number[] = [];
  const flushBand = (): void => {
    band.forEach((column, columnIndex) => {
      const gaps = bandGaps[columnIndex] ?? [];
      // Columns whose baselines do not line up come out on alternate rows: there a single
      // empty row is no vertical space, and only two or more are.
      let withGap = 0;
      for (let line = 1; line < gaps.length; line += 1) if ((gaps[line] ?? 0) > 0) withGap += 1;
      const alternating = gaps.length >= 3 && withGap > (gaps.length - 1) * ALTERNATING_SHARE;
      // Only part of a column can fall out of step (after a caption or a picture in the other
      // one): there its lines come one row in two over a run, each empty row holding the other
      // column's line. A single empty row is no vertical space in such a run either.
      const outOfStep = alternating || withGap < OUT_OF_STEP_RUN ? undefined : outOfStepLines(gaps, bandFilled[columnIndex] ?? []);
      column.forEach((line, position) => {
        const gap = gaps[position] ?? 0;
        // A whole sentence on its line after one ending the line above: a list's item, or a box's
        // one-line paragraph, whose space the run does not hide.
        const inRun = !alternating && outOfStep?.[position] === true;
        const itemOpens = inRun && endsSentence(line.content) && endsSentence((column[position - 1] as PageLine).content);
        const stepped = alternating || (inRun && !itemOpens);
        const blankBefore = position === 0 ? line.blankBefore : stepped ? gap >= 2 : gap >= 1;
        lines.push(position === 0 ? line : { ...line, blankBefore });
      });
      if (outOfStep !== undefined) {
        for (let position = 1; position < column.length; position += 1) {
          if (outOfStep[position] !== true || outOfStep[position - 1] === true) continue;
          let end = position;
          while (outOfStep[end + 1] === true) end += 1;
          rowsOutOfStep.push({ line: (column[position - 1] as PageLine).number, lines: end - position + 2 });
        }
      }
    });
    band = [];
    bandGaps = [];
    emptyRows = [];
    bandFilled = [];
    blankRows = [];
  };
  let blank = false;
  // Text across the column starts (a word ran over one) was read since the last band.
  let afterFullWidth = false;
  page.forEach((raw, index) => {
    const parts = cuts[index];
    const inBand = index >= first && index <= last && parts !== undefined;
    const empty = raw.text.trim() === '';
    if (!inBand || (empty && band.length === 0)) {
      if (empty) {
        blank = lines.length > 0 || band.length > 0 || blank;
        return;
      }
      flushBand();
      pushLine(lines, raw, raw.text, 0, leftEdge, blank || index === headApart);
      // A short last line under full-width ones (a standfirst's) is still full-width text.
      afterFullWidth ||= parts === undefined;
      blank = false;
      return;
    }
    if (empty) {
      for (let column = 0; column < emptyRows.length; column += 1) {
        emptyRows[column] = (emptyRows[column] ?? 0) + 1;
        blankRows[column] = (blankRows[column] ?? 0) + 1;
      }
      return;
    }
    linesCut += sideBySide[index] === true ? 1 : 0;
    const afterFullWidthHere = afterFullWidth;
    afterFullWidth = false;
    parts.forEach((part, column) => {
      while (band.length <= column) {
        band.push([]);
        bandGaps.push([]);
        emptyRows.push(0);
        bandFilled.push([]);
        blankRows.push(0);
      }
      if (part.trim() === '') {
        if ((band[column]?.length ?? 0) > 0) emptyRows[column] = (emptyRows[column] ?? 0) + 1;
        return;
      }
      const base = column === 0 ? leftEdge : 0;
      const columnLines = band[column] as PageLine[];
      // The first line of a band under full-width text (a standfirst across the page, then the
      // body in columns): the page's measure changes there, which is space as a blank line is.
      const bandOpens = columnLines.length === 0 && column === 0 && (blank || afterFullWidthHere);
      pushLine(columnLines, raw, part, column, base, bandOpens);
      (bandGaps[column] as number[]).push(columnLines.length === 1 ? 0 : (emptyRows[column] ?? 0));
      (bandFilled[column] as boolean[]).push((blankRows[column] ?? 0) === 0);
      emptyRows[column] = 0;
      blankRows[column] = 0;
    });
    // Lines under a shorter column: the other columns' rows stay empty.
    for (let column = parts.length; column < band.length; column += 1) {
      if ((band[column]?.length ?? 0) > 0) emptyRows[column] = (emptyRows[column] ?? 0) + 1;
    }
    blank = false;
  });
  flushBand();
  return { lines, columnStarts: starts, linesCut, rowsOutOfStep, refusedStarts: refused, ...(pageHeadStart === undefined ? {} : { pageHeadStart }) };
}

type HeadStart = NonNullable<ColumnReading['pageHeadStart']>;

/**
 * The lines of a column (by position) inside a run of `OUT_OF_STEP_RUN` or more single empty
 * rows in a row, each row holding another column's text, but the run's first: the column's lines
 * fall on alternate rows there.
 */
function outOfStepLines(gaps: readonly number[], filled: readonly boolean[]): boolean[] | undefined {
  let marks: boolean[] | undefined;
  let run = 0;
  for (let position = 1; position <= gaps.length; position += 1) {
    if (position < gaps.length && gaps[position] === 1 && filled[position] === true) {
      run += 1;
      continue;
    }
    if (run >= OUT_OF_STEP_RUN) {
      marks ??= [];
      // The run's first empty row may be real space (a paragraph's, under a picture) that put
      // the columns out of step: it stays what it was.
      for (let back = position - run + 1; back < position; back += 1) marks[back] = true;
    }
    run = 0;
  }
  return marks;
}

/** Fewest lines starting at one position for it to be the page's left margin. @default 2 */
const MARGIN_LINES = 2;

/**
 * Whether the first line cut into columns is a short line centred on the page above them: its
 * text alone, in a column right of the first, its middle within `CENTRED_SLACK` characters of the
 * page's text, two empty rows or more under it, then a line with text both left and right of it
 * (the columns starting). Session 50's new user's page (groff's mom macros, three columns): the
 * writer's name centred under the headline, inside the middle column's span, was read as that
 * column's first line, after the whole first column.
 */
function isCentredHead(page: readonly RawLine[], cuts: readonly (string[] | undefined)[], index: number, sideBySide: readonly boolean[]): boolean {
  const parts = cuts[index];
  if (parts === undefined || (parts[0] ?? '').trim() !== '' || parts.filter((part) => part.trim() !== '').length !== 1) return false;
  const text = (page[index] as RawLine).text;
  const left = text.length - text.trimStart().length;
  const right = text.trimEnd().length;
  let pageLeft = Infinity;
  let pageRight = 0;
  for (const raw of page) {
    if (raw.text.trim() === '') continue;
    pageLeft = Math.min(pageLeft, raw.text.length - raw.text.trimStart().length);
    pageRight = Math.max(pageRight, raw.text.trimEnd().length);
  }
  if (Math.abs(middleOf(text) - (pageLeft + pageRight) / 2) > CENTRED_SLACK) return false;
  let next = index + 1;
  while (next < page.length && (page[next] as RawLine).text.trim() === '') next += 1;
  if (next - index - 1 < 2 || sideBySide[next] !== true) return false;
  const below = (page[next] as RawLine).text;
  const belowLeft = below.length - below.trimStart().length;
  return belowLeft < left && below.trimEnd().length > right;
}

/** The middle of a line's text (characters). */
function middleOf(text: string): number {
  return (text.length - text.trimStart().length + text.trimEnd().length) / 2;
}

/** Most characters a centred head's middle lies off the page's text middle. @default 3 */
const CENTRED_SLACK = 3;

/**
 * The leading spaces most content lines of the page share: the left margin, not an indent. The
 * smallest leading that two lines or more start at: a folio or a page number printed alone
 * left of the text (`‹ 22 ›`) is no margin, and would make every line of the body look indented.
 */
function commonIndent(page: readonly RawLine[]): number {
  let smallest = Number.POSITIVE_INFINITY;
  let smallestLines = 0;
  let runnerUp = Number.POSITIVE_INFINITY;
  for (const raw of page) {
    const trimmed = raw.text.trimStart();
    if (trimmed === '') continue;
    const leading = raw.text.length - trimmed.length;
    if (leading < smallest) {
      if (smallestLines > 0) runnerUp = smallest;
      smallest = leading;
      smallestLines = 1;
    } else if (leading === smallest) smallestLines += 1;
    else if (leading < runnerUp) runnerUp = leading;
  }
  if (!Number.isFinite(smallest)) return 0;
  if (smallestLines >= MARGIN_LINES || !Number.isFinite(runnerUp)) return smallest;
  // One line alone at the smallest leading: the margin is where the next lines start, when two
  // or more do.
  let runnerUpLines = 0;
  for (const raw of page) {
    const trimmed = raw.text.trimStart();
    if (trimmed !== '' && raw.text.length - trimmed.length === runnerUp) runnerUpLines += 1;
  }
  return runnerUpLines >= MARGIN_LINES ? runnerUp : smallest;
}

/**
 * Positions where text resumes after two spaces or more on many lines of the page, or on
 * lines in a row: the left edges of the second and later columns. Neighbouring positions count together (the grid
 * pdftotext draws on may shift a line by one character).
 */
export function findColumnStarts(page: readonly RawLine[], refused?: RefusedStart[], atHead?: HeadStart[]): number[] {
  const counts: number[] = [];
  // Per content line, the positions where it resumes after two spaces or more (most have none).
  const resumes: number[][] = [];
  let contentLines = 0;
  for (const raw of page) {
    const text = raw.text;
    if (text.trim() === '') continue;
    contentLines += 1;
    const lineResumes: number[] = [];
    resumes.push(lineResumes);
    // Only a run of two spaces or more can part columns: most lines of a flowed text have none.
    const firstRun = text.indexOf('  ', NARROWEST_COLUMN - 2);
    if (firstRun === -1) continue;
    for (let index = firstRun + 2; index < text.length; index += 1) {
      if (text.charCodeAt(index) !== 32 && text.charCodeAt(index - 1) === 32 && text.charCodeAt(index - 2) === 32) {
        counts[index] = (counts[index] ?? 0) + 1;
        lineResumes.push(index);
      }
    }
  }
  const needed = Math.max(COLUMN_START_LINES, Math.ceil(contentLines * COLUMN_START_SHARE));
  const candidates: Array<{ position: number; count: number; refused?: Gutter }> = [];
  let contentRows: RawLine[] | undefined;
  for (let position = 0; position < counts.length; position += 1) {
    if ((counts[position] ?? 0) === 0) continue;
    const count = (counts[position - 1] ?? 0) + (counts[position] ?? 0) + (counts[position + 1] ?? 0);
    // Lines indented a little from the edge (paragraphs' and dialogue's first lines) are the
    // column's too: they count towards making it one, not towards where it starts.
    let withIndents = count;
    for (let offset = 2; offset <= INDENT_IN_COLUMN; offset += 1) withIndents += counts[position + offset] ?? 0;
    if (!(withIndents >= needed || (withIndents >= COLUMN_START_LINES && longestRun(resumes, position) >= COLUMN_START_LINES))) continue;
    contentRows ??= page.filter((raw) => raw.text.trim() !== '');
    const gutter = gutterAt(contentRows, resumes, position);
    candidates.push({ position, count, ...(isWordSpaces(gutter) ? { refused: gutter } : {}) });
  }
  // Strongest first, then keep positions at least a column's width apart. A position refused
  // for the lines run across it is reported where it would have been kept.
  candidates.sort((a, b) => b.count - a.count || a.position - b.position);
  const starts: number[] = [];
  const kept: number[] = [];
  for (const candidate of candidates) {
    if (!kept.every((start) => Math.abs(start - candidate.position) >= NARROWEST_COLUMN)) continue;
    kept.push(candidate.position);
    if (candidate.refused !== undefined) refused?.push({ kind: 'crossed', position: candidate.position, ...candidate.refused });
  }
  for (const candidate of candidates) {
    if (candidate.refused === undefined && starts.every((start) => Math.abs(start - candidate.position) >= NARROWEST_COLUMN)) starts.push(candidate.position);
  }
  // A column starts where its lines start: the leftmost position of its cluster.
  const clustered = starts
    .map((start) => ((counts[start - 1] ?? 0) > 0 && (counts[start - 1] ?? 0) >= (counts[start] ?? 0) / 4 ? start - 1 : start))
    .sort((a, b) => a - b);
  // A column too narrow to be one: the column before's last words, right of its word spaces.
  const narrow = clustered.length === 0 ? [] : narrowColumns(page, clustered, NARROWEST_COLUMN, cutLine);
  refused?.push(...narrow);
  const found = narrow.length === 0 ? clustered : clustered.filter((start) => !narrow.some((column) => column.position === start));
  const columns = found.length > 0 ? withShortLastColumn(page, withHiddenColumns(page, found, counts)) : shortColumnStart(page);
  if (columns.length > found.length) return columns;
  // An article's last lines poured over its last page's columns, two or three a column: the
  // last column's lines too few to make a start, or every column's (page-head-columns.ts).
  const head = pageHeadColumnStart(page, cutLine, columns);
  if (head === undefined) return columns;
  atHead?.push({ line: (page[head.row] as RawLine).number, position: head.position, rows: head.rows });
  return [...columns, head.position];
}

/** Fewest spaces before a short last column's text, the gutter between two columns. @default 3 */
const GUTTER = 3;
/** A short last column's start may stand this share of a pitch (at least MEASURE_SLACK) off one pitch right of the last start. @default 1/8 */
const PITCH_SLACK = 8;

/**
 * A last column of one to three lines right of the columns found (the last page's columns
 * balanced, the last one left with an article's last lines or its signature over a picture):
 * too few lines resume there to make a column start, but each resumes after a gutter one column's
 * pitch (the distance between the last two column starts, or from the margin to the only one)
 * right of the last start, the lines one under the other, the first of them beside a full line
 * of the column before it, and not on the page's first line (a running head's date). Without
 * the start, each is read glued to that column's line (`… 12,6 millions` + `cantine, se
 * tiendra le 23 mars.`).
 */
function withShortLastColumn(page: readonly RawLine[], starts: readonly number[]): number[] {
  const last = starts.at(-1) as number;
  const pitch = last - (starts.length > 1 ? (starts.at(-2) as number) : commonIndent(page));
  const expected = last + pitch;
  // pdftotext's grid of characters places columns a few characters off one pitch.
  const slack = Math.max(MEASURE_SLACK, Math.round(pitch / PITCH_SLACK));
  // The column before's measure: its lines' lengths from its start up to a gutter.
  const lengths: number[] = [];
  const resumes: Array<{ index: number; position: number; left: number }> = [];
  const firstContent = page.findIndex((raw) => raw.text.trim() !== '');
  page.forEach((raw, index) => {
    const text = raw.text.trimEnd();
    if (text.length <= last) return;
    let from = last;
    while (from < text.length && text.charCodeAt(from) === 32) from += 1;
    const gutter = text.indexOf('   ', from);
    const left = (gutter === -1 ? text.slice(last) : text.slice(last, gutter)).trim();
    if (left.length > 0) lengths.push(left.length);
    if (index === firstContent) return;
    let position = gutter === -1 ? -1 : gutter + GUTTER;
    while (position !== -1 && position < text.length && text.charCodeAt(position) === 32) position += 1;
    if (position !== -1 && position < text.length && Math.abs(position - expected) <= slack) resumes.push({ index, position, left: left.length });
  });
  if (resumes.length === 0 || resumes.length > SHORT_COLUMN_LINES || lengths.length < MEASURE_LINES) return [...starts];
  const measure = lengthPercentile(lengths, MEASURE_PERCENTILE);
  // One under the other (a blank row between two of them aside), the first beside a full line.
  const together = resumes.every((resume, at) => at === 0 || resume.index <= (resumes[at - 1] as { index: number }).index + 2);
  if (!together || (resumes[0] as { left: number }).left < measure * FULL_LINE_SHARE) return [...starts];
  return [...starts, Math.min(...resumes.map((resume) => resume.position))];
}

/** Fewest spaces before a short column's text: far wider than any space a justified line stretches. @default 8 */
const SHORT_COLUMN_GAP = 8;
/** Most lines a short column holds to be found so (more make a column start of their own). @default 3 */
const SHORT_COLUMN_LINES = 3;
/** Fewest lines of the first column, with no wide gap in them, its measure is read from. @default 8 */
const MEASURE_LINES = 8;
/** Share of the first column's measure a line left of a short column reaches: a full line. @default 0.8 */
const FULL_LINE_SHARE = 0.8;
/** Percentile of the first column's line lengths a short column starts right of. @default 0.9 */
const MEASURE_PERCENTILE = 0.9;

const WIDE_GAP = new RegExp(`\\S( {${SHORT_COLUMN_GAP},})(?=\\S)`, 'u');
const ANY_GAP = /\S {3,}\S/u;

/**
 * A column of one to three lines beside the first (an article's last lines or its signature at
 * the top of the next column, over white space): too few lines resume there to make a column
 * start, but each follows a wide gap at one position, right of the first column's measure, on
 * full lines of the first column, one under the other, the first column going on under them
 * (a page's head, its first line, is no such line). Without the start, each is read glued to
 * the first column's line (`… année dif-` + `Pour 2026, …`), a word's two halves set apart.
 */
function shortColumnStart(page: readonly RawLine[]): number[] {
  const lengths: number[] = [];
  const resumes: Array<{ index: number; position: number; left: number }> = [];
  page.forEach((raw, index) => {
    const text = raw.text.trimEnd();
    if (text.trim() === '') return;
    const gap = WIDE_GAP.exec(text);
    // The left part set with single spaces: a justified line stretched loose (`Fréquentation
    // attendue :        24 000`) spreads gaps all along it.
    const left = gap === null ? '' : text.slice(0, gap.index + 1).trim();
    if (gap !== null && !ANY_GAP.test(left)) resumes.push({ index, position: gap.index + 1 + (gap[1] as string).length, left: left.length });
    else if (!ANY_GAP.test(text)) lengths.push(text.trim().length);
  });
  if (resumes.length === 0 || lengths.length < MEASURE_LINES) return [];
  const firstContent = page.findIndex((raw) => raw.text.trim() !== '');
  const measure = lengthPercentile(lengths, 0.5);
  // Right of the first column's longest lines (a few lines across the page, a headline's, aside).
  const longest = lengthPercentile(lengths, MEASURE_PERCENTILE);
  let best: number[] = [];
  let bestPosition = -1;
  for (const resume of resumes) {
    if (resume.position <= longest + 2 || resume.left < measure * FULL_LINE_SHARE) continue;
    // The lines resuming at this position (one character left of it, or a first-line indent
    // right of it), one under the other.
    const group = resumes.filter((other) => other.position >= resume.position - 1 && other.position <= resume.position + INDENT_IN_COLUMN && other.left >= measure * FULL_LINE_SHARE);
    const consecutive = group.every((member, position) => position === 0 || member.index === (group[position - 1] as { index: number }).index + 1);
    if (!consecutive || group.length > SHORT_COLUMN_LINES) continue;
    // Inside the first column: not the page's first line (a running head's name and date), and
    // the first column goes on under the group's last line with a full line.
    const first = group[0] as { index: number };
    const under = page[(group.at(-1) as { index: number }).index + 1]?.text ?? '';
    const underLeft = under.split(/ {3,}/u, 1)[0]?.trim() ?? '';
    if (first.index === firstContent || underLeft.length < measure * FULL_LINE_SHARE) continue;
    // No other text beside the first column's full lines, but a signature set further right
    // right under the group: text resuming elsewhere is another layout (a box, a caption beside).
    const last = (group.at(-1) as { index: number }).index;
    const elsewhere = resumes.some(
      (other) => !group.includes(other) && other.index !== firstContent && other.left >= measure * FULL_LINE_SHARE && !(other.index === last + 1 && other.position > resume.position),
    );
    if (elsewhere) continue;
    if (group.length > best.length) {
      best = group.map((member) => member.index);
      bestPosition = Math.min(...group.map((member) => member.position));
    }
  }
  return bestPosition === -1 ? [] : [bestPosition];
}

/** Fewest lines resuming at a hidden column's start. @default 2 */
const HIDDEN_COLUMN_LINES = 2;
/** Characters a column's lines may fall short of or run past its measure. @default 3 */
const MEASURE_SLACK = 3;

/**
 * A newspaper's columns are as wide as one another. Where the first column's lines are half as
 * wide as the space before the next column start found, a column stands between them whose few
 * lines did not make a start of their own (a picture fills most of it): its start is where a
 * few lines resume, about one column's width (the lines' and a gutter) right of the edge.
 */
function withHiddenColumns(page: readonly RawLine[], starts: readonly number[], counts: readonly number[]): number[] {
  if (starts.length === 0) return [...starts];
  const first = starts[0] as number;
  // The first column's measure: its longest lines beside the next column's.
  const lengths: number[] = [];
  const margin = commonIndent(page);
  for (const raw of page) {
    const parts = cutLine(raw.text, starts);
    // Only lines set beside the next column: text above the columns (a standfirst) runs wider.
    const part = parts?.[0]?.trimEnd();
    if (part === undefined || part.trim() === '' || (parts as string[]).slice(1).every((other) => other.trim() === '')) continue;
    // Text starting far right of the margin is no line of the first column's but the hidden
    // column's own (a caption beside the picture that fills the rest of it): its end is no measure.
    if (part.length - part.trimStart().length - margin > ALIGNED_OFFSET) continue;
    // Text resuming after a wide gap inside the part is another column's: the line up to it.
    const gap = part.search(/\S {2,}\S/u);
    lengths.push(gap === -1 ? part.length : gap + 1);
  }
  if (lengths.length < COLUMN_START_LINES) return [...starts];
  lengths.sort((a, b) => a - b);
  const measure = lengths[Math.floor(lengths.length * 0.9)] as number;
  if (first < 2 * (measure + 2) - MEASURE_SLACK) return [...starts];
  let best = -1;
  let bestCount = 0;
  for (let position = measure + 2 - MEASURE_SLACK; position <= first - measure + MEASURE_SLACK; position += 1) {
    const count = (counts[position - 1] ?? 0) + (counts[position] ?? 0) + (counts[position + 1] ?? 0);
    if (count > bestCount) {
      best = position;
      bestCount = count;
    }
  }
  return bestCount >= HIDDEN_COLUMN_LINES ? [best, ...starts] : [...starts];
}

/**
 * The most content lines in a row that resume at `position` (one character either side, or a
 * first-line indent right of it). Text resuming at one place on line after line is a column
 * even when it is short (a last column that ends a few lines down the page): flowed text
 * parts its words by single spaces, and a wide gap lines up on a few rows only by chance.
 */
function longestRun(resumes: readonly number[][], position: number): number {
  let longest = 0;
  let run = 0;
  for (const lineResumes of resumes) {
    if (lineResumes.some((at) => at >= position - 1 && at <= position + INDENT_IN_COLUMN)) {
      run += 1;
      if (run > longest) longest = run;
    } else {
      run = 0;
    }
  }
  return longest;
}

/**
 * The parts of a line between the column starts, or undefined when a word runs across one
 * (a full-width line). A cut needs two spaces before it, or nothing at all on its left.
 */
export function cutLine(text: string, starts: readonly number[]): string[] | undefined {
  const parts: string[] = [];
  let from = 0;
  for (const start of starts) {
    if (text.length <= start) break;
    let cut = -1;
    for (const position of [start, start - 1, start + 1]) {
      if (position <= from || position > text.length) continue;
      const before = text.charCodeAt(position - 1);
      const beforeThat = position - 2 < from ? 32 : text.charCodeAt(position - 2);
      if (before === 32 && beforeThat === 32) {
        cut = position;
        break;
      }
    }
    if (cut === -1) {
      // Nothing but spaces up to here: an empty part on the left.
      if (text.slice(from, start).trim() === '') cut = start;
      else return undefined;
    }
    parts.push(text.slice(from, cut));
    from = cut;
  }
  parts.push(text.slice(from));
  return parts;
}

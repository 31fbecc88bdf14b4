/**
 * A paragraph ending on a full last line, told by the next paragraph's indented first line.
 * pdftotext and OCR drop the indent's spaces, but not its width: where the article indents its
 * paragraphs (LaTeX, groff, WeasyPrint, Writer's first-line indent), a paragraph's first line
 * holds less text than the column's other full lines. How much less is read from the article
 * itself, on the paragraph ends the page shows anyway (a sentence's end stopping short of the
 * column): their next lines' printed widths against those of lines carrying a sentence on. The
 * article indents when the first lines are clearly narrower; a full line ending a sentence then
 * ends the paragraph when the next line opens a sentence and is as narrow as a first line.
 * One pass over the lines, only when the ends the page shows are enough to learn from.
 */
import { endsSentence, endsWithTitle, startsLikeSentence } from './layout-block.ts';
import { lengthPercentile, type PageLine } from './page-line.ts';
import { printedWidth } from './printed-width.ts';

/** Fewest first lines (after visible paragraph ends) to learn the indent from. @default 3 */
const FEWEST_FIRST_LINES = 3;
/** Fewest lines carrying a sentence on to compare them with. @default 6 */
const FEWEST_RUNNING_LINES = 6;
/** Narrowest indent, as a share of the column's printed measure, taken for one: less is the noise of justified lines. @default 0.04 */
const NARROWEST_INDENT = 0.04;
/** How much of the learned indent a line must lack to be taken for a first line: most of it, since a justified line's natural width varies by a few percent too. @default 0.8 */
const INDENT_SHARE = 0.8;
/** A line this much wider than the measure holds printed lines glued together. @default 1.15 */
const GLUED = 1.15;

export interface FirstLineIndent {
  /** Median printed width (thousandths of an em) of a line carrying a sentence on. */
  runningWidth: number;
  /** Median printed width of a paragraph's first line. */
  firstWidth: number;
  /** How many first lines it was learned from. */
  firstLines: number;
}

/**
 * A line ending on a hyphen or OCR's `¬`: the word cut at its end leaves its natural width short
 * of the column, indent or not. Read on the last character (`/[-¬‐]$/u`): a pattern anchored at
 * the end is tried from every position.
 */
function isCutWord(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 45 || last === 0xac || last === 0x2010;
}

/**
 * A line that is neither a paragraph's last nor glued nor cut inside a word: its sentence runs
 * on to the next line, and its printed width is a whole line's.
 */
function runsOn(line: PageLine, next: PageLine | undefined, measure: number): boolean {
  if (next === undefined || next.blankBefore || next.pageBreakBefore || endsSentence(line.content) || isCutWord(line.content)) return false;
  const first = next.content.charCodeAt(0);
  if (!(first >= 97 && first <= 122) && !/^\p{Ll}/u.test(next.content)) return false;
  return printedWidth(line.content) <= measure * GLUED;
}

/**
 * The article's first-line indent, learned from the paragraph ends the page shows
 * (`visibleEnds`: indexes of lines that end a paragraph by a short last line), or undefined
 * when the first lines are too few or not narrower than the others.
 */
export function learnFirstLineIndent(lines: readonly PageLine[], visibleEnds: readonly number[], measure: number): FirstLineIndent | undefined {
  if (measure <= 0 || visibleEnds.length < FEWEST_FIRST_LINES) return undefined;
  const firsts: number[] = [];
  for (const end of visibleEnds) {
    const first = lines[end + 1];
    if (first === undefined || first.blankBefore || first.pageBreakBefore || !startsLikeSentence(first.content)) continue;
    if (runsOn(first, lines[end + 2], measure)) firsts.push(Math.round(printedWidth(first.content) / 10));
  }
  if (firsts.length < FEWEST_FIRST_LINES) return undefined;
  const running: number[] = [];
  for (let index = 1; index < lines.length - 1; index += 1) {
    const line = lines[index] as PageLine;
    if (line.blankBefore || line.pageBreakBefore || endsSentence((lines[index - 1] as PageLine).content)) continue;
    if (runsOn(line, lines[index + 1], measure)) running.push(Math.round(printedWidth(line.content) / 10));
  }
  if (running.length < FEWEST_RUNNING_LINES) return undefined;
  const runningWidth = lengthPercentile(running, 0.5) * 10;
  const firstWidth = lengthPercentile(firsts, 0.5) * 10;
  if (runningWidth - firstWidth < measure * NARROWEST_INDENT) return undefined;
  return { runningWidth, firstWidth, firstLines: firsts.length };
}

/**
 * Whether the paragraph ends after `line` (a full line ending a sentence): `next` opens a
 * sentence, carries it on to `after`, and is as narrow as the article's first lines.
 */
export function endsBeforeIndentedLine(line: PageLine, next: PageLine, after: PageLine | undefined, indent: FirstLineIndent, measure: number): boolean {
  // A stretched line's few characters fill the measure: no indent can be read from them.
  if (next.stretched === true) return false;
  if (!endsSentence(line.content) || endsWithTitle(line.content) || !startsLikeSentence(next.content)) return false;
  if (!runsOn(next, after, measure)) return false;
  return printedWidth(next.content) <= indent.runningWidth - (indent.runningWidth - indent.firstWidth) * INDENT_SHARE;
}

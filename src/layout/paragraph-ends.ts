/**
 * Where a paragraph ends when no blank line says so. The evidence a printed column leaves:
 * - the next line's indent (`pdftotext -layout` keeps it): when the article indents its
 *   paragraphs, an indented line opens one, and nothing else does;
 * - the last line of a paragraph stops short: a line ending a sentence, so short that the
 *   next line's first word would have fitted on it, was ended on purpose, not by the column.
 *   The column's width is estimated from the lines themselves (a high percentile of their
 *   lengths, lines that pdftotext glued across a hyphen aside), and the fit is judged on
 *   printed widths (printed-width: an `m` is nearly three `i`s), so a line whose characters
 *   fill the column but whose letters are narrow still shows it stopped short;
 * - in a ragged column that indents (estimateRunningReach), a sentence's end leaving room for
 *   the next word where the column's running lines reach, before a first line leaving room too:
 *   the last line and the indented first line (its indent dropped) around a paragraph's end;
 * - a dash opening the line after a sentence's end: a dialogue's next turn;
 * - a line holding a whole dialogue turn, before a line taking up the narration;
 * - a numbered list's next number opening the line after a sentence's end (list-items);
 * - a blank line or a page break between two lines is a column or page break: it ends the
 *   paragraph only when the line before it ends one by the rule above.
 */
import type { Repair, Warning } from '../types.ts';
import { DIALOGUE_DASH, endsSentence, endsWithTitle, startsLikeSentence } from './layout-block.ts';
import { creditEndingLine } from './credit-line-end.ts';
import { setApartCreditEnd } from './set-apart-credit.ts';
import { endsBeforeIndentedLine, learnFirstLineIndent } from './first-line-indent.ts';
import { firstBreakablePiece } from './first-syllable.ts';
import { itemNumber, numberedItemStarts, opensEntryAfter, opensOnLabel } from './list-items.ts';
import { lengthPercentile, type PageLine } from './page-line.ts';
import { longParagraphCut, sentenceCount, type OtherParagraph } from './long-paragraphs.ts';
import { printedWidth } from './printed-width.ts';
import { letterBeforeLast } from '../text/letters.ts';

/**
 * Share of the column's width a line plus the next line's first word must stay under for the
 * line to have been ended on purpose: character counts only approximate printed widths.
 * @default 0.96
 */
export const FIT_SHARE = 0.96;
/** Share of visible paragraph ends followed by a blank line for blank lines to separate paragraphs. @default 0.6 */
const BLANK_SEPARATED_SHARE = 0.6;
/** A line this much longer than the column holds printed lines glued together. @default 1.2 */
const GLUED_LINE = 1.2;
/**
 * A line printing this much wider than the column's measure holds printed lines glued across a
 * hyphen: a column's own lines stay within a few percent of it (justified spaces shrink, the
 * width table only approximates the face). @default 1.08
 */
const GLUED_PRINTED = 1.08;
/** How much wider than the measure a full line may print, when counting the full lines glued into one. @default 1.03 */
const FULL_LINE_SLACK = 1.03;
/** Percentile of printed line widths taken for the column's measure. @default 0.8 */
const PRINTED_PERCENTILE = 0.8;
/**
 * Share of the column's printed measure a line plus the next line's first word must stay under
 * for the line to have been ended on purpose: a justified line's spaces stretch or shrink by a
 * few percent, so a full line's natural width comes close to the measure. @default 0.98
 */
const PRINTED_FIT_SHARE = 0.98;
/** A line this many times the width estimated from most lines cannot be two of them glued. @default 2.2 */
const BEYOND_GLUED = 2.2;
/** Fewest such lines, in number and as a share of all, to be taken for the column's own. @default 3, 0.15 */
const LONG_LINES = 3;
const LONG_LINES_SHARE = 0.15;
/** Share of a text's lines that one-word lines between blank lines must pass to be left out of its width (its inverse). @default 3 */
const SPREAD_WORDS_SHARE = 3;
/** Percentile of line lengths taken for the column's width. @default 0.8 */
const WIDTH_PERCENTILE = 0.8;
/** Paragraphs shorter than this (intertitles, one-liners) are left out of the median. @default 80 */
const SHORT_PARAGRAPH = 80;
/** Widest indent of a paragraph's first line; wider is centred or aligned text. @default 12 */
export const PARAGRAPH_INDENT_LIMIT = 12;

/** What splitParagraphs read of a run of lines and what it decided, for a script measuring the decisions. */
export interface ParagraphEndsTrace {
  lines: readonly PageLine[];
  width: number;
  measure: number;
  indents: boolean;
  hyphenates: boolean;
  forced: ReadonlySet<number>;
  /** The lines (by number) the page's geometry showed going on with the paragraph before. */
  continued: ReadonlyMap<number, string>;
  paragraphs: readonly PageLine[][];
  repairs: readonly Repair[];
}

/**
 * Called with every split's trace: empty in the pipeline; scripts/measure-paragraph-ends.ts adds
 * one to classify each line boundary against the corpus's expected paragraphs.
 */
export const paragraphEndsObservers: Array<(trace: ParagraphEndsTrace) => void> = [];

export interface ParagraphSplit {
  paragraphs: PageLine[][];
  repairs: Repair[];
  warnings: Warning[];
}

/**
 * The column's width in characters: most lines of running text reach it. Lines longer than
 * one and a half times the median are two printed lines glued across a hyphen and are left out;
 * the median of the lines carrying a sentence on, when theirs is longer (runningLength).
 */
export function estimateColumnWidth(lines: readonly PageLine[]): number {
  const lengths = lines.map((line) => line.content.length);
  if (lengths.length === 0) return 0;
  // Printed lines the extraction cut at every word space, each word a block of its own between
  // blank lines (pdftotext on a justified line stretched wide), outnumbering a third of the
  // lines: their lengths are words', not the column's; it is measured on the lines holding words.
  let spread = 0;
  for (const line of lines) if (line.blankBefore && !line.content.includes(' ')) spread += 1;
  if (spread * SPREAD_WORDS_SHARE > lines.length) return estimateColumnWidth(lines.filter((line) => line.content.includes(' ')));
  const width = widthOfLengths(lengths, Math.max(lengthPercentile(lengths, 0.5), runningLength(lines)));
  // A run of one-line paragraphs (a results box, a list of scores) may outnumber the column's
  // full lines and give their length for the column's: lines far longer than the others, and
  // many, are then the column's own, when most of the short ones end a sentence, each a
  // paragraph. (Lines of columns side by side that pdftotext's default mode glued are long
  // too, but there the short lines are the columns' own and run on.)
  const longer = lengths.filter((length) => length > width * BEYOND_GLUED);
  if (longer.length < LONG_LINES || longer.length < lengths.length * LONG_LINES_SHARE) return width;
  let short = 0;
  let ending = 0;
  for (const line of lines) {
    if (line.content.length > width) continue;
    short += 1;
    if (endsSentence(line.content)) ending += 1;
  }
  return ending * 2 > short ? widthOfLengths(longer) : width;
}

/**
 * A high percentile of the lengths, lines longer than one and a half times `median` (glued) left
 * out: the median line's length unless given (estimateColumnWidth gives the running lines' when
 * longer, runningLength).
 */
function widthOfLengths(lengths: readonly number[], median = lengthPercentile(lengths, 0.5)): number {
  return lengthPercentile(
    lengths.filter((length) => length <= median * 1.5),
    WIDTH_PERCENTILE,
  );
}

/** Fewest lines carrying a sentence on for their length to stand for the column's lines. @default 5 */
const RUNNING_LINES = 5;
/** A line ending on a comma, a semicolon, a colon or a hyphen stops in the middle of a sentence. */
const MID_SENTENCE_END = /[,;:\-]$/u;

/** `MID_SENTENCE_END`, its last character read first (an end-anchored pattern is tried from every position). */
function endsMidSentence(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return (last === 44 || last === 59 || last === 58 || last === 45) && MID_SENTENCE_END.test(text);
}

/**
 * How long the lines that carry a sentence on to the next run (their lower quartile): no sentence
 * ends at their end, and the next line goes on in small letters or the line stops on a comma, a
 * colon or a hyphen (not a heading either). The column ended them, not the writer, so they run
 * (nearly) full, or are printed lines glued across a hyphen, fewer. Lines ending a sentence may be
 * anything: one-line items (a results list, key figures, an agenda) can outnumber an article's
 * full lines and pull the median of all lines so low that the full lines pass for glued ones; the
 * glued lines are judged against this length then. 0 when too few lines run on to say.
 */
function runningLength(lines: readonly PageLine[]): number {
  const running: number[] = [];
  for (let index = 0; index + 1 < lines.length; index += 1) {
    const line = lines[index] as PageLine;
    if (!endsSentence(line.content) && (smallLetterStart().test((lines[index + 1] as PageLine).content) || endsMidSentence(line.content))) running.push(line.content.length);
  }
  return running.length < RUNNING_LINES ? 0 : lengthPercentile(running, 0.25);
}

/**
 * A line's printed length: a line much longer than the column is printed lines that
 * pdftotext glued when it removed line-end hyphens, all full but the last, which is what counts.
 */
export function printedLastLength(length: number, width: number): number {
  if (width <= 0 || length <= width * GLUED_LINE) return length;
  return length - Math.floor(length / width) * width;
}

/**
 * What a French typesetter never separates from the word before it (a no-break space, which
 * every extraction prints as a plain space): the high punctuation `: ; ! ?`, a closing guillemet,
 * a percent or currency sign.
 */
const BOUND_TO_PREVIOUS = /^(?:[:;!?]»?|[»%€$])$/u;
/**
 * What a French typesetter never separates from the word after it: an opening guillemet, a
 * civility title (M. Dupont, Mme, Dr, Me, Mgr), a number's group of thousands (`1 300`).
 */
const BINDS_NEXT = /^(?:«|“|M\.|MM\.|Mme|Mmes|Mlle|Mlles|Me|Mgr|Dr|Pr)$/u;
const DIGITS = /^\d{1,3}$/u;
/** Longest word `BINDS_NEXT` or `DIGITS` matches (`Mlles`). */
const LONGEST_BINDING_WORD = 5;
/** Longest word `BOUND_TO_PREVIOUS` matches (`?»`). */
const LONGEST_BOUND_WORD = 2;
const THOUSANDS = /^\d{3}(?:[,.]\d+)?$/u;

/**
 * Length of the line's first unbreakable unit: its first word, with what French typography
 * binds to it by a no-break space (`M. Robic`, `« Nous`, `1 300`, `18 %`, `vrai ?`). A line
 * that stopped short before `M. Jean-Yves` stopped because the pair did not fit, not because
 * its paragraph ended.
 */
export function firstWordLength(text: string): number {
  let end = text.indexOf(' ');
  if (end === -1) return text.length;
  let word = text.slice(0, end);
  for (let joined = 0; joined < 3; joined += 1) {
    const nextEnd = text.indexOf(' ', end + 1);
    const nextLength = (nextEnd === -1 ? text.length : nextEnd) - end - 1;
    if (nextLength === 0) break;
    // Most first words are longer than any word that binds the next (`Mlles`, five characters;
    // a group of thousands' three figures) before a word longer than any bound to the previous
    // (`?»`, two): settled on the lengths, before the patterns.
    if (word.length > LONGEST_BINDING_WORD && nextLength > LONGEST_BOUND_WORD) break;
    const next = text.slice(end + 1, end + 1 + nextLength);
    const bound = BINDS_NEXT.test(word) || BOUND_TO_PREVIOUS.test(next) || (DIGITS.test(word) && THOUSANDS.test(next));
    if (!bound) break;
    end = nextEnd === -1 ? text.length : nextEnd;
    word = next;
    if (nextEnd === -1) break;
  }
  return end;
}

/** The line stops short of the column: the next line's first word would have fitted on it. */
export function stopsShort(line: PageLine, next: PageLine | undefined, width: number): boolean {
  if (width <= 0) return false;
  const nextWord = next === undefined ? 0 : firstWordLength(next.content) + 1;
  return printedLastLength(line.content.length, width) + nextWord <= width * FIT_SHARE;
}

/**
 * The column's printed measure (thousandths of an em): a high percentile of the lines' printed
 * widths, lines glued across a hyphen left out.
 */
export function estimatePrintedMeasure(lines: readonly PageLine[], width: number): number {
  const widths: number[] = [];
  // Most lines far shorter than the column: one-line paragraphs (estimateColumnWidth), which
  // say nothing of the measure the column's full lines reach.
  let oneLiners = 0;
  for (const line of lines) if (line.content.length * BEYOND_GLUED < width) oneLiners += 1;
  const shortest = oneLiners * 2 > lines.length ? width / BEYOND_GLUED : 0;
  for (const line of lines) {
    const length = line.content.length;
    if (length <= width * GLUED_LINE && length >= shortest) widths.push(Math.round(printedWidth(line.content) / 10));
  }
  return lengthPercentile(widths, PRINTED_PERCENTILE) * 10;
}

/** Fewest lines carrying a sentence on for the width they reach to be read. @default 8 */
const REACHING_LINES = 8;
/** Percentile of their printed widths taken for the width the column's lines reach. @default 0.9 */
const REACH_PERCENTILE = 0.9;
/** Fewest lines carrying a sentence on that left room for the next word, to read where they stand. @default 2 */
const ROOMY_LINES = 2;
/** Share of those that must open a sentence after a sentence's end for the column to be one that indents. @default 2/3 */
const ROOMY_FIRST_SHARE = 2 / 3;

/**
 * The printed width the column's lines reach (thousandths of an em): a high percentile of the
 * widths of the lines the column ended, not the writer (no sentence ends there, and the next line
 * goes on in small letters), lines glued across a hyphen aside; 0 when too few lines run on to
 * say, or when the column does not fill its lines as a ragged column that indents does. Such a
 * column fills every line it can: the lines carrying a sentence on that left room for the next
 * word are, nearly all of them, lines opening a sentence after a sentence's end, paragraphs'
 * first lines narrowed by an indent the extraction dropped. A justified column's loose lines
 * leave such room anywhere in a paragraph, so there no line's room says anything.
 */
export function estimateRunningReach(lines: readonly PageLine[], width: number, hyphenates: boolean): number {
  const widths: number[] = [];
  const running: number[] = [];
  for (let index = 0; index + 1 < lines.length; index += 1) {
    const line = lines[index] as PageLine;
    if (line.content.length > width * GLUED_LINE || endsSentence(line.content) || !smallLetterStart().test((lines[index + 1] as PageLine).content)) continue;
    widths.push(printedWidth(line.content));
    running.push(index);
  }
  if (widths.length < REACHING_LINES) return 0;
  const reach = lengthPercentile(widths.map((printed) => Math.round(printed / 10)), REACH_PERCENTILE) * 10;
  let roomy = 0;
  let firsts = 0;
  running.forEach((index, at) => {
    const line = lines[index] as PageLine;
    if (line.stretched === true || (widths[at] as number) + printedWidth(' ' + nextPiece(lines[index + 1] as PageLine, hyphenates)) > reach) return;
    roomy += 1;
    const before = lines[index - 1];
    if (before !== undefined && endsSentence(before.content) && startsLikeSentence(line.content)) firsts += 1;
  });
  return roomy >= ROOMY_LINES && firsts >= roomy * ROOMY_FIRST_SHARE ? reach : 0;
}

/**
 * A paragraph's end no short line shows by the measure, told on both sides of it by the width the
 * column's lines reach (`reach`, estimateRunningReach): `line` ends a sentence and the next line's
 * first word would have fitted on it, and `next`, opening a sentence that runs on to `after`,
 * would have taken `after`'s first word too. A column fills every line it can; a line that left
 * room before a word going on is a paragraph's first line, narrowed by an indent the extraction
 * dropped, and the line before it, which left room too, its paragraph's last. Either alone
 * happens in justified running text, whose loose lines print narrow; both at once do not.
 */
export function endsShortOnBothSides(line: PageLine, next: PageLine, after: PageLine | undefined, width: number, reach: number, hyphenates: boolean): boolean {
  if (reach <= 0 || after === undefined || after.blankBefore || after.pageBreakBefore || next.stretched === true) return false;
  if (line.content.length > width * GLUED_LINE || next.content.length > width * GLUED_LINE) return false;
  if (!endsSentence(line.content) || endsWithTitle(line.content) || leavesQuotationOpen(line.content) || !startsLikeSentence(next.content)) return false;
  if (endsSentence(next.content) || !smallLetterStart().test(after.content)) return false;
  if (printedWidth(line.content) + printedWidth(' ' + nextPiece(next, hyphenates)) > reach) return false;
  return printedWidth(next.content) + printedWidth(' ' + nextPiece(after, hyphenates)) <= reach;
}

/**
 * What of the next line the line before would have taken had it not ended: its first word (with
 * what a no-break space binds to it), or, in a column that breaks words at its line ends, that
 * word's first syllable and a hyphen (first-syllable).
 */
function nextPiece(next: PageLine, hyphenates: boolean): string {
  const unit = next.content.slice(0, firstWordLength(next.content));
  return hyphenates ? firstBreakablePiece(unit) : unit;
}

/**
 * The line stops short of the column by its printed width: the next line's first word, at its
 * printed width, would have fitted on it (in a column that breaks words at its line ends
 * (`hyphenates`, breaksWords), the word's first syllable and a hyphen). A line glued across a
 * hyphen is judged by what it prints past its full lines (printedLastWidth); once it is long
 * enough for its characters to show it glued, by characters too, and both must find its last line
 * short: characters count printed lines only roughly, so two full lines glued whose characters
 * run a few past twice the column's leave, by characters, a last line of a few letters, where
 * their printed width, read with a full line's slack (printedLastWidth), shows two full lines.
 */
export function stopsShortPrinted(line: PageLine, next: PageLine | undefined, width: number, measure: number, hyphenates = false): boolean {
  if (measure <= 0) return stopsShort(line, next, width);
  const nextWord = next === undefined ? 0 : printedWidth(' ' + nextPiece(next, hyphenates));
  if (line.content.length > width * GLUED_LINE) {
    if (!stopsShort(line, next, width)) return false;
    // Lines printed stretched (word-per-line-runs) fill the measure with fewer letters than their width says.
    return line.stretched === true || printedLastWidth(printedWidth(line.content), measure) + nextWord <= measure * PRINTED_FIT_SHARE;
  }
  // Only a line longer than the column in characters too can be glued: a line of wide letters
  // and capitals prints wider than the measure on its own.
  const printed = printedWidth(line.content);
  const last = line.content.length > width ? printedLastWidth(printed, measure) : printed;
  return last + nextWord <= measure * PRINTED_FIT_SHARE;
}

/** A line ending on a letter and a hyphen (or OCR's `¬`, a soft hyphen, U+2010): a word broken at the line's end. */
function endsOnLineEndHyphen(text: string): boolean {
  // What /\p{L}[-¬\u00ad\u2010]$/u matches, read from the end: a pattern anchored at the end is
  // tried from every position of the line.
  const last = text.charCodeAt(text.length - 1);
  return (last === 45 || last === 0xac || last === 0xad || last === 0x2010) && letterBeforeLast(text);
}

/** Fewest words broken at a line's end for the column to be taken for one that hyphenates. @default 2 */
const BROKEN_WORDS = 2;

/**
 * The column breaks words at its line ends: lines end on a hyphen before a line going on in
 * small letters, or are printed lines pdftotext glued when it took such a hyphen out (longer
 * than the column). Such a typesetter fills a line syllable by syllable (first-syllable).
 */
export function breaksWords(lines: readonly PageLine[], width: number): boolean {
  let broken = 0;
  for (let index = 0; index < lines.length && broken < BROKEN_WORDS; index += 1) {
    const line = lines[index] as PageLine;
    const next = lines[index + 1];
    if (line.content.length > width * GLUED_LINE || (next !== undefined && endsOnLineEndHyphen(line.content) && smallLetterStart().test(next.content))) broken += 1;
  }
  return broken >= BROKEN_WORDS;
}

/**
 * A line's last printed line, by printed width (thousandths of an em). No line of a column
 * prints wider than its measure, bar the few percent a justified line's shrunk spaces and the
 * width table's approximation give: a line clearly wider is printed lines pdftotext glued when
 * it took a line-end hyphen out, every one full but the last, which is what is left over the
 * full ones. A glued last line of a few letters (`ré-` / `colte.`) makes its line only a little
 * wider than the column, where character counts cannot tell it from a full line of narrow letters.
 */
export function printedLastWidth(printed: number, measure: number): number {
  if (measure <= 0 || printed <= measure * GLUED_PRINTED) return printed;
  // A full line prints up to a few percent wider than the measure: two full lines glued
  // (about twice the measure) still leave a full last line, not an empty one.
  const fullLines = Math.max(1, Math.floor(printed / (measure * FULL_LINE_SLACK)));
  return printed - fullLines * measure;
}

/** Paragraphs in this run of lines are marked by indented first lines (`pdftotext -layout`). */
export function usesIndents(lines: readonly PageLine[]): boolean {
  let indented = 0;
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index] as PageLine;
    if (line.indent >= 2 && line.indent <= PARAGRAPH_INDENT_LIMIT && startsLikeSentence(line.content)) indented += 1;
  }
  return indented >= 2;
}

/**
 * Whether blank lines separate this text's paragraphs (pdftotext draws one where the article
 * spaces its paragraphs apart): most lines that visibly end a paragraph (a sentence's end
 * stopping short of the column) have one after them.
 */
export function blankLinesSeparateParagraphs(lines: readonly PageLine[], width: number): boolean {
  let visibleEnds = 0;
  let blankAfter = 0;
  // The same counts, blocks of a line or two set apart on both sides aside.
  let solidEnds = 0;
  let solidBlankAfter = 0;
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index] as PageLine;
    const before = lines[index - 1] as PageLine;
    if (!endsSentence(before.content) || !startsLikeSentence(line.content) || !stopsShort(before, line, width)) continue;
    // A block's first line stopping short on a sentence's end, over two lines or more of the same
    // block: a heading set right over its paragraph (Tesseract reads a heading close above its
    // text, a question over its answer, in the paragraph's block), no paragraph's end to weigh.
    if (!line.blankBefore && (index === 1 || before.blankBefore) && lines[index + 1] !== undefined && !(lines[index + 1] as PageLine).blankBefore) continue;
    visibleEnds += 1;
    if (line.blankBefore) blankAfter += 1;
    if (line.blankBefore && isIsland(lines, index)) continue;
    solidEnds += 1;
    if (line.blankBefore) solidBlankAfter += 1;
  }
  if (blankAfter < 3 || blankAfter < visibleEnds * BLANK_SEPARATED_SHARE) return false;
  // Captions set one under another, each a line or two between blank lines, are as many blank
  // lines after a sentence's end: where enough longer blocks show how the article ends its
  // paragraphs, they decide.
  return solidEnds < 3 || solidBlankAfter >= solidEnds * BLANK_SEPARATED_SHARE;
}

/** Most lines of a block set apart on both sides that may be an insert (a caption) rather than a paragraph. @default 2 */
const ISLAND_LINES = 2;

/** The block opening at `start` ends within `ISLAND_LINES` lines on a blank line (or the text's end). */
function isIsland(lines: readonly PageLine[], start: number): boolean {
  for (let index = start + 1; index <= start + ISLAND_LINES; index += 1) {
    const line = lines[index];
    if (line === undefined || line.blankBefore || line.pageBreakBefore) return true;
  }
  return false;
}

export interface BreakDecision {
  ends: boolean;
  reason: string;
  evidence: string;
}

/** Whether the paragraph ends after `line`, `next` being the following line of the body. */
export function decideParagraphEnd(line: PageLine, next: PageLine, width: number, indents: boolean, blankSeparated = false, measure = 0, hyphenates = false): BreakDecision {
  // A dialogue's turn: a dash opening the line after a sentence's end (French sets each
  // speaker's words as a paragraph of its own, opened by `— `).
  if (DIALOGUE_DASH.test(next.content) && endsSentence(line.content) && !endsWithTitle(line.content)) {
    return { ends: true, reason: 'dialogue-dash', evidence: `line ${next.number} opens a speaker's turn with a dash after the sentence ending line ${line.number}` };
  }
  const opens = startsLikeSentence(next.content);
  if (indents) {
    const indented = next.indent >= 2 && next.indent <= PARAGRAPH_INDENT_LIMIT;
    if (indented && opens) {
      return { ends: true, reason: 'indent', evidence: `line ${next.number} is indented by ${next.indent} characters, as the article's paragraphs open` };
    }
    // Vertical space after a sentence's end that stops short of the column, before a line opening
    // a sentence with no indent: what follows is set apart from the paragraph (a picture's
    // caption, a box, the text under a picture), not its next line, which would have run on
    // where the short line left room. A paragraph going on past a picture or a column's foot
    // does so from a full line.
    if (opens && next.blankBefore && !next.pageBreakBefore && endsSentence(line.content) && !endsWithTitle(line.content) && !leavesQuotationOpen(line.content) && stopsShortPrinted(line, next, width, measure, hyphenates)) {
      return { ends: true, reason: 'blank-after-short-line', evidence: `a blank line, the page's vertical space, follows the sentence ending line ${line.number} short of the column, and line ${next.number} opens a sentence unindented` };
    }
    return { ends: false, reason: 'no-indent', evidence: '' };
  }
  const closes = endsSentence(line.content) && !endsWithTitle(line.content);
  // A dialogue's turn held on one line and ending a sentence, before a line opening a sentence
  // with no dash: French sets each turn as a paragraph opened by its dash, and the narration
  // taken up after the last turn as a paragraph of its own, so the turn's paragraph ends there,
  // however full its line ran (OCR text has no blank line to show it; the turn's line often
  // fills the measure).
  if (closes && opens && DIALOGUE_DASH.test(line.content) && !DIALOGUE_DASH.test(next.content)) {
    return { ends: true, reason: 'dialogue-turn-end', evidence: `line ${line.number} holds a speaker's whole turn, opened by a dash, and line ${next.number} takes up the narration` };
  }
  // pdftotext draws a blank line where the page leaves vertical space: between a sentence's
  // end and a sentence's start, that is a paragraph's end (or a block's, a caption's).
  if (closes && opens && next.blankBefore && !next.pageBreakBefore) {
    return {
      ends: true,
      reason: 'blank-line',
      evidence: blankSeparated
        ? `a blank line follows the sentence ending line ${line.number}, as between the article's paragraphs`
        : `a blank line, the page's vertical space, follows the sentence ending line ${line.number}`,
    };
  }
  if (closes && opens && !leavesQuotationOpen(line.content) && stopsShortPrinted(line, next, width, measure, hyphenates)) {
    return {
      ends: true,
      reason: 'short-last-line',
      evidence: `line ${line.number} ends a sentence ${printedLastLength(line.content.length, width)} characters into a column of about ${width}${line.content.length > width * GLUED_LINE || measure <= 0 ? '' : ` (${Math.round((line.content.length > width ? printedLastWidth(printedWidth(line.content), measure) : printedWidth(line.content)) / 10) / 100} em printed of about ${Math.round(measure / 10) / 100})`}, and "${nextPiece(next, hyphenates)}" would have fitted on it`,
    };
  }
  // A sentence's end that stops short, before a line opening on a small letter: running text
  // would have carried that word up, so the line ended its paragraph (or its column), and the
  // small-letter line continues a sentence the extraction read elsewhere (a column's head read
  // out of order, text from beside a picture). Joining them would glue two paragraphs together.
  if (closes && smallLetterStart().test(next.content) && FULL_STOP_AT_END.test(line.content) && stopsShortPrinted(line, next, width, measure)) {
    return {
      ends: true,
      reason: 'short-line-before-continuation',
      evidence: `line ${line.number} ends a sentence ${printedLastLength(line.content.length, width)} characters into a column of about ${width}, and "${next.content.slice(0, firstWordLength(next.content))}", which continues a sentence read elsewhere, would have fitted on it`,
    };
  }
  return { ends: false, reason: 'full-line', evidence: '' };
}

/**
 * The line opens a quotation and does not close it (`"Mon neveu est parti en août.`, `« Nous
 * partons.`): the quoted words go on in the next line, so the paragraph does not end there,
 * however short the line.
 */
export function leavesQuotationOpen(text: string): boolean {
  let balance = 0;
  let straight = 0;
  let lastStraight = -1;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (character === '«' || character === '“') balance += 1;
    else if ((character === '»' || character === '”') && balance > 0) balance -= 1;
    else if (character === '"') {
      straight += 1;
      lastStraight = index;
    }
  }
  if (balance > 0) return true;
  // An odd count of straight quotes, the last one opening (at the line's start or after a space).
  return straight % 2 === 1 && (lastStraight === 0 || /[\s(]/u.test(text[lastStraight - 1] ?? ''));
}

/**
 * A speaker's turn set over several lines ends before the narration taken up after it: the
 * paragraph opened on a dialogue's dash, answering a turn set as a paragraph of its own just
 * before it (an exchange, not one quoted remark), runs its turns on inside no line, and its line
 * ending a sentence is followed by a line opening one with no dash. French sets the narration after
 * the last turn as a paragraph of its own; a turn of several sentences may end one at a line's
 * end, which is why the exchange before it is asked for, and a turn read on across a blank line
 * or a page break is left alone. The one-line turn is decideParagraphEnd's.
 */
function endsTurnOverLines(current: readonly PageLine[], before: readonly PageLine[] | undefined, line: PageLine, next: PageLine): boolean {
  if (current.length < 2 || before === undefined || !DIALOGUE_DASH.test((current[0] as PageLine).content) || !DIALOGUE_DASH.test((before[0] as PageLine).content)) return false;
  if (!endsSentence(line.content) || endsWithTitle(line.content) || !startsLikeSentence(next.content) || DIALOGUE_DASH.test(next.content)) return false;
  // A turn read on across a blank line or a page break is a guess already (a column's break).
  for (let index = 1; index < current.length; index += 1) if ((current[index] as PageLine).blankBefore || (current[index] as PageLine).pageBreakBefore) return false;
  return !runsTurnsOn(current);
}

/** A dialogue's turn opening inside a line, after a sentence's end: `vides. — Si ça dure`. */
const TURN_INSIDE_LINE = /[.!?…][»”]?\s+[—–]\s\S/u;

/** A line of the paragraph holds a turn opening after a sentence's end inside it. */
function runsTurnsOn(paragraph: readonly PageLine[]): boolean {
  for (const line of paragraph) if ((line.content.includes('—') || line.content.includes('–')) && TURN_INSIDE_LINE.test(line.content)) return true;
  return false;
}

/** Most words of a heading's line. @default 10 */
const HEADING_WORDS = 10;
/** Widest a heading's line prints, as a share of the column's printed measure. @default 0.7 */
const HEADING_SHARE = 0.7;
/** Most lines of a heading set in large type over several lines (a headline OCR read as a block of its own). @default 5 */
const HEADING_LINES = 5;
/** A sentence's stop ending a line: no line of a heading ends so. */
const STOP_AT_END = /[.!?…]\P{L}*$/u;

/**
 * A heading's line ends its paragraph, read from the line and the space after it, not from what
 * stood above it (the intertitle rule asks for a sentence's end there, which OCR's remnants of a
 * picture, a folio or a kicker over the body do not give): a line opening on a capital letter,
 * of a few words ending on a letter (no stop, no comma, no hyphen), printing well short of the
 * column's measure, then a blank line, the page's vertical space, and a line opening on a capital
 * letter. Running text broken there by a column's foot would have filled the line; a sentence
 * going on after a picture goes on in small letters or a figure (`à` / `8 heures`). A line printed
 * stretched, its words read one a line and joined back, says nothing by its width.
 */
export function endsHeadingBeforeBlank(line: PageLine, next: PageLine, measure: number, paragraph: readonly PageLine[] = [line]): boolean {
  // A line printed stretched (word-per-line-runs) fills the measure with few letters: its width says nothing.
  if (!next.blankBefore || next.pageBreakBefore || measure <= 0 || line.stretched === true) return false;
  const text = line.content;
  if (!/\p{L}$/u.test(text) || !/^\p{Lu}/u.test(next.content)) return false;
  if (!/^\p{Lu}/u.test(text)) return endsHeadingBlock(line, measure, paragraph);
  let words = 1;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) words += 1;
  return words <= HEADING_WORDS && printedWidth(text) <= measure * HEADING_SHARE;
}

/**
 * The last line of a heading set in large type over several lines (`La cantine` / `scolaire sera`
 * / `reconstruite` / `pour 2,4` / `millions d’euros`), read by OCR as a block of its own: the
 * block stands between blank lines (or opens the text or a page), opens on a capital, holds at most
 * `HEADING_LINES` lines, every one printing well short of the column's measure and none ending on
 * a sentence's stop. Running text breaks its lines near the measure, so several short lines in a
 * row without a stop are the larger type's, whatever the block's last line opens on. `paragraph`
 * holds the lines of `line`'s paragraph so far, `line` last.
 */
function endsHeadingBlock(line: PageLine, measure: number, paragraph: readonly PageLine[]): boolean {
  const widest = measure * HEADING_SHARE;
  if (printedWidth(line.content) > widest || line.blankBefore || line.pageBreakBefore) return false;
  if (paragraph[paragraph.length - 1] !== line) return false;
  for (let index = paragraph.length - 2, count = 2; index >= 0 && count <= HEADING_LINES; index -= 1, count += 1) {
    const above = paragraph[index] as PageLine;
    if (above.stretched === true || STOP_AT_END.test(above.content) || printedWidth(above.content) > widest) return false;
    if (above.blankBefore || above.pageBreakBefore || index === 0) return (above.blankBefore || above.pageBreakBefore || above.number === 1) && /^\p{Lu}/u.test(above.content);
  }
  return false;
}

/**
 * In a column that indents its paragraphs, a line ending a sentence short of the column before a
 * line opening one with no indent: the next line's first word would have fitted, so the paragraph
 * ended there. The paragraph after it opens unindented where the page sets one after something
 * else (a picture, a caption, a box, the top of a column): the indent is the usual evidence, not
 * the only one. A page or column break between the two changes nothing: the line stopped short
 * on its own page, before whatever the next one opens on.
 */
function endsShortBeforeUnindented(line: PageLine, next: PageLine, width: number, measure: number, hyphenates: boolean): boolean {
  if (!startsLikeSentence(next.content) || !endsSentence(line.content) || endsWithTitle(line.content) || leavesQuotationOpen(line.content)) return false;
  return stopsShortPrinted(line, next, width, measure, hyphenates);
}

let smallLetterStartPattern: RegExp | undefined;
/** A line opening on a small letter: it continues a sentence. */
function smallLetterStart(): RegExp {
  return (smallLetterStartPattern ??= /^\p{Ll}/u);
}
/** A stop ends the line, maybe inside closing marks: a closing quote alone may close a quotation in mid-sentence (`des « tensions »`). */
const FULL_STOP_AT_END = /[.!?…][)\]»”"'’\s\u00a0\u202f]*$/u;

/**
 * Splits a run of body lines into paragraphs. `forced` holds the indexes of lines that open a
 * paragraph whatever the evidence (an intertitle, the line after one or after a caption).
 * `measureLines`, the lines the column's printed measure is read from: by default the lines
 * split, but the page layout hands in the body's lines before captions set in the column were
 * taken out, since their full lines reach the same measure; `printedMeasure`, that measure when
 * the caller read it already (the page layout reads it for the intertitles); `continued`, the
 * lines (by number) the page's geometry shows going on with the paragraph of the line before (a
 * searchable scan's OCR layer), where no long paragraph is cut (splitLongParagraphs); `opened`,
 * the lines it shows opening a paragraph (a first-line indent, white above), each with the reason
 * and the evidence, before which the paragraph ends whatever the words say.
 */
export function splitParagraphs(
  lines: readonly PageLine[],
  width: number,
  forced: ReadonlySet<number> = new Set(),
  measureLines: readonly PageLine[] = lines,
  printedMeasure?: number,
  continued: ReadonlyMap<number, string> = NONE_CONTINUED,
  opened: ReadonlyMap<number, { reason: string; evidence: string }> = NONE_OPENED,
): ParagraphSplit {
  const repairs: Repair[] = [];
  const warnings: Warning[] = [];
  const paragraphs: PageLine[][] = [];
  const indents = usesIndents(lines);
  const blankSeparated = blankLinesSeparateParagraphs(lines, width);
  const measure = printedMeasure ?? estimatePrintedMeasure(measureLines, width);
  const hyphenates = breaksWords(lines, width);
  // Read only where the column does not indent: only there is a line asked whether it ends short on both sides.
  const reach = indents ? 0 : estimateRunningReach(lines, width, hyphenates);
  // Each line's decision first: the ends the page shows teach the article's first-line indent.
  const decisions: Array<BreakDecision | undefined> = lines.map((line, index) =>
    index === 0 || forced.has(index) ? undefined : decideParagraphEnd(lines[index - 1] as PageLine, line, width, indents, blankSeparated, measure, hyphenates),
  );
  markOneLineRuns(lines, decisions);
  markNumberedItems(lines, decisions);
  markLabelledEntries(lines, decisions);
  // Last: the ends a list's numbers or labels show keep their own reasons.
  markHeadedEntries(lines, decisions, forced);
  const indent = indents ? undefined : learnFirstLineIndent(lines, visibleEnds(decisions), measure);
  let current: PageLine[] = [];
  // Quotations the current paragraph opened and has not closed, up to the line before: French
  // or curly quotes counted, straight ones alternating open and closed.
  let openQuotes = 0;
  let straightOpen = false;
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous !== undefined && current.length > 0) {
      openQuotes += quoteBalance(previous.content);
      if (straightQuotes(previous.content) % 2 === 1) straightOpen = !straightOpen;
    }
    if (previous !== undefined && current.length > 0) {
      let ends = forced.has(index);
      if (!ends) {
        let decision = decisions[index] as BreakDecision;
        // A sentence ending inside a quotation still open (`"Mon neveu est parti en août.` /
        // `Il était pêcheur", dit-il.`): the quotation goes on, and the paragraph with it; a
        // short line there is only a sentence's end that happened to fall at a line's end.
        if (decision.reason === 'short-last-line' && (openQuotes > 0 || straightOpen)) decision = { ends: false, reason: 'inside-quotation', evidence: '' };
        // A paragraph that runs its dialogue's turns on inside its lines (`… des rayons vides. — Si
        // ça dure …`) sets them in one paragraph: a dash that happens to open a line there opens
        // no paragraph of its own.
        if (decision.reason === 'dialogue-dash' && runsTurnsOn(current)) decision = { ends: false, reason: 'turns-run-on', evidence: '' };
        if (decision.reason === 'no-indent' && openQuotes <= 0 && !straightOpen && endsShortBeforeUnindented(previous, line, width, measure, hyphenates)) {
          decision = {
            ends: true,
            reason: 'short-last-line-unindented',
            evidence: `line ${previous.number} ends a sentence ${previous.content.length} characters into a column of about ${width}, and "${nextPiece(line, hyphenates)}" would have fitted on it: the paragraph ended, and the next one, opening unindented, follows what the page set before it`,
          };
        }
        if (!decision.ends && indent !== undefined && endsBeforeIndentedLine(previous, line, lines[index + 1], indent, measure)) {
          decision = {
            ends: true,
            reason: 'indented-first-line',
            evidence: `line ${previous.number} ends a sentence on a full line, and line ${line.number} is ${Math.round(printedWidth(line.content) / 10) / 100} em printed where lines carrying a sentence on are about ${Math.round(indent.runningWidth / 10) / 100}: as narrow as the article's first lines (about ${Math.round(indent.firstWidth / 10) / 100} em, learned from ${indent.firstLines} paragraph ends the page shows)`,
          };
        }
        if (!decision.ends && !indents && openQuotes <= 0 && !straightOpen && endsShortOnBothSides(previous, line, lines[index + 1], width, reach, hyphenates)) {
          decision = {
            ends: true,
            reason: 'short-on-both-sides',
            evidence: `line ${previous.number} ends a sentence with room left for "${nextPiece(line, hyphenates)}", and line ${line.number}, opening a sentence, with room left for the next word too, where the column's lines carrying a sentence on reach about ${Math.round(reach / 10) / 100} em printed: a paragraph's last line, then an indented first line`,
          };
        }
        if (!decision.ends && endsHeadingBeforeBlank(previous, line, measure, current)) {
          decision = {
            ends: true,
            reason: 'heading-before-blank',
            evidence: /^\p{Lu}/u.test(previous.content)
              ? `line ${previous.number}, "${previous.content}", opens on a capital, ends on a word with no stop and prints ${Math.round((printedWidth(previous.content) / measure) * 100)}% of the column's measure, and a blank line follows before line ${line.number} opens on a capital: a heading's line, whatever stood above it`
              : `line ${previous.number}, "${previous.content}", ends a block of lines opening on a capital after a blank line, each printing at most ${Math.round(HEADING_SHARE * 100)}% of the column's measure with no stop, and a blank line follows before line ${line.number} opens on a capital: a heading set in large type over several lines`,
          };
        }
        if (!decision.ends && !indents && openQuotes <= 0 && endsTurnOverLines(current, paragraphs[paragraphs.length - 1], previous, line)) {
          decision = {
            ends: true,
            reason: 'dialogue-turn-end',
            evidence: `the speaker's turn opened by a dash on line ${(current[0] as PageLine).number}, answering the turn before it, ends a sentence on line ${previous.number}, and line ${line.number} takes up the narration`,
          };
        }
        // A caption's credit ends the line (`… avec son équipe. Photo d’archives`), and the line
        // after opens a sentence or a heading on a capital: what follows is another block
        // (credit-line-end). Not before a figure: a caption set inside a sentence of the body
        // (`couler plus de` / caption / `3 000 m³ de béton`) leaves it going on after the credit.
        if (!decision.ends && openQuotes <= 0 && !straightOpen && OPENS_ON_CAPITAL.test(line.content) && startsLikeSentence(line.content)) {
          const credit = creditEndingLine(current, line);
          if (credit !== undefined) {
            decision = {
              ends: true,
              reason: 'credit-line-end',
              evidence: `line ${previous.number} ends on a picture's credit ("${credit}"), which closes a caption, and line ${line.number} opens a sentence: no paragraph runs on past a credit`,
            };
          }
        }
        // A caption set apart by blank lines, closed by a credit the credit forms do not read
        // (`… en compétition. Cliché Pierre Aubague`), then a blank line: another block follows.
        if (!decision.ends && openQuotes <= 0 && !straightOpen && OPENS_ON_CAPITAL.test(line.content) && (startsLikeSentence(line.content) || DIALOGUE_DASH.test(line.content))) {
          const credit = setApartCreditEnd(current, line);
          if (credit !== undefined) {
            decision = {
              ends: true,
              reason: 'set-apart-credit',
              evidence: `line ${previous.number} closes a short block set apart by a blank line on a sentence's end and a credit's words ("${credit}"), and line ${line.number} opens a sentence after a blank line: a caption's end, not a column's foot`,
            };
          }
        }
        // The page's geometry shows the line opening a paragraph (a searchable scan's layer): the
        // words' reading (a line falling just short of the measure in characters, a quotation's
        // marks OCR misread) gives way to it.
        if (!decision.ends && opened.size > 0) {
          const opening = opened.get(line.number);
          if (opening !== undefined) decision = { ends: true, reason: opening.reason, evidence: opening.evidence };
        }
        ends = decision.ends;
        if (ends) repairs.push({ kind: 'paragraph-split', line: previous.number, reason: decision.reason, evidence: decision.evidence });
      }
      if (ends) {
        paragraphs.push(current);
        current = [];
        openQuotes = 0;
        straightOpen = false;
      } else if (line.blankBefore || line.pageBreakBefore) {
        repairs.push({
          kind: 'paragraph-joined',
          line: line.number,
          reason: line.pageBreakBefore ? 'page-break' : 'column-break',
          evidence: endsSentence(previous.content)
            ? `line ${previous.number} ends a sentence but runs to the column's edge`
            : `line ${previous.number} stops in the middle of a sentence`,
        });
      }
    }
    current.push(line);
  });
  if (current.length > 0) paragraphs.push(current);
  const finalParagraphs = splitLongParagraphs(paragraphs, repairs, warnings, continued, indents && opensOnIndents(paragraphs), blankSeparated);
  for (const observe of paragraphEndsObservers) observe({ lines, width, measure, indents, hyphenates, forced, continued, paragraphs: finalParagraphs, repairs });
  return { paragraphs: finalParagraphs, repairs, warnings };
}

/**
 * Fewest lines in a row, each ending a sentence before a line opening one, taken for one-line
 * paragraphs: four in a row happen by chance in narrow columns of short sentences (six paragraphs
 * of held-out-3 and held-out-6 joined wrongly at 4), five did not on any split. @default 5
 */
const ONE_LINE_RUN = 5;

/** How much longer than the run's median line a line of it may be and still be a one-line paragraph. @default 1.5 */
const RUN_LINE_SPREAD = 1.5;

/**
 * A run of lines each ending a sentence before a line opening one (`Nevers - Périgueux :
 * 17-20.` / `Limoges - Tulle : 24-24.` / …): running text ends a sentence exactly at a line's
 * end now and then, never line after line; such a run is one-line paragraphs (a results box, a
 * list), each line its own paragraph, however full. Marks those ends in `decisions`.
 */
function markOneLineRuns(lines: readonly PageLine[], decisions: Array<BreakDecision | undefined>): void {
  let start = 0;
  for (let index = 1; index <= lines.length; index += 1) {
    const line = lines[index];
    const previous = lines[index - 1] as PageLine;
    const ends = line !== undefined && endsSentence(previous.content) && !endsWithTitle(previous.content) && startsLikeSentence(line.content) && !line.blankBefore;
    if (ends) continue;
    // Lines start..index-1 each end a sentence before the next (the last one before `line`, or the end).
    if (index - start >= ONE_LINE_RUN) {
      // A line far longer than the run's others is running text's whose sentence ended at the
      // line's end by chance (a paragraph's full lines above a results box): no end is read after it.
      const lengths = lines.slice(start, index).map((runLine) => runLine.content.length);
      const longest = lengthPercentile(lengths, 0.5) * RUN_LINE_SPREAD;
      for (let at = start + 1; at < index; at += 1) {
        if ((lines[at - 1] as PageLine).content.length > longest) continue;
        if (decisions[at] !== undefined && !(decisions[at] as BreakDecision).ends) {
          decisions[at] = { ends: true, reason: 'one-line-paragraphs', evidence: `lines ${(lines[start] as PageLine).number}–${(lines[index - 1] as PageLine).number} each end a sentence before a line opening one, as one-line paragraphs do` };
        }
      }
    }
    start = index;
  }
}

/**
 * A sentence's opening on a personal pronoun or a possessive, which refers back to what the
 * sentence before named: a list's entries each stand alone and never open so.
 */
const ANAPHORIC_OPENING = /^(?:Il|Elle|Ils|Elles|Son|Sa|Ses|Leur|Leurs)\s/u;

/** Fewest sentences under a heading, each ending a line, taken for a list's entries. @default 3 */
const HEADED_ENTRIES = 3;
let sentenceInsidePattern: RegExp | undefined;
/** A sentence's end inside a line, before the next sentence: titles and initials aside (`M. Roux`, `J.-P. Roux`). */
function sentenceInside(): RegExp {
  return (sentenceInsidePattern ??= /(?<!\b(?:M|MM|Mme|Mmes|Dr|Pr|Me|\p{Lu}))[.!?…][»”)]*\s+[«"“(—–-]?\s?\p{Lu}/u);
}

/**
 * Entries under a heading (`Les consignes` / `Ne pas s’engager … inondée.` / `Ne pas descendre
 * dans les sous-sols.` / `Se tenir informé …`): from the line after an intertitle (`forced`) to
 * the block's end (a blank line, a page break, another forced break, the body's end), every
 * sentence ends at a line's end and none inside one, three or more of them, and the page shows
 * at least one of those ends stopping short. Running text ends its sentences anywhere in the
 * line; a block whose sentences all end their lines is a list, each sentence an entry, however
 * full its line ran, but no break goes before a sentence opening on a pronoun or a possessive
 * (`Elle devient…`), which goes on about what the sentence before named. Headed blocks set one after the other, each heading right under the last
 * block (an agenda's days, `Jeudi 17 décembre` / two entries / `Vendredi 18 décembre` / two
 * entries), are read as one list: the count and the short end are the series', and a block of
 * two entries in it is a list's as much as one of three. Marks those ends in `decisions`.
 */
function markHeadedEntries(lines: readonly PageLine[], decisions: Array<BreakDecision | undefined>, forced: ReadonlySet<number>): void {
  interface HeadedBlock { start: number; end: number; sentences: number; visible: boolean; inside: boolean }
  const blocks: HeadedBlock[] = [];
  for (const start of [...forced].sort((a, b) => a - b)) {
    if (!forced.has(start - 1) || start >= lines.length || endsSentence((lines[start - 1] as PageLine).content)) continue;
    let end = start + 1;
    while (end < lines.length && !forced.has(end) && !(lines[end] as PageLine).blankBefore && !(lines[end] as PageLine).pageBreakBefore) end += 1;
    if (!endsSentence((lines[end - 1] as PageLine).content)) continue;
    let sentences = 0;
    let visible = false;
    let inside = false;
    for (let at = start; at < end && !inside; at += 1) {
      const content = (lines[at] as PageLine).content;
      if (sentenceInside().test(content)) inside = true;
      if (endsSentence(content) && !endsWithTitle(content)) sentences += 1;
      if (at > start && (decisions[at] as BreakDecision).ends) visible = true;
    }
    blocks.push({ start, end, sentences, visible, inside });
  }
  // Series of blocks, each one's heading the line right after the block before.
  let first = 0;
  while (first < blocks.length) {
    let last = first;
    while (last + 1 < blocks.length && (blocks[last + 1] as HeadedBlock).start - 1 === (blocks[last] as HeadedBlock).end) last += 1;
    const series = blocks.slice(first, last + 1);
    first = last + 1;
    const listed = series.filter((block) => !block.inside && block.end - block.start >= 2);
    // A series stands only when every block of two lines or more in it ends its sentences at its lines' ends.
    const whole = series.length > 1 && listed.length === series.filter((block) => block.end - block.start >= 2).length;
    for (const block of series) {
      const pool = whole ? listed : [block];
      if (block.inside || block.end - block.start < (whole ? 2 : HEADED_ENTRIES)) continue;
      if (pool.reduce((total, member) => total + member.sentences, 0) < HEADED_ENTRIES || !pool.some((member) => member.visible)) continue;
      const from = (pool[0] as HeadedBlock).start;
      const to = (pool[pool.length - 1] as HeadedBlock).end;
      for (let at = block.start + 1; at < block.end; at += 1) {
        const previous = lines[at - 1] as PageLine;
        if ((decisions[at] as BreakDecision).ends || !endsSentence(previous.content) || endsWithTitle(previous.content) || !startsLikeSentence((lines[at] as PageLine).content)) continue;
        // A sentence opening on a pronoun or a possessive (`Elle devient…`, `Son président…`)
        // goes on about what the sentence before named: running text, which no entry of a list is.
        if (ANAPHORIC_OPENING.test((lines[at] as PageLine).content)) continue;
        decisions[at] = {
          ends: true,
          reason: 'headed-entries',
          evidence: whole
            ? `lines ${(lines[from] as PageLine).number}–${(lines[to - 1] as PageLine).number}, blocks under headings set one after the other, end every sentence at a line's end and none inside one, one of them visibly short: a list's entries`
            : `lines ${(lines[block.start] as PageLine).number}–${(lines[block.end - 1] as PageLine).number}, under a heading, end every sentence at a line's end and none inside one, one of them visibly short: a list's entries`,
        };
      }
    }
  }
}

/**
 * A numbered list's items (list-items): each line opening on the number after the last
 * item's, after a sentence's end, opens a paragraph, however full the line before it ran.
 * Marks those ends in `decisions`.
 */
function markNumberedItems(lines: readonly PageLine[], decisions: Array<BreakDecision | undefined>): void {
  for (const index of numberedItemStarts(lines)) {
    const decision = decisions[index];
    if (decision === undefined || decision.ends) continue;
    const before = lines[index - 1] as PageLine;
    decisions[index] = {
      ends: true,
      reason: 'numbered-item',
      evidence: `line ${(lines[index] as PageLine).number} opens on item ${itemNumber((lines[index] as PageLine).content)} of a numbered list, after ${endsSentence(before.content) ? "a sentence's end" : `the colon introducing the list (line ${before.number})`}`,
    };
  }
}

/**
 * Entries opening on a label and a colon (list-items, opensOnLabel): a line opening on a label
 * right after a sentence's end opens a paragraph when the paragraph it would go on also opened on
 * a label, or when another such line follows within a few lines (the entry before it may be glued
 * to a heading nothing set apart), however full the line before it ran. One label proves nothing
 * (a sentence may open on `Le principe est simple :`); entries in a row opening so are a list's. Marks
 * those ends in `decisions`, in order, so that each entry found opens the paragraph the next is
 * judged against.
 */
function markLabelledEntries(lines: readonly PageLine[], decisions: Array<BreakDecision | undefined>): void {
  let opening = 0;
  for (let index = 1; index < lines.length; index += 1) {
    const decision = decisions[index];
    if (decision === undefined || decision.ends) {
      opening = index;
      continue;
    }
    const line = lines[index] as PageLine;
    if (!opensLabelledEntry(lines, index)) continue;
    const after = opensOnLabel((lines[opening] as PageLine).content) ? undefined : nextLabelledEntry(lines, index);
    if (after === -1) continue;
    decisions[index] = {
      ends: true,
      reason: 'labelled-entry',
      evidence: `line ${line.number} opens on a label and a colon after a sentence's end, as ${after === undefined ? `the paragraph before it opened (line ${(lines[opening] as PageLine).number})` : `line ${(lines[after] as PageLine).number} does`}: entries of a list`,
    };
    opening = index;
  }
}

/** Most lines from one entry's label to the next one's for the two to be one list's. @default 8 */
const ENTRY_LINES = 8;

/** The line at `index` opens on a label (opensOnLabel) right after a line ending a sentence. */
function opensLabelledEntry(lines: readonly PageLine[], index: number): boolean {
  const line = lines[index];
  const previous = lines[index - 1];
  if (line === undefined || previous === undefined) return false;
  return opensEntryAfter(previous.content, line.content);
}

/** The index of the next line within `ENTRY_LINES` lines that opens a labelled entry too, or -1. */
function nextLabelledEntry(lines: readonly PageLine[], index: number): number {
  for (let at = index + 1; at < lines.length && at <= index + ENTRY_LINES; at += 1) if (opensLabelledEntry(lines, at)) return at;
  return -1;
}

/** Indexes of the lines a short last line shows to end a paragraph. */
function visibleEnds(decisions: ReadonlyArray<BreakDecision | undefined>): number[] {
  const ends: number[] = [];
  decisions.forEach((decision, index) => {
    if (decision?.reason === 'short-last-line') ends.push(index - 1);
  });
  return ends;
}

/** A line opening on a capital, maybe after an opening quote or a dialogue's dash. */
const OPENS_ON_CAPITAL = /^(?:[«“"]\s?|[—–-]\s)?\p{Lu}/u;

/** No line known to go on with the paragraph before it: a text extraction's lines say nothing of it. */
const NONE_CONTINUED: ReadonlyMap<number, string> = new Map();
/** No line known to open a paragraph by the page's geometry. */
const NONE_OPENED: ReadonlyMap<number, { reason: string; evidence: string }> = new Map();

/** Fewest paragraphs opening on an indented first line for the article's paragraphs to be marked so. @default 3 */
const INDENTED_OPENINGS = 3;

/**
 * The article's paragraphs open on an indented first line (`pdftotext -layout` keeps the indent):
 * `INDENTED_OPENINGS` or more of them do, and at least as many as open flush among those of two
 * lines or more (the first paragraph, and one under a heading, are set flush by the custom of
 * French and most typesetters).
 */
export function opensOnIndents(paragraphs: readonly (readonly PageLine[])[]): boolean {
  let indented = 0;
  let flush = 0;
  for (let index = 1; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index] as readonly PageLine[];
    const first = paragraph[0] as PageLine;
    if (first.indent >= 2 && first.indent <= PARAGRAPH_INDENT_LIMIT) indented += 1;
    else if (paragraph.length >= 2 && first.indent === 0) flush += 1;
  }
  return indented >= INDENTED_OPENINGS && indented >= flush;
}

/**
 * A paragraph far longer than the article's others most likely holds two whose boundary left
 * no trace: the first one's last line happened to run full. Such a paragraph is cut at the
 * sentence end nearest its middle, and the guess is flagged for a person to check. But not at a
 * sentence end the page shows going on (`continued`: a searchable scan's OCR layer, where the line
 * reaches the column's measure and the next follows flush at the block's pitch on a page that
 * marks its paragraphs' openings): there the boundary did leave a trace, of no end, and the cut
 * goes to the nearest sentence end the page leaves open, or nowhere; the boundary passed over is
 * recorded (`paragraph-joined`, `ocr-layer-continues`).
 *
 * Where the article opens its paragraphs on an indent (`indented`, opensOnIndents), the next
 * paragraph's first line would have shown one: a paragraph with no indented line is cut only
 * where its next line stands apart, at a column's or a page's head or after a blank line (a
 * heading set flush there), and is otherwise left whole, the decision recorded.
 */
function splitLongParagraphs(paragraphs: PageLine[][], repairs: Repair[], warnings: Warning[], continued: ReadonlyMap<number, string>, indented = false, blankSeparated = false): PageLine[][] {
  const lengths = paragraphs.map(paragraphLength);
  const median = lengthPercentile(lengths.filter((length) => length > SHORT_PARAGRAPH), 0.5);
  if (median === 0) return paragraphs;
  // Each paragraph's sentences, counted once and only when a paragraph's length leaves its sentences to decide.
  let sentences: number[] | undefined;
  const otherParagraphs = (index: number): OtherParagraph[] => {
    sentences ??= paragraphs.map((paragraph) => sentenceCount(paragraphText(paragraph)));
    const counts = sentences;
    return paragraphs.flatMap((_, at) => (at === index ? [] : [{ length: lengths[at] ?? 0, sentences: counts[at] ?? 0 }]));
  };
  const result: PageLine[][] = [];
  paragraphs.forEach((paragraph, index) => {
    const total = lengths[index] ?? 0;
    const window = longParagraphCut(total, median, () => paragraphText(paragraph), { blankSeparated, others: () => otherParagraphs(index) });
    if (window === undefined) {
      result.push(paragraph);
      return;
    }
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    // The sentence end nearest the middle that the page shows going on, when nearer than `best`.
    let passed = -1;
    let passedDistance = Number.POSITIVE_INFINITY;
    let running = 0;
    let openQuotes = 0;
    // A sentence end the cut would have been made at but for the article's indents.
    let refused = false;
    for (let line = 0; line < paragraph.length - 1; line += 1) {
      const current = paragraph[line] as PageLine;
      running += current.content.length + 1;
      openQuotes += quoteBalance(current.content);
      const next = paragraph[line + 1] as PageLine;
      // A quotation still open at the line's end (`« Mes parents ont eu peur, sourit-elle.`)
      // goes on in the next line: no paragraph ends inside it.
      if (openQuotes > 0 || !endsSentence(current.content) || endsWithTitle(current.content) || !startsLikeSentence(next.content)) continue;
      const distance = Math.abs(running - total / 2);
      if (running < total * window.from || running > total * window.to) continue;
      if (indented && !standsApart(current, next)) {
        refused = true;
        continue;
      }
      if (continued.size > 0 && continued.has(next.number)) {
        if (distance < passedDistance) {
          passed = line;
          passedDistance = distance;
        }
      } else if (distance < bestDistance) {
        best = line;
        bestDistance = distance;
      }
    }
    if (passed !== -1 && passedDistance < bestDistance) {
      const kept = paragraph[passed + 1] as PageLine;
      repairs.push({
        kind: 'paragraph-joined',
        line: kept.number,
        reason: 'ocr-layer-continues',
        evidence: `the paragraph runs ${total} characters against a median of ${median} for the article's paragraphs, but its sentence end nearest the middle, before line ${kept.number}, is no paragraph's end: ${continued.get(kept.number) ?? ''}`,
      });
    }
    if (best === -1) {
      if (refused) {
        repairs.push({
          kind: 'paragraph-joined',
          line: (paragraph[0] as PageLine).number,
          reason: 'indented-paragraphs',
          evidence: `the paragraph runs ${total} characters against a median of ${median} for the article's paragraphs, but the article opens its paragraphs on an indent and none of its ${paragraph.length} lines is indented: left whole`,
        });
      }
      result.push(paragraph);
      return;
    }
    const end = paragraph[best] as PageLine;
    repairs.push({
      kind: 'paragraph-split',
      line: end.number,
      reason: 'long-paragraph',
      evidence: `the paragraph runs ${total} characters against a median of ${median} for the article's paragraphs; cut at the sentence end nearest its middle`,
    });
    warnings.push({
      rule: 'layout/paragraph-length-guess',
      message: `A paragraph of ${total} characters, far longer than the article's others, was cut in two after line ${end.number}; nothing on the page marked the end of the first.`,
      line: end.number,
    });
    result.push(paragraph.slice(0, best + 1), paragraph.slice(best + 1));
  });
  return result;
}

/** `next` opens a column or a page, or follows a blank line: set apart from `line` above it. */
function standsApart(line: PageLine, next: PageLine): boolean {
  return next.blankBefore || next.pageBreakBefore || next.page !== line.page || next.column !== line.column;
}

/** Quotation marks opened less those closed on the line: `«` and `“` open, `»` and `”` close. */
function quoteBalance(text: string): number {
  // Read on the character codes: a string iterator makes a string of every character, and this
  // runs on every line of the body.
  let balance = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0xab || code === 0x201c) balance += 1;
    else if (code === 0xbb || code === 0x201d) balance -= 1;
  }
  return balance;
}

/** Straight double quotes (`"`) on the line: each opens a quotation or closes the one open. */
function straightQuotes(text: string): number {
  let count = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) count += 1;
  return count;
}

/** A paragraph's lines joined, as its sentences are counted. */
function paragraphText(paragraph: readonly PageLine[]): string {
  return paragraph.map((line) => line.content).join(' ');
}

function paragraphLength(paragraph: readonly PageLine[]): number {
  let length = 0;
  for (const line of paragraph) length += line.content.length + 1;
  return length;
}

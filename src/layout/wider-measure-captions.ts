/**
 * A caption printed in the column's flow, told by its face. Newspapers set a picture's caption
 * in a smaller face than the body (often italic or a sans), across the column or the picture:
 * its lines hold more characters than the column's. A body line cannot: a column's lines are
 * all exactly as wide on paper, and their printed widths (printed-width.ts) vary by a few
 * percent only. So a run of one to four lines between two of the body's paragraph boundaries,
 * whose lines (all but a short last one) print clearly wider than the body's measure, ending a
 * sentence, is the caption the extraction read where the picture stands, whatever its words say
 * (`Jeudi matin, les premiers véhicules embarquent enfin, sous l’œil des agents du port.`,
 * a present tense a body sentence may carry too).
 *
 * Where pdftotext glued the two halves of a hyphenated word (gluesHyphenatedLines), a line
 * wider than the measure may be two printed lines of the body: there one wide line is no
 * evidence, and every line of the run but the last must be wide. A column set ragged and
 * unhyphenated hyphenates hardly a line either, and every tool but pdftotext's default mode glues
 * none: where no line prints about two lines' width (showsGluedLines), a run of two lines or more
 * set inside the body's text is read on its face, each line but the last printing past the
 * body's widest lines (fullLineReach), not only past its median, which a ragged column's lines
 * reach beyond. Where glueing shows, one line alone is read on its face too when it prints under
 * ONE_LINE_FACE, between a paragraph of the body closing on a sentence's end and a line of the
 * body's face (held-out-15's and held-out-18's pages by pdftotext -raw).
 *
 * A narrow justified column (six or seven words a line) is the exception to "a few percent": each
 * line prints its own words' natural width, and these spread by a word's width around the measure,
 * a ninth past the median on session 49's new user's page (groff -ms, 5.3 cm columns at 9 points),
 * where pdftotext's default text had a body sentence of two such lines taken for a caption. Where
 * the body's widest full lines (their 90th percentile, the run's own lines set aside) print past
 * WIDER_FACE yet within BODY_SPREAD, the run's full lines must print past them too.
 */
import { endsSentence, opensSentenceOrTurn, startsLikeSentence } from './layout-block.ts';
import { opensOnLabel } from './list-items.ts';
import type { PageLine } from './page-line.ts';
import { printedWidth } from './printed-width.ts';

/**
 * A line printing this many times the body's measure is set in another, smaller face: a column's
 * justified lines stay within a few percent of it (shrunk spaces, the width table's error).
 * @default 1.07
 */
export const WIDER_FACE = 1.07;
/**
 * A caption of one line carries one line's evidence only, and the lines of a narrow column (few
 * words, wide spaces) spread wider around their measure: it must print this much wider.
 * @default 1.1
 */
const WIDER_FACE_ALONE = 1.1;
/**
 * The widest a column's own full lines print over its measure: a justified line of the narrowest
 * columns (five or six words) prints its words' natural width, a word's width around the measure.
 * @default 1.2
 */
const BODY_SPREAD = 1.2;
/** A one-line caption in a smaller face prints under this share of the measure. @default 1.3 */
const ONE_LINE_FACE = 1.3;
/** Wider than this, a line is two printed lines glued or a line across columns, not a caption's. @default 1.6 */
const ACROSS_COLUMNS = 1.6;
/** Most lines of a caption in the flow. @default 4 */
const CAPTION_LINES = 4;
/** Longest caption in characters. @default 260 */
const CAPTION_LENGTH = 260;
/**
 * Most sentences of a caption: a body paragraph of two sentences or more set in another face is a
 * box's, or a standfirst's, unless the first describes the picture and the second only adds to it
 * (`WiderMeasureOptions.describesThenAdds`). @default 1
 */
const CAPTION_SENTENCES = 1;

/** A sentence end followed by another sentence, titles and initials aside. */
const SENTENCE_BREAK = /(?<!\b(?:M|MM|Mme|Mmes|Dr|Pr|Me|\p{Lu}))[.!?…] +[«"“]?\p{Lu}/gu;

/** Fewest full lines for the body's measure to be known. @default 8 */
const FULL_LINES = 8;
/** A line this share of the column's width in characters or more may be a full one. @default 0.6 */
const FULL_LINE_SHARE = 0.6;

/**
 * The body's measure as its full lines print it (thousandths of an em): the median printed
 * width of the lines that run on into the next (no sentence ends there), long enough to be full.
 * A paragraph's last line, a dialogue's turn, a one-line paragraph end a sentence and stop
 * anywhere; a line that runs on was ended by the column. The median holds against the few
 * glued or caption lines among them. 0 when there are too few to tell.
 */
export function fullLineMeasure(lines: readonly PageLine[], width: number): number {
  return measureOf(fullLineWidths(lines, width));
}

/** fullLineMeasure read from the full lines' widths already sorted (fullLineWidths). */
export function measureOf(widths: readonly number[]): number {
  return atPercentile(widths, 0.5);
}

/** Share of the full lines the body's reach is read at: the widest but the few glued or caption lines. @default 0.9 */
const REACH_PERCENTILE = 0.9;

/**
 * How wide the body's widest full lines print (thousandths of an em): the 90th percentile of the
 * lines fullLineMeasure reads. A justified column's lines all print about its measure; a ragged
 * one's (set unjustified, unhyphenated) spread under the width they may reach, their median well
 * under it, so a body line may print wider than the median. 0 when there are too few to tell.
 */
export function fullLineReach(lines: readonly PageLine[], width: number): number {
  return reachOf(fullLineWidths(lines, width));
}

/** fullLineReach read from the full lines' widths already sorted (fullLineWidths). */
export function reachOf(widths: readonly number[]): number {
  return atPercentile(widths, REACH_PERCENTILE);
}

/** The printed widths of the lines fullLineMeasure reads, narrowest first. */
export function fullLineWidths(lines: readonly PageLine[], width: number): number[] {
  const widths: number[] = [];
  for (const line of lines) {
    if (line.content.length >= width * FULL_LINE_SHARE && !endsSentence(line.content)) widths.push(printedWidth(line.content));
  }
  return widths.sort((a, b) => a - b);
}

function atPercentile(widths: readonly number[], percentile: number): number {
  if (widths.length < FULL_LINES) return 0;
  return widths[Math.floor((widths.length - 1) * percentile)] as number;
}

/** The body's reach (fullLineReach) read from its full lines' widths, a run's own lines set aside. */
function reachBeside(widths: readonly number[], run: readonly PageLine[]): number {
  const rest = [...widths];
  for (const line of run) {
    const at = rest.indexOf(printedWidth(line.content));
    if (at >= 0) rest.splice(at, 1);
  }
  return atPercentile(rest, REACH_PERCENTILE);
}

/**
 * Whether a text read as glueing hyphenated lines (gluesHyphenatedLines: hardly a line ends with
 * a hyphen) shows a line glued so: two printed lines of the column joined print about twice its
 * measure, past ACROSS_COLUMNS. A column set ragged and unhyphenated (a browser's, a word
 * processor's) ends hardly a line with a hyphen either, yet no line of it runs past its measure
 * but a caption's or a box's in another face; and a tool that keeps every printed line (MuPDF,
 * pdfminer, `-layout`, OCR) glues none. Where no line prints that wide, a wider line is no glued
 * one: its face is the evidence again.
 */
export function showsGluedLines(lines: readonly PageLine[], measure: number): boolean {
  if (measure <= 0) return false;
  for (const line of lines) if (printedWidth(line.content) > measure * ACROSS_COLUMNS) return true;
  return false;
}

export interface WiderMeasureOptions {
  /** The body's printed measure, thousandths of an em (fullLineMeasure). */
  measure: number;
  /** The text glues the halves of hyphenated words into one line (gluesHyphenatedLines). */
  glued: boolean;
  /**
   * A line of the text prints past ACROSS_COLUMNS (showsGluedLines): the glueing shows. Where
   * none does, a run of two lines or more after the body's text (a sentence's end, or cutting a
   * sentence) is read on its face's evidence as in a text that glues nothing. @default true
   */
  gluedLinesShown?: boolean;
  /** How wide the body's widest full lines print (fullLineReach): where glueing does not show, every full line of the run prints past it. */
  reach?: number;
  /**
   * The printed widths of the body's full lines (fullLineWidths): where the widest of them but the
   * run's own spread past WIDER_FACE, the body's words alone print so wide, and the run's full
   * lines must print past them.
   */
  fullWidths?: readonly number[];
  /** The line before the run ends a paragraph (a sentence, an intertitle): false when the run cuts a sentence of the body. */
  boundaryBefore: boolean;
  /**
   * Whether a run of two sentences still reads as a caption: what the picture shows, with no
   * verb that narrates, then one short sentence more (body-captions.ts). @default none: one sentence only
   */
  describesThenAdds?: (text: string) => boolean;
}

/** The labels a caption itself opens on. */
const CAPTION_OWN_LABEL = /^(?:photos?|légende|crédits?)\s*:/iu;
/** Most words of a key figure's label (`Mise en service`). @default 3 */
const KEY_FIGURE_LABEL_WORDS = 3;

/** The line opens on a key figure's label: a few words, no comma, then a colon; not a caption's own label. */
function opensOnShortLabel(text: string): boolean {
  if (!opensOnLabel(text) || CAPTION_OWN_LABEL.test(text)) return false;
  const label = text.slice(0, text.indexOf(':')).trim();
  return !label.includes(',') && label.split(/\s+/u).length <= KEY_FIGURE_LABEL_WORDS;
}

/** A heading's line prints this share of the measure at most. @default 0.8 */
const HEADING_WIDTH = 0.8;

/** A short line ending no sentence over a line opening one: a heading (an intertitle, a box's title). */
function isHeading(line: PageLine | undefined, next: PageLine | undefined, measure: number): boolean {
  return line !== undefined && !endsSentence(line.content) && next !== undefined && startsLikeSentence(next.content) && printedWidth(line.content) < measure * HEADING_WIDTH;
}

/**
 * The run stands inside the body's text: after a line of the body's measure ending a sentence (or
 * cutting one), before more text, no heading on either side. A line as wide before it is of the
 * same block (a standfirst read into the body prints wider all along).
 */
function insideText(lines: readonly PageLine[], start: number, end: number, measure: number, boundaryBefore: boolean): boolean {
  const before = lines[start - 1];
  const after = lines[end];
  if (before === undefined || after === undefined) return false;
  if ((boundaryBefore && !endsSentence(before.content)) || printedWidth(before.content) >= measure * WIDER_FACE) return false;
  return !isHeading(after, lines[end + 1], measure);
}

/**
 * A line alone between two lines in the body's face: the line before ends a paragraph of the
 * body (a sentence's end under a line running on), and neither it nor the line after prints past
 * the measure (two wide lines in a row are read as a run of their own).
 */
function oneLineInBodyFace(lines: readonly PageLine[], start: number, measure: number): boolean {
  const above = lines[start - 2];
  const before = lines[start - 1];
  const after = lines[start + 1];
  // The line before closes a paragraph of two lines or more: the body's, not a caption of one line or the head's furniture.
  if (above === undefined || before === undefined || after === undefined || !endsSentence(before.content) || endsSentence(above.content)) return false;
  return printedWidth(before.content) < measure * WIDER_FACE && printedWidth(after.content) < measure * WIDER_FACE;
}

/**
 * The end (index after the last line) of a caption printed in a wider measure than the body's,
 * starting at `start`, or undefined. After a paragraph boundary the run is followed by a line
 * opening a sentence or a turn (or the body's end); cutting a sentence of the body, by that
 * sentence going on in small letters.
 */
export function widerMeasureRun(lines: readonly PageLine[], start: number, options: WiderMeasureOptions): number | undefined {
  const { measure, glued, boundaryBefore } = options;
  if (measure <= 0) return undefined;
  const first = lines[start];
  // A quotation or a dialogue's turn opens body text, not a caption.
  if (first === undefined || !startsLikeSentence(first.content) || /^[«“"—–]/u.test(first.content)) return undefined;
  // An entry opening on a short label (`Longueur : 195 mètres`, `Mise en service : 1849`,
  // list-items.ts) is a box's key figure, set in the box's face; a caption's only such labels
  // name it (`Photo :`, `Légende :`), and a caption may open on where and when it was taken
  // before a colon (`Dans un hypermarché de Metz, le 4 mars : …`), a longer phrase.
  if (opensOnShortLabel(first.content)) return undefined;
  let length = 0;
  let wide = 0;
  for (let end = start + 1; end <= Math.min(lines.length, start + CAPTION_LINES); end += 1) {
    const last = lines[end - 1] as PageLine;
    if (end > start + 1 && (last.blankBefore || last.pageBreakBefore)) return undefined;
    length += last.content.length + 1;
    if (length > CAPTION_LENGTH) return undefined;
    const ratio = printedWidth(last.content) / measure;
    if (ratio > ACROSS_COLUMNS) return undefined;
    const isWide = ratio >= WIDER_FACE;
    if (isWide) wide += 1;
    if (!endsSentence(last.content)) {
      // Every full line of the caption runs past the body's measure.
      if (!isWide) return undefined;
      continue;
    }
    const lineCount = end - start;
    // Unshown glueing is still doubted for one line (a glued line may be a paragraph's last two),
    // and for a run not set inside the body's text: under or over a heading (a box's entries
    // under its title print in another measure too), or closing the body. Not for one line alone
    // between two paragraphs of the body (oneLineInBodyFace) printing under ONE_LINE_FACE: after a
    // sentence's end, a glued pair would be a whole paragraph of two lines, its first hyphenated
    // at its end; that doubt is taken (it cost no paragraph on any read split).
    const inside = insideText(lines, start, end, measure, boundaryBefore);
    const oneLineAfterBoundary = lineCount === 1 && boundaryBefore && inside && ratio < ONE_LINE_FACE && oneLineInBodyFace(lines, start, measure);
    const doubtGlued = glued && !oneLineAfterBoundary && (options.gluedLinesShown !== false || lineCount === 1 || !inside);
    if (wide === 0 || (doubtGlued && wide < Math.max(2, lineCount - 1))) return undefined;
    // Where glueing does not show, every line but the last prints past the body's widest lines
    // too, not only past its median: a ragged column's lines reach past that.
    if (glued && options.gluedLinesShown === false && lines.slice(start, end - 1).some((line) => printedWidth(line.content) < (options.reach ?? Infinity) * WIDER_FACE)) return undefined;
    // A narrow justified column's lines spread wide on their own: their words, not the paper,
    // set how wide each prints, by a word's width either way. Where the body's widest full lines
    // already print past WIDER_FACE (and within a word's width of the measure: wider, they are
    // glued lines or another face's, not the body's spread), a line printing no wider than they
    // do is no evidence of another face.
    const spreadReach = options.fullWidths === undefined ? 0 : reachBeside(options.fullWidths, lines.slice(start, end));
    const spread = spreadReach >= measure * WIDER_FACE && spreadReach < measure * BODY_SPREAD;
    if (spread && lines.slice(start, end - 1).some((line) => printedWidth(line.content) <= spreadReach)) return undefined;
    if (lineCount === 1 && ratio < WIDER_FACE_ALONE) return undefined;
    const after = lines[end];
    if (after !== undefined && !(boundaryBefore ? opensSentenceOrTurn(after.content) : /^\p{Ll}/u.test(after.content))) return undefined;
    const text = lines.slice(start, end).map((line) => line.content).join(' ');
    const sentences = (text.match(SENTENCE_BREAK)?.length ?? 0) + 1;
    if (sentences > CAPTION_SENTENCES && !(sentences === CAPTION_SENTENCES + 1 && options.describesThenAdds?.(text) === true)) return undefined;
    return end;
  }
  return undefined;
}

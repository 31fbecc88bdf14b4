/**
 * An intertitle read on top of its paragraph, in a text whose paragraphs are blank-separated
 * (real OCR: tesseract's text output, and a searchable scan's layer turned back into that text,
 * pdf-ocr-layer.ts). Tesseract sets a blank line where it sees white between two blocks; a
 * heading set in the body's size, bold, close above its paragraph, shares the paragraph's block,
 * and the heading's line is read as the paragraph's first (`Des arbres menacés` / `Sur les 137
 * arbres recensés, …`). Counted on the development half: headings glued so on three splits, by
 * five typesetting tools, on the tesseract text and the searchable scans alike.
 *
 * A block's first line is taken for such a heading when the block before it ends a sentence or
 * a picture's credit (credit-forms: a caption's end, no stop after it), the line has an
 * intertitle's shape (a capital or a figure first, twelve words or fewer, no punctuation a
 * sentence ends or pauses on at its end, no quotation closed before a comma, no word that runs
 * on), it stops short by far (the next line's first word would have fitted on it, and it reaches
 * two thirds of the text's measure at most), and the lines under it make a paragraph: opening a
 * sentence (not on a figure before a small letter), ending one, six words or more. Running text
 * never leaves that trace: a paragraph's first line fills the column, and a line that stops short
 * ends its sentence on a stop. Read in plain-layout.ts's blocks (the measure: the lines running on
 * into a small letter) and in page-layout.ts's body where blank lines part its paragraphs
 * (paragraph-ends' blankLinesSeparateParagraphs; the measure: the column's). Each heading set
 * apart is a repair (`paragraph-split`, `heading-atop-paragraph`).
 */
import type { Repair } from '../types.ts';
import type { PageLine } from './page-line.ts';
import { runsOn } from './furniture-on-top.ts';
import { endsSentence, isAllCapitals, opensSentenceOrTurn } from './layout-block.ts';
import { itemNumber } from './list-items.ts';
import { FIT_SHARE } from './paragraph-ends.ts';
import { creditAtEnd } from './credit-forms.ts';

/** Longest heading, in characters and words (as intertitles.ts). @default 70, 12 */
const HEADING_LENGTH = 70;
const HEADING_WORDS = 12;
/** Longest heading as a share of the text's measure (the module's comment). @default 0.67 */
const HEADING_SHARE = 0.67;
/**
 * A figure then a small letter opening the line under (`4,2 millions d’euros…`): French opens no
 * sentence on a figure, so the line runs on from a first line OCR read short (a degraded scan
 * drops words: `Le chantier coûté`), as intertitles.ts reads it.
 */
const FIGURE_RUNNING_ON = /^\d+(?:[ \u00a0\u202f]\d{3})*(?:,\d+)? \p{Ll}/u;
/** Fewest words of the paragraph under the heading. @default 6 */
const PARAGRAPH_WORDS = 6;
/** Lines of the block before read for a credit ending it (`… Photos Julien` / `Carrière / AFP`). @default 2 */
const CREDIT_LINES = 2;
/** Fewest lines running on into a small letter for the text's measure to be read. @default 3 */
const MEASURE_LINES = 3;

/** A line of a blank-separated text: its number and its words. */
export interface HeadingLine {
  number: number;
  content: string;
}

/**
 * The text's measure, in characters: the median length of the lines that run on into a line
 * opening in a small letter (a sentence wrapped at the column's edge), or 0 when too few do.
 */
export function wrappedMeasure(groups: ReadonlyArray<readonly HeadingLine[]>): number {
  const lengths: number[] = [];
  for (const group of groups) {
    for (let index = 0; index + 1 < group.length; index += 1) {
      if (/^\p{Ll}/u.test(group[index + 1]!.content)) lengths.push(group[index]!.content.length);
    }
  }
  if (lengths.length < MEASURE_LINES) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)]!;
}

/** Whether `line` has an intertitle's shape (the module's comment). */
export function hasHeadingShape(line: string): boolean {
  if (line.length > HEADING_LENGTH || line.split(' ').length > HEADING_WORDS) return false;
  if (!/^[\p{Lu}\p{N}«“"]/u.test(line) || /[,;:.…!?]\s*[»”"]?$/u.test(line)) return false;
  // A quotation closed inside the line and going on (`« … », résume`): a sentence's words.
  if (/[»”"]\s*[,;:]/u.test(line)) return false;
  if (isAllCapitals(line) && line.length < 4) return false;
  return itemNumber(line) === undefined && !runsOn(line);
}

/**
 * Whether the block `group` opens on a heading glued to its paragraph, after a block whose last
 * lines (two at most, joined) are `previousText`, ending a sentence or a picture's credit, in a text of measure `measure` (characters).
 */
export function opensOnGluedHeading(group: readonly HeadingLine[], previousText: string | undefined, measure: number): boolean {
  if (group.length < 2 || measure <= 0 || previousText === undefined || !(endsSentence(previousText) || creditAtEnd(previousText) >= 0)) return false;
  const heading = group[0]!.content;
  const next = group[1]!.content;
  if (!hasHeadingShape(heading) || !opensSentenceOrTurn(next) || /^[«“"]\s*\p{Ll}/u.test(next) || FIGURE_RUNNING_ON.test(next)) return false;
  // Short by far: OCR's characters say a line's printed width to a few characters only, and a
  // full line of a justified column may count a sixth under the measure (`«La difficulté, c’est
  // de rendre la voie à l’heure », résume` / `M. Olivier…`); a heading stops at two thirds of it.
  const nextWord = next.split(' ')[0]!.length;
  if (heading.length + 1 + nextWord > measure * FIT_SHARE || heading.length > measure * HEADING_SHARE) return false;
  const rest = group.slice(1).map((line) => line.content).join(' ');
  return endsSentence(rest) && rest.split(' ').length >= PARAGRAPH_WORDS && /\p{Ll}/u.test(rest);
}

/**
 * The blocks, each whose first line is a heading glued to its paragraph cut in two, with a
 * repair for each cut.
 */
export function splitGluedHeadings<T extends HeadingLine>(groups: ReadonlyArray<readonly T[]>): { groups: T[][]; repairs: Repair[] } {
  const measure = wrappedMeasure(groups);
  const out: T[][] = [];
  const repairs: Repair[] = [];
  let previousText: string | undefined;
  for (const group of groups) {
    if (opensOnGluedHeading(group, previousText, measure)) {
      const heading = group[0]!;
      out.push([heading], group.slice(1));
      repairs.push(gluedHeadingRepair(heading, measure));
    } else {
      out.push([...group]);
    }
    previousText = group.slice(-CREDIT_LINES).map((line) => line.content).join(' ');
  }
  return { groups: out, repairs };
}

/**
 * The same reading on a page's lines in a text whose blocks are blank-separated: `lines[index]`
 * opens a block (a blank line above it, none under it) with a heading glued to its paragraph,
 * `width` being the column's measure in characters.
 */
export function headsItsBlock(lines: readonly PageLine[], index: number, width: number): boolean {
  const line = lines[index];
  const next = lines[index + 1];
  if (line === undefined || next === undefined || !line.blankBefore || next.blankBefore || next.pageBreakBefore) return false;
  let end = index + 1;
  while (end < lines.length && !lines[end]!.blankBefore && !lines[end]!.pageBreakBefore) end += 1;
  return opensOnGluedHeading(lines.slice(index, end), index === 0 ? undefined : lines.slice(Math.max(0, index - CREDIT_LINES), index).map((entry) => entry.content).join(' '), width);
}

/** The repair that records a heading set apart from the paragraph it was read on top of. */
export function gluedHeadingRepair(heading: HeadingLine, measure: number): Repair {
  return {
    kind: 'paragraph-split',
    line: heading.number,
    reason: 'heading-atop-paragraph',
    evidence: `"${heading.content}" opens its block after a sentence's end, stops short of the ${measure}-character measure with no stop, and a paragraph ending a sentence follows it: an intertitle read on top of its paragraph`,
  };
}

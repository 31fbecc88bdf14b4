/**
 * Tells the newspaper's print layout (column lines, line-end hyphens, column-break blank
 * lines inside paragraphs, furniture after the body) from plain well-formed text (headline
 * on top, paragraphs separated by blank lines, nothing hyphenated).
 */
import type { LayoutKind } from '../types.ts';
import { endsSentence, startsLikeSentence } from './layout-block.ts';
import { isDateMaybeFolio, isFolio, isGarbledFolio, isPageHeaderLine } from './page-furniture.ts';
import { isCapitalsPaperName, isPaperName } from './running-header.ts';
import { isCelledPageHead } from './celled-page-head.ts';
import { lengthPercentile } from './page-line.ts';

export interface DetectedLayout {
  layout: LayoutKind;
  /** The evidence, for `--debug` and tests. */
  evidence: {
    lineEndHyphens: number;
    blocks: number;
    blocksEndingMidSentence: number;
    indentedLines: number;
    /** Form feeds: pages of extracted text. */
    formFeeds: number;
    /** Lines ending with OCR's `¬`, the old printers' line-end hyphen. */
    notSigns: number;
    /** Lines that end a sentence well short of the others, the next line following with no blank line: paragraphs ended in print. */
    shortSentenceEnds: number;
    /** The first line is a page's running header (a paper's name and a full date): the text was read off a printed page. */
    pageHeader: boolean;
    /** Lines whose sentence runs on to the next line, a small letter opening it: the text is wrapped at a measure. */
    wrappedLines: number;
    /**
     * One of the first or last lines is a page's running header as the page furniture reads one
     * (`Le Progrès du Lauragais Région mardi 24 novembre 2026`, `Faits du jour vendredi 8 mai
     * 2026`, `Région Page 1/1`), or a head printed in cells, the paper's name, a section's and the
     * date (`La Gazette des Volcans — Pays et villes — samedi 5 décembre 2026`, celled-page-head.ts):
     * OCR sets a header under a stray mark or under the paper's name read apart, and a page's foot
     * last. A date alone is not enough there (`isEdgeHeader`).
     */
    edgeHeader: boolean;
    /**
     * The first or last line is a folio alone (`21`, `Page 21`, `- 9 -`), or one OCR read with
     * its decoration garbled (`€22)`, `11l`): a page's number, which plain text never carries.
     */
    folioAtEdge: boolean;
    /**
     * Every paragraph on a line of its own, never wrapped (text copied from a browser or saved
     * by a word processor): no line runs a sentence on to the next, no line-end hyphen, and
     * lines longer than any printed column's. Blank lines may stand between some of them (a
     * page's head pasted apart from its body, a caption set off): a line is still a paragraph.
     */
    paragraphPerLine: boolean;
  };
}

/** Lines wrapped mid-sentence a text opening on a running header needs to be read as a printed page. @default 3 */
const WRAPPED_LINES = 3;
/** Non-blank lines at the text's top and at its foot where a running header is looked for. @default 3 */
const EDGE_LINES = 3;
/** Lines under the paper's name where OCR may set the header's date when it reads the header in pieces. @default 3 */
const HEADER_PIECES = 3;
/**
 * Characters past which a line is a whole paragraph rather than a printed line: wider than a
 * single column of a full page read line by line (about 100 characters). Wide `-layout` lines of
 * several columns run longer, but their columns' sentences wrap from line to line. @default 150
 */
const UNWRAPPED_LINE = 150;
/** Lines so long a paragraph-a-line text shows. @default 2 */
const UNWRAPPED_LINES = 2;

export function detectLayout(text: string): DetectedLayout {
  // The structure stage asks twice of one text (the layout's kind, then the plain layout how
  // many of its lines are wrapped): the last answer is kept for the same text.
  if (text === lastRead?.text) return lastRead.detected;
  const detected = readLayout(text) as DetectedLayout;
  lastRead = { text, detected };
  return detected;
}

/** The last text read by `detectLayout` and what it showed. */
let lastRead: { text: string; detected: DetectedLayout } | undefined;

/**
 * The evidence of `text`'s layout; with `layoutOnly`, read only until the layout is certain (see
 * `printCertain`), the evidence then left out (`detectLayoutKind` asks the layout alone).
 */
function readLayout(text: string, layoutOnly = false): DetectedLayout | undefined {
  let lineEndHyphens = 0;
  let indentedLines = 0;
  let blocks = 0;
  let blocksEndingMidSentence = 0;
  let previousContent = '';
  // Blocks between blank lines. In print, column breaks cut sentences: a block stops
  // mid-sentence and the next one carries on in lower case (`engage-` / blank / `ments`).
  let afterBlank = true;
  let previousBlockEnd = '';
  let formFeeds = 0;
  let notSigns = 0;
  // Lengths of lines followed directly by another, and which of them end a sentence before a capital.
  const lengths: number[] = [];
  const sentenceEndLengths: number[] = [];
  let previousLength = -1;
  let previousEndsSentence = false;
  let pageHeader = false;
  let headerName = false;
  let linesRead = 0;
  // The first non-blank lines: the paper's name, and the pieces OCR may set a header's date on.
  const headLines: string[] = [];
  let wrappedLines = 0;
  let folioAtEdge = false;
  let longLines = 0;
  // The first and the last non-blank lines, where a page's running header or foot stands.
  const firstLines: string[] = [];
  const lastLines: string[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end);
    start = end + 1;
    const trimmed = raw.trim();
    if (raw.includes('\f')) formFeeds += 1;
    if (trimmed.length === 0) {
      afterBlank = true;
      previousLength = -1;
      continue;
    }
    if (trimmed.length >= UNWRAPPED_LINE) longLines += 1;
    if (trimmed.endsWith('¬')) notSigns += 1;
    // The lines a running header is read on, after the loop: a text that is
    // print for certain before its end is not asked about its head (`printCertain`).
    if (linesRead <= HEADER_PIECES) headLines.push(trimmed);
    linesRead += 1;
    if (firstLines.length < EDGE_LINES) firstLines.push(trimmed);
    else {
      lastLines.push(trimmed);
      if (lastLines.length > EDGE_LINES) lastLines.shift();
    }
    if (previousLength >= 0) {
      if (!previousEndsSentence && isLowerCase(trimmed, 0)) wrappedLines += 1;
      lengths.push(previousLength);
      if (previousEndsSentence && startsLikeSentence(trimmed)) sentenceEndLengths.push(previousLength);
    }
    previousLength = trimmed.length;
    previousEndsSentence = endsSentence(trimmed);
    if (previousContent.endsWith('-') && isLetter(previousContent, previousContent.length - 2) && isLetter(trimmed, 0)) {
      lineEndHyphens += 1;
    }
    if (raw[0] !== trimmed[0] && previousContent !== '') indentedLines += 1;
    if (afterBlank) {
      blocks += 1;
      if (previousBlockEnd !== '' && !endsSentence(previousBlockEnd) && isLowerCase(trimmed, 0)) blocksEndingMidSentence += 1;
      afterBlank = false;
    }
    previousContent = trimmed;
    previousBlockEnd = trimmed;
    if (layoutOnly && printCertain(lineEndHyphens, notSigns, blocksEndingMidSentence)) return undefined;
  }
  // Only the first line is tried: a running header stands at the page's top. OCR may read it
  // in pieces, a line each: the paper's name first, the date (maybe with the folio) alone on
  // one of the next lines, the section or the kicker between them.
  const first = headLines[0];
  if (first !== undefined) {
    pageHeader = isPageHeaderLine(first);
    headerName = !pageHeader && ((first.includes(' ') && isPaperName(first)) || isCapitalsPaperName(first));
    folioAtEdge = isEdgeFolio(first);
    if (headerName && headLines.slice(1).some(isDateMaybeFolio)) pageHeader = true;
  }
  const shortSentenceEnds = countShort(sentenceEndLengths, lengths);
  // The last line, read after the loop: the first one was read in it.
  if (!folioAtEdge && previousContent !== '') folioAtEdge = isEdgeFolio(previousContent);
  const edgeHeader = pageHeader || firstLines.some(isEdgeHeader) || lastLines.some(isEdgeHeader);
  const paragraphPerLine = longLines >= UNWRAPPED_LINES && wrappedLines === 0 && lineEndHyphens === 0 && notSigns === 0 && formFeeds === 0;
  const evidence = { lineEndHyphens, blocks, blocksEndingMidSentence, indentedLines, formFeeds, notSigns, shortSentenceEnds, pageHeader, edgeHeader, wrappedLines, folioAtEdge, paragraphPerLine };
  const print =
    !paragraphPerLine &&
    (formFeeds >= 1 ||
    // One page read by OCR has no form feed: its running header on top, and its lines wrapped
    // at the column's measure, say it was printed.
    // The header may stand on a later line of the top (under a stray mark, or after a headline
    // OCR read first) or at the foot, where a page sets its folio and the paper's name.
    (edgeHeader && wrappedLines >= WRAPPED_LINES) ||
    // A block cut in mid-sentence, the next carrying the sentence on in small letters (a column
    // or page break, or OCR reading a wide line gap as a blank line), in lines wrapped at a
    // measure: well-formed plain text never leaves a sentence for another block.
    (blocksEndingMidSentence >= 1 && wrappedLines >= WRAPPED_LINES) ||
    // A page's number alone on the text's first or last line, over lines wrapped at a measure.
    (folioAtEdge && wrappedLines >= WRAPPED_LINES) ||
    notSigns >= 1 ||
    shortSentenceEnds >= 2 ||
    lineEndHyphens >= 2 ||
    blocksEndingMidSentence >= 2 ||
    (indentedLines >= 1 && (lineEndHyphens >= 1 || blocksEndingMidSentence >= 1)));
  return { layout: print ? 'print' : 'plain', evidence };
}

/**
 * The layout alone, as `detectLayout(text).layout` gives it: a form feed makes a text printed
 * pages whatever else it shows, so a text holding one is not scanned line by line for the rest
 * of the evidence (extracted pages nearly always hold one).
 */
export function detectLayoutKind(text: string): LayoutKind {
  if (text.includes('\f')) return 'print';
  if (text === lastRead?.text) return lastRead.detected.layout;
  const detected = readLayout(text, true);
  if (detected === undefined) return 'print';
  lastRead = { text, detected };
  return detected.layout;
}

/**
 * Counts read so far that make a text printed whatever its other lines show: each is one of the
 * print tests of `readLayout` on its own, and each rules out a paragraph on a line of its own (no
 * line-end hyphen, `¬` or blank line there), the one test against print. Most articles in the
 * print layout show two line-end hyphens in their first lines, and are read no further.
 */
function printCertain(lineEndHyphens: number, notSigns: number, blocksEndingMidSentence: number): boolean {
  return lineEndHyphens >= 2 || notSigns >= 1 || blocksEndingMidSentence >= 2;
}

/**
 * A running header as the page furniture reads one, a line at the text's top or foot: one that
 * names the paper or the section beside the date, or a printout's page count, or a head printed
 * in cells (the name, a section, the full date, with the rules OCR reads between them: `—`, `-`
 * for a middle dot). A date alone (with its folio maybe) is not taken there: a plain article sets
 * its date under its title.
 */
function isEdgeHeader(line: string): boolean {
  return (isPageHeaderLine(line) && !isDateMaybeFolio(line)) || isCelledPageHead(line);
}

/**
 * A page's number alone on the text's first or last line: clean, or garbled as OCR reads a
 * folio's decoration (the page furniture's test, which it too takes only at a page's edge).
 */
function isEdgeFolio(line: string): boolean {
  return isFolio(line) || isGarbledFolio(line);
}

/** How many of `candidates` fall under 80% of the 90th percentile of `lengths`. */
function countShort(candidates: readonly number[], lengths: readonly number[]): number {
  if (candidates.length === 0) return 0;
  const limit = lengthPercentile(lengths, 0.9) * 0.8;
  let count = 0;
  for (const length of candidates) if (length < limit) count += 1;
  return count;
}

function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return /\p{L}/u.test(text[index] ?? '');
}

function isLowerCase(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 97 && code <= 122;
  return /\p{Ll}/u.test(text[index] ?? '');
}

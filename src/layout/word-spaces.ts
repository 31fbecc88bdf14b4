/**
 * Word spaces an extraction wrote as some other white space, put back as ordinary spaces before
 * any layout reads the text (every rule reads words, sentence ends and line lengths by spaces):
 *
 * - **Tabs between words.** pdfminer's `pdf2txt` parts the words of a justified line with tabs
 *   (wkhtmltopdf's pages); a tab inside a line, between two printed characters, is a word space
 *   to a reader. Tabs opening a line are left: they are its indent, which the layout reads.
 * - **No-break spaces between every two words.** Some PDFs map their font's space glyph to
 *   U+00A0 NO-BREAK SPACE (PyMuPDF's Story pages, read by `pdf2txt`, print every space so): the
 *   text then holds no ordinary space at all, and the layout sees one long word a line. French
 *   copy has no-break spaces only where typography asks for one (before `;:!?»`, after `«`,
 *   inside `4 500`, before `%` or `€`), never between two words of a sentence as a rule: a text
 *   whose no-break spaces between two letters outnumber all its ordinary spaces was written so
 *   by its extraction, and each of its no-break spaces goes back to an ordinary space but those
 *   French typography puts there.
 *
 * - **A justified line's stretched word spaces.** pdfminer's `pdf2txt` (and, less often, MuPDF)
 *   write each word space a justified line stretched as a run of two or three spaces
 *   (`Le   refuge   tient   sur   une   arête   de`). The column reader takes runs of two spaces
 *   or more lining up down a page for gutters (`pdftotext -layout`'s side-by-side columns) and
 *   cut such lines into pieces read out of order. A gutter is one wide run among a line's single
 *   word spaces; a line of at least two word gaps, none wider than `STRETCHED_GAP_WIDEST`, more
 *   than half of them runs of two spaces or more, is one column's justified line: each run goes
 *   back to one space (its indent and line end kept). No `-layout` line of the corpus reads so.
 *   A printer that justifies by whole spaces in a monospaced face (Vim's `justify`, read by
 *   `mutool`, pdfminer, PyMuPDF, pypdf, PDFBox) pads every line but a paragraph's last to one
 *   length, a nearly full line getting one or two extra spaces only: where at least
 *   `STRETCHED_LINES_FEWEST` lines read as stretched, most of them of one length as written, a
 *   line of that very length whose runs are no wider is stretched too.
 * - **A space glyph the PDF names no character for.** A font subset may map the narrow no-break
 *   space its typesetter set to no character (pdfmake's and PDF::API2's pages): MuPDF's `mutool`
 *   and PyMuPDF write U+FFFD REPLACEMENT CHARACTER for it, pdfminer a NUL (read as U+FFFD by
 *   ingest). Where it stands where French typography sets a no-break space (before `;:!?»%€`,
 *   after `«`, between a number's groups of figures: `380�000`, `froid�?`), it is that space, put
 *   back as U+202F NARROW NO-BREAK SPACE; elsewhere it is left, an unknown character.
 *
 * Each as a recorded repair per line. It runs on the decoded text before any layout, for every
 * text path, as the other text-wide repairs do (`typed-apostrophes.ts`); a text holding no tab
 * and no U+00A0 costs two `includes`.
 */
import type { FrenchLexicon } from './french-lexicon.ts';
import { closeLetterSpacedWords } from './letter-spaced-words.ts';
import type { Repair, Warning } from '../types.ts';
import { isLetterCodePoint, isWhitespace } from '../text/letters.ts';

/** Fewest no-break spaces between letters before the text is read as written so (a headline's worth). @default 8 */
export const NO_BREAK_WORD_SPACES = 8;

export interface WordSpaces {
  text: string;
  repairs: Repair[];
  /** Doubts met closing letter-spaced lines (see `letter-spaced-words.ts`). */
  warnings?: Warning[];
}

const NO_BREAK = '\u00A0';

function isLetterAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  // A lone surrogate (a letter beyond the Basic Multilingual Plane) counts as no letter here.
  return !Number.isNaN(code) && !(code >= 0xd800 && code <= 0xdfff) && isLetterCodePoint(code);
}
/** Widest run of spaces read as a justified line's stretched word space (`-layout` sets wider ones in its justified lines). @default 3 */
export const STRETCHED_GAP_WIDEST = 3;
const WIDER_THAN_STRETCHED = ' '.repeat(STRETCHED_GAP_WIDEST + 1);

/** After a no-break space: the marks French typography sets one before. */
const SPACED_BEFORE = new Set([';', ':', '!', '?', '»', '›', '%', '‰', '€', '$', '£']);

/** Whether the no-break space at `at` is one French typography sets: before `;:!?»%€`, after `«`, between a number's groups of figures. */
function isTypographic(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  const after = text[at + 1] ?? '';
  if (SPACED_BEFORE.has(after) || before === '«' || before === '‹') return true;
  return before >= '0' && before <= '9' && after >= '0' && after <= '9';
}

const UNKNOWN = '\uFFFD';

/** Word spaces written as tabs or no-break spaces back to ordinary ones (see the module's comment). */
export function plainWordSpaces(text: string, lexicon?: FrenchLexicon): WordSpaces {
  // Letters a letter-spaced line set apart closed first, while its wider word gaps still tell its words.
  const tracked = closeLetterSpacedWords(text, lexicon);
  if (tracked.repairs.length === 0) return otherWordSpaces(text);
  const rest = otherWordSpaces(tracked.text);
  return { text: rest.text, repairs: [...tracked.repairs, ...rest.repairs], ...(tracked.warnings.length > 0 ? { warnings: tracked.warnings } : {}) };
}

/** The word spaces written as other white space (tabs, stretched runs, no-break spaces, unnamed glyphs), plain. */
function otherWordSpaces(text: string): WordSpaces {
  const known = text.includes(UNKNOWN) ? namedSpaces(text) : { text, repairs: [] };
  const tabbed = known.text.includes('\t') ? plainTabs(known.text) : { text: known.text, repairs: [] };
  const tabs = holdsSpacesInsideLine(tabbed.text) ? stretchedGaps(tabbed.text) : { text: tabbed.text, repairs: [] };
  tabs.repairs.unshift(...known.repairs, ...tabbed.repairs);
  if (!tabs.text.includes(NO_BREAK)) return tabs;
  const noBreak = plainNoBreakSpaces(tabs.text);
  return noBreak.repairs.length === 0 ? tabs : { text: noBreak.text, repairs: [...tabs.repairs, ...noBreak.repairs] };
}

/**
 * Whether a line holds two spaces in a row between two printed characters (its trimmed text
 * holds them), the only place `stretchedGaps` reads a stretched word space: the print layout's
 * paragraph ends (trailing spaces) and indents are runs of spaces at a line's edge, so a text
 * whose every such run stands there is not split into lines and read gap by gap.
 */
export function holdsSpacesInsideLine(text: string): boolean {
  for (let at = text.indexOf('  '); at !== -1; at = text.indexOf('  ', at + 1)) {
    let after = at + 2;
    while (after < text.length && text.charCodeAt(after) !== 10 && isWhitespace(text.charCodeAt(after))) after += 1;
    if (after === text.length || text.charCodeAt(after) === 10) {
      at = after;
      continue;
    }
    let before = at - 1;
    while (before >= 0 && text.charCodeAt(before) !== 10 && isWhitespace(text.charCodeAt(before))) before -= 1;
    if (before >= 0 && text.charCodeAt(before) !== 10) return true;
  }
  return false;
}

/** A justified line's stretched word spaces, each run back to one space (see the module's comment). */
function stretchedGaps(text: string): WordSpaces {
  const repairs: Repair[] = [];
  const lines = text.split('\n');
  // Lines of runs of two or three spaces at most, left for the second reading (their gaps not
  // mostly stretched), and how long the lines mostly stretched were as written: the measure.
  const undecided: number[] = [];
  const measures = new Map<number, number>();
  const plain = lines.map((line, index) => {
    if (!line.includes('  ')) return line;
    const start = line.length - line.trimStart().length;
    const end = line.trimEnd().length;
    const body = line.slice(start, end);
    // A run wider than a stretched space (a -layout gutter) settles it before any gap is read.
    if (body.includes(WIDER_THAN_STRETCHED)) return line;
    const gaps = body.match(/ +/g);
    if (gaps === null) return line;
    let stretched = 0;
    for (const gap of gaps) {
      if (gap.length > STRETCHED_GAP_WIDEST) return line;
      if (gap.length >= 2) stretched += 1;
    }
    if (gaps.length < 2 || stretched * 2 <= gaps.length) {
      undecided.push(index);
      return line;
    }
    measures.set(end, (measures.get(end) ?? 0) + 1);
    const out = line.slice(0, start) + body.replace(/ {2,}/g, ' ') + line.slice(end);
    repairs.push({
      kind: 'space-normalized',
      line: index + 1,
      before: body.slice(0, 24),
      after: out.slice(start, start + 24),
      reason: 'stretched-word-spaces',
      evidence: `${stretched} of the line's ${gaps.length} word spaces are runs of 2 to ${STRETCHED_GAP_WIDEST} spaces, none wider: a justified line's stretched spaces, not a gutter between columns`,
    });
    return out;
  });
  if (repairs.length === 0) return { text, repairs };
  // A printer that justifies by whole spaces (Vim's `justify`, a monospaced face) pads every
  // line of a paragraph but its last to one length, giving the extra spaces to a few gaps when
  // the line was nearly full: such a line, of the very length most of the stretched lines were
  // written to, in a text justified so on `STRETCHED_LINES_FEWEST` lines or more, is stretched
  // too, however few of its gaps are (a gutter's run stands at one place down a page, on lines
  // of any length).
  let measure = 0;
  let most = 0;
  for (const [length, count] of measures) {
    if (count > most) [measure, most] = [length, count];
  }
  if (most >= STRETCHED_LINES_FEWEST && most * 2 > repairs.length) {
    for (const index of undecided) {
      const line = plain[index] as string;
      const start = line.length - line.trimStart().length;
      const end = line.trimEnd().length;
      if (end !== measure) continue;
      const body = line.slice(start, end);
      plain[index] = line.slice(0, start) + body.replace(/ {2,}/g, ' ') + line.slice(end);
      repairs.push({
        kind: 'space-normalized',
        line: index + 1,
        before: body.slice(0, 24),
        after: (plain[index] as string).slice(start, start + 24),
        reason: 'stretched-word-spaces',
        evidence: `the line runs to ${measure} characters, the length ${most} lines justified with stretched spaces were padded to, its runs of spaces no wider than ${STRETCHED_GAP_WIDEST}: a justified line given a few extra spaces, not a gutter between columns`,
      });
    }
    repairs.sort((a, b) => a.line - b.line);
  }
  return { text: plain.join('\n'), repairs };
}

/** Fewest lines justified with stretched spaces, all of one length, before a line of that length with fewer stretched gaps is read as one too. @default 3 */
export const STRETCHED_LINES_FEWEST = 3;

/** Unknown characters where French typography sets a no-break space, made that space (see the module's comment). */
function namedSpaces(text: string): WordSpaces {
  const repairs: Repair[] = [];
  const lines = text.split('\n');
  const named = lines.map((line, index) => {
    if (!line.includes(UNKNOWN)) return line;
    let out = line;
    for (let at = line.indexOf(UNKNOWN); at !== -1; at = line.indexOf(UNKNOWN, at + 1)) {
      if (!isTypographic(line, at)) continue;
      out = out.slice(0, at) + '\u202F' + out.slice(at + 1);
    }
    if (out === line) return line;
    const at = line.indexOf(UNKNOWN);
    repairs.push({
      kind: 'space-normalized',
      line: index + 1,
      before: excerpt(line, at),
      after: excerpt(out, at),
      reason: 'unnamed-no-break-space',
      evidence: 'a character the PDF names no character for (U+FFFD), where French typography sets a no-break space: before ;:!?»%€, after «, between groups of figures',
    });
    return out;
  });
  return repairs.length === 0 ? { text, repairs } : { text: named.join('\n'), repairs };
}

/** Whether the character at `at` is printed (not white space, not a line end). */
function isPrintedAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code > 32 && !isWhitespace(code);
}

/** Runs of tabs between two printed characters of a line, each made one space. */
function plainTabs(text: string): WordSpaces {
  const repairs: Repair[] = [];
  const lines = text.split('\n');
  const plain = lines.map((line, index) => {
    if (!line.includes('\t')) return line;
    let out = '';
    let from = 0;
    let first = -1;
    for (let at = line.indexOf('\t'); at !== -1; at = line.indexOf('\t', at + 1)) {
      // The run of tabs and spaces around this tab, between two printed characters.
      let start = at;
      while (start > 0 && (line[start - 1] === ' ' || line[start - 1] === '\t')) start -= 1;
      let end = at + 1;
      while (end < line.length && (line[end] === ' ' || line[end] === '\t')) end += 1;
      if (start === 0 || start < from || !isPrintedAt(line, start - 1) || !isPrintedAt(line, end)) {
        at = end - 1;
        continue;
      }
      if (first === -1) first = out.length + (start - from);
      out += line.slice(from, start) + ' ';
      from = end;
      at = end - 1;
    }
    if (first === -1) return line;
    out += line.slice(from);
    repairs.push({ kind: 'space-normalized', line: index + 1, before: excerpt(line, line.indexOf('\t')), after: excerpt(out, first), reason: 'tab-between-words', evidence: 'a tab inside a line, between two words: a word space to a reader' });
    return out;
  });
  return repairs.length === 0 ? { text, repairs } : { text: plain.join('\n'), repairs };
}

function excerpt(line: string, at: number): string {
  return line.slice(Math.max(0, at - 12), at + 12);
}

/** No-break spaces back to ordinary ones in a text whose extraction wrote every word space so (see the module's comment). */
function plainNoBreakSpaces(text: string): WordSpaces {
  if (!text.includes(NO_BREAK)) return { text, repairs: [] };
  let betweenLetters = 0;
  for (let at = text.indexOf(NO_BREAK); at !== -1; at = text.indexOf(NO_BREAK, at + 1)) {
    if (at > 0 && isLetterAt(text, at - 1) && isLetterAt(text, at + 1)) betweenLetters += 1;
  }
  if (betweenLetters < NO_BREAK_WORD_SPACES) return { text, repairs: [] };
  let ordinary = 0;
  for (let at = text.indexOf(' '); at !== -1 && ordinary <= betweenLetters; at = text.indexOf(' ', at + 1)) ordinary += 1;
  if (ordinary >= betweenLetters) return { text, repairs: [] };
  const evidence = `${betweenLetters} no-break spaces between two letters against ${ordinary} ordinary spaces in the whole text: the extraction wrote the font's word space as U+00A0`;
  const repairs: Repair[] = [];
  const lines = text.split('\n');
  const plain = lines.map((line, index) => {
    if (!line.includes(NO_BREAK)) return line;
    let changed = -1;
    let out = '';
    let from = 0;
    for (let at = line.indexOf(NO_BREAK); at !== -1; at = line.indexOf(NO_BREAK, at + 1)) {
      if (isTypographic(line, at)) continue;
      if (changed === -1) changed = at;
      out += line.slice(from, at) + ' ';
      from = at + 1;
    }
    if (changed === -1) return line;
    out += line.slice(from);
    const start = Math.max(0, changed - 12);
    repairs.push({
      kind: 'space-normalized',
      line: index + 1,
      before: line.slice(start, changed + 12),
      after: out.slice(start, changed + 12),
      reason: 'no-break-word-spaces',
      evidence,
    });
    return out;
  });
  return { text: plain.join('\n'), repairs };
}

/**
 * Conventions of OCR output made plain text, each change recorded as a repair:
 * - lines OCR read off a picture, strings of letters and figures with no French word in them
 *   (ocr-garbled-lines: `rs pébecpe qee A9II66e`), taken out;
 * - a bar standing as a word at a line's edge, a rule or the page's edge read as `|`
 *   (ocr-edge-bars);
 * - apostrophes read twice or followed by a space after an elision (ocr-apostrophes: `l’'Adour`,
 *   `l’ Aveyron`), and a dash read as a hyphen and a dash (ocr-doubled-dashes: `LIBOURNE -— Il`);
 * - guillemets read as other signs (ocr-guillemets: `& Il faut`, `«& Nous`, `ordinaires >,`);
 * - shapes OCR confuses where its letters make no word (ocr-letter-misreads: `ler` for `1er`,
 *   `I]` for `Il`) and misreads the grammar shows (ocr-misreads: the verb `a` read as `à`;
 *   ocr-conjunction-mais: the conjunction `mais` read `maïs`; ocr-euphonic-t: `at-il` for
 *   `a-t-il`), and a unit's raised power read
 *   as a figure (ocr-unit-powers: `m2` for `m²`), the seconds' unit after minutes read as a
 *   `5` (ocr-seconds: `33 min 125.` for `33 min 12 s.`);
 * - `¬` ending a line is the old printers' line-end hyphen: it becomes `-`, and the hyphen
 *   decision that follows treats it like any other;
 * - typographic ligatures (`ﬁ`, `ﬂ`, `ﬀ`, `ﬃ`, `ﬄ`, `ﬅ`, `ﬆ`) become their letters;
 * - apostrophes: when the article mixes `'` and `’` (only between letters or after an elided
 *   word are they counted or changed, never a quote mark; the paper's name in a page's head is
 *   not counted, its template may set another form than the article), a page printed one form and OCR
 *   misread some. Which one it printed, from the evidence:
 *   - an OCR engine reading the page (Tesseract) turns a printed `’` into `'` often (its tail
 *     lost: up to half of them on a poor scan) and a printed `'` into `’` never (none in the
 *     corpus's real OCR of straight-apostrophe pages), so a text with at least
 *     `CURLY_EVIDENCE` curly ones was printed with `’`, whatever the count of straight ones;
 *   - a text that shows a library's OCR conventions (`¬` at line ends, ligature glyphs) is
 *     not known to misread one way only: there the form the article uses most wins, and when
 *     it is not at least twice the other, the count is weak evidence of the printed form and a
 *     warning says so: every apostrophe may have been turned into the misread form. Its
 *     quotation marks weigh too: a page that quotes with typographic marks (`«` and `»`, `“`
 *     and `”`) was set by software that curls quotes, and that curls the apostrophe with them
 *     (a word processor's autocorrect, a typesetter's smart quotes), so there `’` wins unless
 *     the straight ones outnumber it by `TYPOGRAPHIC_QUOTES_WEIGHT` apostrophes or more. Each
 *     apostrophe read one way or the other is one more piece of the same evidence, so the
 *     quotes' weight is a count of apostrophes, not a ratio;
 *   - a copy typed on a keyboard's ASCII (straight double quotes, no typographic quotation) has
 *     the typewriter's apostrophe, whatever the font printed: typed-apostrophes.ts turned its
 *     `’` back to `'` before any layout, and its apostrophes are not weighed again here.
 */
import type { Repair, Warning } from '../types.ts';
import type { FrenchLexicon } from './french-lexicon.ts';
import { mendOcrApostrophes } from './ocr-apostrophes.ts';
import { readDoubledDashes } from './ocr-doubled-dashes.ts';
import { readMisreadGuillemets } from './ocr-guillemets.ts';
import { readOffEdgeBars } from './ocr-edge-bars.ts';
import { correctLetterMisreads } from './ocr-letter-misreads.ts';
import { removeGarbledLines } from './ocr-garbled-lines.ts';
import { correctConjunctionReadAsNoun } from './ocr-conjunction-mais.ts';
import { readEuphonicT } from './ocr-euphonic-t.ts';
import { correctVerbReadAsPreposition } from './ocr-misreads.ts';
import { readUnitPowers } from './ocr-unit-powers.ts';
import { readSecondsUnit } from './ocr-seconds.ts';
import { readZerosOfDigitGroups } from './ocr-zero-groups.ts';
import type { PageLine } from './page-line.ts';
import { isPaperNameLine, readRunningHeader } from './running-header.ts';
import { isTypedInAscii } from './typed-apostrophes.ts';

export interface OcrNormalized {
  lines: PageLine[];
  repairs: Repair[];
  /** Present only when there is a doubt to report. */
  warnings?: Warning[];
}

/** The majority form must outnumber the minority this many times to be taken as the printed one without a doubt. @default 2 */
const DECISIVE_MAJORITY = 2;
/**
 * Fewest curly apostrophes that show a page printed `’` when OCR (no library conventions) mixed
 * in straight ones. One is enough: a speck beside a printed `'` does not make Tesseract read a
 * `’` (none in its reading of the corpus's twenty straight-apostrophe pages, clean or scanned),
 * while a poor scan of a `’` page may keep a single curly one among thirty straight. @default 1
 */
export const CURLY_EVIDENCE = 1;
/**
 * How many apostrophes a page's typographic quotation marks are worth, for `’`, where OCR mixed
 * the two forms both ways: straight ones must outnumber curly ones by more than this for `'`
 * to win (see the module's comment). @default 2
 */
export const TYPOGRAPHIC_QUOTES_WEIGHT = 2;
/** Typographic quotation marks, opening and closing: a pair of them shows software that curls quotes. */
const TYPOGRAPHIC_QUOTE = /[«»“”„]/u;

/** The typographic ligatures OCR and some PDFs give, and the letters each stands for. */
export const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};
const LIGATURE = /[\uFB00-\uFB06]/gu;
const NOT_SIGN_AT_END = /\u00AC\s*$/u;
/** An apostrophe inside a word or after an elided one: `l'usine`, `aujourd’hui`. */
const APOSTROPHE = /(?<=\p{L})['’](?=\p{L})/gu;
/** Cheap first test: anything this module may change. */
const ANYTHING_TO_DO = /[\u00AC\uFB00-\uFB06'\u2019]/;
/** The same when the apostrophes need nothing. */
const OCR_MARKS = /[\u00AC\uFB00-\uFB06]/;

/** `lexicon` lets the misreads the grammar shows be corrected too (ocr-misreads.ts); without it, only the participles it lists. */
export function normalizeOcr(input: readonly PageLine[], lexicon?: FrenchLexicon): OcrNormalized {
  const garbled = removeGarbledLines(input, lexicon);
  const bars = readOffEdgeBars(garbled.lines);
  const apostrophes = mendOcrApostrophes(bars.lines);
  const dashes = readDoubledDashes(apostrophes.lines);
  const guillemets = readMisreadGuillemets(dashes.lines);
  const letters = correctLetterMisreads(guillemets.lines, lexicon);
  const misreads = correctVerbReadAsPreposition(letters.lines, lexicon);
  const conjunctions = correctConjunctionReadAsNoun(misreads.lines);
  const euphonic = readEuphonicT(conjunctions.lines, lexicon);
  const powers = readUnitPowers(euphonic.lines);
  const seconds = readSecondsUnit(powers.lines);
  const zeros = readZerosOfDigitGroups(seconds.lines);
  const lines = zeros.lines;
  const repairs: Repair[] = [...garbled.repairs, ...bars.repairs, ...apostrophes.repairs, ...dashes.repairs, ...guillemets.repairs, ...letters.repairs, ...misreads.repairs, ...conjunctions.repairs, ...euphonic.repairs, ...powers.repairs, ...seconds.repairs, ...zeros.repairs];
  let straight = 0;
  let curly = 0;
  let libraryConventions = false;
  // Opening and closing typographic marks: a pair of them is a quotation, a lone one a speck OCR read as one.
  let opening = 0;
  let closing = 0;
  for (const line of lines) {
    if (!libraryConventions && OCR_MARKS.test(line.content)) libraryConventions = true;
    if (TYPOGRAPHIC_QUOTE.test(line.content)) {
      // Read on the character codes: a string iterator makes a string of every character.
      for (let index = 0; index < line.content.length; index += 1) {
        const code = line.content.charCodeAt(index);
        if (code === 0xab || code === 0x201c || code === 0x201e) opening += 1;
        else if (code === 0xbb || code === 0x201d) closing += 1;
      }
    }
    straight += countApostrophes(line.content, "'");
    curly += countApostrophes(line.content, '’');
  }
  const typographicQuotes = Math.min(opening, closing) > 0;
  // The paper's name in a page's head (`La Gazette de l’Est`) is set by the paper's template,
  // not with the article's text: its apostrophe says nothing of the article's. Its lines are
  // told (a costlier test) only where both forms are in the text: anywhere else no apostrophe
  // changes, whichever lines count.
  if (straight > 0 && curly > 0) {
    for (const line of lines) {
      const lineStraight = countApostrophes(line.content, "'");
      const lineCurly = countApostrophes(line.content, '’');
      if (lineStraight + lineCurly === 0 || !isPageHead(line.content)) continue;
      straight -= lineStraight;
      curly -= lineCurly;
    }
  }
  // A copy typed in ASCII had its apostrophes made the typewriter's already (typed-apostrophes.ts,
  // run on the text before any layout): they are not weighed again.
  const mixed = straight > 0 && curly > 0 && !isTypedInAscii(lines.map((line) => line.content).join('\n'));
  // An OCR engine misreads a printed ’ as ' and not the other way: curly ones show the print.
  const oneWay = mixed && !libraryConventions && curly >= CURLY_EVIDENCE;
  // Typographic quotes lean to the curly apostrophe their software sets with them.
  const leaning = typographicQuotes ? TYPOGRAPHIC_QUOTES_WEIGHT : 0;
  const majority = oneWay || curly + leaning >= straight ? '’' : "'";
  // The form chosen against the count, as the quotes lean: a doubt whatever the margin.
  const againstCount = majority === '’' && curly < straight && !oneWay;
  const minority = majority === '’' ? "'" : '’';
  const apostropheEvidence = oneWay
      ? `the text writes ${curly} apostrophes as "’": OCR reads a printed "’" as "'" (${straight} here) but never a printed "'" as "’"`
      : againstCount
        ? `the article quotes with typographic marks, which the software that sets them sets with the apostrophe "’", and writes ${curly} apostrophes as "’" against ${straight} as "'", not enough to outweigh them`
        : `the article writes ${Math.max(straight, curly)} apostrophes as "${majority}" and ${Math.min(straight, curly)} as "${minority}"`;

  // No line holds an OCR mark and the apostrophes agree (most texts): nothing to change.
  if (!mixed && !libraryConventions) return { lines, repairs };
  const anythingToDo = mixed ? ANYTHING_TO_DO : OCR_MARKS;
  const result = lines.map((line): PageLine => {
    if (!anythingToDo.test(line.content)) return line;
    let content = line.content;
    if (NOT_SIGN_AT_END.test(content)) {
      const before = content.slice(Math.max(0, content.length - 12));
      content = content.replace(NOT_SIGN_AT_END, '-');
      repairs.push({
        kind: 'ocr-hyphen-replaced',
        line: line.number,
        before,
        after: content.slice(Math.max(0, content.length - 12)),
        reason: 'not-sign-at-line-end',
        evidence: 'OCR reads the line-end hyphen of old print as "¬"',
      });
    }
    if (LIGATURE.test(content)) {
      LIGATURE.lastIndex = 0;
      const before = content;
      content = content.replace(LIGATURE, (ligature) => LIGATURES[ligature] ?? ligature);
      repairs.push({ kind: 'ligature-expanded', line: line.number, before: changedWords(before, content), after: changedWords(content, before), reason: 'typographic-ligature', evidence: 'a ligature glyph stands for its letters' });
    }
    LIGATURE.lastIndex = 0;
    if (mixed && content.includes(minority)) {
      let changed = 0;
      content = content.replace(APOSTROPHE, (apostrophe) => {
        if (apostrophe !== minority) return apostrophe;
        changed += 1;
        return majority;
      });
      if (changed > 0) {
        repairs.push({
          kind: 'apostrophe-normalized',
          line: line.number,
          before: minority,
          after: majority,
          reason: oneWay ? 'ocr-misreads-curly-as-straight' : againstCount ? 'typographic-quotes' : 'article-majority',
          evidence: apostropheEvidence,
        });
      }
    }
    return content === line.content ? line : { ...line, content };
  });
  if (!mixed || oneWay || (!againstCount && Math.max(straight, curly) >= Math.min(straight, curly) * DECISIVE_MAJORITY)) return { lines: result, repairs };
  const first = repairs.find((repair) => repair.kind === 'apostrophe-normalized');
  return {
    lines: result,
    repairs,
    warnings: [
      {
        rule: 'layout/apostrophes-mixed',
        message: `The text writes ${straight} apostrophes as "'" and ${curly} as "’"; all were made "${majority}", ${againstCount ? 'as its typographic quotation marks lean' : 'the more frequent'}, but the margin is too narrow to be sure which one the page printed.`,
        line: first?.line ?? lines[0]?.number ?? 1,
      },
    ],
  };
}

/** A running header, or a paper's name alone on its line, as a page's head sets them. */
function isPageHead(text: string): boolean {
  // `pdftotext -layout` sets the head's pieces apart by runs of spaces.
  const spaced = text.trim().replace(/\s{2,}/gu, ' ');
  return readRunningHeader(spaced) !== undefined || isPaperNameLine(spaced);
}

/** How many times `apostrophe` stands between two letters in `text`; a scan, not a regex, since it runs on every line. */
function countApostrophes(text: string, apostrophe: string): number {
  let count = 0;
  for (let at = text.indexOf(apostrophe); at !== -1; at = text.indexOf(apostrophe, at + 1)) {
    if (isLetterCode(text.charCodeAt(at - 1)) && isLetterCode(text.charCodeAt(at + 1))) count += 1;
  }
  return count;
}

function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  return code === code && /\p{L}/u.test(String.fromCharCode(code));
}

/** The words of `text` that differ from `other` (for a repair's before and after). */
function changedWords(text: string, other: string): string {
  const words = text.split(' ');
  const otherWords = other.split(' ');
  return words.filter((word, index) => word !== otherWords[index]).join(' ');
}

/**
 * Figures OCR glued to the words around them. French typography sets a space, often a narrow
 * no-break one, between a number and the unit or noun after it (`14 km`, `34 ans`, `8 h 45`,
 * `10 euros`) and between a word and the number after it (`de 9 h à 17 h`); OCR loses the narrow
 * spaces of a line now and then and reads the line as one token (`14km`, `34ans`, `8hà8h45`,
 * `de9hà17h`, `5,82mà4h`). normalize-spacing.ts spaces an hour alone (`23h`); this spaces what
 * is left, in a token made of figures and letters only, where every run of letters is:
 * - after a figure, a unit symbol (`km`, `h`, `kg`: `UNIT_SYMBOLS`) or a word the lexicon knows
 *   of two letters or more, not an ordinal's ending (`1er`, `2e`, `3ème`, `2nd`: those are
 *   written attached), or a unit symbol and the word joining a range glued (`hà`, `het`:
 *   `h` + `à`);
 * - before the first figure, a word the lexicon knows of two letters or more (or `à`), in lower
 *   case or with an accented letter (`de`, `à`, `À`), and no unit symbol (`km2` is a unit, not
 *   `km` and `2`): a code in capitals (`A320`, `CO2`, `B52`) is left alone; and then only where
 *   the figure has its unit glued too (`de9h`) or the word is `à`: a word and a figure alone
 *   (`no7`) may be a line's last word and the folio an extraction set after it.
 * An hour alone (`21h`, `5h30`) is left to normalize-spacing.ts, which spaces it on the
 * article's own evidence (a wire's printout writes `5h30`).
 * Only in an article that spaces its figures from the words after them at least as often as
 * the tokens found glued (evidence of the print's habit, and of OCR having lost the spaces),
 * each token spaced recorded as a repair.
 */
import type { Repair } from '../types.ts';
import type { FrenchLexicon } from './french-lexicon.ts';
import { isLetterCodePoint, letterRunStart } from '../text/letters.ts';

/**
 * Unit symbols set after a figure in French text (SI and the usual others: `h`, `min`, `ha`,
 * `€`-less written units). A general list of typography, not of any article.
 */
const UNIT_SYMBOLS: ReadonlySet<string> = new Set([
  'mm', 'cm', 'dm', 'm', 'km', 'mg', 'g', 'kg', 't', 'ml', 'cl', 'dl', 'l', 'hl', 'ha', 'h', 'min', 's', 'ms',
  'kw', 'kwh', 'mw', 'w', 'v', 'hz',
]);
/** The same, longest first: the unit a glued run starts with (`min` before `m`). */
const UNITS_LONGEST_FIRST = [...UNIT_SYMBOLS].sort((left, right) => right.length - left.length);
/** The words that join two quantities into a range (`de 8 h à 9 h`, `entre 5 h et 8 h`), which OCR glues to the unit before them (`hà`, `het`). */
const RANGE_WORDS: ReadonlySet<string> = new Set(['à', 'et', 'ou']);
/** An hour alone (`21h`, `5h30`): normalize-spacing.ts spaces it, on the article's own evidence. */
const HOUR_ALONE = /^\d{1,2}h(?:\d{2})?$/u;
/** The endings of an ordinal, written attached to its figure (`1er`, `2e`, `3ème`, `2nd`, `1res`). */
const ORDINAL_ENDINGS: ReadonlySet<string> = new Set(['e', 'er', 're', 'ère', 'ème', 'es', 'ers', 'res', 'ères', 'èmes', 'nd', 'nde', 'nds', 'ndes', 'd', 'de', 'me', 'è']);
/** Figures (a decimal comma or point between figures) or letters: the runs of a glued token. */
const RUN = /\d+(?:[.,]\d+)*|\p{L}+/gu;
/** A token of figures and letters only, with both, around its punctuation. */
const GLUED_TOKEN = /(?<=^|[\s(«"“—–])([\p{L}\d][\p{L}\d.,]*[\p{L}\d])(?=[.,;:!?»")”…]*(?:\s|$))/gu;
const HAS_FIGURE_AND_LETTER = /\d.*\p{L}|\p{L}.*\d/u;
/** A figure and a letter with only stops or commas between them: what `holdsGluePoint` reads. */
export const GLUE_POINT = /\d[.,]*\p{L}|\p{L}[.,]*\d/u;
const DIGIT = /\d/u;

/**
 * Whether `GLUE_POINT` matches the text, read around each figure on the character codes: the
 * pattern's second branch starts at every letter of the line (about 15 ms of CPU per 3 MB of
 * extracted pages, the step's whole cost, where this costs about 2).
 */
export function holdsGluePoint(text: string): boolean {
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) continue;
    let after = at + 1;
    while (isStopOrComma(text.charCodeAt(after))) after += 1;
    if (letterStartsAt(text, after)) return true;
    let before = at;
    while (before > 0 && isStopOrComma(text.charCodeAt(before - 1))) before -= 1;
    if (letterRunStart(text, before) < before) return true;
  }
  return false;
}

function isStopOrComma(code: number): boolean {
  return code === 46 || code === 44;
}

/** Whether a letter (`\p{L}`, a surrogate pair counting as one) starts at `at`. */
function letterStartsAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(at + 1);
    return low >= 0xdc00 && low <= 0xdfff && isLetterCodePoint(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
  }
  return !(code >= 0xdc00 && code <= 0xdfff) && isLetterCodePoint(code);
}
/** A figure, a space and a letter in lower case: the article spacing a figure from its word. */
const SPACED_FIGURE = /\d[ \u00A0\u202F]\p{Ll}/gu;

export interface GluedFiguresSpaced<Line> {
  lines: Line[];
  repairs: Repair[];
}

export function spaceGluedFigures<Line extends { content: string; number: number }>(lines: readonly Line[], lexicon: FrenchLexicon): GluedFiguresSpaced<Line> {
  const repairs: Repair[] = [];
  const candidates: Array<{ line: number; token: string; at: number; spaced: string }> = [];
  lines.forEach((line, index) => {
    if (!DIGIT.test(line.content)) return;
    // A token of figures and letters holds a figure and a letter with at most stops or commas
    // between them: a line with none has no such token, and its words need not be read one by one.
    if (!holdsGluePoint(line.content)) return;
    for (const match of line.content.matchAll(GLUED_TOKEN)) {
      const token = match[1] as string;
      if (!HAS_FIGURE_AND_LETTER.test(token) || HOUR_ALONE.test(token)) continue;
      const spaced = spaceToken(token, lexicon);
      if (spaced !== undefined) candidates.push({ line: index, token, at: match.index, spaced });
    }
  });
  if (candidates.length === 0) return { lines: [...lines], repairs };
  // How often the article spaces its figures, counted only once a glued token is found (most texts have none).
  let spacedFigures = 0;
  for (const line of lines) spacedFigures += line.content.match(SPACED_FIGURE)?.length ?? 0;
  if (spacedFigures < candidates.length) return { lines: [...lines], repairs };
  const result = [...lines];
  // From the end of each line, so that earlier offsets hold.
  for (const candidate of [...candidates].reverse()) {
    const line = result[candidate.line] as Line;
    const content = `${line.content.slice(0, candidate.at)}${candidate.spaced}${line.content.slice(candidate.at + candidate.token.length)}`;
    result[candidate.line] = { ...line, content };
    repairs.unshift({
      kind: 'space-inserted',
      line: line.number,
      before: candidate.token,
      after: candidate.spaced,
      reason: 'figures-glued-by-ocr',
      evidence: `French typography spaces a figure from the words around it, as the article does ${spacedFigures} times; OCR lost the narrow spaces`,
    });
  }
  return { lines: result, repairs };
}

/** The token with its runs spaced, or undefined when one of them is no word or unit (see the module's comment). */
export function spaceToken(token: string, lexicon: FrenchLexicon): string | undefined {
  const runs = token.match(RUN);
  if (runs === null || runs.join('') !== token) return undefined;
  const words: string[] = [];
  let seenFigure = false;
  let leadingWord: string | undefined;
  for (const run of runs) {
    if (/^\d/u.test(run)) {
      seenFigure = true;
      words.push(run);
      continue;
    }
    const lower = run.toLowerCase();
    if (!seenFigure) {
      const leading = (run === lower || /[^\p{ASCII}]/u.test(run)) && (run.length >= 2 || RANGE_WORDS.has(lower)) && !UNIT_SYMBOLS.has(lower) && lexicon.has(lower);
      if (!leading) return undefined;
      leadingWord = run;
      words.push(run);
      continue;
    }
    if (run !== lower) return undefined;
    if (ORDINAL_ENDINGS.has(run)) return undefined;
    const range = UNITS_LONGEST_FIRST.find((symbol) => run.startsWith(symbol) && RANGE_WORDS.has(run.slice(symbol.length)));
    if (range !== undefined) {
      words.push(range, run.slice(range.length));
      continue;
    }
    if (UNIT_SYMBOLS.has(run) || (run.length >= 2 && lexicon.has(run))) {
      words.push(run);
      continue;
    }
    return undefined;
  }
  // A word and a figure alone (`no7`) may be a line's last word and the folio an extraction set
  // after it: OCR's lost spaces show where the figure has its unit too (`de9h`), or after `à`.
  if (leadingWord !== undefined && !RANGE_WORDS.has(leadingWord.toLowerCase()) && runs.length === 2) return undefined;
  return words.length > 1 ? words.join(' ') : undefined;
}

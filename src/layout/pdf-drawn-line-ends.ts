/**
 * Line ends a PDF's drawing shows: whether the typesetter drew a space glyph after a line's last
 * word (`PdfTextPiece.spaceDrawnAfter`, read from the page's drawing, which pdf.js's text leaves
 * it out of at a line's end).
 *
 * Most typesetters draw nothing after a line's last word. Some fold their lines themselves and
 * draw each line's text up to where they broke it, the space they broke at included (Java's Swing
 * text, as pdfbox-graphics2d records it): in such a text every line that goes on in the next one
 * at a word's end ends on a space drawn, and a line that ends on none was broken where there is no
 * space at all, inside a word (`J.` + `-P. Abgrall`, `www.` + `marais-kervigen.org`, `1,8 M` +
 * `€`, a line-break rule allowing a break after a point, before a hyphen or a currency sign), or
 * ends its paragraph. So, once a text is seen to draw its line-end spaces (`drawsLineEndSpaces`),
 * a line ending on none in its paragraph is read as going on in the next with no space
 * (`runsOnUnspaced`), and one that also ends a sentence before a line opening one ends its
 * paragraph (`endsParagraphUnspaced`). Wherever the drawing was not read, or the text draws no
 * line-end spaces, nothing changes.
 */
import { DIALOGUE_DASH, endsSentence, startsLikeSentence } from './layout-block.ts';

/** What the rules read of a line. */
export interface DrawnEndLine {
  text: string;
  page: number;
  y: number;
  size: number;
  /** The column (or band) the line is in: two lines of one paragraph share it. */
  region: unknown;
  /** Whether a space glyph is drawn after the line's last word; unset where the drawing was not read. */
  spaceDrawnAfter?: boolean;
  bold?: boolean;
  italic?: boolean;
}

/** Lines going on in the next at a word's end, their end read, that show a text draws its line-end spaces. @default 5 */
export const LINE_END_SPACES = 5;
/** Share of those lines that must end on a space drawn. @default 0.9 */
export const LINE_END_SPACE_SHARE = 0.9;
/** Most distance between two baselines of one paragraph, in the larger line's size. @default 1.6 */
const NEXT_LINE = 1.6;

const LETTER_OR_COMMA_AT_END = /[\p{Ll},]$/u;
const LOWER_CASE_AT_START = /^\p{Ll}/u;

/** Of a text's lines that surely go on in the next at a word's end, how many end on a space drawn and how many were read: in the type that showed it most, and each type's. */
export interface LineEndSpaces {
  spaced: number;
  read: number;
  /** Per type (`typeKey`): a typesetter may draw the spaces in its body and not in its headline (pdfmake, LibreOffice Draw, react-pdf). */
  types: Map<string, { spaced: number; read: number }>;
}

/**
 * Whether a text draws a space after its lines' last words: among its lines that surely go on in
 * the next at a word's end (a line ending on a small letter or a comma, the next a leading below
 * it in the same column, in the same size, opening on a small letter), those whose end was read,
 * counted per type: in one type at least, `LINE_END_SPACE_SHARE` of them end on a space drawn, and
 * at least `LINE_END_SPACES` do. Returns the counts, that type's (the one with most) and each
 * type's, when it does.
 */
export function drawsLineEndSpaces(lines: readonly DrawnEndLine[]): LineEndSpaces | undefined {
  const types = new Map<string, { spaced: number; read: number }>();
  for (let index = 1; index < lines.length; index += 1) {
    const previous = lines[index - 1] as DrawnEndLine;
    const next = lines[index] as DrawnEndLine;
    if (previous.spaceDrawnAfter === undefined || !followsInParagraph(previous, next)) continue;
    if (!LETTER_OR_COMMA_AT_END.test(previous.text) || !LOWER_CASE_AT_START.test(next.text)) continue;
    const key = typeKey(previous);
    const type = types.get(key) ?? { spaced: 0, read: 0 };
    types.set(key, type);
    type.read += 1;
    if (previous.spaceDrawnAfter) type.spaced += 1;
  }
  // Shown by one type at least (its body's, most often): a headline or a standfirst a typesetter
  // draws apart may end its lines on none, or on one only where it leaves them ragged (LibreOffice
  // Writer), which a few lines of several types would add up to.
  let shown: { spaced: number; read: number } | undefined;
  for (const type of types.values()) if (drawsThem(type) && type.spaced >= LINE_END_SPACES && type.spaced > (shown?.spaced ?? 0)) shown = type;
  return shown === undefined ? undefined : { spaced: shown.spaced, read: shown.read, types };
}

function drawsThem(type: { spaced: number; read: number }): boolean {
  return type.read > 0 && type.spaced >= LINE_END_SPACE_SHARE * type.read;
}

/** A line's type, as `drawsLineEndSpaces` counts by. */
function typeKey(line: DrawnEndLine): string {
  return `${line.size}|${line.bold === true}|${line.italic === true}`;
}

/**
 * Whether the text draws its line-end spaces in `line`'s type too: of that type's lines surely
 * going on at a word's end, one at least was read, and `LINE_END_SPACE_SHARE` of them end on a
 * space drawn (a headline a typesetter draws apart may end every line on none).
 */
export function typeDrawsLineEndSpaces(evidence: LineEndSpaces, line: DrawnEndLine): boolean {
  const type = evidence.types.get(typeKey(line));
  return type !== undefined && drawsThem(type);
}

/** Whether `next` is the line right under `previous` in its column, in the same size. */
function followsInParagraph(previous: DrawnEndLine, next: DrawnEndLine): boolean {
  if (previous.page !== next.page || previous.region !== next.region || previous.size !== next.size) return false;
  const step = next.y - previous.y;
  return step > 0 && step <= NEXT_LINE * Math.max(previous.size, next.size);
}

/** The line ends on a hyphen: the text path's join decides whether it stays (`joinLines`). */
const JOINED_ELSEWHERE = /[-‐‑]$/u;

/**
 * Whether `previous`, in a text that draws its line-end spaces, ends on no space drawn before
 * `next`, was folded there (`nextWordFitted` false: what it leaves of its column is narrower
 * than the next line's first word, so the break was the typesetter's, not a line ended on
 * purpose, as a headline's or a caption's lines are), in the same type as `next` (a credit under
 * a caption is set in its own), and neither ends a sentence before a line opening one (see
 * `endsParagraphUnspaced`) nor ends on a hyphen (which the text path's join reads): the two lines
 * are one word apart by nothing, and are joined with no space.
 */
export function runsOnUnspaced(previous: DrawnEndLine, next: DrawnEndLine, nextWordFitted: boolean): boolean {
  if (previous.spaceDrawnAfter !== false || nextWordFitted || next.text === '' || JOINED_ELSEWHERE.test(previous.text)) return false;
  if (previous.size !== next.size || previous.bold !== next.bold || previous.italic !== next.italic) return false;
  return !opensAfterSentence(previous, next);
}

/**
 * Whether `previous`, in a text that draws its line-end spaces, ends on no space drawn, ends a
 * sentence, and `next` opens one (a capital, a figure, a quote, a dialogue's dash): the line was
 * not broken at a space, so its paragraph ends there.
 */
export function endsParagraphUnspaced(previous: DrawnEndLine, next: DrawnEndLine): boolean {
  return previous.spaceDrawnAfter === false && opensAfterSentence(previous, next);
}

function opensAfterSentence(previous: DrawnEndLine, next: DrawnEndLine): boolean {
  return endsSentence(previous.text) && (startsLikeSentence(next.text) || DIALOGUE_DASH.test(next.text));
}

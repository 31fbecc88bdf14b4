/**
 * How wide a line of text prints, in thousandths of an em, from the advance widths of a
 * common serif face (Times, whose proportions newspaper and book faces share closely enough):
 * an `m` takes nearly three times an `i`. Character counts only approximate a printed line, so
 * a column's lines vary by a tenth in characters while they are all exactly as wide on paper;
 * their printed widths vary far less, and a last line that stops short shows up even when its
 * characters fill the column.
 */

/** Advance widths (thousandths of an em) of Times Roman, for the characters of French text. */
const WIDTHS: Readonly<Record<string, number>> = {
  a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778,
  n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444,
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889,
  N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
  ' ': 250, '.': 250, ',': 250, ';': 278, ':': 278, '!': 333, '?': 444, "'": 333, '’': 333, '"': 408,
  '«': 500, '»': 500, '(': 333, ')': 333, '-': 333, '–': 500, '—': 1000, '%': 833, '/': 278, '€': 500,
  œ: 722, Œ: 889, æ: 667, Æ: 889, ç: 444, Ç: 667,
};
/** A digit, and any character the table does not know: an average lowercase letter. @default 500 */
const DEFAULT_WIDTH = 500;

/** Character codes looked up in one typed array: the text of a page is read a line at a time. */
const TABLE_SIZE = 0x2030;
/**
 * Built at the first measure, not when the module loads: a PDF's layout imports the modules
 * that measure text lines (through the line joiner) but measures none, and building the table
 * (every character's decomposition) is a few milliseconds of every cold start.
 */
let table: Uint16Array | undefined;

function buildTable(): Uint16Array {
  const table = new Uint16Array(TABLE_SIZE);
  // Every character decomposed in one call (a call per character cost 4 ms or more at each
  // start), each followed by U+E000 (private use, above the table, a starter that does not
  // decompose), so no combining mark is reordered across characters.
  const characters: string[] = [];
  for (let code = 0; code < TABLE_SIZE; code += 1) characters.push(String.fromCharCode(code));
  const decomposed = characters.join('\uE000').normalize('NFD').split('\uE000');
  for (let code = 0; code < TABLE_SIZE; code += 1) {
    // Accented letters take their base letter's width.
    table[code] = WIDTHS[characters[code]!] ?? WIDTHS[decomposed[code]!.charAt(0)] ?? DEFAULT_WIDTH;
  }
  return table;
}

/** The printed width of `text` in thousandths of an em, spaces at their natural width. */
export function printedWidth(text: string): number {
  table ??= buildTable();
  const widths = table;
  let width = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    width += code < TABLE_SIZE ? (widths[code] as number) : DEFAULT_WIDTH;
  }
  return width;
}

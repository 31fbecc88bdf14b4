/**
 * Two columns OCR read line by line, in turn. Where the lines of two columns stand at the same
 * heights (a table's cells set side by side, as the pdfjs library and some HTML renderers lay
 * out columns), a reader that serves its text as lines without the blank lines between blocks
 * gives a line of the first column, the line beside it in the second, and so on, a column now and
 * then giving two lines in a row where the other's rows went out of step (a paragraph's space, a
 * heading). interleaved-columns.ts reads such pieces back where blank lines set them apart; with
 * no blank line, each line is a piece of its own.
 *
 * The trace it leaves is in the words and the sentences: a word cut at a line's end goes on two
 * lines further down (`tient la recette de sa grand-` / `couvercle entrouvert.` / `mère, qui…`),
 * the word list knowing the word the cut and the line two further make, not the one the line
 * right after makes; and a sentence stopped mid-way goes on two lines further, past a line that
 * opens on no small letter, with a line that does. Where a word is so cut at least
 * `CUT_CROSSINGS` times, more than twice as often as a cut word the next line completes (a
 * column's lines follow one another: its cut words go on on the next line), and the two together
 * are seen at least `CROSSINGS` times, the body is read as two columns merged: each
 * line is given to the column whose last line it goes on from best (a cut word the word list
 * completes, a sentence's end before a capital, a sentence going on before a small letter), by a
 * search over every way of merging two columns that keeps each column's order, and each column
 * is given whole, the first (the body's first line's) then the second. The reading is taken only
 * where it breaks fewer than half as many words and sentences as the order the lines came in.
 * A text whose lines follow one another breaks few in order: none is read again.
 */
import type { Repair } from '../types.ts';
import type { FrenchLexicon } from './french-lexicon.ts';
import { endsSentence } from './layout-block.ts';
import { cutWordAtEnd } from './misplaced-block.ts';
import type { PageLine } from './page-line.ts';

export interface InterleavedLinesReading {
  lines: PageLine[];
  repairs: Repair[];
}

/** Fewest times a word or a sentence goes on two lines further, past a line that cannot go on with it, for the body to be two columns merged line by line. @default 3 */
export const CROSSINGS = 3;
/** Fewest words cut at a line's end that the word list completes two lines further and not on the next line. @default 2 */
export const CUT_CROSSINGS = 2;
/** Fewest bodies' lines worth the search: two columns of a few lines each. @default 8 */
const FEWEST_LINES = 8;
/** Most lines searched (the search is quadratic in them): a page's two columns. @default 400 */
const MOST_LINES = 400;
/** What a line breaks going on from another: a cut word the word list cannot complete, a small letter after a sentence's end. */
const BROKEN = 2;
/** A sentence stopped mid-way going on with a capital or a figure: a name does, so it costs less. */
const DOUBTFUL = 1;
/** What a line given in the same column as the line before costs: two columns given in turn give most lines so. */
const STAY = 0.5;

const SMALL_LETTER = /\p{Ll}/u;

/** Whether the text opens on a small letter: a character code for ASCII, the pattern on one character else. */
function opensOnSmallLetter(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return SMALL_LETTER.test(text.charAt(0));
}
/** A line's first word's letters. */
const FIRST_LETTERS = /^\p{L}+/u;

/** Reads a body of lines two columns gave in turn back one column after the other. */
export function readInterleavedLines(body: readonly PageLine[], lexicon: FrenchLexicon | undefined): InterleavedLinesReading {
  const unchanged = { lines: [...body], repairs: [] };
  if (lexicon === undefined || body.length < FEWEST_LINES || body.length > MOST_LINES) return unchanged;
  // Blank lines set the pieces apart where there are any: interleaved-columns.ts reads those.
  if (body.some((line, index) => index > 0 && (line.blankBefore || line.pageBreakBefore))) return unchanged;
  const texts = body.map((line) => line.content.trim());
  // The cut words first (a look at each line's last character): most texts have too few to say anything.
  let cutCrossings = 0;
  let cutsInOrder = 0;
  for (let index = 0; index + 2 < texts.length; index += 1) {
    const cut = cutAtEnd(texts[index] as string);
    if (cut === undefined) continue;
    if (completes(cut, texts[index + 1] as string, lexicon)) cutsInOrder += 1;
    else if (completes(cut, texts[index + 2] as string, lexicon)) cutCrossings += 1;
  }
  if (cutCrossings < CUT_CROSSINGS || cutCrossings <= cutsInOrder * 2) return unchanged;
  let crossings = cutCrossings;
  for (let index = 0; index + 2 < texts.length; index += 1) {
    const line = texts[index] as string;
    if (cutAtEnd(line) === undefined && !endsSentence(line) && !opensOnSmallLetter(texts[index + 1] as string) && opensOnSmallLetter(texts[index + 2] as string)) crossings += 1;
  }
  if (crossings < CROSSINGS) return unchanged;
  const inOrder = texts.slice(1).reduce((sum, text, index) => sum + breaks(texts[index] as string, text, lexicon), 0);
  const merged = bestMerge(texts, lexicon);
  if (merged === undefined || merged.cost * 2 >= inOrder) return unchanged;
  const first = merged.columns.map((column, index) => (column === 0 ? index : -1)).filter((index) => index >= 0);
  const second = merged.columns.map((column, index) => (column === 1 ? index : -1)).filter((index) => index >= 0);
  if (second.length === 0) return unchanged;
  const lines = [...first, ...second].map((index) => body[index] as PageLine);
  const firstLine = body[0] as PageLine;
  const lastLine = body.at(-1) as PageLine;
  return {
    lines,
    repairs: [
      {
        kind: 'columns-reordered',
        line: firstLine.number,
        reason: 'interleaved-lines',
        evidence: `lines ${firstLine.number}–${lastLine.number}: ${crossings} times a word cut at a line's end (${cutCrossings}) or a sentence stopped mid-way goes on two lines further, past a line that cannot go on with it; read as two columns given line by line in turn (${second.length} lines the second's), their words break ${merged.cost} times against ${inOrder} in the order they came`,
      },
    ],
  };
}

/** The letters of a word cut at the line's end (two at least: one letter and a hyphen is a list's dash or an initial), or undefined. */
function cutAtEnd(text: string): string | undefined {
  const cut = cutWordAtEnd(text);
  return cut !== undefined && cut.length >= 2 ? cut : undefined;
}

/** Whether the word list knows the word `cut` and the first word of `line` make, glued or hyphenated. */
function completes(cut: string, line: string, lexicon: FrenchLexicon): boolean {
  const rest = FIRST_LETTERS.exec(line)?.[0];
  if (rest === undefined) return false;
  return lexicon.has(`${cut}${rest}`) || lexicon.has(`${cut}-${rest}`);
}

/** What reading `line` right after `previous` breaks (see the constants). */
function breaks(previous: string, line: string, lexicon: FrenchLexicon): number {
  const cut = cutAtEnd(previous);
  if (cut !== undefined) return completes(cut, line, lexicon) ? 0 : BROKEN;
  const small = opensOnSmallLetter(line);
  if (endsSentence(previous)) return small ? BROKEN : 0;
  return small ? 0 : DOUBTFUL;
}

/**
 * The cheapest way to merge two columns into `texts`, each keeping its order: for each line, the
 * column it is given to (0 for the first line's). A search over the line given last to the other
 * column, for each line and the column it goes to.
 */
function bestMerge(texts: readonly string[], lexicon: FrenchLexicon): { columns: number[]; cost: number } | undefined {
  const count = texts.length;
  // cost[i][j]: the cheapest reading of lines 0..i where line i and line j (j < i, or -1 for
  // none yet) are the last of their two columns; `from` the state it came from.
  const width = count + 1;
  const cost = new Float64Array(count * width).fill(Number.POSITIVE_INFINITY);
  const from = new Int32Array(count * width).fill(-2);
  const at = (line: number, other: number): number => line * width + other + 1;
  cost[at(0, -1)] = 0;
  const pairCost = new Map<number, number>();
  const between = (previous: number, line: number): number => {
    const key = previous * width + line;
    let value = pairCost.get(key);
    if (value === undefined) {
      value = breaks(texts[previous] as string, texts[line] as string, lexicon);
      pairCost.set(key, value);
    }
    return value;
  };
  for (let line = 0; line + 1 < count; line += 1) {
    for (let other = -1; other < line; other += 1) {
      const here = cost[at(line, other)] as number;
      if (here === Number.POSITIVE_INFINITY) continue;
      // The next line goes on in the same column as this one.
      const same = here + STAY + between(line, line + 1);
      if (same < (cost[at(line + 1, other)] as number)) {
        cost[at(line + 1, other)] = same;
        from[at(line + 1, other)] = other;
      }
      // Or in the other column, after its last line (the column opens with it when it has none).
      const turned = here + (other === -1 ? 0 : between(other, line + 1));
      if (turned < (cost[at(line + 1, line)] as number)) {
        cost[at(line + 1, line)] = turned;
        from[at(line + 1, line)] = -10 - other;
      }
    }
  }
  let best = -1;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let other = -1; other < count - 1; other += 1) {
    const value = cost[at(count - 1, other)] as number;
    if (value < bestCost) {
      bestCost = value;
      best = other;
    }
  }
  if (bestCost === Number.POSITIVE_INFINITY) return undefined;
  // Back from the last line: which lines turned from the column before them.
  const turnedAt = new Array<boolean>(count).fill(false);
  let other = best;
  for (let line = count - 1; line > 0; line -= 1) {
    const came = from[at(line, other)] as number;
    if (came <= -9) {
      turnedAt[line] = true;
      other = -10 - came;
    } else other = came;
  }
  const columns: number[] = [];
  let column = 0;
  let stays = 0;
  turnedAt.forEach((turned, line) => {
    if (turned) column = 1 - column;
    else if (line > 0) stays += 1;
    columns[line] = column;
  });
  return { columns, cost: Math.round((bestCost - stays * STAY) * 100) / 100 };
}

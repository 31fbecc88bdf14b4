/**
 * Lines spread by their letters. A typesetter justifying a line of few words may widen the space
 * between every pair of letters as well as between words (PDF's character spacing, `Tc`, which
 * iText's `ColumnText` sets on a justified line, as do CSS `letter-spacing` and word processors'
 * character spacing). pdf.js reads each gap between letters wider than about a tenth of an em
 * as a space, so such a line comes out `f o i s u n s i è c l e`, and it ends a text item at
 * each wider gap, a word space: every word of the line is then a piece of its own whose
 * letters are all a space apart. A run of such pieces (and of pieces of a single character,
 * `à`, `—`), two of them at least, is a line spread by its letters: the spaces inside
 * its pieces are the tracking, and are closed; the gaps between the pieces stay word spaces.
 * A line of ordinary text is one piece holding words of two letters or more, and a folio set
 * between dashes (`- 9 -`) is one piece alone.
 */

/** A piece of text placed on a row, as the PDF layout reads it. */
export interface SpacedText {
  text: string;
}

/** A line spread by its letters, as read and as closed. */
export interface ClosedLetterSpacing {
  before: string;
  after: string;
  /** How many pieces of the row were spread letter by letter. */
  pieces: number;
}

/** Every character a word of its own: `f o i s`, `u n`. */
const LETTER_BY_LETTER = /^\S(?: \S)+$/u;
/** Letters a spread piece holds at least: a score set `2 - 1` or a mark `? » a` is no word spread. @default 2 */
const SPREAD_LETTERS = 2;
/** Pieces spread letter by letter a row must hold at least. @default 2 */
const SPREAD_PIECES = 2;

/**
 * Closes the spaces between the letters of the lines spread letter by letter on a row (its
 * pieces in order left to right, changed in place): each run of consecutive pieces spread
 * letter by letter or of a single character holding two spread pieces at least. A row may cross
 * a page's columns, so the run, not the row, is the line. Returns what was closed.
 */
export function closeLetterSpacing(pieces: SpacedText[]): ClosedLetterSpacing[] {
  const closed: ClosedLetterSpacing[] = [];
  let run: SpacedText[] = [];
  let spread = 0;
  const close = (): void => {
    if (spread >= SPREAD_PIECES) {
      const before = run.map((piece) => piece.text.trim()).join(' ');
      for (const piece of run) {
        const text = piece.text.trim();
        if (spreadWord(text)) piece.text = piece.text.replace(text, text.replaceAll(' ', ''));
      }
      closed.push({ before, after: run.map((piece) => piece.text.trim()).join(' '), pieces: spread });
    }
    run = [];
    spread = 0;
  };
  for (const piece of pieces) {
    const text = piece.text.trim();
    if (spreadWord(text)) spread += 1;
    else if ([...text].length > 1) {
      close();
      continue;
    }
    run.push(piece);
  }
  close();
  return closed;
}

/** Whether a piece's text is a word spread letter by letter: every character a space apart, letters among them. */
function spreadWord(text: string): boolean {
  return LETTER_BY_LETTER.test(text) && (text.match(/\p{L}/gu)?.length ?? 0) >= SPREAD_LETTERS;
}

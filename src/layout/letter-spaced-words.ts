/**
 * Lines an extraction wrote letter by letter, their words put back whole. A typesetter
 * justifying a line may widen the gap after every glyph (PDF's character spacing, `Tc`: pdfme
 * sets it on each justified line, as word processors and CSS `letter-spacing` do). An extraction
 * that writes a space wherever two glyphs stand apart by more than a fraction of their size
 * (pdfminer's `pdf2txt`, MuPDF's `mutool` and PyMuPDF) then writes `d e s t i n é e s`; but it
 * still sees the word spaces, each wider by a space's advance, and writes them as two spaces
 * or more (`d e s t i n é e s   à   l a   4 G`). A reader of such a line sees its words: the
 * gaps inside a word are even, and narrower than the gaps between words.
 *
 * Evidence, per line: its pieces parted by the wide gaps (two white spaces or more, or a
 * no-break space); a piece of single characters each a space apart is spread. A run of
 * consecutive pieces spread or of one character (`à`, `—`) holding at least `SPREAD_PIECES`
 * pieces spread over two letters or more is a line (or a column's line, where a row crosses
 * columns) set letter-spaced: the single spaces inside its pieces are its tracking, and go; the
 * wide gaps stay word spaces (`word-spaces.ts` then reads a line of stretched spaces).
 * Ordinary text never parts its words by wider gaps than its letters, and a score table
 * (`2 - 1   3 - 0`) holds no letters. Each line closed is a recorded repair. A text without three
 * single characters a space apart in a row costs one regular expression.
 */
import type { Repair } from '../types.ts';

/** Three single characters a space apart, somewhere: the cheap test before any line is read. */
const SPREAD_SOMEWHERE = /(?:^|\s)\S \S \S(?=\s|$)/mu;
/** A gap between words: two white spaces or more, or a white space other than the ordinary space. */
const WIDE_GAP = /(\s{2,}|[^\S ]\s*)/u;
/** Every character a word of its own: `d e s`, `1 1 , 2`. */
const LETTER_BY_LETTER = /^\S(?: \S)+$/u;
/** Letters a spread piece holds at least to count toward a line set letter-spaced. @default 2 */
const SPREAD_LETTERS = 2;
/** Pieces spread over `SPREAD_LETTERS` letters a run holds at least. @default 2 */
const SPREAD_PIECES = 2;

export interface ClosedLetterSpacedWords {
  text: string;
  repairs: Repair[];
}

/** Closes the tracking of the lines an extraction wrote letter by letter, their word gaps kept (see the module's comment). */
export function closeLetterSpacedWords(text: string): ClosedLetterSpacedWords {
  if (!SPREAD_SOMEWHERE.test(text)) return { text, repairs: [] };
  const repairs: Repair[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (!SPREAD_SOMEWHERE.test(line)) continue;
    const closed = closeLine(line);
    if (closed === line) continue;
    lines[index] = closed;
    repairs.push({
      kind: 'space-collapsed',
      line: index + 1,
      before: line.trim(),
      after: closed.trim(),
      reason: 'letter-spaced-line',
      evidence: 'single characters a space apart, the words parted by wider gaps: the line was set letter-spaced',
    });
  }
  return repairs.length === 0 ? { text, repairs } : { text: lines.join('\n'), repairs };
}

/** A line with the tracking of its letter-spaced runs closed; the line itself when it has none. */
function closeLine(line: string): string {
  // Pieces at even indexes, the wide gaps parting them at odd ones.
  const parts = line.split(WIDE_GAP);
  let changed = false;
  let run: number[] = [];
  let spread = 0;
  const close = (): void => {
    if (spread >= SPREAD_PIECES) {
      for (const at of run) {
        if (LETTER_BY_LETTER.test(parts[at]!)) {
          parts[at] = parts[at]!.replaceAll(' ', '');
          changed = true;
        }
      }
    }
    run = [];
    spread = 0;
  };
  for (let at = 0; at < parts.length; at += 2) {
    const piece = parts[at]!;
    if (piece === '') continue;
    if (LETTER_BY_LETTER.test(piece)) {
      if ((piece.match(/\p{L}/gu)?.length ?? 0) >= SPREAD_LETTERS) spread += 1;
    } else if ([...piece].length > 1) {
      close();
      continue;
    }
    run.push(at);
  }
  close();
  return changed ? parts.join('') : line;
}

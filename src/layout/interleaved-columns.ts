/**
 * Two columns `pdftotext` (default mode) read row by row. Where the lines of two columns stand at
 * the same heights (a table's cells set side by side, as the pdfjs library lays out columns; a
 * word processor's columns), pdftotext may take each row's pieces for blocks of their own and
 * print them in turn, a blank line between: a few lines of the first column, the lines beside
 * them in the second, the first column's next lines, and so on, a new piece starting wherever a
 * paragraph's space in either column puts the rows out of step. Read in that order, each column
 * is cut every few lines by the other's: `LURE - Il aura fallu attendre 21 h 10 et le` / `La
 * faible participation a pesé sur le scrutin. Sur les` / `dépouillement du bureau de…`.
 *
 * The trace it leaves is in the sentences: a piece stops in the middle of a sentence, the next
 * piece opens on no small letter (a capital, a figure, a quote), and the piece after that goes on
 * with it (it opens on a small letter). Where that is seen twice or more in a run of pieces (each holding words, not
 * a lone word a stretched line spread out), and no piece of the run opens on a small letter two
 * pieces after a sentence's end (which no column sets), the run is read as two columns
 * alternating: the pieces at even places are the first column's, those at odd places the
 * second's, and the first column is given whole, then the second. A piece going on with the
 * sentence its column's previous piece left unfinished loses the blank line before it; the others
 * keep it, for the paragraphs' ends to read. The run stops at a page break. A text set with a
 * blank line after every line (double spacing) is no such run: two of its pieces at least hold
 * more than one line. Nor is a text whose blocks follow one another (each column's block after the
 * last, as mutool writes them; OCR's heading and signature over each letter): a run must read
 * better two by two than in order, fewer than half as many pieces breaking the sentences; and
 * none of its pieces may be a fragment of a line (opening on a small letter, its last line
 * stopping short in the middle of a sentence), which no column's row is.
 */
import type { Repair } from '../types.ts';
import { endsSentence } from './layout-block.ts';
import { lengthPercentile, type PageLine } from './page-line.ts';

export interface InterleavedReading {
  lines: PageLine[];
  repairs: Repair[];
}

/** Fewest times a piece's sentence goes on two pieces further, past one that cannot go on with it, for the run to be two columns alternating. @default 2 */
const CROSSINGS = 2;

interface Piece {
  start: number;
  end: number;
}

const OPENS_ON_SMALL_LETTER = /^\p{Ll}/u;

/** Reads two columns pdftotext printed row by row back one after the other. */
export function readInterleavedColumns(body: readonly PageLine[]): InterleavedReading {
  if (!body.some((line, index) => index > 0 && line.blankBefore)) return { lines: [...body], repairs: [] };
  const pieces: Piece[] = [];
  body.forEach((line, index) => {
    if (index === 0 || line.blankBefore || line.pageBreakBefore) pieces.push({ start: index, end: index + 1 });
    else (pieces.at(-1) as Piece).end = index + 1;
  });
  const lines: PageLine[] = [];
  const repairs: Repair[] = [];
  let at = 0;
  while (at < pieces.length) {
    const run = alternatingRun(body, pieces, at);
    if (run === undefined) {
      for (const piece of pieces.slice(at)) lines.push(...body.slice(piece.start, piece.end));
      break;
    }
    for (const piece of pieces.slice(at, run.start)) lines.push(...body.slice(piece.start, piece.end));
    lines.push(...reorder(body, pieces.slice(run.start, run.end)));
    const first = body[(pieces[run.start] as Piece).start] as PageLine;
    const last = body[(pieces[run.end - 1] as Piece).end - 1] as PageLine;
    repairs.push({
      kind: 'columns-reordered',
      line: first.number,
      reason: 'interleaved-columns',
      evidence: `lines ${first.number}–${last.number} come in ${run.end - run.start} pieces, and ${run.crossings} times a piece's sentence goes on two pieces further, past one opening on no small letter: two columns read row by row, read one after the other`,
    });
    at = run.end;
  }
  return { lines, repairs };
}

/**
 * Piece `index` stops in the middle of a sentence, the next does not open on a small letter (a
 * capital, a figure, a quote or a dash) and the one after does: its sentence goes on two pieces
 * further.
 */
function crosses(body: readonly PageLine[], pieces: readonly Piece[], index: number): boolean {
  const piece = pieces[index] as Piece;
  const between = pieces[index + 1];
  const after = pieces[index + 2];
  if (between === undefined || after === undefined) return false;
  return (
    !endsSentence((body[piece.end - 1] as PageLine).content) &&
    !OPENS_ON_SMALL_LETTER.test((body[between.start] as PageLine).content) &&
    OPENS_ON_SMALL_LETTER.test((body[after.start] as PageLine).content)
  );
}

/** Piece `index` may stand two places after piece `before` in one column: no small letter opens it after a sentence's end. */
function mayFollow(body: readonly PageLine[], pieces: readonly Piece[], before: number, index: number): boolean {
  const piece = pieces[index] as Piece;
  return !(endsSentence((body[(pieces[before] as Piece).end - 1] as PageLine).content) && OPENS_ON_SMALL_LETTER.test((body[piece.start] as PageLine).content));
}

/** Piece `index` goes in a run: it holds words, and no page break comes before it unless it opens the run. */
function joinsRun(body: readonly PageLine[], pieces: readonly Piece[], index: number, opens: boolean): boolean {
  const piece = pieces[index] as Piece;
  return holdsWords(body, piece) && (opens || !(body[piece.start] as PageLine).pageBreakBefore);
}

/**
 * The next run of pieces from `from` that alternates between two columns, if the sentences show
 * it: from a piece whose sentence goes on two pieces further (crosses), on while every piece may
 * follow the one two places before it, back over the pieces before that may too and are no longer
 * than the run's (a column read whole before the rows began is longer).
 */
function alternatingRun(body: readonly PageLine[], pieces: readonly Piece[], from: number): { start: number; end: number; crossings: number } | undefined {
  for (let first = from; first + 2 < pieces.length; first += 1) {
    if (!crosses(body, pieces, first) || !joinsRun(body, pieces, first, true) || !joinsRun(body, pieces, first + 1, false) || !joinsRun(body, pieces, first + 2, false)) continue;
    let end = first + 3;
    let crossings = 1;
    let longest = 0;
    for (let index = first; index < end; index += 1) longest = Math.max(longest, (pieces[index] as Piece).end - (pieces[index] as Piece).start);
    for (; end < pieces.length; end += 1) {
      if (!joinsRun(body, pieces, end, false) || !mayFollow(body, pieces, end - 2, end)) break;
      longest = Math.max(longest, (pieces[end] as Piece).end - (pieces[end] as Piece).start);
      if (crosses(body, pieces, end - 2)) crossings += 1;
    }
    if (crossings < CROSSINGS || !holdsLongerPieces(pieces, first, end) || !readsBetterTwoByTwo(body, pieces, first, end) || holdsSideBySideLines(body, pieces, first, end) || holdsLineFragments(body, pieces, first, end)) continue;
    let start = first;
    while (start > from && joinsRun(body, pieces, start - 1, true) && !(body[(pieces[start] as Piece).start] as PageLine).pageBreakBefore) {
      const before = pieces[start - 1] as Piece;
      if (before.end - before.start > longest || !mayFollow(body, pieces, start - 1, start + 1)) break;
      start -= 1;
    }
    return { start, end, crossings };
  }
  return undefined;
}

/**
 * How many times fewer pieces must break the sentences two by two than in order for a run to be
 * read two by two (more than): a tie is read in order, as the text stands. @default 2
 */
const BETTER_TWO_BY_TWO = 2;

/**
 * Pieces `from` to `to` read better two by two than in order: counted both ways, a piece breaks
 * the sentences when the one it is read before opens on a capital after its unfinished sentence
 * (a figure may go on with one or open one: neither) or on a small letter after its sentence's
 * end. A text whose blocks follow one another (each column's block after the last, a heading and
 * a signature over each letter) reads well in order; two columns read row by row only two by two.
 */
function readsBetterTwoByTwo(body: readonly PageLine[], pieces: readonly Piece[], from: number, to: number): boolean {
  const breaks = (index: number, next: number): number => {
    const unfinished = !endsSentence((body[(pieces[index] as Piece).end - 1] as PageLine).content);
    const opening = (body[(pieces[next] as Piece).start] as PageLine).content;
    if (OPENS_ON_SMALL_LETTER.test(opening)) return unfinished ? 0 : 1;
    return unfinished && !/^\p{N}/u.test(opening) ? 1 : 0;
  };
  let inOrder = 0;
  let twoByTwo = 0;
  for (let index = from; index + 1 < to; index += 1) {
    inOrder += breaks(index, index + 1);
    if (index + 2 < to) twoByTwo += breaks(index, index + 2);
  }
  return twoByTwo * BETTER_TWO_BY_TWO < inOrder;
}

/** A line this many times the run's median length holds two columns' lines side by side. @default 1.8 */
const SIDE_BY_SIDE = 1.8;

/**
 * A line of pieces `from` to `to` is far longer than their median line: two columns' lines read
 * side by side on one line (OCR's reading of a page it could not part into columns), so the
 * pieces are no column's rows.
 */
function holdsSideBySideLines(body: readonly PageLine[], pieces: readonly Piece[], from: number, to: number): boolean {
  const lengths: number[] = [];
  for (let index = (pieces[from] as Piece).start; index < (pieces[to - 1] as Piece).end; index += 1) lengths.push((body[index] as PageLine).content.length);
  const median = lengthPercentile(lengths, 0.5);
  return lengths.some((length) => length > median * SIDE_BY_SIDE);
}

/** Share of the run's median line length under which an unfinished last line stops short. @default 0.6 */
const SHORT_LINE = 0.6;

/**
 * A piece of pieces `from` to `to` is a fragment of a line: it opens on a small letter and its
 * last line stops short of the others in the middle of a sentence (`la présence de`, words an
 * extraction took out of a stretched line, as pdfminer boxes them). A column's row that stops in
 * the middle of a sentence runs to the column's edge; only a paragraph's last line or a heading
 * (opening on a capital) stops short.
 */
function holdsLineFragments(body: readonly PageLine[], pieces: readonly Piece[], from: number, to: number): boolean {
  const lengths: number[] = [];
  for (let index = (pieces[from] as Piece).start; index < (pieces[to - 1] as Piece).end; index += 1) lengths.push((body[index] as PageLine).content.length);
  const short = lengthPercentile(lengths, 0.5) * SHORT_LINE;
  return pieces.slice(from, to).some((piece) => {
    const last = (body[piece.end - 1] as PageLine).content;
    return last.length < short && !endsSentence(last) && OPENS_ON_SMALL_LETTER.test((body[piece.start] as PageLine).content);
  });
}

/** Fewest pieces of two lines or more in a run. @default 2 */
const LONGER_PIECES = 2;

/**
 * Pieces `from` to `to` hold two of more than one line: a text set with a blank line after every
 * line (double spacing) has pieces of one line only, whose sentences' ends say nothing of columns.
 */
function holdsLongerPieces(pieces: readonly Piece[], from: number, to: number): boolean {
  let longer = 0;
  for (let index = from; index < to && longer < LONGER_PIECES; index += 1) if ((pieces[index] as Piece).end - (pieces[index] as Piece).start > 1) longer += 1;
  return longer >= LONGER_PIECES;
}

/** A piece holds words: not a lone word a stretched line spread out over lines of its own. */
function holdsWords(body: readonly PageLine[], piece: Piece): boolean {
  for (let index = piece.start; index < piece.end; index += 1) if ((body[index] as PageLine).content.includes(' ')) return true;
  return false;
}

/** The pieces at even places, then those at odd places; a piece going on with its column's unfinished sentence loses its blank line. */
function reorder(body: readonly PageLine[], run: readonly Piece[]): PageLine[] {
  const lines: PageLine[] = [];
  for (const parity of [0, 1]) {
    let previous: PageLine | undefined;
    run.forEach((piece, place) => {
      if (place % 2 !== parity) return;
      body.slice(piece.start, piece.end).forEach((line, index) => {
        if (index === 0 && lines.length > 0) {
          const goesOn = previous !== undefined && !endsSentence(previous.content);
          lines.push({ ...line, blankBefore: !goesOn, rowPiece: true });
        } else lines.push({ ...line, rowPiece: true });
        previous = line;
      });
    });
  }
  return lines;
}

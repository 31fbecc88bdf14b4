/**
 * Accents drawn apart from their letters. TeX's `\accent` primitive (plain TeX's `\'e`, LaTeX
 * in its default OT1 encoding, GNU Texinfo on pdfTeX) sets no accented letter: it draws the
 * font's spacing accent glyph (`´` `` ` `` `ˆ` `¨` `¸` …), moves back, and draws the bare letter
 * under it (over it, for a cedilla set with `\ooalign`), the accent raised over a capital. With
 * no text map for the pair, pdf.js reads `l’´` `et´` `e` for `l’été`, `´` `Ecole` for `École`,
 * `C` `¸ a` for `Ça`: every such word lost. Poppler and PDFBox read them whole, as a reader does.
 *
 * The evidence is the drawing's own: a spacing accent glyph ending a piece (or a piece of its
 * own) whose next piece starts back under it, on the same baseline or, for a raised accent,
 * right below; or a cedilla opening a piece drawn back over the last letter of the one before.
 * Such an accent is put on its letter as the composed character (NFC; TeX's dotless `ı` and
 * `ȷ` under an accent are `i` and `j`), and the two pieces, drawn as one run of text, are one
 * piece again (the glyphs and their marks: `src/text/accent-glyphs.ts`). An accent glyph
 * drawn where no letter is under it is left as drawn, but for the ring standing alone, which TeX documents use for the degree sign (`20 ˚C`): read `°`.
 */
import { composeAccent, hasSpacingAccent, SPACING_ACCENTS } from '../text/accent-glyphs.ts';
import type { PdfTextPiece } from './read-pdf.ts';

/** The marks drawn under the letter, which TeX draws after a capital (`\ooalign`): also read at a piece's start. */
const UNDER = new Set(['\u0327', '\u0328']);

/** How far, in ems of the font, the next piece must start back under the accent's right edge. */
const BACK = 0.2;
/** How far left of the accent's right edge a letter under it may start: a wide capital's half and the accent. */
const REACH = 1.1;
/** Baselines this close (in ems) are one. */
const SAME_LINE = 0.1;

/** The pieces of one page, in drawing order, with every accent drawn over (or under) a letter put on it. */
export function composeDrawnAccents(pieces: readonly PdfTextPiece[]): PdfTextPiece[] {
  if (!pieces.some((piece) => hasSpacingAccent(piece.text))) return [...pieces];
  const work = [...pieces];
  const out: PdfTextPiece[] = [];
  for (let index = 0; index < work.length; index += 1) {
    let piece = work[index]!;
    const next = work[index + 1];
    const previous = out.at(-1);
    // A cedilla (or ogonek) opening the piece, drawn back over the last letter before it.
    const under = SPACING_ACCENTS[piece.text[0] ?? ''];
    if (previous !== undefined && under !== undefined && UNDER.has(under) && drawnBackOver(previous, piece) && sameLine(previous, piece)) {
      const letter = lastLetter(previous.text);
      const composed = composeAccent(letter, under);
      if (composed !== undefined) {
        out.pop();
        // TeX sets the mark in a box as wide as the letter (`\ooalign`): the move from the mark's
        // edge to the letter's, read as a space, is none (French ends no word on `ç`).
        piece = joined({ ...previous, text: previous.text.slice(0, -letter.length) + composed }, { ...piece, text: piece.text.slice(1).replace(/^ (?=\S)/u, '') });
      }
    }
    // An accent ending the piece, the next piece's first letter drawn back under it.
    const mark = SPACING_ACCENTS[piece.text.at(-1) ?? ''];
    if (mark !== undefined && next !== undefined && /^\p{L}/u.test(next.text) && drawnBackUnder(piece, next)) {
      const letter = firstLetter(next.text);
      const composed = composeAccent(letter, mark);
      if (composed !== undefined) {
        const rest = { ...next, text: composed + next.text.slice(letter.length) };
        const before = piece.text.slice(0, -1);
        if (before === '') {
          // An accent drawn alone (raised over a capital, or cut off by the moves around it): the
          // letter's piece goes on the one before where it follows it with no gap (`NO` `¨` `EL`).
          let last = out.at(-1);
          // An accent set right of its letter (an italic's slant) leaves a gap after an elided
          // word, which pdf.js reads as a space: none where the letter starts back inside it (`l’ École`).
          if (last !== undefined && /\p{L}[’'] $/u.test(last.text) && sameLine(last, rest) && rest.x < last.x + last.width) {
            last = { ...last, text: last.text.slice(0, -1) };
            out[out.length - 1] = last;
          }
          if (last !== undefined && sameLine(last, rest) && touches(last, rest)) {
            out.pop();
            work[index + 1] = joined(last, rest);
          } else work[index + 1] = rest;
        } else if (sameLine(piece, next)) {
          work[index + 1] = joined({ ...piece, text: before }, rest);
        } else {
          out.push({ ...piece, text: before });
          work[index + 1] = rest;
        }
        continue;
      }
    }
    // A ring drawn over no letter: the degree sign.
    if (piece.text.includes('\u02da')) piece = { ...piece, text: piece.text.replaceAll('\u02da', '°') };
    out.push(piece);
  }
  return out;
}

/** The next piece starts back under the accent ending this one: on its baseline, or right below a raised accent. */
function drawnBackUnder(piece: PdfTextPiece, next: PdfTextPiece): boolean {
  const em = Math.max(piece.size, 1);
  const right = piece.x + piece.width;
  if (!(next.x < right - BACK * em && next.x > right - REACH * em)) return false;
  const drop = next.y - piece.y;
  return Math.abs(drop) < SAME_LINE * em || (drop > 0 && drop < 0.6 * em);
}

/** This piece starts back over the last letter of the one before, on its baseline. */
function drawnBackOver(previous: PdfTextPiece, piece: PdfTextPiece): boolean {
  const em = Math.max(previous.size, 1);
  const right = previous.x + previous.width;
  return piece.x < right - BACK * em && piece.x > right - REACH * em && /\p{L}$/u.test(previous.text);
}

function sameLine(a: PdfTextPiece, b: PdfTextPiece): boolean {
  return a.font === b.font && Math.abs(a.size - b.size) < 0.01 * Math.max(a.size, 1) && Math.abs(a.y - b.y) < SAME_LINE * Math.max(a.size, 1);
}

/** The second piece starts where the first ends, give or take the accent's own moves: no word space between them. */
function touches(a: PdfTextPiece, b: PdfTextPiece): boolean {
  const gap = b.x - (a.x + a.width);
  return gap > -0.3 * a.size && gap < SAME_LINE * a.size;
}

/** Two pieces of one run as one: from the first's left edge to the farther right edge. */
function joined(a: PdfTextPiece, b: PdfTextPiece): PdfTextPiece {
  const piece: PdfTextPiece = { ...a, text: a.text + b.text, width: Math.max(a.x + a.width, b.x + b.width) - a.x };
  if (b.spaceDrawnAfter !== undefined) piece.spaceDrawnAfter = b.spaceDrawnAfter;
  else delete piece.spaceDrawnAfter;
  return piece;
}

function firstLetter(text: string): string {
  return String.fromCodePoint(text.codePointAt(0)!);
}

function lastLetter(text: string): string {
  return Array.from(text).at(-1)!;
}

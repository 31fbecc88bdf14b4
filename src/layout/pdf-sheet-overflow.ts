/**
 * A line's tail printed again at the next page's left edge. A spreadsheet (LibreOffice Calc,
 * whose cells let text run on over the next columns) prints a sheet wider than the paper as
 * pages side by side: a line that runs past the columns a page holds is drawn whole on that page
 * (its reader clipped there), and drawn again on the next page, shifted left by the columns the
 * first page took, so that its tail shows at the next page's left edge, its beginning off the
 * paper (`meubles ravagé`, `obilisé près de 80 sapeurs-pompiers`, at the headline's and the
 * standfirst's heights). The words are the line's, read once already on the page before:
 * read again, they are words the article never had twice.
 *
 * What tells such a tail from a line of its own: it starts left of the page's text, where no
 * other line does (its beginning drawn off the page or in the margin), left of where the line it
 * repeats starts on its page, and it is the end of that line (a proper suffix of its text), on
 * the same baseline, in the same font and size. A running head repeats a whole line at the
 * margin, not a part of one left of it.
 */
import type { PdfTextPiece } from '../ingest/read-pdf.ts';

/** Farthest across the line, in font sizes, the tail's baseline lies from the line it repeats. @default 0.1 */
const SAME_BASELINE = 0.1;
/** How far left of the page's other text, in font sizes, the tail starts at least. @default 0.5 */
const LEFT_OF_TEXT = 0.5;

/** A tail left out: its page, the piece, and the line on the page before whose end it repeats. */
export interface SheetOverflow {
  page: number;
  piece: PdfTextPiece;
  original: PdfTextPiece;
}

/** What the check reads of a page. */
export interface OverflowPage {
  number: number;
  pieces: readonly PdfTextPiece[];
}

/**
 * The pieces of each page with every line's tail printed again at its left edge left out
 * (`kept`, one array per page, the same array where nothing was), and the tails (`overflows`).
 * Linear in the pieces: a piece is compared only with the page before's pieces on its baseline.
 */
export function dropSheetOverflow(pages: readonly OverflowPage[]): { kept: (readonly PdfTextPiece[])[]; overflows: SheetOverflow[] } {
  const kept: (readonly PdfTextPiece[])[] = pages.map((page) => page.pieces);
  const overflows: SheetOverflow[] = [];
  for (let index = 1; index < pages.length; index += 1) {
    const page = pages[index] as OverflowPage;
    const before = pages[index - 1] as OverflowPage;
    if (page.pieces.length === 0 || before.pieces.length === 0) continue;
    // The page before's pieces by baseline, to the point.
    const byBaseline = new Map<number, PdfTextPiece[]>();
    for (const piece of before.pieces) {
      const key = Math.round(piece.y);
      const list = byBaseline.get(key);
      if (list === undefined) byBaseline.set(key, [piece]);
      else list.push(piece);
    }
    const candidates = new Map<PdfTextPiece, PdfTextPiece>();
    for (const piece of page.pieces) {
      const text = piece.text.trim();
      if (text === '') continue;
      const key = Math.round(piece.y);
      for (const near of [key - 1, key, key + 1]) {
        const original = byBaseline.get(near)?.find((other) => {
          if (other.font !== piece.font || Math.abs(other.size - piece.size) > 0.01 * piece.size) return false;
          if (Math.abs(other.y - piece.y) > SAME_BASELINE * piece.size || piece.x >= other.x) return false;
          const whole = other.text.trim();
          return whole.length > text.length && whole.endsWith(text);
        });
        if (original !== undefined) {
          candidates.set(piece, original);
          break;
        }
      }
    }
    if (candidates.size === 0) continue;
    // The page's text starts where its other pieces do.
    let left = Infinity;
    for (const piece of page.pieces) if (!candidates.has(piece) && piece.text.trim() !== '') left = Math.min(left, piece.x);
    if (left === Infinity) continue;
    const dropped = new Set<PdfTextPiece>();
    for (const [piece, original] of candidates) {
      if (piece.x > left - LEFT_OF_TEXT * piece.size) continue;
      dropped.add(piece);
      overflows.push({ page: page.number, piece, original });
    }
    if (dropped.size > 0) kept[index] = page.pieces.filter((piece) => !dropped.has(piece));
  }
  return { kept, overflows };
}

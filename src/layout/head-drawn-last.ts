/**
 * A page head a tool wrote after the body. MuPDF (`mutool draw -F txt`, PyMuPDF's
 * `page.get_text()`) writes a page's text in the order its producer drew it, not top down; a
 * producer that draws the body's columns first and the head last (PDFBox, Calligra) leaves the
 * kicker, the headline, the standfirst and the byline at the end of the page's text, after the
 * body's last sentence (and before the running head or folio drawn last too, page furniture
 * already out). Read from the top, such a page has no head: the body opens the text.
 *
 * So where the top shows no headline, the last lines of the first page are tried as its head:
 * a run opening right after a line ending a sentence, on a capital, that the head's reading
 * (furniture-on-top.ts) takes whole (nothing of it left over for the body), opening on a kicker,
 * its headline's lines set in a larger face than the body's (fewer characters than its full
 * lines). A headline and a standfirst alone are not enough: the body's last intertitle and
 * paragraph read so too, and a body's lines read as a title are as long as its others. The run is
 * moved to the page's top, and the move recorded.
 */
import type { Repair } from '../types.ts';
import { endsSentence } from './layout-block.ts';
import type { FurnitureOnTop } from './furniture-on-top.ts';
import type { PageLine } from './page-line.ts';

/** Most lines of a head drawn last: a kicker, four of headline, a standfirst's lines, a byline. @default 14 */
const HEAD_LINES = 14;
/** Fewest body lines above it: a page with less has no body to speak of. @default 4 */
const BODY_LINES = 4;

/**
 * A headline's lines, set in a face larger than the body's, hold at most this share of the
 * characters of the body's full lines; a run of the body's own lines read as a title holds as
 * many. @default 0.9
 */
const HEADLINE_FACE = 0.9;

/** A capital, a digit or an opening quote: how a kicker or a headline opens. */
const OPENS_HEAD = /^[\p{Lu}\d«“"]/u;

export interface HeadDrawnLast {
  lines: PageLine[];
  repairs: Repair[];
}

/**
 * The lines with a head written after the body moved back to the top, or unchanged.
 * `width` is the body's line length in characters (estimateColumnWidth); `readTop` is the page's reading of the furniture on top (readFurnitureOnTop with its width).
 */
export function moveHeadDrawnLast(lines: readonly PageLine[], width: number, readTop: (lines: readonly PageLine[]) => FurnitureOnTop): HeadDrawnLast {
  const unchanged = { lines: [...lines], repairs: [] };
  if (readTop(lines).pieces.some((piece) => piece.role === 'headline')) return unchanged;
  // The first page's end: the head stands on the article's first page.
  let pageEnd = lines.findIndex((line, index) => index > 0 && line.pageBreakBefore);
  if (pageEnd === -1) pageEnd = lines.length;
  for (let start = Math.max(BODY_LINES, pageEnd - HEAD_LINES); start < pageEnd - 1; start += 1) {
    const first = lines[start] as PageLine;
    const before = lines[start - 1] as PageLine;
    if (!endsSentence(before.content) || !OPENS_HEAD.test(first.content)) continue;
    const head = lines.slice(start, pageEnd);
    const body = lines.slice(0, start);
    const opening = body[0] as PageLine;
    const moved: PageLine[] = [
      { ...first, blankBefore: false, pageBreakBefore: false },
      ...head.slice(1),
      // The body's first line now follows the head: set apart from it as a new block.
      { ...opening, blankBefore: true },
      ...body.slice(1),
      ...lines.slice(pageEnd),
    ];
    const top = readTop(moved);
    if (top.bodyStart !== head.length || top.pieces[0]?.role !== 'kicker') continue;
    const headline = top.pieces.find((piece) => piece.role === 'headline');
    if (headline === undefined || headline.lines.some((line) => line.content.length > width * HEADLINE_FACE)) continue;
    const roles = top.pieces.map((piece) => piece.role).join(', ');
    return {
      lines: moved,
      repairs: [
        {
          kind: 'columns-reordered',
          line: first.number,
          reason: 'head-drawn-last',
          evidence: `no head opens the page, and lines ${first.number}–${(head.at(-1) as PageLine).number}, after the body's last sentence at the first page's end, read whole as its head (${roles}): the extraction wrote the head after the body, as it was drawn`,
        },
      ],
    };
  }
  return unchanged;
}

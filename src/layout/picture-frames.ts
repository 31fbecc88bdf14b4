/**
 * A box drawn with characters, as a printout of a page (a2ps, enscript, a text editor's print)
 * or an OCR of it shows one: a horizontal edge of `+` and dashes (`+-----+`, the dashes maybe
 * minus signs or rules), side lines opening and closing on `|`, then the other edge. OCR may
 * read an empty side as a lone `|` a line.
 * - With nothing between its sides, it is a picture's place: no word of the article stands in
 *   it, and the line under it is where the picture's caption stands (body-captions.ts).
 * - With words between its sides, it is a box of text set apart (key figures, a list): its
 *   words are the article's, the edges and bars are not (OCR and pdftotext may read each right
 *   bar as a line of its own, leaving the left one before the words).
 * page-furniture.ts takes the edges and bars out, each recorded as a repair.
 */
import type { PageLine } from './page-line.ts';

/** A frame's horizontal edge: corners and at least five dashes or rules between them. */
const FRAME_EDGE = /^\+[-−–—=_]{5,}\+$/u;
/** A side line with nothing inside: bars (and OCR's stray rules) and spaces only. */
const EMPTY_SIDE = /^\|[-−–—=_| ]*$/u;
/**
 * A side line with words inside: `| Surface : 5 400 hectares. |`, or with its left bar only,
 * where the extraction read the right one as a line of its own (`| Surface : …` then `|`).
 */
const TEXT_SIDE = /^\|\s*(.*?)\s*\|?$/u;

/** Whether `text` is a drawn frame's edge (the first character tried first: most lines are let go on it). */
export function isFrameEdge(text: string): boolean {
  return text.length >= 7 && text.charCodeAt(0) === 43 && FRAME_EDGE.test(text);
}

export interface DrawnBox {
  /** Indexes of the box's edges and empty sides: drawing only. */
  drawing: number[];
  /** Indexes of its side lines holding words, with the words alone. */
  texts: Map<number, string>;
  /** Index of the line right after the lower edge. */
  end: number;
}

/**
 * The boxes drawn with characters in `lines`, from an edge to the next, lines `skip` says are
 * already out passed over (a page's head printed between a box's two halves). Only a run opened
 * and closed by edges, every line between them a side, is taken: a lone bar can be a table's.
 */
export function findDrawnBoxes(lines: readonly PageLine[], skip: (index: number) => boolean): DrawnBox[] {
  const boxes: DrawnBox[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    if (!isFrameEdge((lines[index] as PageLine).content)) continue;
    const drawing = [index];
    const texts = new Map<number, string>();
    let end = index + 1;
    for (; end < lines.length; end += 1) {
      if (skip(end)) continue;
      const content = (lines[end] as PageLine).content;
      if (content.charCodeAt(0) !== 124 || isFrameEdge(content)) break;
      if (EMPTY_SIDE.test(content)) drawing.push(end);
      else {
        const inside = TEXT_SIDE.exec(content);
        if (inside === null) break;
        texts.set(end, inside[1] as string);
      }
    }
    if (end < lines.length && isFrameEdge((lines[end] as PageLine).content) && end > index + 1) {
      drawing.push(end);
      boxes.push({ drawing, texts, end: end + 1 });
      index = end;
    }
  }
  return boxes;
}

/**
 * A searchable scan: a PDF whose pages are pictures of print, with the words an OCR engine read
 * laid over them as invisible text (OCRmyPDF, pdfsandwich, Paperless-ngx, `tesseract … pdf`).
 * Its text layer is not typeset: tesseract draws each word on its own in `GlyphLessFont`, a font
 * with no glyphs, sized to the word's box, so the sizes, weights and positions the PDF layout reads
 * (`pdf-layout.ts`) say little (a headline's two lines come out 22 and 24 points, a line that spans
 * the columns is as many words as the gutter cuts), while the order of drawing is the engine's own
 * reading order, columns already one after the other. That is what tesseract's text output holds,
 * and what the OCR text path reads (`src/structure.ts`'s layouts, tuned on real OCR): so the layer
 * is turned back into that text, a line per printed line, a blank line where the engine's
 * reading jumps (a column's or a block's start), the type changes size or a gap between lines is
 * wider than a line's, and read as OCR text (whose rules find the paragraphs inside a block: a
 * blank line at each first-line indent, or at white added between two lines over the page's usual
 * pitch, was tried: each made a few more paragraphs exact on one split's scans and lost more
 * sentences and roles on three others').
 *
 * Evidence that a layer is OCR's: its text is drawn in the glyph-less font OCR engines built on
 * tesseract use for it, or it is drawn invisible (render mode 3) over pictures of the pages, as
 * OCRmyPDF's hOCR renderer lays a line at a time in Helvetica and other OCR programs in their
 * own fonts: sizes and positions drawn to fit a picture, not set by a typesetter.
 */
import type { PdfDocument, PdfTextPiece } from '../ingest/read-pdf.ts';

/** The font tesseract's PDF renderer (and so OCRmyPDF's) draws its invisible words in. */
const GLYPHLESS_FONT = /^GlyphLessFont$/i;

/** Share of the layer's characters that must be in that font. */
const OCR_SHARE = 0.9;

/** Whether the document's text is an OCR engine's invisible layer over scanned pages. */
export function isOcrTextLayer(document: PdfDocument): boolean {
  if (document.invisibleText === true) return true;
  let ocr = 0;
  let all = 0;
  for (const page of document.pages) {
    for (const piece of page.pieces) {
      const length = piece.text.trim().length;
      all += length;
      if (GLYPHLESS_FONT.test(document.fonts[piece.font]?.name ?? '')) ocr += length;
    }
  }
  return all > 0 && ocr >= OCR_SHARE * all;
}

/** A printed line rebuilt from the layer's words. */
interface LayerLine {
  /** Baseline, points from the page's top. */
  y: number;
  left: number;
  right: number;
  size: number;
  words: string[];
}

/** The OCR layer as the engine's text: its lines, blank lines between blocks, a form feed between pages. */
export interface OcrLayerText {
  text: string;
  /** The 1-based page of each line of `text` (blank lines included). */
  linePages: number[];
}

/** The layer's words back into lines and blocks, page after page, in the order they were drawn. */
export function ocrLayerText(document: PdfDocument): OcrLayerText {
  const out: string[] = [];
  const linePages: number[] = [];
  document.pages.forEach((page, index) => {
    const lines = layerLines(page.pieces);
    lines.forEach((line, at) => {
      const before = lines[at - 1];
      if (before !== undefined && startsBlock(before, line)) {
        out.push('');
        linePages.push(page.number);
      }
      out.push((index > 0 && at === 0 ? '\f' : '') + line.words.join(' '));
      linePages.push(page.number);
    });
  });
  return { text: out.join('\n'), linePages };
}

/** Words on one baseline, each starting right of the one before, make a line. */
function layerLines(pieces: readonly PdfTextPiece[]): LayerLine[] {
  const lines: LayerLine[] = [];
  for (const piece of pieces) {
    const text = piece.text.trim();
    if (text === '') continue;
    const line = lines.at(-1);
    if (line !== undefined && Math.abs(piece.y - line.y) < Math.max(piece.size, line.size) / 2 && piece.x >= line.right - piece.size / 4) {
      line.words.push(text);
      line.right = piece.x + piece.width;
      line.size = Math.max(line.size, piece.size);
    } else {
      lines.push({ y: piece.y, left: piece.x, right: piece.x + piece.width, size: piece.size, words: [text] });
    }
  }
  return lines;
}

/**
 * A line opens a new block where the reading goes back up the page (the next column, a block set
 * beside), where the type changes size by more than OCR's own wavering (a headline's lines come
 * out 22 and 24 points; a headline over a standfirst, 22 and 11), where more than a line's worth
 * of white lies between two lines (about twice the type's size from baseline to baseline), or
 * where it moves to another left edge with a wider gap than the lines'.
 */
function startsBlock(before: LayerLine, line: LayerLine): boolean {
  const pitch = line.y - before.y;
  const size = Math.max(before.size, line.size);
  if (pitch <= 0) return true;
  if (Math.max(before.size, line.size) > 1.3 * Math.min(before.size, line.size)) return true;
  if (pitch > 1.9 * size) return true;
  return Math.abs(line.left - before.left) > 3 * size && pitch > 1.6 * size;
}



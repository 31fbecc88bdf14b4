/**
 * Builds the text layer of PDF pages by hand, as `readPdf` would hand it to the layout, to
 * test layout decisions one at a time: lines placed where a typesetter would put them, each
 * one piece of text in one font. A character is `CHARACTER_WIDTH` of the font size wide.
 */
import type { PdfDocument, PdfFont, PdfTextPiece } from '../../src/ingest/read-pdf.ts';

export const CHARACTER_WIDTH = 0.42;

export type FontKey = 'regular' | 'bold' | 'italic';

const FONTS: Record<FontKey, PdfFont> = {
  regular: { name: 'Times-Roman', bold: false, italic: false },
  bold: { name: 'Times-Bold', bold: true, italic: false },
  italic: { name: 'Times-Italic', bold: false, italic: true },
};

export interface PlacedLine {
  text: string;
  x: number;
  /** Baseline, from the page's top. */
  y: number;
  /** @default the text's natural width */
  width?: number;
  /** @default 10 */
  size?: number;
  /** @default 'regular' */
  font?: FontKey;
  /** Whether the page draws a space glyph after the line's last word (`PdfTextPiece.spaceDrawnAfter`). @default unset: not read */
  spaceDrawnAfter?: boolean;
}

export function naturalWidth(text: string, size = 10): number {
  return text.length * size * CHARACTER_WIDTH;
}

/** A document of A4 pages (595 x 842 points) holding the lines given for each. */
export function pdfDocument(pages: PlacedLine[][]): PdfDocument {
  return {
    fonts: { ...FONTS },
    pages: pages.map((lines, index) => ({
      number: index + 1,
      width: 595,
      height: 842,
      pieces: lines.map(
        (line): PdfTextPiece => ({
          text: line.text,
          x: line.x,
          y: line.y,
          width: line.width ?? naturalWidth(line.text, line.size ?? 10),
          size: line.size ?? 10,
          font: line.font ?? 'regular',
          ...(line.spaceDrawnAfter === undefined ? {} : { spaceDrawnAfter: line.spaceDrawnAfter }),
        }),
      ),
    })),
  };
}

export interface ColumnOptions {
  x: number;
  width: number;
  /** Baseline of the first line. */
  top: number;
  /** @default 12 */
  leading?: number;
  /** First-line indent. @default 0 */
  indent?: number;
  /** Extra space between paragraphs. @default 0 */
  paragraphSpace?: number;
  /** @default 10 */
  size?: number;
  /** @default 'regular' */
  font?: FontKey;
}

/**
 * A justified column: each paragraph is a list of printed lines; every line but a
 * paragraph's last fills the column's width. Returns the lines and the next free baseline.
 */
export function column(paragraphs: string[][], options: ColumnOptions): { lines: PlacedLine[]; next: number } {
  const leading = options.leading ?? 12;
  const indent = options.indent ?? 0;
  const lines: PlacedLine[] = [];
  let y = options.top;
  paragraphs.forEach((paragraph, paragraphIndex) => {
    if (paragraphIndex > 0) y += options.paragraphSpace ?? 0;
    paragraph.forEach((text, lineIndex) => {
      const x = options.x + (lineIndex === 0 ? indent : 0);
      const last = lineIndex === paragraph.length - 1;
      lines.push({
        text,
        x,
        y,
        width: last ? naturalWidth(text, options.size ?? 10) : options.x + options.width - x,
        size: options.size,
        font: options.font,
      });
      y += leading;
    });
  });
  return { lines, next: y };
}

/**
 * Ingest for PDF files: the page's own text layer, read with pdf.js (`pdfjs-dist`, its
 * `legacy` build, which runs on Node 20), as positioned pieces of text with their font.
 * Nothing is decided here about lines, columns or roles: that is the layout stage's
 * (`src/layout/pdf-layout.ts`). Encrypted, image-only and corrupt files are refused with one
 * clear error each.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BilingualError } from '../errors.ts';

/** A font as the page names it, with what its name says of its weight and slant. */
export interface PdfFont {
  /** The font's PostScript name without its subset tag (`LMRoman10-Bold`, `Times-Italic`). */
  name: string;
  bold: boolean;
  italic: boolean;
}

/** A run of text drawn in one font along one baseline, as pdf.js reports it. */
export interface PdfTextPiece {
  text: string;
  /** Left edge, in points from the page's left edge. */
  x: number;
  /** Baseline, in points from the page's top edge. */
  y: number;
  /** Advance width, in points. */
  width: number;
  /** Font size (the text's height on the page), in points. */
  size: number;
  /** Key into `PdfDocument.fonts`. */
  font: string;
}

export interface PdfPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  pieces: PdfTextPiece[];
}

export interface PdfDocument {
  pages: PdfPage[];
  fonts: Record<string, PdfFont>;
}

/** The first bytes of every PDF file. */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** Whether the bytes are a PDF file (`%PDF-` within the first kilobyte, as readers accept). */
export function isPdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let start = 0; start <= limit; start += 1) {
    let matched = true;
    for (let index = 0; index < PDF_MAGIC.length; index += 1) {
      if (bytes[start + index] !== PDF_MAGIC[index]) {
        matched = false;
        break;
      }
    }
    if (matched) return true;
  }
  return false;
}

const BOLD_NAME = /bold|black|heavy|semibold|demibold|demi\b|extrabold|ultrabold|(?:^|[-_,])(?:b|bd|bi|bx|sb)$/i;
const ITALIC_NAME = /italic|oblique|slanted|kursiv|(?:^|[-_,])(?:i|it|bi|ti|sl)$/i;

/** Weight and slant from a font's name (`ABCDEF+LMRoman10-BoldItalic`, `Times-Italic`, `NimbusRomNo9L-Medi`). */
export function describeFont(rawName: string): PdfFont {
  const name = rawName.replace(/^[A-Z]{6}\+/, '');
  // Computer Modern's own names: cmbx (bold extended), cmti (text italic), cmsl (slanted).
  const computerModern = /^(?:cm|ec|lm)(bx|b|ti|it|sl|bxti|bxsl)\d/i.exec(name.toLowerCase())?.[1];
  return {
    name,
    bold: BOLD_NAME.test(name) || /medi$/i.test(name) || (computerModern !== undefined && computerModern.startsWith('b')),
    italic: ITALIC_NAME.test(name) || /ital$/i.test(name) || (computerModern !== undefined && /ti|it|sl/.test(computerModern)),
  };
}

/**
 * Reads the text layer of a PDF. pdf.js runs in-process (its fake worker), prints nothing
 * (verbosity: errors only, standard fonts and character maps read from the package), and
 * never touches the network.
 */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<PdfDocument> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const packageFolder = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given: give it a copy.
    data: bytes.slice(),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    standardFontDataUrl: folderUrl(join(packageFolder, 'standard_fonts')),
    cMapUrl: folderUrl(join(packageFolder, 'cmaps')),
    cMapPacked: true,
    wasmUrl: folderUrl(join(packageFolder, 'wasm')),
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw refusal(error, fileName);
  }
  try {
    const pages: PdfPage[] = [];
    const fonts: Record<string, PdfFont> = {};
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent({ includeMarkedContent: false });
      const pieces: PdfTextPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        // Text turned on the page (a spine, a vertical credit) is no part of the reading.
        if (Math.abs(b ?? 0) > 0.01 || Math.abs(c ?? 0) > 0.01 || (a ?? 0) <= 0 || (d ?? 0) <= 0) continue;
        const [x, y] = viewport.convertToViewportPoint(e ?? 0, f ?? 0) as [number, number];
        pieces.push({ text: item.str, x, y, width: item.width, size: d ?? 0, font: item.fontName });
      }
      if (pieces.some((piece) => !(piece.font in fonts))) {
        // pdf.js hands a font's name over only with the page's drawing operations.
        await page.getOperatorList();
        for (const piece of pieces) {
          if (piece.font in fonts) continue;
          const font = page.commonObjs.has(piece.font) ? (page.commonObjs.get(piece.font) as { name?: string } | null) : null;
          fonts[piece.font] = describeFont(font?.name ?? piece.font);
        }
      }
      pages.push({ number, width: viewport.width, height: viewport.height, pieces });
      page.cleanup();
    }
    if (pages.every((page) => page.pieces.length === 0)) {
      throw new BilingualError(
        'INPUT_PDF_NO_TEXT',
        `${fileName} has no text layer (a scanned or image-only PDF); run it through OCR first and give the text.`,
        { details: { file: fileName, pages: pages.length } },
      );
    }
    return { pages, fonts };
  } catch (error) {
    throw refusal(error, fileName);
  } finally {
    await document.destroy().catch(() => undefined);
  }
}

function folderUrl(path: string): string {
  return `${pathToFileURL(path).href}/`;
}

/** pdf.js's exceptions to one clear error. */
function refusal(error: unknown, fileName: string): BilingualError {
  if (error instanceof BilingualError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') {
    return new BilingualError('INPUT_PDF_ENCRYPTED', `${fileName} is a password-protected PDF; save an unprotected copy and give that.`, {
      cause: error,
      details: { file: fileName },
    });
  }
  return new BilingualError('INPUT_PDF_CORRUPT', `${fileName} is not a readable PDF (the file is damaged or truncated).`, {
    cause: error,
    details: { file: fileName, reason: error instanceof Error ? error.message : String(error) },
  });
}

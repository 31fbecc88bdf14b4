/**
 * Ingest for PDF files: the page's own text layer, read with pdf.js (`pdfjs-dist`, its
 * `legacy` build, which runs on Node 20) in a worker thread, as positioned pieces of text
 * with their font.
 * Nothing is decided here about lines, columns or roles: that is the layout stage's
 * (`src/layout/pdf-layout.ts`). Encrypted, image-only and corrupt files are refused with one
 * clear error each.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { BilingualError } from '../errors.ts';
import { composeDrawnAccents } from './pdf-drawn-accents.ts';
import { readTexEncoding, scriptGuillemets, texEncoding, withoutControlCharacters, type TexEncoding } from './pdf-tex-encodings.ts';

/** A font as the page names it, with what its name says of its weight and slant. */
export interface PdfFont {
  /** The font's PostScript name without its subset tag (`LMRoman10-Bold`, `Times-Italic`). */
  name: string;
  bold: boolean;
  italic: boolean;
  /**
   * A monospaced face whose encoding draws code 0x27 (the ASCII apostrophe) with `quoteright`
   * (PostScript's Latin-1, as enscript and a2ps print plain text): its `’` may be a `'` typed.
   */
  typewriterQuotes?: boolean;
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
  /**
   * Whether the page draws a space glyph right after the piece's last glyph (which pdf.js leaves
   * out of the text at a line's end); unset where the page's drawing was not read for it.
   */
  spaceDrawnAfter?: boolean;
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
  /**
   * The text is drawn invisible (render mode 3) over pictures of the pages, on the pages whose
   * drawing was read (those with a font not met before): a scan with OCR's words laid over it.
   */
  invisibleText?: boolean;
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
 * Reads the text layer of a PDF. pdf.js runs in a worker thread (`pdf-text-layer-worker.mjs`,
 * loaded once and kept for the next file), prints nothing (verbosity: errors only, standard
 * fonts and character maps read from the package), and never touches the network.
 */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<PdfDocument> {
  let answer: TextLayer;
  try {
    answer = await textLayerWorker().read(bytes);
  } catch (error) {
    throw refusal(error, fileName);
  }
  const fonts: Record<string, PdfFont> = {};
  for (const [key, name] of Object.entries(answer.fontNames)) fonts[key] = describeFont(name);
  for (const key of answer.typewriterQuoteFonts ?? []) if (fonts[key] !== undefined) fonts[key] = { ...fonts[key], typewriterQuotes: true };
  if (answer.pages.every((page) => page.pieces.length === 0)) {
    throw new BilingualError(
      'INPUT_PDF_NO_TEXT',
      `${fileName} has no text layer: its pages are pictures (a scan, or text turned into drawings).`,
      { details: { file: fileName, pages: answer.pages.length } },
    );
  }
  // Glyphs pdf.js cannot name in TeX's fonts read through their encodings (see `texEncoding`),
  // the control characters left (drawings) dropped (`withoutControlCharacters`), guillemets TeX draws as mathematics read as such (`scriptGuillemets`), then the accents TeX
  // draws apart from their letters put back on them (`composeDrawnAccents`).
  const bitmapFonts = new Set(answer.texBitmapFonts ?? []);
  const encodings = new Map<string, TexEncoding>();
  for (const [key, name] of Object.entries(answer.fontNames)) {
    const encoding = texEncoding(name, bitmapFonts.has(key));
    if (encoding !== undefined) encodings.set(key, encoding);
  }
  const pages = answer.pages.map((page) => {
    const pieces = page.pieces
      .map((piece) => {
        const encoding = encodings.get(piece.font);
        const text = withoutControlCharacters(encoding === undefined ? piece.text : readTexEncoding(piece.text, encoding));
        return text === piece.text ? piece : { ...piece, text };
      })
      .filter((piece) => piece.text !== '');
    return { ...page, pieces: composeDrawnAccents(scriptGuillemets(pieces)) };
  });
  return answer.invisibleText === true ? { pages, fonts, invisibleText: true } : { pages, fonts };
}

/** What the worker sends back: the pages, each font key's name as the PDF gives it, the fonts whose `’` may be a typed `'`, and whether its text is invisible over pictures. */
interface TextLayer {
  pages: PdfPage[];
  fontNames: Record<string, string>;
  typewriterQuoteFonts?: string[];
  /** The fonts pdfTeX drew from TeX's bitmaps (see `texEncoding`). */
  texBitmapFonts?: string[];
  /** Its text drawn invisible over pictures (see `PdfDocument.invisibleText`). */
  invisibleText?: boolean;
}

type WorkerAnswer = { id: number; document: TextLayer } | { id: number; error: { name: string; message: string } };

/** One worker for the process, started on the first PDF; it keeps the process alive only while it has work. */
class TextLayerWorker {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (layer: TextLayer) => void; reject: (error: unknown) => void }>();
  readonly #folders: Record<'standardFonts' | 'characterMaps' | 'wasm', string>;
  #nextId = 1;

  constructor() {
    const packageFolder = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    this.#folders = {
      standardFonts: folderUrl(join(packageFolder, 'standard_fonts')),
      characterMaps: folderUrl(join(packageFolder, 'cmaps')),
      wasm: folderUrl(join(packageFolder, 'wasm')),
    };
    // No inherited flags: `--import tsx` would send pdf.js through tsx again, and flags such
    // as `--input-type` are refused in a worker.
    // `node:worker_threads` at the first PDF: every structure stage loads this module (for
    // `isPdf`), and a text never needs a worker.
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    this.#worker = new Worker(new URL('./pdf-text-layer-worker.mjs', import.meta.url), { execArgv: [] });
    this.#worker.on('message', (answer: WorkerAnswer) => {
      const request = this.#pending.get(answer.id);
      if (request === undefined) return;
      this.#settled(answer.id);
      if ('error' in answer) request.reject(Object.assign(new Error(answer.error.message), { name: answer.error.name }));
      else request.resolve(answer.document);
    });
    this.#worker.on('error', (error) => this.#failAll(readerFailed(error)));
    this.#worker.on('exit', (code) => this.#failAll(readerFailed(new Error(`its worker thread stopped (exit code ${code})`))));
    // After the listeners: adding a `message` listener refs the thread's port again, and a
    // reader started for a file that turns out to hold text kept the process alive for good.
    this.#worker.unref();
  }

  read(bytes: Uint8Array): Promise<TextLayer> {
    const id = this.#nextId;
    this.#nextId += 1;
    // The worker takes its own copy: the caller keeps its bytes.
    const copy = bytes.slice();
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      if (this.#pending.size === 1) this.#worker.ref();
      this.#worker.postMessage({ id, bytes: copy, folders: this.#folders }, [copy.buffer]);
    });
  }

  #settled(id: number): void {
    this.#pending.delete(id);
    if (this.#pending.size === 0) this.#worker.unref();
  }

  #failAll(error: unknown): void {
    for (const [id, request] of this.#pending) {
      this.#settled(id);
      request.reject(error);
    }
    if (sharedWorker === this) sharedWorker = undefined;
  }
}

let sharedWorker: TextLayerWorker | undefined;

/**
 * Starts pdf.js's worker thread now, so that it loads pdf.js while this thread loads the rest
 * of the structure stage: `bilingual segment x.pdf` calls it before importing the stage. The
 * worker keeps no process alive while it has no work.
 */
export function startPdfReader(): void {
  textLayerWorker();
}

function textLayerWorker(): TextLayerWorker {
  sharedWorker ??= new TextLayerWorker();
  return sharedWorker;
}

function folderUrl(path: string): string {
  return `${pathToFileURL(path).href}/`;
}

/** The reader itself failed (pdf.js could not load or its thread died): not the file's fault. */
function readerFailed(cause: unknown): BilingualError {
  return new BilingualError('PDF_READER_FAILED', `The PDF reader (pdf.js) could not run: ${cause instanceof Error ? cause.message : String(cause)}.`, {
    cause,
  });
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

/**
 * `npm run score:structure`: structures every extraction of the print-page corpus
 * (test/fixtures/pages/<split>/<name>/<name>.<typesetting>.<path>.txt, the path `tesseract` being
 * real OCR of the rendered page, made by test/fixtures/pages/tesseract-extraction.ts, and the
 * path `scan` real OCR of the page degraded as an old newspaper's scan, made by
 * test/fixtures/pages/make-pages-4.ts for held-out-4, make-pages-5.ts for held-out-5, make-pages-6.ts for held-out-6, make-pages-7.ts for held-out-7, make-pages-8.ts for held-out-8, make-pages-9.ts for held-out-9, make-pages-10.ts for held-out-10, make-pages-11.ts for held-out-11, make-pages-12.ts for held-out-12, make-pages-13.ts for held-out-13, make-pages-14.ts for held-out-14, make-pages-15.ts for held-out-15, make-pages-16.ts for held-out-16, make-pages-17.ts for held-out-17, make-pages-18.ts for held-out-18, make-pages-19.ts for held-out-19, make-pages-20.ts for held-out-20, make-pages-21.ts for held-out-21, make-pages-22.ts for held-out-22, make-pages-23.ts for held-out-23, make-pages-24.ts for held-out-24, make-pages-25.ts for held-out-25, make-pages-26.ts for held-out-26, make-pages-27.ts for held-out-27, make-pages-28.ts for held-out-28, make-pages-29.ts for held-out-29, make-pages-30.ts for held-out-30, make-pages-31.ts for held-out-31, make-pages-32.ts for held-out-32, make-pages-33.ts for held-out-33, make-pages-34.ts for held-out-34, make-pages-35.ts for held-out-35, make-pages-36.ts for held-out-36, make-pages-37.ts for held-out-37 and make-pages-38.ts for held-out-38, and the .pdf given directly) and prints, per split and extraction path, the share of paragraphs and
 * sentences exact, of roles right, and the words lost and invented. The `all text` row sums
 * the text paths scored before session 29 (pdftotext, raw, layout, ocr, seed, tesseract and scan),
 * so that it stays comparable with earlier sessions; the `other extractors` row sums the paths
 * of the tools other than poppler a new user may extract with (committed by
 * test/fixtures/pages/other-extractions.ts, where a tool did not fail on the page):
 *   mutool    MuPDF's `mutool draw -F txt`
 *   pymupdf   PyMuPDF's `page.get_text()`, a form feed after each page
 *   pdfminer  pdfminer.six's `pdf2txt`, its layout analysis' text boxes with a blank line after each
 *   pypdf     pypdf's `page.extract_text()`, a form feed after each page
 *   pdfjs     the text a reader copies out of pdf.js's viewer: the text layer's items, a line break
 *             where one ends a line, a form feed after each page
 *   pdfbox    Apache PDFBox's `ExtractText` (Tika's PDF parser), content-stream order, pages run on
 * and, beside them, the `scan-pdf` path: each page scanned (200 dpi) and read by tesseract into a
 * searchable PDF whose text is OCR's invisible layer (test/fixtures/ocr-layer/<split>/, made by
 * make-ocr-layer.sh there, where a split has them), read as `bilingual segment` reads such a PDF;
 * like `pdf`, it is left out of the `all text` row.
 *
 * Every kind of horizontal space counts as a plain space when texts are compared (a no-break space
 * the typesetter set where the source typed a plain one is no miss; test/support/structure-score.ts);
 * `--strict-spaces` tells them apart, as the scores before session 29 did. The `strict spaces`
 * column prints the strict paragraphs and sentences exact beside the default ones, so that what
 * only the space kinds make is seen.
 *
 * For the text paths that read the page in order (not `-layout`) it also prints a *ceiling*, labelled so: the share of expected paragraphs
 * and sentences whose every word the extraction itself holds, in order, after the normalisations
 * the structure stage makes (test/support/structure-ceiling.ts). A paragraph under the ceiling
 * holds a word the extraction misread (OCR), which no structure rule can make exact; the gap
 * between the ceiling and the exact share is what the structure stage gets wrong. The ceiling
 * changes nothing in how the other columns are counted.
 *
 * Usage: node --import tsx scripts/score-structure.ts [--split dev|dev-2|dev-3|held-out|held-out-2|held-out-3|held-out-4|held-out-5|held-out-6|held-out-7|held-out-8|held-out-9|held-out-10|held-out-11|held-out-12|held-out-13|held-out-14|held-out-15|held-out-16|held-out-17|held-out-18|held-out-19|held-out-20|held-out-21|held-out-22|held-out-23|held-out-24|held-out-25|held-out-26|held-out-27|held-out-28|held-out-29|held-out-30|held-out-31|held-out-32|held-out-33|held-out-34|held-out-35|held-out-36|held-out-37|held-out-38|dev-4|val-1|pdf-dev|pdf-dev-2|all] [--json] [--verbose]
 *              (`all`: every split but the session's blind one, which is scored by name)
 *   --split    which split to score (default: dev); dev-2 and held-out-2 are typeset with other
 *              tools (LibreOffice, LaTeX twocolumn, groff -mom) by make-pages-2.ts: dev-2 to work
 *              on, held-out-2 first scored blind; held-out-3 is typeset by make-pages-3.ts with
 *              Chromium (HTML printed to PDF), WeasyPrint and LuaLaTeX, and has the tesseract path too; pdf-dev: more Writer pages (2 and 3
 *              columns, A4 and A5) to work on the PDF reader's columns; pdf-dev-2: PDF only, FreeHEP's
 *              PDFGraphics2D and CUPS's texttopdf (make-pages-pdf-dev-2.py), to work on the PDF reader
 *              with writers no other split uses; held-out-4 is typeset by
 *              make-pages-4.ts with wkhtmltopdf and AbiWord, and also has the scan path (tesseract
 *              on a degraded 200 dpi scan); held-out-5 is typeset by make-pages-5.ts with
 *              ConTeXt, groff -me and -mm, and XeLaTeX with paracol, and also has the scan path;
 *              held-out-6 is typeset by make-pages-6.ts with Scribus, LaTeX flowfram and
 *              pandoc's ms writer with groff, and also has the scan path; held-out-7 is
 *              typeset by make-pages-7.ts with ReportLab, pdfkit and Apache FOP, and also has the
 *              scan path; held-out-8 is typeset by make-pages-8.ts with Typst, fpdf2 and
 *              GNU enscript (a wire printout), and also has the scan path; held-out-9 is
 *              typeset by make-pages-9.ts with Pango and Cairo, Qt's QTextDocument and QPrinter,
 *              and a PostScript page program run by Ghostscript, and also has the scan path;
 *              held-out-10 is typeset by make-pages-10.ts with the JavaScript PDF
 *              libraries pdfmake, jsPDF and pdf-lib, and also has the scan path;
 *              held-out-11 is typeset by make-pages-11.ts with TCPDF, matplotlib's PDF
 *              backend and mutool create, and also has the scan path; held-out-12 is
 *              typeset by make-pages-12.ts with Prawn (Ruby), PyMuPDF's Story (MuPDF's HTML
 *              layout) and libharu, and also has the scan path; held-out-13 is typeset by
 *              make-pages-13.ts with Firefox ESR (Gecko printing HTML), Inkscape's flowed text
 *              and a2ps (a Latin-1 wire printout), and also has the scan path; held-out-14
 *              is typeset by make-pages-14.ts with LibreOffice Draw (text frames),
 *              Calligra Words and html2ps, and also has the scan path; held-out-15 is
 *              typeset by make-pages-15.ts with iText 5 (Java), Perl's PDF::API2 and LibreOffice
 *              Impress, and also has the scan path; held-out-16 is typeset by
 *              make-pages-16.ts with @react-pdf/renderer, Apache PDFBox 2 (a Java program that
 *              breaks its own lines) and xhtml2pdf (HTML and CSS frames), and also has the scan path;
 *              held-out-17 is typeset by make-pages-17.ts with the
 *              pdfjs npm library, Tk's canvas (PostScript) and GNU Emacs's fill and ps-print (a
 *              Latin-1 wire printout), and also has the scan path; held-out-18 is typeset by make-pages-18.ts with Vivliostyle (CSS paged media in
 *              Chromium), LibreOffice Calc (wrapped, hyphenated cells) and Vim's :hardcopy (a
 *              Windows-1252 wire printout), and also has the scan path; held-out-19 is typeset
 *              by make-pages-19.ts with PHP's Dompdf (HTML and CSS), Apache Batik (SVG 1.2 text flowed
 *              into column regions) and R's pdf() device with grid (greedy lines placed one by one),
 *              and also has the scan path; held-out-20 is typeset by make-pages-20.ts with
 *              the @pdfme/generator npm library (positioned text boxes, its own greedy breaker),
 *              Paged.js on Chromium (CSS paged media) and fig2dev (Xfig's text objects, lines
 *              broken by a greedy loop), and also has the scan path; held-out-21 is typeset
 *              by make-pages-21.ts with iText 2 (Java: ColumnText breaks and hyphenates the lines),
 *              Gnumeric's ssconvert (wrapped cells) and PyX (lines placed one by one, broken by a
 *              greedy loop), and also has the scan path; held-out-22 is typeset by make-pages-22.ts
              with HTMLDOC (HTML 3.2, the columns cells of a table), Asciidoctor PDF (Prawn's
              column box) and rst2pdf (reStructuredText on ReportLab's frames), and also has the
              scan path; held-out-23 is typeset by make-pages-23.ts with WebKitGTK (HTML and CSS
              printed headless, columns filled by a script in the page), PDF::Builder (Perl: its
              paragraph() in each column's room) and gofpdf (Go: MultiCell in FPDF's columns), and
              also has the scan path; held-out-24 is typeset by make-pages-24.ts with wxHTML
              (wxWidgets' HTML engine, columns cut at its page breaks), muhammara (a C++ PDF writer,
              the lines broken by Knuth and Plass's total fit) and Calibre (HTML in CSS columns
              through Qt WebEngine), and also has the scan path; held-out-25 is typeset by
              make-pages-25.ts with Java2D (LineBreakMeasurer's lines on FreeHEP's SVG driver,
              printed by CairoSVG), FPDF (PHP: MultiCell in its own columns) and PDF::Create (Perl:
              the standard fonts, lines filled as its block_text does), and also has the scan path;
              held-out-26 is typeset by make-pages-26.ts with PDF::Reuse (Perl: the standard fonts,
              a justified line drawn word by word), Flying Saucer (Java: XHTML and CSS, its columns a
              table's cells) and PoDoFo (C++: subset TrueType fonts, columns never balanced), and
              also has the scan path; held-out-27 is typeset by make-pages-27.ts with one page
              make-up drawn by Text::PDF (Perl: the standard fonts, a justified line widened by
              Tw), pydyf (Python: the standard fonts, a justified line one TJ array) and LibPDF
              (the @libpdf/core npm library: subset TrueType fonts, justified word by word), and
              also has the scan path; held-out-28 is typeset by make-pages-28.ts with engines that
              each break their own lines: Swing (Java's javax.swing.text rows stacked in columns,
              drawn by pdfbox-graphics2d), GNU LilyPond (text-only markup pages, one column, its
              SVG pages made a PDF by rsvg-convert) and plain LuaTeX (Knuth-Plass lines with French
              hyphenation, the galley poured into columns by \vsplit), and also has the scan path;
              held-out-29 is typeset by make-pages-29.ts with engines that each break their own
              lines: Halibut (its paper back end's own wrapper, one column, the standard fonts),
              GNU Texinfo on pdfTeX (Knuth-Plass lines with French hyphenation, Texinfo's own
              double columns) and Racket's racket/draw PDF context (the program's greedy lines,
              columns filled top to bottom), and also has the scan path;
              held-out-30 is typeset by make-pages-30.ts, each page's lines broken by its
              engine's program or library: Skia's PDF back end through @napi-rs/canvas (the
              program's greedy lines, hyphenated at the spec's soft hyphens), the Syncfusion
              JS PDF library (its PdfStringLayouter's lines) and Horde's PHP PDF writer (its
              multiCell's lines, columns by its acceptPageBreak), and also has the scan path;
              held-out-31 is typeset by make-pages-31.ts, each page's lines broken by its
              engine's program or library: Forme (a Rust engine as WebAssembly: its Knuth-Plass
              lines with its own French hyphenation), PeculiarVentures' @peculiar/pdf-doc (its
              TextSizeCounter's greedy lines) and Perl's PostScript::TextBlock (its Write's
              lines, the page a PostScript program made into PDF by Ghostscript), and also has
              the scan path; held-out-32 is typeset by make-pages-32.ts, each page's lines
              broken by a library and written by a PDF writer no earlier set used: ExcelTS's
              PDF module (its wrapTextLines' greedy lines, its own writer), tex-linebreak's
              Knuth-Plass lines with hypher's French patterns written by PDFium (as
              WebAssembly) and typesettable's Wrapper lines written by Free Pascal's fcl-pdf,
              and also has the scan path; held-out-33 is typeset by make-pages-33.ts, each
              page written by a PDF writer no earlier set used: the Coherent PDF library (cpdf,
              as JavaScript; greedy lines hyphenated by the hyphen package's French patterns),
              RBPDF (Ruby; lines broken by its MultiCell rule) and Origami (Ruby; lines broken
              for the least raggedness), and also has the scan path; held-out-34 is typeset by
              make-pages-34.ts, each page written by a PDF writer no earlier set used: pikepdf
              (qpdf's Python binding; greedy lines with a hyphenation zone, cut at hyphenopoly's
              French patterns), PyPDF2 (balanced lines) and pstoedit's PDF driver (greedy lines
              whose spaces may shrink), and also has the scan path; held-out-35 is typeset by
              make-pages-35.ts, each page written by a PDF writer no earlier set used: PDFGen (C;
              PDFGen's own wrapping, justified by character spacing) and PDFio (C; lines that
              prefer to end after punctuation, each a TJ array of words with no space character)
              and cl-pdf (Common Lisp; greedy lines hyphenated at Pyphen's French dictionary,
              justified by horizontal scaling), and also has the scan path; held-out-36 is typeset
              by make-pages-36.ts, each page written by a PDF writer no earlier set used: pdf4tcl
              (Tcl; pdf4tcl's drawTextBox rule, breaking at a space or a compound's hyphen,
              justified by word spacing), pdfrw (Python; greedy lines condensed by horizontal
              scaling when they overrun by up to 3 %, hyphenated at soft hyphens) and PDFjet (Java;
              no short last line, a justified line written word by word), and also has the scan path;
              held-out-37 is typeset by make-pages-37.ts, each page written by a PDF writer no
              earlier set used: HexaPDF (Ruby; greedy lines hyphenated at soft hyphens, none ending
              on a word of one or two letters, justified by word spacing), the R&OS PDF class (PHP;
              its addTextWrap rule, a word's trailing punctuation left out of the measure) and gopdf
              (Go; embedded TrueType subsets, hyphenated only when a line would be loose, a justified
              line written word by word), and also has the scan path;
              held-out-38 is typeset by make-pages-38.ts, each page written by a PDF writer no
              earlier set used: OrsonPDF (Java; MacRoman strings, greedy lines hyphenated at soft
              hyphens keeping four letters and carrying three, a justified line drawn word by word),
              Zend_Pdf (PHP; greedy lines never ending on a title, abbreviation, figure, opening
              guillemet or dash, justified by word spacing) and PyFPDF (Python; its multi_cell rule,
              the measure narrowed by the cell's margins), and also has the scan path
 *   --paths    score only these extraction paths, comma-separated (e.g. ocr,tesseract,scan, or
 *              mutool,pymupdf,pdfminer,pypdf,pdfjs,pdfbox for the other extractors); default: every path
 *   --strict-spaces  tell a no-break, narrow or figure space from a plain one (the default counts
 *              them alike)
 *   --json     print the per-file and per-path results as JSON instead of tables
 *   --verbose  also print every miss: each inexact paragraph with the closest actual block,
 *              each wrong role, each sentence not found, the words lost and invented
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { structureFileBytes } from '../src/structure.ts';
import type { StructuredArticle } from '../src/types.ts';
import { extractionTokens, isReadable, structureCeiling, type StructureCeiling } from '../test/support/structure-ceiling.ts';
import { scoreStructure, structureMisses, type ExpectedArticle, type ScoreOptions, type StructureScore } from '../test/support/structure-score.ts';

const PATHS = ['pdftotext', 'raw', 'layout', 'ocr', 'seed', 'tesseract', 'scan', 'pdf', 'scan-pdf', 'mutool', 'pymupdf', 'pdfminer', 'pypdf', 'pdfjs', 'pdfbox'] as const;
type ExtractionPath = (typeof PATHS)[number];
/**
 * The paths whose text reads the page in order, for which the ceiling means something: not the
 * PDF (no text to hold words), nor `-layout`, whose lines set columns side by side, so that a
 * paragraph running from one column's foot to the next column's head is scattered over the text.
 */
const CEILING_PATHS: ReadonlySet<ExtractionPath> = new Set(['pdftotext', 'raw', 'ocr', 'seed', 'tesseract', 'scan', 'mutool', 'pymupdf', 'pdfminer', 'pypdf', 'pdfjs', 'pdfbox']);
/** The other extractors' paths: summed in a row of their own, outside `all text`. */
const OTHER_PATHS: ReadonlySet<ExtractionPath> = new Set(['mutool', 'pymupdf', 'pdfminer', 'pypdf', 'pdfjs', 'pdfbox']);
/**
 * The session's blind split: `--split all` leaves it out, so that no one working on the stage
 * sees even its totals by accident; the lead scores it by name (the same as
 * structure-fingerprints.ts's and score-extractors.ts's).
 */
const BLIND: ReadonlySet<string> = new Set(['held-out-38']);
const SPLITS = ['dev', 'dev-2', 'dev-3', 'held-out', 'held-out-2', 'held-out-3', 'held-out-4', 'held-out-5', 'held-out-6', 'held-out-7', 'held-out-8', 'held-out-9', 'held-out-10', 'held-out-11', 'held-out-12', 'held-out-13', 'held-out-14', 'held-out-15', 'held-out-16', 'held-out-17', 'held-out-18', 'held-out-19', 'held-out-20', 'held-out-21', 'held-out-22', 'held-out-23', 'held-out-24', 'held-out-25', 'held-out-26', 'held-out-27', 'held-out-28', 'held-out-29', 'held-out-30', 'held-out-31', 'held-out-32', 'held-out-33', 'held-out-34', 'held-out-35', 'held-out-36', 'held-out-37', 'held-out-38', 'dev-4', 'val-1', 'pdf-dev', 'pdf-dev-2'] as const;

interface FileResult {
  split: string;
  article: string;
  typesetting: string;
  path: ExtractionPath;
  file: string;
  score?: StructureScore;
  /** The same score with the space kinds told apart (the default one when `--strict-spaces`). */
  strictScore?: StructureScore;
  /** For a text path: what the extraction holds at best (see structure-ceiling.ts). */
  ceiling?: StructureCeiling;
  /** Why the file was not scored (e.g. the structure stage cannot read PDFs yet). */
  skipped?: string;
  /** A structure error, scored as an empty article. */
  error?: string;
}

interface Totals {
  files: number;
  paragraphs: { exact: number; total: number };
  sentences: { exact: number; total: number };
  roles: { right: number; total: number };
  wordsLost: number;
  wordsInvented: number;
  /** Paragraphs and sentences exact with the space kinds told apart. */
  strict: { paragraphs: number; sentences: number };
  errors: number;
  skipped: number;
  /** Summed over the files that have a ceiling (the text paths). */
  ceiling: { files: number; paragraphs: { readable: number; total: number }; sentences: { readable: number; total: number } };
}

function parseArguments(argv: string[]): { splits: string[]; paths?: ReadonlySet<string>; json: boolean; verbose: boolean; strictSpaces: boolean } {
  let split = 'dev';
  let json = false;
  let strictSpaces = false;
  let verbose = false;
  let paths: string[] | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--json') json = true;
    else if (argument === '--verbose') verbose = true;
    else if (argument === '--strict-spaces') strictSpaces = true;
    else if (argument === '--split') split = argv[(index += 1)] ?? '';
    else if (argument?.startsWith('--split=') === true) split = argument.slice('--split='.length);
    else if (argument === '--paths') paths = (argv[(index += 1)] ?? '').split(',');
    else if (argument?.startsWith('--paths=') === true) paths = argument.slice('--paths='.length).split(',');
    else {
      process.stderr.write(`score-structure: unknown argument ${argument}\nusage: score-structure [--split ${SPLITS.join('|')}|all] [--paths ${PATHS.join(',')}] [--strict-spaces] [--json] [--verbose]\n`);
      process.exit(2);
    }
  }
  if (split !== 'all' && !(SPLITS as readonly string[]).includes(split)) {
    process.stderr.write(`score-structure: --split must be ${SPLITS.join(', ')} or all, not "${split}"\n`);
    process.exit(2);
  }
  const unknownPath = paths?.find((path) => !(PATHS as readonly string[]).includes(path));
  if (unknownPath !== undefined) {
    process.stderr.write(`score-structure: --paths takes ${PATHS.join(', ')}, not "${unknownPath}"\n`);
    process.exit(2);
  }
  return { splits: split === 'all' ? SPLITS.filter((name) => !BLIND.has(name)) : [split], ...(paths === undefined ? {} : { paths: new Set(paths) }), json, verbose, strictSpaces };
}

function emptyArticle(file: string): StructuredArticle {
  return {
    source: { file, encoding: 'utf-8', sha256: '', bytes: 0, layout: 'print' },
    language: 'fr',
    blocks: [],
    repairs: [],
    warnings: [],
  };
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

async function structure(file: string): Promise<StructuredArticle> {
  // A text or a PDF, told by its bytes, as `bilingual segment` reads it.
  return await structureFileBytes(new Uint8Array(readFileSync(file)), { fileName: file });
}

async function scoreFile(root: string, split: string, article: string, fileName: string, expected: ExpectedArticle, options: ScoreOptions, paths?: ReadonlySet<string>): Promise<FileResult | undefined> {
  // A searchable scan of the page (test/fixtures/ocr-layer/<split>/<article>.<typesetting>.pdf), beside the article's folder.
  const scan = /^\.\.\/\.\.\/\.\.\/ocr-layer\/[^/]+\/(.+)$/.exec(fileName);
  const match = new RegExp(`^${article.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.([a-z0-9-]+)\\.(?:(pdftotext|raw|layout|ocr|seed|tesseract|scan|mutool|pymupdf|pdfminer|pypdf|pdfjs|pdfbox)\\.txt|(pdf))$`).exec(scan?.[1] ?? fileName);
  if (match === null) return undefined;
  const path = (scan !== null ? 'scan-pdf' : (match[2] ?? match[3])) as ExtractionPath;
  if (paths !== undefined && !paths.has(path)) return undefined;
  const file = join(root, split, article, fileName);
  const result: FileResult = { split, article, typesetting: match[1]!, path, file: `${split}/${article}/${fileName}` };
  if (CEILING_PATHS.has(path)) result.ceiling = structureCeiling(readFileSync(file, 'utf8'), expected);
  let actual: StructuredArticle;
  try {
    actual = await structure(file);
  } catch (error) {
    result.error = describeError(error);
    actual = emptyArticle(fileName);
  }
  result.score = scoreStructure(actual, expected, options);
  result.strictScore = scoreStructure(actual, expected, { strictSpaces: true });
  return result;
}

function total(results: FileResult[]): Totals {
  const totals: Totals = {
    files: 0,
    paragraphs: { exact: 0, total: 0 },
    sentences: { exact: 0, total: 0 },
    roles: { right: 0, total: 0 },
    wordsLost: 0,
    wordsInvented: 0,
    strict: { paragraphs: 0, sentences: 0 },
    errors: 0,
    skipped: 0,
    ceiling: { files: 0, paragraphs: { readable: 0, total: 0 }, sentences: { readable: 0, total: 0 } },
  };
  for (const result of results) {
    if (result.skipped !== undefined) {
      totals.skipped += 1;
      continue;
    }
    const score = result.score!;
    totals.files += 1;
    totals.paragraphs.exact += score.paragraphs.exact;
    totals.paragraphs.total += score.paragraphs.total;
    totals.sentences.exact += score.sentences.exact;
    totals.sentences.total += score.sentences.total;
    totals.roles.right += score.roles.right;
    totals.roles.total += score.roles.total;
    totals.wordsLost += score.wordsLost.length;
    totals.wordsInvented += score.wordsInvented.length;
    totals.strict.paragraphs += result.strictScore!.paragraphs.exact;
    totals.strict.sentences += result.strictScore!.sentences.exact;
    if (result.error !== undefined) totals.errors += 1;
    if (result.ceiling !== undefined) {
      totals.ceiling.files += 1;
      totals.ceiling.paragraphs.readable += result.ceiling.paragraphs.readable;
      totals.ceiling.paragraphs.total += result.ceiling.paragraphs.total;
      totals.ceiling.sentences.readable += result.ceiling.sentences.readable;
      totals.ceiling.sentences.total += result.ceiling.sentences.total;
    }
  }
  return totals;
}

const percent = (part: number, whole: number): string => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`);

function table(split: string, rows: Array<[string, Totals]>): string {
  const header = ['path', 'files', 'paragraphs exact', 'sentences exact', 'roles right', 'words lost', 'words invented', 'errors', 'strict spaces: paragraphs / sentences', 'ceiling: paragraphs readable', 'ceiling: sentences readable'];
  const lines = rows.map(([path, totals]) =>
    totals.files === 0 && totals.skipped > 0
      ? [path, `0 (${totals.skipped} skipped)`, '-', '-', '-', '-', '-', '-', '-', '-', '-']
      : [
          path,
          String(totals.files),
          `${percent(totals.paragraphs.exact, totals.paragraphs.total)} (${totals.paragraphs.exact}/${totals.paragraphs.total})`,
          `${percent(totals.sentences.exact, totals.sentences.total)} (${totals.sentences.exact}/${totals.sentences.total})`,
          `${percent(totals.roles.right, totals.roles.total)} (${totals.roles.right}/${totals.roles.total})`,
          String(totals.wordsLost),
          String(totals.wordsInvented),
          String(totals.errors),
          `${percent(totals.strict.paragraphs, totals.paragraphs.total)} / ${percent(totals.strict.sentences, totals.sentences.total)}`,
          ...(totals.ceiling.files === 0
            ? ['-', '-']
            : [
                `${percent(totals.ceiling.paragraphs.readable, totals.ceiling.paragraphs.total)} (${totals.ceiling.paragraphs.readable}/${totals.ceiling.paragraphs.total})`,
                `${percent(totals.ceiling.sentences.readable, totals.ceiling.sentences.total)} (${totals.ceiling.sentences.readable}/${totals.ceiling.sentences.total})`,
              ]),
        ],
  );
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]): string => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [
    `split: ${split}`,
    '',
    format(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...lines.map(format),
    '',
    'ceiling: the share the extraction itself holds word for word after the normalisations the structure stage makes (test/support/structure-ceiling.ts); under it, OCR misread a word; between it and "exact", the structure is wrong.',
    '',
  ].join('\n');
}

function printMisses(root: string, result: FileResult, expected: ExpectedArticle, actual: StructuredArticle, options: ScoreOptions): void {
  const score = result.score!;
  const misses = structureMisses(actual, expected, options);
  const out: string[] = [
    `\n=== ${result.file}: paragraphs ${score.paragraphs.exact}/${score.paragraphs.total}, sentences ${score.sentences.exact}/${score.sentences.total}, roles ${score.roles.right}/${score.roles.total}`,
  ];
  if (result.error !== undefined) out.push(`  error: ${result.error}`);
  // For a text path, whether the extraction holds the paragraph at all (else OCR misread a word of it).
  const tokens = !CEILING_PATHS.has(result.path) ? undefined : extractionTokens(readFileSync(join(root, result.file), 'utf8'));
  const holds = (text: string): string => (tokens === undefined ? '' : isReadable(text, tokens) ? ' [readable: structure wrong]' : ' [under the ceiling: misread]');
  for (const miss of misses.paragraphs) out.push(`  paragraph${holds(miss.expected)}\n    expected: ${miss.expected}\n    closest:  ${miss.closest ?? '(none)'}`);
  for (const miss of misses.roles) out.push(`  role ${miss.expected} → ${miss.actual ?? '(no block)'}: ${miss.text.slice(0, 100)}`);
  for (const sentence of misses.sentences) out.push(`  sentence not found: ${sentence}`);
  if (score.wordsLost.length > 0) out.push(`  words lost: ${score.wordsLost.join(' ')}`);
  if (score.wordsInvented.length > 0) out.push(`  words invented: ${score.wordsInvented.join(' ')}`);
  process.stdout.write(out.join('\n') + '\n');
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  const root = fileURLToPath(new URL('../test/fixtures/pages/', import.meta.url));
  const results: FileResult[] = [];
  const scoring: ScoreOptions = { strictSpaces: options.strictSpaces };
  for (const split of options.splits) {
    const splitDirectory = join(root, split);
    if (!existsSync(splitDirectory)) continue;
    for (const article of readdirSync(splitDirectory).sort()) {
      const expectedFile = join(splitDirectory, article, `${article}.expected.json`);
      if (!existsSync(expectedFile)) continue;
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as ExpectedArticle;
      const scans = join(root, '..', 'ocr-layer', split);
      const scanned = existsSync(scans) ? readdirSync(scans).filter((name) => name.startsWith(`${article}.`) && name.endsWith('.pdf')).sort().map((name) => `../../../ocr-layer/${split}/${name}`) : [];
      for (const fileName of [...readdirSync(join(splitDirectory, article)).sort(), ...scanned]) {
        const result = await scoreFile(root, split, article, fileName, expected, scoring, options.paths);
        if (result === undefined) continue;
        results.push(result);
        if (options.verbose && !options.json && result.score !== undefined) {
          const actual = result.error === undefined ? await structure(join(root, result.file)) : emptyArticle(fileName);
          printMisses(root, result, expected, actual, scoring);
        }
      }
    }
  }
  const summary = options.splits.map((split) => {
    const inSplit = results.filter((result) => result.split === split);
    const rows: Array<[string, Totals]> = PATHS.filter((path) => options.paths?.has(path) ?? true).map((path) => [path, total(inSplit.filter((result) => result.path === path))]);
    rows.push(['all text', total(inSplit.filter((result) => result.path !== 'pdf' && result.path !== 'scan-pdf' && !OTHER_PATHS.has(result.path)))]);
    if (options.paths === undefined || [...OTHER_PATHS].some((path) => options.paths!.has(path))) rows.push(['other extractors', total(inSplit.filter((result) => OTHER_PATHS.has(result.path)))]);
    return { split, rows };
  });
  if (options.json) {
    process.stdout.write(
      JSON.stringify(
        {
          summary: summary.map(({ split, rows }) => ({ split, paths: Object.fromEntries(rows) })),
          files: results,
        },
        null,
        2,
      ) + '\n',
    );
    return;
  }
  for (const { split, rows } of summary) process.stdout.write('\n' + table(split, rows));
  const skipped = results.filter((result) => result.skipped !== undefined);
  if (skipped.length > 0) process.stdout.write(`\nnote: ${skipped.length} PDF file(s) skipped: ${skipped[0]!.skipped}\n`);
}

await main();

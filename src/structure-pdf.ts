/**
 * The first three stages for a PDF: its text layer read with pdf.js (`readPdf`, stage 1), laid
 * out from positions and fonts (`layoutPdf`, stage 2), then segmented as any article
 * (`segmentBlocks`, stage 3). A module of its own, re-exported by `src/structure.ts`, so that
 * `bilingual segment x.pdf` loads neither the text layouts nor their word rules: about a third
 * of the structure stage's code, which the main thread compiles while pdf.js reads.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { readArticleFile } from './ingest/read-input.ts';
import { isPdf, readPdf, type PdfDocument } from './ingest/read-pdf.ts';
import { getFrenchLexicon, type FrenchLexicon } from './layout/french-lexicon.ts';
import { layoutPdf } from './layout/pdf-layout.ts';
import { isOcrTextLayer, ocrLayerText } from './layout/pdf-ocr-layer.ts';
import { segmentBlocks } from './segment/segment-blocks.ts';
import type { StructuredArticle } from './types.ts';

/** Options of `structurePdf`. */
export interface StructurePdfOptions {
  /** Name of the input file; only its base name is kept. */
  fileName: string;
  /** A French lexicon to use instead of the shared one (tests). @default getFrenchLexicon() */
  lexicon?: FrenchLexicon;
  /** Check that the text is French. @default true */
  checkLanguage?: boolean;
}

/**
 * Ingest and layout of a PDF, then the same segmentation: its text layer read with pdf.js,
 * laid out from positions and fonts. Line numbers count the PDF's text lines in reading order.
 */
export async function structurePdf(bytes: Uint8Array, options: StructurePdfOptions): Promise<StructuredArticle> {
  const fileName = basename(options.fileName);
  // pdf.js reads in its worker thread while this one loads the lexicon (the first time).
  const reading = readPdf(bytes, fileName); // 1. ingest
  const lexicon = options.lexicon ?? getFrenchLexicon();
  // Its first lookup indexes the compiled word list: done now, while this thread waits.
  lexicon.has('a');
  const document = await reading;
  const source = { fileName, encoding: 'pdf', sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.byteLength };
  // A searchable scan: its words are OCR's, read as OCR text (see pdf-ocr-layer.ts).
  if (isOcrTextLayer(document)) return structureOcrLayer(document, { ...options, ...source, lexicon });
  const laidOut = layoutPdf(document, { lexicon }); // 2. layout
  return segmentBlocks({ text: laidOut.text, layout: 'pdf', result: laidOut }, { ...options, ...source }); // 3. segment
}

/**
 * Stages 2 and 3 for a searchable scan: the OCR layer turned back into the engine's text and
 * read by the text layouts (loaded only then), its blocks given the pages their lines are on.
 */
async function structureOcrLayer(document: PdfDocument, options: StructurePdfOptions & { encoding: string; sha256: string; bytes: number }): Promise<StructuredArticle> {
  const layer = ocrLayerText(document);
  const article = (await import('./structure.ts')).structureText(layer.text, { ...options, continuedLines: layer.continues, openedLines: layer.opens, captionLines: layer.captions });
  const pageOf = (line: number): number | undefined => layer.linePages[line - 1];
  return {
    ...article,
    source: { ...article.source, layout: 'pdf' },
    blocks: article.blocks.map((block) => {
      const page = pageOf(block.source.startLine);
      const endPage = pageOf(block.source.endLine);
      return page === undefined ? block : { ...block, source: { ...block.source, page, ...(endPage !== undefined && endPage !== page ? { endPage } : {}) } };
    }),
    // The paragraph ends the layer's geometry showed inside a block (pdf-ocr-layer.ts), on the text's lines.
    repairs: layer.repairs.length === 0 ? article.repairs : [...layer.repairs, ...article.repairs],
    warnings: [
      {
        rule: 'pdf/ocr-text-layer',
        message: `${options.fileName} is a scan with an OCR text layer (the words OCR read, laid invisibly over pictures of the pages): read as OCR text, in the engine's reading order; its words are only as good as the OCR.`,
      },
      ...article.warnings,
    ],
  };
}

/**
 * `bilingual segment` on a file named `.pdf`: read as a PDF when its bytes are one; a file
 * named so that holds text goes through `src/structure.ts`'s text path, loaded only then (a
 * dynamic import: `structure.ts` re-exports this module, which loads nothing of it otherwise).
 */
export async function structurePdfFile(path: string): Promise<StructuredArticle> {
  const bytes = await readArticleFile(path);
  if (isPdf(bytes)) return structurePdf(bytes, { fileName: basename(path) });
  return (await import('./structure.ts')).structureArticle(bytes, { fileName: basename(path) });
}

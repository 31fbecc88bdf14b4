/**
 * The first three stages, ingest, layout and segment: bytes of a French article to its
 * `StructuredArticle` (blocks in reading order with roles, sentences, repairs and warnings).
 * `src/pipeline.ts` runs them one by one; `structureArticle` and `structureText` run them
 * together for `bilingual segment` and the tests. A PDF goes through its own ingest and
 * layout (`readPdf`, `layoutPdf`: `structurePdf`) and the same segmentation.
 */
import { createHash, hash } from 'node:crypto';
import { basename } from 'node:path';
import { BilingualError } from './errors.ts';
import { readArticleFile } from './ingest/read-input.ts';
import { decodeBytes } from './ingest/decode.ts';
import { detectLanguage } from './ingest/detect-language.ts';
import { createDocumentEvidence } from './layout/join-lines.ts';
import { detectLayout } from './layout/detect-layout.ts';
import { normalizeHyphenCharacters } from './layout/hyphen-characters.ts';
import { restoreTypedApostrophes } from './layout/typed-apostrophes.ts';
import { joinSoftHyphenLines, remapLines } from './layout/soft-hyphen-lines.ts';
import { getFrenchLexicon, mayChangeUnderNfc, type FrenchLexicon } from './layout/french-lexicon.ts';
import { layoutPlain } from './layout/plain-layout.ts';
import { layoutPrint } from './layout/print-layout.ts';
import type { LayoutBlock, LayoutResult } from './layout/layout-block.ts';
import { isPdf, readPdf } from './ingest/read-pdf.ts';
import { layoutPdf, type PdfLayoutBlock } from './layout/pdf-layout.ts';
import { segmentFrench } from './segment/segment-french.ts';
import { ROLE_ORDER, type Block, type BlockRole, type LayoutKind, type Repair, type SourceSpan, type StructuredArticle } from './types.ts';

export interface StructureOptions {
  /** Name of the input file; only its base name is kept. */
  fileName: string;
  /** Encoding the text was decoded from. @default 'utf-8' */
  encoding?: string;
  /** sha256 of the raw bytes, hex. @default the sha256 of the text's UTF-8 bytes */
  sha256?: string;
  /** Size of the raw input in bytes. @default the text's UTF-8 length */
  bytes?: number;
  /** Force a layout instead of detecting it. @default detected */
  layout?: LayoutKind;
  /** A French lexicon to use instead of the shared one (tests). @default getFrenchLexicon() */
  lexicon?: FrenchLexicon;
  /** Check that the text is French. @default true */
  checkLanguage?: boolean;
}

const ID_PREFIX: Record<BlockRole, string> = {
  kicker: 'k',
  headline: 'h',
  standfirst: 'sf',
  byline: 'by',
  dateline: 'dl',
  paragraph: 'p',
  caption: 'c',
};

/** What the ingest stage hands to layout: the text, and what the source was. */
export interface IngestedText extends Required<Pick<StructureOptions, 'fileName' | 'encoding' | 'sha256' | 'bytes'>> {
  /** The decoded text, before line ends and Unicode are normalised. */
  text: string;
}

/** What the layout stage hands to segmentation: blocks with roles, repairs and warnings. */
export interface LaidOutText {
  /** The text the lines were read from: Unix line ends, Unicode NFC. */
  text: string;
  layout: LayoutKind;
  result: LayoutResult;
}

/** Ingest: the bytes of a file to its text (`decodeBytes`). */
export function ingestBytes(bytes: Uint8Array, fileName: string): IngestedText {
  const decoded = decodeBytes(bytes, basename(fileName));
  return {
    text: decoded.text,
    fileName: basename(fileName),
    encoding: decoded.encoding,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.byteLength,
  };
}

/** Layout: the text's layout detected (or forced), words rejoined, paragraphs rebuilt, roles given. */
export function layoutText(text: string, options: Pick<StructureOptions, 'layout' | 'lexicon'> = {}): LaidOutText {
  const unixLines = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const nfc = mayChangeUnderNfc(unixLines) ? unixLines.normalize('NFC') : unixLines;
  // Printed lines cut at every soft hyphen joined first: the layout reads printed lines.
  const softLines = joinSoftHyphenLines(nfc);
  const hyphens = normalizeHyphenCharacters(softLines.text);
  // Apostrophes a standard-encoded font printed curly in copy typed straight.
  const apostrophes = restoreTypedApostrophes(hyphens.text);
  const clean = apostrophes.text;
  const layout = options.layout ?? detectLayout(clean).layout;
  const context = {
    lexicon: options.lexicon ?? getFrenchLexicon(),
    document: createDocumentEvidence(clean),
    typesetHyphenLines: hyphens.typesetHyphenLines,
  };
  const laidOut = layout === 'print' ? layoutPrint(clean, context) : layoutPlain(clean, context);
  const cleaning = [...hyphens.repairs, ...apostrophes.repairs];
  const withHyphens = cleaning.length === 0 ? laidOut : { ...laidOut, repairs: [...cleaning, ...laidOut.repairs] };
  const result =
    softLines.lineNumbers === undefined
      ? withHyphens
      : (() => {
          const remapped = remapLines(withHyphens, softLines.lineNumbers);
          return { ...withHyphens, ...remapped, repairs: [...softLines.repairs, ...remapped.repairs] };
        })();
  return { text: clean, layout, result };
}

export function structureArticle(bytes: Uint8Array, options: { fileName: string } & Omit<StructureOptions, 'encoding' | 'sha256' | 'bytes'>): StructuredArticle {
  const { text, ...source } = ingestBytes(bytes, options.fileName);
  return structureText(text, { ...options, ...source });
}

export function structureText(text: string, options: StructureOptions): StructuredArticle {
  return segmentBlocks(layoutText(text, options), options);
}

/**
 * Ingest and layout of a PDF, then the same segmentation: its text layer read with pdf.js,
 * laid out from positions and fonts. Line numbers count the PDF's text lines in reading order.
 */
export async function structurePdf(
  bytes: Uint8Array,
  options: { fileName: string } & Pick<StructureOptions, 'lexicon' | 'checkLanguage'>,
): Promise<StructuredArticle> {
  const fileName = basename(options.fileName);
  // pdf.js reads in its worker thread while this one loads the lexicon (the first time).
  const reading = readPdf(bytes, fileName); // 1. ingest
  const lexicon = options.lexicon ?? getFrenchLexicon();
  // Its first lookup indexes the compiled word list: done now, while this thread waits.
  lexicon.has('a');
  const laidOut = layoutPdf(await reading, { lexicon }); // 2. layout
  return segmentBlocks({ text: laidOut.text, layout: 'pdf', result: laidOut }, { // 3. segment
    ...options,
    fileName,
    encoding: 'pdf',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.byteLength,
  });
}

/** Any article file's bytes, a PDF (told by its `%PDF-` signature) or a text. */
export async function structureFileBytes(
  bytes: Uint8Array,
  options: { fileName: string } & Omit<StructureOptions, 'encoding' | 'sha256' | 'bytes'>,
): Promise<StructuredArticle> {
  return isPdf(bytes) ? structurePdf(bytes, options) : structureArticle(bytes, options);
}

/**
 * Segment: the laid-out blocks in reading order, each with its id and its sentences; the
 * repairs in line order; the language checked.
 */
export function segmentBlocks(laidOut: LaidOutText, options: StructureOptions): StructuredArticle {
  const { text: clean, layout, result } = laidOut;
  const encoding = options.encoding ?? 'utf-8';
  const repairs: Repair[] = [];
  if (encoding !== 'utf-8' && encoding !== 'utf-8-bom' && encoding !== 'pdf') {
    repairs.push({ kind: 'encoding-decoded', line: 1, after: 'utf-8', before: encoding, reason: encoding });
  }
  repairs.push(...(inLineOrder(result.repairs) ? result.repairs : result.repairs.sort((a, b) => a.line - b.line)));
  const warnings = [...result.warnings];

  const counters = new Map<BlockRole, number>();
  const ordered = [...result.blocks].sort((a, b) => rank(a.role) - rank(b.role));
  const blocks: Block[] = ordered
    .filter((block) => block.text.length > 0)
    .map((block) => {
      const count = (counters.get(block.role) ?? 0) + 1;
      counters.set(block.role, count);
      const id = `${ID_PREFIX[block.role]}${count}`;
      return {
        id,
        role: block.role,
        text: block.text,
        sentences: segmentFrench(block.text).map((sentence, index) => ({ id: `${id}.s${index + 1}`, text: sentence })),
        source: sourceSpan(block),
      };
    });

  if (options.checkLanguage ?? true) {
    const detected = detectLanguage(blocks.map((block) => block.text).join('\n'));
    if (detected.confident && detected.language !== 'fr') {
      throw new BilingualError(
        'INPUT_NOT_FRENCH',
        `${options.fileName} looks written in ${languageName(detected.language)}, not French.`,
        { details: { file: options.fileName, language: detected.language } },
      );
    }
    if (!detected.confident) {
      warnings.push({
        rule: 'ingest/language-uncertain',
        message: 'The text is too short to confirm that it is French; it was treated as French.',
      });
    }
  }

  return {
    source: {
      file: basename(options.fileName),
      encoding,
      sha256: options.sha256 ?? hash('sha256', clean, 'hex'),
      bytes: options.bytes ?? Buffer.byteLength(clean, 'utf8'),
      layout,
    },
    language: 'fr',
    blocks,
    repairs,
    warnings,
  };
}

/** A block's lines, and for a PDF its page(s) and box. */
function sourceSpan(block: LayoutBlock & Partial<Pick<PdfLayoutBlock, 'page' | 'endPage' | 'box'>>): SourceSpan {
  const span: SourceSpan = { startLine: block.startLine, endLine: block.endLine };
  if (block.page !== undefined) span.page = block.page;
  if (block.endPage !== undefined) span.endPage = block.endPage;
  if (block.box !== undefined) span.box = block.box;
  return span;
}

/** Whether the repairs are sorted by line already (a stable sort would leave them as they are). */
function inLineOrder(repairs: readonly Repair[]): boolean {
  for (let index = 1; index < repairs.length; index += 1) {
    if ((repairs[index - 1] as Repair).line > (repairs[index] as Repair).line) return false;
  }
  return true;
}

function rank(role: BlockRole): number {
  return ROLE_ORDER.indexOf(role);
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Stages 1 to 3, `bilingual segment`: one file (text or PDF) to its structured article. */
export async function structureFile(path: string): Promise<StructuredArticle> {
  const bytes = await readArticleFile(path);
  if (isPdf(bytes)) return structurePdf(bytes, { fileName: basename(path) }); // 1-3 for a PDF: its pages read and laid out
  const ingested = ingestBytes(bytes, basename(path)); // 1. ingest
  const laidOut = layoutText(ingested.text); // 2. layout
  return segmentBlocks(laidOut, ingested); // 3. segment
}

/**
 * Ingest + layout + segmentation: bytes of a French article to its `StructuredArticle`
 * (blocks in reading order with roles, sentences, repairs and warnings). A text goes through
 * `decodeBytes` and the print or plain layout; a PDF through `readPdf` and `layoutPdf`; both
 * end in the same ordering, numbering, segmentation and language check.
 */
import { createHash, hash } from 'node:crypto';
import { basename } from 'node:path';
import { BilingualError } from './errors.ts';
import { decodeBytes } from './ingest/decode.ts';
import { detectLanguage } from './ingest/detect-language.ts';
import { createDocumentEvidence } from './layout/join-lines.ts';
import { detectLayout } from './layout/detect-layout.ts';
import { getFrenchLexicon, NOT_ALWAYS_NFC, type FrenchLexicon } from './layout/french-lexicon.ts';
import { layoutPlain } from './layout/plain-layout.ts';
import { layoutPrint } from './layout/print-layout.ts';
import { segmentFrench } from './segment/segment-french.ts';
import { isPdf, readPdf } from './ingest/read-pdf.ts';
import type { LayoutBlock } from './layout/layout-block.ts';
import { layoutPdf, type PdfLayoutBlock } from './layout/pdf-layout.ts';
import {
  ROLE_ORDER,
  type Block,
  type BlockRole,
  type LayoutKind,
  type Repair,
  type SourceInfo,
  type SourceSpan,
  type StructuredArticle,
  type Warning,
} from './types.ts';

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

export function structureArticle(bytes: Uint8Array, options: { fileName: string } & Omit<StructureOptions, 'encoding' | 'sha256' | 'bytes'>): StructuredArticle {
  const fileName = basename(options.fileName);
  const decoded = decodeBytes(bytes, fileName);
  return structureText(decoded.text, {
    ...options,
    fileName,
    encoding: decoded.encoding,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.byteLength,
  });
}

export function structureText(text: string, options: StructureOptions): StructuredArticle {
  const unixLines = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const clean = NOT_ALWAYS_NFC.test(unixLines) ? unixLines.normalize('NFC') : unixLines;
  const encoding = options.encoding ?? 'utf-8';
  const layout = options.layout ?? detectLayout(clean).layout;
  const context = {
    lexicon: options.lexicon ?? getFrenchLexicon(),
    document: createDocumentEvidence(clean),
  };
  const result = layout === 'print' ? layoutPrint(clean, context) : layoutPlain(clean, context);
  const repairs: Repair[] = [];
  if (encoding !== 'utf-8' && encoding !== 'utf-8-bom') {
    repairs.push({ kind: 'encoding-decoded', line: 1, after: 'utf-8', before: encoding, reason: encoding });
  }
  repairs.push(...(inLineOrder(result.repairs) ? result.repairs : result.repairs.sort((a, b) => a.line - b.line)));
  return finishArticle({ ...result, repairs }, {
    file: basename(options.fileName),
    encoding,
    sha256: options.sha256 ?? hash('sha256', clean, 'hex'),
    bytes: options.bytes ?? Buffer.byteLength(clean, 'utf8'),
    layout,
  }, options);
}

/**
 * A PDF's bytes to its `StructuredArticle`: the text layer read with pdf.js, laid out from
 * positions and fonts, then ordered, numbered and segmented exactly as a text is.
 */
export async function structurePdf(
  bytes: Uint8Array,
  options: { fileName: string } & Pick<StructureOptions, 'lexicon' | 'checkLanguage'>,
): Promise<StructuredArticle> {
  const fileName = basename(options.fileName);
  // pdf.js reads in its worker thread while this one loads the lexicon (the first time).
  const reading = readPdf(bytes, fileName);
  const lexicon = options.lexicon ?? getFrenchLexicon();
  const result = layoutPdf(await reading, { lexicon });
  return finishArticle(result, {
    file: fileName,
    encoding: 'pdf',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.byteLength,
    layout: 'pdf',
  }, { ...options, fileName });
}

/** Any article file's bytes, a PDF (told by its `%PDF-` signature) or a text. */
export async function structureFileBytes(
  bytes: Uint8Array,
  options: { fileName: string } & Omit<StructureOptions, 'encoding' | 'sha256' | 'bytes'>,
): Promise<StructuredArticle> {
  return isPdf(bytes) ? structurePdf(bytes, options) : structureArticle(bytes, options);
}

/** Blocks in reading order with ids and sentences, and the language checked: the same for every input. */
function finishArticle(
  result: { blocks: readonly (LayoutBlock & Partial<Pick<PdfLayoutBlock, 'page' | 'endPage' | 'box'>>)[]; repairs: Repair[]; warnings: Warning[] },
  source: SourceInfo,
  options: Pick<StructureOptions, 'fileName' | 'checkLanguage'>,
): StructuredArticle {
  const repairs = result.repairs;
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

  return { source, language: 'fr', blocks, repairs, warnings };
}

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

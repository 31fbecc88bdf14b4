/**
 * Stage 3, segment: the laid-out blocks of an article (from either layout, the text's or the
 * PDF's) to its `StructuredArticle`: each block with its id and its sentences (`segmentFrench`),
 * the repairs in line order, the language checked. Apart from `src/structure.ts` so that the PDF
 * path (`src/structure-pdf.ts`) loads it without the text layouts.
 */
import { hash } from 'node:crypto';
import { basename } from 'node:path';
import { BilingualError } from '../errors.ts';
import { detectLanguage } from '../ingest/detect-language.ts';
import { creditAtEnd } from '../layout/credit-forms.ts';
import { endsSentence, type LayoutBlock, type LayoutResult } from '../layout/layout-block.ts';
import type { PdfLayoutBlock } from '../layout/pdf-layout.ts';
import { ROLE_ORDER, type Block, type BlockRole, type LayoutKind, type Repair, type SourceSpan, type StructuredArticle } from '../types.ts';
import { markIntertitles } from './intertitles.ts';
import { segmentFrench } from './segment-french.ts';

/** What the source was, and whether to check its language. */
export interface SegmentOptions {
  /** Name of the input file; only its base name is kept. */
  fileName: string;
  /** Encoding the text was decoded from. @default 'utf-8' */
  encoding?: string;
  /** sha256 of the raw bytes, hex. @default the sha256 of the text's UTF-8 bytes */
  sha256?: string;
  /** Size of the raw input in bytes. @default the text's UTF-8 length */
  bytes?: number;
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

/** What the layout stage hands to segmentation: blocks with roles, repairs and warnings. */
export interface LaidOutText {
  /** The text the lines were read from: Unix line ends, Unicode NFC. */
  text: string;
  layout: LayoutKind;
  result: LayoutResult;
}

/**
 * Segment: the laid-out blocks in reading order, each with its id and its sentences, each
 * paragraph that is an intertitle marked (intertitles.ts); the repairs in line order; the
 * language checked.
 */
export function segmentBlocks(laidOut: LaidOutText, options: SegmentOptions): StructuredArticle {
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
        sentences: (block.role === 'caption' ? captionSentences(block.text) : segmentFrench(block.text)).map((sentence, index) => ({ id: `${id}.s${index + 1}`, text: sentence })),
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
    source: options.sha256 === undefined ? textSource(options, encoding, clean, layout) : {
      file: basename(options.fileName),
      encoding,
      sha256: options.sha256,
      bytes: options.bytes ?? Buffer.byteLength(clean, 'utf8'),
      layout,
    },
    language: 'fr',
    // The paragraphs that are headings between paragraphs, marked once here for the editions.
    blocks: markIntertitles(blocks),
    repairs,
    warnings,
  };
}

/**
 * A caption's sentences, its picture's credit (credit-forms.ts) read whole, however it is spelt
 * (`© Ouest-France`, `PH. ANNE LEMOINE`, `/ Photo DR`): a sentence of its own after the
 * description's stop (`… depuis 2009.` / `Photo : L’Écho de la Loire`), the end of the
 * description's last sentence where no stop comes before it (`… en décembre dernier (Photo
 * archives DR)`), as the corpus's expected files keep them. A caption with no credit, or whose
 * description is not its sentences joined by spaces, is segmented as any block.
 */
export function captionSentences(text: string): string[] {
  const at = creditAtEnd(text);
  if (at <= 0) return segmentFrench(text);
  const description = text.slice(0, at).trimEnd();
  const credit = text.slice(at);
  const sentences = segmentFrench(description);
  if (sentences.length === 0 || `${description} ${credit}` !== text || sentences.join(' ') !== description) return segmentFrench(text);
  if (endsSentence(description)) return [...sentences, credit];
  sentences[sentences.length - 1] = `${sentences.at(-1) as string} ${credit}`;
  return sentences;
}

/**
 * The source of a text given with no hash of its bytes (`structureText`): the text's own sha256
 * and UTF-8 length, made when first read (a getter of the object itself, so that `JSON.stringify` and
 * spreading read it as before), since most callers never read it and it cost about 1% of the
 * stage. Callers that read a file pass the hash of its bytes (`ingestBytes`).
 */
function textSource(options: SegmentOptions, encoding: string, clean: string, layout: LayoutKind): StructuredArticle['source'] {
  let sha256: string | undefined;
  let bytes = options.bytes;
  return {
    file: basename(options.fileName),
    encoding,
    get sha256(): string {
      return (sha256 ??= hash('sha256', clean, 'hex'));
    },
    get bytes(): number {
      return (bytes ??= Buffer.byteLength(clean, 'utf8'));
    },
    layout,
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

/**
 * The first three stages, ingest, layout and segment: bytes of a French article to its
 * `StructuredArticle` (blocks in reading order with roles, sentences, repairs and warnings).
 * `src/pipeline.ts` runs them one by one; `structureArticle` and `structureText` run them
 * together for `bilingual segment` and the tests. A PDF goes through its own ingest and
 * layout (`readPdf`, `layoutPdf`: `structurePdf`) and the same segmentation; a saved web page
 * is decoded as any text, then read by its markup (`readHtml`, `layoutHtml`).
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { readArticleFile } from './ingest/read-input.ts';
import { decodeBytes } from './ingest/decode.ts';
import { createDocumentEvidence } from './layout/join-lines.ts';
import { detectLayoutKind } from './layout/detect-layout.ts';
import { keepDrawnSoftHyphens } from './layout/drawn-soft-hyphens.ts';
import { normalizeHyphenCharacters } from './layout/hyphen-characters.ts';
import { plainWordSpaces } from './layout/word-spaces.ts';
import { closeSpacesBeforePoints } from './layout/spaces-before-points.ts';
import { closeSpacedLineEndHyphens } from './layout/spaced-line-end-hyphens.ts';
import { joinKernedWordSpaces, spacedAtSyllables } from './layout/kerned-word-spaces.ts';
import { splitGluedNumberWords } from './layout/glued-number-words.ts';
import { splitGluedWords } from './layout/glued-words.ts';
import { splitGluedCapitalWords } from './layout/glued-capital-words.ts';
import { restoreTypedApostrophes } from './layout/typed-apostrophes.ts';
import { composeSpacingAccents } from './layout/spacing-accents.ts';
import { readOt1ControlCodes } from './layout/ot1-control-codes.ts';
import { readScriptGuillemets } from './layout/script-guillemets.ts';
import { composeLineNumbers, joinSoftHyphenLines, remapLines } from './layout/soft-hyphen-lines.ts';
import { cutGluedLines } from './layout/glued-lines.ts';
import { readDrawnFrames } from './layout/drawn-frames.ts';
import { readBareLineEnds, type ParagraphOpening } from './layout/bare-line-ends.ts';
import { getFrenchLexicon, type FrenchLexicon } from './layout/french-lexicon.ts';
import { layoutPrint } from './layout/print-layout.ts';
import { isPdf } from './ingest/read-pdf.ts';
import { isHtmlPage, isOwnEdition, readHtml } from './ingest/read-html.ts';
import { BilingualError } from './errors.ts';
import { htmlLayoutModule, plainLayoutModule } from './layout/layout-modules.ts';
import { segmentBlocks, type LaidOutText, type SegmentOptions } from './segment/segment-blocks.ts';
import type { StructurePdfOptions } from './structure-pdf.ts';
import type { LayoutKind, Repair, StructuredArticle } from './types.ts';

export { segmentBlocks, type LaidOutText } from './segment/segment-blocks.ts';

/**
 * A PDF's first three stages (`structure-pdf.ts`), its module and the PDF layout's loaded only
 * when a PDF comes: a text's `bilingual segment` needs none of them.
 */
export async function structurePdf(bytes: Uint8Array, options: StructurePdfOptions): Promise<StructuredArticle> {
  return (await import('./structure-pdf.ts')).structurePdf(bytes, options);
}

export interface StructureOptions extends SegmentOptions {
  /** Force a layout instead of detecting it. @default detected */
  layout?: LayoutKind;
  /** A French lexicon to use instead of the shared one (tests). @default getFrenchLexicon() */
  lexicon?: FrenchLexicon;
  /**
   * Lines (1-based, of the text given) whose page shows they go on with the paragraph of the line
   * before, with the evidence (a searchable scan's OCR layer: pdf-ocr-layer.ts). @default none
   */
  continuedLines?: ReadonlyMap<number, string>;
  /**
   * Lines (1-based, of the text given) whose page shows they open a paragraph, with the reason and
   * the evidence, where the text marks nothing (a searchable scan's OCR layer: pdf-ocr-layer.ts). @default none
   */
  openedLines?: ReadonlyMap<number, { reason: string; evidence: string }>;
  /**
   * Lines (1-based, of the text given) whose page sets them as a caption, in a smaller face than
   * the running text, with the evidence (a searchable scan's OCR layer: pdf-ocr-layer.ts). @default none
   */
  captionLines?: ReadonlyMap<number, string>;
}

/** What the ingest stage hands to layout: the text, and what the source was. */
export interface IngestedText extends Required<Pick<StructureOptions, 'fileName' | 'encoding' | 'sha256' | 'bytes'>> {
  /** The decoded text, before line ends and Unicode are normalised. */
  text: string;
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

/**
 * A character outside the ranges that are in NFC and compose with nothing (`mayChangeUnderNfc`
 * in `french-lexicon.ts`, the same ranges): only a text holding one may change under NFC. On a
 * whole text the compiled pattern scans about twice as fast as that function's loop, which
 * stays the faster on the short words the lexicon is asked about.
 */
const MAY_CHANGE_UNDER_NFC = /[^\u0000-\u02FF\u2002-\u206F\u20A0-\u20CF]/;

/** Layout: the text's layout detected (or forced), words rejoined, paragraphs rebuilt, roles given. */
export function layoutText(text: string, options: Pick<StructureOptions, 'layout' | 'lexicon' | 'continuedLines' | 'openedLines' | 'captionLines'> & { fileName?: string } = {}): LaidOutText {
  const unixLines = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const normalized = MAY_CHANGE_UNDER_NFC.test(unixLines) ? unixLines.normalize('NFC') : unixLines;
  // TeX's OT1 codes a tool wrote as control characters (pypdf's `c\u0013 el\u0013 ebr\u0013 e`): read as the glyphs they draw.
  const ot1 = readOt1ControlCodes(normalized);
  // Accents TeX drew apart from their letters, as other tools than the PDF reader write them (`l’´et´e`): on their letters.
  const composedAccents = composeSpacingAccents(ot1.text);
  // babel's guillemets drawn in OT1 as the mathematical `≪` `≫` around French words: guillemets.
  const guillemets = readScriptGuillemets(composedAccents.text);
  const accents = { text: guillemets.text, repairs: [...ot1.repairs, ...composedAccents.repairs, ...guillemets.repairs] };
  const nfc = accents.text;
  // A saved web page: its markup says what a flattened text can only guess.
  if (options.layout === 'html' || (options.layout === undefined && isHtmlPage(nfc))) {
    const name = basename(options.fileName ?? 'The web page');
    if (isOwnEdition(nfc)) {
      throw new BilingualError('INPUT_HTML', `${name} is an edition bilingual wrote, not an article: give the article it was built from.`, { details: { file: name } });
    }
    const laidOut = htmlLayoutModule().layoutHtml(readHtml(nfc), name);
    return { text: laidOut.text, layout: 'html', result: laidOut };
  }
  const lexicon = options.lexicon ?? getFrenchLexicon();
  // Word spaces an extraction wrote as no-break spaces: every later rule reads words by spaces.
  const wordSpaces = plainWordSpaces(nfc, lexicon);
  // A space an extraction set before a comma or full stop (pypdf's), out: French sets none there.
  const points = closeSpacesBeforePoints(wordSpaces.text);
  // A line-end hyphen an extraction set apart from its syllable (pypdf's `Di -`), put back against it.
  const endHyphens = closeSpacedLineEndHyphens(points.text, (spaced) => spacedAtSyllables(spaced, lexicon));
  const spaceRepairs = [...wordSpaces.repairs, ...points.repairs, ...endHyphens.repairs];
  const spaces = spaceRepairs.length === wordSpaces.repairs.length ? wordSpaces : { text: endHyphens.text, repairs: spaceRepairs };
  // Two printed lines an extraction glued (pypdf's `dépanneuses.BLOIS —`), cut apart: the layout reads printed lines.
  const cut = cutGluedLines(spaces.text);
  // Printed lines cut at every soft hyphen joined first: the layout reads printed lines.
  const softLines = joinSoftHyphenLines(cut.text);
  // Boxes drawn in characters (a wire printout's `+−−+` and `|`): their text alone, on its lines.
  const frames = readDrawnFrames(softLines.text);
  // Soft hyphens a producer drew as its hyphens made `-` before the others are removed.
  const drawn = keepDrawnSoftHyphens(frames.text, lexicon);
  const hyphens = normalizeHyphenCharacters(drawn.text);
  // Apostrophes a standard-encoded font printed curly in copy typed straight.
  const apostrophes = restoreTypedApostrophes(hyphens.text);
  // Words an extraction cut at its kerns (pypdf's `r ue`, `A vec`), glued where the text shows the habit.
  const kerned = joinKernedWordSpaces(apostrophes.text, lexicon);
  // A number glued to the capitalised word after it (pdf.js's and pypdf's `2026Le Courrier`), parted.
  const numbers = splitGluedNumberWords(kerned.text, lexicon);
  // Words an extraction glued where it dropped the spaces (pypdf's `dela`, `aprèsla`), parted where the text shows the habit.
  const glued = splitGluedWords(numbers.text, lexicon);
  // A French word glued to the capitalised word after it (`-raw`'s `àAngers`, pdf.js's `hiverUn`), parted.
  const capitals = splitGluedCapitalWords(glued.text, lexicon);
  const clean = capitals.text;
  const layout = options.layout ?? detectLayoutKind(clean);
  // Lines the frames' reading took out mapped back first, then the soft hyphens' joined lines,
  // then the glued lines' cuts.
  const lineNumbers = composeLineNumbers(cut.lineNumbers, composeLineNumbers(softLines.lineNumbers, frames.lineNumbers));
  const context = {
    lexicon,
    document: createDocumentEvidence(clean),
    typesetHyphenLines: hyphens.typesetHyphenLines,
    underPictures: frames.underPictures,
    ...(options.continuedLines === undefined || options.continuedLines.size === 0 ? {} : { continuedLines: onCleanLines(options.continuedLines, lineNumbers) }),
    ...openedLinesOf(clean, options.openedLines === undefined || options.openedLines.size === 0 ? undefined : onCleanLines(options.openedLines, lineNumbers)),
    ...(options.captionLines === undefined || options.captionLines.size === 0 ? {} : { captionLines: onCleanLines(options.captionLines, lineNumbers) }),
  };
  const laidOut = layout === 'print' ? layoutPrint(clean, context) : plainLayoutModule().layoutPlain(clean, context);
  const cleaning = [...drawn.repairs, ...hyphens.repairs, ...apostrophes.repairs, ...kerned.repairs, ...numbers.repairs, ...glued.repairs, ...capitals.repairs];
  const withHyphens = cleaning.length === 0 ? laidOut : { ...laidOut, repairs: [...cleaning, ...laidOut.repairs] };
  const softRepairs = remapFramesRepairs(softLines.repairs, cut.lineNumbers);
  const beforeFrames = accents.repairs.length === 0 && spaces.repairs.length === 0 && cut.repairs.length === 0 ? softRepairs : [...accents.repairs, ...spaces.repairs, ...cut.repairs, ...softRepairs];
  const earlier = frames.repairs.length === 0 ? beforeFrames : [...beforeFrames, ...remapFramesRepairs(frames.repairs, composeLineNumbers(cut.lineNumbers, softLines.lineNumbers))];
  const result =
    lineNumbers === undefined
      ? earlier.length === 0
        ? withHyphens
        : { ...withHyphens, repairs: [...earlier, ...withHyphens.repairs] }
      : (() => {
          const remapped = remapLines(withHyphens, lineNumbers);
          return { ...withHyphens, ...remapped, repairs: [...earlier, ...remapped.repairs] };
        })();
  // Doubts met reading the word spaces, on the source's lines as its repairs.
  if (wordSpaces.warnings !== undefined) return { text: clean, layout, result: { ...result, warnings: [...wordSpaces.warnings, ...result.warnings] } };
  return { text: clean, layout, result };
}

/**
 * The lines known to open a paragraph: those the page's geometry shows (a searchable scan's layer,
 * `given`), and those a bare line end shows in a text whose lines going on keep the space they
 * were broken at (bare-line-ends.ts); the geometry's reasons first.
 */
function openedLinesOf(clean: string, given: ReadonlyMap<number, ParagraphOpening> | undefined): { openedLines?: ReadonlyMap<number, ParagraphOpening> } {
  const bare = readBareLineEnds(clean);
  if (bare.size === 0) return given === undefined ? {} : { openedLines: given };
  if (given !== undefined) for (const [line, opening] of given) bare.set(line, opening);
  return { openedLines: bare };
}

/**
 * Lines of the text given, keyed so, put on the cleaned text's lines (those the layout reads): a
 * cleaned line stands for the source line it starts on.
 */
function onCleanLines<Value>(lines: ReadonlyMap<number, Value>, lineNumbers: { first: number[] } | undefined): ReadonlyMap<number, Value> {
  if (lineNumbers === undefined) return lines;
  const clean = new Map<number, Value>();
  lineNumbers.first.forEach((source, index) => {
    const value = lines.get(source);
    if (value !== undefined) clean.set(index + 1, value);
  });
  return clean;
}

/** Repairs made on a text whose lines were joined or cut (the frames', the soft hyphens'), put back on the source's lines. */
function remapFramesRepairs(repairs: Repair[], lineNumbers: { first: number[] } | undefined): Repair[] {
  if (lineNumbers === undefined) return repairs;
  return repairs.map((repair) => ({ ...repair, line: lineNumbers.first[repair.line - 1] ?? repair.line }));
}

export function structureArticle(bytes: Uint8Array, options: { fileName: string } & Omit<StructureOptions, 'encoding' | 'sha256' | 'bytes'>): StructuredArticle {
  const { text, ...source } = ingestBytes(bytes, options.fileName);
  return structureText(text, { ...options, ...source });
}

export function structureText(text: string, options: StructureOptions): StructuredArticle {
  return segmentBlocks(layoutText(text, options), options);
}

/** Any article file's bytes, a PDF (told by its `%PDF-` signature) or a text. */
export async function structureFileBytes(
  bytes: Uint8Array,
  options: { fileName: string } & Omit<StructureOptions, 'encoding' | 'sha256' | 'bytes'>,
): Promise<StructuredArticle> {
  return isPdf(bytes) ? structurePdf(bytes, options) : structureArticle(bytes, options);
}

/** Stages 1 to 3, `bilingual segment`: one file (text or PDF) to its structured article. */
export async function structureFile(path: string): Promise<StructuredArticle> {
  const bytes = await readArticleFile(path);
  if (isPdf(bytes)) return structurePdf(bytes, { fileName: basename(path) }); // 1-3 for a PDF: its pages read and laid out
  const ingested = ingestBytes(bytes, basename(path)); // 1. ingest
  const laidOut = layoutText(ingested.text, { fileName: ingested.fileName }); // 2. layout
  return segmentBlocks(laidOut, ingested); // 3. segment
}

/**
 * Layout of a PDF's text layer: positioned pieces of text with their fonts (from
 * `src/ingest/read-pdf.ts`) to the blocks of one article, in reading order, with roles.
 *
 * 1. Lines: pieces sharing a baseline form a row; spaces come from the gaps between pieces;
 *    text drawn a second time over itself is read once (`pdf-overprinted-text.ts`).
 * 2. Page furniture: the rows at a page's top or bottom edge, set apart from the text by a
 *    gap, that are a folio, a dated running header, a row split into distant parts (paper
 *    name left, date right), or repeated on another page, are dropped and recorded; so is a
 *    page's very first or last row set smaller than the body that carries the date or is a
 *    number among rules, and the row just inside it then.
 * 3. Reading order: columns are found where most rows reaching across an x leave it empty
 *    (the gutter); rows crossing a gutter (a headline, a standfirst) cut the page into bands,
 *    and each band is read column by column, left to right, each column top to bottom
 *    (recursively, so a band may hold its own columns). A row whose last word only overruns the
 *    gutter (a line set wider than its column) crosses nothing: it is its columns' lines.
 *    On a short page under a long head, more rows than usual may cross the gutter, so long as
 *    all of them stand above or below the columns. A column's last rows set below every other
 *    column after a wide space, in the column's type, are the next tier: read after the columns.
 * 4. Roles from the fonts: the body is the style (size, weight, slant) holding the most
 *    characters; the largest type above the body is the headline, what comes before it the
 *    kicker, what comes between it and the body the standfirst (or the byline, `Par …`); in
 *    the body, italic or smaller type is a caption, a short bold line an intertitle (a
 *    paragraph of its own), a short line closing the article a signature (the byline).
 * 5. Paragraphs, in the body's lines with captions set aside: a new paragraph where a line
 *    is indented (in a block set in from the column, a list in a box, from the block's edge;
 *    a numbered item opening where the item before it did is no such block's line), where the
 *    line before ends short of a justified column's right edge, or where a wider gap than the
 *    column's leading follows a sentence's end or a colon introducing entries (and, in a text
 *    that sets its paragraphs apart by a space, only there or at an indent within a column).
 * 6. Lines are joined with the text path's own `joinLines` (line-end hyphens decided by
 *    `decideLineEndHyphen`, the French lexicon and the document's evidence) after its own
 *    spacing repairs, and a dateline (`PARIS —`) opening the body is its own block.
 *
 * Line numbers in repairs, warnings and block sources count the PDF's text lines in reading
 * order, page furniture included, as `pdfText` lists them; blocks also carry their page and
 * their box on it (points, from the page's top-left corner).
 */
import type { PdfDocument, PdfFont, PdfTextPiece } from '../ingest/read-pdf.ts';
import type { BlockRole, Repair, SourceBox, Warning } from '../types.ts';
import type { FrenchLexicon } from './french-lexicon.ts';
import { createDocumentEvidence, joinLines, type SourceLine } from './join-lines.ts';
import { BYLINE, DATELINE, endsSentence, isAllCapitals, isSignature, startsLikeSentence, TYPED_DATELINE, type LayoutBlock } from './layout-block.ts';
import { creditAtEnd, endsOnCredit } from './credit-forms.ts';
import { normalizeLineHyphenCharacters } from './hyphen-characters.ts';
import { normalizeSpacing, restoreDigitGroups } from './normalize-spacing.ts';
import { closeLetterSpacing } from './pdf-letter-spacing.ts';
import { dropOverprintedText } from './pdf-overprinted-text.ts';
import { dropSheetOverflow } from './pdf-sheet-overflow.ts';
import { lowerCapitalsAfterDropCap, lowerSmallCapitals } from './pdf-small-capitals.ts';
import { takeTextFrames, type TextFrame } from './pdf-text-frames.ts';
import { drawsLineEndSpaces, endsParagraphUnspaced, runsOnUnspaced, typeDrawsLineEndSpaces, type LineEndSpaces } from './pdf-drawn-line-ends.ts';
import { restorePdfTypedApostrophes } from './pdf-typed-apostrophes.ts';
import { SPACE_AFTER_HYPHEN } from './stretched-compound-hyphens.ts';
import { introducesList, numberedItemStarts, opensEntryAfter } from './list-items.ts';
import type { PageLine } from './page-line.ts';
import { hasKickerShape } from './kicker-shape.ts';
import { carriesHeaderDate, headerKey, isFolio, isFolioWithPaperName, isJumpLine, isOrnamentedFolio } from './page-furniture.ts';

export interface PdfLayoutBlock extends LayoutBlock {
  /** 1-based page the block starts on. */
  page: number;
  /** Page the block ends on, when it runs over to another. */
  endPage?: number;
  /** The block's box on its first page. */
  box: SourceBox;
}

export interface PdfLayoutResult {
  blocks: PdfLayoutBlock[];
  repairs: Repair[];
  warnings: Warning[];
  /** The PDF's text lines in reading order, one per line: what line numbers count. */
  text: string;
}

export interface PdfLayoutContext {
  lexicon: FrenchLexicon;
}

/** Share of a font size within which two baselines are one row. @default 0.2 */
const SAME_BASELINE = 0.2;
/**
 * Share of a font size within which a piece set against another (touching it, or a word space
 * away) is on that piece's line though its baseline is not quite the same. @default 0.4
 */
const SHIFTED_BASELINE = 0.4;
/** Widest gap, in font sizes, between two pieces side by side on one line (a word space; a gutter is wider). @default 0.45 */
const SIDE_BY_SIDE = 0.45;
/** Gap between two pieces, in font sizes, from which a space separates them. @default 0.12 */
const WORD_SPACE = 0.12;
/** Narrowest gutter between columns, in body font sizes. @default 0.6 */
const MINIMUM_GUTTER = 0.6;
/** Share of a region's rows that may cover a gutter (the rows that cross the columns). @default 0.2 */
const GUTTER_CROSSING_SHARE = 0.2;
/** Share of a page's rows that may cover a gutter when all of them stand above or below its columns (see `crossedOnlyAtEdges`). @default 0.4 */
const HEAD_CROSSING_SHARE = 0.4;
/** How far from a gutter, in body font sizes, a row's text counts as near it. @default 2 */
const GUTTER_NEIGHBOURHOOD = 2;
/** Share of the rows near a gutter that may cross it. @default 0.3 */
const GUTTER_CROSSING_NEAR = 0.3;
/** Fewest rows in a region looked at for columns, per column. @default 2 */
const GUTTER_MINIMUM_ROWS = 2;
/** Size ratio to the body from which type is display type (headline). @default 1.15 */
const DISPLAY_RATIO = 1.15;
/** An empty space above a line taller than this many body sizes holds a picture (or nothing). */
const PICTURE_SPACE = 5;
/** Indent of a paragraph's first line, in body font sizes, at least. @default 0.5 */
const MINIMUM_INDENT = 0.5;
/** How far short of a justified column's right edge a last line ends, in body font sizes. @default 0.6 */
const SHORT_LINE = 0.6;
/** Extra space between baselines, in body font sizes, that separates paragraphs (a `parskip`). @default 0.15 */
const PARAGRAPH_GAP = 0.15;
/** How far short of a justified column's right edge a line ending a sentence ends a paragraph, in body font sizes. @default 0.2 */
const SHORT_SENTENCE_END = 0.2;

interface Piece {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  bold: boolean;
  italic: boolean;
  /** The font's name (`Courier`, `LMRoman10-Bold`). */
  font?: string;
  /** The inside of a frame drawn with characters holding the piece (see `pdf-text-frames.ts`). */
  frame?: TextFrame;
  /** Why the piece opens a line written under an empty frame drawn with characters (a picture's place). */
  underEmptyFrame?: string;
  /** Whether the page draws a space glyph right after the piece (`PdfTextPiece.spaceDrawnAfter`); unset where not read. */
  spaceDrawnAfter?: boolean;
}

interface Row {
  page: number;
  y: number;
  pieces: Piece[];
}

/** A column (or a whole-width band) of one page, against which indents and short lines are measured. */
interface Region {
  left: number;
  right: number;
  justified: boolean;
  leading: number;
  /**
   * Whether the leading was read between lines of one paragraph (after a line that ends no
   * sentence), not only between lines each ending a sentence (see `measureRegion`).
   */
  leadingWithinParagraphs?: boolean;
  /** How many of its lines are in the body's size (what its edges were measured on). */
  bodyLines: number;
  /** The inside of a frame drawn with characters: its lines are folded at its measure, ragged, in a face of this advance. */
  frame?: TextFrame;
  /** Whether its lines end each at its own place, no right end shared by many of them (see `markRaggedRegions`). */
  ragged?: boolean;
}

interface Line {
  number: number;
  page: number;
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  bold: boolean;
  italic: boolean;
  /** The style of the line's last piece: a bold lead-in (`PARIS —`) is followed by the body's. */
  end: Style;
  /** The style of the line's first piece: a caption's last words before its credit in a type of its own. */
  start: Style;
  region: Region;
  furniture?: { reason: string; evidence: string };
  /** The line drawn a second time across a column or page break (see `findLinesDrawnTwice`): the evidence. */
  drawnTwice?: string;
  /** Why the line opens what is written under an empty frame drawn with characters (a picture's caption). */
  underEmptyFrame?: string;
  /** Whether the page draws a space glyph after the line's last word (see `drawnLineEnds`); unset where not read. */
  spaceDrawnAfter?: boolean;
}

interface Style {
  size: number;
  bold: boolean;
  italic: boolean;
}

export function layoutPdf(document: PdfDocument, context: PdfLayoutContext): PdfLayoutResult {
  const dropCaps: Repair[] = [];
  // A line's tail a sheet printed over pages draws again at the next page's left edge: read once.
  const overflow = document.pages.length > 1 ? dropSheetOverflow(document.pages) : undefined;
  for (const { page, piece, original } of overflow?.overflows ?? []) {
    const text = piece.text.trim();
    const repair: Repair = {
      kind: 'line-drawn-twice-removed',
      line: 0,
      before: text,
      reason: 'sheet-overflow',
      evidence: `"${text}" on page ${page} starts left of the page's text, at x ${Math.round(piece.x * 10) / 10} pt, on the baseline, in the font and size of "${original.text.trim()}" on page ${page - 1}, whose end it is: the tail of a line printed over two pages (a sheet wider than the paper), read on the page before`,
    };
    holdRepair(dropCaps, repair, page - 1, original.text.trim());
  }
  const pageRows = document.pages.map((page, index) => toRows(page.number, overflow?.kept[index] ?? page.pieces, document.fonts, dropCaps, context.lexicon));
  const body = bodyStyle(pageRows.flat());
  const tiny = pageRows.map((rows) => takeTinyText(rows, body));
  const frames = pageRows.map((rows) => takeFrames(rows));
  const furniture = findPageFurniture(pageRows, body);
  furniture.forEach((found, pageIndex) => {
    for (const row of frames[pageIndex] as Row[]) {
      found.set(row, { reason: 'text-frame', evidence: `"${rowText(row.pieces)}" draws a frame with characters (a rule of "+" and dashes, a "|" at each end of the lines inside): no part of the text` });
    }
    for (const row of tiny[pageIndex] as Row[]) {
      found.set(row, { reason: 'tiny-text', evidence: `"${rowText(row.pieces)}" is set in ${Math.round(rowSize(row) * 10) / 10} pt, under ${TINY_TEXT} of the body's ${body.size} pt: a producer's or printer's mark, not the article's text` });
    }
  });
  const lines: Line[] = [];
  const reading: ReadingRecord = { columns: [], bands: [], tiers: [], doubts: [] };
  pageRows.forEach((pageRowsKept, pageIndex) => {
    let rows = pageRowsKept;
    const found = furniture[pageIndex] as Map<Row, { reason: string; evidence: string }>;
    const kept = rows.filter((row) => !found.has(row));
    // Tiny text stands apart from the page's rows: set back among them at its baseline.
    rows = [...rows, ...(tiny[pageIndex] as Row[]), ...(frames[pageIndex] as Row[])].sort((a, b) => a.y - b.y);
    const ordered = readingOrder(kept, body.size, reading);
    const edge = (row: Row, region: Region): Line => ({ ...toLine(row, region), furniture: found.get(row) });
    const pageRegion: Region = { left: 0, right: 0, justified: false, leading: body.size, bodyLines: 0 };
    const top = rows.filter((row) => found.has(row) && (kept[0] === undefined || row.y < kept[0].y));
    const bottom = rows.filter((row) => found.has(row) && !top.includes(row));
    for (const row of top) lines.push(edge(row, pageRegion));
    for (const line of ordered) {
      // A jump line (`Lire la suite page 28`) stands at a column's foot or head, not a page's edge.
      if (isJumpLine(line.text)) line.furniture = { reason: 'jump-line', evidence: `"${line.text}" sends the reader to another page` };
      lines.push(line);
    }
    for (const row of bottom) lines.push(edge(row, pageRegion));
  });
  shareBodyLeading(lines, body);
  shareColumnMeasure(lines, body);
  shareColumnLeft(lines, body);
  markRaggedRegions(lines);
  findLinesDrawnTwice(lines);
  const repairs: Repair[] = [];
  lines.forEach((line, index) => {
    line.number = index + 1;
    const hyphens = normalizeLineHyphenCharacters(line.text, line.number);
    line.text = hyphens.content;
    repairs.push(...hyphens.repairs);
  });
  const apostrophes = restorePdfTypedApostrophes(lines.map((line) => line.text), document.fonts);
  lines.forEach((line, index) => {
    line.text = apostrophes.lines[index] ?? line.text;
  });
  repairs.push(...apostrophes.repairs);
  // A number's groups run together where the producer drew nothing for the narrow no-break
  // space (iText 5): grouped again on the article's evidence, as the text readers do.
  const digits = restoreDigitGroups(
    lines.map((line) => ({ number: line.number, content: line.text })),
    context.lexicon,
  );
  if (digits.repairs.length > 0) {
    lines.forEach((line, index) => {
      line.text = digits.lines[index]?.content ?? line.text;
    });
    repairs.push(...digits.repairs);
  }
  const text = lines.map((line) => line.text).join('\n');
  const warnings: Warning[] = [];
  for (const repair of dropCaps) {
    const lowered = HOLDING_LINES.get(repair);
    if (lowered !== undefined) {
      // Numbered by the line holding the word.
      const holding = lines.find((line) => line.page === lowered.page && line.text.includes(lowered.text));
      repairs.push({ ...repair, line: holding?.number ?? 1 });
      continue;
    }
    // Numbered by the line the initial now opens.
    const opened = lines.find((line) => line.page === DROP_CAP_LINES.get(repair)?.page && line.text.startsWith(DROP_CAP_LINES.get(repair)?.text ?? '\u0000'));
    repairs.push({ ...repair, line: opened?.number ?? 1 });
  }
  for (const decision of reading.columns) recordColumns(decision, repairs, warnings);
  for (const band of reading.bands) {
    const point = (value: number): string => `${Math.round(value * 10) / 10}`;
    repairs.push({
      kind: 'columns-reordered',
      line: band.first.number,
      reason: 'band',
      evidence: `page ${band.page}: "${band.first.text}"${band.rows > 1 ? ` and ${band.rows - 1} more row${band.rows > 2 ? 's' : ''}` : ''} cross${band.rows > 1 ? '' : 'es'} the gutter at x ${point(band.gutter.left)}–${point(band.gutter.right)} pt below columns: they end that band, whose columns are read before them`,
    });
  }
  for (const tier of reading.tiers) {
    const point = (value: number): string => `${Math.round(value * 10) / 10}`;
    repairs.push({
      kind: 'columns-reordered',
      line: tier.first.number,
      reason: 'tier-below-columns',
      evidence: `page ${tier.page}: "${tier.first.text}"${tier.rows > 1 ? ` and ${tier.rows - 1} more row${tier.rows > 2 ? 's' : ''}` : ''} start${tier.rows > 1 ? '' : 's'} below the other columns' last line (y ${point(tier.columnsEnd)} pt), ${point(tier.gap)} pt under its column's text: a tier below the columns, read after them`,
    });
  }
  for (const doubt of reading.doubts) {
    const point = (value: number): string => `${Math.round(value * 10) / 10}`;
    warnings.push({
      rule: 'layout/columns-doubtful',
      line: doubt.first.number,
      message: `Page ${doubt.page} was read as one column, but ${doubt.rowsWithGap} of its ${doubt.rows} rows leave x ${point(doubt.left)}–${point(doubt.right)} pt empty between two pieces of text; if it holds columns, their lines are read across them, row by row.`,
    });
  }
  for (const line of lines) {
    if (line.furniture !== undefined) {
      repairs.push({ kind: 'page-furniture-removed', line: line.number, before: line.text, reason: line.furniture.reason, evidence: line.furniture.evidence });
    }
    if (line.drawnTwice !== undefined) repairs.push({ kind: 'line-drawn-twice-removed', line: line.number, before: line.text, reason: 'break', evidence: line.drawnTwice });
  }
  const hyphenContext = { lexicon: context.lexicon, document: createDocumentEvidence(text) };
  const textLines = lines.filter((line) => line.furniture === undefined && line.drawnTwice === undefined);
  // Whether the typesetter draws a space after its lines' last words (pdf-drawn-line-ends.ts).
  const drawnLineEnds = drawsLineEndSpaces(textLines);
  const blocks = buildBlocks(textLines, body, { repairs, warnings, hyphenContext, ...(drawnLineEnds === undefined ? {} : { drawnLineEnds }) });
  repairs.sort((a, b) => a.line - b.line);
  return { blocks, repairs, warnings, text };
}

// ---------------------------------------------------------------------------------------
// 1. Rows

function toRows(page: number, pieces: readonly PdfTextPiece[], fonts: Record<string, PdfFont>, repairs: Repair[], lexicon?: FrenchLexicon): Row[] {
  const placed = pieces.map((piece): Piece => {
      const font = fonts[piece.font];
      return {
        text: piece.text,
        x0: piece.x,
        x1: piece.x + piece.width,
        y: piece.y,
        size: piece.size,
        bold: font?.bold ?? false,
        italic: font?.italic ?? false,
        ...(font === undefined ? {} : { font: font.name }),
        ...(piece.spaceDrawnAfter === undefined ? {} : { spaceDrawnAfter: piece.spaceDrawnAfter }),
      };
    });
  const { kept, overprints } = dropOverprintedText(placed);
  for (const { copy } of overprints) {
    const text = copy.text.trim();
    const repair: Repair = {
      kind: 'line-drawn-twice-removed',
      line: 0,
      before: text,
      reason: 'overprinted',
      evidence: `"${text}" is drawn a second time over itself, ${Math.round(copy.size * 10) / 10} pt in ${copy.font ?? 'the same font'}, shifted by less than a tenth of its size (a bolder look or a shadow): read once`,
    };
    holdRepair(repairs, repair, page, text);
  }
  const sorted = attachDropCaps(page, kept, repairs, lexicon).sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const rows: Row[] = [];
  for (const piece of sorted) {
    // The nearest row above within reach: pieces of one baseline may come in any order.
    let target: Row | undefined;
    for (let index = rows.length - 1; index >= 0 && index >= rows.length - 4; index -= 1) {
      const row = rows[index] as Row;
      if (Math.abs(row.y - piece.y) <= SAME_BASELINE * Math.min(piece.size, rowSize(row))) {
        target = row;
        break;
      }
    }
    // A tool that places each run of text by the top of its line, not by its baseline (pdfkit),
    // sets a run in a face with another ascent (a bold sans dateline, `SAINT-LARY-SOULAN —`,
    // opening a serif line) a little lower or higher than the words it runs into: set right
    // against them, it is on their line all the same. Lines of one column are a leading apart,
    // and a gutter is wider than a word space, so no other line's piece is that close.
    target ??= rows.slice(-4).findLast((row) => Math.abs(row.y - piece.y) <= SHIFTED_BASELINE * Math.min(piece.size, rowSize(row)) && row.pieces.some((other) => sideBySide(other, piece)));
    if (target === undefined) rows.push({ page, y: piece.y, pieces: [piece] });
    else target.pieces.push(piece);
  }
  for (const { piece, holder } of joinRaisedPieces(rows)) {
    const text = piece.text.trim();
    const word = holder.text.trim().split(/\s+/u).at(-1) ?? '';
    const repair: Repair = {
      kind: 'line-rejoined',
      line: 0,
      before: `${word}|${text}`,
      after: `${word}${text}`,
      reason: 'superscript',
      evidence: `"${text}" is set in ${Math.round(piece.size * 10) / 10} pt against the end of "${word}" in ${Math.round(holder.size * 10) / 10} pt, its baseline ${Math.round(Math.abs(holder.y - piece.y) * 10) / 10} pt ${piece.y < holder.y ? 'above' : 'below'} that word's: a superscript (or subscript) of its line, not a line of its own`,
    };
    holdRepair(repairs, repair, page, repair.after as string);
  }
  for (const row of rows) {
    row.pieces.sort((a, b) => a.x0 - b.x0);
    for (const closed of closeLetterSpacing(row.pieces)) {
      const repair: Repair = {
        kind: 'space-collapsed',
        line: 0,
        before: closed.before,
        after: closed.after,
        reason: 'letter-spaced-line',
        evidence: `${closed.pieces} pieces set side by side have every character a space apart, and none between them holds a word of two letters or more: a line spread by its letters (character spacing), the gaps between the pieces its word spaces`,
      };
      holdRepair(repairs, repair, page, closed.after);
    }
    const cap = row.pieces[0] === undefined ? undefined : OPENED_BY_DROP_CAP.get(row.pieces[0]);
    const opening = cap === undefined ? undefined : lowerCapitalsAfterDropCap(row.pieces, cap);
    if (opening !== undefined) {
      const repair: Repair = {
        kind: 'small-capitals-lowered',
        line: 0,
        before: opening.before,
        after: opening.after,
        reason: 'small-capitals',
        evidence: `"${opening.small}" opens the paragraph after its drop cap in capitals ${opening.ratio} the size of the line's lower case: the opening words set in small capitals, given back their lower case`,
      };
      holdRepair(repairs, repair, page, opening.after);
    }
    for (const lowered of lowerSmallCapitals(row.pieces)) {
      const repair: Repair = {
        kind: 'small-capitals-lowered',
        line: 0,
        before: lowered.before,
        after: lowered.after,
        reason: 'small-capitals',
        evidence:
          lowered.tracking === undefined
            ? `"${lowered.small}" is set in capitals ${lowered.ratio} the size of the capital it touches: small capitals made of capitals, the rest of the word in lower case`
            : `"${lowered.small}" is set in capitals ${lowered.ratio} the size of the capital before, ${lowered.tracking} pt after it and after one another, under a word space: small capitals made of capitals and tracked, the word's tracking closed and the rest of it in lower case`,
      };
      holdRepair(repairs, repair, page, lowered.after);
    }
  }
  return rows.sort((a, b) => a.y - b.y);
}

/** Most characters of a superscript or subscript (`e`, `er`, `me`, `lle`, a note's call). @default 4 */
const RAISED_CHARACTERS = 4;
/** Size, as a share of the word it is set against, under which a piece is a superscript or subscript. @default 0.9 */
const RAISED_SIZE = 0.9;
/** How far, in the word's size, a superscript's or subscript's baseline lies from that word's at most. @default 0.5 */
const RAISED_SHIFT = 0.5;
/** How many rows away from a piece its word's row is looked for. @default 3 */
const RAISED_ROWS = 3;

/**
 * Superscripts and subscripts (`XIX` + `e`, `1` + `er`, `M` + `me`, `CO` + `2`) are set in
 * smaller type on a baseline raised (or lowered) by a third of the line's size or so, right
 * against the end of the word they belong to: further from that word's baseline than one row's
 * tolerance, so they were gathered as a row of their own (read as a line, `e`, after the
 * column). A piece of a few characters, in type smaller than a word it touches end to start
 * (no word space between them), its baseline within half that word's size of the word's, is
 * moved to the word's row. Lines of one column are a leading apart and a gutter is wider than
 * a word space, so no other line's word touches it so. Returns each piece moved, with the word
 * it was set against; rows left empty are taken out of `rows`.
 */
function joinRaisedPieces(rows: Row[]): { piece: Piece; holder: Piece }[] {
  const moved: { piece: Piece; holder: Piece }[] = [];
  let emptied = false;
  // Each row's largest size, read once: a piece no smaller than the rows around it is passed over at once.
  const sizes = rows.map(rowSize);
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] as Row;
    const first = Math.max(0, index - RAISED_ROWS);
    const last = Math.min(rows.length - 1, index + RAISED_ROWS);
    let largest = 0;
    for (let other = first; other <= last; other += 1) if (other !== index) largest = Math.max(largest, sizes[other] as number);
    if (!row.pieces.some((piece) => piece.size < RAISED_SIZE * largest)) continue;
    for (const piece of [...row.pieces]) {
      if (!(piece.size < RAISED_SIZE * largest)) continue;
      const length = piece.text.trim().length;
      if (length === 0 || length > RAISED_CHARACTERS || piece.text.trim().includes(' ')) continue;
      let holder: Piece | undefined;
      let target: Row | undefined;
      for (let other = first; other <= last && holder === undefined; other += 1) {
        const candidate = rows[other] as Row;
        if (other === index || !(piece.size < RAISED_SIZE * (sizes[other] as number))) continue;
        // A row a leading away is no line of the piece's (its pieces lie within a row's tolerance of its baseline).
        if (Math.abs(candidate.y - piece.y) > (RAISED_SHIFT + SHIFTED_BASELINE) * (sizes[other] as number)) continue;
        holder = candidate.pieces.find((word) => {
          const shift = Math.abs(word.y - piece.y);
          const gap = piece.x0 - word.x1;
          return (
            piece.size < RAISED_SIZE * word.size &&
            shift > SAME_BASELINE * piece.size &&
            shift <= RAISED_SHIFT * word.size &&
            gap >= -0.1 * piece.size &&
            gap < WORD_SPACE * piece.size
          );
        });
        if (holder !== undefined) target = candidate;
      }
      if (holder === undefined || target === undefined) continue;
      row.pieces.splice(row.pieces.indexOf(piece), 1);
      target.pieces.push(piece);
      moved.push({ piece, holder });
      if (row.pieces.length === 0) emptied = true;
    }
  }
  if (emptied) {
    const kept = rows.filter((row) => row.pieces.length > 0);
    rows.length = 0;
    rows.push(...kept);
  }
  return moved;
}

/** Whether two pieces are set one right after the other, at most a word space apart. */
function sideBySide(a: Piece, b: Piece): boolean {
  const size = Math.min(a.size, b.size);
  const gap = a.x0 < b.x0 ? b.x0 - a.x1 : a.x0 - b.x1;
  return gap >= -0.1 * size && gap <= SIDE_BY_SIDE * size;
}

/**
 * A drop cap's text: a capital or two, after an opening mark, which French sets with its
 * no-break space when the paragraph opens on a quotation (`« O` over three lines, then `n
 * remplit une baignoire percée »`).
 */
const DROP_CAP = /^(?:[«"“(][\s\u00a0\u202f]?)?\p{Lu}{1,2}$/u;

/** Size ratio to the text beside it from which a letter or two are a drop cap. @default 1.8 */
const DROP_CAP_RATIO = 1.8;

/**
 * A drop cap (`L` over three lines, then `e conseil municipal…`) is the first letter of the
 * line beside its top: it is put at the start of that line, and the lines set beside it are
 * given back the column's left edge, so that neither reads as an indent.
 */
/**
 * The page and a text of the line each repair was made in (a run of small capitals lowered, a
 * copy of text drawn over itself left out), to number the repair once lines are numbered.
 */
const HOLDING_LINES = new WeakMap<Repair, { page: number; text: string }>();

/** Records a repair made before the lines are numbered, with the page and a text of the line holding it. */
function holdRepair(repairs: Repair[], repair: Repair, page: number, text: string): void {
  HOLDING_LINES.set(repair, { page, text });
  repairs.push(repair);
}

/** The page and text of the line each drop cap opened, to number its repair once lines are numbered. */
const DROP_CAP_LINES = new WeakMap<Repair, { page: number; text: string }>();
/** The piece each drop cap was put at the start of, with the cap's letters. */
const OPENED_BY_DROP_CAP = new WeakMap<Piece, string>();

function attachDropCaps(page: number, pieces: Piece[], repairs: Repair[], lexicon?: FrenchLexicon): Piece[] {
  const dropped = new Set<Piece>();
  for (const cap of pieces) {
    if (!DROP_CAP.test(cap.text.trim())) continue;
    const beside = pieces.filter(
      (piece) =>
        piece !== cap &&
        cap.size >= piece.size * DROP_CAP_RATIO &&
        piece.x0 >= cap.x1 - 1 &&
        piece.x0 - cap.x1 <= piece.size * 2 &&
        piece.y <= cap.y + 1 &&
        piece.y >= cap.y - cap.size * 1.1,
    );
    // Only the pieces that start their line beside the cap, and not a line that runs over the
    // cap's place (a byline or a kicker above the paragraph, set from the column's edge or
    // indented, whose words right of the cap's edge are no line beside it).
    const starts = beside.filter(
      (piece) =>
        !beside.some((other) => other !== piece && Math.abs(other.y - piece.y) < 1 && other.x0 < piece.x0) &&
        !pieces.some((other) => other !== cap && Math.abs(other.y - piece.y) < 1 && other.x0 < piece.x0 && other.x1 > cap.x0),
    );
    const first = starts.reduce<Piece | undefined>((top, piece) => (top === undefined || piece.y < top.y ? piece : top), undefined);
    if (first === undefined) continue;
    const letter = cap.text.trim();
    const word = first.text.split(' ', 1)[0] ?? '';
    const apart = capIsAWord(letter, first.text.trimStart().split(' ', 1)[0] ?? '', lexicon);
    const repair: Repair = {
      kind: 'drop-cap-joined',
      line: 0,
      before: `${letter}|${word}`,
      after: apart === undefined ? `${letter}${word}` : `${letter} ${word.trimStart()}`,
      reason: 'drop-cap',
      evidence: `"${letter}" is set ${Math.round(cap.size)} pt high beside the first lines of a paragraph in ${Math.round(first.size)} pt${apart === undefined ? '' : `; ${apart}`}`,
    };
    const opening = apart === undefined ? letter : `${letter} `;
    first.text = apart === undefined ? `${letter}${first.text}` : `${opening}${first.text.trimStart()}`;
    OPENED_BY_DROP_CAP.set(first, opening);
    DROP_CAP_LINES.set(repair, { page, text: first.text.trim() });
    repairs.push(repair);
    for (const piece of starts) piece.x0 = cap.x0;
    dropped.add(cap);
  }
  return dropped.size === 0 ? pieces : pieces.filter((piece) => !dropped.has(piece));
}

/** The one-letter words a French paragraph opens with (`À la mairie`, `A Lyon` where capitals lose their accent, `Ô`). */
const ONE_LETTER_WORD = /^(?:[«"“(][\s\u00a0\u202f]?)?[AÀÔ]$/u;

/**
 * Why a drop cap is a word of its own rather than its word's first letter (`À` over three
 * lines, then `la surprise des nageurs…`), or undefined: the cap is a one-letter French word
 * and the line beside it opens with a number, a capitalised name, or a word the list knows
 * while the two glued are no word (`Àla`); `A` + `vec`, `Ô` + `ter` stay one word.
 */
function capIsAWord(letter: string, word: string, lexicon: FrenchLexicon | undefined): string | undefined {
  if (!ONE_LETTER_WORD.test(letter)) return undefined;
  const core = word.replace(/[.,;:!?»)\u00a0\u202f]+$/u, '');
  if (core === '' || core.startsWith('-')) return undefined;
  const initial = letter.replace(/^[«"“(][\s\u00a0\u202f]?/u, '');
  if (/^\p{N}/u.test(core)) return `"${initial}" is a word of its own before the number "${core}"`;
  if (/^\p{Lu}\p{Ll}/u.test(core)) return `"${initial}" is a word of its own before the name "${core}"`;
  if (lexicon !== undefined && lexicon.has(core) && !lexicon.has(`${initial}${core}`)) {
    return `"${initial}" is a word of its own: the word list knows "${core}" and not "${initial}${core}"`;
  }
  return undefined;
}

/** The baseline of the piece holding the most characters. */
function baselineOf(pieces: readonly Piece[]): number {
  let best = pieces[0] as Piece;
  for (const piece of pieces) if (piece.text.length > best.text.length) best = piece;
  return best.y;
}

function rowSize(row: Row): number {
  let size = 0;
  for (const piece of row.pieces) size = Math.max(size, piece.size);
  return size;
}

function rowLeft(row: Row): number {
  return row.pieces[0]?.x0 ?? 0;
}

function rowRight(row: Row): number {
  let right = -Infinity;
  for (const piece of row.pieces) right = Math.max(right, piece.x1);
  return right;
}

/**
 * Gap between two pieces, in font sizes, from which a space separates them where French sets a
 * fine space (a narrow no-break space, U+202F): between the groups of a number's digits (`2 800`),
 * before `;` `:` `!` `?` `»` `%`, after `«`. A typesetter whose font has no glyph for that space
 * (Pango with most faces) draws nothing there and only moves the next glyph, by a sixth to a
 * tenth of an em, below `WORD_SPACE`; kerning and tracking move glyphs by less (under 0.06 em over
 * every PDF fixture, while these gaps measured 0.066 em and more). @default 0.06
 */
const FINE_SPACE = 0.06;
const DIGIT_AT_END = /\p{Nd}$/u;
const DIGIT_AT_START = /^\p{Nd}/u;
/** What a fine space goes before (`;` `:` `!` `?` `»` `%`), as French typography sets it. */
const AFTER_FINE_SPACE = /^[;:!?»%]/u;

/** Whether the place between `before` and `after` is one French sets a fine space in. */
function takesFineSpace(before: string, after: string): boolean {
  return (DIGIT_AT_END.test(before) && DIGIT_AT_START.test(after)) || AFTER_FINE_SPACE.test(after) || before.endsWith('«');
}

/**
 * The row's text: pieces in order, a space where the gap between two is a word space (or a fine
 * space, see `FINE_SPACE`). A space after a compound's hyphen is closed whatever the word list
 * says (`SPACE_AFTER_HYPHEN`, stretched-compound-hyphens.ts): the pieces are known to sit on one
 * printed row, where French leaves a space after a hyphen only where it is suspended.
 */
function rowText(pieces: readonly Piece[]): string {
  let text = '';
  let previous: Piece | undefined;
  for (const piece of pieces) {
    const gap = previous === undefined ? 0 : (piece.x0 - previous.x1) / Math.min(piece.size, previous.size);
    if (previous !== undefined && (gap > WORD_SPACE || (gap >= FINE_SPACE && takesFineSpace(previous.text, piece.text)))) text += ' ';
    text += piece.text;
    previous = piece;
  }
  return text.replace(/\s+/gu, ' ').replace(SPACE_AFTER_HYPHEN, '-').trim();
}

/** The style holding most of a set of pieces' characters. */
function dominantStyle(pieces: readonly Piece[]): Style {
  const counts = new Map<string, { style: Style; characters: number }>();
  for (const piece of pieces) {
    const size = Math.round(piece.size * 4) / 4;
    const key = `${size}|${piece.bold}|${piece.italic}`;
    const entry = counts.get(key) ?? { style: { size, bold: piece.bold, italic: piece.italic }, characters: 0 };
    entry.characters += piece.text.replace(/\s/gu, '').length;
    counts.set(key, entry);
  }
  let best: { style: Style; characters: number } | undefined;
  for (const entry of counts.values()) if (best === undefined || entry.characters > best.characters) best = entry;
  return best?.style ?? { size: 10, bold: false, italic: false };
}

function bodyStyle(rows: readonly Row[]): Style {
  return dominantStyle(rows.flatMap((row) => row.pieces));
}

/** Per frame drawn with characters, the region its lines are measured in. */
const FRAME_REGIONS = new WeakMap<TextFrame, Region>();

/**
 * The frames drawn with characters on a page (`takeTextFrames`): their rules and edges taken
 * out of the rows, as rows of their own to be recorded as dropped, and each row a frame holds
 * told so (its `frame`).
 */
function takeFrames(rows: Row[]): Row[] {
  const found = takeTextFrames(rows, (piece, text, x0, x1) => ({ ...piece, text, x0, x1 }));
  const out: Row[] = [];
  for (const [index, pieces] of found.taken) {
    const row = rows[index] as Row;
    out.push({ page: row.page, y: row.y, pieces: [...pieces].sort((a, b) => a.x0 - b.x0) });
  }
  for (const [piece, frame] of found.framed) piece.frame = frame;
  for (const [piece, evidence] of found.underEmptyFrames) piece.underEmptyFrame = evidence;
  for (let index = rows.length - 1; index >= 0; index -= 1) if ((rows[index] as Row).pieces.length === 0) rows.splice(index, 1);
  return out;
}

function toLine(row: Row, outer: Region): Line {
  let region = outer;
  const frame = row.pieces[0]?.frame;
  if (frame !== undefined) {
    region = FRAME_REGIONS.get(frame) ?? { left: frame.left, right: frame.right, justified: false, leading: outer.leading, bodyLines: 0, frame };
    FRAME_REGIONS.set(frame, region);
    region.bodyLines += 1;
  }
  const style = dominantStyle(row.pieces);
  const first = row.pieces[0];
  const last = row.pieces.at(-1);
  return {
    end: last === undefined ? style : { size: Math.round(last.size * 4) / 4, bold: last.bold, italic: last.italic },
    start: first === undefined ? style : { size: Math.round(first.size * 4) / 4, bold: first.bold, italic: first.italic },
    number: 0,
    page: row.page,
    text: rowText(row.pieces),
    x0: rowLeft(row),
    x1: rowRight(row),
    y: row.y,
    size: style.size,
    bold: style.bold,
    italic: style.italic,
    region,
    ...(row.pieces[0]?.underEmptyFrame === undefined ? {} : { underEmptyFrame: row.pieces[0].underEmptyFrame }),
    ...(last?.spaceDrawnAfter === undefined ? {} : { spaceDrawnAfter: last.spaceDrawnAfter }),
  };
}

// ---------------------------------------------------------------------------------------
// 2. Page furniture

/** Share of the body's size under which text is no part of the article. @default 0.4 */
const TINY_TEXT = 0.4;

/**
 * Text set far smaller than the body (under `TINY_TEXT` of its size: a 1 pt producer's credit
 * such as `Powered by TCPDF (www.tcpdf.org)` in a page's corner, crop and registration marks'
 * labels) is no part of the article: no typesetter sets text a reader is meant to read at
 * that size (superscripts, footnotes and captions keep over half the body's). Its pieces are
 * taken out of the page's rows, which would otherwise read it into a line or measure a column
 * from the page's very edge, and returned as rows of their own.
 */
function takeTinyText(rows: Row[], body: Style): Row[] {
  const taken: Row[] = [];
  for (let index = rows.length - 1; index >= 0; index -= 1) {
    const row = rows[index] as Row;
    const tiny = row.pieces.filter((piece) => piece.size < body.size * TINY_TEXT && piece.text.trim() !== '');
    if (tiny.length === 0) continue;
    const rest = row.pieces.filter((piece) => !tiny.includes(piece));
    if (rest.some((piece) => piece.text.trim() !== '')) row.pieces = rest;
    else rows.splice(index, 1);
    taken.unshift({ page: row.page, y: baselineOf(tiny), pieces: tiny });
  }
  return taken;
}

/** Rows at a page's edge, set apart by a gap, that a printer repeats on every page. */
function findPageFurniture(pageRows: readonly Row[][], body: Style): Map<Row, { reason: string; evidence: string }>[] {
  const tops = pageRows.map((rows) => edgeRows(rows, body, 'top'));
  const bottoms = pageRows.map((rows) => edgeRows(rows, body, 'bottom'));
  const edges = pageRows.map((_, index) => [...(tops[index] as Row[]), ...(bottoms[index] as Row[])]);
  // A page's very first and last rows are looked at even with no gap (some typesetters set the
  // running header close to the first line), but only for what text never looks like: a
  // folio, a dated header in parts spread across the page, a row repeated on other pages. So is
  // the row right inside the rows set apart at an edge: a folio alone above the running header
  // (`Page 18`, then the paper's name, the section and the date) leaves the header the next row.
  const nextInside = pageRows.map((rows, index) => {
    const edge = edges[index] as Row[];
    const first = rows[0];
    const last = rows.at(-1);
    return {
      top: first !== undefined && !edge.includes(first) && rows.length > 3 ? rows[1] : undefined,
      bottom: last !== undefined && !edge.includes(last) && rows.length > 3 ? rows.at(-2) : undefined,
    };
  });
  const tight = pageRows.map((rows, index) => {
    const top = (tops[index] as Row[]).length;
    const bottom = (bottoms[index] as Row[]).length;
    const inside = [top > 0 ? rows[top] : undefined, bottom > 0 ? rows[rows.length - 1 - bottom] : undefined];
    // Where a page's very first or last row is no edge row, the row next inside it is looked at
    // too, after it and only once it is found furniture: a folio set just above the running
    // footer, with no gap (`[27]` over `Le Courrier · Actualité · mardi 1er décembre 2026`).
    const next = (nextInside[index] as { top?: Row; bottom?: Row });
    return [rows[0], rows.at(-1), ...inside, next.top, next.bottom].filter((row, position, all): row is Row => row !== undefined && !(edges[index] as Row[]).includes(row) && all.indexOf(row) === position);
  });
  const keys = new Map<string, Set<number>>();
  edges.forEach((rows, pageIndex) => {
    const next = nextInside[pageIndex] as { top?: Row; bottom?: Row };
    for (const row of [...rows, ...(tight[pageIndex] as Row[])]) {
      // What the rows at the edges repeat: not the rows inside them.
      if (row === next.top || row === next.bottom) continue;
      const key = headerKey(rowText(row.pieces));
      if (!keys.has(key)) keys.set(key, new Set());
      keys.get(key)?.add(pageIndex);
    }
  });
  return edges.map((rows, pageIndex) => {
    const found = new Map<Row, { reason: string; evidence: string }>();
    const page = pageRows[pageIndex] as Row[];
    const { top, bottom } = nextInside[pageIndex] as { top?: Row; bottom?: Row };
    for (const row of tight[pageIndex] as Row[]) {
      const text = rowText(row.pieces);
      const repeated = keys.get(headerKey(text))?.size ?? 0;
      if (row === top && !found.has(page[0] as Row)) continue;
      if (row === bottom && !found.has(page.at(-1) as Row)) continue;
      if (isFolio(text) || ((row === top || row === bottom) && isOrnamentedFolio(text))) {
        found.set(row, { reason: 'folio', evidence: `"${text}" is a page number alone at the edge of page ${row.page}` });
      } else if (repeated > 1 && pageRows.length > 1) {
        found.set(row, { reason: 'running-header', evidence: `"${text}" is repeated at the edge of ${repeated} pages` });
      } else if (carriesHeaderDate(text) && splitAcross(row, body.size) && text.length <= 120) {
        found.set(row, { reason: 'running-header', evidence: `"${text}" carries the issue's date, in parts spread across the top or bottom of page ${row.page}` });
      } else if (FOLIO_AMONG_MARKS.test(text) && smallerThanBody(row, body)) {
        found.set(row, { reason: 'folio', evidence: `"${text}" is a page number among marks, the ${row === page[0] ? 'first' : 'last'} row of page ${row.page}, set in ${Math.round(rowSize(row) * 10) / 10} pt under the body's ${body.size} pt` });
      } else if (carriesHeaderDate(text) && smallerThanBody(row, body) && text.length <= 120 && !endsSentence(text)) {
        found.set(row, { reason: 'running-header', evidence: `"${text}" carries the issue's date, the ${row === page[0] ? 'first' : 'last'} row of page ${row.page}, set in ${Math.round(rowSize(row) * 10) / 10} pt under the body's ${body.size} pt` });
      } else if (text.length <= 120 && partsAcross(row, body.size).some(isFolio) && splitAcross(row, body.size)) {
        // A printout's header (`Agence France-Presse   DAKAR-WIRE   Page 1 / 1`): the folio one
        // of the parts it spreads across the page.
        found.set(row, { reason: 'running-header', evidence: `"${text}" is set in parts spread across the top or bottom of page ${row.page}, one of them the folio` });
      } else if (text.length <= 120 && folioAtRowEnd(row, body)) {
        // The same header on a page printed smaller (two pages to a sheet): its parts closer
        // together, the folio still set apart at one end, in another face than the text's.
        found.set(row, { reason: 'running-header', evidence: `"${text}" ends on the page's number, set apart at the edge of page ${row.page} in ${describeStyle(dominantStyle(row.pieces))}, not the body's type` });
      }
    }
    for (const row of rows) {
      const text = rowText(row.pieces);
      const where = `at the edge of page ${row.page}`;
      if (isFolio(text) || isOrnamentedFolio(text) || CLOSED_FOLIO.test(text)) {
        found.set(row, { reason: 'folio', evidence: `"${text}" is a page number alone ${where}` });
      } else if (isFolioWithPaperName(text)) {
        // On a one-page article nothing repeats the folio and the paper's name set beside it.
        found.set(row, { reason: 'folio', evidence: `"${text}" is a page number beside the paper's name, set apart ${where}` });
      } else if ((keys.get(headerKey(text))?.size ?? 0) > 1) {
        found.set(row, { reason: 'running-header', evidence: `"${text}" is repeated at the edge of ${keys.get(headerKey(text))?.size} pages` });
      } else if (carriesHeaderDate(text) && (text.length <= 120 || (smallerThanBody(row, body) && !endsSentence(text)))) {
        // Two pages printed side by side on one sheet set their footers on one row, longer.
        found.set(row, { reason: 'running-header', evidence: `"${text}" carries the issue's date, set apart ${where}` });
      } else if (splitAcross(row, body.size) && !endsLinesAbove(row, page, body.size)) {
        found.set(row, { reason: 'running-header', evidence: `"${text}" is set in parts spread across the page, set apart ${where}` });
      }
    }
    // A printout's sheet footer (a2ps: the section, `Vivre ici`, at the foot, the folio in the
    // title bar on top): a short row set apart at an edge, in the very font and size of the
    // page's header or folio found above, not the body's type, ending no sentence.
    const marks = [...found.keys()].map((row) => ({ style: dominantStyle(row.pieces), fonts: new Set(row.pieces.map((piece) => piece.font)) }));
    for (const row of rows) {
      if (found.has(row)) continue;
      const text = rowText(row.pieces);
      const style = dominantStyle(row.pieces);
      if (sameStyle(style, body) || text.length > PRINTOUT_FOOTER_CHARACTERS || endsSentence(text)) continue;
      const mark = marks.find((each) => sameStyle(each.style, style) && row.pieces.every((piece) => piece.font !== undefined && each.fonts.has(piece.font)));
      if (mark === undefined) continue;
      found.set(row, { reason: 'running-header', evidence: `"${text}" is set apart at the edge of page ${row.page} in the font and size of the page's header or folio (${row.pieces[0]?.font}, ${describeStyle(style)}), not the body's type` });
    }
    return found;
  });
}

/**
 * A page number closed by a slash or a full stop (`22/`, `12.`), folio styles some papers print:
 * nothing else on its row, set apart at a page's edge, it is no part of the text (a list's number
 * has its item beside it, a sentence never ends on a number alone on its row).
 * @default /^\d{1,4}\s?[/.]$/
 */
const CLOSED_FOLIO = /^\d{1,4}\s?[/.]$/u;

/** Most characters of a printout's sheet footer (see `findPageFurniture`). @default 60 */
const PRINTOUT_FOOTER_CHARACTERS = 60;

/**
 * A row whose first or last part is a folio (`Page 1/1`, `Page 1`) set apart from the rest by more
 * than a word's space, the row in another face than the body's: a printout's header (enscript's,
 * a2ps's, Vim's `:hardcopy`, whose date a long title may cut: `Département<anvier 2027   Page 1`).
 */
function folioAtRowEnd(row: Row, body: Style): boolean {
  const pieces = row.pieces;
  if (pieces.length < 2 || sameStyle(dominantStyle(pieces), body)) return false;
  // The folio may come in several pieces (`Page` and `1`, a printer placing each word): it is
  // what stands beyond the row's first or last gap wider than a word's space.
  const apart = (index: number): boolean => (pieces[index] as Piece).x0 - (pieces[index - 1] as Piece).x1 > body.size;
  let last = pieces.length - 1;
  while (last > 0 && !apart(last)) last -= 1;
  let first = 1;
  while (first < pieces.length && !apart(first)) first += 1;
  return (last > 0 && isFolio(rowText(pieces.slice(last)))) || (first < pieces.length && isFolio(rowText(pieces.slice(0, first))));
}

/** A number alone among rules, dashes, bullets and brackets (`5 |`, `| 12`, `– 3`): a folio however ornamented, no measure (`40 %`). */
const FOLIO_AMONG_MARKS = /^[\s|¦•·◆♦■▪*/\-–—[\]()<>«»‹›]*\d{1,4}[\s|¦•·◆♦■▪*/\-–—[\]()<>«»‹›]*$/u;

/** Share of the body's size under which a row's type is smaller than the body's (a header's, a footer's). @default 0.9 */
const SMALLER_THAN_BODY = 0.9;

/** Whether every piece of the row is set smaller than the body: no line of the text, a page's header or footer. */
function smallerThanBody(row: Row, body: Style): boolean {
  return rowSize(row) < body.size * SMALLER_THAN_BODY;
}

/** Up to two rows at one edge of a page, followed (or preceded) by a gap wider than a line. */
function edgeRows(rows: readonly Row[], body: Style, edge: 'top' | 'bottom'): Row[] {
  if (rows.length < 3) return [];
  const ordered = edge === 'top' ? rows : [...rows].reverse();
  for (let count = 1; count <= 2 && count < ordered.length; count += 1) {
    const inner = ordered[count] as Row;
    const outer = ordered[count - 1] as Row;
    const gap = Math.abs(inner.y - outer.y) - (edge === 'top' ? rowSize(inner) : rowSize(outer));
    if (gap >= body.size * 1.2) return ordered.slice(0, count);
  }
  return [];
}

/** The texts of a row's parts, cut where a gap is wider than `splitAcross` allows. */
function partsAcross(row: Row, bodySize: number): string[] {
  return piecesAcross(row, bodySize).map(rowText);
}

/** A row's parts, cut where a gap is wider than `splitAcross` allows. */
function piecesAcross(row: Row, bodySize: number): Piece[][] {
  const parts: Piece[][] = [];
  row.pieces.forEach((piece, index) => {
    if (index === 0 || piece.x0 - (row.pieces[index - 1] as Piece).x1 > bodySize * 4) parts.push([piece]);
    else parts.at(-1)?.push(piece);
  });
  return parts;
}

/** Most distance from baseline to baseline, in the type's size, between two lines of one block. @default 1.6 */
const LINES_OF_A_BLOCK = 1.6;

/**
 * Whether each part of a row spread across the page is the last line of a block set just above
 * it (two captions side by side, each ending under its picture at a page's foot): right under
 * text of the row above, at a line's leading, starting at that text's left edge, in its very
 * type, and that text (up to where the row's next part starts) ending no sentence, so its line
 * goes on into this one. A running footer's parts start where no line of text above them does,
 * or sit a gap below it.
 */
function endsLinesAbove(row: Row, page: readonly Row[], bodySize: number): boolean {
  const above = page[page.indexOf(row) - 1];
  if (above === undefined || above.y >= row.y) return false;
  const parts = piecesAcross(row, bodySize);
  return parts.every((part, index) => {
    const first = part[0] as Piece;
    const style = dominantStyle(part);
    const tolerance = style.size / 2;
    const end = parts[index + 1]?.[0]?.x0 ?? Infinity;
    const line = above.pieces.filter((piece) => piece.x0 >= first.x0 - tolerance && piece.x0 < end - tolerance);
    const start = line[0];
    return (
      start !== undefined &&
      Math.abs(start.x0 - first.x0) <= tolerance &&
      row.y - above.y <= LINES_OF_A_BLOCK * style.size &&
      sameStyle(style, dominantStyle(line)) &&
      line.every((piece) => piece.font === first.font) &&
      !endsSentence(rowText(line))
    );
  });
}

/** A row in parts with a wide gap between them (a paper's name on the left, the date on the right). */
function splitAcross(row: Row, bodySize: number): boolean {
  for (let index = 1; index < row.pieces.length; index += 1) {
    if ((row.pieces[index] as Piece).x0 - (row.pieces[index - 1] as Piece).x1 > bodySize * 4) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// 3. Reading order

/** A gutter between two columns, with what showed it. */
interface Gutter {
  left: number;
  right: number;
  /** Rows with text left of it, right of it, and rows crossing it (a headline, a standfirst). */
  leftRows: number;
  rightRows: number;
  crossing: number;
  /** Rows whose text runs into it without crossing it (a headline's short last line). */
  intruding: number;
  /** Rows, counted in `crossing` too, whose last word on its left runs over it (see `overrunsGutter`): read in their column. */
  overrun?: number;
  /** The region's rows, when too few for the usual test and no row covers any of it. */
  fewRows?: number;
  /** Rows of `crossing` in display type (a headline): not weighed against the gutter. */
  displayCrossing: number;
  /** Found only because every row crossing it stands above or below its columns (see `crossedOnlyAtEdges`). */
  acrossHead?: boolean;
}

/** One column-by-column reading of a band of rows: its gutters and the first line of each column read. */
interface ColumnDecision {
  page: number;
  gutters: Gutter[];
  columns: { first: Line; last: Line; lines: number }[];
  /** Rows across only the columns left (or right) of these gutters, heading them, that the strips were cut beside (see `columnsBesideHead`). */
  besideHead?: number;
}

/**
 * A page read as one column although many of its rows leave the same stretch empty, with text
 * on both sides: columns the gutter test refused (too many rows cross the stretch).
 */
interface ColumnDoubt {
  page: number;
  first: Line;
  left: number;
  right: number;
  rowsWithGap: number;
  rows: number;
}

/** Rows across the columns read after a band of them. */
interface BandEnd {
  page: number;
  first: Line;
  rows: number;
  gutter: Gutter;
}

/** A column's last rows set apart below every column of their band, read after them (see `tierBelowColumns`). */
interface TierBelow {
  page: number;
  first: Line;
  rows: number;
  /** The empty space above it, and the last baseline of the other columns, in points. */
  gap: number;
  columnsEnd: number;
}

/** What reading a page decided (columns read one after another, bands ended by rows across them) and doubted. */
interface ReadingRecord {
  columns: ColumnDecision[];
  bands: BandEnd[];
  tiers: TierBelow[];
  doubts: ColumnDoubt[];
}

/** Share of a page's rows that, leaving one stretch empty with text on both sides, make a one-column reading doubtful. @default 0.4 */
const DOUBTFUL_GAP_SHARE = 0.4;

/** The rows of one page, read: bands between rows that cross a gutter, each band column by column. */
function readingOrder(rows: readonly Row[], bodySize: number, record: ReadingRecord): Line[] {
  const lines: Line[] = [];
  orderRegion(rows, bodySize, lines, 0, record);
  return lines;
}

/** The leftmost x of the rows, and the whole points from it to the rightmost. */
function rowsExtent(rows: readonly Row[]): { left: number; width: number } {
  let left = Infinity;
  let right = -Infinity;
  for (const row of rows) {
    left = Math.min(left, rowLeft(row));
    right = Math.max(right, rowRight(row));
  }
  return { left, width: Math.ceil(right - left) };
}

/**
 * The stretch most rows of a region leave empty between two pieces of text, at least a
 * gutter wide, when at least `DOUBTFUL_GAP_SHARE` of the rows (and three) do: in one column,
 * word spaces wide enough line up in a few loose lines only.
 */
function sharedGap(rows: readonly Row[], bodySize: number): { left: number; right: number; rowsWithGap: number } | undefined {
  if (rows.length < GUTTER_MINIMUM_ROWS * 2) return undefined;
  const { left, width } = rowsExtent(rows);
  if (!(width > 0)) return undefined;
  const gaps = new Int32Array(width + 1);
  for (const row of rows) {
    for (let index = 1; index < row.pieces.length; index += 1) {
      const before = row.pieces[index - 1] as Piece;
      const after = row.pieces[index] as Piece;
      if (after.x0 - before.x1 < MINIMUM_GUTTER * bodySize) continue;
      const end = Math.min(width, Math.floor(after.x0 - left));
      for (let x = Math.max(0, Math.ceil(before.x1 - left)); x < end; x += 1) gaps[x] = (gaps[x] ?? 0) + 1;
    }
  }
  let most = 0;
  for (let x = 0; x <= width; x += 1) most = Math.max(most, gaps[x] ?? 0);
  if (most < Math.max(3, rows.length * DOUBTFUL_GAP_SHARE)) return undefined;
  let start = 0;
  while ((gaps[start] ?? 0) < most) start += 1;
  let end = start;
  while (end <= width && (gaps[end] ?? 0) === most) end += 1;
  return { left: left + start, right: left + end, rowsWithGap: most };
}

/**
 * Each column read after the one before it is a reading-order decision: recorded on the
 * column's first line with the gutter that showed it. Columns found on a page holding only
 * two or three lines are read so, but worth a look: a warning says so.
 */
function recordColumns(decision: ColumnDecision, repairs: Repair[], warnings: Warning[]): void {
  const point = (value: number): string => `${Math.round(value * 10) / 10}`;
  decision.columns.forEach((column, index) => {
    if (index === 0) return;
    const before = decision.columns[index - 1] as ColumnDecision['columns'][number];
    // The gutter between this column and the one before: the last one left of its first line.
    const gutter = [...decision.gutters].reverse().find((each) => each.right <= column.first.x0 + 0.5) ?? (decision.gutters[0] as Gutter);
    const across = gutter.crossing - (gutter.overrun ?? 0);
    const crossing =
      across === 0
        ? 'no row crosses it'
        : `${across} row${across === 1 ? '' : 's'} cross${across === 1 ? 'es' : ''} it (read apart, across the page${gutter.acrossHead === true ? ', all of them above or below the columns: the page\'s head, more rows than a page of columns usually has across them' : ''})`;
    const intruding = gutter.intruding === 0 ? '' : `, ${gutter.intruding} end${gutter.intruding === 1 ? 's' : ''} inside it`;
    const overrun = gutter.overrun === undefined ? '' : `, ${gutter.overrun} overrun${gutter.overrun === 1 ? 's' : ''} it by ${gutter.overrun === 1 ? 'its' : 'their'} last word, in the body's type and ending within a word of its right edge (a line set wider than its column: read in the column it starts in)`;
    const beside =
      decision.besideHead === undefined
        ? ''
        : `; ${decision.besideHead} row${decision.besideHead === 1 ? '' : 's'} heading the columns on one side cross${decision.besideHead === 1 ? 'es' : ''} their own gutters but not this one, and no row beside ${decision.besideHead === 1 ? 'it' : 'them'} does: each side read whole, not row by row`;
    repairs.push({
      kind: 'columns-reordered',
      line: column.first.number,
      reason: 'gutter',
      evidence:
        `page ${decision.page}: column ${index + 1} (${column.lines} line${column.lines === 1 ? '' : 's'}) is read after column ${index} (${before.lines}), ` +
        `not row by row across them: a gutter ${point(gutter.right - gutter.left)} pt wide at x ${point(gutter.left)}–${point(gutter.right)} pt ` +
        `has text on its left in ${gutter.leftRows} rows and on its right in ${gutter.rightRows}; ${crossing}${intruding}${overrun}${beside}; ` +
        `its first line "${column.first.text}" follows "${before.last.text}"`,
    });
    if (gutter.fewRows !== undefined) {
      warnings.push({
        rule: 'layout/columns-from-few-lines',
        line: column.first.number,
        message: `Page ${decision.page} holds only ${gutter.fewRows} rows of text; they were read as columns because none of them covers x ${point(gutter.left)}–${point(gutter.right)} pt. If the page is one column, lines ${before.first.number} to ${column.first.number + column.lines - 1} are out of order.`,
      });
    }
  });
}

function orderRegion(rows: readonly Row[], bodySize: number, out: Line[], depth: number, record: ReadingRecord): void {
  const gutters = depth < 4 ? findGutters(rows, bodySize, depth, record.columns.flatMap((decision) => decision.gutters)) : [];
  if (gutters.length === 0) {
    const region = measureRegion(rows, bodySize);
    const before = out.length;
    for (const row of rows) out.push(toLine(row, region));
    const gap = depth === 0 ? sharedGap(rows, bodySize) : undefined;
    if (gap !== undefined && out.length > before) record.doubts.push({ page: (rows[0] as Row).page, first: out[before] as Line, ...gap, rows: rows.length });
    return;
  }
  const middle = (gutter: Gutter): number => (gutter.left + gutter.right) / 2;
  let band: Row[] = [];
  // How many columns the last band read held: rows across the page after one of a single
  // column (a kicker above the headline) end no columns.
  let lastBandColumns = 0;
  const flush = (): void => {
    if (band.length === 0) return;
    const columns: Row[][] = gutters.map(() => []);
    columns.push([]);
    for (const row of band) {
      const parts: Piece[][] = columns.map(() => []);
      for (const [index, piece] of row.pieces.entries()) {
        // A word overrunning a gutter belongs to the column it starts in.
        const center = gutters.some((gutter) => overrunsGutter(row, index, gutter.left, gutter.right, bodySize)) ? piece.x0 : (piece.x0 + piece.x1) / 2;
        let column = 0;
        while (column < gutters.length && center > middle(gutters[column] as Gutter)) column += 1;
        parts[column]?.push(piece);
      }
      // Each column's part of the row keeps its own baseline: rows are gathered across the
      // page with some tolerance, and two columns' baselines may differ by a few points.
      parts.forEach((pieces, column) => {
        if (pieces.length > 0) columns[column]?.push({ page: row.page, y: baselineOf(pieces), pieces });
      });
    }
    const tier = tierBelowColumns(columns, bodySize);
    const read: ColumnDecision['columns'] = [];
    for (const column of columns) {
      if (column.length === 0) continue;
      const before = out.length;
      orderRegion(column, bodySize, out, depth + 1, record);
      if (out.length > before) read.push({ first: out[before] as Line, last: out.at(-1) as Line, lines: out.length - before });
    }
    if (read.length > 1) record.columns.push({ page: (band[0] as Row).page, gutters, columns: read });
    if (tier !== undefined) {
      const before = out.length;
      orderRegion(tier.rows, bodySize, out, depth + 1, record);
      if (out.length > before) record.tiers.push({ page: (band[0] as Row).page, first: out[before] as Line, rows: tier.rows.length, gap: tier.gap, columnsEnd: tier.columnsEnd });
    }
    lastBandColumns = read.length;
    band = [];
  };
  let spanning: Row[] = [];
  const flushSpanning = (): void => {
    if (spanning.length === 0) return;
    const before = out.length;
    if (spanning.length >= GUTTER_MINIMUM_ROWS * 2) {
      // Rows across the page's columns may stand in columns of their own (a standfirst set in two
      // columns under a headline across the three of the body): a region read as any other,
      // whose own gutter, if any, is found among its rows alone.
      orderRegion(spanning, bodySize, out, depth + 1, record);
    } else {
      const region = measureRegion(spanning, bodySize);
      for (const row of spanning) out.push(toLine(row, region));
    }
    // Rows across the columns below a band of them (a caption or a headline across the page)
    // end the band: its columns are read before them.
    const crossed = gutters.find((gutter) => rowCrosses(spanning[0] as Row, gutter.left, gutter.right, bodySize)) ?? (gutters[0] as Gutter);
    if (lastBandColumns > 1) record.bands.push({ page: (spanning[0] as Row).page, first: out[before] as Line, rows: spanning.length, gutter: crossed });
    spanning = [];
  };
  const crossed = rows.map((row) => gutters.map((gutter) => rowCrosses(row, gutter.left, gutter.right, bodySize) || spaceInGutter(row, gutter.left, gutter.right)));
  const besides = gutters.length > 1 ? columnsBesideHead(rows, gutters, crossed) : undefined;
  const extent = depth === 0 ? rowsExtent(rows) : undefined;
  for (let index = 0; index < rows.length; index += 1) {
    const beside = besides?.get(index);
    if (beside !== undefined) {
      flush();
      flushSpanning();
      // Each strip between the gutters no row of the section crosses is read whole, left to right.
      const strips: Row[][] = beside.gutters.map(() => []);
      strips.push([]);
      for (const row of rows.slice(index, beside.end)) {
        const parts: Piece[][] = strips.map(() => []);
        for (const piece of row.pieces) {
          const center = (piece.x0 + piece.x1) / 2;
          parts[beside.gutters.filter((gutter) => center > middle(gutter)).length]?.push(piece);
        }
        parts.forEach((pieces, strip) => {
          if (pieces.length > 0) strips[strip]?.push({ page: row.page, y: baselineOf(pieces), pieces });
        });
      }
      const read: ColumnDecision['columns'] = [];
      for (const strip of strips) {
        const before = out.length;
        orderRegion(strip, bodySize, out, depth + 1, record);
        if (out.length > before) read.push({ first: out[before] as Line, last: out.at(-1) as Line, lines: out.length - before });
      }
      if (read.length > 1) record.columns.push({ page: (rows[index] as Row).page, gutters: beside.gutters, columns: read, besideHead: beside.head });
      lastBandColumns = read.length;
      index = beside.end - 1;
      continue;
    }
    const row = rows[index] as Row;
    const head = band.length === 0 && extent !== undefined ? centredHead(rows, index, extent, bodySize) : 0;
    if (head > 0) {
      // A short line centred on the page above its columns (a byline under the headline) reads
      // before them, as rows across the page do, not at the head of the column it happens to fit in.
      spanning.push(...rows.slice(index, index + head));
      index += head - 1;
    } else if ((crossed[index] as boolean[]).some(Boolean)) {
      flush();
      spanning.push(row);
    } else {
      flushSpanning();
      band.push(row);
    }
  }
  flush();
  flushSpanning();
}

/** Lines a centred head holds at most (a name, and the writer's post under it). @default 2 */
const CENTRED_HEAD_ROWS = 2;

/**
 * How many rows from `index` (none, one or two) make a short head centred on the page above its
 * columns: each row's middle within a body size of the page's text, at most half its width, the
 * rows a line apart, then a space taller than two lines before a row that holds text on both
 * sides of them, the columns starting. A byline centred under a headline fits inside the middle
 * of three columns and crosses no gutter; read with that column it would open it, after the
 * whole first column (session 50's new user's page, groff's mom macros: the name read as a
 * caption set among the body).
 */
function centredHead(rows: readonly Row[], index: number, extent: { left: number; width: number }, bodySize: number): number {
  const middle = extent.left + extent.width / 2;
  let count = 0;
  while (count < CENTRED_HEAD_ROWS && index + count < rows.length) {
    const row = rows[index + count] as Row;
    const left = rowLeft(row);
    const right = rowRight(row);
    if (Math.abs((left + right) / 2 - middle) > bodySize || right - left > extent.width / 2) break;
    if (count > 0 && row.y - (rows[index + count - 1] as Row).y > bodySize * 1.6) break;
    count += 1;
  }
  if (count === 0) return 0;
  const last = rows[index + count - 1] as Row;
  const next = rows[index + count];
  if (next === undefined || next.y - last.y < bodySize * 2) return 0;
  let headLeft = Infinity;
  let headRight = -Infinity;
  for (const row of rows.slice(index, index + count)) {
    headLeft = Math.min(headLeft, rowLeft(row));
    headRight = Math.max(headRight, rowRight(row));
  }
  const besideLeft = next.pieces.some((piece) => piece.x1 < headLeft);
  const besideRight = next.pieces.some((piece) => piece.x0 > headRight);
  return besideLeft && besideRight ? count : 0;
}

/**
 * Columns set beside a head that crosses only some of the page's columns: a standfirst across
 * the first two of three columns, under a headline across all three, with the third column's
 * text starting at the headline, beside it. Read row by row, the head's rows and the third
 * column's lines cut each other up (a standfirst line, a line of the third column, the next
 * standfirst line). Between two rows across every gutter (or the region's edges), a section of
 * rows in which some row crosses a gutter but not all of them is cut at the gutters none of its
 * rows crosses, with text on both sides: each strip is a region read whole, left to right (the
 * head and the columns under it, then the columns beside it). Only when another strip holds text
 * beside the heads (between their first row and their last: a column that starts below them is
 * read after them row by row as well), and when each such row heads its strip (no row of the
 * strip crossing no gutter stands above it): rows across some columns under
 * their text (a caption under a picture across two columns) end those columns' band as before,
 * lest the third column's text be read after the caption. Keyed by the section's first row.
 */
function columnsBesideHead(rows: readonly Row[], gutters: readonly Gutter[], crossed: readonly boolean[][]): Map<number, { end: number; gutters: Gutter[]; head: number }> | undefined {
  const partial = (index: number): boolean => {
    const row = crossed[index] as boolean[];
    return row.some(Boolean) && !row.every(Boolean);
  };
  if (!rows.some((_, index) => partial(index))) return undefined;
  const sections = new Map<number, { end: number; gutters: Gutter[]; head: number }>();
  let start = 0;
  for (let end = 0; end <= rows.length; end += 1) {
    if (end < rows.length && !(crossed[end] as boolean[]).every(Boolean)) continue;
    const heads: number[] = [];
    for (let index = start; index < end; index += 1) if (partial(index)) heads.push(index);
    const free = heads.length === 0 ? [] : gutters.filter((gutter, at) => sidedFreeGutter(rows, crossed, start, end, gutter, at));
    if (free.length > 0) {
      const middles = free.map((gutter) => (gutter.left + gutter.right) / 2);
      const stripOf = (piece: Piece): number => middles.filter((middle) => (piece.x0 + piece.x1) / 2 > middle).length;
      // The strips holding the gutters the heads cross, and the first row of them crossing no gutter.
      const headed = new Set<number>();
      for (const index of heads) {
        gutters.forEach((gutter, at) => {
          if ((crossed[index] as boolean[])[at] === true) headed.add(middles.filter((middle) => (gutter.left + gutter.right) / 2 > middle).length);
        });
      }
      let firstPlain = end;
      for (let index = start; index < end && firstPlain === end; index += 1) {
        if (!(crossed[index] as boolean[]).some(Boolean) && (rows[index] as Row).pieces.some((piece) => headed.has(stripOf(piece)))) firstPlain = index;
      }
      // Text beside the heads, in another strip, from their first row to their last: columns read row by row would cut them.
      let beside = false;
      for (let index = heads[0] as number; index <= (heads.at(-1) as number) && !beside; index += 1) beside = (rows[index] as Row).pieces.some((piece) => !headed.has(stripOf(piece)));
      if (beside && (heads.at(-1) as number) < firstPlain) sections.set(start, { end, gutters: free, head: heads.length });
    }
    start = end + 1;
  }
  return sections.size > 0 ? sections : undefined;
}

/**
 * Whether no row of `[start, end)` crosses the gutter (the `at`-th) nor sets text inside it (a
 * head's line whose word space falls in the gutter runs on across it), with rows of text on both
 * of its sides, two at least each.
 */
function sidedFreeGutter(rows: readonly Row[], crossed: readonly boolean[][], start: number, end: number, gutter: Gutter, at: number): boolean {
  let left = 0;
  let right = 0;
  for (let index = start; index < end; index += 1) {
    if ((crossed[index] as boolean[])[at] === true) return false;
    const row = rows[index] as Row;
    if (row.pieces.some((piece) => piece.x1 > gutter.left + 0.5 && piece.x0 < gutter.right - 0.5)) return false;
    if (row.pieces.some((piece) => piece.x1 <= gutter.left + 0.5)) left += 1;
    if (row.pieces.some((piece) => piece.x0 >= gutter.right - 0.5)) right += 1;
  }
  return left >= GUTTER_MINIMUM_ROWS && right >= GUTTER_MINIMUM_ROWS;
}

/** Empty space, in body sizes, above a column's last rows that sets them apart from it as a tier below the columns. @default 3 */
const TIER_GAP = 3;

/**
 * A block set below a band's columns, in the first column's place: a column's last rows that
 * start below the last row of every other column, after an empty space of `TIER_GAP` body
 * sizes at least (more than a paragraph's or an intertitle's space), with rows left above them,
 * and opening in the type of the column's row above the space (a picture's caption, in the
 * column under its picture, is in a type of its own).
 * Such rows are not the column's continuation (its text would have run on without a gap) but
 * the next tier of the page (a box, an article's end set under the columns): read after all
 * the columns. The rows are taken out of their column (`columns` is changed).
 */
function tierBelowColumns(columns: Row[][], bodySize: number): { rows: Row[]; gap: number; columnsEnd: number } | undefined {
  const filled = columns.filter((column) => column.length > 0);
  if (filled.length < 2) return undefined;
  for (const column of filled) {
    const othersEnd = Math.max(...filled.filter((other) => other !== column).map((other) => (other.at(-1) as Row).y));
    for (let index = column.length - 1; index >= GUTTER_MINIMUM_ROWS; index -= 1) {
      const row = column[index] as Row;
      if (row.y - bodySize <= othersEnd) break;
      const gap = row.y - (column[index - 1] as Row).y;
      if (gap < (TIER_GAP + 1) * bodySize) continue;
      // A caption under a picture set in the column is in its own type; the tier goes on in the column's.
      if (!sameType(row, column[index - 1] as Row)) return undefined;
      return { rows: column.splice(index), gap: gap - bodySize, columnsEnd: othersEnd };
    }
  }
  return undefined;
}

/** Whether two rows open in one type: the same font, size, weight and slant. */
function sameType(row: Row, other: Row): boolean {
  const a = row.pieces[0];
  const b = other.pieces[0];
  return a !== undefined && b !== undefined && a.font === b.font && Math.abs(a.size - b.size) < 0.25 && a.bold === b.bold && a.italic === b.italic;
}

/**
 * Gutters between columns: x ranges at least `MINIMUM_GUTTER` wide that almost no row covers
 * (only those crossing the columns, a headline or a standfirst), with rows of text on both
 * sides. Rows need not share baselines across columns: a column shifted by an intertitle
 * still leaves its gutter empty. A page holding only two or three rows (an article's last
 * lines, at the top of its second page) has its columns found too, but only where no row
 * covers any of the gutter; where an earlier page of the article had a gutter, a row on each
 * side of it is enough.
 */
function findGutters(rows: readonly Row[], bodySize: number, depth: number, earlier: readonly Gutter[]): Gutter[] {
  const fewRows = rows.length < GUTTER_MINIMUM_ROWS * 2;
  if (fewRows && (depth > 0 || rows.length < 2)) return [];
  const { left, width } = rowsExtent(rows);
  if (!(width > 0)) return [];
  const covered = new Int32Array(width + 1);
  const marked = new Uint8Array(width + 1);
  for (const row of rows) {
    marked.fill(0);
    for (const piece of row.pieces) {
      // Display type (a headline over two lines) runs across the gutters under it, as it may:
      // it does not make a gutter look covered, lest a stretch between two words of a short
      // column's line (an article's last lines) look as empty as the gutter and be taken for it.
      if (piece.size > bodySize * DISPLAY_RATIO) continue;
      const end = Math.min(width, Math.ceil(piece.x1 - left) - 1);
      for (let x = Math.max(0, Math.floor(piece.x0 - left)); x <= end; x += 1) marked[x] = 1;
    }
    for (let x = 0; x <= width; x += 1) covered[x] = (covered[x] ?? 0) + (marked[x] ?? 0);
  }
  const threshold = fewRows ? 0 : Math.max(1, Math.floor(rows.length * GUTTER_CROSSING_SHARE));
  const gutters = scanGutters(rows, covered, left, width, threshold, bodySize, fewRows, earlier);
  if (gutters.length > 0 || fewRows || depth > 0) return gutters;
  // No gutter crossed by few enough rows: on a short page under a long head (a standfirst over
  // three lines, two captions across the page), the rows across the columns may be more than
  // their usual share. They are still the head (or foot) of the page, not lines of a column: a
  // stretch crossed only by rows above or below every row with text on both of its sides.
  const headThreshold = Math.floor(rows.length * HEAD_CROSSING_SHARE);
  if (headThreshold <= threshold) return gutters;
  const atEdges = (gutter: Gutter): boolean => gutter.crossing - gutter.displayCrossing <= threshold || crossedOnlyAtEdges(rows, gutter, bodySize);
  return scanGutters(rows, covered, left, width, headThreshold, bodySize, fewRows, earlier, atEdges).map((gutter) =>
    gutter.crossing - gutter.displayCrossing > threshold ? { ...gutter, acrossHead: true } : gutter,
  );
}

/**
 * Whether every row (not in display type) crossing a gutter stands above the first row or below
 * the last row that has text on both of its sides (the head of a page set across its columns,
 * or its foot), with `GUTTER_MINIMUM_ROWS` + 1 rows at least on both sides: a river in one
 * column's loose lines is crossed by that column's lines between the others.
 */
function crossedOnlyAtEdges(rows: readonly Row[], gutter: Gutter, bodySize: number): boolean {
  let first = -1;
  let last = -1;
  let sided = 0;
  rows.forEach((row, index) => {
    const leftSide = row.pieces.some((piece) => piece.x1 <= gutter.left + 0.5);
    const rightSide = row.pieces.some((piece) => piece.x0 >= gutter.right - 0.5);
    if (!leftSide || !rightSide || rowCrosses(row, gutter.left, gutter.right, bodySize)) return;
    sided += 1;
    if (first === -1) first = index;
    last = index;
  });
  if (sided <= GUTTER_MINIMUM_ROWS) return false;
  for (let index = first; index <= last; index += 1) {
    const row = rows[index] as Row;
    if (row.pieces.every((piece) => piece.size > bodySize * DISPLAY_RATIO)) continue;
    if (rowCrosses(row, gutter.left, gutter.right, bodySize)) return false;
  }
  return true;
}

/** The gutters of a region whose rows' coverage is counted: stretches covered by at most `threshold` rows that separate columns. */
function scanGutters(
  rows: readonly Row[],
  covered: Int32Array,
  left: number,
  width: number,
  threshold: number,
  bodySize: number,
  fewRows: boolean,
  earlier: readonly Gutter[],
  accept: (gutter: Gutter) => boolean = () => true,
): Gutter[] {
  const gutters: Gutter[] = [];
  let runStart = -1;
  for (let x = 0; x <= width + 1; x += 1) {
    const open = x <= width && (covered[x] ?? 0) <= threshold;
    if (open && runStart === -1) runStart = x;
    if (!open && runStart !== -1) {
      // Coverage is counted on whole points: the last one of the region is never covered.
      // The widest of the emptiest stretches that separates columns: beside a column holding
      // only a line or two (an article's end and its signature at the top of the next one),
      // the space between those lines is as empty as the gutter, and wider when it is narrow.
      // When the emptiest stretch is too narrow (a headline's or standfirst's last line ends
      // inside the gutter, leaving only part of it to the rows that cross nothing), the
      // stretches a few more rows cover are tried, up to the threshold.
      const start = Math.max(runStart, 1);
      const end = Math.min(x, width - 1);
      // Of the stretches that separate columns, the one with the most rows on its poorer side:
      // beside a column's short last line set flush left and its signature set flush right,
      // the space between them has one row on its right (the signature), the gutter all of them.
      let best: Gutter | undefined;
      for (const level of coverageLevels(covered, start, end)) {
        for (const core of stretchesAtMost(covered, start, end, level)) {
          // A stretch touching the region's edge is a margin, not a gutter.
          const inside = core[0] > 1 && core[1] < width - 1;
          if (!inside || core[1] - core[0] < MINIMUM_GUTTER * bodySize) continue;
          // On a page of a few rows, a gutter where earlier pages had one needs only a row on
          // each side: the article's last lines, the left column two lines longer than the right.
          const stretchLeft = left + core[0];
          const stretchRight = left + core[1];
          const carried = fewRows && earlier.some((gutter) => gutter.left < stretchRight && gutter.right > stretchLeft);
          const gutter = separatesColumns(rows, stretchLeft, stretchRight, bodySize, carried ? 2 : GUTTER_MINIMUM_ROWS * 2);
          if (gutter !== undefined && accept(gutter) && (best === undefined || Math.min(gutter.leftRows, gutter.rightRows) > Math.min(best.leftRows, best.rightRows))) best = gutter;
        }
      }
      if (best !== undefined) gutters.push(fewRows ? { ...best, fewRows: rows.length } : best);
      runStart = -1;
    }
  }
  return gutters;
}

/** The coverages met in `[start, end)`, lowest first. */
function coverageLevels(covered: Int32Array, start: number, end: number): number[] {
  const levels = new Set<number>();
  for (let x = start; x < end; x += 1) levels.add(covered[x] ?? 0);
  return [...levels].sort((a, b) => a - b);
}

/** The stretches of `[start, end)` covered by at most `level` rows, the widest first. */
function stretchesAtMost(covered: Int32Array, start: number, end: number, level: number): [number, number][] {
  const stretches: [number, number][] = [];
  let stretchStart = -1;
  for (let x = start; x <= end; x += 1) {
    const low = x < end && (covered[x] ?? 0) <= level;
    if (low && stretchStart === -1) stretchStart = x;
    if (!low && stretchStart !== -1) {
      stretches.push([stretchStart, x]);
      stretchStart = -1;
    }
  }
  // Stable: of two stretches as wide, the leftmost first, as before.
  return stretches.sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
}

/**
 * Rows have text on each side of the gutter (one row is enough: a signature alone at the top
 * of a column the article did not fill), and few of the rows with text near it cross it: a
 * gap lined up by chance in a few loose lines of one column (a river) is crossed by most of
 * that column's other lines. A justified line drawn a word a piece (Chromium spreads a narrow
 * column's words with moves, and pdf.js cuts its items at each wide space) crosses a river
 * in no one piece: it runs through it by its own spaces (`runsThrough`), and counts as crossing
 * it, as does a line in the body's type that ends inside the stretch (a column's line reaching
 * into it). Where each column keeps baselines of its own (CSS columns shifted by an intertitle),
 * only that column's rows are near a river in it, so the test is the near rows', not the page's.
 * The gutter, with those counts, or undefined.
 */
function separatesColumns(rows: readonly Row[], gutterLeft: number, gutterRight: number, bodySize: number, minimumRows: number): Gutter | undefined {
  const reach = GUTTER_NEIGHBOURHOOD * bodySize;
  let crossing = 0;
  let near = 0;
  let leftOnly = 0;
  let rightOnly = 0;
  let intruding = 0;
  // Rows in display type (a headline, a standfirst set larger) crossing the gutter: such type
  // runs across the gutters under it, as it may, so (as in `findGutters`'s coverage) they are
  // not weighed against the gutter, though they are read apart, across the page, as any row
  // crossing it.
  let displayCrossing = 0;
  let overrun = 0;
  /** Rows that run through it by their own spaces (see `runsThrough`) or end inside it in the body's type, weighed as crossing it. */
  let through = 0;
  for (const row of rows) {
    if (row.pieces.some((_, index) => overrunsGutter(row, index, gutterLeft, gutterRight, bodySize))) overrun += 1;
    if (row.pieces.some((piece) => crosses(piece, gutterLeft, gutterRight))) {
      crossing += 1;
      near += 1;
      if (row.pieces.every((piece) => piece.size > bodySize * DISPLAY_RATIO)) displayCrossing += 1;
      continue;
    }
    if (row.pieces.some((piece) => piece.x1 > gutterLeft - reach && piece.x0 < gutterRight + reach)) near += 1;
    if (row.pieces.some((piece) => piece.x1 <= gutterLeft + 0.5)) leftOnly += 1;
    if (row.pieces.some((piece) => piece.x0 >= gutterRight - 0.5)) rightOnly += 1;
    // One pass over the row: whether a piece lies in the stretch, and whether one in the body's type does.
    let inside = false;
    let bodyInside = false;
    for (const piece of row.pieces) {
      if (piece.x1 <= gutterLeft + 0.5 || piece.x0 >= gutterRight - 0.5) continue;
      inside = true;
      if (piece.size <= bodySize * DISPLAY_RATIO) {
        bodyInside = true;
        break;
      }
    }
    if (inside) intruding += 1;
    // A line of the body's type ending inside it is a column's line reaching into it.
    if (bodyInside || runsThrough(row, gutterLeft, gutterRight, bodySize)) through += 1;
  }
  const separates = leftOnly >= 1 && rightOnly >= 1 && leftOnly + rightOnly >= minimumRows && crossing + through - displayCrossing <= (near - displayCrossing) * GUTTER_CROSSING_NEAR;
  return separates ? { left: gutterLeft, right: gutterRight, leftRows: leftOnly, rightRows: rightOnly, crossing, displayCrossing, intruding, ...(overrun > 0 ? { overrun } : {}) } : undefined;
}

/**
 * Whether a row crosses the gutter: one of its pieces runs from its left to its right, unless
 * that piece only overruns it (`overrunsGutter`).
 */
function rowCrosses(row: Row, gutterLeft: number, gutterRight: number, bodySize: number): boolean {
  return row.pieces.some((piece, index) => crosses(piece, gutterLeft, gutterRight) && !overrunsGutter(row, index, gutterLeft, gutterRight, bodySize)) || touchingPiecesCross(row, gutterLeft, gutterRight);
}

/** How far apart, in the type's size, two pieces of one word may be drawn: pdf.js's items of one line abut. @default 0.05 */
const TOUCHING = 0.05;

/**
 * A word drawn in pieces runs across a gutter under it as one piece would. pdf.js gives a
 * ligature an item of its own (Chromium's bold `enfin`: `… roule en`, `fi`, `n vers le nord`),
 * so a headline's line across the columns may have no one piece crossing the body's gutter
 * although its letters cover it. Pieces in one size, each starting where the one before ends
 * (within `TOUCHING` of the size) with a letter on either side of the join, are one stretch of
 * ink; the row crosses the gutter if such a stretch runs from its left to its right. A
 * column's line and the next column's on one baseline are a gutter apart, never touching.
 */
function touchingPiecesCross(row: Row, gutterLeft: number, gutterRight: number): boolean {
  let start: Piece | undefined;
  let previous: Piece | undefined;
  for (const piece of row.pieces) {
    const joined =
      previous !== undefined &&
      Math.abs(piece.size - previous.size) < 0.25 &&
      Math.abs(piece.x0 - previous.x1) <= TOUCHING * piece.size &&
      /\p{L}$/u.test(previous.text) &&
      /^\p{L}/u.test(piece.text);
    if (!joined) start = piece;
    else if ((start as Piece).x0 < gutterLeft + 0.5 && piece.x1 > gutterRight - 0.5) return true;
    previous = piece;
  }
  return false;
}

/** How far past a gutter's right edge, in body sizes, a column's line set too wide may end. @default 2 */
const GUTTER_OVERRUN = 2;

/**
 * A line set wider than its column: a justifier that spread the words of a line over more than
 * its measure (xhtml2pdf, on a line holding a no-break space) draws its last word across the
 * gutter. That piece, in the body's type, ends within a word or two of the gutter's right
 * edge, and either ends the row or is overlapped by the row's next piece, which starts at the
 * gutter's right edge: the next column's line on that baseline, drawn under the overrunning
 * word's end. Text of one line is never drawn over its own next word (a kerned `L’` overlaps
 * its apostrophe by a point or two, but no gutter lies under a letter), and a row across the
 * columns (a headline, a standfirst) runs on into the next column further than that. The row
 * is its columns' lines, not one across them.
 */
function overrunsGutter(row: Row, index: number, gutterLeft: number, gutterRight: number, bodySize: number): boolean {
  const piece = row.pieces[index] as Piece;
  if (!crosses(piece, gutterLeft, gutterRight) || piece.size > bodySize * DISPLAY_RATIO || /\s/u.test(piece.text.trim())) return false;
  if (piece.x1 - gutterRight > GUTTER_OVERRUN * bodySize) return false;
  const next = row.pieces[index + 1];
  if (next === undefined) return true;
  return next.x0 < piece.x1 && next.x0 >= gutterRight - 0.5;
}

/** How far apart, in body sizes, the spaces on either side of a word may be for both to be one line's spaces: a justified line spreads its spaces alike. @default 0.1 */
const EVEN_SPACES = 0.1;

/** A word of a row: pieces that touch (a ligature's) joined; `single` when no piece of it holds a space. */
interface RowWord {
  x0: number;
  x1: number;
  size: number;
  single: boolean;
}

/** A row's pieces as words, left to right: a piece within a word space of the one before goes on its word. */
function rowWords(row: Row): RowWord[] {
  const words: RowWord[] = [];
  for (const piece of row.pieces) {
    const last = words.at(-1);
    const single = !/\s/u.test(piece.text.trim());
    if (last !== undefined && piece.x0 - last.x1 <= WORD_SPACE * piece.size) {
      last.x1 = Math.max(last.x1, piece.x1);
      last.single &&= single;
    } else words.push({ x0: piece.x0, x1: piece.x1, size: piece.size, single });
  }
  return words;
}

/**
 * Whether a row runs through a stretch by its own word spaces: its words on both sides of the
 * stretch, and the space (or, a word lying in the stretch, the two spaces around that word)
 * where it meets the stretch as wide as a space next to it on the line (a line spreads its
 * spaces alike, justified or not; pieces that touch, as a ligature's, are one word). A column's
 * line and the next column's on one baseline are a gutter apart, not a word space.
 */
function runsThrough(row: Row, gutterLeft: number, gutterRight: number, bodySize: number): boolean {
  // A row of one or two pieces (most rows: a column's line, or one line per column) has no word between two others.
  if (row.pieces.length < 3) return false;
  const words = rowWords(row);
  if (words.length < 3) return false;
  // A space is a gap between two pieces of a word each: pieces holding several words are lines
  // (a column's, on a row across the page), and the gaps between them gutters, alike as they are.
  const gap = (index: number): number => (words[index]?.single && words[index + 1]?.single ? (words[index + 1]?.x0 ?? Number.NaN) - (words[index]?.x1 ?? Number.NaN) : Number.NaN);
  const alike = (a: number, b: number): boolean => Math.abs(a - b) <= EVEN_SPACES * bodySize;
  for (let index = 0; index < words.length - 1; index += 1) {
    const word = words[index] as RowWord;
    const next = words[index + 1] as RowWord;
    if (word.size > bodySize * DISPLAY_RATIO || next.size > bodySize * DISPLAY_RATIO) continue;
    if (word.x1 <= gutterLeft + 0.5 && next.x0 >= gutterRight - 0.5) {
      // The stretch lies in the space between two words: a space like the one before or after it.
      if (alike(gap(index), gap(index - 1)) || alike(gap(index), gap(index + 1))) return true;
    } else if (index > 0 && word.x1 > gutterLeft + 0.5 && word.x0 < gutterRight - 0.5 && (words[index - 1] as RowWord).x0 < gutterLeft && next.x1 > gutterRight) {
      // A word lies in the stretch, set as far from the word before as from the word after.
      if (alike(gap(index - 1), gap(index))) return true;
    }
  }
  return false;
}

/**
 * Whether a row across the columns has a word space lying in a gutter, a word reaching into the
 * gutter beside it: a standfirst's justified line whose space between `record` and `depuis`
 * falls over the body's gutter, `record` ending 3 pt inside it and `depuis` starting 2 pt short
 * of its right edge, or `profite` (drawn `pro`, `fi`, `te`: a ligature is an item of its own)
 * ending 4 pt short of its right edge, `pour` just past it, or a short word set inside it (`et`
 * between `travaux` and `un`). No one piece crosses the gutter, so
 * the line was cut in two, its second half read as the next column's first line (`en profi` |
 * `te pour relancer`). Pieces that touch are one word. The space must be as wide as the spaces
 * on both sides of those two words, each between two words drawn a piece each (a justified line
 * spreads its spaces alike): a column's line and the next column's are a gutter apart, and a
 * column's line set too wide into the gutter is followed by the next column's line at a gap
 * that is no space of either line. Rows of one or two pieces are never such a line.
 */
function spaceInGutter(row: Row, gutterLeft: number, gutterRight: number): boolean {
  if (row.pieces.length < 3) return false;
  // First, cheaply: a piece ending or starting inside the gutter (most rows have none).
  let reaching = false;
  for (const piece of row.pieces) {
    if ((piece.x1 > gutterLeft + 0.5 && piece.x1 < gutterRight) || (piece.x0 > gutterLeft && piece.x0 < gutterRight - 0.5)) {
      reaching = true;
      break;
    }
  }
  if (!reaching) return false;
  const words = rowWords(row);
  // The first word ending past the gutter's left edge: it reaches into the gutter from its left
  // (the space after it is looked at) or starts inside it (the space before it).
  let index = 0;
  while (index < words.length && (words[index] as RowWord).x1 <= gutterLeft + 0.5) index += 1;
  const reached = words[index];
  if (reached === undefined) return false;
  if (reached.x0 >= gutterLeft) {
    if (!(reached.x0 < gutterRight - 0.5)) return false;
    index -= 1;
  } else if (!((words[index + 1]?.x1 ?? 0) > gutterRight)) return false;
  const before = words[index - 1];
  const word = words[index];
  const next = words[index + 1];
  const after = words[index + 2];
  if (before === undefined || word === undefined || next === undefined || after === undefined) return false;
  if (!(before.single && word.single && next.single && after.single)) return false;
  const space = next.x0 - word.x1;
  const alike = (other: number): boolean => other > WORD_SPACE * word.size && Math.abs(space - other) <= EVEN_SPACES * word.size;
  return alike(space) && alike(word.x0 - before.x1) && alike(after.x0 - next.x1);
}

function crosses(piece: Piece, gutterLeft: number, gutterRight: number): boolean {
  return piece.x0 < gutterLeft + 0.5 && piece.x1 > gutterRight - 0.5;
}

/**
 * A typesetter sets the body in one leading throughout. A column whose lines each end a sentence
 * (one-line paragraphs: results, a list) shows only the paragraph spacing between its
 * baselines, which `measureRegion` takes for its leading: where the other columns' leading,
 * read inside paragraphs, is smaller by a paragraph's gap, that column is given it, so that its
 * spaced lines are paragraphs of their own.
 */
function shareBodyLeading(lines: readonly Line[], body: Style): void {
  const counts = new Map<number, number>();
  const regions = new Set<Region>();
  for (const line of lines) regions.add(line.region);
  for (const region of regions) if (region.leadingWithinParagraphs === true) counts.set(region.leading, (counts.get(region.leading) ?? 0) + 1);
  let shared: number | undefined;
  let sharedCount = 0;
  for (const [leading, count] of counts) {
    if (count > sharedCount || (count === sharedCount && leading < (shared ?? Infinity))) {
      shared = leading;
      sharedCount = count;
    }
  }
  if (shared === undefined) return;
  for (const region of regions) {
    if (region.leadingWithinParagraphs === false && region.leading > shared + PARAGRAPH_GAP * body.size) region.leading = shared;
  }
}

/** Fewest body lines a column needs for its own measure (see `measureRegion`). @default 3 */
const MEASURED_LINES = 3;

/**
 * A typesetter sets the body's columns to one measure. A column holding too few body lines to
 * be measured on its own (one or two lines, the end of a paragraph above a picture, at the head
 * of the next page) has its right edge taken as the commonest measure of the document's
 * justified columns, from its own left edge, when its lines fit in it: its last line ending a
 * sentence well short of that edge then ends its paragraph, as in any other column.
 */
/** The lines of each column (region), page furniture left out. */
function linesByRegion(lines: readonly Line[]): Map<Region, Line[]> {
  const regions = new Map<Region, Line[]>();
  for (const line of lines) {
    if (line.furniture !== undefined) continue;
    const held = regions.get(line.region) ?? [];
    held.push(line);
    regions.set(line.region, held);
  }
  return regions;
}

function shareColumnMeasure(lines: readonly Line[], body: Style): void {
  const counts = new Map<number, number>();
  const regions = linesByRegion(lines);
  for (const [region, held] of regions) {
    if (!region.justified) continue;
    const width = Math.round(region.right - region.left);
    counts.set(width, (counts.get(width) ?? 0) + held.length);
  }
  let measure: number | undefined;
  let measureCount = 0;
  for (const [width, count] of counts) {
    if (count > measureCount) {
      measure = width;
      measureCount = count;
    }
  }
  if (measure === undefined) return;
  for (const [region, held] of regions) {
    if (region.justified || region.frame !== undefined || region.bodyLines === 0 || region.bodyLines >= MEASURED_LINES) continue;
    if (held.some((line) => line.x1 > region.left + measure + 0.25 * body.size)) continue;
    region.right = region.left + measure;
    region.justified = true;
  }
}

/** Fewest body lines a column needs for its left edge to be shared (see `shareColumnLeft`). @default 6 */
const LEFT_MEASURED_LINES = 6;

/**
 * A column's left edge is where its lines start, and `measureRegion` takes the leftmost start
 * several lines share. A column holding a few lines (the last of an article at the head of the
 * next page: a paragraph's end, then two or three short paragraphs) may have more indented
 * first lines than lines at its edge, and its one line at the edge would read as an outdent,
 * its indents as the edge. Where that one line starts at the left edge of a well-filled column
 * of the document (the same column on another page), that is the column's edge: its indented
 * lines then open paragraphs, as in any other column.
 */
function shareColumnLeft(lines: readonly Line[], body: Style): void {
  const regions = linesByRegion(lines);
  const edges = [...regions.keys()].filter((region) => region.bodyLines >= LEFT_MEASURED_LINES).map((region) => region.left);
  for (const [region, held] of regions) {
    if (region.bodyLines >= LEFT_MEASURED_LINES || region.frame !== undefined) continue;
    for (const edge of edges) {
      const indent = region.left - edge;
      if (indent < MINIMUM_INDENT * body.size || indent >= (region.right - region.left) * 0.3) continue;
      if (!held.some((line) => Math.abs(line.x0 - edge) < 0.5)) continue;
      region.left = edge;
      break;
    }
  }
}

/** Fewest lines of a column, and most share of them ending at one place, for it to be ragged. @default 6, 0.3 */
const RAGGED_LINES = 6;
const RAGGED_SHARED_END = 0.3;

/**
 * A column is ragged when its lines end each at its own place: no right end (to half a point) is
 * shared by `RAGGED_SHARED_END` of its lines or more. A justified column's full lines all end at
 * its edge, whatever the edge `measureRegion` took (a wider line in the column, a frame of
 * another width, may set it farther right).
 */
function markRaggedRegions(lines: readonly Line[]): void {
  for (const [region, held] of linesByRegion(lines)) {
    if (held.length < RAGGED_LINES) continue;
    const ends = new Map<number, number>();
    let most = 0;
    for (const line of held) {
      const end = Math.round(line.x1 * 2) / 2;
      const count = (ends.get(end) ?? 0) + 1;
      ends.set(end, count);
      most = Math.max(most, count);
    }
    region.ragged = most < held.length * RAGGED_SHARED_END;
  }
}

/** Fewest characters of a line that, repeated across a break, is one line drawn twice. @default 20 */
const LINE_DRAWN_TWICE = 20;

/**
 * A line drawn twice, once at the foot of a column (or page) and again at the head of the next:
 * a tool that paints a long text in column-high slices, each clipped to its column (Qt's
 * `QTextDocument::drawContents`, a browser printing a page box), paints every line its slice's
 * rectangle touches, and the line cut by the rectangle's edge goes into the PDF's text twice,
 * though the clip shows it only once. pdf.js reports text whatever the clip. A text never sets
 * the same long line twice in a row across a break, at the same width and size: the second
 * copy, next in the reading order with only page furniture between, is marked and left out.
 *
 * Columns set side by side as one row of a table whose cells are cut at a page's foot (Flying
 * Saucer) draw each column's cut line twice the same way: at the foot of the column on one page,
 * outside the page's clip, and at the head of the same column on the next. There the reading
 * order puts the other columns between the copies: the line that opens a column of the next page,
 * whose very text, size and width stand at the foot of a column at the same left edge on the page
 * before, is that column's next line, and the foot's copy is marked and left out.
 */
function findLinesDrawnTwice(lines: readonly Line[]): void {
  let previous: Line | undefined;
  /** The last line of each column read so far on the page before and on this one (furniture aside). */
  let feetBefore: Line[] = [];
  let feet: Line[] = [];
  let page = lines[0]?.page;
  for (const line of lines) {
    if (line.furniture !== undefined) continue;
    if (line.page !== page) {
      if (previous !== undefined && previous.page === page) feet.push(previous);
      feetBefore = feet;
      feet = [];
      page = line.page;
    }
    const opensColumn = previous === undefined || previous.page !== line.page || previous.region !== line.region;
    if (opensColumn && previous !== undefined && previous.page === line.page) feet.push(previous);
    if (
      previous !== undefined &&
      line.text === previous.text &&
      line.text.length >= LINE_DRAWN_TWICE &&
      sameDrawing(line, previous) &&
      (line.page !== previous.page || line.region !== previous.region)
    ) {
      line.drawnTwice = `"${line.text}" is drawn again at the head of ${line.page !== previous.page ? `page ${line.page}` : 'the next column'}, as at the foot of the one before, at the same width: one line painted into both clipped slices`;
      continue;
    }
    if (opensColumn && line.text.length >= LINE_DRAWN_TWICE && feetBefore.length > 0) {
      const foot = feetBefore.find((each) => each.text === line.text && each.drawnTwice === undefined && sameDrawing(each, line) && Math.abs(each.x0 - line.x0) < 0.5);
      if (foot !== undefined && foot !== previous) {
        foot.drawnTwice = `"${foot.text}" is drawn again at the head of the same column on page ${line.page}, at the same left edge and width, as at the foot of this one on page ${foot.page}: one line of a table's cell cut by the page's foot, painted on both pages`;
      }
    }
    previous = line;
  }
}

/** Whether two lines are set in one size at one width (a line drawn twice). */
function sameDrawing(a: Line, b: Line): boolean {
  return a.size === b.size && Math.abs(a.x1 - a.x0 - (b.x1 - b.x0)) < 0.5;
}

/** A column's left and right edges, whether it is justified, and its leading, from its body-size lines. */
function measureRegion(rows: readonly Row[], bodySize: number): Region {
  const bodyRows = rows.filter((row) => Math.abs(dominantStyle(row.pieces).size - bodySize) <= bodySize * 0.08);
  // Of those, the lines in the region's own face: a standfirst or caption set in the body's
  // size but in italics or bold may run wider than the column (across the page, above a body
  // that fills one column only), and must not set the right edge the body's lines are measured
  // by. The left edge and the leading are still read on every line of the body's size.
  const face = dominantStyle(bodyRows.flatMap((row) => row.pieces));
  const inFace = bodyRows.filter((row) => {
    const style = dominantStyle(row.pieces);
    return style.italic === face.italic && style.bold === face.bold;
  });
  const measured = bodyRows.length > 0 ? bodyRows : rows;
  const edgeRows = inFace.length >= 3 ? inFace : measured;
  const lefts = new Map<number, number>();
  let right = -Infinity;
  let smallest = Infinity;
  for (const row of measured) {
    const key = Math.round(rowLeft(row));
    lefts.set(key, (lefts.get(key) ?? 0) + 1);
    smallest = Math.min(smallest, key);
  }
  for (const row of edgeRows) right = Math.max(right, rowRight(row));
  // The left edge: the leftmost start shared by several lines. Not the commonest start: in
  // short paragraphs (an interview's questions) indented first lines may be the majority.
  let left = Infinity;
  for (const [key, count] of lefts) if (count >= Math.max(2, measured.length * 0.15) && key < left) left = key;
  if (left === Infinity) left = smallest;
  // The right edge: the middle of the lines that reach it, not the farthest one: some
  // typesetters (LibreOffice) end justified lines a few tenths of a point apart.
  const reaching = edgeRows.map(rowRight).filter((end) => end >= right - bodySize * 0.5).sort((a, b) => a - b);
  right = reaching[Math.floor(reaching.length / 2)] ?? right;
  const full = measured.filter((row) => rowRight(row) >= right - bodySize * 0.25).length;
  // The leading: the commonest step between baselines (the smaller on a tie), not the median,
  // which paragraph spacing would raise when paragraphs are short. Read after lines ending no
  // sentence where there are some: those steps are inside a paragraph, while one after a
  // sentence's end may hold a paragraph's spacing (a column of one-line paragraphs, a results
  // box, shows nothing else).
  const steps = new Map<number, number>();
  const stepsWithin = new Map<number, number>();
  for (let index = 1; index < measured.length; index += 1) {
    const step = Math.round(((measured[index] as Row).y - (measured[index - 1] as Row).y) * 2) / 2;
    if (step <= bodySize * 0.8 || step >= bodySize * 2.5) continue;
    steps.set(step, (steps.get(step) ?? 0) + 1);
    if (!endsSentence(rowText((measured[index - 1] as Row).pieces))) stepsWithin.set(step, (stepsWithin.get(step) ?? 0) + 1);
  }
  const within = stepsWithin.size > 0;
  let leading = bodySize * 1.2;
  let leadingCount = 0;
  for (const [step, count] of within ? stepsWithin : steps) {
    if (count > leadingCount || (count === leadingCount && step < leading)) {
      leading = step;
      leadingCount = count;
    }
  }
  return { left, right, justified: measured.length >= 3 && full >= measured.length * 0.4, leading, leadingWithinParagraphs: within, bodyLines: bodyRows.length };
}

// ---------------------------------------------------------------------------------------
// 4-6. Roles, paragraphs, joined text

interface Run {
  lines: Line[];
  style: Style;
  role?: BlockRole;
  reason?: string;
  evidence?: string;
  /** A body run: its lines are split into paragraphs by indents, short lines and gaps. */
  body: boolean;
  /** Why a printout's first part, in the body's type, is its kicker (see `labelAboveTitle`). */
  kicker?: string;
}

interface BuildState {
  repairs: Repair[];
  warnings: Warning[];
  hyphenContext: Parameters<typeof joinLines>[1];
  /** The text draws a space after its lines' last words: of its lines surely going on at a word's end, how many end on one and how many were read (`drawsLineEndSpaces`). */
  drawnLineEnds?: LineEndSpaces;
}

/**
 * The run of a heading (an intertitle, a headline: not the body's type) that `line` goes on,
 * wrapped across a column break around what is set at the column's foot under it (a picture's
 * caption): the run before last ends its column in `style` without a sentence's end, the last run
 * (another type) lies below it in that column, and `line` opens another column or page in the
 * same type, in small letters. A box of text flowing over columns (LibreOffice Impress) breaks
 * a heading where it breaks the body.
 */
function headingAcrossColumnFoot(runs: readonly Run[], line: Line, style: Style, body: Style): Run | undefined {
  const last = runs.at(-1);
  const heading = runs.at(-2);
  if (last === undefined || heading === undefined || sameStyle(style, body) || !sameStyle(heading.style, style) || sameStyle(last.style, style)) return undefined;
  const end = heading.lines.at(-1) as Line;
  if (endsSentence(end.text) || !/^\p{Ll}/u.test(line.text)) return undefined;
  if (line.page === end.page && line.region === end.region) return undefined;
  const atFoot = last.lines.every((each) => each.page === end.page && each.region === end.region && each.y > end.y);
  return atFoot ? heading : undefined;
}

/**
 * A line in a type other than the body's opening a sentence under a line of that type that ends on a
 * picture's credit (photo-credits.ts: `Photo Jean Dupont`, `© Ville de Brest`, `Marie Roche / AFP`):
 * the credit closed one caption, the line opens the next (two pictures' captions in a row, one
 * under the other or across a column break). Recorded as a paragraph split.
 */
function afterCredit(previous: Line | undefined, line: Line, style: Style, body: Style, state: BuildState): boolean {
  if (previous === undefined || sameStyle(style, body) || !startsLikeSentence(line.text) || !endsOnCredit(previous.text)) return false;
  // The credit's last word broken over the line, with no space drawn (`de l’` / `Ouest`): it goes on.
  if (runsOnInWord(previous, line, state)) return false;
  // The credit going on over the line (`PHOTO LUDOVIC` / `CARRÉ`): still the same caption.
  const across = creditAtEnd(`${previous.text} ${line.text}`);
  if (across >= 0 && across < previous.text.length) return false;
  state.repairs.push({
    kind: 'paragraph-split',
    line: line.number,
    reason: 'photo-credit',
    evidence: `"${previous.text}" ends on a picture's credit, which closes its caption: "${line.text}", in the same type, opens another`,
  });
  return true;
}

/** Most space between a caption's last line and its credit under it, in the larger line's size. @default 2.5 */
const CREDIT_GAP = 2.5;

/**
 * A picture's credit set alone on its line under its caption, in a type of its own (smaller, in
 * capitals, italic, ranged right: `PHOTO LE PROGRÈS/M. DURAND`, `© Ouest-France`, `(Photo AFP)`;
 * credit-forms.ts): the line is a credit whole, or ends one begun on the line above (`PHOTO LE` /
 * `PROGRÈS/M. DURAND`), right under the last line of a run set smaller than the body, in its
 * column, with no room for a picture between. The credit closes that caption: it joins its run,
 * recorded as a paragraph joined.
 */
function creditUnderCaption(last: Run | undefined, previous: Line | undefined, line: Line, style: Style, body: Style, state: BuildState): boolean {
  if (last === undefined || previous === undefined || last.body || sameStyle(style, last.style)) return false;
  // The cheap tests first: a credit is short, and the caption is set smaller than the body.
  if (line.text.length > 60 || last.style.size >= body.size * 0.96) return false;
  if (previous.page !== line.page || previous.region !== line.region || line.y <= previous.y) return false;
  if (line.y - previous.y > CREDIT_GAP * Math.max(previous.size, line.size) || line.x0 < previous.x0 - previous.size) return false;
  const at = creditAtEnd(line.text);
  const whole = at === 0;
  const across = whole ? -1 : creditAtEnd(`${previous.text} ${line.text}`);
  if (whole || (across >= 0 && across < previous.text.length)) {
    state.repairs.push({
      kind: 'paragraph-joined',
      line: previous.number,
      reason: 'photo-credit',
      evidence: `"${line.text}", in ${describeStyle(style)} right under "${previous.text}" (${describeStyle(last.style)}, smaller than the body's ${describeStyle(body)}), ${whole ? 'is' : 'ends'} a picture's credit: it closes that caption`,
    });
    return true;
  }
  // The caption's last words and its credit on one line (`12 janvier. PHOTO PIERRE MALZAC`), the
  // credit in a type of its own and longer than the words before it, so that its type is the line's:
  // the line opens in the caption's type, after a caption line that ends no sentence, and ends on the
  // credit in another.
  if (at <= 0 || !sameStyle(line.start, last.style) || sameStyle(line.end, last.style) || endsSentence(previous.text)) return false;
  state.repairs.push({
    kind: 'paragraph-joined',
    line: previous.number,
    reason: 'photo-credit',
    evidence: `"${line.text}" opens in the caption's ${describeStyle(last.style)} right under "${previous.text}", which ends no sentence, and ends on a picture's credit in ${describeStyle(line.end)}: the caption's last line, closed by its credit`,
  });
  return true;
}

function sameStyle(a: Style, b: Style): boolean {
  return Math.abs(a.size - b.size) <= Math.max(a.size, b.size) * 0.04 && a.bold === b.bold && a.italic === b.italic;
}

function describeStyle(style: Style): string {
  const kind = [style.bold ? 'bold' : '', style.italic ? 'italic' : ''].filter((part) => part !== '').join(' ');
  return `${kind === '' ? 'regular' : kind} ${Math.round(style.size * 10) / 10} pt`;
}

function buildBlocks(lines: readonly Line[], body: Style, state: BuildState): PdfLayoutBlock[] {
  // Runs: consecutive lines of one style.
  const runs: Run[] = [];
  for (const [index, line] of lines.entries()) {
    let style: Style = { size: line.size, bold: line.bold, italic: line.italic };
    // A bold lead-in run into the body's type (`MIRECOURT (Vosges) — Dans`) is body text.
    if (style.bold && !style.italic && !sameStyle(style, body) && sameStyle(line.end, body)) style = body;
    // And so is the first line of one wrapped over two (`CHERBOURG-EN-COTEN-` above `TIN — Il
    // a fallu`), or one set alone above the body (`SAINT-AMAND-MONTROND —`): in capitals, right
    // above a line ending in the body's type, the two opening with a dateline.
    else if (style.bold && !style.italic && !sameStyle(style, body) && wrapsIntoLeadIn(line, lines[index + 1], body)) style = body;
    const last = runs.at(-1);
    const previous = last?.lines.at(-1);
    const far = previous !== undefined && previous.page === line.page && line.y - previous.y > Math.max(previous.size, line.size) * 3 && line.region === previous.region;
    // A byline on its own line (`Par …`) set in the face of the standfirst it sits above or
    // below is a run of its own: it names the writer, it does not open or close the standfirst.
    const byline = !sameStyle(style, body) && (BYLINE.test(line.text) || (previous !== undefined && BYLINE.test(previous.text)));
    // What is written right under an empty frame drawn with characters (a printout's picture)
    // is its caption, down to the next blank line, whatever its type.
    if (line.underEmptyFrame !== undefined) {
      runs.push({ lines: [line], style, body: false, role: 'caption', reason: 'under-empty-frame', evidence: line.underEmptyFrame });
      continue;
    }
    const captionGoesOn = last?.reason === 'under-empty-frame' && previous !== undefined && previous.page === line.page && previous.region === line.region && line.y - previous.y <= BLANK_LINE * Math.max(previous.size, line.size);
    const heading = last === undefined || captionGoesOn ? undefined : headingAcrossColumnFoot(runs, line, style, body);
    if (heading !== undefined) {
      // Kept in its heading's run; the run set between them follows it, as a caption floats.
      const before = heading.lines.at(-1) as Line;
      const between = (runs.at(-1) as Run).lines.length;
      heading.lines.push(line);
      state.repairs.push({
        kind: 'paragraph-joined',
        line: before.number,
        reason: before.page === line.page ? 'column-break' : 'page-break',
        evidence: `"${before.text}" ends its column in ${describeStyle(style)} with no sentence's end, under it only ${between} line${between === 1 ? '' : 's'} in another type at the column's foot, and "${line.text}" opens the next column in the same type, in small letters: one heading wrapped across the break`,
      });
    } else if (last?.reason === 'under-empty-frame' && !captionGoesOn) runs.push({ lines: [line], style, body: sameStyle(style, body) });
    else if (last !== undefined && sameStyle(last.style, style) && !far && !byline && !afterCredit(previous, line, style, body, state)) last.lines.push(line);
    else if (!byline && creditUnderCaption(last, previous, line, style, body, state)) (last as Run).lines.push(line);
    else runs.push({ lines: [line], style, body: sameStyle(style, body) });
  }
  splitTopAtBlankLines(runs, body);
  assignRoles(runs, body);

  const blocks: PdfLayoutBlock[] = [];
  const bottoms = columnBottoms(lines);
  let paragraph: Line[] = [];
  // Captions met inside a paragraph, given after it: blocks stay in reading order.
  let floats: PdfLayoutBlock[] = [];
  // Boxes (a list under its title, key figures), given after the body.
  const boxes: PdfLayoutBlock[] = [];
  const flushParagraph = (): void => {
    if (paragraph.length > 0) blocks.push(makeBlock('paragraph', paragraph, state));
    blocks.push(...floats);
    paragraph = [];
    floats = [];
  };
  let previousBody: Line | undefined;
  let interrupted = false;
  // Numbered items (`1. Lucas Ferreira-Dumas, en 4 h 38 min.`, a recipe's steps): each opens a
  // paragraph, though the line before it may run full (list-items.ts).
  const bodyLines = runs.flatMap((run) => (run.body ? run.lines : []));
  const itemStarts = new Set([...numberedItemStarts(bodyLines.map((line) => ({ content: line.text }) as PageLine))].map((index) => bodyLines[index] as Line));
  // The first body line after each run: a box set between two lines of one sentence floats.
  const nextBodyLine: Array<Line | undefined> = [];
  for (let index = runs.length - 1, next: Line | undefined; index >= 0; index -= 1) {
    nextBodyLine[index] = next;
    const run = runs[index] as Run;
    if (run.body) next = run.lines[0];
  }
  const spaced = separatesParagraphsBySpace(runs, body);
  for (const [runIndex, run] of runs.entries()) {
    if (!run.body) {
      // A box (a list under its title, key figures) stands apart from the article's flow: its
      // blocks are given after the body, as a sidebar is read once the article is. Set where the
      // body's sentence breaks off and goes on in small letters after it (at a column's foot),
      // it floats as a caption does and the paragraph goes on.
      const following = nextBodyLine[runIndex];
      const floating =
        run.role === 'paragraph' &&
        paragraph.length > 0 &&
        previousBody !== undefined &&
        !endsSentence(previousBody.text) &&
        following !== undefined &&
        /^\p{Ll}/u.test(following.text);
      const box = run.reason === 'list-title' || run.reason === 'labelled-entries' || run.reason === 'sentence-entries';
      if (run.role === 'caption' || floating) {
        // A caption floats: the paragraph it interrupts goes on after it.
        (box ? boxes : floats).push(...entriesOf(run, state).map((entry) => makeBlock(run.role ?? 'paragraph', entry, state)));
        recordRole(run, state);
        interrupted = true;
        continue;
      }
      flushParagraph();
      previousBody = undefined;
      (box ? boxes : blocks).push(...entriesOf(run, state).map((entry) => makeBlock(run.role ?? 'paragraph', entry, state)));
      recordRole(run, state);
      continue;
    }
    for (const line of run.lines) {
      if (previousBody !== undefined) {
        const cut =
          itemStarts.has(line) ||
          paragraphBreak(previousBody, line, body, interrupted, spaced, state) ||
          bylineOpensBody(paragraph, previousBody, blocks) ||
          endsShortColumn(previousBody, line, bottoms) ||
          unspacedParagraphEnd(previousBody, line, state);
        if (cut) {
          flushParagraph();
        } else if (previousBody.region !== line.region) {
          state.repairs.push({
            kind: 'paragraph-joined',
            line: previousBody.number,
            reason: previousBody.page === line.page ? 'column-break' : 'page-break',
            evidence: `the line ends at the ${previousBody.page === line.page ? 'column' : 'page'}'s edge without ending its paragraph and the next is not indented`,
          });
        }
      }
      paragraph.push(line);
      previousBody = line;
      interrupted = false;
    }
  }
  flushParagraph();
  blocks.push(...boxes);
  return finishBody(blocks, state);
}

/** A run's entries (a list's, cut before each, the cut recorded), or its lines whole. */
function entriesOf(run: Run, state: BuildState): Line[][] {
  const labelled = run.reason === 'labelled-entries';
  const entries = labelled ? labelledEntries(run.lines) : run.reason === 'sentence-entries' ? sentenceEntries(run.lines) : [run.lines];
  for (const entry of entries.slice(1)) {
    const opening = entry[0] as Line;
    state.repairs.push(
      labelled
        ? { kind: 'paragraph-split', line: opening.number - 1, reason: 'labelled-entry', evidence: `line ${opening.number} opens on a label and a colon after a sentence's end ("${opening.text.slice(0, opening.text.indexOf(':') + 1)}"), as other lines of its run do: entries of a list` }
        : { kind: 'paragraph-split', line: opening.number - 1, reason: 'sentence-entry', evidence: `line ${opening.number - 1} ends a sentence and line ${opening.number} opens another, in a list under its title: each sentence an entry` },
    );
  }
  return entries;
}

/**
 * A byline set in the body's size (`Propos recueillis par Antoine Roussel`, in another face of
 * the body's size) as the body's first line, alone: it names the writer and opens no paragraph
 * (`finishBody` gives it its role).
 */
function bylineOpensBody(paragraph: readonly Line[], line: Line, blocks: readonly PdfLayoutBlock[]): boolean {
  return paragraph.length === 1 && paragraph[0] === line && !blocks.some((block) => block.role === 'paragraph') && BYLINE.test(line.text);
}

/** The lowest baseline of each column's lines (captions included: a picture at a column's foot fills it). */
function columnBottoms(lines: readonly Line[]): Map<Region, number> {
  const bottoms = new Map<Region, number>();
  for (const line of lines) bottoms.set(line.region, Math.max(bottoms.get(line.region) ?? -Infinity, line.y));
  return bottoms;
}

/** How many leadings above the next column's foot a column must stop for its end to end a paragraph. @default 2 */
const SHORT_COLUMN_LEADINGS = 2;

/**
 * Whether `previous`, ending a sentence and its column, stops well above the foot of the column
 * read next on the same page: a typesetter that flows text fills a column to its foot, or
 * balances the columns to within a line, before it goes on in the next one; a column left
 * several lines short ended where its text did (parallel columns filled paragraph by
 * paragraph, as `paracol` sets them, or a column break).
 */
function endsShortColumn(previous: Line, next: Line, bottoms: ReadonlyMap<Region, number>): boolean {
  if (previous.region === next.region || previous.page !== next.page || next.y > previous.y || next.x0 <= previous.x0 || !endsSentence(previous.text)) return false;
  const ownFoot = bottoms.get(previous.region) ?? previous.y;
  const nextFoot = bottoms.get(next.region) ?? next.y;
  return ownFoot === previous.y && nextFoot - ownFoot > SHORT_COLUMN_LEADINGS * previous.region.leading;
}

/** A dateline on a line of its own (`SAINT-AMAND-MONTROND —`), the body starting under it. */
function isDatelineAlone(text: string): boolean {
  return openingDateline(text)?.[0].trimEnd() === text;
}

/** The dateline opening `text` (`DATELINE`, or a typed one, `TYPED_DATELINE`), if any. */
function openingDateline(text: string): RegExpExecArray | null {
  return DATELINE.exec(text) ?? TYPED_DATELINE.exec(text);
}

/** A line of capitals only, as a dateline's place is set. */
const CAPITALS_LINE = /^\p{Lu}[\p{Lu}'’ .()-]*$/u;

/**
 * Whether `line`, all in its own type, is the start of a lead-in that `next`, the line under it
 * at the same left edge, ends in the body's type (the column may be measured apart from it).
 */
function wrapsIntoLeadIn(line: Line, next: Line | undefined, body: Style): boolean {
  return (
    next !== undefined &&
    next.page === line.page &&
    next.y > line.y &&
    next.y - line.y < 2 * line.size &&
    Math.abs(next.x0 - line.x0) < line.size &&
    sameStyle(line.end, { size: line.size, bold: line.bold, italic: line.italic }) &&
    sameStyle(next.end, body) &&
    (CAPITALS_LINE.test(line.text) || isDatelineAlone(line.text)) &&
    (TYPED_DATELINE.exec(line.text)?.[0] === line.text || DATELINE.test(`${line.text.endsWith('-') ? line.text.slice(0, -1) : `${line.text} `}${next.text}`))
  );
}

function recordRole(run: Run, state: BuildState): void {
  if (run.role === undefined || run.role === 'paragraph') return;
  state.repairs.push({
    kind: 'role-assigned',
    line: (run.lines[0] as Line).number,
    after: run.role,
    reason: run.reason ?? 'font',
    evidence: run.evidence ?? `set in ${describeStyle(run.style)}`,
  });
}

const WORD_CUT_AT_END = /\p{L}-$/u;
const LETTER_AT_START = /^\p{L}/u;
const LOWER_CASE_AT_START = /^\p{Ll}/u;
/** A line ending on a word in lower case, with no punctuation after it. */
const WORD_AT_END = /\p{Ll}$/u;
/** How far short of a justified column's right edge, in body font sizes, a line still nearly fills it. @default 1.5 */
const NEARLY_FULL = 1.5;

/** Whether line `next` starts a new paragraph after `previous` (both body lines). */
/** Share of its column's measure a line ending a sentence leaves empty for it to end its paragraph beyond doubt. @default 0.4 */
const CLEAR_PARAGRAPH_END = 0.4;
/** Fewest lines ending a sentence followed by a space in their column that show a text separates its paragraphs by space. @default 2 */
const SPACED_PARAGRAPH_ENDS = 2;

/**
 * Whether the body separates its paragraphs by a space (a `parskip`, as a web page's `<p>`
 * margins do): `SPACED_PARAGRAPH_ENDS` lines at least end a sentence and are followed, in the
 * same column, by more than the column's leading, and no line that ends its paragraph beyond
 * doubt (a sentence's end leaving `CLEAR_PARAGRAPH_END` of the column empty) is followed by
 * the leading alone. The count of spaced ends, or undefined when the body does not.
 */
function separatesParagraphsBySpace(runs: readonly Run[], body: Style): { ends: number } | undefined {
  let spacedEnds = 0;
  for (const run of runs) {
    if (!run.body) continue;
    for (let index = 1; index < run.lines.length; index += 1) {
      const previous = run.lines[index - 1] as Line;
      const next = run.lines[index] as Line;
      const region = previous.region;
      if (next.region !== region || next.page !== previous.page || next.y <= previous.y || region.frame !== undefined) continue;
      if (!endsSentence(previous.text)) continue;
      const space = next.y - previous.y > region.leading + PARAGRAPH_GAP * body.size;
      if (space) spacedEnds += 1;
      else if (region.right - previous.x1 >= (region.right - region.left) * CLEAR_PARAGRAPH_END) return undefined;
    }
  }
  return spacedEnds >= SPACED_PARAGRAPH_ENDS ? { ends: spacedEnds } : undefined;
}

/**
 * Whether `next` opens a paragraph (`linesBreakParagraph`), unless the text separates its
 * paragraphs by a space and none follows `previous` in its column: then a line ending a
 * sentence short of the edge ends a sentence only (the next line's first word too long for what
 * was left), and the cut the line's length alone would make is not made, and recorded. An
 * indent still opens a paragraph.
 */
function paragraphBreak(previous: Line, next: Line, body: Style, interrupted: boolean, spaced: { ends: number } | undefined, state: BuildState): boolean {
  const setIn = continuesInsetBlock(previous, next, body, interrupted);
  // A numbered item's opening goes on in no block: it opens the next item.
  const item = setIn ? nextItemOpening(previous.text, next.text) : undefined;
  const inset = setIn && item === undefined;
  const left = inset ? previous.x0 : next.region.left;
  const cut = linesBreakParagraph(previous, next, body, interrupted, left);
  if (item !== undefined && cut) {
    state.repairs.push({
      kind: 'paragraph-split',
      line: previous.number,
      reason: 'numbered-item',
      evidence: `the line starts ${Math.round((next.x0 - next.region.left) * 10) / 10} pt in from the column's edge, where the line before it starts, ${item}: an item of a list opens on its own indent, as the one before it did, not a block set in from the column going on`,
    });
  }
  if (inset && !cut && linesBreakParagraph(previous, next, body, interrupted)) {
    state.repairs.push({
      kind: 'paragraph-joined',
      line: previous.number,
      reason: 'inset-block',
      evidence: `the line starts ${Math.round((next.x0 - next.region.left) * 10) / 10} pt in from the column's edge, but no further in than the line before it, which ends no sentence, a leading above it: a block set in from the column (a list, a quotation) whose lines are measured from its own edge, not an indent`,
    });
  }
  if (!cut || spaced === undefined) return cut;
  const region = next.region;
  if (interrupted || previous.region !== region || region.frame !== undefined || next.y <= previous.y) return cut;
  if (next.y - previous.y > region.leading + PARAGRAPH_GAP * body.size) return cut;
  const indent = next.x0 - left;
  if (indent >= MINIMUM_INDENT * body.size && indent < (region.right - region.left) * 0.3) return cut;
  state.repairs.push({
    kind: 'paragraph-joined',
    line: previous.number,
    reason: 'spaced-paragraphs',
    evidence: `the line ends short of the column's edge, but the next follows it at the column's leading, not indented, where the text separates its paragraphs by a space (${spaced.ends} lines ending a sentence followed by one, none ending a paragraph beyond doubt without)`,
  });
  return false;
}

/**
 * Whether `previous` ends its paragraph by its drawing (`endsParagraphUnspaced`): no space drawn
 * after its last word, where the text draws one at each line's break, a sentence's end before a
 * line opening one. Recorded as the cut it makes.
 */
function unspacedParagraphEnd(previous: Line, next: Line, state: BuildState): boolean {
  if (state.drawnLineEnds === undefined || !endsParagraphUnspaced(previous, next) || !typeDrawsLineEndSpaces(state.drawnLineEnds, previous)) return false;
  state.repairs.push({
    kind: 'paragraph-split',
    line: previous.number,
    reason: 'no-space-drawn-at-line-end',
    evidence: `the page draws no space after the line's last word, where this text draws one after the last word of ${state.drawnLineEnds.spaced} of its ${state.drawnLineEnds.read} lines going on at a word's end: the line ends a sentence and was not broken at a space, and the next opens one`,
  });
  return true;
}

/** Share of the body's size within which two lines start at one x. @default 0.1 */
const SAME_LEFT = 0.1;
/** Share of its column's measure a line of a block set in from the column reaches to go on in the next line. @default 0.5 */
const INSET_LINE_REACH = 0.5;

/**
 * A block set in from its column by a few points (a list, a quotation: react-pdf's and PDFBox's
 * boxes with a margin) has every line start right of the column's edge, far enough to look
 * indented. A line that starts there, where the line before it starts or left of it (that line
 * the block's item opening on its own indent), a leading below it in the same column, after a
 * line that ends no sentence and reaches past the middle of the column, goes on in that
 * block: its indent is measured from the line before's start, not the column's edge. An
 * indented paragraph's next line starts at the column's edge, not in from it, so this leaves
 * the column's own indents alone.
 */
function continuesInsetBlock(previous: Line, next: Line, body: Style, interrupted: boolean): boolean {
  const region = next.region;
  if (interrupted || previous.region !== region || region.frame !== undefined || next.y <= previous.y) return false;
  if (next.y - previous.y > region.leading + PARAGRAPH_GAP * body.size) return false;
  if (next.x0 - previous.x0 > SAME_LEFT * body.size || next.x0 - region.left < MINIMUM_INDENT * body.size) return false;
  // A short line (a list of one-line items with no stop: a programme, names) ends its item.
  if (previous.x1 - region.left < (region.right - region.left) * INSET_LINE_REACH) return false;
  return !endsSentence(previous.text);
}

/** A list item's number opening a line (`3. la forme, …`, `2) Le …`): one or two figures, a stop or a bracket, a space. */
const ITEM_NUMBER_OPENING = /^(\d{1,2})[.)][ \u00a0]/u;

/**
 * Why `next` opens the next item of a numbered list after `previous`, or undefined: it opens on
 * the number after the one `previous` opens on (`3.` then `4.`), or on `1.` after a line ending
 * on a colon, which introduces an enumeration in French. Both lines starting in from the
 * column at one x, they are items each opening on its indent, one line long, not a block set in
 * from the column (`continuesInsetBlock`).
 */
function nextItemOpening(previous: string, next: string): string | undefined {
  const number = ITEM_NUMBER_OPENING.exec(next)?.[1];
  if (number === undefined) return undefined;
  const before = ITEM_NUMBER_OPENING.exec(previous)?.[1];
  if (before !== undefined && Number(number) === Number(before) + 1) return `opening on item ${number} after the line opening on item ${before}`;
  if (Number(number) === 1 && introducesList(previous)) return `opening on item 1 after a line ending on a colon`;
  return undefined;
}

function linesBreakParagraph(previous: Line, next: Line, body: Style, interrupted: boolean, left = next.region.left): boolean {
  // A paragraph never opens on a lower-case letter: after a line ending no sentence, a line
  // opening in lower case goes on with it, wherever either stops (a picture's wrap or a frame's
  // edge set them short or in from the column's edge, a ragged column looked justified).
  if (LOWER_CASE_AT_START.test(next.text) && !endsSentence(previous.text)) return false;
  const region = next.region;
  const indent = next.x0 - left;
  if (indent >= MINIMUM_INDENT * body.size && indent < (region.right - region.left) * 0.3) return true;
  // A word cut at the line's end goes on in the next line, however short the line (a dateline
  // wrapped in capitals, measured apart from the column).
  if (WORD_CUT_AT_END.test(previous.text) && LETTER_AT_START.test(next.text)) return false;
  // Nor does a dateline set on a line of its own above the body's first line.
  if (isDatelineAlone(previous.text)) return false;
  const previousRegion = previous.region;
  const shortBy = previousRegion.right - previous.x1;
  // A frame drawn with characters holds a box of its own: its text goes on from no line outside it.
  if ((previousRegion.frame === undefined) !== (region.frame === undefined)) return true;
  const frame = previousRegion.frame;
  if (frame !== undefined && region === previousRegion) {
    // A frame drawn with characters folds its lines at its measure, ragged: a line that stops
    // where the next line's first word (and a space) would still have fitted was ended on purpose.
    const firstWord = [...(next.text.split(' ')[0] ?? '')].length;
    return shortBy >= (firstWord + 1) * frame.advance - FRAME_FIT_TOLERANCE * frame.advance;
  }
  if (previousRegion.justified) {
    // A line ending on a word, no punctuation after it, a little short of the edge, ends no
    // paragraph: the column is ragged (lines stop a word's width short) though most of its
    // lines came near the edge.
    if (shortBy <= NEARLY_FULL * body.size && WORD_AT_END.test(previous.text)) return false;
    if (shortBy > SHORT_LINE * body.size) return true;
    if (shortBy > SHORT_SENTENCE_END * body.size && endsSentence(previous.text)) return true;
  } else if (shortBy > (previousRegion.right - previousRegion.left) * 0.2 && endsSentence(previous.text)) {
    return true;
  } else if (endsSentence(previous.text) && previousRegion.ragged === true && shortBy > Math.max(firstWordWidth(next) * RAGGED_FIT_MARGIN, body.size)) {
    // A ragged column folds a line where its next word would not fit: a line ending a sentence
    // with room left for the next line's first word was ended on purpose, at a column's or a
    // page's foot too (the line was folded before the column was: its next word, at the next
    // column's head, would have fitted in it as well).
    return true;
  }
  const sameColumn = !interrupted && previous.region === region && next.y > previous.y;
  if (
    sameColumn &&
    previousRegion.ragged === true &&
    next.y - previous.y > BLANK_LINE * Math.max(previous.size, next.size) &&
    shortBy > Math.max(firstWordWidth(next) * RAGGED_FIT_MARGIN, body.size)
  ) {
    // A ragged line with room left for the next line's first word, then a blank line, in its
    // column: ended on purpose, and set apart, sentence's end or not (a heading, a credit
    // line, as a printout in one face sets them apart by blank lines only).
    return true;
  }
  if (!sameColumn || next.y - previous.y <= region.leading + PARAGRAPH_GAP * body.size) return false;
  // A wider step than the leading after a sentence's end, or after a colon introducing what
  // follows (results, a list's entries) when the next line opens as a sentence does: set apart.
  return endsSentence(previous.text) || (introducesList(previous.text) && OPENS_AS_SENTENCE.test(next.text));
}

/** A line opening as a sentence or an entry does: a capital or a figure, after an opening quote or dash. */
const OPENS_AS_SENTENCE = /^(?:[«"“—–-][\s\u00a0\u202f]*)?[\p{Lu}\p{Nd}]/u;

/** Share of a character's advance by which a word may overrun a frame's measure and still have fitted (rounding of positions). @default 0.25 */
const FRAME_FIT_TOLERANCE = 0.25;

/** How many times the next line's first word (and a space), as estimated, must fit in what a ragged line leaves of the column. @default 1.3 */
const RAGGED_FIT_MARGIN = 1.3;

/**
 * The width of a line's first word and a space, at the line's average advance per character. An
 * opening quote or dash is held to the word after it (no line breaks after `«`), so it counts
 * with it.
 */
function firstWordWidth(line: Line): number {
  const characters = [...line.text].length;
  if (characters === 0) return Infinity;
  const word = [...(/^(?:[«“„"‹—–-][\s\u00a0\u202f]*)?[^\s\u00a0\u202f]*/u.exec(line.text)?.[0] ?? '')].length + 1;
  return ((line.x1 - line.x0) / characters) * word;
}

/** A step between baselines, in line sizes, from which a blank line stands between two lines. @default 1.8 */
const BLANK_LINE = 1.8;

/**
 * A page whose type above the body is nowhere larger than the body's (a printout in one face
 * and size, as a typewriter or a wire printer sets it) tells its kicker, headline and standfirst
 * apart by the blank lines between them, not by their type: the runs above the body are cut
 * at each blank line.
 */
function splitTopAtBlankLines(runs: Run[], body: Style): void {
  splitFurnitureOffFirstRun(runs, body);
  const firstBody = runs.findIndex((run) => run.body && run.lines.length > 1);
  const top = firstBody === -1 ? runs.length : firstBody;
  if (runs.slice(0, top).some((run) => run.style.size >= body.size * DISPLAY_RATIO)) return;
  for (let index = top - 1; index >= 0; index -= 1) {
    const run = runs[index] as Run;
    const parts: Line[][] = [];
    run.lines.forEach((line, position) => {
      const previous = run.lines[position - 1];
      if (previous === undefined || previous.page !== line.page || line.y - previous.y > BLANK_LINE * Math.max(previous.size, line.size)) parts.push([line]);
      else parts.at(-1)?.push(line);
    });
    if (parts.length > 1) runs.splice(index, 1, ...parts.map((lines) => ({ ...run, lines })));
  }
}

/** Most lines of a headline, and of a standfirst, set in the body's type above it. @default 3, 4 */
const ONE_FACE_HEADLINE_LINES = 3;
const ONE_FACE_STANDFIRST_LINES = 4;
/** Most sentences of a standfirst in the body's type that runs over more lines, in a narrow column, above a byline or a dateline. @default 3 */
const ONE_FACE_STANDFIRST_SENTENCES = 3;

/** Sentences in a text, counted by their ends: a stop, then a capital. */
function sentenceCount(text: string): number {
  return (text.match(/[.!?…]\s+(?=[«"]?\s?\p{Lu})/gu)?.length ?? 0) + 1;
}

/**
 * On a page in one face and size, the article's first lines may run into its body with only
 * blank lines between them (a wire printout: the kicker in capitals, a blank line, the
 * headline, a blank line, the standfirst, a blank line, the body): they are one run of the
 * body's type. Its parts between blank lines are cut off as furniture while they read as such,
 * from the top: a kicker (one short line in capitals), a headline (one to three lines, no final
 * stop), a standfirst (whole sentences, at most four lines, or at most three sentences over
 * more lines right above a byline or a dateline), a byline (`Par …`). The headline
 * must be there; the first part that reads as none of these opens the body.
 */
function splitFurnitureOffFirstRun(runs: Run[], body: Style): void {
  if (runs.some((run) => run.style.size >= body.size * DISPLAY_RATIO)) return;
  // A printout may set its kicker and headline in the bold of its one size (Emacs's ps-print,
  // GNU enscript), and its standfirst and byline in the body's face under them: then the body's
  // first run is cut, below a headline already set apart by its weight.
  const opening = runs.findIndex((run) => run.body);
  const first = runs[opening];
  if (first === undefined || !runs.slice(0, opening).every((run) => boldHeadingOfBodySize(run, body))) return;
  const parts: Line[][] = [];
  first.lines.forEach((line, position) => {
    const previous = first.lines[position - 1];
    if (previous === undefined || previous.page !== line.page || line.y - previous.y > BLANK_LINE * Math.max(previous.size, line.size)) parts.push([line]);
    else parts.at(-1)?.push(line);
  });
  if (parts.length < 2) return;
  const roles: Array<'kicker' | 'headline' | 'standfirst' | 'byline'> = [];
  // Above it, in bold: a headline, whatever kicker sits over it (cut at blank lines later).
  const bold = opening > 0;
  const textOf = (part: readonly Line[]) => part.map((line) => line.text).join(' ');
  for (const [position, part] of parts.slice(0, -1).entries()) {
    const text = textOf(part);
    const last = roles.at(-1) ?? (bold ? 'headline' : undefined);
    const next = parts[position + 1] as Line[];
    // A standfirst is a few sentences; a narrow column folds them over more lines. Over more
    // lines, it is known by what follows it: the writer's name, or the body's dateline.
    const shortStandfirst =
      part.length <= ONE_FACE_STANDFIRST_LINES ||
      (sentenceCount(text) <= ONE_FACE_STANDFIRST_SENTENCES && ((next.length === 1 && BYLINE.test(textOf(next))) || DATELINE.test((next[0] as Line).text)));
    if (last === undefined && part.length === 1 && (isCapitalsKicker({ lines: part, style: first.style, body: true }) || labelAboveTitle(text, next, parts.length > position + 2, textOf))) roles.push('kicker');
    else if ((last === undefined || last === 'kicker') && part.length <= ONE_FACE_HEADLINE_LINES && !endsSentence(text) && !BYLINE.test(text) && !DATELINE.test(text)) roles.push('headline');
    else if (last === 'headline' && shortStandfirst && endsSentence(text) && !DATELINE.test(text) && (!bold || setApartFromBody(next, parts.slice(position + 1), textOf))) roles.push('standfirst');
    else if ((last === 'headline' || last === 'standfirst') && part.length === 1 && BYLINE.test(text)) roles.push('byline');
    else break;
  }
  if (!roles.includes('headline') && !(bold && roles.length > 0)) return;
  const furniture: Run[] = parts.slice(0, roles.length).map((lines, position) => ({
    lines,
    style: first.style,
    body: false,
    ...(roles[position] === 'kicker' ? { kicker: `"${textOf(lines)}" is one short line set apart by a blank line above a title, in the body's type` } : {}),
  }));
  runs.splice(opening, 1, ...furniture, { ...first, lines: parts.slice(roles.length).flat() });
}

/** Most words, and characters, of a kicker set in the body's type and case above a headline (`Santé`, `Cyclisme - Ronde de l'Isard`). @default 5, 40 */
const ONE_FACE_KICKER_WORDS = 5;
const ONE_FACE_KICKER_CHARACTERS = 40;

/**
 * A printout's first part, one short line of a few words opening on a capital and closed by no
 * punctuation (a section's name, `Santé`, or a section and its subject, `Cyclisme - Ronde de
 * l'Isard`, whose hyphen a dateline's reading would take), set apart by a blank line above a
 * part that reads as a title (one to three lines, no final stop, no writer's name, no
 * dateline) with more text after it: the kicker, as the text path reads the same lines. A
 * title of a few words stands over a standfirst or the body, which end sentences.
 */
function labelAboveTitle(text: string, next: readonly Line[], more: boolean, textOf: (part: readonly Line[]) => string): boolean {
  const title = textOf(next);
  return (
    more &&
    hasKickerShape(text, { words: ONE_FACE_KICKER_WORDS, characters: ONE_FACE_KICKER_CHARACTERS, opening: 'capital' }) &&
    next.length <= ONE_FACE_HEADLINE_LINES &&
    !endsSentence(title) &&
    !BYLINE.test(title) &&
    openingDateline((next[0] as Line).text) === null
  );
}

/**
 * Under a bold headline, a first part of the body's face is told from the body's first
 * paragraph by what sets it apart: the writer's name or the body's dateline right under it, or
 * a body that opens its paragraphs with an indent (its blank line is then no paragraph's
 * space). A body that spaces its paragraphs by blank lines opens on one as a standfirst would.
 */
function setApartFromBody(next: readonly Line[], rest: readonly (readonly Line[])[], textOf: (part: readonly Line[]) => string): boolean {
  if ((next.length === 1 && BYLINE.test(textOf(next))) || DATELINE.test((next[0] as Line).text)) return true;
  const lines = rest.flat();
  const left = Math.min(...lines.map((line) => line.x0));
  return lines.some((line, index) => {
    const before = lines[index - 1];
    return before !== undefined && line.page === before.page && line.x0 - left >= MINIMUM_INDENT * line.size && endsSentence(before.text);
  });
}

/**
 * A run set in the bold of the body's own face and size, or of a size between the body's and
 * display type (a printout's kicker and headline), on the first page: a heading set apart from
 * the body by its weight alone.
 */
function boldHeadingOfBodySize(run: Run, body: Style): boolean {
  return run.style.bold && !run.style.italic && run.style.size >= body.size * 0.97 && run.lines.every((line) => line.page === (run.lines[0] as Line).page);
}

/** Most words of a kicker set in capitals above a headline in the body's type (`SÉNÉGAL`, `FAITS DIVERS`): a headline says more. @default 3 */
const CAPITALS_KICKER_WORDS = 3;

/** Least size of a headline's line set smaller to fit the measure, against the headline's. @default 0.8 */
const FITTED_HEADLINE_RATIO = 0.8;

/**
 * A headline set line by line, each line shrunk to fill the measure (a tool fitting display type
 * to its box prints each line in its own size): the runs right under the headline's largest line,
 * in the same face (weight and slant), still display type and at least `FITTED_HEADLINE_RATIO` of
 * its size, on the next line down (no blank line between), while the title above closes no
 * sentence and neither do they. A standfirst under a headline ends a sentence; a title does not.
 * Joins them into the headline's run and gives how many were joined.
 */
function joinFittedHeadlineLines(runs: Run[], headline: number, top: number, body: Style): number {
  const title = runs[headline] as Run;
  let joined = 0;
  while (headline + 1 < top - joined) {
    const run = runs[headline + 1] as Run;
    const above = title.lines.at(-1) as Line;
    const first = run.lines[0] as Line;
    const text = run.lines.map((line) => line.text).join(' ');
    if (
      run.style.bold !== title.style.bold ||
      run.style.italic !== title.style.italic ||
      run.style.size >= title.style.size ||
      run.style.size < Math.max(body.size * DISPLAY_RATIO, title.style.size * FITTED_HEADLINE_RATIO) ||
      first.page !== above.page ||
      first.region !== above.region ||
      first.y <= above.y ||
      first.y - above.y > above.size * BLANK_LINE ||
      endsSentence(above.text) ||
      endsSentence(text) ||
      BYLINE.test(text)
    ) break;
    title.lines.push(...run.lines);
    runs.splice(headline + 1, 1);
    joined += 1;
  }
  return joined;
}

/**
 * Roles from fonts and places: the headline is the largest display type on the first page
 * before the body, the kicker what comes before it, the standfirst or byline what comes
 * between it and the body; after the body starts, italic or smaller type is a caption, a
 * short bold line an intertitle, a short last line a signature.
 */
function assignRoles(runs: Run[], body: Style): void {
  const firstBody = runs.findIndex((run) => run.body && run.lines.length > 1);
  let top = firstBody === -1 ? runs.length : firstBody;
  let headline = -1;
  for (let index = 0; index < top; index += 1) {
    const run = runs[index] as Run;
    if (run.style.size >= body.size * DISPLAY_RATIO && (headline === -1 || run.style.size > (runs[headline] as Run).style.size)) headline = index;
  }
  const fitted = headline === -1 ? 0 : joinFittedHeadlineLines(runs, headline, top, body);
  top -= fitted;
  // No larger type: the first text of the page is the headline, or the second where the first
  // is a short line in capitals above it (a wire's kicker, `SÉNÉGAL`).
  const firstLine = headline === -1 && top > 1;
  if (firstLine) headline = top >= 2 && (isCapitalsKicker(runs[0] as Run) || (runs[0] as Run).kicker !== undefined) ? 1 : 0;
  for (let index = 0; index < top; index += 1) {
    const run = runs[index] as Run;
    const text = run.lines.map((line) => line.text).join(' ');
    run.body = false;
    if (run.reason === 'under-empty-frame') continue;
    if (index === headline && !firstLine) {
      const lines = fitted === 0 ? '' : `, with the ${fitted === 1 ? 'line' : `${fitted} lines`} under it in the same face, display type shrunk to the measure, closing no sentence: one title set line by line`;
      set(run, 'headline', 'font-size', `the largest type above the body: ${describeStyle(run.style)} against ${describeStyle(body)}${lines}`);
    } else if (BYLINE.test(text)) {
      set(run, 'byline', 'byline-pattern', `"${text}" names the writer`);
    } else if (headline !== -1 && index > headline && run.lines.length === 1 && (isSignature(text) || (text.length <= 60 && /^Par\s/u.test(text)))) {
      set(run, 'byline', 'name-below-headline', `"${text}" is a name alone on its line below the headline`);
    } else if (headline !== -1 && index < headline) {
      if (run.kicker !== undefined) set(run, 'kicker', 'short-line-above-headline', run.kicker);
      else set(run, 'kicker', 'above-headline', `set above the headline in ${describeStyle(run.style)}`);
    } else if (firstLine && index === headline) {
      set(run, 'headline', 'first-line', `the first text of the page${index > 0 ? ' under a kicker in capitals' : ''}, in ${describeStyle(run.style)}, with no larger type`);
    } else if (run.style.italic && !run.style.bold && run.style.size < body.size * 0.97) {
      // A picture floated to the top of a column, before the body: its caption, in italics
      // smaller than the body (a standfirst's italics are the body's size or larger).
      set(run, 'caption', 'font', `set in ${describeStyle(run.style)}, smaller than the body's ${describeStyle(body)}`);
    } else if (headline !== -1 && index > headline && !run.style.bold && run.style.size < body.size * 0.92 && belowPicture(runs[index - 1], run, body)) {
      // In upright type smaller than the body, under a space as tall as a picture: its caption.
      set(run, 'caption', 'font', `set in ${describeStyle(run.style)}, smaller than the body's ${describeStyle(body)}, under a space a picture fills`);
    } else {
      set(run, 'standfirst', 'below-headline', `set between the headline and the body in ${describeStyle(run.style)}`);
    }
  }
  // The signature closes the article: the last run, or the last one not in a caption's
  // type (a caption may be printed after it).
  const lastText = lastIndexWhere(runs, (run) => !isCaptionType(run.style, run.style.italic ? run.style : body));
  const last = runs.length - 1;
  for (let index = top; index < runs.length; index += 1) {
    const run = runs[index] as Run;
    if (run.body || run.reason === 'under-empty-frame') continue;
    const text = run.lines.map((line) => line.text).join(' ');
    const closing = (index === lastText || index === last) && run.lines.length === 1 && index > top;
    const line = run.lines[0] as Line;
    // A name alone in a column of its own (the article filled the one before) is set apart
    // from the body as much as one set flush right: its column's edges are its own.
    const alone = !runs.some((other) => other !== run && other.lines.some((each) => each.region === line.region));
    // A name with the writer's post (`Nicolas Ferrier, envoyé spécial`) on a line of its own,
    // with only captions after it, signs the article wherever it is set, in whatever type.
    const signedWithPost = run.lines.length === 1 && index > top && isSignedWithPost(text) && runs.slice(index + 1).every((other) => isCaptionType(other.style, body));
    if (signedWithPost) {
      set(run, 'byline', 'signature', `"${text}" names the writer and their post on a line of its own, with only captions after it`);
    } else if (closing && (isSignature(text) || BYLINE.test(text)) && (index === lastText || flushRight(line) || alone)) {
      set(run, 'byline', 'signature', `"${text}" closes the article on a line of its own, in ${describeStyle(run.style)}`);
    } else if (closing && text.length <= 60 && !endsSentence(text) && flushRight(line)) {
      set(run, 'byline', 'signature', `"${text}" closes the article alone against the right edge, in ${describeStyle(run.style)}`);
    } else if (labelOpenings(run.lines) >= LIST_ENTRIES) {
      // Key figures (`Longueur : 195 mètres`), an agenda, results: entries opening on a label
      // and a colon, set in a box's smaller or sans type. A caption says what a picture shows
      // in a sentence or two; it does not list entries under labels.
      set(run, 'paragraph', 'labelled-entries', `${labelOpenings(run.lines)} lines of it open on a label and a colon, each the first or after a sentence's end: entries of a list, set in ${describeStyle(run.style)}`);
    } else if (index > top && isSentenceList(run, body) && isListTitle(runs[index - 1] as Run, run, (runs[index - 1] as Run).lines.map((line) => line.text).join(' '))) {
      // Instructions or points in a box (`Les consignes`: `Ne pas descendre dans les
      // sous-sols.`), each a sentence on lines of its own under the box's title, set in the
      // box's type: entries of a list, each its own paragraph, not a caption.
      set(run, 'paragraph', 'sentence-entries', `${sentenceEntries(run.lines).length} sentences, each on lines of its own, under a list's title, set in ${describeStyle(run.style)}: entries of a list`);
    } else if (isListTitle(run, runs[index + 1], text)) {
      set(run, 'paragraph', 'list-title', `"${text}" is a short bold line right above entries of a list: the title of their box`);
    } else if (isSmallBoldIntertitle(run, runs[index + 1], text, body)) {
      set(run, 'paragraph', 'intertitle', `"${text}" is a short line in bold ${describeStyle(run.style)} above the body's text: an intertitle, in a bold face whose letters are taller than the body's`);
    } else if (isCaptionType(run.style, body)) {
      set(run, 'caption', 'font', `set in ${describeStyle(run.style)} among body text in ${describeStyle(body)}`);
    } else {
      // An intertitle, or a paragraph set in another type: its own paragraph.
      set(run, 'paragraph', 'font', `set in ${describeStyle(run.style)}`);
    }
  }
  // The body may open on an intertitle right under the standfirst (a letters page opens each
  // letter with its title): a short bold line, the body's text under it, in the very type of
  // the intertitles met further on in the body, is the first of them, not a second standfirst.
  // So may a name (`La Cavalerie`, a commune's, over its brief) read as the writer's below the
  // headline: where another line signs the article, one byline is enough, and the name in the
  // intertitles' very type is the first of them.
  const opening = runs[top - 1];
  const signedElsewhere = opening?.reason === 'name-below-headline' && runs.some((run) => run !== opening && run.role === 'byline');
  if (opening !== undefined && (opening.role === 'standfirst' || signedElsewhere) && top - 1 > headline && headline !== -1) {
    const text = opening.lines.map((line) => line.text).join(' ');
    const sameAsLater = runs.slice(top).some((run) => run.reason === 'intertitle' && sameStyle(run.style, opening.style));
    if (sameAsLater && isSmallBoldIntertitle(opening, runs[top], text, body)) {
      const signed = signedElsewhere ? `, where another line signs the article (${runs.filter((run) => run !== opening && run.role === 'byline').map((run) => `"${run.lines.map((line) => line.text).join(' ')}"`).join(', ')})` : '';
      set(opening, 'paragraph', 'intertitle', `"${text}" is a short bold line above the body's first lines, in the ${describeStyle(opening.style)} of the body's later intertitles${signed}`);
    }
  }
}

/** Fewest entries opening on a label for a run to be a list of them: one label may open a caption. @default 2 */
const LIST_ENTRIES = 2;

/** How many of the lines open an entry (opensEntryAfter): on a label and a colon, the run's first or after a line ending a sentence. */
function labelOpenings(lines: readonly Line[]): number {
  let count = 0;
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (opensEntryAfter(previous?.text, line.text)) count += 1;
  });
  return count;
}

/** The lines of a run of entries, cut before each line opening an entry. */
function labelledEntries(lines: readonly Line[]): Line[][] {
  const entries: Line[][] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous === undefined || opensEntryAfter(previous.text, line.text)) entries.push([line]);
    else entries.at(-1)?.push(line);
  });
  return entries;
}

/** The lines of a run cut after each line ending a sentence. */
function sentenceEntries(lines: readonly Line[]): Line[][] {
  const entries: Line[][] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous === undefined || endsSentence(previous.text)) entries.push([line]);
    else entries.at(-1)?.push(line);
  });
  return entries;
}

/**
 * A run, out of the body's type, of two or more sentences each opening on a capital (maybe after
 * an item's number) at a line's start and ending at a line's end, none ending inside a line: a
 * list's entries, as a box of instructions or a results table sets them (a caption's sentences
 * run on from line to line).
 */
function isSentenceList(run: Run, body: Style): boolean {
  return !sameStyle(run.style, body) && sentencesOnOwnLines(run.lines);
}

/** Two or more sentences, each opening on a capital (maybe after an item's number) at a line's start and ending at a line's end, none ending inside a line. */
function sentencesOnOwnLines(lines: readonly Line[]): boolean {
  if (lines.length < LIST_ENTRIES) return false;
  const entries = sentenceEntries(lines);
  return (
    entries.length >= LIST_ENTRIES &&
    endsSentence((lines.at(-1) as Line).text) &&
    entries.every((entry) => ENTRY_OPENING.test((entry[0] as Line).text)) &&
    lines.every((line) => !/[.!?…]\s+\p{Lu}/u.test(line.text.replace(ITEM_NUMBER_AT_START, '')))
  );
}

/** A list entry's opening: a capital, maybe after an item's number (`1. Lucas Ferreira-Dumas, en 4 h 38 min.`) or an opening quote. */
const ENTRY_OPENING = /^(?:\d{1,2}[.)]\s+)?[«"“]?\s*\p{Lu}/u;
/** An item's number at a line's start (`1. `, `12) `). */
const ITEM_NUMBER_AT_START = /^\d{1,2}[.)]\s+/u;

/**
 * A box's title (`Repères`, `Les chiffres clés`, `Les consignes`): one short bold line with no
 * stop, set right above a run of entries in its column (opening on labels, or sentences each on
 * lines of their own): it names the list, it is no caption.
 */
function isListTitle(run: Run, next: Run | undefined, text: string): boolean {
  const first = run.lines[0] as Line;
  const below = next?.lines[0];
  return (
    run.style.bold &&
    run.lines.length === 1 &&
    text.length <= 40 &&
    !/[.,;:!?]$/u.test(text) &&
    next !== undefined &&
    !next.body &&
    (labelOpenings(next.lines) >= LIST_ENTRIES || sentencesOnOwnLines(next.lines)) &&
    below !== undefined &&
    below.page === first.page &&
    below.region === first.region &&
    below.y > first.y &&
    below.y - first.y < 3 * Math.max(first.size, below.size)
  );
}

/** A run of one short line in capitals (`SÉNÉGAL`, `FAITS DIVERS`): a kicker where it stands above the headline. */
function isCapitalsKicker(run: Run): boolean {
  const text = (run.lines[0] as Line).text;
  return run.lines.length === 1 && text.split(' ').length <= CAPITALS_KICKER_WORDS && isAllCapitals(text);
}

/** Smallest size, as a share of the body's, of a bold intertitle set smaller than the body. @default 0.85 */
const SMALL_INTERTITLE_RATIO = 0.85;

/**
 * A short bold line set a little smaller than the body, with the body's text right under it:
 * an intertitle, not a caption. Typesetters often set intertitles in a bold sans-serif face a
 * point smaller than a serif body (LaTeX's `\sffamily\bfseries\small`, ConTeXt's and
 * flowfram's section heads), whose taller letters make it look the body's size. A caption is
 * italic or light, runs over lines, or sits under its picture with no body text attached.
 */
function isSmallBoldIntertitle(run: Run, next: Run | undefined, text: string, body: Style): boolean {
  const first = run.lines[0] as Line;
  const below = next?.lines[0];
  return (
    run.style.bold &&
    !run.style.italic &&
    !body.bold &&
    run.style.size >= body.size * SMALL_INTERTITLE_RATIO &&
    run.lines.length <= 2 &&
    text.length <= 80 &&
    !/[.,;:]$/u.test(text) &&
    next?.body === true &&
    below !== undefined &&
    // The body's text follows it: under it in its column, or at the top of the next one.
    (below.page !== first.page || below.y > first.y || below.x0 > first.x0)
  );
}

/** The post a signature gives after the writer's name: `envoyé spécial`, `correspondante à Bruxelles`, `avec AFP`. */
const WRITER_POST = /^(?:notre |votre )?(?:envoyée? spéciale?|correspondante?|(?:avec|et) (?:l['’])?\p{Lu}{2,6})(?: (?:à|au|aux|en) [\p{L}'’ -]{1,30})?$/u;

/** `Nicolas Ferrier, envoyé spécial`: a name, a comma, the writer's post. */
function isSignedWithPost(text: string): boolean {
  const comma = text.indexOf(', ');
  return comma > 0 && text.length <= 70 && isSignature(text.slice(0, comma)) && WRITER_POST.test(text.slice(comma + 2));
}

/**
 * Whether `run` starts under an empty space taller than `PICTURE_SPACE` body lines below the run
 * before it, on the same page: where a picture stands (its caption is set under it).
 */
function belowPicture(before: Run | undefined, run: Run, body: Style): boolean {
  const above = before?.lines.at(-1);
  const first = run.lines[0] as Line;
  return above !== undefined && above.page === first.page && first.y - first.size - above.y > PICTURE_SPACE * body.size;
}

/** Italic type that is not bold, or type smaller than the body's: a caption's. */
function isCaptionType(style: Style, body: Style): boolean {
  return (style.italic && !style.bold && !body.italic) || style.size < body.size * 0.92;
}

/**
 * A line set against its column's right edge, away from its left one. It may reach past the
 * edge measured from the column's lines: in a ragged-right column they stop short of it.
 */
function flushRight(line: Line): boolean {
  const { left, right } = line.region;
  return line.x1 >= right - 2 && line.x0 - left > (right - left) * 0.3;
}

function set(run: Run, role: BlockRole, reason: string, evidence: string): void {
  run.role = role;
  run.reason = reason;
  run.evidence = evidence;
  run.body = false;
}

function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index -= 1) if (test(items[index] as T)) return index;
  return -1;
}

function makeBlock(role: BlockRole, lines: readonly Line[], state: BuildState): PdfLayoutBlock {
  const sourceLines: SourceLine[] = [];
  lines.forEach((line, index) => {
    const normalized = normalizeSpacing(line.text, line.number);
    state.repairs.push(...normalized.repairs);
    const before = index > 0 ? lines[index - 1] : undefined;
    const previous = sourceLines.at(-1);
    if (before !== undefined && previous !== undefined && runsOnInWord(before, line, state)) {
      // The line before ends on no space drawn, where the text draws one at each line's break.
      const left = previous.content.slice(previous.content.search(/\S+$/u));
      const right = normalized.content.split(' ', 1)[0] ?? '';
      state.repairs.push({
        kind: 'space-collapsed',
        line: before.number,
        before: `${left}|${right}`,
        after: `${left}${right}`,
        reason: 'no-space-drawn-at-line-end',
        evidence: `the page draws no space after "${left}" at the line's end, where this text draws one after the last word of ${state.drawnLineEnds?.spaced} of its ${state.drawnLineEnds?.read} lines going on at a word's end: the line was broken inside a word`,
      });
      previous.content += normalized.content;
      return;
    }
    sourceLines.push({ number: line.number, content: normalized.content });
  });
  const joined = joinLines(sourceLines, state.hyphenContext);
  state.repairs.push(...joined.repairs);
  state.warnings.push(...joined.warnings);
  const first = lines[0] as Line;
  const last = lines.at(-1) as Line;
  return {
    role,
    text: joined.text,
    startLine: first.number,
    endLine: last.number,
    page: first.page,
    ...(last.page === first.page ? {} : { endPage: last.page }),
    box: boxOf(lines.filter((line) => line.page === first.page)),
  };
}

/**
 * Whether `previous` goes on in `next` with no space (`runsOnUnspaced`, pdf-drawn-line-ends.ts):
 * in a text that draws its line-end spaces, no space drawn after it, folded where the next line's
 * first word would not have fitted in what it leaves of its column.
 */
function runsOnInWord(previous: Line, next: Line, state: BuildState): boolean {
  if (state.drawnLineEnds === undefined || previous.spaceDrawnAfter !== false || !typeDrawsLineEndSpaces(state.drawnLineEnds, previous)) return false;
  return runsOnUnspaced(previous, next, previous.region.right - previous.x1 >= firstWordWidth(next));
}

function boxOf(lines: readonly Line[]): SourceBox {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const line of lines) {
    left = Math.min(left, line.x0);
    right = Math.max(right, line.x1);
    top = Math.min(top, line.y - line.size * 0.75);
    bottom = Math.max(bottom, line.y + line.size * 0.25);
  }
  const round = (value: number): number => Math.round(value * 10) / 10;
  return { x: round(left), y: round(top), width: round(right - left), height: round(bottom - top) };
}

/** The text path's rules on the body: a byline as its first line, a dateline opening it, a signature closing it. */
function finishBody(blocks: PdfLayoutBlock[], state: BuildState): PdfLayoutBlock[] {
  const paragraphs = blocks.filter((block) => block.role === 'paragraph');
  // A byline set in the body's type above the columns (`Par …`) is the body's first line.
  if (paragraphs.length > 1 && paragraphs[0]!.startLine === paragraphs[0]!.endLine && BYLINE.test(paragraphs[0]!.text)) {
    const byline = paragraphs.shift()!;
    byline.role = 'byline';
    state.repairs.push({ kind: 'role-assigned', line: byline.startLine, after: 'byline', reason: 'byline-pattern', evidence: `"${byline.text}" names the writer above the body` });
  }
  const first = paragraphs[0];
  const last = paragraphs.at(-1);
  if (last !== undefined && paragraphs.length > 1 && last.startLine === last.endLine && isSignature(last.text)) {
    const before = paragraphs.at(-2);
    if (before !== undefined && endsSentence(before.text)) {
      last.role = 'byline';
      state.repairs.push({ kind: 'role-assigned', line: last.startLine, after: 'byline', reason: 'signature', evidence: `"${last.text}" closes the article on a line of its own` });
    }
  }
  if (first !== undefined && first.role === 'paragraph') {
    const dateline = openingDateline(first.text);
    if (dateline !== null && dateline[0].length < first.text.length) {
      blocks.splice(blocks.indexOf(first), 0, { ...first, role: 'dateline', text: dateline[0].trim(), endLine: first.startLine, endPage: undefined });
      state.repairs.push({ kind: 'role-assigned', line: first.startLine, after: 'dateline', reason: 'dateline-pattern' });
      first.text = first.text.slice(dateline[0].length).trimStart();
    }
  }
  for (const block of blocks) if (block.endPage === undefined) delete block.endPage;
  return blocks;
}

/**
 * A searchable scan: a PDF whose pages are pictures of print, with the words an OCR engine read
 * laid over them as invisible text (OCRmyPDF, pdfsandwich, Paperless-ngx, `tesseract … pdf`).
 * Its text layer is not typeset: tesseract draws each word on its own in `GlyphLessFont`, a font
 * with no glyphs, sized to the word's box, so the sizes, weights and positions the PDF layout reads
 * (`pdf-layout.ts`) say little (a headline's two lines come out 22 and 24 points, a line that spans
 * the columns is as many words as the gutter cuts), while the order of drawing is the engine's own
 * reading order, columns already one after the other. That is what tesseract's text output holds,
 * and what the OCR text path reads (`src/structure.ts`'s layouts, tuned on real OCR): so the layer
 * is turned back into that text, a line per printed line, a blank line where the engine's
 * reading jumps (a column's or a block's start), the type changes size or a gap between lines is
 * wider than a line's, and read as OCR text (whose rules find the paragraphs inside a block: a
 * blank line at each first-line indent, or at white added between two lines over the page's usual
 * pitch, was tried: each made a few more paragraphs exact on one split's scans and lost more
 * sentences and roles on three others').
 *
 * One paragraph end inside a block is the page's own, where tesseract's text output puts a blank
 * line and the layer keeps none: a line ending a sentence and filling the column (the next line's
 * first word would not have fitted after it), then a line that opens a paragraph by the page's
 * geometry, its first-line indent (set in from the lines on both sides of it) or white added above
 * it (a pitch wider than the block's own). The OCR text rules cannot see that end in the words:
 * the sentence fills its line. The conditions are what the tries above lacked: a dialogue's or a
 * list's indented lines, a caption's wider pitch, follow a line that runs on; a sentence's end
 * that stops short is the text rules' to read (a blank line there tips their reading of the whole
 * text towards blank-separated paragraphs); and no blank line sets one or two lines apart, which
 * they would take for a caption or a standfirst. Each blank line put is a repair (`paragraph-split`).
 *
 * A printed line the engine read in two runs, a piece of it drawn further down the layer (a gap of
 * a justified line taken for a column's edge), is put back together first, as a recorded repair
 * (`line-rejoined`, rejoinLineFragments).
 *
 * A caption is set in a smaller face than the body, its lines closer together: a block of two to
 * five lines whose every pitch is a tenth or more under the running text's says so, where its words
 * often do not (a sentence in the past, a credit in no form the text rules know, glued to the
 * paragraph after it). Its lines are told to the text rules (`captions`), which take the block for
 * a caption whole (body-captions.ts).
 *
 * Evidence that a layer is OCR's: its text is drawn in the glyph-less font OCR engines built on
 * tesseract use for it, or it is drawn invisible (render mode 3) over pictures of the pages, as
 * OCRmyPDF's hOCR renderer lays a line at a time in Helvetica and other OCR programs in their
 * own fonts: sizes and positions drawn to fit a picture, not set by a typesetter.
 */
import type { PdfDocument, PdfTextPiece } from '../ingest/read-pdf.ts';
import type { Repair } from '../types.ts';
import { endsSentence, startsLikeSentence } from './layout-block.ts';

/** The font tesseract's PDF renderer (and so OCRmyPDF's) draws its invisible words in. */
const GLYPHLESS_FONT = /^GlyphLessFont$/i;

/** Share of the layer's characters that must be in that font. */
const OCR_SHARE = 0.9;
/**
 * Least first-line indent, in the type's size, that opens a paragraph: OCR's left edges waver
 * by a tenth of it, a paragraph's indent is one to two. @default 0.6
 */
const INDENT_LEAST = 0.6;
/** Widest first-line indent, in the type's size: a line set further in is centred or boxed. @default 4 */
const INDENT_MOST = 4;
/** A pitch this many times the block's own has white added above the line: a paragraph's space. @default 1.25 */
const WIDER_PITCH = 1.25;
/** Fewest lines of a block for its own pitch to be read (two pitches). @default 3 */
const PITCH_LINES = 3;
/** Percentile of a block's line widths taken for its measure. @default 0.8 */
const MEASURE_PERCENTILE = 0.8;
/** A word space, in the type's size. @default 0.25 */
const WORD_SPACE = 0.25;
/** Most lines of a run set apart between blank lines that the OCR text rules may take for a caption. @default 2 */
const ISLAND_LINES = 2;

/** Whether the document's text is an OCR engine's invisible layer over scanned pages. */
export function isOcrTextLayer(document: PdfDocument): boolean {
  if (document.invisibleText === true) return true;
  let ocr = 0;
  let all = 0;
  for (const page of document.pages) {
    for (const piece of page.pieces) {
      const length = piece.text.trim().length;
      all += length;
      if (GLYPHLESS_FONT.test(document.fonts[piece.font]?.name ?? '')) ocr += length;
    }
  }
  return all > 0 && ocr >= OCR_SHARE * all;
}

/** A printed line rebuilt from the layer's words. */
interface LayerLine {
  /** Baseline, points from the page's top. */
  y: number;
  left: number;
  right: number;
  size: number;
  words: string[];
  /** Left edge of each word, points. */
  lefts: number[];
  /** Width of the line's first word, points. */
  firstWidth: number;
}

/** The OCR layer as the engine's text: its lines, blank lines between blocks, a form feed between pages. */
export interface OcrLayerText {
  text: string;
  /** The 1-based page of each line of `text` (blank lines included). */
  linePages: number[];
  /** The paragraph ends read from the page's geometry inside a block (a blank line put before the line). */
  repairs: Repair[];
  /**
   * The lines of `text` (1-based) the page's geometry shows going on with the paragraph of the
   * line before, each with the evidence (`continuations`), for the text rules' long-paragraph cut.
   */
  continues: Map<number, string>;
  /**
   * The lines of `text` (1-based) the page's geometry shows opening a paragraph after a sentence's
   * end where no blank line was put (`unmarkedOpenings`), each with the reason and the evidence,
   * for the text rules to end the paragraph before them.
   */
  opens: Map<number, ParagraphOpening>;
  /**
   * The lines of `text` (1-based) of the blocks the page sets at a tighter pitch than its running
   * text (`tightBlocks`): a caption's smaller face. Each with the evidence, for the text rules to
   * take the block for a caption.
   */
  captions: Map<number, string>;
}

/** The layer's words back into lines and blocks, page after page, in the order they were drawn. */
export function ocrLayerText(document: PdfDocument): OcrLayerText {
  const out: string[] = [];
  const linePages: number[] = [];
  const repairs: Repair[] = [];
  const rejoined = new Map<LayerLine, string>();
  const pages = document.pages.map((page) => rejoinLineFragments(layerLines(page.pieces), rejoined));
  const marks = paragraphMarks(pages);
  const tight = tightBlocks(pages);
  const captions = new Map<number, string>();
  const continues = new Map<number, string>();
  const opensAfter = new Map<number, ParagraphOpening>();
  document.pages.forEach((page, index) => {
    const lines = pages[index] as LayerLine[];
    let opens = new Map<number, ParagraphOpening>();
    let goesOn = new Map<number, string>();
    let unmarked = new Map<number, ParagraphOpening>();
    lines.forEach((line, at) => {
      const before = lines[at - 1];
      const opening = opens.get(at);
      if (before === undefined || startsBlock(before, line)) {
        const block = layerBlock(lines, at);
        opens = paragraphOpenings(lines, block);
        if (marks !== undefined) goesOn = continuations(lines, block, marks);
        unmarked = unmarkedOpenings(lines, block, opens);
      }
      if (before !== undefined && (opening !== undefined || startsBlock(before, line))) {
        out.push('');
        linePages.push(page.number);
        if (opening !== undefined) repairs.push({ kind: 'paragraph-split', line: out.length + 1, reason: opening.reason, evidence: opening.evidence });
      }
      const evidence = opening === undefined ? goesOn.get(at) : undefined;
      if (evidence !== undefined) continues.set(out.length + 1, evidence);
      const unmarkedOpening = unmarked.get(at);
      if (unmarkedOpening !== undefined) opensAfter.set(out.length + 1, unmarkedOpening);
      out.push((index > 0 && at === 0 ? '\f' : '') + line.words.join(' '));
      linePages.push(page.number);
      const fragment = rejoined.get(line);
      if (fragment !== undefined) repairs.push({ kind: 'line-rejoined', line: out.length, before: fragment, after: line.words.join(' '), reason: 'ocr-line-fragment', evidence: `"${fragment}" was drawn apart from the rest of its printed line, on the same baseline within the column's measure` });
      const caption = tight.get(line);
      if (caption !== undefined) captions.set(out.length, caption);
    });
  });
  return { text: out.join('\n'), linePages, repairs, continues, opens: opensAfter, captions };
}

/**
 * Most a block's pitch may be, against the running text's, for the block to be set in a smaller
 * face: OCR's baselines waver by a few percent, a caption's face is a point or two smaller than the
 * body's 9 to 11 (its lines 10 to 25 % closer). On the development half's searchable scans, no
 * paragraph's block came under 0.95 of the running text's pitch. @default 0.9
 */
const CAPTION_PITCH = 0.9;
/** A caption's first word: a capital, maybe after an opening quote (not a figure: a list's item or a table's row). */
const CAPTION_OPENING = /^[«“"]?\p{Lu}/u;
/** Most lines of a block read as a caption by its pitch: a picture's description and its credit. @default 5 */
const CAPTION_BLOCK_LINES = 5;

/**
 * The blocks of two to `CAPTION_BLOCK_LINES` lines set, every one of their pitches, under `CAPTION_PITCH` times the
 * running text's (the lower median of every pitch inside a block, over the document: most lines
 * are the body's), opening on a capital: a caption, set in a smaller face than the body. Every
 * line of such a block, with the evidence. A block of one line shows no pitch; a headline's,
 * standfirst's or box's face is larger or the same, and a list or a table set small opens its
 * rows on figures.
 */
function tightBlocks(pages: readonly (readonly LayerLine[])[]): Map<LayerLine, string> {
  const found = new Map<LayerLine, string>();
  const pitches: number[] = [];
  const blocks: Array<{ lines: readonly LayerLine[]; block: LayerBlock }> = [];
  for (const lines of pages) {
    for (let start = 0; start < lines.length; ) {
      const block = layerBlock(lines, start);
      for (let at = block.start + 1; at < block.end; at += 1) pitches.push((lines[at] as LayerLine).y - (lines[at - 1] as LayerLine).y);
      blocks.push({ lines, block });
      start = block.end;
    }
  }
  if (pitches.length < PITCH_LINES) return found;
  pitches.sort((a, b) => a - b);
  const running = pitches[Math.floor((pitches.length - 1) / 2)] as number;
  for (const { lines, block } of blocks) {
    const count = block.end - block.start;
    if (count < 2 || count > CAPTION_BLOCK_LINES || !CAPTION_OPENING.test((lines[block.start] as LayerLine).words[0] ?? '')) continue;
    // Its widest pitch: every line of a caption is set close, not most (a heading over two lines of text is not).
    let pitch = 0;
    for (let at = block.start + 1; at < block.end; at += 1) pitch = Math.max(pitch, (lines[at] as LayerLine).y - (lines[at - 1] as LayerLine).y);
    if (pitch > CAPTION_PITCH * running) continue;
    const evidence = `the OCR layer sets its ${count} lines ${pitch.toFixed(1)} points apart at most, against ${running.toFixed(1)} for the running text: a caption's smaller face`;
    for (let at = block.start; at < block.end; at += 1) found.set(lines[at] as LayerLine, evidence);
  }
  return found;
}

/** How a page marks its paragraphs' first lines: set in, or set apart by white above them. */
interface ParagraphMarks {
  /** The paragraph ends the page shows (a sentence's last line stopping short of the measure) before a line so marked. */
  marked: number;
  /** All the paragraph ends the page shows, marked or not. */
  shown: number;
}

/**
 * Most white, in the type's size, a line may leave short of its block's measure and still reach
 * it: a justified line's right edge wavers by a fraction of that in OCR's boxes; a line stopping an
 * em or more short ended, however long the next line's first word. @default 0.5
 */
const REACH_SLACK = 0.5;
/**
 * Most a pitch may exceed the block's own and still be its line spacing: OCR's baselines waver by
 * a few percent, a paragraph's space adds a fifth of a line or more. @default 1.1
 */
const SAME_PITCH = 1.1;
/** Fewest paragraph ends the layer must show, most of them before a marked first line, for an unmarked line to go on with its paragraph. @default 3 */
const MARKED_ENDS = 3;

/**
 * Whether the layer's pages mark their paragraphs' first lines, read from the ends they show: a
 * line ending a sentence and stopping short of its block's measure (the next line's first word
 * would have fitted) before a line opening one, inside a block; most such next lines set in
 * (`INDENT_LEAST` to `INDENT_MOST`) from the block's left edge or with white added above them
 * (`WIDER_PITCH`). Undefined when they do not, or show too few ends to tell (`MARKED_ENDS`): on a
 * page that sets its paragraphs flush and close, a full line before a flush one says nothing.
 */
function paragraphMarks(pages: readonly (readonly LayerLine[])[]): ParagraphMarks | undefined {
  let marked = 0;
  let shown = 0;
  for (const lines of pages) {
    for (let start = 0; start < lines.length; ) {
      const block = layerBlock(lines, start);
      for (const at of sentenceSeams(lines, block)) {
        const before = lines[at - 1] as LayerLine;
        const line = lines[at] as LayerLine;
        const shape = block.shape();
        if (shape.pitch <= 0 || fillsMeasure(before, line, shape)) continue;
        shown += 1;
        if (isMarked(line, before, shape)) marked += 1;
      }
      start = block.end;
    }
  }
  return shown >= MARKED_ENDS && marked * 2 > shown ? { marked, shown } : undefined;
}

/** The line is set in from its block's left edge, or has white added above it. */
function isMarked(line: LayerLine, before: LayerLine, shape: BlockShape): boolean {
  const size = Math.max(before.size, line.size);
  const indent = line.left - shape.left;
  return (indent >= INDENT_LEAST * size && indent <= INDENT_MOST * size) || line.y - before.y >= WIDER_PITCH * shape.pitch;
}

/** The line before reaches the block's measure: the next line's first word, after a word space, would not have fitted after it. */
function fillsMeasure(before: LayerLine, line: LayerLine, shape: BlockShape): boolean {
  const size = Math.max(before.size, line.size);
  return shape.left + shape.measure - before.right <= line.firstWidth + WORD_SPACE * size;
}

/** A block of the layer's lines: its first line's index, the index past its last, and its shape, read once when first asked. */
interface LayerBlock {
  start: number;
  end: number;
  shape: () => BlockShape;
}

/** The block whose first line is `lines[start]`: it runs until a line starts another (startsBlock). */
function layerBlock(lines: readonly LayerLine[], start: number): LayerBlock {
  let end = start + 1;
  while (end < lines.length && !startsBlock(lines[end - 1] as LayerLine, lines[end] as LayerLine)) end += 1;
  let shape: BlockShape | undefined;
  return { start, end, shape: () => (shape ??= blockShape(lines, start, end)) };
}

/** The block's lines that open a sentence after a line ending one: the only places a paragraph of running text can end inside it. */
function sentenceSeams(lines: readonly LayerLine[], block: LayerBlock): number[] {
  const seams: number[] = [];
  for (let at = block.start + 1; at < block.end; at += 1) {
    if (endsSentence((lines[at - 1] as LayerLine).words.at(-1) ?? '') && startsLikeSentence((lines[at] as LayerLine).words[0] ?? '')) seams.push(at);
  }
  return seams;
}

/**
 * The lines of the block whose first line is `lines[start]` that go on with the paragraph of the
 * line before, by index, with the evidence: the line before ends a sentence and reaches the
 * block's measure (within `REACH_SLACK`, the next line's first word not fitting after it), and the
 * line opens one flush with the block's left edge at the block's own pitch (`SAME_PITCH`), on pages that mark their paragraphs' first lines (`marks`): nothing there marks a first
 * line. Only sentence ends are asked: the text rules cut a long paragraph nowhere else.
 */
function continuations(lines: readonly LayerLine[], block: LayerBlock, marks: ParagraphMarks): Map<number, string> {
  const found = new Map<number, string>();
  for (const at of sentenceSeams(lines, block)) {
    const before = lines[at - 1] as LayerLine;
    const line = lines[at] as LayerLine;
    const shape = block.shape();
    if (shape.pitch <= 0 || !fillsMeasure(before, line, shape)) continue;
    const size = Math.max(before.size, line.size);
    if (shape.left + shape.measure - before.right > REACH_SLACK * size) continue;
    if (Math.abs(line.left - shape.left) >= INDENT_LEAST * size || line.y - before.y > SAME_PITCH * shape.pitch) continue;
    found.set(
      at,
      `the OCR layer shows "${before.words.at(-1) ?? ''}" reaching the column's measure and the next line following it at the block's pitch, flush with its left edge, where ${marks.marked} of the ${marks.shown} paragraph ends the page shows are followed by a first line set in or apart`,
    );
  }
  return found;
}

/**
 * The paragraph openings inside the block whose first line is `lines[start]` that no blank line
 * marks (`put`, the openings that do, aside), by line index: a line opening a sentence after one
 * ending a sentence, set in from the block's left edge by a first-line indent (`INDENT_LEAST` to
 * `INDENT_MOST`, and further than the line after it) or with white added above it (`WIDER_PITCH`
 * times the block's pitch). The layer puts no blank line there when the line before stops short
 * (the text rules read that end from the words, but miss it when the line falls just short: their
 * measure is in characters) or when a blank line would set one or two lines apart (ISLAND_LINES):
 * told to the text rules as an end with no blank line, neither harm follows. On the development
 * half's scans no line so placed went on with the paragraph before it.
 */
function unmarkedOpenings(lines: readonly LayerLine[], block: LayerBlock, put: ReadonlyMap<number, ParagraphOpening>): Map<number, ParagraphOpening> {
  const found = new Map<number, ParagraphOpening>();
  const { end } = block;
  for (const at of sentenceSeams(lines, block)) {
    const before = lines[at - 1] as LayerLine;
    const line = lines[at] as LayerLine;
    if (put.has(at)) continue;
    const shape = block.shape();
    if (shape.pitch <= 0) continue;
    const size = Math.max(before.size, line.size);
    const last = before.words.at(-1) ?? '';
    const indent = line.left - shape.left;
    const after = at + 1 < end ? lines[at + 1] : undefined;
    if (indent >= INDENT_LEAST * size && indent <= INDENT_MOST * size && (after === undefined || line.left - after.left >= INDENT_LEAST * size)) {
      found.set(at, { reason: 'ocr-layer-indent', evidence: `"${last}" ends a sentence and the next line is set in by ${(indent / size).toFixed(1)} em from the block's left edge and the line after it: a first-line indent` });
      continue;
    }
    const gap = line.y - before.y;
    if (gap >= WIDER_PITCH * shape.pitch) {
      found.set(at, { reason: 'ocr-layer-spacing', evidence: `"${last}" ends a sentence and ${(gap / shape.pitch).toFixed(2)} times the block's pitch lies above the next line: a paragraph's space` });
    }
  }
  return found;
}

/** A paragraph's opening read inside a block from the page's geometry. */
export interface ParagraphOpening {
  reason: 'ocr-layer-indent' | 'ocr-layer-spacing';
  evidence: string;
}

/**
 * The paragraph openings inside the block whose first line is `lines[start]`, by line index:
 * each where `paragraphOpening` reads one, but none that would set a run of one or two lines
 * apart between blank lines (ISLAND_LINES): the OCR text rules take such a run for a caption or
 * a standfirst, and they find the ends of a paragraph that short on their own when it stops short.
 */
function paragraphOpenings(lines: readonly LayerLine[], block: LayerBlock): Map<number, ParagraphOpening> {
  const opens = new Map<number, ParagraphOpening>();
  const { start, end } = block;
  const found: Array<[number, ParagraphOpening]> = [];
  for (let at = start + 1; at < end; at += 1) {
    const before = lines[at - 1] as LayerLine;
    if (!endsSentence(before.words.at(-1) ?? '')) continue;
    const opening = paragraphOpening(before, lines[at] as LayerLine, at + 1 < end ? lines[at + 1] : undefined, block.shape());
    if (opening !== undefined) found.push([at, opening]);
  }
  let previous = start;
  found.forEach(([at, opening], index) => {
    const next = found[index + 1]?.[0] ?? end;
    if (at - previous <= ISLAND_LINES || next - at <= ISLAND_LINES) return;
    opens.set(at, opening);
    previous = at;
  });
  return opens;
}

/** A block's own pitch, baseline to baseline, and measure, left edge to right. */
interface BlockShape {
  /** The lower median of its lines' pitches (a paragraph's space is the exception), or -1 for a block too short to tell. */
  pitch: number;
  /** The width most of its lines fill (`MEASURE_PERCENTILE`). */
  measure: number;
  /** Its left edge: the median of its lines' left edges (most lines are set flush). */
  left: number;
}

/** The shape of the block whose first line is `lines[start]`. */
function blockShape(lines: readonly LayerLine[], start: number, end: number): BlockShape {
  const pitches: number[] = [];
  const widths: number[] = [(lines[start] as LayerLine).right - (lines[start] as LayerLine).left];
  const lefts: number[] = [(lines[start] as LayerLine).left];
  for (let at = start + 1; at < end; at += 1) {
    const line = lines[at] as LayerLine;
    const before = lines[at - 1] as LayerLine;
    pitches.push(line.y - before.y);
    widths.push(line.right - line.left);
    lefts.push(line.left);
  }
  widths.sort((a, b) => a - b);
  lefts.sort((a, b) => a - b);
  const measure = widths[Math.floor((widths.length - 1) * MEASURE_PERCENTILE)] as number;
  const left = lefts[Math.floor((lefts.length - 1) / 2)] as number;
  if (pitches.length < PITCH_LINES - 1) return { pitch: -1, measure, left };
  pitches.sort((a, b) => a - b);
  return { pitch: pitches[Math.floor((pitches.length - 1) / 2)] as number, measure, left };
}

/**
 * A paragraph opens at `line`, inside a block, when `before` ends a sentence and `line` opens
 * one set in from the lines on both sides of it (a first-line indent) or with white added above
 * it (a pitch `WIDER_PITCH` times the block's): the page's own evidence, read only after a
 * sentence's end (see the module comment).
 */
function paragraphOpening(before: LayerLine, line: LayerLine, after: LayerLine | undefined, shape: BlockShape): ParagraphOpening | undefined {
  const last = before.words.at(-1) ?? '';
  const size = Math.max(before.size, line.size);
  // The next line's first word, after a word space, would not have fitted where the line stops.
  if (!startsLikeSentence(line.words[0] ?? '') || before.left + shape.measure - before.right > line.firstWidth + WORD_SPACE * size) return undefined;
  const pitch = shape.pitch;
  const indent = line.left - before.left;
  const backAfter = after === undefined || line.left - after.left >= INDENT_LEAST * size;
  if (indent >= INDENT_LEAST * size && indent <= INDENT_MOST * size && backAfter) {
    return { reason: 'ocr-layer-indent', evidence: `"${last}" ends a sentence and the next line is set in by ${(indent / size).toFixed(1)} em from the lines around it: a first-line indent` };
  }
  const gap = line.y - before.y;
  if (pitch > 0 && gap >= WIDER_PITCH * pitch) {
    return { reason: 'ocr-layer-spacing', evidence: `"${last}" ends a sentence and ${(gap / pitch).toFixed(2)} times the block's pitch lies above the next line: a paragraph's space` };
  }
  return undefined;
}

/** Words on one baseline, each starting right of the one before, make a line. */
function layerLines(pieces: readonly PdfTextPiece[]): LayerLine[] {
  const lines: LayerLine[] = [];
  for (const piece of pieces) {
    const text = piece.text.trim();
    if (text === '') continue;
    const line = lines.at(-1);
    if (line !== undefined && Math.abs(piece.y - line.y) < Math.max(piece.size, line.size) / 2 && piece.x >= line.right - piece.size / 4) {
      line.words.push(text);
      line.lefts.push(piece.x);
      line.right = piece.x + piece.width;
      line.size = Math.max(line.size, piece.size);
    } else {
      lines.push({ y: piece.y, left: piece.x, right: piece.x + piece.width, size: piece.size, words: [text], lefts: [piece.x], firstWidth: piece.width });
    }
  }
  return lines;
}

/** Percentile of the widths of a page's lines of four words or more taken for its column's measure (their median). @default 0.5 */
const FRAGMENT_MEASURE_PERCENTILE = 0.5;
/** A printed line's pieces stand at most this many type sizes apart (a justified line's widest word space). @default 2.5 */
const FRAGMENT_GAP = 2.5;
/** The two pieces together fit the column's measure with this slack. @default 1.05 */
const FRAGMENT_MEASURE_SLACK = 1.05;
/** The two pieces together fill this share of the measure at least: a justified line, whose word spaces stretch. @default 0.9 */
const FRAGMENT_FULL_SHARE = 0.9;
/** How far, in the type's size, OCR's edges of one column's lines waver. @default 0.5 */
const EDGE_WAVER = 0.5;
/** Fewest other lines of the page ending where the rejoined line does: the column's right edge. @default 2 */
const EDGE_LINES = 2;
/** Fewest lines of four words or more on a page for its measure to be read. @default 5 */
const FRAGMENT_MEASURE_LINES = 5;

/**
 * One printed line whose words the engine drew in two runs, the rest of the line read elsewhere in
 * its order: on a justified column's widest word spaces Tesseract may take a gap for a column's
 * edge and read the words beyond it as a block of their own (`Saint-` … `ne pourra pas` … then
 * `Le comité des fêtes de` / `Aubin-sur-Loire` further down the layer). Counted on the
 * development half's searchable scans: Chromium's narrow three-column pages (dev-4, 8 pieces on
 * two pages), LaTeX's (dev, 2), Writer's (dev-2, 1), Swing's (held-out-28, 1) and pypdf's
 * (held-out-34, 1). Such a piece stands on the baseline of a line read before it (within a third
 * of the type's size), beside it (the gap between them a justified word space at most) or in a gap
 * between two of its words, and the two together make a full line of the column: nine tenths of
 * the page's measure at least (the median width of its lines of four words or more) and no wider
 * than it, ending where at least two other lines of the page end (its right edge). Two columns side
 * by side make a line wider than the measure; a credit beside the next column's short last line
 * (held-out-26, -30, -34 before the edge was asked) ends short of the column's edge. The piece is
 * put back in the line it was cut from, its words in the order of their left edges, where that
 * line was read; each line so rejoined is recorded (`rejoined`, its piece).
 */
function rejoinLineFragments(lines: LayerLine[], rejoined: Map<LayerLine, string>): LayerLine[] {
  const widths = lines.filter((line) => line.words.length >= 4).map((line) => line.right - line.left);
  if (widths.length < FRAGMENT_MEASURE_LINES) return lines;
  widths.sort((a, b) => a - b);
  const measure = widths[Math.floor(widths.length * FRAGMENT_MEASURE_PERCENTILE)] as number;
  const kept: LayerLine[] = [];
  for (const line of lines) {
    // Not the line read just before: the drawing order's own neighbour was joined or kept apart by layerLines.
    const host = kept.slice(0, -1).find((earlier) => {
      const size = Math.max(earlier.size, line.size);
      if (Math.abs(earlier.y - line.y) > size / 3) return false;
      // Inside the line, in a gap between two of its words (`Le marché` … `chaque`, `attirait` drawn apart).
      const inside = line.left > earlier.left && line.right < earlier.right && !earlier.lefts.some((left) => left >= line.left && left < line.right);
      const gap = line.left >= earlier.right ? line.left - earlier.right : earlier.left - line.right;
      if (!inside && (gap < 0 || gap > FRAGMENT_GAP * size)) return false;
      const left = Math.min(earlier.left, line.left);
      const right = Math.max(earlier.right, line.right);
      const width = right - left;
      if (width > FRAGMENT_MEASURE_SLACK * measure || (!inside && width < FRAGMENT_FULL_SHARE * measure)) return false;
      // Its end on the column's right edge, where other lines of the page end: a justified line.
      return inside || lines.filter((other) => other !== earlier && other !== line && Math.abs(other.right - right) <= EDGE_WAVER * size).length >= EDGE_LINES;
    });
    if (host === undefined) {
      kept.push(line);
      continue;
    }
    rejoined.set(host, [rejoined.get(host), line.words.join(' ')].filter((piece) => piece !== undefined).join(' … '));
    if (line.left < host.left) host.firstWidth = line.firstWidth;
    const words = [...host.words.map((word, index) => ({ word, left: host.lefts[index] as number })), ...line.words.map((word, index) => ({ word, left: line.lefts[index] as number }))];
    words.sort((a, b) => a.left - b.left);
    host.words = words.map(({ word }) => word);
    host.lefts = words.map(({ left }) => left);
    host.left = Math.min(host.left, line.left);
    host.right = Math.max(host.right, line.right);
    host.size = Math.max(host.size, line.size);
  }
  return kept;
}

/**
 * A line opens a new block where the reading goes back up the page (the next column, a block set
 * beside), where the type changes size by more than OCR's own wavering (a headline's lines come
 * out 22 and 24 points; a headline over a standfirst, 22 and 11), where more than a line's worth
 * of white lies between two lines (about twice the type's size from baseline to baseline), or
 * where it moves to another left edge with a wider gap than the lines'.
 */
function startsBlock(before: LayerLine, line: LayerLine): boolean {
  const pitch = line.y - before.y;
  const size = Math.max(before.size, line.size);
  if (pitch <= 0) return true;
  if (Math.max(before.size, line.size) > 1.3 * Math.min(before.size, line.size)) return true;
  if (pitch > 1.9 * size) return true;
  return Math.abs(line.left - before.left) > 3 * size && pitch > 1.6 * size;
}



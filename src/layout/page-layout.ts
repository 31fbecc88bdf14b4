/**
 * Rebuilds an article from the text of printed pages as extraction leaves it: `pdftotext`
 * (default, `-raw`, `-layout`) or OCR. One printed line per line, paragraphs marked by no
 * blank line, furniture on top of the body. The steps, each in its own module:
 * 1. pages split at form feeds; side-by-side columns read one after the other (column-layout);
 *    a printed line cut at each word space, one word a line, joined back (word-per-line-runs);
 * 2. OCR conventions normalised (ocr-normalize) and spacing repaired (normalize-spacing), the
 *    no-break space before `?` `!` `;` restored where the article spaces its colons; a justified
 *    line's stretched gap after a compound's hyphen closed (`Mortagne- au- Perche`:
 *    stretched-compound-hyphens); words the extraction split with a space (`derr ière`) joined
 *    (split-words);
 * 3. running headers, footers and folios removed (page-furniture); hyphens that pdftotext
 *    removed where it glued two printed lines put back (restore-removed-hyphens);
 * 4. kicker, headline, standfirst and byline read from the top (furniture-on-top), after a head
 *    the extraction wrote after the body, as its producer drew it, is moved back on top
 *    (head-drawn-last); with none on top, from the first page's foot where a page drawn body
 *    first has them (furniture-on-top);
 * 5. in the body: two columns pdftotext printed row by row read one after the other
 *    (interleaved-columns), captions taken out (body-captions), intertitles set apart (intertitles), a
 *    signature closing it taken for the byline, a block read out of place moved back to the
 *    unfinished end it continues (misplaced-block), paragraphs ended on the evidence of short last
 *    lines and indents (paragraph-ends, first-line-indent), a dateline opening the body's first
 *    paragraph, among the first three (body-dateline; whole sentences between the byline and it
 *    are the captions of pictures set under the headline) or at a text box's start further down, and
 *    bylines set in boxes of their own, and the body's end an extraction read before the byline
 *    opening the body put back after its last paragraph (boxed-body-opening);
 * 6. each block's lines joined, line-end hyphens decided (join-lines).
 */
import type { BlockRole, Repair, Warning } from '../types.ts';
import { findCaptions, type CaptionRun } from './body-captions.ts';
import { isLabelledCreditAlone } from './credit-forms.ts';
import { captionsAboveDateline, findBodyDateline } from './body-dateline.ts';
import { bodyEndReadFirst, findBoxedBodyOpening } from './boxed-body-opening.ts';
import { readColumns, type RawLine } from './column-layout.ts';
import type { HyphenContext } from './decide-line-end-hyphen.ts';
import { readFurnitureAtFoot, readFurnitureOnTop } from './furniture-on-top.ts';
import { moveHeadDrawnLast } from './head-drawn-last.ts';
import { readInterleavedColumns } from './interleaved-columns.ts';
import { readInterleavedLines } from './ocr-interleaved-lines.ts';
import { creditEndingLine } from './credit-line-end.ts';
import { setApartCreditEnd } from './set-apart-credit.ts';
import { headsAfterUnfinishedLine, isIntertitle, isTwoLineIntertitle } from './intertitles.ts';
import { gluedHeadingRepair, headsItsBlock } from './heading-atop-paragraph.ts';
import { joinLines } from './join-lines.ts';
import { opensFigureList, opensLabelledList } from './list-items.ts';
import { moveMisplacedBlock } from './misplaced-block.ts';
import { DATELINE, endsSentence, endsWithLineHyphen, isSignature, TYPED_DATELINE, type LayoutBlock, type LayoutResult } from './layout-block.ts';
import { linesWithSpacingToDo, normalizeSpacing, restoreFrenchSpacing } from './normalize-spacing.ts';
import { spaceGluedFigures } from './glued-figures.ts';
import { normalizeOcr } from './ocr-normalize.ts';
import { removePageFurniture } from './page-furniture.ts';
import { isSignedWithPost } from './signature-post.ts';
import { restoreRemovedHyphens } from './restore-removed-hyphens.ts';
import { joinSplitWords } from './split-words.ts';
import { closeStretchedCompoundHyphens } from './stretched-compound-hyphens.ts';
import { joinWordPerLineRuns } from './word-per-line-runs.ts';
import type { PageLine } from './page-line.ts';
import { blankLinesSeparateParagraphs, estimateColumnWidth, estimatePrintedMeasure, splitParagraphs } from './paragraph-ends.ts';

const CAPTION_LABEL = /^(?:photos?|légende)\s*:\s*/iu;

/** A signature of initials only: `H. M.-D.`, `J.-P. D.`, `R. N.` */
const INITIALS_ALONE = /^\p{Lu}\.(?:-\p{Lu}\.)?(?: \p{Lu}\.(?:-\p{Lu}\.)?){1,3}$/u;

/** Splits the text into pages at form feeds and reads each page's columns. */
export function readPageLines(text: string): { lines: PageLine[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const pages: RawLine[][] = [[]];
  const rawLines = text.split('\n');
  for (let index = 0; index < rawLines.length; index += 1) {
    const raw = rawLines[index] as string;
    const number = index + 1;
    if (!raw.includes('\f')) {
      (pages.at(-1) as RawLine[]).push({ number, text: raw });
      continue;
    }
    const pieces = raw.split('\f');
    pieces.forEach((piece, position) => {
      if (position > 0) pages.push([]);
      if (piece.trim() !== '') (pages.at(-1) as RawLine[]).push({ number, text: piece });
    });
    repairs.push({ kind: 'page-furniture-removed', line: number, before: '\\f', reason: 'form-feed', evidence: 'a form feed marks a page break' });
  }
  const lines: PageLine[] = [];
  pages.forEach((page, pageIndex) => {
    if (page.every((raw) => raw.text.trim() === '')) return;
    const reading = readColumns(page, pageIndex, lines.length > 0);
    if (reading.columnStarts.length > 0 && reading.linesCut > 0) {
      repairs.push({
        kind: 'columns-reordered',
        line: reading.lines[0]?.number ?? page[0]?.number ?? 1,
        reason: 'side-by-side-columns',
        evidence: `${reading.linesCut} lines hold ${reading.columnStarts.length + 1} columns side by side (starting at characters ${[0, ...reading.columnStarts].join(', ')}); read one column after the other`,
      });
    }
    if (reading.pageHeadStart !== undefined && reading.linesCut > 0) {
      const head = reading.pageHeadStart;
      repairs.push({
        kind: 'columns-reordered',
        line: head.line,
        reason: 'page-head-columns',
        evidence: `${head.rows} rows under the page's running head each hold a line set with single word spaces, a gap, and another resuming at character ${head.position}, and no line under them runs across it: columns of a few lines each (an article's last lines over its last page), read one after the other`,
      });
    }
    for (const start of reading.refusedStarts) {
      repairs.push({
        kind: 'columns-reordered',
        line: start.line,
        reason: 'word-spaces-no-gutter',
        evidence:
          start.kind === 'crossed'
            ? `${start.resuming} lines resume after wide spaces at character ${start.position}, but ${start.crossing} lines between them run across it: a justified column's word spaces lining up, no gutter; not cut there`
            : `${start.lines} lines hold text right of character ${start.position}, none of it wider than ${start.widest} characters (the column before's lines reach ${start.widestBefore}): the column before's last words after its word spaces, no column; not cut there`,
      });
    }
    for (const run of reading.rowsOutOfStep) {
      repairs.push({
        kind: 'columns-reordered',
        line: run.line,
        reason: 'rows-out-of-step',
        evidence: `${run.lines} lines of a column fall one row in two, another column's lines on the rows between: its baselines are out of step with the other column's, and a single empty row there is no paragraph break (but the run's first, and one before a whole sentence on its line after a line ending one: a list's item)`,
      });
    }
    lines.push(...reading.lines);
  });
  return { lines, repairs };
}

export function layoutPage(text: string, context: HyphenContext): LayoutResult {
  const repairs: Repair[] = [];
  const warnings: Warning[] = [];
  const blocks: LayoutBlock[] = [];

  const read = readPageLines(text);
  repairs.push(...read.repairs);
  const runs = joinWordPerLineRuns(read.lines);
  repairs.push(...runs.repairs);
  const ocr = normalizeOcr(runs.lines, context.lexicon);
  repairs.push(...ocr.repairs);
  if (ocr.warnings !== undefined) warnings.push(...ocr.warnings);
  // One scan of the text for the lines that may need a spacing repair, as the print layout does.
  const spacingToDo = linesWithSpacingToDo(text);
  const spaced = ocr.lines.map((line) => {
    if (!spacingToDo.has(line.number - 1)) return line;
    const normalized = normalizeSpacing(line.content, line.number);
    // Tabs and other spaces made plain are no repair of their own, but the line changed.
    if (normalized.content === line.content) return line;
    repairs.push(...normalized.repairs);
    return { ...line, content: normalized.content };
  });
  const french = restoreFrenchSpacing(spaced, context.lexicon);
  repairs.push(...french.repairs);
  const figures = spaceGluedFigures(french.lines, context.lexicon);
  repairs.push(...figures.repairs);
  const compounds = closeStretchedCompoundHyphens(figures.lines, context);
  repairs.push(...compounds.repairs);
  const words = joinSplitWords(compounds.lines, context);
  repairs.push(...words.repairs);
  const furniture = removePageFurniture(words.lines, context.underPictures);
  repairs.push(...furniture.repairs);
  if (furniture.lines.length === 0) return { blocks, repairs, warnings };
  const pageWidth = estimateColumnWidth(furniture.lines);
  const restored = restoreRemovedHyphens(furniture.lines, pageWidth, context);
  repairs.push(...restored.repairs);
  const readTop = (from: readonly PageLine[]) => readFurnitureOnTop(from, pageWidth, (line, previous, next) => isIntertitle(line, previous, next, pageWidth));
  // The top of the page as it came, read once: the head drawn last reads it first, and it is
  // the page's top whenever no head moved (the same lines).
  const restoredTop = readTop(restored.lines);
  // A head the extraction wrote after the body, as it was drawn, back on top.
  const headLast = moveHeadDrawnLast(restored.lines, pageWidth, (from) => (from === restored.lines ? restoredTop : readTop(from)));
  repairs.push(...headLast.repairs);
  const lines = headLast.lines;

  const top = sameLines(lines, restored.lines) ? restoredTop : readTop(lines);
  warnings.push(...top.warnings);

  // No furniture on top, or a headline alone (the body's first lines may read as one): a page
  // drawn body first may have its furniture at the first page's foot (furniture-on-top), and
  // then the lines on top are the body's.
  const headlineAlone = top.pieces.length === 1 && top.pieces[0]?.role === 'headline';
  const foot = top.pieces.length === 0 || headlineAlone ? readFurnitureAtFoot(lines, pageWidth) : undefined;
  const onTop = foot === undefined ? top.pieces : [];
  if (foot === undefined) {
    for (const piece of top.pieces) {
      blocks.push(makeBlock(piece.role, piece.lines, context, repairs, warnings));
      repairs.push({ kind: 'role-assigned', line: piece.lines[0]?.number ?? 0, after: piece.role, reason: piece.reason, evidence: piece.evidence });
    }
  }
  if (foot !== undefined) {
    const first = foot.pieces[0]?.lines[0] as PageLine;
    warnings.push({
      rule: 'layout/furniture-at-foot',
      message: `Read the ${foot.pieces.map((piece) => piece.role).join(', ')} at the foot of the first page, after the body's last sentence (lines ${first.number}–${(lines[foot.end - 1] as PageLine).number}): the page was drawn body first.`,
      line: first.number,
    });
  }
  for (const piece of foot?.pieces ?? []) {
    blocks.push(makeBlock(piece.role, piece.lines, context, repairs, warnings));
    repairs.push({ kind: 'role-assigned', line: piece.lines[0]?.number ?? 0, after: piece.role, reason: piece.reason, evidence: piece.evidence });
  }

  let body = foot === undefined ? lines.slice(top.bodyStart) : [...lines.slice(0, foot.start), ...lines.slice(foot.end)];
  // Two columns pdftotext printed row by row, piece after piece, read one after the other.
  const interleaved = readInterleavedColumns(body);
  repairs.push(...interleaved.repairs);
  body = interleaved.lines;
  // Two columns OCR gave line by line in turn, no blank line between them, read one after the other.
  const interleavedLines = readInterleavedLines(body, context.lexicon);
  repairs.push(...interleavedLines.repairs);
  body = interleavedLines.lines;
  const width = estimateColumnWidth(body);
  // The body with its captions still in: the lines the column's measure is read from.
  const bodyWithCaptions = body;

  // Captions out of the body; the line after one keeps the breaks that came before the caption.
  const found = findCaptions(body, width, context.captionLines);
  warnings.push(...found.warnings);
  const captionStarts = new Map<number, CaptionRun>(found.captions.map((caption) => [caption.start, caption]));
  const remaining: PageLine[] = [];
  let carried: PageLine | undefined;
  for (let index = 0; index < body.length; index += 1) {
    const caption = captionStarts.get(index);
    if (caption !== undefined) {
      const captionLines = body.slice(caption.start, caption.end);
      const captionBlock = makeBlock('caption', captionLines, context, repairs, warnings);
      // The label names the caption that follows it; before a credit alone (a caption's credit
      // read apart from it) it is the credit's own word, and stays.
      if (!isLabelledCreditAlone(captionBlock.text)) captionBlock.text = captionBlock.text.replace(CAPTION_LABEL, '');
      blocks.push(captionBlock);
      repairs.push({ kind: 'role-assigned', line: captionLines[0]?.number ?? 0, after: 'caption', reason: caption.reason, evidence: caption.evidence });
      carried ??= captionLines[0];
      index = caption.end - 1;
      continue;
    }
    const line = body[index] as PageLine;
    remaining.push(
      carried === undefined
        ? line
        : { ...line, blankBefore: carried.blankBefore || line.blankBefore, pageBreakBefore: carried.pageBreakBefore || line.pageBreakBefore },
    );
    carried = undefined;
  }
  body = remaining;

  // A signature closing the body (`Julien Marchetti`, `APS`): the byline. Under a byline on top,
  // a closing name may be a sentence's subject cut off, but initials alone (`H. M.-D.`) are the
  // writer's signing off, as papers close a signed piece. The line before ends a sentence; or
  // the name stands after a page break (its folio or head removed) under a line cut inside a word
  // (`des fac-`): the word's end, in small letters, was read elsewhere (a column out of order),
  // and a name opening on a capital cannot be it.
  let signature: PageLine | undefined;
  const last = body.at(-1);
  const beforeLast = body.at(-2);
  const afterCutPage = last?.pageBreakBefore === true && beforeLast !== undefined && endsWithLineHyphen(beforeLast.content);
  if (
    last !== undefined &&
    beforeLast !== undefined &&
    (endsSentence(beforeLast.content) || afterCutPage) &&
    (isSignature(last.content) || isSignedWithPost(last.content)) &&
    (INITIALS_ALONE.test(last.content) || !(foot?.pieces ?? onTop).some((piece) => piece.role === 'byline'))
  ) {
    signature = last;
    body = body.slice(0, -1);
  }

  // A block pdftotext read out of place goes back to the unfinished end it continues.
  const moved = moveMisplacedBlock(body, context.lexicon);
  repairs.push(...moved.repairs);
  if (moved.warnings !== undefined) warnings.push(...moved.warnings);
  body = moved.lines;

  // Intertitles, and the paragraph breaks they force.
  const forced = new Set<number>();
  // The body's first line is judged against the last line of the furniture on top: a standfirst
  // ends a sentence as a paragraph does, and a body may open on an intertitle (a letters page
  // heads each letter with one). With no furniture on top, nothing shows where a sentence ended;
  // and a line opening on a dateline (`MONTRÉAL (AFP) —`) opens the first paragraph, whatever its length.
  const aboveBody = onTop.length > 0 && body[0] !== undefined && !DATELINE.test(body[0].content) ? lines[top.bodyStart - 1] : undefined;
  // A byline closes the furniture as a sentence's end closes a paragraph: the body's first line
  // may be an intertitle under it (an agenda opens on its first day), though a name ends on no stop.
  const underByline = onTop.findLast((piece) => piece.role !== 'caption')?.role === 'byline';
  // The column's printed measure, read as the paragraphs' ends read it: a heading stops short of it.
  const measure = estimatePrintedMeasure(bodyWithCaptions, width);
  // Blank lines part the paragraphs (real OCR's text): a block may open on a heading glued to its
  // paragraph (heading-atop-paragraph.ts). Read once, where a block opens so.
  let blankSeparated: boolean | undefined;
  for (let index = aboveBody === undefined ? 1 : 0; index < body.length; index += 1) {
    const line = body[index] as PageLine;
    // Two intertitles in a row (pdftotext may move one up to the next) each stand alone.
    // A heading after a line its sentence cannot go on into (a column's foot, a credit) is tried too;
    // so is one under a caption's credit (credit-line-end), which closes its block as a sentence's end does.
    const afterIntertitle =
      (forced.has(index) && forced.has(index - 1)) || (index === 0 && (underByline || top.headingOpensBody === true)) || (index > 0 && (headsAfterUnfinishedLine(line, body[index - 1], body[index + 1]) || creditEndingLine(body.slice(Math.max(0, index - 2), index), line) !== undefined || setApartCreditEnd(body.slice(Math.max(0, index - 4), index), line, false) !== undefined));
    if (isIntertitle(line, index === 0 ? aboveBody : body[index - 1], body[index + 1], width, afterIntertitle, () => opensFigureList(body, index + 1) || opensLabelledList(body, index + 1), measure)) {
      forced.add(index);
      forced.add(index + 1);
      warnings.push({
        rule: 'layout/intertitle',
        message: `Took "${line.content}" for an intertitle inside the body and kept it as a paragraph of its own.`,
        line: line.number,
      });
    } else if (index > 0 && headsItsBlock(body, index, width) && (blankSeparated ??= blankLinesSeparateParagraphs(body, width))) {
      forced.add(index);
      forced.add(index + 1);
      repairs.push(gluedHeadingRepair(line, width));
      warnings.push({
        rule: 'layout/intertitle',
        message: `Took "${line.content}" for an intertitle read on top of its paragraph and kept it as a paragraph of its own.`,
        line: line.number,
      });
    } else if (!forced.has(index) && isTwoLineIntertitle(line, body[index + 1], body[index - 1], body[index + 2], width, measure)) {
      forced.add(index);
      forced.add(index + 2);
      warnings.push({
        rule: 'layout/intertitle',
        message: `Took "${line.content} ${(body[index + 1] as PageLine).content}" for an intertitle over two lines inside the body and kept it as a paragraph of its own.`,
        line: line.number,
      });
      index += 1;
    }
  }
  const split = splitParagraphs(body, width, forced, bodyWithCaptions, measure, context.continuedLines, context.openedLines);
  repairs.push(...split.repairs);
  warnings.push(...split.warnings);

  const dated = findBoxedBodyOpening(findBodyDateline(split.paragraphs), context.lexicon);
  repairs.push(...dated.repairs);
  // Whole sentences between the byline closing the furniture on top and the dateline opening the body: captions.
  const aboveDateline = underByline ? captionsAboveDateline(dated.paragraphs, dated.opens, dated.bylines) : new Map<number, PageLine[][]>();
  // The body's end an extraction read before the byline opening the body goes after its last
  // paragraph, once the headline was read on top (else what came first may be the page's head).
  const order = aboveDateline.size > 0 || !onTop.some((piece) => piece.role === 'headline') ? undefined : bodyEndReadFirst(dated);
  if (order !== undefined) repairs.push(...order.repairs);
  for (const position of order?.order ?? dated.paragraphs.map((_, index) => index)) {
    const paragraph = dated.paragraphs[position] as PageLine[];
    const captionRuns = aboveDateline.get(position);
    if (captionRuns !== undefined) {
      for (const run of captionRuns) {
        const first = run[0] as PageLine;
        blocks.push(makeBlock('caption', run, context, repairs, warnings));
        repairs.push({ kind: 'role-assigned', line: first.number, after: 'caption', reason: 'above-dateline', evidence: `a whole sentence between the furniture on top and the dateline opening the body (lines ${first.number}–${(run.at(-1) as PageLine).number})` });
        warnings.push({ rule: 'layout/caption-guess', message: `Took "${first.content.slice(0, 80)}" for a photo caption: it stands between the furniture on top and the body's dateline.`, line: first.number });
      }
      continue;
    }
    const block = makeBlock(dated.bylines.has(position) ? 'byline' : 'paragraph', paragraph, context, repairs, warnings);
    if (position === dated.opens) {
      // A place closed by a typed hyphen (`LURE - Il aura fallu`) too, once the furniture on top
      // was read apart: no kicker (`RUGBY - Fédérale 1`) is left in the body to read so.
      const dateline = DATELINE.exec(block.text) ?? (onTop.length > 0 ? TYPED_DATELINE.exec(block.text) : null);
      if (dateline !== null && dateline[0].length < block.text.length) {
        blocks.push({ role: 'dateline', text: dateline[0].trim(), startLine: block.startLine, endLine: block.startLine });
        repairs.push({ kind: 'role-assigned', line: block.startLine, after: 'dateline', reason: 'dateline-pattern', evidence: `"${dateline[0].trim()}" opens the body` });
        block.text = block.text.slice(dateline[0].length).trimStart();
      }
    }
    blocks.push(block);
  }
  const lastParagraph = split.paragraphs.at(-1)?.at(-1);
  if (lastParagraph !== undefined && !endsSentence(lastParagraph.content)) {
    warnings.push({ rule: 'layout/unfinished-paragraph', message: 'The body ends in the middle of a sentence; the article may be cut.', line: lastParagraph.number });
  }
  if (signature !== undefined) {
    blocks.push(makeBlock('byline', [signature], context, repairs, warnings));
    repairs.push({
      kind: 'role-assigned',
      line: signature.number,
      after: 'byline',
      reason: 'signature',
      evidence: afterCutPage
        ? `"${signature.content}" closes the text on a line of its own after a page break, under a line cut inside a word whose end was read elsewhere`
        : `"${signature.content}" closes the body on a line of its own`,
    });
  }
  return { blocks, repairs, warnings };
}

/** Whether two lists hold the same line objects in the same order. */
function sameLines(left: readonly PageLine[], right: readonly PageLine[]): boolean {
  return left.length === right.length && left.every((line, index) => line === right[index]);
}

function makeBlock(role: BlockRole, blockLines: readonly PageLine[], context: HyphenContext, repairs: Repair[], warnings: Warning[]): LayoutBlock {
  const joined = joinLines(blockLines, context);
  repairs.push(...joined.repairs);
  warnings.push(...joined.warnings);
  return { role, text: joined.text, startLine: blockLines[0]?.number ?? 0, endLine: blockLines.at(-1)?.number ?? 0 };
}

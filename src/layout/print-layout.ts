/**
 * Rebuilds the blocks of an article in the newspaper's print layout:
 * - body first, in narrow column lines; a paragraph ends on a line that ends a sentence AND
 *   carries trailing whitespace; blank lines inside a paragraph are column breaks (one
 *   usually follows a paragraph's first line); the last paragraph may end without trailing
 *   whitespace, right before the furniture;
 * - furniture after the body, each block starting with a space or after a blank line:
 *   kicker (short, all capitals, maybe on two lines), headline (short lines, no final full
 *   stop), standfirst (a longer sentence block), byline, captions (a line starting with a
 *   space, describing a photo, maybe with a credit). A signature on the body's last line
 *   (`Mourad A.`, `APS`) is the byline.
 * Doubts are recorded as warnings rather than thrown.
 */
import type { BlockRole, Repair, Warning } from '../types.ts';
import type { HyphenContext } from './decide-line-end-hyphen.ts';
import { joinLines, type SourceLine } from './join-lines.ts';
import {
  BYLINE,
  DATELINE,
  endsSentence,
  endsWithTitle,
  isAllCapitals,
  isSignature,
  startsLikeSentence,
  type LayoutBlock,
  type LayoutResult,
} from './layout-block.ts';
import { linesWithSpacingToDo, normalizeSpacing } from './normalize-spacing.ts';
import { pageLayoutModule } from './layout-modules.ts';

interface PrintLine extends SourceLine {
  blank: boolean;
  /** Starts with whitespace. */
  leading: boolean;
  /** Ends with whitespace. */
  trailing: boolean;
}

/** Longest line (characters) of a kicker or headline. @default 70 */
const HEADLINE_LINE_LIMIT = 70;
/** A line this much longer than the column's lines is set in another measure (furniture). @default 1.2 */
const WIDER_MEASURE = 1.2;
/** Most lines a headline spans. @default 3 */
const HEADLINE_LINE_COUNT = 3;

export function readPrintLines(text: string): { lines: PrintLine[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const spacingToDo = linesWithSpacingToDo(text);
  const lines = text.split('\n').map((raw, index): PrintLine => {
    const number = index + 1;
    const trimmed = raw.trim();
    const blank = trimmed.length === 0;
    let content = trimmed;
    if (!blank && spacingToDo.has(index)) {
      const normalized = normalizeSpacing(trimmed, number);
      content = normalized.content;
      if (normalized.repairs.length > 0) repairs.push(...normalized.repairs);
    }
    return {
      number,
      content,
      blank,
      // trim() removed something at that end: the line started or ended with whitespace.
      leading: !blank && raw.charCodeAt(0) !== trimmed.charCodeAt(0),
      trailing: !blank && raw.charCodeAt(raw.length - 1) !== trimmed.charCodeAt(trimmed.length - 1),
    };
  });
  return { lines, repairs };
}

const SENTENCE_END_THEN_SPACE = /[.!?…»”][)\]»”"'’]*[ \t\u00a0]+\n/u;

/**
 * The seed's convention: a paragraph's last line keeps a trailing space. Text extracted from
 * pages (pdftotext, OCR) never does, and is read by `layoutPage` instead.
 */
export function marksParagraphEndsWithTrailingSpace(text: string): boolean {
  // The pattern needs a space, a tab or a no-break space before a line end: a text with none is
  // let go on three searches for them instead of the pattern tried at each sentence's end.
  if (!text.includes(' \n') && !text.includes('\t\n') && !text.includes('\u00a0\n')) return false;
  return SENTENCE_END_THEN_SPACE.test(text) && !trailingSpacesMarkNoParagraphs(text);
}

/**
 * Whether the text's trailing spaces are not the seed's paragraph marks. In the seed's convention
 * only a paragraph's last line, which ends a sentence, carries one, so lines ending a sentence with
 * a space are at least as many as those ending one without (a sentence ends at a line's end inside
 * a paragraph now and then). Two kinds of extraction keep other spaces:
 * - at line ends: some keep the space a word processor set at each line's break (AbiWord's pages
 *   read by MuPDF's `mutool draw -F txt`: every line ends in a space), so more lines carry one in
 *   mid-sentence than at a sentence's end;
 * - here and there: PDFBox's `ExtractText` (and pypdf, MuPDF) keep a space the PDF drew after a
 *   block's last word (xhtml2pdf and Writer draw one after a standfirst, pypdf keeps a tab after
 *   a folio's `p.`), one or two in a text whose other sentence-ending lines carry none; read as
 *   the convention, everything from there to the end was one paragraph.
 */
function trailingSpacesMarkNoParagraphs(text: string): boolean {
  let atSentenceEnd = 0;
  let inSentence = 0;
  let sentenceEndsWithoutSpace = 0;
  for (let start = 0, end = text.indexOf('\n'); start < text.length; start = end + 1, end = text.indexOf('\n', start)) {
    if (end === -1) end = text.length;
    const last = text.charCodeAt(end - 1);
    const spaced = last === 32 || last === 9 || last === 0xa0;
    // A line ending on a letter, a digit, a comma or a hyphen (most lines) ends no sentence, and is
    // not blank: counted without cutting it out of the text.
    if (!spaced && end > start && endsNoSentence(last)) continue;
    const content = text.slice(start, end).trim();
    if (content.length === 0) continue;
    if (!spaced) {
      if (endsSentence(content)) sentenceEndsWithoutSpace += 1;
      continue;
    }
    if (endsSentence(content)) atSentenceEnd += 1;
    else inSentence += 1;
  }
  return inSentence > atSentenceEnd || sentenceEndsWithoutSpace > atSentenceEnd;
}

/** A line's last character that `endsSentence` reads as ending none at once: a letter, a digit, a comma or a hyphen. */
function endsNoSentence(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 44 || code === 45;
}

/** A paragraph ends on a line that ends a sentence and carries trailing space, never on a title (`selon M. `). */
const paragraphEnds = (line: PrintLine): boolean =>
  line.trailing && endsSentence(line.content) && !endsWithTitle(line.content);

interface FurnitureGroup {
  lines: PrintLine[];
  leading: boolean;
}

interface FurniturePiece {
  role: BlockRole;
  groups: FurnitureGroup[];
  reason: string;
}

interface FurnitureParse {
  ok: boolean;
  pieces: FurniturePiece[];
  warnings: Warning[];
}

export function layoutPrint(text: string, context: HyphenContext): LayoutResult {
  if (!marksParagraphEndsWithTrailingSpace(text)) return pageLayoutModule().layoutPage(text, context);
  const { lines, repairs } = readPrintLines(text);
  const warnings: Warning[] = [];
  const blocks: LayoutBlock[] = [];
  const textStart = lines.findIndex((line) => !line.blank);
  if (textStart === -1) return { blocks, repairs, warnings };

  // Furniture on top as well as after the body: a kicker set like the seed's furniture.
  const top = readTopFurniture(lines, textStart);
  const bodyStart = top.bodyStart;
  for (const piece of top.pieces) {
    blocks.push(makeBlock(piece.role, piece.lines, context, repairs, warnings));
    repairs.push({ kind: 'role-assigned', line: piece.lines[0]?.number ?? 0, after: piece.role, reason: piece.reason });
  }

  const { start: furnitureStart, parse } = findFurniture(lines, bodyStart);
  const bodyLines = lines.slice(bodyStart, furnitureStart);
  if (furnitureStart === lines.length && top.pieces.length === 0) {
    warnings.push({
      rule: 'layout/no-furniture',
      message: 'Found no kicker, headline, standfirst or caption after the body; the whole text was taken as body.',
    });
  }

  // Body paragraphs.
  const columnWidth = typicalLineLength(bodyLines);
  let current: PrintLine[] = [];
  let columnBreaks: PrintLine[] = [];
  const paragraphs: PrintLine[][] = [];
  const lastBodyLine = bodyLines.findLastIndex((line) => !line.blank);
  for (let index = 0; index < bodyLines.length; index += 1) {
    const line = bodyLines[index] as PrintLine;
    if (line.blank) {
      if (current.length > 0) columnBreaks.push(line);
      continue;
    }
    if (columnBreaks.length > 0) {
      for (const blank of columnBreaks) {
        repairs.push({ kind: 'paragraph-joined', line: blank.number, reason: 'column-break' });
      }
      columnBreaks = [];
    }
    if (current.length === 0 && paragraphs.length > 0 && (isIntertitle(line, nextContentLine(bodyLines, index), columnWidth) || isMarkedIntertitle(line))) {
      // An intertitle: its own paragraph (the roles have no subheading), flagged for a person.
      paragraphs.push([line]);
      warnings.push({
        rule: 'layout/intertitle',
        message: `Took "${line.content}" for an intertitle inside the body and kept it as a paragraph of its own.`,
        line: line.number,
      });
      continue;
    }
    const previousLine = current.at(-1);
    if (index === lastBodyLine && previousLine !== undefined && endsSentence(previousLine.content) && isSignature(line.content)) {
      // A signature under a last paragraph that ended without trailing space.
      paragraphs.push(current);
      current = [];
    }
    current.push(line);
    if (paragraphEnds(line)) {
      paragraphs.push(current);
      current = [];
      columnBreaks = [];
    }
  }
  if (current.length > 0) {
    paragraphs.push(current);
    const last = current.at(-1);
    if (last !== undefined && !endsSentence(last.content) && !(current.length === 1 && isSignature(last.content))) {
      warnings.push({
        rule: 'layout/unfinished-paragraph',
        message: 'The body ends in the middle of a sentence; the article may be cut.',
        line: last.number,
      });
    }
  }

  // A signature on the body's last line (`Mourad A.`, `APS`): the byline, not a paragraph.
  const signature = paragraphs.length > 1 ? paragraphs.at(-1) : undefined;
  if (signature?.length === 1 && signature[0] !== undefined && isSignature(signature[0].content)) {
    paragraphs.pop();
    blocks.push(makeBlock('byline', signature, context, repairs, warnings));
    repairs.push({ kind: 'role-assigned', line: signature[0].number, after: 'byline', reason: 'signature' });
  }

  let firstParagraph = true;
  paragraphs.forEach((paragraph, index) => {
    const first = paragraph[0];
    if (first === undefined) return;
    // A byline printed as the body's first line: `De notre correspondant à Alger, Karim B.`.
    if (index === 0 && BYLINE.test(first.content) && (paragraph.length > 1 || paragraphs.length > 1)) {
      blocks.push(makeBlock('byline', [first], context, repairs, warnings));
      repairs.push({ kind: 'role-assigned', line: first.number, after: 'byline', reason: 'byline-pattern' });
      paragraph = paragraph.slice(1);
      if (paragraph.length === 0) return;
    }
    const block = makeBlock('paragraph', paragraph, context, repairs, warnings);
    if (firstParagraph) {
      firstParagraph = false;
      const dateline = DATELINE.exec(block.text);
      if (dateline !== null && dateline[0].length < block.text.length) {
        blocks.push({ role: 'dateline', text: dateline[0].trim(), startLine: block.startLine, endLine: block.startLine });
        repairs.push({ kind: 'role-assigned', line: block.startLine, after: 'dateline', reason: 'dateline-pattern' });
        block.text = block.text.slice(dateline[0].length).trimStart();
      }
    }
    blocks.push(block);
  });

  for (const piece of parse?.pieces ?? []) {
    const pieceLines: PrintLine[] = [];
    for (const group of piece.groups) pieceLines.push(...group.lines);
    for (let index = 1; index < piece.groups.length; index += 1) {
      const group = piece.groups[index];
      if (group !== undefined && !group.leading && piece.role !== 'kicker' && piece.role !== 'caption') {
        const blank = lines[(group.lines[0]?.number ?? 2) - 2];
        if (blank?.blank === true) repairs.push({ kind: 'paragraph-joined', line: blank.number, reason: 'column-break' });
      }
    }
    blocks.push(makeBlock(piece.role, pieceLines, context, repairs, warnings));
    repairs.push({ kind: 'role-assigned', line: pieceLines[0]?.number ?? 0, after: piece.role, reason: piece.reason });
  }
  warnings.push(...(parse?.warnings ?? []));
  return { blocks, repairs, warnings };
}

function makeBlock(
  role: BlockRole,
  blockLines: PrintLine[],
  context: HyphenContext,
  repairs: Repair[],
  warnings: Warning[],
): LayoutBlock {
  const joined = joinLines(blockLines, context);
  repairs.push(...joined.repairs);
  warnings.push(...joined.warnings);
  return {
    role,
    text: joined.text,
    startLine: blockLines[0]?.number ?? 0,
    endLine: blockLines.at(-1)?.number ?? 0,
  };
}

/**
 * The first line where the furniture starts and its parse, or `lines.length` when none is
 * found. Candidates: a line starting with a space, or a line after a blank that follows the
 * end of a sentence. A candidate wins when everything from it on reads as furniture.
 */
function findFurniture(lines: PrintLine[], bodyStart: number): { start: number; parse?: FurnitureParse } {
  const columnWidth = typicalLineLength(lines);
  let fallback: { start: number; parse: FurnitureParse } | undefined;
  let previousContent = bodyStart;
  for (let index = bodyStart + 1; index < lines.length; index += 1) {
    const line = lines[index];
    const before = lines[previousContent];
    if (line === undefined || before === undefined || line.blank) continue;
    const afterBlank = previousContent < index - 1;
    const strong = line.leading;
    // After a paragraph's end: a blank line, or a line set wider than the column (a headline's measure).
    const weak =
      (afterBlank && endsSentence(before.content)) ||
      (paragraphEnds(before) && columnWidth > 0 && line.content.length > columnWidth * WIDER_MEASURE);
    previousContent = index;
    if (!strong && !weak) continue;
    const parse = parseFurniture(lines, index, strong);
    if (parse.ok) return { start: index, parse };
    if (strong && fallback === undefined) fallback = { start: index, parse: parseFurniture(lines, index, true, true) };
  }
  return fallback ?? { start: lines.length };
}

/**
 * Furniture the seed's convention sets on top of the body: only when the text opens like its
 * furniture does (a kicker in capitals, or a line starting with a space), then a headline of
 * short lines with no final full stop and a byline, each group set apart by a blank line.
 */
function readTopFurniture(lines: PrintLine[], start: number): { pieces: Array<{ role: BlockRole; lines: PrintLine[]; reason: string }>; bodyStart: number } {
  const none = { pieces: [], bodyStart: start };
  const first = lines[start];
  if (first === undefined || !(first.leading || (isAllCapitals(first.content) && first.content.length <= HEADLINE_LINE_LIMIT))) return none;
  const pieces: Array<{ role: BlockRole; lines: PrintLine[]; reason: string }> = [];
  let index = start;
  const nextGroup = (from: number): { lines: PrintLine[]; end: number } => {
    const group: PrintLine[] = [];
    let at = from;
    while (at < lines.length && (lines[at] as PrintLine).blank) at += 1;
    while (at < lines.length && !(lines[at] as PrintLine).blank) group.push(lines[at++] as PrintLine);
    return { lines: group, end: at };
  };
  for (;;) {
    const group = nextGroup(index);
    const text = group.lines.map((line) => line.content).join(' ');
    const last = group.lines.at(-1);
    if (last === undefined || group.end >= lines.length) break;
    const short = group.lines.every((line) => line.content.length <= HEADLINE_LINE_LIMIT);
    const titled = short && group.lines.length <= HEADLINE_LINE_COUNT && startsLikeSentence(text) && !/[^.]\.[)»”"]*$/u.test(text) && !/,$/.test(text);
    const hasHeadline = pieces.some((piece) => piece.role === 'headline');
    if (pieces.length === 0 && isAllCapitals(text) && group.lines.length <= 2 && !/[.!?]$/.test(text)) {
      pieces.push({ role: 'kicker', lines: group.lines, reason: 'all-capitals' });
    } else if (BYLINE.test(text) && group.lines.length === 1) {
      pieces.push({ role: 'byline', lines: group.lines, reason: 'byline-pattern' });
    } else if (!hasHeadline && titled) {
      pieces.push({ role: 'headline', lines: group.lines, reason: 'short-lines-no-full-stop' });
    } else {
      break;
    }
    index = group.end;
  }
  // A kicker alone is no furniture on top: the body's first line may be in capitals.
  if (!pieces.some((piece) => piece.role === 'headline')) return none;
  const bodyFirst = nextGroup(index).lines[0];
  return { pieces, bodyStart: bodyFirst === undefined ? index : bodyFirst.number - 1 };
}

/**
 * The groups of lines from `start` on, one at a time: a candidate start for the furniture is
 * usually refused on its first group or two, so the lines after are never split for it (split
 * eagerly, every candidate re-split all the remaining lines, and a long text took time in the
 * square of its length).
 */
function* furnitureGroups(lines: PrintLine[], start: number): Generator<FurnitureGroup> {
  let current: FurnitureGroup | undefined;
  for (let index = start; index < lines.length; index += 1) {
    const line = lines[index] as PrintLine;
    if (line.blank) {
      if (current !== undefined) yield current;
      current = undefined;
      continue;
    }
    // A byline is a group of its own even when no blank line sets it apart.
    const byline = BYLINE.test(line.content);
    if (current === undefined || line.leading || byline) {
      if (current !== undefined) yield current;
      current = { lines: [], leading: line.leading };
    }
    current.lines.push(line);
    if (byline) {
      yield current;
      current = undefined;
    }
  }
  if (current !== undefined) yield current;
}

const CREDIT = /\((?:photos?|crédits?|ph\.|dr)\b[^)]*\)\s*$|^(?:photos?|légende)\s*:/iu;

function parseFurniture(lines: PrintLine[], start: number, strong: boolean, lenient = false): FurnitureParse {
  const pieces: FurniturePiece[] = [];
  const warnings: Warning[] = [];
  let state: 'start' | 'kicker' | 'headline' | 'standfirst' | 'byline' = 'start';
  let index = -1;
  for (const group of furnitureGroups(lines, start)) {
    index += 1;
    const text = group.lines.map((line) => line.content).join(' ');
    const firstLine = group.lines[0];
    const lastLine = group.lines.at(-1);
    if (firstLine === undefined || lastLine === undefined) continue;
    const short = group.lines.every((line) => line.content.length <= HEADLINE_LINE_LIMIT);
    // Cheap tests first: a body chunk that is no furniture fails on them without a regex.
    const kickerLike = short && group.lines.length <= 2 && isAllCapitals(text) && !/[.!?]$/.test(text);
    const captionLike = (state !== 'start' || strong) && ((group.leading && !kickerLike) || CREDIT.test(text));
    const headlineLike =
      short &&
      group.lines.length <= HEADLINE_LINE_COUNT &&
      startsLikeSentence(text) &&
      !/[^.]\.[)»”"]*$/u.test(text) &&
      !/,$/.test(text);
    const previous = pieces.at(-1);

    // A byline may stand anywhere among the furniture (before the headline, after the standfirst).
    const bylineLike = BYLINE.test(text);
    const hasHeadline = pieces.some((piece) => piece.role === 'headline');
    const hasStandfirst = pieces.some((piece) => piece.role === 'standfirst');
    if (kickerLike && (state === 'start' || state === 'kicker')) {
      if (previous?.role === 'kicker') previous.groups.push(group);
      else pieces.push({ role: 'kicker', groups: [group], reason: 'all-capitals' });
      state = 'kicker';
    } else if (bylineLike) {
      // Before captions: a byline may be set with a leading space like them (` Par Jean Dupont`).
      pieces.push({ role: 'byline', groups: [group], reason: 'byline-pattern' });
      state = 'byline';
    } else if (captionLike) {
      pieces.push({ role: 'caption', groups: [group], reason: group.leading ? 'line-starting-with-space' : 'photo-credit' });
      if (!endsSentence(text) && !CREDIT.test(text)) {
        warnings.push({ rule: 'layout/caption-guess', message: `Took "${text}" for a photo caption.`, line: firstLine.number });
      }
    } else if (headlineLike && (state === 'start' || state === 'kicker' || (state === 'byline' && !hasHeadline))) {
      pieces.push({ role: 'headline', groups: [group], reason: 'short-lines-no-full-stop' });
      state = 'headline';
    } else if ((state === 'headline' || (state === 'byline' && hasHeadline && !hasStandfirst)) && startsLikeSentence(text)) {
      pieces.push({ role: 'standfirst', groups: [group], reason: 'sentence-after-headline' });
      if (!endsSentence(text)) {
        warnings.push({
          rule: 'layout/standfirst-unfinished',
          message: 'The standfirst does not end a sentence; check it was not cut.',
          line: lastLine.number,
        });
      }
      state = 'standfirst';
    } else if (state === 'standfirst' && previous?.role === 'standfirst' && !startsLikeSentence(text)) {
      // A column break inside the standfirst.
      previous.groups.push(group);
    } else if (lenient) {
      pieces.push({ role: 'caption', groups: [group], reason: 'after-furniture' });
      warnings.push({
        rule: 'layout/unknown-furniture',
        message: `Could not tell what "${text.slice(0, 60)}" is; kept it as a caption.`,
        line: firstLine.number,
      });
    } else {
      return { ok: false, pieces, warnings };
    }
    // A group holding the end of a paragraph followed by more lines is body, not furniture.
    const inner = group.lines.slice(0, -1).some(paragraphEnds);
    if (inner && !lenient && pieces.at(-1)?.role !== 'caption') return { ok: false, pieces, warnings };
    if (index === 0 && !strong && pieces[0]?.role !== 'kicker' && pieces[0]?.role !== 'headline' && pieces[0]?.role !== 'byline') {
      return { ok: false, pieces, warnings };
    }
  }
  if (pieces.length === 0) return { ok: false, pieces, warnings };
  if (!pieces.some((piece) => piece.role === 'headline')) {
    warnings.push({ rule: 'layout/no-headline', message: 'Found no headline in the furniture after the body.' });
  }
  return { ok: true, pieces, warnings };
}

/** `typicalLineLength`'s counts by length, grown to the longest line met. */
let lengthCounts = new Uint32Array(256);

/**
 * The column's width in characters: the length most body lines reach (90th percentile), so
 * that a line ending well short of it was ended on purpose, not by the column.
 */
function typicalLineLength(lines: readonly PrintLine[]): number {
  // Counted by length rather than sorted: lengths are small integers, and this runs per article.
  let total = 0;
  let longest = 0;
  for (const line of lines) {
    if (line.blank) continue;
    total += 1;
    if (line.content.length > longest) longest = line.content.length;
  }
  if (total === 0) return 0;
  // One table of counts kept between calls (twice per text): a typed array made each time cost
  // more than the counting.
  if (lengthCounts.length <= longest) lengthCounts = new Uint32Array(longest + 1);
  const counts = lengthCounts;
  counts.fill(0, 0, longest + 1);
  for (const line of lines) if (!line.blank) counts[line.content.length] = (counts[line.content.length] ?? 0) + 1;
  const rank = Math.floor((total - 1) * 0.9);
  let seen = 0;
  for (let length = 0; length < longest; length += 1) {
    seen += counts[length] ?? 0;
    if (seen > rank) return length;
  }
  return longest;
}

function nextContentLine(lines: readonly PrintLine[], index: number): PrintLine | undefined {
  for (let next = index + 1; next < lines.length; next += 1) {
    const line = lines[next];
    if (line !== undefined && !line.blank) return line;
  }
  return undefined;
}

/** Words that open a sentence and never continue one in lower-case prose: after them a new sentence begins. */
const SENTENCE_OPENING_WORDS: ReadonlySet<string> = new Set([
  'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Du', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Ce', 'Cette', 'Ces', 'Cet',
  'Mais', 'Pour', 'Dans', 'Selon', 'Depuis', 'Après', 'Avant', 'Alors', 'Ainsi', 'Cependant', 'Pourtant',
  'Lors', 'Quant', 'Si', 'Quand', 'Lorsque', 'Son', 'Sa', 'Ses', 'Leur', 'Leurs', 'Nous', 'Vous', 'En', 'Au', 'Aux',
]);

/** Words a title never ends on: an article, a preposition or a conjunction means the line runs on. */
const RUN_ON_WORDS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'à', 'au', 'aux', 'et', 'ou', 'en', 'par', 'pour',
  'sur', 'dans', 'avec', 'sans', 'selon', 'que', 'qui', 'qu', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette',
  'ces', 'mais', 'donc', 'ni', 'car', 'est', 'a', 'ont', 'sont', 'plus', 'moins', 'très', 'entre', 'chez', 'vers',
]);

/**
 * An intertitle: a short line after the end of a paragraph, with no punctuation that sentences
 * carry (`,;:.!?`), not ending on a word that runs on, followed by a line that opens a new
 * sentence, and so short that the next word would have fitted on it: the column did not end it.
 */
function isIntertitle(line: PrintLine, next: PrintLine | undefined, columnWidth: number): boolean {
  // The last test first: a line the next line's first word (a letter at least, and its space)
  // would not have fitted after is ended by the column (most lines opening a paragraph).
  if (next === undefined || line.content.length > HEADLINE_LINE_LIMIT || line.content.length + 2 >= columnWidth) return false;
  const text = line.content;
  if (!/^\p{Lu}/u.test(text) || /[,;:.!?…»"”-]$|[,;]/u.test(text) || isAllCapitals(text)) return false;
  const lastWord = lastLetterRun(text)?.toLowerCase();
  if (lastWord === undefined || RUN_ON_WORDS.has(lastWord)) return false;
  const nextWord = /^(?:[«“—–]\s?)?([\p{L}]+)/u.exec(next.content);
  if (nextWord?.[1] === undefined) return false;
  const opens = /^[«“—–]/u.test(next.content) || SENTENCE_OPENING_WORDS.has(nextWord[1]);
  if (!opens) return false;
  return text.length + 1 + nextWord[0].length < columnWidth;
}

/**
 * An intertitle the seed's convention marks itself: a short line opening a paragraph, with no
 * sentence punctuation, that carries the trailing space of a paragraph's end.
 */
function isMarkedIntertitle(line: PrintLine): boolean {
  const text = line.content;
  if (!line.trailing || text.length > HEADLINE_LINE_LIMIT || !/^\p{Lu}/u.test(text) || /[,;:.…-]$|[,;]/u.test(text)) return false;
  const lastWord = lastLetterRun(text)?.toLowerCase();
  return lastWord !== undefined && !RUN_ON_WORDS.has(lastWord);
}

let letterRunAtEndPattern: RegExp | undefined;
function letterRunAtEnd(): RegExp {
  return (letterRunAtEndPattern ??= /([\p{L}]+)$/u);
}

/**
 * The run of letters ending the text (`Alger` in `Retour à Alger`), or undefined. A backward
 * scan over Latin letters; anything else is left to the regular expression.
 */
function lastLetterRun(text: string): string | undefined {
  let start = text.length;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) {
      start -= 1;
    } else if (code < 128) {
      break;
    } else {
      return letterRunAtEnd().exec(text)?.[1];
    }
  }
  return start === text.length ? undefined : text.slice(start);
}

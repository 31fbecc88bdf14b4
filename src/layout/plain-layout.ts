/**
 * Reads a plain, well-formed article: blocks separated by blank lines (or, with no blank line
 * at all, a block a line, as a browser's copy of a page gives it, less the page's chrome that
 * comes with it: `Partager`, `Lire aussi | …`, a date alone; see web-chrome.ts), no hyphenation to undo (OCR that sets a blank line between paragraphs is read so too, and its lines get the
 * spacing repairs a page's lines get: French spacing, compounds stretched after their hyphen;
 * see `readPlainLines`). Conventions, in order from the top:
 * - an optional kicker: a first block on one line, short and all capitals, or of one to three
 *   words in title case over a title;
 * - the headline: the next block (a leading Markdown `#` is dropped);
 * - an optional standfirst: the next block when it is set apart as Markdown emphasis or a
 *   quote (`**…**`, `*…*`, `_…_`, `> …`), the markers being dropped, or when one to three
 *   sentences stand between the headline and a byline or a dateline (a page read by OCR);
 * - an optional byline (`Par Jean Dupont`, `De notre envoyé spécial à Pékin, Jean Dupont`);
 * - body paragraphs, the first maybe opening with a dateline (`PARIS —`), the last maybe a
 *   signature on its own line (`Mourad A.`, `APS`), taken for the byline;
 * - captions last: blocks starting with `Photo :` or `Légende :` (label dropped) or a
 *   Markdown image `![caption](…)`.
 */
import type { Repair, Warning } from '../types.ts';
import type { HyphenContext } from './decide-line-end-hyphen.ts';
import { joinLines, type SourceLine } from './join-lines.ts';
import { BARE_LABEL_MARKS, hasKickerShape } from './kicker-shape.ts';
import { BYLINE, DATELINE, endsSentence, isAllCapitals, isSignature, type LayoutBlock, type LayoutResult } from './layout-block.ts';
import { normalizeSpacing, restoreFrenchSpacing } from './normalize-spacing.ts';
import { isSignedWithPost } from './signature-post.ts';
import { spaceGluedFigures } from './glued-figures.ts';
import { normalizeOcr } from './ocr-normalize.ts';
import type { PageLine } from './page-line.ts';
import { detectLayout } from './detect-layout.ts';
import { closeStretchedCompoundHyphens } from './stretched-compound-hyphens.ts';
import { creditAtEnd, isCreditedCaption } from './photo-credits.ts';
import { splitGluedHeadings } from './heading-atop-paragraph.ts';
import { webChromeReason } from './web-chrome.ts';

interface PlainGroup {
  text: string;
  startLine: number;
  endLine: number;
}

const CAPTION_LABEL = /^(?:photos?|légende)\s*:\s*/iu;
/** Lines wrapped mid-sentence that show a plain text was read off a printed page (as detect-layout.ts counts them). @default 3 */
const PRINTED_WRAPPED_LINES = 3;

/**
 * The text's lines, trimmed, with their spacing normalised and the spacing repairs a text read
 * off a page needs whatever its layout (OCR that sets a blank line between paragraphs is read as
 * plain text): French spacing OCR dropped (`«Les`, `23h`) where the article's own spacing shows
 * the habit, compounds stretched after their hyphen where the word list keeps the hyphen. The
 * OCR conventions (ocr-normalize.ts: the apostrophes OCR mixes, ligatures, misread letters) only
 * where the lines are wrapped at a measure, a sentence running on to a line that opens in lower
 * case (`PRINTED_WRAPPED_LINES` of them): a page's lines. A typed article, a paragraph a line,
 * may mix `'` and `’` as its author did, and is left so.
 */
function readPlainLines(text: string, context: HyphenContext): { lines: PageLine[]; repairs: Repair[]; warnings?: Warning[] } {
  const repairs: Repair[] = [];
  const lines: PageLine[] = [];
  // A text with a paragraph a line and no blank line (copied from a browser): each line a block.
  const perLine = detectLayout(text).evidence.paragraphPerLine;
  let blankBefore = false;
  text.split('\n').forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed.length === 0) {
      blankBefore = true;
      return;
    }
    // A browser's copy of a page brings the page's chrome with the article, a line each.
    const chrome = perLine ? webChromeReason(trimmed) : undefined;
    if (chrome !== undefined) {
      repairs.push({ kind: 'page-furniture-removed', line: index + 1, before: trimmed, reason: 'web-chrome', evidence: chrome });
      return;
    }
    const normalized = normalizeSpacing(trimmed, index + 1);
    repairs.push(...normalized.repairs);
    lines.push({ number: index + 1, content: normalized.content, page: 0, column: 0, indent: 0, blankBefore: blankBefore || perLine, pageBreakBefore: false });
    blankBefore = false;
  });
  // Lines wrapped at a measure: a page's lines, read by OCR, whose apostrophes it mixes.
  const ocr = detectLayout(text).evidence.wrappedLines >= PRINTED_WRAPPED_LINES ? normalizeOcr(lines, context.lexicon) : { lines, repairs: [] };
  const french = restoreFrenchSpacing(ocr.lines, context.lexicon);
  const figures = spaceGluedFigures(french.lines, context.lexicon);
  const compounds = closeStretchedCompoundHyphens(figures.lines, context);
  repairs.push(...ocr.repairs, ...french.repairs, ...figures.repairs, ...compounds.repairs);
  return { lines: compounds.lines, repairs, ...('warnings' in ocr && ocr.warnings !== undefined ? { warnings: ocr.warnings } : {}) };
}
const IMAGE = /^!\[([^\]]*)\]\([^)]*\)$/u;
const EMPHASIS = /^(?:\*\*(.+)\*\*|__(.+)__|\*(.+)\*|_(.+)_|>\s*(.+))$/su;

export function layoutPlain(text: string, context: HyphenContext): LayoutResult {
  const repairs: Repair[] = [];
  const warnings: Warning[] = [];
  const groups: PlainGroup[] = [];
  const read = readPlainLines(text, context);
  repairs.push(...read.repairs);
  if (read.warnings !== undefined) warnings.push(...read.warnings);
  const lineGroups: SourceLine[][] = [];
  for (const line of read.lines) {
    if (line.blankBefore || lineGroups.length === 0) lineGroups.push([]);
    lineGroups.at(-1)!.push({ number: line.number, content: line.content });
  }
  // An intertitle OCR read on top of its paragraph, no blank line between (heading-atop-paragraph.ts).
  const headings = splitGluedHeadings(lineGroups);
  repairs.push(...headings.repairs);
  for (const current of headings.groups) {
    const joined = joinLines(current, context);
    repairs.push(...joined.repairs);
    warnings.push(...joined.warnings);
    groups.push({ text: joined.text, startLine: current[0]?.number ?? 0, endLine: current.at(-1)?.number ?? 0 });
  }

  const blocks: LayoutBlock[] = [];
  const take = (role: LayoutBlock['role'], group: PlainGroup, content: string, reason: string): void => {
    blocks.push({ role, text: content, startLine: group.startLine, endLine: group.endLine });
    if (role !== 'paragraph') repairs.push({ kind: 'role-assigned', line: group.startLine, after: role, reason });
  };
  let index = 0;
  const first = groups[0];
  if (first !== undefined && groups.length > 2 && first.startLine === first.endLine && (isAllCapitals(first.text) ? first.text.length <= 70 : isShortKickerAboveTitle(first, groups[1]))) {
    take('kicker', first, first.text, isAllCapitals(first.text) ? 'all-capitals' : 'short-line-above-headline');
    index += 1;
  }
  const headline = groups[index];
  if (headline !== undefined && groups.length > index + 1 && headline.text.length <= 200 && !/[^.]\.$/.test(headline.text)) {
    take('headline', headline, headline.text.replace(/^#+\s*/, ''), 'first-block');
    index += 1;
  } else {
    warnings.push({ rule: 'layout/no-headline', message: 'The first block does not look like a headline.' });
  }
  const standfirst = groups[index];
  const emphasis = standfirst === undefined ? null : EMPHASIS.exec(standfirst.text);
  if (standfirst !== undefined && emphasis !== null) {
    const inner = emphasis.slice(1).find((part) => part !== undefined) ?? standfirst.text;
    take('standfirst', standfirst, inner.replace(/\s+>\s*/g, ' ').trim(), 'set-apart-after-headline');
    index += 1;
  } else if (standfirst !== undefined && index > 0 && closesFurniture(standfirst, groups[index + 1])) {
    take('standfirst', standfirst, standfirst.text, 'before-byline-or-dateline');
    index += 1;
  }
  const byline = groups[index];
  if (byline !== undefined && BYLINE.test(byline.text)) {
    take('byline', byline, byline.text, 'byline-pattern');
    index += 1;
  }
  let end = groups.length;
  while (end > index) {
    const group = groups[end - 1];
    if (group === undefined || !(CAPTION_LABEL.test(group.text) || IMAGE.test(group.text))) break;
    end -= 1;
  }
  const captionsStart = end;
  // A signature closing the body (`Mourad A.`, `APS`): the byline, not a paragraph.
  const signature = groups[end - 1];
  if (end - index > 1 && signature !== undefined && signature.startLine === signature.endLine && (isSignature(signature.text) || isSignedWithPost(signature.text))) {
    take('byline', signature, signature.text, 'signature');
    end -= 1;
  }
  groups.slice(index, end).forEach((group, position) => {
    let content = group.text;
    if (position === 0) {
      const dateline = DATELINE.exec(content);
      if (dateline !== null && dateline[0].length < content.length) {
        blocks.push({ role: 'dateline', text: dateline[0].trim(), startLine: group.startLine, endLine: group.startLine });
        repairs.push({ kind: 'role-assigned', line: group.startLine, after: 'dateline', reason: 'dateline-pattern' });
        content = content.slice(dateline[0].length).trimStart();
      }
    }
    // A block ending on a picture's credit with no stop after it (`… vendredi matin. Hélène
    // Garnier / AFP`): a caption, where OCR set it apart between the body's paragraphs (photo-credits.ts).
    if (position > 0 && isCreditedCaption(content)) {
      blocks.push({ role: 'caption', text: content, startLine: group.startLine, endLine: group.endLine });
      repairs.push({ kind: 'role-assigned', line: group.startLine, after: 'caption', reason: 'photo-credit', evidence: `"${content.slice(creditAtEnd(content))}" ends it, a picture's credit, with no stop after it` });
      return;
    }
    if (position > 0 && position < end - index - 1 && isIntertitle(content)) {
      warnings.push({
        rule: 'layout/intertitle',
        message: `Took "${content}" for an intertitle inside the body and kept it as a paragraph of its own.`,
        line: group.startLine,
      });
    } else if (!endsSentence(content)) {
      warnings.push({ rule: 'layout/unfinished-paragraph', message: 'A paragraph does not end a sentence.', line: group.endLine });
    }
    blocks.push({ role: 'paragraph', text: content, startLine: group.startLine, endLine: group.endLine });
  });
  for (const group of groups.slice(captionsStart)) {
    const image = IMAGE.exec(group.text);
    const content = image?.[1] ?? group.text.replace(CAPTION_LABEL, '');
    take('caption', group, content.trim(), image === null ? 'caption-label' : 'markdown-image');
  }
  return { blocks, repairs, warnings };
}

/** Most words of a kicker in title case, told from a one-line headline by its length. @default 3 */
const KICKER_WORDS = 3;
/** Most characters of a kicker in title case. @default 30 */
const KICKER_CHARACTERS = 30;

/**
 * A kicker in title case (`Environnement`, `Faits divers`): a bare label of one to three words
 * (kicker-shape.ts, the shape every path reads), over a longer block that reads as a title (no
 * final full stop). A headline runs longer.
 */
function isShortKickerAboveTitle(first: PlainGroup, next: PlainGroup | undefined): boolean {
  return (
    next !== undefined &&
    hasKickerShape(first.text, { words: KICKER_WORDS, characters: KICKER_CHARACTERS, opening: 'capital', marks: BARE_LABEL_MARKS }) &&
    next.text.length > first.text.length &&
    next.text.length <= 200 &&
    !/[.!?…]$/u.test(next.text)
  );
}

/** Most sentences of a standfirst. @default 3 */
const STANDFIRST_SENTENCES = 3;

/**
 * The block under the headline is the standfirst when the furniture visibly closes after it: a
 * byline follows it, or the next block opens on a dateline (`PARIS —`), which opens a body. It
 * is one to three whole sentences, as a standfirst is.
 */
function closesFurniture(block: PlainGroup, next: PlainGroup | undefined): boolean {
  if (next === undefined || !endsSentence(block.text) || DATELINE.test(block.text) || BYLINE.test(block.text)) return false;
  if (!BYLINE.test(next.text) && !DATELINE.test(next.text)) return false;
  const sentences = block.text.match(/[.!?…][»”)]*(?:\s+|$)/gu)?.length ?? 0;
  return sentences >= 1 && sentences <= STANDFIRST_SENTENCES;
}

/** A short one-line block between paragraphs, without the punctuation sentences carry: a subheading. */
function isIntertitle(content: string): boolean {
  return content.length <= 70 && /^\p{Lu}/u.test(content) && !/[,;.!?…]/u.test(content);
}

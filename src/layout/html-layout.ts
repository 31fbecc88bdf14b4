/**
 * Layout of a saved web page (`readHtml`'s blocks): the roles the page's own markup gives.
 *
 * - headline: the page's `<h1>` (Readability turns it into an `<h2>`, or leaves it out: it is
 *   then put back from the page); a page with none takes its first heading, else its `<title>`;
 * - kicker: the short line set just before the headline (no sentence end, eight words at most),
 *   or a block the page calls so (`kicker`, `surtitre`, `overline`, `eyebrow`);
 * - standfirst: right after the headline, a paragraph in the article's `<header>`, one the page
 *   calls so (`chapo`, `standfirst`, `lead`, `intro`, `excerpt`, `summary`, `description`,
 *   `subtitle`, `deck`), or one set wholly in bold;
 * - byline: `Par …` (or a block the page calls `author`, `byline`, `signature`), or the byline
 *   Readability took out of the text, put back after the standfirst; a signature closing the body;
 * - dateline: `LYON —` opening the body's first paragraph;
 * - caption: a `<figcaption>`; every other heading after the headline is an intertitle, a
 *   paragraph of its own; list items are paragraphs.
 *
 * Web chrome is dropped, each drop a repair: a publication date, sharing and subscription
 * prompts, reading times, `Lire aussi` links. Line numbers count the page's blocks, one per line,
 * in the text handed to segmentation.
 */
import { BilingualError } from '../errors.ts';
import type { HtmlBlock, HtmlPage } from '../ingest/read-html.ts';
import type { BlockRole, Repair, Warning } from '../types.ts';
import { BYLINE, DATELINE, endsSentence, isSignature, type LayoutBlock, type LayoutResult } from './layout-block.ts';
import { webChromeReason } from './web-chrome.ts';

export interface HtmlLayoutResult extends LayoutResult {
  /** The page's blocks, one per line: what line numbers count. */
  text: string;
}

/** Words at most in a kicker. @default 8 */
const KICKER_WORDS = 8;
/** Words at most in a byline the page names as such. @default 12 */
const BYLINE_WORDS = 12;
/** Words at least in a paragraph set wholly in bold to be read as a standfirst. @default 6 */
const BOLD_STANDFIRST_WORDS = 6;

const KICKER_HINT = /kicker|surtitre|sur ?titre|overline|eyebrow|supertitle|rubrique/u;
const STANDFIRST_HINT = /chap[oô]|chapeau|standfirst|\blead\b|\blede\b|\bintro\b|excerpt|summary|\bdescription\b|subtitle|sous ?titre|\bdeck\b|\bdek\b|accroche|teaser/u;
/** What a page calls a picture's caption outside a `<figcaption>` (WordPress: `wp-caption-text`). */
const CAPTION_HINT = /caption|l[ée]gende/u;
const BYLINE_HINT = /byline|author|auteur|signature|\bsign\b/u;

/** `fileName` names the page in the error a page with no article text gives. */
export function layoutHtml(page: HtmlPage, fileName = 'The web page'): HtmlLayoutResult {
  const repairs: Repair[] = [];
  const warnings: Warning[] = [];
  const lines = page.blocks.map((block) => block.text);
  const entries = page.blocks.map((block, index) => ({ block, line: index + 1, role: undefined as BlockRole | undefined, dropped: false }));

  for (const entry of entries) {
    const reason = chromeReason(entry.block);
    if (reason === undefined) continue;
    entry.dropped = true;
    repairs.push({ kind: 'page-furniture-removed', line: entry.line, before: entry.block.text, reason: 'web-chrome', evidence: reason });
  }
  const kept = entries.filter((entry) => !entry.dropped);

  // The headline.
  const wanted = page.headline?.text;
  let headlineAt = wanted === undefined ? -1 : kept.findIndex((entry) => entry.block.kind === 'heading' && entry.block.text === wanted);
  let extraHeadline: LayoutBlock | undefined;
  if (headlineAt < 0 && wanted !== undefined) {
    // Readability left the page's <h1> out of the article: it is put back, on a line of its own.
    lines.push(wanted);
    extraHeadline = { role: 'headline', text: wanted, startLine: lines.length, endLine: lines.length };
    repairs.push({ kind: 'role-assigned', line: lines.length, after: 'headline', reason: 'html-h1', evidence: 'the page’s <h1>, left out of the article by Readability' });
  } else if (headlineAt < 0) {
    headlineAt = kept.findIndex((entry) => entry.block.kind === 'heading');
    const firstText = kept.findIndex((entry) => entry.block.kind !== 'heading');
    if (headlineAt > firstText && firstText >= 0) headlineAt = -1;
    if (headlineAt < 0 && page.title !== undefined) {
      lines.push(page.title);
      extraHeadline = { role: 'headline', text: page.title, startLine: lines.length, endLine: lines.length };
      warnings.push({ rule: 'layout/html-headline-from-title', message: 'The page has no <h1>: its <title> is taken for the headline.', line: lines.length });
    }
  }
  if (headlineAt >= 0) {
    const entry = kept[headlineAt]!;
    entry.role = 'headline';
    repairs.push({ kind: 'role-assigned', line: entry.line, after: 'headline', reason: entry.block.level === 1 || entry.block.text === wanted ? 'html-h1' : 'html-first-heading' });
  }
  const bodyFrom = headlineAt >= 0 ? headlineAt + 1 : 0;

  // Before the headline: a kicker, captions of a lead picture, and what else the page set there.
  const before = kept.slice(0, Math.max(headlineAt, 0));
  for (const entry of before) {
    // Links before the headline are the page's navigation: a category, a breadcrumb.
    if (entry.block.allLink && entry.block.kind !== 'caption') {
      entry.dropped = true;
      repairs.push({ kind: 'page-furniture-removed', line: entry.line, before: entry.block.text, reason: 'web-chrome', evidence: `"${entry.block.text}" is a link before the headline: the page’s navigation` });
    }
  }
  const standing = before.filter((entry) => !entry.dropped);
  const kicker = [...standing].reverse().find((entry) => entry.block.kind !== 'caption' && (KICKER_HINT.test(entry.block.hints) || isKickerBlock(entry.block)));
  let extraKicker: LayoutBlock | undefined;
  if (kicker !== undefined && (kicker === standing.at(-1) || KICKER_HINT.test(kicker.block.hints))) {
    kicker.role = 'kicker';
    repairs.push({ kind: 'role-assigned', line: kicker.line, after: 'kicker', reason: KICKER_HINT.test(kicker.block.hints) ? 'html-class' : 'html-before-headline' });
  } else if (page.headline?.before !== undefined && isKickerShaped(page.headline.before)) {
    // The line set just before the page's <h1>, which Readability left out with it.
    const text = page.headline.before;
    // With the headline put back, the line before it is the article's first, when Readability kept it.
    const found = standing.find((entry) => entry.block.text === text) ?? (headlineAt < 0 && kept[0]?.block.text === text ? kept[0] : undefined);
    if (found !== undefined) {
      found.role = 'kicker';
      repairs.push({ kind: 'role-assigned', line: found.line, after: 'kicker', reason: 'html-before-headline' });
    } else if (!entries.some((entry) => entry.block.text === text)) {
      lines.push(text);
      extraKicker = { role: 'kicker', text, startLine: lines.length, endLine: lines.length };
      repairs.push({ kind: 'role-assigned', line: lines.length, after: 'kicker', reason: 'html-before-headline', evidence: 'set just before the page’s <h1>, left out of the article by Readability' });
    }
  }

  // After the headline: standfirst and byline, until the body's first paragraph.
  let at = bodyFrom;
  let standfirsts = 0;
  let bylines = 0;
  for (; at < kept.length; at += 1) {
    const entry = kept[at]!;
    const { block } = entry;
    if (entry.role !== undefined) continue;
    if (block.kind === 'caption') continue;
    if (isByline(block)) {
      entry.role = 'byline';
      bylines += 1;
      repairs.push({ kind: 'role-assigned', line: entry.line, after: 'byline', reason: BYLINE.test(block.text) ? 'byline-pattern' : 'html-class' });
      continue;
    }
    // A container's name the body's paragraphs share (Drupal's `text-with-summary` body field) names none of them.
    const hinted = STANDFIRST_HINT.test(block.hints) && kept[at + 1]?.block.hints !== block.hints;
    if ((block.kind === 'heading' && !hinted) || standfirsts >= 2) break;
    // A question set in bold opens an interview's first answer: it is no standfirst.
    const bold = standfirsts === 0 && block.allBold && words(block.text) >= BOLD_STANDFIRST_WORDS && !/\?\s*$/u.test(block.text);
    if (hinted || (block.inHeader && block.kind === 'paragraph') || bold) {
      entry.role = 'standfirst';
      standfirsts += 1;
      repairs.push({ kind: 'role-assigned', line: entry.line, after: 'standfirst', reason: hinted ? 'html-class' : bold ? 'html-bold' : 'html-header' });
      continue;
    }
    break;
  }
  let extraByline: LayoutBlock | undefined;
  if (bylines === 0 && page.byline !== undefined && !kept.some((entry) => entry.block.text === page.byline)) {
    lines.push(page.byline);
    extraByline = { role: 'byline', text: page.byline, startLine: lines.length, endLine: lines.length };
    repairs.push({ kind: 'role-assigned', line: lines.length, after: 'byline', reason: 'html-byline', evidence: 'the byline Readability took out of the article' });
  }

  // The body.
  const blocks: LayoutBlock[] = [];
  if (extraKicker !== undefined) blocks.push(extraKicker);
  if (extraHeadline !== undefined) blocks.push(extraHeadline);
  let bodyStarted = false;
  for (const entry of kept) {
    if (entry.dropped) continue;
    const { block } = entry;
    let role = entry.role;
    if (role === undefined) {
      role = block.kind === 'caption' || (block.kind === 'paragraph' && CAPTION_HINT.test(block.hints)) ? 'caption' : 'paragraph';
      if (block.kind === 'heading') repairs.push({ kind: 'role-assigned', line: entry.line, after: 'paragraph', reason: 'html-intertitle', evidence: `<h${block.level}> after the headline` });
    }
    if (role === 'paragraph' && !bodyStarted) {
      bodyStarted = true;
      const dateline = DATELINE.exec(block.text);
      if (dateline !== null && dateline[0].length < block.text.length && block.kind !== 'heading') {
        blocks.push({ role: 'dateline', text: dateline[0].trim(), startLine: entry.line, endLine: entry.line });
        repairs.push({ kind: 'role-assigned', line: entry.line, after: 'dateline', reason: 'dateline-pattern', evidence: `"${dateline[0].trim()}" opens the body` });
        blocks.push({ role, text: block.text.slice(dateline[0].length).trimStart(), startLine: entry.line, endLine: entry.line });
        continue;
      }
    }
    blocks.push({ role, text: block.text, startLine: entry.line, endLine: entry.line });
  }
  // Segmentation puts the blocks in role order (kicker, headline, standfirst, byline…): a byline put back goes anywhere.
  if (extraByline !== undefined) blocks.push(extraByline);

  // A heading, or a label set apart from the body's container, closing the body heads nothing
  // left in it: what it named (a list of attachments, related links) was the page's, left out.
  const closing = blocks.filter((block) => block.role === 'paragraph').slice(-2);
  const closingEntries = closing.map((block) => entries[block.startLine - 1]);
  const [bodyEntry, closingEntry] = closingEntries.length === 2 ? closingEntries : [undefined, undefined];
  if (closingEntry !== undefined && bodyEntry !== undefined && (closingEntry.block.kind === 'heading' || closingEntry.block.hints !== bodyEntry.block.hints)) {
    const [before, label] = closing as [LayoutBlock, LayoutBlock];
    if (endsSentence(before.text) && !endsSentence(label.text) && !isSignature(label.text) && words(label.text) <= 3) {
      blocks.splice(blocks.indexOf(label), 1);
      repairs.push({ kind: 'page-furniture-removed', line: label.startLine, before: label.text, reason: 'web-chrome', evidence: `"${label.text}" closes the article as a heading or a label with nothing under it: what it named was the page’s` });
    }
  }

  // A signature closing the body.
  const paragraphs = blocks.filter((block) => block.role === 'paragraph');
  const last = paragraphs.at(-1);
  const previous = paragraphs.at(-2);
  if (last !== undefined && previous !== undefined && isSignature(last.text) && endsSentence(previous.text)) {
    last.role = 'byline';
    repairs.push({ kind: 'role-assigned', line: last.startLine, after: 'byline', reason: 'signature', evidence: `"${last.text}" closes the article in a block of its own` });
  }
  if (!blocks.some((block) => block.role === 'paragraph')) {
    throw new BilingualError('INPUT_HTML', `${fileName} is a web page with no article text in it (no paragraph besides its navigation and furniture): save the article's own page, or copy its text into a .txt file.`, {
      details: { file: fileName },
    });
  }
  if (!page.articleFound) {
    warnings.push({ rule: 'layout/html-no-article', message: 'No article was found in the page: its whole body was read, less its navigation, asides and footer.' });
  }
  return { text: lines.join('\n'), blocks, repairs, warnings };
}

function chromeReason(block: HtmlBlock): string | undefined {
  if (block.kind === 'chrome') return `${block.hints}: the page’s chrome, not the article’s text`;
  if (block.kind === 'time') return 'a date standing alone (<time>): the page’s, not the article’s text';
  return webChromeReason(block.text);
}

function isKickerBlock(block: HtmlBlock): boolean {
  return block.kind !== 'time' && !block.allLink && isKickerShaped(block.text);
}

function isKickerShaped(text: string): boolean {
  return words(text) <= KICKER_WORDS && !endsSentence(text);
}

function isByline(block: HtmlBlock): boolean {
  if (block.kind === 'heading' || block.kind === 'caption') return false;
  if (BYLINE.test(block.text)) return true;
  return BYLINE_HINT.test(block.hints) && words(block.text) <= BYLINE_WORDS && !endsSentence(block.text);
}

function words(text: string): number {
  return text.split(' ').filter((word) => word !== '').length;
}

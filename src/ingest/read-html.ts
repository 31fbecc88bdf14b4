/**
 * Ingest for a saved web page: its HTML parsed (linkedom, a light DOM), the article found in
 * it by Mozilla's Readability (Firefox's reader view: it scores the page's blocks and drops
 * navigation, sharing buttons, related links, comments and footers), then read as blocks in
 * document order, each with what the page says of it (heading level, in the article's
 * `<header>`, its class names, wholly a link, wholly bold). The roles are given by
 * `src/layout/html-layout.ts`; nothing here decides one.
 *
 * Both libraries are loaded on first use, so that a text article never pays for them.
 */
import { createRequire } from 'node:module';

/** A saved web page: its first tag a doctype or `<html>`, maybe after an XML declaration or a comment. */
const HTML_PAGE = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/iu;

/** The text is a web page's HTML rather than an article's text. */
export function isHtmlPage(text: string): boolean {
  return HTML_PAGE.test(text);
}

/** A page bilingual wrote (a reader, a run index): its head names it as the generator. */
export function isOwnEdition(html: string): boolean {
  return /<meta\s+name=["']generator["']\s+content=["']bilingual["']/iu.test(html);
}

export interface HtmlBlock {
  /**
   * `heading` (`<h1>`–`<h6>`), `paragraph` (`<p>`, a run of text), `item` (`<li>`), `caption`
   * (`<figcaption>`), `time` (a `<time>` standing alone), `chrome` (what the page marks as its
   * chrome, inside the article: left out, and said so).
   */
  kind: 'heading' | 'paragraph' | 'item' | 'caption' | 'time' | 'chrome';
  /** 1 to 6 for a heading. */
  level?: number;
  /** The block's text, white space collapsed (no-break spaces kept). */
  text: string;
  /** Inside the article's `<header>` (or `<hgroup>`), where its furniture stands. */
  inHeader: boolean;
  /** Class names, ids, `itemprop` and `rel` of the element and its ancestors, lower case: what the page calls it. */
  hints: string;
  /** All of its text is link text: a related article's title, a button. */
  allLink: boolean;
  /** All of its text is bold (`<strong>`, `<b>`): a lead set in bold. */
  allBold: boolean;
}

export interface HtmlPage {
  /** The article's blocks in document order. */
  blocks: HtmlBlock[];
  /** The page's `<h1>` (the article's, when there are several), and the short line set just before it, if any. */
  headline?: { text: string; before?: string };
  /** The byline Readability found, when its text is on the page. */
  byline?: string;
  /** The page's `<title>`, for a page with no `<h1>`. */
  title?: string;
  /** Whether Readability found the article; if not, the page's body was read whole, less its navigation and footer. */
  articleFound: boolean;
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  previousElementSibling: DomElement | null;
  parentElement: DomElement | null;
}
interface DomDocument {
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  title: string;
}
interface ReadabilityResult {
  title?: string | null;
  content?: string | null;
  byline?: string | null;
}
interface Libraries {
  parseHTML(html: string): { document: DomDocument };
  Readability: new (document: DomDocument, options: { charThreshold: number; keepClasses: boolean }) => { parse(): ReadabilityResult | null };
}

let libraries: Libraries | undefined;
function load(): Libraries {
  if (libraries === undefined) {
    const require = createRequire(import.meta.url);
    const { parseHTML } = require('linkedom') as Pick<Libraries, 'parseHTML'>;
    const { Readability } = require('@mozilla/readability') as Pick<Libraries, 'Readability'>;
    libraries = { parseHTML, Readability };
  }
  return libraries;
}

/** Characters of text under which Readability does not call a block the article. A short brief is still an article. @default 200 */
const ARTICLE_CHARACTERS = 200;

/** Elements whose content is never article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'option', 'textarea', 'input', 'iframe', 'img', 'picture', 'video', 'audio', 'source', 'canvas', 'map', 'object', 'embed', 'head', 'meta', 'link']);
/** Elements that are blocks: they end the run of text before them. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'caption',
]);
/** Elements that are a page's chrome, never its article's text. */
const CHROME = new Set(['nav', 'footer', 'aside', 'form', 'dialog']);
/**
 * What a page calls its chrome, in an element's class, id or role: sharing, related links,
 * advertising, newsletters, tags, comments, breadcrumbs, cookie banners, paywalls, text for
 * screen readers only.
 */
const CHROME_HINT =
  /share|sharing|partage|social|related|similar|recommend|read ?also|lire ?aussi|newsletter|subscri|abonn|promo|sponsor|advert|\b(?:ad|ads|pub|publicite|banner|inread)\b|outbrain|taboola|comment|breadcrumb|fil ariane|\btags?\b|keywords|mots cles|cookie|consent|paywall|reading ?time|temps (?:de )?lecture|sr only|visually hidden|screen reader|\bnavigation\b|most ?read|plus lus/u;

/**
 * Reads a saved web page's article into blocks. The article is the page's `<article>` that holds
 * its `<h1>` (or its only or longest `<article>`), else its `<main>`: read whole, less what the
 * page marks as chrome (navigation, asides, forms, sharing, related links, advertising, tags,
 * comments). A page with neither is given to Readability, which finds the article by scoring
 * the page's blocks; a page it finds none in is read whole, less its chrome.
 */
export function readHtml(html: string): HtmlPage {
  const { parseHTML, Readability } = load();
  const original = parseHTML(html).document;
  const headline = findHeadline(original);
  const title = collapse(original.title ?? '') || undefined;
  const root = findArticleRoot(original);
  if (root !== undefined) {
    const blocks: HtmlBlock[] = [];
    // The root's own classes are the article's (WordPress: `tag-theatre`, `category-culture`): its children are read.
    walkChildren(root, { inHeader: false, hints: '' }, blocks, 'article');
    return { blocks, headline, title, articleFound: true };
  }
  // Readability changes the document it reads: it gets a copy of its own.
  const parsed = new Readability(parseHTML(html).document, { charThreshold: ARTICLE_CHARACTERS, keepClasses: true }).parse();
  if (parsed?.content) {
    const content = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document;
    const blocks: HtmlBlock[] = [];
    if (content.body !== null) walkChildren(content.body, { inHeader: false, hints: '' }, blocks, 'article');
    const byline = parsed.byline ? bylineOnPage(original, collapse(parsed.byline)) : undefined;
    return { blocks, headline, byline, title, articleFound: true };
  }
  const blocks: HtmlBlock[] = [];
  if (original.body !== null) walkChildren(original.body, { inHeader: false, hints: '' }, blocks, 'page');
  return { blocks, headline, title, articleFound: false };
}

/** The page's article element: the `<article>` holding the `<h1>`, the only or longest `<article>`, else `<main>`. */
function findArticleRoot(document: DomDocument): DomElement | undefined {
  const articles = Array.from(document.querySelectorAll('article'));
  const heading = document.querySelector('article h1');
  if (heading !== null) {
    // The innermost article holding the headline.
    let holder: DomElement | null = heading.parentElement;
    while (holder !== null && holder.tagName.toLowerCase() !== 'article') holder = holder.parentElement;
    if (holder !== null) return holder;
  }
  if (articles.length > 0) {
    // Teasers of other articles are `<article>`s too: the longest is the page's.
    return articles.reduce((longest, article) => (letters(article.textContent ?? '') > letters(longest.textContent ?? '') ? article : longest));
  }
  return document.querySelector('main') ?? document.querySelector('[role="main"]') ?? undefined;
}

/**
 * The byline Readability found, as the page prints it: the shortest element whose text holds it
 * (`Par Jean Dupont` for a `Jean Dupont` read from the page's metadata); none when the page does not show it.
 */
function bylineOnPage(document: DomDocument, byline: string): string | undefined {
  if (byline === '' || document.body === null) return undefined;
  let best: string | undefined;
  for (const element of Array.from(document.body.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    if (SKIPPED.has(tag)) continue;
    const text = textOf(element);
    if (text.includes(byline) && text.length <= byline.length + 40 && (best === undefined || text.length < best.length)) best = text;
  }
  return best;
}

interface WalkContext {
  inHeader: boolean;
  hints: string;
}

/** The article's `<h1>`: the one inside `<article>` if any, else the page's first; and the short line just before it (a kicker). */
function findHeadline(document: DomDocument): HtmlPage['headline'] {
  const heading = document.querySelector('article h1') ?? document.querySelector('h1');
  if (heading === null) return undefined;
  const text = textOf(heading);
  if (text === '') return undefined;
  let previous = heading.previousElementSibling;
  while (previous !== null && SKIPPED.has(previous.tagName.toLowerCase())) previous = previous.previousElementSibling;
  const before = previous === null ? undefined : textOf(previous);
  return { text, before: before !== undefined && before !== '' && before.length <= 60 ? before : undefined };
}

/**
 * What the page calls an element, as lower-case words: its class names, id, `itemprop`, `rel` and
 * `role`, cut at dashes, underscores, digits and lower-to-upper case changes, a CSS module's hash
 * left out (`Article_lead__q8Wn4` reads `article lead`, `wp-caption-text` `wp caption text`).
 */
function hintsOf(element: DomElement): string {
  return ['class', 'id', 'itemprop', 'rel', 'role']
    .map((name) => element.getAttribute(name) ?? '')
    .filter((value) => value !== '')
    .join(' ')
    .replace(/__[\w-]+/gu, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/[^\p{L}]+/gu, ' ')
    .toLowerCase()
    .trim();
}

function isHidden(element: DomElement): boolean {
  if (element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(style);
}

/** `article`: inside the article, its chrome left out; `page`: a whole page, its site header left out too. */
type WalkMode = 'article' | 'page';

function walk(element: DomElement, context: WalkContext, blocks: HtmlBlock[], mode: WalkMode): void {
  const tag = element.tagName.toLowerCase();
  if (SKIPPED.has(tag) || isHidden(element)) return;
  const own = hintsOf(element);
  if (CHROME.has(tag) || CHROME_HINT.test(own)) {
    pushChrome(blocks, element, context);
    return;
  }
  if (mode === 'page' && tag === 'header' && element.querySelector('h1') === null) return;
  const hints = `${context.hints} ${own}`.trim();
  const inner: WalkContext = { inHeader: context.inHeader || tag === 'header' || tag === 'hgroup', hints };
  const heading = /^h([1-6])$/u.exec(tag);
  if (heading !== null) {
    push(blocks, { kind: 'heading', level: Number(heading[1]) }, element, inner);
  } else if (tag === 'p' || tag === 'dt' || tag === 'dd' || tag === 'pre' || tag === 'address' || tag === 'summary') {
    if (hasBlockChild(element)) walkChildren(element, inner, blocks, mode);
    else push(blocks, { kind: 'paragraph' }, element, inner);
  } else if (tag === 'figcaption' || tag === 'caption') {
    push(blocks, { kind: 'caption' }, element, inner);
  } else if (tag === 'li') {
    if (hasBlockChild(element)) walkChildren(element, inner, blocks, mode);
    else push(blocks, { kind: 'item' }, element, inner);
  } else if (tag === 'tr') {
    const cells = Array.from(element.childNodes).filter(isElement).map(textOf).filter((cell) => cell !== '');
    if (cells.length > 0) blocks.push({ kind: 'paragraph', text: cells.join(' '), inHeader: inner.inHeader, hints, allLink: false, allBold: false });
  } else if (tag !== 'hr') {
    walkChildren(element, inner, blocks, mode);
  }
}

/** A container's children: block elements walked, the runs of text and inline elements between them read as paragraphs. */
function walkChildren(element: DomElement, context: WalkContext, blocks: HtmlBlock[], mode: WalkMode): void {
  let run: DomNode[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const text = collapse(run.map(inlineText).join(''));
    if (text !== '') {
      // A date standing alone: the run's text is a <time>'s, maybe in a span of its own.
      const onlyTime = run.filter(isElement).some((element) => timesIn(element).some((time) => textOf(time) === text));
      const hints = `${context.hints} ${run.filter(isElement).map(hintsOf).join(' ')}`.trim();
      blocks.push({ kind: onlyTime ? 'time' : 'paragraph', text, inHeader: context.inHeader, hints, ...linkAndBold(run, text) });
    }
    run = [];
  };
  for (const child of Array.from(element.childNodes)) {
    if (isElement(child) && BLOCKS.has(child.tagName.toLowerCase())) {
      flush();
      walk(child, context, blocks, mode);
    } else if (child.nodeType === 1 || child.nodeType === 3) {
      if (isElement(child) && (SKIPPED.has(child.tagName.toLowerCase()) || isHidden(child))) continue;
      if (isElement(child) && CHROME_HINT.test(hintsOf(child))) {
        flush();
        pushChrome(blocks, child, context);
        continue;
      }
      // What the page marks as a byline or a date is an item of its own, even set inline beside
      // another; inside an element the page already marks so (`Par <a rel="author">…</a>` in a
      // `<div class="author">`), it is part of that one.
      if (isElement(child) && !ITEM_HINT.test(hintsOf(element)) && (child.tagName.toLowerCase() === 'time' || ITEM_HINT.test(hintsOf(child)))) {
        flush();
        run.push(child);
        flush();
        continue;
      }
      run.push(child);
    }
  }
  flush();
}

function push(blocks: HtmlBlock[], shape: Pick<HtmlBlock, 'kind' | 'level'>, element: DomElement, context: WalkContext): void {
  const text = textOf(element);
  if (text === '') return;
  blocks.push({ ...shape, text, inHeader: context.inHeader, hints: context.hints, ...linkAndBold([element], text) });
}

/** What a page calls an inline item of its own: a byline, an author, a date. */
const ITEM_HINT = /byline|author|auteur|signature|posted on|published|\bdate\b|dateline/u;

function timesIn(element: DomElement): DomElement[] {
  return element.tagName.toLowerCase() === 'time' ? [element] : Array.from(element.querySelectorAll('time'));
}

/** Chrome inside the article, kept as a block of its own for the layout to leave out and say so. */
function pushChrome(blocks: HtmlBlock[], element: DomElement, context: WalkContext): void {
  const text = textOf(element);
  if (text === '') return;
  const hints = `<${element.tagName.toLowerCase()}${hintsOf(element) === '' ? '' : ` ${hintsOf(element)}`}>`;
  blocks.push({ kind: 'chrome', text, inHeader: context.inHeader, hints, allLink: false, allBold: false });
}

function isElement(node: DomNode): node is DomElement {
  return node.nodeType === 1;
}

function hasBlockChild(element: DomElement): boolean {
  return Array.from(element.childNodes).some((child) => isElement(child) && BLOCKS.has(child.tagName.toLowerCase()) && textOf(child) !== '');
}

/** An element's text as a reader sees it: `<br>` a space, scripts and buttons left out, white space collapsed. */
function textOf(element: DomElement): string {
  return collapse(inlineText(element));
}

function inlineText(node: DomNode): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (!isElement(node)) return '';
  const tag = node.tagName.toLowerCase();
  if (tag === 'br') return ' ';
  if (SKIPPED.has(tag) || isHidden(node)) return '';
  const inner = Array.from(node.childNodes).map(inlineText).join('');
  // A block inside inline content still parts words: `<div>a</div><div>b</div>` reads `a b`.
  return BLOCKS.has(tag) ? ` ${inner} ` : inner;
}

/** Share of a block's letters that must be link (or bold) text for the whole block to be one. @default 0.9 */
const WHOLLY = 0.9;

function linkAndBold(nodes: readonly DomNode[], text: string): Pick<HtmlBlock, 'allLink' | 'allBold'> {
  const length = letters(text);
  if (length === 0) return { allLink: false, allBold: false };
  let link = 0;
  let bold = 0;
  const visit = (node: DomNode, inLink: boolean, inBold: boolean) => {
    if (node.nodeType === 3) {
      const count = letters(node.textContent ?? '');
      if (inLink) link += count;
      if (inBold) bold += count;
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toLowerCase();
    if (SKIPPED.has(tag) || isHidden(node)) return;
    for (const child of Array.from(node.childNodes)) visit(child, inLink || tag === 'a', inBold || tag === 'strong' || tag === 'b');
  };
  for (const node of nodes) visit(node, false, false);
  return { allLink: link / length >= WHOLLY, allBold: bold / length >= WHOLLY };
}

function letters(text: string): number {
  let count = 0;
  for (const character of text) if (character.trim() !== '') count += 1;
  return count;
}

/** White space collapsed to single spaces, trimmed; no-break spaces (U+00A0, U+202F) kept, as French typesets them. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/gu, ' ').trim();
}

/**
 * The one place the project escapes text for HTML, decodes character references and reads
 * tags. Translation services send back fragments, not documents, so there is no DOM: a small
 * tokenizer that follows the HTML syntax for tags and comments is enough, and every stage
 * (alignment, glossary protection, the Apertium stream format and its pre- and post-editing)
 * reads the same markup the same way.
 *
 * What services send: Google's `html` format escapes `&`, `<`, `>` and `"` with named
 * references and writes an apostrophe as `&#39;` (also in `text` format on older endpoints);
 * engines that copy markup through (Apertium) keep whatever was sent, so `&nbsp;`, `&rsquo;`,
 * `&#8239;` or `&#x2019;` from the source come back too.
 */
import { eachMatch } from './each-match.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Escapes `&`, `<`, `>` and `"`, so the text can sit in an element or in a double-quoted
 * attribute value. `'` is left as it is: French text is full of apostrophes, and attribute
 * values here are always double-quoted.
 *
 * @example
 * escapeHtml('Il a dit "<non>" & parti.') // 'Il a dit &quot;&lt;non&gt;&quot; &amp; parti.'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ESCAPES[character]!);
}

/**
 * Named references decoded. HTML names are case-sensitive (`&Eacute;` is É, `&eacute;` é);
 * the upper-case `AMP`, `LT`, `GT` and `QUOT` are valid HTML too.
 */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', AMP: '&', lt: '<', LT: '<', gt: '>', GT: '>', quot: '"', QUOT: '"', apos: "'",
  nbsp: '\u00a0', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', shy: '\u00ad',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', lsquo: '‘', rsquo: '’', sbquo: '‚',
  ldquo: '“', rdquo: '”', bdquo: '„', hellip: '…', ndash: '–', mdash: '—', bull: '•',
  middot: '·', times: '×', deg: '°', euro: '€', copy: '©', reg: '®', trade: '™', sect: '§',
  agrave: 'à', Agrave: 'À', aacute: 'á', Aacute: 'Á', acirc: 'â', Acirc: 'Â', auml: 'ä', Auml: 'Ä',
  aelig: 'æ', AElig: 'Æ', ccedil: 'ç', Ccedil: 'Ç',
  eacute: 'é', Eacute: 'É', egrave: 'è', Egrave: 'È', ecirc: 'ê', Ecirc: 'Ê', euml: 'ë', Euml: 'Ë',
  icirc: 'î', Icirc: 'Î', iuml: 'ï', Iuml: 'Ï', ocirc: 'ô', Ocirc: 'Ô', ouml: 'ö', Ouml: 'Ö',
  oelig: 'œ', OElig: 'Œ', ugrave: 'ù', Ugrave: 'Ù', ucirc: 'û', Ucirc: 'Û', uuml: 'ü', Uuml: 'Ü',
  yuml: 'ÿ', Yuml: 'Ÿ',
};

/**
 * What the HTML standard reads for the numeric references 0x80–0x9F: text that went through
 * Windows-1252 writes `&#146;` for ’ and `&#133;` for …, never meaning a C1 control.
 */
const WINDOWS_1252: Readonly<Record<number, number>> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

const REFERENCE = /&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/g;

/**
 * Decodes character references: decimal (`&#39;`) and hexadecimal (`&#x2019;`) ones, and the
 * named ones services and French text use (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`,
 * `&nbsp;`, `&rsquo;`, `&laquo;`, `&eacute;`…). Decoding is one pass: `&amp;lt;` gives `&lt;`.
 *
 * Kept as written, so nothing is lost: an unknown name (`&bogus;`), a reference without its
 * `;`, and a number that is no character (0, a surrogate, above U+10FFFF). Numbers
 * 0x80–0x9F are read as Windows-1252, as the HTML standard does (`&#146;` is ’).
 *
 * @example
 * decodeEntities('Kerry&#39;s &quot;aides&quot; &amp; co&#x2019;s') // 'Kerry\'s "aides" & co’s'
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, body: string) => {
    if (body.charCodeAt(0) !== 0x23 /* # */) return NAMED_ENTITIES[body] ?? whole;
    const hexadecimal = body[1] === 'x' || body[1] === 'X';
    const digits = body.slice(hexadecimal ? 2 : 1).replace(/^0+(?=.)/, '');
    // Past 8 significant digits it is no code point; parseInt would lose precision.
    if (digits.length > 8) return whole;
    const value = Number.parseInt(digits, hexadecimal ? 16 : 10);
    if (value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return whole;
    return String.fromCodePoint(WINDOWS_1252[value] ?? value);
  });
}

/** Elements that never have content or an end tag. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** A start or end tag; `<` must be followed at once by a letter (or `/` and a letter), as in HTML. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Text between tags, as written (entities not decoded). */
export interface HtmlText {
  kind: 'text';
  raw: string;
  /** Offset of `raw` in the fragment. */
  start: number;
}

/** A comment (`<!-- … -->`) or other markup declaration (`<!DOCTYPE …>`, `<?…?>`): never text. */
export interface HtmlComment {
  kind: 'comment';
  raw: string;
  start: number;
}

export interface HtmlTag {
  kind: 'tag';
  raw: string;
  start: number;
  /** Lower case. */
  name: string;
  /** `</name>`. */
  closing: boolean;
  /** Written `<name/>`, or a void element (`br`, `img`…): it opens nothing. */
  selfClosing: boolean;
  /** Attribute names in lower case, values decoded; an attribute without a value maps to `''`. */
  attributes: ReadonlyMap<string, string>;
}

export type HtmlToken = HtmlText | HtmlComment | HtmlTag;

function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of eachMatch(ATTRIBUTE, source)) {
    const name = match[1]!.toLowerCase();
    // The first of two same-named attributes wins, as in HTML.
    if (!attributes.has(name)) attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/**
 * Splits an HTML fragment into text, tags and comments, in order; joining every `raw` gives the
 * fragment back. A `<` that starts no tag (`a < b`, `< span>`) is text. An unclosed comment
 * runs to the end of the fragment.
 */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) tokens.push({ kind: 'text', raw: html.slice(textStart, end), start: textStart });
  };
  let index = html.indexOf('<');
  while (index >= 0 && index < html.length) {
    let stop: number | undefined;
    let token: HtmlToken | undefined;
    const next = html[index + 1];
    if (html.startsWith('<!--', index)) {
      const close = html.indexOf('-->', index + 4);
      stop = close < 0 ? html.length : close + 3;
      token = { kind: 'comment', raw: html.slice(index, stop), start: index };
    } else if (next === '!' || next === '?') {
      const close = html.indexOf('>', index + 2);
      stop = close < 0 ? html.length : close + 1;
      token = { kind: 'comment', raw: html.slice(index, stop), start: index };
    } else {
      TAG.lastIndex = index;
      const match = TAG.exec(html);
      if (match) {
        const name = match[2]!.toLowerCase();
        stop = index + match[0].length;
        token = {
          kind: 'tag',
          raw: match[0],
          start: index,
          name,
          closing: match[1] === '/',
          selfClosing: match[4] === '/' || VOID_ELEMENTS.has(name),
          attributes: readAttributes(match[3] ?? ''),
        };
      }
    }
    if (token && stop !== undefined) {
      flushText(index);
      tokens.push(token);
      textStart = stop;
      index = html.indexOf('<', stop);
    } else {
      index = html.indexOf('<', index + 1);
    }
  }
  flushText(html.length);
  return tokens;
}

/**
 * Index of the token just after the element opened by the tag at `open` (its matching end
 * tag included, same-named elements inside counted), or `tokens.length` when it is not closed.
 */
export function elementEnd(tokens: readonly HtmlToken[], open: number): number {
  const opening = tokens[open];
  if (opening?.kind !== 'tag' || opening.closing || opening.selfClosing) return open + 1;
  let depth = 0;
  for (let index = open; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.kind !== 'tag' || token.name !== opening.name || token.selfClosing) continue;
    depth += token.closing ? -1 : 1;
    if (depth === 0) return index + 1;
  }
  return tokens.length;
}

/** `translate="no"` (ASCII case-insensitive, as in HTML). */
export function isTranslateNo(tag: HtmlTag): boolean {
  return tag.attributes.get('translate')?.toLowerCase() === 'no';
}

/** Whether the tag's `class` lists `className` (`class="x notranslate"`). */
export function hasClass(tag: HtmlTag, className: string): boolean {
  return (tag.attributes.get('class') ?? '').split(/[\t\n\f\r ]+/).includes(className);
}

/**
 * The text of a fragment: tags and comments replaced by `separator`, entities decoded.
 *
 * @example
 * htmlToText('<span id="s1">A&amp;B</span>') // 'A&B'
 */
export function htmlToText(html: string, separator = ''): string {
  return tokenizeHtml(html)
    .map((token) => (token.kind === 'text' ? decodeEntities(token.raw) : separator))
    .join('');
}

/**
 * In-process deformatter and reformatter for the Apertium stream format.
 *
 * The stream format gives meaning to a few characters: `^…/…$` are lexical units, `[…]` is a
 * superblank (passed through untranslated, in place), `\` escapes. Text is escaped before
 * it goes in; markup travels as superblanks (`[<span id="s1">]`), which every program of a
 * pair copies through whole. On the way back escapes are removed and the unknown-word marks
 * the engine adds (`*`, `#`, `@` before a word) are dropped unless asked for.
 *
 * The characters that the engine itself uses as marks or rewrites (`*`, `#`, `@`, and `~`,
 * which the post-generator consumes) are not escaped but carried as one-character
 * superblanks: an escaped `\*` comes back unescaped and would look like a mark, and a `~`
 * would vanish.
 */
import type { TextFormat } from '../types.ts';

/** Characters escaped with a backslash in text and inside superblanks. */
const STREAM_SPECIAL = new Set(['\\', '[', ']', '^', '$', '/', '<', '>', '{', '}', '@', '*', '#', '~']);
/** Characters carried as their own superblank instead of escaped. */
const CARRIED_AS_SUPERBLANK = new Set(['*', '#', '@', '~']);
/** Marks lt-proc and the transfer put before a word it does not know (`*`), cannot generate (`#`) or has no translation for (`@`). */
const UNKNOWN_WORD_MARKS = new Set(['*', '#', '@']);

/** Flushes a final full stop: without a blank after it, lt-proc keeps it back until more input comes. */
const END_OF_SEGMENT = '[]';

function escapeInside(text: string): string {
  let out = '';
  for (const character of text) out += STREAM_SPECIAL.has(character) ? `\\${character}` : character;
  return out;
}

/** A superblank holding `raw` verbatim. */
export function superblank(raw: string): string {
  return `[${escapeInside(raw)}]`;
}

/** Escapes plain text for the stream; the engine's own mark characters go as superblanks. */
export function escapeText(text: string): string {
  let out = '';
  for (const character of text.replace(/\0/g, '')) {
    if (CARRIED_AS_SUPERBLANK.has(character)) out += superblank(character);
    else if (STREAM_SPECIAL.has(character)) out += `\\${character}`;
    else out += character;
  }
  return out;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', hellip: '…',
  mdash: '—', ndash: '–', shy: '\u00ad', euro: '€', deg: '°', copy: '©', reg: '®',
  thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', middot: '·', times: '×',
};

/** Decodes HTML character references; unknown named references are kept as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const codePoint = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff)
        ? String.fromCodePoint(codePoint)
        : whole;
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

/** Escapes the characters that must not appear raw in HTML text. */
export function encodeEntities(text: string): string {
  return text.replace(/[&<>]/g, (character) => (character === '&' ? '&amp;' : character === '<' ? '&lt;' : '&gt;'));
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG_PATTERN = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/;

interface Tag {
  raw: string;
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attributes: string;
}

function readTag(html: string, at: number): Tag | undefined {
  const match = TAG_PATTERN.exec(html.slice(at));
  if (!match) return undefined;
  return {
    raw: match[0],
    name: match[2]!.toLowerCase(),
    closing: match[1] === '/',
    selfClosing: match[4] === '/' || VOID_ELEMENTS.has(match[2]!.toLowerCase()),
    attributes: match[3] ?? '',
  };
}

function isNoTranslate(attributes: string): boolean {
  return /(?:^|\s)translate\s*=\s*(?:"no"|'no'|no(?=\s|$))/i.test(attributes);
}

/** Index just after the element that starts with `open` at `start`, or the end of the fragment when it is not closed. */
function endOfElement(html: string, start: number, open: Tag): number {
  let depth = 1;
  let index = start + open.raw.length;
  while (index < html.length) {
    const next = html.indexOf('<', index);
    if (next < 0) break;
    const tag = readTag(html, next);
    if (!tag) {
      index = next + 1;
      continue;
    }
    if (tag.name === open.name && !tag.selfClosing) depth += tag.closing ? -1 : 1;
    index = next + tag.raw.length;
    if (depth === 0) return index;
  }
  return html.length;
}

/** Turns an HTML fragment into stream text: tags and `translate="no"` elements become superblanks, text is decoded then escaped. */
export function deformatHtml(html: string): string {
  let out = '';
  let text = '';
  const flushText = () => {
    out += escapeText(decodeEntities(text));
    text = '';
  };
  let index = 0;
  while (index < html.length) {
    const character = html[index]!;
    if (character === '<') {
      if (html.startsWith('<!--', index)) {
        const end = html.indexOf('-->', index + 4);
        const stop = end < 0 ? html.length : end + 3;
        flushText();
        out += superblank(html.slice(index, stop));
        index = stop;
        continue;
      }
      const tag = readTag(html, index);
      if (tag) {
        flushText();
        const stop = !tag.closing && !tag.selfClosing && isNoTranslate(tag.attributes) ? endOfElement(html, index, tag) : index + tag.raw.length;
        out += superblank(html.slice(index, stop));
        index = stop;
        continue;
      }
    }
    text += character;
    index++;
  }
  flushText();
  return out;
}

/** The stream for one segment, ready to be followed by a null byte. */
export function deformat(text: string, format: TextFormat): string {
  return (format === 'html' ? deformatHtml(text) : escapeText(text)) + END_OF_SEGMENT;
}

export interface ReformatOptions {
  format: TextFormat;
  /**
   * Keep the engine's marks before unknown words (`*word`, `#word`, `@word`).
   * @default false
   */
  markUnknownWords?: boolean;
}

/** Turns the engine's output stream back into text (or HTML): superblanks verbatim, escapes removed, marks dropped. */
export function reformat(stream: string, options: ReformatOptions): string {
  const html = options.format === 'html';
  const keepMarks = options.markUnknownWords ?? false;
  let out = '';
  let text = '';
  const flushText = () => {
    out += html ? encodeEntities(text) : text;
    text = '';
  };
  let index = 0;
  while (index < stream.length) {
    const character = stream[index]!;
    if (character === '\\' && index + 1 < stream.length) {
      text += stream[index + 1];
      index += 2;
    } else if (character === '[') {
      flushText();
      index++;
      while (index < stream.length && stream[index] !== ']') {
        if (stream[index] === '\\' && index + 1 < stream.length) index++;
        out += stream[index];
        index++;
      }
      index++; // the closing bracket
    } else if (UNKNOWN_WORD_MARKS.has(character) && !keepMarks) {
      index++;
    } else {
      text += character;
      index++;
    }
  }
  flushText();
  return out;
}

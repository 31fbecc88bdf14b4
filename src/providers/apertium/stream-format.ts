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
import { decodeEntities, elementEnd, escapeHtml, isTranslateNo, tokenizeHtml } from '../../text/html.ts';
import type { TextFormat } from '../types.ts';

/** Characters carried as their own superblank instead of escaped. */
const CARRIED_AS_SUPERBLANK = new Set(['*', '#', '@', '~']);
/** Marks lt-proc and the transfer put before a word it does not know (`*`), cannot generate (`#`) or has no translation for (`@`). */
const UNKNOWN_WORD_MARKS = new Set(['*', '#', '@']);

/** Flushes a final full stop: without a blank after it, lt-proc keeps it back until more input comes. */
const END_OF_SEGMENT = '[]';

/**
 * The characters escaped with a backslash in text and inside superblanks (`\ [ ] ^ $ / < > { }
 * @ * # ~`), found with one `replace` rather than read one character at a time (every
 * character of every segment sent goes through here).
 */
const STREAM_SPECIAL_PATTERN = /[\\[\]^$/<>{}@*#~]/g;
/** The same, for plain text: a mark character becomes its superblank (`[\*]`), any other special character is escaped. */
const ESCAPED_IN_TEXT = (character: string) => (CARRIED_AS_SUPERBLANK.has(character) ? `[\\${character}]` : `\\${character}`);

function escapeInside(text: string): string {
  return text.replace(STREAM_SPECIAL_PATTERN, '\\$&');
}

/** A superblank holding `raw` verbatim. */
export function superblank(raw: string): string {
  return `[${escapeInside(raw)}]`;
}

/** Escapes plain text for the stream; the engine's own mark characters go as superblanks. */
export function escapeText(text: string): string {
  return text.replace(/\0/g, '').replace(STREAM_SPECIAL_PATTERN, ESCAPED_IN_TEXT);
}

/** The project's one decoder (`src/text/html.ts`), exported here too as the Apertium provider's own name for it. */
export { decodeEntities } from '../../text/html.ts';

/**
 * Turns an HTML fragment into stream text: tags, comments and `translate="no"` elements become
 * superblanks, text is decoded then escaped. Only `translate="no"` hides text from the engine:
 * it translates a `class="notranslate"` element's text (see src/glossary/protect-terms.ts).
 */
export function deformatHtml(html: string): string {
  const tokens = tokenizeHtml(html);
  let out = '';
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (token.kind === 'text') {
      out += escapeText(decodeEntities(token.raw));
      index += 1;
      continue;
    }
    const stop = token.kind === 'tag' && isTranslateNo(token) ? elementEnd(tokens, index) : index + 1;
    const last = tokens[stop - 1]!;
    out += superblank(html.slice(token.start, last.start + last.raw.length));
    index = stop;
  }
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
  /**
   * In HTML, keep the marks so that the words can be reported (`qa/unknown-word`), and write a
   * `*`, `#` or `@` of the text itself that stands right before a letter or digit as a
   * character reference (`&#42;`): a bare one before a word is then always a mark.
   * @default false
   */
  reportUnknownWords?: boolean;
}

/** The character references of the mark characters, for a literal one that could be read as a mark. */
const MARK_REFERENCE: Record<string, string> = { '*': '&#42;', '#': '&#35;', '@': '&#64;' };

/** Turns the engine's output stream back into text (or HTML, text escaped with `escapeHtml`): superblanks verbatim, escapes removed, marks dropped. */
export function reformat(stream: string, options: ReformatOptions): string {
  const html = options.format === 'html';
  const reporting = html && (options.reportUnknownWords ?? false);
  const keepMarks = (options.markUnknownWords ?? false) || reporting;
  let out = '';
  let text = '';
  const flushText = () => {
    out += html ? escapeHtml(text) : text;
    text = '';
  };
  let index = 0;
  while (index < stream.length) {
    const character = stream[index]!;
    if (character === '\\' && index + 1 < stream.length) {
      const escaped = stream[index + 1]!;
      index += 2;
      if (reporting && MARK_REFERENCE[escaped] !== undefined && /^[\p{L}\p{N}]/u.test(stream[index] ?? '')) {
        flushText();
        out += MARK_REFERENCE[escaped];
      } else {
        text += escaped;
      }
    } else if (character === '[') {
      flushText();
      index++;
      let blank = '';
      while (index < stream.length && stream[index] !== ']') {
        if (stream[index] === '\\' && index + 1 < stream.length) index++;
        blank += stream[index];
        index++;
      }
      index++; // the closing bracket
      const beforeWord = /^[\p{L}\p{N}]/u.test(stream[index] === '\\' ? (stream[index + 1] ?? '') : (stream[index] ?? ''));
      out += reporting && beforeWord && MARK_REFERENCE[blank] !== undefined ? MARK_REFERENCE[blank] : blank;
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

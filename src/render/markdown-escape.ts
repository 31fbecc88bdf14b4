/**
 * Escaping so that any text renders in Markdown (CommonMark + GFM) AS THAT TEXT: no emphasis,
 * link, HTML, entity, list, heading, quote, code or table cell boundary comes out of the
 * characters of an article. Every escape is a CommonMark backslash escape of ASCII
 * punctuation, so the rendered text is exactly the original.
 *
 * Newlines become single spaces in every context: blocks are one line each.
 */

/** ASCII punctuation that can start inline markup (emphasis, code, links, HTML, strikethrough, tables). */
const INLINE_SPECIAL = /[\\`*_[\]<>#|~]/g;
/** Something that would be read as a character reference: `&amp;`, `&#39;`, `&#x27;`. */
const ENTITY_LIKE = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[a-zA-Z][a-zA-Z0-9]{0,31};)/g;

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Escapes text for use inside a line (after a marker such as `# ` or inside `**…**`). */
export function escapeInline(text: string): string {
  return oneLine(text).replace(INLINE_SPECIAL, '\\$&').replace(ENTITY_LIKE, '\\&');
}

/**
 * Escapes text that starts a line (a paragraph, a blockquote line): also what would open a
 * block there, an ordered list item (`1. `, `1) `), a bullet (`-`, `+`), a setext underline
 * or thematic break (`=`, `-`), and leading spaces (an indented code block).
 */
export function escapeBlock(text: string): string {
  return escapeInline(text.trim())
    .replace(/^(\d{1,9})([.)])/, '$1\\$2')
    .replace(/^[-+=]/, '\\$&');
}

/** Escapes text for a GFM table cell: a pipe never ends the cell, and the cell is one line. */
export function escapeTableCell(text: string): string {
  // `|` is already backslash-escaped by escapeInline, which GFM honours inside cells.
  return escapeBlock(text);
}

/** Wraps text in a delimiter (`**`, `*`) when there is text; empty text stays empty. */
export function emphasise(text: string, delimiter: '*' | '**' | '***'): string {
  const escaped = escapeInline(text.trim());
  return escaped === '' ? '' : `${delimiter}${escaped}${delimiter}`;
}

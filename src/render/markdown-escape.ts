/**
 * Escaping so that any text renders in Markdown (CommonMark + GFM, and Pandoc's Markdown) AS
 * THAT TEXT: no emphasis, link, HTML, entity, list, heading, quote, code or table cell
 * boundary comes out of the characters of an article. Every escape is a CommonMark backslash
 * escape of ASCII punctuation, so the rendered text is exactly the original.
 *
 * Pandoc reads more than CommonMark: `$…$` is TeX math, `^…^` a superscript, `{…}` the
 * attributes of a heading or a span, `@name` a citation (which `--citeproc` would replace),
 * and a line starting `a)`, `(ii)`, `#.` or `:` opens a list or a definition. Those are
 * escaped too (an `@` inside a word, as in an e-mail address, is no citation and stays).
 * Pandoc's `smart` extension still typesets `"`, `'`, `--` and `...` as curly quotes,
 * dashes and an ellipsis: the same text, typeset.
 *
 * Newlines become single spaces in every context: blocks are one line each.
 */

/** ASCII punctuation that can start inline markup (emphasis, code, links, HTML, strikethrough, tables). */
const INLINE_SPECIAL = /[\\`*_[\]<>#|~$^{}]/g;
/** An `@` that can start a Pandoc citation: not inside a word. */
const CITATION_LIKE = /(?<![\p{L}\p{N}_])@/gu;
/** Something that would be read as a character reference: `&amp;`, `&#39;`, `&#x27;`. */
const ENTITY_LIKE = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[a-zA-Z][a-zA-Z0-9]{0,31};)/g;

function oneLine(text: string): string {
  // Nearly every text is one line already: the pattern, tried at every space, is not run on it.
  if (!text.includes('\n') && !text.includes('\r')) return text;
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Escapes text for use inside a line (after a marker such as `# ` or inside `**…**`). */
export function escapeInline(text: string): string {
  const escaped = oneLine(text).replace(INLINE_SPECIAL, '\\$&').replace(ENTITY_LIKE, '\\&');
  // The look-behind is tried at every position; without an `@` it cannot match.
  return escaped.includes('@') ? escaped.replace(CITATION_LIKE, '\\@') : escaped;
}

/**
 * Escapes text that starts a line (a paragraph, a blockquote line): also what would open a
 * block there, an ordered list item (`1. `, `1) `, and Pandoc's `a) `, `iv. `, `(b) `), a
 * bullet (`-`, `+`), a setext underline or thematic break (`=`, `-`), a Pandoc definition
 * (`: `) or fenced div (`:::`), and leading spaces (an indented code block).
 */
export function escapeBlock(text: string): string {
  return escapeInline(text.trim())
    .replace(/^(\d{1,9})([.)])/, '$1\\$2')
    .replace(/^([a-zA-Z]|[ivxlcdmIVXLCDM]{1,8})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^\((?=(?:\d{1,9}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,8}|@[\w-]*)\))/, '\\(')
    .replace(/^[-+=:]/, '\\$&');
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

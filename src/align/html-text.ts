/**
 * The small amount of text handling the alignment stage needs around HTML: collapsing
 * whitespace and joining pieces of a sentence. Escaping and decoding are the project's one
 * implementation in `src/text/html.ts`, re-exported here.
 */

export { escapeHtml } from '../text/html.ts';
/** The project's one decoder ({@link decodeEntities} in `src/text/html.ts`), under the name the alignment stage exported. */
export { decodeEntities as decodeHtmlEntities } from '../text/html.ts';

/** Collapses every run of whitespace (non-breaking spaces kept) to one space and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, ' ').trim();
}

/**
 * Joins pieces of one sentence found in different places: a single space between them,
 * none before closing punctuation.
 */
export function joinPieces(pieces: readonly string[]): string {
  let joined = '';
  for (const raw of pieces) {
    const piece = collapseSpaces(raw);
    if (piece === '') continue;
    if (joined === '' || /^[.,;:!?)\]}”’»…]/.test(piece)) joined += piece;
    else joined += ` ${piece}`;
  }
  return joined;
}

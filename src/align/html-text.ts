/**
 * The small amount of HTML the alignment stage needs: escaping sentence text for a
 * `format: 'html'` request, decoding the entities a translation service sends back, and
 * collapsing whitespace. No DOM: translation services return fragments, not documents.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes `&`, `<`, `>` and `"` so a text can sit inside an element or an attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ESCAPES[character] ?? character);
}

/** Named entities services are known to send back (Google writes `&#39;`, some engines `&nbsp;`). */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  euro: '€',
  shy: '\u00ad',
};

/** Decodes numeric (`&#39;`, `&#x27;`) and the common named entities; unknown ones stay as written. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const codePoint = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      if (!Number.isFinite(codePoint) || codePoint <= 0 || codePoint > 0x10ffff) return whole;
      return String.fromCodePoint(codePoint);
    }
    return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

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

/**
 * Glyphs that pdf.js cannot name in TeX's fonts, read through the fonts' own encodings.
 *
 * pdfTeX draws a font it has no Type 1 face for from TeX's bitmaps, as a Type 3 font whose
 * glyphs it names by their codes (`/a19 /a20`) and gives no text map: pdf.js then passes each
 * code through as a character, so the control slots come out as control characters (`\u0013`
 * `Bonjour` `\u0014` for `« Bonjour »`, as Texinfo sets its guillemets from the EC fonts). The
 * faces TeX has no Type 1 face for are the EC fonts (Computer Modern in TeX's T1, Cork,
 * encoding) where cm-super is not installed: Computer Modern's OT1 faces ship with Type 1 faces
 * in every TeX. So such a font's low slots are read as T1's: accents, quotes, guillemets,
 * dashes, dotless letters, ligatures. Its slot 0xBF, which pdf.js reads `¿` (Latin-1's), is the
 * euro sign in the EC fonts' companion (TS1, `tcrm`: `\texteuro`) and the pound sign in T1: a
 * currency after an amount either way, read `€`, the one a French paper prints.
 *
 * eurosym's faces (`feymr10`, which Texinfo's `@euro` uses) draw the euro sign as their glyph
 * `e`, which every reader gives back as `e`: read `€`.
 */

/** T1's slots 0 to 31, then 127 (its second hyphen). Slot 23 is the zero-width word mark (none); 24 the zero of `‰` (`0`). */
const CORK_LOW = [
  '`', '\u00b4', '\u02c6', '\u02dc', '\u00a8', '\u02dd', '\u02da', '\u02c7', '\u02d8', '\u00af', '\u02d9', '\u00b8', '\u02db', '‚', '‹', '›',
  '“', '”', '„', '«', '»', '–', '—', '', '0', 'ı', 'ȷ', 'ff', 'fi', 'fl', 'ffi', 'ffl',
];

/** How a font's characters are read again: a TeX bitmap font's as T1 (and TS1's euro), eurosym's `e` as `€`. */
export type TexEncoding = 'cork' | 'eurosym';

/** The encoding to read a font's text through, from its name and whether pdfTeX drew it from bitmaps; undefined for every other font. */
export function texEncoding(fontName: string, texBitmap: boolean): TexEncoding | undefined {
  if (texBitmap) return 'cork';
  // eurosym's faces: feymr10, feybr10, feymo10, feybo10, feyml10 … (`TeX-feymr10` as pdfTeX names them).
  if (/^(?:[A-Z]{6}\+)?(?:TeX-)?fey[a-z]*\d+$/i.test(fontName)) return 'eurosym';
  return undefined;
}

/** The text of a piece drawn in a font of that encoding, read through it. */
export function readTexEncoding(text: string, encoding: TexEncoding): string {
  if (encoding === 'eurosym') return text.replaceAll('e', '€');
  return text.replace(/[\u0000-\u001f\u007f¿]/gu, (code) => (code === '\u007f' ? '-' : code === '¿' ? '€' : CORK_LOW[code.charCodeAt(0)]!));
}

/**
 * Guillemets drawn as mathematics. babel's French in TeX's OT1 encoding, which has no
 * guillemets, draws `«` `»` as the math symbols `≪` `≫` at script size (`\scriptscriptstyle\ll`):
 * read as drawn, `≪ Nous ne céderons pas ≫`. A `≪` or `≫` drawn alone, smaller than the text it
 * stands in (under `SCRIPT` of a neighbouring piece's size, on its line), is the guillemet.
 */
export function scriptGuillemets<Piece extends { text: string; y: number; size: number }>(pieces: readonly Piece[]): Piece[] {
  if (!pieces.some((piece) => piece.text === '\u226a' || piece.text === '\u226b')) return [...pieces];
  return pieces.map((piece, index) => {
    if (piece.text !== '\u226a' && piece.text !== '\u226b') return piece;
    const inText = [pieces[index - 1], pieces[index + 1]].some(
      (neighbour) => neighbour !== undefined && piece.size < SCRIPT * neighbour.size && Math.abs(neighbour.y - piece.y) < 0.5 * neighbour.size,
    );
    return inText ? { ...piece, text: piece.text === '\u226a' ? '«' : '»' } : piece;
  });
}

/** A script size against its text's: TeX's script sizes are 7/10 and 5/10 of the text's. */
const SCRIPT = 0.8;

/**
 * Control characters no reading gave a meaning: glyphs of a font that names none of them, only by
 * its codes (`/a8`), such as TeX's line and circle fonts (`lcircle10`), whose quarter circles
 * Texinfo draws at a `@cartouche`'s corners: pdf.js reads their codes as control characters
 * (`\b`, a block of its own at a box's top corner). Drawings, not text: left out.
 */
export function withoutControlCharacters(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROLS, '') : text;
}

const CONTROL = /[\u0001-\u0008\u000b-\u001f]/u;
const CONTROLS = /[\u0001-\u0008\u000b-\u001f]/gu;

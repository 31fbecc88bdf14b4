/**
 * TeX's spacing accent glyphs, one table for the two stages that put them back on their letters:
 * the PDF reader, from where they are drawn (`src/ingest/pdf-drawn-accents.ts`), and the text
 * stage, from where another tool wrote them (`src/layout/spacing-accents.ts`).
 *
 * TeX's `\accent` (plain TeX, LaTeX in OT1, Texinfo on pdfTeX) draws a font's spacing accent
 * glyph over the bare letter, a dotless `ı` (or `ȷ`) for an `i` (a `j`); a text map reads the
 * accent as the spacing character below, and the letter with it as the one character Unicode
 * composes (NFC), where it has one.
 */

/** Each spacing accent glyph a font draws, as the combining mark it stands for. */
export const SPACING_ACCENTS: Readonly<Record<string, string>> = {
  '\u00B4': '\u0301', // ´ acute
  '\u02CA': '\u0301', // ˊ
  '`': '\u0300', // grave
  '\u02CB': '\u0300', // ˋ
  '^': '\u0302', // a circumflex whose text map reads it as ASCII
  '\u02C6': '\u0302', // ˆ
  '~': '\u0303',
  '\u02DC': '\u0303', // ˜
  '\u00AF': '\u0304', // ¯ macron
  '\u02C9': '\u0304', // ˉ
  '\u02D8': '\u0306', // ˘ breve
  '\u02D9': '\u0307', // ˙ dot above
  '\u00A8': '\u0308', // ¨ dieresis
  '\u02DA': '\u030A', // ˚ ring
  '\u02DD': '\u030B', // ˝ double acute
  '\u02C7': '\u030C', // ˇ caron
  '\u00B8': '\u0327', // ¸ cedilla
  '\u02DB': '\u0328', // ˛ ogonek
};

/** TeX's dotless letters, which take an accent in place of their dot. */
export const DOTLESS: Readonly<Record<string, string>> = { '\u0131': 'i', '\u0237': 'j' };

/** The spacing accent glyphs as the inside of a regular expression's character class (with the `u` flag). */
export const SPACING_ACCENT_CLASS = Object.keys(SPACING_ACCENTS)
  .map((glyph) => `\\u{${glyph.codePointAt(0)!.toString(16)}}`)
  .join('');

/** The letter with the mark as one composed character (a dotless letter taken as its dotted one), or undefined where Unicode has none. */
export function composeAccent(letter: string, mark: string): string | undefined {
  const composed = ((DOTLESS[letter] ?? letter) + mark).normalize('NFC');
  return composed.length === 1 || (composed.length === 2 && composed.codePointAt(0)! > 0xffff) ? composed : undefined;
}

/** Whether the text holds a spacing accent glyph. */
export function hasSpacingAccent(text: string): boolean {
  for (const character of text) if (SPACING_ACCENTS[character] !== undefined) return true;
  return false;
}

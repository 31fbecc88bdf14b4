/**
 * Small capitals made up by the typesetter: when a font has no small capitals, browsers
 * (wkhtmltopdf, Chromium), word processors and many PDF writers print `font-variant:
 * small-caps` as capitals set smaller, so `Erwan` is printed `E` + `RWAN` in about 0.7 of the
 * size, and the text layer holds the capitals. A run of capitals set smaller than the capital it
 * touches, on its baseline, is the rest of that word in lower case: it is given back its lower
 * case and the size of the capital before it. Real capitals (`MORVAN`, `SNCF`) are printed in
 * the full size, and are left as they are.
 */

/** A piece of text placed on a page, as the PDF layout reads it. */
export interface PlacedText {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** What a run of small capitals was, and what it became, with the capital it followed. */
export interface LoweredCapitals {
  before: string;
  after: string;
  /** The capitals set small, as printed, and their size as a share of the capital's (`0.7`). */
  small: string;
  ratio: number;
}

/** Size ratio to the capital before it within which capitals are small capitals. @default 0.6–0.9 */
const SMALL_CAPITALS_RATIO = { least: 0.6, most: 0.9 } as const;
/** Gap, in the capital's size, under which two pieces touch (no word space between them). @default 0.05 */
const TOUCHING = 0.05;
/** Capitals only (and what may sit among them in a word or name: `H.`, `Castéra`'s `ASTÉRA`, `J.-P.`). */
const CAPITALS_ONLY = /^\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*)*$/u;
const ENDS_ON_CAPITAL = /\p{Lu}$/u;

/**
 * Lowers the small capitals of one row's pieces, in order left to right, in place. Returns what
 * was lowered.
 */
export function lowerSmallCapitals(pieces: PlacedText[]): LoweredCapitals[] {
  const lowered: LoweredCapitals[] = [];
  for (let index = 1; index < pieces.length; index += 1) {
    const capital = pieces[index - 1] as PlacedText;
    const piece = pieces[index] as PlacedText;
    const ratio = piece.size / capital.size;
    if (ratio < SMALL_CAPITALS_RATIO.least || ratio > SMALL_CAPITALS_RATIO.most) continue;
    if (Math.abs(piece.y - capital.y) > capital.size * 0.1 || Math.abs(piece.x0 - capital.x1) > capital.size * TOUCHING) continue;
    const text = piece.text.trimEnd();
    if (!ENDS_ON_CAPITAL.test(capital.text) || !CAPITALS_ONLY.test(text)) continue;
    const after = `${text.toLocaleLowerCase('fr')}${piece.text.slice(text.length)}`;
    const word = capital.text.slice(capital.text.search(/\S+$/u));
    lowered.push({ before: `${word}${text}`, after: `${word}${after.trimEnd()}`, small: text, ratio: Math.round(ratio * 100) / 100 });
    piece.text = after;
    piece.size = capital.size;
  }
  return lowered;
}

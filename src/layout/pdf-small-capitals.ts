/**
 * Small capitals made up by the typesetter: when a font has no small capitals, browsers
 * (wkhtmltopdf, Chromium), word processors and many PDF writers print `font-variant:
 * small-caps` as capitals set smaller, so `Erwan` is printed `E` + `RWAN` in about 0.7 of the
 * size, and the text layer holds the capitals. A run of capitals set smaller than the capital it
 * touches, on its baseline, is the rest of that word in lower case: it is given back its lower
 * case and the size of the capital before it. Real capitals (`MORVAN`, `SNCF`) are printed in
 * the full size, and are left as they are. A typesetter may draw each small capital as a piece
 * of its own (Chromium: `P`, `A`, `R`): the pieces that follow a lowered run, touching it on its
 * baseline in the run's own small size, are more of the same word, and are lowered with it.
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
/** How far, in the capital's size, a piece may start back over the one before it: a kerning pair (`FA`, `VA`) draws its second letter a little under the first. @default 0.15 */
const KERNED = 0.15;
/** Capitals only (and what may sit among them in a word or name: `H.`, `Castéra`'s `ASTÉRA`, `J.-P.`). */
const CAPITALS_ONLY = /^\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*)*$/u;
const ENDS_ON_CAPITAL = /\p{Lu}$/u;

/**
 * Lowers the small capitals of one row's pieces, in order left to right, in place. Returns what
 * was lowered.
 */
export function lowerSmallCapitals(pieces: PlacedText[]): LoweredCapitals[] {
  const lowered: LoweredCapitals[] = [];
  /** The run of small capitals being lowered: its entry, its small size and the capital's, the piece it ended on. */
  let run: { entry: LoweredCapitals; small: number; size: number; last: PlacedText } | undefined;
  for (let index = 1; index < pieces.length; index += 1) {
    const capital = pieces[index - 1] as PlacedText;
    const piece = pieces[index] as PlacedText;
    if (run !== undefined && run.last === capital && continuesRun(run, piece)) {
      const text = piece.text.trimEnd();
      const after = `${text.toLocaleLowerCase('fr')}${piece.text.slice(text.length)}`;
      run.entry.before += text;
      run.entry.after += after.trimEnd();
      run.entry.small += text;
      piece.text = after;
      piece.size = run.size;
      run.last = piece;
      if (after !== after.trimEnd()) run = undefined;
      continue;
    }
    run = undefined;
    const ratio = piece.size / capital.size;
    if (ratio < SMALL_CAPITALS_RATIO.least || ratio > SMALL_CAPITALS_RATIO.most) continue;
    if (Math.abs(piece.y - capital.y) > capital.size * 0.1 || !touches(capital, piece, capital.size)) continue;
    const text = piece.text.trimEnd();
    if (!ENDS_ON_CAPITAL.test(capital.text) || !CAPITALS_ONLY.test(text)) continue;
    const after = `${text.toLocaleLowerCase('fr')}${piece.text.slice(text.length)}`;
    const word = capital.text.slice(capital.text.search(/\S+$/u));
    const entry = { before: `${word}${text}`, after: `${word}${after.trimEnd()}`, small: text, ratio: Math.round(ratio * 100) / 100 };
    lowered.push(entry);
    // A run that ends on a space ends its word: what follows is no more of it.
    if (after === after.trimEnd()) run = { entry, small: piece.size, size: capital.size, last: piece };
    piece.text = after;
    piece.size = capital.size;
  }
  return lowered;
}

/** Whether a piece is more small capitals of the run's word: capitals only, in the run's small size, touching its last piece on its baseline. */
function continuesRun(run: { small: number; size: number; last: PlacedText }, piece: PlacedText): boolean {
  const text = piece.text.trimEnd();
  return (
    Math.abs(piece.size - run.small) <= run.small * 0.02 &&
    Math.abs(piece.y - run.last.y) <= run.size * 0.1 &&
    touches(run.last, piece, run.size) &&
    CAPITALS_ONLY.test(text)
  );
}

/** Whether a piece starts where the one before it ends, within `TOUCHING` past it or `KERNED` back over it, in the capital's size. */
function touches(before: PlacedText, piece: PlacedText, size: number): boolean {
  const gap = piece.x0 - before.x1;
  return gap <= size * TOUCHING && gap >= -size * KERNED;
}

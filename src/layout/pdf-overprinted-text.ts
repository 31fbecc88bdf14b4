/**
 * Text drawn twice over itself: a typesetter that makes a face look bolder (or casts a shadow)
 * paints the same run of text a second time, shifted by a fraction of a point (Calligra Words
 * draws its bold headings so). The reader sees one word; pdf.js reports two pieces, which a
 * line would read as `CritiqueCritique`. Poppler's `pdftotext` drops such duplicates the same
 * way: the same text, in the same font and size, whose origin is within a tenth of the size
 * along the line and a fifth of it across (its `dupMaxPriDelta` and `dupMaxSecDelta`).
 */

/** What the check reads of a piece of text placed on the page. */
export interface PlacedText {
  text: string;
  x0: number;
  y: number;
  size: number;
  font?: string;
}

/** Farthest along the line, in font sizes, a copy's origin lies from the first drawing. @default 0.1 */
const OVERPRINT_ALONG = 0.1;
/** Farthest across the line, in font sizes, a copy's baseline lies from the first drawing's. @default 0.2 */
const OVERPRINT_ACROSS = 0.2;

/** A piece painted again over one drawn before it, with the piece it repeats. */
export interface Overprint<T extends PlacedText> {
  copy: T;
  original: T;
}

/**
 * The pieces with every copy painted over an earlier piece left out, and those copies. Pieces
 * holding only spaces are never copies (they draw nothing). Linear in the pieces: each is
 * compared only with the earlier pieces of the same text.
 */
export function dropOverprintedText<T extends PlacedText>(pieces: readonly T[]): { kept: T[]; overprints: Overprint<T>[] } {
  const byText = new Map<string, T[]>();
  const kept: T[] = [];
  const overprints: Overprint<T>[] = [];
  for (const piece of pieces) {
    const key = piece.text.trim();
    if (key.length === 0) {
      kept.push(piece);
      continue;
    }
    const earlier = byText.get(key);
    const original = earlier?.find(
      (other) =>
        other.font === piece.font &&
        Math.abs(other.size - piece.size) <= 0.01 * piece.size &&
        Math.abs(other.x0 - piece.x0) <= OVERPRINT_ALONG * piece.size &&
        Math.abs(other.y - piece.y) <= OVERPRINT_ACROSS * piece.size,
    );
    if (original !== undefined) {
      overprints.push({ copy: piece, original });
      continue;
    }
    if (earlier === undefined) byText.set(key, [piece]);
    else earlier.push(piece);
    kept.push(piece);
  }
  return { kept, overprints };
}

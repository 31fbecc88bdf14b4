/**
 * The shape of a kicker, read on its text alone: a short label of a few words (a section's name,
 * `Santé`, `Faits divers`, or a section and its subject, `Cyclisme - Ronde de l'Isard`) opening
 * on a capital, which no sentence's punctuation closes and which is no writer's name. Every
 * path asks the same question of a line set above a title (the PDF's printout in one face,
 * pdf-layout.ts; the furniture on top of a text extraction, furniture-on-top.ts; a kicker under
 * a page's running head, page-furniture.ts), each with its own bounds and its own evidence on
 * the title under it; the shape itself is read here only.
 */
import { BYLINE, startsLikeSentence } from './layout-block.ts';

export interface KickerBounds {
  /** Most words of the label. */
  words: number;
  /** Most characters of the label (none when the words alone bound it). */
  characters?: number;
  /**
   * How the label opens: on a capital (`capital`), or as a sentence may (`sentence`: a capital,
   * a figure or an opening quotation mark, layout-block.ts's `startsLikeSentence`).
   */
  opening: 'capital' | 'sentence';
  /**
   * Marks the label holds nowhere, beyond the closing punctuation no label has (a kicker read
   * with no face to back it is a bare label: no figure, quotation or dash).
   */
  marks?: RegExp;
}

/**
 * What a kicker read by its length alone (no face, no size to back it) holds nowhere: punctuation,
 * a figure, a quotation, a dash, a bar. The page's furniture (page-furniture.ts) and a plain text's
 * first line (plain-layout.ts) read the same bare label.
 */
export const BARE_LABEL_MARKS = /[\d.,;:!?«»—–|]/u;

/** A sentence's or a clause's punctuation closing the text: a label ends on none. */
const CLOSING_MARK = /[.,;:!?]$/u;

/** The text has a kicker's shape within `bounds` (see the module's comment). */
export function hasKickerShape(text: string, bounds: KickerBounds): boolean {
  if (bounds.characters !== undefined && text.length > bounds.characters) return false;
  if (text.split(' ').length > bounds.words) return false;
  if (bounds.opening === 'capital' ? !/^\p{Lu}/u.test(text) : !startsLikeSentence(text)) return false;
  if (CLOSING_MARK.test(text) || (bounds.marks !== undefined && bounds.marks.test(text))) return false;
  return !BYLINE.test(text);
}

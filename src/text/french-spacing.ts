/**
 * French typography's no-break spaces, for display: where a French paper sets a space no line
 * may break at and the text has a plain one (extraction and typing lose them), so a figure never
 * wraps away from its sign (`18` / `%`) nor a guillemet from its word. Only a plain space
 * already there is changed, never one added:
 *
 * - a narrow no-break space (U+202F, *espace fine insécable*) before `;` `!` `?` and `%`, and
 *   between a number's groups of three figures (`12 500`, `1 240`);
 * - a no-break space (U+00A0, *espace insécable*) before `:`, after `«` and before `»`, between a
 *   figure and a currency's sign (`400 000 €`) or the word it counts (`17 heures`, `30 hectares`),
 *   and inside an hour (`19 h 30`, `7 h`).
 *
 * The reader's French column shows its text so (render-reader-page.ts); the stored text, the
 * Markdown editions, the aligned document and the translation memory keep the text as the
 * source has it, which is what a search, a diff, a CAT tool's match or `bilingual import`
 * compares. Idempotent.
 */

const NARROW = '\u202f';
const NO_BREAK = '\u00a0';

/** A space before `;` `!` `?` `%` (one or more: `? !`). */
const BEFORE_NARROW = / (?=[;!?%])/g;
/** A space before `:` or a closing guillemet, or after an opening one. */
const BEFORE_COLON_OR_CLOSING = / (?=[:»])/g;
const AFTER_OPENING = /« /g;
/** A number's groups of three figures: a first group of one to three figures, no figure around. */
const GROUPED_NUMBER = /(?<![\d,.])\d{1,3}(?: \d{3})+(?![\d,]\d)/g;
/** A figure then a currency's sign. */
const BEFORE_CURRENCY = /(?<=\d) (?=[€$£¥])/g;
/** A figure then the word it counts (`17 heures`, `1 200 exposants`). */
const BEFORE_WORD = /(?<=\d) (?=\p{L})/gu;
/** An hour: `19 h 30`, `7 h`, the `h` a word of its own. */
const HOUR = /(?<=\b\d{1,2}) h(?: (?=\d{2}\b)|(?![\p{L}\d]))/gu;

/** The text with French typography's no-break spaces where it has plain ones (the module's comment says where). */
export function frenchSpacing(text: string): string {
  if (!text.includes(' ')) return text;
  return text
    .replace(GROUPED_NUMBER, (number) => number.replaceAll(' ', NARROW))
    .replace(HOUR, (hour) => hour.replaceAll(' ', NO_BREAK))
    .replace(BEFORE_CURRENCY, NO_BREAK)
    .replace(BEFORE_WORD, NO_BREAK)
    .replace(BEFORE_NARROW, NARROW)
    .replace(BEFORE_COLON_OR_CLOSING, NO_BREAK)
    .replace(AFTER_OPENING, `«${NO_BREAK}`);
}

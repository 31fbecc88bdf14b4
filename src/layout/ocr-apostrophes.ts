/**
 * Apostrophes OCR misreads around an elision, each mend a recorded repair:
 * - two marks for one (`l’'Hermitage`, `d'’Aurigny`, `aujourd”’hui`): the tail of a curly
 *   apostrophe read as a mark of its own. French never writes two apostrophes in a row inside a
 *   word, so the pair is one apostrophe: the curly one when the pair holds it (what the page
 *   printed: OCR reads a printed `’` as `'`, never the other way), else the straight one;
 * - a space after an elided word (`l’ Aveyron`, `d’ Annecy`, `n’ avaient`): OCR reads the gap a
 *   capital's shape or the apostrophe's kerning leaves as a space. An elided article, pronoun
 *   or conjunction (`l’`, `d’`, `qu’`, `jusqu’`, `aujourd’`) is always bound to the word it
 *   elides before: no space follows it in French.
 * - the elided `l` read as the figure `1` (`1’ AC`, `1’équipe`): the two share one stroke, and
 *   a figure alone before an apostrophe and a letter is no number French writes (a minute's
 *   mark, `1’30`, is followed by figures);
 * - an elided `L’` opening a sentence read small in the line (`nuit. l’agence`): OCR's language
 *   model leans to the small `l’`, far the more frequent, but French opens every sentence on a
 *   capital. Only after a full stop closing a word of two small letters or more, a figure or a
 *   closing mark: not after an abbreviation's capital (`M. l’abbé`), nor after `?` or `!`, which
 *   an incise may follow in small letters. A line opening on `l’` is left whatever the line above
 *   ends on, blank line or not: where an extraction interleaves two columns or a caption, or
 *   breaks a paragraph at a column's foot, the line above may be another block's. Nor after an
 *   enumeration's number (`1. l’âge, estimé par carottage ;`, opening the line or following the
 *   colon or semicolon that closes the item before): the stop is the number's, no sentence's
 *   end, and French sets an enumeration's items in small letters after it.
 * All run before the apostrophes' forms are weighed (ocr-normalize.ts), so that each counts once.
 */
import type { Repair } from '../types.ts';
import type { PageLine } from './page-line.ts';

/** Cheap first test: an apostrophe before a space or beside another mark. */
const MAYBE = /['’”][ '’”]/u;
/** Two apostrophe marks between letters (a closing `”` read for the tail of a `’` among them). */
const DOUBLED = /(?<=\p{L})(?:['’”]['’]|['’]”)(?=\p{L})/gu;
/**
 * An elided word at a word's start (not after an opening quote: `‘d’`), its apostrophe, a space,
 * and a letter: `l’ Aveyron`. The elided words French binds with an apostrophe: articles and
 * pronouns (`l`, `d`, `j`, `m`, `n`, `s`, `t`, `c`), `qu` and the conjunctions ending in it, and
 * `aujourd`.
 */
const SPACED_ELISION = /(?<![\p{L}\p{N}'’‘"“])((?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|aujourd)['’]) (?=\p{L})/giu;

/** Cheap first test for the two misreads of an elided `l`: `1’` alone, or a small `l’` after a full stop. */
const MAYBE_ELIDED_L = /(?:^|[^\p{L}\p{N}])1['’]|\. l['’]/u;
/**
 * What every match of `MAYBE_ELIDED_L` holds (`1’`, `. l’`), found without its negated Unicode
 * class, which the pattern tries at every position of every line: most lines stop here.
 */
const ELIDED_L_HINT = /1['’]|\. l['’]/;
/** The figure `1` alone for an elided `l`, maybe a space after it: `1’ AC`, `1’équipe`. */
const ONE_FOR_L = /(?<![\p{L}\p{N}'’.,])1(['’]) ?(?=\p{L})/gu;
/** A small `l’` after a full stop closing a word of two small letters, a figure or a closing mark. */
const SMALL_L_AFTER_STOP = /(?<=(?:\p{Ll}{2}|\p{N}|[»”)])\. )l(?=['’]\p{L})/gu;
/**
 * What stands before an enumeration's item (`1. `, `12. `): its number, at the line's start or after
 * the colon or semicolon closing the text before it, then the stop and a space; tested on the text
 * up to a small `l’` SMALL_L_AFTER_STOP found.
 */
const ITEM_NUMBER_BEFORE = /(?:^|[:;]\s+)\d{1,2}\. $/u;

export function mendOcrApostrophes(lines: readonly PageLine[]): { lines: PageLine[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const result = lines.map((line): PageLine => {
    const elidedL = ELIDED_L_HINT.test(line.content) && MAYBE_ELIDED_L.test(line.content);
    if (!elidedL && !MAYBE.test(line.content)) return line;
    let content = line.content;
    if (elidedL) {
      content = content.replace(ONE_FOR_L, (whole: string, apostrophe: string) => {
        repairs.push({ kind: 'ocr-misread-corrected', line: line.number, before: whole, after: `l${apostrophe}`, reason: 'elided-l-read-as-one', evidence: `"${whole}" before a letter: a figure alone before an apostrophe is no number; the elided "l", whose stroke OCR read as a 1` });
        return `l${apostrophe}`;
      });
      content = content.replace(SMALL_L_AFTER_STOP, (small: string, offset: number, text: string) => {
        // An enumeration's number before it: an item set in small letters, no sentence opening.
        if (ITEM_NUMBER_BEFORE.test(text.slice(0, offset))) return small;
        repairs.push({ kind: 'ocr-misread-corrected', line: line.number, before: 'l', after: 'L', reason: 'sentence-opening-elision', evidence: "a small \"l’\" right after a full stop: French opens a sentence on a capital, which OCR read small" });
        return 'L';
      });
    }
    if (!MAYBE.test(content)) return content === line.content ? line : { ...line, content };
    content = content.replace(DOUBLED, (pair: string) => {
      const one = pair.includes('’') || pair.includes('”') ? '’' : "'";
      repairs.push({ kind: 'apostrophe-normalized', line: line.number, before: pair, after: one, reason: 'apostrophe-read-twice', evidence: `"${pair}" between letters: French writes one apostrophe there, its tail read as a second mark` });
      return one;
    });
    content = content.replace(SPACED_ELISION, (spaced: string, elided: string) => {
      repairs.push({ kind: 'space-collapsed', line: line.number, before: spaced, after: elided, reason: 'space-after-elision', evidence: `"${elided}" is an elided word, bound to the word after it: no space follows an elision's apostrophe in French` });
      return elided;
    });
    return content === line.content ? line : { ...line, content };
  });
  return { lines: result, repairs };
}

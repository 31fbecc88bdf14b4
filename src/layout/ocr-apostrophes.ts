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
 * Both run before the apostrophes' forms are weighed (ocr-normalize.ts), so that each counts once.
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

export function mendOcrApostrophes(lines: readonly PageLine[]): { lines: PageLine[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const result = lines.map((line): PageLine => {
    if (!MAYBE.test(line.content)) return line;
    let content = line.content.replace(DOUBLED, (pair: string) => {
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

/**
 * A word in small letters an extraction glued to the capitalised word after it
 * (`boulangerieAubert-Guérin`, `àAngers.`, `hiverUn`), parted again. Where a line holds pieces
 * of text drawn one by one (a spreadsheet's wrapped cell, a text layer's items), `pdftotext
 * -raw`, pdf.js and PDFBox may write no space between two of them when the gap falls under
 * their threshold; two words then read as one that no French text holds.
 *
 * Evidence: a token opening on small letters (after a space, a line's start, an opening quote
 * or bracket, or an elision's apostrophe) that make a word the list knows, or a short word
 * French uses alone (`à`, `de`, `y`), then a capitalised word (`Angers`, `Un`): French never
 * sets a capital inside a word in small letters. A token whose small letters make no word
 * (`kWh`, `iPhone`, `eBay`), or whose capital opens no word in small letters (`pdfTeX`), is a
 * unit's or a brand's spelling; a piece after a hyphen (`Sablé-surSarthe`, a compound whose
 * line-end hyphen was removed) is another repair's (restore-removed-hyphens). A capitalised
 * common word after the glue (`baissePour`: a heading run into its paragraph's first line) opens
 * a sentence where the extraction lost a line's end; the space gives the words back, not the
 * line's end. A line printed twice over itself and read twice (`…un hiverUn album…un hiver`) is
 * left as it is: parting it would make the copy read as words.
 * Each parting is a recorded repair; a text with no small letter before a capital costs one
 * regular expression.
 */
import type { Repair } from '../types.ts';
import type { FrenchLexicon } from './french-lexicon.ts';
import { SHORT_WORDS } from './split-words.ts';
import { partLines } from './part-lines.ts';

export interface GluedCapitalWords {
  text: string;
  repairs: Repair[];
}

let gluedPattern: RegExp | undefined;
/** Small letters opening a token or following an elision's apostrophe (`d’hiverLes`), then a capitalised word: a capital, small letters, and no other letter (where the space goes). */
function glued(): RegExp {
  return (gluedPattern ??= /(?<=^|[\s«“"(’'])(\p{Ll}+)(?=[A-ZÀ-ÖØ-ÞŒ]\p{Ll}+(?:\P{L}|$))/gmu);
}
let anyPattern: RegExp | undefined;
/**
 * The precondition: a small letter right before a capital and a small letter anywhere in the text;
 * the first two the Latin letters French writes (a word the list knows ends on one; the capital as
 * `glued` reads it): a text scanned for `\p{Ll}` at every letter costs ten times more.
 */
function anyGlued(): RegExp {
  return (anyPattern ??= /[a-zß-öø-ÿœ][A-ZÀ-ÖØ-ÞŒ]\p{Ll}/u);
}

/** Small letters that make a French word on their own: the list's, or a short word French uses alone. */
function isFrenchWord(letters: string, lexicon: FrenchLexicon): boolean {
  return letters.length <= 2 ? SHORT_WORDS.has(letters) : SHORT_WORDS.has(letters) || lexicon.has(letters);
}

/**
 * Whether the text from `at` to the line's end is the line's own beginning (`Un album né pendant
 * un hiverUn album né pendant un hiver`): a line printed twice over itself, which pdf.js reads
 * twice with nothing between; parting it would only make the copy read as words.
 */
function repeatsLineStart(line: string, at: number): boolean {
  const rest = line.slice(at).trimEnd();
  return rest.length > 0 && line.trimStart().startsWith(rest) && at > 0;
}

export function splitGluedCapitalWords(text: string, lexicon: FrenchLexicon): GluedCapitalWords {
  if (!anyGlued().test(text)) return { text, repairs: [] };
  return partLines(
    text,
    (line) =>
      anyGlued().test(line)
        ? line.replace(glued(), (letters: string, _letters: string, at: number) => (isFrenchWord(letters, lexicon) && !repeatsLineStart(line, at + letters.length) ? `${letters} ` : letters))
        : line,
    {
      reason: 'word-glued-to-capital',
      evidence: 'a French word in small letters glued to a capitalised word: two pieces of text drawn apart on a line, joined by the extraction with no space',
    },
  );
}

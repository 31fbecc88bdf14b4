/**
 * A grave or circumflex accent on an `e` that OCR lost or read as an acute, each change a
 * recorded repair with its evidence (ocr-letter-misreads.ts calls it after its own rules):
 * - the accent lost (`apres`, `kilometres`, `rachetent`): a grave or circumflex is a short
 *   slant over a small letter, which Tesseract's French model drops where a small face or a
 *   thin stroke leaves it a speck;
 * - the accent read as an acute (`arrété`, `créperie`, `piégent`): the grave is the acute's
 *   stroke slanted the other way, the circumflex two strokes of which OCR kept one.
 * Read where the word, in small letters, is none the lexicon knows and exactly one word the
 * lexicon knows puts a grave or a circumflex on one of its `e`s (`pres`, `des` and `dés` stay:
 * words themselves; `prés` and `près` both known would leave a word with two readings as read).
 * Names are capitalised, and left as read; so are pieces of a compound or of a word cut at the
 * line's end (`rache-` + `tent`), and a word the extraction spaced apart (`kilo metres`), whose
 * pieces glued are a word. An acute lost (`recupere`) is left: Tesseract's French model keeps
 * it, and `e` and `é` stand for each other in too many forms the lexicon knows both of.
 */
import type { Repair } from '../types.ts';
import type { FrenchLexicon } from './french-lexicon.ts';
import type { PageLine } from './page-line.ts';

/**
 * A word of four small letters or more, whole: no letter, figure or hyphen before it, nor those or
 * an apostrophe after it. Shorter ones are mostly pieces of a word the extraction spaced apart
 * (`éta blissement`, `XIX eme`), which an accent would make no more a word.
 */
const SMALL_WORD = /(?<![\p{L}\p{N}\u00AD¬-])\p{Ll}{4,}(?![\p{L}\p{N}'’\u00AD¬-])/gu;
/** The accents a lost or misread accent on an `e` may have been. */
const ACCENTS_FOR: Readonly<Record<string, readonly string[]>> = { e: ['è', 'ê'], 'é': ['è', 'ê'] };
/** A line the line after continues a word of (`rache-` + `tent`). */
const CUT_AT_END = /[-¬\u00AD\u2010]\s*$/u;

/** The one word the lexicon knows with a grave or circumflex on one of `word`'s `e`s or `é`s, if exactly one. */
export function accentedReading(word: string, lexicon: FrenchLexicon): string | undefined {
  let found: string | undefined;
  for (let index = 0; index < word.length; index += 1) {
    for (const other of ACCENTS_FOR[word[index] as string] ?? []) {
      const candidate = `${word.slice(0, index)}${other}${word.slice(index + 1)}`;
      if (!lexicon.has(candidate)) continue;
      if (found !== undefined && found !== candidate) return undefined;
      found = candidate;
    }
  }
  return found;
}

/** Whether the lexicon knows `word`, or it with a grave or circumflex read back on one `e`. */
function isWordMaybeAccented(word: string, lexicon: FrenchLexicon): boolean {
  return lexicon.has(word) || accentedReading(word, lexicon) !== undefined;
}

/** The lost or acute-read accents on an `e` read back (see the module's comment). */
export function readLostEAccents(lines: readonly PageLine[], lexicon: FrenchLexicon, repairs: Repair[]): PageLine[] {
  return lines.map((line, lineIndex): PageLine => {
    const text = line.content;
    // Cheap first test: a line with no small `e` or `é` has nothing to read.
    if (!text.includes('e') && !text.includes('é')) return line;
    const continuesWord = CUT_AT_END.test(lines[lineIndex - 1]?.content ?? '');
    SMALL_WORD.lastIndex = 0;
    const content = text.replace(SMALL_WORD, (word: string, offset: number) => {
      if ((!word.includes('e') && !word.includes('é')) || lexicon.has(word)) return word;
      if (offset === 0 && continuesWord) return word;
      // A piece of a word the extraction spaced apart: glued to the word beside it, a word (its accent lost too, maybe).
      const before = /(\p{L}+)\s$/u.exec(text.slice(Math.max(0, offset - 30), offset))?.[1];
      const after = /^\s(\p{L}+)/u.exec(text.slice(offset + word.length, offset + word.length + 30))?.[1];
      if (before !== undefined && isWordMaybeAccented(`${before}${word}`, lexicon)) return word;
      if (after !== undefined && isWordMaybeAccented(`${word}${after}`, lexicon)) return word;
      const read = accentedReading(word, lexicon);
      if (read === undefined) return word;
      repairs.push({
        kind: 'ocr-misread-corrected',
        line: line.number,
        before: word,
        after: read,
        reason: 'e-accent-lost',
        evidence: `"${word}" is no word the lexicon knows and "${read}", with a grave or circumflex on its e, is the only one that is: OCR lost the accent or read it as another`,
      });
      return read;
    });
    return content === text ? line : { ...line, content };
  });
}

/**
 * A grave or circumflex accent on an `e` that OCR lost or read as an acute, each change a
 * recorded repair with its evidence (ocr-letter-misreads.ts calls it after its own rules):
 * - the accent lost (`apres`, `kilometres`, `rachetent`): a grave or circumflex is a short
 *   slant over a small letter, which Tesseract's French model drops where a small face or a
 *   thin stroke leaves it a speck;
 * - the accent read as an acute (`piégent`, `aprés`): the grave is the acute's stroke slanted the
 *   other way.
 * Read where the word, in small letters, is none the lexicon knows and exactly one word the
 * lexicon knows puts a grave or a circumflex on one of its `e`s (`pres`, `des` and `dés` stay:
 * words themselves; `prés` and `près` both known would leave a word with two readings as read).
 * Names are capitalised, and left as read; so are pieces of a compound or of a word cut at the
 * line's end (`rache-` + `tent`), and a word the extraction spaced apart (`kilo metres`), whose
 * pieces glued are a word. An acute lost (`recupere`) is left: Tesseract's French model keeps
 * it, and `e` and `é` stand for each other in too many forms the lexicon knows both of. A
 * circumflex lost or read as an acute (`arrété`, `créperie`) is left too, for speed (`SITE`).
 */
import type { Repair } from '../types.ts';
import { memoisedHas, type FrenchLexicon } from './french-lexicon.ts';
import type { PageLine } from './page-line.ts';

/**
 * Where a word may hold an accent to read back, found on the line's characters (a pattern of
 * small letters tried from every position of every line cost more than the rest of the pass):
 * an `e` or an `é` where French sets a grave, before one or two consonants and a mute ending at
 * the word's end (`-ère`, `-ètres`, `-ègent`), or before a closing `s` after `r` or `c` (`après`,
 * `très`, `succès`). A circumflex, set before any consonant, is not read back: every word with an
 * `é` or an `e` would be asked of the lexicon (a tenth of the structure stage's time on pages).
 */
const SITE = /[eé][b-df-hj-np-tv-z]{1,2}e(?:s|nt)?(?![a-zà-öø-ÿœ])|(?<=[rc])[eé]s(?![a-zà-öø-ÿœ])/g;
/** Shortest word read: shorter ones are mostly pieces of a word the extraction spaced apart (`éta blissement`, `XIX eme`). @default 4 */
const SHORTEST = 4;
/** What may not stand beside a whole word: a letter or a figure, and a hyphen (`-`, soft, `¬`) or, after it, an apostrophe. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NOT_BEFORE = new Set(['-', '\u00AD', '¬', '\u2010']);
const NOT_AFTER = new Set(['-', '\u00AD', '¬', '\u2010', "'", '’']);

/** A small letter of the scripts French is written in (Latin-1's and `œ`), read on its code. */
function isSmall(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7) || code === 0x153;
}

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
  const has = memoisedHas(lexicon);
  const known: FrenchLexicon = { ...lexicon, has };
  return lines.map((line, lineIndex): PageLine => {
    const text = line.content;
    let result = '';
    let copied = 0;
    let done = 0;
    SITE.lastIndex = 0;
    for (let site = SITE.exec(text); site !== null; site = SITE.exec(text)) {
      if (site.index < done) continue;
      let offset = site.index;
      while (offset > 0 && isSmall(text.charCodeAt(offset - 1))) offset -= 1;
      let end = site.index + 1;
      while (end < text.length && isSmall(text.charCodeAt(end))) end += 1;
      done = end;
      SITE.lastIndex = Math.max(SITE.lastIndex, end);
      const word = text.slice(offset, end);
      if (word.length < SHORTEST || has(word)) continue;
      const before = offset > 0 ? (text[offset - 1] as string) : '';
      const after = end < text.length ? (text[end] as string) : '';
      if (NOT_BEFORE.has(before) || NOT_AFTER.has(after) || LETTER_OR_DIGIT.test(before) || LETTER_OR_DIGIT.test(after)) continue;
      // A line opening on the end of a word the line before cut (`rache-` + `tent`).
      if (offset === 0 && CUT_AT_END.test(lines[lineIndex - 1]?.content ?? '')) continue;
      // A piece of a word the extraction spaced apart: glued to the word beside it, a word (its accent lost too, maybe).
      const previous = /(\p{L}+)\s$/u.exec(text.slice(Math.max(0, offset - 30), offset))?.[1];
      const next = /^\s(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1];
      if (previous !== undefined && isWordMaybeAccented(`${previous}${word}`, known)) continue;
      if (next !== undefined && isWordMaybeAccented(`${word}${next}`, known)) continue;
      const read = accentedReading(word, known);
      if (read === undefined) continue;
      repairs.push({
        kind: 'ocr-misread-corrected',
        line: line.number,
        before: word,
        after: read,
        reason: 'e-accent-lost',
        evidence: `"${word}" is no word the lexicon knows and "${read}", with a grave or circumflex on its e, is the only one that is: OCR lost the accent or read it as another`,
      });
      result += text.slice(copied, offset) + read;
      copied = end;
    }
    return copied === 0 ? line : { ...line, content: result + text.slice(copied) };
  });
}

/**
 * A number an extraction glued to the capitalised word after it (`2026Le Courrier`, `1/1Monde`,
 * `7SCIENCES`), parted again. pdf.js's text (as a reader copies it from Firefox's viewer) and
 * pypdf's join two pieces of text drawn apart on one line with nothing between them where the
 * gap is wide (a running head's date and the paper's name set flush right, a folio and the
 * section's label): the head then reads as words no other page repeats, and stays in the text.
 * French sets a space between a number and a word; a figure glued to a capitalised French word
 * comes from the extraction (over every read split, pypdf's and pdf.js's texts hold it on fifty
 * pages, the other tools' on none but in OCR's misreads).
 *
 * Evidence: figures (after a space, a line's start, `/` or `-`), then a capital opening a word
 * the word list knows (with an elided article: `2026L’Indépendant`; of two letters, only one French
 * uses alone: `Le`, `La`) or three capitals or more (a section's label: `2026DÉPARTEMENT`). `2CV`, `4G`, `3D`, `5Mo` do not read so. Each parting
 * is a recorded repair; a text with no figure before a capital costs one regular expression.
 */
import type { Repair } from '../types.ts';
import type { FrenchLexicon } from './french-lexicon.ts';
import { SHORT_WORDS } from './split-words.ts';
import { partLines } from './part-lines.ts';
import { WEEKDAYS } from './french-dates.ts';

/**
 * The patterns are built at their first use (a getter each): a text with no figure glued to a
 * capital nor weekday glued to a word never reads them, and their `\p{…}` classes cost ICU
 * look-ups when built.
 */
let gluedWordPattern: RegExp | undefined;
/** Figures, and the word glued to them: a capital then letters (an elided article's apostrophe among them). */
function gluedWord(): RegExp {
  return (gluedWordPattern ??= /(?<=(?:^|[\s/-])[\d/]*\d)(\p{Lu}[\p{L}’']+)/gmu);
}
let capitalsPattern: RegExp | undefined;
function capitals(): RegExp {
  return (capitalsPattern ??= /^\p{Lu}{3,}$/u);
}
/** The weekdays as a page prints them, in small letters or in capitals (`lundi`, `LUNDI`). */
const WEEKDAYS_EITHER_CASE = [...WEEKDAYS, ...WEEKDAYS.map((day) => day.toUpperCase())];
let gluedWeekdayPattern: RegExp | undefined;
/** A weekday's name glued after a letter or a mark (not a space), with a day's figure after it. */
function gluedWeekday(): RegExp {
  return (gluedWeekdayPattern ??= new RegExp(String.raw`(?<=[\p{L}.,;:|\]])(?=(?:${WEEKDAYS_EITHER_CASE.join('|')}) \d)`, 'gu'));
}

export interface GluedNumberWords {
  text: string;
  repairs: Repair[];
}

/**
 * A word French sets after a number: three capitals or more, or a word the list knows, of two
 * letters only if French uses it alone (`Le`, not `Mo` or `CV`); two capitals only inside a line
 * set in capitals (`24LA RECETTE`): before a word in small letters they are a code's letters
 * (`la zone 2AU des…`, as `2CV`).
 */
function isGluedWord(word: string, lexicon: FrenchLexicon, after: string): boolean {
  if (capitals().test(word)) return true;
  if (word.length <= 2) return SHORT_WORDS.has(word.toLowerCase()) && (word.length < 2 || /\p{Ll}/u.test(word) || /^\s+\p{Lu}{2}/u.test(after));
  return lexicon.has(word);
}

/** A weekday's last two letters (`lundi`, `dimanche`), a space and a figure: where every match of `gluedWeekday()` ends. */
const WEEKDAY_END = /(?:di|DI|he|HE) \d/g;
let gluedBeforePattern: RegExp | undefined;
/** What `gluedWeekday()`'s look-behind reads: the character (code point) before the weekday. */
function gluedBefore(): RegExp {
  return (gluedBeforePattern ??= /[\p{L}.,;:|\]]$/u);
}

/**
 * Whether `gluedWeekday()` matches anywhere in the text, read from its literal end (`di 5`, `he 5`),
 * which V8 finds fast, instead of trying the look-behind and the fourteen names at every
 * position of the text (the costliest step of the cleaning before layout).
 */
function holdsGluedWeekday(text: string): boolean {
  WEEKDAY_END.lastIndex = 0;
  for (let match = WEEKDAY_END.exec(text); match !== null; match = WEEKDAY_END.exec(text)) {
    const end = match.index + 2;
    for (const day of WEEKDAYS_EITHER_CASE) {
      const start = end - day.length;
      if (start > 0 && text.startsWith(day, start) && gluedBefore().test(text.slice(Math.max(0, start - 2), start))) return true;
    }
  }
  return false;
}

export function splitGluedNumberWords(text: string, lexicon: FrenchLexicon): GluedNumberWords {
  const numbers = /\d\p{Lu}/u.test(text);
  const weekdays = holdsGluedWeekday(text);
  if (!numbers && !weekdays) return { text, repairs: [] };
  return partLines(
    text,
    (line) => {
      const numbered = numbers && /\d\p{Lu}/u.test(line) ? line.replace(gluedWord(), (word: string, _word: string, at: number) => (isGluedWord(word, lexicon, line.slice(at + word.length)) ? ` ${word}` : word)) : line;
      return weekdays ? numbered.replace(gluedWeekday(), ' ') : numbered;
    },
    {
      reason: 'number-glued-to-word',
      evidence: 'figures glued to a capitalised French word, or a date glued after a word: two pieces of text drawn apart on a line, joined by the extraction with no space',
    },
  );
}

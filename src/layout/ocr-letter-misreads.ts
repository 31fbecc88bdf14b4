/**
 * Shapes OCR confuses, read where the letters it gives make no French word, each change a
 * recorded repair with its evidence:
 * - `ler` for `1er` (the figure one read as the letter l): `le ler mars`, `du ler juillet`;
 *   before `siècle` or `millénaire`, French prints the Roman `Ier` (`le Ier siècle av. J.-C.`),
 *   whose capital I OCR reads as l too;
 * - `Ile` before `siècle`: the Roman `IIe` (`à la fin du IIe siècle`), its second I read as l;
 * - `I]` before a word in small letters: the pronoun `Il` (`I] aura fallu`), the l read as a
 *   closing bracket;
 * - `IL`, `II`, `||` or `I!` opening a sentence before a word in small letters: the pronoun `Il`
 *   (`IL était pêcheur`, `II respirait`, `— I! a fallu`), its small l read as a capital, the two
 *   the same stroke in many faces, both strokes read as bars, or the l as `!`; and `11` there
 *   before a word in small letters a count of eleven cannot count (no plural, no unit, month or
 *   word joining figures: `11 y a`, `11 avait`), both strokes read as ones.
 * - `m?` after a figure, before a word in small letters: `m²` (`14 m? à 590 euros`, `3 800 m?
 *   d’exposition`), the small raised `²` read as a question mark (or `2?`, `°?`, `?2`); a question
 *   mark never stands before a small letter after a measure, nor before a comma, and a line
 *   ending on one is followed by a new sentence's capital, not a small letter;
 * - a diaeresis on an `i` (`nuït`, `jamaïs`, `bataïlle`, `souhaiïit`): a speck over the letter,
 *   read where the word with it is no word the lexicon knows and the word without it is one
 *   (`maïs` and `naïf` stay: words themselves; a capitalised word may be a name, `Loïc`);
 *   an `i` read twice, once with the speck (`Sud-Raïil`, `Gïilbert`, `Lauragaïis`), in any word
 *   the lexicon does not know, names too: no French word or name writes `iï` or `ïi`.
 * - an elided article whose apostrophe OCR lost (`Leau`, `Lidée`, `linspectrice`, `lun des`): the
 *   apostrophe after an `L` is a thin mark hugging the letter, which a poor scan or a sans face
 *   loses, and the small `l` is read for the capital beside it. Read where the word is none the
 *   lexicon knows and the word without its `l` is one (`lune` and `laine` stay: words
 *   themselves; `Lorient` too), only where a sentence opens: a capital at a line's start or
 *   after a stop, a quote or a dash (inside a sentence it may open a name, `Lévêque`; after
 *   `M.` too), a small `l` after a stop (the line's start after a line ending one), made the
 *   capital it was read for. Inside a sentence a small `l` and a word are as often a piece of
 *   a word the extraction cut (`vil-` + `lage`, `bal lon`, `lor s`), so never there, nor
 *   before a hyphen (`lun-` + `di`), nor where the word glued to the one before or after is
 *   one. The apostrophe put back is the form the text writes most, so the forms' weighing that
 *   follows (ocr-normalize.ts) is not swayed by it.
 * - an accented capital read as a plain `E` (`Elise`, `l’Ecole`), where the text writes the same
 *   word with its accent itself and the word as read is none the lexicon knows
 *   (`restoreAccentedCapitals`).
 * - a grave or circumflex accent read for another on an `e` (`mêtre`, `inquiêtent`), where the
 *   word is none the lexicon knows and one word with another accent there is one
 *   (`readGraveAndCircumflex`); one lost, or read as an acute (`apres`, `arrété`), in
 *   ocr-lost-accents.ts.
 * `ler` is no French word (but the end of one hyphenated at the line before: `rappe-` + `ler`),
 * nor `I]` any word at all; `Ile` alone may be the island (`l’Ile
 * Verte`, written without its accent), so only the century shows the numeral.
 */
import type { Repair } from '../types.ts';
import type { FrenchLexicon } from './french-lexicon.ts';
import { endsSentence } from './layout-block.ts';
import { readLostEAccents } from './ocr-lost-accents.ts';
import type { PageLine } from './page-line.ts';
import { MONTHS_ACCENTED } from './french-dates.ts';
import { letterRunStart } from '../text/letters.ts';

/** Cheap first test: a line holding none of these has nothing to correct. */
const MAYBE = /\bler\b|\bIle\b|I\]|\bI[LI!]|[I|]\||\|l|\dm|m\S{0,2}\?|ï|\b11 /u;
/**
 * A unit of area after a figure, its raised `²` read as `?` (or `2?`, `°?`, `?2`), before a word
 * in small letters, a comma, a semicolon or a closing parenthesis, or at the line's end (where the
 * next line must open on a small letter: `correctLetterMisreads` looks).
 */
const SQUARE_UNIT = /(?<=\d[ \u00A0\u202F]?)([kcd]?m)(?:(?:2|°)?\?|\?2)(?=\s+\p{Ll}|[,;)]|\s*$)/gu;
/** A word in small letters holding an `ï`, maybe beside an `i` OCR read twice (`souhaiïit`). */
const DIAERESIS_WORD = /(?<![\p{L}\p{N}])\p{Ll}*ï\p{Ll}*(?![\p{L}\p{N}])/gu;
/** A word holding an `i` read twice, once with a diaeresis (`Raïil`, `Planoiïse`), whatever its case. */
const DOUBLED_I_WORD = /(?<![\p{L}\p{N}])[\p{L}-]*(?:iï|ïi)[\p{L}-]*(?![\p{L}\p{N}])/gu;
/** `ler` as a word of its own, and the word after it (on the same line) if any. */
const FIRST = /(?<![\p{L}\p{N}'’-])ler(?![\p{L}\p{N}'’-])(?=(\s+\S+)?)/gu;
/** `Ile` before `siècle`. */
const SECOND_CENTURY = /(?<![\p{L}\p{N}'’-])Ile(?=\s+siècles?\b)/gu;
/** `I]` before a word opening on a small letter. */
const PRONOUN_IL = /(?<![\p{L}\p{N}])I\](?=\s+\p{Ll})/gu;
/**
 * `IL`, `II` or `||` where a sentence opens (the line's start, after a stop, a quote or a dash),
 * before a word opening on a small letter: the pronoun `Il`, whose two upright strokes OCR reads
 * as two capitals or two bars. A Roman `II` follows a name (`Élisabeth II`), never opens a
 * sentence before a verb; a bar is no letter.
 */
const CAPITAL_IL = /(?<=^|[.!?…]\s+|[«"“—–]\s*)(?:IL|II|\|\||I\||\|l|I!|11)(?=\s+\p{Ll})/gu;
/** The word after a misread `Il`, in small letters. */
const NEXT_WORD = /^\s+(\p{Ll}+)/u;
/**
 * What a count of eleven may stand before at a sentence's start, though no plural: a unit
 * (`11 h`, `11 km`), a month (`11 mai`), or a word joining it to another figure (`11 et 12`,
 * `11 à 0`, `11 contre 7`). Any other word in small letters without the plural's `s` or `x`
 * is no noun a count of eleven counts: `11` is the pronoun `Il` (`11 y a`, `11 avait`).
 */
const AFTER_ELEVEN: ReadonlySet<string> = new Set([
  'h', 'min', 's', 'mm', 'cm', 'm', 'km', 'g', 'kg', 't', 'l', 'ha', ...MONTHS_ACCENTED, 'et', 'ou', 'à', 'au', 'contre', 'sur', 'de', 'du', 'en', 'par', 'pour', 'bis', 'ter',
]);
/**
 * A word of three letters or more opening on `l` or `L` and a vowel, standing alone (no
 * apostrophe, hyphen or letter beside it): an elided `l’` whose apostrophe OCR may have lost.
 */
const LOST_ELISION = /(?<![\p{L}\p{N}'’-])([Ll])([aeiouhéèêàâîôû]\p{Ll}+)(?![\p{L}\p{N}'’-])/gu;
/**
 * Cheap first test of a line: an `L` or `l` and a vowel where `restoreLostElisions` may read an
 * elision, which needs a sentence's opening right before it: the line's start, a stop and spaces,
 * or (for `L`) an opening quote or a dash and any spaces (`opensAfter`). Every word it restores
 * has this before it, so a line without it is left as it is.
 */
export const ELISION_WHERE_SENTENCE_OPENS = /^[Ll][aeiouhéèêàâîôû]|[.!?…]\s+[Ll][aeiouhéèêàâîôû]|[«"“—–]\s*L[aeiouhéèêàâîôû]/u;
/** Where a sentence opens, before an offset of the line: its start, or a stop, a quote or a dash and a space. */
const SENTENCE_OPENS = /(?:^|[.!?…]\s+|[«"“—–]\s*)$/u;
/** A title's or an initial's stop (`M.`, `Mme.`, `J.`), before a name, not a sentence's end. */
const TITLE_STOP = /(?:^|[\s(])(?:\p{Lu}|Mme|Mlle|Me|Dr|MM)\.\s+$/u;
/** After a stop only (not a quote or dash): where a small `l` read for a capital is one. */
const AFTER_STOP = /(?:^|[.!?…]\s+)$/u;

/** What a Roman ordinal numbers in French print: centuries and millennia. */
const ROMAN_COUNTED = /^\s*(?:siècles?|millénaires?)\b/u;

/** `lexicon` lets a diaeresis OCR added be read off (without it, that rule is left out). */
export function correctLetterMisreads(lines: readonly PageLine[], lexicon?: FrenchLexicon): { lines: PageLine[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const result = lines.map((line, index): PageLine => {
    if (!MAYBE.test(line.content)) return line;
    const next = lines[index + 1]?.content ?? '';
    // A line opening on the end of a word the line before hyphenated (`rappe-` + `ler`).
    const continuesWord = /[-¬\u2010]$/u.test(lines[index - 1]?.content ?? '');
    let content = line.content.replace(FIRST, (word: string, after: string | undefined, offset: number) => {
      if (offset === 0 && continuesWord) return word;
      // The word after `ler`: on its line, or the next line's first.
      const following = after ?? ` ${next}`;
      const roman = ROMAN_COUNTED.test(following);
      repairs.push({
        kind: 'ocr-misread-corrected',
        line: line.number,
        before: 'ler',
        after: roman ? 'Ier' : '1er',
        reason: 'ordinal-read-as-ler',
        evidence: roman ? '"ler" is no French word: before "siècle", the Roman "Ier" whose I OCR read as l' : '"ler" is no French word: "1er", whose figure OCR read as l',
      });
      return roman ? 'Ier' : '1er';
    });
    content = content.replace(SECOND_CENTURY, () => {
      repairs.push({ kind: 'ocr-misread-corrected', line: line.number, before: 'Ile', after: 'IIe', reason: 'ordinal-read-as-ile', evidence: 'before "siècle", the Roman "IIe" whose second I OCR read as l' });
      return 'IIe';
    });
    content = content.replace(PRONOUN_IL, () => {
      repairs.push({ kind: 'ocr-misread-corrected', line: line.number, before: 'I]', after: 'Il', reason: 'l-read-as-bracket', evidence: '"I]" before a word in small letters is the pronoun "Il", its l read as a bracket' });
      return 'Il';
    });
    content = content.replace(CAPITAL_IL, (misread: string, offset: number, whole: string) => {
      if (misread === '11') {
        const after = NEXT_WORD.exec(whole.slice(offset + 2))?.[1] ?? '';
        if (AFTER_ELEVEN.has(after) || after.endsWith('s') || after.endsWith('x')) return misread;
      }
      repairs.push({ kind: 'ocr-misread-corrected', line: line.number, before: misread, after: 'Il', reason: 'l-read-as-capital', evidence: misread === '11' ? '"11" opening a sentence before a word in small letters that no count of eleven counts (no plural, unit or month) is the pronoun "Il", its strokes read as ones' : `"${misread}" opening a sentence before a word in small letters is the pronoun "Il", its strokes read as capitals, bars or "!"` });
      return 'Il';
    });
    content = content.replace(SQUARE_UNIT, (misread: string, unit: string, offset: number, whole: string) => {
      // At the line's end, the next line goes on with the sentence (`3 800 m?` + `d’exposition`).
      if (whole.slice(offset + misread.length).trim() === '' && !/^\s*\p{Ll}/u.test(next)) return misread;
      repairs.push({ kind: 'ocr-misread-corrected', line: line.number, before: misread, after: `${unit}²`, reason: 'square-read-as-question-mark', evidence: `"${misread}" after a figure and before a word in small letters is "${unit}²", its raised 2 read as a question mark` });
      return `${unit}²`;
    });
    if (lexicon !== undefined && (content.includes('iï') || content.includes('ïi'))) {
      content = content.replace(DOUBLED_I_WORD, (word: string) => {
        const plain = word.replace(/iï|ïi/gu, 'i');
        if (lexicon.has(word)) return word;
        repairs.push({ kind: 'ocr-misread-corrected', line: line.number, before: word, after: plain, reason: 'i-read-twice', evidence: `"${word}" is no word the lexicon knows, and no French word writes "iï" or "ïi": an i read twice, once with a speck over it` });
        return plain;
      });
    }
    if (lexicon !== undefined && content.includes('ï')) {
      content = content.replace(DIAERESIS_WORD, (word: string) => {
        const plain = word.replace(/iï|ïi/gu, 'i').replace(/ï/gu, 'i');
        if (lexicon.has(word) || !lexicon.has(plain)) return word;
        repairs.push({ kind: 'ocr-misread-corrected', line: line.number, before: word, after: plain, reason: 'diaeresis-added', evidence: `"${word}" is no word the lexicon knows and "${plain}" is one: a speck over the i read as a diaeresis` });
        return plain;
      });
    }
    return content === line.content ? line : { ...line, content };
  });
  // Last, once `ler` is read as `1er`: it is no elided `l’er`.
  return { lines: lexicon === undefined ? result : readLostEAccents(readGraveAndCircumflex(restoreAccentedCapitals(restoreLostElisions(result, lexicon, repairs), lexicon, repairs), lexicon, repairs), lexicon, repairs), repairs };
}

/**
 * `l’` put back where OCR lost the apostrophe of an elided article (see the module's comment):
 * `Leau` → `L’eau`, `lavocate` opening a sentence → `L’avocate`.
 */
function restoreLostElisions(lines: readonly PageLine[], lexicon: FrenchLexicon, repairs: Repair[]): PageLine[] {
  let apostrophe: string | undefined;
  let previous = '';
  // The word the last line ending on a hyphen cut, whatever furniture came after it (`vil-`, a page's head, `lage`).
  let cut = '';
  return lines.map((line, index): PageLine => {
    const before = previous;
    const lastCut = cut;
    const trimmed = line.content.trimEnd();
    // Asked only of a line whose last character is such a hyphen, and read from the end: the
    // pattern `/(\p{L}+)[-¬\u00AD\u2010\u2011]$/u`, tried from every letter, cost a third of the pass.
    if (LINE_END_HYPHENS.has(trimmed.at(-1) ?? '')) {
      const start = letterRunStart(trimmed, trimmed.length - 1);
      if (start < trimmed.length - 1) cut = trimmed.slice(start, -1);
    }
    // Blank lines are not lines here: the line after one says so (the page's first line too).
    const blankBefore = index === 0 || line.blankBefore || line.pageBreakBefore;
    if (line.content.trim() !== '') previous = line.content.trim();
    // Most lines hold an `l` word (`les`, `leur`) but none where a sentence opens: only those the replace below can change are read.
    if (!ELISION_WHERE_SENTENCE_OPENS.test(line.content)) return line;
    LOST_ELISION.lastIndex = 0;
    const content = line.content.replace(LOST_ELISION, (word: string, letter: string, rest: string, offset: number, whole: string) => {
      // Most matches are an article's `les`, `leur`, `lui` inside a sentence: what follows keeps
      // only a word after a sentence's opening (a stop and spaces, or a quote or dash for `L`), so
      // a word with none of it before is kept at once, before the line's lead is read.
      if (offset > 0 && !opensAfter(whole, offset, letter === 'L')) return word;
      const lead = whole.slice(0, offset);
      const lineStart = lead.trim() === '';
      // The end of a word the line before hyphenated (`vio-` + `lent`) is no word of its own.
      if (lineStart && /[-¬\u00AD\u2010\u2011]$/u.test(before)) return word;
      // A line's start opens a sentence after a blank line (OCR's paragraph) or a line ending one.
      if (lineStart && !(blankBefore || endsSentence(before))) return word;
      const capital = letter === 'L';
      if (capital && (!SENTENCE_OPENS.test(lead) || TITLE_STOP.test(lead))) return word;
      // A small l only where a sentence opens after a stop: inside a sentence, a small `l` and a
      // word are as often a piece of a word the extraction cut (`vil-` + `lage`, `bal lon`).
      const opens = !capital && AFTER_STOP.test(lead) && !TITLE_STOP.test(lead);
      if (!capital && !opens) return word;
      if (lexicon.has(word) || !lexicon.has(rest)) return word;
      // A piece of a word the extraction cut (`vil` + `lage`, `bal lon`, `lor s`): glued to the word before or after, a word.
      const after = /^\s*([\p{L}]+)/u.exec(whole.slice(offset + word.length))?.[1];
      const previousWord = /([\p{L}]+)\s*$/u.exec(lineStart ? before : lead)?.[1];
      if ((previousWord !== undefined && lexicon.has(previousWord + word)) || (after !== undefined && lexicon.has(word + after))) return word;
      // Nor after a line holding a word cut by a hyphen before a column's gap (`-layout` sets columns side by side: `périsco-` … + `laires`, `Jay-` … + `len`).
      if (lineStart && /\p{L}[-\u00AD¬](?:\s{2,}|$)/u.test(before)) return word;
      if (lineStart && lastCut !== '' && lexicon.has(lastCut + word)) return word;
      apostrophe ??= textApostrophe(lines);
      const restored = `L${apostrophe}${rest}`;
      repairs.push({
        kind: 'ocr-misread-corrected',
        line: line.number,
        before: word,
        after: restored,
        reason: 'elision-apostrophe-lost',
        evidence: `"${word}" opens a sentence, is no word the lexicon knows and "${rest}" is one: the elided article "L${apostrophe}", its apostrophe lost by OCR${opens ? ' and its capital read as a small l' : ''}`,
      });
      return restored;
    });
    return content === line.content ? line : { ...line, content };
  });
}

/** The hyphens a line may end on, cutting a word (as `restoreLostElisions` reads them). */
const LINE_END_HYPHENS: ReadonlySet<string> = new Set(['-', '¬', '\u00AD', '\u2010', '\u2011']);

/**
 * Whether what stands before `offset` in `line` may open a sentence: a sentence's stop and
 * spaces (`AFTER_STOP`), or, for a capital, an opening quote or dash and any spaces
 * (`SENTENCE_OPENS`). Read from `offset` backwards; a cheap necessary test for both patterns
 * where the text before is not empty.
 */
function opensAfter(line: string, offset: number, capital: boolean): boolean {
  let at = offset - 1;
  while (at >= 0 && /\s/u.test(line[at] as string)) at -= 1;
  if (at < 0) return false;
  const mark = line[at] as string;
  if (at < offset - 1 && '.!?…'.includes(mark)) return true;
  return capital && '«"“—–'.includes(mark);
}

/** A word opening on an accented capital, in small letters after it (`École`, `État`, `Èze`): the cheap test of a line. */
const ACCENTED_CAPITAL_WORD = /(?<![\p{L}\p{N}])[ÉÈÊ]\p{Ll}/u;
/** Every such word of a line, whole. */
const ACCENTED_CAPITAL_WORDS = /(?<![\p{L}\p{N}])[ÉÈÊ]\p{Ll}+(?![\p{L}\p{N}])/gu;
/** A word opening on a plain `E`, in small letters after it, maybe after an elision or in a compound (`l’Etat`, `Saint-Etienne`, `Etes-vous`). */
const PLAIN_E_WORD = /(?<![\p{L}\p{N}])E(\p{Ll}+)(?![\p{L}\p{N}])/gu;
/** The accented capitals OCR reads as a plain `E`, with their small letters. */
const ACCENTED_E: ReadonlyArray<readonly [string, string]> = [['É', 'é'], ['Ê', 'ê'], ['È', 'è']];

/**
 * An accented capital OCR read as a plain `E` (`Elise`, `Epinal`, `l’Ecole`): its accent a thin
 * mark over the letter, which a poor scan or a small face loses. Read only where the text itself
 * writes the same word with the accented capital (`Élise`, read right elsewhere on the page) and
 * the word as read is none the lexicon knows (`Entre`, `Elle` stay: words themselves). The
 * lexicon alone is no evidence: many writers who accent `Élodie` type `l’Etat`.
 */
function restoreAccentedCapitals(lines: readonly PageLine[], lexicon: FrenchLexicon, repairs: Repair[]): PageLine[] {
  // The words the text writes opening on an accented capital, in small letters after it.
  const accentedWords = new Map<string, number>();
  for (const line of lines) {
    if (!ACCENTED_CAPITAL_WORD.test(line.content)) continue;
    for (const match of line.content.matchAll(ACCENTED_CAPITAL_WORDS)) if (!accentedWords.has(match[0])) accentedWords.set(match[0], line.number);
  }
  if (accentedWords.size === 0) return [...lines];
  return lines.map((line): PageLine => {
    if (!line.content.includes('E')) return line;
    const content = line.content.replace(PLAIN_E_WORD, (word: string, rest: string) => {
      if (lexicon.has(word) || lexicon.has(`e${rest}`)) return word;
      const written = ACCENTED_E.filter(([capital]) => accentedWords.has(`${capital}${rest}`));
      if (written.length !== 1) return word;
      const after = `${(written[0] as readonly [string, string])[0]}${rest}`;
      repairs.push({
        kind: 'ocr-misread-corrected',
        line: line.number,
        before: word,
        after,
        reason: 'accent-of-capital-lost',
        evidence: `"${word}" is no word the lexicon knows, and the text writes it "${after}" itself (line ${accentedWords.get(after)}): the accent over the capital lost by OCR`,
      });
      return after;
    });
    return content === line.content ? line : { ...line, content };
  });
}

/**
 * A word in small letters holding a grave or circumflex `e` (`mêtre`, `inquiêtent`), whole: no
 * hyphen on either side (a compound's part, `pêle-mêle`, or a word cut at the line's end,
 * `quê-` + `te`, is no word alone), no apostrophe or letter glued after it.
 */
export const GRAVE_OR_CIRCUMFLEX_WORD = /(?<![\p{L}\p{N}\u00AD¬-])\p{Ll}*[èê]\p{Ll}*(?![\p{L}\p{N}'’\u00AD¬-])/gu;
/** A code point as `\p{Ll}`, and as `[\p{L}\p{N}]`, read one at a time (a lone surrogate is neither). */
const SMALL_LETTER = /^\p{Ll}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isSmallLetter(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  // Latin-1's small letters, `ß` to `ÿ`, but `÷`.
  if (code >= 0xdf && code <= 0xff) return code !== 0xf7;
  return SMALL_LETTER.test(String.fromCodePoint(code));
}

/** The code point ending just before `end` (a pair of surrogates read as one). */
function codePointBefore(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end > 1) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/**
 * `text.replace(GRAVE_OR_CIRCUMFLEX_WORD, replace)`, found from each `è` and `ê` instead of
 * trying the pattern (a look-behind, then small letters) from every position of the line, a
 * tenth of the OCR passes' time: a match is a whole run of small letters holding one, with
 * neither a letter, a figure nor a hyphen before it, nor those or an apostrophe after it.
 */
export function replaceGraveOrCircumflexWords(text: string, replace: (word: string, offset: number, whole: string) => string): string {
  let result = '';
  let copied = 0;
  let from = 0;
  let grave = -2;
  let circumflex = -2;
  while (from < text.length) {
    if (grave !== -1 && grave < from) grave = text.indexOf('è', from);
    if (circumflex !== -1 && circumflex < from) circumflex = text.indexOf('ê', from);
    const at = grave === -1 ? circumflex : circumflex === -1 ? grave : Math.min(grave, circumflex);
    if (at === -1) break;
    let start = at;
    while (start > 0) {
      const code = codePointBefore(text, start);
      if (!isSmallLetter(code)) break;
      start -= code > 0xffff ? 2 : 1;
    }
    let end = at + 1;
    while (end < text.length) {
      const code = text.codePointAt(end) as number;
      if (!isSmallLetter(code)) break;
      end += code > 0xffff ? 2 : 1;
    }
    from = end;
    if (start > 0) {
      const before = codePointBefore(text, start);
      if (before === 0xad || before === 0xac || before === 0x2d || LETTER_OR_DIGIT.test(String.fromCodePoint(before))) continue;
    }
    if (end < text.length) {
      const after = text.codePointAt(end) as number;
      if (after === 0x27 || after === 0x2019 || after === 0xad || after === 0xac || after === 0x2d || LETTER_OR_DIGIT.test(String.fromCodePoint(after))) continue;
    }
    result += text.slice(copied, start) + replace(text.slice(start, end), start, text);
    copied = end;
  }
  return copied === 0 ? text : result + text.slice(copied);
}

/** The accents OCR confuses on an `e`: a grave and a circumflex are the same slant stroke but for its other half, and each may be an acute read with a speck. */
const E_ACCENTS_READ_FOR: Readonly<Record<string, readonly string[]>> = { 'è': ['ê', 'é'], 'ê': ['è', 'é'] };

/**
 * A grave or circumflex accent OCR read for another on an `e` (`mêtre`, `thermomêtre`,
 * `inquiêtent`, `pêseront`): the accent a few dots over a small letter, which a poor scan or a
 * small face blurs. Read where the word is none the lexicon knows and exactly one word the
 * lexicon knows has another accent on one of those `e`s (`pêche` and `près` stay: words
 * themselves); names are capitalised, and left as read.
 */
function readGraveAndCircumflex(lines: readonly PageLine[], lexicon: FrenchLexicon, repairs: Repair[]): PageLine[] {
  return lines.map((line, lineIndex): PageLine => {
    if (!line.content.includes('ê') && !line.content.includes('è')) return line;
    // A line opening on the end of a word the line before cut (`Bar-` + `thès.`).
    const continuesWord = /[-¬\u00AD\u2010]\s*$/u.test(lines[lineIndex - 1]?.content ?? '');
    const content = replaceGraveOrCircumflexWords(line.content, (word: string, offset: number, whole: string) => {
      if (lexicon.has(word) || (offset === 0 && continuesWord)) return word;
      // A piece of a word the extraction spaced apart (`en quê teurs`, `pr êts`): glued to the word beside it, a word.
      const before = /(\p{L}+)\s$/u.exec(whole.slice(0, offset))?.[1];
      const after = /^\s(\p{L}+)/u.exec(whole.slice(offset + word.length))?.[1];
      if ((before !== undefined && lexicon.has(`${before}${word}`)) || (after !== undefined && lexicon.has(`${word}${after}`))) return word;
      const known = new Set<string>();
      for (let index = 0; index < word.length; index += 1) {
        for (const other of E_ACCENTS_READ_FOR[word[index] as string] ?? []) {
          const candidate = `${word.slice(0, index)}${other}${word.slice(index + 1)}`;
          if (lexicon.has(candidate)) known.add(candidate);
        }
      }
      if (known.size !== 1) return word;
      const read = [...known][0] as string;
      repairs.push({ kind: 'ocr-misread-corrected', line: line.number, before: word, after: read, reason: 'e-accent-misread', evidence: `"${word}" is no word the lexicon knows and "${read}", another accent on its e, is one: OCR read the accent for another` });
      return read;
    });
    return content === line.content ? line : { ...line, content };
  });
}

/** The apostrophe the text writes most between letters (`’` when none or as many). */
function textApostrophe(lines: readonly PageLine[]): string {
  let straight = 0;
  let curly = 0;
  for (const line of lines) {
    straight += line.content.match(/(?<=\p{L})'(?=\p{L})/gu)?.length ?? 0;
    curly += line.content.match(/(?<=\p{L})’(?=\p{L})/gu)?.length ?? 0;
  }
  return straight > curly ? "'" : '’';
}

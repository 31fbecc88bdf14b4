/**
 * Numbers, dates, times, percentages, ordinals and alphanumeric names (`G20`) read from a
 * French sentence and from its English translation, each reduced to comparable keys:
 * `48,70` and `48.70` both give `num:48.7`; `5 septembre` and `September 5` both give
 * `date:9-5`. The `qa/numbers` check compares the two lists. Number words are out of scope.
 */

import { eachMatch } from '../text/each-match.ts';
import { groupedInteger } from '../text/english-integer.ts';
import { frenchNumberValue, ordinalSuffix, readDayPart, romanValue } from '../text/french-numbers.ts';
import { MONTHS_ACCENTED, MONTHS_ANY_ACCENT } from '../layout/french-dates.ts';

export interface NumberFact {
  /** Keys this fact may be matched by (a time without am/pm is two hours at once). */
  keys: string[];
  /** The text as written. */
  text: string;
  /** How the English should write it (for messages). */
  english: string;
  /** English text still in a French form (`3,5`, `1 234`, `14h30`, `2e`). */
  frenchForm: boolean;
}

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function frenchMonth(name: string): number {
  const folded = name.toLowerCase().replace('fevrier', 'février').replace('aout', 'août').replace('decembre', 'décembre');
  return MONTHS_ACCENTED.indexOf(folded) + 1;
}

function englishMonth(name: string): number {
  const folded = name.toLowerCase().replace(/\.$/, '');
  return ENGLISH_MONTHS.findIndex((month) => month.toLowerCase().startsWith(folded) && folded.length >= 3) + 1;
}

/** Any month, accented or not (`février`, `fevrier`): the words are whole, none the start of another, so their order does not matter. */
const FRENCH_MONTH_PATTERN = MONTHS_ANY_ACCENT.join('|');
const ENGLISH_MONTH_PATTERN =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';

const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;

/** Spaces print uses inside numbers: ordinary, no-break, narrow no-break, thin. */
function normaliseSpaces(text: string): string {
  return text.normalize('NFC').replace(/[\u00a0\u202f\u2009\u2007]/g, ' ');
}

/** The English number formats by number of decimals, made once each (making one costs far more than using it). */
const englishFormats = new Map<number, Intl.NumberFormat>();

function formatEnglish(value: number, decimals: number): string {
  // A whole number (most of them) is written without ICU, as the format would write it.
  if (decimals === 0) {
    const written = groupedInteger(value);
    if (written !== undefined) return written;
  }
  let format = englishFormats.get(decimals);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: Math.max(decimals, 0) });
    englishFormats.set(decimals, format);
  }
  return format.format(value);
}

function decimalsOf(text: string, separator: ',' | '.'): number {
  const at = text.lastIndexOf(separator);
  return at < 0 ? 0 : text.length - at - 1;
}

/** Runs `pattern` on the not yet consumed text and blanks what it matched. */
class Scanner {
  text: string;
  readonly facts: NumberFact[] = [];

  constructor(text: string) {
    this.text = normaliseSpaces(text);
  }

  /**
   * `needs`, when given, is what the pattern cannot match without (a month name, a `%`), in a
   * pattern with no look-behind: V8 tries a pattern that opens with a look-behind at every
   * position of the text, so a text without what it needs skips it.
   */
  take(pattern: RegExp, read: (match: RegExpExecArray) => NumberFact[] | undefined, needs?: RegExp): void {
    if (needs !== undefined && !needs.test(this.text)) return;
    for (const match of [...eachMatch(pattern, this.text)]) {
      const facts = read(match);
      if (!facts) continue;
      this.facts.push(...facts);
      this.text = this.text.slice(0, match.index) + ' '.repeat(match[0].length) + this.text.slice(match.index + match[0].length);
    }
  }
}

function fact(key: string, text: string, english: string, frenchForm = false): NumberFact {
  return { keys: [key], text, english, frenchForm };
}

/** `G20`, `COP21`, `A-380`, `F-16`: compared as written, hyphen ignored. */
const IDENTIFIER = new RegExp(String.raw`${BEFORE}\p{Lu}[\p{L}]*-?\d+[\p{L}\d]*${AFTER}`, 'gu');

function takeIdentifiers(scanner: Scanner): void {
  scanner.take(IDENTIFIER, (match) => {
    const key = match[0].replace('-', '').toUpperCase();
    return [fact(`id:${key}`, match[0], match[0])];
  });
}

const FRENCH_NUMBER = String.raw`\d{1,3}(?:[ .]\d{3})+(?!\d)(?:,\d+)?|\d+(?:,\d+)?`;

/** Facts of a French sentence. */
export function frenchNumberFacts(text: string): NumberFact[] {
  const scanner = new Scanner(text);
  // Without a digit only a Roman ordinal can be there: every other pattern needs one.
  if (!/\d/.test(text)) {
    takeRomanOrdinals(scanner);
    return scanner.facts;
  }
  takeIdentifiers(scanner);
  // 1er janvier, 5 septembre 2016, 14-15 septembre, 3 et 4 mai
  scanner.take(
    FRENCH_DATE,
    (match) => {
      const month = frenchMonth(match[3]!);
      const days = [match[1], match[2]].filter((day): day is string => day !== undefined).map((day) => Number.parseInt(day, 10));
      if (days.some((day) => day < 1 || day > 31)) return undefined;
      const facts = days.map((day) => fact(`date:${month}-${day}`, match[0], `${ENGLISH_MONTHS[month - 1]} ${day}`));
      if (match[4]) facts.push(fact(`num:${Number(match[4])}`, match[4], match[4]));
      return facts;
    }, NEEDS_FRENCH_MONTH);
  // 14h30, 14 h 30, 14h, 14 heures 30, 14:30
  scanner.take(FRENCH_TIME, (match) => {
    // `8 heures du soir`: the 12-hour clock with the part of the day (french-numbers.ts).
    const part = readDayPart(Number(match[1]), match.input.slice(match.index + match[0].length));
    // `12 heures du soir` reads two ways; a figure past 12 is the 24-hour clock whatever follows.
    if (part !== undefined && part.hour === undefined && Number(match[1]) <= 12) return undefined;
    const hour = part?.hour ?? Number(match[1]);
    const minutes = match[2] ?? match[3] ?? match[4];
    const time = `${hour}:${minutes ?? '00'}`;
    const keys = [`time:${time}`];
    if (minutes === undefined) keys.push(`num:${hour}`); // `3 h de route`: a duration
    const twelveHour = `${hour % 12 || 12}:${minutes ?? '00'} ${hour < 12 ? 'am' : 'pm'}`;
    const english = hour >= 1 && hour < 12 ? twelveHour : `${time} or ${twelveHour}`;
    return [{ keys, text: match[0], english, frenchForm: false }];
  }, NEEDS_FRENCH_TIME);
  // 3,5 %, 12 pour cent
  scanner.take(FRENCH_PERCENTAGE, (match) => {
    const value = frenchNumberValue(match[1]!);
    return [fact(`pct:${value}`, match[0], `${formatEnglish(value, decimalsOf(match[1]!, ','))}%`)];
  }, NEEDS_FRENCH_PERCENTAGE);
  // 2e, 1er, 1re, 3ème ; XXe siècle, Ve République
  scanner.take(FRENCH_ORDINAL, (match) => {
    const value = Number(match[1]);
    return [fact(`ord:${value}`, match[0], `${value}${ordinalSuffix(value)}`)];
  }, NEEDS_FRENCH_ORDINAL);
  takeRomanOrdinals(scanner);
  scanner.take(FRENCH_PLAIN_NUMBER, (match) => {
    const value = frenchNumberValue(match[0]);
    return [fact(`num:${value}`, match[0], formatEnglish(value, decimalsOf(match[0], ',')))];
  });
  return scanner.facts;
}

/** XXe siècle, Ve République. */
function takeRomanOrdinals(scanner: Scanner): void {
  scanner.take(ROMAN_ORDINAL, (match) => {
    const value = romanValue(match[1]!);
    if (value === undefined) return undefined;
    return [fact(`ord:${value}`, match[0], `${value}${ordinalSuffix(value)}`)];
  }, NEEDS_ROMAN_ORDINAL);
}

/** An English number, or one left in French form (`3,5`, `1 234`): its value and whether it is French. */
function readEnglishNumber(text: string): { value: number; frenchForm: boolean } {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text) || /^\d+(?:\.\d+)?$/.test(text)) {
    return { value: Number(text.replace(/,/g, '')), frenchForm: false };
  }
  return { value: frenchNumberValue(text), frenchForm: true };
}

const ENGLISH_NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d{1,3}(?: \d{3})+(?!\d)(?:[.,]\d+)?|\d+,\d{1,2}(?!\d)|\d+,\d{4,}|\d+(?:\.\d+)?`;

const ENGLISH_DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const ENGLISH_DAY_RANGE = String.raw`(?:\s*(?:-|–|to|and)\s*(\d{1,2})(?:st|nd|rd|th)?)?`;

// The patterns each sentence is read with, in the order they are taken, compiled once.
const FRENCH_DATE = new RegExp(String.raw`${BEFORE}(1er|\d{1,2})(?:\s*(?:-|–|au|et)\s*(1er|\d{1,2}))?\s+(${FRENCH_MONTH_PATTERN})${AFTER}(?:\s+(\d{4})${AFTER})?`, 'giu');
const FRENCH_TIME = new RegExp(String.raw`${BEFORE}([01]?\d|2[0-3])(?:\s*h\s*([0-5]\d)?|\s+heures(?:\s+([0-5]\d))?|:([0-5]\d))${AFTER}`, 'gu');
const FRENCH_PERCENTAGE = new RegExp(String.raw`${BEFORE}(${FRENCH_NUMBER})\s*(?:%|pour\s*cent${AFTER})`, 'gu');
const FRENCH_ORDINAL = new RegExp(String.raw`${BEFORE}(\d+)(?:er|re|ère|e|ème|eme|nde?)${AFTER}`, 'gu');
const FRENCH_PLAIN_NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N},.])(?:${FRENCH_NUMBER})(?!\d)`, 'gu');
const ROMAN_ORDINAL = new RegExp(String.raw`${BEFORE}([IVXLC]{2,}|[IVXLC](?=e\s+(?:siècle|République|arrondissement)))(?:e|ème|er)${AFTER}`, 'gu');
const ENGLISH_MONTH_DAY = new RegExp(String.raw`${BEFORE}(${ENGLISH_MONTH_PATTERN})\s+${ENGLISH_DAY}${ENGLISH_DAY_RANGE}${AFTER}(?:,?\s+(\d{4})${AFTER})?`, 'gu');
const ENGLISH_DAY_MONTH = new RegExp(String.raw`${BEFORE}${ENGLISH_DAY}${ENGLISH_DAY_RANGE}\s+(?:of\s+)?(${ENGLISH_MONTH_PATTERN})(?![\p{L}\p{N}])(?:,?\s+(\d{4})${AFTER})?`, 'gu');
const ENGLISH_TWELVE_HOUR_TIME = new RegExp(String.raw`${BEFORE}(\d{1,2})(?:[:.]([0-5]\d))?\s*([ap])\.?m\.?(?![\p{L}\p{N}])`, 'giu');
const ENGLISH_NOON = new RegExp(String.raw`${BEFORE}12 (noon|midnight)${AFTER}`, 'giu');
const NEEDS_NOON = /12 [nm]/iu;
const ENGLISH_CLOCK_TIME = new RegExp(String.raw`${BEFORE}([01]?\d|2[0-3]):([0-5]\d)${AFTER}`, 'gu');
const ENGLISH_FRENCH_FORM_TIME = new RegExp(String.raw`${BEFORE}([01]?\d|2[0-3])h([0-5]\d)?${AFTER}`, 'gu');
const ENGLISH_PERCENTAGE = new RegExp(String.raw`${BEFORE}(${ENGLISH_NUMBER})\s*(?:%|per\s?cent${AFTER})`, 'giu');
const ENGLISH_ORDINAL = new RegExp(String.raw`${BEFORE}(\d+)(st|nd|rd|th|er|re|e|ème)${AFTER}`, 'gu');
const ENGLISH_PLAIN_NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N},.])(?:${ENGLISH_NUMBER})(?!\d)`, 'gu');

// What each pattern above cannot match without (see `Scanner.take`), with the pattern's own
// case rule: a necessary part of it, found without a look-behind.
const NEEDS_FRENCH_MONTH = new RegExp(FRENCH_MONTH_PATTERN, 'iu');
/** A figure before `h` (`14h30`, `14 heures`) or before `:` and a figure. */
const NEEDS_FRENCH_TIME = /\d\s*h|\d:\d/u;
const NEEDS_FRENCH_PERCENTAGE = /%|pour\s*cent/u;
/** A figure before the first letter of an ordinal ending (`er`, `re`, `ère`, `e`, `ème`, `nd`). */
const NEEDS_FRENCH_ORDINAL = /\d[erèn]/u;
const NEEDS_ROMAN_ORDINAL = /[IVXLC][eè]/u;
const NEEDS_ENGLISH_MONTH = new RegExp(ENGLISH_MONTH_PATTERN, 'u');
/** The figure ending the time, then `am` or `pm` (dots and space allowed). */
const NEEDS_TWELVE_HOUR_TIME = /\d\s*[ap]\.?m/iu;
const NEEDS_CLOCK_TIME = /\d:\d/u;
const NEEDS_FRENCH_FORM_TIME = /\dh/u;
const NEEDS_ENGLISH_PERCENTAGE = /%|per\s?cent/iu;
/** A figure before the first letter of an ending (`st`, `nd`, `rd`, `th`, `er`, `re`, `e`, `ème`). */
const NEEDS_ENGLISH_ORDINAL = /\d[sntreè]/u;

/** Facts of an English sentence. */
export function englishNumberFacts(text: string): NumberFact[] {
  // Every pattern below needs a digit.
  if (!/\d/.test(text)) return [];
  const scanner = new Scanner(text);
  takeIdentifiers(scanner);
  // September 5, 2016 ; September 14-15
  scanner.take(ENGLISH_MONTH_DAY, (match) =>
    englishDate(match[0], match[1]!, [match[2], match[3]], match[4]), NEEDS_ENGLISH_MONTH);
  // 5 September 2016 ; the 1st of January
  scanner.take(ENGLISH_DAY_MONTH, (match) =>
    englishDate(match[0], match[3]!, [match[1], match[2]], match[4]), NEEDS_ENGLISH_MONTH);
  // 12 noon, 12 midnight
  scanner.take(ENGLISH_NOON, (match) => {
    const noon = match[1]!.toLowerCase() === 'noon';
    return [{ keys: noon ? ['time:12:00', 'num:12'] : ['time:0:00', 'num:0'], text: match[0], english: match[0], frenchForm: false }];
  }, NEEDS_NOON);
  // 2:30 pm, 2 p.m., 14:30, 14h30 (French form)
  scanner.take(ENGLISH_TWELVE_HOUR_TIME, (match) => {
    let hour = Number(match[1]) % 12;
    if (match[3]!.toLowerCase() === 'p') hour += 12;
    return [fact(`time:${hour}:${match[2] ?? '00'}`, match[0], match[0])];
  }, NEEDS_TWELVE_HOUR_TIME);
  scanner.take(ENGLISH_CLOCK_TIME, (match) => {
    const hour = Number(match[1]);
    const keys = [`time:${hour}:${match[2]}`];
    if (hour >= 1 && hour <= 11) keys.push(`time:${hour + 12}:${match[2]}`); // no am/pm: either
    return [{ keys, text: match[0], english: match[0], frenchForm: false }];
  }, NEEDS_CLOCK_TIME);
  scanner.take(ENGLISH_FRENCH_FORM_TIME, (match) => [
    fact(`time:${Number(match[1])}:${match[2] ?? '00'}`, match[0], match[0], true),
  ], NEEDS_FRENCH_FORM_TIME);
  // 3.5%, 12 percent, 12 per cent
  scanner.take(ENGLISH_PERCENTAGE, (match) => {
    const { value, frenchForm } = readEnglishNumber(match[1]!);
    return [fact(`pct:${value}`, match[0], match[0], frenchForm || /\s%/.test(match[0]))];
  }, NEEDS_ENGLISH_PERCENTAGE);
  scanner.take(ENGLISH_ORDINAL, (match) => [
    fact(`ord:${Number(match[1])}`, match[0], match[0], !/^(?:st|nd|rd|th)$/.test(match[2]!)),
  ], NEEDS_ENGLISH_ORDINAL);
  scanner.take(ENGLISH_PLAIN_NUMBER, (match) => {
    const { value, frenchForm } = readEnglishNumber(match[0]);
    return [fact(`num:${value}`, match[0], match[0], frenchForm)];
  });
  return scanner.facts;
}

function englishDate(text: string, monthName: string, days: (string | undefined)[], year: string | undefined): NumberFact[] | undefined {
  const month = englishMonth(monthName);
  if (month === 0) return undefined;
  const numbers = days.filter((value): value is string => value !== undefined).map(Number);
  if (numbers.some((value) => value < 1 || value > 31)) return undefined;
  const facts = numbers.map((value) => fact(`date:${month}-${value}`, text, text));
  if (year) facts.push(fact(`num:${Number(year)}`, year, year));
  return facts;
}

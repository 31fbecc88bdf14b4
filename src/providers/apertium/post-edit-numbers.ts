/**
 * English number forms for what Apertium copies through in French typography. The engine
 * leaves digits as they are: `2 500` (space, no-break or narrow no-break space), `48,70`,
 * `40 %`, `14h30`, and drops the `e` of a Roman ordinal (`XXe siècle` → `XX century`).
 *
 * The French source segment is the evidence: a number is rewritten only when the same French
 * form is in the source, so an English-looking `1,500` the French does not hold as `1,500` is
 * never touched, and a form the French reads two ways is left alone.
 *
 * - Digits joined by single spaces, dots or commas are read as one run, on both sides. A run
 *   that is a whole thousands number (`2 500`, `1 234 567`, `1.500`, `2 500,75`) becomes
 *   `2,500`, `1,234,567`, `1,500`, `2,500.75`; a decimal comma becomes a point (`48,70` →
 *   `48.70`). Any other run (`2015 2016`, `021 45 67 89`, `+213 4 000 12 34`) is not a
 *   number and stays; so does a run starting with 0 (`021 456 789`) or after `tél.`, `fax`,
 *   `n°`, `numéro`.
 * - A percentage loses its space (`40 %` → `40%`, `-3,2 %` → `-3.2%`) when the French has a
 *   percentage of that number.
 * - A time of day (`14h30`, `14 h 30`, `à 9h`, `de 9h à 17h`) is written as an English paper
 *   prints it, on the 12-hour clock: `2:30 pm`, `9 am`, `5 pm`, `12 noon`, `12 midnight` (the French
 *   24-hour figure says which half of the day, so nothing is guessed). A whole hour counts as a
 *   time only after `à`, `dès`, `vers`, `avant`, `jusqu'à`, `entre`, `à partir de` or in a range;
 *   after a duration word (`pendant`, `en`, `les`, `plus de`…), before `de` (`12h de
 *   route`) or above 23 (`48h`) it is a duration: `12 hours`. Hours and minutes in a
 *   duration, and a bare hour with no clue, stay as they are. A whole hour spelled out after
 *   the same cues (`à 10 heures`, `vers 23 heures`) or opening a range (`de 16 heures à 19 h 30`)
 *   is a time too: the engine's `10 hours` becomes `10 am`. A whole hour the French gives on
 *   the 12-hour clock with the part of the day (`8 heures du soir`, `3 h du matin`, `2 heures de
 *   l'après-midi`, `11 heures de la nuit`) is a time with or without a cue, on that half of the
 *   day (`8 pm`, `3 am`, `2 pm`, `11 pm`), and the engine's own `of the evening` after it goes;
 *   `12 heures du soir`, which reads two ways, is left alone.
 * - The pivot through Spanish turns the `à` and `vers` before a time into `to` (`a`, `hacia`):
 *   `to (the) 2:30 pm` becomes `at 2:30 pm` where the French says `à 14h30`, `around 11 pm` where
 *   it says `vers 23 heures`. A range (`de 16 heures à 19 h 30`), which the engine gives as `of
 *   4 pm to 7:30 pm` or `of 4 pm at 7:30 pm`, reads `from 4 pm to 7:30 pm`.
 * - An amount the French writes before its currency's sign (`400 000 €`, `3,2 millions €`, `50 $`)
 *   is written with the sign first: `€400,000`, `€3.2 million`, `$50`.
 * - A Roman ordinal (`XXe siècle`, `Ve République`, `IIe`, `Ier siècle`) becomes `20th`,
 *   `5th`, `2nd`, `1st`; a single letter only before `siècle`, `millénaire`, `République`
 *   or `arrondissement`, so `François Ier` and `Louis XIV` stay. An Arabic ordinal left
 *   with its French ending (`3e`, `1er`) gets the English one.
 * - `milliard(s)` comes out of the fr-es pair as the Spanish `millardo(s)`: `billion`.
 * - Dates are left alone.
 *
 * HTML fragments: `postEdit` (pre-edit.ts) hands each text piece between tags here; tags and
 * the content of `translate="no"` / `class="notranslate"` elements are never seen. A space
 * written as a reference inside a number (`&nbsp;`, `&#8239;`, `&thinsp;`, `&#x2009;`) is read
 * as a space, for every space character read as one when written out.
 */

import { frenchNumberValue, ordinalSuffix, readDayPart, romanValue } from '../../text/french-numbers.ts';
import { eachMatch } from '../../text/each-match.ts';

/** Spaces French puts inside a number: ordinary, no-break, narrow no-break, thin, figure. */
const NUMBER_SPACE_CODES = [0x20, 0xa0, 0x202f, 0x2009, 0x2007];
/** Their named references, as `decodeEntities` (src/text/html.ts) reads them. */
const NUMBER_SPACE_NAMES = ['nbsp', 'thinsp'];

/** One of those spaces as the character or any reference to it: text between tags is read here before it is decoded. */
function numberSpacePattern(): string {
  const characters = NUMBER_SPACE_CODES.map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('');
  const decimal = NUMBER_SPACE_CODES.map((code) => code.toString(10)).join('|');
  const hexadecimal = NUMBER_SPACE_CODES.map((code) => code.toString(16).replace(/[a-f]/g, (letter) => `[${letter}${letter.toUpperCase()}]`)).join('|');
  return `(?:[${characters}]|&(?:${NUMBER_SPACE_NAMES.join('|')});|&#0*(?:${decimal});|&#[xX]0*(?:${hexadecimal});)`;
}

/** A space inside a French number: `2 500`, `2&nbsp;500`, `2&#8239;500`, `2&thinsp;500`, `2&#xA0;500`. */
const NUMBER_SPACE = numberSpacePattern();
/** Digits joined by single spaces, dots or commas; never glued to a letter, digit or separator on either side. */
const RUN = new RegExp(String.raw`(?<![\p{L}\p{N}.,]|\p{N}${NUMBER_SPACE})\d+(?:(?:${NUMBER_SPACE}|[.,])\d+)*(?![\p{N}]|[.,]\d)`, 'gu');
const SPACE_ENTITY = new RegExp(NUMBER_SPACE, 'g');
/** Words after which a run of digits is a telephone or reference number. */
const PHONE_BEFORE = /(?:t[ée]l(?:[ée]phone)?\.?|fax|n°|num[ée]ro|portable)\s*:?\s*$/iu;

function normaliseRun(run: string): string {
  return run.replace(SPACE_ENTITY, ' ');
}

/** The English form of a French number run, or undefined when the run is not one number. */
export function englishNumber(run: string): string | undefined {
  const text = normaliseRun(run);
  const thousands = /^(\d{1,3})((?:([ .])\d{3})(?:\3\d{3})*)(?:,(\d+))?$/.exec(text);
  if (thousands) {
    if (thousands[1]!.startsWith('0')) return undefined;
    const groups = thousands[2]!.split(thousands[3]!).join(',');
    return `${thousands[1]}${groups}${thousands[4] === undefined ? '' : `.${thousands[4]}`}`;
  }
  const decimal = /^(\d+),(\d+)$/.exec(text);
  if (decimal) return `${decimal[1]}.${decimal[2]}`;
  return undefined;
}

function parseEnglish(text: string): number {
  return Number(text.replace(/,/g, ''));
}

const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;

/** `14h30`, `14 h 30`, `9h`, `9 h`: hour and minutes. */
const FRENCH_HOUR = new RegExp(String.raw`${BEFORE}(\d{1,2})${NUMBER_SPACE}?h(?:${NUMBER_SPACE}?([0-5]\d))?${AFTER}`, 'gu');
/**
 * The same in the engine's English, where the pivot may mark the `h` unknown (`21 *h 30`,
 * Apertium's `*`, `#` or `@` before a word it does not know): the time is rewritten, mark and all.
 */
const ENGLISH_HOUR = new RegExp(String.raw`${BEFORE}(\d{1,2})${NUMBER_SPACE}?[*#@]*h(?:${NUMBER_SPACE}?([0-5]\d))?${AFTER}`, 'gu');
const CLOCK_CUE = /(?:^|[^\p{L}])(?:à|dès|vers|avant|jusqu['’]à|entre|partir de|aux alentours de|autour de)\s*$/iu;
const DURATION_CUE = /(?:^|[^\p{L}])(?:pendant|durant|en|dure|durent|duré|durée de|durée d['’]environ|plus de|moins de|près de|environ|les|des|ces|dernières|prochaines|quelque|quelques)\s*$/iu;
const RANGE_AFTER = new RegExp(String.raw`^\s*(?:à|-|–|et)\s*\d{1,2}${NUMBER_SPACE}?h`, 'u');
const RANGE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:de|entre)\s*\d{1,2}${NUMBER_SPACE}?h(?:eures?)?(?:${NUMBER_SPACE}?[0-5]\d)?\s*(?:à|-|–|et)\s*$`, 'iu');
/** `de` right before a time: a range's opening when a time follows after `à` (`de 16 heures à 19 h 30`). */
const FROM_BEFORE = /(?:^|[^\p{L}])de\s*$/iu;
/** A range's opening and end in the French: `de 16 heures à 19 h 30`, `de 9h à 17h`. */
const FRENCH_RANGE = new RegExp(String.raw`(?:^|[^\p{L}])de\s*(\d{1,2})${NUMBER_SPACE}?(?:h(?:${NUMBER_SPACE}?([0-5]\d))?|heures?)(?![\p{L}\p{N}])\s*(?:à|-|–)\s*(\d{1,2})${NUMBER_SPACE}?(?:h(?:${NUMBER_SPACE}?([0-5]\d))?|heures?)(?![\p{L}\p{N}])`, 'giu');
/** An amount before a currency's sign in the French: `400 000 €`, `3,2 millions €`, `50 $`. */
const FRENCH_AMOUNT = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(\d+(?:(?:${NUMBER_SPACE}|[.,])\d+)*)(?:${NUMBER_SPACE}+(millions?|milliards?))?${NUMBER_SPACE}*([€$£])`, 'gu');
/** The same in the engine's English, its number rewritten: `400,000 €`, `3.2 millions €` (the pivot keeps the plural), `50 $`. */
const ENGLISH_AMOUNT = /(?<![\p{L}\p{N}.,€$£])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?: (million|billion)s?)? ?([€$£])/gu;
/** A whole hour spelled out: `10 heures`, `1 heure`. */
const FRENCH_HOUR_WORD = new RegExp(String.raw`${BEFORE}(\d{1,2})${NUMBER_SPACE}heures?${AFTER}`, 'gu');
/** The engine's English for it: `10 hours`, `1 hour`. */
const ENGLISH_HOUR_WORD = /(?<![\p{L}\p{N}])(\d{1,2}) hours?(?![\p{L}\p{N}])/gu;
/** The engine's English for that part of the day, right after the time (the pivot's `mañana` and `tarde` give `tomorrow` and `late` too). */
const ENGLISH_DAY_PART = String.raw` (?:(?:of|in|at|by|from) (?:the )?(?:morning|evening|afternoon|night|tomorrow|late|tarde|noche)|at night)(?![\p{L}\p{N}])`;

/** `à` right before a time (not `jusqu'à`): the time it happens at. */
const AT_BEFORE = /(?:^|[\s(«"“])à\s*$/iu;
/** `vers`, `aux alentours de`, `autour de` right before a time: about then. */
const AROUND_BEFORE = /(?:^|[^\p{L}])(?:vers|aux alentours de|autour de)\s*$/iu;

/** The preposition English puts before a time the French gives after `before`, or undefined. */
function clockPreposition(before: string): 'at' | 'around' | undefined {
  if (RANGE_BEFORE.test(before)) return undefined;
  if (AT_BEFORE.test(before)) return 'at';
  if (AROUND_BEFORE.test(before)) return 'around';
  return undefined;
}

/**
 * A time of day as an English paper prints it: `4 pm`, `7:30 pm`, `9 am`, `12:30 am`, `12 noon`,
 * `12 midnight` (the figure kept, so `qa/numbers` finds it).
 */
export function englishClock(hour: number, minutes: string | undefined): string {
  const whole = minutes === undefined || minutes === '00';
  if (whole && hour === 12) return '12 noon';
  if (whole && (hour === 0 || hour === 24)) return '12 midnight';
  return `${hour % 12 || 12}${whole ? '' : `:${minutes}`} ${hour % 24 < 12 ? 'am' : 'pm'}`;
}

type HourKind = 'clock' | 'duration' | 'unknown';

function hourKind(hour: number, minutes: string | undefined, before: string, after: string): HourKind {
  if (hour > 23) return minutes === undefined ? 'duration' : 'unknown';
  if (DURATION_CUE.test(before) || /^\s*d(?:e\s|['’])/iu.test(after)) return minutes === undefined ? 'duration' : 'unknown';
  if (minutes !== undefined) return 'clock';
  if (CLOCK_CUE.test(before) || RANGE_BEFORE.test(before) || (/(?:^|[^\p{L}])de\s*$/iu.test(before) && RANGE_AFTER.test(after))) return 'clock';
  return 'unknown';
}

const ROMAN_ORDINAL = /(?<![\p{L}\p{N}])([IVXLCDM]+)(?:e|ème|eme|er|re|ère)(?![\p{L}\p{N}])(?=(\s+\p{L}+)?)/gu;
const ROMAN_NOUNS = /^\s+(?:siècles?|millénaires?|République|arrondissement)$/u;
/** What the engine makes of those nouns (`arrondissement` comes out as `round`, `millénaire` as `milenario`). */
const ENGLISH_ROMAN_NOUNS = /^\s+(?:century|centuries|millennium|millennia|milenario|Republic|arrondissement|district|round)$/u;

/** What the French source says about its numbers: each French form and the English it becomes. */
export interface NumberEvidence {
  /** Normalised French run → English run. */
  numbers: Map<string, string>;
  /** Values written with a percent sign. */
  percentages: Set<number>;
  /** `14h30` (normalised `14h30`, `9h`) → English, or undefined when the French reads it two ways. */
  hours: Map<string, string | undefined>;
  /** A whole hour spelled out as a time (`10` for `à 10 heures`) → English (`10:00`), or undefined when the French reads it two ways. */
  hourWords: Map<string, string | undefined>;
  /** The English times (`8 pm`) the French gave with the part of the day (`8 heures du soir`), which the engine also translates (`of the evening`). */
  dayParts: Set<string>;
  /** English time (`14:30`) → the preposition before it (`at`, `around`), or undefined when the French puts two. */
  prepositions: Map<string, 'at' | 'around' | undefined>;
  /** Roman numeral → English ordinal. */
  romans: Map<string, string>;
  /** Each range of times the French gives (`de 16 heures à 19 h 30`): its opening and end in English (`4 pm`, `7:30 pm`). */
  ranges: [string, string][];
  /** Amounts the French writes before a currency's sign, as the English writes them (`400,000 €`, `3.2 million €`). */
  amounts: Set<string>;
  /** Arabic ordinal as written (`3e`) → English (`3rd`). */
  ordinals: Map<string, string>;
  milliard: boolean;
}

function hourKey(hour: string, minutes: string | undefined): string {
  return `${Number(hour)}h${minutes ?? ''}`;
}

/** A percent sign right after a run (read on what follows it). */
const PERCENT_AFTER = new RegExp(`^${NUMBER_SPACE}*%`, 'u');
/** A whole number with a percent sign. */
const WHOLE_PERCENTAGE = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(\d+)${NUMBER_SPACE}*%`, 'gu');

function readEvidence(french: string): NumberEvidence {
  const evidence: NumberEvidence = { numbers: new Map(), percentages: new Set(), hours: new Map(), hourWords: new Map(), dayParts: new Set(), prepositions: new Map(), romans: new Map(), ordinals: new Map(), ranges: [], amounts: new Set(), milliard: /milliards?(?!\p{L})/iu.test(french) };
  // Runs, percentages, hours and Arabic ordinals all need a digit; Roman ordinals a capital numeral letter.
  if (/\d/.test(french)) readDigitEvidence(french, evidence);
  if (/[IVXLCDM]/.test(french)) readRomanEvidence(french, evidence);
  return evidence;
}

/** `3e`, `1er`, `2ème`: an Arabic ordinal as the French writes it. */
const ARABIC_ORDINAL = /(?<![\p{L}\p{N}.,])(\d+)(e|ème|eme|er|re|ère)(?![\p{L}\p{N}])/gu;

function readDigitEvidence(french: string, evidence: NumberEvidence): void {
  for (const match of eachMatch(RUN, french)) {
    if (PHONE_BEFORE.test(french.slice(Math.max(0, match.index - 20), match.index))) continue;
    const english = englishNumber(match[0]);
    const key = normaliseRun(match[0]);
    if (english === undefined || (evidence.numbers.has(key) && evidence.numbers.get(key) !== english)) continue;
    evidence.numbers.set(key, english);
    const rest = french.slice(match.index + match[0].length);
    if (PERCENT_AFTER.test(rest)) evidence.percentages.add(frenchNumberValue(key));
  }
  for (const match of eachMatch(WHOLE_PERCENTAGE, french)) {
    evidence.percentages.add(Number(match[1]));
  }
  for (const match of eachMatch(FRENCH_HOUR, french)) {
    const hour = Number(match[1]);
    const before = french.slice(Math.max(0, match.index - 40), match.index);
    const after = french.slice(match.index + match[0].length);
    // `8 h du soir`, `3 h 30 du matin`: the 12-hour clock (french-numbers.ts).
    const part = readDayPart(hour, after);
    const partHour = part === undefined || DURATION_CUE.test(before) ? undefined : part.hour;
    // A figure past 12 is the 24-hour clock whatever follows (`22 h du soir`).
    const kind = partHour !== undefined ? 'clock' : part !== undefined && hour <= 12 ? undefined : hourKind(hour, match[2], before, after);
    const english =
      partHour !== undefined ? englishClock(partHour, match[2]) : kind === 'clock' ? englishClock(hour, match[2]) : kind === 'duration' ? `${hour} ${hour === 1 ? 'hour' : 'hours'}` : undefined;
    if (part !== undefined && kind === 'clock') evidence.dayParts.add(english as string);
    const key = hourKey(match[1]!, match[2]);
    evidence.hours.set(key, evidence.hours.has(key) && evidence.hours.get(key) !== english ? undefined : english);
    if (kind === 'clock') setPreposition(evidence, english as string, clockPreposition(before));
  }
  for (const match of eachMatch(FRENCH_HOUR_WORD, french)) {
    const hour = Number(match[1]);
    const before = french.slice(Math.max(0, match.index - 40), match.index);
    const after = french.slice(match.index + match[0].length);
    // Only after a cue that makes it a time (`à 10 heures`) or opening a range (`de 16 heures à
    // 19 h 30`); `pendant 3 heures`, `à 3 heures de Paris`, `3 heures de route` stay hours.
    const cued = CLOCK_CUE.test(before) || (FROM_BEFORE.test(before) && RANGE_AFTER.test(after.replace(/^\s*(?:à|-|–)\s*(\d{1,2})\s*heures?/iu, ' à $1h')));
    // `3 heures du matin`, `8 heures du soir`: the 12-hour clock, a time with or without a cue.
    const part = readDayPart(hour, after);
    const duration = DURATION_CUE.test(before);
    const clock = (part === undefined || hour > 12) && hour <= 23 && cued && !duration && !/^\s*d(?:e\s|['’])/iu.test(after);
    const english = part?.hour !== undefined && !duration ? englishClock(part.hour, undefined) : clock ? englishClock(hour, undefined) : undefined;
    if (part !== undefined && english !== undefined) evidence.dayParts.add(english);
    const key = String(hour);
    evidence.hourWords.set(key, evidence.hourWords.has(key) && evidence.hourWords.get(key) !== english ? undefined : english);
    if (english !== undefined) setPreposition(evidence, english, clockPreposition(before));
  }
  for (const match of eachMatch(ARABIC_ORDINAL, french)) {
    const value = Number(match[1]);
    evidence.ordinals.set(match[0], `${value}${ordinalSuffix(value)}`);
  }
  for (const match of eachMatch(FRENCH_RANGE, french)) {
    const from = Number(match[1]);
    const to = Number(match[3]);
    if (from > 23 || to > 23) continue;
    evidence.ranges.push([englishClock(from, match[2]), englishClock(to, match[4])]);
  }
  for (const match of eachMatch(FRENCH_AMOUNT, french)) {
    const run = normaliseRun(match[1]!);
    const number = /^\d+$/.test(run) ? run : englishNumber(run);
    if (number === undefined) continue;
    const scale = match[2] === undefined ? '' : ` ${match[2].toLowerCase().startsWith('milliard') ? 'billion' : 'million'}`;
    evidence.amounts.add(`${number}${scale} ${match[3]}`);
  }
}

/** Records the preposition before a time; two different ones for the same time leave it undecided. */
function setPreposition(evidence: NumberEvidence, time: string, preposition: 'at' | 'around' | undefined): void {
  evidence.prepositions.set(time, evidence.prepositions.has(time) && evidence.prepositions.get(time) !== preposition ? undefined : preposition);
}

/**
 * The patterns made from a segment's own text (a Roman numeral, a time), kept by that text: the
 * same few come back segment after segment, and making one costs more than running it.
 */
const madePatterns = new Map<string, RegExp>();
const MOST_MADE_PATTERNS = 1000;

function madePattern(key: string, make: () => RegExp): RegExp {
  let pattern = madePatterns.get(key);
  if (pattern === undefined) {
    if (madePatterns.size >= MOST_MADE_PATTERNS) madePatterns.clear();
    pattern = make();
    madePatterns.set(key, pattern);
  }
  return pattern;
}

/** A Roman numeral written bare, as a word of its own (`Louis XIV`). */
function bareRoman(roman: string): RegExp {
  return madePattern(`roman ${roman}`, () => new RegExp(`(?<![\\p{L}\\p{N}])${roman}(?![\\p{L}\\p{N}])`, 'u'));
}

/** `to 14:30`, `to the 14:30`, `To 14:30`, for one time. */
function toTime(time: string): RegExp {
  return madePattern(`to ${time}`, () => new RegExp(String.raw`(?<![\p{L}])([Tt])o (?:the )?${time}(?![\p{N}:])`, 'gu'));
}

/** A percentage Apertium wrote with a space before `%`. */
const SPACED_PERCENTAGE = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)${NUMBER_SPACE}+%`, 'gu');

function readRomanEvidence(french: string, evidence: NumberEvidence): void {
  for (const match of eachMatch(ROMAN_ORDINAL, french)) {
    const roman = match[1]!;
    const value = romanValue(roman);
    if (value === undefined) continue;
    if (roman.length === 1 && !ROMAN_NOUNS.test(match[2] ?? '')) continue;
    evidence.romans.set(roman, `${value}${ordinalSuffix(value)}`);
  }
  // A Roman numeral the French also writes bare (`Louis XIV`, `XIVe siècle`) is left alone.
  for (const roman of [...evidence.romans.keys()]) {
    if (bareRoman(roman).test(french)) evidence.romans.delete(roman);
  }
}

function hasEvidence(evidence: NumberEvidence): boolean {
  return evidence.numbers.size > 0 || evidence.percentages.size > 0 || evidence.hours.size > 0 || evidence.hourWords.size > 0 || evidence.romans.size > 0 || evidence.ordinals.size > 0 || evidence.ranges.length > 0 || evidence.amounts.size > 0 || evidence.milliard;
}

/**
 * `of 4 pm to 7:30 pm`, `of the 4 pm at the 7:30 pm`, `maintain 4 pm to 7:30 pm` (the `de` lost): a
 * range as the pivot gives it, for one range.
 */
function rangeOf(from: string, to: string): RegExp {
  return madePattern(`range ${from} ${to}`, () => new RegExp(String.raw`(?<![\p{L}])(?:([OoFf])(?:f|rom) )?(?:the )?(?<![\p{N}:] )${from} (?:to|at|until|a) (?:the )?${to}(?![\p{L}\p{N}:])`, 'gu'));
}

/** Rewrites one piece of English text (no markup) with what the French says. */
function rewriteText(text: string, evidence: NumberEvidence): string {
  let out = text;
  if (evidence.hours.size > 0) {
    out = out.replace(ENGLISH_HOUR, (whole, hour: string, minutes: string | undefined) => evidence.hours.get(hourKey(hour, minutes)) ?? whole);
  }
  if (evidence.hourWords.size > 0) {
    out = out.replace(ENGLISH_HOUR_WORD, (whole, hour: string) => evidence.hourWords.get(String(Number(hour))) ?? whole);
  }
  for (const time of evidence.dayParts) {
    // The time says the part of the day already: `8 pm of the evening` is `8 pm`.
    out = out.replace(new RegExp(String.raw`(?<![\p{L}\p{N}])${time}${ENGLISH_DAY_PART}`, 'gu'), time);
  }
  for (const [time, preposition] of evidence.prepositions) {
    if (preposition === undefined) continue;
    // `to 14:30`, `to the 14:30` (Spanish `a las`), at the start of a sentence `To 14:30`.
    out = out.replace(toTime(time), (_whole, t: string) => {
      const word = t === 'T' ? `${preposition[0]!.toUpperCase()}${preposition.slice(1)}` : preposition;
      return `${word} ${time}`;
    });
  }
  if (evidence.numbers.size > 0) {
    out = out.replace(RUN, (run: string, offset: number, whole: string) =>
      PHONE_BEFORE.test(whole.slice(Math.max(0, offset - 20), offset)) ? run : (evidence.numbers.get(normaliseRun(run)) ?? run),
    );
  }
  if (evidence.ranges.length > 0) {
    for (const [from, to] of evidence.ranges) {
      out = out.replace(rangeOf(from, to), (_whole, letter: string | undefined) => `${letter !== undefined && letter === letter.toUpperCase() ? 'F' : 'f'}rom ${from} to ${to}`);
    }
  }
  if (evidence.amounts.size > 0 && /[€$£]/.test(out)) {
    out = out.replace(ENGLISH_AMOUNT, (whole, number: string, scale: string | undefined, sign: string) =>
      evidence.amounts.has(`${number}${scale === undefined ? '' : ` ${scale}`} ${sign}`) ? `${sign}${number}${scale === undefined ? '' : ` ${scale}`}` : whole,
    );
  }
  if (evidence.percentages.size > 0) {
    out = out.replace(
      SPACED_PERCENTAGE,
      (whole, number: string) => (evidence.percentages.has(parseEnglish(number)) ? `${number}%` : whole),
    );
  }
  if (evidence.romans.size > 0) {
    // A single letter only before the noun (`I` is also a pronoun, `V` a letter).
    out = out.replace(/(?<![\p{L}\p{N}])([IVXLCDM]+)(?:e|ème|eme|er|re|ère)?(?![\p{L}\p{N}])(?=(\s+\p{L}+)?)/gu, (whole, roman: string, noun: string | undefined) =>
      roman.length > 1 || ENGLISH_ROMAN_NOUNS.test(noun ?? '') ? (evidence.romans.get(roman) ?? whole) : whole,
    );
  }
  if (evidence.ordinals.size > 0) {
    out = out.replace(/(?<![\p{L}\p{N}.,])\d+(?:e|ème|eme|er|re|ère)(?![\p{L}\p{N}])/gu, (whole) => evidence.ordinals.get(whole) ?? whole);
  }
  if (evidence.milliard) {
    out = out.replace(/(?<![\p{L}])([Mm])illardos?(?![\p{L}])/gu, (whole, m: string, offset: number, all: string) => {
      const afterNumber = /\d\s*$/.test(all.slice(Math.max(0, offset - 3), offset));
      const word = afterNumber || whole.endsWith('o') ? 'billion' : 'billions';
      return m === 'M' ? `B${word.slice(1)}` : word;
    });
  }
  return out;
}

/**
 * Writes the numbers Apertium copied in French typography the English way, in one piece of
 * English text without markup, when the French source has them in that form (see the
 * module comment). `french` is the source as plain text (tags removed, entities decoded).
 *
 * @example
 * postEditNumbers('It has lost 2 500 jobs, 40 %.', 'Il a perdu 2 500 emplois, 40 %.') // 'It has lost 2,500 jobs, 40%.'
 */
export function postEditNumbers(text: string, french: string): string {
  return rewriteNumbers(text, readNumberEvidence(french));
}

/** Reads once what a French segment says about its numbers, for {@link rewriteNumbers} on each text piece. */
export function readNumberEvidence(french: string): NumberEvidence | undefined {
  const evidence = readEvidence(french.normalize('NFC'));
  return hasEvidence(evidence) ? evidence : undefined;
}

/** {@link postEditNumbers} with the evidence read already; `undefined` evidence leaves the text as it is. */
export function rewriteNumbers(text: string, evidence: NumberEvidence | undefined): string {
  if (!evidence || !/\d|[IVXLCDM]|illardo/.test(text)) return text;
  return rewriteText(text, evidence);
}

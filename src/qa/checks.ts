/**
 * Translation quality checks (issue 6), run on every aligned pair (French sentence, English
 * translation). Each check has a stable id and a severity and returns `QaFinding`s; a pair
 * that passes returns none. Pure functions: no I/O, no state.
 *
 * | id                 | severity        | what it flags                                               |
 * | ------------------ | --------------- | ----------------------------------------------------------- |
 * | `qa/empty`         | error           | empty translation of a non-empty sentence                   |
 * | `qa/untranslated`  | error / warning | no translation from the provider (with its reason); English equal to the French, or mostly / partly French words |
 * | `qa/numbers`       | error / warning | a number, date, time, percentage or ordinal lost or changed; kept in French form |
 * | `qa/names`         | warning         | a proper name of the French missing from the English        |
 * | `qa/quotes`        | error / warning | unbalanced quotes or parentheses; quotation count differs   |
 * | `qa/length-ratio`  | warning         | English/French length far from the usual 0.9                |
 * | `qa/glossary`      | error           | a glossary term's imposed English missing                   |
 * | `qa/unknown-word`  | warning         | words the engine marked as unknown; French words of the source left in the English |
 */
import { findTermMatches, foldForTerms, targetFor, termKeyWord, type TermMatch } from '../glossary/find-term-matches.ts';
import { hasTermOccurrence } from '../glossary/term-occurrences.ts';
import { eachMatch } from '../text/each-match.ts';
import { oneByte } from '../text/one-byte.ts';
import type { Glossary, GlossaryTerm } from '../glossary/types.ts';
import type { AlignedArticle, AlignedSentence, QaFinding } from '../types.ts';
import { englishNumberFacts, frenchNumberFacts } from './number-facts.ts';
import { englishPlaceNames } from './place-names.ts';
import { EnglishNames } from './same-name.ts';

export { sameName } from './same-name.ts';

export const QA_CHECK_IDS = [
  'qa/empty',
  'qa/untranslated',
  'qa/numbers',
  'qa/names',
  'qa/quotes',
  'qa/length-ratio',
  'qa/glossary',
  'qa/unknown-word',
] as const;
export type QaCheckId = (typeof QA_CHECK_IDS)[number];

/**
 * Checks whose findings depend on what the engine or the machine provides (the engine's
 * unknown-word marks, the installed word lists) and that only warn: a report lists them when
 * they found something, not as a row of zeros.
 */
export const CONDITIONAL_QA_CHECK_IDS: readonly QaCheckId[] = ['qa/unknown-word'];

export interface QaOptions {
  /**
   * English/French length ratios outside this range are flagged (English runs about 0.9 of French).
   * @default { min: 0.5, max: 1.6 }
   */
  lengthRatio?: { min: number; max: number };
  /**
   * Sentences shorter than this (characters) are not checked for length ratio: a short
   * headline or byline varies too much.
   * @default 20
   */
  lengthRatioMinimumSourceLength?: number;
  /**
   * Share of French function words among the English words above which the translation is
   * "mostly French" (error); half of it gives "partly French" (warning).
   * @default 0.25
   */
  frenchWordRatio?: number;
  /** Checks to leave out, by id. @default [] */
  disabled?: readonly string[];
}

export interface QaContext {
  glossary?: Glossary;
  options?: QaOptions;
  /** Word lists for `qa/unknown-word`'s French left in the English; without them it reports only the engine's marks. */
  wordLists?: WordLists;
}

/** What `qa/unknown-word` asks whether a word is French, or English. */
export interface WordLists {
  french: { has(word: string): boolean };
  english: { has(word: string): boolean };
}

export interface QaPair {
  source: string;
  translation: string;
  /** Words of the translation the engine marked as unknown (`AlignedSentence.unknownWords`). */
  unknownWords?: readonly string[];
  /** Why the provider gave the sentence no translation (`AlignedSentence.untranslated`). */
  untranslated?: string;
}

/**
 * The last texts normalised and their results: every check normalises the same source and
 * translation again, and a pair is checked by seven of them in a row.
 */
const normalised: [string, string][] = [];
const REMEMBERED_NORMALISED = 4;

function normalise(text: string): string {
  for (const [input, output] of normalised) if (input === text) return output;
  const output = normaliseOnce(text);
  if (normalised.unshift([text, output]) > REMEMBERED_NORMALISED) normalised.pop();
  return output;
}

/**
 * What `\s+` → ` ` changes: a space of another kind, or two in a row. A sentence's spaces are
 * nearly all single ` `, each of which the rule would replace by itself, copying the text.
 */
const SPACES_TO_COLLAPSE = /[^\S ]| {2}/;

function normaliseOnce(text: string): string {
  let output = text.normalize('NFC').replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/[’‘]/g, "'");
  if (SPACES_TO_COLLAPSE.test(output)) output = output.replace(/\s+/g, ' ');
  return output.trim();
}

function finding(check: QaCheckId, severity: QaFinding['severity'], message: string): QaFinding {
  return { check, severity, message };
}

const quoted = (text: string) => `"${text}"`;

// ---------------------------------------------------------------- qa/empty

export function checkEmpty(pair: QaPair): QaFinding[] {
  if (normalise(pair.source) !== '' && normalise(pair.translation) === '') {
    return [finding('qa/empty', 'error', 'The translation is empty although the French sentence is not.')];
  }
  return [];
}

// ---------------------------------------------------------------- qa/untranslated

/** French function words that are not English words (`son`, `on`, `a`, `plus`, `de`, `en` left out on purpose). */
export const FRENCH_FUNCTION_WORDS = new Set([
  'le', 'la', 'les', 'des', 'du', 'est', 'une', 'qui', 'que', 'dans', 'pour', 'avec', 'sur', 'et', 'au', 'aux',
  'ces', 'cette', 'sont', 'pas', 'mais', 'ont', 'nous', 'vous', 'ils', 'elles', 'leur', 'leurs', 'été', 'être',
  'cela', 'très', 'aussi', 'entre', 'selon', 'après', 'depuis', 'sans', 'sous', 'chez', 'lors', 'dont', 'où',
  'ne', 'sa', 'ses', 'mes', 'nos', 'vos', 'avait', 'était', 'qu', 'quand', 'comme', 'donc', 'ainsi', 'encore',
]);

function words(text: string): string[] {
  return text.match(/\p{L}[\p{L}\p{M}]*/gu) ?? [];
}

export function checkUntranslated(pair: QaPair, options: QaOptions = {}): QaFinding[] {
  const source = normalise(pair.source);
  const translation = normalise(pair.translation);
  if (translation === '') return [];
  // The French's words are read only when the English is the French (a rare case).
  if (source.toLowerCase() === translation.toLowerCase() && words(source).some((word) => word.length > 2 && word === word.toLowerCase())) {
    return [finding('qa/untranslated', 'error', 'The English is the French sentence unchanged.')];
  }
  const englishWords = words(translation);
  if (englishWords.length < 4) return [];
  // Only lower-case words count: `Le Monde`, `La Paz` and `Des Moines` are names.
  const french = englishWords.filter((word) => FRENCH_FUNCTION_WORDS.has(word));
  const ratio = french.length / englishWords.length;
  const threshold = options.frenchWordRatio ?? 0.25;
  const sample = () => [...new Set(french)].slice(0, 5).join(', ');
  if (ratio >= threshold) {
    return [finding('qa/untranslated', 'error', `The English is mostly French (${Math.round(ratio * 100)}% French function words: ${sample()}).`)];
  }
  if (ratio >= threshold / 2 && french.length >= 2) {
    return [finding('qa/untranslated', 'warning', `The English is partly French (${Math.round(ratio * 100)}% French function words: ${sample()}).`)];
  }
  return [];
}

// ---------------------------------------------------------------- qa/numbers

export function checkNumbers(pair: QaPair): QaFinding[] {
  const french = frenchNumberFacts(pair.source);
  const english = englishNumberFacts(pair.translation);
  const findings: QaFinding[] = [];
  const unused = new Set(english);
  for (const fact of french) {
    const candidates = [...unused].filter((other) => other.keys.some((key) => fact.keys.includes(key)));
    const match = candidates.find((other) => !other.frenchForm) ?? candidates[0];
    if (!match) {
      findings.push(finding('qa/numbers', 'error', `${quoted(fact.text)} is missing from the English (expected ${fact.english}).`));
      continue;
    }
    unused.delete(match);
    if (match.frenchForm) {
      findings.push(finding('qa/numbers', 'warning', `${quoted(match.text)} is still written the French way (English: ${fact.english}).`));
    }
  }
  for (const fact of unused) {
    findings.push(finding('qa/numbers', 'warning', `${quoted(fact.text)} in the English is not in the French.`));
  }
  return findings;
}

// ---------------------------------------------------------------- qa/names

const NAME_WORD = /\p{L}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*/gu;
/** The same words, read from the translation while `NAME_WORD` walks the source (a `match` resets a pattern's `lastIndex`). */
const ENGLISH_NAME_WORD = new RegExp(NAME_WORD.source, 'gu');
/** A Roman ordinal as French writes it: `XVe`, `IIIe`, `Ier`, `XIXème`. */
const ROMAN_ORDINAL_WORD = /^[IVXLC]+(?:e|er|re|ème|eme)$/u;
/** A title of address before a name (`Mme Leroy`, `Me Dupont`, `Mgr Blanc`): not a name; the name after it is checked. */
const TITLE_WORDS = new Set(['Mme', 'Mmes', 'Mlle', 'Mlles', 'MM', 'Me', 'Mes', 'Dr', 'Pr', 'Mgr']);
/** A capital after these starts a sentence or a quotation: not evidence of a name. */
const SENTENCE_OPENERS = new Set(['«', '"', '“', '„', '—', '–', '.', '!', '?', '…', ':']);

/**
 * Whether `text` up to `end` is empty or ends with a sentence opener and spaces (what
 * `/(?:^|[«"“„—–.!?…:])\s*$/u` tests on the slice), read backwards from `end` instead of
 * matching from every position of the slice.
 */
function startsSentence(text: string, end: number): boolean {
  let index = end - 1;
  while (index >= 0 && /\s/u.test(text[index]!)) index -= 1;
  return index < 0 || SENTENCE_OPENERS.has(text[index]!);
}

function containsPhrase(text: string, phrase: string): boolean {
  // The matcher's own cheap test first (as in findTermMatches): its key word must be in the folded text.
  const key = termKeyWord(phrase);
  if (key !== '' && !foldForTerms(text).includes(key)) return false;
  const probe: GlossaryTerm = { source: phrase, target: phrase, caseSensitive: false, wholeWord: true, doNotTranslate: true };
  return hasTermOccurrence(probe, text);
}

let lastTermMatches: { text: string; terms: readonly GlossaryTerm[]; matches: readonly TermMatch[] } | undefined;

/** The glossary terms of a normalised French sentence: `qa/names` and `qa/glossary` both ask, one after the other. */
function sourceTermMatches(text: string, terms: readonly GlossaryTerm[]): readonly TermMatch[] {
  if (lastTermMatches?.text !== text || lastTermMatches.terms !== terms) lastTermMatches = { text, terms, matches: findTermMatches(text, terms) };
  return lastTermMatches.matches;
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

interface Transliterations {
  /** Each French name as a term to find in the source, with its English forms and its key word (`termKeyWord`). */
  terms: { term: GlossaryTerm; english: readonly string[]; key: string }[];
  /** The English forms of the first French name of each lower-case spelling. */
  byLowerCase: Map<string, readonly string[]>;
}

const transliterationsByGlossary = new WeakMap<object, Transliterations>();
const NO_TRANSLITERATIONS: Transliterations = { terms: [], byLowerCase: new Map() };

/** The glossary's transliterations as `checkNames` looks them up, made once per glossary. */
function transliterationsOf(glossary: Glossary | undefined): Transliterations {
  if (glossary?.transliterations === undefined) return NO_TRANSLITERATIONS;
  let made = transliterationsByGlossary.get(glossary.transliterations);
  if (made === undefined) {
    const entries = Object.entries(glossary.transliterations);
    const byLowerCase = new Map<string, readonly string[]>();
    for (const [french, english] of entries) if (!byLowerCase.has(french.toLowerCase())) byLowerCase.set(french.toLowerCase(), english);
    made = {
      // One byte per character where it can be (see one-byte.ts): a property name is the string
      // the parser of the glossary's file first made of it, two-byte when the file holds a `ğ`.
      terms: entries.map(([written, english]) => {
        const french = oneByte(written);
        return {
          term: { source: french, target: french, caseSensitive: false, wholeWord: true, doNotTranslate: true } satisfies GlossaryTerm,
          english,
          key: termKeyWord(french),
        };
      }),
      byLowerCase,
    };
    transliterationsByGlossary.set(glossary.transliterations, made);
  }
  return made;
}

/** Letters (`\p{L}`) and capitals (`\p{Lu}`) outside ASCII, as the two classes read them, by code point. */
const isLetter = new Map<string, boolean>();
const isCapital = new Map<string, boolean>();

function classified(cache: Map<string, boolean>, pattern: RegExp, character: string): boolean {
  let answer = cache.get(character);
  if (answer === undefined) {
    answer = pattern.test(character);
    cache.set(character, answer);
  }
  return answer;
}

/**
 * Whether more than 0.6 of a text's letters are capitals (a headline set in capitals, which
 * names nothing by its capitals): `letters.replace(/[^\p{Lu}]/gu, '').length / letters.length >
 * 0.6` with `letters = text.replace(/[^\p{L}]/gu, '')`, counted in UTF-16 units as those lengths
 * are, in one pass over the text instead of two copies of it.
 *
 * @example
 * setInCapitals('LA SYRIE À GENÈVE') // true
 * setInCapitals('La Syrie à Genève') // false
 */
export function setInCapitals(text: string): boolean {
  let letters = 0;
  let capitals = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) letters += 1;
      else if (code >= 0x41 && code <= 0x5a) {
        letters += 1;
        capitals += 1;
      }
      continue;
    }
    // A whole code point: a surrogate pair counts two units, as in the copies' lengths.
    const point = text.codePointAt(index)!;
    const character = String.fromCodePoint(point);
    if (point > 0xffff) index += 1;
    if (!classified(isLetter, /^\p{L}$/u, character)) continue;
    letters += character.length;
    if (classified(isCapital, /^\p{Lu}$/u, character)) capitals += character.length;
  }
  return letters > 0 && capitals / letters > 0.6;
}

export function checkNames(pair: QaPair, glossary?: Glossary): QaFinding[] {
  let source = normalise(pair.source);
  const translation = normalise(pair.translation);
  if (translation === '') return [];
  if (setInCapitals(source)) return [];
  // Glossary terms are the qa/glossary check's business.
  for (const match of sourceTermMatches(source, glossary?.terms ?? [])) source = blank(source, match.start, match.end);
  // Each English form is looked for once per translation, by the transliterations and by the capitalised words.
  const inTranslation = new Map<string, boolean>();
  const translationHas = (name: string): boolean => {
    let found = inTranslation.get(name);
    if (found === undefined) {
      found = containsPhrase(translation, name);
      inTranslation.set(name, found);
    }
    return found;
  };
  const { terms: transliterationTerms, byLowerCase } = transliterationsOf(glossary);
  // A term whose key word is not in the source has no match there, before blanking or after.
  const foldedSource = foldForTerms(source);
  for (const { term, english, key } of transliterationTerms) {
    if (key !== '' && !foldedSource.includes(key)) continue;
    if (!english.some(translationHas)) continue;
    for (const match of findTermMatches(source, [term])) source = blank(source, match.start, match.end);
  }
  // Read and indexed once per translation, when the source has a name to look up.
  let englishNames: EnglishNames | undefined;
  const missing: string[] = [];
  for (const found of eachMatch(NAME_WORD, source)) {
    const word = found[0];
    if (word.length < 2 || word[0] === word[0]!.toLowerCase()) continue;
    if (startsSentence(source, found.index)) continue;
    // A Roman ordinal (`XVe arrondissement`, `IIIe République`) is a number, qa/numbers's business.
    if (ROMAN_ORDINAL_WORD.test(word)) continue;
    if (TITLE_WORDS.has(word)) continue;
    const known = byLowerCase.get(word.toLowerCase());
    if (known?.some(translationHas)) continue;
    // A place French names its own way (`Espagne`, `Londres`): in the English by its English name.
    if (englishPlaceNames(word)?.some(translationHas)) continue;
    if ((englishNames ??= new EnglishNames(translation.match(ENGLISH_NAME_WORD) ?? [])).has(word)) continue;
    if (!missing.includes(word)) missing.push(word);
  }
  return missing.map((word) => finding('qa/names', 'warning', `The name ${quoted(word)} is in the French but not in the English.`));
}

// ---------------------------------------------------------------- qa/quotes

interface Marks {
  quotes: number;
  /** Opening minus closing curly quotes and guillemets; odd straight quotes count as 1. */
  quoteBalance: number;
  parentheses: number;
  parenthesisBalance: number;
  /** A `)` came before its `(`. */
  parenthesisOrder: boolean;
}

/** Every mark `countMarks` counts: most sentences have none, and are read once, natively, to find it out. */
const MARK = /[«“„»”"()]/g;

function countMarks(text: string): Marks {
  let opening = 0;
  let closing = 0;
  let straight = 0;
  let parentheses = 0;
  let closed = 0;
  let order = true;
  for (const { 0: mark } of eachMatch(MARK, text)) {
    if (mark === '(') parentheses += 1;
    else if (mark === ')') {
      closed += 1;
      if (closed > parentheses) order = false;
    } else if (mark === '"') straight += 1;
    else if (mark === '»' || mark === '”') closing += 1;
    else opening += 1;
  }
  return {
    quotes: Math.ceil((opening + closing + straight) / 2),
    quoteBalance: opening - closing + (straight % 2),
    parentheses,
    parenthesisBalance: parentheses - closed,
    parenthesisOrder: order,
  };
}

export function checkQuotes(pair: QaPair): QaFinding[] {
  const translation = normalise(pair.translation);
  if (translation === '') return [];
  const french = countMarks(normalise(pair.source));
  const english = countMarks(translation);
  const findings: QaFinding[] = [];
  // A quotation split across sentences leaves the French unbalanced too: compare with it.
  if (english.quoteBalance !== french.quoteBalance) {
    findings.push(finding('qa/quotes', 'error', 'The quotation marks in the English are not balanced the way they are in the French.'));
  } else if (english.quotes !== french.quotes) {
    findings.push(finding('qa/quotes', 'warning', `The French has ${french.quotes} quotation(s), the English ${english.quotes}.`));
  }
  if (english.parenthesisBalance !== french.parenthesisBalance || (!english.parenthesisOrder && french.parenthesisOrder)) {
    findings.push(finding('qa/quotes', 'error', 'The parentheses in the English are not balanced the way they are in the French.'));
  } else if (english.parentheses !== french.parentheses) {
    findings.push(finding('qa/quotes', 'warning', `The French has ${french.parentheses} parenthesis(es), the English ${english.parentheses}.`));
  }
  return findings;
}

// ---------------------------------------------------------------- qa/length-ratio

export function checkLengthRatio(pair: QaPair, options: QaOptions = {}): QaFinding[] {
  const source = normalise(pair.source);
  const translation = normalise(pair.translation);
  if (translation === '' || source.length < (options.lengthRatioMinimumSourceLength ?? 20)) return [];
  const { min, max } = options.lengthRatio ?? { min: 0.5, max: 1.6 };
  const ratio = translation.length / source.length;
  if (ratio < min || ratio > max) {
    const how = ratio < min ? 'short' : 'long';
    return [
      finding(
        'qa/length-ratio',
        'warning',
        `The English is unusually ${how}: ${translation.length} characters for ${source.length} in French (ratio ${ratio.toFixed(2)}, expected ${min}–${max}).`,
      ),
    ];
  }
  return [];
}

// ---------------------------------------------------------------- qa/glossary

export function checkGlossary(pair: QaPair, glossary?: Glossary): QaFinding[] {
  if (!glossary || glossary.terms.length === 0) return [];
  const translation = normalise(pair.translation);
  if (translation === '') return [];
  const findings: QaFinding[] = [];
  const reported = new Set<string>();
  for (const match of sourceTermMatches(normalise(pair.source), glossary.terms)) {
    const target = targetFor(match);
    if (reported.has(target) || containsPhrase(translation, target)) continue;
    reported.add(target);
    const what = match.term.doNotTranslate ? 'must be kept as it is' : `must be translated ${quoted(target)}`;
    findings.push(finding('qa/glossary', 'error', `The glossary term ${quoted(match.text)} ${what}, but the English does not have it.`));
  }
  return findings;
}

// ---------------------------------------------------------------- all checks

/** Runs every check on one pair. An empty translation only reports `qa/empty`. */
// ---------------------------------------------------------------- qa/unknown-word

/** A word as `qa/unknown-word` reads it: letters, with inner apostrophes and hyphens. */
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;

/**
 * The words a post-editor should go to first: those the engine marked as unknown and left as
 * they were (Apertium's `*word`, carried as `unknownWords`; a name copied from the French, in
 * capitals, is not listed), and, with word lists, the French
 * words of the source left in the English: in lower case (a capital may be a name), of four
 * letters or more, found in the French sentence, French and not English (`circonspect`, not
 * `situation`). Listed in the order of the English, each once.
 *
 * @example
 * checkUnknownWords({ source: 'Il reste circonspect.', translation: 'He remains circonspect.', unknownWords: [] }, wordLists)
 * // [{ check: 'qa/unknown-word', severity: 'warning', message: 'Left untranslated: circonspect (French).' }]
 */
/** Symbols of units French and English write alike after a number. */
const UNIT_SYMBOLS = new Set(['m', 'cm', 'mm', 'km', 'kg', 'g', 'mg', 't', 'l', 'cl', 'ml', 'hl', 'ha', 'min', 's', 'W', 'kW', 'kWh', 'MW', 'MWh', 'GW', 'V', 'kV', 'Hz', 'dB']);

export function checkUnknownWords(pair: QaPair, wordLists?: WordLists): QaFinding[] {
  const sourceWords = new Set((normalise(pair.source).match(WORD) ?? []).map((word) => word.toLowerCase()));
  // A name the engine did not know and rightly kept as written (`Lavrov`, `G20`) needs no post-editing.
  const keptName = (word: string) => /^\p{Lu}/u.test(word) && sourceWords.has(word.toLowerCase());
  // Nor a letter alone that the French holds as an initial (a signature's `C. D.`, which the
  // engine reads as an elided `d`); a French `à` left in the English is still one.
  const initial = (word: string) => [...word].length === 1 && new RegExp(String.raw`(?:^|[\s(])${word.toUpperCase()}\.(?=[\s,;)]|$)`, 'u').test(normalise(pair.source));
  // Nor a unit's symbol after a number, written alike in both languages (`5,20 m`, `12 km`, `3 kg`).
  const unit = (word: string) => UNIT_SYMBOLS.has(word) && new RegExp(String.raw`\d[\s\u00a0\u202f]*${word}(?![\p{L}\p{N}])`, 'u').test(pair.source);
  const marked = [...new Set(pair.unknownWords ?? [])].filter((word) => !keptName(word) && !initial(word) && !unit(word));
  const french: string[] = [];
  if (wordLists !== undefined) {
    for (const word of normalise(pair.translation).match(WORD) ?? []) {
      // The set lookup first: most words of the English are not words of the French.
      if (!sourceWords.has(word) || word !== word.toLowerCase() || [...word].length < 4) continue;
      if (marked.includes(word) || french.includes(word)) continue;
      if (wordLists.french.has(word) && !wordLists.english.has(word)) french.push(word);
    }
  }
  if (marked.length === 0 && french.length === 0) return [];
  const listed = [
    ...marked.map((word) => (french.includes(word) ? `${word} (French)` : `${word} (unknown to the engine)`)),
    ...french.filter((word) => !marked.includes(word)).map((word) => `${word} (French)`),
  ];
  return [finding('qa/unknown-word', 'warning', `Left untranslated: ${listed.join(', ')}.`)];
}

/** The checks `runQaChecks` runs after `qa/empty`, in their order. */
const PAIR_CHECKS: readonly [QaCheckId, (pair: QaPair, context: QaContext, options: QaOptions) => QaFinding[]][] = [
  ['qa/untranslated', (pair, _context, options) => checkUntranslated(pair, options)],
  ['qa/numbers', (pair) => checkNumbers(pair)],
  ['qa/names', (pair, context) => checkNames(pair, context.glossary)],
  ['qa/quotes', (pair) => checkQuotes(pair)],
  ['qa/length-ratio', (pair, _context, options) => checkLengthRatio(pair, options)],
  ['qa/glossary', (pair, context) => checkGlossary(pair, context.glossary)],
  ['qa/unknown-word', (pair, context) => checkUnknownWords(pair, context.wordLists)],
];

const NONE_DISABLED: ReadonlySet<string> = new Set();

export function runQaChecks(pair: QaPair, context: QaContext = {}): QaFinding[] {
  const { options = {} } = context;
  const disabled = options.disabled === undefined || options.disabled.length === 0 ? NONE_DISABLED : new Set(options.disabled);
  // The provider said it could not translate the sentence: that, with its reason, is the one finding.
  if (pair.untranslated !== undefined) {
    return disabled.has('qa/untranslated') ? [] : [finding('qa/untranslated', 'error', `The provider gave no translation: ${pair.untranslated.replace(/\.$/, '')}.`)];
  }
  const empty = checkEmpty(pair);
  if (empty.length > 0) return disabled.has('qa/empty') ? [] : empty;
  if (normalise(pair.source) === '') return [];
  const findings: QaFinding[] = [];
  for (const [id, run] of PAIR_CHECKS) {
    if (disabled.has(id)) continue;
    for (const found of run(pair, context, options)) findings.push(found);
  }
  return findings;
}

/** The pair a sentence is checked as: its French, with the sentences merged into it. */
function qaPair(sentence: AlignedSentence, merged: readonly string[] | undefined): QaPair {
  const pair: QaPair = { source: merged === undefined ? sentence.text : [sentence.text, ...merged].join(' '), translation: sentence.translation };
  if (sentence.unknownWords !== undefined) pair.unknownWords = sentence.unknownWords;
  if (sentence.untranslated !== undefined) pair.untranslated = sentence.untranslated;
  return pair;
}

export interface QaSummary {
  /** Sentences checked. */
  checked: number;
  /** Sentences with at least one error. */
  failed: number;
  /** Sentences with warnings only. */
  warned: number;
  /** Findings per check id (errors and warnings). */
  byCheck: Record<string, number>;
}

/** Summary of the findings already recorded on an article's sentences. */
export function summariseQa(article: AlignedArticle): QaSummary {
  const summary: QaSummary = { checked: 0, failed: 0, warned: 0, byCheck: {} };
  for (const block of article.blocks) {
    for (const sentence of block.sentences) {
      summary.checked += 1;
      const findings = sentence.qa ?? [];
      if (findings.some((item) => item.severity === 'error')) summary.failed += 1;
      else if (findings.length > 0) summary.warned += 1;
      for (const item of findings) summary.byCheck[item.check] = (summary.byCheck[item.check] ?? 0) + 1;
    }
  }
  return summary;
}

/**
 * Checks every sentence of an article. Returns a copy with `qa` set on each sentence (empty
 * when it passes) and the summary; the input is not modified.
 */
export function qaArticle(
  article: AlignedArticle,
  glossary?: Glossary,
  options?: QaOptions,
  wordLists?: WordLists,
): { article: AlignedArticle; summary: QaSummary } {
  const context: QaContext = { glossary, options, ...(wordLists === undefined ? {} : { wordLists }) };
  const checked: AlignedArticle = {
    ...article,
    blocks: article.blocks.map((block) => {
      // A sentence merged into another (2-1 alignment) has no English of its own: the
      // receiving sentence's English is checked against both French sentences.
      const mergedFrench = new Map<string, string[]>();
      for (const sentence of block.sentences) {
        if (sentence.mergedInto === undefined) continue;
        mergedFrench.set(sentence.mergedInto, [...(mergedFrench.get(sentence.mergedInto) ?? []), sentence.text]);
      }
      return {
        ...block,
        sentences: block.sentences.map(
          (sentence): AlignedSentence => ({
            ...sentence,
            qa:
              sentence.mergedInto !== undefined
                ? []
                : runQaChecks(qaPair(sentence, mergedFrench.get(sentence.id)), context),
          }),
        ),
      };
    }),
  };
  return { article: checked, summary: summariseQa(checked) };
}

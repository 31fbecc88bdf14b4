/**
 * Finds glossary terms in French text: longest first, whole words, elision-aware, tolerant
 * of the accents print drops on capitals (`Etat` for `État`), of curly apostrophes and of
 * no-break spaces. Shared by the term protection and the `qa/glossary` check so both agree
 * on what counts as an occurrence.
 */
import { termOccurrences } from './term-occurrences.ts';
import type { GlossaryTerm } from './types.ts';

export interface TermMatch {
  /** Offset of the first character in the searched text. */
  start: number;
  /** Offset just after the last character. */
  end: number;
  /** The text as it occurs (for example `POUTINE` or `Chine\u00a0Nouvelle`). */
  text: string;
  term: GlossaryTerm;
}

/** Lower case, accents removed: what every tolerance of the matcher has in common (`termKeyWord` is looked for in it). */
export function foldForTerms(text: string): string {
  return fold(text);
}

/** The last texts folded: the QA checks fold the same sentence for each of their searches. */
const folded: [string, string][] = [];
const REMEMBERED_FOLDED = 4;

function fold(text: string): string {
  for (const [input, output] of folded) if (input === text) return output;
  const output = foldByCharacter(text) ?? foldWhole(text);
  if (folded.unshift([text, output]) > REMEMBERED_FOLDED) folded.pop();
  return output;
}

function foldWhole(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Characters below this are folded from a table. */
const TABLE_END = 0x250;
/** A character `foldByCharacter` does not fold. */
const OUTSIDE_TABLE = /[^\u0000-\u024f\u2002-\u206f\u20a0-\u20cf]/;
/** The characters of the table that ASCII lower-casing does not fold. */
const NON_ASCII = /[\u0080-\u024f]/g;
/** `foldWhole` of each character up to the end of Latin Extended-B, alone. */
const FOLDED_CHARACTERS = Array.from({ length: TABLE_END }, (_, code) => foldWhole(String.fromCharCode(code)));

/**
 * `foldWhole` one character at a time, for text in Latin up to U+024F, general punctuation
 * from U+2002 and currency signs (a French article, nearly always), or undefined for any
 * other text. Decomposing, dropping the marks and lowering the case act on each character
 * alone there: marks (U+0300 on) are outside those ranges, and the one letter whose lower
 * case depends on its neighbours (final sigma) too; U+2000 and U+2001 are left out as they
 * decompose. About twice as fast as normalising the whole text (measured on a French sentence).
 */
function foldByCharacter(text: string): string | undefined {
  if (OUTSIDE_TABLE.test(text)) return undefined;
  return text.replace(NON_ASCII, (character) => FOLDED_CHARACTERS[character.charCodeAt(0)]!).toLowerCase();
}

const longestWords = new Map<string, string>();
/** Key words remembered, by term source; cleared past this. */
const MOST_REMEMBERED = 10_000;

/**
 * The term's longest run of letters and digits, folded; '' when it has none. A text whose
 * `foldForTerms` form does not contain it holds no occurrence of the term.
 */
export function termKeyWord(source: string): string {
  return longestWord(source);
}

function longestWord(source: string): string {
  let word = longestWords.get(source);
  if (word === undefined) {
    word = (fold(source).match(/[\p{L}\p{N}]+/gu) ?? []).reduce((longest, next) => (next.length > longest.length ? next : longest), '');
    if (longestWords.size >= MOST_REMEMBERED) longestWords.clear();
    longestWords.set(source, word);
  }
  return word;
}

interface KeyedTerm {
  term: GlossaryTerm;
  /** `termKeyWord(term.source)`. */
  key: string;
}

/** A glossary's terms with their key words, by list (a glossary's terms are not changed once it is made; a list that grew is read again). */
const keyedLists = new WeakMap<readonly GlossaryTerm[], { length: number; keyed: KeyedTerm[] }>();
/** Shorter lists (one made for a single search) are keyed at each call instead of remembered. */
const KEYED_FROM = 8;

/** The terms with a source that is not blank, each with its key word: a glossary's sentence after sentence. */
function keyedTerms(terms: readonly GlossaryTerm[]): KeyedTerm[] {
  if (terms.length < KEYED_FROM) return keyTerms(terms);
  let made = keyedLists.get(terms);
  if (made === undefined || made.length !== terms.length) {
    made = { length: terms.length, keyed: keyTerms(terms) };
    keyedLists.set(terms, made);
  }
  return made.keyed;
}

function keyTerms(terms: readonly GlossaryTerm[]): KeyedTerm[] {
  const keyed: KeyedTerm[] = [];
  for (const term of terms) if (term.source.trim() !== '') keyed.push({ term, key: longestWord(term.source) });
  return keyed;
}

/**
 * Every occurrence of the terms in `text`, without overlaps: the longest occurrence wins
 * (`M. Poutine` over `Poutine`), then the leftmost. Sorted by position.
 */
export function findTermMatches(text: string, terms: readonly GlossaryTerm[]): TermMatch[] {
  const candidates: TermMatch[] = [];
  let foldedText: string | undefined;
  for (const { term, key } of keyedTerms(terms)) {
    // A cheap test first: the term's longest word, without accents or case, must be in the text.
    if (key !== '' && !(foldedText ??= fold(text)).includes(key)) continue;
    for (const found of termOccurrences(term, text)) {
      candidates.push({ start: found.index, end: found.index + found.text.length, text: found.text, term });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: TermMatch[] = [];
  for (const candidate of candidates) {
    if (chosen.every((other) => candidate.end <= other.start || candidate.start >= other.end)) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * The English a match must become, in the case of the occurrence: the target for a
 * translated term (capitalised when the French occurrence starts a sentence in capitals and
 * the target starts in lower case, all capitals when the occurrence is), the occurrence
 * itself for a do-not-translate term.
 */
export function targetFor(match: TermMatch): string {
  const { term } = match;
  if (term.doNotTranslate) return match.text;
  const letters = match.text.replace(/[^\p{L}]/gu, '');
  const sourceLetters = term.source.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && sourceLetters !== sourceLetters.toUpperCase()) {
    return term.target.toUpperCase();
  }
  const first = match.text.charAt(0);
  const targetFirst = term.target.charAt(0);
  if (first !== first.toLowerCase() && targetFirst === targetFirst.toLowerCase() && term.source.charAt(0) === term.source.charAt(0).toLowerCase()) {
    return targetFirst.toUpperCase() + term.target.slice(1);
  }
  return term.target;
}

/**
 * Where a glossary term occurs in a text: whole words, tolerant of the accents print drops on
 * capitals (`Etat` for `État`), of curly apostrophes and of no-break spaces.
 *
 * A term is one regular expression (`termPattern`): its literal text, with a lookbehind and a
 * lookahead for the word boundaries. Those boundaries are Unicode classes (`[\p{L}\p{N}]`),
 * and V8 takes about 4 ms to compile an expression holding them, against 0.1 ms without: the
 * QA checks probe a few hundred names and phrases per run, each compiled once, which made the
 * compile the build's costliest step on the Node side. So the expression is compiled without
 * its boundaries, and each match is checked against them here, at the position where the
 * expression would have checked them, which finds exactly the same occurrences (tested against
 * `termPattern` on the test articles and on generated text).
 */
import { eachMatch } from '../text/each-match.ts';
import type { GlossaryTerm } from './types.ts';

/** Capital letters whose accent French print often leaves out: each matches its accented forms. */
const CAPITAL_VARIANTS: Record<string, string> = {
  A: 'AÀÂ',
  À: 'AÀÂ',
  Â: 'AÀÂ',
  E: 'EÉÈÊË',
  É: 'EÉÈÊË',
  È: 'EÉÈÊË',
  Ê: 'EÉÈÊË',
  Ë: 'EÉÈÊË',
  I: 'IÎÏ',
  Î: 'IÎÏ',
  Ï: 'IÎÏ',
  O: 'OÔ',
  Ô: 'OÔ',
  U: 'UÙÛÜ',
  Ù: 'UÙÛÜ',
  Û: 'UÙÛÜ',
  Ü: 'UÙÛÜ',
  C: 'CÇ',
  Ç: 'CÇ',
};

const WORD_CHARACTER = String.raw`[\p{L}\p{N}]`;
/** Not after a letter or digit, nor after `letter-` (inside a hyphenated compound). */
const WORD_START = String.raw`(?<!${WORD_CHARACTER}|${WORD_CHARACTER}-)`;
/** Not before a letter or digit, nor before `-letter`. */
const WORD_END = String.raw`(?!${WORD_CHARACTER}|-${WORD_CHARACTER})`;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Regular-expression source for a literal term, with the tolerances described above. */
function literalPattern(term: string): string {
  let pattern = '';
  for (const character of term.normalize('NFC')) {
    if (/\s/u.test(character)) {
      if (!pattern.endsWith(String.raw`[\s\u00a0\u202f]+`)) pattern += String.raw`[\s\u00a0\u202f]+`;
    } else if (character === "'" || character === '’') {
      pattern += "['’]";
    } else if (CAPITAL_VARIANTS[character] !== undefined) {
      pattern += `[${CAPITAL_VARIANTS[character]}]`;
    } else {
      pattern += escapeRegExp(character);
    }
  }
  return pattern;
}

/** Compiled expressions, by source, case and whole-word setting; cleared past `MOST_COMPILED`. */
const compiled = new Map<string, RegExp>();
const compiledBodies = new Map<string, CompiledBody>();
const MOST_COMPILED = 10_000;

function cacheKey(term: GlossaryTerm): string {
  return `${term.caseSensitive ? 1 : 0}${term.wholeWord ? 1 : 0}${term.source}`;
}

/** The term's forms: its text, and for a case-sensitive term its capitals too (`UNION` for `Union`). */
function formsOf(term: GlossaryTerm): string[] {
  const forms = [literalPattern(term.source)];
  const capitals = term.source.toUpperCase();
  if (term.caseSensitive && capitals !== term.source) forms.push(literalPattern(capitals));
  return forms;
}

/**
 * The term as one regular expression, word boundaries included (global). Slow to compile (see
 * above): `termOccurrences` uses it only for a term ending in a space, and tests compare with it.
 */
export function termPattern(term: GlossaryTerm): RegExp {
  const key = cacheKey(term);
  let pattern = compiled.get(key);
  if (pattern === undefined) {
    if (compiled.size >= MOST_COMPILED) compiled.clear();
    const forms = formsOf(term);
    const body = forms.length === 1 ? forms[0]! : `(?:${forms.join('|')})`;
    const source = term.wholeWord ? `${WORD_START}${body}${WORD_END}` : body;
    pattern = new RegExp(source, term.caseSensitive ? 'gu' : 'giu');
    compiled.set(key, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

interface CompiledBody {
  /** Every form, without boundaries (global): finds the candidate positions. */
  any: RegExp;
  /** Each form alone (sticky), in order, when there are several: which one the full expression takes at a position. */
  forms: RegExp[];
  /** The word-character class, with the term's case flag (with `i`, a few marks that fold to a letter count too). */
  wordCharacter: RegExp;
}

/** A letter or digit, as `[\p{L}\p{N}]` reads it with and without the `i` flag (sticky, compiled once). */
const WORD_CHARACTER_EXACT = new RegExp(WORD_CHARACTER, 'uy');
const WORD_CHARACTER_CASELESS = new RegExp(WORD_CHARACTER, 'iuy');

function compiledBody(term: GlossaryTerm): CompiledBody {
  const key = cacheKey(term);
  let body = compiledBodies.get(key);
  if (body === undefined) {
    if (compiledBodies.size >= MOST_COMPILED) compiledBodies.clear();
    const flags = term.caseSensitive ? 'u' : 'iu';
    const forms = formsOf(term);
    body = {
      any: new RegExp(forms.length === 1 ? forms[0]! : `(?:${forms.join('|')})`, `g${flags}`),
      forms: forms.length === 1 ? [] : forms.map((form) => new RegExp(form, `y${flags}`)),
      wordCharacter: term.caseSensitive ? WORD_CHARACTER_EXACT : WORD_CHARACTER_CASELESS,
    };
    compiledBodies.set(key, body);
  }
  return body;
}

/** Whether the code point starting at `index` is a word character. */
function wordAt(pattern: RegExp, text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  pattern.lastIndex = index;
  return pattern.test(text);
}

/** Where the code point ending just before `index` starts (a surrogate pair is one code point). */
function previousCodePoint(text: string, index: number): number {
  const low = text.charCodeAt(index - 1);
  const high = text.charCodeAt(index - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? index - 2 : index - 1;
}

/** `(?<![\p{L}\p{N}]|[\p{L}\p{N}]-)` at `index`. */
function startsWord(word: RegExp, text: string, index: number): boolean {
  if (index === 0) return true;
  const before = previousCodePoint(text, index);
  if (wordAt(word, text, before)) return false;
  return !(text[index - 1] === '-' && index >= 2 && wordAt(word, text, previousCodePoint(text, index - 1)));
}

/** `(?![\p{L}\p{N}]|-[\p{L}\p{N}])` at `index`. */
function endsWord(word: RegExp, text: string, index: number): boolean {
  if (wordAt(word, text, index)) return false;
  return !(text[index] === '-' && wordAt(word, text, index + 1));
}

function nextCodePoint(text: string, index: number): number {
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? index + 2 : index + 1;
}

export interface TermOccurrence {
  /** Offset of the first character. */
  index: number;
  /** The text as it occurs. */
  text: string;
}

/**
 * Every occurrence of the term in `text`, left to right, without overlaps: what
 * `eachMatch(termPattern(term), text)` finds, without compiling the word boundaries.
 */
export function* termOccurrences(term: GlossaryTerm, text: string): Generator<TermOccurrence> {
  // A term ending in a space could give back part of that space to meet the boundary after it,
  // which a check after the match cannot do: the full expression it is.
  if (!term.wholeWord || /\s$/u.test(term.source)) {
    for (const match of eachMatch(termPattern(term), text)) yield { index: match.index, text: match[0] };
    return;
  }
  const { any, forms, wordCharacter } = compiledBody(term);
  let from = 0;
  while (from <= text.length) {
    any.lastIndex = from;
    const candidate = any.exec(text);
    if (candidate === null) return;
    const index = candidate.index;
    let found: string | undefined;
    if (startsWord(wordCharacter, text, index)) {
      if (forms.length === 0) {
        if (endsWord(wordCharacter, text, index + candidate[0].length)) found = candidate[0];
      } else {
        // The full expression tries its forms in order at this position, each with the boundary after it.
        for (const form of forms) {
          form.lastIndex = index;
          const match = form.exec(text);
          if (match !== null && endsWord(wordCharacter, text, index + match[0].length)) {
            found = match[0];
            break;
          }
        }
      }
    }
    if (found === undefined || found === '') {
      if (found === '') yield { index, text: found };
      from = nextCodePoint(text, index);
      continue;
    }
    yield { index, text: found };
    from = index + found.length;
  }
}

/** Whether the term occurs in `text` (`termPattern(term).test(text)`, without compiling the word boundaries). */
export function hasTermOccurrence(term: GlossaryTerm, text: string): boolean {
  return !termOccurrences(term, text).next().done;
}

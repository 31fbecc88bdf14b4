/**
 * Words an extraction cut with a space where the typesetter kerned two letters (`r ue`, `A vec`,
 * `pa ys`, `f a v oris`, `INTERNA TIONAL`), glued back. pypdf's `extract_text` reads a kern in a
 * line's text (a `TJ` offset, as groff, mom, Typst and pandoc's ms set between `r` and `e`, `a`
 * and `y`, `A` and `v`, `V` and `u`) as a word space: its text of those pages holds such cuts by
 * the dozen, in words of every length, where `split-words.ts` (which reads a page's lines, and
 * leaves words shorter than five letters, too often two real words) does not reach.
 *
 * Evidence, per run of two to four pieces parted by single spaces: glued, they make a French word
 * (the word list, or the word standing whole elsewhere in the text; of one or two letters, one
 * French uses alone), and at least one piece is no
 * word by itself (a piece of one or two letters is a word only if French uses it alone: `a`, `à`,
 * `le`, `de`...; a longer one if the word list knows it). The pieces after the first open in
 * lower case, or are capitals after capitals, and are not all single letters (`j o u r` is a
 * letter-spaced line's, whose words may run longer than the pieces read); a run's last piece that is no word and glues into
 * one with the next token is left to it (`la c haque`: `la chaque`, not `lac haque`). A text is read as cut so only when it holds
 * `KERNED_CUTS_FEWEST` runs or more whose pieces are *all* no words, one of one or two letters
 * (`r ue`, `pa ys`, `v ous`),
 * which a text whose spaces are right does not: then each run is glued, longest first, each a
 * recorded repair; a text cut so on many of its lines, most of its pieces longer than a letter,
 * which is spaced at its hyphenation points (syllables) rather than at its kerns (a kern cuts off
 * one letter: `r ue`, `c haque`), is left to `syllable-spaced-words.ts`. It runs on the decoded text before any layout; a text without the habit costs
 * one pass over its tokens with cached word-list lookups.
 */
import type { Repair } from '../types.ts';
import { memoisedHas, type FrenchLexicon } from './french-lexicon.ts';
import { SHORT_WORDS } from './split-words.ts';
import { isSpacedAtHyphenationPoints } from './syllable-spaced-words.ts';
import { isLetterCodePoint } from '../text/letters.ts';

/** Fewest runs of pieces none of which is a word before a text is read as cut at its kerns. @default 3 */
export const KERNED_CUTS_FEWEST = 3;
/** Most pieces one word is glued back from (`f a v oris`). @default 4 */
const MOST_PIECES = 4;

/**
 * The pieces' patterns are built at their first use (a getter each): a text whose short words are
 * not cut at their kerns never reads them, and their `\p{…}` classes cost ICU look-ups when built.
 */
let firstPiecePattern: RegExp | undefined;
/** The first piece: an opening bracket or quote, an elided word (`qu’`), then letters. */
function firstPiece(): RegExp {
  return (firstPiecePattern ??= /^([(«“"]?(?:\p{L}+[’'])?)(\p{L}+)$/u);
}
let middlePiecePattern: RegExp | undefined;
/** A middle piece: letters only. */
function middlePiece(): RegExp {
  return (middlePiecePattern ??= /^\p{L}+$/u);
}
let lastPiecePattern: RegExp | undefined;
/** The last piece: letters, then punctuation or a hyphenated word (`vez-vous`). */
function lastPiece(): RegExp {
  return (lastPiecePattern ??= /^(\p{L}+)((?:[.,;:!?»)”…]*|-\p{L}+[.,;:!?»)”…]*))$/u);
}
let lowerFirstPattern: RegExp | undefined;
function lowerFirst(): RegExp {
  return (lowerFirstPattern ??= /^\p{Ll}/u);
}
let upperOnlyPattern: RegExp | undefined;
function upperOnly(): RegExp {
  return (upperOnlyPattern ??= /^\p{Lu}+$/u);
}

export interface KernedWordSpaces {
  text: string;
  repairs: Repair[];
}

interface Run {
  line: number;
  start: number;
  pieces: number;
  word: string;
  strong: boolean;
  /** Whether a piece is one letter (a kern cuts off a letter: `r ue`; a hyphenation point a syllable: `sep tembre`). */
  oneLetter: boolean;
}

/** The text with each word an extraction cut at a kern glued back, when the text shows the habit. */
export function joinKernedWordSpaces(text: string, lexicon: FrenchLexicon): KernedWordSpaces {
  if (!hasFragments(text)) return { text, repairs: [] };
  const tokens = tokensOf(text);
  const known = memoisedHas(lexicon);
  if (!mayHoldStrongRuns(tokens, wordTest(known))) return { text, repairs: [] };
  const { runs, strong } = findRuns(tokens, known);
  if (strong < KERNED_CUTS_FEWEST) return { text, repairs: [] };
  if (isSpacedAtSyllables({ tokens, runs })) return { text, repairs: [] };
  const repairs: Repair[] = [];
  for (let index = runs.length - 1; index >= 0; index -= 1) {
    const run = runs[index] as Run;
    const lineTokens = tokens[run.line] as string[];
    const before = lineTokens.slice(run.start, run.start + run.pieces).join(' ');
    lineTokens.splice(run.start, run.pieces, run.word);
    repairs.push({
      kind: 'space-collapsed',
      line: run.line + 1,
      before,
      after: run.word,
      reason: 'word-cut-at-kern',
      evidence: `"${run.word.replace(/[.,;:!?»)”…]+$/u, '')}" is a French word and "${before}" holds a piece that is none, in a text cut at its kerns ${strong} times where no piece is a word`,
    });
  }
  repairs.reverse();
  return { text: tokens.map((lineTokens) => lineTokens.join(' ')).join('\n'), repairs };
}

/**
 * A token of one or two letters (`r`, `ue`, `ys`, `c`; what a kern leaves of a word, when French
 * does not use it alone): the pattern `fragmentsIn` and `hasFragments` read, on the character codes.
 */
export const FRAGMENT = /(?<=^|[ («“"])(?<!\d )\p{L}{1,2}(?=[ ,;:!?»)”…]|$)/gmu;

/**
 * Whether the text holds `KERNED_CUTS_FEWEST` fragments or more, the cheap first test: a text cut
 * at its kerns holds them by the dozen (every run read as the habit's evidence holds one), a text
 * whose spaces are right a few at most (`an`, `DR`; an abbreviation's `M.` or `p.` and a unit after a figure, `18 h`, are none), so most texts are let through on one
 * scan of their characters, without a word-list lookup.
 */
function hasFragments(text: string): boolean {
  let fragments = 0;
  for (let at = nextFragment(text, 0); at !== -1; at = nextFragment(text, at)) {
    if (!isShortWordAt(text, fragmentStart, at) && ++fragments >= KERNED_CUTS_FEWEST) return true;
  }
  return false;
}

/** A key for one or two Latin-1 characters, lower-cased (`À` to `Þ` but `×`, and `A` to `Z`, as `toLowerCase` makes them). */
function latinKey(first: number, second: number): number {
  return second === -1 ? lowerLatin(first) : 0x10000 + lowerLatin(first) * 0x100 + lowerLatin(second);
}

function lowerLatin(code: number): number {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) ? code + 32 : code;
}

/** The short words French uses alone (`SHORT_WORDS`) of one or two Latin-1 characters, as `latinKey`s. */
const SHORT_LATIN_KEYS: ReadonlySet<number> = new Set(
  [...SHORT_WORDS].filter((word) => word.length <= 2 && [...word].every((character) => character.charCodeAt(0) <= 0xff)).map((word) => latinKey(word.charCodeAt(0), word.length === 2 ? word.charCodeAt(1) : -1)),
);

/**
 * Whether the fragment from `start` to `end` is a word French uses alone, lower-cased
 * (`SHORT_WORDS.has(fragment.toLowerCase())`): read on the codes for Latin-1 letters (most
 * fragments: `de`, `la`, `à`), with no string cut out of the text.
 */
export function isShortWordAt(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  const second = end - start === 2 ? text.charCodeAt(start + 1) : -1;
  if (end - start <= 2 && first <= 0xff && second <= 0xff) return SHORT_LATIN_KEYS.has(latinKey(first, second));
  return SHORT_WORDS.has(text.slice(start, end).toLowerCase());
}

/** The matches of `FRAGMENT` in the text, in order, read as `hasFragments` reads them. */
export function fragmentsIn(text: string): string[] {
  const found: string[] = [];
  for (let at = nextFragment(text, 0); at !== -1; at = nextFragment(text, at)) found.push(text.slice(fragmentStart, at));
  return found;
}

/** Where the last fragment `nextFragment` found starts. */
let fragmentStart = 0;

/**
 * The end of the next match of `FRAGMENT` at or after `from` (its start left in `fragmentStart`),
 * or -1: the same matches in the same order, read on the character codes after each character
 * the look-behind accepts, where the pattern's look-behinds were tried at every position of the
 * text (about 5% of the extracted pages' structure time).
 */
function nextFragment(text: string, from: number): number {
  for (let start = from; start < text.length; start += 1) {
    if (start > 0) {
      const before = text.charCodeAt(start - 1);
      if (before === 32 ? start > 1 && isDigit(text.charCodeAt(start - 2)) : !opensFragment(before)) continue;
    }
    const first = letterAt(text, start);
    if (first === 0) continue;
    const second = letterAt(text, start + first);
    const end = second === 0 ? start + first : start + first + second;
    if (!endsFragment(text, end)) {
      // Every position up to `end` follows one of these letters, which opens no fragment: the
      // next that may is after `end` (a word read once, not from each of its letters).
      start = end;
      continue;
    }
    fragmentStart = start;
    return end;
  }
  return -1;
}

/** The codes `opensFragment` accepts, marked in a table read once per character of the text. */
const OPENERS = new Uint8Array(0x202a);
for (const code of [32, 10, 13, 0x2028, 0x2029, 0x28, 0xab, 0x201c, 0x22]) OPENERS[code] = 1;

/** What `FRAGMENT`'s look-behind accepts before a fragment: a line's start (after a line terminator) or ` («“"`. */
function opensFragment(code: number): boolean {
  return code < 0x202a && OPENERS[code] === 1;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Code units of the letter (`\p{L}`, a surrogate pair counting as one) at `at`, or 0. */
function letterAt(text: string, at: number): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return isLetterCodePoint(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000) ? 2 : 0;
  }
  if (code >= 0xd800 && code <= 0xdfff) return 0;
  return isLetterCodePoint(code) ? 1 : 0;
}

/** What `FRAGMENT`'s look-ahead accepts after a fragment: a line's end or ` ,;:!?»)”…`. */
function endsFragment(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const code = text.charCodeAt(at);
  return (
    code === 32 || code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f || code === 0xbb || code === 0x29 || code === 0x201d || code === 0x2026
  );
}

/** The text's lines cut at their spaces, the tokens the runs are read on. */
function tokensOf(text: string): string[][] {
  return text.split('\n').map((line) => line.split(' '));
}

/** Whether a piece is a word: of one or two letters, one French uses alone; longer, one the word list knows. */
function wordTest(known: (word: string) => boolean): (piece: string) => boolean {
  return (piece) => (piece.length <= 2 ? SHORT_WORDS.has(piece.toLowerCase()) : known(piece));
}

/** The runs of pieces in `text` that glue into a word, with how many of them hold no word at all. */
function findKernedCuts(text: string, lexicon: FrenchLexicon): { tokens: string[][]; runs: Run[]; strong: number } {
  const tokens = tokensOf(text);
  return { tokens, ...findRuns(tokens, memoisedHas(lexicon)) };
}

/**
 * Whether the tokens may hold `KERNED_CUTS_FEWEST` runs whose pieces are all no words, one of
 * one or two letters: each such run holds a token that is such a piece (a fragment: `r`, `ue`,
 * `pa`) beside another of its pieces that is no word, the later of the two opening in lower case
 * or in capitals, and runs share no token, so the text holds as many such fragments. Most texts
 * that `hasFragments` lets through (initials, `Me`, `MM`) hold fewer, and are let go here after a
 * word-list lookup per neighbour of a fragment, where the runs' search looked up every token.
 */
function mayHoldStrongRuns(tokens: readonly string[][], isWord: (piece: string) => boolean): boolean {
  let fragments = 0;
  for (const lineTokens of tokens) {
    for (let index = 0; index < lineTokens.length; index += 1) {
      const token = lineTokens[index] as string;
      if (!mayBeFragment(token)) continue;
      const before = index > 0 && isLaterPiece(token) && isNoWordFirstPiece(lineTokens[index - 1] as string, isWord);
      if (!before && !(index + 1 < lineTokens.length && isNoWordLaterPiece(lineTokens[index + 1] as string, isWord))) continue;
      if (++fragments >= KERNED_CUTS_FEWEST) return true;
    }
  }
  return false;
}

/** Whether a token read as a run's first piece, or as a later one, gives letters of one or two code units French does not use alone. */
export function mayBeFragment(token: string): boolean {
  // Most tokens: three letters or more opening the token and closing it, whichever piece it is read as.
  let head = 0;
  for (let at = 0; head < 3; ) {
    const units = letterAt(token, at);
    if (units === 0) break;
    head += units;
    at += units;
  }
  // A token of one or two letters alone (`de`, `r`): its own piece, read either way.
  if (head === token.length) return head !== 0 && head <= 2 && !isShortWordAt(token, 0, head);
  let tail = 0;
  for (let end = token.length; tail < 3; ) {
    const units = letterBefore(token, end);
    if (units === 0) break;
    tail += units;
    end -= units;
  }
  // The first piece's letters are the token's last run of letters, the later piece's its first
  // run, followed only by closing marks or a hyphen: a token where neither run can be one or two
  // letters (`mat,`, `(est`, `l’accord`) is no fragment, with no pattern tried.
  const firstMayBe = tail >= 1 && tail <= 2;
  const laterMayBe = head >= 1 && head <= 2 && CLOSES_LATER_PIECE.has(token.charCodeAt(head));
  if (!firstMayBe && !laterMayBe) return false;
  const first = firstPiece().exec(token)?.[2];
  if (first !== undefined && first.length <= 2 && !SHORT_WORDS.has(first.toLowerCase())) return true;
  const later = lastPiece().exec(token)?.[1];
  return later !== undefined && later.length <= 2 && !SHORT_WORDS.has(later.toLowerCase());
}

/** What may follow the letters of a run's later piece (`lastPiece`): a closing mark or a hyphen. */
const CLOSES_LATER_PIECE: ReadonlySet<number> = new Set([...'.,;:!?»)”…-'].map((character) => character.charCodeAt(0)));

/** Code units of the letter (`\p{L}`) that ends just before `at`, or 0. */
function letterBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  const code = text.charCodeAt(at - 1);
  if (code >= 0xdc00 && code <= 0xdfff) return at >= 2 && letterAt(text, at - 2) === 2 ? 2 : 0;
  return letterAt(text, at - 1) === 1 ? 1 : 0;
}

/** Whether a token can be a run's later piece: letters opening in lower case or all capitals (`runAt`'s test of each later piece). */
function isLaterPiece(token: string): boolean {
  const piece = lastPiece().exec(token)?.[1];
  return piece !== undefined && (lowerFirst().test(piece) || upperOnly().test(piece));
}

/** Whether a token can be a run's later piece that is no word. */
function isNoWordLaterPiece(token: string, isWord: (piece: string) => boolean): boolean {
  const piece = lastPiece().exec(token)?.[1];
  return piece !== undefined && (lowerFirst().test(piece) || upperOnly().test(piece)) && !isWord(piece);
}

/** Whether a token can be a run's first or middle piece that is no word (a middle piece is letters alone, its own first piece's letters). */
function isNoWordFirstPiece(token: string, isWord: (piece: string) => boolean): boolean {
  const piece = firstPiece().exec(token)?.[2];
  return piece !== undefined && !isWord(piece);
}

/** The runs of pieces in the tokens that glue into a word, with how many of them hold no word at all. */
function findRuns(tokens: string[][], known: (word: string) => boolean): { runs: Run[]; strong: number } {
  const whole = new Set<string>();
  for (const lineTokens of tokens) for (const token of lineTokens) whole.add(token.replace(/^[(«“"]+|[.,;:!?»)”…]+$/gu, ''));
  const isWord = wordTest(known);
  const runs: Run[] = [];
  let strong = 0;
  tokens.forEach((lineTokens, line) => {
    for (let start = 0; start + 1 < lineTokens.length; start += 1) {
      const run = runAt(lineTokens, start, line, isWord, (word) => known(word) || whole.has(word));
      if (run === undefined) continue;
      runs.push(run);
      if (run.strong) strong += 1;
      start += run.pieces - 1;
    }
  });
  return { runs, strong };
}

/**
 * A text spaced at every hyphenation point (a browser's letter-spaced justification: `sep tembre`,
 * `pho to gra phie`), cut so on many of its lines, most pieces longer than a letter: a kern cuts
 * off one letter (`r ue`, `c haque`), a hyphenation point a syllable.
 */
function isSpacedAtSyllables({ tokens, runs }: { tokens: string[][]; runs: Run[] }): boolean {
  const wordyLines = tokens.filter((lineTokens) => lineTokens.length >= 3).length;
  const oneLetter = runs.filter((run) => run.oneLetter).length;
  return isSpacedAtHyphenationPoints({ lines: wordyLines, pairs: runs.length }) && oneLetter < runs.length / 2;
}

/** Whether `text` is spaced at its hyphenation points (syllables), which `syllable-spaced-words.ts` reads. */
export function spacedAtSyllables(text: string, lexicon: FrenchLexicon): boolean {
  return isSpacedAtSyllables(findKernedCuts(text, lexicon));
}

/**
 * Whether every piece a run from `start` could hold is a word (the first token's letters, then
 * each next token's up to its punctuation, as far as the tokens read as pieces): then each run
 * `runAt` tries is passed over at its words' test, and it need not try them one by one, each
 * reading its tokens again (most starts of a text whose spaces are right).
 */
function allWords(lineTokens: readonly string[], start: number, firstLetters: string, isWord: (piece: string) => boolean): boolean {
  if (!isWord(firstLetters)) return false;
  for (let offset = 1; offset < MOST_PIECES && start + offset < lineTokens.length; offset += 1) {
    const piece = lastPiece().exec(lineTokens[start + offset] as string);
    // No run reads this token as a piece, nor any token after it.
    if (piece === null) return true;
    if (!isWord(piece[1] as string)) return false;
    // Punctuation after the letters: the token ends any run holding it.
    if ((piece[2] as string) !== '') return true;
  }
  return true;
}

/** The longest run of pieces from `start` that glue into a word, if any. */
function runAt(
  lineTokens: readonly string[],
  start: number,
  line: number,
  isWord: (piece: string) => boolean,
  isKnown: (word: string) => boolean,
): Run | undefined {
  const first = firstPiece().exec(lineTokens[start] as string);
  if (first === null) return undefined;
  const opening = first[1] as string;
  const firstLetters = first[2] as string;
  if (allWords(lineTokens, start, firstLetters, isWord)) return undefined;
  const capitals = upperOnly().test(firstLetters) && firstLetters.length >= 2;
  for (let pieces = Math.min(MOST_PIECES, lineTokens.length - start); pieces >= 2; pieces -= 1) {
    const letters: string[] = [firstLetters];
    let tail = '';
    let fits = true;
    for (let offset = 1; offset < pieces && fits; offset += 1) {
      const token = lineTokens[start + offset] as string;
      const last = offset === pieces - 1;
      const match = last ? lastPiece().exec(token) : middlePiece().test(token) ? ([token, token, ''] as const) : null;
      if (match === null) fits = false;
      else {
        const piece = match[1] as string;
        if (!(lowerFirst().test(piece) || (capitals && upperOnly().test(piece)))) fits = false;
        letters.push(piece);
        if (last) tail = match[2] as string;
      }
    }
    if (!fits) continue;
    // Letters all set apart (`j o u r`): a letter-spaced line, whose words may run past the pieces read here.
    if (letters.every((piece) => piece.length === 1)) continue;
    const glued = letters.join('');
    // A word of one or two letters glued back only if French uses it alone (`Au`, `Un`), not the word list's abbreviations (`av`).
    if (glued.length <= 2 && !SHORT_WORDS.has(glued.toLowerCase())) continue;
    // Pieces that are all words first (most pairs of a text): no lookup of what they would glue into.
    const words = letters.map(isWord);
    if (words.every(Boolean)) continue;
    const elided = opening.replace(/^[(«“"]/u, '');
    if (!(isKnown(elided + glued) || isKnown(glued))) continue;
    // A last piece that is no word and glues into one with the next token belongs to that one (`la c haque`: `chaque`, not `lac`).
    const next = lineTokens[start + pieces];
    if (!words[pieces - 1] && tail === '' && next !== undefined) {
      const after = lastPiece().exec(next);
      if (after !== null && lowerFirst().test(after[1] as string) && isKnown((letters[pieces - 1] as string) + (after[1] as string))) continue;
    }
    const fragment = letters.some((piece) => piece.length <= 2);
    return { line, start, pieces, word: opening + glued + tail, strong: fragment && words.every((word) => !word), oneLetter: letters.some((piece) => piece.length === 1) };
  }
  return undefined;
}

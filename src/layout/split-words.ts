/**
 * Words that text extraction split with a space. `pdftotext` (default and `-layout` modes) puts a
 * space wherever the gap between two glyphs is wider than it expects inside a word: a justified
 * line set by a browser, or a face whose `r` or `v` carries a wide advance, comes out as
 * `derr ière`, `boulanger ie`, `ouv riers`, `Ar tisanat`. A space is taken out when the two
 * pieces glued make a French word (the word list, or the word appearing whole in the document),
 * the second piece opens in lower case, and at least one piece is not a word by itself: two
 * words that happen to make a third (`par ce`, `en tre`) are left as they are; a piece of one or two
 * letters counts as a word only if French uses it alone (`boulanger ie`). An elided
 * article set apart from its word (`L ’épreuve`) is put back too. Each join is recorded as a repair.
 */
import type { Repair } from '../types.ts';
import type { HyphenContext } from './decide-line-end-hyphen.ts';
import type { PageLine } from './page-line.ts';
import { letterBeforeLast } from '../text/letters.ts';
import { isSpacedAtHyphenationPoints, joinSpacedWords, type SpacedText } from './syllable-spaced-words.ts';

/**
 * The pieces' patterns with `\p{…}` classes are built at their first use (a getter each): a text
 * with no word split by a space never reads them, and building them costs ICU look-ups on every
 * start.
 */
let endingPiecePattern: RegExp | undefined;
/** A piece ending a word: letters, possibly after an elided article (`l’improv`). */
function endingPiece(): RegExp {
  return (endingPiecePattern ??= /^[\p{L}’']*\p{L}$/u);
}
let openingPiecePattern: RegExp | undefined;
/** A piece opening in lower case: its letters, then what follows them (punctuation, `-elle`). */
function openingPiece(): RegExp {
  return (openingPiecePattern ??= /^(\p{Ll}+)(.*)$/u);
}
let rightTailPattern: RegExp | undefined;
/** What may follow the right piece's letters: punctuation, a closing quote, a hyphenated pronoun. */
function rightTail(): RegExp {
  return (rightTailPattern ??= /^(?:[.,;:!?»)”…]*|-\p{Ll}+[.,;:!?»)”…]*)$/u);
}
/** Shortest word glued from two pieces: shorter ones are too often two real words. @default 5 */
export const SHORTEST_JOINED = 5;
/**
 * The short words French prose uses on their own. A piece of one or two letters not among them
 * (`ie`, `té`) is a word's end even when the word list knows it as a word (an
 * abbreviation, a rare form).
 */
export const SHORT_WORDS: ReadonlySet<string> = new Set(
  ('a à y ô au aux ce ça ces ci de des du dû en et eu eux il ils je la là le les leur lui ma me mes moi mon ne ni nos on ont or ou où par pas peu pu qu que qui sa sans se ses si son sous sur ta te tes toi ton tu un une va vu vos été est mais car dit fut bien deux dix six cas fin lieu').split(' '),
);
/** An elided article or pronoun the extraction set apart from its word (`L ’épreuve`). */
const ELIDED = /^(?:[ldjmnstcLDJMNSTC]|[Qq]u|[Ll]orsqu|[Pp]uisqu|[Jj]usqu)$/u;
let afterElisionPattern: RegExp | undefined;
/** A word opening with the apostrophe of an elision. */
function afterElision(): RegExp {
  return (afterElisionPattern ??= /^[’']\p{L}/u);
}

export interface SplitWordsJoined {
  lines: PageLine[];
  repairs: Repair[];
}

/**
 * A line ending in a hyphen after a letter (`/\p{L}-$/u`, read from the end): the next line opens
 * on the rest of a word broken there (`stu-` / `dio de 14 m²`), no word of its own, which glued
 * to the next token would only make a word by chance (`diode`).
 */
function isBrokenAtEnd(text: string): boolean {
  return text.endsWith('-') && letterBeforeLast(text);
}

export function joinSplitWords(lines: readonly PageLine[], context: HyphenContext): SplitWordsJoined {
  const known = cachedLookup(context);
  const first = joinPairs(lines, context, known);
  if (!isSpacedAtHyphenationPoints(first.evidence)) return first;
  // A text spaced at every hyphenation point: its chains of pieces glued first, from the lines as they came.
  const spaced = joinSpacedWords(lines, context, known, first.evidence);
  const rest = joinPairs(spaced.lines, context, known);
  return { lines: rest.lines, repairs: [...spaced.repairs, ...rest.repairs] };
}

/** Pairs of pieces joined in each line, then words cut at a line's end; with how many lines of three words or more held how many pairs. */
function joinPairs(lines: readonly PageLine[], context: HyphenContext, known: (word: string) => boolean): SplitWordsJoined & { evidence: SpacedText } {
  const repairs: Repair[] = [];
  const evidence: SpacedText = { lines: 0, pairs: 0 };
  const result = lines.map((line, index) => {
    const firstSpace = line.content.indexOf(' ');
    if (firstSpace !== -1 && line.content.indexOf(' ', firstSpace + 1) !== -1) evidence.lines += 1;
    const startsInsideWord = index > 0 && isBrokenAtEnd((lines[index - 1] as PageLine).content);
    const joined = joinSplitWordsInLine(line.content, context, known, startsInsideWord);
    if (joined.pairs.length === 0) return line;
    evidence.pairs += joined.pairs.length;
    for (const { before, after, evidence } of joined.pairs) {
      repairs.push({ kind: 'space-collapsed', line: line.number, before, after, reason: 'word-split-by-extraction', evidence });
    }
    return { ...line, content: joined.content };
  });
  joinAcrossLineEnds(result, context, known, repairs);
  return { lines: result, repairs, evidence };
}

/**
 * A word the extraction cut at a line's end with no hyphen (`soient effi` / `caces », ex`, `La T`
 * / `rois semaines`): a glyph drawn apart (a ligature set after a soft hyphen, a kerned capital)
 * made the extractor start a new line inside the word, or OCR lost the hyphen. A printed line
 * ends between words or at a hyphen, so a line ending in letters that make no word, whose next
 * line opens in lower case on letters that glued to them make a French word (the word list, or
 * the word whole in the article), ends inside that word: the next line's piece is moved up to it,
 * each move a recorded repair. A line ending on a word (`suffi`, `off`) is left as it is.
 */
function joinAcrossLineEnds(lines: PageLine[], context: HyphenContext, known: (word: string) => boolean, repairs: Repair[]): void {
  for (let index = 0; index + 1 < lines.length; index += 1) {
    const line = lines[index] as PageLine;
    const content = line.content;
    const last = content.charCodeAt(content.length - 1);
    // Cheap first test: the line ends in a letter (ASCII, or any letter past U+00BF).
    if (!((last >= 0x61 && last <= 0x7a) || (last >= 0x41 && last <= 0x5a) || last >= 0xc0)) continue;
    const next = lines[index + 1] as PageLine;
    if (next.page !== line.page || next.column !== line.column || next.blankBefore || next.pageBreakBefore) continue;
    const opening = next.content.charCodeAt(0);
    if (!((opening >= 0x61 && opening <= 0x7a) || opening >= 0xc0)) continue;
    const leftStart = content.lastIndexOf(' ') + 1;
    const left = content.slice(leftStart);
    if (!endingPiece().test(left) || LETTERS_ONLY_ELIDED.test(left)) continue;
    const bareLeft = left.replace(/^.*[’']/u, '');
    // A letter or two are a word only if French uses them alone (`à`, `A`, `y`), a longer piece if the list knows it.
    if (bareLeft.length === 0 || (bareLeft.length <= 2 ? SHORT_WORDS.has(bareLeft.toLowerCase()) : known(bareLeft) || known(left))) continue;
    const space = next.content.indexOf(' ');
    const token = space === -1 ? next.content : next.content.slice(0, space);
    const right = openingPiece().exec(token);
    if (right === null || !rightTail().test(right[2] as string)) continue;
    const letters = right[1] as string;
    const word = left + letters;
    const bare = bareLeft + letters;
    if (bare.length < SHORTEST_JOINED || !(context.lexicon.has(word) || context.document.has(bare))) continue;
    const rest = space === -1 ? '' : next.content.slice(space + 1).trimStart();
    // A line is never left empty: the piece moves up only when the next line holds more.
    if (rest === '') continue;
    lines[index] = { ...line, content: content + token };
    lines[index + 1] = { ...next, content: rest };
    repairs.push({
      kind: 'space-collapsed',
      line: next.number,
      before: `${left} / ${token}`,
      after: word + (right[2] as string),
      reason: 'word-split-at-line-end',
      evidence: `the line ends on "${left}", no word, and the next opens on "${letters}": "${word}" is a French word (${
        context.lexicon.has(word) ? 'the word list knows it' : 'the article has it whole'
      }), cut by the extraction with no hyphen`,
    });
  }
}

/** An elided article or pronoun alone (`l’`), which the next word follows after a space by rights. */
const LETTERS_ONLY_ELIDED = /[’']$/u;

export interface SplitWordPair {
  before: string;
  after: string;
  evidence: string;
}

/**
 * One line's split words joined, with each join. The line is read in place, space by space: a
 * token is cut out of it only when the characters where two tokens meet allow a join (most
 * pairs are settled on those characters), and a join only takes a space out, so the joined
 * line is the line without those spaces (no array of tokens, split then joined again, per line).
 */
export function joinSplitWordsInLine(
  content: string,
  context: HyphenContext,
  known: (word: string) => boolean = cachedLookup(context),
  startsInsideWord = false,
): { content: string; pairs: SplitWordPair[] } {
  const pairs: SplitWordPair[] = [];
  let space = content.indexOf(' ');
  if (space === -1) return { content, pairs };
  const facts = cachedFacts(context);
  /** Offsets of the spaces taken out. */
  const removed: number[] = [];
  // The token before `space` as the pass has made it: cut out of the line only when needed
  // (from `previousStart` to the space), or the glued word once a join made it.
  let previousStart = 0;
  let previous: string | undefined;
  let previousFacts: TokenFacts | undefined;
  // The line's first token ends a word broken at the line before: it joins nothing after it.
  let firstPair = startsInsideWord;
  while (space !== -1) {
    const start = space + 1;
    const next = content.indexOf(' ', start);
    const end = next === -1 ? content.length : next;
    const meeting = firstPair ? undefined : mayJoinAt(content, space, end, previous, previousStart);
    firstPair = false;
    if (meeting === undefined) {
      previous = undefined;
      previousStart = start;
      previousFacts = undefined;
      space = next;
      continue;
    }
    const { before: previousText, token } = meeting;
    // What each piece's own characters say, read once per word and kept with the look-ups.
    const before = previousFacts ?? factsOf(previousText, facts);
    const after = factsOf(token, facts);
    previousFacts = after;
    previous = undefined;
    previousStart = start;
    space = next;
    // Two words the list knows, the usual case, settled by two cached look-ups.
    if (token.length > 2 && (after.known ??= known(token)) && (before.known ??= known(previousText))) continue;
    if (before.elided && after.afterElision) {
      pairs.push({ before: `${previousText} ${token}`, after: previousText + token, evidence: `"${previousText}" is an elided article or pronoun, which the apostrophe binds to its word` });
      removed.push(start - 1);
      previous = previousText + token;
      previousFacts = undefined;
      continue;
    }
    const letters = after.letters;
    // The glued word's letters after its last apostrophe: the previous piece's, then the letters.
    if (before.leftPiece && letters !== undefined && before.bareLength + letters.length >= SHORTEST_JOINED) {
      // Two words, as `isSplitWord` first asks (`ville de`: a short word after a known one, the
      // usual case here), settled on the pieces' kept answers before the glued word is built.
      if ((before.known ??= known(previousText)) && isWordOnItsOwn(letters, known)) continue;
      const word = previousText + letters;
      if (isSplitWord(previousText, letters, word, word.slice(word.length - before.bareLength - letters.length), context, known)) {
        const evidence = `"${previousText} ${letters}" is no pair of French words, "${word}" is one (${context.lexicon.has(word) ? 'the word list knows it' : 'the article has it whole'})`;
        pairs.push({ before: `${previousText} ${token}`, after: word + after.tail, evidence });
        removed.push(start - 1);
        previous = word + after.tail;
        previousFacts = undefined;
      }
    }
  }
  if (removed.length === 0) return { content, pairs };
  let joined = content.slice(0, removed[0]);
  for (let index = 0; index < removed.length; index += 1) joined += content.slice((removed[index] as number) + 1, removed[index + 1] ?? content.length);
  return { content: joined, pairs };
}

/**
 * The two tokens meeting at the space at `space` (the second ends at `end`) when they meet as
 * pieces this pass may join, cut out of the line; undefined when the characters where they meet
 * rule a join out. `previous` is the token before the space when a join made it, otherwise it
 * is the line from `previousStart` to the space.
 */
function mayJoinAt(content: string, space: number, end: number, previous: string | undefined, previousStart: number): { before: string; token: string } | undefined {
  // An empty token (two spaces in a row) joins nothing, and nothing joins to it.
  if (end === space + 1 || space === previousStart) return undefined;
  const first = content.charCodeAt(space + 1);
  const previousLength = previous === undefined ? space - previousStart : previous.length;
  if (first === 0x27 || first === 0x2019) {
    if (previousLength > 7) return undefined;
  } else if (first >= 0x61 && first <= 0x7a) {
    if (!endsInLetterAt(content, space, previous)) return undefined;
  } else if (first < 0xc0 && first !== 0xb5) {
    // Below U+00C0 only a-z and the micro sign (`µ`) are lower-case letters.
    return undefined;
  } else if (!endsInLetterAt(content, space, previous)) {
    return undefined;
  } else {
    const token = content.slice(space + 1, end);
    // Latin-1's small letters read on the code (`µ`, then `ß` to `ÿ` but `÷`), any other by the pattern.
    if (first <= 0xff ? first !== 0xb5 && (first < 0xdf || first === 0xf7) : !lowerCaseStart().test(token)) return undefined;
    return { before: previous ?? content.slice(previousStart, space), token };
  }
  return { before: previous ?? content.slice(previousStart, space), token: content.slice(space + 1, end) };
}

/** Whether the token ending at the space at `space` ends in a letter: the line's character before the space, or the glued token's end. */
function endsInLetterAt(content: string, space: number, previous: string | undefined): boolean {
  const last = content.charCodeAt(space - 1);
  if (last < 0x80) return (last >= 0x61 && last <= 0x7a) || (last >= 0x41 && last <= 0x5a);
  return letterEnd().test(previous !== undefined ? previous.slice(-2) : content.slice(Math.max(0, space - 2), space));
}

/** What a token's own characters tell the pass, the same in every text. */
interface TokenFacts {
  /** `ELIDED`: an elided article or pronoun. */
  elided: boolean;
  /** `afterElision()`: opens with the apostrophe of an elision. */
  afterElision: boolean;
  /** `endingPiece()`: letters, possibly after an elided article. */
  leftPiece: boolean;
  /** Its length after its last apostrophe (`/^.*[’']/u` taken off). */
  bareLength: number;
  /** `openingPiece()` with a tail `rightTail()` accepts: its opening lower-case letters; undefined otherwise. */
  letters: string | undefined;
  /** What follows those letters. */
  tail: string;
  /** Whether the word list knows the token, once asked. */
  known?: boolean;
}

const factsByLexicon = new WeakMap<HyphenContext['lexicon'], Map<string, TokenFacts>>();

function cachedFacts(context: HyphenContext): Map<string, TokenFacts> {
  let facts = factsByLexicon.get(context.lexicon);
  if (facts === undefined) {
    facts = new Map();
    factsByLexicon.set(context.lexicon, facts);
  }
  return facts;
}

/** A token's facts, read once and kept (the store emptied when full, like the look-ups). */
function factsOf(token: string, facts: Map<string, TokenFacts>): TokenFacts {
  let found = facts.get(token);
  if (found === undefined) {
    const right = openingPiece().exec(token);
    const rightPiece = right !== null && rightTail().test(right[2] as string);
    found = {
      elided: ELIDED.test(token),
      afterElision: afterElision().test(token),
      leftPiece: endingPiece().test(token),
      bareLength: token.replace(/^.*[’']/u, '').length,
      letters: rightPiece ? (right[1] as string) : undefined,
      tail: rightPiece ? (right[2] as string) : '',
    };
    if (facts.size >= CACHED_ANSWERS) facts.clear();
    facts.set(token, found);
  }
  return found;
}

let lowerCaseStartPattern: RegExp | undefined;
function lowerCaseStart(): RegExp {
  return (lowerCaseStartPattern ??= /^\p{Ll}/u);
}
let letterEndPattern: RegExp | undefined;
function letterEnd(): RegExp {
  return (letterEndPattern ??= /\p{L}$/u);
}

function isSplitWord(left: string, right: string, word: string, bare: string, context: HyphenContext, known: (word: string) => boolean): boolean {
  // The pieces first, their answers cached: most pairs of a text are two words, settled so
  // (a look-up in the word list costs microseconds, and a text repeats its words).
  if (known(left) && isWordOnItsOwn(right, known)) return false;
  return context.lexicon.has(word) || context.document.has(bare);
}

/** Most answers kept per word list: a text's vocabulary, and the next texts' common words. @default 100000 */
const CACHED_ANSWERS = 100_000;
const answersByLexicon = new WeakMap<HyphenContext['lexicon'], Map<string, boolean>>();

/** The word list's answers, kept from one text to the next (emptied when full). */
function cachedLookup(context: HyphenContext): (word: string) => boolean {
  const { lexicon } = context;
  let answers = answersByLexicon.get(lexicon);
  if (answers === undefined) {
    answers = new Map();
    answersByLexicon.set(lexicon, answers);
  }
  const cache = answers;
  return (word) => {
    let answer = cache.get(word);
    if (answer === undefined) {
      answer = lexicon.has(word);
      if (cache.size >= CACHED_ANSWERS) cache.clear();
      cache.set(word, answer);
    }
    return answer;
  };
}

function isWordOnItsOwn(piece: string, known: (word: string) => boolean): boolean {
  return piece.length <= 2 ? SHORT_WORDS.has(piece) : known(piece);
}

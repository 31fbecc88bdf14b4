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

/** A piece ending a word: letters, possibly after an elided article (`l’improv`). */
const LEFT_PIECE = /^[\p{L}’']*\p{L}$/u;
/** A piece opening in lower case: its letters, then what follows them (punctuation, `-elle`). */
const RIGHT_PIECE = /^(\p{Ll}+)(.*)$/u;
/** What may follow the right piece's letters: punctuation, a closing quote, a hyphenated pronoun. */
const RIGHT_TAIL = /^(?:[.,;:!?»)”…]*|-\p{Ll}+[.,;:!?»)”…]*)$/u;
/** Shortest word glued from two pieces: shorter ones are too often two real words. @default 5 */
const SHORTEST_JOINED = 5;
/**
 * The short words French prose uses on their own. A piece of one or two letters not among them
 * (`ie`, `té`) is a word's end even when the word list knows it as a word (an
 * abbreviation, a rare form).
 */
const SHORT_WORDS: ReadonlySet<string> = new Set(
  ('a à y ô au aux ce ça ces ci de des du dû en et eu eux il ils je la là le les leur lui ma me mes moi mon ne ni nos on ont or ou où par pas peu pu qu que qui sa sans se ses si son sous sur ta te tes toi ton tu un une va vu vos été est mais car dit fut bien deux dix six cas fin lieu').split(' '),
);
/** An elided article or pronoun the extraction set apart from its word (`L ’épreuve`). */
const ELIDED = /^(?:[ldjmnstcLDJMNSTC]|[Qq]u|[Ll]orsqu|[Pp]uisqu|[Jj]usqu)$/u;
/** A word opening with the apostrophe of an elision. */
const AFTER_ELISION = /^[’']\p{L}/u;

export interface SplitWordsJoined {
  lines: PageLine[];
  repairs: Repair[];
}

export function joinSplitWords(lines: readonly PageLine[], context: HyphenContext): SplitWordsJoined {
  const repairs: Repair[] = [];
  const known = cachedLookup(context);
  const result = lines.map((line) => {
    const joined = joinSplitWordsInLine(line.content, context, known);
    if (joined.pairs.length === 0) return line;
    for (const { before, after, evidence } of joined.pairs) {
      repairs.push({ kind: 'space-collapsed', line: line.number, before, after, reason: 'word-split-by-extraction', evidence });
    }
    return { ...line, content: joined.content };
  });
  return { lines: result, repairs };
}

export interface SplitWordPair {
  before: string;
  after: string;
  evidence: string;
}

/** One line's split words joined, with each join. */
export function joinSplitWordsInLine(content: string, context: HyphenContext, known: (word: string) => boolean = cachedLookup(context)): { content: string; pairs: SplitWordPair[] } {
  const pairs: SplitWordPair[] = [];
  if (!content.includes(' ')) return { content, pairs };
  const tokens = content.split(' ');
  const facts = cachedFacts(context);
  const out: string[] = [];
  let previousFacts: TokenFacts | undefined;
  for (const token of tokens) {
    const previous = out.at(-1);
    // Most pairs cannot be joined whatever the word list says (a number, a capital, a comma
    // between them): a look at the characters where they meet settles those without a look-up.
    if (previous === undefined || !mayJoin(previous, token)) {
      out.push(token);
      previousFacts = undefined;
      continue;
    }
    // What each piece's own characters say, read once per word and kept with the look-ups.
    const before = previousFacts ?? factsOf(previous, facts);
    const after = factsOf(token, facts);
    previousFacts = after;
    // Two words the list knows, the usual case, settled by two cached look-ups.
    if (token.length > 2 && (after.known ??= known(token)) && (before.known ??= known(previous))) {
      out.push(token);
      continue;
    }
    if (before.elided && after.afterElision) {
      pairs.push({ before: `${previous} ${token}`, after: previous + token, evidence: `"${previous}" is an elided article or pronoun, which the apostrophe binds to its word` });
      out[out.length - 1] = previous + token;
      previousFacts = undefined;
      continue;
    }
    const letters = after.letters;
    // The glued word's letters after its last apostrophe: the previous piece's, then the letters.
    if (before.leftPiece && letters !== undefined && before.bareLength + letters.length >= SHORTEST_JOINED) {
      const word = previous + letters;
      if (isSplitWord(previous, letters, word, word.slice(word.length - before.bareLength - letters.length), context, known)) {
        const evidence = `"${previous} ${letters}" is no pair of French words, "${word}" is one (${context.lexicon.has(word) ? 'the word list knows it' : 'the article has it whole'})`;
        pairs.push({ before: `${previous} ${token}`, after: word + after.tail, evidence });
        out[out.length - 1] = word + after.tail;
        previousFacts = undefined;
        continue;
      }
    }
    out.push(token);
  }
  return pairs.length === 0 ? { content, pairs } : { content: out.join(' '), pairs };
}

/** What a token's own characters tell the pass, the same in every text. */
interface TokenFacts {
  /** `ELIDED`: an elided article or pronoun. */
  elided: boolean;
  /** `AFTER_ELISION`: opens with the apostrophe of an elision. */
  afterElision: boolean;
  /** `LEFT_PIECE`: letters, possibly after an elided article. */
  leftPiece: boolean;
  /** Its length after its last apostrophe (`/^.*[’']/u` taken off). */
  bareLength: number;
  /** `RIGHT_PIECE` with a tail `RIGHT_TAIL` accepts: its opening lower-case letters; undefined otherwise. */
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
    const right = RIGHT_PIECE.exec(token);
    const rightPiece = right !== null && RIGHT_TAIL.test(right[2] as string);
    found = {
      elided: ELIDED.test(token),
      afterElision: AFTER_ELISION.test(token),
      leftPiece: LEFT_PIECE.test(token),
      bareLength: token.replace(/^.*[’']/u, '').length,
      letters: rightPiece ? (right[1] as string) : undefined,
      tail: rightPiece ? (right[2] as string) : '',
    };
    if (facts.size >= CACHED_ANSWERS) facts.clear();
    facts.set(token, found);
  }
  return found;
}

/**
 * Whether `previous` and `token` meet as the pieces this pass may join: an elided word before an
 * apostrophe (`L ’épreuve`), or letters before a piece opening in lower case (`derr ière`).
 * Read on the characters where they meet; `ELIDED`, `LEFT_PIECE` and `RIGHT_PIECE` decide after.
 */
function mayJoin(previous: string, token: string): boolean {
  const first = token.charCodeAt(0);
  if (first === 0x27 || first === 0x2019) return previous.length <= 7;
  if (first >= 0x61 && first <= 0x7a) return endsInLetter(previous);
  // Below U+00C0 only a-z and the micro sign (`µ`) are lower-case letters.
  if (first < 0xc0 && first !== 0xb5) return false;
  return endsInLetter(previous) && LOWER_CASE_START.test(token);
}

const LOWER_CASE_START = /^\p{Ll}/u;
const LETTER_END = /\p{L}$/u;

function endsInLetter(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  if (last < 0x80) return (last >= 0x61 && last <= 0x7a) || (last >= 0x41 && last <= 0x5a);
  return LETTER_END.test(word.slice(-2));
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

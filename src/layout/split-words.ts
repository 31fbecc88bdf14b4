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
  const out: string[] = [];
  for (const token of tokens) {
    const previous = out.at(-1);
    // Two words the list knows, the usual case, settled by two cached look-ups.
    if (previous === undefined || (token.length > 2 && known(token) && known(previous))) {
      out.push(token);
      continue;
    }
    if (ELIDED.test(previous) && AFTER_ELISION.test(token)) {
      pairs.push({ before: `${previous} ${token}`, after: previous + token, evidence: `"${previous}" is an elided article or pronoun, which the apostrophe binds to its word` });
      out[out.length - 1] = previous + token;
      continue;
    }
    if (LEFT_PIECE.test(previous)) {
      const right = RIGHT_PIECE.exec(token);
      if (right !== null && RIGHT_TAIL.test(right[2] as string)) {
        const letters = right[1] as string;
        const word = previous + letters;
        if (isSplitWord(previous, letters, word, context, known)) {
          const evidence = `"${previous} ${letters}" is no pair of French words, "${word}" is one (${context.lexicon.has(word) ? 'the word list knows it' : 'the article has it whole'})`;
          pairs.push({ before: `${previous} ${token}`, after: word + (right[2] as string), evidence });
          out[out.length - 1] = word + (right[2] as string);
          continue;
        }
      }
    }
    out.push(token);
  }
  return pairs.length === 0 ? { content, pairs } : { content: out.join(' '), pairs };
}

function isSplitWord(left: string, right: string, word: string, context: HyphenContext, known: (word: string) => boolean): boolean {
  const bare = word.replace(/^.*[’']/u, '');
  if (bare.length < SHORTEST_JOINED) return false;
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

/**
 * Words a text carries with a space at every hyphenation point. MuPDF's text (`mutool draw -F
 * txt`, PyMuPDF's `page.get_text()`) of a browser's print with CSS hyphenation sets a space
 * wherever the word could have been broken: `son or di na teur`, `cet an cien pro fes seur`,
 * `le re traité`, and at a line's end the hyphen apart from its piece (`le ciel de -` / `puis`).
 * `split-words.ts` joins two pieces when one is no word; here the chains of pieces and the pieces
 * that are each a word are read, but only in a text that shows itself written so. pdftotext's
 * text of the same prints passes the same evidence when it splits every `ti` ligature
 * (`l’ent ret ien`, `format ion`): the same reading puts those words together.
 *
 * The text's evidence: how many of its lines hold pieces that `split-words.ts` glues into a word
 * (one piece no word, the two glued a French word). An ordinary extraction has one such pair in
 * thirty lines or fewer; a text spaced at its hyphenation points has one or more on most lines.
 * Only past `SPACED_PAIRS_PER_LINE` (and `FEWEST_SPACED_PAIRS` in all) is a line's run of pieces
 * read as the French words it makes (the word list, or the article's own words), two
 * words included (`pré paré`, `de puis`): in such a text `de main` is `demain` cut at its
 * hyphenation point far more often than two words. A line ending in a hyphen set apart (` -`)
 * after a piece ends inside a word: when the next line follows in the same column and opens in
 * lower case, the pieces on both sides that make a word are put together on the first line;
 * otherwise (the word's end elsewhere, as a column's lines come interleaved) the hyphen is put back
 * against its piece for the line-end hyphen decision. Each join is a recorded repair.
 */
import type { Repair } from '../types.ts';
import type { HyphenContext } from './decide-line-end-hyphen.ts';
import type { PageLine } from './page-line.ts';
// Shortest word glued from pieces, and the short words French uses alone: the pair join's own.
import { SHORTEST_JOINED, SHORT_WORDS } from './split-words.ts';

/** Pairs glued by `split-words.ts` per line of three words or more, past which a text is spaced at its hyphenation points. @default 0.25 */
export const SPACED_PAIRS_PER_LINE = 0.25;
/** Fewest such pairs in the text: a page of a few lines proves nothing. @default 5 */
export const FEWEST_SPACED_PAIRS = 5;
/** Most pieces glued into one word (`d’ex tra or di naire`). @default 7 */
const MOST_PIECES = 7;

/**
 * The pieces' patterns, built at their first use: most texts have no pair of short pieces to
 * read, and a pattern's `\p{…}` classes cost ICU look-ups when it is built, on every start.
 */
interface PiecePatterns {
  /** A piece that may open a word: letters (inner hyphens allowed), after an elided article (`l’ob`). */
  readonly first: RegExp;
  /** A piece inside a word: lower-case letters, inner hyphens allowed (`sique-chi`). */
  readonly inner: RegExp;
  /** The last piece of a word: lower-case letters, then punctuation or a closing quote (after a no-break space, as PyMuPDF keeps it: `ponse »,`). */
  readonly last: RegExp;
}
let piecePatterns: PiecePatterns | undefined;
function piecePattern(): PiecePatterns {
  return (piecePatterns ??= {
    first: /^(?:\p{L}{1,7}[’'])?\p{L}(?:[\p{L}-]*\p{L})?$/u,
    inner: /^\p{Ll}(?:[\p{L}-]*\p{L})?$/u,
    last: /^(\p{Ll}(?:[\p{L}-]*\p{L})?)((?:[\u00a0\u202f]?[.,;:!?»)”…])*)$/u,
  });
}

/** The Latin ligatures (U+FB00 to U+FB06: `ﬀ`, `ﬁ`, `ﬂ`, `ﬃ`, `ﬄ`, `ﬅ`, `ﬆ`). */
const LIGATURE = /[\uFB00-\uFB06]/u;

export interface SpacedText {
  /** Lines of three words or more. */
  lines: number;
  /** Pairs `split-words.ts` glued in them. */
  pairs: number;
}

/** Whether the text is spaced at its hyphenation points, on what `split-words.ts` found. */
export function isSpacedAtHyphenationPoints(evidence: SpacedText): boolean {
  return evidence.pairs >= FEWEST_SPACED_PAIRS && evidence.pairs >= SPACED_PAIRS_PER_LINE * evidence.lines;
}

/** The pieces glued, when they make a French word; undefined otherwise. */
function glue(pieces: readonly string[], context: HyphenContext, known: (word: string) => boolean): string | undefined {
  const glued = pieces.join('');
  // A ligature the extraction kept (`pro ﬁt`) is looked up as its letters.
  const word = LIGATURE.test(glued) ? glued.normalize('NFKC') : glued;
  const bare = word.replace(/^.*[’']/u, '');
  if (bare.length < SHORTEST_JOINED) return undefined;
  if (known(word) || known(bare) || context.document.has(bare)) return glued;
  if (!bare.includes('-')) return undefined;
  // A compound (`physique-chimie`, `raconte-t-il`): each part a word, or the euphonic `t`.
  const parts = bare.split('-');
  return parts.every((part) => part === 't' || (part.length > 1 && known(part))) && parts.some((part) => part.length >= SHORTEST_JOINED) ? glued : undefined;
}

/** How far a run of pieces from `start` may go: inner pieces, then one that may carry punctuation. */
function runEnd(tokens: readonly string[], start: number): number {
  if (!piecePattern().first.test(tokens[start] as string)) return start;
  let last = start;
  while (last + 1 < tokens.length && last + 1 - start < MOST_PIECES && piecePattern().last.test(tokens[last + 1] as string)) {
    last += 1;
    if (!piecePattern().inner.test(tokens[last] as string)) break;
  }
  return last;
}

/**
 * Articles and determiners: a word opening on one of them glued to the next pieces
 * (`les té lé sièges` read `lesté lé sièges`, `la mai rie` read `lamai rie`) is weighed against
 * the reading that leaves it alone. `de` is not among them: it opens more words than any
 * other syllable (`de puis`, `de vant`, `de main`).
 */
const DETERMINERS: ReadonlySet<string> = new Set('le la les un une du des au aux ce ces cet sa ses son ma mes mon ta tes ton ne que qui'.split(' '));
/** What a word opening on a determiner costs more than another, in tokens. @default 1.1 */
const DETERMINER_COST = 1.1;
/** What a lower-case word of three letters or fewer French rarely uses alone (`mai`, `tin`) costs more alone, in tokens. @default 0.5 */
const SHORT_PIECE_COST = 0.5;

function isShortPiece(token: string): boolean {
  return token.length <= 3 && /^\p{Ll}+$/u.test(token) && !SHORT_WORDS.has(token);
}

/** What a piece that is no word costs, in tokens. @default 3 */
const NO_WORD_COST = 3;

/**
 * One line's pieces glued into words, each join listed. The line is read as the reading of its
 * tokens that costs least: a token a token, a piece that is no word three more, a lower-case piece of three letters or fewer that French rarely uses alone a half more, a word glued
 * from pieces opening on a determiner 1.1 more; so runs of pieces become words, the fewest
 * words that leave no piece alone, and a tie keeps the line as it came.
 */
export function joinSpacedPieces(content: string, context: HyphenContext, known: (word: string) => boolean): { content: string; joins: { before: string; after: string }[] } {
  const tokens = content.split(' ');
  const count = tokens.length;
  // cost[i]: the least cost of tokens i.. ; choice[i]: the last token of the word read at i, its word and tail.
  const cost: number[] = new Array(count + 1).fill(0);
  const choice: ({ end: number; word: string; tail: string } | undefined)[] = new Array(count).fill(undefined);
  for (let index = count - 1; index >= 0; index -= 1) {
    const token = tokens[index] as string;
    const alone = 1 + (!/\p{L}/u.test(token) ? 0 : !isWordAlone(token, known) ? NO_WORD_COST : isShortPiece(token) ? SHORT_PIECE_COST : 0);
    let best = alone + (cost[index + 1] as number);
    let chosen: { end: number; word: string; tail: string } | undefined;
    const last = runEnd(tokens, index);
    for (let end = index + 1; end <= last; end += 1) {
      const match = piecePattern().last.exec(tokens[end] as string);
      if (match === null) continue;
      const word = glue([...tokens.slice(index, end), match[1] as string], context, known);
      if (word === undefined) continue;
      const total = 1 + (DETERMINERS.has(token.toLowerCase()) ? DETERMINER_COST : 0) + (cost[end + 1] as number);
      if (total < best) {
        best = total;
        chosen = { end, word, tail: match[2] as string };
      }
    }
    cost[index] = best;
    choice[index] = chosen;
  }
  const joins: { before: string; after: string }[] = [];
  const out: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const found = choice[index];
    if (found === undefined) {
      out.push(tokens[index] as string);
      continue;
    }
    joins.push({ before: tokens.slice(index, found.end + 1).join(' '), after: found.word + found.tail });
    out.push(found.word + found.tail);
    index = found.end;
  }
  return joins.length === 0 ? { content, joins } : { content: out.join(' '), joins };
}

/** Whether a token is a word as it stands: its letters (punctuation and an elision off) known, or a short word French uses alone. */
function isWordAlone(token: string, known: (word: string) => boolean): boolean {
  const letters = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (letters === '' || /^\p{Lu}/u.test(letters) || /\d/u.test(token)) return true;
  return known(letters);
}

/**
 * A text spaced at its hyphenation points, its words put together: first each line ending in a
 * hyphen set apart (` -`), then each line's runs of pieces.
 */
export function joinSpacedWords(lines: readonly PageLine[], context: HyphenContext, known: (word: string) => boolean, evidence: SpacedText): { lines: PageLine[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const why = `${evidence.pairs} pairs of pieces glue into words on ${evidence.lines} lines: a text whose extraction splits its words throughout`;
  const result = [...lines];
  for (let index = 0; index + 1 < result.length; index += 1) {
    const line = result[index] as PageLine;
    if (!line.content.endsWith(' -')) continue;
    const left = line.content.slice(0, -2).split(' ');
    if (!piecePattern().first.test(left[left.length - 1] as string)) continue;
    const next = result[index + 1] as PageLine;
    const right = next.content.split(' ');
    // The next line carries the word's end when it follows in the same column and opens in lower case.
    const follows = next.page === line.page && next.column === line.column && !next.blankBefore && !next.pageBreakBefore && /^\p{Ll}/u.test(right[0] as string);
    const across = follows ? wordAcross(left, right, context, known) : undefined;
    if (across !== undefined && across.rightEnd + 1 < right.length) {
      const before = `${left.slice(across.leftStart).join(' ')} - / ${right.slice(0, across.rightEnd + 1).join(' ')}`;
      result[index] = { ...line, content: [...left.slice(0, across.leftStart), across.word + across.tail].join(' ') };
      result[index + 1] = { ...next, content: right.slice(across.rightEnd + 1).join(' ') };
      repairs.push({ kind: 'space-collapsed', line: next.number, before, after: across.word + across.tail, reason: 'word-spaced-at-hyphenation-points', evidence: `"${across.word}" is a French word broken at a line's end, its hyphen set apart; ${why}` });
    } else {
      result[index] = { ...line, content: `${left.join(' ')}-` };
      repairs.push({ kind: 'space-collapsed', line: line.number, before: `${left[left.length - 1]} -`, after: `${left[left.length - 1]}-`, reason: 'word-spaced-at-hyphenation-points', evidence: `a hyphen set apart at a line's end after a piece of a word: the hyphen of a word broken there; ${why}` });
    }
  }
  for (let index = 0; index < result.length; index += 1) {
    const line = result[index] as PageLine;
    if (!line.content.includes(' ')) continue;
    const joined = joinSpacedPieces(line.content, context, known);
    if (joined.joins.length === 0) continue;
    result[index] = { ...line, content: joined.content };
    for (const join of joined.joins) {
      repairs.push({ kind: 'space-collapsed', line: line.number, before: join.before, after: join.after, reason: 'word-spaced-at-hyphenation-points', evidence: `"${join.after}" is a French word; ${why}` });
    }
  }
  return { lines: result, repairs };
}

/** The word made by the last pieces of a line and the first of the next (at least one each), the most pieces first. */
function wordAcross(left: readonly string[], right: readonly string[], context: HyphenContext, known: (word: string) => boolean): { leftStart: number; rightEnd: number; word: string; tail: string } | undefined {
  let best: { leftStart: number; rightEnd: number; word: string; tail: string; pieces: number } | undefined;
  for (let leftStart = left.length - 1; leftStart >= Math.max(0, left.length - MOST_PIECES + 1); leftStart -= 1) {
    if (!piecePattern().first.test(left[leftStart] as string)) break;
    if (leftStart < left.length - 1 && !piecePattern().inner.test(left[leftStart + 1] as string)) break;
    for (let rightEnd = 0; rightEnd < right.length && left.length - leftStart + rightEnd + 1 <= MOST_PIECES; rightEnd += 1) {
      const match = piecePattern().last.exec(right[rightEnd] as string);
      if (match === null) break;
      const pieces = left.length - leftStart + rightEnd + 1;
      if (best === undefined || pieces > best.pieces) {
        const word = glue([...left.slice(leftStart), ...right.slice(0, rightEnd), match[1] as string], context, known);
        if (word !== undefined) best = { leftStart, rightEnd, word, tail: match[2] as string, pieces };
      }
      if (!piecePattern().inner.test(right[rightEnd] as string)) break;
    }
  }
  return best;
}

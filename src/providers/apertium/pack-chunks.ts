/**
 * Several segments in one engine chunk, and the answer split back per segment.
 *
 * Each chunk ends in a null byte that every program of the chain flushes on; one flush per
 * segment costs the engine CPU (21 programs each writing and waking the next once per
 * segment): about 5% for the build's blocks, a tenth for plain text packed 64 to a chunk.
 * Segments are therefore packed into one chunk with a separator superblank (`[|block 3|]`)
 * between each two, which every program copies through whole and in place, and the answer is
 * cut at the separators.
 *
 * Packing must never change a segment's translation, so a segment is followed by another in
 * the same chunk only when its stream ends in a sentence end that every stage of both pairs
 * reads as one (`.`, `?`, `!` after a plain word or a number). What follows was checked for
 * `fr-es` and `spa-eng` (the provider packs only for the modes in `MODES_CHECKED_FOR_PACKING`):
 * - the morphological analyser (`lt-proc`) joins multi-word units across a single blank,
 *   superblanks included (`à cause[X]de` is read as `à cause de`), but never across two blanks
 *   in a row; the segment's own end-of-segment `[]` and the separator are two;
 * - the tagger chooses a word's reading from the tag before it, and after a `<sent>` it is in
 *   the state it starts in;
 * - no transfer rule of `fr-es` or `spa-eng` (chunker, interchunk, postchunk) has a pattern
 *   that goes on past a `<sent>` (checked in their `.t1x`/`.t2x`/`.t3x`: `<sent>` only ends
 *   a pattern), and `fr-es` resets its rule variables on one; blanks outside a rule's match
 *   are written out in order;
 * - the lexical selection rules of both pairs (`lrx-proc`) choose a word's translation from the
 *   word alone, with no context.
 * Before the full stop there must be four lower-case letters, a digit, a closing guillemet,
 * quote or parenthesis, or a superblank (closing markup): a shorter word may be an
 * abbreviation that the Spanish analyser reads with its full stop as one word, with no
 * `<sent>` (`etc.`, `Sr.`, `EE.UU.`), and anything else (a capital, an ellipsis, a full stop
 * inside guillemets, which leaves `»` as the last word) is not worth the doubt. Such a segment
 * ends its chunk and is flushed as before.
 *
 * The split checks that the answer holds exactly this chunk's separators, in order; if one is
 * missing, doubled or out of place it throws `PackedAnswerMismatch` and the caller sends the
 * chunk's segments again one per chunk, so a translation can never move to another segment.
 */

/** Opening of every separator; text never holds an unescaped `[`, markup superblanks start with `<`. */
const SEPARATOR_PREFIX = '[|block ';
const SEPARATOR_SUFFIX = '|]';

/** Separator after the `index`-th segment of a chunk. */
export function separator(index: number): string {
  return `${SEPARATOR_PREFIX}${index}${SEPARATOR_SUFFIX}`;
}

/**
 * A sentence end after a word of four lower-case letters or more, a digit, a closing mark or a
 * superblank, optionally followed by superblanks (closing markup) and the end-of-segment `[]`.
 * Escaped characters (`\]`) never end a superblank here.
 */
const SENTENCE_END = /(?:\p{Ll}{4}|\p{N}|[»)”"]|[^\\]\])[.?!](?:\[(?:[^\]\\]|\\.)*\])*$/u;
/** `?` and `!` are a `<sent>` whatever stands before them (but a backslash: an escape). */
const QUESTION_OR_EXCLAMATION_END = /[^\\][?!](?:\[(?:[^\]\\]|\\.)*\])*$/u;

/** True when a segment's stream (as `deformat` made it) can be followed by another in the same chunk. */
export function endsWithSentence(stream: string): boolean {
  return SENTENCE_END.test(stream) || QUESTION_OR_EXCLAMATION_END.test(stream);
}

export interface PackedChunk {
  /** The chunk to write (without its null byte). */
  text: string;
  /** Indexes, into the streams given, of the segments it holds, in order. */
  members: number[];
}

/**
 * Groups consecutive streams into chunks: a stream joins the chunk of the one before when
 * that one ends with a sentence end (`endsWithSentence`) and the chunk holds fewer than
 * `maxPerChunk`. Separators stand only between streams: the last one ends its chunk exactly
 * as it would alone (what follows a segment's end can change it: with a superblank after it,
 * the full stop of `3 °C.` survives, alone the engine drops it).
 */
export function packChunks(streams: string[], maxPerChunk = Number.POSITIVE_INFINITY): PackedChunk[] {
  const chunks: { streams: string[]; members: number[] }[] = [];
  let current: { streams: string[]; members: number[] } | undefined;
  streams.forEach((stream, index) => {
    if (!current || current.members.length >= maxPerChunk || !endsWithSentence(streams[index - 1]!)) {
      current = { streams: [], members: [] };
      chunks.push(current);
    }
    current.streams.push(stream);
    current.members.push(index);
  });
  return chunks.map(({ streams: members, members: indexes }) => ({
    text: members.map((stream, index) => (index === 0 ? stream : `${separator(index - 1)}${stream}`)).join(''),
    members: indexes,
  }));
}

/** The engine's answer to a packed chunk did not hold its separators as written. */
export class PackedAnswerMismatch extends Error {
  override readonly name = 'PackedAnswerMismatch';
}

/**
 * Cuts the answer to a chunk of `count` segments at its separators. Throws
 * `PackedAnswerMismatch` unless the answer holds separators 0 … count-2, each once, in order,
 * and no other.
 */
export function splitPackedAnswer(answer: string, count: number): string[] {
  if (count === 1) return [answer];
  const parts: string[] = [];
  let start = 0;
  let index = 0;
  while (index < answer.length) {
    const character = answer[index]!;
    if (character === '\\') {
      index += 2;
      continue;
    }
    if (character !== '[') {
      index += 1;
      continue;
    }
    let end = index + 1;
    while (end < answer.length && answer[end] !== ']') end += answer[end] === '\\' ? 2 : 1;
    const blank = answer.slice(index, end + 1);
    if (blank.startsWith(SEPARATOR_PREFIX)) {
      if (blank !== separator(parts.length)) {
        throw new PackedAnswerMismatch(`separator ${parts.length} expected, ${blank} found`);
      }
      parts.push(answer.slice(start, index));
      start = end + 1;
    }
    index = end + 1;
  }
  if (parts.length !== count - 1) throw new PackedAnswerMismatch(`${count - 1} separators expected, ${parts.length} found`);
  parts.push(answer.slice(start));
  return parts;
}

/**
 * A word list kept as its UTF-8 bytes, sorted, with the offset of each word: asking whether a
 * word is in it is a binary search comparing bytes, so opening one costs reading a file, not
 * building a set of hundreds of thousands of strings (and collecting them later).
 */

/** Words and their offsets, as stored in a compiled lexicon file. */
export interface SortedWordListData {
  /** The words' UTF-8 bytes end to end, in byte order, without separators. */
  bytes: Buffer;
  /** `count + 1` offsets into `bytes`: word `i` is `bytes[offsets[i], offsets[i + 1])`. */
  offsets: Uint32Array;
  /** `indexPrefixes(bytes, offsets)` when the file stores it; else built on the first question. */
  prefixStarts?: Uint32Array;
}

export class SortedWordList {
  readonly #bytes: Buffer;
  readonly #offsets: Uint32Array;
  /** Reused for the UTF-8 of the word asked about (words are short; a longer one gets its own). */
  #scratch = Buffer.alloc(256);
  /**
   * For each first two bytes (the second 0 for a word of one byte), the index of the first word
   * starting with them or after: a search looks only among the words sharing them, a few
   * hundred instead of all. Read with the list from a compiled file, or built on the first
   * question (a pass over the offsets: about 13 ms for the French list, a tenth of a `segment`).
   */
  #prefixStarts: Uint32Array | undefined;

  constructor(data: SortedWordListData) {
    this.#bytes = data.bytes;
    this.#offsets = data.offsets;
    this.#prefixStarts = data.prefixStarts;
  }

  get size(): number {
    return this.#offsets.length - 1;
  }

  /** Whether `word` is in the list, exactly (no case folding, no normalisation). */
  has(word: string): boolean {
    let key = this.#scratch;
    let length = word.length * 3 <= key.length ? encodeShort(word, key) : -1;
    if (length === -1) {
      key = Buffer.from(word, 'utf8');
      length = key.length;
    }
    if (length === 0) return this.size > 0 && this.#offsets[1] === 0;
    const bytes = this.#bytes;
    const offsets = this.#offsets;
    const prefixStarts = (this.#prefixStarts ??= indexPrefixes(bytes, offsets));
    const prefix = (key[0]! << 8) | (length > 1 ? key[1]! : 0);
    let low = prefixStarts[prefix]!;
    let high = prefixStarts[prefix + 1]! - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const start = offsets[middle]!;
      const wordLength = offsets[middle + 1]! - start;
      // Compared here rather than with Buffer#compare: most comparisons end at the first byte
      // or two, far sooner than a call into native code returns.
      let order = 0;
      const common = wordLength < length ? wordLength : length;
      for (let index = 0; index < common; index += 1) {
        order = bytes[start + index]! - key[index]!;
        if (order !== 0) break;
      }
      if (order === 0) order = wordLength - length;
      if (order === 0) return true;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
}

/** `prefixStarts` of `SortedWordList`: 65,537 indexes, the last one the number of words. */
export const PREFIX_INDEXES = 0x10001;

/** `prefixStarts` of `SortedWordList`: 65,537 indexes, the last one the number of words. */
export function indexPrefixes(bytes: Buffer, offsets: Uint32Array): Uint32Array {
  const count = offsets.length - 1;
  const starts = new Uint32Array(PREFIX_INDEXES);
  let next = 0;
  for (let index = 0; index < count; index += 1) {
    const start = offsets[index]!;
    const wordLength = offsets[index + 1]! - start;
    // The empty word sorts first, under prefix 0.
    const prefix = wordLength === 0 ? 0 : (bytes[start]! << 8) | (wordLength > 1 ? bytes[start + 1]! : 0);
    while (next <= prefix) starts[next++] = index;
  }
  while (next <= 0x10000) starts[next++] = count;
  return starts;
}

/**
 * Writes the UTF-8 of `word` into `target` (at least three bytes per UTF-16 unit) and returns
 * its length, or -1 for a word holding a surrogate (left to the encoder). A loop rather than
 * `TextEncoder#encodeInto`: on a word of a few letters the call costs more than the encoding.
 */
function encodeShort(word: string, target: Buffer): number {
  let length = 0;
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (code < 0x80) {
      target[length++] = code;
    } else if (code < 0x800) {
      target[length++] = 0xc0 | (code >> 6);
      target[length++] = 0x80 | (code & 0x3f);
    } else if (code >= 0xd800 && code <= 0xdfff) {
      return -1;
    } else {
      target[length++] = 0xe0 | (code >> 12);
      target[length++] = 0x80 | ((code >> 6) & 0x3f);
      target[length++] = 0x80 | (code & 0x3f);
    }
  }
  return length;
}

/** The words of `words`, once each, as sorted bytes and offsets (what a compiled file stores). */
export function sortWordList(words: Iterable<string>): SortedWordListData {
  const encoded = [...new Set(words)].map((word) => Buffer.from(word, 'utf8'));
  encoded.sort(Buffer.compare);
  const offsets = new Uint32Array(encoded.length + 1);
  let total = 0;
  encoded.forEach((word, index) => {
    offsets[index] = total;
    total += word.length;
  });
  offsets[encoded.length] = total;
  return { bytes: Buffer.concat(encoded, total), offsets };
}

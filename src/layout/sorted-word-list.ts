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
}

const encoder = new TextEncoder();

export class SortedWordList {
  readonly #bytes: Buffer;
  readonly #offsets: Uint32Array;
  /** Reused for the UTF-8 of the word asked about (words are short; a longer one gets its own). */
  #scratch = Buffer.alloc(256);

  constructor(data: SortedWordListData) {
    this.#bytes = data.bytes;
    this.#offsets = data.offsets;
  }

  get size(): number {
    return this.#offsets.length - 1;
  }

  /** Whether `word` is in the list, exactly (no case folding, no normalisation). */
  has(word: string): boolean {
    let key = this.#scratch;
    let length: number;
    if (word.length * 3 <= key.length) {
      length = encoder.encodeInto(word, key).written;
    } else {
      key = Buffer.from(word, 'utf8');
      length = key.length;
    }
    const bytes = this.#bytes;
    const offsets = this.#offsets;
    let low = 0;
    let high = offsets.length - 2;
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

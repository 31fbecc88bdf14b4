/**
 * A word list kept as its UTF-8 bytes, sorted, with the offset of each word: asking whether a
 * word is in it is a binary search comparing bytes, so opening one costs reading a file, not
 * building a set of hundreds of thousands of strings (and collecting them later).
 */

/**
 * A list left in its compiled file (`readCompiledLexicon`): its prefix index, and the words of
 * one two-byte prefix read when a word with that prefix is first asked about. A `segment` of one
 * article asks about a few hundred prefixes of the 65,536, so it reads a small part of the
 * French list's 6.7 MB instead of all of it (about 5 ms of CPU at every start).
 */
export interface PagedWordListData {
  count: number;
  prefixStarts: Uint32Array;
  /** Words `first` to `end - 1`: their bytes, and `end - first + 1` offsets into those bytes. */
  readWords(first: number, end: number): SortedWordListData;
}

/** Words and their offsets, as stored in a compiled lexicon file. */
export interface SortedWordListData {
  /** The words' UTF-8 bytes end to end, in byte order, without separators. */
  bytes: Buffer;
  /** `count + 1` offsets into `bytes`: word `i` is `bytes[offsets[i], offsets[i + 1])`. */
  offsets: Uint32Array;
  /** `indexPrefixes(bytes, offsets)` when the file stores it; else built on the first question. */
  prefixStarts?: Uint32Array;
  /** Where `bytes` start in the whole list's bytes, which `offsets` count from (a page's). @default 0 */
  base?: number;
}

export class SortedWordList {
  #bytes: Buffer;
  #offsets: Uint32Array;
  /**
   * A list read a prefix at a time (`PagedWordListData`), its prefixes' words once read; after
   * `PAGES_BEFORE_WHOLE` of them (a long build asks about most prefixes), the whole list at once.
   */
  #paged: PagedWordListData | undefined;
  #pages = new Map<number, SortedWordListData>();
  /** Reused for the UTF-8 of the word asked about (words are short; a longer one gets its own). */
  #scratch = Buffer.alloc(256);
  /**
   * For each first two bytes (the second 0 for a word of one byte), the index of the first word
   * starting with them or after: a search looks only among the words sharing them, a few
   * hundred instead of all. Read with the list from a compiled file, or built on the first
   * question (a pass over the offsets: about 13 ms for the French list, a tenth of a `segment`).
   */
  #prefixStarts: Uint32Array | undefined;

  constructor(data: SortedWordListData | PagedWordListData) {
    if ('readWords' in data) {
      this.#paged = data;
      this.#bytes = Buffer.alloc(0);
      this.#offsets = new Uint32Array(1);
    } else {
      this.#bytes = data.bytes;
      this.#offsets = data.offsets;
    }
    this.#prefixStarts = data.prefixStarts;
  }

  get size(): number {
    return this.#paged === undefined ? this.#offsets.length - 1 : this.#paged.count;
  }

  /** Whether `word` is in the list, exactly (no case folding, no normalisation). */
  has(word: string): boolean {
    let key = this.#scratch;
    let length = word.length * 3 <= key.length ? encodeShort(word, key) : -1;
    if (length === -1) {
      key = Buffer.from(word, 'utf8');
      length = key.length;
    }
    if (length === 0 && this.#paged === undefined) return this.size > 0 && this.#offsets[1] === 0;
    let bytes = this.#bytes;
    let offsets = this.#offsets;
    let base = 0;
    const prefixStarts = (this.#prefixStarts ??= indexPrefixes(bytes, offsets));
    // The empty word sorts first, under prefix 0.
    const prefix = length === 0 ? 0 : (key[0]! << 8) | (length > 1 ? key[1]! : 0);
    let low = prefixStarts[prefix]!;
    let high = prefixStarts[prefix + 1]! - 1;
    if (this.#paged !== undefined) {
      if (low > high) return false;
      let page = this.#pages.get(prefix);
      if (page === undefined && this.#pages.size >= PAGES_BEFORE_WHOLE) {
        const whole = this.#paged.readWords(0, this.#paged.count);
        this.#bytes = bytes = whole.bytes;
        this.#offsets = offsets = whole.offsets;
        this.#paged = undefined;
        this.#pages = new Map();
      } else {
        if (page === undefined) {
          page = this.#paged.readWords(low, high + 1);
          this.#pages.set(prefix, page);
        }
        bytes = page.bytes;
        offsets = page.offsets;
        base = page.base ?? 0;
        high -= low;
        low = 0;
      }
    }
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const start = offsets[middle]! - base;
      const wordLength = offsets[middle + 1]! - offsets[middle]!;
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

/**
 * The prefixes a paged list reads one at a time before it reads the whole list: two reads a
 * prefix cost more than one of the whole file once a long run has asked about this many.
 */
export const PAGES_BEFORE_WHOLE = 1024;

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

/**
 * The French lexicon's compiled form: its word lists sorted as UTF-8 bytes with their offsets,
 * in one file that opens in a few milliseconds (`sorted-word-list.ts`), instead of reading
 * ~350,000 lines into sets at every start. Made from the same lists by the first process that
 * needs the lexicon (or by `npm run setup`), and made again when a list changes: the file
 * names the lists it was made from (size and modification time) and is ignored otherwise.
 *
 * Layout: one line of JSON (the header, padded so that what follows is 4-byte aligned), then
 * for each list its `count + 1` offsets (32-bit, this machine's byte order), its index of
 * two-byte prefixes (`indexPrefixes`, 65,537 32-bit indexes: building it at each start took
 * about 13 ms, reading it takes a fraction of one) and its bytes, padded to 4 bytes. A process reads
 * the header and the prefix indexes, then the words of a prefix when it is first asked about
 * (`PagedWordListData`).
 */
import { endianness } from 'node:os';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexPrefixes, type PagedWordListData, PREFIX_INDEXES, type SortedWordListData } from './sorted-word-list.ts';

/**
 * The file layout's version, also in the file's name: a checkout of another version sharing the
 * `.cache/` folder keeps its own file instead of rewriting this one at every start.
 */
export const COMPILED_LEXICON_FORMAT = 2;
const FORMAT = COMPILED_LEXICON_FORMAT;

/** Where the compiled lexicon is kept: the package's own `.cache/` folder. */
export const COMPILED_LEXICON_FILE = fileURLToPath(new URL(`../../.cache/french-lexicon-${FORMAT}.bin`, import.meta.url));

export interface CompiledLexicon {
  /** What the lists were made from (`compiledLexiconSignature`). */
  signature: string;
  /** As `FrenchLexicon.source`. */
  source: string;
  /** As `FrenchLexicon.size`. */
  size: number;
  /** Whether `words` are stems to be inflected (dictionary-fr alone). */
  inflect: boolean;
  words: SortedWordListData;
  /** The dictionary-fr stems that supplement a word list. */
  stems?: SortedWordListData;
}

/** A compiled lexicon as read back: its lists left in the file, read a prefix at a time. */
export interface OpenedLexicon extends Omit<CompiledLexicon, 'words' | 'stems'> {
  words: PagedWordListData;
  stems?: PagedWordListData;
}

/** The header's line is read in pieces of this many bytes (it names a few paths). */
const HEADER_PIECE = 4096;

interface Header {
  format: number;
  signature: string;
  source: string;
  size: number;
  inflect: boolean;
  lists: { count: number; bytes: number }[];
}

/**
 * What identifies the lists a lexicon is made from: each file's path, size and modification
 * time (a missing file counts as missing), and this machine's byte order.
 */
export function compiledLexiconSignature(files: (string | undefined)[]): string {
  const parts = files.map((file) => {
    if (file === undefined) return '-';
    try {
      const stats = statSync(file);
      return `${file}:${stats.size}:${stats.mtimeMs}`;
    } catch {
      return `${file}:missing`;
    }
  });
  return [`format ${FORMAT}`, endianness(), ...parts].join('|');
}

/** The compiled lexicon in `file` if it was made from lists of this `signature`, else undefined. */
export function readCompiledLexicon(file: string, signature: string): OpenedLexicon | undefined {
  let descriptor: number;
  try {
    descriptor = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const fileSize = fstatSync(descriptor).size;
    const read = (position: number, length: number): Buffer => {
      const buffer = Buffer.allocUnsafeSlow(length);
      if (readSync(descriptor, buffer, 0, length, position) !== length) throw new Error('the file is shorter than its header says');
      return buffer;
    };
    let headerBytes = Buffer.alloc(0);
    let headerEnd = -1;
    while (headerEnd === -1 && headerBytes.length < fileSize) {
      const piece = read(headerBytes.length, Math.min(HEADER_PIECE, fileSize - headerBytes.length));
      const newline = piece.indexOf(0x0a);
      headerEnd = newline === -1 ? -1 : headerBytes.length + newline;
      headerBytes = Buffer.concat([headerBytes, piece]);
    }
    if (headerEnd <= 0) throw new Error('no header');
    const header = JSON.parse(headerBytes.toString('utf8', 0, headerEnd)) as Header;
    if (header.format !== FORMAT || header.signature !== signature) throw new Error('another lexicon');
    let position = headerEnd + 1;
    const lists = header.lists.map(({ count, bytes }): PagedWordListData => {
      const offsetsAt = position;
      position += (count + 1) * 4;
      const prefixStartsAt = position;
      position += PREFIX_INDEXES * 4;
      const bytesAt = position;
      position += padded(bytes);
      return {
        count,
        // A fresh buffer of its own is 4-byte aligned, as a typed array needs.
        prefixStarts: new Uint32Array(read(prefixStartsAt, PREFIX_INDEXES * 4).buffer, 0, PREFIX_INDEXES),
        readWords(first, end) {
          const offsets = new Uint32Array(read(offsetsAt + first * 4, (end - first + 1) * 4).buffer, 0, end - first + 1);
          const start = offsets[0]!;
          return { bytes: read(bytesAt + start, offsets[end - first]! - start), offsets, base: start };
        },
      };
    });
    if (position !== fileSize || lists.length < 1) throw new Error('truncated or foreign');
    // Kept open for the lists' pages: a lexicon is made again by a rename, which leaves this file as it is.
    return { signature, source: header.source, size: header.size, inflect: header.inflect, words: lists[0]!, stems: lists[1] };
  } catch {
    closeSync(descriptor);
    return undefined; // truncated or foreign: made again
  }
}

/** Writes `lexicon` to `file` atomically (a reader sees the old file or the new one). */
export function writeCompiledLexicon(file: string, lexicon: CompiledLexicon): void {
  const lists = lexicon.stems === undefined ? [lexicon.words] : [lexicon.words, lexicon.stems];
  const header: Header = {
    format: FORMAT,
    signature: lexicon.signature,
    source: lexicon.source,
    size: lexicon.size,
    inflect: lexicon.inflect,
    lists: lists.map((list) => ({ count: list.offsets.length - 1, bytes: list.bytes.length })),
  };
  const json = JSON.stringify(header);
  const headerLine = `${json.padEnd(padded(Buffer.byteLength(json) + 1) - 1, ' ')}\n`;
  const parts: Uint8Array[] = [Buffer.from(headerLine, 'utf8')];
  for (const list of lists) {
    const prefixStarts = list.prefixStarts ?? indexPrefixes(list.bytes, list.offsets);
    parts.push(new Uint8Array(list.offsets.buffer, list.offsets.byteOffset, list.offsets.byteLength));
    parts.push(new Uint8Array(prefixStarts.buffer, prefixStarts.byteOffset, prefixStarts.byteLength));
    parts.push(list.bytes, new Uint8Array(padded(list.bytes.length) - list.bytes.length));
  }
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat(parts));
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function padded(length: number): number {
  return Math.ceil(length / 4) * 4;
}

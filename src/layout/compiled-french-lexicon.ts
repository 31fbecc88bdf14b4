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
 * about 13 ms, reading it takes a fraction of one) and its bytes, padded to 4 bytes.
 */
import { endianness } from 'node:os';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexPrefixes, PREFIX_INDEXES, type SortedWordListData } from './sorted-word-list.ts';

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
export function readCompiledLexicon(file: string, signature: string): CompiledLexicon | undefined {
  let buffer: Buffer;
  try {
    buffer = readFileSync(file);
  } catch {
    return undefined;
  }
  try {
    const headerEnd = buffer.indexOf(0x0a);
    if (headerEnd <= 0) return undefined;
    const header = JSON.parse(buffer.toString('utf8', 0, headerEnd)) as Header;
    if (header.format !== FORMAT || header.signature !== signature) return undefined;
    // Typed arrays need 4-byte alignment: a buffer from a pool may start anywhere.
    if (buffer.byteOffset % 4 !== 0) buffer = Buffer.from(buffer);
    let position = headerEnd + 1;
    const lists = header.lists.map(({ count, bytes }) => {
      const offsets = new Uint32Array(buffer.buffer, buffer.byteOffset + position, count + 1);
      position += (count + 1) * 4;
      const prefixStarts = new Uint32Array(buffer.buffer, buffer.byteOffset + position, PREFIX_INDEXES);
      position += PREFIX_INDEXES * 4;
      const words = buffer.subarray(position, position + bytes);
      position += padded(bytes);
      return { bytes: words, offsets, prefixStarts };
    });
    if (position !== buffer.length || lists.length < 1) return undefined;
    return { signature, source: header.source, size: header.size, inflect: header.inflect, words: lists[0]!, stems: lists[1] };
  } catch {
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

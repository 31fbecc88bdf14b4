/**
 * Ingest: raw bytes to text. Recognises UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM,
 * and falls back to Windows-1252 (a superset of Latin-1 for printable text) when the bytes
 * are not valid UTF-8. Line ends become LF and the text is put in Unicode NFC.
 */
import { BilingualError } from '../errors.ts';

export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `windows-1252`. */
  encoding: string;
}

/** Share of control characters (other than tab, LF, CR, FF) above which a file is taken for binary. @default 0.05 */
const CONTROL_SHARE_LIMIT = 0.05;

/** A letter, beside which a control character is a font's code a tool passed through. */
const LETTER_CODE = /\p{L}/u;

/** Most NUL characters per character of a UTF-8 text still read as text, each alone: glyphs an extraction could not name. @default 1 / 100 */
const NUL_SHARE_LIMIT = 1 / 100;

/** Share of a text's glyphs written as unknown (U+FFFD, pdfminer's `(cid:N)`) above which it holds no readable text. @default 1 / 2 */
const UNKNOWN_SHARE_LIMIT = 1 / 2;

/** A glyph an extractor could not name: MuPDF's U+FFFD, pdfminer's `(cid:N)` placeholder. */
const UNKNOWN_GLYPH = /\uFFFD|\(cid:\d+\)/g;

export function decodeBytes(bytes: Uint8Array, fileName: string): DecodedText {
  const decoded = decodeWithBom(bytes, fileName);
  // pdfminer's `pdf2txt` writes a NUL for a glyph the PDF's font maps to no character (a narrow
  // no-break space in a subset font): in a text that is valid UTF-8, a rare NUL is that unknown
  // character, U+FFFD as MuPDF writes it, not a sign of binary data (which is not valid UTF-8, or
  // holds NULs in runs or at every other byte, as UTF-16 without its byte order mark does).
  const raw = decoded.encoding.startsWith('utf-8') && decoded.text.includes('\u0000') && !decoded.text.includes('\u0000\u0000') && decoded.text.split('\u0000').length - 1 <= decoded.text.length * NUL_SHARE_LIMIT ? decoded.text.replaceAll('\u0000', '\uFFFD') : decoded.text;
  const encoding = decoded.encoding;
  if (raw.includes('\u0000')) {
    throw new BilingualError('INPUT_BINARY', `${fileName} looks like a binary file (it contains NUL bytes), not a text article.`, {
      details: { file: fileName },
    });
  }
  let controls = 0;
  for (let index = 0; index < raw.length; index += 1) {
    const code = raw.charCodeAt(index);
    if (!((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f)) continue;
    // A font's code a tool passed through beside a letter (pypdf's reading of TeX's OT1 fonts,
    // `c\u0013 el\u0013 ebr\u0013 e`, `o\u000Eciers`: the text stage reads them) is text, not binary data.
    if (code >= 0x0b && (LETTER_CODE.test(raw[index - 1] ?? '') || LETTER_CODE.test(raw[index + 1] ?? '') || (raw[index + 1] === ' ' && LETTER_CODE.test(raw[index + 2] ?? '')))) continue;
    controls += 1;
  }
  if (raw.length > 0 && controls / raw.length > CONTROL_SHARE_LIMIT) {
    throw new BilingualError('INPUT_BINARY', `${fileName} looks like a binary file (too many control characters), not a text article.`, {
      details: { file: fileName, controls },
    });
  }
  const text = raw.replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim().length === 0) {
    throw new BilingualError('INPUT_EMPTY', `${fileName} is empty or holds only whitespace.`, { details: { file: fileName } });
  }
  refuseUnreadable(text, fileName);
  return { text, encoding };
}

/**
 * A PDF whose fonts map their glyphs to no character (a CID font without a ToUnicode map, as
 * some writers embed them) comes out of MuPDF as U+FFFD for every glyph and out of pdfminer as
 * `(cid:76)(cid:101)…`: no French is left to structure, and guessing the characters from the
 * glyph numbers would invent text. A rare unknown glyph (a narrow no-break space a subset font
 * names no character for) is read where it stands (word-spaces.ts); a text made mostly of them is
 * refused with what to do instead.
 */
function refuseUnreadable(text: string, fileName: string): void {
  if (!text.includes('\uFFFD') && !text.includes('(cid:')) return;
  let unknown = 0;
  let unknownLength = 0;
  for (const match of text.matchAll(UNKNOWN_GLYPH)) {
    unknown += 1;
    unknownLength += match[0].length;
  }
  const glyphs = text.length - unknownLength - (text.match(/\s/g)?.length ?? 0) + unknown;
  if (glyphs === 0 || unknown / glyphs <= UNKNOWN_SHARE_LIMIT) return;
  throw new BilingualError(
    'INPUT_UNREADABLE',
    `${fileName} holds no readable text: ${unknown} of its ${glyphs} characters are glyphs the extractor could not name (${text.includes('(cid:') ? "pdfminer's (cid:N)" : 'U+FFFD'}), as when a PDF's fonts have no Unicode map.`,
    { details: { file: fileName, unknown, glyphs } },
  );
}

function decodeWithBom(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictDecode('utf-8', bytes.subarray(3), fileName), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strictDecode('utf-16le', bytes.subarray(2), fileName), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strictDecode('utf-16be', bytes.subarray(2), fileName), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: print-era files from Windows are Windows-1252, which also reads Latin-1 text.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252 characters for bytes 0x80-0x9F (undefined bytes stay as their C1 code).
 * Node 20's TextDecoder('windows-1252') decodes this range as Latin-1 control codes, losing
 * `€`, `–`, `—`, `’`, `œ`…, so the table is applied here.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  const chunk: number[] = [];
  for (const byte of bytes) {
    chunk.push(byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte);
    if (chunk.length === 8192) {
      text += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return text + String.fromCharCode(...chunk);
}

function strictDecode(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch (error) {
    throw new BilingualError('INPUT_UNDECODABLE', `${fileName} starts with a ${label} byte-order mark but its bytes are not valid ${label}.`, {
      cause: error,
      details: { file: fileName, encoding: label },
    });
  }
}

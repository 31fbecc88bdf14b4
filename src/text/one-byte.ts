/**
 * Text held one byte per character where it can be: the same characters, stored as V8 stores a
 * string all of whose characters are below U+0100 when it makes one whole.
 *
 * V8 keeps a string in one of two forms, one byte or two bytes per character, and a string cut
 * out of another (`slice`, `split`, a match, `trim`) keeps the form of the one it came from. A
 * French article holding a single `’`, `—` or `…` is read as two-byte text, and so are all its
 * lines, paragraphs and sentences, though most of them hold only Latin-1 letters; the engine's
 * answers, decoded a chunk of several segments at a time, are the same. Regular expressions run
 * on two-byte text with code made for it (a `\p{L}` class is then a search through ranges up to
 * U+10FFFF at each character, not a table of 256), and every expression run on both forms is
 * compiled twice. In a build of the bench's 120 articles, 1,360 of the 1,840 French sentences and
 * 698 of their English translations reached the QA checks as two-byte strings of Latin-1 text.
 *
 * Only the form changes: the result is equal (`===`) to the text, character for character.
 */

/** A character beyond Latin-1: a text holding one cannot be one-byte. */
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/** Node's own Latin-1 copies, without the checks of `write` and `toString` (about half their cost on a sentence). */
interface Latin1Buffer extends Buffer {
  latin1Write?(text: string, offset: number): number;
  latin1Slice?(start: number, end: number): string;
}

/** Where the text is copied through, grown to the longest text met. */
let scratch: Latin1Buffer = Buffer.allocUnsafe(4096);

/**
 * `text` as a one-byte string when all its characters are Latin-1 (U+0000 to U+00FF), else
 * `text` itself. A one-byte text comes back as an equal copy: JavaScript cannot tell the two
 * forms apart, and the copy costs about what the test does (a fraction of a microsecond for a
 * sentence).
 *
 * @example
 * oneByte('La Syrie à Genève') === 'La Syrie à Genève' // true: the same text, one byte per character
 * oneByte('L’ONU') // 'L’ONU', as it was: `’` is U+2019
 */
export function oneByte(text: string): string {
  if (text.length === 0 || BEYOND_LATIN1.test(text)) return text;
  if (text.length > scratch.length) scratch = Buffer.allocUnsafe(text.length * 2);
  if (scratch.latin1Write !== undefined && scratch.latin1Slice !== undefined) return scratch.latin1Slice(0, scratch.latin1Write(text, 0));
  return scratch.toString('latin1', 0, scratch.write(text, 0, 'latin1'));
}

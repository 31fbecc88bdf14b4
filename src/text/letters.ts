/**
 * Letters (`\p{L}`) found by scanning code units, for the layout's tests on the end of a line:
 * a regular expression anchored at the end (`/\p{L}+$/u`) is tried from every position of the
 * line, and costs microseconds per short line where this costs nanoseconds.
 */

const LETTER = /^\p{L}$/u;

/** Whether the code point starting with this UTF-16 code unit (a whole one, not a surrogate) is a letter. */
export function isLetterCodePoint(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  // Latin-1 and Latin Extended-A and B: every character from U+00C0 to U+024F is a letter but × and ÷.
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  // The rest of Latin-1 (`«`, `°`, the no-break space) and the general punctuation (`’`, `—`, `…`,
  // `“`) that French sets beside its words: the letters among them named, the pattern spared.
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code >= 0x2000 && code <= 0x206f) return false;
  return LETTER.test(String.fromCodePoint(code));
}

/**
 * Offset of the first code unit of the run of letters ending just before `end` (`end` itself
 * when `text[end - 1]` is no letter): `text.slice(letterRunStart(text, end), end)` is what
 * `/\p{L}+$/u` matches in `text.slice(0, end)`, a letter outside the Basic Multilingual Plane
 * (a surrogate pair) counting as one.
 */
export function letterRunStart(text: string, end: number): number {
  let start = end;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    if (code >= 0xdc00 && code <= 0xdfff && start > 1) {
      const high = text.charCodeAt(start - 2);
      if (high >= 0xd800 && high <= 0xdbff) {
        if (!isLetterCodePoint(((high - 0xd800) << 10) + (code - 0xdc00) + 0x10000)) break;
        start -= 2;
        continue;
      }
    }
    if ((code >= 0xd800 && code <= 0xdfff) || !isLetterCodePoint(code)) break;
    start -= 1;
  }
  return start;
}

/**
 * Whether a letter comes right before the text's last code unit: with a check of that last
 * character, what `/\p{L}-$/u` and the like match, read from the end instead of tried from
 * every position of the line.
 */
export function letterBeforeLast(text: string): boolean {
  return text.length > 1 && letterRunStart(text, text.length - 1) < text.length - 1;
}

/**
 * Whether the character is one `\s` matches: tab to carriage return, the space, and above
 * ASCII the no-break spaces, the Unicode space separators, the line and paragraph separators
 * and the byte order mark (ECMAScript's WhiteSpace and LineTerminator). Read on the code, since
 * it runs on every character of the lines it scans.
 */
export function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Offset where the run of `marks` ending the text starts (`text.length` when the text ends on
 * none): `text.slice(0, trailingMarksStart(text, marks))` is what
 * `text.replace(/[<marks>]+$/u, '')` leaves, read from the end instead of tried from every
 * position. `marks` lists characters of the Basic Multilingual Plane, no surrogate.
 */
export function trailingMarksStart(text: string, marks: string): number {
  let end = text.length;
  while (end > 0 && marks.includes(text.charAt(end - 1))) end -= 1;
  return end;
}

/** The text without the run of `marks` ending it (`trailingMarksStart`). */
export function withoutTrailingMarks(text: string, marks: string): string {
  const end = trailingMarksStart(text, marks);
  return end === text.length ? text : text.slice(0, end);
}

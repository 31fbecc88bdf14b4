/**
 * TeX's OT1 font codes a tool wrote as control characters, read through OT1; each line changed
 * recorded as a repair.
 *
 * Plain TeX and LaTeX without `fontenc` set Computer Modern in OT1, whose low slots hold the
 * accents and the ligatures: 0x12 `` ` ``, 0x13 `´`, 0x14 `ˇ`, 0x15 `˘`, 0x16 `¯`, 0x17 `˚`,
 * 0x18 `¸`, 0x7F `¨`; 0x0B ff, 0x0C fi, 0x0E ffi, 0x0F ffl; 0x10 `ı`, 0x11 `ȷ`; 0x19 to 0x1F
 * `ß` `æ` `œ` `ø` `Æ` `Œ` `Ø`; and in the printable range 0x27 the apostrophe `’`, 0x7B the en
 * dash, 0x7C the em dash.
 * pypdf reads such a font with no text map by its codes: `c\x13 el\x13 ebr\x13 e` for
 * `célébré` (its space between accent and letter), `o\x0Eciers` for `officiers`, `c\x1Bur`,
 * `6{12`, `ga^ \x10t\x13 e | peinte` (the corpus's `test/fixtures/tex-accents/plain-tex.pypdf.txt`).
 *
 * The rule reads a text through OT1 only when it shows the pattern: an accent's control
 * character between two letters of a word, a space after it at most (`OT1_EVIDENCE` such). Other
 * texts keep their control characters: a form feed between pages, and Texinfo's guillemets from
 * the EC fonts, which a tool passes through as 0x13 and 0x14 before and after words, never
 * inside one. In a text that shows it, a code is read where a letter stands beside it (an
 * accent, a dotless letter, a ligature, a letter); 0x0C, also the form feed, only with a small
 * letter after it and a letter or a space before it; `{` between figures or spaces, `|`
 * between spaces, and `'` (pypdf's `l'\u0013 edition`) as the apostrophe TeX draws. The accents come out as their spacing glyphs, which the next step puts on
 * their letters (`spacing-accents.ts`). 0x0D (fl) is a carriage return that reading lines has
 * already turned into a line break: it is not read.
 */
import type { Repair } from '../types.ts';

/** OT1's slots an extraction writes as control characters, and what each draws. */
const OT1_CODES: Readonly<Record<string, string>> = {
  '\u000B': 'ff',
  '\u000C': 'fi',
  '\u000E': 'ffi',
  '\u000F': 'ffl',
  '\u0010': '\u0131', // ı
  '\u0011': '\u0237', // ȷ
  '\u0012': '`',
  '\u0013': '\u00B4', // ´
  '\u0014': '\u02C7', // ˇ
  '\u0015': '\u02D8', // ˘
  '\u0016': '\u00AF', // ¯
  '\u0017': '\u02DA', // ˚
  '\u0018': '\u00B8', // ¸
  '\u0019': '\u00DF', // ß
  '\u001A': '\u00E6', // æ
  '\u001B': '\u0153', // œ
  '\u001C': '\u00F8', // ø
  '\u001D': '\u00C6', // Æ
  '\u001E': '\u0152', // Œ
  '\u001F': '\u00D8', // Ø
  '\u007F': '\u00A8', // ¨
};

/** Cheap first test: a control character OT1 gives a glyph. */
const ANY_CODE = /[\u000B\u000C\u000E-\u001F\u007F]/u;
/** An accent's code between two letters of a word, a space after it at most: the pattern's one instance. */
const ACCENT_IN_WORD = /\p{L}[\u0012-\u0018\u007F] ?\p{L}/gu;
/**
 * Fewest accents between the letters of a word that show a text written in OT1's codes: the
 * plain-TeX page's pypdf text holds 31; Texinfo's guillemets (0x13, 0x14) stand outside words. @default 2
 */
export const OT1_EVIDENCE = 2;

const LETTER = /\p{L}/u;
const SMALL_LETTER = /\p{Ll}/u;
const FIGURE = /\p{N}/u;

export interface Ot1Read {
  text: string;
  repairs: Repair[];
}

/** Whether the text shows OT1's codes written as control characters (see the module's comment). */
export function showsOt1Codes(text: string): boolean {
  if (!ANY_CODE.test(text)) return false;
  let count = 0;
  for (const _ of text.matchAll(ACCENT_IN_WORD)) if ((count += 1) >= OT1_EVIDENCE) return true;
  return false;
}

/** Whether a letter stands at `index`, or past one space there when `spaced`. */
function letterAt(line: string, index: number, spaced: boolean): boolean {
  const character = line[index] ?? '';
  if (LETTER.test(character) || OT1_CODES[character] !== undefined) return true;
  return spaced && character === ' ' && LETTER.test(line[index + 1] ?? '');
}

function readLine(line: string): string {
  let out = '';
  for (let index = 0; index < line.length; index += 1) {
    const character = line[index] as string;
    const before = line[index - 1] ?? '';
    const after = line[index + 1] ?? '';
    const glyph = OT1_CODES[character];
    if (glyph !== undefined) {
      const read =
        character === '\u000C'
          ? SMALL_LETTER.test(after) && (LETTER.test(before) || before === ' ')
          : letterAt(line, index + 1, true) || LETTER.test(before) || OT1_CODES[before] !== undefined;
      out += read ? glyph : character;
      continue;
    }
    // OT1's en dash (`--`) in place of `{`, between figures or spaces; its em dash (`---`) in place of `|`, between spaces.
    if (character === '{' && ((FIGURE.test(before) && FIGURE.test(after)) || (before === ' ' && after === ' '))) {
      out += '\u2013';
      continue;
    }
    if (character === '|' && before === ' ' && after === ' ') {
      out += '\u2014';
      continue;
    }
    // OT1's 0x27 is the right quote, TeX's apostrophe.
    if (character === "'") {
      out += '\u2019';
      continue;
    }
    out += character;
  }
  return out;
}

/** `text` with OT1's codes read where it shows them (see the module's comment); any other text returned at once, untouched. */
export function readOt1ControlCodes(text: string): Ot1Read {
  if (!showsOt1Codes(text)) return { text, repairs: [] };
  const repairs: Repair[] = [];
  const lines = text.split('\n').map((line, index) => {
    if (!ANY_CODE.test(line) && !/[{|']/u.test(line)) return line;
    const after = readLine(line);
    if (after === line) return line;
    repairs.push({
      kind: 'font-codes-read',
      line: index + 1,
      before: line,
      after,
      reason: 'ot1-control-codes',
      evidence: "control characters between a word's letters where its accents stand: TeX's OT1 font codes (accents, ligatures, dotless letters) the extraction wrote as they are",
    });
    return after;
  });
  return repairs.length === 0 ? { text, repairs } : { text: lines.join('\n'), repairs };
}

/**
 * Hyphen characters other than `-`, as typesetters and PDF extractors leave them, brought to
 * the one form the line-end hyphen decision reads; each change recorded as a repair:
 * - U+00AD SOFT HYPHEN at a line end is where the typesetter broke a word (browsers print
 *   `hyphens: auto` and `&shy;` that way): it becomes `-`, and the decision that follows joins
 *   or keeps it as for any line-end hyphen;
 * - U+00AD before a run of spaces and more text is the same break at the end of a column's
 *   line, which `pdftotext -layout` prints beside the next column's line (`rendements de­` and
 *   `vers le 5 septembre`, a gutter between): it becomes `-` too, for the line-end decision
 *   once the columns are read apart;
 * - U+00AD anywhere else is an invisible break opportunity that was not taken: removed;
 * - U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN (some typesetters' hyphenation, word
 *   processors' hard hyphens) become `-`;
 * - U+2212 MINUS SIGN after a letter and before a letter or a figure, or after a letter at a
 *   line's end, is a hyphen a printer drew with the minus glyph (a2ps's Courier: `porte−parole`,
 *   `a−t−il`; Emacs's ps-print, whose Latin-1 encoding vector draws byte 0x2D as the minus:
 *   `Lure−2`, a canton's number): it becomes `-`; a minus sign is a number's sign, standing
 *   before its figure with no letter against it (`−5 °C` stays); two of them between spaces
 *   (`LIÈGE −− Les`) are a typewriter's dash, `—`; one alone between spaces (or opening the
 *   line) before a word is the same printer's hyphen-minus typed as a dash (`Gare routière −
 *   Pissevin`, a dialogue's `− Avec`): `-`, as typed (before a figure it may be a sign: stays);
 * - two hyphens `--` alone between spaces (or at a line's edge) are the same typewriter's dash,
 *   as OCR reads the printout's two minus signs (`LIÈGE (Belgique) -- Les quais`): `—`.
 * Line numbers and the number of lines never change.
 */
import type { Repair } from '../types.ts';

export interface HyphenCharactersNormalized {
  text: string;
  repairs: Repair[];
  /**
   * Lines (1-based) that ended with U+2010, U+2011 or U+00AD: the typesetter's own hyphen or a
   * soft hyphen, at which pdftotext never glues two printed lines (it glues only at `-`).
   */
  typesetHyphenLines: Set<number>;
}

const ANY_HYPHEN_CHARACTER = /[\u00AD\u2010\u2011\u2212]|--/u;
const SOFT_HYPHEN_AT_END = /\u00AD[ \t\u00A0]*$/u;
const SOFT_HYPHEN = /\u00AD/gu;
/**
 * The patterns with `\p{…}` classes are built at their first use (a getter each): a text with no
 * hyphen character but `-` never reads them, and building them costs ICU look-ups on every start.
 */
let softHyphenBeforeGutterPattern: RegExp | undefined;
/** A soft hyphen ending a column's line, before the gutter (two spaces or more) and the next column's text. */
function softHyphenBeforeGutter(): RegExp {
  return (softHyphenBeforeGutterPattern ??= /(?<=\p{L})\u00AD(?= {2,}\S)/gu);
}
const UNICODE_HYPHEN = /[\u2010\u2011]/gu;
let unicodeHyphenAtEndPattern: RegExp | undefined;
function unicodeHyphenAtEnd(): RegExp {
  return (unicodeHyphenAtEndPattern ??= /(?:[\u2010\u2011]|(?<=\p{L})\u2212)[ \t\u00A0]*$/u);
}
let minusAsHyphenPattern: RegExp | undefined;
/** A minus sign drawn for a hyphen: after a letter, before a letter or a figure, or at the line's end. */
function minusAsHyphen(): RegExp {
  return (minusAsHyphenPattern ??= /(?<=\p{L})\u2212(?=[\p{L}\p{N}]|[ \t\u00A0]*$)/gu);
}
let spacedMinusDashPattern: RegExp | undefined;
/** One minus sign alone between spaces (or opening the line) before a word: a hyphen-minus typed as a dash. */
function spacedMinusDash(): RegExp {
  return (spacedMinusDashPattern ??= /(?<=^|[ \u00A0])\u2212(?=[ \u00A0]+\p{L})/gu);
}
/** Two minus signs alone between spaces (or at the line's edge): a typewriter's dash. */
const DOUBLE_MINUS_DASH = /(?<=^|[ \u00A0])\u2212\u2212(?=[ \u00A0]|$)/gu;
/** Two hyphens alone between spaces (or at the line's edge): a typewriter's dash. */
const DOUBLE_HYPHEN_DASH = /(?<=^|[ \u00A0])--(?=[ \u00A0]|$)/gu;

export function normalizeHyphenCharacters(text: string): HyphenCharactersNormalized {
  const typesetHyphenLines = new Set<number>();
  if (!ANY_HYPHEN_CHARACTER.test(text)) return { text, repairs: [], typesetHyphenLines };
  const repairs: Repair[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    if (unicodeHyphenAtEnd().test(lines[index] as string) || SOFT_HYPHEN_AT_END.test(lines[index] as string)) typesetHyphenLines.add(index + 1);
    const line = normalizeLineHyphenCharacters(lines[index] as string, index + 1);
    lines[index] = line.content;
    repairs.push(...line.repairs);
  }
  return { text: lines.join('\n'), repairs, typesetHyphenLines };
}

/** The same for one line (`lineNumber` 1-based), for readers that hold lines, not a text. */
export function normalizeLineHyphenCharacters(original: string, lineNumber: number): { content: string; repairs: Repair[] } {
  const repairs: Repair[] = [];
  if (!ANY_HYPHEN_CHARACTER.test(original)) return { content: original, repairs };
  let content = original;
  if (SOFT_HYPHEN_AT_END.test(content)) {
    content = content.replace(SOFT_HYPHEN_AT_END, '-');
    repairs.push({
      kind: 'hyphen-character-normalized',
      line: lineNumber,
      before: lastWord(original),
      after: lastWord(content),
      reason: 'soft-hyphen-at-line-end',
      evidence: 'a soft hyphen (U+00AD) ending a line marks where the typesetter broke the word',
    });
  }
  /** Replaces every match of `pattern`, recording one repair at the first. */
  const replaceEach = (pattern: RegExp, replacement: string, reason: string, evidence: string): void => {
    const at = content.search(pattern);
    if (at === -1) return;
    const before = content;
    content = content.replace(pattern, replacement);
    repairs.push({ kind: 'hyphen-character-normalized', line: lineNumber, before: changedWord(before, at), after: changedWord(content, at), reason, evidence });
  };
  replaceEach(
    softHyphenBeforeGutter(),
    '-',
    'soft-hyphen-at-column-line-end',
    "a soft hyphen (U+00AD) before a gutter ends a column's line beside the next column: the typesetter broke the word there",
  );
  replaceEach(SOFT_HYPHEN, '', 'soft-hyphen-inside-line', 'a soft hyphen (U+00AD) inside a line is an invisible break opportunity, not a character of the word');
  replaceEach(UNICODE_HYPHEN, '-', 'unicode-hyphen', 'U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN are printed as "-"');
  replaceEach(DOUBLE_MINUS_DASH, '—', 'double-minus-dash', 'two minus signs (U+2212) alone between spaces are a dash typed as two hyphens, which the printer drew as minus signs');
  replaceEach(DOUBLE_HYPHEN_DASH, '—', 'double-hyphen-dash', 'two hyphens alone between spaces are a dash typed on a keyboard that has none');
  replaceEach(minusAsHyphen(), '-', 'minus-as-hyphen', 'a minus sign (U+2212) after a letter is a hyphen drawn with the minus glyph: a sign stands before its figure, never against a word');
  replaceEach(
    spacedMinusDash(),
    '-',
    'spaced-minus-as-hyphen',
    'a minus sign (U+2212) alone between spaces before a word is a hyphen-minus typed as a dash, drawn with the minus glyph: a sign stands before a figure',
  );
  return { content, repairs };
}

function lastWord(content: string): string {
  const trimmed = content.trimEnd();
  return trimmed.slice(trimmed.search(/\S+$/u));
}

/** The word around position `at` (whitespace-delimited), for a repair's before and after. */
function changedWord(content: string, at: number): string {
  let start = at;
  while (start > 0 && !/\s/u.test(content[start - 1] as string)) start -= 1;
  let end = at;
  while (end < content.length && !/\s/u.test(content[end] as string)) end += 1;
  return content.slice(start, end);
}

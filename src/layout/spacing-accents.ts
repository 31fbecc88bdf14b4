/**
 * Accents an extraction left apart from their letters, put back on them; each line changed
 * recorded as a repair.
 *
 * Plain TeX, LaTeX in OT1 and Texinfo on pdfTeX set an accented letter with TeX's `\accent`:
 * a spacing accent glyph drawn over the bare letter (a dotless `ı` for the `i`), and a cedilla
 * under a capital (`\ooalign`) drawn after it. The PDF reader puts them together from their
 * positions (pdf-tex-accents), but a text another tool wrote has no positions, and its words
 * come out as two or three pieces (the corpus's `test/fixtures/tex-accents/`, each page through
 * every tool):
 * - MuPDF (`mutool`, PyMuPDF), pdfminer and pdf.js's copied text write the accent before its
 *   letter, against it: `l’´et´e`, `chaˆıne`, `a^ın´e` (Texinfo's circumflex and grave are the
 *   ASCII `^` and `` ` ``), `Fran¸coise`, and the cedilla a capital was given after it,
 *   `C¸a` or `C¸ a`;
 * - pypdf writes a space between the accent and its letter: `caf´ e`, `` ` a ``, `g^ at`;
 * - PDFBox composes the accent with the letter before it, which over a dotless `ı` is the wrong
 *   one: `châıne`, `Löıc`, or leaves it on the `ı`: `Dı̂né`.
 *
 * The rule: a spacing accent glyph (`´` `` ` `` `^` `ˆ` `¨` `˚` `¸` `~` `˜` `ˇ` `˘` `˙` `˝` `¯` `ˉ` `˛`,
 * the table the PDF reader shares: `src/text/accent-glyphs.ts`) before a letter becomes, with it,
 * the one character Unicode composes (NFC), and only when there is one; a dotless `ı` (`ȷ`)
 * under an accent is `i` (`j`). Where Unicode has none (`˚C`, `^2`), or no
 * letter follows, nothing changes. The orders the tools write are read:
 * - the accent against the letter after it;
 * - a space between, only in a text that shows that habit (`SPACED_EVIDENCE` such pairs): a
 *   lone `` ` `` or `^` before a word elsewhere is the writer's;
 * - a cedilla after a capital it composes with (TeX draws a capital's cedilla after it, a
 *   small letter's before), when the letter after it takes none (`C¸a`) or is a small one
 *   (`C¸elik`): the space after it that a tool read
 *   from the drawn cedilla's width taken out before a small letter (`C¸ a` is `Ça`), and
 *   pypdf's space before it (`C ¸a`);
 * - an accented letter before a dotless `ı`, or an `ı` before a combining accent: the accent is
 *   the `ı`'s (`châıne` is `chaîne`), when `i` takes it.
 * - a space after an elided word before an accented capital, read from an italic capital's
 *   accent set to its right (`l’ ´Echevinage`), taken out;
 * - a ring alone after a figure is the degree sign TeX drew with it (`4 ˚C` is `4 °C`).
 * A text that types `´` for the apostrophe (`l´eau`, `qu´il`: after an elided word, before a
 * letter TeX's French never accents that way) keeps it after elided words.
 * A text with none of these glyphs is returned at once, untouched.
 */
import { composeAccent, DOTLESS, SPACING_ACCENT_CLASS, SPACING_ACCENTS } from '../text/accent-glyphs.ts';
import type { Repair } from '../types.ts';

/** Cheap first test: a spacing accent glyph or a dotless `ı` `ȷ`. */
const ANY_GLYPH = new RegExp(`[${SPACING_ACCENT_CLASS}\\u0131\\u0237]`, 'u');
/** An accent glyph, a space, a letter: pypdf's order, counted to see the habit. */
const SPACED_PAIR = new RegExp(`[${SPACING_ACCENT_CLASS}] \\p{L}`, 'gu');
/**
 * Fewest accent-space-letter pairs (that compose) that show a tool writing accents apart by a
 * space. pypdf's reading of the three tex-accents pages holds 9 to 60. @default 2
 */
export const SPACED_EVIDENCE = 2;
/** `´` typed for the apostrophe: after an elided word, before a letter TeX's French sets no `´` on. */
const ACUTE_AS_APOSTROPHE = /(?<!\p{L})(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)\u00B4[aiouyhàâîôûAIOUYH]/iu;
const ELIDED_BEFORE = /(?<!\p{L})(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)$/iu;
const LETTER = /\p{L}/u;
const SMALL_LETTER = /\p{Ll}/u;
const CAPITAL = /\p{Lu}/u;
const COMBINING = /[\u0300-\u036F]/u;

export interface SpacingAccentsComposed {
  text: string;
  repairs: Repair[];
}

/** The line with its accents composed (see the module's comment). */
function composeLine(line: string, spaced: boolean, acuteApostrophe: boolean): string {
  let out = '';
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index] as string;
    const mark = SPACING_ACCENTS[char];
    if (mark !== undefined) {
      // `´` typed for the apostrophe; `~` or `^` in an address (`/~dupont`).
      if ((acuteApostrophe && char === '\u00B4' && ELIDED_BEFORE.test(out)) || (char.charCodeAt(0) < 0x80 && /[/=&?#]$/u.test(out))) {
        out += char;
        continue;
      }
      // The space a tool read after an elided word before a slanted capital's accent (`l’ ´Echevinage`).
      if (line[index - 1] === ' ' && /\p{L}['’] $/u.test(out) && /\p{Lu}/u.test(line[index + 1] ?? '') && composeAccent(line[index + 1] as string, mark) !== undefined) out = out.slice(0, -1);
      // A cedilla drawn after its letter (a capital's, set with \ooalign): its capital before
      // it, against it or (pypdf) a space between, wins over a small letter after it.
      const before = char === '\u00B8' ? (CAPITAL.test(out[out.length - 1] ?? '') ? out.length - 1 : spaced && out.endsWith(' ') && CAPITAL.test(out[out.length - 2] ?? '') ? out.length - 2 : -1) : -1;
      const withPrevious = before >= 0 ? composeAccent(out[before] as string, mark) : undefined;
      let at = index + 1;
      if (spaced && line[at] === ' ') at += 1;
      const next = line[at];
      const withNext = next !== undefined && LETTER.test(next) ? composeAccent(next, mark) : undefined;
      if (withNext !== undefined && !(withPrevious !== undefined && SMALL_LETTER.test(next as string))) {
        out += withNext;
        index = at;
        continue;
      }
      if (withPrevious !== undefined) {
        out = out.slice(0, before) + withPrevious;
        if (line[index + 1] === ' ' && SMALL_LETTER.test(line[index + 2] ?? '')) index += 1;
        continue;
      }
      // A ring drawn alone after a figure: TeX's degree (`4 ˚C`).
      if (char === '\u02DA' && /\p{N} ?$/u.test(out)) {
        out += '\u00B0';
        continue;
      }
      out += char;
      continue;
    }
    if (DOTLESS[char] !== undefined) {
      // The accent after the `ı` (PDFBox's `Dı̂né`).
      const following = line[index + 1];
      const withFollowing = following !== undefined && COMBINING.test(following) ? composeAccent(char, following) : undefined;
      if (withFollowing !== undefined) {
        out += withFollowing;
        index += 1;
        continue;
      }
      // The accent put on the letter before (PDFBox's `châıne`).
      const previous = out[out.length - 1];
      const parts = previous?.normalize('NFD');
      const moved = parts !== undefined && parts.length === 2 ? composeAccent(char, parts[1] as string) : undefined;
      if (moved !== undefined) {
        out = out.slice(0, -1) + (parts as string)[0] + moved;
        continue;
      }
    }
    out += char;
  }
  return out;
}

/** How many accent-space-letter pairs in `text` compose. */
function countSpacedPairs(text: string): number {
  let count = 0;
  for (const pair of text.matchAll(SPACED_PAIR)) {
    const mark = SPACING_ACCENTS[pair[0][0] as string] as string;
    if (composeAccent(pair[0][2] as string, mark) !== undefined) count += 1;
  }
  return count;
}

/** `text` (NFC) with accents an extraction drew apart put back on their letters. */
export function composeSpacingAccents(text: string): SpacingAccentsComposed {
  if (!ANY_GLYPH.test(text)) return { text, repairs: [] };
  const spaced = countSpacedPairs(text) >= SPACED_EVIDENCE;
  const acuteApostrophe = ACUTE_AS_APOSTROPHE.test(text);
  const repairs: Repair[] = [];
  const lines = text.split('\n');
  const composed = lines.map((line, index) => {
    if (!ANY_GLYPH.test(line)) return line;
    const after = composeLine(line, spaced, acuteApostrophe);
    if (after === line) return line;
    repairs.push({
      kind: 'accent-composed',
      line: index + 1,
      before: line,
      after,
      reason: 'spacing-accent-glyph',
      evidence: spaced
        ? 'an accent glyph apart from its letter (TeX draws the accent over the bare letter; the extraction wrote them apart, a space between): one character in Unicode'
        : 'an accent glyph apart from its letter (TeX draws the accent over the bare letter; the extraction wrote them apart): one character in Unicode',
    });
    return after;
  });
  return repairs.length === 0 ? { text, repairs } : { text: composed.join('\n'), repairs };
}

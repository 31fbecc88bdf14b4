/**
 * A line-end hyphen an extraction set apart from the syllable it ends (`Di -` / `manche soir`,
 * `kilo ­` / `mètres`), put back against it, so that the line-end hyphen rules
 * (`decide-line-end-hyphen.ts`, `soft-hyphen-lines.ts`) see a word broken at the line's end rather
 * than a dash. pypdf's `extract_text` does so where the producer drew the hyphen as a glyph of its
 * own, apart from the word's (LibreOffice Writer and Draw, Typst, groff: dev-2, held-out-2,
 * pdf-dev, held-out-8, held-out-14).
 *
 * A prose dash ends a line so too (`la ville -` / `et ses environs`), but rarely, and as an en
 * dash more often than a hyphen: only a text not spaced at its every hyphenation point (whose
 * line-end hyphens `syllable-spaced-words.ts` reads with their pieces) that ends `SPACED_HYPHENS_FEWEST` lines or more so is
 * read as written so by its extraction, each line a recorded repair. It runs on the decoded text
 * before any layout; a text with no ` -` or ` \u00AD` costs one regular expression's scan.
 */
import type { Repair } from '../types.ts';
import { letterRunStart } from '../text/letters.ts';

/** Fewest lines ending in a hyphen set apart before a text is read as written so. @default 3 */
export const SPACED_HYPHENS_FEWEST = 3;

/** A letter, spaces, a hyphen or soft hyphen, and only spaces to the line's end. */
export const SPACED_HYPHEN_END = /(?<=\p{L}) +([-\u00AD]) *$/u;

/**
 * Whether `SPACED_HYPHEN_END` matches the line, read from its end (spaces, the hyphen, spaces,
 * a letter) instead of tried from every position of the line.
 */
export function endsInSpacedHyphen(line: string): boolean {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 32) end -= 1;
  const hyphen = line.charCodeAt(end - 1);
  if (hyphen !== 45 && hyphen !== 0xad) return false;
  let start = end - 1;
  while (start > 0 && line.charCodeAt(start - 1) === 32) start -= 1;
  return start < end - 1 && letterRunStart(line, start) < start;
}

/** A space then a hyphen or soft hyphen anywhere, the first test: one scan, where `includes(' -')` stops at every space. */
const SPACE_THEN_HYPHEN = / [-\u00AD]/;

export interface SpacedLineEndHyphens {
  text: string;
  repairs: Repair[];
}

/**
 * The text with each line-end hyphen set apart put back against its syllable, when `SPACED_HYPHENS_FEWEST`
 * lines or more end so; `spacedAtSyllables` says whether the text is spaced at every hyphenation
 * point (a browser's letter-spaced lines, read by MuPDF or pdfminer), which is left as it is:
 * `syllable-spaced-words.ts` reads such a line's end hyphen with the pieces around it.
 */
export function closeSpacedLineEndHyphens(text: string, spacedAtSyllables: (text: string) => boolean = () => false): SpacedLineEndHyphens {
  if (!SPACE_THEN_HYPHEN.test(text)) return { text, repairs: [] };
  const lines = text.split('\n');
  const spaced: number[] = [];
  lines.forEach((line, index) => {
    if (endsInSpacedHyphen(line)) spaced.push(index);
  });
  if (spaced.length < SPACED_HYPHENS_FEWEST || spacedAtSyllables(text)) return { text, repairs: [] };
  const repairs: Repair[] = [];
  for (const index of spaced) {
    const line = lines[index] as string;
    const closed = line.replace(SPACED_HYPHEN_END, '$1');
    lines[index] = closed;
    repairs.push({
      kind: 'space-collapsed',
      line: index + 1,
      before: line.trim(),
      after: closed.trim(),
      reason: 'spaced-line-end-hyphen',
      evidence: `the line ends in a hyphen set apart from its letters, as ${spaced.length} lines of the text do: the extraction's, not a dash`,
    });
  }
  return { text: lines.join('\n'), repairs };
}

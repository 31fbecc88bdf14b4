/**
 * Printed lines that an extractor cut at every soft hyphen, put back together. A browser
 * printing an article whose words carry soft hyphens (U+00AD, put in by a CMS or by CSS
 * `hyphens: auto`) writes each run of syllables between two of them as a text piece of its own,
 * a little lower on the page than the one before; `pdftotext` (all three modes) then ends a line
 * after every soft hyphen of the printed line, which gives runs of short lines (`na­` / `tio­` /
 * `nal des ap­` / `pren­` / `tis bou­`) that no column, paragraph or hyphen rule can read.
 *
 * A soft hyphen is invisible where the line is not broken, and the printed break shows a hyphen:
 * so a line ending in U+00AD is joined to the next non-blank line whatever that holds, and the
 * printed line ends only where a visible hyphen follows (`-raw` puts it on a line of its own,
 * `-layout` right after the soft hyphen) or the run meets a blank line. The soft hyphens stay
 * in the joined line, for `normalizeHyphenCharacters` to remove and record.
 *
 * Lines are joined, so the text has fewer lines: `lineNumbers` maps each joined line (0-based)
 * to the 1-based line of the source it starts on, and `remapLines` puts every repair, warning
 * and block back on the source's lines.
 */
import type { Repair, Warning } from '../types.ts';
import { lengthPercentile } from './page-line.ts';

export interface SoftHyphenLinesJoined {
  text: string;
  /** For each line of `text`, the first and last 1-based source line it was made of; undefined when nothing was joined. */
  lineNumbers?: { first: number[]; last: number[] };
  repairs: Repair[];
}

/** A line ending in a soft hyphen, spaces aside. */
const ENDS_WITH_SOFT_HYPHEN = /\u00AD[ \t\u00A0]*$/u;
/** A line holding only the hyphen printed at the break (`pdftotext -raw`). */
const PRINTED_HYPHEN_LINE = /^[ \t]*[-\u2010\u2011][ \t]*$/u;
/** Fewest short lines ending in a soft hyphen for the text to be read as cut at them. @default 3 */
const FEWEST_SOFT_HYPHEN_LINES = 3;
/**
 * A line ending in a soft hyphen is a syllable run, not a printed line, when it is shorter than
 * this share of the text's long lines: a printed line broken at a soft hyphen runs to the column's
 * edge (some typesetters, LaTeX's T1 fonts among them, print their break hyphen as U+00AD).
 * @default 0.5
 */
const SHORT_PIECE_SHARE = 0.5;
/** Share of the lines ending in a soft hyphen that must be short pieces. @default 0.25 */
const SHORT_PIECES_SHARE = 0.25;

export function joinSoftHyphenLines(text: string): SoftHyphenLinesJoined {
  if (!text.includes('\u00AD')) return { text, repairs: [] };
  const lines = text.split('\n');
  if (!isCutAtSoftHyphens(lines)) return { text, repairs: [] };
  const joined: string[] = [];
  const first: number[] = [];
  const last: number[] = [];
  const repairs: Repair[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const start = index;
    let content = lines[index] as string;
    let pieces = 1;
    while (ENDS_WITH_SOFT_HYPHEN.test(content) && index + 1 < lines.length && isJoinable(lines[index + 1] as string)) {
      index += 1;
      const next = lines[index] as string;
      content = content.trimEnd() + next.trimStart();
      pieces += 1;
      if (PRINTED_HYPHEN_LINE.test(next)) break;
    }
    joined.push(content);
    first.push(start + 1);
    last.push(index + 1);
    if (pieces > 1) {
      repairs.push({
        kind: 'hyphen-character-normalized',
        line: start + 1,
        before: `${pieces} lines`,
        after: visibleWords(content),
        reason: 'soft-hyphen-line-run',
        evidence: `lines ${start + 1} to ${index + 1} end in soft hyphens (U+00AD), where the extractor cut one printed line at each break opportunity not taken`,
      });
    }
  }
  if (repairs.length === 0) return { text, repairs };
  return { text: joined.join('\n'), lineNumbers: { first, last }, repairs };
}

/**
 * Whether the extractor cut printed lines at their soft hyphens: several lines ending in one are
 * far shorter than the text's long lines. A few soft hyphens at the ends of full lines are
 * ordinary line-end breaks, which the line-end hyphen rules read.
 */
function isCutAtSoftHyphens(lines: readonly string[]): boolean {
  const lengths: number[] = [];
  for (const line of lines) if (line.trim() !== '') lengths.push(line.trim().length);
  const longLine = lengthPercentile(lengths, 0.8);
  let ending = 0;
  let short = 0;
  for (const line of lines) {
    if (!ENDS_WITH_SOFT_HYPHEN.test(line)) continue;
    ending += 1;
    if (line.trim().length < longLine * SHORT_PIECE_SHARE) short += 1;
  }
  return short >= FEWEST_SOFT_HYPHEN_LINES && short >= ending * SHORT_PIECES_SHARE;
}

/** The next line can carry a printed line on: not blank, no page break. */
function isJoinable(line: string): boolean {
  return line.trim() !== '' && !line.includes('\f');
}

function visibleWords(content: string): string {
  const words = content.replace(/\u00AD/gu, '').trim();
  return words.length <= 60 ? words : `${words.slice(0, 57)}...`;
}

/** Every line number of a layout's result put back on the source's lines. */
export function remapLines<Block extends { startLine: number; endLine: number }>(
  result: { blocks: Block[]; repairs: Repair[]; warnings: Warning[] },
  lineNumbers: { first: number[]; last: number[] },
): { blocks: Block[]; repairs: Repair[]; warnings: Warning[] } {
  const firstOf = (line: number): number => lineNumbers.first[line - 1] ?? line;
  const lastOf = (line: number): number => lineNumbers.last[line - 1] ?? line;
  return {
    ...result,
    blocks: result.blocks.map((block) => ({ ...block, startLine: firstOf(block.startLine), endLine: lastOf(block.endLine) })),
    repairs: result.repairs.map((repair) => ({ ...repair, line: firstOf(repair.line) })),
    warnings: result.warnings.map((warning) => (warning.line === undefined ? warning : { ...warning, line: firstOf(warning.line) })),
  };
}

/**
 * Two line maps chained: `outer` maps a text's lines to the source's, `inner` a text made from it
 * (fewer lines again) to that text's lines; the result maps the last text's lines to the source's.
 */
export function composeLineNumbers(
  outer: { first: number[]; last: number[] } | undefined,
  inner: { first: number[]; last: number[] } | undefined,
): { first: number[]; last: number[] } | undefined {
  if (inner === undefined) return outer;
  if (outer === undefined) return inner;
  return {
    first: inner.first.map((line) => outer.first[line - 1] ?? line),
    last: inner.last.map((line) => outer.last[line - 1] ?? line),
  };
}

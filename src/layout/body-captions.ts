/**
 * Photo captions set inside the body (under a picture placed in a column), which extraction
 * leaves between two paragraphs or in the middle of one:
 * - a run of one to four lines ending with a credit (`(Photo AFP)`, `Photo : DR`) or opening
 *   with a label (`Photo :`, `Légende :`), starting where a sentence may start;
 * - a line or two that blank lines set apart on both sides, a whole sentence, where the lines
 *   around carry on the body's flow (pdftotext default sets a caption off this way; body
 *   paragraphs it does not).
 * The caption's lines are taken out of the body, so that a paragraph it cut joins again.
 */
import type { Warning } from '../types.ts';
import { endsSentence, startsLikeSentence } from './layout-block.ts';
import type { PageLine } from './page-line.ts';
import { blankLinesSeparateParagraphs } from './paragraph-ends.ts';

export interface CaptionRun {
  /** Index of the caption's first line in the body lines. */
  start: number;
  /** Index after its last line. */
  end: number;
  reason: string;
  evidence: string;
}

/** A photo credit ending a caption, or a label opening one. */
export const CREDIT = /\((?:photos?|crédits?|ph\.|dr|illustration)\b[^)]*\)\s*$|(?:^|\s)(?:photos?|crédits?)\s*:\s*[\p{Lu}][^.]*$|^(?:photos?|légende)\s*:/iu;
/** A credit's opening left at a line end, its closing on the next line (`(Photo Le Cour-` + `rier du Rhône)`). */
const CREDIT_OPENING = /\((?:photos?|crédits?|ph\.|dr|illustration)\b[^)]*$/iu;

/** A line shorter than this share of the next is no caption line before it. @default 0.7 */
const SHORTER_LINE = 0.7;
/** Most lines of a caption. @default 4 */
const CAPTION_LINES = 4;

export function findCaptions(lines: readonly PageLine[], width: number): { captions: CaptionRun[]; warnings: Warning[] } {
  const captions: CaptionRun[] = [];
  const warnings: Warning[] = [];
  const blankSeparated = blankLinesSeparateParagraphs(lines, width);
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as PageLine;
    const next = lines[index + 1];
    // Every credit or label holds a bracket or a colon: most lines are passed over on that.
    const mayBeCredit = line.content.includes('(') || line.content.includes(':') || (next !== undefined && next.content.includes(')'));
    const credit =
      mayBeCredit &&
      (CREDIT.test(line.content) ||
        (next !== undefined && CREDIT_OPENING.test(line.content) && /\)\s*$/u.test(next.content) && !next.content.slice(0, -1).includes('(')));
    if (credit) {
      const end = CREDIT.test(line.content) ? index + 1 : index + 2;
      let start = index;
      while (start > 0 && index - start < CAPTION_LINES - 1) {
        const current = lines[start] as PageLine;
        const before = lines[start - 1] as PageLine;
        if (current.blankBefore || current.pageBreakBefore) break;
        if (endsSentence(before.content) && startsLikeSentence(current.content)) break;
        if (captions.length > 0 && (captions.at(-1) as CaptionRun).end >= start) break;
        // A caption's lines run full but for its last: a much shorter line above is not one of them.
        if (before.content.length < current.content.length * SHORTER_LINE) break;
        start -= 1;
      }
      if (!startsLikeSentence((lines[start] as PageLine).content)) continue;
      captions.push({ start, end, reason: 'photo-credit', evidence: `it ends with a photo credit on line ${(lines[end - 1] as PageLine).number}` });
      index = end - 1;
      continue;
    }
    // Set apart by blank lines on both sides, in a text whose paragraphs are not.
    if (!blankSeparated && index > 0 && line.blankBefore && !line.pageBreakBefore && startsLikeSentence(line.content)) {
      for (let end = index + 1; end <= Math.min(lines.length - 1, index + 2); end += 1) {
        const after = lines[end] as PageLine;
        const last = lines[end - 1] as PageLine;
        if (!after.blankBefore) continue;
        if (!endsSentence(last.content) || !startsLikeSentence(after.content)) break;
        const before = lines[index - 1] as PageLine;
        if (!endsSentence(before.content)) break;
        captions.push({ start: index, end, reason: 'set-apart', evidence: `blank lines set it apart from the body on both sides (lines ${line.number}–${last.number})` });
        warnings.push({
          rule: 'layout/caption-guess',
          message: `Took "${lines.slice(index, end).map((caption) => caption.content).join(' ').slice(0, 80)}" for a photo caption: blank lines set it apart.`,
          line: line.number,
        });
        index = end - 1;
        break;
      }
    }
  }
  return { captions, warnings };
}

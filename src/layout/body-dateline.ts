/**
 * Where the body opens: a dateline (`CAEN —`, `SAINT-AMAND-MONTROND —`) opens the body's first
 * paragraph, so it marks where the body starts even when something was read before it (a
 * photo's caption set under the headline, glued to the dateline's paragraph or standing as
 * paragraphs of its own). Only the first few paragraphs are searched, and only at a line's start
 * after a sentence's end, where a body's first line would stand.
 */
import type { Repair } from '../types.ts';
import { DATELINE, endsSentence, startsLikeSentence } from './layout-block.ts';
import type { PageLine } from './page-line.ts';

/** Paragraphs searched for the dateline, from the body's first. @default 3 */
const DATELINE_PARAGRAPHS = 3;

export interface BodyDateline {
  /** The paragraphs, the one the dateline opens starting on its line. */
  paragraphs: PageLine[][];
  /** Index of the paragraph the dateline opens; 0, the body's first, when none does. */
  opens: number;
  repairs: Repair[];
}

/** Finds the paragraph a dateline opens among the first ones, cutting it off what came before it on the same paragraph. */
export function findBodyDateline(paragraphs: readonly PageLine[][]): BodyDateline {
  const limit = Math.min(paragraphs.length, DATELINE_PARAGRAPHS);
  for (let index = 0; index < limit; index += 1) {
    const paragraph = paragraphs[index] as PageLine[];
    for (let at = 0; at < paragraph.length; at += 1) {
      const line = paragraph[at] as PageLine;
      if (!DATELINE.test(line.content)) continue;
      if (at > 0 && !endsSentence((paragraph[at - 1] as PageLine).content)) continue;
      if (at === 0) return { paragraphs: [...paragraphs], opens: index, repairs: [] };
      const before = paragraph[at - 1] as PageLine;
      return {
        paragraphs: [...paragraphs.slice(0, index), paragraph.slice(0, at), paragraph.slice(at), ...paragraphs.slice(index + 1)],
        opens: index + 1,
        repairs: [
          {
            kind: 'paragraph-split',
            line: before.number,
            reason: 'dateline',
            evidence: `line ${line.number} opens with the dateline "${(DATELINE.exec(line.content)?.[0] ?? '').trim()}" after the sentence ending line ${before.number}: the body starts there`,
          },
        ],
      };
    }
  }
  return boxesBeforeDateline(paragraphs) ?? { paragraphs: [...paragraphs], opens: 0, repairs: [] };
}

/** Paragraphs searched past the first few when all before the dateline are short. @default 8 */
const BOXED_PARAGRAPHS = 8;
/** Most lines of a paragraph read before the dateline that is a box's entry or a caption, not running text. @default 2 */
const BOX_ENTRY_LINES = 2;

/**
 * A dateline further down than the first few paragraphs, opening a paragraph with no blank line
 * before it (the text's order, not boxes of the extraction's), every paragraph before it one or two lines: a box's heading and entries, a picture's caption, which content
 * order (`pdftotext -raw`) writes between the byline and the body they are set beside. The body
 * starts at the dateline; what stood before it goes after the body, where a page's boxes and
 * captions are read once the article's text is done.
 */
function boxesBeforeDateline(paragraphs: readonly PageLine[][]): BodyDateline | undefined {
  const limit = Math.min(paragraphs.length, BOXED_PARAGRAPHS + 1);
  for (let index = 1; index < limit; index += 1) {
    const before = paragraphs[index - 1] as PageLine[];
    if (before.length > BOX_ENTRY_LINES) return undefined;
    if (index < DATELINE_PARAGRAPHS) continue;
    const first = (paragraphs[index] as PageLine[])[0];
    if (first === undefined || !DATELINE.test(first.content)) continue;
    // A dateline opening a box of the extraction's (a blank line before it, pdfminer's boxes) is
    // boxed-body-opening.ts's to read, with the byline boxed above it.
    if (first.blankBefore || first.pageBreakBefore) return undefined;
    const boxed = paragraphs.slice(0, index);
    return {
      paragraphs: [...paragraphs.slice(index), ...boxed],
      opens: 0,
      repairs: [
        {
          kind: 'columns-reordered',
          line: first.number,
          reason: 'boxes-before-dateline',
          evidence: `line ${first.number} opens with the dateline "${(DATELINE.exec(first.content)?.[0] ?? '').trim()}" after ${index} paragraph(s) of one or two lines (lines ${((boxed[0] as PageLine[])[0] as PageLine).number}–${(before.at(-1) as PageLine).number}), a box's entries or a caption read before the body: the body starts there, and they go after it`,
        },
      ],
    };
  }
  return undefined;
}

/** Most lines of one caption read between the furniture on top and the dateline. @default 4 */
const CAPTION_LINES = 4;

/**
 * The captions a page set between its furniture on top and the body's dateline: the dateline
 * opens the body's first paragraph, and a byline closed the furniture read above it (kicker,
 * headline, standfirst, byline: the page layout asks only then), so whole sentences standing
 * between the two are no part of either (a body's paragraph an extraction wrote out of place
 * stands there too, but no byline closes the furniture over it): the
 * captions of the pictures set under the headline, which the extraction writes where they are
 * drawn (HTML printed by a browser, word processors' and presentation programs' frames). Each
 * paragraph before the one the dateline opens (`opens`, found by findBodyDateline) is read as
 * sentences cut at line ends (a line ending one, the next opening another), each of one to
 * `CAPTION_LINES` lines. A paragraph there holding anything else (a line that ends no sentence:
 * a box's heading, over entries that may each be a sentence) leaves them all to the body. Given
 * by the paragraph's index, each with its captions' lines; `skip` holds paragraphs read otherwise
 * (a byline in a box of its own).
 */
export function captionsAboveDateline(paragraphs: readonly PageLine[][], opens: number, skip: ReadonlySet<number>): Map<number, PageLine[][]> {
  const found = new Map<number, PageLine[][]>();
  const opening = paragraphs[opens]?.[0];
  if (opens === 0 || opening === undefined || !DATELINE.test(opening.content)) return found;
  for (let index = 0; index < opens; index += 1) {
    if (skip.has(index)) continue;
    const runs = sentenceRuns(paragraphs[index] as PageLine[]);
    if (runs === undefined) return new Map();
    found.set(index, runs);
  }
  return found;
}

/** The paragraph cut into whole sentences at line ends, or undefined when it is not only such sentences. */
function sentenceRuns(paragraph: readonly PageLine[]): PageLine[][] | undefined {
  const runs: PageLine[][] = [];
  let run: PageLine[] = [];
  for (const line of paragraph) {
    if (run.length === 0 && !startsLikeSentence(line.content)) return undefined;
    run.push(line);
    if (run.length > CAPTION_LINES) return undefined;
    if (!endsSentence(line.content)) continue;
    runs.push(run);
    run = [];
  }
  return run.length === 0 && runs.length > 0 ? runs : undefined;
}

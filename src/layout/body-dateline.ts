/**
 * Where the body opens: a dateline (`CAEN —`, `SAINT-AMAND-MONTROND —`) opens the body's first
 * paragraph, so it marks where the body starts even when something was read before it (a
 * photo's caption set under the headline, glued to the dateline's paragraph or standing as
 * paragraphs of its own). Only the first few paragraphs are searched, and only at a line's start
 * after a sentence's end, where a body's first line would stand.
 */
import type { Repair } from '../types.ts';
import { DATELINE, endsSentence } from './layout-block.ts';
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
  return { paragraphs: [...paragraphs], opens: 0, repairs: [] };
}

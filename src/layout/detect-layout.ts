/**
 * Tells the newspaper's print layout (column lines, line-end hyphens, column-break blank
 * lines inside paragraphs, furniture after the body) from plain well-formed text (headline
 * on top, paragraphs separated by blank lines, nothing hyphenated).
 */
import type { LayoutKind } from '../types.ts';
import { endsSentence } from './layout-block.ts';

export interface DetectedLayout {
  layout: LayoutKind;
  /** The evidence, for `--debug` and tests. */
  evidence: { lineEndHyphens: number; blocks: number; blocksEndingMidSentence: number; indentedLines: number };
}

export function detectLayout(text: string): DetectedLayout {
  const lines = text.split('\n');
  let lineEndHyphens = 0;
  let indentedLines = 0;
  let previousContent = '';
  for (const raw of lines) {
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    if (/\p{L}-$/u.test(previousContent) && /^\p{L}/u.test(trimmed)) lineEndHyphens += 1;
    if (/^\s/u.test(raw) && previousContent !== '') indentedLines += 1;
    previousContent = trimmed;
  }
  // Blocks between blank lines. In print, column breaks cut sentences: a block stops
  // mid-sentence and the next one carries on in lower case (`engage-` / blank / `ments`).
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
  let blocksEndingMidSentence = 0;
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (next !== undefined && !endsSentence(block) && /^\p{Ll}/u.test(next)) blocksEndingMidSentence += 1;
  });
  const evidence = { lineEndHyphens, blocks: blocks.length, blocksEndingMidSentence, indentedLines };
  const print =
    lineEndHyphens >= 2 ||
    blocksEndingMidSentence >= 2 ||
    (indentedLines >= 1 && (lineEndHyphens >= 1 || blocksEndingMidSentence >= 1));
  return { layout: print ? 'print' : 'plain', evidence };
}

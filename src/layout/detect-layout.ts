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
  let lineEndHyphens = 0;
  let indentedLines = 0;
  let blocks = 0;
  let blocksEndingMidSentence = 0;
  let previousContent = '';
  // Blocks between blank lines. In print, column breaks cut sentences: a block stops
  // mid-sentence and the next one carries on in lower case (`engage-` / blank / `ments`).
  let afterBlank = true;
  let previousBlockEnd = '';
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end);
    start = end + 1;
    const trimmed = raw.trim();
    if (trimmed.length === 0) {
      afterBlank = true;
      continue;
    }
    if (previousContent.endsWith('-') && isLetter(previousContent, previousContent.length - 2) && isLetter(trimmed, 0)) {
      lineEndHyphens += 1;
    }
    if (raw[0] !== trimmed[0] && previousContent !== '') indentedLines += 1;
    if (afterBlank) {
      blocks += 1;
      if (previousBlockEnd !== '' && !endsSentence(previousBlockEnd) && isLowerCase(trimmed, 0)) blocksEndingMidSentence += 1;
      afterBlank = false;
    }
    previousContent = trimmed;
    previousBlockEnd = trimmed;
  }
  const evidence = { lineEndHyphens, blocks, blocksEndingMidSentence, indentedLines };
  const print =
    lineEndHyphens >= 2 ||
    blocksEndingMidSentence >= 2 ||
    (indentedLines >= 1 && (lineEndHyphens >= 1 || blocksEndingMidSentence >= 1));
  return { layout: print ? 'print' : 'plain', evidence };
}

function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return /\p{L}/u.test(text[index] ?? '');
}

function isLowerCase(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 97 && code <= 122;
  return /\p{Ll}/u.test(text[index] ?? '');
}

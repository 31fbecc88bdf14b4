/**
 * Builds the `PageLine`s the page layout's modules read, from a short text typed in a test:
 * one line per line, a blank line sets `blankBefore` on the next, a form feed starts a page,
 * and leading spaces become the indent.
 */
import type { PageLine } from '../../src/layout/page-line.ts';

export function pageLines(text: string): PageLine[] {
  const lines: PageLine[] = [];
  let page = 0;
  let blank = false;
  let pageBreak = false;
  text.split('\n').forEach((raw, index) => {
    let content = raw;
    if (content.includes('\f')) {
      page += 1;
      pageBreak = lines.length > 0;
      content = content.replaceAll('\f', '');
    }
    if (content.trim() === '') {
      blank = lines.length > 0;
      return;
    }
    lines.push({
      number: index + 1,
      content: content.trim(),
      page,
      column: 0,
      indent: content.length - content.trimStart().length,
      blankBefore: blank,
      pageBreakBefore: pageBreak,
    });
    blank = false;
    pageBreak = false;
  });
  return lines;
}

/** The line texts, for compact assertions. */
export function contents(lines: readonly PageLine[]): string[] {
  return lines.map((line) => line.content);
}

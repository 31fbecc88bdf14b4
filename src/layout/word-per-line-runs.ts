/**
 * A printed line the extraction cut at every word space. A justified line whose spaces were
 * stretched wide (a short line of a narrow column, a long word pushed to the next line) leaves
 * gaps between its words as wide as a column's gutter, and a reader that groups words into lines
 * by their gaps (poppler's word boxes, which OCR-like texts are made from; some OCR engines too)
 * gives each word a line of its own: `de` / `Saint-Dizier-Leyrenne.` / `Le` / `centre`. Read as
 * lines, the one ending a sentence looks like a paragraph's short last line, and the paragraph is
 * cut there.
 *
 * Prose never sets two lines of one word each in a row: a paragraph's last line may hold one
 * word, but the next paragraph's first line is full. So a run of two or more lines of a single
 * word each, with nothing between them, is one printed line, and is joined back with spaces.
 * Folios, words in capitals and drop caps stand alone on their lines by design and are left
 * out (a number followed by a stop or a comma, `2021.`, is running text's, not a folio); a word
 * ending on a line-end hyphen closes the run, its end being on the next line; so
 * does a word ending a sentence before a signature of one word (a wire desk's `abd-lc/mf`), which
 * a dispatch sets on a line of its own under its last line.
 */
import type { Repair } from '../types.ts';
import { endsSentence, isSignature } from './layout-block.ts';
import type { PageLine } from './page-line.ts';

export interface JoinedRuns {
  lines: PageLine[];
  repairs: Repair[];
}

/** Fewest one-word lines in a row taken for one printed line. @default 2 */
const RUN_LENGTH = 2;

/**
 * A number with the punctuation running text sets after it (`2021.`, `15,`): a word of a
 * sentence, where a folio, set alone, carries none.
 */
const NUMBER_IN_SENTENCE = /^\d+(?:[.,]\d+)*[.,;:!?]$/u;

/**
 * A line of one word of running text: no space in it, and neither a number alone (a folio), a
 * word in capitals (a kicker or a section's label, each set on its own line), nor a capital
 * letter alone (a drop cap, whose word goes on on the next line). A number followed by a stop or
 * a comma is running text's.
 */
function isOneWord(line: PageLine): boolean {
  const text = line.content;
  return text.length > 0 && !text.includes(' ') && (/\p{Ll}/u.test(text) || NUMBER_IN_SENTENCE.test(text));
}

/** Whether `line` goes on the run `previous` is part of: one word, same page and column, nothing set between. */
function continuesRun(previous: PageLine, line: PageLine): boolean {
  return (
    isOneWord(line) &&
    !line.blankBefore &&
    !line.pageBreakBefore &&
    line.page === previous.page &&
    line.column === previous.column &&
    !/[-¬]$/u.test(previous.content) &&
    !(endsSentence(previous.content) && isSignature(line.content))
  );
}

export function joinWordPerLineRuns(input: readonly PageLine[]): JoinedRuns {
  const lines: PageLine[] = [];
  const repairs: Repair[] = [];
  for (let index = 0; index < input.length; index += 1) {
    const first = input[index] as PageLine;
    let end = index + 1;
    if (isOneWord(first)) {
      while (end < input.length && continuesRun(input[end - 1] as PageLine, input[end] as PageLine)) end += 1;
    }
    if (end - index < RUN_LENGTH) {
      lines.push(first);
      continue;
    }
    const run = input.slice(index, end);
    const content = run.map((line) => line.content).join(' ');
    lines.push({ ...first, content });
    repairs.push({
      kind: 'line-rejoined',
      line: first.number,
      before: run.map((line) => line.content).join(' | '),
      after: content,
      reason: 'one-word-lines',
      evidence: `lines ${first.number}–${(run.at(-1) as PageLine).number} hold one word each: one printed line whose wide word spaces the extraction read as line breaks`,
    });
    index = end - 1;
  }
  return { lines, repairs };
}

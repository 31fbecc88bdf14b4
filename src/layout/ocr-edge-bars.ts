/**
 * Bars read at a line's edge, read off. A scan's OCR reads the page's edge, a column rule, a
 * picture's frame or a speck in the margin beside a line as a vertical bar standing as a word of
 * its own at the line's start or end (`| part, proches du smic,`, `accompagnées |`); French prose
 * never writes `|` as a word. A bar is taken off only where the word beside it holds a letter, so
 * a line of figures (a folio `16 |`, a head's `2026 3 |`) keeps what page-furniture.ts reads, and
 * a line that is a bar alone is left to the layout. Frames a printout draws in characters were
 * read off before (drawn-frames.ts); a bar between two columns read as one line stays: it is
 * no edge. Each line changed is one repair.
 */
import type { Repair } from '../types.ts';
import type { PageLine } from './page-line.ts';

/** The bars OCR reads for a rule or an edge. */
const BARS = new Set(['|', '¦', '│']);
/** Cheap first test: a bar anywhere in the line. */
const MAYBE = /[|¦│]/u;
/** A letter: the word beside a bar must hold one for the bar to be taken off. */
const LETTER = /\p{L}/u;

export function readOffEdgeBars(lines: readonly PageLine[]): { lines: PageLine[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const result = lines.map((line): PageLine => {
    if (!MAYBE.test(line.content)) return line;
    const words = line.content.trim().split(/\s+/u);
    let first = 0;
    let last = words.length - 1;
    while (first < last && BARS.has(words[first] as string) && LETTER.test(words[first + 1] as string)) first += 1;
    while (last > first && BARS.has(words[last] as string) && LETTER.test(words[last - 1] as string)) last -= 1;
    if (first === 0 && last === words.length - 1) return line;
    const content = cutEdges(line.content, first, words.length - 1 - last);
    repairs.push({
      kind: 'drawn-frame-removed',
      line: line.number,
      before: line.content.trim(),
      after: content.trim(),
      reason: 'bar-at-line-edge',
      evidence: 'a bar standing as a word at the line\'s edge, beside a word: OCR\'s reading of a rule, a frame or the page\'s edge, no word of French prose',
    });
    return { ...line, content };
  });
  return { lines: result, repairs };
}

/** The line without its first `start` and last `end` words (bars), its other spacing kept. */
function cutEdges(content: string, start: number, end: number): string {
  let text = content;
  for (let count = 0; count < start; count += 1) text = text.replace(/^\s*\S+\s+/u, '');
  for (let count = 0; count < end; count += 1) text = text.replace(/\s+\S+\s*$/u, '');
  return text;
}

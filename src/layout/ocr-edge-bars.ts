/**
 * Bars and specks read at a line's edge, read off. A scan's OCR reads the page's edge, a column
 * rule, a picture's frame or a speck in the margin beside a line as a vertical bar standing as a
 * word of its own at the line's start or end (`| part, proches du smic,`, `accompagnées |`);
 * French prose never writes `|` as a word. A bar is taken off only where the word beside it holds
 * a letter (or, at the end, a sentence's stop), so a line of figures (a folio `16 |`, a head's
 * `2026 3 |`) keeps what page-furniture.ts reads, and a line that is a bar alone is left to the
 * layout. A colon or a semicolon standing alone at a line's start (`: vendredi et samedi`), or at
 * its end after a sentence's stop (`pole. :`), is such a speck too: French typography binds both
 * to the word before them with a no-break space, so neither opens a line nor follows a stop. Web
 * pages and word processors often set a plain space there, and a browser's printout breaks at it
 * (`strictement encadrée` / `: seuls les professionnels`): a colon opening a line under a line
 * that ends on a word (its sentence going on) is kept; every speck of the corpus's OCR stands at
 * a text's start or under a blank line. Frames a printout draws in characters were
 * read off before (drawn-frames.ts); a bar between two columns read as one line stays: it is
 * no edge. Each line changed is one repair.
 */
import type { Repair } from '../types.ts';
import type { PageLine } from './page-line.ts';

/** The bars OCR reads for a rule or an edge. */
const BARS = new Set(['|', '¦', '│']);
/** A letter: the word beside a bar must hold one for the bar to be taken off. */
const LETTER = /\p{L}/u;
/**
 * A colon or a semicolon standing as a word: French binds it to the word before with a no-break
 * space, so it never opens a line, nor follows a sentence's stop; there it is a speck OCR read.
 */
const HIGH_MARKS = new Set([':', ';']);
/** A sentence's stop, or a closing quote, ending a word: no colon or semicolon follows it. */
const STOP_AT_END = /[.!?…»]$/u;

export function readOffEdgeBars(lines: readonly PageLine[]): { lines: PageLine[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const result = lines.map((line, index): PageLine => {
    if (!maySpeck(line.content)) return line;
    const words = line.content.trim().split(/\s+/u);
    // A colon opening a line under a line whose sentence goes on (`encadrée` / `: seuls les…`):
    // a browser or a word processor broke at the plain space set before it. The specks OCR read
    // stand under a blank line or a stop.
    const marksGoOn = !line.blankBefore && !line.pageBreakBefore && continuesSentence(lines[index - 1]);
    let first = 0;
    let last = words.length - 1;
    while (first < last && (BARS.has(words[first] as string) || (HIGH_MARKS.has(words[first] as string) && !marksGoOn)) && (LETTER.test(words[first + 1] as string) || BARS.has(words[first + 1] as string))) first += 1;
    while (last > first && isSpeckAtEnd(words[last] as string, words[last - 1] as string)) last -= 1;
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

/** A line whose text ends on a word's letter or figure: its sentence goes on on the next line. */
function continuesSentence(line: PageLine | undefined): boolean {
  return line !== undefined && /[\p{L}\p{N}]$/u.test(line.content.trimEnd());
}

/**
 * Cheap first test, with no regular expression (it runs on every line): a bar anywhere, or a
 * colon or semicolon at the line's start or end.
 */
function maySpeck(content: string): boolean {
  if (content.includes('|') || content.includes('¦') || content.includes('│')) return true;
  if (!content.includes(':') && !content.includes(';')) return false;
  const trimmed = content.trim();
  const first = trimmed.charAt(0);
  const last = trimmed.charAt(trimmed.length - 1);
  return first === ':' || first === ';' || last === ':' || last === ';';
}

/** A bar beside a word with a letter, or a colon or semicolon after a sentence's stop, ending a line. */
function isSpeckAtEnd(word: string, before: string): boolean {
  if (BARS.has(word)) return LETTER.test(before) || STOP_AT_END.test(before);
  return HIGH_MARKS.has(word) && (STOP_AT_END.test(before) || BARS.has(before));
}

/** The line without its first `start` and last `end` words (bars), its other spacing kept. */
function cutEdges(content: string, start: number, end: number): string {
  let text = content;
  for (let count = 0; count < start; count += 1) text = text.replace(/^\s*\S+\s+/u, '');
  for (let count = 0; count < end; count += 1) text = text.replace(/\s+\S+\s*$/u, '');
  return text;
}

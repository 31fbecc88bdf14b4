/**
 * Where the printed lines of a glued line broke. pdftotext's default mode takes a line-end
 * hyphen out and sets the two printed lines on one (`Pays de la Loire, selon un document interne
 * consulté par l’AFP.` for `… selon un docu-` / `ment interne consulté par l’AFP.`). Whether
 * that line ended its paragraph is read on its last printed line, and the printed line before it
 * did not end at the column's measure but inside a word, at a syllable: a justified line ends
 * short of the measure by the rest of that syllable and more, its spaces stretched to fill it.
 * Taking the measure for the first line's end (paragraph-ends' printedLastWidth) leaves the last
 * line a syllable or two too short, and a line running on looks like a paragraph's last.
 *
 * The line is set again as a typesetter fills a column: each printed line runs to the last
 * place it may be cut (a syllable of the word the measure falls in, or of the word before it
 * when none of its syllables fits; a compound's own hyphen) whose letters and hyphen fit in the
 * measure. That is the longest the first lines can have been, so the last line comes out the
 * shortest it can have been: a line this finds full was full however the typesetter broke it.
 * Where no such place is found (the measure falls in figures, a name in capitals, or a word
 * too short to cut), nothing is said and the caller keeps its estimate.
 */
import { syllableBreaks } from './first-syllable.ts';
import { printedWidth } from './printed-width.ts';

export interface GluedLineWidths {
  /** How much wider than the measure a full line may print (its spaces shrunk). */
  fullLine: number;
  /** A line printing this much wider than the measure holds printed lines glued. */
  glued: number;
}

/** Letters a cut may fall between: a word's letters, its elision and its closing punctuation aside. */
const LETTER = /\p{L}/u;

/**
 * The printed width (thousandths of an em) of the last printed line of `text`, a line printing
 * wider than `measure` by `widths.glued` or more, or undefined when the places its printed lines
 * broke cannot be found.
 */
export function lastPrintedLineWidth(text: string, measure: number, widths: GluedLineWidths): number | undefined {
  if (measure <= 0) return undefined;
  const hyphen = printedWidth('-');
  const limit = measure * widths.fullLine - hyphen;
  let start = 0;
  let rest = printedWidth(text);
  while (rest > measure * widths.glued) {
    // The first character, from `start`, that no longer fits on the printed line with a hyphen.
    let at = start;
    let width = 0;
    while (at < text.length) {
      const next = printedWidth(text[at] as string);
      if (width + next > limit) break;
      width += next;
      at += 1;
    }
    const cut = lastCut(text, start, at);
    if (cut === undefined) return undefined;
    rest -= printedWidth(text.slice(start, cut));
    start = cut;
  }
  return rest;
}

/**
 * The last place in `text`, after `start` and at or before `end`, where a line-end hyphen may
 * cut a word: in the word `end` falls in (or ends), else in the word before it.
 */
function lastCut(text: string, start: number, end: number): number | undefined {
  let wordEnd = end;
  while (wordEnd < text.length && text[wordEnd] !== ' ') wordEnd += 1;
  for (let word = 0; word < 2; word += 1) {
    let wordStart = Math.min(wordEnd, end);
    while (wordStart > start && text[wordStart - 1] !== ' ') wordStart -= 1;
    if (wordStart <= start) return undefined;
    let best: number | undefined;
    for (const cut of wordCuts(text.slice(wordStart, wordEnd))) {
      if (wordStart + cut <= end) best = wordStart + cut;
    }
    if (best !== undefined) return best;
    wordEnd = wordStart - 1;
    if (wordEnd <= start) return undefined;
  }
  return undefined;
}

/** Places a line-end hyphen may cut `token` (a word as printed): after a compound's hyphen, and between its letters' syllables. */
function wordCuts(token: string): number[] {
  let first = 0;
  while (first < token.length && !LETTER.test(token[first] as string)) first += 1;
  // An elided article or pronoun stays with the word it is elided onto: the letters after it.
  const elision = Math.max(token.indexOf('’', first), token.indexOf("'", first));
  if (elision > first && elision <= first + 6) first = elision + 1;
  const cuts: number[] = [];
  let part = first;
  for (let at = first; at <= token.length; at += 1) {
    const character = token[at];
    if (at < token.length && character !== undefined && LETTER.test(character)) continue;
    // A run of letters from `part` to `at`: its syllables.
    if (at - part > 0) for (const cut of syllableBreaks(token.slice(part, at))) cuts.push(part + cut);
    if (character === '-' && at > part && at + 1 < token.length) cuts.push(at + 1);
    part = at + 1;
  }
  return cuts;
}

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
 *
 * Two printed lines cut so may follow each other (a browser's printout draws every word apart: a
 * paragraph's last line, then the next one's first, stretched): a run far longer than the
 * column's other lines holds two, and is cut after a sentence it ends where the first part fills
 * a line (nearest the column's width): a shorter first part may be a line that went on past the
 * sentence's end, and is left joined; so is a run whose part after that sentence would still have
 * held the next line's first word (no paragraph's first line, stretched: the sentence ended
 * inside a printed line).
 *
 * A justified line is stretched because the next word did not fit on it: a run that, joined, would
 * still have held the next line's first word was not one stretched line. When it ends on no
 * sentence's end before a line opening like a sentence, and holds a sentence's end followed by a
 * capital, it is a paragraph's last line (of one word) and a heading of one or a few words under
 * it (`d’agglomération.` / `Mercredi` / `15 h : atelier…`, an agenda's day): text without blank
 * lines (OCR) sets them on lines in a row. It is cut after that sentence's end.
 */
import type { Repair } from '../types.ts';
import { endsSentence, isSignature, startsLikeSentence } from './layout-block.ts';
import type { PageLine } from './page-line.ts';
import { estimateColumnWidth, firstWordLength, FIT_SHARE } from './paragraph-ends.ts';

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
 * A guillemet alone: French binds it to the word it opens or closes by a no-break space, which a
 * stretched line widens like any other (`«` / `On` / `nous`, a quotation opening a justified line),
 * so it stands alone on a line only where the extraction cut that line at every space.
 */
const LONE_GUILLEMET = /^[«»]$/u;

/**
 * A line of one word of running text: no space in it, and neither a number alone (a folio), a
 * word in capitals (a kicker or a section's label, each set on its own line), nor a capital
 * letter alone (a drop cap, whose word goes on on the next line). A number followed by a stop or
 * a comma is running text's; so is a guillemet alone.
 */
function isOneWord(line: PageLine): boolean {
  const text = line.content;
  return text.length > 0 && !text.includes(' ') && (/\p{Ll}/u.test(text) || NUMBER_IN_SENTENCE.test(text) || LONE_GUILLEMET.test(text));
}

/** A number alone on its line (`10`, `000`): a folio's form, unless a run of words holds it. */
const LONE_NUMBER = /^\d+$/u;

/**
 * Whether `line` goes on the run `previous` is part of: one word, same page and column, nothing
 * set between. A number alone goes on it too where the sentence goes on after it (`next`, one
 * word more or a line opening in lower case: `pour` / `10` / `000` / `habitants, contre…`, a
 * figure's groups a stretched line set apart): a folio stands at a page's edge, with no sentence
 * running through it.
 */
function continuesRun(previous: PageLine, line: PageLine, next: PageLine | undefined): boolean {
  const sentenceGoesOn = next !== undefined && !next.blankBefore && !next.pageBreakBefore && next.page === line.page && next.column === line.column && (isOneWord(next) || LONE_NUMBER.test(next.content) || /^\p{Ll}/u.test(next.content));
  return (
    (isOneWord(line) || (LONE_NUMBER.test(line.content) && sentenceGoesOn)) &&
    !line.blankBefore &&
    !line.pageBreakBefore &&
    line.page === previous.page &&
    line.column === previous.column &&
    !/[-¬]$/u.test(previous.content) &&
    !(endsSentence(previous.content) && isSignature(line.content))
  );
}

/** How many times the column's width a run must be to hold two printed lines. @default 1.5 */
const TWO_LINES = 1.5;
/** Shortest first part of a cut run, in column widths. @default 0.85 */
const FULL_FIRST_PART = 0.85;

/**
 * Where a run of `words` holding two printed lines of about `width` characters is cut: after a
 * sentence's end, the first part nearest the width. The second part, when its sentence goes on
 * on `next`, is a paragraph's first line stretched because `next`'s first word did not fit on
 * it: a part that would still have held that word is no such line, the sentence having ended
 * inside a printed line (`d’étudiants attendent sous` / `l’abribus. Aucun bus ne`, both
 * stretched, then `viendra : la ligne…`), and is no cut.
 */
function twoLinesCut(words: readonly string[], width: number, next: PageLine | undefined): number | undefined {
  let best: number | undefined;
  let bestGap = Infinity;
  let length = -1;
  const total = words.reduce((sum, word) => sum + word.length + 1, -1);
  // Only where `next` goes on in small letters, the sentence running from the second part into
  // it: one opening with a capital may follow a heading (an intertitle, a caption's last words).
  const nextWord = next === undefined || next.blankBefore || next.pageBreakBefore || !/^\p{Ll}/u.test(next.content) ? 0 : firstWordLength(next.content);
  for (let index = 0; index < words.length - 1; index += 1) {
    length += (words[index] as string).length + 1;
    // The first part a full line: one cut shorter would read as a paragraph's short last line,
    // where the printed line may have gone on past the sentence's end.
    if (length < width * FULL_FIRST_PART || !endsSentence(words[index] as string) || !startsLikeSentence(words[index + 1] as string)) continue;
    // The second part (`total - length - 1` characters), a space and the next line's first word.
    if (nextWord > 0 && total - length + nextWord <= width * FIT_SHARE) continue;
    const gap = Math.abs(length - width);
    if (gap < bestGap) {
      best = index + 1;
      bestGap = gap;
    }
  }
  return best;
}

/**
 * Where a run of `words` that stops short of the column (`next`, the line after it, would have
 * lent it its first word) and ends no sentence is cut: after its last sentence's end before a
 * word opening like a sentence, the words after it being a heading over `next` (the module's
 * comment). Undefined when the run ends a sentence (a paragraph's last line may hold several),
 * runs on into `next` (opening on a small letter), or fills the line.
 */
function headingCut(words: readonly string[], next: PageLine | undefined, width: number): number | undefined {
  if (next === undefined || width <= 0 || endsSentence(words.at(-1) as string) || !startsLikeSentence(next.content)) return undefined;
  // Characters, not printed widths: the run is printed stretched, and a run longer than the
  // column is no line that stopped short.
  if (words.join(' ').length + 1 + firstWordLength(next.content) > width * FIT_SHARE) return undefined;
  for (let index = words.length - 2; index >= 0; index -= 1) {
    if (endsSentence(words[index] as string) && startsLikeSentence(words[index + 1] as string)) return index + 1;
  }
  return undefined;
}

export function joinWordPerLineRuns(input: readonly PageLine[]): JoinedRuns {
  const lines: PageLine[] = [];
  const repairs: Repair[] = [];
  let width: number | undefined;
  for (let index = 0; index < input.length; index += 1) {
    const first = input[index] as PageLine;
    let end = index + 1;
    if (isOneWord(first)) {
      while (end < input.length && continuesRun(input[end - 1] as PageLine, input[end] as PageLine, input[end + 1])) end += 1;
    }
    if (end - index < RUN_LENGTH) {
      lines.push(first);
      continue;
    }
    const run = input.slice(index, end);
    const length = run.reduce((sum, line) => sum + line.content.length + 1, -1);
    // The column's width, from the lines holding more than one word, read once and only when a run is met.
    width ??= estimateColumnWidth(input.filter((line) => line.content.includes(' ')));
    const words = run.map((line) => line.content);
    const cut = width > 0 && length > width * TWO_LINES ? twoLinesCut(words, width, input[end]) : headingCut(words, input[end], width);
    for (const part of cut === undefined ? [run] : [run.slice(0, cut), run.slice(cut)]) {
      const content = part.map((line) => line.content).join(' ');
      const head = part[0] as PageLine;
      if (part.length === 1) {
        lines.push(head);
        continue;
      }
      lines.push({ ...head, content, stretched: true });
      repairs.push({
        kind: 'line-rejoined',
        line: head.number,
        before: part.map((line) => line.content).join(' | '),
        after: content,
        reason: 'one-word-lines',
        evidence:
          `lines ${head.number}–${(part.at(-1) as PageLine).number} hold one word each: one printed line whose wide word spaces the extraction read as line breaks` +
          (cut === undefined
            ? ''
            : length > width * TWO_LINES
              ? `; the run of lines ${first.number}–${(run.at(-1) as PageLine).number} is longer than one and a half of the column's lines (about ${width} characters), so it holds two printed lines, cut after the sentence it ends`
              : `; the run of lines ${first.number}–${(run.at(-1) as PageLine).number} would have held the next line's first word (a column of about ${width} characters), so it was no stretched line: a paragraph's last line and a heading, cut after the sentence it ends`),
      });
    }
    index = end - 1;
  }
  return { lines, repairs };
}

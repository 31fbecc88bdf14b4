/**
 * Boxes drawn in characters, as a plain-text printout sets a picture's place or a box of key
 * figures (a2ps, a wire desk's copy): a rule of `+` and dashes opens and closes the box, and its
 * lines run between `|` borders.
 *
 * ```
 * +------------------------------+
 * | Les consignes                |
 * | Ne pas descendre dans les    |
 * | sous-sols.                   |
 * +------------------------------+
 * ```
 *
 * The borders are no words of the article: the rules are taken out, and so are the `|` at a boxed
 * line's ends (a line holding only borders goes). What the box decides is where blocks start:
 * - the first line inside a box and the first line after it open a block (`drawnBreakBefore`,
 *   and `blankBefore` for the rules reading blank lines), as the box's rules part them from the
 *   text around it; a box left empty (a picture's place) leaves only that break;
 * - a box of entries (key figures, a list of rules: most of its lines after the first end a
 *   sentence) gives each entry its paragraph: a line ending a sentence there, before a line
 *   opening one, ends it, however full it ran, and a first line with no stop over a line opening
 *   a sentence is the box's title (`drawnBreakBefore`, read by paragraph-ends).
 * A box's lines are found between two rules no more than `BOX_LINES` apart; lines between them
 * that open on no border (a running header where the box crosses a page) are left as they are.
 */
import type { Repair } from '../types.ts';
import { endsSentence, endsWithTitle, startsLikeSentence } from './layout-block.ts';
import type { PageLine } from './page-line.ts';

/** A box's rule: `+` and at least six dashes (any of the dash characters, `=` or `_`) and `+`. */
const RULE = /^\+[-‐‑–—−=_]{6,}\+$/u;
/** A boxed line's borders: `|` opening it, maybe one closing it after the padding. */
const LEFT_BORDER = /^\|\s?/u;
const RIGHT_BORDER = /\s*\|$/u;
/** Most lines from a box's opening rule to its closing one. @default 60 */
const BOX_LINES = 60;
/** Share of a box's lines after its first that end a sentence for the box to hold entries. @default 0.5 */
const ENTRY_SHARE = 0.5;
/** A line ending on what never closes a title: a comma, a colon or semicolon, a hyphen. */
const RUNS_ON = /[,;:\-‐]$/u;

/** `|` or `+` open the line: no box can be on the page otherwise (the cheap test first). */
function mayBeBorder(content: string): boolean {
  const first = content.charCodeAt(0);
  return first === 0x7c || first === 0x2b;
}

export function removeDrawnBoxes(lines: readonly PageLine[]): { lines: PageLine[]; repairs: Repair[] } {
  if (!lines.some((line) => line.content.charCodeAt(0) === 0x2b && RULE.test(line.content))) return { lines: [...lines], repairs: [] };
  const repairs: Repair[] = [];
  const result: PageLine[] = [];
  // A break owed to the next line kept: a rule or a border-only line was taken out before it.
  let breakOwed = false;
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] as PageLine;
    if (!mayBeBorder(line.content) || !RULE.test(line.content)) {
      result.push(breakOwed ? { ...line, blankBefore: true, drawnBreakBefore: 'edge' } : line);
      breakOwed = false;
      index += 1;
      continue;
    }
    const close = closingRule(lines, index);
    repairs.push({ kind: 'box-border-removed', line: line.number, before: line.content, reason: 'drawn-box-rule', evidence: close === undefined ? 'a rule drawn in characters parts the text' : `a box drawn in characters runs from line ${line.number} to line ${(lines[close] as PageLine).number}` });
    breakOwed = true;
    if (close === undefined) {
      index += 1;
      continue;
    }
    const inside = boxedLines(lines.slice(index + 1, close), repairs);
    markEntries(inside.filter((entry) => entry.boxed));
    let first = true;
    for (const entry of inside) {
      const opens = entry.boxed && first;
      if (entry.boxed) first = false;
      result.push(breakOwed || opens ? { ...entry.line, blankBefore: true, drawnBreakBefore: entry.line.drawnBreakBefore ?? 'edge' } : entry.line);
      breakOwed = false;
    }
    repairs.push({ kind: 'box-border-removed', line: (lines[close] as PageLine).number, before: (lines[close] as PageLine).content, reason: 'drawn-box-rule', evidence: `the rule closing the box opened at line ${line.number}` });
    breakOwed = true;
    index = close + 1;
  }
  return { lines: result, repairs };
}

/** The index of the rule closing the box opened at `open`, within `BOX_LINES` lines, if any. */
function closingRule(lines: readonly PageLine[], open: number): number | undefined {
  for (let at = open + 1; at < lines.length && at <= open + BOX_LINES; at += 1) {
    const content = (lines[at] as PageLine).content;
    if (mayBeBorder(content) && RULE.test(content)) return at;
  }
  return undefined;
}

interface InsideLine {
  line: PageLine;
  /** The line ran between the box's borders (rather than crossing it: a running header). */
  boxed: boolean;
}

/** The lines between a box's rules, their borders taken out; lines holding only borders dropped. */
function boxedLines(inside: readonly PageLine[], repairs: Repair[]): InsideLine[] {
  const kept: InsideLine[] = [];
  for (const line of inside) {
    if (line.content.charCodeAt(0) !== 0x7c) {
      kept.push({ line, boxed: false });
      continue;
    }
    const content = line.content.replace(LEFT_BORDER, '').replace(RIGHT_BORDER, '').trim();
    repairs.push({ kind: 'box-border-removed', line: line.number, before: line.content, ...(content === '' ? {} : { after: content }), reason: 'drawn-box-border', evidence: 'a line drawn between the borders of a box in characters' });
    if (content === '' || content === '|') continue;
    // The indent counted from the border is the box's padding, no paragraph's first-line indent.
    kept.push({ line: { ...line, content, indent: 0, blankBefore: false }, boxed: true });
  }
  return kept;
}

/**
 * A box of entries: most of its lines after the first end a sentence. Each line opening a
 * sentence after one ending a sentence opens an entry, and the line after a first line with no
 * stop (the box's title).
 */
function markEntries(boxed: InsideLine[]): void {
  if (boxed.length < 2) return;
  let ending = 0;
  for (let at = 1; at < boxed.length; at += 1) if (endsSentence((boxed[at] as InsideLine).line.content)) ending += 1;
  if (ending < (boxed.length - 1) * ENTRY_SHARE) return;
  for (let at = 1; at < boxed.length; at += 1) {
    const previous = (boxed[at - 1] as InsideLine).line;
    const entry = boxed[at] as InsideLine;
    if (!startsLikeSentence(entry.line.content)) continue;
    const entryEnds = endsSentence(previous.content) && !endsWithTitle(previous.content);
    const titleEnds = at === 1 && !endsSentence(previous.content) && !RUNS_ON.test(previous.content);
    if (entryEnds || titleEnds) entry.line = { ...entry.line, drawnBreakBefore: 'entry' };
  }
}

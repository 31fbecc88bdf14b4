/**
 * Numbered items: a list whose items each open on their number (`1. Émincez l’oignon…`,
 * `2. Ajoutez…`, `3) Mixez…`), as a recipe's steps, a procedure or a list of proposals are set.
 * Each item is a paragraph of its own, but an item's last line may run full, so that nothing in
 * its length shows the item ended. The numbers do: a line opening on the number that follows
 * the last item's (`3.` after `2.`), right after a line ending a sentence, opens the next item.
 *
 * A single line opening on `2.` proves nothing (a date, a score, a sentence cut after a
 * figure); the numbers counting up from one item to the next, each at a line's start after a
 * sentence's end, do: running text does not open successive lines on 1, 2, 3.
 */
import { endsSentence } from './layout-block.ts';
import type { PageLine } from './page-line.ts';

/** A list item's number at a line's start: one or two figures, a stop or a bracket, a space, then a capital or an opening quote. */
const ITEM_NUMBER = /^(\d{1,2})[.)][ \u00a0](?=[«“"\p{Lu}])/u;

/** Most lines between one item's opening and the next's: longer is not one list. @default 12 */
const ITEM_LINES = 12;

/** The item number opening `text`, or undefined. */
export function itemNumber(text: string): number | undefined {
  const match = ITEM_NUMBER.exec(text);
  return match === null ? undefined : Number(match[1]);
}

/**
 * Indexes of the lines that open an item of a numbered list: each opens on the number after
 * the one before it (`2.` then `3.`, within `ITEM_LINES` lines), right after a line ending a
 * sentence. The list's first item is returned too when its line follows a sentence's end.
 */
export function numberedItemStarts(lines: readonly PageLine[]): Set<number> {
  const starts = new Set<number>();
  let previousIndex = -1;
  let previousNumber = 0;
  lines.forEach((line, index) => {
    const number = itemNumber(line.content);
    if (number === undefined) return;
    const before = lines[index - 1];
    const afterSentence = before === undefined || endsSentence(before.content);
    if (afterSentence && previousIndex >= 0 && number === previousNumber + 1 && index - previousIndex <= ITEM_LINES) {
      starts.add(index);
      const first = lines[previousIndex - 1];
      if (first === undefined || endsSentence(first.content)) starts.add(previousIndex);
    }
    if (afterSentence) {
      previousIndex = index;
      previousNumber = number;
    }
  });
  return starts;
}

/**
 * Lists set as paragraphs, one item each, whose ends the lines' lengths need not show.
 *
 * Numbered items: a list whose items each open on their number (`1. Émincez l’oignon…`,
 * `2. Ajoutez…`, `3) Mixez…`), as a recipe's steps, a procedure or a list of proposals are set.
 * Each item is a paragraph of its own, but an item's last line may run full, so that nothing in
 * its length shows the item ended. The numbers do: a line opening on the number that follows
 * the last item's (`3.` after `2.`), right after a line ending a sentence, opens the next item.
 *
 * A single line opening on `2.` proves nothing (a date, a score, a sentence cut after a
 * figure); the numbers counting up from one item to the next, each at a line's start after a
 * sentence's end, do: running text does not open successive lines on 1, 2, 3.
 *
 * French introduces an enumeration with a colon (`Le préfet rappelle les consignes :` / `1. Ne
 * pas…`): the list's first item, numbered 1, may follow a line ending on a colon instead of a
 * sentence's end, once the next item counts up after it as above. A figure after a colon that is
 * no item's number (`… n’a pas bougé :` / `3,70 euros.`, `Entrée :` / `9 euros`) opens on no
 * stop and capital, and no `2.` counts up after it.
 */
import { endsSentence, endsWithTitle } from './layout-block.ts';
import type { PageLine } from './page-line.ts';

let numberOpeningItemPattern: RegExp | undefined;
/** A list item's number at a line's start: one or two figures, a stop or a bracket, a space, then a capital or an opening quote. */
function numberOpeningItem(): RegExp {
  return (numberOpeningItemPattern ??= /^(\d{1,2})[.)][ \u00a0](?=[«“"\p{Lu}])/u);
}

/** Most lines between one item's opening and the next's: longer is not one list. @default 12 */
const ITEM_LINES = 12;

/** The item number opening `text`, or undefined. */
export function itemNumber(text: string): number | undefined {
  // Most lines open on no figure: let go on their first character before the pattern.
  if (!opensOnFigure(text)) return undefined;
  const match = numberOpeningItem().exec(text);
  return match === null ? undefined : Number(match[1]);
}

/**
 * Indexes of the lines that open an item of a numbered list: each opens on the number after
 * the one before it (`2.` then `3.`, within `ITEM_LINES` lines), right after a line ending a
 * sentence. The list's first item is returned too when its line follows a sentence's end, or,
 * numbered 1, a colon introducing the list (introducesList).
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
      if (first === undefined || endsSentence(first.content) || (previousNumber === 1 && introducesList(first.content))) starts.add(previousIndex);
    }
    if (afterSentence || (number === 1 && before !== undefined && introducesList(before.content))) {
      previousIndex = index;
      previousNumber = number;
    }
  });
  return starts;
}

/**
 * The line ends on a colon, as French introduces an enumeration (`… les consignes suivantes :`);
 * read on the last character's code, `:` (58), spaces after it aside.
 */
export function introducesList(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && text.charCodeAt(end) === 32) end -= 1;
  return end > 0 && text.charCodeAt(end) === 58;
}

/**
 * A line opening on a figure (`/^\d/u`: an ASCII digit), as a list of quantities' items do (`800 g
 * de châtaignes…`, `1,5 litre de…`); read on the first character's code, as it runs on every line.
 */
function opensOnFigure(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}
/** Fewest items opening on a figure, each after a sentence's end, for a list of quantities. @default 3 */
const FIGURE_ITEMS = 3;

/**
 * The line at `index` opens a list of quantities (a recipe's ingredients, a results list): it
 * opens on a figure, and so do at least two more lines within the next `ITEM_LINES`, each right
 * after a line ending a sentence. French typography spells out a number opening a sentence, so a
 * figure at a line's start in running text continues the line before (`…avec` / `38 secondes
 * d’avance`); figures opening line after line, each after a sentence's end, are items.
 */
export function opensFigureList(lines: readonly PageLine[], index: number): boolean {
  return opensItems(lines, index, opensOnFigure, (previous, text) => opensOnFigure(text) && endsSentence(previous), FIGURE_ITEMS);
}

/**
 * The line at `index` opens items (`opens`), and so do at least `fewest - 1` more lines within the
 * next `ITEM_LINES`, each as `follows` says after the line before it.
 */
function opensItems(
  lines: readonly PageLine[],
  index: number,
  opens: (text: string) => boolean,
  follows: (previous: string, text: string) => boolean,
  fewest: number,
): boolean {
  const first = lines[index];
  if (first === undefined || !opens(first.content)) return false;
  let items = 1;
  for (let at = index + 1; at < lines.length && at <= index + ITEM_LINES && items < fewest; at += 1) {
    if (follows((lines[at - 1] as PageLine).content, (lines[at] as PageLine).content)) items += 1;
  }
  return items >= fewest;
}

let entryLabelPattern: RegExp | undefined;
/**
 * An entry's label at a line's start (`Coût : 148 millions…`, `Meilleure joueuse : Anna…`,
 * `Bellême, 9 h – 18 h : marché…`): a few words opening on a capital or a figure, no sentence's
 * stop or quotation among them, then a colon (French sets a space before it, OCR may drop it).
 */
function entryLabel(): RegExp {
  return (entryLabelPattern ??= /^[\p{Lu}\d][^.!?«»“”"…:;]{0,39}?\s?:\s/u);
}
/** Most words in an entry's label: longer is a sentence's clause before a colon. @default 8 */
const LABEL_WORDS = 8;

/**
 * The line opens on an entry's label. Key figures (`Longueur : 7,4 km`), an agenda
 * (`Mortagne-au-Perche, 14 h 30 : visite…`), prizes and results, briefs under a place name are
 * set as entries, a paragraph each opening on its label and a colon; an entry's last line may
 * run full, so that only the next entry's label shows where it ended.
 */
export function opensOnLabel(text: string): boolean {
  // No colon, no label: most lines are let go on that before the pattern's lazy search.
  if (!text.includes(':')) return false;
  const match = entryLabel().exec(text);
  if (match === null) return false;
  return match[0].trim().split(/\s+/u).length - 1 <= LABEL_WORDS;
}

/** Fewest entries opening on a label, each after a sentence's end, for a list of them. @default 3 */
const LABELLED_ITEMS = 3;

/**
 * The line at `index` opens a list of labelled entries (key figures, prices: `Potimarron : 2,80 €
 * le kilo.`): it opens on a label, and so do at least two more lines within the next
 * `ITEM_LINES`, each right after a line ending a sentence (opensEntryAfter).
 */
export function opensLabelledList(lines: readonly PageLine[], index: number): boolean {
  return opensItems(lines, index, opensOnLabel, opensEntryAfter, LABELLED_ITEMS);
}

/**
 * `text` opens an entry after the line `previous`: on a label (opensOnLabel) right after a line
 * ending a sentence (not on a title, `selon M.`, whose name is still to come). The first line of
 * a run (no `previous`) opens one on its label alone.
 */
export function opensEntryAfter(previous: string | undefined, text: string): boolean {
  return opensOnLabel(text) && (previous === undefined || (endsSentence(previous) && !endsWithTitle(previous)));
}

/**
 * A page's head as OCR reads it where no page edge shows it, and the evidence that still tells
 * it from the article's lines (page-furniture.ts calls these after its own rules, on the lines
 * they left):
 * - the head read whole, folio included, between two lines of the body: a text that lost its
 *   page breaks (OCR as a library serves it) keeps each page's head or foot where the page
 *   turned (`Le Courrier du Haut-Doubs Notre territoire vendredi 5 juin 2026 28`, `Page 20 Le
 *   Journal du Vivarais Locale samedi 10 octobre 2026`). Such a line names a paper and a full
 *   date (running-header.ts's `dated` form, or a head set in cells, celled-page-head.ts), which a
 *   line of prose may do by chance; with a page number opening or closing it too, it is the
 *   page's head: prose never closes a date on a bare number nor opens a name on `Page 20`.
 * - the head's cells read apart: Tesseract reads a head printed left and right as two blocks,
 *   the paper's name with its section's label on the page's first line (`La Gazette du Val de
 *   Loire — Culture`, `Le Courrier du Jura - Sports`) or the name with the separator its other
 *   cell stood after (`Le Courrier du Haut-Pays :`), and the date alone on a line of its own,
 *   wherever its block order set it on the page (under the byline, between two paragraphs).
 *   Both come out: the name opening the page and a date alone on the same page, no sentence
 *   being a weekday, a day, a month and a year alone.
 * - the head repeated where the page turned, in a text with no page break to show it, read a
 *   cell a line (`Le Courrier de l’Aube` / `Faits du jour` / the date): lines repeating the
 *   pieces of a head taken out at the text's edge (or beside a folio), the same but for digits
 *   and a folio at an end, two in a row or one beside a piece already out. An article does not
 *   repeat its lines; a pull quote that does is a sentence, and a head's piece ends none.
 * - the head (or foot) read whole at every page, in a text with no page break to show it, where no
 *   rule knows it from its words alone (a paper's name of one word, `Ouest-Bocage · Culture ·
 *   vendredi 27 novembre 2026`; a folio set as `29/`): a line holding a full date and a
 *   capitalised word beside it, ending no sentence, printed twice or more, the same to the
 *   letter but for a folio at an end. An article does not print one dated line twice; an
 *   agenda's days differ by their dates, which are compared.
 */
import { fullDateIn, isCelledPageHead } from './celled-page-head.ts';
import { endsSentence } from './layout-block.ts';
import type { PageLine } from './page-line.ts';
import { readRunningHeader, splitSectionLabel } from './running-header.ts';

export type Removals = Map<number, { reason: string; evidence: string }>;

/**
 * A page number closing or opening a line, maybe as `Page 20` or `p. 31`, maybe in the dashes,
 * brackets or bar a page sets it in (`— 23 —`, `- 3 -`, `[12]`, `1 |`, `19|`): `… 2026 28`,
 * `… Culture Page 18`, `… 2027 — 23 —`, `Page 20 Le …`.
 */
const FOLIO_CLOSING = /\s(?:[-–—•·[(|]\s*)?(?:(?:page|p\.)\s*)?\d{1,3}(?:\s*[-–—•·\])|])?$/iu;
let folioOpeningPattern: RegExp | undefined;
function folioOpening(): RegExp {
  return (folioOpeningPattern ??= /^(?:[-–—•·[(|]\s*)?(?:(?:page|p\.)\s*)?\d{1,3}(?:\s*[-–—•·\])|])?\s+\p{L}/iu);
}
/** A separator left dangling at a line's end where the head's next cell was cut away (`Le Courrier du Haut-Pays :`). */
const DANGLING_SEPARATOR = /\s+[:+·|—–-]+$/u;

/**
 * The page's head read whole with its folio, anywhere in the text (see the module's comment).
 * `remove` holds what page-furniture.ts took already; the heads found are added to it.
 */
export function removeHeadsWithTheirFolio(lines: readonly PageLine[], remove: Removals): void {
  lines.forEach((line, index) => {
    const text = line.content;
    if (remove.has(index) || text.length < 20 || !/\d{4}/u.test(text)) return;
    if (!FOLIO_CLOSING.test(text) && !folioOpening().test(text)) return;
    if (readRunningHeader(text)?.kind !== 'dated' && !isCelledPageHead(text)) return;
    remove.set(index, { reason: 'running-header', evidence: `"${text}" prints a paper's name, a date and a page number on one line, as a page's head does` });
  });
}

/**
 * The head's cells read apart on one page (see the module's comment): the page's first line
 * left (`first`, past what was taken out) a paper's name beside a section's label or before a
 * dangling separator, `isDateAlone` telling a date alone on its line (maybe with its folio),
 * `isName` the caller's test of a paper's name at a page's edge.
 */
export function removeHeadCellsReadApart(
  lines: readonly PageLine[],
  pageStarts: readonly number[],
  remove: Removals,
  isDateAlone: (text: string) => boolean,
  isName: (text: string) => boolean,
): void {
  pageStarts.forEach((start, pageIndex) => {
    const end = pageStarts[pageIndex + 1] ?? lines.length;
    let first = start;
    while (first < end && remove.has(first)) first += 1;
    const head = lines[first];
    if (head === undefined || first >= end) return;
    const name = headName(head.content, isName);
    if (name === undefined) return;
    const dates: number[] = [];
    for (let index = first + 1; index < end; index += 1) {
      if (!remove.has(index) && /\d{4}/u.test((lines[index] as PageLine).content) && isDateAlone((lines[index] as PageLine).content)) dates.push(index);
    }
    // One date alone on the page: the head's; two or more would be the article's own list.
    if (dates.length !== 1) return;
    const date = (lines[dates[0] as number] as PageLine).content;
    remove.set(first, { reason: 'running-header', evidence: `"${head.content}" opens the page with the paper's name "${name}", the head's cell whose date "${date}" OCR read apart on the same page` });
    remove.set(dates[0] as number, { reason: 'running-header', evidence: `"${date}" is a date alone on its line, the head's cell OCR read apart from the paper's name "${name}" opening the page` });
  });
}

/** The paper's name a page's first line holds beside a section's label or before a dangling separator, or undefined. */
function headName(text: string, isName: (text: string) => boolean): string | undefined {
  if (text.length > 70 || /\d/u.test(text)) return undefined;
  const named = splitSectionLabel(text);
  if (named !== undefined) return named.name.includes(' ') && isName(named.name) ? named.name : undefined;
  const dangling = DANGLING_SEPARATOR.exec(text);
  if (dangling === null) return undefined;
  const name = text.slice(0, dangling.index);
  return name.includes(' ') && isName(name) ? name : undefined;
}

/** A folio at a line's start or end, maybe as `page 18`, `p. 31`, `— 4 —`: what two prints of one head may differ by (three figures at most: four are the date's year). */
const EDGE_FOLIO = /^(?:[-–—•·[(]\s*)?(?:(?:page|p\.)\s*)?\d{1,3}(?:\s*[-–—•·\])|])?\s+|\s+(?:[-–—•·[(|]\s*)?(?:(?:page|p\.)\s*)?\d{1,3}(?:\s*[-–—•·\])|])?$/giu;
/** Longest piece of a head compared with another, in characters. @default 90 */
const HEAD_PIECE = 90;
/** Removal reasons that took a line out as a page's head. */
const HEAD_REASONS = new Set(['running-header', 'repeated-on-pages']);

/** What two prints of one head's piece share: a folio at an end, digits, case, apostrophes and spacing aside. */
function pieceKey(text: string): string {
  return text.replace(EDGE_FOLIO, '').toLowerCase().replace(/\d+/gu, '#').replace(/['’]/gu, "'").replace(/\s+/gu, ' ').trim();
}

/** A line that may be a head's piece: short, ending no sentence, holding a letter. */
function mayBeHeadPiece(text: string): boolean {
  return text.length <= HEAD_PIECE && /\p{L}/u.test(text) && !endsSentence(text);
}

/** A folio closing a line as a page counter sets it, the total cut away or not: `29/`, `29/31`, `29 / 31`. */
const COUNTER_FOLIO = /\s+\d{1,3}\s*\/\s*\d{0,3}$/u;

/** What two prints of one dated head share: the text to the letter, dates included, a folio at an end, case, apostrophes and spacing aside. */
function datedHeadKey(text: string): string {
  return text.replace(COUNTER_FOLIO, '').replace(EDGE_FOLIO, '').toLowerCase().replace(/['’]/gu, "'").replace(/\s+/gu, ' ').trim();
}

/**
 * The head read whole at every page, where no rule knew it by its words (see the module's
 * comment): lines holding a full date and a capitalised word beside it, ending no sentence,
 * printed twice or more the same but for a folio at an end. All of them come out.
 */
function removeRepeatedDatedHeads(lines: readonly PageLine[], remove: Removals): void {
  const prints = new Map<string, number[]>();
  lines.forEach((line, index) => {
    const text = line.content;
    // A print already taken out as a head (known by its words at a page's edge) still counts:
    // another print of it, its folio differing, is that head too.
    const removed = remove.get(index);
    if ((removed !== undefined && !HEAD_REASONS.has(removed.reason)) || !/\d{4}/u.test(text) || !mayBeHeadPiece(text)) return;
    const date = fullDateIn(text);
    if (date === undefined || !/(?:^|\s)\p{Lu}/u.test(text.replace(date, ' '))) return;
    const key = datedHeadKey(text);
    const seen = prints.get(key);
    if (seen === undefined) prints.set(key, [index]);
    else seen.push(index);
  });
  for (const indices of prints.values()) {
    if (indices.length < 2 || indices.every((index) => remove.has(index))) continue;
    const texts = indices.map((index) => `"${(lines[index] as PageLine).content}"`).join(', ');
    for (const index of indices) {
      if (remove.has(index)) continue;
      remove.set(index, { reason: 'running-header', evidence: `${texts}: a full date beside a name, printed ${indices.length} times the same but for a folio, as a page's head is at every page; an article does not print a dated line twice` });
    }
  }
}

/**
 * The head repeated where pages turned, in a text with no page break to show it (see the module's
 * comment): a dated head printed whole at every page, then the lines repeating pieces of heads
 * taken out, two in a row or one beside a head's piece.
 */
export function removeRepeatedHeadPieces(lines: readonly PageLine[], remove: Removals): void {
  // A text whose page breaks show (form feeds) has its heads read at the pages' edges already.
  if (lines.length === 0 || (lines.at(-1) as PageLine).page !== 0) return;
  removeRepeatedDatedHeads(lines, remove);
  // Pieces of the heads taken out, by key.
  const pieces = new Map<string, string>();
  for (const [index, removal] of remove) {
    const content = (lines[index] as PageLine).content;
    if (HEAD_REASONS.has(removal.reason) && mayBeHeadPiece(content)) pieces.set(pieceKey(content), content);
  }
  if (pieces.size === 0) return;
  const repeats = lines.map((line, index) => !remove.has(index) && mayBeHeadPiece(line.content) && pieces.has(pieceKey(line.content)));
  const headPiece = (index: number): boolean => repeats[index] === true || HEAD_REASONS.has(remove.get(index)?.reason ?? '');
  repeats.forEach((repeat, index) => {
    if (!repeat || !(headPiece(index - 1) || headPiece(index + 1))) return;
    const content = (lines[index] as PageLine).content;
    remove.set(index, { reason: 'running-header', evidence: `"${content}" repeats "${pieces.get(pieceKey(content))}", a piece of a page's head taken out, beside another piece of a head` });
  });
}

/**
 * A page's head (or foot) printed in cells across the measure, read back as one line: the
 * paper's name, the section's name and the full date, maybe the folio at either end (`Le Phare
 * de la Côte Pays et villes jeudi 19 novembre 2026 p. 31`, `p. 32 Le Courrier de l’Aube Monde
 * mardi 13 janvier 2026`). A page sets them left, centre and right on one baseline; pdftotext's
 * `-raw` and `-layout` modes and OCR read the three as one line, and running-header.ts, which
 * wants a paper's name alone beside the date, does not know a section's name in lower case
 * (`Au fil du département`, `Faits du jour`) from prose.
 *
 * Read by form only: a full date (weekday, day, month, year) closing or opening the line, and
 * on its other side short runs of words, each cell opening on a capital, with no sentence's
 * punctuation, no figure but a folio's, and no word that runs on. Prose can hold a full date,
 * but then as a sentence: in lower case after a verb, with a comma, or running on to the next
 * line. page-furniture.ts takes such a line only at a page's first or last printed line, where
 * a head and a foot stand, or as the exact repeat of one it took there.
 */
import { runsOn } from './furniture-on-top.ts';
import { MONTH_ANY_ACCENT, WEEKDAY } from './french-dates.ts';
import { FOLIO_NUMBER } from './running-header.ts';

/** A full date in any case, a whole word at each end. */
const FULL_DATE = new RegExp(String.raw`(?:^|\s)${WEEKDAY}\s+\d{1,2}(?:er)?\s+${MONTH_ANY_ACCENT}\s+\d{4}(?=\s|$|[,—–·|•])`, 'iu');
/** A folio at the line's start or end, maybe as `p. 31`, `page 31`, `- 31 -`, `[31]`, `‹ 31 ›`. */
const FOLIO_START = new RegExp(String.raw`^(?:[-–—•·[(‹«]\s*)?${FOLIO_NUMBER}(?:\s*[-–—•·\])›»])?(?=\s|$)`, 'iu');
const FOLIO_END = new RegExp(String.raw`(?<=\s|^)(?:[-–—•·[(‹«]\s*)?${FOLIO_NUMBER}(?:\s*[-–—•·\])›»])?$`, 'iu');
/** The rules and spaces a head sets between its cells (a comma before the date: `La Voix du Massif, dimanche`). */
const SEPARATORS = /^[\s,—–·|•-]+|[\s,—–·|•-]+$/gu;
let ocrDotPattern: RegExp | undefined;
/**
 * A middle dot between two cells as OCR reads it (running-header.ts reads the same): a colon or a
 * plus sign with a space on each side, between a word and a capital or the date's weekday
 * (`La Gazette des Volcans : Vie locale : samedi 5 décembre 2026`, `L’Observateur du Quercy +
 * Société`).
 */
function ocrDot(): RegExp {
  return (ocrDotPattern ??= new RegExp(String.raw`(?<=\p{L}) [:+] (?=\p{Lu}|${WEEKDAY} )`, 'gu'));
}
/** Longest head line, in characters. @default 110 */
const HEAD_LENGTH = 110;
/** Fewest and most words beside the date: a name (two words at least) and a section. @default 2, 12 */
const FEWEST_WORDS = 2;
const MOST_WORDS = 12;
/** Capitalised words beside the date, past the first: a name's noun and a section's first word. @default 2 */
const CAPITALISED_WORDS = 2;

/** The full date (weekday, day, month, year) `text` holds, as the line sets it, or undefined. */
export function fullDateIn(text: string): string | undefined {
  return FULL_DATE.exec(text)?.[0].trim();
}

function stripFolio(text: string): string {
  return text.replace(SEPARATORS, '').replace(FOLIO_START, '').replace(FOLIO_END, '').replace(SEPARATORS, '');
}

/**
 * Whether `text` reads as a page's head or foot set in cells: the paper's name, a section's and
 * the full date, in either order, maybe a folio, nothing else.
 */
export function isCelledPageHead(line: string): boolean {
  if (line.length > HEAD_LENGTH || !/\d{4}/u.test(line)) return false;
  // OCR reads the middle dot between two cells as a colon or a plus sign, spaced as the dot was.
  const text = line.includes(' : ') || line.includes(' + ') ? line.replace(ocrDot(), ' · ') : line;
  const date = FULL_DATE.exec(text);
  if (date === null) return false;
  const before = stripFolio(text.slice(0, date.index));
  const after = stripFolio(text.slice(date.index + date[0].length));
  // The date at one end: the cells on one side, only a folio or nothing on the other.
  if (before !== '' && after !== '') return false;
  const cells = before === '' ? after : before;
  if (cells === '' || /[\d.,;:!?«»"“”()]/u.test(cells) || runsOn(cells)) return false;
  const words = cells.split(/\s+/u);
  if (words.length < FEWEST_WORDS || words.length > MOST_WORDS || !/^(?:[LD]['’])?\p{Lu}/u.test(words[0] as string)) return false;
  let capitalised = 0;
  for (let index = 1; index < words.length; index += 1) if (/^(?:[ldLD]['’])?\p{Lu}/u.test(words[index] as string)) capitalised += 1;
  return capitalised >= CAPITALISED_WORDS;
}

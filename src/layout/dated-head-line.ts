/**
 * A page's head or foot read out of its place: a line opening on the page's full date, the
 * weekday in lower case as browsers, word processors and HTML converters print a page's margin
 * boxes, with nothing after the date but what a page's head sets beside it:
 * - `folio`: the page's number set off by its decoration (`jeudi 3 décembre 2026 - 14 -`,
 *   `vendredi 4 décembre 2026 1 |`, `mardi 13 janvier 2026 p. 21`), maybe beside the section's
 *   label or the paper's name (`mardi 1er décembre 2026 - 4 - Le monde`);
 * - `number`: a bare number after the date (`mardi 8 décembre 2026 15`), maybe beside a label;
 * - `label`: the section's label or the paper's name and no number (`samedi 5 décembre 2026
 *   Culture`, `vendredi 17 avril 2026Le Courrier du Haut-Pays`).
 * A date alone on its line is none of them: an agenda sets its days so (`jeudi 3 décembre 2026` /
 * `Concert à l’église à 20 heures.`), and page-furniture.ts reads it only at a page's edge.
 * A line of prose that breaks right after a date goes on in its own words (`… le` / `mardi 8
 * décembre 2026 à 18 heures`), or ends on a stop after it (`… 2026.`); a folio's decoration, a
 * vertical bar, a capitalised label with no verb and no punctuation are no sentence's words. A
 * bare number or a label can still be prose by chance (`Le tournoi se tiendra` / `vendredi 5 juin
 * 2026 28` / `équipes sont inscrites.`): page-furniture.ts takes those only where no sentence
 * runs into the line or out of it.
 */
import { MONTH_ANY_ACCENT, WEEKDAY } from './french-dates.ts';
import { FOLIO_NUMBER, PAGE_COUNTER } from './running-header.ts';

let openingDatePattern: RegExp | undefined;
/**
 * A full date opening the line, in any case, its year not run into more figures (a year glued to
 * the next cell's word, `2026Le Courrier`, as some extractions write a head's cells, counts).
 * Built at its first use: most lines are let go before (they open on no weekday).
 */
function openingDate(): RegExp {
  return (openingDatePattern ??= new RegExp(String.raw`^${WEEKDAY}\s+\d{1,2}(?:er)?\s+${MONTH_ANY_ACCENT}\s+\d{4}(?!\d)`, 'iu'));
}
/** The separators a head sets between its cells: rules, dots, bars, dashes, a comma, spaces. */
const CELL_SEPARATORS = /^[\s,—–·|•-]+|[\s,—–·|•-]+$/gu;
/** A folio with its decoration, and nothing else: `- 14 -`, `1 |`, `15`, `p. 21`, `Page 18`, `— 24 —`, `29/`. */
const FOLIO_ONLY = new RegExp(String.raw`^(?:[-–—•·[|]\s*)?${FOLIO_NUMBER}(?:${PAGE_COUNTER})?(?:\s*[-–—•·\]|])?$`, 'iu');
/** A folio at the start or at the end of the cells after the date (`- 4 - Le monde`, `Éducationp. 19`). */
const LEADING_FOLIO = new RegExp(String.raw`^(?:[-–—•·[|]\s*)?${FOLIO_NUMBER}(?:\s*[-–—•·\]|])?(?=\s|$)`, 'iu');
const TRAILING_FOLIO = new RegExp(String.raw`(?:[-–—•·[|]\s*)?${FOLIO_NUMBER}(?:${PAGE_COUNTER})?(?:\s*[-–—•·\]|])?$`, 'iu');
/** What sets a folio off as a page's number: a dash, a bar, a bullet, a bracket, `p.` or `page`. */
const DECORATED = /[-–—•·[\]|]|p\.|page/iu;
/** Longest label or paper's name beside the date, in words. @default 8 */
const LABEL_WORDS = 8;
/** The small words of a paper's or a section's name (`Le Courrier du Haut-Jura`, `Le monde`). */
const NAME_PARTICLE = /^(?:le|la|les|de|du|des|d['’]\p{L}.*|l['’]\p{L}.*|et|en|sur|à|au|aux)$/u;

export type DatedHeadKind = 'folio' | 'number' | 'label';

/**
 * What the line is, when it opens on a full date and holds only a page head's cells after it
 * (see the module's comment); undefined for any other line.
 */
export function readDatedHeadLine(text: string): DatedHeadKind | undefined {
  // Cheapest test first: the line opens on a weekday's letter and holds a year's figures.
  const first = text.charCodeAt(0) | 0x20;
  if (first !== 0x6c && first !== 0x6d && first !== 0x6a && first !== 0x76 && first !== 0x73 && first !== 0x64) return undefined;
  const date = openingDate().exec(text);
  if (date === null) return undefined;
  const after = text.slice(date[0].length);
  const rest = after.replace(CELL_SEPARATORS, '');
  if (rest === '') return undefined;
  // The folio's decoration is read on the line as printed, the separators around it kept (`- 22 -`).
  if (FOLIO_ONLY.test(rest)) return DECORATED.test(after) ? 'folio' : 'number';
  const withoutFolio = rest.replace(LEADING_FOLIO, '').replace(TRAILING_FOLIO, '');
  const label = withoutFolio.replace(CELL_SEPARATORS, '');
  if (label === '' || !isHeadLabel(label)) return undefined;
  if (withoutFolio.length === rest.length) return 'label';
  // The folio beside the label, with what sets it off (`- 4 -`, `p. 19`), or bare.
  return DECORATED.test(after.replace(label, '')) ? 'folio' : 'number';
}

/**
 * A section's label or a paper's name (`Culture`, `Le monde`, `Le Journal de la Bresse –
 * Éducation`): a capital first, no figure and no sentence's punctuation, every word capitalised
 * or one of a name's small words, but for one word in lower case (`Le monde`, `Le Républicain
 * franc-comtois`).
 */
function isHeadLabel(label: string): boolean {
  if (!/^\p{Lu}/u.test(label) || /[\d.,;:!?«»"()]/u.test(label)) return false;
  const words = label.split(/[\s—–·|•]+/u).filter((word) => word !== '');
  if (words.length > LABEL_WORDS) return false;
  let lowerCase = 0;
  for (const word of words) {
    if (/^\p{Lu}/u.test(word) || NAME_PARTICLE.test(word)) continue;
    lowerCase += 1;
  }
  return lowerCase <= 1;
}

/**
 * What a running header or footer line says, read from its words alone: the forms a page's
 * head and foot take beside the folio, which prose never takes.
 * - `dated`: the paper's name (maybe in capitals, isCapitalsPaperName) and a full date, in either order (recto and verso pages mirror
 *   the head: `Le Messager comtois lundi 23 février 2026`, `dimanche 21 juin 2026 La Tribune
 *   des Deux-Rives`), maybe joined by a rule-like separator (`—`, `·`, `|`, `•`, `,`) and with
 *   a folio at either end, the name maybe followed by the section's label (splitSectionLabel);
 * - `folio-name`: a folio and the paper's name (`19— La Tribune des Deux-Rives`, `8 | L’Écho
 *   des Monts`, `Le Petit Journal 12`, `page 26 La Dépêche des Abers`), as a foot or a head
 *   without the date prints it;
 * - `section-folio`: a section's label or the paper's name, a vertical bar and the folio
 *   (`Actualité | 25`, `RÉGION | 3`, `8 | L’Écho des Monts`): a vertical bar separates the
 *   pieces of a page's head; French prose never writes one.
 * A dated or folio-name line can still be prose by chance (`Rendez-vous Place Bellecour jeudi 26
 * février 2026`): page-furniture.ts removes one only with more evidence (a page's edge, a folio
 * beside it, or the same paper's name on another such line).
 */
import { isAllCapitals } from '../text/all-capitals.ts';
import { MONTH_ANY_ACCENT, WEEKDAY } from './french-dates.ts';

export interface RunningHeader {
  kind: 'dated' | 'folio-name' | 'section-folio';
  /** The paper's name the line carries, as printed (a `section-folio` line may carry a section's label instead, and then none). */
  name?: string;
}

/**
 * The patterns with `\p{…}` classes or built from strings are built at their first use (a getter
 * each): a text with no running header never reads them, and building them costs ICU look-ups
 * on every start.
 */
let fullDatePattern: RegExp | undefined;
/** A full date in any case: `dimanche 21 juin 2026`, `MARDI 10 MARS 2026`. */
function fullDate(): RegExp {
  return (fullDatePattern ??= new RegExp(String.raw`(?:^|\s)${WEEKDAY}\s+\d{1,2}(?:er)?\s+${MONTH_ANY_ACCENT}\s+\d{4}(?=\s|$|[,—–·|•:+])`, 'iu'));
}
/**
 * Rule-like separators a running header sets between its pieces, and the spaces around them;
 * `:` and `+` are how Tesseract reads a middle dot (`L’Écho du Plateau : mardi 3 mars 2026`).
 */
const SEPARATORS = /^[\s,—–·|•:+-]+|[\s,—–·|•:+-]+$/gu;
/**
 * A folio's page number, maybe after `page` or `p.` (`12`, `p. 12`, `Page 3`): the folio of a
 * running header's piece here, of a line alone (`page-furniture.ts`'s `isFolio`), after a page's
 * date (`dated-head-line.ts`) and at a celled head's edge (`celled-page-head.ts`).
 */
export const FOLIO_NUMBER = String.raw`(?:(?:page|p\.)\s*)?\d{1,4}`;
/**
 * A page counter after a folio's number (`1/`, `29/31`, `12 /`): a spreadsheet's or a printout's
 * `&[PAGE]/&[PAGES]`, its total cut away or left blank (a template, OCR losing it). Read after a
 * folio closing a running header's piece here, after a folio alone (`isFolio`) and after the
 * folio following a page's date (`dated-head-line.ts`).
 */
export const PAGE_COUNTER = String.raw`\s*\/\s*\d{0,4}`;
/**
 * A folio with what may decorate it, at the start or the end of a running header's piece; at the
 * end maybe as a page counter sets it, the total cut away or not (`1/`, `29/31`, `12 /`: a
 * spreadsheet's or a printout's `&[PAGE]/&[PAGES]`, a template leaving the total blank, OCR losing
 * it); at the start a counter's slash too (`12 /`).
 */
const FOLIO_START = new RegExp(String.raw`^(?:[[(•·]\s*|[-–]\s+)?${FOLIO_NUMBER}(?:\s*[\])•·/])?(?=[\s,—–·|•-]|$)`, 'iu');
const FOLIO_END = new RegExp(String.raw`(?<=[\s,—–·|•-]|^)(?:[[(•·]\s*)?${FOLIO_NUMBER}(?:${PAGE_COUNTER})?(?:\s*[\])•·])?$`, 'iu');
let sectionFolioPattern: RegExp | undefined;
/** A label and a folio on either side of a vertical bar: `Actualité | 25`, `8 | L’Écho des Monts`. */
function sectionFolio(): RegExp {
  return (sectionFolioPattern ??= /^(\p{Lu}[\p{L}’' /-]{1,40}?)\s*\|\s*\d{1,4}$|^\d{1,4}\s*\|\s*(\p{Lu}[\p{L}’' /-]{1,40})$/u);
}
/** What a line opening or closing on a folio starts or ends with: a digit, a folio's decoration (a dash before it: `- 22 Le Progrès`), or `page` / `p.` before it (`page 26 La Dépêche des Abers`). */
const FOLIO_EDGE_CHARACTER = /[\d[\]()•·pP\-–]/u;
let particlePattern: RegExp | undefined;
function particle(): RegExp {
  return (particlePattern ??= /^(?:le|la|les|de|du|des|d['’]\p{L}.*|l['’]\p{L}.*|et|en|sur|à|au|aux)$/u);
}
/** Longest line a running header fills. @default 90 */
const HEADER_LENGTH = 90;
/** Most words of a paper's name. @default 6 */
const NAME_WORDS = 6;

/**
 * A paper's name as it is set: a capital first, every word capitalised but the particles
 * (`Le Progrès de l’Ouest`), one adjective in lower case allowed as its last word after a
 * capitalised one (`Le Messager comtois`, `Le Républicain franc-comtois`), no digit and no
 * sentence punctuation.
 */
export function isPaperName(text: string): boolean {
  if (text.length === 0 || text.length > 50 || /[\d.,;:!?«»"()]/u.test(text)) return false;
  const words = text.split(/\s+/u);
  if (words.length > NAME_WORDS || !/^(?:[LD]['’])?\p{Lu}/u.test(words[0] as string)) return false;
  // All capitals is a kicker or a section's label, not a name set in the header's type.
  if (!/\p{Ll}/u.test(text)) return false;
  let capitalised = 0;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as string;
    if (isCapitalisedNoun(word)) {
      capitalised += 1;
      continue;
    }
    // A particle, capitalised or not (`Le`, `de`, `l’Ouest`).
    if (/^(?:[ldLD]['’])?\p{Lu}/u.test(word) || (particle().test(word) && !/^[dl]['’]\p{Ll}/u.test(word))) continue;
    // A lower-case adjective closing the name, after a capitalised noun the name's article opens
    // (`L’Éclaireur normand`, `Le Messager comtois`); a noun alone before it is a heading's
    // words (`Vos lettres`, `Notre territoire`).
    const previous = words[index - 1];
    if (index !== words.length - 1 || previous === undefined || !isCapitalisedNoun(previous)) return false;
    if (index < 2 && !/^[LD]['’]/u.test(previous)) return false;
  }
  return capitalised >= 1;
}

/**
 * A paper's name set in capitals, as mastheads and running heads often are: an article opens it
 * and two words or more follow (`LA DÉPÊCHE DES ABERS`, `LE RÉVEIL DU LIVRADOIS`, `L’INDÉPENDANT
 * DE L’AUXOIS`), read as the name it spells in title case. A kicker in capitals names a subject
 * and seldom opens on an article (`CÔTE D’IVOIRE`, `EN BREF`), or on one then a word alone
 * (`L’ÉDITORIAL`); taken only where the line's place or a date beside it backs it.
 */
export function isCapitalsPaperName(text: string): boolean {
  if (text.length > 50 || !isAllCapitals(text) || !/^(?:LE |LA |LES |L['’]\p{Lu})/u.test(text)) return false;
  const titled = text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
  return titled.split(/\s+/u).length >= 3 && isPaperName(titled);
}

/**
 * A capitalised word that is no particle (`Messager`, `Deux-Rives`), elided article included
 * (`L’Éclaireur`), also after a particle in lower case (`l’Auxois`, `d’Armor`): a proper noun
 * behind the elision.
 */
function isCapitalisedNoun(word: string): boolean {
  if (/^[LDld]['’]\p{Lu}/u.test(word)) return true;
  return /^\p{Lu}/u.test(word) && !particle().test(word.toLowerCase());
}

let nameThenSectionPattern: RegExp | undefined;
/**
 * A paper's name, a rule-like separator set between spaces, then a section's label, as a page's
 * head prints them side by side (`L’Observateur du Quercy · Région`, `Le Phare de la Côte –
 * Loisirs`, `La Dépêche des Ardennes | Région`, `Le Réveil du Cantal — Actualité`). The label is
 * one to three words, a capital first, no punctuation; the spaces around the separator keep a
 * hyphenated name whole. Returns the pieces, or undefined; whether the first piece names a paper
 * is the caller's test (isPaperName here, page-furniture.ts's narrower one at a page's edge).
 */
function nameThenSection(): RegExp {
  return (nameThenSectionPattern ??= /^(\S.*?)\s+[·|—–•]\s+(\p{Lu}[\p{L}’'-]*(?: [\p{L}’'-]+){0,2})$/u);
}
let nameThenSectionOcrPattern: RegExp | undefined;
/**
 * The same as OCR reads it: the middle dot as a colon or a plus sign, the dash as a hyphen, each
 * between spaces (`L'Observateur du Quercy : Région`, `Le Phare de la Côte - Justice`). A colon
 * or a hyphen between spaces is also how a kicker names a place and a subject (`Côte d’Ivoire :
 * Abidjan`), so the name must open on the article a paper's name opens on.
 */
function nameThenSectionOcr(): RegExp {
  return (nameThenSectionOcrPattern ??= /^((?:Le|La|Les|L['’])\s?\S.*?)\s+[:+-]\s+(\p{Lu}[\p{L}’'-]*(?: [\p{L}’'-]+){0,2})$/u);
}

export function splitSectionLabel(text: string): { name: string; section: string } | undefined {
  if (text.length > 70) return undefined;
  const match = nameThenSection().exec(text) ?? nameThenSectionOcr().exec(text);
  if (match === null) return undefined;
  return { name: (match[1] as string).trim(), section: match[2] as string };
}

/**
 * A paper's name alone on its line, or beside a section's label (`L’Indépendant du Sud-Est ·
 * Pays`): a page's head as the paper's template sets it, where an extraction put its date on a
 * line of its own.
 */
export function isPaperNameLine(text: string): boolean {
  if (isPaperName(text)) return true;
  const named = splitSectionLabel(text);
  return named !== undefined && named.name.includes(' ') && isPaperName(named.name);
}

/** The key two lines naming the same paper share: case, apostrophes and spacing aside. */
export function paperNameKey(name: string): string {
  return name.toLowerCase().replace(/['’]/gu, "'").replace(/\s+/gu, ' ');
}

/** A piece of a header line with a folio and separators at either end stripped. */
function stripFolioAndSeparators(text: string): string {
  // The end first: a page counter (`1 /`) would lose only its page number to FOLIO_START.
  return text.replace(SEPARATORS, '').replace(FOLIO_END, '').replace(FOLIO_START, '').replace(SEPARATORS, '');
}

/** What running header `text` is, or undefined when it reads as anything else. */
export function readRunningHeader(text: string): RunningHeader | undefined {
  // Cheap tests first: this runs on every line of a page.
  if (text.length > HEADER_LENGTH || !/\d/u.test(text)) return undefined;
  const date = /\d{4}/u.test(text) ? fullDate().exec(text) : null;
  if (date !== null) {
    const before = stripFolioAndSeparators(text.slice(0, date.index));
    const after = stripFolioAndSeparators(text.slice(date.index + date[0].length));
    // The name on one side of the date, nothing but a folio or a separator on the other.
    if (before !== '' && after !== '') return undefined;
    const name = before === '' ? after : before;
    if (isPaperName(name) || isCapitalsPaperName(name)) return { kind: 'dated', name };
    // The name then the section's label (`Le Réveil du Cantal — Actualité — jeudi 10 décembre 2026`).
    const named = splitSectionLabel(name);
    return named !== undefined && named.name.includes(' ') && isPaperName(named.name) ? { kind: 'dated', name: named.name } : undefined;
  }
  const barred = text.includes('|') ? sectionFolio().exec(text) : null;
  if (barred !== null) {
    const label = (barred[1] ?? barred[2] ?? '').trim();
    // A label of two words or more set like a name is the paper's (`8 | L’Écho des Monts`).
    if (label.includes(' ') && isPaperName(label)) return { kind: 'section-folio', name: label };
    if (label.split(/\s+/u).length <= NAME_WORDS) return { kind: 'section-folio' };
  }
  // A folio opens or closes the line, maybe in its decoration.
  if (!FOLIO_EDGE_CHARACTER.test(text[0] as string) && !FOLIO_EDGE_CHARACTER.test(text.at(-1) as string)) return undefined;
  const leading = FOLIO_START.exec(text);
  const trailing = leading === null ? FOLIO_END.exec(text) : null;
  if (leading === null && trailing === null) return undefined;
  const name = stripFolioAndSeparators(text);
  return name !== text && isPaperName(name) ? { kind: 'folio-name', name } : undefined;
}

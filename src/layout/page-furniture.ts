/**
 * Page furniture: what the printer repeats on every page and the article never says. Removed
 * lines, each recorded as a repair with its evidence:
 * - folios: a page number alone on a line (`12`, `- 12 -`, `• 12 •`, `[ 12 ]`, `Page 12`, `Page 1 sur 2`, `3/4`, `29/`,
 *   `18 /`: a page counter whose total the header's template left blank),
 *   and at a page's edge, one OCR garbled with its decoration (`e31°e`);
 * - a print utility's page header at a page's edge: a title and the page count on one line
 *   (`Agence Belga LIEGE-WIRE Page 1 / 1`), or its fields standing alone above the count;
 * - running headers and footers: a line carrying a full date (`Samedi 7 mars 2026`), usually
 *   beside the paper's name, wherever it falls (OCR keeps it between two pages' text); a line
 *   repeated at the top or bottom of two pages or more (digits aside); at a page's edge, a date
 *   alone on its line beside the paper's name (never a second name where a head line already out
 *   named the paper beside its section: the line is the kicker or a signature); and at a page's
 *   top, the short lines set beside the date (the paper's name); anywhere, the paper's name beside a date or a folio, or a
 *   label and a folio either side of a vertical bar (running-header.ts), with the evidence
 *   `markRunningHeaders` asks for.
 * The line after a removed one is marked as following a page break, so that the two halves of
 * a word hyphenated across the break still join.
 */
import type { Repair } from '../types.ts';
import { endsSentence, endsWithLineHyphen, isAllCapitals, isSignature, startsLikeSentence } from './layout-block.ts';
import { readDatedHeadLine, type DatedHeadKind } from './dated-head-line.ts';
import { runsOn } from './furniture-on-top.ts';
import { isCelledPageHead } from './celled-page-head.ts';
import { removeHeadCellsReadApart, removeHeadsWithTheirFolio, removeRepeatedHeadPieces } from './ocr-page-heads.ts';
import { BARE_LABEL_MARKS, hasKickerShape } from './kicker-shape.ts';
import type { PageLine } from './page-line.ts';
import { FOLIO_NUMBER, PAGE_COUNTER, isCapitalsPaperName, paperNameKey, readRunningHeader, splitSectionLabel, type RunningHeader } from './running-header.ts';
import { MONTH_ANY_ACCENT, WEEKDAY } from './french-dates.ts';

export interface PageFurnitureResult {
  lines: PageLine[];
  repairs: Repair[];
}

/** Lines at each end of a page where running headers and folios are looked for. @default 3 */
const PAGE_EDGE_LINES = 3;

/**
 * A folio: a page number, maybe between the dashes, bullets or brackets a page sets around it
 * (`- 12 -`, `— 12 —`, `• 12 •`, `· 12 ·`, `[ 12 ]`), or beside the vertical rule that parts it from the
 * page's head (`24 |`, `| 24`), which the extraction reads as a bar: no sentence is a number and a bar.
 * The number as a running header's folio reads it, maybe counted against the pages' total
 * (`PAGE_COUNTER`, `running-header.ts`: `12 /`, `29/31`; not ending in a space, which here would
 * end the line) or in words (`3 sur 12`).
 */
const FOLIO = new RegExp(String.raw`^(?:[-–—•·[|]\s*)?${FOLIO_NUMBER}(?:${PAGE_COUNTER}(?<!\s)|\s*sur\s*\d{1,4})?(?:\s*[-–—•·\]|])?$`, 'iu');
/**
 * The patterns with `\p{…}` classes or built from strings are built at their first use (a getter
 * each): a text with no running head never reads them, and building them costs ICU look-ups on
 * every start.
 */
let headerDatePattern: RegExp | undefined;
/** A full date as running headers print it: `Samedi 7 mars 2026`, `MARDI 3 MARS 2026`. */
function headerDate(): RegExp {
  return (headerDatePattern ??= new RegExp(String.raw`(?:^|\s)(${WEEKDAY})\s+\d{1,2}(?:er)?\s+${MONTH_ANY_ACCENT}\s+\d{4}(?=\s|$)`, 'iu'));
}

const FOUR_DIGITS = /\d{4}/;

/** A page number counted against the pages' total: `Page 2 / 3`, `Page 1 sur 2`. */
const COUNTED_PAGE = /^page\s*\d{1,4}\s*(?:\/|sur|of)\s*\d{1,4}$/iu;
/** Longest field of a printout's header standing alone above its page count, in characters. @default 40 */
const PAGE_HEADER_FIELD = 40;

/** Why a line opening on the page's date was taken for the page's head, by what follows the date. */
const DATED_HEAD_EVIDENCE: Record<DatedHeadKind, (text: string) => string> = {
  folio: (text) => `"${text}" is the page's date and its folio, as a page's head or foot sets them, read out of place`,
  number: (text) => `"${text}" is the page's date and its number, no sentence running into it or out of it: a page's head read out of place`,
  label: (text) => `"${text}" is the page's date and a section's or paper's name, no sentence running into it or out of it: a page's head read out of place`,
};

/**
 * A line opening on the page's full date with only a head's cells after it (dated-head-line.ts),
 * wherever it stands: with a folio set off as one (`- 14 -`, `1 |`), as it is; with a bare
 * number or a label, only where no sentence runs into it (the line before ends on no word that
 * runs on, `le`, `du`, nor on a hyphen) nor out of it (the line after opens on no small letter
 * nor punctuation: `vendredi 5 juin 2026 28` / `équipes sont inscrites.`).
 */
function datedHeadOutOfPlace(lines: readonly PageLine[], index: number): DatedHeadKind | undefined {
  const line = lines[index] as PageLine;
  const kind = readDatedHeadLine(line.content);
  if (kind === undefined || kind === 'folio') return kind;
  const before = lines[index - 1];
  if (before !== undefined && before.page === line.page && (runsOn(before.content) || endsWithLineHyphen(before.content))) return undefined;
  const after = lines[index + 1];
  if (after !== undefined && RUNS_OUT.test(after.content)) return undefined;
  return kind;
}
/** A line going on with a sentence from the line before: a small letter or a punctuation mark first. */
const RUNS_OUT = /^[\p{Ll},.;:)»]/u;

/**
 * A number right under a line that ends on a word that cannot end a phrase (`Une crue plus
 * rapide qu’en` / `2021`) and over a sentence's opening: away from a page's edges, the
 * phrase's last word, wrapped, not a folio. (A line ending on a hyphen or a comma says nothing: a folio falls between a word's
 * halves where fpdf2 draws a page's foot.)
 */
function continuesLineBefore(lines: readonly PageLine[], index: number): boolean {
  const line = lines[index] as PageLine;
  const before = lines[index - 1];
  const after = lines[index + 1];
  return (
    before !== undefined &&
    before.page === line.page &&
    !line.blankBefore &&
    !line.pageBreakBefore &&
    /^\d+$/u.test(line.content) &&
    /\p{L}$/u.test(before.content) &&
    runsOn(before.content) &&
    // The phrase ends there: a sentence opens after it. A folio between a sentence's halves
    // has the sentence going on after it, in lower case.
    // A running header after it (a text that lost its page breaks) makes it the page's folio.
    (after === undefined || (startsLikeSentence(after.content) && !isPageHeaderLine(after.content)))
  );
}

/** A number alone on its line, nothing around it. */
const BARE_NUMBER = /^\d{1,4}$/u;
/** The first number of a folio (`- 12 -`, `Page 1 sur 2`, `22/`). */
const FOLIO_FIGURES = /\d{1,4}/u;

/** For each page (by its index), the numbers its folios at the page's edges print. */
function pageNumbersAtEdges(lines: readonly PageLine[], edges: readonly number[]): Map<number, number[]> {
  const numbers = new Map<number, number[]>();
  for (const index of edges) {
    const line = lines[index] as PageLine;
    if (!isFolio(line.content) || /[.,]$/u.test(line.content)) continue;
    const figures = FOLIO_FIGURES.exec(line.content);
    if (figures === null) continue;
    const page = numbers.get(line.page) ?? [];
    page.push(Number(figures[0]));
    numbers.set(line.page, page);
  }
  return numbers;
}

/**
 * A bare number inside a page (away from its edges) on a page whose folio already stands at its
 * edge, printing another page's number than this one or the next (`Page 1 sur 1` at the foot,
 * `18` in the middle): a page prints one folio, at its top or foot, so the number is the text's,
 * a word pdftotext set alone on its line as it reads a justified column word by word (`de 14 h à`
 * / `18` / `h, et`), a word alone beside it. A text that lost its page breaks (OCR as a library
 * serves it) keeps its pages' folios inside it, each the number before or after the one at its
 * edge and between whole lines: those stay folios.
 */
function numberInsideNumberedPage(line: PageLine, before: PageLine | undefined, after: PageLine | undefined, atEdge: boolean, numbered: ReadonlyMap<number, readonly number[]>): boolean {
  if (atEdge || !BARE_NUMBER.test(line.content)) return false;
  const folios = numbered.get(line.page);
  if (folios === undefined) return false;
  const number = Number(line.content);
  if (!folios.every((folio) => Math.abs(folio - number) > 1)) return false;
  // The column read word by word: a word alone on the line before or after, on the same page.
  return [before, after].some((neighbour) => neighbour !== undefined && neighbour.page === line.page && neighbour.content.length > 0 && !neighbour.content.includes(' '));
}

/**
 * A printout's page counter closing a line after its title: `Page 1 / 2`, `Page 3/4`, `Page 2 of 5`,
 * `Page 1 sur 3`, capitalised as a header prints it, where a sentence mentions `en page 4 / 5`.
 */
const PAGE_COUNTER_AT_END = /\S\s+(?:Page|PAGE)\s*\d{1,4}\s*(?:\/|of|sur|de)\s*\d{1,4}$/u;

/** A printout's header: a title, then the page counter (`Agence France-Presse DAKAR-WIRE Page 1 / 1`). */
export function isPrintoutHeader(text: string): boolean {
  // The last character first, a figure: the pattern, anchored at the end, is tried from every position.
  const last = text.charCodeAt(text.length - 1);
  return text.length <= 120 && last >= 48 && last <= 57 && PAGE_COUNTER_AT_END.test(text);
}

/** Four digits alone: a year when it stands inside a page (no newspaper runs to a thousand pages). */
const YEAR_ALONE = /^\d{4}$/u;

/** A folio alone on its line. */
export function isFolio(text: string): boolean {
  return (text.length <= 16 && /\d/.test(text) && FOLIO.test(text)) || MISREAD_FOLIO.test(text);
}

/**
 * A folio between dashes whose one figure OCR read as a stroke (`- 1 -` as `-]-`, `-|-`, `- l -`):
 * no word is a stroke between two dashes. Session 50's new user's page (groff's mom macros):
 * Tesseract read its folio `-]-`, run into the paragraph it fell in.
 */
const MISREAD_FOLIO = /^[-–—]\s?[\]|lI!]\s?[-–—]$/u;

/**
 * Ornaments printers set on each side of a folio: `• 20 •`, `[ 11 ]`, `| 3 |`, `· 12 ·`, `« 4 »`,
 * `‹ 13 ›` (which OCR reads `<13>`); dashes are `FOLIO`'s own. Only the ornament pairs a printer sets symmetrically.
 */
const ORNAMENTED_FOLIO = /^(?:([•·◆♦■▪*|])\s*\d{1,4}\s*\1|\[\s*\d{1,4}\s*\]|\(\s*\d{1,4}\s*\)|[«‹<]\s*\d{1,4}\s*[»›>])$/u;

/**
 * A folio set between ornaments (`• 20 •`, `[ 11 ]`): no sentence is a number between two
 * bullets or brackets. Used where a line's place already says it stands at a page's edge, apart
 * from the text (the PDF path).
 */
export function isOrnamentedFolio(text: string): boolean {
  return text.length <= 16 && ORNAMENTED_FOLIO.test(text);
}

/** A folio, a separator, the paper's name (`6 | Le Journal de la Saône`, `28 — Le Républicain franc-comtois`), or the other way round. */
const FOLIO_WITH_NAME = /^(?:\d{1,4}\s*[|—–•·/]\s*(.+)|(.+?)\s*[|—–•·/]\s*\d{1,4})$/u;

/**
 * A page's foot (or top) line holding its folio and the paper's or the section's name beside
 * it, joined by a rule, a dash or a bullet (`6 | Le Journal de la Saône`, `DÉPARTEMENT | 9`):
 * how a printer sets a folio on a one-page article, where no other page repeats the line. The
 * name is short, opens on a capital (or is all capitals, as section names are set) and ends
 * without a sentence's punctuation. Used where a line's place already says it stands at a
 * page's edge, apart from the text (the PDF path).
 */
export function isFolioWithPaperName(text: string): boolean {
  const match = FOLIO_WITH_NAME.exec(text);
  const name = (match?.[1] ?? match?.[2])?.trim();
  return name !== undefined && name.length <= 50 && name.split(' ').length <= 6 && /^\p{Lu}/u.test(name) && !/[.,;:!?]$/u.test(name);
}

/**
 * A folio as OCR reads it with its decoration (bullets, brackets, dashes) garbled: one number
 * of up to four digits among marks and stray letters, no two letters side by side (no word:
 * `e31°e`, `e 26°`, `_25-`, `—_138—`, `“16`), and no sentence's end or unit after it (`16
 * ans.`, `40 %.`). Taken only at a page's edge, where folios stand.
 */
export function isGarbledFolio(text: string): boolean {
  if (text.length > 10 || !GARBLED_FOLIO_NUMBER.test(text) || /\p{L}\p{L}|[.,;:!?%€]$/u.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  return letters <= 3;
}
const GARBLED_FOLIO_NUMBER = /^\D*\d{1,4}\D*$/u;

/**
 * A running header or footer line: a full date whose weekday is capitalised (prose writes it
 * in lower case unless it opens a sentence, and then the sentence runs on after the date),
 * maybe beside the paper's name and a folio, and nothing else; or the paper's name, a comma and
 * the date in lower case (`La Voix du Massif, dimanche 22 mars 2026 11`).
 */
export function isDateHeader(text: string): boolean {
  if (text.length > 90 || !FOUR_DIGITS.test(text)) return false;
  const match = headerDate().exec(text);
  if (match === null) return false;
  const after = text.slice(match.index + match[0].length).trim();
  if (after !== '' && !isFolio(after)) return false;
  if (/^\p{Lu}/u.test(match[1] ?? '')) return true;
  // `La Voix du Massif, dimanche 22 mars 2026` (a folio maybe before): the paper's name and a
  // comma, then the date in lower case, and nothing else on the line.
  const before = /^(?:\d{1,4}\s+)?(.+),$/u.exec(text.slice(0, match.index).trim());
  return before !== null && isTitleCased((before[1] as string).trim());
}

/**
 * What a running header sets between the paper's name and the date, or between a folio and a
 * name: a comma, a dash, a middle dot or a bullet, a vertical bar (OCR reads a middle dot as
 * `:` or `+`, and a bar as `|`).
 */
const HEADER_SEPARATOR = /\s*[,—–·•|:+-]$/u;

/**
 * A paper's name then a full date in lower case, maybe a separator between them (`Le Petit
 * Journal du Midi — jeudi 4 juin 2026`, `L’Indépendant des Vallées · mardi 7 juillet 2026`), maybe
 * a folio, and nothing else; or the date first and the name after it (`vendredi 17 juillet 2026
 * L’Éclaireur du Quercy`), as a header set on a verso page reads.
 */
function isNamedDateHeader(text: string): boolean {
  if (text.length > 90 || !FOUR_DIGITS.test(text)) return false;
  const match = headerDate().exec(text);
  if (match === null) return false;
  if (match.index === 0) {
    const name = /^(?:\s*[—–·•|:+-])?\s*(.+?)(?:\s+\d{1,4})?$/u.exec(text.slice(match[0].length));
    return name !== null && isPaperName((name[1] as string).trim());
  }
  const after = text.slice(match.index + match[0].length).trim();
  if (after !== '' && !isFolio(after)) return false;
  const before = /^(?:\d{1,4}\s+)?(.+)$/u.exec(text.slice(0, match.index).trim().replace(HEADER_SEPARATOR, ''));
  return before !== null && isPaperName((before[1] as string).trim());
}

/**
 * A folio and the paper's or the section's name on one line, a separator between them, as a
 * page's top or foot sets them (`9 — L’Éclaireur du Quercy`, `6 | Le Journal de la Saône`,
 * `RÉGION | 4`). Without a separator a number before capitalised words may open a title.
 */
function isFolioBesideName(text: string): boolean {
  if (text.length > 60) return false;
  const match = /^(\d{1,4})\s*[—–·•|]\s*(.+)$|^(.+?)\s*[—–·•|]\s*(\d{1,4})$/u.exec(text);
  if (match === null) return false;
  const name = (match[2] ?? match[3] ?? '').trim();
  return isPaperName(name) || isSectionName(name);
}

/** A section's name as a page's top or foot sets it: a few words, a capital first, no punctuation (`RÉGION`, `Vivre ici`). */
function isSectionName(text: string): boolean {
  return text.length <= 30 && text.split(' ').length <= 3 && /^\p{Lu}/u.test(text) && !/[.,;:!?«»]/u.test(text);
}

/**
 * A line a page's top or foot carries, judged alone: a running header's date
 * (`isDateHeader`), a paper's name then a date in lower case (`Le Courrier du Val jeudi 26
 * février 2026`), or the name and the date in any order and case with a separator between
 * (`L’Écho du Plateau — vendredi 6 novembre 2026`, running-header.ts), a printout's title and
 * page counter (`Agence Belga LIEGE-WIRE Page 1 / 1`). Text that opens on one was read off a
 * printed page.
 */
export function isPageHeaderLine(text: string): boolean {
  return isDateHeader(text) || isNamedDateHeader(text) || isPrintoutHeader(text) || readRunningHeader(text)?.kind === 'dated';
}

/** A full date and nothing else on the line (`mercredi 25 mars 2026`), whatever its case. */
function isDateAlone(text: string): boolean {
  // A full date holds a year's four figures: most lines have none, and are let go at once.
  if (!FOUR_DIGITS.test(text)) return false;
  const match = headerDate().exec(text.trim());
  return match !== null && match.index === 0 && match[0].trim().length === text.trim().length;
}

/**
 * A full date alone on its line, or with the folio after it (`vendredi 5 juin 2026 28`): a
 * header's date and page number share the outer corner of a page, which no sentence ends on.
 */
export function isDateMaybeFolio(text: string): boolean {
  if (isDateAlone(text)) return true;
  const match = headerDate().exec(text.trim());
  return match !== null && match.index === 0 && isFolio(text.trim().slice(match[0].trim().length).trim());
}

let particlePattern: RegExp | undefined;
function particle(): RegExp {
  return (particlePattern ??= /^(?:le|la|les|de|du|des|d['’]\p{L}.*|l['’]\p{L}.*|et|en|sur|à|au|aux)$/u);
}

/**
 * A paper's name as it is set: every word capitalised but the particles, or but a last adjective
 * that French keeps in lower case (`Le Républicain franc-comtois`, `Le Messager comtois`,
 * `L’Est républicain`). Narrower than running-header.ts's `isPaperName`, which reads a header
 * line already known to be one: here any line at a page's edge is tried, and a name there
 * must be a title-cased run of words split by single spaces, two words at least before a
 * lower-case adjective. (Using the wider test here, to share one, took more edge lines of
 * unseen pages for names and lowered their roles.)
 */
function isPaperName(text: string): boolean {
  if (isTitleCased(text)) return true;
  const space = text.lastIndexOf(' ');
  if (space < 0 || !/^\p{Ll}[\p{Ll}-]+$/u.test(text.slice(space + 1))) return false;
  const name = text.slice(0, space);
  // The words before it a name of its own, two at least (`Le Messager`, not a lone `Le`).
  return name.includes(' ') || /^\p{Lu}['’]\p{Lu}/u.test(name) ? isTitleCased(name) && looksLikePaperName(text) : false;
}

/**
 * The paper's name, a separator and the section's label on one line (`L’Observateur du Quercy ·
 * Région`, `Le Phare de la Côte – Loisirs`), as a page's head sets them in one cell and the date
 * in another: a name of two words or more before the label (running-header.ts's splitSectionLabel).
 */
function isPaperNameBesideSection(text: string): boolean {
  const named = splitSectionLabel(text);
  return named !== undefined && named.name.includes(' ') && isPaperName(named.name);
}

/**
 * A head's cell naming the paper and its section, the name maybe one word (`Ouest-Armor |
 * Bretagne`): read only on a line already out as the page's head, where the head's place says
 * the rest.
 */
function namesPaperBesideSection(text: string): boolean {
  if (isPaperNameBesideSection(text)) return true;
  const named = splitSectionLabel(text);
  return named !== undefined && isTitleCased(named.name);
}

/** A paper's name as it is set: every word capitalised but the particles (`Le Progrès de l’Ouest`). */
function isTitleCased(text: string): boolean {
  if (!looksLikePaperName(text) || text.includes(',')) return false;
  return text.split(' ').every((word) => /^\p{Lu}/u.test(word) || (particle().test(word) && !/^[dl]['’]\p{Ll}/u.test(word)));
}

/**
 * A full date as running headers print it, anywhere in the text (`Le Quotidien  Samedi 7 mars
 * 2026  12`): the looser test a PDF can afford, where a row's position and spacing say the rest.
 */
export function carriesHeaderDate(text: string): boolean {
  return headerDate().test(text);
}

/** The key two running headers share: digits and case aside, single spaces. */
export function headerKey(text: string): string {
  const lower = text.toLowerCase();
  const numbered = DIGIT.test(lower) ? lower.replace(/\d+/g, '#') : lower;
  // Replacing each single space by itself would copy the line for nothing: only a run of
  // whitespace or another whitespace character needs it.
  return SPACING_TO_COLLAPSE.test(numbered) ? numbered.replace(/\s+/g, ' ') : numbered;
}

const DIGIT = /\d/;
/** Two whitespace characters in a row, or one that is no plain space. */
const SPACING_TO_COLLAPSE = /\s\s|[^\S ]/;

/** A short line set beside a running header's date: the paper's name. */
function looksLikePaperName(text: string): boolean {
  const words = text.split(' ').length;
  return text.length <= 50 && words <= 6 && /^\p{Lu}/u.test(text) && !/[.,;:!?]$/u.test(text) && !isAllCapitals(text);
}

/**
 * A jump line: where an article runs over to another page, the paper prints at the foot of the
 * part that stops `Lire la suite page 28` (or `Suite page 28`, `(Suite en page 28)`) and at the
 * head of the part that goes on `Suite de la page 27`. It tells the reader where to turn and is
 * no part of the text; it lands between two lines of a paragraph.
 */
const JUMP_LINE = /^[(\[]?(?:(?:lire|voir) )?(?:la )?suite (?:de la |en |à la |page|p\.)\s*(?:page |p\. ?)?\d{1,3}[)\]]?\.?$/iu;

/** Whether a line is a jump line (`Lire la suite page 28`, `Suite de la page 27`). */
export function isJumpLine(text: string): boolean {
  return text.length <= 40 && JUMP_LINE.test(text.trim());
}

/**
 * A PDF library's credit to itself, which some producers print in a page's corner in a tiny face
 * unless told not to (TCPDF's `Powered by TCPDF (www.tcpdf.org)`): an English phrase naming the
 * software (`Powered by`, `Generated by`, `Created with`, `Made with`, `Produced by`), maybe with
 * its web address in brackets, and no sentence's end. A French article never prints one; taken
 * only at a page's edge, where the producer sets it.
 */
const PRODUCER_CREDIT = /^(?:Powered|Generated|Created|Made|Produced|Typeset) (?:by|with|using) \S[^.!?]{0,40}(?:\((?:https?:\/\/)?www\.[\w.-]+\/?\))?$/u;

/** Whether a line is a PDF producer's credit (`Powered by TCPDF (www.tcpdf.org)`). */
export function isProducerCredit(text: string): boolean {
  return text.length <= 60 && PRODUCER_CREDIT.test(text);
}

/** The indexes of a page's edge lines (its first and last `PAGE_EDGE_LINES`), the page running from `start` to `end`. */
function pageEdgeLines(start: number, end: number): number[] {
  const result: number[] = [];
  for (let index = start; index < Math.min(end, start + PAGE_EDGE_LINES); index += 1) result.push(index);
  for (let index = Math.max(start + PAGE_EDGE_LINES, end - PAGE_EDGE_LINES); index < end; index += 1) result.push(index);
  return result;
}

export function removePageFurniture(lines: readonly PageLine[], underPictures: ReadonlySet<number> = new Set()): PageFurnitureResult {
  const repairs: Repair[] = [];
  const remove = new Map<number, { reason: string; evidence: string }>();
  // Where each page starts and ends in `lines`.
  const pageStarts: number[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    if (index === 0 || (lines[index] as PageLine).page !== (lines[index - 1] as PageLine).page) pageStarts.push(index);
  }
  // The PDF producer's credit to itself, among a page's edge lines, comes out first: the page's
  // edge lines are then counted without it, so that a running header beside it still stands
  // among them.
  const credits = new Set<number>();
  pageStarts.forEach((start, pageIndex) => {
    for (const index of pageEdgeLines(start, pageStarts[pageIndex + 1] ?? lines.length)) {
      const line = lines[index] as PageLine;
      if (isProducerCredit(line.content)) {
        credits.add(index);
        remove.set(index, { reason: 'producer-credit', evidence: `"${line.content}" credits the software that made the PDF, at the edge of a page` });
      }
    }
  });
  // Each page's edge lines, listed once (the steps below walk them again and again), and where
  // its text starts, a credit aside.
  const textStarts = pageStarts.map((start) => (credits.has(start) ? start + 1 : start));
  const edgesByPage = pageStarts.map((start, pageIndex) => {
    const end = pageStarts[pageIndex + 1] ?? lines.length;
    if (credits.size === 0) return pageEdgeLines(start, end);
    const kept: number[] = [];
    for (let index = start; index < end; index += 1) if (!credits.has(index)) kept.push(index);
    return pageEdgeLines(0, kept.length).map((position) => kept[position] as number);
  });
  // The same in one list, in page order (`Array.prototype.flat` costs a few microseconds a call).
  const allEdges: number[] = [];
  for (const edges of edgesByPage) for (const index of edges) allEdges.push(index);
  // A bare number of four digits is a year, not a newspaper's page number, away from a page's
  // edge (a two-line intertitle may end on one: `Une crue plus rapide qu’en` / `2021`).
  const edgeLines = new Set(allEdges);

  // Lines repeated at the edges of two pages or more.
  const keys = new Map<number, string>();
  const keyOf = (index: number): string => {
    let key = keys.get(index);
    if (key === undefined) {
      key = headerKey((lines[index] as PageLine).content);
      keys.set(index, key);
    }
    return key;
  };
  const seenOnPages = new Map<string, Set<number>>();
  for (let pageIndex = 0; pageIndex < pageStarts.length; pageIndex += 1) {
    for (const index of edgesByPage[pageIndex] as number[]) {
      const line = lines[index] as PageLine;
      if (line.content.length < 3 || endsSentence(line.content)) continue;
      const key = keyOf(index);
      const pages = seenOnPages.get(key) ?? new Set<number>();
      pages.add(pageIndex);
      seenOnPages.set(key, pages);
    }
  }
  for (let pageIndex = 0; pageIndex < pageStarts.length; pageIndex += 1) {
    for (const index of edgesByPage[pageIndex] as number[]) {
      const line = lines[index] as PageLine;
      const pages = line.content.length < 3 ? 0 : (seenOnPages.get(keyOf(index))?.size ?? 0);
      if (pages >= 2) remove.set(index, { reason: 'repeated-on-pages', evidence: `"${line.content}" stands at the edge of ${pages} pages` });
    }
  }

  // Jump lines, wherever pdftotext set them (a column's foot, the next page's first column).
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as PageLine;
    if (isJumpLine(line.content)) remove.set(index, { reason: 'jump-line', evidence: `"${line.content}" sends the reader to another page` });
  }

  // A date alone on its line, the same on two pages or more, is the running header's wherever
  // it stands: pdftotext's default mode may set a page's header after the page's first block.
  const datePages = new Map<string, Set<number>>();
  // The lines holding a date alone, found once: only they are looked up again.
  const datesAlone: number[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as PageLine;
    if (!isDateAlone(line.content)) continue;
    datesAlone.push(index);
    const pages = datePages.get(keyOf(index)) ?? new Set<number>();
    pages.add(line.page);
    datePages.set(keyOf(index), pages);
  }
  for (const index of datesAlone) {
    const line = lines[index] as PageLine;
    const pages = datePages.get(keyOf(index))?.size ?? 0;
    if (pages >= 2 && !remove.has(index)) {
      remove.set(index, { reason: 'repeated-on-pages', evidence: `"${line.content}", a date alone on its line, stands on ${pages} pages` });
    }
  }

  // A folio stands at a page's first and last lines even under a line that runs on (the page
  // broke in mid-sentence).
  const numbered = pageNumbersAtEdges(lines, allEdges);
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as PageLine;
    if (remove.has(index)) continue;
    if (
      isFolio(line.content) &&
      !/[.,]$/u.test(line.content) &&
      !numberInsideNumberedPage(line, lines[index - 1], lines[index + 1], edgeLines.has(index), numbered) &&
      !(continuesLineBefore(lines, index) && !edgeLines.has(index)) &&
      !(YEAR_ALONE.test(line.content) && !edgeLines.has(index))
    ) {
      remove.set(index, { reason: 'folio', evidence: `"${line.content}" alone on its line is a page number` });
    } else if (isDateHeader(line.content)) {
      remove.set(index, { reason: 'running-header', evidence: `"${line.content}" carries the page's date, as a running header does` });
    }
  }
  // A print utility's page header (enscript, a2ps) whose fields pdftotext's default mode set
  // apart above its page count.
  for (let pageIndex = 0; pageIndex < pageStarts.length; pageIndex += 1) {
    const start = textStarts[pageIndex] ?? 0;
    for (const index of edgesByPage[pageIndex] as number[]) {
      const line = lines[index] as PageLine;
      // The header's fields read as blocks of their own above its page count (pdftotext's
      // default mode): the lines standing alone between blank lines above it at the page's top.
      if (remove.get(index)?.reason === 'folio' && index - start < PAGE_EDGE_LINES && COUNTED_PAGE.test(line.content)) {
        for (let above = start; above < index; above += 1) {
          const field = lines[above] as PageLine;
          const alone = (above === start || field.blankBefore) && (lines[above + 1] as PageLine).blankBefore;
          if (alone && !remove.has(above) && field.content.length <= PAGE_HEADER_FIELD) {
            remove.set(above, { reason: 'running-header', evidence: `"${field.content}" stands alone above the page count "${line.content}" at the page's top, a field of its header` });
          }
        }
      }
    }
  }

  // At a page's edge only: a folio OCR garbled with its decoration (`• 31 •` read `e31°e`), or
  // one set between ornaments (`‹ 13 ›`, `• 20 •`).
  for (let pageIndex = 0; pageIndex < pageStarts.length; pageIndex += 1) {
    for (const index of edgesByPage[pageIndex] as number[]) {
      const line = lines[index] as PageLine;
      if (!remove.has(index) && isGarbledFolio(line.content)) {
        remove.set(index, { reason: 'folio', evidence: `"${line.content}" at the edge of a page is a number and marks with no word, a folio OCR misread` });
      } else if (!remove.has(index) && isOrnamentedFolio(line.content)) {
        remove.set(index, { reason: 'folio', evidence: `"${line.content}" at the edge of a page is a number between the ornaments a printer sets around a folio` });
      }
    }
  }

  // At a page's edge only: a printout's header, its title then the page counter (`Agence Belga
  // LIEGE-WIRE Page 1 / 1`), as enscript, a2ps or pr print a file.
  for (let pageIndex = 0; pageIndex < pageStarts.length; pageIndex += 1) {
    for (const index of edgesByPage[pageIndex] as number[]) {
      const line = lines[index] as PageLine;
      if (!remove.has(index) && isPrintoutHeader(line.content)) {
        remove.set(index, { reason: 'running-header', evidence: `"${line.content}" ends on a page counter, as a printout's header at the edge of a page` });
      }
    }
  }

  markRunningHeaders(lines, remove, [...allEdges, ...printedEdgeLines(lines, pageStarts)]);

  // At a page's edge only: the paper's name and the date in lower case with no comma between
  // (`Le Courrier du Val jeudi 26 février 2026`), as browsers and word processors print headers;
  // a folio beside the paper's or the section's name (`9 — L’Éclaireur du Quercy`).
  for (let pageIndex = 0; pageIndex < pageStarts.length; pageIndex += 1) {
    for (const index of edgesByPage[pageIndex] as number[]) {
      const line = lines[index] as PageLine;
      if (!remove.has(index) && isNamedDateHeader(line.content)) {
        remove.set(index, { reason: 'running-header', evidence: `"${line.content}" is a paper's name and a date at the edge of a page` });
      } else if (!remove.has(index) && isFolioBesideName(line.content)) {
        remove.set(index, { reason: 'folio', evidence: `"${line.content}" is a page number beside a name at the edge of a page` });
      }
    }
  }

  // At a page's edge only: a full date alone on its line, the weekday in lower case, beside a
  // line that looks like the paper's name (`Le Phare du Ponant` / `mercredi 25 mars 2026`), as a
  // browser prints the page's margin boxes; the name goes with it.
  // The page's edge lines are counted past a folio already out (`Page 18` over a head read a
  // cell a line: name, section, date).
  const edgesPastFolios = edgesByPage.map((edges, pageIndex) => {
    if (!edges.some((index) => remove.get(index)?.reason === 'folio')) return edges;
    const start = pageStarts[pageIndex] as number;
    const end = pageStarts[pageIndex + 1] ?? lines.length;
    const kept: number[] = [];
    for (let index = start; index < end; index += 1) if (!credits.has(index) && remove.get(index)?.reason !== 'folio') kept.push(index);
    return pageEdgeLines(0, kept.length).map((position) => kept[position] as number);
  });
  for (let pageIndex = 0; pageIndex < pageStarts.length; pageIndex += 1) {
    const pageEdges = edgesPastFolios[pageIndex] as number[];
    for (const index of pageEdges) {
      const line = lines[index] as PageLine;
      if (remove.has(index) || !isDateMaybeFolio(line.content)) continue;
      // Beside it, or two lines away where OCR read the header's line in pieces and set a
      // kicker between them (`Le Républicain franc-comtois` / `THÉÂTRE` / `jeudi 4 juin 2026`).
      // A name of two words or more first: a single word between it and the date is the kicker.
      // The name may be set in capitals as the masthead is (`LA DÉPÊCHE DES ABERS`), right beside the date.
      // The name with the section's label after a separator (`Le Nouvelliste savoyard | Agglomération`)
      // is taken two lines away as a plain name is: OCR and pdfminer read the head's cells apart
      // and set the kicker between them (the date / `Environnement` / the name and section).
      // The page's head already named the paper beside its section (`Le Progrès du Forez · Sports`, `Ouest-Armor | Bretagne`,
      // read out as a line the pages repeat): the page holds one paper's name, and the line beside
      // the date is the article's kicker or a signature, not a second name; the date goes out
      // beside that head below.
      if (pageEdges.some((edge) => edge !== index && remove.has(edge) && namesPaperBesideSection((lines[edge] as PageLine).content))) continue;
      const names = [index - 1, index + 1, index - 2, index + 2].filter(
        (neighbour) =>
          pageEdges.includes(neighbour) &&
          !remove.has(neighbour) &&
          (isPaperName((lines[neighbour] as PageLine).content) ||
            isPaperNameBesideSection((lines[neighbour] as PageLine).content) ||
            (Math.abs(neighbour - index) === 1 && isCapitalsPaperName((lines[neighbour] as PageLine).content))),
      );
      // A name beside its section first, wherever it stands: the head's own cell, where a line
      // nearer the date may be the article's kicker (`La Gazette du Val – Culture` / the folio /
      // the date / `Secours en montagne`).
      const name =
        names.find((neighbour) => isPaperNameBesideSection((lines[neighbour] as PageLine).content)) ??
        names.find((neighbour) => (lines[neighbour] as PageLine).content.includes(' ')) ??
        names[0];
      if (name === undefined) continue;
      const paper = (lines[name] as PageLine).content;
      remove.set(index, { reason: 'running-header', evidence: `"${line.content}" is a date alone beside the paper's name "${paper}" at the edge of a page` });
      remove.set(name, { reason: 'running-header', evidence: `"${paper}" is set beside the running header's date "${line.content}"` });
      // A head printed in three cells (name, section, date) and read a cell a line: the name
      // beyond the section, on the same side of the date, is the head's too, when it is a
      // name of two words or more (`Le Phare de la Côte` / `Faits du jour` / the date); a single
      // word there is the kicker under the head (`L’Indépendant des Vosges` / `Santé`).
      const beyond = name + (name - index);
      if (Math.abs(name - index) === 1 && names.includes(beyond) && (lines[beyond] as PageLine).content.includes(' ')) {
        remove.set(beyond, { reason: 'running-header', evidence: `"${(lines[beyond] as PageLine).content}" is set beside "${paper}" and the running header's date "${line.content}", a cell each` });
      }
    }
  }

  // At a page's edge only: a full date alone on its line right beside a line already read as the
  // page's head or foot (`page 26 La Dépêche des Abers` / `mardi 16 juin 2026`), a folio, or a
  // line the page's edges repeat from page to page (`Faits du jour` / `jeudi 19 novembre 2026`):
  // the header's other piece, which the extraction set on a line of its own.
  const headPiece = (index: number): boolean => {
    const reason = remove.get(index)?.reason;
    return reason === 'running-header' || reason === 'folio' || reason === 'repeated-on-pages';
  };
  for (let pageIndex = 0; pageIndex < pageStarts.length; pageIndex += 1) {
    const pageEdges = edgesByPage[pageIndex] as number[];
    for (const index of pageEdges) {
      const line = lines[index] as PageLine;
      if (remove.has(index) || !isDateMaybeFolio(line.content)) continue;
      const header = [index - 1, index + 1].find((neighbour) => pageEdges.includes(neighbour) && headPiece(neighbour));
      if (header === undefined) continue;
      remove.set(index, { reason: 'running-header', evidence: `"${line.content}" is a date alone beside the page's head "${(lines[header] as PageLine).content}" at the edge of a page` });
    }
  }

  // At a page's top, the short lines set beside the header's date: the paper's name.
  for (let pageIndex = 0; pageIndex < pageStarts.length; pageIndex += 1) {
    const start = textStarts[pageIndex] ?? 0;
    const end = Math.min(pageStarts[pageIndex + 1] ?? lines.length, start + PAGE_EDGE_LINES);
    let dateAt = -1;
    for (let index = start; index < end; index += 1) {
      const reason = remove.get(index)?.reason;
      // The head's date may have gone out as a line the pages repeat: still the head's date.
      if (reason === 'running-header' || (reason === 'repeated-on-pages' && isDateMaybeFolio((lines[index] as PageLine).content))) dateAt = index;
    }
    if (dateAt === -1) continue;
    // An article carries one kicker: a short line under the date, above the title, is it; then a
    // word between the name and the date is the header's section label (`Le Courrier du
    // Haut-Doubs` / `Départements` / `vendredi 5 juin 2026` / `Montagne`). The line under the
    // date is read past the page's folio already out (`mardi 24 novembre 2026` / `- 22 -` /
    // `Justice`): the folio is the head's piece, not the article's.
    const underDate = remove.get(dateAt + 1)?.reason === 'folio' ? dateAt + 2 : dateAt + 1;
    const kickerUnderDate = isShortKicker(lines[underDate], lines[underDate + 1]);
    for (let index = start; index < dateAt; index += 1) {
      const line = lines[index] as PageLine;
      // One word under the paper's name already removed: the kicker, which OCR read between the
      // name and the date.
      // Under a name that carries the section's label already (`L’Observateur du Quercy : Région` /
      // `Tribunal correctionnel` / the date), the head has no cell left: a line of any length is the kicker.
      const underName =
        !kickerUnderDate &&
        index > start &&
        (remove.get(index - 1)?.reason === 'running-header' || remove.get(index - 1)?.reason === 'repeated-on-pages') &&
        (!line.content.includes(' ') || isPaperNameBesideSection((lines[index - 1] as PageLine).content));
      // The page's first line may set the name in capitals (`LE RÉPUBLICAIN DU CENTRE`) above
      // a date alone on its line; above a date that carries the name, it is the kicker OCR read
      // before the page's head (`SÉCURITÉ CIVILE` / `La Sentinelle de l’Ouest — dimanche 10 mai 2026`).
      const capitalsOnTop = index === start && line.content.includes(' ') && isAllCapitals(line.content) && isDateAlone((lines[dateAt] as PageLine).content) && looksLikePaperName(line.content.toLowerCase().replace(/^\p{L}/u, (letter) => letter.toUpperCase()));
      if (!remove.has(index) && !underName && (looksLikePaperName(line.content) || capitalsOnTop)) {
        remove.set(index, { reason: 'running-header', evidence: `"${line.content}" stands above the running header's date` });
      }
    }
    const beside = lines[dateAt + 1];
    const after = lines[dateAt + 2];
    // The date opening its line with nothing after it but a folio (a name after it was the paper's).
    const dateText = (lines[dateAt] as PageLine).content;
    const dateMatch = headerDate().exec(dateText);
    const rest = dateMatch === null ? '' : dateText.slice(dateMatch.index + dateMatch[0].length).trim();
    const dateAlone = dateMatch?.index === 0 && (rest === '' || isFolio(rest));
    if (dateAt === start && dateAlone && beside !== undefined && after !== undefined && !remove.has(dateAt + 1) && looksLikePaperName(beside.content)) {
      // Kept only when what follows still opens an article (a title, not a line running on).
      if (!/^\p{Ll}/u.test(after.content)) {
        remove.set(dateAt + 1, { reason: 'running-header', evidence: `"${beside.content}" is set beside the running header's date` });
      }
    }
  }

  // Pieces of the running header's printed line that a column cut apart (`pdftotext -layout`):
  // the paper's name or the folio on the same line as the date.
  const headerLineNumbers = new Set<number>();
  for (const [index, removal] of remove) if (removal.reason === 'running-header') headerLineNumbers.add((lines[index] as PageLine).number);
  if (headerLineNumbers.size > 0) {
    lines.forEach((line, index) => {
      if (remove.has(index) || !headerLineNumbers.has(line.number)) return;
      if (looksLikePaperName(line.content) || isFolio(line.content)) {
        remove.set(index, { reason: 'running-header', evidence: `"${line.content}" is printed on the running header's line, beside its date` });
      }
    });
  }

  // A folio between ornaments under (or over) the lines of a page's head already taken out: the
  // page's edge once the head is out (pdftotext's default mode reads a head's cells a block each).
  pageStarts.forEach((start, pageIndex) => {
    const end = pageStarts[pageIndex + 1] ?? lines.length;
    let first = start;
    while (first < end && remove.has(first)) first += 1;
    let last = end - 1;
    while (last > first && remove.has(last)) last -= 1;
    for (const index of first === start && last === end - 1 ? [] : [first, last]) {
      const line = lines[index];
      if (line !== undefined && !remove.has(index) && isOrnamentedFolio(line.content)) {
        remove.set(index, { reason: 'folio', evidence: `"${line.content}" is a number between a folio's ornaments, at the page's edge once its head is out` });
      }
    }
  });

  // A head's cells OCR read apart (ocr-page-heads.ts): its section label and kicker read after.
  removeHeadCellsReadApart(lines, pageStarts, remove, isDateMaybeFolio, isPaperName);
  removeCelledPageHeads(lines, pageStarts, textStarts, remove);
  removeHeadAboveKicker(lines, pageStarts, remove);
  removeSectionLabels(lines, pageStarts, remove);
  removeHeadsRepeatingTheirDate(lines, remove);
  removeHeadsBesideFolios(lines, remove);
  // A head OCR read whole with its folio where no page edge shows it (ocr-page-heads.ts), among the lines left.
  removeHeadsWithTheirFolio(lines, remove);
  removeRepeatedHeadPieces(lines, remove);
  // Last, among the lines every rule above kept: a line opening on the page's date with only a
  // head's cells after it, wherever pdftotext read it (a page's foot between two lines of a column).
  for (let index = 0; index < lines.length; index += 1) {
    if (remove.has(index)) continue;
    const dated = datedHeadOutOfPlace(lines, index);
    if (dated !== undefined) remove.set(index, { reason: 'running-header', evidence: DATED_HEAD_EVIDENCE[dated]((lines[index] as PageLine).content) });
  }

  // Last, once every head's cell is out: a section's label left between them.
  removeLabelsBetweenHeadCells(lines, textStarts, remove);

  // A picture's place drawn as an empty frame of characters, read off before (drawn-frames.ts):
  // the first line after it is where its caption stands.
  const underPicture = new Set<number>();
  for (const place of underPictures) {
    const index = lines.findIndex((line) => line.number >= place);
    if (index !== -1 && !remove.has(index)) underPicture.add(index);
  }

  const kept: PageLine[] = [];
  let breakPending = false;
  lines.forEach((line, index) => {
    const removal = remove.get(index);
    if (removal !== undefined) {
      repairs.push({ kind: 'page-furniture-removed', line: line.number, before: line.content, reason: removal.reason, evidence: removal.evidence });
      breakPending = kept.length > 0;
      return;
    }
    const marked = underPicture.has(index) ? { ...line, underPicture: true } : line;
    kept.push(breakPending ? { ...marked, pageBreakBefore: true, blankBefore: false } : marked);
    breakPending = false;
  });
  return { lines: kept, repairs };
}

/**
 * A page's head set in cells (celled-page-head.ts), or its date alone (`dimanche 5 juillet 2026`),
 * right above or under a folio alone on its line
 * (clean, between ornaments, or garbled as OCR reads them: `20`, `(4)`, `26 |`), anywhere in the
 * text: a page's edge, the head and the page number a text that lost its page breaks (OCR as a
 * library serves it, one page after the other) keeps between two lines of the body, where a
 * number alone continuing a sentence is not taken for a folio on its own. Both come out.
 */
function removeHeadsBesideFolios(lines: readonly PageLine[], remove: Map<number, { reason: string; evidence: string }>): void {
  const isPageNumber = (index: number): boolean => {
    const line = lines[index];
    if (line === undefined) return false;
    const removal = remove.get(index);
    if (removal !== undefined) return removal.reason === 'folio';
    return isFolio(line.content) || isOrnamentedFolio(line.content) || isGarbledFolio(line.content);
  };
  lines.forEach((line, index) => {
    if (remove.has(index) || !FOUR_DIGITS.test(line.content) || !(isCelledPageHead(line.content) || isDateAlone(line.content))) return;
    const folio = isPageNumber(index - 1) ? index - 1 : isPageNumber(index + 1) ? index + 1 : -1;
    if (folio === -1) return;
    const number = (lines[folio] as PageLine).content;
    remove.set(index, { reason: 'running-header', evidence: `"${line.content}" sets a page's head in cells beside the page number "${number}": a page's edge` });
    if (!remove.has(folio)) remove.set(folio, { reason: 'folio', evidence: `"${number}" is the page number beside the page's head "${line.content}"` });
  });
}

/**
 * A page's head repeated with its cells in another order or read otherwise, anywhere in the
 * text: recto and verso pages mirror the head (`18 lundi 14 décembre 2026 L’Observateur du
 * Quercy · Société` over one page, `L’Observateur du Quercy · Société lundi 14 décembre 2026 19`
 * over the next), OCR reads its middle dot as `-` or `+` and its apostrophe either way, and a
 * text that lost its page breaks (OCR as a library serves it) keeps the next pages' heads between
 * two lines of the body. Such a line is a head set in cells (celled-page-head.ts) carrying the
 * very date of a line already taken out as the running header: every page of an issue prints
 * the same date in its head, and prose set in a head's form beside that date is not met.
 */
function removeHeadsRepeatingTheirDate(lines: readonly PageLine[], remove: Map<number, { reason: string; evidence: string }>): void {
  const dates = new Map<string, string>();
  for (const [index, removal] of remove) {
    if (removal.reason !== 'running-header' && removal.reason !== 'repeated-on-pages') continue;
    const content = (lines[index] as PageLine).content;
    const date = FOUR_DIGITS.test(content) ? headerDate().exec(content) : null;
    if (date !== null) dates.set(headerKey(date[0].trim()), content);
  }
  if (dates.size === 0) return;
  lines.forEach((line, index) => {
    if (remove.has(index) || !FOUR_DIGITS.test(line.content)) return;
    const date = headerDate().exec(line.content);
    const head = date === null ? undefined : dates.get(headerKey(date[0].trim()));
    if (head === undefined || !isCelledPageHead(line.content)) return;
    remove.set(index, { reason: 'running-header', evidence: `"${line.content}" sets in a page's head the date of the head "${head}" taken out: the next page's head` });
  });
}

/**
 * A page's head or foot printed in cells and read as one line (celled-page-head.ts: the paper's
 * name, a section's, the full date), taken at a page's very first or last line (a folio beside
 * it already out), where a page prints it (Prawn draws the head after the body, so that it comes
 * out last), unless the line after it goes on in lower case, as a sentence's next line would;
 * then the same line anywhere
 * else in the text: every page repeats its head, and a text that lost its page breaks (OCR, as a
 * library serves it) keeps the next pages' heads between two lines of the body.
 */
function removeCelledPageHeads(lines: readonly PageLine[], pageStarts: readonly number[], textStarts: readonly number[], remove: Map<number, { reason: string; evidence: string }>): void {
  const taken = new Set<string>();
  pageStarts.forEach((start, pageIndex) => {
    const end = pageStarts[pageIndex + 1] ?? lines.length;
    // The page's first and last lines once its folio and the like are out (a folio under the foot).
    let first = textStarts[pageIndex] ?? start;
    while (first < end - 1 && remove.has(first)) first += 1;
    let last = end - 1;
    while (last > first && remove.has(last)) last -= 1;
    for (const index of new Set([first, last])) {
      const line = lines[index];
      if (line === undefined || remove.has(index)) continue;
      // A head whose line the extraction cut after an elided letter (`La Vigie du Ponant L` /
      // `’actualité du jour mercredi 14 octobre 2026`): read whole across the cut.
      const cut = index === first ? elisionCut(line, lines[index + 1]) : undefined;
      if (cut !== undefined && index + 1 < end && !remove.has(index + 1) && isCelledPageHead(cut)) {
        const evidence = `"${cut}" sets the paper's name, a section and the date in one line at the head of a page, cut by the extraction after an elided letter`;
        remove.set(index, { reason: 'running-header', evidence });
        remove.set(index + 1, { reason: 'running-header', evidence });
        taken.add(headerKey(cut));
        continue;
      }
      if (!isCelledPageHead(line.content)) continue;
      const next = lines[index + 1];
      if (next !== undefined && next.page === line.page && /^\p{Ll}/u.test(next.content)) continue;
      remove.set(index, { reason: 'running-header', evidence: `"${line.content}" sets the paper's name, a section and the date in one line at the ${index === last ? 'foot' : 'head'} of a page` });
      taken.add(headerKey(line.content));
    }
  });
  if (taken.size === 0) return;
  lines.forEach((line, index) => {
    if (!remove.has(index) && taken.has(headerKey(line.content))) {
      remove.set(index, { reason: 'running-header', evidence: `"${line.content}" repeats a page's head taken at a page's edge` });
    }
  });
}

/**
 * A line ending on an elided letter alone (`… L`, `… d`) over a line opening on the apostrophe
 * (`’actualité …`): one printed line the extraction cut inside the word; the two joined, or
 * undefined.
 */
function elisionCut(line: PageLine, next: PageLine | undefined): string | undefined {
  if (next === undefined || next.page !== line.page) return undefined;
  const apostrophe = next.content.charCodeAt(0);
  if (apostrophe !== 0x2019 && apostrophe !== 39) return undefined;
  return /(?:^|\s)[LlDd]$/u.test(line.content) ? line.content + next.content : undefined;
}

/**
 * The pieces of a page's first and last printed lines wherever the reading order put them:
 * `pdftotext -layout` cuts a header set across the page at the columns' gutters and reads each
 * piece with its column, away from the page's top. The line's number in the file still says it
 * was printed at the page's edge.
 */
function printedEdgeLines(lines: readonly PageLine[], pageStarts: readonly number[]): number[] {
  const result: number[] = [];
  pageStarts.forEach((start, pageIndex) => {
    const end = pageStarts[pageIndex + 1] ?? lines.length;
    let first = Infinity;
    let last = -Infinity;
    for (let index = start; index < end; index += 1) {
      const number = (lines[index] as PageLine).number;
      if (number < first) first = number;
      if (number > last) last = number;
    }
    for (let index = start; index < end; index += 1) {
      const number = (lines[index] as PageLine).number;
      if (number === first || number === last) result.push(index);
    }
  });
  return result;
}

/**
 * A section's label (`Région`, `Vivre ici`, `L’actualité du jour`) that a page prints in its head
 * or foot band, where the band's other piece, the folio or a printout's page counter, is already
 * out. Taken at the page's first or last line once the rest of the band is out:
 * - right beside the folio or counter; at the page's top only over a kicker set above a title
 *   (an article carries one kicker: the short line over it is the band's), at its foot only
 *   under a sentence's end or a signature (the article's last line);
 * - at the foot of a page whose printout counts its pages (`Page 1/2`): a print utility sets its
 *   header and footer bands on every page, the counter in one and a label in the other;
 * - at the top of a page that prints a folio elsewhere: a short line over a kicker set above a
 *   title, the band's label.
 * A signature (`Marc Olivier`, `(AFP)`) is the article's, never taken.
 */
let lettersOnlyPattern: RegExp | undefined;
/** Words only: letters, spaces, apostrophes, hyphens (an OCR's stray bar after a name is no label's). */
function lettersOnly(): RegExp {
  return (lettersOnlyPattern ??= /^[\p{L}’' -]+$/u);
}

function removeSectionLabels(lines: readonly PageLine[], pageStarts: readonly number[], remove: Map<number, { reason: string; evidence: string }>): void {
  pageStarts.forEach((start, pageIndex) => {
    const end = pageStarts[pageIndex + 1] ?? lines.length;
    let folio: number | undefined;
    let counted = false;
    for (let index = start; index < end; index += 1) {
      const removal = remove.get(index);
      if (removal === undefined || (removal.reason !== 'folio' && removal.reason !== 'running-header')) continue;
      const content = (lines[index] as PageLine).content;
      if (removal.reason === 'folio') folio = index;
      if (COUNTED_PAGE.test(content) || isPrintoutHeader(content)) counted = true;
    }
    if (folio === undefined && !counted) return;
    let first = start;
    while (first < end && remove.has(first)) first += 1;
    let last = end - 1;
    while (last > first && remove.has(last)) last -= 1;
    if (first >= last) return;
    const besideBand = (index: number): string | undefined => {
      for (const neighbour of [index - 1, index + 1]) {
        const removal = neighbour >= start && neighbour < end ? remove.get(neighbour) : undefined;
        if (removal !== undefined && (removal.reason === 'folio' || removal.reason === 'running-header')) return (lines[neighbour] as PageLine).content;
      }
      return undefined;
    };
    const label = (index: number): boolean => {
      const content = (lines[index] as PageLine).content;
      return isSectionName(content) && lettersOnly().test(content) && !isSignature(content) && !isAllCapitals(content);
    };
    // At the top: over a kicker set above a title.
    if (label(first) && isShortKicker(lines[first + 1], lines[first + 2]) && !endsSentence((lines[first + 2] as PageLine).content)) {
      const band = besideBand(first);
      const line = lines[first] as PageLine;
      remove.set(first, {
        reason: 'section-label',
        evidence:
          band === undefined
            ? `"${line.content}" stands over the kicker "${(lines[first + 1] as PageLine).content}" at the top of a page that prints a folio: a section's label in the page's head`
            : `"${line.content}" stands beside "${band}" over the kicker "${(lines[first + 1] as PageLine).content}": a section's label in the page's head`,
      });
    }
    // At the foot: under the article's last line.
    let above = last - 1;
    while (above > first && remove.has(above)) above -= 1;
    const before = lines[above] as PageLine;
    if (label(last) && (endsSentence(before.content) || isSignature(before.content))) {
      const band = besideBand(last);
      const line = lines[last] as PageLine;
      if (band !== undefined) remove.set(last, { reason: 'section-label', evidence: `"${line.content}" stands beside "${band}" under the article's last line: a section's label in the page's band` });
      else if (counted) remove.set(last, { reason: 'running-header', evidence: `"${line.content}" closes a page whose printout counts its pages, under the article's last line: the label of the printout's footer` });
    }
  });
  // The same label beside a folio anywhere else: the next pages' bands, which a text that lost
  // its page breaks (OCR as a library serves it) keeps between two lines of the body.
  const labels = new Map<string, string>();
  for (const [index, removal] of remove) if (removal.reason === 'section-label') labels.set(headerKey((lines[index] as PageLine).content), (lines[index] as PageLine).content);
  if (labels.size === 0) return;
  lines.forEach((line, index) => {
    if (remove.has(index) || !labels.has(headerKey(line.content))) return;
    const folio = [index - 1, index + 1].find((neighbour) => remove.get(neighbour)?.reason === 'folio');
    if (folio === undefined) return;
    remove.set(index, { reason: 'section-label', evidence: `"${line.content}" beside the folio "${(lines[folio] as PageLine).content}" repeats the section's label taken at a page's edge` });
  });
}

/** Most cells of a page's head read a line each above the article's kicker. @default 2 */
const HEAD_CELLS = 2;
/** Longest cell of a page's head, in characters. @default 40 */
const HEAD_CELL_LENGTH = 40;

/** The removals that take a line for a piece of a page's head or foot. */
const HEAD_PIECE_REASONS: ReadonlySet<string> = new Set(['running-header', 'repeated-on-pages', 'folio']);

/**
 * A section's label left among the cells of a page's head that the extraction read a line each
 * (`Le Petit Vosgien` / `Région` / `mercredi 28 octobre 2026`), once the head's other cells are
 * out or read as such:
 * - between the paper's name and the page's date, one of them already taken out as the head's
 *   (the other, read by its form alone, goes with the label);
 * - over a line carrying the paper's name and the date, on the page's first line (`DÉPARTEMENT` /
 *   `La Sentinelle de l’Ouest, dimanche 10 mai 2026`).
 * An article carries one kicker, right above its title: the label is taken only where it cannot
 * be that kicker, that is where the head stands after the article's first line (a page's foot,
 * a later page), or where another short line under the head is set over a title (`Culture` /
 * the head / `Judo` / `Les podiums du club`). OCR may read the article's kicker between the
 * head's cells (`Le Républicain franc-comtois` / `THÉÂTRE` / `jeudi 4 juin 2026` over the title):
 * kept then.
 */
function removeLabelsBetweenHeadCells(lines: readonly PageLine[], textStarts: readonly number[], remove: Map<number, { reason: string; evidence: string }>): void {
  // Cheap first: a page's head taken out somewhere.
  let heads = false;
  for (const removal of remove.values()) if (removal.reason === 'running-header') heads = true;
  if (!heads) return;
  const articleStart = textStarts[0] ?? 0;
  const headPiece = (index: number): boolean => HEAD_PIECE_REASONS.has(remove.get(index)?.reason ?? '');
  const samePage = (index: number, other: number): boolean => lines[other] !== undefined && (lines[other] as PageLine).page === (lines[index] as PageLine).page;
  const isDateCell = (index: number): boolean => isDateMaybeFolio((lines[index] as PageLine).content);
  // A name of two words or more: one capitalised word alone is a label or a kicker (`Judo`).
  const isNameCell = (index: number): boolean => {
    const content = (lines[index] as PageLine).content;
    return content.includes(' ') && (isPaperName(content) || isCapitalsPaperName(content));
  };
  const isLabel = (content: string): boolean => isSectionName(content) && lettersOnly().test(content) && !isSignature(content);
  // Whether the article's kicker stands under the head's lines ending at `last`: past them (and
  // past the head's cells repeated, as a head and a foot both printed there), a short line over a title.
  const kickerUnder = (last: number, label: string): boolean => {
    let index = last + 1;
    while (index < lines.length && (remove.has(index) || (lines[index] as PageLine).content === label || isDateCell(index) || isNameCell(index))) index += 1;
    return isShortKicker(lines[index], lines[index + 1]);
  };
  // Whether a line of the article (kept, not a head's cell nor the label repeated) comes before `first`.
  const afterOpening = (first: number, label: string): boolean => {
    for (let index = articleStart; index < first; index += 1) {
      if (!remove.has(index) && (lines[index] as PageLine).content !== label && !isDateCell(index) && !isNameCell(index)) return true;
    }
    return false;
  };
  for (let index = 1; index < lines.length - 1; index += 1) {
    if (remove.has(index)) continue;
    const label = (lines[index] as PageLine).content;
    if (!isLabel(label) || !samePage(index, index - 1) || !samePage(index, index + 1)) continue;
    const before = index - 1;
    const after = index + 1;
    // The name on one side, the date on the other, one of them out already.
    const cells = (isNameCell(before) && isDateCell(after)) || (isDateCell(before) && isNameCell(after));
    if (!cells || (!headPiece(before) && !headPiece(after))) continue;
    if (!afterOpening(before, label) && !kickerUnder(after, label)) continue;
    const other = headPiece(before) ? after : before;
    const cellText = `"${(lines[before] as PageLine).content}" and "${(lines[after] as PageLine).content}"`;
    remove.set(index, { reason: 'section-label', evidence: `"${label}" stands between the page head's cells ${cellText}, the paper's name and the date, where the article's kicker cannot stand: the head's section label` });
    if (!remove.has(other)) remove.set(other, { reason: 'running-header', evidence: `"${(lines[other] as PageLine).content}" is a cell of the page's head beside its section label "${label}"` });
  }
  // The page's first line over a line carrying the paper's name and the date, the article's kicker under them.
  textStarts.forEach((first) => {
    const head = first + 1;
    const line = lines[first];
    if (line === undefined || remove.has(first) || remove.get(head)?.reason !== 'running-header' || !samePage(first, head)) return;
    if (!isLabel(line.content) || !carriesHeaderDate((lines[head] as PageLine).content) || !kickerUnder(head, line.content)) return;
    remove.set(first, { reason: 'section-label', evidence: `"${line.content}" stands over the page's head "${(lines[head] as PageLine).content}" at the page's top, the article's kicker under the head: the head's section label` });
  });
}

/**
 * A page's head whose cells the extraction read a line each, above the article's kicker: the
 * paper's (or the agency's) name, then the section's or the service's label, each alone between
 * blank lines, over a kicker in capitals set right above a title (`Le Petit Vosgien` /
 * `Actualités` / `AGRICULTURE` / `Le frelon asiatique gâche`, `Agence Belga` / `LIEGE-WIRE` /
 * `BELGIQUE`). An article carries one kicker: the short lines set apart above it are the page's.
 * Taken only when the page's first line is set as a paper's name is (two words or more, each
 * capitalised but the particles), where no date or folio stands beside it to say so, and the
 * title under the kicker is in lower case (a line in capitals under the kicker makes that line
 * the kicker).
 */
function removeHeadAboveKicker(lines: readonly PageLine[], pageStarts: readonly number[], remove: Map<number, { reason: string; evidence: string }>): void {
  pageStarts.forEach((start, pageIndex) => {
    const end = pageStarts[pageIndex + 1] ?? lines.length;
    let first = start;
    while (first < end && remove.has(first)) first += 1;
    // A name of two words at least: one capitalised word alone is a label (`Actualités`).
    if (first >= end || !(lines[first] as PageLine).content.includes(' ') || !isPaperName((lines[first] as PageLine).content)) return;
    for (let kicker = first + 1; kicker <= Math.min(first + HEAD_CELLS, end - 2); kicker += 1) {
      const line = lines[kicker] as PageLine;
      const title = lines[kicker + 1] as PageLine;
      // Every line above the kicker a short cell alone between blank lines, kept so far.
      const cell = lines[kicker - 1] as PageLine;
      if (remove.has(kicker - 1) || !line.blankBefore || cell.content.length > HEAD_CELL_LENGTH || /[.,;:!?]$/u.test(cell.content)) return;
      // The title in lower case: a line in capitals under it is the kicker, it a label of the head.
      if (!isAllCapitals(line.content) || !isShortKicker(line, title) || isAllCapitals(title.content) || endsSentence(title.content)) continue;
      const name = (lines[first] as PageLine).content;
      remove.set(first, { reason: 'running-header', evidence: `"${name}", set as a paper's name, stands alone at the page's top above the kicker "${line.content}" set over a title: a cell of the page's head` });
      for (let index = first + 1; index < kicker; index += 1) {
        const content = (lines[index] as PageLine).content;
        remove.set(index, { reason: 'running-header', evidence: `"${content}" stands alone between the paper's name "${name}" and the kicker "${line.content}" set over a title: a cell of the page's head` });
      }
      return;
    }
  });
}

/** Most words of a kicker told from a headline by its length alone. @default 3 */
const KICKER_WORDS = 3;

/**
 * A kicker above a title: a line of one to three words, a capital first, no punctuation, over a
 * longer line opening as a title does. A headline runs longer than three words.
 */
function isShortKicker(line: PageLine | undefined, title: PageLine | undefined): boolean {
  if (line === undefined || title === undefined) return false;
  const text = line.content;
  return hasKickerShape(text, { words: KICKER_WORDS, opening: 'capital', marks: BARE_LABEL_MARKS }) && title.content.length > text.length && startsLikeSentence(title.content);
}

/**
 * Running headers and footers wherever they fall, read by their form (running-header.ts): the
 * paper's name beside a full date, a folio beside the name, a label and a folio either side of
 * a vertical bar. A text that lost its page breaks (OCR as a library serves it, with no form
 * feed) keeps each page's head and foot between two lines of its body, where no page edge can
 * be seen: the form alone is taken there when more evidence backs it, since a line of prose
 * may by chance hold a name and a date. The evidence: the line stands at a page's edge, or
 * beside a folio, or the same paper's name is printed on another such line (every page repeats
 * it; recto and verso mirror it, `Le Messager comtois lundi 23 février 2026` then `8 | Le
 * Messager comtois`). A vertical bar is evidence enough: prose never sets one; so is a folio set
 * off from the paper's name by a dash or a bullet (`16 — Le Messager comtois`), which no
 * sentence opens or closes on.
 */
/** A folio set off from the rest of its line by a dash, a bullet or a bar: `16 — Le Réveil`, `Le Réveil • 16`. */
const RULED_FOLIO = /^\d{1,4}\s*[—–|•·]|[—–|•·]\s*\d{1,4}$/u;

function markRunningHeaders(lines: readonly PageLine[], remove: Map<number, { reason: string; evidence: string }>, edgeIndexes: readonly number[]): void {
  const headers = new Map<number, RunningHeader>();
  const names = new Map<string, number>();
  lines.forEach((line, index) => {
    const header = readRunningHeader(line.content);
    if (header === undefined) return;
    headers.set(index, header);
    if (header.name !== undefined) {
      const key = paperNameKey(header.name);
      names.set(key, (names.get(key) ?? 0) + 1);
    }
  });
  if (headers.size === 0) return;
  const atEdge = new Set(edgeIndexes);
  for (const [index, header] of headers) {
    if (remove.has(index)) continue;
    const line = lines[index] as PageLine;
    const repeated = header.name === undefined ? 0 : (names.get(paperNameKey(header.name)) ?? 0);
    const folio = [index - 1, index + 1].find((neighbour) => remove.get(neighbour)?.reason === 'folio');
    let evidence: string | undefined;
    if (header.kind === 'section-folio') evidence = `"${line.content}" sets a label and a folio either side of a vertical bar, as a page's head does`;
    else if (header.kind === 'folio-name' && RULED_FOLIO.test(line.content)) evidence = `"${line.content}" sets the folio and the paper's name either side of a rule, as a page's foot does`;
    else if (repeated >= 2) evidence = `"${line.content}" prints the paper's name "${header.name}", as ${repeated} running headers of the text do`;
    else if (folio !== undefined) evidence = `"${line.content}" prints the paper's name beside the folio "${(lines[folio] as PageLine).content}"`;
    else if (atEdge.has(index)) evidence = `"${line.content}" prints the paper's name${header.kind === 'dated' ? ' and a date' : ' and a folio'} at the edge of a page`;
    if (evidence !== undefined) remove.set(index, { reason: 'running-header', evidence });
  }
}

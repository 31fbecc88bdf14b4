/**
 * Intertitles: the short headings a newspaper sets between paragraphs of the body. A line is
 * one when it follows the end of a sentence, opens with a capital or a figure (`248 places`), carries none of the
 * punctuation a sentence ends or pauses on (before a closing quote too: `… les matins. »`),
 * does not end on a word that runs on (`de`, `la`), is followed by a line opening a sentence or a dialogue's turn, and stops so short that the next line's first
 * word would have fitted on it (the column did not end it), or has space on both sides, or is
 * followed by a line opening on a sentence's first word (an article, a pronoun…, then a small letter),
 * or by a list's items (`listFollows`: quantities, entries opening on a label), which no sentence runs on into,
 * or is one quotation closed on no stop (`« Vingt-neuf élèves sur quatre niveaux »`, isQuotedHeading).
 * Each becomes a paragraph of its own (the roles have no subheading).
 *
 * An intertitle set in a larger face than the body may wrap over two lines: its first line runs
 * to the column's edge, its second stops short and ends on no punctuation and no word that runs
 * on, right before a line opening a sentence. Running text never leaves that trace: a sentence
 * that stops short of the column ends on its punctuation.
 */
import { endsSentence, isAllCapitals, opensSentenceOrTurn } from './layout-block.ts';
import { runsOn } from './furniture-on-top.ts';
import { itemNumber, opensOnLabel } from './list-items.ts';
import { PARAGRAPH_INDENT_LIMIT, stopsShort, stopsShortPrinted } from './paragraph-ends.ts';
import type { PageLine } from './page-line.ts';
import { MONTH_ACCENTED } from './french-dates.ts';

/** Longest intertitle, in characters and words. @default 70, 12 */
const INTERTITLE_LENGTH = 70;
const INTERTITLE_WORDS = 12;

/** A figure opening the line: a list's own item (`1. Lucas…`, wrapped), no heading over it. */
const ITEM_OPENING = /^\d/u;
const QUOTE_RUNNING_ON = /^[«“"]\s*\p{Ll}/u;
/**
 * A figure then a word in small letters (`38 secondes d’avance…`): French typography never opens
 * a sentence on a figure (it spells the number out), so the line runs on from the one before; a
 * list's number (`1. Soyaux…`) or a date (`22 novembre :`) after a heading is another thing, and
 * so is a list of quantities opening on the next line (`800 g de châtaignes…`, list-items'
 * opensFigureList: `listFollows`), and an entry's label and its colon (`15 h : atelier…`, an
 * agenda's hour under its day: list-items' opensOnLabel), which no sentence runs on into.
 */
const FIGURE_RUNNING_ON = new RegExp(String.raw`^\d+(?:[ \u00a0\u202f]\d{3})*(?:,\d+)? (?!${MONTH_ACCENTED}\b)\p{Ll}`, 'u');
/**
 * A line opening on a capitalised article, pronoun, preposition, conjunction, quantifier or ordinal
 * followed by a small letter (`La péniche, longue…`, `Quand elle…`, `Plusieurs stations…`,
 * `Deuxième volet, …`): a sentence's opening. Running text that reaches
 * the column's edge with no punctuation never goes on that way (only a name would, `Le Havre`),
 * so the line before it, a heading set in a wider face that fills the column, was ended on purpose.
 */
export const SENTENCE_OPENING =
  /^(?:Le|La|Les|L['’]|Un|Une|Des|Du|De|D['’]|Il|Elle|Ils|Elles|On|Nous|Vous|Je|J['’]|Ce|Cet|Cette|Ces|C['’]|Son|Sa|Ses|Leur|Leurs|Mais|Et|Or|Donc|Car|Puis|Pour|Par|Dans|En|Au|Aux|À|Avec|Sans|Sur|Sous|Selon|Depuis|Pendant|Après|Avant|Quand|Lorsque|Si|Comme|Dès|Chaque|Pourtant|Ainsi|Alors|Enfin|Désormais|Plusieurs|Certains|Certaines|Quelques|Aucun|Aucune|Tous|Toutes|Premier|Première|Deuxième|Troisième|Dernier|Dernière|Cependant|Toutefois|Néanmoins|Parmi|Malgré|Hier|Demain)(?:\s|(?<=['’]))\p{Ll}/u;

/**
 * A line that cannot go on with the sentence the line before it left unfinished, so that the
 * sentence's end is elsewhere (a column's foot read before the next column's head, a caption's
 * credit closing on no stop): it opens on a capitalised article, pronoun or preposition before a
 * small letter (`SENTENCE_OPENING`: `Le lotissement retardé`, `Des piles rongées par l’eau`), which
 * no sentence holds past its first word (an article before a small letter opens no name), and
 * the line after it opens a sentence the same way. The line before must not end on a colon, an
 * opening quote or a word cut by a hyphen, after which a capital may follow. It lets a heading
 * there be tried as an intertitle (`isIntertitle`'s `afterIntertitle`), its other tests all kept.
 */
export function headsAfterUnfinishedLine(line: PageLine, previous: PageLine | undefined, next: PageLine | undefined): boolean {
  if (previous === undefined || next === undefined || line.content.length > INTERTITLE_LENGTH) return false;
  if (!SENTENCE_OPENING.test(line.content) || !SENTENCE_OPENING.test(next.content)) return false;
  const before = previous.content.trimEnd();
  return !endsSentence(before) && !/[:«“"(\-–—]$/u.test(before);
}

export function isIntertitle(
  line: PageLine,
  previous: PageLine | undefined,
  next: PageLine | undefined,
  width: number,
  afterIntertitle = false,
  listFollowing: boolean | (() => boolean) = false,
  measure = 0,
): boolean {
  const text = line.content;
  if (next === undefined || previous === undefined || text.length > INTERTITLE_LENGTH) return false;
  // Cheapest tests first: this runs on every line of the body.
  if (!endsSentence(previous.content) && !afterIntertitle) return false;
  // Whether a list opens on the next line, asked (a function) only of a line the tests above let through.
  const listFollows = typeof listFollowing === 'function' ? listFollowing() : listFollowing;
  // Set apart: the next word would have fitted, the next line is indented, or space (a blank
  // line, a page break) stands on both sides of the line.
  const setApart = line.blankBefore && (next.blankBefore || next.pageBreakBefore);
  // A quotation opening on a small letter (`« un moindre mal »`) runs on from the line before.
  if (!opensSentenceOrTurn(next.content) || QUOTE_RUNNING_ON.test(next.content) || (FIGURE_RUNNING_ON.test(next.content) && ((!listFollows && !opensOnLabel(next.content)) || wrapsItem(text))) || !(setApart || stopsShortOfMeasure(line, next, width, measure) || next.indent >= 2 || SENTENCE_OPENING.test(next.content) || (listFollows && !ITEM_OPENING.test(text)) || isQuotedHeading(text))) return false;
  if (!/^[\p{Lu}\p{N}«“"]/u.test(text) || /[,;:.…]\s*[»”"]?$/u.test(text) || text.split(' ').length > INTERTITLE_WORDS) return false;
  if (isAllCapitals(text) && text.length < 4) return false;
  return !runsOn(text);
}

/**
 * The line opens a list's numbered item (`1. Mathis Dorval (Ariège Cyclisme) en 3 h`), so a
 * figure in small letters opening the next line (`52 min 17 s.`) is the item's words going on
 * (FIGURE_RUNNING_ON), not a list of quantities under a heading: no heading opens on an item's
 * number, whatever list follows.
 */
function wrapsItem(text: string): boolean {
  return itemNumber(text) !== undefined;
}

/** Whether `first` and `second` are one intertitle wrapped over two lines (see the module's comment). */
export function isTwoLineIntertitle(first: PageLine, second: PageLine | undefined, previous: PageLine | undefined, next: PageLine | undefined, width: number, measure = 0): boolean {
  if (second === undefined || next === undefined || previous === undefined) return false;
  if (first.content.length + second.content.length + 1 > INTERTITLE_LENGTH || !endsSentence(previous.content)) return false;
  if (!opensSentenceOrTurn(next.content) || QUOTE_RUNNING_ON.test(next.content) || !stopsShortOfMeasure(second, next, width, measure)) return false;
  if (!/^[\p{Lu}«“"]/u.test(first.content) || /[,;:.…!?]\s*[»”"]?$/u.test(first.content) || /[,;:.…!?-]\s*[»”"]?$/u.test(second.content)) return false;
  const text = `${first.content} ${second.content}`;
  if (text.split(' ').length > INTERTITLE_WORDS || (isAllCapitals(text) && text.length < 4)) return false;
  return !runsOn(second.content);
}

/**
 * A line that is one quotation and nothing else, closed on no stop (`« Vingt-neuf élèves sur
 * quatre niveaux »`): a heading made of a speaker's words, as papers set them. A quotation in running
 * text that fills a line from its first character to its last ends its sentence with a stop
 * before the closing guillemet (`… niveaux. »`), or goes on after it (`», dit-elle`, which the
 * next line would open on, in small letters or a comma); closed on a bare word, and followed by a
 * sentence's opening, it was ended on purpose, however full the column's line it fills.
 */
function isQuotedHeading(text: string): boolean {
  if (text.charCodeAt(0) !== 0xab || text.charCodeAt(text.length - 1) !== 0xbb) return false;
  const inner = text.slice(1, -1);
  return !QUOTE_MARKS.test(inner) && !/[.!?…,;:]\s*$/u.test(inner);
}
/** A guillemet inside a line: more than one quotation, or one closed before the line's end. */
const QUOTE_MARKS = /[«»]/u;

/**
 * The line stops short of the column, read on characters or, where the column's printed measure
 * is known (`measure`, paragraph-ends' estimatePrintedMeasure), on the printed widths of its
 * letters and the next word's: in a narrow column a character or two decide, and letters differ
 * in width (`Des clôtures et des patous` and `Depuis` fit in 34 characters' measure printed,
 * not counted).
 */
function stopsShortOfMeasure(line: PageLine, next: PageLine, width: number, measure: number): boolean {
  // A line indented from its column's edge (a paragraph's first line, as `pdftotext -layout` keeps
  // it) fills the column from its indent: counted without it, a full first line stops short, and a
  // paragraph's opening line followed by a name (`… et du batteur` / `Tom Lacaze, elle a …`) was
  // taken for an intertitle. Its indent is known in characters only, so it is read on characters.
  // Wider than a paragraph's indent, the line is centred or ranged right (a credit): no first line.
  if (line.indent > 0 && line.indent <= PARAGRAPH_INDENT_LIMIT) return stopsShort({ ...line, content: `${INDENT_FILL.repeat(line.indent)}${line.content}` }, next, width);
  return stopsShort(line, next, width) || (measure > 0 && stopsShortPrinted(line, next, width, measure));
}
/** A character standing for one of an indent's columns when a line's length is counted from its column's edge. */
const INDENT_FILL = 'n';

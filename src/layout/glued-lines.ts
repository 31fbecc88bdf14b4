/**
 * Two printed lines an extraction wrote as one, a sentence's end glued to the capital opening the
 * next (`dégagés par deux dépanneuses.BLOIS — Un homme…`, `sur la rocade.La Gazette des Vosges`),
 * cut apart again. pypdf's `extract_text` writes one text object after another with nothing
 * between them where the producer drew them as objects of their own (a caption, then the body's
 * first line; a paragraph's last line, then the running footer; a heading, then its text): no
 * line break, no space. The layouts then read a caption, a dateline or a footer into a paragraph.
 * Over every read split, pypdf's texts hold such a glued point on 177 pages, every other tool's on
 * none (one `-layout` line, which is a paragraph's end too). So does a folio between ornaments at a
 * line's start glued to the kicker or heading drawn after it (`- 12 -Faits divers`, on 37 pages
 * of eleven splits' pypdf texts, one of pdf.js's and PDFBox's): cut wherever it is. And so does a
 * line ending in small letters glued to the dateline opening the next (`Par Gaëlle Le
 * BihanQUIBERON — Sur`, on three pages of pypdf's texts, none of another tool's): cut wherever it is.
 * And so is a running head, by its full date: a sentence's end glued to a capital that opens words
 * and a full date ending the line, maybe a folio after it (`salle polyvalente de Boé.L’Indépendant
 * des Vallées · mardi 7 juillet 2026`: pypdf writes the page's footer after its last line), and a
 * full date's year glued to the letter after it (`La Voix du Massif DIMANCHE 22 MARS 2026département
 * sera`: pdf.js's and PDFBox's texts run the next page's header into its first line). Over the
 * development splits' other extractors' texts, 30 pages of nine splits and ten typesetting tools
 * hold one, a single glued point in a text of printed lines: the head then stayed in a paragraph.
 * No sentence ends on a weekday, a day, a month and a year with nothing after them but a folio
 * while opening glued to the sentence before, and no year touches a letter.
 *
 * Evidence: a full stop, `!`, `?` or a closing guillemet after a lower-case letter, a figure, `)`
 * or `»`, then at once a capital and a letter: French always sets a space there. A typist's
 * missing space (`à deux points de Nice.Le club`) is no line break: the cut is made only where
 * the line holding it is longer than the text's printed lines (`LONGER_THAN_MEASURE` of the
 * length most of its lines stay under), so it holds two of them, or where the text shows the
 * habit at least `FEWEST_GLUED` times; never in a line that lost its word spaces too (a line of
 * glued words, `glued-words.ts`'s). Each cut is a recorded repair; the line map
 * (`lineNumbers`, as `joinSoftHyphenLines` gives) puts later line numbers back on the source's.
 */
import type { Repair } from '../types.ts';
import { lengthPercentile } from './page-line.ts';
import { MONTH_ANY_ACCENT, WEEKDAY } from './french-dates.ts';

let gluedPointPattern: RegExp | undefined;
/** A sentence's end glued to a capital and a letter: where a cut goes. */
function gluedPoint(): RegExp {
  return (gluedPointPattern ??= /(?<=[\p{Ll}\d)»][.!?»])(?=\p{Lu}[\p{Ll}\p{Lu}])/gu);
}
let gluedFolioPattern: RegExp | undefined;
/**
 * A folio between ornaments at a line's start glued to a capital (`- 12 -Faits divers`,
 * `[26]Agriculture`, `• 24 •ÉDUCATION`): the page's number drawn apart from the kicker or the
 * heading after it. No sentence opens on a number between two dashes, bullets or brackets.
 */
function gluedFolio(): RegExp {
  return (gluedFolioPattern ??= /^\s*(?:([-–—•·|])\s?\d{1,4}\s?\1|[-–—]\s?\d{1,4}\s?[-–—]|\[\s?\d{1,4}\s?\]|\(\s?\d{1,4}\s?\)|‹\s?\d{1,4}\s?›)(?=\p{Lu})/u);
}
let gluedDatelinePattern: RegExp | undefined;
/**
 * A word in small letters glued to a dateline's place in capitals, maybe its agency in brackets,
 * and its dash (`Par Thomas MartinREIMS — Le`, `VergnaudSAINT-AUBIN-SUR-LOIRE (AFP) — Il`, a byline
 * then the body's first line): French sets no capitals' run right after a small letter, and a
 * place in capitals followed by a dash opens a body.
 */
function gluedDateline(): RegExp {
  return (gluedDatelinePattern ??= /(?<=[a-zß-öø-ÿœ])(?=[A-ZÀ-ÖØ-ÞŒ]{2}[\p{Lu}'’ -]*(?: \([^)]{1,30}\))?\s[—–-]\s)/gu);
}
let headDateEndingPattern: RegExp | undefined;
/**
 * A running head's end: a full date, any case (`mardi 7 juillet 2026`, `DIMANCHE 22 MARS 2026`),
 * maybe a folio after it (`2026 15`, `2026 - 13 -`), then the line's end; the words before it are
 * read by `gluedRunningHead`.
 */
function headDateEnding(): RegExp {
  return (headDateEndingPattern ??= new RegExp(String.raw`\s(${WEEKDAY})\s+\d{1,2}(?:er)?\s+${MONTH_ANY_ACCENT}\s+\d{4}(?:\s+(?:[-–—]\s?)?\d{1,4}(?:\s?[-–—])?)?\s*$`, 'iu'));
}
/**
 * Words prose sets right before a date, which a running head never does (it sets its paper's or
 * section's name there, or a separator): `se réunira le mardi 3 mars 2026`, `depuis lundi…`.
 */
const PROSE_BEFORE_DATE = new Set(['le', 'du', 'au', 'ce', 'dès', 'depuis', 'avant', 'après', 'jusqu’au', "jusqu'au", 'pour', 'sur', 'et', 'ou', 'à', 'de', 'lieu', 'est', 'sera', 'a', 'était', 'prochain', 'dernier', 'soit']);
let gluedHeadPointPattern: RegExp | undefined;
/**
 * A sentence's end glued to a capital, as `gluedPoint` reads it, but after any letter (`J.-P.
 * D.Le Courrier`, initials signing the article) and before an elided article (`Boé.L’Indépendant`):
 * the date after it is the evidence here.
 */
function gluedHeadPoint(): RegExp {
  return (gluedHeadPointPattern ??= /(?<=[\p{L}\d)»][.!?»])(?=\p{Lu}[\p{L}'’])/gu);
}
/** Longest run of words a running head sets before its date (the paper's name, its section), in characters. @default 70 */
const HEAD_WORDS = 70;
const FOUR_DIGITS = /\d{4}/;
/** A line ending on a figure, maybe a folio's closing dash after it: a running head's end. */
const ENDS_ON_FIGURE = /\d\s*[-–—]?\s*$/u;
/** A sentence's end against a capital, the cheap test before `gluedHeadPoint`. */
const POINT_BEFORE_CAPITAL = /[.!?»]\p{Lu}/u;
/** Four figures against a letter, the cheap test before `gluedYear`. */
const YEAR_BEFORE_LETTER = /\d{4}[a-zA-Zà-öø-ÿœÀ-ÖØ-ÞŒ]/u;
/**
 * The last glued point of `line` after which a running head stands: words with no
 * sentence's end among them, then a full date ending the line (`headDateEnding`), the word before
 * the date no word prose sets there. Undefined when none does.
 */
function gluedRunningHead(line: string): number | undefined {
  // A date or a folio ends the line, and a point is glued to a capital: most lines are let go here.
  if (!ENDS_ON_FIGURE.test(line) || !POINT_BEFORE_CAPITAL.test(line) || !FOUR_DIGITS.test(line)) return undefined;
  const date = headDateEnding().exec(line);
  if (date === null) return undefined;
  let point: number | undefined;
  for (const match of line.slice(0, date.index).matchAll(gluedHeadPoint())) point = match.index;
  if (point === undefined) return undefined;
  const words = line.slice(point, date.index);
  if (/[.!?]/u.test(words) || words.length > HEAD_WORDS) return undefined;
  const before = /(\S+)\s*$/u.exec(words)?.[1]?.toLowerCase();
  return before === undefined || PROSE_BEFORE_DATE.has(before) ? undefined : point;
}
let gluedYearPattern: RegExp | undefined;
/**
 * A full date's year glued to the letter after it (`MARS 2026département`, `mai 2026DÉPARTEMENT`):
 * the cut goes at the match's end.
 */
function gluedYear(): RegExp {
  return (gluedYearPattern ??= new RegExp(String.raw`(?:^|\s)${WEEKDAY}\s+\d{1,2}(?:er)?\s+${MONTH_ANY_ACCENT}\s+\d{4}(?=[a-zà-öø-ÿœ])`, 'giu'));
}
/**
 * Cheap first test: a point, or a folio's closing ornament, then a capital, or a small letter then
 * two capitals, anywhere. The letters of the last are the Latin ones French writes, as in
 * `gluedDateline`: a text scanned for `\p{Ll}` at every letter costs ten times more.
 */
const ANY_GLUED = /[.!?»]\p{Lu}|\d\s?[-–—•·|\])›]\p{Lu}|[a-zß-öø-ÿœ][A-ZÀ-ÖØ-ÞŒ]{2}|\d{4}[a-zA-Zà-öø-ÿœÀ-ÖØ-ÞŒ]/u;
/** Share of the text's lines the measure is read at (the length most lines stay under). @default 0.9 */
const MEASURE_SHARE = 0.9;
/** How much longer than the measure a line must be to hold two printed lines. @default 1.1 */
const LONGER_THAN_MEASURE = 1.1;
/** Glued points in a text from which it is read as having the habit, whatever its lines' lengths. @default 2 */
const FEWEST_GLUED = 2;

/** Most characters a line holds per word space for its words to be parted: French sets one every six or seven. @default 12 */
const CHARACTERS_PER_SPACE = 12;

/**
 * Whether a line's words are parted by spaces: one that lost them (pypdf's
 * `leDracetl’Isère.Lechantier,estimé`) glued its words, not two lines, and is left to
 * `glued-words.ts`.
 */
function spacedAsWords(line: string): boolean {
  let spaces = 0;
  for (const character of line.trim()) if (character === ' ') spaces += 1;
  return spaces * CHARACTERS_PER_SPACE >= line.trim().length;
}

export interface GluedLinesCut {
  text: string;
  repairs: Repair[];
  /** For each line of `text`, the 1-based source line it comes from (first and last alike); undefined when nothing was cut. */
  lineNumbers?: { first: number[]; last: number[] };
}

export function cutGluedLines(text: string): GluedLinesCut {
  if (!ANY_GLUED.test(text)) return { text, repairs: [] };
  const lines = text.split('\n');
  // Each line tested once: most lines of a text with a glued point anywhere hold none.
  const mayGlue = lines.map((line) => ANY_GLUED.test(line));
  const glued = lines.map((line, index) => (mayGlue[index] === true && spacedAsWords(line) ? [...line.matchAll(gluedPoint())].map((match) => match.index) : []));
  const folios = lines.map((line, index) => (mayGlue[index] === true ? gluedFolio().exec(line)?.[0].length : undefined));
  const datelines = lines.map((line, index) => (mayGlue[index] === true ? [...line.matchAll(gluedDateline())].map((match) => match.index) : []));
  const heads = lines.map((line, index) => (mayGlue[index] === true ? gluedRunningHead(line) : undefined));
  const years = lines.map((line, index) => (mayGlue[index] === true && YEAR_BEFORE_LETTER.test(line) ? [...line.matchAll(gluedYear())].map((match) => match.index + match[0].length) : []));
  const count = glued.reduce((sum, points) => sum + points.length, 0);
  const none = (points: readonly number[]) => points.length === 0;
  if (count === 0 && folios.every((folio) => folio === undefined) && datelines.every(none) && years.every(none) && heads.every((head) => head === undefined)) {
    return { text, repairs: [] };
  }
  const lengths: number[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed !== '') lengths.push(trimmed.length);
  }
  const measure = lengthPercentile(lengths, MEASURE_SHARE);
  // A typist's missing space or two (`à Nice.Le club`) and no folio, dateline, running head or
  // glued year: a cut only where such a line holds two printed lines; most texts let go here,
  // with nothing rebuilt.
  if (count < FEWEST_GLUED && folios.every((folio) => folio === undefined) && datelines.every(none) && years.every(none) && heads.every((head) => head === undefined)) {
    if (!lines.some((line, index) => (glued[index] as number[]).length > 0 && line.trim().length > measure * LONGER_THAN_MEASURE)) return { text, repairs: [] };
  }
  const out: string[] = [];
  const sources: number[] = [];
  const repairs: Repair[] = [];
  lines.forEach((line, index) => {
    const long = line.trim().length > measure * LONGER_THAN_MEASURE;
    const folio = folios[index];
    const head = heads[index];
    const habit = long || count >= FEWEST_GLUED ? (glued[index] as number[]) : [];
    const sentences = head === undefined || habit.includes(head) ? habit : [...habit, head].sort((first, second) => first - second);
    const dateline = datelines[index] as number[];
    const year = years[index] as number[];
    const cut = folio === undefined ? sentences : [folio, ...sentences.filter((point) => point > folio)];
    const others = dateline.length === 0 ? year : [...dateline, ...year];
    const points = others.length === 0 ? cut : [...new Set([...cut, ...others])].sort((first, second) => first - second);
    if (points.length === 0) {
      out.push(line);
      sources.push(index + 1);
      return;
    }
    let from = 0;
    for (const point of points) {
      out.push(line.slice(from, point));
      sources.push(index + 1);
      from = point;
    }
    out.push(line.slice(from));
    sources.push(index + 1);
    repairs.push({
      kind: 'line-split',
      line: index + 1,
      before: line.trim(),
      after: points.map((point) => `${line.slice(Math.max(0, point - 12), point)}|${line.slice(point, point + 12)}`).join(' '),
      reason: 'glued-lines',
      evidence:
        year.length > 0 && dateline.length === 0 && sentences.length === 0 && folio === undefined
          ? `a full date's year glued to the letter after it: a running head and the line after it, written as one`
          : head !== undefined && !habit.includes(head)
            ? `a sentence's end glued to a capital opening words and a full date that end the line: the line and the running head after it, written as one`
            : dateline.length > 0 && sentences.length === 0 && folio === undefined
          ? `a word in small letters glued to a place in capitals and its dash: a line and the dateline opening the next, written as one`
          : sentences.length === 0
            ? `a folio between ornaments glued to the capital after it: the page's number and the next line, written as one`
            : long
              ? `a sentence's end glued to a capital, in a line of ${line.trim().length} characters where the text's lines run to ${measure}: two printed lines the extraction wrote as one`
              : `a sentence's end glued to a capital, ${count} times in the text: two printed lines the extraction wrote as one, with no line break`,
    });
  });
  if (repairs.length === 0) return { text, repairs: [] };
  return { text: out.join('\n'), repairs, lineNumbers: { first: sources, last: sources } };
}

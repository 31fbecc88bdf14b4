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
/**
 * Cheap first test: a point, or a folio's closing ornament, then a capital, or a small letter then
 * two capitals, anywhere. The letters of the last are the Latin ones French writes, as in
 * `gluedDateline`: a text scanned for `\p{Ll}` at every letter costs ten times more.
 */
const ANY_GLUED = /[.!?»]\p{Lu}|\d\s?[-–—•·|\])›]\p{Lu}|[a-zß-öø-ÿœ][A-ZÀ-ÖØ-ÞŒ]{2}/u;
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
  const count = glued.reduce((sum, points) => sum + points.length, 0);
  if (count === 0 && folios.every((folio) => folio === undefined) && datelines.every((points) => points.length === 0)) return { text, repairs: [] };
  const lengths: number[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed !== '') lengths.push(trimmed.length);
  }
  const measure = lengthPercentile(lengths, MEASURE_SHARE);
  // A typist's missing space or two (`à Nice.Le club`) and no folio or dateline: a cut only where
  // such a line holds two printed lines; most texts let go here, with nothing rebuilt.
  if (count < FEWEST_GLUED && folios.every((folio) => folio === undefined) && datelines.every((points) => points.length === 0)) {
    if (!lines.some((line, index) => (glued[index] as number[]).length > 0 && line.trim().length > measure * LONGER_THAN_MEASURE)) return { text, repairs: [] };
  }
  const out: string[] = [];
  const sources: number[] = [];
  const repairs: Repair[] = [];
  lines.forEach((line, index) => {
    const long = line.trim().length > measure * LONGER_THAN_MEASURE;
    const folio = folios[index];
    const sentences = long || count >= FEWEST_GLUED ? (glued[index] as number[]) : [];
    const dateline = datelines[index] as number[];
    const cut = folio === undefined ? sentences : [folio, ...sentences.filter((point) => point > folio)];
    const points = dateline.length === 0 ? cut : [...new Set([...cut, ...dateline])].sort((first, second) => first - second);
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
        dateline.length > 0 && sentences.length === 0 && folio === undefined
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

/**
 * The furniture a page sets above an article's body, read from the top down:
 * - a kicker: a short first line (a few words, no punctuation), in capitals or set above a
 *   headline;
 * - the headline: one to four lines with no final full stop, a line running on when it ends
 *   on an article or a preposition or when the next line goes on in lower case;
 * - a standfirst: one to three sentences after the headline, taken as such only on evidence
 *   that it is set apart from the body: a byline or a dateline right after it, a blank line
 *   after it, or lines of another width than the body's;
 * - a byline (`Par Claire Dumont`).
 * Whatever follows is the body.
 */
import type { BlockRole, Warning } from '../types.ts';
import { BYLINE, DATELINE, endsSentence, isAllCapitals, isSignature, startsLikeSentence } from './layout-block.ts';
import { PERSON_NAME } from './boxed-body-opening.ts';
import { blankLinesSeparateParagraphs, decideParagraphEnd, estimatePrintedMeasure, stopsShort, stopsShortPrinted, usesIndents } from './paragraph-ends.ts';
import { hasKickerShape } from './kicker-shape.ts';
import type { PageLine } from './page-line.ts';
import { letterRunStart, trailingMarksStart } from '../text/letters.ts';

export interface FurniturePiece {
  role: BlockRole;
  lines: PageLine[];
  reason: string;
  evidence: string;
}

export interface FurnitureOnTop {
  pieces: FurniturePiece[];
  /** Index in the lines of the body's first line. */
  bodyStart: number;
  warnings: Warning[];
  /** The body opens on a heading right under the headline (see `secondKicker` in readFurnitureOnTop). */
  headingOpensBody?: boolean;
}

/** Longest kicker, in characters and in words. @default 40, 5 */
const KICKER_LENGTH = 40;
const KICKER_WORDS = 5;
/** Most lines a headline spans: four when its large face is set in a narrow column. @default 4 */
const HEADLINE_LINES = 4;
/** Longest headline in characters. @default 220 */
const HEADLINE_LENGTH = 220;
/** Most sentences and lines of a standfirst. @default 3, 8 */
const STANDFIRST_SENTENCES = 3;
const STANDFIRST_LINES = 8;
/** A single line this many times the body's width is set in another measure. @default 1.5 */
const WIDER_LINE = 1.5;
/** How far (as a share) a standfirst's lines may differ in length from the body's and still be the same measure. @default 0.12 */
const SAME_MEASURE = 0.12;

/** Words a title never ends on: an article, a preposition or a conjunction means the line runs on. */
export const RUN_ON_WORDS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'à', 'au', 'aux', 'et', 'ou', 'en', 'par', 'pour',
  'sur', 'dans', 'avec', 'sans', 'selon', 'que', 'qui', 'qu', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette',
  'ces', 'mais', 'donc', 'ni', 'car', 'est', 'a', 'ont', 'sont', 'plus', 'moins', 'très', 'entre', 'chez', 'vers',
]);

/** The text ends on a word after which it must go on (`… toute la`), or on a comma, a colon, a dash. */
export function runsOn(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  // Ending on a full stop, a question or a digit: no word runs on.
  if (last === 46 || last === 63 || last === 33 || (last >= 48 && last <= 57)) return false;
  // `,` `:` `;` `—` `–` `-`
  if (last === 44 || last === 58 || last === 59 || last === 0x2014 || last === 0x2013 || last === 45) return true;
  // The last word, before an elision's apostrophe: scanned back, since a regular expression
  // anchored at the end (`/(\p{L}+)['’]?$/u`) is tried from every position of the line.
  const end = last === 39 || last === 0x2019 ? text.length - 1 : text.length;
  const start = letterRunStart(text, end);
  if (start >= end) return false;
  const word = text.slice(start, end).toLowerCase();
  // `plus` closing a negation (`Un métier qui n’attire plus`) ends the phrase.
  if (word === 'plus' && NEGATION.test(text)) return false;
  return RUN_ON_WORDS.has(word);
}

/** A negation's `ne`, elided or not, which a closing `plus` completes. */
const NEGATION = /(?:^|\s)(?:ne\s|n['’])/iu;

function startsLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** Ends with a full stop that is no abbreviation's: a sentence, not a title. */
function endsWithFullStop(text: string): boolean {
  // `/[^.]\.[)»”"’]*$/u` read from the end (the pattern is tried from every position of the line):
  // the closing marks passed, a stop that no stop comes before.
  const end = trailingMarksStart(text, ')»”"’') - 1;
  if (end < 1 || text.charCodeAt(end) !== 46 || text.charCodeAt(end - 1) === 46) return false;
  return !/(?:^|\s)(?:\p{Lu}\.)+$/u.test(text);
}

/**
 * The line at `index` closes a title set apart by blank lines: it follows the title's line with
 * no blank between, ends on no full stop, and a blank line (or the text's end) comes after it,
 * as a headline's second sentence set as a deck (`Vendanges précoces en Côte de Beaune` / `Les
 * sécateurs sortent dès le 19 août`). A standfirst set apart so would end on its full stop.
 */
function closesSetApartTitle(lines: readonly PageLine[], index: number): boolean {
  const line = lines[index] as PageLine;
  const after = lines[index + 1];
  return (
    !line.blankBefore &&
    !line.pageBreakBefore &&
    after !== undefined &&
    after.blankBefore &&
    !endsWithFullStop(line.content) &&
    !runsOn(line.content) &&
    !startsLowerCase(after.content) &&
    !BYLINE.test(line.content) &&
    !DATELINE.test(line.content)
  );
}

/** Index after the last line of a title starting at `start`. */
function titleEnd(lines: readonly PageLine[], start: number): number {
  let end = start + 1;
  while (end < lines.length && end - start < HEADLINE_LINES) {
    const last = lines[end - 1] as PageLine;
    const next = lines[end] as PageLine;
    // A line going on in lower case continues the title, even across a blank line; so does a
    // line set in the title's own measure (see wrapsInTitleMeasure), or one closing a title set
    // apart by blank lines (see closesSetApartTitle).
    if (!runsOn(last.content) && !startsLowerCase(next.content) && !wrapsInTitleMeasure(lines, end) && !closesSetApartTitle(lines, end)) break;
    end += 1;
  }
  return end;
}

/** How much longer than a title's lines the line under them runs, set in the smaller face of a standfirst or body. @default 1.4 */
const SMALLER_FACE = 1.4;

/**
 * The title's line at `index - 1` wrapped onto the line at `index`: a title set large wraps in
 * few characters, so its next line ends on no full stop, the line under it, set in a smaller
 * face, runs far longer than both (`Au sommet du col, le jeune` / `Aurélien Besse s’offre
 * l’étape reine` / a standfirst's full line), and the first line was ended by the title's
 * measure: the next line is no longer than it, or the next line's first word would not have
 * fitted after it in a measure as wide as the next line (`Faute de moyens, la piscine` /
 * `Jean-Bouin fermera tout l’hiver`: 27 characters, then a word of 10, against a measure of 31).
 */
function wrapsInTitleMeasure(lines: readonly PageLine[], index: number): boolean {
  const last = lines[index - 1] as PageLine;
  const next = lines[index] as PageLine;
  const under = lines[index + 1];
  // Two words at least: a letter alone is a drop cap, its word going on below.
  if (under === undefined || next.blankBefore || under.blankBefore || !next.content.includes(' ')) return false;
  if (endsWithFullStop(next.content) || /[.!?:;]$/u.test(last.content)) return false;
  if (next.content.length > last.content.length && last.content.length + 1 + next.content.indexOf(' ') <= next.content.length) return false;
  return under.content.length >= last.content.length * SMALLER_FACE && !BYLINE.test(next.content) && !DATELINE.test(next.content);
}

function isTitle(lines: readonly PageLine[], start: number, end: number): boolean {
  const first = lines[start];
  const last = lines[end - 1];
  if (first === undefined || last === undefined) return false;
  const text = lines.slice(start, end).map((line) => line.content).join(' ');
  return (
    text.length <= HEADLINE_LENGTH &&
    startsLikeSentence(first.content) &&
    !BYLINE.test(text) &&
    !DATELINE.test(first.content) &&
    !endsWithFullStop(last.content) &&
    !runsOn(last.content) &&
    (end >= lines.length || !startsLowerCase((lines[end] as PageLine).content))
  );
}

function isKickerLike(text: string, bodyWidth: number): boolean {
  return (
    hasKickerShape(text, { words: KICKER_WORDS, characters: KICKER_LENGTH, opening: 'sentence' }) &&
    (!DATELINE.test(text) || isSectionAndSubject(text, bodyWidth))
  );
}

/**
 * A kicker naming a section, a dash, then its subject (`RUGBY — Fédérale 1`): a dateline's form,
 * but a dateline opens a body's first line, which runs on to fill the column; a line of a few
 * capitalised words, far short of the column, then a title, is the kicker.
 */
function isSectionAndSubject(text: string, bodyWidth: number): boolean {
  const dateline = DATELINE.exec(text);
  if (dateline === null) return false;
  const subject = text.slice(dateline[0].length);
  return subject !== '' && /^\p{Lu}/u.test(subject) && !subject.includes(',') && text.length * 2 < bodyWidth;
}

/** Median length of the lines that are not the last of their run. */
function typicalLength(lines: readonly PageLine[]): number {
  const lengths = lines.slice(0, -1).map((line) => line.content.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)] ?? 0;
}

/**
 * Whether `line` is an intertitle between `previous` and `next` (intertitles.ts, handed in by
 * the page layout: that module reads `runsOn` from this one).
 */
export type IntertitleTest = (line: PageLine, previous: PageLine, next: PageLine | undefined) => boolean;

/** A title's line ending on a word that calls for more (`Hommage à`, `Un café avec`). */
const TITLE_GOES_ON = /(?:^|\s)(?:à|au|aux|de|des|du|d['’]|avec|pour|par|sur|chez|et|ou|selon|contre|vers|le|la|les|l['’])$/iu;

export function readFurnitureOnTop(lines: readonly PageLine[], bodyWidth: number, isIntertitle?: IntertitleTest): FurnitureOnTop {
  const pieces: FurniturePiece[] = [];
  const warnings: Warning[] = [];
  let index = 0;
  const first = lines[0];
  if (first === undefined) return { pieces, bodyStart: 0, warnings };

  // Kicker: a short first line in capitals, or one set above a title.
  if (isKickerLike(first.content, bodyWidth) && lines.length > 2) {
    const capitals = isAllCapitals(first.content);
    const nextIsTitle = !startsLowerCase((lines[1] as PageLine).content) && isTitle(lines, 1, titleEnd(lines, 1));
    if ((capitals && !startsLowerCase((lines[1] as PageLine).content)) || nextIsTitle) {
      pieces.push({
        role: 'kicker',
        lines: [first],
        reason: capitals ? 'all-capitals' : 'short-line-above-headline',
        evidence: capitals ? `"${first.content}" is a short line in capitals above the headline` : `"${first.content}" is a short line set above a title`,
      });
      index = 1;
    }
  }

  // Headline.
  const headlineEnd = titleEnd(lines, index);
  if (index < lines.length && isTitle(lines, index, headlineEnd) && headlineEnd < lines.length) {
    pieces.push({
      role: 'headline',
      lines: lines.slice(index, headlineEnd),
      reason: 'short-lines-no-full-stop',
      evidence: `${headlineEnd - index} line(s) at the top with no final full stop`,
    });
    index = headlineEnd;
  } else {
    warnings.push({ rule: 'layout/no-headline', message: 'Found no headline at the top of the page; the text was read as body from the start.' });
    return { pieces: [], bodyStart: 0, warnings };
  }

  // A person's name alone right under the headline, blank lines above and below it (a byline with
  // no `Par`, centred on its own line: session 50's new user's page), names the writer too, when
  // the headline's last line does not call for it (`Hommage à` / `Jean Moulin` is one title).
  const nameApart = (at: number): boolean =>
    at === headlineEnd &&
    at + 1 < lines.length &&
    (lines[at] as PageLine).blankBefore &&
    (lines[at + 1] as PageLine).blankBefore &&
    PERSON_NAME.test((lines[at] as PageLine).content) &&
    !TITLE_GOES_ON.test((lines[at - 1] as PageLine).content);
  const bylineAt = (at: number): boolean => at < lines.length && (BYLINE.test((lines[at] as PageLine).content) || nameApart(at));
  let headingOpensBody = false;
  if (!bylineAt(index)) {
    const standfirst = readStandfirst(lines, index, bodyWidth, isIntertitle);
    const closing = standfirst === undefined ? index : titleClosingAbove(lines, index, standfirst.end);
    // Under a kicker, the one short line read as the headline is the title (a page sets one
    // kicker), when nothing but the intertitle under it tells the standfirst: a line closing
    // above that standfirst is a heading like that intertitle, the body's first section's (a
    // briefs column's first item), and the block under it is that item's text. A standfirst told
    // by a byline or its measure leaves the title closing above it (the line over the short one
    // is then a running head or a section's label, not the kicker).
    const secondKicker = closing > index && standfirst?.reason === 'intertitle-after' && pieces.length === 2 && pieces[0]?.role === 'kicker' && (pieces[1] as FurniturePiece).lines.length === 1 && isKickerLike(((pieces[1] as FurniturePiece).lines[0] as PageLine).content, bodyWidth);
    headingOpensBody = secondKicker;
    if (standfirst !== undefined && !secondKicker) {
      const tail = closing;
      if (tail > index) {
        const headline = pieces.at(-1) as FurniturePiece;
        const closing = lines.slice(index, tail);
        const evidence = `line ${(lines[tail - 1] as PageLine).number} ends no sentence and stops where the next line's first word would have fitted in the ${measureOf(lines, tail, standfirst.end)} characters of the standfirst under it`;
        const above = (headline.lines[0] as PageLine).content;
        if (headline.lines.length === 1 && isKickerLike(above, bodyWidth) && !/[,;:]/u.test(above)) {
          // The short line taken for the headline, a label with no clause in it (no comma, no
          // colon), is a kicker set above it (a section under the paper's): the title is the
          // lines the standfirst was opened with. A clause (`Faute de moyens, la piscine`) is
          // the title's first line.
          headline.role = 'kicker';
          headline.reason = 'short-line-above-headline';
          headline.evidence = `"${(headline.lines[0] as PageLine).content}" is a short line set above a title`;
          pieces.push({ role: 'headline', lines: closing, reason: 'title-above-standfirst', evidence });
        } else {
          headline.lines = [...headline.lines, ...closing];
          headline.evidence = `${headline.evidence}; ${evidence}`;
        }
        warnings.push({
          rule: 'layout/title-closes-above-standfirst',
          message: `Lines ${(lines[index] as PageLine).number}–${(lines[tail - 1] as PageLine).number} were read as the title's end, not the standfirst's start: ${evidence}.`,
        });
      }
      pieces.push({ role: 'standfirst', lines: lines.slice(tail, standfirst.end), reason: standfirst.reason, evidence: standfirst.evidence });
      index = standfirst.end;
    }
  }
  if (bylineAt(index)) {
    const line = lines[index] as PageLine;
    pieces.push({ role: 'byline', lines: [line], reason: 'byline-pattern', evidence: `"${line.content}" names the writer` });
    index += 1;
    // A standfirst set below the byline: taken only when the body then opens with a dateline,
    // the one sign that leaves no doubt where the body starts. Given before the byline, in
    // the order the editions read furniture (kicker, headline, standfirst, byline).
    if (!pieces.some((piece) => piece.role === 'standfirst')) {
      const standfirst = readStandfirst(lines, index, bodyWidth);
      if (standfirst?.reason === 'dateline-after') {
        pieces.splice(pieces.length - 1, 0, { role: 'standfirst', lines: lines.slice(index, standfirst.end), reason: 'below-byline', evidence: `${standfirst.evidence}, and a byline precedes it` });
        index = standfirst.end;
      }
    }
  }
  // Pictures' captions set right under the byline, across a wider measure than the body's column.
  if (pieces.at(-1)?.role === 'byline') {
    for (let end = widerCaptionEnd(lines, index, bodyWidth); end !== undefined; end = widerCaptionEnd(lines, index, bodyWidth)) {
      const first = lines[index] as PageLine;
      pieces.push({
        role: 'caption',
        lines: lines.slice(index, end),
        reason: 'wider-under-byline',
        evidence: `a whole sentence under the byline (lines ${first.number}–${(lines[end - 1] as PageLine).number}) printed ${first.content.length} characters wide, against the body's ${bodyWidth}: set across the picture above the columns`,
      });
      warnings.push({ rule: 'layout/caption-guess', message: `Took "${first.content.slice(0, 80)}" for a photo caption: a sentence under the byline set wider than the body's column.`, line: first.number });
      index = end;
    }
  }
  return headingOpensBody ? { pieces, bodyStart: index, warnings, headingOpensBody: true } : { pieces, bodyStart: index, warnings };
}

/** The standfirst starting at `start`, when something sets it apart from the body. */
function readStandfirst(
  lines: readonly PageLine[],
  start: number,
  bodyWidth: number,
  isIntertitle?: IntertitleTest,
): { end: number; reason: string; evidence: string } | undefined {
  const first = lines[start];
  if (first === undefined || !startsLikeSentence(first.content) || DATELINE.test(first.content)) return undefined;
  const beforeByline = standfirstBefore(lines, start, 'byline');
  if (beforeByline !== undefined) return beforeByline;
  // Before a dateline only when nothing else sets the standfirst apart: captions set under the
  // headline may stand there too, and the measure or a blank line tells them apart.
  return readSetApartStandfirst(lines, start, bodyWidth) ?? standfirstBefore(lines, start, 'dateline') ?? standfirstBeforeIntertitle(lines, start, isIntertitle);
}

/** Most sentences of a standfirst told by the intertitle under it. @default 2 */
const STANDFIRST_BEFORE_INTERTITLE = 2;

/**
 * One or two sentences under the headline, then an intertitle: the standfirst. A paper sets an
 * intertitle between sections of a body, never under the body's first sentence or two; a results
 * box opens on its first heading (`Poule 2`) right under the standfirst.
 */
function standfirstBeforeIntertitle(lines: readonly PageLine[], start: number, isIntertitle: IntertitleTest | undefined): { end: number; reason: string; evidence: string } | undefined {
  if (isIntertitle === undefined) return undefined;
  for (let end = start + 1; end <= Math.min(lines.length - 2, start + STANDFIRST_LINES); end += 1) {
    const last = lines[end - 1] as PageLine;
    if (!endsSentence(last.content)) continue;
    const block = lines.slice(start, end);
    const sentences = block.filter((line) => endsSentence(line.content)).length + countInnerSentenceEnds(block);
    if (sentences > STANDFIRST_BEFORE_INTERTITLE) return undefined;
    const next = lines[end] as PageLine;
    if (!isIntertitle(next, last, lines[end + 1])) continue;
    return { end, reason: 'intertitle-after', evidence: `the body opens on the intertitle "${next.content}" on line ${next.number}` };
  }
  return undefined;
}

/** The standfirst starting at `start`, set apart by a byline or dateline after it, its measure or a blank line. */
function readSetApartStandfirst(
  lines: readonly PageLine[],
  start: number,
  bodyWidth: number,
): { end: number; reason: string; evidence: string } | undefined {
  const indents = usesIndents(lines.slice(start, start + 40));
  const blankSeparated = blankLinesSeparateParagraphs(lines.slice(start), bodyWidth);
  let sentences = 0;
  let longest = 0;
  for (let end = start + 1; end <= Math.min(lines.length - 1, start + STANDFIRST_LINES); end += 1) {
    const last = lines[end - 1] as PageLine;
    const next = lines[end] as PageLine;
    longest = Math.max(longest, last.content.length, next.content.length);
    if (endsSentence(last.content)) sentences += 1;
    if (!endsSentence(last.content)) {
      // A standfirst is running text: every line but its last is ended by its measure. A line
      // that stops short on no sentence's end, a sentence opening under it, ends a heading: the
      // body opens on an intertitle there (a briefs column), and no standfirst stands above it.
      if (startsLikeSentence(next.content) && stopsShort(last, next, longest)) return undefined;
      continue;
    }
    const block = lines.slice(start, end);
    const sentenceCount = sentences + countInnerSentenceEnds(block);
    if (sentenceCount > STANDFIRST_SENTENCES) return undefined;
    if (BYLINE.test(next.content)) return { end, reason: 'byline-after', evidence: `a byline follows it on line ${next.number}` };
    if (DATELINE.test(next.content)) return { end, reason: 'dateline-after', evidence: `the body opens with a dateline on line ${next.number}` };
    // One line only, a blank line after it: its measure is known when it runs well past the
    // body's (a wider column or face), as a standfirst set across the page's columns does.
    const measure = block.length >= 2 ? typicalLength(block) : next.blankBefore && last.content.length > bodyWidth * WIDER_LINE ? last.content.length : 0;
    const otherMeasure = measure > 0 && bodyWidth > 0 && Math.abs(measure - bodyWidth) > bodyWidth * SAME_MEASURE;
    const decision = decideParagraphEnd(last, next, bodyWidth, indents);
    // The next line set in another measure than the block's, wider, or as narrow as the body's
    // column: the measure changes there.
    const nextOtherMeasure =
      measure > 0 && Math.abs(next.content.length - measure) > measure * SAME_MEASURE && (next.content.length > measure || Math.abs(next.content.length - bodyWidth) <= bodyWidth * SAME_MEASURE);
    if (otherMeasure && (decision.ends || next.blankBefore || nextOtherMeasure)) {
      return { end, reason: 'other-measure', evidence: `its lines run about ${measure} characters against the body's ${bodyWidth}` };
    }
    if (!next.blankBefore && setNarrowerThanBelow(lines, start, end)) {
      return { end, reason: 'other-measure', evidence: `its lines end where the next word would have fitted in the measure of the body's lines under it (line ${next.number})` };
    }
    // A first sentence on one line wider than the body's, and the next line wider than the body's
    // too: the standfirst's measure goes on (a sentence a line across the page), whatever a
    // line's end says; its measure is judged once it has two lines.
    if (block.length === 1 && !next.blankBefore && bodyWidth > 0 && last.content.length > bodyWidth * (1 + SAME_MEASURE) && next.content.length > bodyWidth * (1 + SAME_MEASURE)) continue;
    if (next.blankBefore && !next.pageBreakBefore && !blankSeparated) return { end, reason: 'set-apart', evidence: `a blank line sets it apart from the body before line ${next.number}` };
    // Where blank lines separate the paragraphs, a sentence ending short of the measure with no
    // blank line under it ends no paragraph: the block's measure is judged on its next lines.
    if (blankSeparated && !next.blankBefore && !next.pageBreakBefore && !otherMeasure) continue;
    if (decision.ends && !otherMeasure && !next.blankBefore) return narrowerBlockFrom(lines, start, end, sentenceCount);
    if (decision.ends || otherMeasure) return undefined;
  }
  return undefined;
}

/**
 * A standfirst set in a narrower measure than the body, its first sentence ending short on its
 * line as a paragraph's last line does: the block read on to a later sentence's end, where the
 * whole block is set narrower than the body under it (setNarrowerThanBelow), no blank line inside.
 */
function narrowerBlockFrom(lines: readonly PageLine[], start: number, end: number, sentences: number): { end: number; reason: string; evidence: string } | undefined {
  let count = sentences;
  for (let after = end + 1; after <= Math.min(lines.length - 1, start + STANDFIRST_LINES); after += 1) {
    const last = lines[after - 1] as PageLine;
    if (last.blankBefore || last.pageBreakBefore) return undefined;
    if (!endsSentence(last.content)) continue;
    count += 1 + countInnerSentenceEnds([last]);
    if (count > STANDFIRST_SENTENCES) return undefined;
    if (setNarrowerThanBelow(lines, start, after)) {
      return { end: after, reason: 'other-measure', evidence: `its lines end where the next word would have fitted in the measure of the body's lines under it (line ${(lines[after] as PageLine).number})` };
    }
  }
  return undefined;
}

/** Longest line of `lines[start..end)`: the measure a block of running text fills. */
function measureOf(lines: readonly PageLine[], start: number, end: number): number {
  let longest = 0;
  for (let index = start; index < end; index += 1) longest = Math.max(longest, (lines[index] as PageLine).content.length);
  return longest;
}

let opensOnCapitalPattern: RegExp | undefined;
/**
 * Index after the lines that open the block `lines[start..end)` read as a standfirst but close
 * the title above it, or `start`: one to four lines ending on no full stop, the last ending on
 * no word that runs on, stopping short of the standfirst's measure (the next line's first word
 * would have fitted: the line was ended on purpose, not by the measure), and a sentence opening
 * under it that ends the standfirst on a sentence's end. A headline set in a large face wraps
 * in few characters, so its last line (`jusqu’à jeudi`, `interdit`) sits glued to the smaller,
 * longer lines of the standfirst when no blank line separates them.
 */
function opensOnCapital(): RegExp {
  return (opensOnCapitalPattern ??= /^[«“"(]?\s?\p{Lu}/u);
}

function titleClosingAbove(lines: readonly PageLine[], start: number, end: number): number {
  for (let tail = start + 1; tail < end && tail - start <= HEADLINE_LINES; tail += 1) {
    const last = lines[tail - 1] as PageLine;
    const next = lines[tail] as PageLine;
    if (endsWithFullStop(last.content) || /[!?…:;]$/u.test(last.content)) return start;
    // A sentence opens on a capital (a figure may go on a sentence: `4,2 mètres`).
    if (runsOn(last.content) || !opensOnCapital().test(next.content)) continue;
    if (BYLINE.test(last.content) || DATELINE.test(next.content)) return start;
    // The standfirst under it: running text of two lines at least, set in a measure other than
    // the title's (all of the title's lines shorter by more than the same measure's spread).
    const measure = measureOf(lines, tail, end);
    if (end - tail < 2 || measureOf(lines, start, tail) >= measure * (1 - SAME_MEASURE)) return start;
    if (!stopsShort(last, next, measure)) continue;
    return endsSentence((lines[end - 1] as PageLine).content) ? tail : start;
  }
  return start;
}

/** Lines under a block read for the body's measure, and the fewest full ones among them. @default 6, 3 */
const MEASURE_LINES_BELOW = 6;
const FULL_LINES_BELOW = 3;

/**
 * A block under the headline set in a narrower measure than the body under it: each of its lines
 * but the last stops where the next line's first word would still have fitted in the body's
 * measure (stopsShort), the block ends a sentence on a line no longer than it, and the line under
 * it runs longer than all of the block's. A paragraph
 * keeps its measure from line to line, so a line of it ends full; a standfirst set across a
 * narrower measure than the body (or the body's single wide column under a standfirst in a
 * larger face) ends its lines short of the body's. The page's column width cannot tell it where
 * the body's many short lines (a results box) pull it down to the standfirst's. The body's
 * measure is read from its next lines that end no sentence (lines the measure ended, not a
 * paragraph's last): their median, so that a line where pdftotext glued two columns says nothing.
 */
function setNarrowerThanBelow(lines: readonly PageLine[], start: number, end: number): boolean {
  if (end - start < 2) return false;
  const full: number[] = [];
  for (let index = end; index < Math.min(lines.length, end + MEASURE_LINES_BELOW); index += 1) {
    const line = lines[index] as PageLine;
    if (index > end && (line.blankBefore || line.pageBreakBefore)) break;
    if (!endsSentence(line.content)) full.push(line.content.length);
  }
  if (full.length < FULL_LINES_BELOW) return false;
  const below = full.sort((a, b) => a - b)[Math.floor(full.length / 2)] as number;
  if ((lines[end - 1] as PageLine).content.length > below) return false;
  // The measure changes right under the block: the next line runs longer than any of its lines
  // (a line as short as the block's may still be the block's, its sentence's last).
  let longest = 0;
  for (let index = start; index < end; index += 1) longest = Math.max(longest, (lines[index] as PageLine).content.length);
  if ((lines[end] as PageLine).content.length <= longest) return false;
  // Each line's end read against the body's printed measure when it is known (a character
  // count only approximates a line's width: a standfirst in a larger face may end its lines
  // within a few characters of the body's, yet short of its printed measure).
  const printed = estimatePrintedMeasure(lines.slice(end, end + MEASURE_LINES_BELOW), below);
  for (let index = start; index < end - 1; index += 1) {
    if (!stopsShortPrinted(lines[index] as PageLine, lines[index + 1], below, printed)) return false;
  }
  return true;
}

/**
 * One to three sentences between the headline and a byline, or the dateline opening the body:
 * the standfirst, whatever the measure of its lines, since a byline closes the furniture and a
 * dateline opens the body. The lines must end a sentence right before it.
 */
function standfirstBefore(lines: readonly PageLine[], start: number, mark: 'byline' | 'dateline'): { end: number; reason: string; evidence: string } | undefined {
  for (let end = start + 1; end <= Math.min(lines.length - 1, start + STANDFIRST_LINES); end += 1) {
    const next = lines[end] as PageLine;
    const byline = mark === 'byline' && BYLINE.test(next.content);
    if (!byline && !(mark === 'dateline' && DATELINE.test(next.content))) continue;
    const block = lines.slice(start, end);
    const last = block.at(-1) as PageLine;
    if (!endsSentence(last.content)) return undefined;
    const sentences = block.filter((line) => endsSentence(line.content)).length + countInnerSentenceEnds(block);
    if (sentences > STANDFIRST_SENTENCES) return undefined;
    return byline
      ? { end, reason: 'byline-after', evidence: `a byline follows it on line ${next.number}` }
      : { end, reason: 'dateline-after', evidence: `the body opens with a dateline on line ${next.number}` };
  }
  return undefined;
}

/** Sentence ends inside the lines (not at their ends): `. ` before a capital. */
function countInnerSentenceEnds(lines: readonly PageLine[]): number {
  let count = 0;
  for (const line of lines) {
    const matches = line.content.match(/[.!?…][»”)]*\s+[«“"(]?\s?\p{Lu}/gu);
    count += matches?.length ?? 0;
  }
  return count;
}

/** The furniture found at the foot of the first page, and the lines it spans there. */
export interface FurnitureAtFoot {
  pieces: FurniturePiece[];
  /** Index in the lines of the furniture's first line. */
  start: number;
  /** Index after its last line: the first page's end. */
  end: number;
}

/** Most lines the furniture drawn after the body spans: kicker, headline, standfirst, byline. @default 16 */
const FOOT_FURNITURE_LINES = 1 + HEADLINE_LINES + STANDFIRST_LINES + 1;

/**
 * The kicker, headline, standfirst and byline a program drew after the body: a page written body
 * first and its furniture after (a Java program drawing with PDFBox, a word processor's frames)
 * comes out of an extraction in drawing order (`pdftotext -raw`) with the furniture at the foot
 * of the first page, after the body's last sentence. Read only when no furniture stands on top,
 * and taken only when the lines from the body's last sentence (or its signature) to the page's
 * end read whole as furniture: a title with no final stop, under a kicker or over a byline (an
 * intertitle and the body's closing paragraph read alike, but neither has a kicker set over the
 * title nor a byline closing it), the standfirst between them one to three sentences opening on
 * a capital, in a wider measure than the title's lines (a large face wraps sooner). Searched
 * from the page's end up, so that a caption drawn between the body and the furniture, ending on
 * its sentence, stays out of it.
 */
export function readFurnitureAtFoot(lines: readonly PageLine[], bodyWidth: number): FurnitureAtFoot | undefined {
  let end = 1;
  while (end < lines.length && !(lines[end] as PageLine).pageBreakBefore) end += 1;
  for (let start = end - 2; start >= Math.max(2, end - FOOT_FURNITURE_LINES); start -= 1) {
    const above = (lines[start - 1] as PageLine).content;
    if (!endsSentence(above) && !isSignature(above)) continue;
    const pieces = readFootPieces(lines.slice(start, end), bodyWidth);
    if (pieces === undefined) continue;
    // The line above read as a signature may be the kicker in capitals (`CONSEIL MUNICIPAL`)
    // over this title: the furniture read from it, with its kicker, is the longer reading.
    const longer = start > 2 && pieces[0]?.role !== 'kicker' ? readFootPieces(lines.slice(start - 1, end), bodyWidth) : undefined;
    return longer?.[0]?.role === 'kicker' && endsSentence((lines[start - 2] as PageLine).content) ? { pieces: longer, start: start - 1, end } : { pieces, start, end };
  }
  return undefined;
}

/** The lines read whole as kicker, headline, standfirst and byline, or undefined. */
function readFootPieces(lines: readonly PageLine[], bodyWidth: number): FurniturePiece[] | undefined {
  const pieces: FurniturePiece[] = [];
  let index = 0;
  const first = lines[0] as PageLine;
  if (isKickerLike(first.content, bodyWidth) && lines.length > 1) {
    const capitals = isAllCapitals(first.content);
    const next = lines[1] as PageLine;
    const nextIsTitle = !startsLowerCase(next.content) && isTitle(lines, 1, titleEnd(lines, 1));
    if ((capitals && !startsLowerCase(next.content)) || nextIsTitle) {
      pieces.push({
        role: 'kicker',
        lines: [first],
        reason: capitals ? 'all-capitals' : 'short-line-above-headline',
        evidence: `"${first.content}" is a short line ${capitals ? 'in capitals ' : ''}set above a title after the body's last sentence`,
      });
      index = 1;
    }
  }
  const last = lines.at(-1) as PageLine;
  const byline = lines.length - index >= 2 && BYLINE.test(last.content);
  // A kicker over the title or a byline under it: the evidence the lines are no body's end.
  if (pieces.length === 0 && !byline) return undefined;
  const stop = byline ? lines.length - 1 : lines.length;
  let headlineEnd = titleEnd(lines, index);
  if (headlineEnd > stop || !isTitle(lines, index, headlineEnd)) return undefined;
  // A title's last line glued to the standfirst's first, as on top.
  if (headlineEnd < stop) headlineEnd = titleClosingAbove(lines, headlineEnd, stop);
  pieces.push({
    role: 'headline',
    lines: lines.slice(index, headlineEnd),
    reason: 'short-lines-no-full-stop',
    evidence: `${headlineEnd - index} line(s) with no final full stop after the body's last sentence, at the first page's foot`,
  });
  if (headlineEnd < stop) {
    const standfirst = lines.slice(headlineEnd, stop);
    const closing = standfirst.at(-1) as PageLine;
    if (standfirst.length > STANDFIRST_LINES || !opensOnCapital().test((standfirst[0] as PageLine).content) || !endsSentence(closing.content)) return undefined;
    // A headline set in its large face wraps in fewer characters than the standfirst under it:
    // lines of one measure are a body's intertitle and paragraph, or one sentence cut.
    if (measureOf(lines, index, headlineEnd) >= measureOf(lines, headlineEnd, stop) * (1 - SAME_MEASURE)) return undefined;
    const sentences = standfirst.filter((line) => endsSentence(line.content)).length + countInnerSentenceEnds(standfirst);
    if (sentences > STANDFIRST_SENTENCES) return undefined;
    pieces.push({
      role: 'standfirst',
      lines: standfirst,
      reason: byline ? 'byline-after' : 'page-foot',
      evidence: byline ? `a byline follows it on line ${last.number}` : `${sentences} sentence(s) under the title close the first page`,
    });
  }
  if (byline) pieces.push({ role: 'byline', lines: [last], reason: 'byline-pattern', evidence: `"${last.content}" names the writer` });
  // A short line in small letters over a title and nothing under it may be anything set so (an
  // agenda's day over its first entry): a kicker in capitals, a standfirst or a byline must say
  // it is the furniture.
  if (pieces.length === 2 && pieces[0]?.reason !== 'all-capitals') return undefined;
  return pieces;
}

/** Most lines of a caption set under the byline. @default 3 */
const CAPTION_UNDER_BYLINE_LINES = 3;

/**
 * The end of a caption starting at `start`, under the byline: one sentence opening there, every
 * line of it but its last printed wider than the body's column by `WIDER_LINE` (a caption set
 * across the picture that spans the page's columns, above them), one sentence with no question
 * or exclamation in it, the line after it back in a narrower measure and opening a sentence. Only pages of columns narrower than the furniture's show it: a single
 * column's caption runs the body's measure, and is read in the body.
 */
function widerCaptionEnd(lines: readonly PageLine[], start: number, bodyWidth: number): number | undefined {
  const first = lines[start];
  if (first === undefined || bodyWidth <= 0 || !startsLikeSentence(first.content) || BYLINE.test(first.content) || DATELINE.test(first.content)) return undefined;
  const wide = bodyWidth * WIDER_LINE;
  for (let end = start + 1; end <= Math.min(lines.length - 1, start + CAPTION_UNDER_BYLINE_LINES); end += 1) {
    const last = lines[end - 1] as PageLine;
    if (!endsSentence(last.content)) {
      if (last.content.length <= wide) return undefined;
      continue;
    }
    if (end - start === 1 && last.content.length <= wide) return undefined;
    // A description, not a question or an exclamation (an interview's first question, set wide);
    // and the line after it opens a sentence: a line of two columns glued runs on in lower case.
    const after = lines[end] as PageLine;
    const text = lines.slice(start, end).map((line) => line.content).join(' ');
    // One sentence: a line holding two (`… de luimême. Pour y monter, …`) is two columns glued.
    const run = lines.slice(start, end);
    return after.content.length <= wide && startsLikeSentence(after.content) && !/[?!]/u.test(text) && countInnerSentenceEnds(run) === 0 ? end : undefined;
  }
  return undefined;
}

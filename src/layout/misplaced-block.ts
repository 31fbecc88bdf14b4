/**
 * A block `pdftotext` (default mode) read out of place. It cuts a page into blocks and orders
 * them by its own guess, so the end of a column (the article's last lines, or the foot of the
 * first column) can come out before the body or between two other blocks, and the head of a
 * column before the foot of the one it continues. Two traces betray it: a block of the body
 * stops in the middle of a sentence (or of a word, cut by a hyphen at its last line's end) where
 * the body ends or a blank line sets the next block apart, and a block set apart by a blank line
 * opens on a small letter right after a sentence's end, so it cannot follow what comes before
 * it. That block is what the unfinished end goes on with: it is moved there, and the move
 * recorded. In `-layout` text, the head of a column read after the one beside it is set apart
 * as a blank line would set it; and where the unfinished end stops right over a heading (a box's
 * title), that block may be the body's last, read after the box. A box of entries (a heading over
 * lines each ending a sentence) that the moved block was read apart from its sentence by goes
 * after the body, where a box belongs. OCR-like text sets no blank line anywhere: there the block and the end it continues
 * are read from the lines alone (moveWithoutBlankLines), the end where French prose shows one:
 * a word cut by a hyphen that the block's first letters complete, a line running into a heading,
 * the body's last line, or a line stopping on a word no sentence ends on (`une`, `des`, `à`)
 * over a line opening on a word that is never a name (`La`, `Chez`): the next column's text or a
 * caption read in the middle of a sentence. When two such lines fit, the block stays where it
 * was read, and a warning says so.
 */
import type { Repair, Warning } from '../types.ts';
import { endsSentence, endsWithTitle, startsLikeSentence } from './layout-block.ts';
import { lengthPercentile, type PageLine } from './page-line.ts';
import { estimateColumnWidth, stopsShort } from './paragraph-ends.ts';
import type { FrenchLexicon } from './french-lexicon.ts';
import { letterRunStart } from '../text/letters.ts';
import { runsOn } from './furniture-on-top.ts';

const OPENS_ON_SMALL_LETTER = /^\p{Ll}/u;
/** A line ending on a comma, a semicolon or a word cut by a hyphen: a sentence running on. */
const RUNS_ON = /(?:[,;]|\p{L}-)$/u;
/**
 * A line ending on a small letter runs on only when it goes on with a sentence begun on the line
 * above: alone, it may be a heading (an intertitle ends on no stop).
 */
const ENDS_ON_SMALL_LETTER = /\p{Ll}$/u;
/**
 * Share of the body's median line length an unfinished line inside the body must reach: a
 * column's foot runs (nearly) full, where a heading or a label stops short. @default 0.6
 */
const UNFINISHED_SHARE = 0.6;

export interface MovedBlock {
  lines: PageLine[];
  repairs: Repair[];
  /** A doubt: two places the block could go on from, so it was left where it was read. */
  warnings?: Warning[];
}

/** Moves the one block that continues the body's one unfinished end to that end. */
export function moveMisplacedBlock(body: readonly PageLine[], lexicon?: FrenchLexicon): MovedBlock {
  const last = body.at(-1);
  if (last === undefined) return { lines: [], repairs: [] };
  if (!body.some((line, index) => index > 0 && line.blankBefore)) return moveWithoutBlankLines(body, lexicon);
  const target = unfinishedEnd(body);
  if (target === -1) return { lines: [...body], repairs: [] };
  // Over a heading, the lines the end stops before are a box's or the next section's: the block
  // that goes on from it may be the body's last, read after them.
  const overHeading = stopsBeforeHeading(
    body,
    target,
    lengthPercentile(
      body.map((line) => line.content.length),
      0.5,
    ),
  );
  const candidates: Array<{ start: number; end: number }> = [];
  for (let index = 0; index < body.length; index += 1) {
    const line = body[index] as PageLine;
    const previous = body[index - 1];
    if (!OPENS_ON_SMALL_LETTER.test(line.content)) continue;
    // Set apart: a blank line or a page break before it, or the head of a column `-layout` read
    // after the one beside it.
    const setApart = line.blankBefore || line.pageBreakBefore || (previous !== undefined && line.column > previous.column);
    if (previous !== undefined && (!setApart || !endsSentence(previous.content))) continue;
    let end = index + 1;
    while (end < body.length && !(body[end] as PageLine).blankBefore && !(body[end] as PageLine).pageBreakBefore) end += 1;
    // The moved block must close the text it completes, and leave the body's end where it is.
    if ((end >= body.length && !overHeading) || !endsSentence((body[end - 1] as PageLine).content)) continue;
    if (target >= index && target < end) continue;
    candidates.push({ start: index, end });
  }
  // A block running to the body's end is taken only when no other one goes on from the end.
  const inside = candidates.filter((candidate) => candidate.end < body.length);
  const chosen = inside.length > 0 ? inside : candidates;
  if (chosen.length !== 1) return { lines: [...body], repairs: [] };
  const { start, end } = chosen[0] as { start: number; end: number };
  return moveBlock(body, start, end, target);
}

/** Moves lines `start`..`end - 1` of `body` to after line `target`, and records the move. */
function moveBlock(body: readonly PageLine[], start: number, end: number, target: number, openEnd?: string): MovedBlock {
  const block = body.slice(start, end);
  const first = block[0] as PageLine;
  const stop = body[target] as PageLine;
  // What the block was read apart from its sentence by: a box of entries set in the column goes
  // after the body, where a box belongs, rather than between two paragraphs.
  const between = target < start ? body.slice(target + 1, start) : [];
  const box = isEntryBox(between, body);
  const lines =
    target < start
      ? box
        ? [...body.slice(0, target + 1), ...block, ...body.slice(end), ...between]
        : [...body.slice(0, target + 1), ...block, ...body.slice(target + 1, start), ...body.slice(end)]
      : [...body.slice(0, start), ...body.slice(end, target + 1), ...block, ...body.slice(target + 1)];
  const boxRepair: Repair[] = box
    ? [
        {
          kind: 'columns-reordered',
          line: (between[0] as PageLine).number,
          before: (between[0] as PageLine).content,
          reason: 'box-after-body',
          evidence: `lines ${(between[0] as PageLine).number}–${(between.at(-1) as PageLine).number}, a heading over entries each ending a line, cut a sentence of the body in two: a box set in the column, put after the body`,
        },
      ]
    : [];
  return {
    lines,
    repairs: [
      ...boxRepair,
      {
        kind: 'columns-reordered',
        line: first.number,
        before: first.content,
        reason: 'misplaced-block',
        evidence: `${openEnd === undefined ? `${target === body.length - 1 ? 'the body ends' : 'a block of the body stops'} in the middle of a sentence on line ${stop.number}` : `line ${stop.number} stops ${openEnd}`}, and lines ${first.number}–${(block.at(-1) as PageLine).number}, set apart and opening on a small letter after a sentence's end, go on from it`,
      },
    ],
  };
}

/** Fewest entries under a box's heading. @default 2 */
const BOX_ENTRIES = 2;
/** A sentence's end inside a line, before the next sentence: titles and initials aside. */
const SENTENCE_INSIDE = /(?<!\b(?:M|MM|Mme|Mmes|Dr|Pr|Me|\p{Lu}))[.!?…][»”)]*\s+[«"“(]?\p{Lu}/u;

/**
 * The lines are a box of entries: a heading (short against the body's lines, opening on a
 * capitalised word, no stop) over lines that each end a sentence or run on to the next in small
 * letters, no sentence ending inside one, two entries or more, the last line ending one.
 */
function isEntryBox(lines: readonly PageLine[], body: readonly PageLine[]): boolean {
  if (lines.length < BOX_ENTRIES + 1) return false;
  const heading = lines[0] as PageLine;
  const median = lengthPercentile(
    body.map((line) => line.content.length),
    0.5,
  );
  if (heading.content.length >= median * UNFINISHED_SHARE || !HEADING_OPENING.test(heading.content) || endsSentence(heading.content) || /[:,;-]$/u.test(heading.content)) return false;
  let entries = 0;
  for (let index = 1; index < lines.length; index += 1) {
    const content = (lines[index] as PageLine).content;
    if (SENTENCE_INSIDE.test(content)) return false;
    if (endsSentence(content)) entries += 1;
  }
  return entries >= BOX_ENTRIES && endsSentence((lines.at(-1) as PageLine).content);
}

/**
 * Where the body stops in the middle of a sentence: its last line, when it ends no sentence;
 * else the one line inside it that runs on (RUNS_ON, ENDS_ON_SMALL_LETTER), nearly full, before a block set apart that
 * does not go on with it (opening on a capital: the next column's or a picture's text). -1 when
 * there is none, or more than one.
 */
function unfinishedEnd(body: readonly PageLine[]): number {
  const last = body.length - 1;
  if (!endsSentence((body[last] as PageLine).content)) return last;
  const median = lengthPercentile(
    body.map((line) => line.content.length),
    0.5,
  );
  let found = -1;
  for (let index = 0; index < last; index += 1) {
    const line = body[index] as PageLine;
    const next = body[index + 1] as PageLine;
    if (stopsBeforeHeading(body, index, median)) {
      if (found !== -1) return -1;
      found = index;
      continue;
    }
    if (!(next.blankBefore || next.pageBreakBefore) || OPENS_ON_SMALL_LETTER.test(next.content)) continue;
    const above = body[index - 1];
    const carriesOn = above !== undefined && !line.blankBefore && !line.pageBreakBefore && !endsSentence(above.content);
    if (!(RUNS_ON.test(line.content) || (carriesOn && ENDS_ON_SMALL_LETTER.test(line.content))) || line.content.length < median * UNFINISHED_SHARE) continue;
    if (found !== -1) return -1;
    found = index;
  }
  return found;
}

/** A heading opens on a capitalised word, maybe an elided one (`L’inquiétude des salariés`). */
const HEADING_OPENING = /^\p{Lu}['’]?\p{L}/u;

/**
 * The line at `index` runs on in mid-sentence (it ends on a small letter, nearly full, going on
 * from the line above) and the next line is a heading: short, opening on a capitalised word (a
 * bracket, `(ARS)`, may carry a sentence on) and ending on no stop, over a line opening a sentence (`font mûrir le raisin plus` / `Repères` / `Surface :
 * …`). A sentence cannot go on into a heading: the extraction put a box or a heading where the
 * column's foot was, with no blank line to show it.
 */
function stopsBeforeHeading(body: readonly PageLine[], index: number, median: number): boolean {
  const line = body[index] as PageLine;
  const above = body[index - 1];
  const next = body[index + 1];
  const after = body[index + 2];
  if (next === undefined || above === undefined || line.blankBefore || line.pageBreakBefore || endsSentence(above.content)) return false;
  if (!ENDS_ON_SMALL_LETTER.test(line.content) || line.content.length < median * UNFINISHED_SHARE) return false;
  if (next.content.length >= median * UNFINISHED_SHARE || !HEADING_OPENING.test(next.content) || endsSentence(next.content) || RUNS_ON.test(next.content) || /[:,;]$/u.test(next.content)) return false;
  return after !== undefined && startsLikeSentence(after.content);
}

/**
 * A word cut at the line's end: its letters before the hyphen (`-`, OCR's `¬`, U+2010), what
 * `/(\p{L}+)[-¬\u2010]$/u` captures, read from the end (a pattern anchored at the end is tried
 * from every position of the line); undefined when the line ends otherwise.
 */
export function cutWordAtEnd(text: string): string | undefined {
  const hyphen = text.length - 1;
  const last = text.charCodeAt(hyphen);
  if (last !== 45 && last !== 0xac && last !== 0x2010) return undefined;
  const start = letterRunStart(text, hyphen);
  return start < hyphen ? text.slice(start, hyphen) : undefined;
}
/**
 * An abbreviation's full stop that announces what follows, no sentence's end: `p. ex.`, `cf.`,
 * `env.` (`Nous avons tout essayé, p. ex.` / `des primes`).
 */
const ABBREVIATION_AT_END = /(?:^|[\s(])(?:ex|cf|env|c\.-à-d)\.$/u;
/** The letters opening a line, up to the first character that is not one. */
const LETTERS_AT_START = /^\p{L}+/u;

/**
 * The same in a text with no blank line (OCR-like text: the extraction's blocks are not set apart).
 * The block is told by its first line alone, the one line of the body opening on a small letter
 * right after a sentence's end, and ends where its paragraph visibly ends (a sentence's end
 * stopping short of the column before a line opening one, or a page break). The unfinished end
 * it goes on from is a line ending on a word cut by a hyphen before a line opening like a
 * sentence, which the block's first letters complete into a word the lexicon knows (`dia-` /
 * `mètre`: nothing else on the page finishes that word), else the body's last line when it ends
 * no sentence. A line stopping on a comma or a small letter before a capital is no evidence here:
 * with no blank line after it, a name may carry the sentence on (`dans le` / `Lauragais.`).
 */
function moveWithoutBlankLines(body: readonly PageLine[], lexicon: FrenchLexicon | undefined): MovedBlock {
  const unchanged = { lines: [...body], repairs: [] };
  let start = -1;
  for (let index = 1; index < body.length; index += 1) {
    const previous = (body[index - 1] as PageLine).content;
    if (!OPENS_ON_SMALL_LETTER.test((body[index] as PageLine).content) || !endsSentence(previous) || endsWithTitle(previous) || ABBREVIATION_AT_END.test(previous)) continue;
    if (start !== -1) return unchanged;
    start = index;
  }
  if (start === -1) return unchanged;
  const width = estimateColumnWidth(body);
  let end = start + 1;
  while (end < body.length) {
    const line = body[end] as PageLine;
    const previous = body[end - 1] as PageLine;
    if (line.pageBreakBefore || (endsSentence(previous.content) && startsLikeSentence(line.content) && stopsShort(previous, line, width))) break;
    end += 1;
  }
  if (!endsSentence((body[end - 1] as PageLine).content)) return unchanged;
  const completion = LETTERS_AT_START.exec((body[start] as PageLine).content)?.[0] ?? '';
  let target = -1;
  if (lexicon !== undefined) {
    for (let index = 0; index + 1 < body.length; index += 1) {
      if (index >= start - 1 && index < end) continue;
      const cut = cutWordAtEnd((body[index] as PageLine).content);
      if (cut === undefined || !startsLikeSentence((body[index + 1] as PageLine).content) || !lexicon.has(`${cut}${completion}`)) continue;
      if (target !== -1) return unchanged;
      target = index;
    }
  }
  // A line running on in mid-sentence into a heading (stopsBeforeHeading), the one such line.
  if (target === -1) {
    const median = lengthPercentile(
      body.map((line) => line.content.length),
      0.5,
    );
    for (let index = 1; index + 1 < body.length; index += 1) {
      if ((index >= start - 1 && index < end) || !stopsBeforeHeading(body, index, median)) continue;
      if (target !== -1) return unchanged;
      target = index;
    }
  }
  // The body's last line, when it ends no sentence and runs nearly full: a column's foot (a
  // heading closing a cut page stops short).
  const last = body.at(-1) as PageLine;
  if (target === -1 && end < body.length && !endsSentence(last.content) && last.content.length >= lengthPercentile(body.map((line) => line.content.length), 0.5) * UNFINISHED_SHARE) target = body.length - 1;
  let openEnd: string | undefined;
  if (target === -1) {
    const ends = runOnEndsBeforeSentence(body, start, end);
    if (ends.length > 1) {
      const block = body[start] as PageLine;
      return {
        ...unchanged,
        warnings: [
          {
            rule: 'layout/misplaced-block',
            message: `Lines ${block.number}–${(body[end - 1] as PageLine).number} open in the middle of a sentence, read out of place, but lines ${ends.map((index) => (body[index] as PageLine).number).join(' and ')} each stop in one before a new sentence: left where they were read.`,
            line: block.number,
          },
        ],
      };
    }
    if (ends.length === 1) {
      target = ends[0] as number;
      const word = /(\p{L}+)['’]?$/u.exec((body[target] as PageLine).content)?.[1] ?? '';
      openEnd = `in the middle of a sentence, on "${word}" (no sentence ends on it), over a line opening a new one`;
    }
  }
  if (target === -1) return unchanged;
  // The lines the block stood between were not printed one after the other: the extraction ended
  // a block of its own before it, as a blank line would have shown.
  const after = body[end];
  const marked = after === undefined ? body : body.map((line, index) => (index === end ? { ...after, blankBefore: true } : line));
  return moveBlock(marked, start, end, target, openEnd);
}

/**
 * The lines outside the block (`start`..`end - 1`, and the line before it) where a sentence
 * stops unfinished over a new one: a line nearly full ending on a word no French sentence ends
 * on (an article, a preposition, a conjunction: `descendre une`, `pendant des`, `suffisent à`;
 * runsOn; a word cut by a hyphen is left to the lexicon, above), over a line opening on a capitalised word that is never a name (`La`, `Chez`, `Il`, `L’`).
 * A name may carry a sentence on after a preposition (`entre` / `Toulouse`, `du` / `Cher`), a
 * quotation after an article (`d’un` / `« point de non-retour »`): neither is taken. Nor is a
 * short line ending on such a word itself (`Les sédiments du`): a headline's piece, not prose.
 */
function runOnEndsBeforeSentence(body: readonly PageLine[], start: number, end: number): number[] {
  const median = lengthPercentile(
    body.map((line) => line.content.length),
    0.5,
  );
  const ends: number[] = [];
  for (let index = 0; index + 1 < body.length; index += 1) {
    if (index >= start - 1 && index < end) continue;
    const next = body[index + 1] as PageLine;
    if (!opensOnSentenceWord(next.content)) continue;
    const line = body[index] as PageLine;
    if (line.content.length < median * UNFINISHED_SHARE || !ENDS_ON_LETTER.test(line.content) || !runsOn(line.content)) continue;
    if (next.content.length < median * UNFINISHED_SHARE && runsOn(next.content)) continue;
    ends.push(index);
  }
  return ends;
}

/** A line ending on a word (or an elided one, `qu’`), not on a mark: a word cut by a hyphen is the lexicon's to judge. */
const ENDS_ON_LETTER = /\p{L}['’]?$/u;

/**
 * Words that are never a name, never go on with a sentence in small letters: written with a
 * capital at a line's start, they open one (an article, a pronoun, a preposition, a conjunction).
 */
const SENTENCE_OPENING_WORDS: ReadonlySet<string> = new Set([
  'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Du', 'Au', 'Aux', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous', 'Vous', 'Je',
  'Ce', 'Cette', 'Ces', 'Cet', 'Son', 'Sa', 'Ses', 'Leur', 'Leurs', 'Mais', 'Pour', 'Dans', 'Selon', 'Depuis', 'Après',
  'Avant', 'Alors', 'Ainsi', 'Cependant', 'Pourtant', 'Lors', 'Quant', 'Si', 'Quand', 'Lorsque', 'En', 'Chez', 'Avec',
  'Sans', 'Sur', 'Par', 'Pendant', 'Puis', 'Enfin', 'Car', 'Et', 'Or', 'Donc',
]);

/** An elided article, pronoun or conjunction opening a line (`L’inquiétude`, `C’est`, `Qu’il`): never a name either. */
const ELIDED_OPENING = /^(?:L|C|Qu|S|J|N)['’]\p{L}/u;

/** The line opens on one of SENTENCE_OPENING_WORDS, a space after it, or on an elided one (ELIDED_OPENING). */
function opensOnSentenceWord(text: string): boolean {
  const first = text.charCodeAt(0);
  // A capital A to Z, or `À` to `Ý`: anything else opens no such word.
  if (!((first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xdd))) return false;
  const space = text.indexOf(' ');
  return (space > 0 && SENTENCE_OPENING_WORDS.has(text.slice(0, space))) || ELIDED_OPENING.test(text);
}

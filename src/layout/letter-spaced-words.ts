/**
 * Lines an extraction wrote letter by letter, their words put back whole. A typesetter
 * justifying a line may widen the gap after every glyph (PDF's character spacing, `Tc`: pdfme
 * sets it on each justified line, as word processors and CSS `letter-spacing` do). An extraction
 * that writes a space wherever two glyphs stand apart by more than a fraction of their size
 * (pdfminer's `pdf2txt`, MuPDF's `mutool` and PyMuPDF) then writes `d e s t i n é e s`; but it
 * still sees the word spaces, each wider by a space's advance, and writes them as two spaces
 * or more (`d e s t i n é e s   à   l a   4 G`). A reader of such a line sees its words: the
 * gaps inside a word are even, and narrower than the gaps between words.
 *
 * Evidence, per line: its pieces parted by the wide gaps (two white spaces or more, or a
 * no-break space); a piece of single characters each a space apart is spread. A run of
 * consecutive pieces spread or of one character (`à`, `—`) holding at least `SPREAD_PIECES`
 * pieces spread over two letters or more is a line (or a column's line, where a row crosses
 * columns) set letter-spaced: the single spaces inside its pieces are its tracking, and go; the
 * wide gaps stay word spaces (`word-spaces.ts` then reads a line of stretched spaces).
 * Ordinary text never parts its words by wider gaps than its letters, and a score table
 * (`2 - 1   3 - 0`) holds no letters.
 *
 * pdf.js's text (its `getTextContent`, a browser's copied text) merges the word spaces into the
 * same single spaces (`d e s t i n é e s à l a 4 G`): no gap tells the words. There, a run of
 * `LONG_RUN` single characters or more a space apart, `LONG_RUN_LETTERS` of them letters (no
 * ordinary line holds one), is read with a dictionary: its characters, parted at punctuation,
 * are cut into the cheapest words French's short words or the article's own words (at 1), or the
 * word list (at 2) know, a number or a figure with its capitals (`4G`) counting as known, a word
 * opening with a capital inside a stretch (a name) only if the article writes it whole; only a
 * run whose every other cut costs a word more is closed, its punctuation set as French sets it. Each line closed is a recorded repair. A text without three
 * single characters a space apart in a row costs one regular expression.
 */
import type { Repair } from '../types.ts';
import { memoisedHas, type FrenchLexicon } from './french-lexicon.ts';
import { SHORT_WORDS } from './split-words.ts';

/** Three single characters a space apart, at the text's start (`SPREAD_SOMEWHERE`'s first place). */
const SPREAD_AT_START = /^\S \S \S(?=\s|$)/u;
/** The same after a white space: a line's start after its terminator, which is one. */
const SPREAD_AFTER_SPACE = /\s\S \S \S(?=\s|$)/u;

/**
 * Three single characters a space apart, somewhere (`/(?:^|\s)\S \S \S(?=\s|$)/mu`): the cheap
 * test before any line is read. In two patterns, since one opening on `^` or a class is tried at
 * every position of the text, one opening on a class is scanned for it; the line terminators
 * after which `^` matches are white space, so the second finds every line's start but the first.
 */
export function holdsSpreadRun(text: string): boolean {
  return SPREAD_AT_START.test(text) || SPREAD_AFTER_SPACE.test(text);
}
/** A gap between words: two white spaces or more, or a white space other than the ordinary space. */
const WIDE_GAP = /(\s{2,}|[^\S ]\s*)/u;
/** Every character a word of its own: `d e s`, `1 1 , 2`. */
const LETTER_BY_LETTER = /^\S(?: \S)+$/u;
/** Letters a spread piece holds at least to count toward a line set letter-spaced. @default 2 */
const SPREAD_LETTERS = 2;
/** Pieces spread over `SPREAD_LETTERS` letters a run holds at least. @default 2 */
const SPREAD_PIECES = 2;

export interface ClosedLetterSpacedWords {
  text: string;
  repairs: Repair[];
}

/**
 * Closes the tracking of the lines an extraction wrote letter by letter, their word gaps kept
 * (see the module's comment); with a word list, the long runs whose word gaps are lost too.
 */
export function closeLetterSpacedWords(text: string, lexicon?: FrenchLexicon): ClosedLetterSpacedWords {
  if (!holdsSpreadRun(text)) return { text, repairs: [] };
  const repairs: Repair[] = [];
  const lines = text.split('\n');
  let words: WordTest | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (!holdsSpreadRun(line)) continue;
    let closed = closeLine(line);
    let evidence = 'single characters a space apart, the words parted by wider gaps: the line was set letter-spaced';
    if (closed === line && lexicon !== undefined && LONG_RUN_PATTERN.test(line)) {
      words ??= wordTest(text, lexicon);
      closed = closeLongRuns(line, words);
      evidence = 'a long run of single characters a space apart, cut one way alone into known words: the line was set letter-spaced';
    }
    if (closed === line) continue;
    lines[index] = closed;
    repairs.push({ kind: 'space-collapsed', line: index + 1, before: line.trim(), after: closed.trim(), reason: 'letter-spaced-line', evidence });
  }
  return repairs.length === 0 ? { text, repairs } : { text: lines.join('\n'), repairs };
}

/** A line with the tracking of its letter-spaced runs closed; the line itself when it has none. */
function closeLine(line: string): string {
  // Pieces at even indexes, the wide gaps parting them at odd ones.
  const parts = line.split(WIDE_GAP);
  let changed = false;
  let run: number[] = [];
  let spread = 0;
  const close = (): void => {
    if (spread >= SPREAD_PIECES) {
      for (const at of run) {
        if (LETTER_BY_LETTER.test(parts[at]!)) {
          parts[at] = parts[at]!.replaceAll(' ', '');
          changed = true;
        }
      }
    }
    run = [];
    spread = 0;
  };
  for (let at = 0; at < parts.length; at += 2) {
    const piece = parts[at]!;
    if (piece === '') continue;
    if (LETTER_BY_LETTER.test(piece)) {
      if ((piece.match(/\p{L}/gu)?.length ?? 0) >= SPREAD_LETTERS) spread += 1;
    } else if ([...piece].length > 1) {
      close();
      continue;
    }
    run.push(at);
  }
  close();
  return changed ? parts.join('') : line;
}

/** Single characters a space apart a run holds at least to be read with the word list. @default 8 */
const LONG_RUN = 8;
/** Letters such a run holds at least. @default 6 */
const LONG_RUN_LETTERS = 6;
const LONG_RUN_PATTERN = new RegExp(`(?:^|\\s)\\S(?: \\S){${LONG_RUN - 1},}(?=\\s|$)`, 'u');
const LONG_RUN_GLOBAL = new RegExp(LONG_RUN_PATTERN.source, 'gu');
/** A character inside a word: a letter, a figure, an apostrophe, a hyphen. */
const WORD_CHARACTER = /[\p{L}\p{N}’'-]/u;
/** A number, or a figure with its capitals (`4G`, `3D`). */
const NUMBER = /^(?:\p{N}+(?:[,.]\p{N}+)*|\p{N}+\p{Lu}{1,2})$/u;
/** A word opening with a capital. */
const CAPITALISED = /^\p{Lu}/u;
/** What a word known only to the word list costs more than one the article writes whole or a short word: the article's words first (`selon ses comptes`, not `selons escomptes`). @default 1 */
const LISTED_ONLY_COST = 1;
/** How much more than the cheapest cut every other must cost for the cheapest to be read: a word more. @default 1 */
const CUT_MARGIN = 1;
/** Longest word looked for, in characters. @default 30 */
const LONGEST_WORD = 30;
/** Punctuation set against the word before it, and the word after it. */
const CLOSES = new Set([',', '.', ')', '…']);
const OPENS = new Set(['(']);
/** Elided words before an apostrophe. */
const ELIDED = /^(?:[ldjmnstc]|qu|lorsqu|puisqu|jusqu)$/iu;

/** How a word is known: French's short words or the article's own words (`own`), the word list only (`listed`), or not at all. */
type WordTest = (word: string) => 'own' | 'listed' | undefined;

/** How a word is known: French's short words, a word the article writes whole elsewhere, or the word list (longer words); an elided article or pronoun before a known word. */
function wordTest(text: string, lexicon: FrenchLexicon): WordTest {
  const listed = memoisedHas(lexicon);
  const own = new Set<string>();
  for (const token of text.split(/\s+/u)) {
    const bare = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if ([...bare].length >= 3) own.add(bare.toLowerCase());
  }
  const test = (word: string): 'own' | 'listed' | undefined => {
    const lower = word.toLowerCase();
    if (SHORT_WORDS.has(lower)) return 'own';
    if ([...lower].length <= 2) return undefined;
    if (own.has(lower)) return 'own';
    return listed(word) ? 'listed' : undefined;
  };
  return (word) => {
    const whole = test(word);
    if (whole !== undefined) return whole;
    const apostrophe = word.search(/[’']/u);
    if (apostrophe <= 0 || !ELIDED.test(word.slice(0, apostrophe))) return undefined;
    return test(word.slice(apostrophe + 1));
  };
}

/** A line's long runs of single characters, each closed into words where the word list cuts it one way alone; the line itself otherwise. */
function closeLongRuns(line: string, known: WordTest): string {
  return line.replace(LONG_RUN_GLOBAL, (run) => {
    const lead = /^\s*/u.exec(run)![0];
    const characters = run.trim().split(' ');
    if (characters.filter((character) => /\p{L}/u.test(character)).length < LONG_RUN_LETTERS) return run;
    const closed = closeRun(characters, known);
    return closed === undefined ? run : `${lead}${closed}`;
  });
}

/** A run's characters as words and punctuation, set as French sets them; undefined where a stretch of letters is cut no way or more than one way at its least cost. */
function closeRun(characters: string[], known: WordTest): string | undefined {
  const out: string[] = [];
  let glueNext = false;
  const put = (token: string, glue: boolean): void => {
    if (out.length === 0 || glue || glueNext) out.push(out.length === 0 ? token : out.pop()! + token);
    else out.push(token);
    glueNext = false;
  };
  for (let at = 0; at < characters.length; ) {
    const character = characters[at]!;
    // A comma or point between figures is the number's.
    if (WORD_CHARACTER.test(character)) {
      let end = at;
      while (end < characters.length && (WORD_CHARACTER.test(characters[end]!) || (/^[,.]$/u.test(characters[end]!) && /\p{N}/u.test(characters[end - 1] ?? '') && /\p{N}/u.test(characters[end + 1] ?? '')))) end += 1;
      const words = cutWords(characters.slice(at, end).join(''), known);
      if (words === undefined) return undefined;
      words.forEach((word) => put(word, false));
      at = end;
      continue;
    }
    if (CLOSES.has(character)) put(character, true);
    else if (OPENS.has(character)) {
      put(character, false);
      glueNext = true;
    } else put(character, false);
    at += 1;
  }
  return out.join(' ');
}

/** A stretch of word characters cut into its cheapest known words (a name costing more), if every other cut costs `CUT_MARGIN` more at least. */
function cutWords(stretch: string, known: WordTest): string[] | undefined {
  const characters = [...stretch];
  const length = characters.length;
  /** Per prefix length: its two cheapest cuts, as their cost and their last word's start and rank. */
  const best: Array<Array<{ cost: number; start: number; rank: number }>> = [[{ cost: 0, start: -1, rank: 0 }]];
  for (let end = 1; end <= length; end += 1) {
    const here: Array<{ cost: number; start: number; rank: number }> = [];
    for (let start = Math.max(0, end - LONGEST_WORD); start < end; start += 1) {
      const before = best[start] ?? [];
      if (before.length === 0) continue;
      const word = characters.slice(start, end).join('');
      let price: number;
      const knownAs = NUMBER.test(word) ? 'own' : known(word);
      // A capital inside a stretch opens a name (`regretteNadiaFerrand`): the word list's words do
      // not cut it (`Fer rand`), nor does a name's shape (`4Getàla`); the article's own words do.
      if (knownAs === 'own') price = 1;
      else if (knownAs === 'listed' && !(start > 0 && CAPITALISED.test(word))) price = 1 + LISTED_ONLY_COST;
      else continue;
      before.forEach((cut, rank) => here.push({ cost: cut.cost + price, start, rank }));
    }
    here.sort((left, right) => left.cost - right.cost);
    best[end] = here.slice(0, 2);
  }
  const cuts = best[length] ?? [];
  if (cuts.length === 0 || (cuts.length > 1 && cuts[1]!.cost - cuts[0]!.cost < CUT_MARGIN)) return undefined;
  const words: string[] = [];
  let cut = cuts[0]!;
  for (let end = length; end > 0; ) {
    words.unshift(characters.slice(cut.start, end).join(''));
    end = cut.start;
    cut = best[end]![cut.rank]!;
  }
  return words;
}

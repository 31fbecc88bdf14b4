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
 * run whose every other cut costs a word more is closed, its punctuation set as French sets it.
 * French grammar's evidence weighs a word's price: a plural determiner before a word marked
 * plural (`selon ses comptes`, not `selons escomptes`). Where that evidence alone parts two cuts,
 * or a cut in fewer words costs only a word's price more, the other reading is a warning.
 * pdftotext writes a comma against its letter (`n e u f, l a`): it stays in the run. It writes a
 * line of capitals set letter-spaced (a kicker, `PAT R I M O I N E`) with its kerned pairs closer
 * than the tracking: such a line, most of its capitals alone, is cut between its pieces only.
 * Each line closed is a recorded repair. A text without three single characters a space apart
 * in a row costs one regular expression.
 */
import type { Repair, Warning } from '../types.ts';
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
  /** Lines cut into words where the word list allows another cut almost as cheap. */
  warnings: Warning[];
}

/**
 * Closes the tracking of the lines an extraction wrote letter by letter, their word gaps kept
 * (see the module's comment); with a word list, the long runs whose word gaps are lost too.
 */
export function closeLetterSpacedWords(text: string, lexicon?: FrenchLexicon): ClosedLetterSpacedWords {
  if (!holdsSpreadRun(text)) return { text, repairs: [], warnings: [] };
  const repairs: Repair[] = [];
  const warnings: Warning[] = [];
  const lines = text.split('\n');
  let words: WordTest | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (!holdsSpreadRun(line)) continue;
    let closed = closeLine(line);
    const doubts: OtherCut[] = [];
    let evidence = 'single characters a space apart, the words parted by wider gaps: the line was set letter-spaced';
    if (closed === line && lexicon !== undefined && LONG_RUN_PATTERN.test(line)) {
      words ??= wordTest(text, lexicon);
      closed = closeLongRuns(line, words, doubts);
      evidence = 'a long run of single characters a space apart, cut one way alone into known words: the line was set letter-spaced';
    }
    if (closed === line && lexicon !== undefined && SPACED_CAPITALS.test(line)) {
      words ??= wordTest(text, lexicon);
      closed = closeSpacedCapitals(line, words, doubts);
      evidence = 'a line of capitals, most of them alone between single spaces, the others in twos or threes (a kerned pair drawn closer than the tracking), cut one way alone into known words: a line of capitals set letter-spaced (a kicker)';
    }
    if (closed === line) continue;
    lines[index] = closed;
    repairs.push({ kind: 'space-collapsed', line: index + 1, before: line.trim(), after: closed.trim(), reason: 'letter-spaced-line', evidence });
    for (const doubt of doubts) {
      warnings.push({
        rule: 'layout/letter-spaced-cut',
        line: index + 1,
        message: `A line set letter-spaced lost its word spaces; its letters were read "${doubt.read}", but the word list also allows "${doubt.other}" at almost the same cost.`,
      });
    }
  }
  return repairs.length === 0 ? { text, repairs, warnings } : { text: lines.join('\n'), repairs, warnings };
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
/**
 * A run's character: one, or one with the comma or point an extraction set against it (pdftotext
 * writes `n e u f, l a`: the comma follows its letter closer than the tracking).
 */
const RUN_CHARACTER = '\\S[,.]?';
const LONG_RUN_PATTERN = new RegExp(`(?:^|\\s)${RUN_CHARACTER}(?: ${RUN_CHARACTER}){${LONG_RUN - 1},}(?=\\s|$)`, 'u');
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

/**
 * A line of capitals alone, a space apart, some in twos or threes: `PAT R I M O I N E`. pdftotext
 * writes a letter-spaced line of capitals so, the tracking read as spaces but a kerned pair (`AT`,
 * `AV`, `LT`) drawn closer than the rest, and the word spaces as single spaces too.
 */
const SPACED_CAPITALS = /^\s*\p{Lu}{1,3}(?: \p{Lu}{1,3}){3,}\s*$/u;
/** Capitals alone a line of spaced capitals holds at least, and their share of its pieces. @default 4, 0.6 */
const SPACED_CAPITALS_ALONE = 4;
const SPACED_CAPITALS_SHARE = 0.6;

/**
 * A line of spaced capitals (`SPACED_CAPITALS`) closed into words the word list knows, cut only
 * between its pieces (a kerned pair is never parted by a word space), when one cut alone is the
 * cheapest (as `cutWords`); the line itself otherwise.
 */
function closeSpacedCapitals(line: string, known: WordTest, doubts: OtherCut[]): string {
  const pieces = line.trim().split(' ');
  const alone = pieces.filter((piece) => [...piece].length === 1).length;
  if (alone < SPACED_CAPITALS_ALONE || alone < pieces.length * SPACED_CAPITALS_SHARE) return line;
  const found: OtherCut[] = [];
  const words = cutWords(pieces.join('').toLowerCase(), known, found);
  if (words === undefined) return line;
  // Word ends fall between pieces only.
  const ends = new Set<number>();
  let at = 0;
  for (const piece of pieces) ends.add((at += [...piece].length));
  let end = 0;
  for (const word of words) if (!ends.has((end += [...word].length))) return line;
  const letters = [...pieces.join('')];
  let from = 0;
  const closed = words.map((word) => letters.slice(from, (from += [...word].length)).join(''));
  const lead = /^\s*/u.exec(line)![0];
  doubts.push(...found);
  return `${lead}${closed.join(' ')}`;
}

/** A line's long runs of single characters, each closed into words where the word list cuts it one way alone; the line itself otherwise. */
function closeLongRuns(line: string, known: WordTest, doubts: OtherCut[]): string {
  return line.replace(LONG_RUN_GLOBAL, (run) => {
    const lead = /^\s*/u.exec(run)![0];
    const characters = run
      .trim()
      .split(' ')
      .flatMap((token) => (token.length > 1 && /^\S[,.]$/u.test(token) ? [token[0]!, token[1]!] : [token]));
    if (characters.filter((character) => /\p{L}/u.test(character)).length < LONG_RUN_LETTERS) return run;
    const closed = closeRun(characters, known, doubts);
    return closed === undefined ? run : `${lead}${closed}`;
  });
}

/** A run's characters as words and punctuation, set as French sets them; undefined where a stretch of letters is cut no way or more than one way at its least cost. */
function closeRun(characters: string[], known: WordTest, doubts: OtherCut[]): string | undefined {
  const found: OtherCut[] = [];
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
      const words = cutWords(characters.slice(at, end).join(''), known, found);
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
  doubts.push(...found);
  return out.join(' ');
}

/** Plural determiners: the word after one is plural, and French marks its plural with `-s` or `-x` (`ses comptes`, `des travaux`). */
const PLURAL_DETERMINERS = new Set(['les', 'des', 'ses', 'mes', 'tes', 'ces', 'nos', 'vos', 'leurs', 'aux', 'quelques', 'plusieurs']);
/** A word marked plural: `-s`, `-x` or `-z` ending four letters or more. */
const MARKED_PLURAL = /^\p{L}{3,}[sxz]$/u;
/** What a plural determiner before a word marked plural takes off a cut's cost: French grammar's evidence, worth a word's price. @default 1 */
const AGREEMENT_BONUS = 1;

/** Another reading of a stretch the word list allows at a cost close to the one read: a doubt. */
export interface OtherCut {
  read: string;
  other: string;
}

/** One cut of a prefix: its cost, its last word's start and the rank of the cut before it, and how many agreements it holds. */
interface Cut {
  cost: number;
  start: number;
  rank: number;
  agreements: number;
}

/**
 * A stretch of word characters cut into its cheapest known words (a name costing more), if every
 * other cut costs `CUT_MARGIN` more at least. A plural determiner followed by a word marked plural
 * (`ses comptes`) makes a cut cheaper by `AGREEMENT_BONUS`; of two cuts as cheap, the one with more
 * such agreements is read, and the other is a doubt (`doubts`), as is another cut in fewer words
 * costing less than `CUT_MARGIN` + `AGREEMENT_BONUS` more than the one read (`selons escomptes`
 * for `selon ses comptes`, before the agreement made it dearer).
 */
function cutWords(stretch: string, known: WordTest, doubts?: OtherCut[]): string[] | undefined {
  const characters = [...stretch];
  const length = characters.length;
  /** Per prefix length: its two cheapest cuts. */
  const best: Cut[][] = [[{ cost: 0, start: -1, rank: 0, agreements: 0 }]];
  for (let end = 1; end <= length; end += 1) {
    const here: Cut[] = [];
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
      const plural = MARKED_PLURAL.test(word) && !SHORT_WORDS.has(word.toLowerCase());
      before.forEach((cut, rank) => {
        const agrees = plural && cut.start >= 0 && PLURAL_DETERMINERS.has(characters.slice(cut.start, start).join('').toLowerCase());
        here.push({ cost: cut.cost + price - (agrees ? AGREEMENT_BONUS : 0), start, rank, agreements: cut.agreements + (agrees ? 1 : 0) });
      });
    }
    here.sort((left, right) => left.cost - right.cost || right.agreements - left.agreements);
    best[end] = here.slice(0, 2);
  }
  const cuts = best[length] ?? [];
  const [first, second] = cuts;
  if (first === undefined) return undefined;
  const words = (cut: Cut): string[] => {
    const out: string[] = [];
    for (let end = length, at = cut; end > 0; ) {
      out.unshift(characters.slice(at.start, end).join(''));
      end = at.start;
      at = best[end]![at.rank]!;
    }
    return out;
  };
  if (second !== undefined && second.cost - first.cost < CUT_MARGIN) {
    // As cheap: French grammar's evidence decides, or nothing does.
    if (second.cost > first.cost || first.agreements <= second.agreements) return undefined;
    doubts?.push({ read: words(first).join(' '), other: words(second).join(' ') });
    return words(first);
  }
  const read = words(first);
  // A reading one price dearer in fewer words: French grammar's evidence (or its lack) alone parted them.
  if (second !== undefined && second.cost - first.cost < CUT_MARGIN + AGREEMENT_BONUS) {
    const other = words(second);
    if (other.length < read.length) doubts?.push({ read: read.join(' '), other: other.join(' ') });
  }
  return read;
}

/**
 * Words an extraction glued together where it dropped the space between them (`dela`,
 * `aprèsla`, `fermeturedesixusinesenFranced’iciàla`), parted again. pypdf's `extract_text`
 * writes a space only where the gap between two pieces of text passes its own threshold: where
 * a line was justified by moving each word (LaTeX, ConTeXt, matplotlib, FPDF, PDFKit set a word
 * apart with an offset, not a space character) or where a word is drawn as a text run of its
 * own, the gap reads as nothing, and whole lines come out as one token.
 *
 * Evidence, per token (its letters, an elided article inside, punctuation around): the token is
 * no French word (the word list does not know it, and it stands nowhere else in the text as a
 * word), and its letters part into words the list knows, each of one or two letters only if
 * French uses it alone (`de`, `la`, `à`), an elided article or pronoun kept against its word
 * (`d’ici`), a capital only opening a piece; of the partings, the fewest pieces, then the
 * longest shortest piece. A text is read as glued only when `GLUED_FEWEST` of its distinct
 * tokens or more part so and they are at least `GLUED_SHARE` of the tokens the list does not
 * know (a text whose spaces are right holds names the list lacks, few of which part into
 * words): then each such token is parted, each a recorded repair. A comma glued to the letter
 * after it (`central,M.`, `»,en`) is parted in such a text too. Runs before the layout, on the
 * decoded text; a text without the habit costs one word-list lookup per distinct token.
 */
import type { Repair } from '../types.ts';
import { memoisedHas, type FrenchLexicon } from './french-lexicon.ts';
import { SHORT_WORDS } from './split-words.ts';

/** Fewest spaces the distinct glued tokens lack (`dela` one, `dereclassement` one, `eninterneouchez` three) before a text is read as glued. @default 5 */
export const GLUED_FEWEST = 5;
/** Least share of the unknown tokens that part into words. @default 0.3 */
export const GLUED_SHARE = 0.3;
/** Longest word looked up as a piece. @default 25 */
const LONGEST_PIECE = 25;
/** Shortest glued token read: `dela`. @default 4 */
const SHORTEST_TOKEN = 4;

/**
 * The tokens' and marks' patterns are built at their first use (a getter each): a text with no
 * glued words never reads them, and their `\p{…}` classes (some thirty in the marks' pattern,
 * each built twice, as a piece and joined) cost ICU look-ups when built.
 */
let gluedTokenPattern: RegExp | undefined;
/** A token: opening punctuation, letters (with elision apostrophes), closing punctuation. */
function gluedToken(): RegExp {
  return (gluedTokenPattern ??= /^([(«“"]*)([\p{L}’']+)([.,;:!?»)”…]*)$/u);
}
/** An elided article or pronoun, written against its word. */
const ELIDED = /^(?:[ldjmnstc]|qu|lorsqu|puisqu|jusqu|quoiqu|presqu)[’']$/iu;
let pieceCasePattern: RegExp | undefined;
/** A piece's case: capitalised, all capitals, or lower case. */
function pieceCase(): RegExp {
  return (pieceCasePattern ??= /^(?:\p{Lu}?\p{Ll}+|\p{Lu}+)$/u);
}
let gluedMarkPattern: RegExp | undefined;
/**
 * Where a glued token is parted before its words are read: a comma or semicolon glued to the
 * letter after it (`central,M.`, `»,en`), a sentence's point to the capital after it
 * (`téléphonique.Il`), a word to the figures after it (`de2028`), a percent or euro sign to the
 * word after it (`41 %enun`), figures to a word of three letters or more after them (`160enregistreurs`),
 * an opening quote or bracket to what is before it, a dash to the words either side, `M.` to the name after it.
 */
function gluedMark(): RegExp {
  return (gluedMarkPattern ??= new RegExp(
    [
      /(?<=[\p{Ll}\d»”)][,;])(?=[«“(]?\p{L})/u.source,
      /(?<=\p{Ll}\p{Ll}[.!?…])(?=[«“]?\p{Lu})/u.source,
      /(?<=[\p{L}.,;:!?…])(?=«)/u.source,
      /(?<=[;:!?])(?=\p{Ll})/u.source,
      /(?<=\p{Ll}\p{Ll})(?=[\d(])/u.source,
      /(?<=\d)(?=(?!(?:ème|eme|ère|ers?)\b)\p{Ll}{3})/u.source,
      /(?<=\d ?[%€])(?=\p{L})/u.source,
      /(?<=[\p{L})])(?=—)|(?<=—)(?=\p{L})/u.source,
      /(?<=(?:^|[^\p{L}])(?:M|MM|Mme)\.)(?=\p{Lu})/u.source,
    ].join('|'),
    'gu',
  ));
}
/** A token's segments between its hyphens, each keeping the hyphen after it. */
const HYPHEN_SEGMENT = /(?<=[-‐])/u;

export interface GluedWords {
  text: string;
  repairs: Repair[];
}

/** The text with each token an extraction glued from several words parted, when the text shows the habit. */
export function splitGluedWords(text: string, lexicon: FrenchLexicon): GluedWords {
  const found = findGluedTokens(text, lexicon);
  if (found === undefined || !isGlued(found)) return { text, repairs: [] };
  const { lines, tokens, part, unknown, glued } = found;
  const repairs: Repair[] = [];
  tokens.forEach((lineTokens, line) => {
    let changed = false;
    const last = lastWord(lineTokens);
    const out = lineTokens.map((token, index) => {
      const after = rewriteToken(token, (letters, first, final) => {
        const context = tokenContext(tokens, line, index === 0 && first, index === last && final);
        return part(letters, context);
      });
      if (after !== token) changed = true;
      return after;
    });
    if (!changed) return;
    const before = lineTokens.join(' ');
    const after = out.join(' ');
    lines[line] = after;
    repairs.push({
      kind: 'space-inserted',
      line: line + 1,
      before,
      after,
      reason: 'words-glued',
      evidence: `tokens no French word that part into French words, in a text that holds ${glued} such tokens of ${unknown} the word list does not know: an extraction that dropped the spaces between words`,
    });
  });
  return repairs.length === 0 ? { text, repairs } : { text: lines.join('\n'), repairs };
}

/**
 * The token with each of its words' letters parted as `part` says: the token cut at its glued
 * marks (`gluedMark()`) and hyphens first, `first` and `final` telling the segment that opens it
 * and the one that ends it.
 */
function rewriteToken(token: string, part: (letters: string, first: boolean, final: boolean) => string[] | undefined): string {
  if (!NO_BREAK_SPACE.test(token)) return rewriteSpaced(token, part);
  // No-break spaces (`«\u00A0Nousavions`) part words as plain ones do.
  const pieces = token.split(NO_BREAK_SPACES);
  return pieces
    .map((piece, index) =>
      index % 2 === 1 ? piece : rewriteSpaced(piece, (letters, first, final) => part(letters, first && index === 0, final && index === pieces.length - 1)),
    )
    .join('');
}

const NO_BREAK_SPACE = /[\u00A0\u202F]/u;
const NO_BREAK_SPACES = /([\u00A0\u202F])/u;

function rewriteSpaced(token: string, part: (letters: string, first: boolean, final: boolean) => string[] | undefined): string {
  gluedMark().lastIndex = 0;
  const words = gluedMark().test(token) ? token.replace(gluedMark(), ' ').split(' ') : [token];
  return words
    .map((word, at) => {
      const segments = word.includes('-') || word.includes('‐') ? word.split(HYPHEN_SEGMENT) : [word];
      return segments
        .map((segment, which) => {
          const first = at === 0 && which === 0;
          const final = at === words.length - 1 && which === segments.length - 1;
          const hyphen = /[-‐\u00AD]$/u.test(segment) && !final ? segment.slice(-1) : '';
          const body = hyphen === '' ? segment : segment.slice(0, -1);
          const match = (final && /[-‐\u00AD]$/u.test(body) ? endToken() : gluedToken()).exec(body);
          if (match === null) return segment;
          const pieces = part(match[2] as string, first, final);
          if (pieces === undefined) return segment;
          return (match[1] as string) + pieces.join(' ') + (match[3] as string) + hyphen;
        })
        .join('');
    })
    .join(' ');
}

/** Whether the text's glued tokens are many enough, and a large enough share of its unknown ones. */
export function isGlued({ unknown, glued, spaces }: { unknown: number; glued: number; spaces: number }): boolean {
  return spaces >= GLUED_FEWEST && glued >= unknown * GLUED_SHARE;
}

/** Where a token sits: after a line cut at a hyphen (the word's first part), before one (the next line's first token). */
interface TokenContext {
  previous?: string;
  next?: string;
}

let endTokenPattern: RegExp | undefined;
/** A line's last token ending at a line-end hyphen: its letters read up to it. */
function endToken(): RegExp {
  return (endTokenPattern ??= /^([(«“"]*)([\p{L}’']+)([-‐\u00AD])$/u);
}
const NO_CONTEXT: TokenContext = {};

/** The index of a line's last word (a line may end with a space: pypdf's). */
function lastWord(lineTokens: readonly string[]): number {
  let index = lineTokens.length - 1;
  while (index > 0 && lineTokens[index] === '') index -= 1;
  return index;
}

function tokenContext(tokens: readonly string[][], line: number, first: boolean, last: boolean): TokenContext {
  let previous: string | undefined;
  let next: string | undefined;
  if (first && line > 0) {
    const before = tokens[line - 1] as string[];
    const end = before[lastWord(before)] ?? '';
    const match = /(\p{L}+)[-‐\u00AD]$/u.exec(end);
    if (match !== null) previous = match[1];
  }
  if (last) {
    const lineTokens = tokens[line] as string[];
    const end = lineTokens[lastWord(lineTokens)] ?? '';
    const after = tokens[line + 1];
    if (/[-‐\u00AD]$/u.test(end) && after !== undefined) {
      const match = /^[(«“"]*(\p{L}+)/u.exec(after.find((token) => token !== '') ?? '');
      if (match !== null) next = match[1];
    }
  }
  return previous === undefined && next === undefined ? NO_CONTEXT : { previous, next };
}

/**
 * Whether a line's first word may go on with a word cut at a hyphen: the line before ends at a
 * hyphen (an OCR's `¬` among them), or the line holds a column's gutter (`-layout`'s columns, whose
 * line before is another column's).
 */
function mayContinue(lines: readonly string[], line: number): boolean {
  if (line === 0) return false;
  return /[-‐\u00AD¬]\s*$/u.test(lines[line - 1] as string) || (lines[line] as string).includes('  ');
}

/**
 * A token that may hold words glued together, read without the word list: a run of seventeen
 * lower-case letters or more (few French words are that long, a glued line's tokens mostly are),
 * or two of the short words such texts glue most, one after the other, opening a token (`dela`,
 * `surles`, `etdes`, `àl’`). Written without Unicode classes, which cost five times as much on a
 * whole text.
 */
export const GLUE_HINT = /[a-zß-öø-ÿœæ]{17}|(?:^|[ («“"’'])(?:de|la|le|les|et|à|en|un|une|des|du|sur|au|aux|pour|dans|que|qui|ne|se)(?:la|le|les|un|une|des|du|de|l’|d’|l'|d')/gm;
/** Fewest hints before the text is looked at with the word list. @default 2 */
const FEWEST_HINTS = 2;

/** Two short words glued (`GLUE_HINT`'s second branch without what opens the token). */
const SHORT_WORD_PAIR = "(?:de|la|le|les|et|à|en|un|une|des|du|sur|au|aux|pour|dans|que|qui|ne|se)(?:la|le|les|un|une|des|du|de|l’|d’|l'|d')";
/**
 * `GLUE_HINT`'s second branch, `(?:^|[ («“"’'])` then the pair, with the line's start read as the
 * line terminator before it: a pattern opening on a class of characters is scanned for that class,
 * one opening on an alternative with `^` is tried at every position (twice the time on a text).
 */
const GLUED_SHORT_WORDS = new RegExp(`[ («“"’'\n\r\u2028\u2029]${SHORT_WORD_PAIR}`, 'g');
/** The pair right at a line's start (`^` of the branch at the place a search starts from). */
const SHORT_WORD_PAIR_HERE = new RegExp(SHORT_WORD_PAIR, 'y');

/** Whether a code unit ends a line for `^` of a pattern with the `m` flag. */
function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/**
 * The first match of `GLUE_HINT`'s second branch at or after `from`, as the pattern with the `m`
 * flag finds it (its offset, and where it ends), or undefined.
 */
function gluedShortWordsAt(text: string, from: number): { index: number; end: number } | undefined {
  if (from === 0 || isLineTerminator(text.charCodeAt(from - 1))) {
    SHORT_WORD_PAIR_HERE.lastIndex = from;
    if (SHORT_WORD_PAIR_HERE.test(text)) return { index: from, end: SHORT_WORD_PAIR_HERE.lastIndex };
  }
  GLUED_SHORT_WORDS.lastIndex = from;
  const match = GLUED_SHORT_WORDS.exec(text);
  if (match === null) return undefined;
  // After a line terminator, the branch's `^` matched the line's start, past the terminator.
  return { index: isLineTerminator(text.charCodeAt(match.index)) ? match.index + 1 : match.index, end: GLUED_SHORT_WORDS.lastIndex };
}
/** How many letters of `GLUE_HINT`'s first branch in a row make a hint. @default 17 */
const LONG_RUN = 17;

/** Whether a code unit is one of `GLUE_HINT`'s lower-case letters (`[a-zß-öø-ÿœæ]`). */
function isHintLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff && code !== 0xf7) || code === 0x153;
}

/**
 * Where the first run of `LONG_RUN` such letters at or after `from` opens (`GLUE_HINT`'s first
 * branch), or -1. Reads one letter in `LONG_RUN` where none is: a run that long holds every
 * `LONG_RUN`th position, where the pattern, tried from every letter, read up to seventeen.
 */
function longRunAt(text: string, from: number): number {
  let at = from;
  while (at + LONG_RUN <= text.length) {
    if (!isHintLetter(text.charCodeAt(at + LONG_RUN - 1))) {
      at += LONG_RUN;
      continue;
    }
    let other = at + LONG_RUN - 2;
    while (other >= at && isHintLetter(text.charCodeAt(other))) other -= 1;
    if (other < at) return at;
    at = other + 1;
  }
  return -1;
}

/**
 * Whether the text holds `FEWEST_HINTS` hints of glued words or more: the matches of
 * `GLUE_HINT`, one after the other, as the pattern finds them (the first of either branch, the
 * long run where both open at one place), the long runs read by `longRunAt`: the pattern, tried
 * from every letter of the text, was a tenth of the print layout's time. Most texts stop here.
 */
export function hasGlueHints(text: string): boolean {
  let hints = 0;
  let from = 0;
  while (from <= text.length) {
    const run = longRunAt(text, from);
    const words = gluedShortWordsAt(text, from);
    if (run === -1 && words === undefined) return false;
    if (++hints >= FEWEST_HINTS) return true;
    from = run !== -1 && (words === undefined || run <= words.index) ? run + LONG_RUN : (words as { end: number }).end;
  }
  return false;
}

type Part = (letters: string, context: TokenContext) => string[] | undefined;

/** The text's tokens, and how many of its distinct tokens the word list does not know, and how many of those part into words. */
export function findGluedTokens(text: string, lexicon: FrenchLexicon):
  | { lines: string[]; tokens: string[][]; part: Part; unknown: number; glued: number; spaces: number }
  | undefined {
  if (!hasGlueHints(text)) return undefined;
  const lines = text.split('\n');
  const tokens = lines.map((line) => line.split(' '));
  const known = memoisedHas(lexicon);
  // Words standing alone in the text (the word list knows them, or a name): pieces read first.
  const whole = new Set<string>();
  const candidates = new Set<string>();
  // Capitalised tokens the list does not know, standing alone twice or more: names (`Monnier`), kept.
  const seen = new Set<string>();
  const names = new Set<string>();
  const counted = new Set<string>();
  tokens.forEach((lineTokens, line) => {
    const last = lastWord(lineTokens);
    lineTokens.forEach((token, index) => {
      rewriteToken(token, (letters, first, final) => {
        if (letters.length < SHORTEST_TOKEN) return undefined;
        if (tokenContext(tokens, line, index === 0 && first, index === last && final) !== NO_CONTEXT) return undefined;
        if (known(letters)) {
          whole.add(letters.toLowerCase());
          return undefined;
        }
        // A line's or a column's first word may be the end of a word cut at a hyphen (`tience`, `sième`): no evidence.
        if (!(first && (lineTokens[index - 1] === '' || (index === 0 && mayContinue(lines, line))))) counted.add(letters);
        if (/^\p{Lu}\p{Ll}+$/u.test(letters)) {
          whole.add(letters.toLowerCase());
          if (seen.has(letters)) names.add(letters);
          seen.add(letters);
          candidates.add(letters);
        } else candidates.add(letters);
        return undefined;
      });
    });
  });
  if (candidates.size < GLUED_FEWEST) return undefined;
  const parted = new Map<string, string[] | undefined>();
  const part: Part = (letters, context) => {
    if (context === NO_CONTEXT) {
      if (!candidates.has(letters) || names.has(letters)) return undefined;
      if (!parted.has(letters)) {
        const pieces = partWord(letters, known, whole);
        // A compound whose hyphens the extraction dropped (`GrandDuché`, `luimême`): not a word space's.
        const compound = pieces !== undefined && known(pieces.join('-'));
        // A capitalised token may be a name the list lacks (`Haxaire`: `Hax aire`): parted in two only into plain words.
        const name = pieces !== undefined && pieces.length === 2 && /^\p{Lu}/u.test(letters) && !pieces.every((piece) => isPlainPiece(piece, whole));
        parted.set(letters, compound || name ? undefined : pieces);
      }
      return parted.get(letters);
    }
    if (context.next === undefined && known(letters)) return undefined;
    return partWord(letters, known, whole, context);
  };
  const gluedLower = new Set<string>();
  // Only tokens opening in lower case count as evidence: one opening with a capital may be a name the list lacks (`Monnier`).
  let spaces = 0;
  for (const letters of counted) {
    if (!/^\p{Ll}/u.test(letters)) continue;
    const pieces = part(letters, NO_CONTEXT);
    if (pieces === undefined) continue;
    if (!pieces.every((piece) => isPlainPiece(piece, whole))) continue;
    gluedLower.add(letters.replace(ELISION_OPENING, ''));
    spaces += pieces.length - 1;
  }
  const unknownLower = new Set([...counted].filter((letters) => /^\p{Ll}/u.test(letters)).map((letters) => letters.replace(ELISION_OPENING, ''))).size;
  return { lines, tokens, part, unknown: unknownLower, glued: gluedLower.size, spaces };
}

/** The short words an extraction's dropped spaces most often leave glued to their neighbours (`dela`, `surles`, `àla`). */
const GLUE_WORDS: ReadonlySet<string> = new Set('a à y au aux ce de des du en et il la le les ne on ou sa se un une par pas que qui ses son sur'.split(' '));
/** An elided article or pronoun opening a token. */
const ELISION_OPENING = /^(?:[ldjmnstc]|qu)[’']/iu;

/**
 * Whether a piece of a parting counts as evidence of dropped spaces: a word of one or two letters
 * only if it is among the words such texts glue most (`GLUE_WORDS`), of three only if French uses
 * it alone or it stands alone in the text, so that a word the list lacks parted into rare short
 * words (`affin eu se`, `can ta liens`) is no evidence.
 */
function isPlainPiece(piece: string, whole: ReadonlySet<string>): boolean {
  const word = piece.replace(ELISION_OPENING, '').toLowerCase();
  if (word.length <= 2) return GLUE_WORDS.has(word);
  if (word.length === 3) return SHORT_WORDS.has(word) || whole.has(word);
  return true;
}

interface Step {
  cost: number;
  count: number;
  shortest: number;
  next: number;
  joined: boolean;
}

/**
 * `letters` parted into words at the least cost, each known to the word list (of one or two
 * letters, used alone in French), an elided article kept against the word after it; undefined
 * when no parting into two words or more exists. A word French uses alone or that stands alone
 * in the text (`whole`) costs 1, any other the list knows 2.5, or 3 of three letters (the list
 * knows rare forms and abbreviations: `sen`, `set`, `rune`), so `minutesavant` reads `minutes
 * avant` rather than `minute savant`. With a `context`, the first piece may be the end of the
 * previous line's hyphenated word, and the last the start of the next line's.
 */
export function partWord(letters: string, known: (word: string) => boolean, whole?: ReadonlySet<string>, context: TokenContext = NO_CONTEXT): string[] | undefined {
  const length = letters.length;
  const best: Array<Step | undefined> = new Array(length + 1);
  best[length] = { cost: 0, count: 0, shortest: Infinity, next: length, joined: false };
  for (let start = length - 1; start >= 0; start -= 1) {
    let chosen: Step | undefined;
    for (let end = start + 1; end <= Math.min(length, start + LONGEST_PIECE); end += 1) {
      const rest = best[end];
      if (rest === undefined) continue;
      const piece = letters.slice(start, end);
      if (ELIDED.test(piece)) {
        // An elided article stays against the word after it: no space, no piece of its own.
        if (end === length) continue;
        const candidate = { cost: rest.cost, count: rest.count, shortest: rest.shortest, next: end, joined: true };
        if (better(candidate, chosen)) chosen = candidate;
        continue;
      }
      // The token whole is no piece: a parting has two or more (a capitalised token may stand in `whole`).
      let cost = start === 0 && end === length ? undefined : pieceCost(piece, known, whole);
      if (start === 0 && context.previous !== undefined && ends(context.previous, piece, known)) cost = Math.min(cost ?? 1, 1);
      if (end === length && context.next !== undefined && continues(piece, context.next, known)) cost = Math.min(cost ?? 1, 1);
      if (cost === undefined) continue;
      const candidate = { cost: rest.cost + cost, count: rest.count + 1, shortest: Math.min(rest.shortest, end - start), next: end, joined: false };
      if (better(candidate, chosen)) chosen = candidate;
    }
    best[start] = chosen;
  }
  const top = best[0];
  if (top === undefined || top.count < 2) return undefined;
  const pieces: string[] = [];
  let pending = '';
  for (let at = 0; at < length; ) {
    const step = best[at] as Step;
    const piece = letters.slice(at, step.next);
    if (step.joined) pending += piece;
    else {
      pieces.push(pending + piece);
      pending = '';
    }
    at = step.next;
  }
  return pieces;
}

/** Whether `piece` ends a word the previous line's last letters open (`com-` then `munes`; the line before may be glued too: `Danslescom-`). */
function ends(previous: string, piece: string, known: (word: string) => boolean): boolean {
  for (let start = previous.length - 1; start >= Math.max(0, previous.length - LONGEST_PIECE); start -= 1) if (known(previous.slice(start) + piece)) return true;
  return false;
}

/** Whether `piece` opens a word the next line goes on with (`lai-` then `tière`). */
function continues(piece: string, next: string, known: (word: string) => boolean): boolean {
  for (let end = 1; end <= Math.min(next.length, LONGEST_PIECE); end += 1) if (known(piece + next.slice(0, end))) return true;
  return false;
}

function better(candidate: Step, chosen: Step | undefined): boolean {
  if (chosen === undefined) return true;
  if (candidate.cost !== chosen.cost) return candidate.cost < chosen.cost;
  if (candidate.count !== chosen.count) return candidate.count < chosen.count;
  return candidate.shortest > chosen.shortest;
}

/**
 * Words of three letters or more that French prose uses on nearly every page (pronouns,
 * prepositions, the commonest verbs' forms): a piece among them costs what a short word does, so
 * that `ellesavaient` reads `elles avaient`, not `elle savaient`.
 */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  'elles ils nous vous avec dans pour mais plus tout tous toute toutes cette comme leur leurs avait avaient était étaient sont être avoir fait après avant entre depuis sans sous chez vers selon aussi encore très même mêmes déjà autre autres quand dont'.split(' '),
);

/** What a piece costs, or undefined when it is no word. */
function pieceCost(piece: string, known: (word: string) => boolean, whole?: ReadonlySet<string>): number | undefined {
  if (piece.includes('’') || piece.includes("'")) return undefined;
  if (!pieceCase().test(piece)) return undefined;
  const lower = piece.toLowerCase();
  if (piece.length <= 2) return SHORT_WORDS.has(lower) ? 1 : undefined;
  if (SHORT_WORDS.has(lower) || COMMON_WORDS.has(lower)) return 1;
  if (whole !== undefined && whole.has(lower)) return 1;
  if (!known(piece)) return undefined;
  return piece.length === 3 ? 3 : 2.5;
}

/**
 * Joins the printed lines of one block into one line of text: a line-end hyphen is resolved
 * with `decideLineEndHyphen`, any other line break becomes one space. Every hyphen decision is
 * recorded as a repair on the line that carried the hyphen.
 */
import type { Repair, Warning } from '../types.ts';
import {
  decideLineEndHyphen,
  withoutElision,
  type DocumentEvidence,
  type HyphenContext,
} from './decide-line-end-hyphen.ts';

export interface SourceLine {
  /** 1-based line number in the decoded text. */
  number: number;
  /** The line's text, trimmed and with its spacing normalised. */
  content: string;
}

export interface JoinedText {
  text: string;
  repairs: Repair[];
  warnings: Warning[];
}

const RIGHT_WORD = /^([\p{L}\p{N}][\p{L}\p{N}'’]*(?:-[\p{L}\p{N}'’]+)*)/u;

/**
 * The characters of U+0080 to U+00BF that `RIGHT_WORD`'s classes hold: the letters `ª`, `µ`, `º`
 * and the numbers `²`, `³`, `¹`, `¼`, `½`, `¾`; the others are controls, spaces, signs and
 * punctuation (`«`, `»`, a no-break space, `°`, `§`).
 */
const LATIN_1_WORD_CHARACTERS = new Set([0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);

/**
 * Punctuation and spaces French text sets after a word, outside Latin-1, none of them a letter or
 * a number: en and em dashes, the ellipsis, curly quotes, the narrow no-break space.
 */
const PUNCTUATION_AFTER_WORDS = new Set([0x2013, 0x2014, 0x2018, 0x201c, 0x201d, 0x2026, 0x202f]);

/**
 * A character of a word for `rightWord`, as `RIGHT_WORD`'s classes read it: 1 yes, 0 no, -1 not
 * known without the regular expression. Latin-1's punctuation (`sayer».`) and French typography's
 * (`mat—`, `bien…`) answered here spare a one-article `segment` compiling the expression's
 * property classes (about half a millisecond) for a word closed by a guillemet.
 */
export function rightWordCharacter(code: number): 1 | 0 | -1 {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39 ? 1 : 0;
  if (code < 0xc0) return LATIN_1_WORD_CHARACTERS.has(code) ? 1 : 0;
  if (code <= 0x24f) return code !== 0xd7 && code !== 0xf7 ? 1 : 0;
  if (code === 0x2019) return 1;
  if (PUNCTUATION_AFTER_WORDS.has(code)) return 0;
  return -1;
}

/**
 * The word starting the line (`mat`, `à-dire`, `Unis`), as `RIGHT_WORD` matches it, or
 * undefined. Scanned by hand over Latin text; anything else is left to the regular expression.
 */
function rightWord(content: string): string | undefined {
  const first = content.charCodeAt(0);
  const firstKind = first === 39 || first === 0x2019 ? 0 : rightWordCharacter(first);
  if (firstKind !== 1) return firstKind === 0 ? undefined : RIGHT_WORD.exec(content)?.[1];
  let end = 1;
  for (;;) {
    const kind = rightWordCharacter(content.charCodeAt(end));
    if (kind === 1) {
      end += 1;
    } else if (kind === -1 && end < content.length) {
      return RIGHT_WORD.exec(content)?.[1];
    } else if (content.charCodeAt(end) === 45) {
      const next = rightWordCharacter(content.charCodeAt(end + 1));
      if (next === -1 && end + 1 < content.length) return RIGHT_WORD.exec(content)?.[1];
      if (next !== 1) break;
      end += 2;
    } else {
      break;
    }
  }
  return content.slice(0, end);
}

/**
 * The evidence of the document: whether a word appears whole somewhere in the text (not cut
 * by a line-end hyphen). Searched on demand with `indexOf`, which measured cheaper than
 * indexing every word when an article has a few dozen hyphens to decide.
 */
export function createDocumentEvidence(text: string): DocumentEvidence {
  return new DocumentText(text);
}

/** A class rather than closures: tsx (esbuild's keepNames) renames every closure it creates. */
class DocumentText implements DocumentEvidence {
  readonly #text: string;
  #lower: string | undefined;
  #compounds: Map<string, number> | undefined;
  #words: Map<string, number> | undefined;
  readonly #cache = new Map<string, number>();
  #lineStarts: number[] | undefined;
  // lineOf asks about the word has() was just asked about: answered without a lookup.
  #lastWord: string | undefined;
  #lastOffset = -1;

  constructor(text: string) {
    this.#text = text;
  }

  has(word: string): boolean {
    return this.#find(word) !== -1;
  }

  lineOf(word: string): number | undefined {
    const offset = this.#find(word);
    if (offset === -1) return undefined;
    if (this.#lineStarts === undefined) {
      const text = this.#text;
      this.#lineStarts = [0];
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.#lineStarts.push(at + 1);
    }
    const lineStarts = this.#lineStarts;
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  /** Offset where the word appears whole, or -1. */
  #find(word: string): number {
    if (word === this.#lastWord) return this.#lastOffset;
    this.#lastWord = word;
    this.#lastOffset = this.#search(word);
    return this.#lastOffset;
  }

  #search(word: string): number {
    const target = withoutElision(word.toLowerCase());
    const known = this.#cache.get(target);
    if (known !== undefined) return known;
    const lower = (this.#lower ??= this.#text.toLowerCase());
    if (target.includes('-') && !target.includes("'") && !target.includes('’')) {
      // A hyphenated word appears whole only as one of the document's compounds, which are
      // few: collected once around each hyphen instead of searching the text per question.
      this.#compounds ??= collectCompounds(lower);
      return this.#compounds.get(target) ?? -1;
    }
    if (lower.length > INDEXED_TEXT && !target.includes("'") && !target.includes('’')) {
      // A long text (many pages): one index of its words instead of a scan per question,
      // which would grow with the square of the text.
      this.#words ??= collectWords(lower);
      const offset = this.#words.get(target) ?? -1;
      this.#cache.set(target, offset);
      return offset;
    }
    // Searched from its rarest letter (`anonymat` as `ymat`, then `anon` before it read in place):
    // `indexOf` stops at every place the first letter of what it seeks stands, and most words
    // asked about stand nowhere else in the text. The same places, in the same order.
    const rare = rarestLetterAt(target);
    const seek = rare === 0 ? target : target.slice(rare);
    let found = -1;
    for (let from = lower.indexOf(seek, rare); from !== -1; from = lower.indexOf(seek, from + 1)) {
      const at = from - rare;
      if (rare > 0 && !lower.startsWith(target, at)) continue;
      // Part of a longer word or of a compound, or the first half of a line-end break.
      if (isWordOrHyphenCode(lower.charCodeAt(at - 1)) || isWordOrHyphenCode(lower.charCodeAt(at + target.length))) continue;
      found = at;
      break;
    }
    this.#cache.set(target, found);
    return found;
  }
}

/**
 * How common each character up to U+024F is in French text, more common higher: the letters by
 * their frequency in French prose, the apostrophes; anything else (figures, rarer letters) 0.
 */
const FRENCH_FREQUENCY = new Uint8Array(0x250);
{
  const byFrequency = 'esaitnrulodcpmévqfbghjàxèyêzçkwôûîâïëü';
  for (let rank = 0; rank < byFrequency.length; rank += 1) FRENCH_FREQUENCY[byFrequency.charCodeAt(rank)] = byFrequency.length - rank + 10;
  FRENCH_FREQUENCY[0x27] = 30;
}

/** Offset in a lower-case word of its first rarest character in French text (`y` of `anonymat`). */
function rarestLetterAt(word: string): number {
  let rarest = 0;
  let lowest = 256;
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    const frequency = code < 0x250 ? (FRENCH_FREQUENCY[code] as number) : 0;
    if (frequency < lowest) {
      lowest = frequency;
      rarest = index;
      if (frequency === 0) break;
    }
  }
  return rarest;
}

/** Length from which the document's words are indexed once rather than searched per question. @default 100_000 */
const INDEXED_TEXT = 100_000;

/** Every run of letters, digits and hyphens, with its first offset: a word appears whole when it is one. */
function collectWords(lower: string): Map<string, number> {
  const words = new Map<string, number>();
  let start = -1;
  for (let index = 0; index <= lower.length; index += 1) {
    const inWord = index < lower.length && isWordOrHyphenCode(lower.charCodeAt(index));
    if (inWord && start === -1) start = index;
    else if (!inWord && start !== -1) {
      const word = lower.slice(start, index);
      if (!words.has(word)) words.set(word, start);
      start = -1;
    }
  }
  return words;
}

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/** Every run of letters, digits and hyphens that holds a hyphen (`etats-unis`, `a-t-il`), with its first offset. */
function collectCompounds(lower: string): Map<string, number> {
  const compounds = new Map<string, number>();
  let searchFrom = 0;
  for (let hyphen = lower.indexOf('-'); hyphen !== -1; hyphen = lower.indexOf('-', searchFrom)) {
    let start = hyphen;
    while (start > 0 && isWordOrHyphenCode(lower.charCodeAt(start - 1))) start -= 1;
    let end = hyphen + 1;
    while (end < lower.length && isWordOrHyphenCode(lower.charCodeAt(end))) end += 1;
    const compound = lower.slice(start, end);
    if (!compounds.has(compound)) compounds.set(compound, start);
    searchFrom = end + 1;
  }
  return compounds;
}

/** A letter or a digit; ASCII and Latin-1 without a regular expression, since this runs per character. */
export function isWordCharacter(character: string | undefined): boolean {
  if (character === undefined || character.length === 0) return false;
  return isWordCode(character.charCodeAt(0));
}

/** `isWordCharacter` of one UTF-16 code unit; NaN (outside the text) is none. */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  // The rest of Latin-1 (`«`, `»`, the no-break space) and the general punctuation (`’`, `—`)
  // that stand beside French words: the letters and figures among them named, the pattern spared.
  if (code < 0xc0) return code === 0xaa || code === 0xb2 || code === 0xb3 || code === 0xb5 || code === 0xb9 || code === 0xba || (code >= 0xbc && code <= 0xbe);
  if (code >= 0x2000 && code <= 0x206f) return false;
  return code === code && WORD_CHARACTER.test(String.fromCharCode(code));
}

function isWordOrHyphenCode(code: number): boolean {
  return code === 45 || isWordCode(code);
}

/**
 * The word before a hyphen ending the text (`anony` in `de l'anony-`, `a-t` in `a-t-`), `''`
 * when the hyphen follows no letter (`pays -`), or null when the text does not end in a
 * hyphen. A backward scan: matching a regular expression anchored at the end would cost
 * the square of the text's length.
 */
export function leftOfLineEndHyphen(text: string): string | null {
  if (text.charCodeAt(text.length - 1) !== 45) return null;
  let start = text.length - 1;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    if (isWordCode(code) || code === 39 || code === 0x2019) start -= 1;
    else if (code === 45 && isWordCode(text.charCodeAt(start - 2))) start -= 1;
    else break;
  }
  // The word's last character, the one before the hyphen, is a letter or a figure.
  return start < text.length - 1 && isWordCode(text.charCodeAt(text.length - 2)) ? text.slice(start, -1) : '';
}

/**
 * The joins' patterns with `\p{…}` classes are built at their first use (a getter each): most are
 * read only behind a cheap test of a line's last or first character, which most texts rarely pass,
 * and building them costs ICU look-ups on every start.
 */
let initialBeforeHyphenPattern: RegExp | undefined;
/** Hyphenated initials cut at the line end: `J.-` + `P. Jeunet`. */
function initialBeforeHyphen(): RegExp {
  return (initialBeforeHyphenPattern ??= /(?:^|[\s(«])\p{Lu}\.-$/u);
}
let initialAtStartPattern: RegExp | undefined;
function initialAtStart(): RegExp {
  return (initialAtStartPattern ??= /^\p{Lu}\./u);
}
/** An elided word cut after its apostrophe (`d'` + `une`, `qu’` + `il`): the next word follows without a space. */
const ELISION_AT_END = /(?:^|[\s(«"“—–-])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]$/iu;
let letterAtStartPattern: RegExp | undefined;
function letterAtStart(): RegExp {
  return (letterAtStartPattern ??= /^\p{L}/u);
}
/**
 * A letter an apostrophe elides, alone at the line's end (`L`), and the rest of the word opening
 * the next line on the apostrophe (`’équipe`): a kerned capital the extraction set apart from its
 * word (`-raw` reads a capital kerned into the apostrophe as a glyph of its own). No word opens
 * on an apostrophe.
 */
const ELIDED_LETTER_AT_END = /(?:^|[\s(«"“—–])(?:[cdjlmnst]|qu)$/iu;
let apostropheAtStartPattern: RegExp | undefined;
function apostropheAtStart(): RegExp {
  return (apostropheAtStartPattern ??= /^['’]\p{L}/u);
}
let linkingEnDashAtEndPattern: RegExp | undefined;
/**
 * An en dash set tight against the word before it at the line's end (`Nantes–` + `Saint-Nazaire`,
 * `1914–` + `1918`): French typography spaces the dash of an incise (`– dit-il –`), so a dash
 * touching a word links two names or bounds a range, and a line may break after it. The two
 * words are one, with no space.
 */
function linkingEnDashAtEnd(): RegExp {
  return (linkingEnDashAtEndPattern ??= /[\p{L}\p{N}]–$/u);
}
let wordAtStartPattern: RegExp | undefined;
function wordAtStart(): RegExp {
  return (wordAtStartPattern ??= /^[\p{L}\p{N}]/u);
}
let linkingSlashAtEndPattern: RegExp | undefined;
/**
 * A slash set tight against the word before it at the line's end (`km/` + `h`, `et/` + `ou`,
 * `2025/` + `2026`): a slash touching its words binds them into one (a unit, an alternative, a
 * season), and a typesetter may break the line after it. No space goes back.
 */
function linkingSlashAtEnd(): RegExp {
  return (linkingSlashAtEndPattern ??= /[\p{L}\p{N}]\/$/u);
}
/**
 * A full stop or a comma opening the line (`des SCOP` + `. Mais il reste`): a typesetter never
 * breaks a line before either, which closes the word before it, so the extraction set the mark's
 * glyph apart from its line (`pdftotext -raw` reads a mark drawn after a word in a text object of
 * its own as the next line's start). It goes back against the word, with no space. Not an
 * ellipsis (`...`), which may open a quotation's line.
 */
const MARK_AT_START = /^[.,](?![.,])(?=\s|$)/u;
let wordOrClosingAtEndPattern: RegExp | undefined;
function wordOrClosingAtEnd(): RegExp {
  return (wordOrClosingAtEndPattern ??= /[\p{L}\p{N}»”)\]]$/u);
}

export function joinLines(lines: readonly SourceLine[], context: HyphenContext): JoinedText {
  const repairs: Repair[] = [];
  const warnings: Warning[] = [];
  const first = lines[0];
  if (first === undefined) return { text: '', repairs, warnings };
  // The text so far is `parts` followed by `tail`, the last line, which a hyphen may still shorten.
  // Joined once at the end: concatenating builds a rope that the segmenter must flatten again.
  const parts: string[] = [];
  let tail = first.content;
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index] as SourceLine;
    const previous = lines[index - 1] as SourceLine;
    const left = tail.charCodeAt(tail.length - 1) === 45 ? leftOfLineEndHyphen(tail) : null;
    const right = left !== null && left.length > 0 ? rightWord(line.content) : undefined;
    if (left !== null && left.length > 0 && right !== undefined) {
      const decision = decideLineEndHyphen(left, right, context);
      const before = `${left}-|${right}`;
      const after = decision.join ? `${left}${right}` : `${left}-${right}`;
      parts.push(decision.join ? tail.slice(0, -1) : tail);
      repairs.push({
        kind: decision.join ? 'hyphen-joined' : 'hyphen-kept',
        line: previous.number,
        before,
        after,
        reason: decision.reason,
        evidence: decision.evidence,
      });
      if (decision.uncertain) {
        warnings.push({
          rule: 'layout/uncertain-hyphen',
          message: `Could not tell whether "${before}" is one word or a hyphenated compound; joined it as "${after}".`,
          line: previous.number,
        });
      }
    } else if (left !== null && left.length > 0) {
      // A hyphen before a quote or a bracket (`pro-` + `«russes»`): keep it, add no space.
      parts.push(tail);
    } else if (left !== null && initialBeforeHyphen().test(tail) && initialAtStart().test(line.content)) {
      // Hyphenated initials (`J.-` + `P. Jeunet`): one name, no space.
      parts.push(tail);
      const initials = `${tail.slice(tail.lastIndexOf('-') - 2)}|${line.content.slice(0, 2)}`;
      repairs.push({
        kind: 'hyphen-kept',
        line: previous.number,
        before: initials,
        after: initials.replace('|', ''),
        reason: 'initials',
        evidence: 'hyphenated initials of a first name (J.-P.) are written without a space',
      });
    } else if (endsWithApostrophe(tail) && ELISION_AT_END.test(tail) && letterAtStart().test(line.content)) {
      parts.push(tail);
      repairs.push({
        kind: 'space-collapsed',
        line: previous.number,
        before: `${tail.slice(tail.search(/\S+$/u))}|${line.content.split(' ', 1)[0] ?? ''}`,
        after: `${tail.slice(tail.search(/\S+$/u))}${line.content.split(' ', 1)[0] ?? ''}`,
        reason: 'elision-at-line-end',
      });
    } else if (opensOn(line.content, 0x27, 0x2019) && apostropheAtStart().test(line.content) && ELIDED_LETTER_AT_END.test(tail)) {
      parts.push(tail);
      const before = `${tail.slice(tail.search(/\S+$/u))}|${line.content.split(' ', 1)[0] ?? ''}`;
      repairs.push({ kind: 'space-collapsed', line: previous.number, before, after: before.replace('|', ''), reason: 'elided-letter-apart' });
    } else if (tail.charCodeAt(tail.length - 1) === 0x2013 && linkingEnDashAtEnd().test(tail) && wordAtStart().test(line.content)) {
      parts.push(tail);
      const before = `${tail.slice(tail.search(/\S+$/u))}|${line.content.split(' ', 1)[0] ?? ''}`;
      repairs.push({ kind: 'space-collapsed', line: previous.number, before, after: before.replace('|', ''), reason: 'en-dash-at-line-end' });
    } else if (tail.charCodeAt(tail.length - 1) === 0x2f && linkingSlashAtEnd().test(tail) && wordAtStart().test(line.content)) {
      parts.push(tail);
      const before = `${tail.slice(tail.search(/\S+$/u))}|${line.content.split(' ', 1)[0] ?? ''}`;
      repairs.push({ kind: 'space-collapsed', line: previous.number, before, after: before.replace('|', ''), reason: 'slash-at-line-end' });
    } else if (opensBracketAtEnd(tail) && closesBracketNext(tail, line.content)) {
      parts.push(tail);
      const before = `${tail.slice(tail.search(/\S+$/u))}|${line.content.split(' ', 1)[0] ?? ''}`;
      repairs.push({ kind: 'space-collapsed', line: previous.number, before, after: before.replace('|', ''), reason: 'opening-bracket-at-line-end' });
    } else if (opensOn(line.content, 0x2e, 0x2c) && MARK_AT_START.test(line.content) && wordOrClosingAtEnd().test(tail)) {
      parts.push(tail);
      const before = `${tail.slice(tail.search(/\S+$/u))}|${line.content.split(' ', 1)[0] ?? ''}`;
      repairs.push({ kind: 'space-collapsed', line: previous.number, before, after: before.replace('|', ''), reason: 'mark-opening-line' });
    } else {
      parts.push(tail, ' ');
    }
    tail = line.content;
  }
  parts.push(tail);
  return { text: parts.join(''), repairs, warnings };
}

/**
 * The line ends on an opening parenthesis or bracket that opens a word (after a space, or alone
 * on the line): French, as English, sets no space inside brackets, so the word after it follows
 * with none, though a typesetter broke the line there (pdfme folds `(` + `Dijon UC)` as any
 * other glyph, and a space between would be one the page never showed).
 */
function opensBracketAtEnd(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0x28 && last !== 0x5b) return false;
  return text.length === 1 || /\s/u.test(text[text.length - 2] as string);
}

/**
 * The next line opens on a word and closes the bracket the line before left open, before it
 * opens another (`Dijon UC) 1 h 09`): the bracket's words are there. A bracket OCR read off a
 * picture's edge or a rule (`[` + `Un petit rhinolophe…`) closes nothing, and keeps its space.
 */
function closesBracketNext(tail: string, next: string): boolean {
  const first = next.charCodeAt(0);
  if (Number.isNaN(first) || rightWordCharacter(first) === 0) return false;
  if (rightWordCharacter(first) === -1 && !/^[\p{L}\p{N}]/u.test(next)) return false;
  const [open, close] = tail.charCodeAt(tail.length - 1) === 0x28 ? ['(', ')'] : ['[', ']'];
  const closing = next.indexOf(close);
  if (closing === -1) return false;
  const opening = next.indexOf(open);
  return opening === -1 || opening > closing;
}

/** The text's first character is `one` or `other` (codes): the patterns anchored at its start are tried only then, as this runs at every line join. */
function opensOn(text: string, one: number, other: number): boolean {
  const first = text.charCodeAt(0);
  return first === one || first === other;
}

function endsWithApostrophe(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 39 || last === 0x2019;
}

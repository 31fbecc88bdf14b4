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
 * The evidence of the document: whether a word appears whole somewhere in the text (not cut
 * by a line-end hyphen). Searched on demand with `indexOf`, which measured cheaper than
 * indexing every word when an article has a few dozen hyphens to decide.
 */
export function createDocumentEvidence(text: string): DocumentEvidence {
  let lower: string | undefined;
  let compounds: Map<string, number> | undefined;
  const cache = new Map<string, number>();
  let lineStarts: number[] | undefined;
  /** Offset where the word appears whole, or -1. */
  const find = (word: string): number => {
    const target = withoutElision(word.toLowerCase());
    const known = cache.get(target);
    if (known !== undefined) return known;
    lower ??= text.toLowerCase();
    if (target.includes('-') && !target.includes("'") && !target.includes('’')) {
      // A hyphenated word appears whole only as one of the document's compounds, which are
      // few: collected once around each hyphen instead of searching the text per question.
      compounds ??= collectCompounds(lower);
      return compounds.get(target) ?? -1;
    }
    let found = -1;
    for (let at = lower.indexOf(target); at !== -1; at = lower.indexOf(target, at + 1)) {
      const before = lower[at - 1];
      const after = lower[at + target.length];
      // Part of a longer word or of a compound, or the first half of a line-end break.
      if (before === '-' || after === '-' || isWordCharacter(before) || isWordCharacter(after)) continue;
      found = at;
      break;
    }
    cache.set(target, found);
    return found;
  };
  return {
    has: (word: string): boolean => find(word) !== -1,
    lineOf(word: string): number | undefined {
      const offset = find(word);
      if (offset === -1) return undefined;
      if (lineStarts === undefined) {
        lineStarts = [0];
        for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
      }
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((lineStarts[middle] ?? 0) <= offset) low = middle;
        else high = middle - 1;
      }
      return low + 1;
    },
  };
}

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/** Every run of letters, digits and hyphens that holds a hyphen (`etats-unis`, `a-t-il`), with its first offset. */
function collectCompounds(lower: string): Map<string, number> {
  const compounds = new Map<string, number>();
  let searchFrom = 0;
  for (let hyphen = lower.indexOf('-'); hyphen !== -1; hyphen = lower.indexOf('-', searchFrom)) {
    let start = hyphen;
    while (start > 0 && (isWordCharacter(lower[start - 1]) || lower[start - 1] === '-')) start -= 1;
    let end = hyphen + 1;
    while (end < lower.length && (isWordCharacter(lower[end]) || lower[end] === '-')) end += 1;
    const compound = lower.slice(start, end);
    if (!compounds.has(compound)) compounds.set(compound, start);
    searchFrom = end + 1;
  }
  return compounds;
}

/** A letter or a digit; ASCII and Latin-1 without a regular expression, since this runs per character. */
export function isWordCharacter(character: string | undefined): boolean {
  if (character === undefined || character.length === 0) return false;
  const code = character.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  return WORD_CHARACTER.test(character);
}

/**
 * The word before a hyphen ending the text (`anony` in `de l'anony-`, `a-t` in `a-t-`), `''`
 * when the hyphen follows no letter (`pays -`), or null when the text does not end in a
 * hyphen. A backward scan: matching a regular expression anchored at the end would cost
 * the square of the text's length.
 */
export function leftOfLineEndHyphen(text: string): string | null {
  if (!text.endsWith('-')) return null;
  let start = text.length - 1;
  while (start > 0) {
    const character = text[start - 1];
    if (isWordCharacter(character) || character === "'" || character === '’') start -= 1;
    else if (character === '-' && isWordCharacter(text[start - 2])) start -= 1;
    else break;
  }
  const word = text.slice(start, -1);
  return isWordCharacter(word.at(-1)) ? word : '';
}

/** Hyphenated initials cut at the line end: `J.-` + `P. Jeunet`. */
const INITIAL_BEFORE_HYPHEN = /(?:^|[\s(«])\p{Lu}\.-$/u;
const INITIAL_AT_START = /^\p{Lu}\./u;
/** An elided word cut after its apostrophe (`d'` + `une`, `qu’` + `il`): the next word follows without a space. */
const ELISION_AT_END = /(?:^|[\s(«"“—–-])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]$/iu;
const LETTER_AT_START = /^\p{L}/u;

export function joinLines(lines: readonly SourceLine[], context: HyphenContext): JoinedText {
  const repairs: Repair[] = [];
  const warnings: Warning[] = [];
  const parts: string[] = [];
  // The text so far ends with the last part; only its end is ever looked at.
  let tail = '';
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous === undefined) {
      parts.push(line.content);
      tail = line.content;
      return;
    }
    const left = tail.endsWith('-') ? leftOfLineEndHyphen(tail) : null;
    const right = left !== null && left.length > 0 ? RIGHT_WORD.exec(line.content) : null;
    if (left !== null && left.length > 0 && right?.[1] !== undefined) {
      const decision = decideLineEndHyphen(left, right[1], context);
      const before = `${left}-|${right[1]}`;
      const after = decision.join ? `${left}${right[1]}` : `${left}-${right[1]}`;
      if (decision.join) parts[parts.length - 1] = tail.slice(0, -1);
      parts.push(line.content);
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
      parts.push(line.content);
    } else if (left !== null && INITIAL_BEFORE_HYPHEN.test(tail) && INITIAL_AT_START.test(line.content)) {
      // Hyphenated initials (`J.-` + `P. Jeunet`): one name, no space.
      parts.push(line.content);
      const initials = `${tail.slice(tail.lastIndexOf('-') - 2)}|${line.content.slice(0, 2)}`;
      repairs.push({
        kind: 'hyphen-kept',
        line: previous.number,
        before: initials,
        after: initials.replace('|', ''),
        reason: 'initials',
        evidence: 'hyphenated initials of a first name (J.-P.) are written without a space',
      });
    } else if (ELISION_AT_END.test(tail) && LETTER_AT_START.test(line.content)) {
      parts.push(line.content);
      repairs.push({
        kind: 'space-collapsed',
        line: previous.number,
        before: `${tail.slice(tail.search(/\S+$/u))}|${line.content.split(' ', 1)[0] ?? ''}`,
        after: `${tail.slice(tail.search(/\S+$/u))}${line.content.split(' ', 1)[0] ?? ''}`,
        reason: 'elision-at-line-end',
      });
    } else {
      parts.push(' ', line.content);
    }
    tail = line.content;
  });
  return { text: parts.join(''), repairs, warnings };
}

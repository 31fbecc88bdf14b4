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
 * by a line-end hyphen). Searched on demand with `indexOf`, which is cheaper than indexing
 * every word when an article has a few dozen hyphens to decide.
 */
export function createDocumentEvidence(text: string): DocumentEvidence {
  const lower = text.toLowerCase();
  const cache = new Map<string, boolean>();
  return {
    has(word: string): boolean {
      const target = withoutElision(word.toLowerCase());
      const known = cache.get(target);
      if (known !== undefined) return known;
      let found = false;
      for (let at = lower.indexOf(target); at !== -1 && !found; at = lower.indexOf(target, at + 1)) {
        const before = lower[at - 1] ?? ' ';
        if (before === ' ' || before === '\n' || before === "'" || before === '’' || before === '«' || before === '(') {
          const follower = lower[at + target.length] ?? ' ';
          if (follower === ' ' || follower === '\n' || follower === ',' || follower === '.' || follower === '»') {
            found = true;
            break;
          }
        }
        const end = at + target.length;
        const after = lower[end] ?? ' ';
        // Part of a longer word or of a compound, or the first half of a line-end break.
        if (WORD_CHARACTER.test(before) || before === '-' || WORD_CHARACTER.test(after) || after === '-') continue;
        found = true;
      }
      cache.set(target, found);
      return found;
    },
  };
}

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

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
    const character = text[start - 1] ?? '';
    if (WORD_CHARACTER.test(character) || character === "'" || character === '’') start -= 1;
    else if (character === '-' && WORD_CHARACTER.test(text[start - 2] ?? '')) start -= 1;
    else break;
  }
  const word = text.slice(start, -1);
  return WORD_CHARACTER.test(word.at(-1) ?? '') ? word : '';
}

export function joinLines(lines: readonly SourceLine[], context: HyphenContext): JoinedText {
  const repairs: Repair[] = [];
  const warnings: Warning[] = [];
  let text = '';
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous === undefined) {
      text = line.content;
      return;
    }
    const left = leftOfLineEndHyphen(text);
    const right = RIGHT_WORD.exec(line.content);
    if (left !== null && left.length > 0 && right?.[1] !== undefined) {
      const decision = decideLineEndHyphen(left, right[1], context);
      const before = `${left}-|${right[1]}`;
      const after = decision.join ? `${left}${right[1]}` : `${left}-${right[1]}`;
      text = decision.join ? text.slice(0, -1) + line.content : text + line.content;
      repairs.push({
        kind: decision.join ? 'hyphen-joined' : 'hyphen-kept',
        line: previous.number,
        before,
        after,
        reason: decision.reason,
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
      text += line.content;
    } else {
      text += ` ${line.content}`;
    }
  });
  return { text, repairs, warnings };
}

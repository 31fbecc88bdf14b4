/**
 * Joins the printed lines of one block into one line of text: a line-end hyphen is resolved
 * with `decideLineEndHyphen`, any other line break becomes one space. Every hyphen decision is
 * recorded as a repair on the line that carried the hyphen.
 */
import type { Repair, Warning } from '../types.ts';
import { decideLineEndHyphen, withoutElision, type HyphenContext } from './decide-line-end-hyphen.ts';

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

const WORD = /[\p{L}\p{N}'’]+(?:-[\p{L}\p{N}'’]+)*/gu;
const LEFT_OF_HYPHEN = /([\p{L}\p{N}'’]+(?:-[\p{L}\p{N}'’]+)*)-$/u;
const RIGHT_WORD = /^([\p{L}\p{N}][\p{L}\p{N}'’]*(?:-[\p{L}\p{N}'’]+)*)/u;

/** Lower-case words that appear whole on one line (the evidence of the document). */
export function collectDocumentWords(lines: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    const trimmed = line.trim();
    const breaksAtEnd = LEFT_OF_HYPHEN.test(trimmed);
    const matches = [...trimmed.matchAll(WORD)];
    matches.forEach((match, index) => {
      // The last word of a line ending in a hyphen is only half of something.
      if (breaksAtEnd && index === matches.length - 1) return;
      const word = match[0].toLowerCase();
      words.add(word);
      words.add(withoutElision(word));
    });
  }
  return words;
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
    const left = LEFT_OF_HYPHEN.exec(text);
    const right = RIGHT_WORD.exec(line.content);
    if (left?.[1] !== undefined && right?.[1] !== undefined) {
      const decision = decideLineEndHyphen(left[1], right[1], context);
      const before = `${left[1]}-|${right[1]}`;
      const after = decision.join ? `${left[1]}${right[1]}` : `${left[1]}-${right[1]}`;
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
    } else if (left !== null) {
      // A hyphen before a quote or a bracket (`pro-` + `«russes»`): keep it, add no space.
      text += line.content;
    } else {
      text += ` ${line.content}`;
    }
  });
  return { text, repairs, warnings };
}

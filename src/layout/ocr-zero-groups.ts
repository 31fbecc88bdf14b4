/**
 * The zeros of a digit group that OCR read as the capital `O`: `4 O00 supporteurs`,
 * `2430 O00euros` for `4 000`, `2 430 000 euros`. French typography groups a number's figures
 * by three after a space; OCR, whose font model holds both round shapes, takes a `0` set beside
 * other zeros for an `O` now and then. A token of three characters that are all `0` or `O`, at
 * least one of each, right after a number and a space, can only be a group of figures: no
 * French word is written so. Only there is the `O` read back as `0`, each change a recorded
 * repair; an `O` anywhere else (`OO7`, `4 OOO`, a word) is left as read.
 */
import type { Repair } from '../types.ts';
import type { PageLine } from './page-line.ts';

/** A number (one to four figures), a space, then three characters of `0` and `O`: group 1 the three. */
const GROUP_WITH_O = /(?<=(?<![\p{L}\d.,])\d{1,4}[ \u00A0\u202F])([0O]{3})(?!\d)/gu;
/** The cheap test before the pattern: an `O` beside a `0`. */
const O_BESIDE_ZERO = /O0|0O/u;

export function readZerosOfDigitGroups(lines: readonly PageLine[]): { lines: PageLine[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const result = lines.map((line) => {
    if (!O_BESIDE_ZERO.test(line.content)) return line;
    const content = line.content.replace(GROUP_WITH_O, (group: string, _group: string, offset: number) => {
      if (!group.includes('0') || !group.includes('O')) return group;
      const after = group.replaceAll('O', '0');
      repairs.push({
        kind: 'ocr-misread-corrected',
        line: line.number,
        before: line.content.slice(Math.max(0, offset - 6), offset + group.length),
        after,
        reason: 'zero-read-as-letter-o',
        evidence: `"${group}" follows a number and a space, three characters of zeros and O: a group of three figures, no French word, whose zeros OCR read as the letter O`,
      });
      return after;
    });
    return content === line.content ? line : { ...line, content };
  });
  return { lines: result, repairs };
}

/**
 * The power of a unit that OCR read as a figure of the line: `2,4 m2` for `2,4 m²`, `800 m3`
 * for `800 m³`. French typography sets the square and the cubic metre with a raised figure
 * (`m²`, `m³`), and OCR, reading a line, takes the small raised figure for one of the line's
 * (a text layer gives `²` as it is: no extraction of the corpus's pages holds `m2`, its real OCR
 * ten times). After a number, a unit of length (`mm`, `cm`, `dm`, `m`, `km`) followed by `2`
 * or `3` and no more figures or letters is read as its power, each change a recorded repair.
 * Other misreadings of the raised figure (`m?`, `m°`) say nothing of which power it was and are
 * left as read.
 */
import type { Repair } from '../types.ts';
import type { PageLine } from './page-line.ts';

/** A number, a space, a unit of length and `2` or `3` alone: group 1 the unit, group 2 the figure. */
const UNIT_WITH_FIGURE = /(?<=\d[ \u00A0\u202F])((?:[mcdk])?m)([23])(?![\p{L}\p{N}])/gu;
const POWERS: Readonly<Record<string, string>> = { '2': '²', '3': '³' };

export function readUnitPowers(lines: readonly PageLine[]): { lines: PageLine[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const result = lines.map((line) => {
    if (!/m[23]/u.test(line.content)) return line;
    const content = line.content.replace(UNIT_WITH_FIGURE, (whole: string, unit: string, figure: string) => {
      const power = `${unit}${POWERS[figure] ?? figure}`;
      repairs.push({
        kind: 'ocr-misread-corrected',
        line: line.number,
        before: whole,
        after: power,
        reason: 'unit-power-read-as-figure',
        evidence: `French typography raises the power of a unit after a number ("${power}"), which OCR reads as a figure of the line`,
      });
      return power;
    });
    return content === line.content ? line : { ...line, content };
  });
  return { lines: result, repairs };
}

/**
 * The seconds' unit that OCR read as a figure: `33 min 125.` for `33 min 12 s.`. A time given
 * in minutes and seconds (a race's results, a record) writes the seconds after the minutes with
 * the unit `s`, and OCR takes the small `s`, set close to the figures, for a `5` glued to them.
 * After a number of minutes (`31 min`), a count of seconds has two figures at most and stays
 * under 60: three figures, the first two under 60 and the last a `5`, can only be the seconds
 * and their unit read as one number. Only there is the `5` read back as ` s`, each change a
 * recorded repair; a number after anything but minutes is left as read.
 */
import type { Repair } from '../types.ts';
import type { PageLine } from './page-line.ts';

/** A number of minutes, then three figures ending in `5` alone: group 1 the seconds. */
const SECONDS_READ_AS_FIVE = /(?<=\d[ \u00A0\u202F]min[ \u00A0\u202F])([0-5]\d)5(?=[.,;:)]|[ \u00A0]|$)/gu;

export function readSecondsUnit(lines: readonly PageLine[]): { lines: PageLine[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const result = lines.map((line) => {
    if (!line.content.includes('min')) return line;
    const content = line.content.replace(SECONDS_READ_AS_FIVE, (whole: string, seconds: string) => {
      const after = `${seconds} s`;
      repairs.push({
        kind: 'ocr-misread-corrected',
        line: line.number,
        before: whole,
        after,
        reason: 'seconds-unit-read-as-figure',
        evidence: `after a number of minutes, "${whole}" would be more seconds than a minute holds: the seconds "${seconds}" and their unit "s", which OCR read as a 5`,
      });
      return after;
    });
    return content === line.content ? line : { ...line, content };
  });
  return { lines: result, repairs };
}

/**
 * The seconds' unit that OCR read as a figure: `33 min 125.` for `33 min 12 s.`. A time given
 * in minutes and seconds (a race's results, a record) writes the seconds after the minutes with
 * the unit `s`, and OCR takes the small `s`, set close to the figures, for a `5` glued to them.
 * After a number of minutes (`31 min`), a count of seconds has two figures at most and stays
 * under 60: three figures, the first two under 60 and the last a `5`, can only be the seconds
 * and their unit read as one number. The same holds where the time is cut at the line's end
 * (`58 min` / `025.`: the minutes close one line, the seconds open the next) and where OCR kept
 * the space before the unit (`10 min 05 5;`: two figures of seconds, then a lone `5` closing the
 * phrase, which no count does after a time).
 *
 * A gap given in seconds alone after `à` (a classification's `2. Paul Roy, à 485.`) is read
 * back too, but only where the same text writes seconds with their unit read right after a
 * figure (`à 38 s.`, `12 min 05 s`): the text gives times, and three figures ending in `5`
 * closing the phrase after `à` are then a gap of under a minute and its unit. Elsewhere
 * `à 485.` may be a count (`passé à 485.`) and is left as read. Each change a recorded repair;
 * a number after anything but minutes (or such a gap) is left as read.
 */
import type { Repair } from '../types.ts';
import type { PageLine } from './page-line.ts';

/** A number of minutes, then three figures ending in `5` alone: group 1 the seconds. */
const SECONDS_READ_AS_FIVE = /(?<=\d[ \u00A0\u202F]min[ \u00A0\u202F])([0-5]\d)5(?=[.,;:)]|[ \u00A0]|$)/gu;
/** A number of minutes, two figures, a space and a lone `5` closing the phrase: group 1 the seconds. */
const SECONDS_SPACED_FIVE = /(?<=\d[ \u00A0\u202F]min[ \u00A0\u202F])([0-5]\d)[ \u00A0\u202F]5(?=[.,;:)]|$)/gu;
/** A line closing on a number of minutes, whose seconds the next line opens on. */
const MINUTES_CLOSING = /\d[ \u00A0\u202F]min$/u;
/** Three figures ending in `5` opening a line: group 1 the seconds. */
const SECONDS_OPENING = /^([0-5]\d)5(?=[.,;:)]|[ \u00A0]|$)/u;
/** A gap after `à`, three figures ending in `5` closing the phrase: group 1 the seconds. */
const GAP_READ_AS_FIVE = /(?<=(?:^|[ \u00A0])à[ \u00A0\u202F])([0-5]\d)5(?=[.;,]?$|[.;][ \u00A0])/gu;
/** Seconds written with their unit read right, after a figure: `38 s.`, `05 s;`, `12 s,`. */
const SECONDS_WRITTEN = /\d[ \u00A0\u202F]s(?=[.,;:)]|[ \u00A0]|$)/u;

export function readSecondsUnit(lines: readonly PageLine[]): { lines: PageLine[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const repair = (line: PageLine, whole: string, seconds: string, evidence: string): string => {
    const after = `${seconds} s`;
    repairs.push({ kind: 'ocr-misread-corrected', line: line.number, before: whole, after, reason: 'seconds-unit-read-as-figure', evidence });
    return after;
  };
  const afterMinutes = (whole: string, seconds: string): string =>
    `after a number of minutes, "${whole}" would be more seconds than a minute holds: the seconds "${seconds}" and their unit "s", which OCR read as a 5`;
  // Asked once, and only of a text where a gap may have been misread.
  let secondsWritten: boolean | undefined;
  const writesSeconds = (): boolean => (secondsWritten ??= lines.some((line) => line.content.includes(' s') && SECONDS_WRITTEN.test(line.content)));
  const result = lines.map((line, index) => {
    let content = line.content;
    if (content.includes('min')) {
      content = content.replace(SECONDS_READ_AS_FIVE, (whole: string, seconds: string) => repair(line, whole, seconds, afterMinutes(whole, seconds)));
      content = content.replace(SECONDS_SPACED_FIVE, (whole: string, seconds: string) =>
        repair(line, whole, seconds, `after a number of minutes, "${whole}" holds two figures of seconds and a lone 5 closing the phrase: the unit "s", which OCR read as a 5`),
      );
    }
    const before = lines[index - 1]?.content;
    if (before?.endsWith('min') === true && MINUTES_CLOSING.test(before)) {
      content = content.replace(SECONDS_OPENING, (whole: string, seconds: string) => repair(line, whole, seconds, `${afterMinutes(whole, seconds)} (the minutes close the line before)`));
    }
    if (content.includes('à ') && /à[ \u00A0\u202F][0-5]\d5/u.test(content) && writesSeconds()) {
      content = content.replace(GAP_READ_AS_FIVE, (whole: string, seconds: string) =>
        repair(line, whole, seconds, `"à ${whole}" closes the phrase in a text that writes seconds with their unit: a gap of "${seconds}" seconds and its unit "s", which OCR read as a 5`),
      );
    }
    return content === line.content ? line : { ...line, content };
  });
  return { lines: result, repairs };
}

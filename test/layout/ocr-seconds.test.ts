import { describe, expect, it } from 'vitest';
import { readSecondsUnit } from '../../src/layout/ocr-seconds.ts';
import type { PageLine } from '../../src/layout/page-line.ts';

const linesOf = (...contents: string[]): PageLine[] =>
  contents.map((content, index) => ({ number: index + 1, content, page: 0, column: 0, indent: 0, blankBefore: false, pageBreakBefore: false }));

describe('the seconds\' unit OCR read as a figure', () => {
  it('reads three figures ending in 5 after a number of minutes as the seconds and their unit, each recorded', () => {
    const result = readSecondsUnit(linesOf('1. Anne Morel, 33 min 125.', '2. Paul Roy, en 1 h 30 min 445, devant', '3. Léa Petit, 31 min 025'));
    expect(result.lines.map((line) => line.content)).toEqual(['1. Anne Morel, 33 min 12 s.', '2. Paul Roy, en 1 h 30 min 44 s, devant', '3. Léa Petit, 31 min 02 s']);
    expect(result.repairs.map((repair) => `${repair.line} ${repair.before} -> ${repair.after} ${repair.reason}`)).toEqual([
      '1 125 -> 12 s seconds-unit-read-as-figure',
      '2 445 -> 44 s seconds-unit-read-as-figure',
      '3 025 -> 02 s seconds-unit-read-as-figure',
    ]);
  });

  it('leaves seconds read right, numbers that could be seconds and a number after anything but minutes', () => {
    const lines = linesOf('en 33 min 12 s, à 2 min 45.', 'pendant 40 min 655 personnes', 'à 485 mètres, 125 min 3', 'sur 12 km 125.');
    const result = readSecondsUnit(lines);
    expect(result.lines).toEqual(lines);
    expect(result.repairs).toEqual([]);
  });
});

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

describe('the seconds\' unit OCR read as a figure where the time is cut or spaced', () => {
  it('reads the seconds opening a line after minutes closing the one before', () => {
    const result = readSecondsUnit(linesOf('3. Léa Petit (AC Melun) 1 h 24 min', '175. Chez les cadets, Marc Roy', 'gagne en 58 min', '025.'));
    expect(result.lines.map((line) => line.content)).toEqual(['3. Léa Petit (AC Melun) 1 h 24 min', '17 s. Chez les cadets, Marc Roy', 'gagne en 58 min', '02 s.']);
    expect(result.repairs.map((repair) => `${repair.line} ${repair.before} -> ${repair.after}`)).toEqual(['2 175 -> 17 s', '4 025 -> 02 s']);
  });

  it('reads a lone 5 closing the phrase after minutes and two figures of seconds as the unit', () => {
    const result = readSecondsUnit(linesOf('3. Marc Roy (ASPTT Sens) 1 h 10 min 05 5; 4. Paul Roy', 'en 4 h 38 min 12 5.'));
    expect(result.lines.map((line) => line.content)).toEqual(['3. Marc Roy (ASPTT Sens) 1 h 10 min 05 s; 4. Paul Roy', 'en 4 h 38 min 12 s.']);
  });

  it('reads a gap in seconds after "à" only where the text writes seconds with their unit', () => {
    const timed = readSecondsUnit(linesOf('1. Léa Petit, en 3 h 52 min 17 s.', '2. Anne Morel, à 38 s.', '3. Marc Roy, à 515.'));
    expect(timed.lines.map((line) => line.content)).toEqual(['1. Léa Petit, en 3 h 52 min 17 s.', '2. Anne Morel, à 38 s.', '3. Marc Roy, à 51 s.']);
    expect(timed.repairs).toHaveLength(1);
    // No seconds written anywhere: a count, left as read; and a count followed by its noun.
    const counts = linesOf('Le nombre des votants est passé à 485.', 'La liste est montée à 255 noms.');
    expect(readSecondsUnit(counts).lines).toEqual(counts);
    // In a timed text, a count followed by its noun or running on past a comma is left as read.
    const mixed = linesOf('en 33 min 12 s.', 'Les inscrits sont passés de 410 à 485 personnes,', 'la salle limitée à 205, la jauge à 65.');
    expect(readSecondsUnit(mixed).lines).toEqual(mixed);
  });
});

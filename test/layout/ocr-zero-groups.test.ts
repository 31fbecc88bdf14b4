import { describe, expect, it } from 'vitest';
import { readZerosOfDigitGroups } from '../../src/layout/ocr-zero-groups.ts';
import { normalizeOcr } from '../../src/layout/ocr-normalize.ts';
import type { PageLine } from '../../src/layout/page-line.ts';

const linesOf = (...contents: string[]): PageLine[] =>
  contents.map((content, index) => ({ number: index + 1, content, page: 0, column: 0, indent: 0, blankBefore: false, pageBreakBefore: false }));

describe('the zeros of a digit group OCR read as the letter O', () => {
  it('reads a group of zeros and O after a number and a space as figures, glued to its unit or not, each recorded', () => {
    const result = readZerosOfDigitGroups(linesOf('Près de 4 O00 supporteurs', 'Sur les 2430 O00euros du projet,', 'soit 12 0O0 à 15 00O.'));
    expect(result.lines.map((line) => line.content)).toEqual(['Près de 4 000 supporteurs', 'Sur les 2430 000euros du projet,', 'soit 12 000 à 15 000.']);
    expect(result.repairs.map((repair) => `${repair.line} ${repair.after} ${repair.reason}`)).toEqual([
      '1 000 zero-read-as-letter-o',
      '2 000 zero-read-as-letter-o',
      '3 000 zero-read-as-letter-o',
      '3 000 zero-read-as-letter-o',
    ]);
  });

  it('leaves an O anywhere else: no figure before it, a word, three O, a decimal, four characters', () => {
    const lines = linesOf('la mission OO7 reprend', 'à 4 OOO mètres', 'le code A4 O00', 'soit 2,5 O00 de plus', 'les 12 O000 habitants', 'le groupe 4 ONU');
    const result = readZerosOfDigitGroups(lines);
    expect(result.lines).toEqual(lines);
    expect(result.repairs).toEqual([]);
  });

  it('runs among the OCR readings, before the French spacing groups the number again', () => {
    const result = normalizeOcr(linesOf('Le stade a accueilli 4 O00 supporteurs samedi.'));
    expect(result.lines[0]?.content).toBe('Le stade a accueilli 4 000 supporteurs samedi.');
  });
});

import { describe, expect, it } from 'vitest';
import { readUnitPowers } from '../../src/layout/ocr-unit-powers.ts';
import type { PageLine } from '../../src/layout/page-line.ts';

const linesOf = (...contents: string[]): PageLine[] =>
  contents.map((content, index) => ({ number: index + 1, content, page: 0, column: 0, indent: 0, blankBefore: false, pageBreakBefore: false }));

describe('a unit\'s power OCR read as a figure', () => {
  it('reads "m2" and "m3" after a number as the square and cubic metre, each recorded', () => {
    const result = readUnitPowers(linesOf('un four à sole de 2,4 m2. Le hangar stockait 800 m3 de bois,', 'sur 12 km2 et 350 cm3.'));
    expect(result.lines.map((line) => line.content)).toEqual(['un four à sole de 2,4 m². Le hangar stockait 800 m³ de bois,', 'sur 12 km² et 350 cm³.']);
    expect(result.repairs.map((repair) => `${repair.line} ${repair.before} -> ${repair.after} ${repair.reason}`)).toEqual([
      '1 m2 -> m² unit-power-read-as-figure',
      '1 m3 -> m³ unit-power-read-as-figure',
      '2 km2 -> km² unit-power-read-as-figure',
      '2 cm3 -> cm³ unit-power-read-as-figure',
    ]);
  });

  it('leaves a code, a figure that is no power and a power\'s misreading that does not say which', () => {
    const lines = linesOf('la ligne M2 du métro, le format A3, un mp3, la salle m23, 2,4 m? et 800 m°.', 'Le modèle m2 sort.');
    expect(readUnitPowers(lines)).toEqual({ lines, repairs: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { correctConjunctionReadAsNoun } from '../../src/layout/ocr-conjunction-mais.ts';
import type { PageLine } from '../../src/layout/page-line.ts';

const linesOf = (...contents: string[]): PageLine[] =>
  contents.map((content, index) => ({ number: index + 1, content, page: 0, column: 0, indent: 0, blankBefore: false, pageBreakBefore: false }));
const corrected = (...contents: string[]) => correctConjunctionReadAsNoun(linesOf(...contents)).lines.map((line) => line.content);

describe('the conjunction "mais" read "maïs"', () => {
  it('reads "mais" after a punctuation mark or a sentence\'s start, before a word opening a clause, each recorded', () => {
    const result = correctConjunctionReadAsNoun(linesOf('La fréquentation a augmenté, maïs les voitures', 'sont là. Maïs la part reste stable. « Maïs pour qui ? »'));
    expect(result.lines.map((line) => line.content)).toEqual(['La fréquentation a augmenté, mais les voitures', 'sont là. Mais la part reste stable. « Mais pour qui ? »']);
    expect(result.repairs.map((repair) => `${repair.line} ${repair.before} -> ${repair.after} ${repair.reason}`)).toEqual([
      '1 maïs les -> mais les conjunction-read-as-noun',
      '2 Maïs la -> Mais la conjunction-read-as-noun',
      '2 Maïs pour -> Mais pour conjunction-read-as-noun',
    ]);
    expect(corrected('Il a promis,', 'maïs n’a rien fait.')).toEqual(['Il a promis,', 'mais n’a rien fait.']);
  });

  it('reads "mais" before a number, which opens a noun phrase as a determiner does', () => {
    const result = correctConjunctionReadAsNoun(linesOf('les chiffres de la régie. Maïs onze voyageurs par trajet,', 'c’est peu ; maïs deux lignes suffisent.'));
    expect(result.lines.map((line) => line.content)).toEqual(['les chiffres de la régie. Mais onze voyageurs par trajet,', 'c’est peu ; mais deux lignes suffisent.']);
    expect(result.repairs).toHaveLength(2);
  });

  it('leaves the noun: after a determiner, in an enumeration, before its complement', () => {
    const lines = ['Le maïs a souffert.', 'On y cultive du blé, maïs et orge.', 'Les champs, maïs de plein champ, sèchent.', 'Il a vendu son maïs les yeux fermés.'];
    expect(corrected(...lines)).toEqual(lines);
  });
});

import { describe, expect, it } from 'vitest';
import { splitGluedCapitalWords } from '../../src/layout/glued-capital-words.ts';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';

const lexicon = getFrenchLexicon();

describe('a word in small letters an extraction glued to the capitalised word after it', () => {
  it('parts a French word from the capitalised word glued after it, a name or a sentence’s opening, one repair a line', () => {
    const result = splitGluedCapitalWords('le marché de la place (maisonDupuis-Ferrand) ouvre\nmardi prochain àTours. La suite\nLes tarifs en baisseDepuis lundi, la halle', lexicon);
    expect(result.text).toBe('le marché de la place (maison Dupuis-Ferrand) ouvre\nmardi prochain à Tours. La suite\nLes tarifs en baisse Depuis lundi, la halle');
    expect(result.repairs.map((repair) => `${repair.line} ${repair.kind} ${repair.reason}`)).toEqual([
      '1 space-inserted word-glued-to-capital',
      '2 space-inserted word-glued-to-capital',
      '3 space-inserted word-glued-to-capital',
    ]);
  });

  it('leaves a unit’s or a brand’s spelling, a compound’s piece after a hyphen, capitals in a row, and a line read twice', () => {
    for (const text of ['Un disque né pendant un hiverUn disque né pendant un hiver', 'Une batterie de 40 kWh, un iPhone et un compte eBay.', 'Il habite Sablé-surSarthe depuis mai.', 'La cellule pdfTeX et le sigle deUSA.']) {
      expect(splitGluedCapitalWords(text, lexicon)).toEqual({ text, repairs: [] });
    }
  });
});

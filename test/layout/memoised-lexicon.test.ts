import { describe, expect, it } from 'vitest';
import { memoisedHas, type FrenchLexicon } from '../../src/layout/french-lexicon.ts';

describe('memoisedHas', () => {
  it("answers as the lexicon does and asks it once per word", () => {
    const asked: string[] = [];
    const lexicon: FrenchLexicon = { source: 'test', size: 2, loadMilliseconds: 0, has: (word) => (asked.push(word), word === 'rue' || word === 'avec') };
    const known = memoisedHas(lexicon);
    expect(['rue', 'r', 'rue', 'avec', 'r', 'ue'].map(known)).toEqual([true, false, true, true, false, false]);
    expect(asked).toEqual(['rue', 'r', 'avec', 'ue']);
  });
});

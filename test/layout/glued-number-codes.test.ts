import { describe, expect, it } from 'vitest';
import { splitGluedNumberWords } from '../../src/layout/glued-number-words.ts';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';

const lexicon = getFrenchLexicon();

/** Two capitals after figures in running text are a code's letters (a zone, a model), not a word the extraction glued. */
describe('figures before two capitals', () => {
  it('leaves a code in running text whole, its letters a short French word or not', () => {
    const text = 'La zone 2AU des Chaumes et la zone 1AU du bourg, la route 4LE au nord.';
    expect(splitGluedNumberWords(text, lexicon)).toEqual({ text, repairs: [] });
  });

  it('still parts a folio from a head set in capitals, and a capitalised article from its word', () => {
    expect(splitGluedNumberWords('24LA RECETTE DU DIMANCHE', lexicon).text).toBe('24 LA RECETTE DU DIMANCHE');
    expect(splitGluedNumberWords('mardi 3 mars 2026Le Courrier des Vallées', lexicon).text).toBe('mardi 3 mars 2026 Le Courrier des Vallées');
  });
});

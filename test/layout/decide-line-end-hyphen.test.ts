import { describe, expect, it } from 'vitest';
import { decideLineEndHyphen } from '../../src/layout/decide-line-end-hyphen.ts';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { createDocumentEvidence } from '../../src/layout/join-lines.ts';

const context = { lexicon: getFrenchLexicon(), document: createDocumentEvidence('') };
const decide = (left: string, right: string): string => {
  const decision = decideLineEndHyphen(left, right, context);
  return decision.join ? `${left}${right}` : `${left}-${right}`;
};

describe('line-end hyphens in capitalised words and names', () => {
  it.each([
    ['Mont', 'pellier', 'Montpellier'],
    ["l'Admi", 'nistration', "l'Administration"],
    ['Des', 'champs', 'Deschamps'],
    ['Bel', 'kacem', 'Belkacem'],
    ['Saint', 'Priest', 'Saint-Priest'],
    ['Sarlat', 'la-Canéda', 'Sarlat-la-Canéda'],
    ['Général', 'de-Gaulle', 'Général-de-Gaulle'],
    ['Boulogne', 'sur-Mer', 'Boulogne-sur-Mer'],
    ['Vil', 'lard-Bonnet', 'Villard-Bonnet'],
    ['Peut', 'être', 'Peut-être'],
    ['Ex', 'président', 'Ex-président'],
  ])('%s-|%s → %s', (left, right, expected) => {
    expect(decide(left, right)).toBe(expected);
  });

  it.each([
    ['Cho', 'marat', 'Chomarat'],
    ['Côtes', 'd’Armor', 'Côtes-d’Armor'],
    ["Saint-Jean", "d'Angély", "Saint-Jean-d'Angély"],
    ['aujour', 'd’hui', 'aujourd’hui'],
    ['franco', 'allemand', 'franco-allemand'],
  ])('a name ending in o, an elided article before a capital: %s-|%s → %s', (left, right, expected) => {
    expect(decide(left, right)).toBe(expected);
  });

  it.each([
    ['Sarlat', 'la-Canéda', 'Sarlat-la-Canéda'],
    ['Général', 'de-Gaulle', 'Général-de-Gaulle'],
    ['Villers', 'sur-Mer', 'Villers-sur-Mer'],
    ['Saint-Martin', 'de-Ré', 'Saint-Martin-de-Ré'],
    // A word cut before a compound in small letters is still joined.
    ['ar', 'rière-pays', 'arrière-pays'],
  ])('a particle and a capital after a capitalised half is the rest of a name: %s-|%s → %s', (left, right, expected) => {
    expect(decide(left, right)).toBe(expected);
  });

  it.each([
    ['CHERBOURG-EN-COTEN', 'TIN', 'CHERBOURG-EN-COTENTIN'],
    ['GOUVER', 'NEMENT', 'GOUVERNEMENT'],
    ['ÉTATS', 'UNIS', 'ÉTATS-UNIS'],
    ['JEAN', 'PIERRE', 'JEAN-PIERRE'],
  ])('in capitals, the word list decides before the capital: %s-|%s → %s', (left, right, expected) => {
    expect(decide(left, right)).toBe(expected);
  });

  it.each([
    ['Sarlat', 'la-Canéda', 'Sarlat-la-Canéda'],
    ['Général', 'de-Gaulle', 'Général-de-Gaulle'],
    ['Thiaroye', 'sur-Mer', 'Thiaroye-sur-Mer'],
    ['Nogent', 'le-Rotrou', 'Nogent-le-Rotrou'],
  ])('a particle hyphened to a capital goes on a compound name: %s-|%s → %s', (left, right, expected) => {
    expect(decide(left, right)).toBe(expected);
  });

  it('still keeps two lower-case words that the word list knows apart', () => {
    expect(decide('bien', 'aimé')).toBe('bien-aimé');
  });
});

describe('line-end hyphens after a word the article uses on its own', () => {
  const decideIn = (text: string, left: string, right: string): string => {
    const decision = decideLineEndHyphen(left, right, { lexicon: getFrenchLexicon(), document: createDocumentEvidence(text) });
    return decision.join ? `${left}${right}` : `${left}-${right}`;
  };

  it('keeps a compound named after a word of the article whose second half is no word', () => {
    expect(decideIn('Les caves de Saumur sont inondées.', 'saumur', 'champigny')).toBe('saumur-champigny');
  });

  it('still joins a word cut anywhere else, or when the article never uses the first half alone', () => {
    expect(decideIn('Les caves de Saumur sont inondées.', 'gouverne', 'ment')).toBe('gouvernement');
    expect(decideIn('Les caves sont inondées.', 'saumur', 'champigny')).toBe('saumurchampigny');
    expect(decideIn('Le fer et Mme Lucía Fer-\nreiro.', 'Fer', 'reiro')).toBe('Ferreiro');
  });
});

describe('a compound the word list knows both welded and hyphenated', () => {
  it.each([
    ['plate', 'forme', 'plateforme'],
    ['plate', 'formes', 'plateformes'],
  ])('%s-|%s → %s, joined as modern spelling welds it, and marked uncertain', (left, right, expected) => {
    const decision = decideLineEndHyphen(left, right, context);
    expect(decision.join ? `${left}${right}` : `${left}-${right}`).toBe(expected);
    expect(decision.reason).toBe('lexicon-both');
    expect(decision.uncertain).toBe(true);
  });

  it('keeps the hyphen of a compound the word list knows only hyphenated, or the article writes so', () => {
    expect(decide('week', 'end')).toBe('week-end');
    expect(decide('porte', 'monnaie')).toBe('porte-monnaie');
    const decision = decideLineEndHyphen('plate', 'forme', { lexicon: getFrenchLexicon(), document: createDocumentEvidence('Une plate-forme flottante.') });
    expect(decision.join).toBe(false);
    expect(decision.reason).toBe('document');
  });
});

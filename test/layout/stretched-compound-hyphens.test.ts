import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { createDocumentEvidence } from '../../src/layout/join-lines.ts';
import { closeInLine, closeStretchedCompoundHyphens } from '../../src/layout/stretched-compound-hyphens.ts';
import { pageLines } from '../support/page-lines.ts';

const context = (text = '') => ({ lexicon: getFrenchLexicon(), document: createDocumentEvidence(text) });

describe('a compound stretched after its hyphen on a text line', () => {
  it('closes a place name of several parts, read from its end', () => {
    expect(closeInLine('Mortagne- au- Perche, 14 h 30 : Saint- Cyr- la- Rosière.', context()).content).toBe('Mortagne-au-Perche, 14 h 30 : Saint-Cyr-la-Rosière.');
  });

  it('closes compounds the word list, number words, a capital or a hyphenated prefix keep', () => {
    expect(closeInLine('tout l’après- midi, quatre- vingts ruches du Sud- Ouest, une tâche sous- traitée', context()).content).toBe(
      'tout l’après-midi, quatre-vingts ruches du Sud-Ouest, une tâche sous-traitée',
    );
  });

  it('leaves a suspended hyphen before et, ou, ni', () => {
    for (const text of ['les tests pré- et post-électoraux', 'le nord- ou sud-américain']) expect(closeInLine(text, context()).content).toBe(text);
  });

  it('leaves a word cut at a line end that a column read across set beside another word', () => {
    // `extra-` + `ordinaire`: the word list knows the halves glued, a break inside one word.
    expect(closeInLine('un succès extra- ordinaire', context()).content).toBe('un succès extra- ordinaire');
  });

  it('records each gap closed as a repair on its line', () => {
    const result = closeStretchedCompoundHyphens(pageLines('Au petit matin,\nJean- Luc Gérardin contemplait'), context());
    expect(result.lines.map((line) => line.content)).toEqual(['Au petit matin,', 'Jean-Luc Gérardin contemplait']);
    expect(result.repairs).toEqual([
      expect.objectContaining({ kind: 'space-collapsed', line: 2, before: 'Jean- Luc', after: 'Jean-Luc', reason: 'space-after-compound-hyphen' }),
    ]);
  });
});

describe('a line-end hyphen read across columns', () => {
  it('leaves a word in lower case before a capital: no part of a name', () => {
    for (const text of ['Le comédien com- Hélène Babu joue', 'une chute de vingt dif- Pour les élus']) expect(closeInLine(text, context()).content).toBe(text);
  });
});

describe('evidence too weak inside a line', () => {
  it('leaves two words side by side, and a pronoun after a piece too short for a verb', () => {
    for (const text of ['il a fallu pre- heures de route', 'qui a déjà an- nous demandent']) expect(closeInLine(text, context()).content).toBe(text);
    expect(closeInLine('« Pourquoi pas ? » dit- elle.', context()).content).toBe('« Pourquoi pas ? » dit-elle.');
  });
});

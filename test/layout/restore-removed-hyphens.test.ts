import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { createDocumentEvidence } from '../../src/layout/join-lines.ts';
import { restoreRemovedHyphens } from '../../src/layout/restore-removed-hyphens.ts';
import { contents, pageLines } from '../support/page-lines.ts';

// Columns of about 36 characters: `Les quatre fromageries de Haute-` filled one.
const restore = (text: string, width = 36) => {
  const context = { lexicon: getFrenchLexicon(), document: createDocumentEvidence(text) };
  return restoreRemovedHyphens(pageLines(text), width, context);
};

describe('hyphens removed by pdftotext where it glued two lines', () => {
  it('puts back the hyphen of a compound when the word list or a capital says where', () => {
    const result = restore(
      [
        'Les quatre fromageries de HauteSavoie, dont la production est protégée, ferment.',
        'Il laisse une fille, Anne, luthière à Lyon, et trois petitsenfants.',
      ].join('\n'),
    );
    expect(contents(result.lines)).toEqual([
      'Les quatre fromageries de Haute-Savoie, dont la production est protégée, ferment.',
      'Il laisse une fille, Anne, luthière à Lyon, et trois petits-enfants.',
    ]);
    expect(result.repairs.map((repair) => `${repair.kind} ${repair.before} → ${repair.after} (${repair.reason})`)).toEqual([
      'hyphen-restored HauteSavoie → Haute-Savoie (capitalised)',
      'hyphen-restored petitsenfants → petits-enfants (lexicon)',
    ]);
  });

  it('puts back the second hyphen around a euphonic t (explique-t-il)', () => {
    const result = restore('« Elle joue pour gagner », explique-til. Le club, lui, attend.');
    expect(contents(result.lines)).toEqual(['« Elle joue pour gagner », explique-t-il. Le club, lui, attend.']);
    expect(result.repairs.map((repair) => `${repair.before} → ${repair.after} (${repair.reason})`)).toEqual(['explique-til → explique-t-il (clitic)']);
  });

  it('leaves words it cannot place, names, and text whose lines keep their hyphens', () => {
    expect(restore('Le troisième ligne Castagnède a plongé dans la mêlée adverse à la fin.').repairs).toEqual([]);
    expect(restore('Un texte dont les lignes gardent leurs traits d’union en fin de ligne com-\nme celle-ci et petitsenfants.\nUne autre ligne coupée au mi-\nlieu.').repairs).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { isIntertitle } from '../../src/layout/intertitles.ts';
import { pageLines } from '../support/page-lines.ts';

/**
 * A heading set in a wider face fills the column as a full line of text does: what tells it
 * apart is the line under it opening a sentence on a capitalised word that never goes on with a
 * sentence in small-letter prose (a quantifier, an ordinal), where running text reaching the
 * column's edge with no punctuation could only go on with a name.
 */
describe('an intertitle filling the column, over a sentence opening on a quantifier or an ordinal', () => {
  const check = (text: string, width: number): boolean => {
    const [previous, line, next] = pageLines(text);
    return isIntertitle(line!, previous, next, width);
  };

  it('takes the heading for an intertitle', () => {
    expect(check('de la salle des fêtes.\nLes horaires du marché couvert\nPlusieurs commerçants ont déjà', 31)).toBe(true);
    expect(check('ont été remplacées.\nUn budget voté en décembre\nDeuxième étape, le chantier de', 27)).toBe(true);
    expect(check('avant la fin du mois.\nLes bénévoles du club\nCertains viennent depuis dix ans', 32)).toBe(true);
  });

  it('leaves a full line before a name in its paragraph', () => {
    expect(check('de la salle des fêtes.\nLes horaires du marché couvert\nPlusieurs-sur-Mer a voté contre', 31)).toBe(false);
    expect(check('de la salle des fêtes.\nLe maire a reçu samedi matin\nPierre Martin, le président du', 31)).toBe(false);
  });

  it('leaves a line ending on a word that runs on in its paragraph', () => {
    expect(check('de la salle des fêtes.\nLes horaires du marché pour les\nPlusieurs commerçants ont déjà', 31)).toBe(false);
  });
});

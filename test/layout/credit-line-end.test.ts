import { describe, expect, it } from 'vitest';
import { creditEndingLine } from '../../src/layout/credit-line-end.ts';
import { splitParagraphs } from '../../src/layout/paragraph-ends.ts';
import { pageLines } from '../support/page-lines.ts';

describe('a caption credit ending a line', () => {
  it('reads a credit ending the line, on its own or wrapped from the line before', () => {
    expect(creditEndingLine(pageLines('Le maire devant la nouvelle salle des fêtes,\nlundi matin. Photo d’archives'), pageLines('Un chantier de deux ans')[0])).toBe('Photo d’archives');
    expect(creditEndingLine(pageLines('© Ville de Brest'), undefined)).toBe('© Ville de Brest');
    // `Ph. Marc` / `Lebihan`: the credit goes on over the next, short line, and ends there.
    const wrapped = pageLines('Les bénévoles au départ de la course. Ph. Marc\nLebihan\nLe départ a été donné');
    expect(creditEndingLine(wrapped.slice(0, 1), wrapped[1])).toBeUndefined();
    expect(creditEndingLine(wrapped.slice(0, 2), wrapped[2])).toBe('Ph. Marc Lebihan');
  });

  it('reads no credit on a line ending a sentence, nor on a body line', () => {
    expect(creditEndingLine(pageLines('La séance a été levée à minuit. Photo AFP.'), undefined)).toBeUndefined();
    expect(creditEndingLine(pageLines('le conseil a voté la subvention du club de'), pageLines('Photo Club de la vallée')[0])).toBeUndefined();
  });

  it('ends the paragraph after a credit, before a line opening a sentence, however full the line runs', () => {
    const text = [
      'Le marché couvert ouvrira ses portes le',
      'premier samedi de mars, après deux ans de',
      'travaux et un budget de trois millions.',
      'Les commerçants du centre-ville attendent',
      'ce retour depuis la fermeture de la halle.',
      'Les étals de la halle, la veille du grand',
      'nettoyage de printemps. Photo d’archives',
      'La fête foraine revient aussi sur la place',
      'dès le mois de mai, avec ses manèges et',
      'ses stands de confiserie.',
    ].join('\n');
    const split = splitParagraphs(pageLines(text), 42);
    expect(split.paragraphs.map((paragraph) => paragraph[0]?.number)).toContain(8);
    expect(split.repairs).toContainEqual(expect.objectContaining({ kind: 'paragraph-split', line: 7, reason: 'credit-line-end', evidence: expect.stringContaining('Photo d’archives') }));
  });

  it('ends the paragraph after a credit naming its source by a common noun, in small letters', () => {
    const text = [
      'Le bateau a été retrouvé à l’aube, échoué',
      'sur la grève, sa voile déchirée par le vent.',
      'Le canot de sauvetage, au retour de la',
      'sortie de nuit. Photo station de Perros',
      'Les trois plaisanciers sont sortis indemnes',
      'de leur nuit en mer, selon les secours.',
    ].join('\n');
    const split = splitParagraphs(pageLines(text), 44);
    expect(split.paragraphs.map((paragraph) => paragraph[0]?.number)).toContain(5);
    expect(split.repairs).toContainEqual(expect.objectContaining({ kind: 'paragraph-split', line: 4, reason: 'credit-line-end', evidence: expect.stringContaining('Photo station de Perros') }));
  });
});

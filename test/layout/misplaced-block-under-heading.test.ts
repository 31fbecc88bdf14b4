import { describe, expect, it } from 'vitest';
import { moveMisplacedBlock } from '../../src/layout/misplaced-block.ts';
import { contents, pageLines } from '../support/page-lines.ts';

/**
 * A column's foot the extraction read right after the next column's intertitle (pdftotext,
 * pdfminer): it opens in mid-sentence under a heading, and the body stops in mid-sentence.
 */
describe('a block opening in mid-sentence under a heading set apart', () => {
  const LINES = [
    'Le conseil municipal a voté le budget lundi soir, après trois',
    'heures de débat, par vingt-deux voix contre sept.',
    '',
    'Des écoles à rénover',
    '',
    'des cantines, pour la première fois depuis dix ans.',
    '',
    'La rénovation du groupe scolaire des Tilleuls coûtera',
    'quatre millions d’euros, étalés sur trois exercices.',
    'Le maire promet aussi de baisser le prix',
  ];

  it('moves it to the body’s unfinished end, and says after which heading it was read', () => {
    const moved = moveMisplacedBlock(pageLines(LINES.join('\n')));
    expect(contents(moved.lines)).toEqual([LINES[0], LINES[1], LINES[3], LINES[7], LINES[8], LINES[9], LINES[5]]);
    expect(moved.repairs).toEqual([expect.objectContaining({ kind: 'columns-reordered', reason: 'misplaced-block', line: 6 })]);
    expect(moved.repairs[0]?.evidence).toContain('after the heading "Des écoles à rénover"');
  });

  it('takes a line holding a comma for a clause, not a heading: a paragraph’s first line set apart stays', () => {
    const clause = [...LINES.slice(0, 3), 'Le maire, lui, rappelle', ...LINES.slice(4)];
    expect(moveMisplacedBlock(pageLines(clause.join('\n'))).repairs).toEqual([]);
  });

  it('takes no heading under a line that ends no sentence', () => {
    const running = ['Le conseil municipal a voté le budget lundi soir, après trois', 'heures de débat, par vingt-deux voix contre', ...LINES.slice(2)];
    expect(moveMisplacedBlock(pageLines(running.join('\n'))).repairs).toEqual([]);
  });

  it('moves nothing when the end goes on before a word that may be a name (`par` / `Météo-France`)', () => {
    const named = [
      ...LINES.slice(0, 9),
      'La pluie a gâché la fête des écoles de la commune,',
      'comme le redoutaient les prévisions données par',
      '',
      'Météo-France, qui annonce un mois de juin humide.',
    ];
    expect(moveMisplacedBlock(pageLines(named.join('\n'))).repairs).toEqual([]);
  });

  it('leaves both blocks where they were read, with a warning, when two open in mid-sentence', () => {
    const two = [...LINES.slice(0, 8), 'quatre millions d’euros, étalés sur trois exercices.', '', 'et des gymnases, a précisé l’adjoint aux finances.', '', 'Les travaux commenceront en juillet.', 'Le maire promet aussi de baisser le prix'];
    const moved = moveMisplacedBlock(pageLines(two.join('\n')));
    expect(contents(moved.lines)).toEqual(contents(pageLines(two.join('\n'))));
    expect(moved.repairs).toEqual([]);
    expect(moved.warnings).toEqual([expect.objectContaining({ rule: 'layout/misplaced-block', line: 6 })]);
  });

  it('in a narrow column, takes a one-line block stopping short of the measure for a heading', () => {
    const narrow = [
      'Le marché couvert rouvrira',
      'ses portes en septembre.',
      '',
      'Les étals du canton',
      '',
      'pour les primeurs du canton.',
      '',
      'Les commerçants attendent la',
      'fin des travaux depuis un an.',
      'La mairie offrira les loyers',
    ];
    const moved = moveMisplacedBlock(pageLines(narrow.join('\n')));
    expect(contents(moved.lines).at(-1)).toBe('pour les primeurs du canton.');
  });
});

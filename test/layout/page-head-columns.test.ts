import { describe, expect, it } from 'vitest';
import { findColumnStarts, readColumns, type RawLine } from '../../src/layout/column-layout.ts';

const raw = (lines: readonly string[]): RawLine[] => lines.map((text, index) => ({ number: index + 1, text }));
const columnTexts = (page: readonly RawLine[]): string[][] => {
  const columns: string[][] = [];
  for (const line of readColumns(page, 1, true).lines) (columns[line.column] ??= []).push(line.content);
  return columns;
};

// An article's last page in two columns 46 characters apart: the last lines poured over both,
// two or three a column, under the running head.
const HEAD = `${'La Gazette du Morvan'.padEnd(86)}jeudi 12 mars 2026`;

describe('columns of a few lines at a page’s head (pdftotext -layout)', () => {
  it('reads each column whole, the first before the next', () => {
    const page = raw([
      HEAD,
      '',
      `${'   Le maire a promis une réponse avant'.padEnd(46)}et la nouvelle halle ouvrira ses portes`,
      `${'la fin du mois, après une réunion avec'.padEnd(46)}au printemps.`,
      'les commerçants du marché couvert.',
      '',
      '',
      `${''.padEnd(40)}— 7 —`,
    ]);
    expect(findColumnStarts(page)).toEqual([46]);
    expect(columnTexts(page)).toEqual([
      [HEAD, 'Le maire a promis une réponse avant', 'la fin du mois, après une réunion avec', 'les commerçants du marché couvert.', '— 7 —'],
      ['et la nouvelle halle ouvrira ses portes', 'au printemps.'],
    ]);
  });

  it('keeps a signature set far right under the last column in that column', () => {
    const page = raw([
      HEAD,
      `${'   Rien ne se décidera sans l’accord'.padEnd(46)}devra valider le nouveau calendrier`,
      `${'de la direction académique, qui'.padEnd(46)}avant la rentrée.`,
      `${'se prononcera en juin.'.padEnd(70)}Paul Girard`,
    ]);
    expect(findColumnStarts(page)).toEqual([46]);
    expect(columnTexts(page)[1]).toEqual(['devra valider le nouveau calendrier', 'avant la rentrée.', 'Paul Girard']);
  });

  it('finds a last column of two lines right of columns found on their own lines', () => {
    // Three columns 32 characters apart: the first two hold four lines each, enough to find the
    // second's start; the third holds two.
    const page = raw([
      HEAD,
      '',
      `${'le conseil municipal le mois'.padEnd(32)}${'sans avoir trouvé personne.'.padEnd(32)}il retourne à son fournil,`,
      `${'prochain.'.padEnd(32)}${'« Je formerai le repreneur'.padEnd(32)}qui n’attend pas.`,
      `${'   Le boulanger, lui, n’a'.padEnd(32)}moi-même pendant six mois`,
      `${'pas l’intention de fermer'.padEnd(32)}s’il le faut, promet-il. » Puis`,
    ]);
    expect(findColumnStarts(page)).toEqual([32, 64]);
    expect(columnTexts(page)[2]).toEqual(['il retourne à son fournil,', 'qui n’attend pas.']);
  });

  it('leaves a single column alone: a line stretched loose, a gap on one row only, a line across the gap', () => {
    // A justified line stretched loose spreads its white over every word space.
    expect(findColumnStarts(raw([HEAD, 'Le maire a promis    une    réponse    avant', 'la fin du mois, après une réunion avec', 'les commerçants.']))).toEqual([]);
    // One row with a gap is a date or a figure set apart, not a column.
    expect(findColumnStarts(raw([HEAD, `${'Le maire a promis une réponse avant'.padEnd(46)}vendredi`, 'la fin du mois, après une réunion avec les commerçants du marché.']))).toEqual([]);
    // A line under the two rows runs across the gap: no gutter there.
    expect(
      findColumnStarts(
        raw([
          HEAD,
          `${'Le maire a promis une réponse avant'.padEnd(46)}et la nouvelle halle ouvrira`,
          `${'la fin du mois, après une réunion'.padEnd(46)}au printemps.`,
          'les commerçants du marché couvert ont pris acte de la décision du conseil.',
        ]),
      ),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findColumnStarts, readColumns, type RawLine } from '../../src/layout/column-layout.ts';

const raw = (lines: readonly string[]): RawLine[] => lines.map((text, index) => ({ number: index + 1, text }));

describe('a hidden middle column (pdftotext -layout)', () => {
  it('does not take the middle column’s own lines for the first column’s measure', () => {
    // Three columns 40 characters apart; the middle one holds only a caption under a picture,
    // too few lines to make a start, two of them on rows where the first column has nothing.
    const page = raw([
      `${'Les barrières ont été retirées lundi'.padEnd(80)}Le pont avait été fermé en urgence`,
      `${'à six heures, sous le regard de'.padEnd(80)}après la découverte de fissures`,
      `${'quelques agents de la métropole.'.padEnd(80)}sur deux de ses piles. Les`,
      `${'La première voiture a traversé'.padEnd(80)}plongeurs avaient constaté que`,
      `${'en klaxonnant.'.padEnd(40)}${'Les premières voitures, lundi'.padEnd(40)}le courant avait creusé le lit`,
      `${''.padEnd(40)}${'à l’aube, sur le pont rouvert.'.padEnd(40)}du fleuve au pied de l’ouvrage.`,
      `${''.padEnd(40)}${'Photo Hugues Le Guellec'.padEnd(40)}Le chantier a coûté 14 millions`,
      `${'Au volant, une infirmière n’en'.padEnd(80)}d’euros, payés par la métropole.`,
      'revenait pas de ce retour.',
    ]);
    // The hidden column's start is found one character either side of its edge, where a cut falls.
    const starts = findColumnStarts(page);
    expect(starts).toHaveLength(2);
    expect(Math.abs((starts[0] as number) - 40)).toBeLessThanOrEqual(1);
    expect(readColumns(page, 0, false).lines.filter((line) => line.column === 1).map((line) => line.content)).toEqual([
      'Les premières voitures, lundi',
      'à l’aube, sur le pont rouvert.',
      'Photo Hugues Le Guellec',
    ]);
  });
});

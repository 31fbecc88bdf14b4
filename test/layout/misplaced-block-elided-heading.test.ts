import { describe, expect, it } from 'vitest';
import { moveMisplacedBlock } from '../../src/layout/misplaced-block.ts';
import { pageLines } from '../support/page-lines.ts';

const contents = (lines: ReturnType<typeof pageLines>): string[] => lines.map((line) => line.content);

describe('a column’s foot read before the line it goes on from, over a heading opening on an elided word (OCR, no blank line)', () => {
  const LINES = [
    'Le feu a pris vers 3 heures dans un entrepôt de la zone',
    'artisanale. Les pompiers ont protégé les maisons voisines.',
    'cellule venue de Lyon. Rien d’anormal.',
    'Par précaution, les habitants ont dû garder leurs fenêtres',
    'fermées jusqu’à midi. Des mesures de l’air ont été faites par une',
    'L’inquiétude des riverains',
    'Les voisins redoutent désormais la reprise de l’activité du site.',
    'Le propriétaire promet de reconstruire le bâtiment d’ici à l’été.',
  ];

  it('moves it under the line it goes on from: `L’inquiétude` opens on a capitalised word as `Inquiétude` does', () => {
    const moved = moveMisplacedBlock(pageLines(LINES.join('\n')));
    expect(contents(moved.lines)).toEqual([LINES[0], LINES[1], LINES[3], LINES[4], LINES[2], LINES[5], LINES[6], LINES[7]]);
    expect(moved.repairs).toEqual([expect.objectContaining({ kind: 'columns-reordered', reason: 'misplaced-block', line: 3 })]);
  });

  it('takes no line opening on an elision before a small word for a heading when it runs on', () => {
    const running = [...LINES.slice(0, 5), 'L’inquiétude des riverains grandit depuis la nuit du', ...LINES.slice(6)];
    expect(moveMisplacedBlock(pageLines(running.join('\n'))).repairs).toEqual([]);
  });
});

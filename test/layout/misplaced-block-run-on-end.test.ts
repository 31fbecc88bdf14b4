import { describe, expect, it } from 'vitest';
import { moveMisplacedBlock } from '../../src/layout/misplaced-block.ts';
import { contents, pageLines } from '../support/page-lines.ts';

// OCR-like text, no blank line anywhere: a column's head read in the middle of another column,
// the sentence it ends stopped on a word no French sentence ends on.
const COLUMN = [
  'Le refuge du Goûter reçoit chaque été des centaines',
  'de grimpeurs venus de toute l’Europe. Pour y monter,',
  'il faut désormais quitter le sentier et descendre une',
  'La gardienne tient le refuge depuis vingt ans et connaît',
  'chaque pierre du chemin qui mène jusqu’au glacier.',
  'pente de moraine instable.',
  'Les secours sont intervenus trois fois depuis le mois',
  'de juin pour des randonneurs blessés à la cheville.',
];

describe('a block read out of place, its sentence stopped on a word no sentence ends on', () => {
  it('goes back after the line ending on an article, over a line opening a new sentence', () => {
    const moved = moveMisplacedBlock(pageLines(COLUMN.join('\n')));
    expect(contents(moved.lines)).toEqual([COLUMN[0], COLUMN[1], COLUMN[2], COLUMN[5], COLUMN[3], COLUMN[4], COLUMN[6], COLUMN[7]]);
    expect(moved.repairs).toEqual([expect.objectContaining({ kind: 'columns-reordered', line: 6, reason: 'misplaced-block', evidence: expect.stringContaining('"une"') })]);
  });

  it('takes no name carried on after a preposition for a new sentence', () => {
    const lines = [...COLUMN];
    lines[3] = 'Chamonix, où la gardienne tient le refuge depuis vingt ans,';
    lines[2] = 'il faut désormais quitter le sentier et redescendre vers';
    const moved = moveMisplacedBlock(pageLines(lines.join('\n')));
    expect(contents(moved.lines)).toEqual(lines);
    expect(moved.repairs).toEqual([]);
  });

  it('leaves the block where it was read, with a warning, when two lines could go on into it', () => {
    const lines = [...COLUMN];
    lines.push('Le bilan de la saison, selon la mairie, reste pourtant le', 'Il faudra donc revoir tout le balisage du sentier cet hiver.');
    const moved = moveMisplacedBlock(pageLines(lines.join('\n')));
    expect(contents(moved.lines)).toEqual(lines);
    expect(moved.repairs).toEqual([]);
    expect(moved.warnings).toEqual([expect.objectContaining({ rule: 'layout/misplaced-block', line: 6 })]);
  });

  it('reads no sentence’s end in an abbreviation announcing what follows (`p. ex.`)', () => {
    const lines = [...COLUMN];
    lines[4] = 'chaque pierre du chemin, et les dangers, p. ex.';
    const moved = moveMisplacedBlock(pageLines(lines.join('\n')));
    expect(contents(moved.lines)).toEqual(lines);
  });

  it('leaves a word cut by a hyphen to the lexicon: a line ending on one is no such end', () => {
    const lines = [...COLUMN];
    lines[2] = 'il faut désormais quitter le sentier et descendre la val-';
    const moved = moveMisplacedBlock(pageLines(lines.join('\n')));
    expect(contents(moved.lines)).toEqual(lines);
  });
});

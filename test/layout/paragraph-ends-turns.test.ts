import { describe, expect, it } from 'vitest';
import { estimateColumnWidth, splitParagraphs } from '../../src/layout/paragraph-ends.ts';
import { pageLines } from '../support/page-lines.ts';

const texts = (paragraphs: ReturnType<typeof splitParagraphs>['paragraphs']): string[] => paragraphs.map((paragraph) => paragraph.map((line) => line.content).join(' '));

/** The column's narration around the exchange: full lines, so that no short line tells an end. */
const NARRATION_BEFORE = [
  'Le boulanger a repris la boutique de son père il y a',
  'vingt ans, et il ouvre toujours à six heures du matin.',
];
const NARRATION_AFTER = [
  'Le fournil tourne depuis quatre heures, et les clients',
  'attendent déjà sur le trottoir quand il lève le rideau,',
  'même les jours de pluie et de grand froid de janvier.',
];

describe('a speaker’s turn over several lines', () => {
  it('ends before the narration taken up after an exchange of turns', () => {
    const lines = pageLines(
      [
        ...NARRATION_BEFORE,
        '— Vous pensez parfois à vous arrêter ?',
        '— Chaque hiver, quand le froid revient. Et puis une',
        'cliente me demande sa baguette, et je recommence.',
        ...NARRATION_AFTER,
      ].join('\n'),
    );
    const split = splitParagraphs(lines, estimateColumnWidth(lines));
    expect(texts(split.paragraphs)).toEqual([
      NARRATION_BEFORE.join(' '),
      '— Vous pensez parfois à vous arrêter ?',
      '— Chaque hiver, quand le froid revient. Et puis une cliente me demande sa baguette, et je recommence.',
      NARRATION_AFTER.join(' '),
    ]);
    expect(split.repairs.find((repair) => repair.line === 5)?.reason).toBe('dialogue-turn-end');
  });

  it('keeps a turn answering no other whole when one of its sentences ends at a line’s end', () => {
    const lines = pageLines(
      [
        ...NARRATION_BEFORE,
        '— On ne compte plus les heures ici, vous savez, nous',
        'travaillons même le dimanche et les jours de fêtes.',
        'Les clients comptent sur nous tous les matins, dit-il',
        'en souriant, même quand la neige bloque la vallée.',
        ...NARRATION_AFTER,
      ].join('\n'),
    );
    const split = splitParagraphs(lines, estimateColumnWidth(lines));
    expect(split.repairs.some((repair) => repair.reason === 'dialogue-turn-end')).toBe(false);
  });
});

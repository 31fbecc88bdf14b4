/**
 * Floor tests over a set of fixtures scored one by one (test/support/structure-score.ts): the
 * scores summed, then held to a floor of exact paragraphs, sentences and roles (at least) and of
 * words lost and invented (at most).
 */
import { expect } from 'vitest';
import type { StructureScore } from './structure-score.ts';

export interface ScoreFloor {
  paragraphs: number;
  sentences: number;
  roles: number;
  lost: number;
  invented: number;
}

export interface ScoreTotals extends ScoreFloor {
  files: number;
}

export function emptyTotals(): ScoreTotals {
  return { files: 0, paragraphs: 0, sentences: 0, roles: 0, lost: 0, invented: 0 };
}

/** `score` added to `totals`, one file more. */
export function addScore(totals: ScoreTotals, score: StructureScore): void {
  totals.files += 1;
  totals.paragraphs += score.paragraphs.exact;
  totals.sentences += score.sentences.exact;
  totals.roles += score.roles.right;
  totals.lost += score.wordsLost.length;
  totals.invented += score.wordsInvented.length;
}

export function expectAtFloor(totals: ScoreTotals, floor: ScoreFloor): void {
  expect(totals.paragraphs).toBeGreaterThanOrEqual(floor.paragraphs);
  expect(totals.sentences).toBeGreaterThanOrEqual(floor.sentences);
  expect(totals.roles).toBeGreaterThanOrEqual(floor.roles);
  expect(totals.lost).toBeLessThanOrEqual(floor.lost);
  expect(totals.invented).toBeLessThanOrEqual(floor.invented);
}

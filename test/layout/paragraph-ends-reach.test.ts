import { describe, expect, it } from 'vitest';
import { estimateColumnWidth, estimateRunningReach, splitParagraphs } from '../../src/layout/paragraph-ends.ts';
import { pageLines } from '../support/page-lines.ts';

/**
 * A ragged column (each line filled word by word to the measure) whose paragraphs open on an
 * indent the extraction dropped: the first lines hold less, and the second paragraph's last line
 * runs nearly as far as the column's others, past the share of the measure a last line must stay
 * under, yet the next word would have fitted where the column's lines reach.
 */
const RAGGED_INDENTED = [
  'Le marché couvert rouvrira ses',
  'portes au printemps, après dix-huit mois',
  'de travaux menés par la commune sur la',
  'charpente et la toiture du bâtiment. Les',
  'commerçants attendaient cette date depuis',
  'longtemps.',
  'Pendant le chantier, une vingtaine',
  'de marchands se sont installés sous des',
  'barnums, sur la place voisine, malgré le',
  'froid et la pluie de cet hiver. La plupart',
  'disent avoir perdu une partie de leur',
  'clientèle depuis le début des travaux.',
  'La mairie promet une inauguration',
  'en musique, avec un concert de la fanfare',
  'municipale et une dégustation offerte par',
  'les producteurs du canton. Le programme',
  'complet sera publié dans le bulletin',
  'municipal de mars.',
  'Le coût total des travaux atteint un',
  'million deux cent mille euros, dont un',
  'tiers financé par la région et le',
  'département au titre du soutien aux',
  'centres-bourgs.',
];

/**
 * The same words set so that the lines leaving room before the next word stand inside the
 * paragraphs (a justified column's loose lines), not after a sentence's end.
 */
const LOOSE_INSIDE = [
  'Le marché couvert rouvrira ses portes au',
  'printemps, après dix-huit mois de travaux',
  'menés par la commune sur',
  'la charpente et la toiture du bâtiment. Les',
  'commerçants attendaient cette date depuis',
  'longtemps.',
  'Pendant le chantier, une vingtaine de',
  'marchands se sont installés sous des',
  'barnums, sur la place',
  'voisine, malgré le froid et la pluie de cet',
  'hiver. La plupart disent avoir perdu une',
  'partie de leur clientèle depuis le début des',
  'travaux.',
  'La mairie promet une inauguration en',
  'musique, avec un concert de la',
  'fanfare municipale et une dégustation',
  'offerte par les producteurs du canton. Le',
  'programme complet sera publié dans le',
  'bulletin municipal de mars.',
];

const texts = (paragraphs: ReturnType<typeof splitParagraphs>['paragraphs']): string[] => paragraphs.map((paragraph) => paragraph.map((line) => line.content).join(' '));

describe('paragraph ends read against the width the column reaches', () => {
  it('ends a paragraph whose last line and the next first line both left room for a word', () => {
    const lines = pageLines(RAGGED_INDENTED.join('\n'));
    const width = estimateColumnWidth(lines);
    expect(estimateRunningReach(lines, width, false)).toBeGreaterThan(0);
    const split = splitParagraphs(lines, width);
    expect(texts(split.paragraphs).map((text) => text.slice(0, 24))).toEqual(['Le marché couvert rouvri', 'Pendant le chantier, une', 'La mairie promet une ina', 'Le coût total des travau']);
    const repair = split.repairs.find((found) => found.reason === 'short-on-both-sides');
    expect(repair?.line).toBe(12);
    expect(repair?.evidence).toContain('"La"');
  });

  it('reads no reach where the lines leaving room stand inside paragraphs', () => {
    const lines = pageLines(LOOSE_INSIDE.join('\n'));
    const width = estimateColumnWidth(lines);
    expect(estimateRunningReach(lines, width, false)).toBe(0);
    expect(splitParagraphs(lines, width).repairs.some((repair) => repair.reason === 'short-on-both-sides')).toBe(false);
  });

  it('reads no reach from too few lines carrying a sentence on', () => {
    const lines = pageLines(RAGGED_INDENTED.slice(0, 6).join('\n'));
    expect(estimateRunningReach(lines, estimateColumnWidth(lines), false)).toBe(0);
  });
});

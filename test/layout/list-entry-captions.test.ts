import { describe, expect, it } from 'vitest';
import { findCaptions } from '../../src/layout/body-captions.ts';
import { listEntryRuns } from '../../src/layout/list-entry-captions.ts';
import { pageLines } from '../support/page-lines.ts';

// Prose around the list: sentences that run over the line ends, as a column sets them.
const before = [
  'Le conseil municipal a adopté jeudi soir le nouveau plan de circulation du centre, après',
  'trois mois de concertation avec les riverains et les commerçants. Il entrera en vigueur',
  'le 1er mars. Les rues suivantes passent en sens unique.',
];
const after = [
  'Les livraisons resteront possibles le matin, de 6 heures à 10 heures, dans toutes les rues',
  'du secteur. Une réunion publique est prévue le 12 février à la salle des fêtes.',
];
// A list of streets, one sentence a line: each, alone, reads as what a picture shows, and where.
const streets = [
  'Rue des Tanneurs, entre le pont Neuf et la place du Marché.',
  'Quai de la Vienne, sur toute sa longueur.',
  'Rue Sainte-Claire et impasse des Cordiers.',
  'Allée des Tilleuls, en amont du moulin.',
  'Chemin de la Motte, côté impair.',
];

describe('a list of one-sentence entries read as pictures’ descriptions', () => {
  it('keeps the entries in the body, each with a warning saying why', () => {
    const lines = pageLines([...before, ...streets, ...after].join('\n'));
    const found = findCaptions(lines, 90);
    expect(found.captions).toEqual([]);
    const listed = found.warnings.filter((warning) => warning.rule === 'layout/list-entry');
    expect(listed.length).toBeGreaterThanOrEqual(4);
    expect(found.warnings.some((warning) => warning.rule === 'layout/caption-guess')).toBe(false);
  });

  it('reads the run of entries, two-line entries included, and no run in prose', () => {
    const wrapped = ['Rue des Tanneurs, entre le pont Neuf et la place', 'du Marché.', ...streets.slice(1)];
    const lines = pageLines([...before, ...wrapped, ...after].join('\n'));
    expect(listEntryRuns(lines)).toEqual([expect.objectContaining({ start: 3, end: 9, entries: 5 })]);
    expect(listEntryRuns(pageLines([...before, ...after].join('\n')))).toEqual([]);
  });

  it('still takes two or three captions side by side, fewer than a list needs', () => {
    const captions = ['La rue des Tanneurs sous la neige, samedi.', 'Le quai de la Vienne, en janvier.', 'Le moulin de la Motte, dimanche.'];
    const found = findCaptions(pageLines([...before, ...captions, ...after].join('\n')), 90);
    expect(found.captions.map((caption) => caption.start)).toEqual([3, 4, 5]);
  });
});

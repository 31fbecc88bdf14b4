import { describe, expect, it } from 'vitest';
import { findColumnStarts, readColumns, type RawLine } from '../../src/layout/column-layout.ts';

const raw = (text: string): RawLine[] => text.split('\n').map((line, index) => ({ number: index + 1, text: line }));

// Two columns of a three-column page, 44 characters apart, as pdftotext -layout draws them.
const LEFT = [
  'Le conseil municipal a voté lundi soir le',
  'budget de l’année, après quatre heures de',
  'débats et une suspension de séance. Le',
  'document, présenté par l’adjoint aux',
  'finances, s’élève à 58 millions d’euros,',
  'dont 41 millions pour le fonctionnement.',
  'Il a été voté par 24 voix contre 9, les',
  'deux groupes d’opposition votant contre.',
  'La municipalité met en avant le gel des',
  'taux de la taxe foncière, inchangés pour',
];
const MIDDLE = [
  'Côté investissement, l’enveloppe atteint',
  '12,6 millions d’euros. Les chantiers',
  'concernent les toitures de trois écoles,',
  'une voie cyclable le long de l’avenue de',
  'la République et le centre social. La',
  'piscine attendra, faute de subventions.',
  'La dette s’établit à 31,5 millions, soit',
  'une capacité de désendettement de six',
  'années. Le prochain conseil, consacré aux',
  'tarifs de la',
];
const PITCH = 44;
// The running head across the page's three columns, its date flush right.
const head = [`${'La Gazette du Cher'.padEnd(3 * 44 - 'mercredi 17 février'.length)}mercredi 17 février`, '', 'Vierzon adopte son budget', ''];
const body = (third: Record<number, string>): string[] =>
  LEFT.map((left, row) => {
    const middle = MIDDLE[row] as string;
    const line = `${left.padEnd(PITCH)}${middle}`;
    const last = third[row];
    return last === undefined ? line : `${line.padEnd(2 * PITCH)}${last}`;
  });

describe('a short last column', () => {
  it('finds the start of a last column of a line or two, one pitch right of the last start, and reads it after the column before', () => {
    const page = raw([...head, ...body({ 0: 'cantine, se tiendra le 23 mars.', 1: 'Hélène Castagné' })].join('\n'));
    expect(findColumnStarts(page)).toEqual([PITCH, 2 * PITCH]);
    const lines = readColumns(page, 0, false).lines.map((line) => line.content);
    expect(lines.slice(-3)).toEqual(['tarifs de la', 'cantine, se tiendra le 23 mars.', 'Hélène Castagné']);
    expect(lines).toContain('Côté investissement, l’enveloppe atteint');
  });

  it('finds none where the text resumes elsewhere than one pitch on, on a short line of the column before, or on the page’s first line', () => {
    // Off the pitch: a caption or a box beside, not the next column.
    expect(findColumnStarts(raw([...head, ...body({ 0: `${' '.repeat(14)}Photo DR` })].join('\n')))).toEqual([PITCH]);
    // Beside a short line of the column before (its paragraph's last): text aligned there, no column.
    expect(findColumnStarts(raw([...head, ...body({ 9: 'cantine, se tiendra le 23 mars.' })].join('\n')))).toEqual([PITCH]);
    // The running head's date, one pitch right of the last start.
    const dated = [`${'La Gazette du Cher'.padEnd(2 * PITCH)}mercredi 17 février`, ...head.slice(1)];
    expect(findColumnStarts(raw([...dated, ...body({})].join('\n')))).toEqual([PITCH]);
  });
});

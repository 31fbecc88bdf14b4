import { describe, expect, it } from 'vitest';
import { readInterleavedColumns } from '../../src/layout/interleaved-columns.ts';
import { structureText } from '../../src/structure.ts';
import { pageLines } from '../support/page-lines.ts';

const contents = (lines: ReturnType<typeof pageLines>): string[] => lines.map((line) => line.content);

/** Two columns as pdftotext prints them row by row: a piece of the left one, the piece beside it, and so on. */
const ROWS = [
  'Le marché couvert rouvrira ses portes samedi après',
  '',
  'Les commerçants, eux, comptent les jours. Sur les',
  '',
  'dix-huit mois de travaux, menés par la ville pour',
  'un coût de 3,2 millions d’euros.',
  '',
  '42 bancs, une vingtaine ont trouvé une place provisoire',
  '',
  'La toiture a été refaite et les allées élargies. Les',
  '',
  'sur le parking de la gare.',
  'Une fête est prévue à midi.',
  '',
  'étals seront loués au même tarif qu’avant.',
];

describe('two columns pdftotext read row by row', () => {
  it('reads the pieces at even places, then those at odd places, when sentences go on two pieces further', () => {
    const read = readInterleavedColumns(pageLines(ROWS.join('\n')));
    expect(contents(read.lines)).toEqual([
      'Le marché couvert rouvrira ses portes samedi après',
      'dix-huit mois de travaux, menés par la ville pour',
      'un coût de 3,2 millions d’euros.',
      'La toiture a été refaite et les allées élargies. Les',
      'étals seront loués au même tarif qu’avant.',
      'Les commerçants, eux, comptent les jours. Sur les',
      '42 bancs, une vingtaine ont trouvé une place provisoire',
      'sur le parking de la gare.',
      'Une fête est prévue à midi.',
    ]);
    // A piece going on with its column's sentence loses its blank line; one after a sentence's end keeps it.
    expect(read.lines.map((line) => line.blankBefore)).toEqual([false, false, false, true, false, true, false, false, false]);
    expect(read.repairs).toEqual([expect.objectContaining({ kind: 'columns-reordered', line: 1, reason: 'interleaved-columns' })]);
  });

  it('rebuilds both columns’ paragraphs in the article', () => {
    const text = ['CONSOMMATION', '', 'Le marché couvert rouvre', 'Après dix-huit mois de travaux, les halles retrouvent leurs commerçants.', '', ...ROWS].join('\n');
    const paragraphs = structureText(text, { fileName: 'marche.pdftotext.txt', checkLanguage: false })
      .blocks.filter((block) => block.role === 'paragraph')
      .map((block) => block.text);
    expect(paragraphs).toEqual([
      'Le marché couvert rouvrira ses portes samedi après dix-huit mois de travaux, menés par la ville pour un coût de 3,2 millions d’euros.',
      'La toiture a été refaite et les allées élargies. Les étals seront loués au même tarif qu’avant.',
      'Les commerçants, eux, comptent les jours. Sur les 42 bancs, une vingtaine ont trouvé une place provisoire sur le parking de la gare.',
      'Une fête est prévue à midi.',
    ]);
  });

  it('leaves a double-spaced text alone: a blank line after every line says nothing of columns', () => {
    const body = pageLines(ROWS.filter((line) => line !== '').join('\n\n'));
    const read = readInterleavedColumns(body);
    expect(contents(read.lines)).toEqual(contents(body));
    expect(read.repairs).toEqual([]);
  });

  it('leaves pieces alone when a line holds two columns side by side (OCR that could not part them)', () => {
    const rows = [...ROWS];
    rows[0] = `${rows[0]} Les commerçants, eux, comptent les jours, dit-on ici.`;
    const body = pageLines(rows.join('\n'));
    expect(readInterleavedColumns(body).repairs).toEqual([]);
  });

  it('leaves pieces alone when one is a fragment of a line (small letter first, stopping short mid-sentence)', () => {
    const rows = [...ROWS];
    rows[14] = 'étals et les';
    const body = pageLines(rows.join('\n'));
    expect(readInterleavedColumns(body).repairs).toEqual([]);
  });

  it('leaves pieces alone when a sentence goes on two pieces further only once', () => {
    const body = pageLines(['Le conseil a voté le budget, qui prévoit', '', 'Des travaux dans les écoles.', '', 'une hausse des dépenses de 4 %.', '', 'La séance a duré trois heures.'].join('\n'));
    const read = readInterleavedColumns(body);
    expect(contents(read.lines)).toEqual(contents(body));
    expect(read.repairs).toEqual([]);
  });

  it('leaves a column read whole before the rows began where it is, and stops at a lone word', () => {
    const body = pageLines(
      [
        'Le chantier a commencé en mars. Il a duré neuf mois.',
        'Les riverains ont dû patienter.',
        'Les entreprises ont tenu les délais.',
        'La ville a payé comptant.',
        '',
        ...ROWS,
        '',
        'Fin',
      ].join('\n'),
    );
    const read = readInterleavedColumns(body);
    expect(contents(read.lines).slice(0, 5)).toEqual([
      'Le chantier a commencé en mars. Il a duré neuf mois.',
      'Les riverains ont dû patienter.',
      'Les entreprises ont tenu les délais.',
      'La ville a payé comptant.',
      'Le marché couvert rouvrira ses portes samedi après',
    ]);
    expect(contents(read.lines).at(-1)).toBe('Fin');
  });
});

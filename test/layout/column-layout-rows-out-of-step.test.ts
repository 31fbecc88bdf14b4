import { describe, expect, it } from 'vitest';
import { readColumns, type RawLine } from '../../src/layout/column-layout.ts';

const raw = (rows: string[]): RawLine[] => [...HEAD, ...rows].map((text, index) => ({ number: index + 1, text }));
const shape = (rows: string[]): string[] =>
  readColumns(raw(rows), 0, false)
    .lines.filter((line) => line.number > HEAD_LINES)
    .map((line) => `${line.column}:${line.blankBefore ? 'B' : '-'}:${line.content.slice(0, 14)}`);

// Two columns of 36 characters: the left one in step with the right for a few rows, then, after
// a paragraph's space in the right column, the two come out one row in two.
const LEFT = [
  'Le conseil a voté hier soir le',
  'budget de la commune après trois',
  'heures de débats parfois vifs.',
  'La taxe foncière ne bougera pas',
  'cette année, a promis le maire.',
  'Les travaux de la salle des fêtes',
  'commenceront au printemps prochain',
  'et dureront au moins dix-huit mois.',
];
const RIGHT = [
  'L’opposition a voté contre, jugeant',
  'les dépenses trop lourdes.',
  'Son chef de file a demandé un audit',
  'des comptes de la régie des eaux et',
  'une réunion publique avant l’été.',
  'Le maire a refusé, sans fermer la',
  'porte à une commission.',
];
const pad = (text: string): string => text.padEnd(40);
// Rows both columns fill in step, above each case: enough side-by-side lines to find the columns,
// and to keep the alternate rows under the share that makes a whole column alternate.
const HEAD = [
  pad('Le syndicat des eaux a présenté') + 'Les élus de la rive gauche ont',
  pad('mardi ses comptes devant les élus') + 'salué un effort de transparence',
  pad('des vingt communes qu’il dessert') + 'attendu depuis longtemps, et',
  pad('depuis sa création en 1998, dans') + 'réclamé un calendrier précis',
  pad('la salle du conseil de Vierzon,') + 'pour les travaux du réservoir',
  pad('devant une trentaine d’habitants') + 'de la Chaume, promis pour 2024',
  pad('venus poser leurs questions.') + 'puis reporté faute de crédits.',
];
const HEAD_LINES = HEAD.length;

describe('columns whose rows fall out of step (pdftotext -layout)', () => {
  it('reads single empty rows in a run of alternate rows as no break, and keeps the run’s first', () => {
    const page = [
      pad(LEFT[0] as string) + (RIGHT[0] as string),
      pad(LEFT[1] as string) + (RIGHT[1] as string),
      pad(LEFT[2] as string),
      pad('') + (RIGHT[2] as string),
      pad(LEFT[3] as string),
      pad('') + (RIGHT[3] as string),
      pad(LEFT[4] as string),
      pad('') + (RIGHT[4] as string),
      pad(LEFT[5] as string),
      pad('') + (RIGHT[5] as string),
      pad(LEFT[6] as string) + (RIGHT[6] as string),
      pad(LEFT[7] as string),
    ];
    const reading = readColumns(raw(page), 0, false);
    // Left: rows 3, 5, 7, 9, 11, one single empty row before each of the last four, each holding
    // the right column's line: the run's first stays a break (here a paragraph's), the others
    // do not: `maire.` ends a sentence, yet `Les travaux` goes on the paragraph.
    expect(shape(page).slice(0, 8)).toEqual([
      '0:-:Le conseil a v',
      '0:-:budget de la c',
      '0:-:heures de déba',
      '0:B:La taxe fonciè',
      '0:-:cette année, a',
      '0:-:Les travaux de',
      '0:-:commenceront a',
      '0:-:et dureront au',
    ]);
    // Right: rows 2, 4, 6, 8, 10, 11: the first single row (the paragraph's space that put it
    // out of step) stays a break, the next ones do not.
    expect(shape(page).slice(8)).toEqual([
      '1:-:L’opposition a',
      '1:-:les dépenses t',
      '1:B:Son chef de fi',
      '1:-:des comptes de',
      '1:-:une réunion pu',
      '1:-:Le maire a ref',
      '1:-:porte à une co',
    ]);
    // Each run recorded from the line that opens it: `La taxe` (page row 5), `Son chef` (row 4).
    expect(reading.rowsOutOfStep).toEqual([
      { line: HEAD_LINES + 5, lines: 4 },
      { line: HEAD_LINES + 4, lines: 4 },
    ]);
  });

  it('keeps a break before a whole sentence on its line after one ending the line above (a list’s items)', () => {
    const page = [
      pad('Les consignes de la préfecture') + 'La décrue n’est pas attendue',
      pad('Ne pas prendre la route.'),
      pad('') + 'avant jeudi, selon le service',
      pad('Ne pas descendre à la cave.'),
      pad('') + 'de prévision des crues, qui',
      pad('Écouter la radio locale.'),
      pad('') + 'garde le département en orange.',
      pad('Appeler le 18 en cas de danger.'),
    ];
    expect(shape(page).filter((line) => line.startsWith('0:'))).toEqual([
      '0:-:Les consignes ',
      '0:-:Ne pas prendre',
      '0:B:Ne pas descend',
      '0:B:Écouter la rad',
      '0:B:Appeler le 18 ',
    ]);
  });

  it('leaves two single empty rows in a row as they were: no run', () => {
    const page = [
      pad('Le premier paragraphe finit ici.') + 'La colonne voisine commence et',
      pad('') + 'se poursuit sur sa deuxième ligne',
      pad('Un deuxième paragraphe court.'),
      pad('') + 'puis sur une troisième ligne.',
      pad('Un troisième, plus court encore.'),
    ];
    expect(shape(page).filter((line) => line.startsWith('0:'))).toEqual(['0:-:Le premier par', '0:B:Un deuxième pa', '0:B:Un troisième, ']);
    expect(readColumns(raw(page), 0, false).rowsOutOfStep).toEqual([]);
  });
});

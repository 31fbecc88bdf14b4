/**
 * A head set across a page of three columns may hold columns of its own: Chromium's
 * `column-span: all` standfirst set in two columns under the headline. Its rows cross the
 * body's gutters, so they were read apart, across the page, row by row: the standfirst's two
 * columns interleaved line by line. Rows across the columns, four or more, are a region read as
 * any other: their own gutter, found among them alone, orders them column by column.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { column, pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

/** Three body columns 150 pt wide, 18 pt apart, from x 50. */
const body = [
  column(
    [
      [
        'Dès sept heures et demie, samedi,',
        'une file d’attente s’était formée',
        'devant les grandes portes vitrées',
        'de la halle, sous une pluie fine.',
      ],
      ['Le maire a coupé le ruban peu', 'avant huit heures, devant une', 'foule venue de tout le quartier,', 'sous les applaudissements des', 'commerçants et de leurs clients.'],
    ],
    { x: 50, width: 150, top: 200, indent: 10 },
  ),
  column(
    [
      [
        'La halle avait fermé au début de',
        'l’année dernière. Les travaux, qui',
        'devaient durer dix-huit mois, en',
        'ont finalement pris vingt-six.',
      ],
      ['Le chantier a coûté près de cinq', 'millions d’euros, dont plus d’un', 'million apporté par la région, et', 'l’opposition dénonce un dérapage', 'de près d’un tiers du budget.'],
    ],
    { x: 218, width: 150, top: 200, indent: 10 },
  ),
  column(
    [
      [
        'Pour faire revenir les marchands,',
        'la ville a plafonné les loyers des',
        'emplacements pendant trois ans,',
        'et ouvre la halle le jeudi soir.',
      ],
      ['Les places du parking sont payantes', 'au-delà d’une heure, ce qui fâche', 'plusieurs marchands : ils ont déjà', 'demandé que la ville revienne sur', 'cette décision avant l’été.'],
    ],
    { x: 386, width: 150, top: 200, indent: 10 },
  ),
].flatMap((part) => part.lines);

describe('layoutPdf: columns inside the rows set across the page', () => {
  it('reads a standfirst set in two columns under the headline column by column', () => {
    // Two standfirst columns 235 pt wide, 16 pt apart, in bold a little larger than the body:
    // their gutter (x 285–301) is not the body's.
    const standfirst = column(
      [
        [
          'Après deux ans de travaux et un chantier retardé',
          'par la découverte de fondations médiévales, la',
          'halle rénovée accueille de nouveau ses quarante',
        ],
      ],
      { x: 50, width: 235, top: 130, leading: 15, size: 11, font: 'bold' },
    ).lines;
    const second = column([['commerçants depuis samedi. La ville espère y attirer', 'douze mille visiteurs par semaine, soit deux fois', 'plus qu’avant la fermeture.']], {
      x: 301,
      width: 235,
      top: 130,
      leading: 15,
      size: 11,
      font: 'bold',
    }).lines;
    const head: PlacedLine[] = [
      { text: 'Le marché couvert de Lannion', x: 50, y: 80, size: 30, font: 'bold', width: 486 },
      { text: 'rouvre enfin ses portes', x: 50, y: 110, size: 30, font: 'bold', width: 380 },
    ];
    const result = layoutPdf(pdfDocument([[...head, ...standfirst, ...second, ...body]]), { lexicon: getFrenchLexicon() });
    const lines = result.text.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      'Le marché couvert de Lannion',
      'rouvre enfin ses portes',
      'Après deux ans de travaux et un chantier retardé',
      'par la découverte de fondations médiévales, la',
      'halle rénovée accueille de nouveau ses quarante',
      'commerçants depuis samedi. La ville espère y attirer',
      'douze mille visiteurs par semaine, soit deux fois',
      'plus qu’avant la fermeture.',
    ]);
    expect(lines[8]).toBe('Dès sept heures et demie, samedi,');
  });

  it('still reads a standfirst in one column across the page line by line', () => {
    const standfirst: PlacedLine[] = [
      { text: 'Après deux ans de travaux et un chantier retardé par la découverte de fondations', x: 50, y: 130, size: 12, font: 'bold', width: 486 },
      { text: 'médiévales, la halle rénovée accueille de nouveau ses quarante-deux commerçants', x: 50, y: 145, size: 12, font: 'bold', width: 486 },
      { text: 'depuis samedi. La ville espère y attirer douze mille visiteurs par semaine, soit', x: 50, y: 160, size: 12, font: 'bold', width: 486 },
      { text: 'deux fois plus qu’avant la fermeture.', x: 50, y: 175, size: 12, font: 'bold' },
    ];
    const head: PlacedLine[] = [{ text: 'Le marché couvert de Lannion rouvre', x: 50, y: 100, size: 30, font: 'bold', width: 486 }];
    const result = layoutPdf(pdfDocument([[...head, ...standfirst, ...body]]), { lexicon: getFrenchLexicon() });
    expect(result.text.split('\n').slice(0, 6)).toEqual(['Le marché couvert de Lannion rouvre', ...standfirst.map((line) => line.text), 'Dès sept heures et demie, samedi,']);
  });
});

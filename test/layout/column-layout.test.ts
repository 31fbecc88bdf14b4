import { describe, expect, it } from 'vitest';
import { cutLine, findColumnStarts, readColumns, type RawLine } from '../../src/layout/column-layout.ts';

const raw = (text: string): RawLine[] => text.split('\n').map((line, index) => ({ number: index + 1, text: line }));

// Two columns side by side as pdftotext -layout draws them, a running header across the top,
// an indented first line in each column and a folio under them.
const PAGE = [
  'La Gazette du Val                                                  Jeudi 12 février 2026',
  '',
  'Un titre sur toute la largeur de la page',
  '   Le premier paragraphe commence        la suite du second paragraphe qui',
  'ici et continue sur plusieurs lignes     continue dans la deuxième colonne.',
  'de la première colonne sans fin de          Un troisième paragraphe ouvre',
  'phrase avant la fin.                     sur un retrait de trois espaces',
  '   Un second paragraphe ouvre sur un     et finit ici.',
  'retrait puis passe à la colonne voisine,',
  '                                  3',
].join('\n');

describe('column layout (pdftotext -layout)', () => {
  it('finds where the second column starts', () => {
    expect(findColumnStarts(raw(PAGE))).toEqual([41]);
  });

  it('finds a middle column that a picture leaves a few lines in, columns being as wide as one another', () => {
    // Three columns of 24 characters and a gutter: the middle one holds the first column's last
    // line at its head and a caption at its foot, too few lines to make a start by themselves.
    const page = [
      'Le maire a présenté hier   la fin du conseil.          La troisième colonne va',
      'soir le budget de la                                   de haut en bas de la page',
      'ville devant un conseil                                sans rien pour l’arrêter,',
      'municipal très partagé                                 avec des lignes pleines',
      'sur la question des im-                                comme le sont celles de',
      'pôts locaux et de la                                   la première colonne, et',
      'dette, jusqu’à une heure   Le maire, hier soir.        elle finit ici.',
      'avancée de la nuit et à',
    ].join('\n');
    expect(findColumnStarts(raw(page))).toHaveLength(2);
    const reading = readColumns(raw(page), 0, false);
    expect(reading.lines.filter((line) => line.column === 1).map((line) => line.content)).toEqual(['la fin du conseil.', 'Le maire, hier soir.']);
  });

  it('cuts a line at a column start only where two spaces stand before it', () => {
    expect(cutLine('de la première colonne sans fin de          Un troisième', [41])).toEqual([
      'de la première colonne sans fin de       ',
      '   Un troisième',
    ]);
    expect(cutLine('Un titre qui traverse la colonne voisine sans deux espaces', [41])).toBeUndefined();
    expect(cutLine('court', [41])).toEqual(['court']);
  });

  it('reads each band column after column, keeping indents against the column edge', () => {
    // Lines under a shorter last column (here the folio) belong to the first column.
    const reading = readColumns(raw(PAGE), 0, false);
    expect(reading.lines.map((line) => `${line.column}:${line.indent}:${line.content}`)).toEqual([
      '0:0:La Gazette du Val                                                  Jeudi 12 février 2026',
      '0:0:Un titre sur toute la largeur de la page',
      '0:3:Le premier paragraphe commence',
      '0:0:ici et continue sur plusieurs lignes',
      '0:0:de la première colonne sans fin de',
      '0:0:phrase avant la fin.',
      '0:3:Un second paragraphe ouvre sur un',
      '0:0:retrait puis passe à la colonne voisine,',
      '0:34:3',
      '1:0:la suite du second paragraphe qui',
      '1:0:continue dans la deuxième colonne.',
      '1:3:Un troisième paragraphe ouvre',
      '1:0:sur un retrait de trois espaces',
      '1:0:et finit ici.',
    ]);
    expect(reading.linesCut).toBe(5);
  });

  it('leaves a page of one column in order, with its indents', () => {
    const reading = readColumns(raw('Une ligne.\n   Un retrait ouvre.\nLa suite.'), 0, false);
    expect(reading.columnStarts).toEqual([]);
    expect(reading.lines.map((line) => line.indent)).toEqual([0, 3, 0]);
  });

  it('reads the margin where the lines start, not at a folio printed alone left of them', () => {
    const page = ['‹ 22 ›', '', '     La grève a paralysé la région lundi, selon les', '     syndicats.', '        Un second paragraphe ouvre sur un', '     retrait de trois espaces.'].join('\n');
    expect(readColumns(raw(page), 0, false).lines.map((line) => line.indent)).toEqual([0, 0, 0, 3, 0]);
    // Two lines or more at the smallest leading make it the margin.
    const twoAtEdge = ['Une ligne.', 'Une autre.', '   Un retrait ouvre.'].join('\n');
    expect(readColumns(raw(twoAtEdge), 0, false).lines.map((line) => line.indent)).toEqual([0, 0, 3]);
  });
});

describe('a column of a few lines beside the first', () => {
  // The first column's full lines, the article's last line alone at the top of the second column
  // (and its signature set flush right under it), as a short article leaves a page.
  const column = [
    'Le chantier du pont de la Loire a pris trois mois de',
    'retard, a reconnu hier soir l’adjoint aux travaux lors du',
    'conseil municipal. Les fondations ont dû être reprises',
    'après la découverte de pieux anciens dans la vase du',
    'fleuve, et la circulation restera alternée jusqu’au',
    'printemps prochain. Les riverains, excédés par les bou-',
    'chons du matin, réclament une navette gratuite entre',
    'les deux rives. La mairie étudie la demande et répondra',
    'avant la fin du mois, a promis le maire. Les commerçants',
    'du quai, eux, attendent surtout le retour des clients',
    'qui évitent le centre depuis l’automne.',
  ];
  const page = (rows: string[]): RawLine[] =>
    raw(['Le Courrier de la Loire                                                          jeudi 12 février 2026', '', 'Le pont rouvrira au printemps', '', ...rows].join('\n'));

  it('finds its start where its lines resume after a wide gap right of the first column’s lines, and reads them after the column', () => {
    const rows = [
      `${column[0]}          et les bus seront prioritaires.`,
      `${column[1]}                             Hélène Ducret`,
      ...column.slice(2),
    ];
    expect(findColumnStarts(page(rows))).toEqual([(column[0] as string).length + 10]);
    const lines = readColumns(page(rows), 0, false).lines.map((line) => line.content);
    expect(lines.slice(-3)).toEqual(['qui évitent le centre depuis l’automne.', 'et les bus seront prioritaires.', 'Hélène Ducret']);
  });

  it('takes the short column’s first line indented as a paragraph opens, its start where the next lines resume', () => {
    const rows = [
      `${column[0]}${' '.repeat(18)}Les travaux reprendront lundi,`,
      `${column[1]}${' '.repeat(10)}dès sept heures, sur la rive`,
      `${column[2]}${' '.repeat(13)}gauche.`,
      ...column.slice(3),
    ];
    const start = (column[1] as string).length + 10;
    expect(findColumnStarts(page(rows))).toEqual([start]);
    expect(readColumns(page(rows), 0, false).lines.slice(-3).map((line) => [line.content, line.indent])).toEqual([
      ['Les travaux reprendront lundi,', 3],
      ['dès sept heures, sur la rive', 0],
      ['gauche.', 0],
    ]);
  });

  it('finds none from a running head’s date, a line stretched loose, or a gap with the column ending under it', () => {
    expect(findColumnStarts(page(column))).toEqual([]);
    // A justified line stretched loose: gaps all along it, not one column's edge.
    const loose = [column[0] as string, 'retard,   a   reconnu   hier   soir   l’adjoint   aux          travaux', ...column.slice(2)];
    expect(findColumnStarts(page(loose))).toEqual([]);
    // Text after a wide gap on the column's last line, nothing of the column under it.
    const last = [...column.slice(0, -1), `${column.at(-1) as string}                         Page 3`];
    expect(findColumnStarts(page(last))).toEqual([]);
  });
});

describe('vertical space in a column', () => {
  it('ignores the single empty rows of columns printed on alternate rows, and keeps a row blank across the band', () => {
    const page = [
      'Le premier paragraphe de la colonne     ',
      '                                        la colonne voisine commence plus bas',
      'de gauche se poursuit ici et finit.     ',
      '                                        et se poursuit sur les rangs pairs.',
      '                                        ',
      'Un second paragraphe après un blanc.    ',
      '                                        Elle finit ici, après la ligne vide.',
      'Il continue encore sur cette ligne.     ',
      '                                        Une dernière ligne dans la voisine.',
      'Et termine enfin sa dernière phrase.    ',
    ].join('\n');
    const lines = readColumns(raw(page), 0, false).lines;
    expect(lines.map((line) => `${line.column}:${line.blankBefore ? 'B' : '-'}:${line.content.slice(0, 12)}`)).toEqual([
      '0:-:Le premier p',
      '0:-:de gauche se',
      '0:B:Un second pa',
      '0:-:Il continue ',
      '0:-:Et termine e',
      '1:-:la colonne v',
      '1:-:et se poursu',
      '1:B:Elle finit i',
      '1:-:Une dernière',
    ]);
  });

  it('finds a short last column whose lines partly open indented (dialogue, paragraphs), at its edge', () => {
    const left = 'Une ligne de la première colonne, pleine.';
    const rows = [
      `${left}   La fin de l’article dans la seconde`,
      `${left}   colonne, plus courte que la première.`,
      `${left}      — Et vous, vous ferez le guide ?`,
      `${left}      — Moi ? Jamais de la vie, dit-il.`,
      `${left}   Il rit, puis se tait longtemps.`,
      `${left}      À 6 h 15, le jour se lève enfin.`,
      `${left}   La lanterne s’éteint, seule.`,
      ...Array.from({ length: 22 }, () => left),
    ];
    expect(findColumnStarts(rows.map((text, index) => ({ number: index + 1, text })))).toEqual([left.length + 3]);
  });

  it('finds a last column too short to be a fifth of the page when its lines stand in a row', () => {
    const left = 'Une ligne de la première colonne, pleine.';
    const right = ['La fin de l’article tient en', 'quatre lignes dans la seconde', 'colonne, sous le haut de la', 'page, puis la colonne finit.'];
    const rows = [...right.map((text) => `${left}   ${text}`), ...Array.from({ length: 26 }, () => left)];
    expect(findColumnStarts(raw(rows.join('\n')))).toEqual([left.length + 3]);
    // The same gaps scattered over the page, one row in three: words a line happened to space
    // widely, no column.
    const scattered = rows.map((text, index) => (index % 3 === 0 && index < 12 ? `${left}   ${right[index / 3]}` : left));
    expect(findColumnStarts(raw(scattered.join('\n')))).toEqual([]);
  });

  it('marks the first line of columns under full-width text as set apart, the measure changing there', () => {
    const left = 'La première colonne du corps, pleine.';
    const page = raw(
      [
        'Un chapeau sur toute la largeur de la page, qui se termine par une phrase entière.',
        ...Array.from({ length: 6 }, (_, index) => `${left}   La seconde colonne, ligne ${index + 1}.`),
      ].join('\n'),
    );
    const reading = readColumns(page, 0, false);
    expect(reading.columnStarts).toHaveLength(1);
    expect(reading.lines[1]).toEqual(expect.objectContaining({ content: left, blankBefore: true }));
    expect(reading.lines[2]?.blankBefore).toBe(false);
  });
});

describe('a short line centred above the columns (pdftotext -layout)', () => {
  // A headline, the writer's name centred under it, two empty rows, then three columns: the name
  // fits inside the middle column's span, and crosses no column start.
  const page = [
    '              Un titre en grands caractères sur la page',
    '                                   Nathalie Guérin',
    '',
    '',
    'Le premier paragraphe ouvre   la suite du texte dans la   et la troisième colonne qui',
    'la première colonne et il     deuxième colonne, qui va    va jusqu’au bout de la',
    'continue sur plusieurs        elle aussi sur plusieurs    page avec des lignes',
    'lignes jusqu’en bas de la     lignes avant de passer à    pleines comme les autres.',
    'colonne sans s’arrêter ni     la dernière colonne de',
    'finir de phrase avant de      la page, à droite de la',
  ].join('\n');

  it('reads it before the columns, as a block of its own, not at the head of the middle column', () => {
    const lines = readColumns(raw(page), 0, false).lines;
    expect(lines.slice(0, 3).map((line) => [line.content, line.blankBefore])).toEqual([
      ['Un titre en grands caractères sur la page', false],
      ['Nathalie Guérin', true],
      ['Le premier paragraphe ouvre', true],
    ]);
  });

  it('leaves a line off the page’s middle in the column it stands in', () => {
    const shifted = page.replace('                                   Nathalie Guérin', '                               Nathalie Guérin');
    const lines = readColumns(raw(shifted), 0, false).lines.map((line) => line.content);
    expect(lines.indexOf('Nathalie Guérin')).toBeGreaterThan(lines.indexOf('colonne sans s’arrêter ni'));
  });
});

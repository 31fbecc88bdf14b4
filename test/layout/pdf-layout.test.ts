/**
 * The PDF layout's decisions one at a time, on pages built by hand (`test/support/pdf-pages.ts`):
 * reading order across columns and pages, running headers and folios, paragraphs from
 * indents, short lines and gaps, roles from type, hyphens across breaks.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf, type PdfLayoutResult } from '../../src/layout/pdf-layout.ts';
import { column, naturalWidth, pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

const lexicon = getFrenchLexicon();

function layout(pages: PlacedLine[][]): PdfLayoutResult {
  return layoutPdf(pdfDocument(pages), { lexicon });
}

function texts(result: PdfLayoutResult, role?: string): string[] {
  return result.blocks.filter((block) => role === undefined || block.role === role).map((block) => block.text);
}

const LEFT = { x: 50, width: 260, leading: 12 } as const;
const RIGHT = { x: 325, width: 260, leading: 12 } as const;

describe('layoutPdf: reading order', () => {
  it('reads two columns one after the other, joining the paragraph and the word cut by the column break', () => {
    const left = column(
      [
        ['Le conseil municipal a voté lundi soir le budget de la', 'ville, après une séance de près de quatre heures.'],
        ['Les élus de l’opposition ont quitté la salle avant la fin', 'des débats, dénonçant une hausse des impôts locaux et', 'une baisse des subventions versées aux associations du gou-'],
      ],
      { ...LEFT, top: 100, indent: 10 },
    );
    const right = column(
      [
        ['vernement local, selon leur président, qui a promis un', 'recours devant le tribunal administratif.'],
        ['Le maire a défendu un texte « responsable ».'],
      ],
      { ...RIGHT, top: 100, indent: 10 },
    );
    // The left column's last line is full and cut by a hyphen; the right column's first line
    // continues the paragraph: it is not indented.
    left.lines[4] = { ...left.lines[4]!, width: LEFT.width };
    right.lines[0] = { ...right.lines[0]!, x: RIGHT.x, width: RIGHT.width };
    const result = layout([[...left.lines, ...right.lines]]);
    expect(texts(result)).toEqual([
      'Le conseil municipal a voté lundi soir le budget de la ville, après une séance de près de quatre heures.',
      'Les élus de l’opposition ont quitté la salle avant la fin des débats, dénonçant une hausse des impôts locaux et une baisse des subventions versées aux associations du gouvernement local, selon leur président, qui a promis un recours devant le tribunal administratif.',
      'Le maire a défendu un texte « responsable ».',
    ]);
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'hyphen-joined', before: 'gou-|vernement', after: 'gouvernement' }));
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'paragraph-joined', reason: 'column-break' }));
    const second = result.blocks[1]!;
    expect(second.page).toBe(1);
    expect(second.box.x).toBe(LEFT.x);
    expect(second.box.width).toBeCloseTo(RIGHT.x + RIGHT.width - LEFT.x, 0);
  });

  it('still finds the columns when their baselines do not line up', () => {
    const left = column([['Premier paragraphe de la colonne de gauche, qui court', 'sur plusieurs lignes avant de finir ici.'], ['Un second paragraphe, à gauche lui aussi, qui se', 'termine sur cette ligne.']], { ...LEFT, top: 100, indent: 10 });
    const right = column([['Le paragraphe de droite commence plus bas que celui', 'de gauche, décalé par un intertitre placé plus haut.']], { ...RIGHT, top: 105.5, indent: 10 });
    const result = layout([[...left.lines, ...right.lines]]);
    expect(texts(result)).toEqual([
      'Premier paragraphe de la colonne de gauche, qui court sur plusieurs lignes avant de finir ici.',
      'Un second paragraphe, à gauche lui aussi, qui se termine sur cette ligne.',
      'Le paragraphe de droite commence plus bas que celui de gauche, décalé par un intertitre placé plus haut.',
    ]);
  });

  it('finds the gutter when a headline’s last line ends inside it, and records the columns read one after the other', () => {
    // The headline's second line stops 4 pt short of the right column: the stretch no row
    // covers is narrower than a gutter, the one only the first headline line crosses is not.
    const first: PlacedLine = { text: 'Le budget adopté dans la douleur après une nuit de débats', x: LEFT.x, y: 50, size: 20, font: 'bold', width: RIGHT.x + RIGHT.width - LEFT.x };
    const second: PlacedLine = { text: 'au conseil municipal', x: LEFT.x, y: 74, size: 20, font: 'bold', width: RIGHT.x - 4 - LEFT.x };
    const left = column(
      [['La séance a commencé par une minute de silence en', 'hommage aux victimes de l’incendie de la semaine', 'dernière, dans le quartier de la gare, puis le maire', 'a présenté les grandes lignes de son projet.']],
      { ...LEFT, top: 110 },
    );
    const right = column(
      [['Puis les débats se sont tendus, et le vote a eu lieu', 'tard dans la soirée, après une longue suspension', 'de séance demandée par l’opposition, qui a dénoncé', 'une hausse des impôts locaux.']],
      // Baselines half a line lower than the left column's: rows of their own.
      { ...RIGHT, top: 116, indent: 10 },
    );
    const result = layout([[first, second, ...left.lines, ...right.lines]]);
    expect(texts(result, 'paragraph')).toEqual([
      'La séance a commencé par une minute de silence en hommage aux victimes de l’incendie de la semaine dernière, dans le quartier de la gare, puis le maire a présenté les grandes lignes de son projet.',
      'Puis les débats se sont tendus, et le vote a eu lieu tard dans la soirée, après une longue suspension de séance demandée par l’opposition, qui a dénoncé une hausse des impôts locaux.',
    ]);
    const reordered = result.repairs.filter((repair) => repair.kind === 'columns-reordered');
    expect(reordered).toHaveLength(1);
    const text = result.text.split('\n');
    expect(text[reordered[0]!.line - 1]).toBe('Puis les débats se sont tendus, et le vote a eu lieu');
    expect(reordered[0]).toMatchObject({ reason: 'gutter' });
    expect(reordered[0]!.evidence).toContain('its first line "Puis les débats se sont tendus, et le vote a eu lieu" follows "a présenté les grandes lignes de son projet."');
    expect(reordered[0]!.evidence).toMatch(/gutter 1[45] pt wide at x 31\d(\.\d)?–32\d(\.\d)? pt has text on its left in 4 rows and on its right in 4; 1 row crosses it .*1 ends inside it/u);
    expect(result.warnings).toEqual([]);
  });

  it('takes for the gutter the stretch with rows on both sides, not the space beside a signature set flush right', () => {
    // The standfirst, a little larger than the body, runs across the gutter; the article's
    // last two lines and its signature, flush right, stand at the head of the right column:
    // the space left of the signature, crossed only by the right column's first line, is
    // emptier than the gutter, but has one row on its right where the gutter has three.
    const headline: PlacedLine = { text: 'Le marché couvert rouvrira au printemps', x: LEFT.x, y: 50, size: 22, font: 'bold' };
    const standfirst = column(
      [['Après deux ans de travaux, les commerçants retrouveront', 'leurs étals en avril, dans une halle rénovée de fond en', 'comble par la commune, qui en a fait son grand chantier.']],
      { x: LEFT.x, width: 300, top: 76, size: 11, leading: 13, font: 'italic' },
    );
    const left = column(
      [
        [
          'La halle, construite en 1898, avait fermé ses portes à', 'l’automne 2024, quand un rapport avait signalé des', 'fissures dans la charpente métallique. Les trente-deux',
          'commerçants s’étaient installés sur le parking voisin,', 'sous des barnums prêtés par la commune, en attendant', 'la fin des travaux, prévue d’abord pour l’été dernier.',
          'Le chantier a pris du retard à cause des intempéries', 'et d’une pénurie de poutres en acier, a expliqué le', 'maire, qui assure que le budget a été tenu malgré tout.',
        ],
        [
          'Les étals seront plus larges, la halle mieux chauffée', 'et éclairée par une verrière refaite à l’identique. Un', 'espace de restauration ouvrira au fond de la halle, et',
          'une fois par mois, un marché de nuit y sera organisé', 'avec des producteurs venus de tout le département, a', 'annoncé l’adjointe au commerce, qui en attend beaucoup',
          'pour la vie du centre-ville, et les commerçants se sont', 'dits soulagés, même si certains redoutent la hausse des', 'loyers annoncée pour l’an prochain par la commune, qui',
        ],
      ],
      { ...LEFT, top: 130, indent: 10 },
    );
    const right = column([['doit encore voter les tarifs des emplacements lors du', 'conseil.']], { ...RIGHT, top: 130 });
    const signature: PlacedLine = { text: 'Claire Martin', x: RIGHT.x + RIGHT.width - 60, y: 160, width: 60, font: 'bold' };
    const result = layout([[headline, ...standfirst.lines, ...left.lines, ...right.lines, signature]]);
    expect(texts(result, 'paragraph')).toEqual([
      left.lines.slice(0, 9).map((line) => line.text).join(' '),
      `${left.lines.slice(9).map((line) => line.text).join(' ')} doit encore voter les tarifs des emplacements lors du conseil.`,
    ]);
    expect(texts(result, 'byline')).toEqual(['Claire Martin']);
    const gutters = result.repairs.filter((repair) => repair.kind === 'columns-reordered' && repair.reason === 'gutter');
    expect(gutters).toHaveLength(1);
    expect(gutters[0]!.evidence).toMatch(/a gutter 1\d pt wide at x 31\d(\.\d)?–32\d(\.\d)? pt has text on its left in 19 rows and on its right in 3/u);
  });

  it('reads an article’s last lines in two columns at the top of its second page, with a warning', () => {
    const pageOne = column(
      [
        ['Le conseil municipal a voté lundi soir le budget de la', 'ville, après une séance de près de quatre heures.'],
        ['Les élus de l’opposition ont quitté la salle avant la fin', 'des débats, dénonçant une hausse des impôts locaux.'],
      ],
      { ...LEFT, top: 100, indent: 10 },
    );
    const pageOneRight = column([['Le maire a défendu un texte « responsable » et promis', 'de revenir sur la question à la rentrée prochaine.']], { ...RIGHT, top: 100, indent: 10 });
    const left = column([['Le vote final aura lieu en mars, après une consul-', 'tation des habitants organisée dans chaque quartier', 'de la ville pendant tout le mois de février, avec']], { ...LEFT, top: 100, indent: 10 });
    const right = column([['des réunions publiques et un registre en mairie.', 'Les associations y sont invitées.']], { ...RIGHT, top: 100 });
    left.lines[0] = { ...left.lines[0]!, width: LEFT.width - 10 };
    left.lines[1] = { ...left.lines[1]!, width: LEFT.width };
    left.lines[2] = { ...left.lines[2]!, width: LEFT.width };
    right.lines[0] = { ...right.lines[0]!, width: RIGHT.width };
    const result = layout([[...pageOne.lines, ...pageOneRight.lines], [...left.lines, ...right.lines]]);
    expect(texts(result).at(-1)).toBe(
      'Le vote final aura lieu en mars, après une consultation des habitants organisée dans chaque quartier de la ville pendant tout le mois de février, avec des réunions publiques et un registre en mairie. Les associations y sont invitées.',
    );
    const secondPage = result.repairs.filter((repair) => repair.kind === 'columns-reordered' && /^page 2:/u.test(repair.evidence ?? ''));
    expect(secondPage).toHaveLength(1);
    expect(secondPage[0]!.evidence).toContain('no row crosses it');
    expect(result.warnings).toEqual([expect.objectContaining({ rule: 'layout/columns-from-few-lines', line: secondPage[0]!.line })]);
    expect(result.warnings[0]!.message).toMatch(/^Page 2 holds only 3 rows of text/u);
  });

  it('reads a second page of two rows in the columns of the first: the left column two lines, the right one', () => {
    const pageOne = column(
      [
        ['Le conseil municipal a voté lundi soir le budget de la', 'ville, après une séance de près de quatre heures.'],
        ['Les élus de l’opposition ont quitté la salle avant la fin', 'des débats, dénonçant une hausse des impôts locaux.'],
      ],
      { ...LEFT, top: 100, indent: 10 },
    );
    const pageOneRight = column([['Le maire a défendu un texte « responsable » et promis', 'de revenir sur la question à la rentrée prochaine.']], { ...RIGHT, top: 100, indent: 10 });
    // A page's own rows show no columns here (two rows, three lines): the first page's gutter does.
    const left = column([['Ils seront reçus par le préfet le 14 avril, puis le', 'conseil votera. Une enquête publique doit ensuite s’ou-']], { ...LEFT, top: 100, indent: 10 });
    const right = column([['vrir en mai, pour six semaines.']], { ...RIGHT, top: 100 });
    const result = layout([[...pageOne.lines, ...pageOneRight.lines], [...left.lines, ...right.lines]]);
    expect(texts(result).slice(-2)).toEqual([
      'Le maire a défendu un texte « responsable » et promis de revenir sur la question à la rentrée prochaine.',
      'Ils seront reçus par le préfet le 14 avril, puis le conseil votera. Une enquête publique doit ensuite s’ouvrir en mai, pour six semaines.',
    ]);
    expect(result.repairs.filter((repair) => repair.kind === 'columns-reordered' && /^page 2:/u.test(repair.evidence ?? ''))).toHaveLength(1);
  });

  it('reads the columns above a row set across them before it, and records where that band ends', () => {
    // Four lines a column: the rows at the page's edges are followed by no wider gap than a
    // line's, so none is taken for a running header.
    const above = column([['Le conseil municipal a voté lundi soir le budget de la', 'ville, après une séance de près de quatre heures et', 'demie, marquée par de nombreuses interruptions', 'du public venu en nombre.']], { ...LEFT, top: 100 });
    const aboveRight = column([['Les élus de l’opposition ont quitté la salle avant la fin', 'des débats, dénonçant une hausse des impôts locaux', 'et une baisse des subventions versées aux clubs', 'sportifs de la ville.']], { ...RIGHT, top: 100, indent: 10 });
    const caption: PlacedLine = { text: 'La salle du conseil municipal, lundi soir, pendant le vote du budget de la ville.', x: LEFT.x, y: 148, size: 8, font: 'italic', width: RIGHT.x + RIGHT.width - LEFT.x };
    const below = column([['Le maire a défendu un texte « responsable » et promis', 'de revenir sur la question à la rentrée prochaine,', 'lors d’une séance consacrée aux seuls investissements', 'de la ville.']], { ...LEFT, top: 162, indent: 10 });
    const belowRight = column([['Le vote final aura lieu en mars, après une consultation', 'des habitants organisée dans chaque quartier de la', 'ville pendant tout le mois de février, avec des', 'réunions publiques.']], { ...RIGHT, top: 162, indent: 10 });
    const result = layout([[...above.lines, ...aboveRight.lines, caption, ...below.lines, ...belowRight.lines]]);
    expect(result.text.split('\n')).toEqual([
      ...above.lines.map((line) => line.text),
      ...aboveRight.lines.map((line) => line.text),
      caption.text,
      ...below.lines.map((line) => line.text),
      ...belowRight.lines.map((line) => line.text),
    ]);
    const bands = result.repairs.filter((repair) => repair.kind === 'columns-reordered' && repair.reason === 'band');
    expect(bands).toEqual([
      {
        kind: 'columns-reordered',
        line: 9,
        reason: 'band',
        evidence: 'page 1: "La salle du conseil municipal, lundi soir, pendant le vote du budget de la ville." crosses the gutter at x 310–325 pt below columns: they end that band, whose columns are read before them',
      },
    ]);
    expect(result.repairs.filter((repair) => repair.kind === 'columns-reordered' && repair.reason === 'gutter').map((repair) => repair.line)).toEqual([5, 14]);
  });

  it('warns when a page read as one column has many rows leaving the same stretch empty', () => {
    // Rows in two halves alternate with rows across the page: too many cross the stretch
    // for a gutter, but half of the rows leave it empty between two pieces of text.
    const lines: PlacedLine[] = [];
    for (let row = 0; row < 8; row += 1) {
      const y = 100 + row * 12;
      if (row % 2 === 0) {
        lines.push({ text: 'Une ligne qui court sur toute la largeur de la page, sans interruption.', x: LEFT.x, y, width: RIGHT.x + RIGHT.width - LEFT.x });
      } else {
        lines.push({ text: 'Une moitié de ligne à gauche,', x: LEFT.x, y, width: LEFT.width }, { text: 'une autre moitié à droite.', x: RIGHT.x, y, width: RIGHT.width });
      }
    }
    const result = layout([lines]);
    expect(result.repairs.filter((repair) => repair.kind === 'columns-reordered')).toEqual([]);
    expect(result.warnings).toContainEqual(expect.objectContaining({ rule: 'layout/columns-doubtful', line: 1 }));
    const warning = result.warnings.find((each) => each.rule === 'layout/columns-doubtful');
    expect(warning?.message).toBe('Page 1 was read as one column, but 4 of its 8 rows leave x 310–325 pt empty between two pieces of text; if it holds columns, their lines are read across them, row by row.');
  });

  it('reads a headline across the columns before them', () => {
    const headline: PlacedLine = { text: 'Le budget adopté dans la douleur', x: LEFT.x, y: 60, size: 20, font: 'bold', width: 400 };
    const left = column([['La séance a commencé par une minute de silence en', 'hommage aux victimes de l’incendie de la semaine', 'dernière, dans le quartier de la gare.']], { ...LEFT, top: 100 });
    const right = column([['Puis les débats se sont tendus, et le vote a eu lieu', 'tard dans la soirée, après une longue suspension', 'de séance demandée par l’opposition.']], { ...RIGHT, top: 100, indent: 10 });
    const result = layout([[headline, ...left.lines, ...right.lines]]);
    expect(result.blocks.map((block) => [block.role, block.text])).toEqual([
      ['headline', 'Le budget adopté dans la douleur'],
      ['paragraph', 'La séance a commencé par une minute de silence en hommage aux victimes de l’incendie de la semaine dernière, dans le quartier de la gare.'],
      ['paragraph', 'Puis les débats se sont tendus, et le vote a eu lieu tard dans la soirée, après une longue suspension de séance demandée par l’opposition.'],
    ]);
  });

  it('reads a byline in the body type above the columns as the byline, and the dateline after it', () => {
    const headline: PlacedLine = { text: 'Le budget adopté dans la douleur', x: LEFT.x, y: 60, size: 20, font: 'bold', width: 400 };
    const byline: PlacedLine = { text: 'Par Hélène Marchetti', x: LEFT.x, y: 85, size: 10, width: 90 };
    const left = column([['GRENOBLE — La séance a commencé par une minute de', 'silence en hommage aux victimes de l’incendie de la', 'semaine dernière, dans le quartier de la gare.']], { ...LEFT, top: 110 });
    const right = column([['Puis les débats se sont tendus, et le vote a eu lieu', 'tard dans la soirée, après une longue suspension', 'de séance demandée par l’opposition.']], { ...RIGHT, top: 110, indent: 10 });
    const result = layout([[headline, byline, ...left.lines, ...right.lines]]);
    expect(result.blocks.map((block) => [block.role, block.text])).toEqual([
      ['headline', 'Le budget adopté dans la douleur'],
      ['byline', 'Par Hélène Marchetti'],
      ['dateline', 'GRENOBLE —'],
      ['paragraph', 'La séance a commencé par une minute de silence en hommage aux victimes de l’incendie de la semaine dernière, dans le quartier de la gare.'],
      ['paragraph', 'Puis les débats se sont tendus, et le vote a eu lieu tard dans la soirée, après une longue suspension de séance demandée par l’opposition.'],
    ]);
  });

  it('reads an interview’s byline in the body’s size, set as the first column’s first line and as wide, as the byline', () => {
    const headline: PlacedLine = { text: 'Les volcans ne sont pas éteints', x: LEFT.x, y: 60, size: 20, font: 'bold', width: 400 };
    // `Propos recueillis par …` in another face of the body's size, as wide as the column by chance.
    const byline: PlacedLine = { text: 'Propos recueillis par Antoine Roussel', x: LEFT.x, y: 88, width: LEFT.width };
    const left = column([['Votre étude a fait grand bruit. Faut-il s’inquiéter', 'd’une éruption dans la chaîne des Puys ?'], ['Non, pas à court terme. Ce que nous montrons, c’est', 'qu’il existe une zone de roche partiellement fondue.']], { ...LEFT, top: 110 });
    const right = column([['Comment l’avez-vous découvert ?'], ['Grâce à un réseau de 74 sismomètres installés pendant', 'deux ans entre Volvic et le lac Pavin.']], { ...RIGHT, top: 88 });
    const result = layout([[headline, byline, ...left.lines, ...right.lines]]);
    expect(result.blocks.slice(0, 3).map((block) => [block.role, block.text])).toEqual([
      ['headline', 'Les volcans ne sont pas éteints'],
      ['byline', 'Propos recueillis par Antoine Roussel'],
      ['paragraph', 'Votre étude a fait grand bruit. Faut-il s’inquiéter d’une éruption dans la chaîne des Puys ?'],
    ]);
  });

  it('ends a paragraph where a column ending a sentence stops lines above the foot of the column read next', () => {
    const third = { x: 50, width: 160, leading: 11 } as const;
    // Parallel columns filled paragraph by paragraph (paracol): the second column's last line
    // is full, but the column stops four lines above the third's foot.
    const first = column([['Le projet a été présenté lundi aux élus du', 'conseil départemental, qui l’ont adopté à', 'une large majorité après un long débat', 'sur son coût et sur son calendrier.']], { ...third, top: 100 });
    const second = column([['Que se passerait-il si le volcan se réveillait ?']], { ...third, x: 225, top: 100 });
    second.lines[0] = { ...second.lines[0]!, width: third.width };
    const next = column([['Il préviendrait, très probablement, des mois', 'voire des années à l’avance : des séismes, un', 'gonflement du sol, des émanations de gaz. C’est', 'pourquoi la surveillance est essentielle.']], { ...third, x: 400, top: 100 });
    const headline: PlacedLine = { text: 'Les volcans dorment', x: 50, y: 60, size: 20, font: 'bold' };
    const result = layout([[headline, ...first.lines, ...second.lines, ...next.lines]]);
    expect(texts(result, 'paragraph')).toEqual([
      'Le projet a été présenté lundi aux élus du conseil départemental, qui l’ont adopté à une large majorité après un long débat sur son coût et sur son calendrier.',
      'Que se passerait-il si le volcan se réveillait ?',
      'Il préviendrait, très probablement, des mois voire des années à l’avance : des séismes, un gonflement du sol, des émanations de gaz. C’est pourquoi la surveillance est essentielle.',
    ]);
  });

  it('keeps an italic byline apart from the italic standfirst across the page, and measures the column by the body alone', () => {
    // The shape of a groff -ms page whose body fills its first column only: the standfirst, in
    // the body's size but in italics, runs across the page, wider than the column.
    const headline: PlacedLine = { text: 'Les bibliothèques ouvrent le dimanche', x: 150, y: 60, size: 14, font: 'bold', width: 260 };
    const byline: PlacedLine = { text: 'Par Claire Vasseur', x: 250, y: 85, size: 10, font: 'italic', width: 80 };
    const standfirst: PlacedLine[] = [
      { text: 'La municipalité teste, à partir du 4 janvier, l’ouverture dominicale de trois médiathèques. Les syndicats récla-', x: LEFT.x, y: 105, size: 10, font: 'italic', width: 535 },
      { text: 'ment des garanties.', x: LEFT.x, y: 117, size: 10, font: 'italic', width: 80 },
    ];
    const body = column(
      [
        ['Le conseil municipal a voté lundi soir, par 41 voix', 'contre 12, l’ouverture le dimanche de trois salles.'],
        ['Les syndicats du personnel restent prudents.', 'La CGT demande que le travail dominical reste fondé', 'sur le volontariat et qu’il soit payé double.'],
        ['Le bilan sera présenté au conseil en juillet.'],
      ],
      { ...LEFT, top: 140, indent: 10 },
    ).lines;
    // Justified: every line but a paragraph's last reaches the column's right edge.
    const justified = body.map((line) => (['voix', 'prudents.', 'fondé'].some((end) => line.text.endsWith(end)) ? { ...line, width: LEFT.x + LEFT.width - line.x } : line));
    const result = layout([[headline, byline, ...standfirst, ...justified]]);
    expect(result.blocks.map((block) => [block.role, block.text])).toEqual([
      ['headline', 'Les bibliothèques ouvrent le dimanche'],
      ['byline', 'Par Claire Vasseur'],
      ['standfirst', 'La municipalité teste, à partir du 4 janvier, l’ouverture dominicale de trois médiathèques. Les syndicats réclament des garanties.'],
      ['paragraph', 'Le conseil municipal a voté lundi soir, par 41 voix contre 12, l’ouverture le dimanche de trois salles.'],
      ['paragraph', 'Les syndicats du personnel restent prudents. La CGT demande que le travail dominical reste fondé sur le volontariat et qu’il soit payé double.'],
      ['paragraph', 'Le bilan sera présenté au conseil en juillet.'],
    ]);
  });

  it('does not take word spaces lined up in a few loose lines for a gutter', () => {
    const tight = column(
      [['Le conseil municipal a adopté lundi soir le budget de la', 'ville pour l’année prochaine, après une séance de près', 'de quatre heures marquée par de vifs échanges entre la', 'majorité et l’opposition, qui a dénoncé une hausse des']],
      { ...LEFT, top: 100 },
    );
    const full = tight.lines.map((line) => ({ ...line, width: LEFT.width }));
    // Three loose lines whose wide word spaces line up at the same place.
    const loose: PlacedLine[] = [];
    for (const [row, [first, second]] of [['impôts locaux', 'jugée inutile.'], ['Le maire a', 'défendu un'], ['texte qu’il', 'dit juste.']].entries()) {
      loose.push({ text: first!, x: LEFT.x, y: 148 + row * 12, width: 90 }, { text: second!, x: LEFT.x + 110, y: 148 + row * 12, width: row === 2 ? 60 : 150 });
    }
    const result = layout([[...full, ...loose]]);
    expect(texts(result)).toEqual([
      'Le conseil municipal a adopté lundi soir le budget de la ville pour l’année prochaine, après une séance de près de quatre heures marquée par de vifs échanges entre la majorité et l’opposition, qui a dénoncé une hausse des impôts locaux jugée inutile. Le maire a défendu un texte qu’il dit juste.',
    ]);
  });
});

describe('layoutPdf: page furniture', () => {
  const header = (page: number): PlacedLine[] => [
    { text: 'La Gazette de l’Est', x: 50, y: 40, size: 9 },
    { text: `Jeudi 12 février 2026`, x: 455, y: 40, size: 9 },
  ];
  const folio = (page: number): PlacedLine => ({ text: String(page + 11), x: 290, y: 800, size: 9 });

  it('drops a one-page article\'s running header set under a folio alone at the page\'s top', () => {
    const body = column(
      [
        ['Les salariés de l’usine ont appris la nouvelle par un', 'courriel envoyé tard dans la soirée.'],
        ['Les syndicats ont appelé à la grève dès lundi matin.'],
      ],
      { x: 50, width: 495, top: 100, indent: 10 },
    );
    const result = layout([[{ text: 'Page 18', x: 50, y: 20, size: 9 }, ...header(1).map((line) => ({ ...line, y: 46 })), ...body.lines]]);
    expect(texts(result)).toEqual(['Les salariés de l’usine ont appris la nouvelle par un courriel envoyé tard dans la soirée.', 'Les syndicats ont appelé à la grève dès lundi matin.']);
    expect(result.repairs.filter((repair) => repair.kind === 'page-furniture-removed').map((repair) => repair.reason)).toEqual(['folio', 'running-header']);
  });

  it('drops a printout\'s header whose folio is set apart at its end, its parts close together on a page printed small', () => {
    const body = column([['Les salariés de l’usine ont appris la nouvelle par un', 'courriel envoyé tard dans la soirée.']], { x: 30, width: 250, top: 58 });
    const head: PlacedLine[] = [
      { text: 'Le Journal des Coteaux', x: 33, y: 44, size: 8.8, font: 'bold' },
      { text: 'Monde et Europe', x: 140, y: 44, size: 8.8, font: 'bold' },
      { text: 'Page 1/1', x: 222, y: 44, size: 8.8, font: 'bold' },
    ];
    const result = layout([[...head, ...body.lines, ...column([['Les syndicats ont appelé à la grève.']], { x: 30, width: 250, top: body.next + 12, indent: 10 }).lines]]);
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', reason: 'running-header', before: 'Le Journal des Coteaux Monde et Europe Page 1/1' }));
    expect(texts(result).join(' ')).not.toContain('Coteaux');
  });

  it('drops running headers and folios, records them, and joins the paragraph and the word cut by the page break', () => {
    const first = column(
      [
        ['Les salariés de l’usine ont appris la nouvelle par un', 'courriel envoyé tard dans la soirée.'],
        ['La direction invoque une baisse durable des commandes', 'et la concurrence des sites étrangers, plus rentables selon'],
      ],
      { x: 50, width: 495, top: 100, indent: 10 },
    );
    first.lines[3] = { ...first.lines[3]!, width: 495 };
    // The paragraph runs on to the next page, its last word cut by the page break.
    const cut: PlacedLine = { text: 'elle, qui promet un plan d’accompagnement aux sala-', x: 50, y: first.next, width: 495 };
    const second = column([['riés, sans en préciser le contenu.'], ['Les syndicats ont appelé à la grève.']], { x: 50, width: 495, top: 100, indent: 10 });
    second.lines[0] = { ...second.lines[0]!, x: 50 };
    const result = layout([
      [...header(1), ...first.lines, cut, folio(1)],
      [...header(2), ...second.lines, folio(2)],
    ]);
    expect(texts(result)).toEqual([
      'Les salariés de l’usine ont appris la nouvelle par un courriel envoyé tard dans la soirée.',
      'La direction invoque une baisse durable des commandes et la concurrence des sites étrangers, plus rentables selon elle, qui promet un plan d’accompagnement aux salariés, sans en préciser le contenu.',
      'Les syndicats ont appelé à la grève.',
    ]);
    const removed = result.repairs.filter((repair) => repair.kind === 'page-furniture-removed');
    expect(removed.map((repair) => [repair.before, repair.reason])).toEqual([
      ['La Gazette de l’Est Jeudi 12 février 2026', 'running-header'],
      ['12', 'folio'],
      ['La Gazette de l’Est Jeudi 12 février 2026', 'running-header'],
      ['13', 'folio'],
    ]);
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'hyphen-joined', before: 'sala-|riés' }));
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'paragraph-joined', reason: 'page-break' }));
    const runsOver = result.blocks[1]!;
    expect([runsOver.page, runsOver.endPage]).toEqual([1, 2]);
    // Line numbers count every text line in reading order, furniture included.
    expect(result.text.split('\n')[0]).toBe('La Gazette de l’Est Jeudi 12 février 2026');
  });

  it('drops the folio of a one-page article, between ornaments or beside the paper’s name, at the page’s foot', () => {
    const headline: PlacedLine = { text: 'Le maire démissionne', x: 50, y: 80, size: 20, font: 'bold' };
    const body = column([['Le maire a annoncé sa démission lundi, à la surprise', 'générale, lors du conseil municipal.'], ['Il reste en fonction jusqu’à l’élection de son successeur.']], { x: 50, width: 495, top: 110, indent: 10 });
    const signature: PlacedLine = { text: 'Jean Dupont', x: 545 - naturalWidth('Jean Dupont'), y: body.next + 4, font: 'italic' };
    for (const foot of ['• 7 •', '[ 18 ]', '6 | Le Journal de la Saône', '28 — Le Républicain franc-comtois']) {
      const result = layout([[headline, ...body.lines, signature, { text: foot, x: 250, y: 800, size: 9 }]]);
      expect(result.repairs, foot).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', before: foot, reason: 'folio' }));
      // With the folio gone, the name in italics closing the article is its signature, not a caption.
      expect(result.blocks.map((block) => block.role), foot).toEqual(['headline', 'paragraph', 'paragraph', 'byline']);
    }
  });

  it('drops a header or folio set in smaller type than the body as a page’s very first or last row, with no gap', () => {
    const kicker: PlacedLine = { text: 'Monde', x: 50, y: 52, size: 11, font: 'bold' };
    const headline: PlacedLine = { text: 'Le maire démissionne', x: 50, y: 80, size: 20, font: 'bold' };
    const body = column([['Le maire a annoncé sa démission lundi, à la surprise', 'générale, lors du conseil municipal.'], ['Il reste en fonction jusqu’à l’élection de son successeur.']], { x: 50, width: 495, top: 110, indent: 10 });
    // A line under the kicker's: no gap sets either row apart.
    for (const top of ['La Gazette du Val · Culture · samedi 5 décembre 2026', '5 |']) {
      const result = layout([[{ text: top, x: 50, y: 40, size: 7 }, kicker, headline, ...body.lines]]);
      expect(result.repairs, top).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', before: top }));
      expect(result.blocks[0], top).toMatchObject({ role: 'kicker', text: 'Monde' });
    }
    // In the body's size, a date may be the article's: kept. A number beside a rule is a folio
    // by its shape (the folio test shared with the text paths), whatever its size.
    const dated = layout([[{ text: 'Samedi 5 décembre 2026', x: 50, y: 40, size: 10 }, kicker, headline, ...body.lines]]);
    expect(dated.repairs.some((repair) => repair.kind === 'page-furniture-removed')).toBe(false);
    const numbered = layout([[{ text: '5 |', x: 50, y: 40, size: 10 }, kicker, headline, ...body.lines]]);
    expect(numbered.repairs).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', before: '5 |', reason: 'folio' }));
    // And a caption's sentence closing the page, a date in it, is no footer.
    const caption = 'Le maire quittant la mairie samedi 5 décembre 2026 au soir.';
    const closing = layout([[kicker, headline, ...body.lines, { text: caption, x: 50, y: body.next + 2, size: 8, font: 'italic' }]]);
    expect(closing.repairs.some((repair) => repair.kind === 'page-furniture-removed')).toBe(false);
    expect(texts(closing, 'caption')).toEqual([caption]);
  });

  it('keeps two captions set side by side at a page’s foot whole: their last lines, on one row spread across the page, go on from the lines above them', () => {
    const headline: PlacedLine = { text: 'Le musée rouvre ses portes', x: 50, y: 60, size: 20, font: 'bold' };
    const left = column(
      [['Les échafaudages ont disparu de la place depuis', 'la fin de l’automne, et les collections ont repris', 'leur place dans les salles du premier étage.'], ['Le chantier a coûté 9,6 millions d’euros, pris en', 'charge par la ville, la région et le département.']],
      { ...LEFT, top: 100, indent: 12 },
    );
    const right = column(
      [['Le musée sera ouvert du mardi au dimanche, de', '10 heures à 18 heures, avec un tarif de 6 euros.'], ['L’entrée reste gratuite le premier dimanche du', 'mois et pour les moins de 26 ans, toute l’année.']],
      { ...RIGHT, top: 100, indent: 12 },
    );
    // A picture at the foot of each column, its caption in two lines under it, the second lines
    // short, on one row: the first lines end mid-sentence, the second ones go on from them.
    const y = left.next + 200;
    const captions: PlacedLine[] = [
      { text: 'La nouvelle aile, en béton clair et en bois, donne sur', x: LEFT.x, y, size: 8, font: 'italic', width: LEFT.width },
      { text: 'le jardin.', x: LEFT.x, y: y + 9.6, size: 8, font: 'italic' },
      { text: 'Le grand tableau, restauré l’an dernier, est présenté pour', x: RIGHT.x, y, size: 8, font: 'italic', width: RIGHT.width },
      { text: 'la première fois.', x: RIGHT.x, y: y + 9.6, size: 8, font: 'italic' },
    ];
    const body = { lines: [...left.lines, ...right.lines] };
    const result = layout([[headline, ...body.lines, ...captions]]);
    expect(texts(result, 'caption')).toEqual(['La nouvelle aile, en béton clair et en bois, donne sur le jardin.', 'Le grand tableau, restauré l’an dernier, est présenté pour la première fois.']);
    expect(result.repairs.some((repair) => repair.kind === 'page-furniture-removed')).toBe(false);
    // A footer in parts under captions that end their sentences is still a footer.
    const ended = captions.map((line, index) => (index === 0 ? { ...line, text: 'La nouvelle aile, en béton clair et en bois, au jardin.' } : index === 2 ? { ...line, text: 'Le grand tableau, restauré l’an dernier, est présenté.' } : line));
    const footer = layout([[headline, ...body.lines, ended[0]!, ended[2]!, { text: 'Le Courrier', x: LEFT.x, y: y + 9.6, size: 8, font: 'italic' }, { text: 'Culture', x: RIGHT.x, y: y + 9.6, size: 8, font: 'italic' }]]);
    expect(footer.repairs).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', before: 'Le Courrier Culture', reason: 'running-header' }));
  });

  it('drops a folio set just above a repeated running footer, with no gap between them, and footers of two pages printed side by side', () => {
    const headline: PlacedLine = { text: 'Le maire démissionne', x: 50, y: 80, size: 20, font: 'bold' };
    const body = column(
      [['Le maire a annoncé sa démission lundi, à la surprise', 'générale, lors du conseil municipal, devant une salle'], ['comble et silencieuse.']],
      { x: 50, width: 495, top: 110, indent: 10 },
    );
    const second = column([['Il reste en fonction jusqu’à l’élection de son successeur.']], { x: 50, width: 495, top: 60, indent: 10 });
    const footer = 'Le Courrier · Actualité · mardi 1er décembre 2026';
    const foot = (folio: string): PlacedLine[] => [
      { text: folio, x: 290, y: 792, size: 8 },
      { text: footer, x: 50, y: 800, size: 8 },
    ];
    const result = layout([[headline, ...body.lines, ...foot('[27]')], [...second.lines, ...foot('[28]')]]);
    expect(result.repairs.filter((repair) => repair.kind === 'page-furniture-removed').map((repair) => repair.before)).toEqual(['[27]', footer, '[28]', footer]);
    expect(texts(result, 'paragraph')).toHaveLength(2);

    // Two pages on one sheet: each one's footer, its date and folio, on one row across the sheet.
    const sheet = 'Le Courrier du Val Le monde mardi 1er décembre 2026 - 3 - mardi 1er décembre 2026 - 4 - Le monde Le Courrier du Val de Saône';
    const twoUp = layout([[headline, ...body.lines, { text: sheet, x: 50, y: 830, size: 6 }]]);
    expect(twoUp.repairs).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', before: sheet, reason: 'running-header' }));
  });

  it('keeps a short line at the top that is neither repeated, nor a folio, nor a dated header', () => {
    const kicker: PlacedLine = { text: 'POLITIQUE', x: 50, y: 40, size: 9, font: 'bold' };
    const headline: PlacedLine = { text: 'Le maire démissionne', x: 50, y: 80, size: 20, font: 'bold' };
    const body = column([['Le maire a annoncé sa démission lundi, à la surprise', 'générale, lors du conseil municipal.'], ['Il reste en fonction jusqu’à l’élection de son successeur.']], { x: 50, width: 495, top: 110, indent: 10 });
    const result = layout([[kicker, headline, ...body.lines]]);
    expect(result.blocks[0]).toMatchObject({ role: 'kicker', text: 'POLITIQUE' });
    expect(result.repairs.some((repair) => repair.kind === 'page-furniture-removed')).toBe(false);
  });
});

describe('layoutPdf: paragraphs', () => {
  const text = [
    ['La première phrase du paragraphe occupe toute la', 'largeur de la colonne et finit ici.'],
    ['Le deuxième paragraphe commence sur la ligne suivante', 'et se termine par une ligne courte.'],
    ['Un troisième pour finir.'],
  ];
  const expected = text.map((paragraph) => paragraph.join(' '));

  it('in a text whose paragraphs are set apart by a space, does not cut after a short line ending a sentence with none after it', () => {
    // Ragged lines, each as long as its words: a paragraph space (6 pt) after each paragraph.
    const ragged = (paragraphs: string[][], space: number): PlacedLine[] => {
      const lines: PlacedLine[] = [];
      let y = 100;
      for (const paragraph of paragraphs) {
        for (const text of paragraph) {
          lines.push({ text, x: 50, y });
          y += 12;
        }
        y += space;
      }
      return lines;
    };
    const paragraphs = [
      ['La médiathèque ouvrira ses portes chaque dimanche', 'de 13 h à 18 h, dès le mois de mars.', 'L’annonce a été faite lundi par l’adjointe chargée', 'de la culture, lors du conseil municipal.'],
      ['L’essai mené à l’automne avait attiré près de deux', 'mille visiteurs en huit dimanches, des familles surtout.'],
      ['Le personnel sera payé en heures supplémentaires, sur', 'la base du volontariat, a précisé la mairie.'],
    ];
    const joined = paragraphs.map((paragraph) => paragraph.join(' '));
    const spacedResult = layout([ragged(paragraphs, 6)]);
    expect(texts(spacedResult)).toEqual(joined);
    expect(spacedResult.repairs).toContainEqual(expect.objectContaining({ kind: 'paragraph-joined', reason: 'spaced-paragraphs', line: 2 }));
    // With no space between paragraphs, the line ending a sentence a fifth of the column short ends one.
    expect(texts(layout([ragged(paragraphs, 0)])).slice(0, 2)).toEqual([
      'La médiathèque ouvrira ses portes chaque dimanche de 13 h à 18 h, dès le mois de mars.',
      'L’annonce a été faite lundi par l’adjointe chargée de la culture, lors du conseil municipal.',
    ]);
  });

  it('cuts at first-line indents', () => {
    const lines = column(text, { ...LEFT, top: 100, indent: 10 }).lines;
    // Full last lines: only the indents tell where paragraphs start.
    const full = lines.map((line) => ({ ...line, width: LEFT.x + LEFT.width - line.x }));
    expect(texts(layout([full]))).toEqual(expected);
  });

  it('cuts after the short last line of a justified paragraph, with no indent', () => {
    expect(texts(layout([column(text, { ...LEFT, top: 100 }).lines]))).toEqual(expected);
  });

  it('cuts at the space between paragraphs, even after a full last line', () => {
    const lines = column(text, { ...LEFT, top: 100, paragraphSpace: 4 }).lines;
    const full = lines.map((line) => ({ ...line, width: LEFT.x + LEFT.width - line.x }));
    expect(texts(layout([full]))).toEqual(expected);
  });

  it('cuts between one-line paragraphs a paragraph space apart, in a column that holds nothing else (a results box)', () => {
    // The left column: results, one a line, each a paragraph with space between; nearly as
    // long as each other, so no line is short beside the longest. The right column: paragraphs
    // of several lines show the body's leading.
    const results = column(
      [['Soyaux-Angoulême - Cognac : 31-12.'], ['Nevers - Périgueux : 17-20.'], ['Limoges - Tulle - Brive : 24-24.'], ['Rochefort - Bergerac : 9-15.']],
      { ...LEFT, top: 100, paragraphSpace: 8 },
    ).lines;
    const story = column(
      [
        ['Le demi d’ouverture de Périgueux a inscrit quinze des', 'vingt points de son équipe à Nevers, dont la pénalité', 'de la gagne à la dernière minute du match.'],
        ['« On savait qu’on ne gagnerait pas au jeu », a-t-il', 'reconnu après la rencontre, devant les caméras.'],
      ],
      { ...RIGHT, top: 120, paragraphSpace: 8 },
    ).lines;
    const intertitle: PlacedLine = { text: 'L’homme du week-end', x: RIGHT.x, y: 100, font: 'bold' };
    expect(texts(layout([[...results, intertitle, ...story]]))).toEqual([
      'Soyaux-Angoulême - Cognac : 31-12.',
      'Nevers - Périgueux : 17-20.',
      'Limoges - Tulle - Brive : 24-24.',
      'Rochefort - Bergerac : 9-15.',
      'L’homme du week-end',
      'Le demi d’ouverture de Périgueux a inscrit quinze des vingt points de son équipe à Nevers, dont la pénalité de la gagne à la dernière minute du match.',
      '« On savait qu’on ne gagnerait pas au jeu », a-t-il reconnu après la rencontre, devant les caméras.',
    ]);
  });

  it('does not cut where a line ending no sentence stops short, when the next opens in lower case (text wrapped around a picture)', () => {
    const headline: PlacedLine = { text: 'Le budget est voté', x: LEFT.x, y: 70, size: 20, font: 'bold' };
    const lines = column(
      [
        ['La séance a commencé par une minute de silence, puis', 'le maire a présenté son projet.'],
        ['Le conseil a voté le budget lundi soir, après un débat', 'de quatre heures et une longue suspension de séance', 'demandée par l’opposition.'],
        ['L’opposition a dénoncé une hausse des impôts, et le', 'maire a promis de revoir sa copie avant l’été, sans', 'donner de date.'],
      ],
      { ...LEFT, top: 100 },
    ).lines;
    // A picture's wrap stops the second paragraph's first line 40 pt short, and pushes the
    // next line below the picture and its caption: no short last line ends the paragraph.
    lines[2] = { ...lines[2]!, width: LEFT.width - 40 };
    for (const line of lines.slice(3)) line.y += 100;
    const caption: PlacedLine = { text: 'La salle du conseil, lundi soir.', x: LEFT.x, y: lines[2]!.y + 90, size: 8, font: 'italic' };
    expect(texts(layout([[headline, ...lines, caption]]), 'paragraph')).toEqual([
      'La séance a commencé par une minute de silence, puis le maire a présenté son projet.',
      'Le conseil a voté le budget lundi soir, après un débat de quatre heures et une longue suspension de séance demandée par l’opposition.',
      'L’opposition a dénoncé une hausse des impôts, et le maire a promis de revoir sa copie avant l’été, sans donner de date.',
    ]);
  });

  it('does not cut after a line ending on a word a little short of the edge, in a ragged column that looks justified', () => {
    const lines = column(
      [
        ['Dans la Grande-Rue, les commerçants font grise mine.', 'Une partie de leur clientèle venait à pied par le', 'pont. « J’ai perdu un tiers de mon chiffre », estime', 'Thierry Chomarat, fromager installé depuis vingt', 'ans face à la place Jean-Jaurès.'],
        ['La chambre de commerce a ouvert une cellule d’écoute.'],
      ],
      { ...LEFT, top: 100 },
    ).lines;
    // Ragged right: lines stop up to a word short of the edge; most come within 1.5 pt of it.
    const ends = [LEFT.width - 1, LEFT.width - 1.5, LEFT.width - 8, LEFT.width - 0.5];
    ends.forEach((width, index) => (lines[index] = { ...lines[index]!, width }));
    expect(texts(layout([lines]))).toEqual([
      'Dans la Grande-Rue, les commerçants font grise mine. Une partie de leur clientèle venait à pied par le pont. « J’ai perdu un tiers de mon chiffre », estime Thierry Chomarat, fromager installé depuis vingt ans face à la place Jean-Jaurès.',
      'La chambre de commerce a ouvert une cellule d’écoute.',
    ]);
  });

  it('does not cut a justified paragraph at a full line ending a sentence', () => {
    const lines = column([['Une phrase finit au bout de la ligne justifiée.', 'La suivante continue le même paragraphe sans retrait', 'et finit ici.']], { ...LEFT, top: 100 }).lines;
    expect(texts(layout([lines]))).toEqual(['Une phrase finit au bout de la ligne justifiée. La suivante continue le même paragraphe sans retrait et finit ici.']);
  });
});

describe('layoutPdf: roles from type', () => {
  it('on a page in one size, cuts the runs above the body at blank lines; a short line in capitals is the kicker above the headline', () => {
    const body = column(
      [
        ['Le marché a rouvert mardi matin après deux mois de', 'travaux, sous les applaudissements des habitués.'],
        ['La mairie n’a pas précisé le coût des travaux.'],
      ],
      { x: 50, width: 400, top: 110, paragraphSpace: 12 },
    ).lines;
    const top = (lines: string[]): PlacedLine[] => lines.map((text, index) => ({ text, x: 50, y: 50 + 24 * index, font: 'bold' }));
    const roles = (result: PdfLayoutResult): string[][] => result.blocks.filter((block) => block.role !== 'paragraph').map((block) => [block.role, block.text]);
    // Kicker and headline a blank line apart, in the body's size.
    expect(roles(layout([[...top(['FRANCE', 'Le marché de la Croix-Rousse rouvre']), ...body]]))).toEqual([
      ['kicker', 'FRANCE'],
      ['headline', 'Le marché de la Croix-Rousse rouvre'],
    ]);
    // A headline in capitals says more than a kicker: it stays the headline.
    expect(roles(layout([[...top(['INCENDIE DANS UN ENTREPÔT', 'Les pompiers ont lutté toute la nuit']), ...body]]))).toEqual([
      ['headline', 'INCENDIE DANS UN ENTREPÔT'],
      ['standfirst', 'Les pompiers ont lutté toute la nuit'],
    ]);
  });

  it('gives kicker, headline, standfirst, byline, dateline, intertitle, caption and signature their roles, and records why', () => {
    const page: PlacedLine[] = [
      { text: 'ÉCONOMIE', x: 50, y: 60, size: 9, font: 'bold' },
      { text: 'La coopérative supprime 2 500 emplois', x: 50, y: 85, size: 20, font: 'bold' },
      { text: 'Le groupe veut fermer six sites d’ici à la fin de 2027.', x: 50, y: 110, size: 11, font: 'italic' },
      { text: 'Par Claire Vautrin', x: 50, y: 126, size: 9 },
    ];
    const body = column(
      [
        ['PARIS — La coopérative a annoncé mardi un plan de', 'restructuration prévoyant des suppressions d’emplois.'],
        ['Les syndicats ont dénoncé un plan de casse sociale et', 'appelé à une journée de grève le 19 mars.'],
      ],
      { x: 50, width: 495, top: 150, indent: 10 },
    );
    body.lines[0] = { ...body.lines[0]!, x: 50, width: 495 };
    const intertitle: PlacedLine = { text: 'Une dette qui inquiète', x: 50, y: body.next + 6, font: 'bold' };
    const rest = column([['Le ministre a reçu les dirigeants du groupe dans la', 'soirée, sans rien annoncer.']], { x: 50, width: 495, top: body.next + 20 });
    const caption: PlacedLine = { text: 'Le siège du groupe, à Rennes (Photo AFP)', x: 50, y: rest.next + 40, size: 9, font: 'italic' };
    const signature: PlacedLine = { text: 'Jean Dupont', x: 545 - naturalWidth('Jean Dupont', 9), y: rest.next + 60, size: 9, font: 'bold' };
    const result = layout([[...page, ...body.lines, intertitle, ...rest.lines, caption, signature]]);
    expect(result.blocks.map((block) => [block.role, block.text])).toEqual([
      ['kicker', 'ÉCONOMIE'],
      ['headline', 'La coopérative supprime 2 500 emplois'],
      ['standfirst', 'Le groupe veut fermer six sites d’ici à la fin de 2027.'],
      ['byline', 'Par Claire Vautrin'],
      ['dateline', 'PARIS —'],
      ['paragraph', 'La coopérative a annoncé mardi un plan de restructuration prévoyant des suppressions d’emplois.'],
      ['paragraph', 'Les syndicats ont dénoncé un plan de casse sociale et appelé à une journée de grève le 19 mars.'],
      ['paragraph', 'Une dette qui inquiète'],
      ['paragraph', 'Le ministre a reçu les dirigeants du groupe dans la soirée, sans rien annoncer.'],
      ['caption', 'Le siège du groupe, à Rennes (Photo AFP)'],
      ['byline', 'Jean Dupont'],
    ]);
    const roles = result.repairs.filter((repair) => repair.kind === 'role-assigned');
    expect(roles.map((repair) => repair.after)).toEqual(['kicker', 'headline', 'standfirst', 'byline', 'dateline', 'caption', 'byline']);
    expect(roles.find((repair) => repair.after === 'headline')?.evidence).toMatch(/bold 20 pt against regular 10 pt/);
  });

  it('takes a short bold line a little smaller than the body, above the body’s text, for an intertitle, not a caption', () => {
    const headline: PlacedLine = { text: 'La grève des contrôleurs continue', x: 50, y: 60, size: 20, font: 'bold' };
    const before = column([['Le mouvement touche les contrôleurs de la ligne, soit', '62 agents. Il doit durer jusqu’à jeudi soir.']], { ...LEFT, top: 100 });
    // A bold sans-serif head a point under a serif body (9 against 10 pt, under the 0.92 by
    // which smaller type is a caption's): its letters look the body's size.
    const intertitle: PlacedLine = { text: 'Quatorze postes en question', x: LEFT.x, y: before.next + 6, size: 9, font: 'bold' };
    const after = column([['Au cœur du conflit, un projet de la direction régionale', 'de faire circuler des trains sans contrôleur.']], { ...LEFT, top: before.next + 20 });
    const caption: PlacedLine = { text: 'Le quai de la gare de Savenay, lundi.', x: LEFT.x, y: after.next + 60, size: 8, font: 'italic' };
    const result = layout([[headline, ...before.lines, intertitle, ...after.lines, caption]]);
    expect(result.blocks.map((block) => [block.role, block.text])).toEqual([
      ['headline', 'La grève des contrôleurs continue'],
      ['paragraph', 'Le mouvement touche les contrôleurs de la ligne, soit 62 agents. Il doit durer jusqu’à jeudi soir.'],
      ['paragraph', 'Quatorze postes en question'],
      ['paragraph', 'Au cœur du conflit, un projet de la direction régionale de faire circuler des trains sans contrôleur.'],
      ['caption', 'Le quai de la gare de Savenay, lundi.'],
    ]);
  });

  it('takes upright type smaller than the body under a picture’s space above the body for a caption, not a standfirst', () => {
    const page: PlacedLine[] = [
      { text: 'Les urgences fermeront la nuit', x: 50, y: 60, size: 20, font: 'bold' },
      { text: 'Faute de médecins, l’hôpital n’accueillera plus personne la nuit.', x: 50, y: 90, size: 12, font: 'italic' },
      // A picture from y 100 to 190, its caption under it.
      { text: 'L’entrée des urgences, mercredi matin.', x: 50, y: 200, size: 8 },
    ];
    const body = column(
      [['La nouvelle est tombée mardi soir, à l’issue d’un conseil de', 'surveillance qui a duré près de quatre heures.']],
      { x: 50, width: 495, top: 230, indent: 10 },
    );
    const result = layout([[...page, ...body.lines]]);
    // A caption floats: it is given after the paragraph it stands before.
    expect(result.blocks.map((block) => block.role)).toEqual(['headline', 'standfirst', 'paragraph', 'caption']);
    // Without the space a picture takes, smaller upright type there stays a standfirst.
    const close = layout([[...page.slice(0, 2), { ...page[2]!, y: 104 }, ...column([['La nouvelle est tombée mardi soir, à l’issue d’un conseil de', 'surveillance qui a duré près de quatre heures.']], { x: 50, width: 495, top: 130, indent: 10 }).lines]]);
    expect(close.blocks.map((block) => block.role)).toEqual(['headline', 'standfirst', 'standfirst', 'paragraph']);
  });

  it('takes a name with the writer’s post closing the body for the signature, in small type and before a caption', () => {
    const headline: PlacedLine = { text: 'Bréhaut s’impose au sommet', x: 50, y: 60, size: 20, font: 'bold' };
    const body = column(
      [['Il a attaqué à 1,8 km du sommet, dans la portion la plus', 'raide, et personne n’a pu le suivre.']],
      { x: 50, width: 240, top: 100, indent: 10 },
    );
    // Set in the column, neither flush right nor in the body's type, then a caption.
    const signature: PlacedLine = { text: 'Nicolas Ferrier, envoyé spécial', x: 64, y: body.next + 4, size: 9, font: 'bold' };
    const caption: PlacedLine = { text: 'Lucas Bréhaut franchit la ligne, samedi.', x: 50, y: body.next + 60, size: 8, font: 'italic' };
    const result = layout([[headline, ...body.lines, signature, caption]]);
    expect(result.blocks.map((block) => [block.role, block.text])).toEqual([
      ['headline', 'Bréhaut s’impose au sommet'],
      ['paragraph', 'Il a attaqué à 1,8 km du sommet, dans la portion la plus raide, et personne n’a pu le suivre.'],
      ['byline', 'Nicolas Ferrier, envoyé spécial'],
      ['caption', 'Lucas Bréhaut franchit la ligne, samedi.'],
    ]);
  });

  it('takes a dateline in bold set alone above the body for the dateline, not a standfirst', () => {
    const headline: PlacedLine = { text: 'Les urgences fermeront la nuit', x: 50, y: 60, size: 20, font: 'bold' };
    const lead: PlacedLine = { text: 'SAINT-AMAND-MONTROND —', x: 50, y: 100, font: 'bold', width: 240 };
    const body = column([['La nouvelle est tombée mardi soir, à l’issue d’un conseil', 'de surveillance.']], { x: 50, width: 240, top: 112 });
    const result = layout([[headline, lead, ...body.lines]]);
    expect(result.blocks.map((block) => [block.role, block.text])).toEqual([
      ['headline', 'Les urgences fermeront la nuit'],
      ['dateline', 'SAINT-AMAND-MONTROND —'],
      ['paragraph', 'La nouvelle est tombée mardi soir, à l’issue d’un conseil de surveillance.'],
    ]);
  });

  it('takes a place in capitals closed by a lone hyphen, a copy typed in ASCII, for the dateline opening the body, alone above it or running into it', () => {
    const headline: PlacedLine = { text: 'Les urgences fermeront la nuit', x: 50, y: 60, size: 20, font: 'bold' };
    const lead: PlacedLine = { text: 'SAINT-AMAND - ', x: 50, y: 100, font: 'bold', width: 70 };
    const body = column([['La nouvelle est tombée mardi soir, à l’issue d’un conseil', 'de surveillance.']], { x: 50, width: 240, top: 112 });
    expect(layout([[headline, lead, ...body.lines]]).blocks.map((block) => [block.role, block.text])).toEqual([
      ['headline', 'Les urgences fermeront la nuit'],
      ['dateline', 'SAINT-AMAND -'],
      ['paragraph', 'La nouvelle est tombée mardi soir, à l’issue d’un conseil de surveillance.'],
    ]);
    const inline = column([['SAINT-AMAND - La nouvelle est tombée mardi soir, à l’issue', 'd’un conseil de surveillance.']], { x: 50, width: 240, top: 100 });
    expect(layout([[headline, ...inline.lines]]).blocks.map((block) => [block.role, block.text])).toEqual([
      ['headline', 'Les urgences fermeront la nuit'],
      ['dateline', 'SAINT-AMAND -'],
      ['paragraph', 'La nouvelle est tombée mardi soir, à l’issue d’un conseil de surveillance.'],
    ]);
    // A hyphen between words in capitals and small letters is no dateline.
    const acronym = column([['SNCF - la grève est reconduite jusqu’à mardi soir, à l’issue', 'd’un conseil de surveillance.']], { x: 50, width: 240, top: 100 });
    expect(layout([[headline, ...acronym.lines]]).blocks.map((block) => block.role)).not.toContain('dateline');
  });

  it('takes a bold lead-in running into the body type for the start of the body, not a block of its own', () => {
    const headline: PlacedLine = { text: 'Mort d’un luthier', x: 50, y: 60, size: 20, font: 'bold' };
    const lead: PlacedLine = { text: 'MIRECOURT (Vosges) —', x: 50, y: 100, font: 'bold', width: 110 };
    const rest: PlacedLine = { text: 'Dans', x: 165, y: 100, width: 25 };
    const body = column([['son atelier, les outils sont restés à leur place, rangés', 'par taille sur un établi.']], { x: 50, width: 240, top: 112 });
    const result = layout([[headline, lead, rest, ...body.lines]]);
    expect(result.blocks.map((block) => [block.role, block.text])).toEqual([
      ['headline', 'Mort d’un luthier'],
      ['dateline', 'MIRECOURT (Vosges) —'],
      ['paragraph', 'Dans son atelier, les outils sont restés à leur place, rangés par taille sur un établi.'],
    ]);
  });

  it('reads a bold dateline set a little below the baseline of the words it runs into as the start of their line', () => {
    // pdfkit places each run by the top of its line: a bold sans dateline opening a serif line
    // sits 2.3 pt lower than the words after it, and the line is cut by a hyphen at its end.
    const headline: PlacedLine = { text: 'Cent kilomètres à la frontale', x: 50, y: 60, size: 20, font: 'bold' };
    const lead: PlacedLine = { text: 'SAINT-LARY-SOULAN —', x: 50, y: 102.3, font: 'bold', width: 117 };
    const first: PlacedLine = { text: 'Sur la place du village, les fron-', x: 170, y: 100, width: 140 };
    const body = column([['tales dessinent une longue chenille blanche sous les', 'étoiles, avant le départ.']], { ...LEFT, top: 112 });
    // The right column's baselines are 2.5 pt off the left one's too, across the gutter.
    const right = column([['Au col de Portet, premier ravitaillement, le jour se', 'lève à peine sur les coureurs.']], { ...RIGHT, top: 102.5 });
    const result = layout([[headline, lead, first, ...body.lines, ...right.lines]]);
    expect(result.blocks.map((block) => [block.role, block.text])).toEqual([
      ['headline', 'Cent kilomètres à la frontale'],
      ['dateline', 'SAINT-LARY-SOULAN —'],
      ['paragraph', 'Sur la place du village, les frontales dessinent une longue chenille blanche sous les étoiles, avant le départ.'],
      ['paragraph', 'Au col de Portet, premier ravitaillement, le jour se lève à peine sur les coureurs.'],
    ]);
  });

  it('takes a short bold line under the standfirst, in the type of the body’s later intertitles, for the first intertitle', () => {
    // A letters page: each letter opens with its title, the first one right under the standfirst.
    const top: PlacedLine[] = [
      { text: 'COURRIER DES LECTEURS', x: 50, y: 60, size: 10, font: 'bold' },
      { text: 'Vos lettres', x: 50, y: 85, size: 20, font: 'bold' },
      { text: 'Les lettres sont publiées sous la responsabilité de leurs auteurs.', x: 50, y: 108, size: 11, font: 'italic' },
    ];
    const title = (text: string, y: number): PlacedLine => ({ text, x: LEFT.x, y, size: 10.5, font: 'bold' });
    const first = column([['Depuis le 1er janvier, la ligne 7 ne circule plus le', 'dimanche, et personne ne nous a prévenus.']], { ...LEFT, top: 140 });
    const second = column([['Le 12 février, mon fils a avalé une pile bouton. Les', 'pompiers sont arrivés en neuf minutes.']], { ...LEFT, top: first.next + 20 });
    const page = [...top, title('Le bus du dimanche', 126), ...first.lines, title('Merci aux pompiers', first.next + 6), ...second.lines];
    const result = layout([page]);
    expect(result.blocks.map((block) => [block.role, block.text])).toEqual([
      ['kicker', 'COURRIER DES LECTEURS'],
      ['headline', 'Vos lettres'],
      ['standfirst', 'Les lettres sont publiées sous la responsabilité de leurs auteurs.'],
      ['paragraph', 'Le bus du dimanche'],
      ['paragraph', 'Depuis le 1er janvier, la ligne 7 ne circule plus le dimanche, et personne ne nous a prévenus.'],
      ['paragraph', 'Merci aux pompiers'],
      ['paragraph', 'Le 12 février, mon fils a avalé une pile bouton. Les pompiers sont arrivés en neuf minutes.'],
    ]);
    // With no intertitle in that type further on, the line under the standfirst stays part of the top.
    const alone = layout([[...top, title('Le bus du dimanche', 126), ...first.lines, ...second.lines]]);
    expect(alone.blocks[3]).toMatchObject({ role: 'standfirst', text: 'Le bus du dimanche' });
  });

  it('gives small capitals made of smaller capitals their lower case back, and records it on their line', () => {
    const headline: PlacedLine = { text: 'Les plongeurs cartographient l’épave', x: 50, y: 60, size: 20, font: 'bold' };
    const body = column([['Les plongeurs ont achevé samedi leur dernière campagne', 'de relevés sur l’épave, au large de Paimpol.']], { x: 50, width: 495, top: 100 });
    // `Erwan MORVAN` in small capitals where the font has none: `E`, then `RWAN` at 0.7 of its size.
    const y = body.next + 10;
    const signature: PlacedLine[] = [
      { text: 'E', x: 460, y, width: 7 },
      { text: 'RWAN', x: 467, y, size: 7, width: 20 },
      { text: 'MORVAN', x: 490, y, width: 55 },
    ];
    const result = layout([[headline, ...body.lines, ...signature]]);
    expect(result.blocks.at(-1)).toMatchObject({ role: 'byline', text: 'Erwan MORVAN' });
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'small-capitals-lowered', before: 'ERWAN', after: 'Erwan', line: 4 }));
  });

  it('puts a drop cap back at the start of its word, and the lines beside it are no indents', () => {
    const headline: PlacedLine = { text: 'Le budget est voté', x: 50, y: 60, size: 20, font: 'bold' };
    const cap: PlacedLine = { text: 'L', x: 50, y: 124, size: 36 };
    const beside = column([['e conseil municipal a voté lundi soir le budget de', 'la ville pour l’année prochaine, après une séance', 'de près de quatre heures marquée par de vifs']], { x: 80, width: 230, top: 100 });
    const below = column([['échanges entre la majorité et l’opposition.'], ['Les élus de l’opposition ont quitté la salle avant', 'la fin des débats.']], { x: 50, width: 260, top: 136, indent: 10 });
    below.lines[0] = { ...below.lines[0]!, x: 50 };
    const result = layout([[headline, cap, ...beside.lines.map((line) => ({ ...line, width: 230 })), ...below.lines]]);
    expect(texts(result, 'paragraph')).toEqual([
      'Le conseil municipal a voté lundi soir le budget de la ville pour l’année prochaine, après une séance de près de quatre heures marquée par de vifs échanges entre la majorité et l’opposition.',
      'Les élus de l’opposition ont quitté la salle avant la fin des débats.',
    ]);
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'drop-cap-joined', before: 'L|e', after: 'Le', line: 2 }));
  });
});

describe('layoutPdf: what the drawing leaves in the text layer', () => {
  it('reads a fine space drawn as a gap (no glyph) between digit groups and before `!`, not between letters', () => {
    const size = 10;
    const piece = (text: string, x: number, y: number): PlacedLine => ({ text, x, y, width: naturalWidth(text, size) });
    // Pango draws nothing for U+202F in a face without its glyph: the next glyph moves by
    // under a tenth of an em, less than a word space.
    const after = (previous: PlacedLine, gap: number): number => previous.x + (previous.width ?? 0) + gap * size;
    const price = piece('Le kilo sera payé 2', 50, 100);
    const thousands = piece('800 francs cette année.', after(price, 0.08), 100);
    const word = piece('Surtout, pas après la crème', 50, 112);
    const bang = piece('!', after(word, 0.07), 112);
    const kerned = piece('Les deux bate', 50, 124);
    const rest = piece('aux sont rentrés.', after(kerned, 0.04), 124);
    const result = layout([[price, thousands, word, bang, kerned, rest]]);
    expect(result.text.split('\n')).toEqual(['Le kilo sera payé 2 800 francs cette année.', 'Surtout, pas après la crème !', 'Les deux bateaux sont rentrés.']);
  });

  it('keeps once a line drawn at the foot of one column and again, clipped, above the head of the next', () => {
    const left = column(
      [['Le club ne compte que cent quarante licenciés et un', 'budget annuel de soixante mille euros, dix fois moins', 'que ses concurrents bretons, et un voilier racheté d’oc-']],
      { ...LEFT, top: 100 },
    );
    const right = column([['casion à un club vendéen. Les équipiers ont refait la', 'coque eux-mêmes pendant l’hiver, dans le hangar.']], { ...RIGHT, top: 112 });
    // The slice painted in the right column touched the left column's last line: drawn a line
    // above the right column's first, outside its clip.
    const twice = { ...left.lines[2]!, x: RIGHT.x, y: 100 };
    const result = layout([[...left.lines, twice, ...right.lines]]);
    expect(texts(result)).toEqual([
      'Le club ne compte que cent quarante licenciés et un budget annuel de soixante mille euros, dix fois moins que ses concurrents bretons, et un voilier racheté d’occasion à un club vendéen. Les équipiers ont refait la coque eux-mêmes pendant l’hiver, dans le hangar.',
    ]);
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'line-drawn-twice-removed', before: 'que ses concurrents bretons, et un voilier racheté d’oc-' }));
  });

  it('keeps once each column’s line drawn at a page’s foot and again at the head of the same column on the next page', () => {
    // Columns set as the cells of one table row, cut at the page's foot (Flying Saucer): each
    // cell draws the line the cut goes through on both pages, the first copy outside the page's
    // clip, low under the column's text; the reading order puts the other column between them.
    const full = (text: string, x: number, y: number, width: number): PlacedLine => ({ text, x, y, width });
    const cut = ['Les premiers camions passeront à la fin du mois, et', 'Quant au tramway, il faudra attendre encore deux ans'];
    const edges = (folio: string): PlacedLine[] => [
      { text: 'La Voix des Coteaux', x: LEFT.x, y: 60, size: 8 },
      { text: 'samedi 20 juin 2026', x: 510, y: 60, size: 8 },
      { text: folio, x: 290, y: 807, size: 8 },
    ];
    const page1 = [
      full('Le chantier a duré dix-huit mois, sous le contrôle des', LEFT.x, 700, LEFT.width),
      { text: 'plongeurs, chaque semaine.', x: LEFT.x, y: 712 },
      full(cut[0]!, LEFT.x, 782, LEFT.width),
      full('Les commerçants du quai espèrent retrouver leurs clients,', RIGHT.x, 700, RIGHT.width),
      { text: 'partis vers la rive nord.', x: RIGHT.x, y: 712 },
      full(cut[1]!, RIGHT.x, 782, RIGHT.width),
    ];
    const page2 = [
      full(cut[0]!, LEFT.x, 72, LEFT.width),
      { text: 'les bus suivront en septembre.', x: LEFT.x, y: 84 },
      full(cut[1]!, RIGHT.x, 72, RIGHT.width),
      { text: 'au moins, selon la métropole.', x: RIGHT.x, y: 84 },
    ];
    const result = layout([[...edges('13'), ...page1], [...edges('14'), ...page2]]);
    expect(texts(result)).toEqual([
      'Le chantier a duré dix-huit mois, sous le contrôle des plongeurs, chaque semaine.',
      'Les commerçants du quai espèrent retrouver leurs clients, partis vers la rive nord.',
      'Les premiers camions passeront à la fin du mois, et les bus suivront en septembre.',
      'Quant au tramway, il faudra attendre encore deux ans au moins, selon la métropole.',
    ]);
    for (const before of cut) expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'line-drawn-twice-removed', before }));
  });

  it('measures a column holding one body line by the other columns: its short last line ends the paragraph', () => {
    const COLUMNS = [50, 240, 430].map((x) => ({ x, width: 170, leading: 12 }));
    const first = column(
      [
        ['La course s’est jouée au troisième tour, au', 'large de la pointe des Espagnols, là où le', 'courant était plus faible.'],
        ['« C’était un pari, on l’a pris à quatre', 'contre deux », raconte le régleur, Mathieu'],
      ],
      { ...COLUMNS[0]!, top: 100, paragraphSpace: 6 },
    );
    first.lines[4] = { ...first.lines[4]!, width: 170 };
    // The second column holds the paragraph's last line only, above a picture.
    const second = column([['Guével, un marin.']], { ...COLUMNS[1]!, top: 100 });
    const third = column(
      [['Le pari a payé. En vingt minutes, le bateau', 'a repris plus de trois cents mètres à ses', 'concurrents, qui menaient.']],
      { ...COLUMNS[2]!, top: 100 },
    );
    const result = layout([[...first.lines, ...second.lines, ...third.lines]]);
    expect(texts(result)).toEqual([
      'La course s’est jouée au troisième tour, au large de la pointe des Espagnols, là où le courant était plus faible.',
      '« C’était un pari, on l’a pris à quatre contre deux », raconte le régleur, Mathieu Guével, un marin.',
      'Le pari a payé. En vingt minutes, le bateau a repris plus de trois cents mètres à ses concurrents, qui menaient.',
    ]);
  });
});

describe('layoutPdf: three columns, a box of entries, tiny marks', () => {
  const COLUMNS = [
    { x: 50, width: 160 },
    { x: 222, width: 160 },
    { x: 394, width: 160 },
  ] as const;

  it('reads a short third column of two lines as a column, not the space after its short last line as the gutter, under a two-line headline across the page', () => {
    // Both of the headline's lines run over the gutter before the third column: that gutter is
    // covered twice, the stretch after the third column's short last line once only (by its
    // first line), and the desk's initials flush right under it leave that stretch inside.
    const headline: PlacedLine[] = [
      { text: 'La grève paralyse l’usine de nickel', x: 50, y: 60, size: 24, font: 'bold', width: 430 },
      { text: 'de Koniambo depuis huit jours', x: 50, y: 88, size: 24, font: 'bold', width: 350 },
    ];
    const first = column(
      [
        ['La grève lancée il y a huit jours a', 'totalement arrêté la production lundi,', 'a indiqué la direction du site, qui', 'garde les fours à leur température.'],
        ['Le mouvement a été déclenché par', 'l’intersyndicale après l’annonce d’un', 'plan de 450 suppressions de postes', 'sur 1 300 salariés. Les grévistes', 'réclament le retrait du plan et la', 'garantie d’un repreneur pour le site,', 'dont l’actionnaire principal veut se', 'désengager, selon un porte-parole.'],
      ],
      { ...COLUMNS[0], top: 120 },
    );
    // The second column set a few points lower (balanced columns, another paragraph spacing).
    const second = column(
      [
        ['« Nous ne reprendrons pas le travail »,', 'a déclaré à l’AFP un porte-parole de', 'l’intersyndicale, Jean-Marc Poadja.'],
        ['Le nickel représente plus de 90 % des', 'exportations de l’archipel. Les cours', 'du métal ont chuté de 40 % en deux', 'ans selon les analystes de la place', 'financière de Nouméa, inquiets pour', 'l’emploi dans la province Nord et les']
      ],
      { ...COLUMNS[1], top: 125 },
    );
    const third = column([['trois usines du territoire, qui per-', 'dent de l’argent.']], { ...COLUMNS[2], top: 120 });
    // Justified: every line but a paragraph's last fills the measure.
    const fill = (lines: PlacedLine[], lasts: number[]): void => lines.forEach((line, index) => (lines[index] = lasts.includes(index) ? line : { ...line, width: COLUMNS[0].width }));
    fill(first.lines, [3, 11]);
    fill(second.lines, [2]);
    third.lines[0] = { ...third.lines[0]!, width: COLUMNS[2].width };
    const initials: PlacedLine = { text: 'ab/mpa', x: 554 - naturalWidth('ab/mpa'), y: third.next + 12, font: 'italic' };
    const result = layout([[...headline, ...first.lines, ...second.lines, ...third.lines, initials]]);
    expect(texts(result, 'paragraph').at(-1)).toBe(
      'Le nickel représente plus de 90 % des exportations de l’archipel. Les cours du métal ont chuté de 40 % en deux ans selon les analystes de la place financière de Nouméa, inquiets pour l’emploi dans la province Nord et les trois usines du territoire, qui perdent de l’argent.',
    );
    expect(texts(result, 'paragraph')).toHaveLength(4);
  });

  it('gives each entry of a box of key figures a paragraph of its own, and its bold title one too, not a caption', () => {
    const body = column(
      [
        ['Le pont restera fermé aux voitures jusqu’à', 'la fin des travaux, a annoncé le maire,', 'sans pouvoir donner de date.'],
        ['Les piétons et les cyclistes pourront encore', 'le traverser, mais les automobilistes devront', 'faire un détour de quatorze kilomètres.'],
      ],
      { x: 50, width: 300, top: 100, indent: 10 },
    );
    const box: PlacedLine[] = [
      { text: 'Repères', x: 60, y: body.next + 20, size: 8.5, font: 'bold' },
      { text: 'Longueur : 195 mètres entre les deux piles.', x: 60, y: body.next + 31, size: 8.5 },
      { text: 'Mise en service : 1849, reconstruit en 1893', x: 60, y: body.next + 41, size: 8.5 },
      { text: 'après une crue.', x: 60, y: body.next + 51, size: 8.5 },
      { text: 'Trafic : 9 400 véhicules par jour en moyenne.', x: 60, y: body.next + 61, size: 8.5 },
    ];
    const result = layout([[...body.lines, ...box]]);
    expect(result.blocks.slice(2).map((block) => [block.role, block.text])).toEqual([
      ['paragraph', 'Repères'],
      ['paragraph', 'Longueur : 195 mètres entre les deux piles.'],
      ['paragraph', 'Mise en service : 1849, reconstruit en 1893 après une crue.'],
      ['paragraph', 'Trafic : 9 400 véhicules par jour en moyenne.'],
    ]);
    expect(result.repairs.filter((repair) => repair.kind === 'paragraph-split' && repair.reason === 'labelled-entry')).toHaveLength(2);
  });

  it('gives each sentence of a box of instructions under its title a paragraph of its own, not a caption', () => {
    const body = column(
      [
        ['Le pont restera fermé aux voitures jusqu’à', 'la fin des travaux, a annoncé le maire,', 'sans pouvoir donner de date.'],
        ['Les piétons et les cyclistes pourront encore', 'le traverser, mais les automobilistes devront', 'faire un détour de quatorze kilomètres.'],
      ],
      { x: 50, width: 300, top: 100, indent: 10 },
    );
    const box: PlacedLine[] = [
      { text: 'Les consignes', x: 60, y: body.next + 20, size: 8.5, font: 'bold' },
      { text: 'Ne pas s’engager à pied ou en voiture sur', x: 60, y: body.next + 31, size: 8 },
      { text: 'une route inondée.', x: 60, y: body.next + 41, size: 8 },
      { text: 'Ne pas descendre dans les sous-sols.', x: 60, y: body.next + 53, size: 8 },
      { text: 'Se tenir informé par la radio locale.', x: 60, y: body.next + 65, size: 8 },
    ];
    const result = layout([[...body.lines, ...box]]);
    expect(result.blocks.slice(2).map((block) => [block.role, block.text])).toEqual([
      ['paragraph', 'Les consignes'],
      ['paragraph', 'Ne pas s’engager à pied ou en voiture sur une route inondée.'],
      ['paragraph', 'Ne pas descendre dans les sous-sols.'],
      ['paragraph', 'Se tenir informé par la radio locale.'],
    ]);
    expect(result.repairs.filter((repair) => repair.kind === 'paragraph-split' && repair.reason === 'sentence-entry')).toHaveLength(2);
    // Without a title above it, the same small type is a caption's.
    expect(layout([[...body.lines, ...box.slice(1)]]).blocks.at(-1)?.role).toBe('caption');
  });

  it('gives each numbered line of a results list a paragraph of its own, under a title or in the body', () => {
    const body = column([['Le jeune grimpeur a lâché ses derniers adversaires', 'à quatre kilomètres du sommet.']], { x: 50, width: 300, top: 100 });
    const results = ['1. Lucas Ferreira-Dumas, en 4 h 38 min 12 s.', '2. Pieter Van den Broeck, à 48 s.', '3. Étienne Marchal, à 1 min 05 s.'];
    const boxed: PlacedLine[] = [
      { text: 'Classement de l’étape', x: 50, y: body.next + 20, size: 8.5, font: 'bold' },
      ...results.map((text, index) => ({ text, x: 50, y: body.next + 31 + 10 * index, size: 8 })),
    ];
    expect(texts(layout([[...body.lines, ...boxed]])).slice(1)).toEqual(['Classement de l’étape', ...results]);
    // The same lines in the body's type, each as long as the column: the numbers open the items.
    const inBody: PlacedLine[] = results.map((text, index) => ({ text, x: 50, y: body.next + 12 * index, width: 300 }));
    expect(texts(layout([[...body.lines, ...inBody]])).slice(1)).toEqual(results);
  });

  it('lets a paragraph go on after a box set where its sentence breaks off, the box after it', () => {
    const body = column([['Le pont restera fermé aux voitures jusqu’à', 'la fin des travaux, a annoncé le maire,']], { x: 50, width: 300, top: 100 });
    const box: PlacedLine[] = [
      { text: 'Les consignes', x: 60, y: body.next + 20, size: 8.5, font: 'bold' },
      { text: 'Ne pas descendre dans les sous-sols.', x: 60, y: body.next + 31, size: 8 },
      { text: 'Se tenir informé par la radio locale.', x: 60, y: body.next + 43, size: 8 },
    ];
    const rest = column([['sans pouvoir donner de date.']], { x: 50, width: 300, top: body.next + 60 });
    const result = layout([[...body.lines, ...box, ...rest.lines]]);
    expect(result.blocks.map((block) => block.text)).toEqual([
      'Le pont restera fermé aux voitures jusqu’à la fin des travaux, a annoncé le maire, sans pouvoir donner de date.',
      'Les consignes',
      'Ne pas descendre dans les sous-sols.',
      'Se tenir informé par la radio locale.',
    ]);
  });

  it('gives a box set between two paragraphs after the body, as a sidebar is read once the article is', () => {
    const first = column([['Le pont restera fermé aux voitures jusqu’à', 'la fin des travaux, a annoncé le maire.']], { x: 50, width: 300, top: 100, indent: 10 });
    const box: PlacedLine[] = [
      { text: 'Repères', x: 60, y: first.next + 20, size: 8.5, font: 'bold' },
      { text: 'Longueur : 195 mètres entre les deux piles.', x: 60, y: first.next + 31, size: 8.5 },
      { text: 'Trafic : 9 400 véhicules par jour en moyenne.', x: 60, y: first.next + 41, size: 8.5 },
    ];
    const second = column([['Les piétons pourront encore le traverser.']], { x: 50, width: 300, top: first.next + 70, indent: 10 });
    expect(texts(layout([[...first.lines, ...box, ...second.lines]]))).toEqual([
      'Le pont restera fermé aux voitures jusqu’à la fin des travaux, a annoncé le maire.',
      'Les piétons pourront encore le traverser.',
      'Repères',
      'Longueur : 195 mètres entre les deux piles.',
      'Trafic : 9 400 véhicules par jour en moyenne.',
    ]);
  });

  it('cuts a printout\'s kicker, headline and standfirst, set in the body\'s one face between blank lines, off the body', () => {
    const lines: PlacedLine[] = [
      { text: 'SOCIÉTÉ', x: 30, y: 60 },
      { text: 'Le dernier moulin du village rouvre ses portes', x: 30, y: 84 },
      { text: 'Les bénévoles ont remis la roue en état après deux', x: 30, y: 108 },
      { text: 'ans de travaux.', x: 30, y: 120 },
      { text: 'Le moulin de la Forge a tourné dimanche pour la première', x: 30, y: 144 },
      { text: 'fois depuis 1962. Plus de trois cents visiteurs sont venus.', x: 30, y: 156 },
      { text: 'La commune espère ouvrir une boulangerie à côté.', x: 42, y: 168 },
    ];
    const result = layout([lines]);
    expect(result.blocks.map((block) => [block.role, block.text])).toEqual([
      ['kicker', 'SOCIÉTÉ'],
      ['headline', 'Le dernier moulin du village rouvre ses portes'],
      ['standfirst', 'Les bénévoles ont remis la roue en état après deux ans de travaux.'],
      ['paragraph', 'Le moulin de la Forge a tourné dimanche pour la première fois depuis 1962. Plus de trois cents visiteurs sont venus.'],
      ['paragraph', 'La commune espère ouvrir une boulangerie à côté.'],
    ]);
    // Paragraphs between blank lines from the top are no headline: the body stays whole.
    const plain: PlacedLine[] = [
      { text: 'Le moulin de la Forge a tourné dimanche pour la première', x: 30, y: 60 },
      { text: 'fois depuis 1962.', x: 30, y: 72 },
      { text: 'Plus de trois cents visiteurs sont venus le voir tourner.', x: 30, y: 96 },
    ];
    expect(layout([plain]).blocks.map((block) => block.role)).not.toContain('headline');
  });

  it('cuts a printout\'s standfirst and byline, set in the body\'s face between blank lines, off the body under a headline set in the bold of the body\'s size', () => {
    // As Emacs's ps-print sets a wire copy: kicker and headline in Courier-Bold, the rest in
    // Courier, all one size, blank lines between the parts.
    const lines: PlacedLine[] = [
      { text: 'SOCIÉTÉ', x: 30, y: 60, font: 'bold' },
      { text: 'Le dernier moulin du village rouvre ses portes', x: 30, y: 84, font: 'bold' },
      { text: 'Les bénévoles ont remis la roue en état après deux', x: 30, y: 108 },
      { text: 'ans de travaux.', x: 30, y: 120 },
      { text: 'Par Jeanne Morel', x: 30, y: 144 },
      { text: 'Le moulin de la Forge a tourné dimanche pour la première', x: 30, y: 168 },
      { text: 'fois depuis 1962. Plus de trois cents visiteurs sont venus.', x: 30, y: 180 },
      { text: 'La commune espère ouvrir une boulangerie à côté.', x: 42, y: 192 },
    ];
    expect(layout([lines]).blocks.map((block) => [block.role, block.text])).toEqual([
      ['kicker', 'SOCIÉTÉ'],
      ['headline', 'Le dernier moulin du village rouvre ses portes'],
      ['standfirst', 'Les bénévoles ont remis la roue en état après deux ans de travaux.'],
      ['byline', 'Par Jeanne Morel'],
      ['paragraph', 'Le moulin de la Forge a tourné dimanche pour la première fois depuis 1962. Plus de trois cents visiteurs sont venus.'],
      ['paragraph', 'La commune espère ouvrir une boulangerie à côté.'],
    ]);
    // The body opening under the headline on its dateline is the body: no standfirst is cut.
    const wire: PlacedLine[] = [
      { text: 'SOCIÉTÉ', x: 30, y: 60, font: 'bold' },
      { text: 'Le dernier moulin du village rouvre ses portes', x: 30, y: 84, font: 'bold' },
      { text: 'MORTEAU, 12 nov 2026 (AFP) - Le moulin de la Forge a', x: 30, y: 108 },
      { text: 'tourné dimanche pour la première fois depuis 1962.', x: 30, y: 120 },
      { text: 'Plus de trois cents visiteurs sont venus le voir tourner.', x: 30, y: 144 },
    ];
    expect(layout([wire]).blocks.map((block) => block.role).slice(0, 3)).toEqual(['kicker', 'headline', 'dateline']);
    // Nor is the first of paragraphs spaced by blank lines, nothing setting it apart.
    const spaced: PlacedLine[] = [
      ...wire.slice(0, 2),
      { text: 'Le moulin de la Forge a tourné dimanche pour la première', x: 30, y: 108 },
      { text: 'fois depuis 1962.', x: 30, y: 120 },
      { text: 'Plus de trois cents visiteurs sont venus le voir tourner.', x: 30, y: 144 },
    ];
    expect(layout([spaced]).blocks.map((block) => block.role).slice(0, 3)).toEqual(['kicker', 'headline', 'paragraph']);
  });

  it('ends a paragraph in a ragged column where a line ending a sentence leaves room for the next line’s first word, not where it does not', () => {
    // Ragged: each line ends at its own place; no indent, no space between paragraphs.
    const texts = [
      'Le marché couvert rouvre samedi après six mois',
      'de travaux, avec quarante étals et la halle',
      'neuve, plus claire que l’ancienne. Les',
      'commerçants ont repris leurs places hier.',
      'La mairie prévoit une fête pour',
      'l’inauguration, le premier dimanche du mois,',
      'avec un concert sur la grande place du village.',
      'Les producteurs tiendront un stand au',
      'centre de la halle tout l’été.',
    ];
    const result = layout([texts.map((text, index) => ({ text, x: 50, y: 100 + 12 * index }))]);
    expect(result.blocks.map((block) => block.text)).toEqual([
      'Le marché couvert rouvre samedi après six mois de travaux, avec quarante étals et la halle neuve, plus claire que l’ancienne. Les commerçants ont repris leurs places hier.',
      'La mairie prévoit une fête pour l’inauguration, le premier dimanche du mois, avec un concert sur la grande place du village. Les producteurs tiendront un stand au centre de la halle tout l’été.',
    ]);
  });

  it('ends a paragraph at a ragged column\'s foot where its last line, ending a sentence, leaves room for the next column\'s first word', () => {
    // Two ragged columns; the second opens with a new paragraph, then goes on with the first's
    // last one, which runs across the break to the second column.
    const left = [
      'Le marché couvert rouvre samedi après six mois',
      'de travaux, avec quarante étals et la halle',
      'neuve et plus claire que l’ancienne. Les',
      'commerçants ont repris leurs places et la',
      'mairie prévoit une fête pour',
      'l’inauguration, le dimanche vingt mai.',
    ];
    const right = [
      'Les producteurs tiendront un stand au',
      'centre de la halle tout l’été, avec des',
      'paniers de saison vendus à prix coûtant',
      'et des ateliers pour les enfants du quartier,',
      'le mercredi après-midi, sur la place du',
      'marché aux fleurs, devant la fontaine.',
    ];
    const page = [...left.map((text, index) => ({ text, x: 50, y: 100 + 12 * index })), ...right.map((text, index) => ({ text, x: 300, y: 100 + 12 * index }))];
    expect(texts(layout([page]))).toEqual([
      'Le marché couvert rouvre samedi après six mois de travaux, avec quarante étals et la halle neuve et plus claire que l’ancienne. Les commerçants ont repris leurs places et la mairie prévoit une fête pour l’inauguration, le dimanche vingt mai.',
      'Les producteurs tiendront un stand au centre de la halle tout l’été, avec des paniers de saison vendus à prix coûtant et des ateliers pour les enfants du quartier, le mercredi après-midi, sur la place du marché aux fleurs, devant la fontaine.',
    ]);
    // A last line that fills the column to within the next word goes on in the next column.
    const full = [...left.slice(0, 5), 'l’inauguration, le premier dimanche de mai.'];
    const joined = [...full.map((text, index) => ({ text, x: 50, y: 100 + 12 * index })), ...right.map((text, index) => ({ text, x: 300, y: 100 + 12 * index }))];
    expect(texts(layout([joined]))).toHaveLength(1);
  });

  it('drops a folio closed by a slash (`22/`) set apart at the top of the page', () => {
    const body = column([['Le marché couvert rouvre samedi après six mois de', 'travaux, avec quarante étals et une halle neuve.'], ['Les commerçants ont repris leurs places.']], { x: 50, width: 300, top: 100, indent: 12 });
    const result = layout([[{ text: '22/', x: 50, y: 40, font: 'bold' }, ...body.lines]]);
    expect(texts(result)).toEqual(['Le marché couvert rouvre samedi après six mois de travaux, avec quarante étals et une halle neuve.', 'Les commerçants ont repris leurs places.']);
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', before: '22/', reason: 'folio' }));
  });

  it('drops a folio closed by a full stop (`12.`) set apart at the foot of the page, and keeps a number closing a sentence', () => {
    const body = column([['Le marché couvert rouvre samedi après six mois de', 'travaux, avec quarante étals, pour un total de'], ['Les commerçants ont repris leurs places.']], { x: 50, width: 300, top: 100, indent: 12 });
    // The first paragraph's last line is its number alone, at the column's leading: text.
    const closing = { text: '12.', x: 50, y: body.lines[1]!.y + 12 };
    const lines = [...body.lines.slice(0, 2), closing, ...body.lines.slice(2).map((line) => ({ ...line, y: line.y + 12 }))];
    const result = layout([[...lines, { text: '12.', x: 290, y: 800, font: 'bold' }]]);
    expect(texts(result)).toEqual(['Le marché couvert rouvre samedi après six mois de travaux, avec quarante étals, pour un total de 12.', 'Les commerçants ont repris leurs places.']);
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', before: '12.', reason: 'folio' }));
  });

  it('drops a printout’s sheet footer set apart at the foot in the very font and size of its folio, and keeps a signature set apart in another font of that size', () => {
    const body = column(
      [['Le marché couvert rouvre samedi après six mois de', 'travaux, avec quarante étals et une halle neuve.'], ['Les commerçants ont repris leurs places.']],
      { x: 50, width: 300, top: 100, indent: 12 },
    );
    const document = pdfDocument([[...body.lines, { text: 'Jeanne Morel', x: 280, y: body.next + 30, size: 12 }]]);
    document.fonts.sans = { name: 'Helvetica', bold: false, italic: false };
    const page = document.pages[0]!;
    page.pieces.push({ text: 'Page 1/1', x: 500, y: 50, width: 48, size: 12, font: 'sans' }, { text: 'Vie locale', x: 50, y: 816, width: 56, size: 12, font: 'sans' });
    const result = layoutPdf(document, { lexicon });
    expect(texts(result)).toEqual([
      'Le marché couvert rouvre samedi après six mois de travaux, avec quarante étals et une halle neuve.',
      'Les commerçants ont repris leurs places.',
      'Jeanne Morel',
    ]);
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', before: 'Vie locale', reason: 'running-header' }));
  });

  it('takes a printout’s standfirst folded over more than four lines of a narrow column for one when the byline follows it, and not when the body does', () => {
    const standfirst = ['Les bénévoles ont remis la roue', 'en état après deux ans de', 'travaux. Le moulin tourne de', 'nouveau chaque dimanche après-', 'midi.'];
    const top = (after: string[]): PlacedLine[] =>
      ['SOCIÉTÉ', '', 'Le moulin rouvre ses portes', '', ...standfirst, '', ...after].flatMap((text, index) => (text === '' ? [] : [{ text, x: 30, y: 60 + 12 * index }]));
    const body = ['Le moulin de la Forge a tourné', 'dimanche pour la première fois', 'depuis 1962. Plus de trois cents', 'visiteurs sont venus le voir.'];
    const signed = layout([top(['Par Jeanne Morel', '', ...body])]);
    expect(signed.blocks.map((block) => block.role)).toEqual(['kicker', 'headline', 'standfirst', 'byline', 'paragraph']);
    expect(signed.blocks[2]?.text).toBe('Les bénévoles ont remis la roue en état après deux ans de travaux. Le moulin tourne de nouveau chaque dimanche après-midi.');
    // With the body's first lines right under it, five lines of sentences are the body's first paragraph.
    expect(layout([top(body)]).blocks.map((block) => block.role)).not.toContain('standfirst');
  });

  it('keeps a caption opening on one label a caption', () => {
    const body = column([['Le pont restera fermé aux voitures jusqu’à', 'la fin des travaux, a annoncé le maire.']], { x: 50, width: 300, top: 100 });
    const caption: PlacedLine = { text: 'En haut : le pont vu depuis la rive ardéchoise.', x: 50, y: body.next + 60, size: 8, font: 'italic' };
    const result = layout([[...body.lines, caption]]);
    expect(result.blocks.map((block) => block.role)).toEqual(['paragraph', 'caption']);
  });

  it('drops a producer’s credit set in 1 pt in the page’s corner, records it, and reads the folio beside it as the folio', () => {
    const body = column([['Le conseil municipal a voté lundi soir le budget de la', 'ville, après une séance de près de quatre heures.'], ['Les élus de l’opposition ont quitté la salle avant la fin', 'des débats.']], { x: 50, width: 260, top: 100, indent: 10 });
    const credit: PlacedLine = { text: 'Powered by TCPDF (www.tcpdf.org)', x: 0, y: 841, size: 1 };
    const folio: PlacedLine = { text: 'Page 8', x: 280, y: 800, size: 8 };
    const result = layout([[...body.lines, folio, credit]]);
    expect(texts(result)).toEqual([
      'Le conseil municipal a voté lundi soir le budget de la ville, après une séance de près de quatre heures.',
      'Les élus de l’opposition ont quitté la salle avant la fin des débats.',
    ]);
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', before: 'Powered by TCPDF (www.tcpdf.org)', reason: 'tiny-text' }));
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', before: 'Page 8', reason: 'folio' }));
  });

  it('measures a few lines at the head of the next page against the column edge of the page before: their indented lines open paragraphs', () => {
    const first = column(
      [
        ['Le tournage a duré trois semaines dans le village, où', 'une vingtaine d’habitants ont joué les figurants.'],
        ['La production a loué une dizaine de maisons et deux', 'gîtes pour loger les membres de l’équipe. La mairie a', 'touché 4 500 euros pour l’occupation de l’espace public.'],
        ['Certains figurants ont dû se laisser pousser la moustache,', 'd’autres ont accepté une coupe de cheveux'],
      ],
      { x: 50, width: 300, top: 100, indent: 12 },
    );
    // Page 2: the paragraph's last line at the edge, then three one-line paragraphs, indented.
    const second = column(
      [['d’époque.'], ['— Vous reviendrez pour la sortie ?'], ['— Bien sûr, on organisera une projection ici.'], ['Le film doit sortir en salles à l’automne 2027.']],
      { x: 50, width: 300, top: 60, indent: 12 },
    );
    second.lines[0] = { ...second.lines[0]!, x: 50 };
    const result = layout([first.lines, second.lines]);
    expect(texts(result).slice(-3)).toEqual([
      '— Vous reviendrez pour la sortie ?',
      '— Bien sûr, on organisera une projection ici.',
      'Le film doit sortir en salles à l’automne 2027.',
    ]);
    expect(texts(result).at(-4)).toBe('Certains figurants ont dû se laisser pousser la moustache, d’autres ont accepté une coupe de cheveux d’époque.');
  });
});

import { describe, expect, it } from 'vitest';
import { blankLinesSeparateParagraphs, breaksWords, endsHeadingBeforeBlank, estimateColumnWidth, leavesQuotationOpen, estimatePrintedMeasure, firstWordLength, printedLastLength, printedLastWidth, splitParagraphs, stopsShort, stopsShortPrinted } from '../../src/layout/paragraph-ends.ts';
import { pageLines } from '../support/page-lines.ts';
import type { PageLine } from '../../src/layout/page-line.ts';

const COLUMN = [
  'Le conseil municipal a voté hier soir le budget de',
  'la ville pour l’année prochaine, après un débat de',
  'plus de quatre heures entre la majorité et la droite.',
  'Le maire salue un vote.',
  'L’opposition, elle, dénonce une hausse des impôts',
  'locaux de près de quatre pour cent, la plus forte',
  'depuis dix ans. Elle a demandé un nouveau débat.',
  'Rien n’est encore décidé pour la suite des travaux.',
].join('\n');

const texts = (paragraphs: ReturnType<typeof splitParagraphs>['paragraphs']): string[] =>
  paragraphs.map((paragraph) => paragraph.map((line) => line.content).join(' '));

describe('paragraph ends', () => {
  it('estimates the column width from the lines, glued lines aside', () => {
    const lines = pageLines(COLUMN);
    expect(estimateColumnWidth(lines)).toBeGreaterThanOrEqual(50);
    expect(estimateColumnWidth(lines)).toBeLessThanOrEqual(53);
  });

  it('measures the column on the lines holding words when the extraction set many words apart between blank lines', () => {
    // A justified line stretched wide, each word a block of its own (pdftotext on pdfjs's pages).
    const spread = ['À', 'la', 'barre,', 'le', 'gérant', 'de', 'la', 'société', 'a', 'reconnu', 'les', 'faits.'].join('\n\n');
    const lines = pageLines(`${COLUMN}\n\n${spread}\n\n${spread}`);
    expect(estimateColumnWidth(lines)).toBeGreaterThanOrEqual(50);
    expect(estimateColumnWidth(lines)).toBeLessThanOrEqual(53);
    // One-word lines in a row with no blank line between (a list, a word-per-line run) are left to the other rules.
    expect(estimateColumnWidth(pageLines(`${COLUMN}\n${spread.replaceAll('\n\n', '\n')}`))).toBeLessThan(50);
  });

  it('takes the long lines for the column when most lines are one-line paragraphs, each a sentence', () => {
    const box = [
      'La saison régulière s’est achevée dimanche soir sur une série de rencontres très disputées dans toute la poule.',
      'Les résultats de la dernière journée, avant les phases finales qui débuteront au printemps prochain.',
      'Caen - Rouen : 21-14.',
      'Brest - Vannes : 9-9.',
      'Laval - Angers : 30-12.',
      'Tours - Blois : 17-3.',
      'Nantes - Cholet : 6-8.',
      'Le Mans - Alençon : 25-20.',
      'Le classement final place Caen en tête, devant Vannes et Laval, tandis que Blois descend en division inférieure.',
    ];
    const lines = pageLines(box.join('\n'));
    expect(estimateColumnWidth(lines)).toBeGreaterThan(100);
    const split = splitParagraphs(lines, estimateColumnWidth(lines), new Set());
    expect(texts(split.paragraphs)).toEqual([`${box[0]} ${box[1]}`, ...box.slice(2)]);
  });

  it('measures the column on the lines that carry a sentence on when short items outnumber them', () => {
    // Standings and prizes, one a line, outnumber the running text's lines: the median of all
    // lines is an item's length, and full lines would pass for lines glued across a hyphen.
    const body = [
      'Le tournoi a réuni cette année plus de quatre cents joueurs venus de vingt-huit pays, qui',
      'ont disputé neuf rondes en cinq jours dans la grande salle, sous les yeux d’un public venu',
      'nombreux. Le vainqueur, un lycéen de dix-sept ans, a devancé quatre grands maîtres au',
      'départage, après une dernière partie conclue par une nulle rapide dans la soirée de',
      'dimanche, devant ses parents venus de loin pour assister à la remise des prix du soir.',
      '1. Oleksandr Petrenko, 7,5 pts.',
      '2. Arjun Menon, 7 pts.',
      '3. Jorden van Dijk, 7 pts.',
      '4. Daniel Kowalski, 7 pts.',
      '5. Maxime Lagarde, 7 pts.',
      'Meilleure joueuse : Anna Schreiber, 6,5 pts.',
      'Meilleur jeune : Noé Bertrand, 6 pts.',
      'Meilleur joueur local : Rémi Delattre, 5,5 pts.',
      'La salle, trop petite, a obligé les organisateurs à refuser près de deux cents inscriptions',
      'cette année. Le maire a promis d’étudier l’accueil de la prochaine édition ailleurs.',
    ];
    const lines = pageLines(body.join('\n'));
    expect(estimateColumnWidth(lines)).toBeGreaterThanOrEqual(85);
    const split = splitParagraphs(lines, estimateColumnWidth(lines), new Set());
    expect(texts(split.paragraphs).slice(-4)).toEqual([body[10], body[11], body[12], `${body[13]} ${body[14]}`]);
  });

  it('ends a paragraph where the next word’s first syllable would have fitted, in a column that breaks words at its line ends', () => {
    // `L’héroïne,` whole would not have fitted after `…sous la crue.`, but `L’hé-` would: a
    // column that hyphenates fills its lines syllable by syllable, so the line was ended on purpose.
    const column = [
      'Il y a des livres qui arrivent sans bruit,',
      'comme une péniche dans le brouillard. Ce',
      'roman, paru le 8 janvier aux éditions du',
      'Halage, est de ceux-là. En 312 pages, l’au-',
      'teure raconte l’hiver de 1987 où une éclu-',
      'se du Morbihan céda sous la crue.',
      'L’héroïne, Jeanne, a vingt-trois ans et',
      'vient de succéder à son père. Elle ne sait',
      'rien de la rivière, sinon ce qu’il a bien',
      'voulu lui en dire. Quand les pluies de dé-',
      'cembre commencent, elle reste seule face',
      'aux vannes et aux voisins qui doutent.',
    ];
    const lines = pageLines(column.join('\n'));
    const width = estimateColumnWidth(lines);
    expect(breaksWords(lines, width)).toBe(true);
    const split = splitParagraphs(lines, width);
    expect(split.paragraphs.map((paragraph) => paragraph[0]?.content)).toEqual([column[0], column[6]]);
    expect(split.repairs.find((repair) => repair.reason === 'short-last-line')?.evidence).toContain('"L’hé-"');
    // The same lines with no word broken at a line's end: nothing says the typesetter would
    // have cut `L’héroïne`, and the whole word would not have fitted.
    const unbroken = column.map((line) => line.replace(/-$/u, ''));
    const plain = pageLines(unbroken.join('\n'));
    expect(breaksWords(plain, width)).toBe(false);
    expect(splitParagraphs(plain, width).paragraphs).toHaveLength(1);
  });

  it('keeps the short lines’ width when they run on, long lines being columns glued side by side', () => {
    const glued = [
      'Le conseil municipal a voté hier soir le budget de',
      'la ville pour l’année prochaine, après un débat de   la majorité a salué un texte équilibré, et le maire',
      'plus de quatre heures entre la majorité et la droite.',
      'L’opposition, elle, dénonce une hausse des impôts   a promis que les travaux commenceraient en mai prochain',
      'locaux de près de quatre pour cent, la plus forte',
      'depuis dix ans, selon ses élus, qui ont voté contre   dans les écoles de la ville, sans hausse des impôts',
      'et demandé un nouveau débat avant la fin de',
    ];
    const lines = pageLines(glued.join('\n'));
    expect(estimateColumnWidth(lines)).toBeLessThan(60);
  });

  it('ends no paragraph on a short line inside a quotation still open, straight or French', () => {
    for (const [open, close] of [['"', '"'], ['« ', ' »']]) {
      const column = [
        'Le maire a reçu les pêcheurs du port lundi soir,',
        'avant le conseil de la semaine.',
        `${open}Nous avons tout perdu.`,
        `Il faut nous aider${close}, a dit leur porte-parole.`,
        'Le maire a promis une réponse avant la fin du mois.',
      ];
      const lines = pageLines(column.join('\n'));
      const split = splitParagraphs(lines, 50, new Set());
      expect(texts(split.paragraphs)).toEqual([column.slice(0, 2).join(' '), column.slice(2, 4).join(' '), column[4]]);
    }
  });

  it('reads a results box of one-line paragraphs between lines of running text wrapped at the measure', () => {
    // A results box: one-line paragraphs, most lines short, and a few lines of running text
    // wrapped at the measure. The median line is a result's; the column's width must be the
    // running text's, so a result stops short and a full line of running text does not.
    const lines = pageLines(
      [
        'Poule 2',
        'Soyaux - Cognac : 31-12.',
        'Nevers - Périgueux : 17-20.',
        'Limoges - Tulle : 24-24.',
        'Rochefort - Bergerac : 9-15.',
        'Classement',
        '1. Soyaux, 34 pts.',
        '2. Périgueux, 33 pts.',
        '3. Nevers, 31 pts.',
        'Le demi d’ouverture de Périgueux a inscrit quinze des vingt points de son équipe à Nevers,',
        'dont la pénalité de la gagne à la dernière minute, et il a reconnu après le match que le',
        'pied avait fait la différence plus que le jeu, sous la pluie et devant un public glacé.',
        'Prochaine journée',
        'Samedi : Périgueux - Soyaux, à 18 h 30.',
        'Dimanche : Cognac - Nevers, Bergerac - Limoges, Tulle - Rochefort, Chauvigny - Saint-Jean,',
        'à 15 heures.',
      ].join('\n'),
    );
    const width = estimateColumnWidth(lines);
    expect(width).toBeGreaterThanOrEqual(85);
    const measure = estimatePrintedMeasure(lines, width);
    expect(stopsShortPrinted(lines[1]!, lines[2], width, measure)).toBe(true);
    // (The intertitles are the page layout's to set apart, as `forced` breaks.)
    expect(texts(splitParagraphs(lines, width, new Set([1, 6, 12, 13])).paragraphs)).toEqual([
      'Poule 2',
      'Soyaux - Cognac : 31-12.',
      'Nevers - Périgueux : 17-20.',
      'Limoges - Tulle : 24-24.',
      'Rochefort - Bergerac : 9-15.',
      'Classement',
      '1. Soyaux, 34 pts.',
      '2. Périgueux, 33 pts.',
      '3. Nevers, 31 pts.',
      'Le demi d’ouverture de Périgueux a inscrit quinze des vingt points de son équipe à Nevers, dont la pénalité de la gagne à la dernière minute, et il a reconnu après le match que le pied avait fait la différence plus que le jeu, sous la pluie et devant un public glacé.',
      'Prochaine journée',
      'Samedi : Périgueux - Soyaux, à 18 h 30.',
      'Dimanche : Cognac - Nevers, Bergerac - Limoges, Tulle - Rochefort, Chauvigny - Saint-Jean, à 15 heures.',
    ]);
  });

  it('never ends a paragraph on a line that opens a quotation and leaves it open', () => {
    expect(leavesQuotationOpen('"Mon neveu est parti en août.')).toBe(true);
    expect(leavesQuotationOpen('« Nous partons demain.')).toBe(true);
    expect(leavesQuotationOpen('« Nous partons », dit-il.')).toBe(false);
    expect(leavesQuotationOpen('des bons jours", soupire-t-il.')).toBe(false);
    const lines = pageLines(['dans l’archipel espagnol depuis', 'janvier, selon Madrid.', '"Mon neveu est parti en août.', 'Il était pêcheur, comme moi", dit', 'Mamadou Diop, en montrant', 'l’horizon.'].join('\n'));
    expect(texts(splitParagraphs(lines, 32).paragraphs)).toEqual([
      'dans l’archipel espagnol depuis janvier, selon Madrid.',
      '"Mon neveu est parti en août. Il était pêcheur, comme moi", dit Mamadou Diop, en montrant l’horizon.',
    ]);
  });

  it('takes five lines in a row, each ending a sentence before one opening, for one-line paragraphs, however full', () => {
    const results = ['Soyaux-Angoulême - Cognac : 31-12.', 'Nevers - Périgueux : 17-20.', 'Limoges - Tulle : 24-24.', 'Rochefort - Bergerac : 9-15.', 'Saint-Jean-d’Angély - Chauvigny : 28-3.'];
    // A width no line stops short of: only the run shows the ends.
    expect(texts(splitParagraphs(pageLines(results.join('\n')), 30).paragraphs)).toEqual(results);
    // Four in a row may be running text ending sentences at line ends by chance (their scores
    // set after a comma: no entry's label and colon either, list-items' opensOnLabel).
    const unlabelled = results.slice(0, 4).map((line) => line.replace(' : ', ', '));
    expect(splitParagraphs(pageLines(unlabelled.join('\n')), 30).paragraphs.length).toBeLessThan(4);
  });

  it('reads the last printed line of lines pdftotext glued', () => {
    expect(printedLastLength(40, 50)).toBe(40);
    expect(printedLastLength(70, 50)).toBe(20);
    expect(printedLastLength(125, 50)).toBe(25);
  });

  it('reads the last printed line of a line pdftotext glued by its printed width, even a few letters long', () => {
    // Within a few percent of the measure a line is one printed line; past it, the full lines
    // glued into it come off and what is left is its last printed line.
    expect(printedLastWidth(9_800, 10_000)).toBe(9_800);
    expect(printedLastWidth(10_400, 10_000)).toBe(10_400);
    expect(printedLastWidth(11_500, 10_000)).toBe(1_500);
    // Two full lines glued still leave a full last line.
    expect(printedLastWidth(20_500, 10_000)).toBe(10_500);
    expect(printedLastWidth(23_000, 10_000)).toBe(3_000);
  });

  it('reads two full printed lines glued across a hyphen as full, though their characters leave a few over two columns', () => {
    // pdftotext glued two printed lines at a word cut by a hyphen: 102 characters in a column of
    // 50, two left over by characters, but two full lines of narrow letters by printed width.
    // Only a glued line whose printed width leaves a short last line ends its paragraph.
    const column = (glued: string): ReturnType<typeof pageLines> =>
      pageLines(
        [
          'Le conseil municipal a voté hier soir le budget de',
          'la ville pour l’année prochaine, après un débat de',
          glued,
          'Le maire salue un vote serré, le plus disputé des',
          'dix dernières années, et promet des économies sur',
          'les frais de fonctionnement de la mairie, cet été.',
          'Rien n’est encore décidé pour la suite des travaux,',
          'ni pour le calendrier des prochaines réunions du',
          'conseil, qui se retrouvera en séance au printemps.',
        ].join('\n'),
      );
    const full = column('plus de quatre heures entre la majorité et la droite, qui a dénoncé une hausse des impôts locaux et le');
    const width = estimateColumnWidth(full);
    const measure = estimatePrintedMeasure(full, width);
    expect(stopsShort(full[2]!, full[3], width)).toBe(true);
    expect(stopsShortPrinted(full[2]!, full[3], width, measure)).toBe(false);
    // Lines printed stretched, their words read one a line and joined back, fill the measure with
    // fewer letters than their width says: there the characters alone still judge.
    expect(stopsShortPrinted({ ...full[2]!, stretched: true }, full[3], width, measure)).toBe(true);
    const short = column('plus de quatre heures entre la majorité et la droite, qui a dénoncé une hausse des impôts locaux dès le mois de mai.');
    expect(stopsShortPrinted(short[2]!, short[3], estimateColumnWidth(short), estimatePrintedMeasure(short, estimateColumnWidth(short)))).toBe(true);
    expect(texts(splitParagraphs(short, estimateColumnWidth(short)).paragraphs)).toHaveLength(2);
  });

  it('ends a paragraph whose last printed line, the end of a word cut by a hyphen, pdftotext glued to the line before', () => {
    // The printed column: « l’op- » ends a full line and « position. » alone ends the
    // paragraph; pdftotext took the hyphen out and printed the two as one line, only a fifth
    // longer than the column, as long as a line of narrow letters would be.
    const lines = pageLines(
      [
        'Le conseil municipal a voté hier soir le budget de',
        'la ville pour l’année prochaine, après des débats',
        'de plus de quatre heures entre la majorité et l’opposition.',
        'Le maire salue un vote serré, le plus disputé des',
        'dix dernières années, et promet des économies sur',
        'les frais de fonctionnement de la mairie, cet été.',
        'Rien n’est encore décidé pour la suite des travaux',
        'ni pour le calendrier des prochaines réunions.',
      ].join('\n'),
    );
    const width = estimateColumnWidth(lines);
    const measure = estimatePrintedMeasure(lines, width);
    // By characters the glued line looks full.
    expect(stopsShort(lines[2]!, lines[3], width)).toBe(false);
    expect(stopsShortPrinted(lines[2]!, lines[3], width, measure)).toBe(true);
    // A full line ending a sentence goes on.
    expect(stopsShortPrinted(lines[5]!, lines[6], width, measure)).toBe(false);
    expect(texts(splitParagraphs(lines, width).paragraphs)).toEqual([
      'Le conseil municipal a voté hier soir le budget de la ville pour l’année prochaine, après des débats de plus de quatre heures entre la majorité et l’opposition.',
      'Le maire salue un vote serré, le plus disputé des dix dernières années, et promet des économies sur les frais de fonctionnement de la mairie, cet été. Rien n’est encore décidé pour la suite des travaux ni pour le calendrier des prochaines réunions.',
    ]);
  });

  it('does not take captions set one under another between blank lines for paragraphs separated by blank lines', () => {
    const text = (captions: string[]): string =>
      [
        'Le conseil municipal a voté hier soir le budget',
        'de la ville.',
        'Le maire salue un vote serré et promet des',
        'économies dès cet été.',
        'L’opposition dénonce une hausse des impôts',
        'locaux de quatre pour cent, la plus forte depuis',
        'dix ans, et le préfet doit rendre son avis avant',
        'la fin du mois prochain.',
        ...captions,
        '',
        'Le budget sera publié sur le site de la ville',
        'dès lundi, avec le détail des investissements',
        'prévus pour les écoles et pour les routes.',
      ].join('\n');
    const captions = ['', 'Le maire dans son bureau, lundi.', '', 'La salle du conseil, hier soir.', '', 'Un conseiller quitte la séance, mardi.'];
    const lines = pageLines(text(captions));
    expect(blankLinesSeparateParagraphs(lines, estimateColumnWidth(lines))).toBe(false);
    // Where the blocks after the blank lines run longer, they are paragraphs set apart.
    const paragraphs = [
      '',
      'Le maire dans son bureau a reçu les élus de',
      'la majorité et ceux de l’opposition pour un',
      'dernier échange, lundi.',
      '',
      'La salle du conseil était pleine et les',
      'débats ont duré tard, sous les questions',
      'du public, hier soir.',
      '',
      'Un conseiller a quitté la séance avant',
      'le vote, sans un mot, en laissant sa',
      'place vide, mardi.',
    ];
    const longer = pageLines(text(paragraphs));
    expect(blankLinesSeparateParagraphs(longer, estimateColumnWidth(longer))).toBe(true);
  });

  it('counts with the first word what French typography binds to it by a no-break space', () => {
    const unit = (text: string): string => text.slice(0, firstWordLength(text));
    expect(unit('M. Jean-Yves Robic, qui gère le camping')).toBe('M. Jean-Yves');
    expect(unit('Mme Le Goff a répondu')).toBe('Mme Le');
    expect(unit('« Nous ne pouvons plus »')).toBe('« Nous');
    expect(unit('1 300 emplois sont menacés')).toBe('1 300');
    expect(unit('18 % des voix')).toBe('18 %');
    expect(unit('vrai ? demande-t-il')).toBe('vrai ?');
    expect(unit('Le maire a répondu')).toBe('Le');
    expect(unit('seul')).toBe('seul');
  });

  it('settles long words on their lengths alone, the binding words and marks being short', () => {
    const unit = (text: string): string => text.slice(0, firstWordLength(text));
    // The longest word binding the next, and the longest mark bound to the previous.
    expect(unit('Mlles Durand-Lefebvre et Martin')).toBe('Mlles Durand-Lefebvre');
    expect(unit('vraiment ?» demande-t-il')).toBe('vraiment ?»');
    expect(unit('président, répond-il')).toBe('président,');
    expect(unit('Marseille  ! crie-t-il')).toBe('Marseille');
    expect(unit('120 000 habitants')).toBe('120 000');
    expect(unit('1 3000 habitants')).toBe('1');
  });

  it('does not end a paragraph where the line stopped before a title and its name', () => {
    // pdftotext prints the no-break space of « M. Jean-Yves » as a plain space.
    const lines = pageLines(
      [
        'Pour les exploitants, le calendrier est serré, et',
        'les délais sont courts pour tout le monde.',
        'M. Jean-Yves Robic, qui gère le camping des Ilots',
        'depuis vingt ans, ne sait pas où il ira. Il attend.',
        'Mme Le Goff a répondu.',
        'La préfecture doit rendre son avis avant la fin',
      ].join('\n'),
    );
    const width = 50;
    // « monde. » leaves room for « M. » alone, not for « M. Jean-Yves »: the line was full.
    expect(stopsShort(lines[1]!, lines[2], width)).toBe(false);
    // A line that stops far shorter still ends its paragraph.
    expect(stopsShort(lines[4]!, lines[5], width)).toBe(true);
  });

  it('ends a paragraph on a short line ending a sentence, not on a full one', () => {
    const lines = pageLines(COLUMN);
    const width = estimateColumnWidth(lines);
    expect(stopsShort(lines[3]!, lines[4], width)).toBe(true);
    expect(stopsShort(lines[6]!, lines[7], width)).toBe(false);
    const split = splitParagraphs(lines, width);
    expect(texts(split.paragraphs)).toEqual([
      'Le conseil municipal a voté hier soir le budget de la ville pour l’année prochaine, après un débat de plus de quatre heures entre la majorité et la droite. Le maire salue un vote.',
      'L’opposition, elle, dénonce une hausse des impôts locaux de près de quatre pour cent, la plus forte depuis dix ans. Elle a demandé un nouveau débat. Rien n’est encore décidé pour la suite des travaux.',
    ]);
    expect(split.repairs).toEqual([expect.objectContaining({ kind: 'paragraph-split', line: 4, reason: 'short-last-line' })]);
  });

  it('ends a paragraph on a short sentence end before a small-letter line, which continues a sentence read elsewhere', () => {
    // The second line's paragraph ended short of the column; the third continues a sentence
    // whose start the extraction read elsewhere (a column's head taken out of order).
    const lines = pageLines(
      [
        'L’opposition, elle, dénonce une hausse des impôts',
        'locaux, la plus forte depuis dix ans.',
        'de la ville pour l’année prochaine, après un débat',
        'de plus de quatre heures entre la majorité et la droite.',
      ].join('\n'),
    );
    const split = splitParagraphs(lines, estimateColumnWidth(lines));
    expect(texts(split.paragraphs)).toEqual([
      'L’opposition, elle, dénonce une hausse des impôts locaux, la plus forte depuis dix ans.',
      'de la ville pour l’année prochaine, après un débat de plus de quatre heures entre la majorité et la droite.',
    ]);
    expect(split.repairs).toEqual([expect.objectContaining({ kind: 'paragraph-split', line: 2, reason: 'short-line-before-continuation' })]);
  });

  it('keeps a short line before a small-letter line when it ends on a closing quote with no stop, or on no sentence end', () => {
    for (const end of ['locaux, des « hausses massives »', 'locaux, la plus forte depuis']) {
      const lines = pageLines(['L’opposition, elle, dénonce une hausse des impôts', end, 'de la ville pour l’année prochaine, après un débat', 'de plus de quatre heures entre la majorité et la droite.'].join('\n'));
      expect(splitParagraphs(lines, estimateColumnWidth(lines)).paragraphs).toHaveLength(1);
    }
  });

  it('opens a paragraph at each turn of a dialogue, a dash after a sentence’s end, even when the line before runs full', () => {
    const lines = pageLines(
      [
        'Le gardien remplit deux tasses de café fumant.',
        '— Vous voyez, elle n’a plus besoin de moi du tout.',
        '— Ça vous fait quelque chose, au fond, ce soir ?',
        '— Ce soir, oui, un peu — et demain, je ne sais pas,',
        '— dit-il en riant.',
      ].join('\n'),
    );
    const split = splitParagraphs(lines, 50);
    expect(texts(split.paragraphs)).toEqual([
      'Le gardien remplit deux tasses de café fumant.',
      '— Vous voyez, elle n’a plus besoin de moi du tout.',
      '— Ça vous fait quelque chose, au fond, ce soir ?',
      '— Ce soir, oui, un peu — et demain, je ne sais pas, — dit-il en riant.',
    ]);
    expect(split.repairs.map((repair) => repair.reason)).toEqual(['dialogue-dash', 'dialogue-dash', 'dialogue-dash']);
  });

  it('ends a turn held on one line when the narration takes up again, however full the turn ran', () => {
    const lines = pageLines(
      [
        'Le gardien remplit deux tasses de café fumant.',
        '— Vous voyez, elle n’a plus besoin de moi du tout.',
        'Le phare, automatisé depuis 1998, tourne sans lui',
        'depuis des années et il le sait mieux que personne.',
        '— Et vous, demain ? lui demande-t-on à la porte.',
        '— Demain, je pars.',
      ].join('\n'),
    );
    const split = splitParagraphs(lines, 52);
    expect(texts(split.paragraphs)).toEqual([
      'Le gardien remplit deux tasses de café fumant.',
      '— Vous voyez, elle n’a plus besoin de moi du tout.',
      'Le phare, automatisé depuis 1998, tourne sans lui depuis des années et il le sait mieux que personne.',
      '— Et vous, demain ? lui demande-t-on à la porte.',
      '— Demain, je pars.',
    ]);
    expect(split.repairs.map((repair) => repair.reason)).toEqual(['dialogue-dash', 'dialogue-turn-end', 'dialogue-dash', 'dialogue-dash']);
  });

  it('keeps in its paragraph a turn opening a line where the paragraph runs its turns on inside its lines', () => {
    const lines = pageLines(
      [
        'L’épicerie du bourg annonçait des rayons vides. — Si ça',
        'dure, on n’aura plus de lait, prévient la gérante.',
        '— Le boulanger a encore de la farine pour trois jours.',
        'La mairie a ouvert la salle des fêtes pour la nuit.',
      ].join('\n'),
    );
    const split = splitParagraphs(lines, 56);
    expect(texts(split.paragraphs)[0]).toBe(
      'L’épicerie du bourg annonçait des rayons vides. — Si ça dure, on n’aura plus de lait, prévient la gérante. — Le boulanger a encore de la farine pour trois jours.',
    );
    expect(split.repairs.some((repair) => repair.reason === 'dialogue-dash')).toBe(false);
  });

  it('keeps a turn whose line carries the sentence on to the next', () => {
    const lines = pageLines(['— Vous voyez, elle n’a plus besoin de moi du tout,', 'dit-il en posant sa tasse sur la table de la cuisine.', 'Le phare tourne seul depuis des années, sans lui.'].join('\n'));
    expect(texts(splitParagraphs(lines, 52).paragraphs)).toEqual([
      '— Vous voyez, elle n’a plus besoin de moi du tout, dit-il en posant sa tasse sur la table de la cuisine. Le phare tourne seul depuis des années, sans lui.',
    ]);
  });

  it('follows indents when the article indents its paragraphs', () => {
    // (Since session 32 an unindented sentence after a short one opens a paragraph too: here it
    // follows a full line, which the indent alone decides.)
    const lines = pageLines(['Une ligne pleine qui finit une phrase.', '   Un retrait ouvre un paragraphe', 'qui finit sur une ligne bien pleine.', 'Sans retrait, la phrase continue le', 'paragraphe.', '   Un dernier retrait.'].join('\n'));
    expect(texts(splitParagraphs(lines, 40).paragraphs)).toEqual([
      'Une ligne pleine qui finit une phrase.',
      'Un retrait ouvre un paragraphe qui finit sur une ligne bien pleine. Sans retrait, la phrase continue le paragraphe.',
      'Un dernier retrait.',
    ]);
  });

  it('ends a paragraph of an indenting article at vertical space after a short sentence end, before an unindented line (a caption under a picture), not after a full line', () => {
    const lines = pageLines(
      [
        'La première ligne de l’article court sur toute',
        'la largeur de la colonne et finit bien pleine.',
        '   Un retrait ouvre le paragraphe, qui court sur',
        'la colonne et finit court.',
        '',
        '',
        'Le hall de la mairie, mardi soir, sous la pluie.',
        '   Un autre retrait ouvre le paragraphe suivant,',
        'qui court lui aussi sur des lignes bien pleines.',
        '',
        'Sans retrait après un blanc, la suite continue.',
      ].join('\n'),
    );
    const split = splitParagraphs(lines, 48);
    expect(texts(split.paragraphs)).toEqual([
      'La première ligne de l’article court sur toute la largeur de la colonne et finit bien pleine.',
      'Un retrait ouvre le paragraphe, qui court sur la colonne et finit court.',
      'Le hall de la mairie, mardi soir, sous la pluie.',
      'Un autre retrait ouvre le paragraphe suivant, qui court lui aussi sur des lignes bien pleines. Sans retrait après un blanc, la suite continue.',
    ]);
    expect(split.repairs).toContainEqual(expect.objectContaining({ kind: 'paragraph-split', line: 4, reason: 'blank-after-short-line' }));
  });

  it('ends a paragraph of an indenting article on a short sentence end before an unindented sentence, not on a full line nor inside a quotation', () => {
    const lines = pageLines(
      [
        'La première ligne de l’article court sur toute',
        'la largeur de la colonne et finit bien pleine.',
        '   Un retrait ouvre le paragraphe, qui court sur',
        'toute la largeur de la colonne sans s’arrêter.',
        'Sa dernière ligne finit court.',
        'Le paragraphe suivant ne porte pas de retrait,',
        'et sa ligne pleine finit une phrase ici même.',
        'La suite du même paragraphe continue la ligne',
        'et se termine par une citation : « Il partira.',
        'Nous verrons », dit-il, sans rien ajouter.',
        '   Un dernier retrait ouvre le dernier paragraphe.',
      ].join('\n'),
    );
    const split = splitParagraphs(lines, 48);
    expect(texts(split.paragraphs)).toEqual([
      'La première ligne de l’article court sur toute la largeur de la colonne et finit bien pleine.',
      'Un retrait ouvre le paragraphe, qui court sur toute la largeur de la colonne sans s’arrêter. Sa dernière ligne finit court.',
      'Le paragraphe suivant ne porte pas de retrait, et sa ligne pleine finit une phrase ici même. La suite du même paragraphe continue la ligne et se termine par une citation : « Il partira. Nous verrons », dit-il, sans rien ajouter.',
      'Un dernier retrait ouvre le dernier paragraphe.',
    ]);
    expect(split.repairs).toContainEqual(expect.objectContaining({ kind: 'paragraph-split', line: 5, reason: 'short-last-line-unindented' }));
  });

  it('ends a paragraph of an indenting article on a short sentence end at a page’s foot, before an unindented sentence on the next page', () => {
    const lines = pageLines(
      [
        'La première ligne de l’article court sur toute',
        'la largeur de la colonne et finit bien pleine.',
        '   Un retrait ouvre le paragraphe, qui court sur',
        'toute la largeur de la colonne sans s’arrêter.',
        'Elle finit court en bas de page.',
        '\fLe texte de la page suivante, sans retrait,',
        'court lui aussi sur toute la largeur voulue.',
        '   Un dernier retrait ouvre le dernier paragraphe.',
      ].join('\n'),
    );
    const split = splitParagraphs(lines, 48);
    expect(texts(split.paragraphs)).toEqual([
      'La première ligne de l’article court sur toute la largeur de la colonne et finit bien pleine.',
      'Un retrait ouvre le paragraphe, qui court sur toute la largeur de la colonne sans s’arrêter. Elle finit court en bas de page.',
      'Le texte de la page suivante, sans retrait, court lui aussi sur toute la largeur voulue.',
      'Un dernier retrait ouvre le dernier paragraphe.',
    ]);
    expect(split.repairs).toContainEqual(expect.objectContaining({ kind: 'paragraph-split', line: 5, reason: 'short-last-line-unindented' }));
  });

  it('joins across a column break in the middle of a sentence and records it', () => {
    const lines = pageLines('Le texte se poursuit dans la colonne\n\nsuivante sans rien perdre.');
    const split = splitParagraphs(lines, 40);
    expect(split.paragraphs).toHaveLength(1);
    expect(split.repairs).toEqual([expect.objectContaining({ kind: 'paragraph-joined', line: 3, reason: 'column-break' })]);
  });

  it('cuts a paragraph far longer than the others at a sentence end outside any open quotation', () => {
    const short = ['Un paragraphe de longueur ordinaire qui', 'tient sur trois lignes de la colonne et', 'finit court, ici.'];
    const long = [
      'Le long paragraphe commence par une phrase',
      'qui court sur trois lignes pleines de la',
      'colonne sans jamais finir trop tôt, ici.',
      'La deuxième phrase prend le relais et va',
      'elle aussi au bout de chacune des lignes',
      'de la colonne, sans laisser de place vide.',
      '« Une citation ouvre ici, sourit-elle.',
      'Elle se poursuit sur la ligne suivante »,',
      'ajoute la commerçante, qui parle encore.',
      'Puis le texte reprend et continue de la',
      'même façon sur des lignes toutes pleines',
      'jusqu’à la fin de ce très long paragraphe',
      'qui ne laisse voir aucune fin avant celle',
      'de sa dernière phrase, enfin.',
    ];
    const text = [...short, ...short, ...long, ...short].join('\n');
    const split = splitParagraphs(pageLines(text), 41);
    const cut = split.repairs.find((repair) => repair.reason === 'long-paragraph');
    // The sentence end nearest the middle is inside the quotation (`sourit-elle.`, line 13): the
    // cut goes to the nearest one outside it, the line before.
    expect(cut?.line).toBe(12);
    expect(split.warnings).toEqual([expect.objectContaining({ rule: 'layout/paragraph-length-guess', line: 12 })]);
  });

  it('does not cut a long paragraph where the page shows it going on, and records the boundary passed over', () => {
    const short = ['Un paragraphe de longueur ordinaire qui', 'tient sur trois lignes de la colonne et', 'finit court, ici.'];
    const long = [
      'Le long paragraphe commence par une phrase',
      'qui court sur trois lignes pleines de la',
      'colonne sans jamais finir trop tôt, ici.',
      'La deuxième phrase prend le relais et va',
      'elle aussi au bout de chacune des lignes',
      'de la colonne, sans laisser de place vide.',
      'La troisième reprend de la même façon et',
      'va au bout des lignes pleines de la page.',
      'Une quatrième suit, qui remplit ses deux',
      'lignes jusqu’au bord de la colonne, aussi.',
      'Puis le texte continue encore et toujours',
      'sur des lignes pleines jusqu’à la fin de',
      'ce très long paragraphe, enfin.',
    ];
    const lines = pageLines([...short, ...short, ...long, ...short].join('\n'));
    const unhinted = splitParagraphs(lines, 41);
    // Without the page's word, the sentence end nearest the middle (`vide.`, line 12) is cut.
    expect(unhinted.repairs.find((repair) => repair.reason === 'long-paragraph')?.line).toBe(12);
    // A searchable scan's layer shows line 13 going on (pdf-ocr-layer.ts): the cut goes to the
    // nearest sentence end the page leaves open (`page.`, line 14), and the one passed over is recorded.
    const hinted = splitParagraphs(lines, 41, new Set(), lines, undefined, new Map([[13, 'the OCR layer shows it']]));
    expect(hinted.repairs.find((repair) => repair.reason === 'long-paragraph')?.line).toBe(14);
    expect(hinted.repairs).toContainEqual(expect.objectContaining({ kind: 'paragraph-joined', line: 13, reason: 'ocr-layer-continues', evidence: expect.stringMatching(/no paragraph's end: the OCR layer shows it$/) }));
    // Every sentence end shown going on: no cut, and no guess to warn of.
    const allOn = splitParagraphs(lines, 41, new Set(), lines, undefined, new Map([9, 12, 14, 16].map((line) => [line + 1, 'the OCR layer shows it'])));
    expect(allOn.repairs.some((repair) => repair.reason === 'long-paragraph')).toBe(false);
    expect(allOn.warnings).toEqual([]);
    expect(allOn.paragraphs).toHaveLength(4);
  });

  it('ends a paragraph where the page shows one opening, whatever the words say, and records the page\'s evidence', () => {
    // `attentive.` nearly fills the column in characters: the words show no end there.
    const lines = pageLines(['Le maire a ouvert la séance du conseil à', 'huit heures, devant une salle très attentive.', 'Les élus ont voté le budget par vingt voix', 'contre neuf, après trois heures de débat.'].join('\n'));
    expect(splitParagraphs(lines, 44).paragraphs).toHaveLength(1);
    const split = splitParagraphs(lines, 44, new Set(), lines, undefined, undefined, new Map([[3, { reason: 'ocr-layer-indent', evidence: 'set in by 1.2 em' }]]));
    expect(texts(split.paragraphs)).toEqual(['Le maire a ouvert la séance du conseil à huit heures, devant une salle très attentive.', 'Les élus ont voté le budget par vingt voix contre neuf, après trois heures de débat.']);
    expect(split.repairs).toContainEqual({ kind: 'paragraph-split', line: 2, reason: 'ocr-layer-indent', evidence: 'set in by 1.2 em' });
  });
});


describe('entries under a heading', () => {
  // A heading (index 2, forced with the line after it) over three one-sentence entries, the last
  // two filling their lines.
  const LIST = [
    'La décrue n’est pas attendue avant jeudi, selon',
    'la préfecture.',
    'Les consignes',
    'Ne pas s’engager à pied ou en voiture',
    'sur une route inondée.',
    'Ne pas descendre dans les sous-sols.',
    'Se tenir informé par la radio locale.',
  ];

  it('gives each sentence ending a line its paragraph, when every sentence under the heading ends one', () => {
    const split = splitParagraphs(pageLines(LIST.join('\n')), 38, new Set([2, 3]));
    expect(split.paragraphs.map((paragraph) => paragraph[0]?.content)).toEqual([LIST[0], LIST[2], LIST[3], LIST[5], LIST[6]]);
    expect(split.repairs.filter((repair) => repair.reason === 'headed-entries')).toHaveLength(1);
  });

  it('reads blocks under headings set one after the other as one list: two entries a block count with the series', () => {
    // An agenda: a day's heading over two entries, then the next day's (forced with the line after each).
    const AGENDA = [
      'La semaine sera chargée dans les salles',
      'de la ville.',
      'Jeudi 17 décembre',
      'Conférence sur les santons aux Archives,',
      'à 18 h 30.',
      'Soirée jeux de société au bar du centre,',
      'à partir de 20 h, dans la grande salle.',
      'Vendredi 18 décembre',
      'Concert de l’harmonie à la salle Vilar,',
      'à 20 h 30, gratuit pour les enfants sages.',
      'Veillée contée en occitan à la ferme,',
      'réservation au 05 65 22 41 07.',
    ];
    const split = splitParagraphs(pageLines(AGENDA.join('\n')), 42, new Set([2, 3, 7, 8]));
    expect(split.paragraphs.map((paragraph) => paragraph[0]?.content)).toEqual([AGENDA[0], AGENDA[2], AGENDA[3], AGENDA[5], AGENDA[7], AGENDA[8], AGENDA[10]]);
    expect(split.repairs.find((repair) => repair.reason === 'headed-entries')?.evidence).toContain('blocks under headings set one after the other');
    // One block of two entries alone is no list: its full line keeps the paragraph going.
    const alone = splitParagraphs(pageLines(AGENDA.slice(0, 7).join('\n')), 42, new Set([2, 3]));
    expect(alone.repairs.some((repair) => repair.reason === 'headed-entries')).toBe(false);
  });

  it('reads no entries where a sentence ends inside a line, or without a heading', () => {
    const running = [...LIST.slice(0, 5), 'Ne pas descendre. Rester dans les étages.', 'Se tenir informé par la radio locale.'];
    expect(splitParagraphs(pageLines(running.join('\n')), 42, new Set([2, 3])).repairs.some((repair) => repair.reason === 'headed-entries')).toBe(false);
    expect(splitParagraphs(pageLines(LIST.slice(3).join('\n')), 38).repairs.some((repair) => repair.reason === 'headed-entries')).toBe(false);
  });
});

describe('a heading before a blank line', () => {
  // A column of OCR text: a paragraph, what OCR read of a picture under it (`AE`), a heading set
  // apart, and the next paragraph.
  const PAGE = [
    'Le marché de Noël a ouvert ses portes samedi',
    'sous la halle, malgré une pluie qui n’a pas',
    'cessé de tomber de toute la matinée.',
    '',
    'AE',
    '',
    'Des exposants venus de loin',
    '',
    'Une trentaine de stands ont été installés, dont',
    'plusieurs artisans venus de la vallée voisine',
    'pour vendre leurs jouets de bois et leurs santons.',
  ].join('\n');

  it('ends the paragraph after a short line of a few words opening on a capital, before a blank line and a capital', () => {
    const lines = pageLines(PAGE);
    const measure = estimatePrintedMeasure(lines, 46);
    const heading = lines.find((line) => line.content.startsWith('Des exposants')) as PageLine;
    const next = lines[lines.indexOf(heading) + 1] as PageLine;
    expect(endsHeadingBeforeBlank(heading, next, measure)).toBe(true);
    const split = splitParagraphs(lines, 46);
    expect(split.paragraphs.map((paragraph) => paragraph.map((line) => line.content).join(' ')).at(-1)).toMatch(/^Une trentaine/u);
    expect(split.repairs).toContainEqual(expect.objectContaining({ kind: 'paragraph-split', line: 7, reason: 'heading-before-blank' }));
  });

  it('leaves a line going on alone: ending on a comma or a preposition before a figure, filling the column, or with no blank line after it', () => {
    const measure = estimatePrintedMeasure(pageLines(PAGE), 46);
    const [comma, commaNext] = pageLines('Selon le maire, Paul Roux,\n\nLes travaux dureront un an.');
    expect(endsHeadingBeforeBlank(comma as PageLine, commaNext as PageLine, measure)).toBe(false);
    const [figure, figureNext] = pageLines('Il a attaqué à\n\n6 kilomètres du sommet, dans le vent.');
    expect(endsHeadingBeforeBlank(figure as PageLine, figureNext as PageLine, measure)).toBe(false);
    const [full, fullNext] = pageLines('Les exposants ont tenu bon jusqu’au soir malgré\n\nLa pluie a cessé vers 18 heures.');
    expect(endsHeadingBeforeBlank(full as PageLine, fullNext as PageLine, measure)).toBe(false);
    const [close, closeNext] = pageLines('Des exposants venus de loin\nUne trentaine de stands ont été installés.');
    expect(endsHeadingBeforeBlank(close as PageLine, closeNext as PageLine, measure)).toBe(false);
  });

  // OCR of a page whose headline, set in large type, breaks after two or three words a line, read
  // as a block of its own above the standfirst.
  const HEADLINE = [
    'VIENNE',
    '',
    'Le pont suspendu',
    'rouvrira aux',
    'piétons avant',
    'l’été prochain',
    '',
    'Fermé depuis deux ans, l’ouvrage a été renforcé et',
    'repeint. Les cyclistes devront attendre encore un an',
    'avant de pouvoir le traverser à leur tour.',
  ].join('\n');

  it('ends a heading set over several short lines, opening on a capital after a blank line, whatever its last line opens on', () => {
    const lines = pageLines(HEADLINE);
    const split = splitParagraphs(lines, 52);
    expect(split.paragraphs.map((paragraph) => paragraph.map((line) => line.content).join(' '))).toEqual([
      'VIENNE',
      'Le pont suspendu rouvrira aux piétons avant l’été prochain',
      'Fermé depuis deux ans, l’ouvrage a été renforcé et repeint. Les cyclistes devront attendre encore un an avant de pouvoir le traverser à leur tour.',
    ]);
    expect(split.repairs).toContainEqual(expect.objectContaining({ kind: 'paragraph-split', line: 6, reason: 'heading-before-blank' }));
  });

  it('leaves a block of short lines that ends a sentence, runs full, or does not stand between blank lines', () => {
    const measure = estimatePrintedMeasure(pageLines(HEADLINE), 52);
    // A line of the block ends on a stop: a sentence's short lines, not a heading's.
    const stopped = pageLines('VIENNE\n\nLe pont rouvrira.\nLes piétons d’abord\nau printemps prochain\n\nFermé depuis deux ans, l’ouvrage a été renforcé.');
    expect(endsHeadingBeforeBlank(stopped[3] as PageLine, stopped[4] as PageLine, measure, stopped.slice(1, 4))).toBe(false);
    // The same block with no stop is a heading.
    const unstopped = pageLines('VIENNE\n\nLe pont rouvrira\nLes piétons d’abord\nau printemps prochain\n\nFermé depuis deux ans, l’ouvrage a été renforcé.');
    expect(endsHeadingBeforeBlank(unstopped[3] as PageLine, unstopped[4] as PageLine, measure, unstopped.slice(1, 4))).toBe(true);
    // A line of the block prints near the measure: running text.
    const full = pageLines('VIENNE\n\nLe pont suspendu rouvrira aux piétons avant la fin\ndu printemps\n\nFermé depuis deux ans, l’ouvrage a été renforcé.');
    expect(endsHeadingBeforeBlank(full[2] as PageLine, full[3] as PageLine, measure, full.slice(1, 3))).toBe(false);
    // The block goes on a paragraph from above the blank line: no heading of its own.
    const running = pageLines('Fermé depuis deux ans, l’ouvrage a été renforcé et\nrepeint par\nune entreprise\n\nLes cyclistes devront attendre encore un an.');
    expect(endsHeadingBeforeBlank(running[2] as PageLine, running[3] as PageLine, measure, running.slice(0, 3))).toBe(false);
  });
});

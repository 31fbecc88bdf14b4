import { describe, expect, it } from 'vitest';
import { readFurnitureOnTop, runsOn } from '../../src/layout/furniture-on-top.ts';
import { isIntertitle } from '../../src/layout/intertitles.ts';
import { estimateColumnWidth } from '../../src/layout/paragraph-ends.ts';
import { pageLines } from '../support/page-lines.ts';

const BODY = [
  'LYON — La séance du conseil municipal devait durer trois heures ; elle',
  's’est achevée au bout de quarante minutes, dans la confusion générale.',
  'Lundi soir, le maire a annoncé le report du vote du budget primitif.',
  'Dans les rangs de sa propre majorité, personne n’a été dupe du geste.',
];

const read = (lines: string[]) => {
  const pageLinesRead = pageLines(lines.join('\n'));
  const top = readFurnitureOnTop(pageLinesRead, estimateColumnWidth(pageLinesRead));
  return {
    pieces: top.pieces.map((piece) => `${piece.role}: ${piece.lines.map((line) => line.content).join(' ')}`),
    bodyStart: pageLinesRead[top.bodyStart]?.content,
  };
};

describe('furniture on top', () => {
  it('takes one sentence under the headline for the standfirst when the body opens on an intertitle under it', () => {
    const lines = pageLines(['RUGBY', 'Résultats après la 9e journée', 'Soyaux-Angoulême reprend la tête, Nevers tombe à domicile.', 'Poule 2', 'Soyaux-Angoulême - Cognac : 31-12.', 'Nevers - Périgueux : 17-20.', 'Limoges - Tulle : 24-24.'].join('\n'));
    const width = estimateColumnWidth(lines);
    const pieces = (test?: Parameters<typeof readFurnitureOnTop>[2]) => readFurnitureOnTop(lines, width, test).pieces.map((piece) => piece.role);
    expect(pieces((line, previous, next) => isIntertitle(line, previous, next, width))).toEqual(['kicker', 'headline', 'standfirst']);
    // Three sentences before the intertitle are the body's first paragraph.
    const long = pageLines(['RUGBY', 'Résultats après la 9e journée', 'Soyaux gagne. Nevers perd.', 'Limoges et Tulle font match nul.', 'Poule 2', 'Soyaux-Angoulême - Cognac : 31-12.', 'Nevers - Périgueux : 17-20.'].join('\n'));
    expect(readFurnitureOnTop(long, width, (line, previous, next) => isIntertitle(line, previous, next, width)).pieces.map((piece) => piece.role)).toEqual(['kicker', 'headline']);
  });

  it('takes a headline’s second line with no full stop, set apart by a blank line, for the headline’s, not the standfirst’s', () => {
    const top = read(['VITICULTURE', '', 'Vendanges précoces en Côte de Beaune', 'Les sécateurs sortent dès le 19 août', '', 'Jamais la récolte n’avait commencé aussi tôt. La chaleur a avancé la maturité.', '', ...BODY]);
    expect(top.pieces.slice(0, 3)).toEqual([
      'kicker: VITICULTURE',
      'headline: Vendanges précoces en Côte de Beaune Les sécateurs sortent dès le 19 août',
      'standfirst: Jamais la récolte n’avait commencé aussi tôt. La chaleur a avancé la maturité.',
    ]);
  });

  it('takes no standfirst over a body that opens on an intertitle: a line stopping short on no sentence’s end is a heading’s', () => {
    const briefs = [
      'Saint-Marcel : la médiathèque rouvre mardi',
      'Fermée depuis le mois d’avril pour des travaux, la médiathèque municipale',
      'rouvrira ses portes mardi à 10 h, avec des horaires élargis le samedi.',
      '',
      'Vauclair : un nouveau boulanger place du Marché',
      'Le fournil fermé depuis deux ans reprend du service sous la houlette d’un',
      'jeune artisan venu de Besançon, qui ouvrira six jours sur sept.',
    ];
    const top = read(['EN BREF', '', 'Les nouvelles du canton en quelques lignes', '', ...briefs]);
    expect(top.pieces).toEqual(['kicker: EN BREF', 'headline: Les nouvelles du canton en quelques lignes']);
    expect(top.bodyStart).toBe('Saint-Marcel : la médiathèque rouvre mardi');
  });

  it('takes a section, a dash and a subsection above a title for the kicker, not a dateline', () => {
    const top = read(['RUGBY — Fédérale 1', 'Résultats et classement après la 9e journée', ...BODY]);
    expect(top.pieces.slice(0, 2)).toEqual(['kicker: RUGBY — Fédérale 1', 'headline: Résultats et classement après la 9e journée']);
    // A dateline opens a sentence that runs on: the body, no furniture.
    expect(read(['CAEN — Le maire a', 'annoncé lundi soir le report du vote.', ...BODY]).pieces).toEqual([]);
  });

  it('takes up to three sentences between the headline and the dateline opening the body for the standfirst', () => {
    const standfirst = ['Le vote du budget primitif a été reporté.', 'Trois adjoints menacent de quitter l’exécutif si la hausse est maintenue.'];
    expect(read(['POLITIQUE', 'La majorité municipale se déchire sur le budget', ...standfirst, ...BODY]).pieces).toEqual([
      'kicker: POLITIQUE',
      'headline: La majorité municipale se déchire sur le budget',
      `standfirst: ${standfirst.join(' ')}`,
    ]);
  });

  it('ends a standfirst set wider than the body where the next line goes back to the body’s column', () => {
    const standfirst = [
      'La ville veut rouvrir les classes le mercredi matin dès la',
      'rentrée prochaine. Parents, enseignants et animateurs ont',
      'jusqu’au 15 juin pour donner leur avis au maire.',
    ];
    const body = [
      'C’est un vieux débat qui refait surface. Dix',
      'ans après l’avoir abandonnée, la municipalité',
      'propose de revenir à la semaine de quatre jours',
      'et demi dans ses soixante écoles publiques, de',
      'la maternelle au cours moyen. Le projet sera',
      'soumis au conseil municipal à la fin du mois.',
      'Les parents ont jusqu’au 15 juin pour répondre.',
    ];
    expect(read(['ÉDUCATION', 'Le retour du mercredi matin divise les écoles', ...standfirst, ...body]).pieces).toContain(`standfirst: ${standfirst.join(' ')}`);
  });

  it('takes one line set apart by a blank line and half as wide again as the body for the standfirst, where blank lines separate paragraphs', () => {
    const standfirst = 'Le vote du budget primitif, prévu lundi soir, a été reporté de deux semaines, et trois adjoints de la majorité menacent de quitter l’exécutif.';
    const spacedBody = [
      'La séance du conseil municipal devait durer trois heures, selon l’ordre',
      'du jour distribué aux élus ; elle s’est achevée au bout de quarante',
      'minutes.',
      '',
      'Lundi soir, le maire a annoncé le report du vote du budget primitif',
      'de la ville, dans une salle comble où les habitants étaient venus en',
      'nombre.',
      '',
      'Dans les rangs de sa propre majorité, personne n’a été dupe du geste',
      'ni de ses raisons, et plusieurs adjoints ont dit leur colère en séance',
      'publique.',
      '',
      'Les élus de l’opposition ont quitté la salle avant la fin de la séance',
      'et ont annoncé une conférence de presse pour le lendemain, à la mairie',
      'centrale.',
      '',
      'Le préfet a été saisi du dossier par deux conseillers municipaux dès',
      'la fin de la réunion, et il devra trancher dans les deux mois qui',
      'viennent.',
    ];
    expect(read(['POLITIQUE', 'La majorité se déchire sur le budget', standfirst, '', ...spacedBody]).pieces).toContain(`standfirst: ${standfirst}`);
    // A line of the body's measure there is the body's first paragraph.
    const opening = 'Le vote du budget primitif a été reporté de deux semaines par le maire.';
    expect(read(['POLITIQUE', 'La majorité se déchire sur le budget', opening, '', ...spacedBody]).pieces).toHaveLength(2);
  });

  it('reads a headline wrapped over four lines, as a large face in a narrow column sets it', () => {
    const headline = ['Fusion de communes :', 'deux villages', 'consultent leurs habitants', 'dimanche'];
    expect(read(['POLITIQUE', ...headline, 'Par Claire Vautrin', ...BODY]).pieces).toEqual(['kicker: POLITIQUE', `headline: ${headline.join(' ')}`, 'byline: Par Claire Vautrin']);
  });

  it('takes up to three sentences between the headline and a byline for the standfirst, whatever the measure of their lines', () => {
    // Each sentence on a line of its own, the first stopping short as a paragraph's last line
    // does: only the byline below sets them apart from the body.
    const standfirst = [
      'Le vote du budget primitif a été reporté.',
      'Trois adjoints menacent de quitter l’exécutif si la hausse est maintenue.',
    ];
    expect(read(['POLITIQUE', 'La majorité municipale se déchire sur le budget', ...standfirst, 'Par Claire Vautrin', ...BODY]).pieces).toEqual([
      'kicker: POLITIQUE',
      'headline: La majorité municipale se déchire sur le budget',
      `standfirst: ${standfirst.join(' ')}`,
      'byline: Par Claire Vautrin',
    ]);
    // Four sentences before the byline are body, not a standfirst.
    const long = [...standfirst, 'Le maire a refusé de commenter.', 'Il s’exprimera mardi.'];
    expect(read(['POLITIQUE', 'La majorité municipale se déchire sur le budget', ...long, 'Par Claire Vautrin', ...BODY]).pieces).not.toContainEqual(expect.stringMatching(/^standfirst/u));
  });

  it('reads kicker, a headline over two lines, a standfirst set apart by a byline, and the byline', () => {
    expect(
      read([
        'POLITIQUE',
        'A Lyon, la majorité municipale se déchire sur le budget',
        'des cantines et la hausse de la taxe foncière',
        'Le vote du budget primitif, prévu lundi soir, a été reporté de deux semaines. Trois',
        'adjoints menacent de quitter l’exécutif si la hausse est maintenue.',
        'Par Claire Vautrin',
        ...BODY,
      ]),
    ).toEqual({
      pieces: [
        'kicker: POLITIQUE',
        'headline: A Lyon, la majorité municipale se déchire sur le budget des cantines et la hausse de la taxe foncière',
        'standfirst: Le vote du budget primitif, prévu lundi soir, a été reporté de deux semaines. Trois adjoints menacent de quitter l’exécutif si la hausse est maintenue.',
        'byline: Par Claire Vautrin',
      ],
      bodyStart: BODY[0],
    });
  });

  it('takes a short line above a title for a kicker, and the first paragraph for body when nothing sets it apart', () => {
    expect(read(['Faits divers', 'Incendie au dépôt des trams : trois rames', 'détruites', ...BODY.slice(2)])).toEqual({
      pieces: ['kicker: Faits divers', 'headline: Incendie au dépôt des trams : trois rames détruites'],
      bodyStart: BODY[2],
    });
  });

  it('takes a standfirst followed by a dateline', () => {
    expect(read(['La coopérative Valmont supprime 2 500 emplois', 'Le groupe veut fermer six sites d’ici à 2027.', ...BODY]).pieces).toEqual([
      'headline: La coopérative Valmont supprime 2 500 emplois',
      'standfirst: Le groupe veut fermer six sites d’ici à 2027.',
    ]);
  });

  it('takes a standfirst set below the byline when the body opens with a dateline, and gives it before the byline', () => {
    expect(read(['La coopérative Valmont supprime 2 500 emplois', 'Par Claire Vasseur', 'Le groupe veut fermer six sites d’ici à 2027. Les syndicats appellent à la grève.', ...BODY])).toEqual({
      pieces: ['headline: La coopérative Valmont supprime 2 500 emplois', 'standfirst: Le groupe veut fermer six sites d’ici à 2027. Les syndicats appellent à la grève.', 'byline: Par Claire Vasseur'],
      bodyStart: BODY[0],
    });
  });

  it('leaves the first paragraph below a byline in the body when no dateline follows it', () => {
    expect(read(['La coopérative Valmont supprime 2 500 emplois', 'Par Claire Vasseur', ...BODY.slice(2)])).toEqual({
      pieces: ['headline: La coopérative Valmont supprime 2 500 emplois', 'byline: Par Claire Vasseur'],
      bodyStart: BODY[2],
    });
  });

  it('finds no headline in running text and warns', () => {
    const lines = pageLines(BODY.slice(1).join('\n'));
    const top = readFurnitureOnTop(lines, estimateColumnWidth(lines));
    expect(top.pieces).toEqual([]);
    expect(top.warnings.map((warning) => warning.rule)).toEqual(['layout/no-headline']);
  });

  it('knows a title line that runs on', () => {
    expect(runsOn('inquiète toute la')).toBe(true);
    expect(runsOn('Marion Delorme :')).toBe(true);
    expect(runsOn('vallée du Rhône')).toBe(false);
    // `plus` closes a negation; without one it runs on (`toujours plus`).
    expect(runsOn('Un métier qui n’attire plus')).toBe(false);
    expect(runsOn('Des élus qui ne votent plus')).toBe(false);
    expect(runsOn('Des prix toujours plus')).toBe(true);
  });

  it('takes a section, a dash and its subject above a title for the kicker, not a dateline', () => {
    const box = ['RUGBY — Fédérale 1', 'Les résultats de la journée', ...BODY];
    expect(read(box).pieces).toEqual(['kicker: RUGBY — Fédérale 1', 'headline: Les résultats de la journée']);
    // A dateline opening a line that runs on is the body's.
    expect(read(['Le budget reporté', ...BODY]).bodyStart).toBe(BODY[0]);
  });

  it('takes a standfirst of one sentence a line, both lines far wider than the body’s, before a byline-less body', () => {
    const page = [
      'PATRIMOINE',
      'Le grand orgue retrouve sa voix',
      'L’instrument de 1748, démonté pièce par pièce en 2021, sera inauguré dimanche à Saint-Michel-de-Lanès, devant le public.',
      'Un chantier de 2,4 millions d’euros, financé pour un quart par les dons.',
      'Sur la tribune, on marche entre les caisses de bois',
      'et les tuyaux couchés sur des tréteaux. Il en reste',
      'une centaine à remettre en place, sur les 3 120',
      'que compte l’instrument, et l’harmoniste, Pierre-',
      'Yves Lhomme, accorde chaque jeu un par un depuis',
      'le mois de mars, avec deux apprentis de Toulouse.',
    ];
    expect(read(page).pieces.at(-1)).toBe(`standfirst: ${page[2]} ${page[3]}`);
    // The second line back in the body's measure: no body line is taken into the furniture.
    expect(read([...page.slice(0, 3), ...page.slice(4)]).pieces.some((piece) => piece.includes('Sur la tribune'))).toBe(false);
  });

  it('takes a block set in a narrower measure than the body’s lines under it for the standfirst, whatever the page’s column width says', () => {
    // A results article: its many short lines pull the page's column width down to the
    // standfirst's; the body's first line, running on, shows the wider measure under it.
    const page = [
      'ATHLÉTISME',
      'Cross départemental : les Montluçonnais en force à Vichy',
      'Plus de 900 coureurs ont pris part dimanche au cross départemental, sur',
      'l’hippodrome de Vichy. Le terrain lourd a fait des dégâts.',
      'La pluie tombée toute la nuit avait transformé la piste en bourbier. Dès le premier tour, les spikes ont',
      'remplacé les chaussures de route chez la plupart des concurrents.',
      'Seniors hommes (10,2 km)',
      '1. Karim Benali (AS Montluçon), 33 min 12 s.',
      '2. Théo Chambon (AS Montluçon), 33 min 40 s.',
      '3. Julien Perrot (Vichy Athlétisme), 34 min 05 s.',
      'Seniors femmes (7,8 km)',
      '1. Léa Fournier-Dutour (SCA), 29 min 48 s.',
      '2. Manon Giraud (Moulins AC), 30 min 44 s.',
      '3. Inès Lacroix (AS Montluçon), 31 min 02 s.',
    ];
    expect(read(page).pieces.at(-1)).toBe(`standfirst: ${page[2]} ${page[3]}`);
    // A first paragraph whose lines run as full as the body's under it stays in the body.
    const same = ['Le budget reporté', 'Le conseil municipal devait voter le budget lundi soir, après trois heures', 'de débat.', 'La séance du conseil municipal devait durer trois heures ; elle', 's’est achevée au bout de quarante minutes, dans la confusion générale.', ...BODY.slice(2)];
    expect(read(same).pieces).toEqual(['headline: Le budget reporté']);
  });

  it('takes a title wrapped in its large face onto a line opening on a name, the standfirst’s longer lines under it', () => {
    const page = [
      'Au sommet du col, le jeune grimpeur',
      'Aurélien Besse gagne l’étape reine',
      'Échappé dès le kilomètre 40, le coureur de 22 ans a résisté au peloton jusqu’au bout.',
      'Par Jeanne Martin',
      ...BODY,
    ];
    expect(read(page).pieces.slice(0, 2)).toEqual([
      'headline: Au sommet du col, le jeune grimpeur Aurélien Besse gagne l’étape reine',
      'standfirst: Échappé dès le kilomètre 40, le coureur de 22 ans a résisté au peloton jusqu’au bout.',
    ]);
    // The second line longer than the first: the first was still ended by the measure when the
    // second's first word would not have fitted after it.
    const longer = ['Vie locale', 'Faute de moyens, la piscine', 'Jean-Bouin fermera tout l’hiver', 'La facture de gaz du bassin a triplé en trois ans, et le conseil municipal a voté lundi soir une fermeture.', 'Par Jeanne Martin', ...BODY];
    expect(read(longer).pieces.slice(1, 3)).toEqual([
      'headline: Faute de moyens, la piscine Jean-Bouin fermera tout l’hiver',
      'standfirst: La facture de gaz du bassin a triplé en trois ans, et le conseil municipal a voté lundi soir une fermeture.',
    ]);
    // A next word that fitted on the first line: the first line ended on purpose, a title of one line.
    expect(read(['Vie locale', 'Le budget reporté', 'La ville attend le vote de la région', 'La facture de gaz du bassin a triplé en trois ans, et le conseil municipal a voté lundi soir une fermeture.', ...BODY]).pieces[1]).toBe('headline: Le budget reporté');
    // A letter alone under the title is a drop cap, its word going on below.
    expect(read(['Le budget reporté à la semaine prochaine', 'L', 'a séance du conseil municipal devait durer trois heures ; elle s’est achevée au bout de quarante minutes.', ...BODY]).pieces[0]).toBe('headline: Le budget reporté à la semaine prochaine');
  });

  it('gives the title the lines a standfirst opened with when the last stops short of the standfirst’s longer measure, a sentence opening under it', () => {
    const standfirst = ['La ville a voté lundi un arrêté qui limite les usages de l’eau dans vingt', 'communes du canton, jusqu’à la fin du mois de septembre au moins.'];
    // A section and a label above the title: the label, with no clause in it, is the kicker.
    expect(read(['RÉGION', '', 'ENVIRONNEMENT', '', 'Sécheresse : le canton', 'passe en alerte,', 'l’arrosage interdit', ...standfirst, 'Par Claire Vautrin', '', ...BODY]).pieces).toEqual([
      'kicker: RÉGION',
      'kicker: ENVIRONNEMENT',
      'headline: Sécheresse : le canton passe en alerte, l’arrosage interdit',
      `standfirst: ${standfirst.join(' ')}`,
      'byline: Par Claire Vautrin',
    ]);
    // A headline cut where its line ended on no word that runs on: its last lines go back to it.
    expect(read(['TRANSPORTS', '', 'Grève des agents : la ligne', 'Lyon–Grenoble à l’arrêt', 'jusqu’à jeudi', ...standfirst, 'Par Claire Vautrin', '', ...BODY]).pieces.slice(1, 3)).toEqual([
      'headline: Grève des agents : la ligne Lyon–Grenoble à l’arrêt jusqu’à jeudi',
      `standfirst: ${standfirst.join(' ')}`,
    ]);
  });

  it('keeps a standfirst whole when its line ends on no stop before a capital but fills the standfirst’s measure', () => {
    // The same measure: a line ending on a noun before a name is the measure's, not a title's end.
    const standfirst = ['Après quatre jours de pluie, le niveau', 'de l’eau a dépassé la cote d’alerte', 'Lundi soir, le préfet a fait évacuer', 'trois quartiers de la ville basse.'];
    expect(read(['Intempéries', '', 'La rivière sort de son lit', ...standfirst, 'Par Claire Vautrin', '', ...BODY]).pieces.slice(1, 3)).toEqual([
      'headline: La rivière sort de son lit',
      `standfirst: ${standfirst.join(' ')}`,
    ]);
  });

  it('takes a block whose lines stop short of the body’s printed measure for the standfirst, though their characters come within a few of the body’s', () => {
    // The standfirst's lines hold 76 and 77 characters against the body's 86 to 90: the same
    // measure by a character count, and the next word would not fit by that count either; but
    // their printed widths leave the next word room within the body's printed measure.
    const lines = [
    'À 71 ans, elle taille encore dans son petit atelier de Morteau les sabots que',
    'plusieurs familles lui confient depuis trois générations. Rencontre avec une',
    'femme qui refuse de prendre sa retraite.',
    'L’atelier tient dans une ancienne scierie, au bord de la route du lac des Brenets. Une',
    'vingtaine de paires de sabots y sèchent en même temps, rangées sur des planches, si bien',
    'qu’on ne voit jamais deux fois la même pointure. Marie Durand ne les compte plus du tout :',
    'elle regarde seulement celle qu’elle est en train de creuser, au couteau ou à la gouge.',
    'Elle a appris le métier à quinze ans, chez son oncle, à Villers-le-Lac. À l’époque, on',
    'comptait encore une dizaine d’ateliers dans la vallée, et autant de scieries le long du Doubs.',
    ];
    const pieces = read(['Portrait', '', 'Marie Durand,', 'la dernière sabotière', ...lines]).pieces;
    expect(pieces.slice(1)).toEqual([
      'headline: Marie Durand, la dernière sabotière',
      `standfirst: ${lines.slice(0, 3).join(' ')}`,
    ]);
  });

  it('judges a standfirst’s measure past a sentence ending short with no blank line under it, where blank lines separate the paragraphs', () => {
    const standfirst = ['Les départs en vacances s’annoncent chargés dès vendredi.', 'Un épisode neigeux pourrait compliquer la traversée', 'du massif samedi.'];
    const body = [
      'Les services de l’État classent la journée de vendredi en orange dans le sens des',
      'départs, sur l’ensemble de la région. Les premiers ralentissements sont attendus',
      'dès 15 h aux abords de l’échangeur de Clermont-Ferrand, puis sur l’autoroute A75',
      'en direction du sud.',
      '',
      'Samedi, la situation devrait empirer en fin de matinée. Météo-France prévoit de',
      'cinq à quinze centimètres de neige au-dessus de 900 mètres, avec des chutes plus',
      'abondantes sur les cols du Lioran et de la Croix-Morand, fermés aux poids lourds',
      'dès vendredi soir.',
      '',
      'Les automobilistes sont invités à s’équiper de chaînes et à partir plus tôt, avant',
      'les premiers flocons, ou à différer leur départ jusqu’au dimanche, quand le trafic',
      'devrait redevenir fluide sur l’ensemble des axes du département et de la région.',
      'Bison Futé le confirme.',
    ];
    expect(read(['Routes et météo', 'Chassé-croisé des fêtes : la neige sur les cols', '', ...standfirst, '', ...body]).pieces).toEqual([
      'kicker: Routes et météo',
      'headline: Chassé-croisé des fêtes : la neige sur les cols',
      `standfirst: ${standfirst.join(' ')}`,
    ]);
    // A first paragraph in the body's measure stays the body's, whatever its sentence ends.
    const first = ['Les départs en vacances s’annoncent chargés dès vendredi après-midi sur l’A75.', 'Un épisode neigeux pourrait compliquer la traversée du massif central, samedi, dans', 'les deux sens.'];
    expect(read(['Routes et météo', 'Chassé-croisé des fêtes : la neige sur les cols', '', ...first, '', ...body]).pieces).toEqual([
      'kicker: Routes et météo',
      'headline: Chassé-croisé des fêtes : la neige sur les cols',
    ]);
  });

  it('reads a narrower standfirst on past its first sentence, ending short on its line, to where its block ends narrower than the body under it', () => {
    const top = read([
      'TRAVAUX',
      'Le pont du Thiou ne rouvrira pas avant le printemps',
      'Des pieux anciens ont été découverts dans la vase du lit.',
      'La facture du chantier grimpe de quatre cent mille euros',
      'cette année.',
      'ANNECY — Le chantier du nouveau pont sur le Thiou a pris six mois de retard, a reconnu',
      'mardi soir l’adjoint aux travaux devant le conseil municipal réuni en séance publique.',
      'Les fondations ont dû être reprises après la découverte de pieux anciens dans la vase,',
      'et la circulation restera donc alternée jusqu’au printemps prochain, selon la mairie.',
      'Les riverains seront réunis le 12 mars pour un point d’étape sur le chantier du pont.',
    ]);
    expect(top.pieces).toEqual([
      'kicker: TRAVAUX',
      'headline: Le pont du Thiou ne rouvrira pas avant le printemps',
      'standfirst: Des pieux anciens ont été découverts dans la vase du lit. La facture du chantier grimpe de quatre cent mille euros cette année.',
    ]);
    expect(top.bodyStart).toMatch(/^ANNECY/u);
  });

  it('reads a standfirst on past its first line when both lines run wider than the body’s column', () => {
    const top = read([
      'DISPARITION',
      'Odile Marty, la voix des bals du Causse',
      'Elle avait animé plus de trois mille bals entre 1960 et 2010.',
      'La chanteuse de Limogne est morte samedi dernier, à l’âge de',
      '88 ans.',
      'Pendant un demi-siècle, il n’y a guère',
      'eu de fête votive dans le canton sans',
      'elle. Elle est morte samedi à l’hôpital',
      'de Cahors, où elle était soignée depuis',
      'le mois de septembre, entourée des siens.',
      'Née en 1937 dans une ferme de Varaire,',
      'elle reçoit son premier micro à 16 ans,',
      'un cadeau de son oncle, accordéoniste',
      'des noces et des banquets de la vallée.',
      'À vingt ans, elle fonde avec son frère',
      'un orchestre qui tourne tous les étés,',
      'de mai à septembre, dans une camionnette',
      'qui transporte la sono et les musiciens.',
    ]);
    expect(top.pieces.at(-1)).toBe('standfirst: Elle avait animé plus de trois mille bals entre 1960 et 2010. La chanteuse de Limogne est morte samedi dernier, à l’âge de 88 ans.');
    expect(top.bodyStart).toBe('Pendant un demi-siècle, il n’y a guère');
  });

  it('takes a name alone under the headline, blank lines above and below it, for the byline', () => {
    const standfirst = ['Le bassin de 1972 sera rénové pour 8,6 millions', 'd’euros. Les clubs iront nager ailleurs.'];
    expect(read(['La piscine ferme pour deux ans de travaux', '', 'Nathalie Guérin', '', ...standfirst, ...BODY]).pieces).toEqual([
      'headline: La piscine ferme pour deux ans de travaux',
      `standfirst: ${standfirst.join(' ')}`,
      'byline: Nathalie Guérin',
    ]);
    // Run on to the headline with no blank line between, it may be the title's second line.
    expect(read(['La piscine ferme pour deux ans de travaux', 'Nathalie Guérin', '', ...standfirst, ...BODY]).pieces.some((piece) => piece.startsWith('byline'))).toBe(false);
    // A headline's last line calling for more, or a kicker in capitals, is no writer's name.
    expect(read(['Un dernier hommage à', '', 'Jean Moulin', '', ...standfirst, ...BODY]).pieces.some((piece) => piece.startsWith('byline'))).toBe(false);
    expect(read(['La piscine ferme pour deux ans de travaux', '', 'SANTÉ PUBLIQUE', '', ...standfirst, ...BODY]).pieces.some((piece) => piece.startsWith('byline'))).toBe(false);
  });
});

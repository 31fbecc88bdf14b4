import { describe, expect, it } from 'vitest';
import { headerKey, isDateHeader, isFolio, isFolioWithPaperName, isGarbledFolio, isJumpLine, isOrnamentedFolio, isPageHeaderLine, isPrintoutHeader, isProducerCredit, removePageFurniture } from '../../src/layout/page-furniture.ts';
import { contents, pageLines } from '../support/page-lines.ts';

describe('page furniture', () => {
  it('knows a folio and a running header date', () => {
    expect(['12', '- 12 -', 'Page 3', '4 / 7'].every(isFolio)).toBe(true);
    expect(isFolio('2015.')).toBe(false);
    // A folio between dashes whose figure OCR read as a stroke.
    expect(['-]-', '- | -', '—l—'].every(isFolio)).toBe(true);
    expect(['-a-', '- ] - x', '-]'].some(isFolio)).toBe(false);
    expect(isDateHeader('La Gazette de l’Est Jeudi 12 février 2026')).toBe(true);
    expect(isDateHeader('Samedi 7 mars 2026 20')).toBe(true);
    // Prose: a weekday in lower case, or a sentence running on after the date.
    expect(isDateHeader('la réunion du samedi 7 mars 2026')).toBe(false);
    expect(isDateHeader('Samedi 7 mars 2026, les salariés ont voté')).toBe(false);
  });

  it('removes a printout’s header, its title then the page counter, at a page’s edge', () => {
    // enscript, a2ps and pr print a file under a header that ends on the page counter.
    expect(['Agence Belga LIEGE-WIRE Page 1 / 1', 'rapport.txt Page 2/5', 'Bulletin Page 3 of 4', 'Dépêche PAGE 1 sur 2'].every(isPrintoutHeader)).toBe(true);
    expect(isPageHeaderLine('Agence France-Presse DAKAR-WIRE Page 1 / 1')).toBe(true);
    // Prose does not end on a page counter; a folio alone is a folio, not a header.
    expect(isPrintoutHeader('Le rapport renvoie à la page 12.')).toBe(false);
    expect(isPrintoutHeader('Voir le dossier en page 4 / 5')).toBe(false);
    expect(isPrintoutHeader('Page 1 / 2')).toBe(false);
    const result = removePageFurniture(pageLines('Agence Belga LIEGE-WIRE Page 1 / 1\nBELGIQUE\nLiège inaugure son tramway\nLIEGE, 14 nov 2026 (Belga) - Le premier tramway a quitté le dépôt.'));
    expect(contents(result.lines)).toEqual(['BELGIQUE', 'Liège inaugure son tramway', 'LIEGE, 14 nov 2026 (Belga) - Le premier tramway a quitté le dépôt.']);
    expect(result.repairs).toEqual([expect.objectContaining({ kind: 'page-furniture-removed', line: 1, reason: 'running-header' })]);
  });

  it('removes a page’s head set on lines of its own: the date alone beside the name in capitals, or beside `page 14` and the name', () => {
    const capitals = removePageFurniture(pageLines(['jeudi 5 mars 2026', '', 'LA GAZETTE DU VERCORS', '', 'L’ÉDITORIAL', '', 'Le dernier car ne doit pas partir à 20 h', 'Qui n’a jamais couru derrière le dernier car ?'].join('\n')));
    expect(contents(capitals.lines)).toEqual(['L’ÉDITORIAL', 'Le dernier car ne doit pas partir à 20 h', 'Qui n’a jamais couru derrière le dernier car ?']);
    const paged = removePageFurniture(pageLines(['page 14 La Gazette du Vercors', '', 'jeudi 5 mars 2026', '', 'CÔTE D’IVOIRE', '', 'Le prix du cacao relevé', 'ABIDJAN (AFP) — Le gouvernement a annoncé mardi une hausse.'].join('\n')));
    expect(contents(paged.lines)).toEqual(['CÔTE D’IVOIRE', 'Le prix du cacao relevé', 'ABIDJAN (AFP) — Le gouvernement a annoncé mardi une hausse.']);
    // A kicker in capitals right under the date, with no name: kept.
    const kicker = removePageFurniture(pageLines(['jeudi 5 mars 2026', 'FAITS DIVERS', 'Un camion se renverse', 'Le chauffeur est indemne.'].join('\n')));
    expect(contents(kicker.lines)).toContain('FAITS DIVERS');
  });

  it('removes a date alone beside the paper’s name and the section’s label set on one line, in either order', () => {
    const article = ['Tribunal correctionnel', '', 'Le pont fermé tout l’hiver', 'Les travaux dureront quatre mois.'];
    const nameFirst = removePageFurniture(pageLines(['La Gazette des Îles · Région', '', 'lundi 14 décembre 2026', '', ...article].join('\n')));
    expect(contents(nameFirst.lines)).toEqual(article.filter((line) => line !== ''));
    expect(nameFirst.repairs.map((repair) => repair.reason)).toEqual(['running-header', 'running-header']);
    const dateFirst = removePageFurniture(pageLines(['mercredi 16 décembre 2026', '', 'Le Courrier de la Vallée | Justice', '', ...article].join('\n')));
    expect(contents(dateFirst.lines)).toEqual(article.filter((line) => line !== ''));
    // A single word and a label beside the date name no paper: that line is kept.
    const kicker = removePageFurniture(pageLines(['lundi 14 décembre 2026', '', 'Conchyliculture · Loisirs', '', ...article].join('\n')));
    expect(contents(kicker.lines)).toContain('Conchyliculture · Loisirs');
  });

  it('removes a head printed in three cells and read a cell a line at a page’s foot: the name, the section, the date', () => {
    const body = ['La gratuité coûte 41 millions d’euros par an à l’État.', 'gle/mbr'];
    const foot = removePageFurniture(pageLines([...body, '', 'Le Phare de la Côte', '', 'Faits du jour', '', 'jeudi 19 novembre 2026'].join('\n')));
    expect(contents(foot.lines)).toEqual(body);
    // At a page's top, a single word beyond the name is the kicker, not a cell of the head.
    const top = ['Santé', 'Champignons : le centre antipoison appelle à la prudence', 'Les intoxications ont doublé depuis la fin du mois d’août.'];
    expect(contents(removePageFurniture(pageLines(['samedi 26 septembre 2026', '', 'L’Indépendant des Vosges', '', ...top].join('\n'))).lines)).toEqual(top);
  });

  it('removes a section’s label left between the head’s cells, the paper’s name and the date, where the article’s kicker cannot stand', () => {
    // At a page's foot, under the body: the label between the name and the date, both out.
    const body = ['Les travaux du pont devraient durer jusqu’en mars.', 'La circulation sera alternée le week-end.'];
    const foot = removePageFurniture(pageLines([...body, '', 'Le Messager du Bocage', '', 'Région', '', 'vendredi 6 novembre 2026'].join('\n')));
    expect(contents(foot.lines)).toEqual(body);
    expect(foot.repairs.find((repair) => repair.before === 'Région')?.evidence).toContain('between the page head\'s cells');
    // Between two pages: the foot and the next page's head mirror each other, a label in each.
    const pages = ['Le maire a promis une réponse avant la fin du', '', 'Le Réveil des Combrailles', '', 'Vie locale', '', 'jeudi 3 décembre 2026 - 7 -', '\fjeudi 3 décembre 2026 - 8 -', '', 'Vie locale', '', 'Le Réveil des Combrailles', '', 'mois, sans donner de chiffre.'];
    expect(contents(removePageFurniture(pageLines(pages.join('\n'))).lines)).toEqual(['Le maire a promis une réponse avant la fin du', 'mois, sans donner de chiffre.']);
    // At the article's top, with its own kicker over the title under the head's cells.
    const article = ['Athlétisme', 'Trois records battus au meeting', 'Le stade a accueilli mille deux cents spectateurs samedi.'];
    const top = removePageFurniture(pageLines(['samedi 12 décembre 2026', '', 'Sports', '', 'La Voix des Causses', '', ...article].join('\n')));
    expect(contents(top.lines)).toEqual(article);
    // The label over a line carrying the name and the date, on the page's first line, the kicker under them.
    const over = removePageFurniture(pageLines(['TERRITOIRES', '', 'La Voix des Causses, samedi 12 décembre 2026', '', 'ATHLÉTISME', '', 'Trois records battus au meeting', 'Le stade a accueilli mille deux cents spectateurs samedi.'].join('\n')));
    expect(contents(over.lines)[0]).toBe('ATHLÉTISME');
    expect(contents(over.lines)).not.toContain('TERRITOIRES');
    // No other kicker under the head at the article's top: the line between the cells may be the
    // article's own kicker, read there by OCR; kept.
    const alone = removePageFurniture(pageLines(['samedi 12 décembre 2026', '', 'Sports', '', 'La Voix des Causses', '', 'Trois records battus au meeting', 'Le stade a accueilli mille deux cents spectateurs samedi.'].join('\n')));
    expect(contents(alone.lines)).toContain('Sports');
    const capitals = removePageFurniture(pageLines(['SÉCURITÉ CIVILE', '', 'La Voix des Causses, samedi 12 décembre 2026', '', 'Trois pompiers blessés dans un feu de forêt', 'Le feu a parcouru dix hectares.'].join('\n')));
    expect(contents(capitals.lines)[0]).toBe('SÉCURITÉ CIVILE');
  });

  it('keeps a number alone inside a page whose folio stands at its edge and prints another page’s number', () => {
    // A justified column read a word a line: the hour is the sentence's, the page's folio is at its foot.
    const words = ['Le marché se tiendra', 'désormais', 'le samedi, de 8 h à', 'la salle', 'des fêtes', 'ouverte', '13', 'h, et', 'jusqu’à', '19', 'h le mercredi.', 'Les', 'exposants', 'sont', 'attendus', 'nombreux.'];
    const page = removePageFurniture(pageLines([...words, '', 'Page 1 sur 1'].join('\n')));
    expect(contents(page.lines)).toEqual(words);
    expect(page.repairs.map((repair) => repair.before)).toEqual(['Page 1 sur 1']);
    // A text that lost its page breaks keeps the folio of the page before the one at its foot: still a folio.
    const body = ['Le marché se tiendra désormais le samedi matin.', 'Les exposants sont attendus nombreux.', 'La mairie prête les barnums.', 'Les commerçants du centre ont applaudi.'];
    const joined = removePageFurniture(pageLines([...body.slice(0, 2), '22', ...body.slice(2), '', '23'].join('\n')));
    expect(contents(joined.lines)).toEqual(body);
  });

  it('removes a PDF producer’s credit to itself at a page’s edge, and nowhere else', () => {
    expect(['Powered by TCPDF (www.tcpdf.org)', 'Generated by ReportLab', 'Created with Typst', 'Made with pdfmake (http://www.pdfmake.org)'].every(isProducerCredit)).toBe(true);
    // French prose, a sentence, or a long English line is no credit.
    for (const text of ['Propulsé par la rédaction', 'Powered by the sun, the car crossed Australia.', 'Créé avec TCPDF', 'Made']) expect(isProducerCredit(text), text).toBe(false);
    const page = ['Powered by TCPDF (www.tcpdf.org)', '', 'Outre-mer', 'La grève paralyse l’usine', 'NOUMÉA (AFP) — La grève a arrêté la production lundi.', 'Les fours sont maintenus en température.', 'Le nickel représente 90 % des exportations.', 'ab/mpa/bow'];
    expect(contents(removePageFurniture(pageLines(page.join('\n'))).lines)).toEqual(page.slice(2));
    // Counted without the credit, the page's edge still holds the running header set under it in three cells.
    const header = ['Powered by TCPDF (www.tcpdf.org)', '', 'Le Journal du Vivarais', '', 'Départements', '', 'samedi 10 octobre 2026 19', '', 'HANDBALL', '', 'Les Vosgiennes d’Épinal renversent Brest', 'ÉPINAL — Il restait vingt-huit secondes quand Léa a tiré.', 'Le public a exulté.'];
    expect(contents(removePageFurniture(pageLines(header.join('\n'))).lines)).toEqual(['HANDBALL', 'Les Vosgiennes d’Épinal renversent Brest', 'ÉPINAL — Il restait vingt-huit secondes quand Léa a tiré.', 'Le public a exulté.']);
    // Away from the page's edges, a line of the body stays, whatever it says.
    const inside = [...page.slice(2, 5), 'Powered by TCPDF (www.tcpdf.org)', ...page.slice(5)];
    expect(contents(removePageFurniture(pageLines(inside.join('\n'))).lines)).toEqual(inside);
  });

  it('removes a jump line wherever it falls, between two lines of a paragraph too', () => {
    expect(['Lire la suite page 28', 'Suite de la page 27', 'Suite page 4', '(Suite en page 12)', 'Voir la suite page 3', 'Suite p. 5'].every(isJumpLine)).toBe(true);
    // Prose about a sequel, or a jump line's words in a sentence: kept.
    expect(['La suite du match', 'Suite de la page', 'La suite page 3 du rapport annonce des coupes.'].some(isJumpLine)).toBe(false);
    const result = removePageFurniture(pageLines(['Le dirigeant veut reconstruire « sur place, et le', 'Lire la suite page 19', '', 'Suite de la page 18', 'plus vite possible ».'].join('\n')));
    expect(contents(result.lines)).toEqual(['Le dirigeant veut reconstruire « sur place, et le', 'plus vite possible ».']);
    expect(result.repairs.map((repair) => repair.reason)).toEqual(['jump-line', 'jump-line']);
  });

  it('keeps a year alone on its line inside a page, where a folio of four digits never stands', () => {
    const text = ['Le maire a demandé la reconnaissance', 'de l’état de catastrophe naturelle.', 'Une crue plus rapide qu’en', '2021', 'La station a mesuré 5,82 m à 4 h 15,', 'contre 5,10 m lors de la crue passée.', 'Le préfet a déclenché le plan Orsec.', '11'].join('\n');
    const result = removePageFurniture(pageLines(text));
    expect(contents(result.lines)).toEqual(text.split('\n').slice(0, -1));
    expect(result.repairs).toEqual([expect.objectContaining({ reason: 'folio', line: 8 })]);
  });

  it('knows a running header that sets the paper’s name, a comma and the date in lower case, a folio on either side', () => {
    expect(isDateHeader('La Voix du Massif, dimanche 22 mars 2026')).toBe(true);
    expect(isDateHeader('La Voix du Massif, dimanche 22 mars 2026 11')).toBe(true);
    expect(isDateHeader('8 Le Journal du Littoral, vendredi 6 mars 2026')).toBe(true);
    // A sentence's words before the date are no paper's name.
    expect(isDateHeader('la séance est levée, dimanche 22 mars 2026')).toBe(false);
    expect(isDateHeader('Le vote aura lieu, dit-il, dimanche 22 mars 2026')).toBe(false);
  });

  it('removes a running header between two pages, even inside a hyphenated word', () => {
    const lines = pageLines(
      ['Le Courrier du Rhône', 'Mardi 3 mars 2026', 'POLITIQUE', 'Un titre', 'Le corps du texte commence et se pour-', '7', '\fLe Courrier du Rhône Mardi 3 mars 2026', 'suit sur la page suivante.'].join('\n'),
    );
    const result = removePageFurniture(lines);
    expect(contents(result.lines)).toEqual(['POLITIQUE', 'Un titre', 'Le corps du texte commence et se pour-', 'suit sur la page suivante.']);
    expect(result.lines.at(-1)?.pageBreakBefore).toBe(true);
    expect(result.repairs.map((repair) => `${repair.kind} ${repair.reason} ${repair.before}`)).toEqual([
      'page-furniture-removed running-header Le Courrier du Rhône',
      'page-furniture-removed running-header Mardi 3 mars 2026',
      'page-furniture-removed folio 7',
      'page-furniture-removed running-header Le Courrier du Rhône Mardi 3 mars 2026',
    ]);
  });

  it('removes a date alone on its line, the same on two pages, wherever pdftotext set it on the page', () => {
    const lines = pageLines(
      [
        'lundi 23 mars 2026',
        '',
        'Le titre de l’article',
        'Le premier coureur franchit la ligne. La première femme ar-',
        '',
        '12',
        '',
        '\fLa suite au sommaire',
        'Une arrivée dans la nuit',
        'Le vainqueur franchit la ligne à 19 h.',
        '',
        'lundi 23 mars 2026',
        '',
        'rive peu après minuit, dans le froid.',
        'Le dernier finisseur arrive dimanche à 14 h.',
        'Tous saluent lundi 23 mars 2026 les bénévoles.',
      ].join('\n'),
    );
    const result = removePageFurniture(lines);
    expect(contents(result.lines).filter((line) => line.includes('2026'))).toEqual(['Tous saluent lundi 23 mars 2026 les bénévoles.']);
    expect(result.repairs.filter((repair) => repair.reason === 'repeated-on-pages').map((repair) => `${repair.line} ${repair.before}`)).toEqual([
      '1 lundi 23 mars 2026',
      '12 lundi 23 mars 2026',
    ]);
  });

  it('takes the short line beside a lone date at the top for the paper name, not a kicker set after it', () => {
    const lines = pageLines(['Samedi 7 mars 2026', '', 'Le Républicain du Centre', '', 'Faits divers', '', 'Incendie au dépôt des trams', 'Un important incendie s’est déclaré.'].join('\n'));
    expect(contents(removePageFurniture(lines).lines)).toEqual(['Faits divers', 'Incendie au dépôt des trams', 'Un important incendie s’est déclaré.']);
  });

  it('takes a first line in capitals above a lone date for the paper’s name, not a kicker above a date that names the paper', () => {
    const capitals = pageLines(['LE RÉPUBLICAIN DU CENTRE', '', 'Samedi 7 mars 2026', '', 'Artisanat', '', 'Une apprentie sacrée', 'Elle a gagné dimanche.'].join('\n'));
    expect(contents(removePageFurniture(capitals).lines)).toEqual(['Artisanat', 'Une apprentie sacrée', 'Elle a gagné dimanche.']);
    const kicker = pageLines(['SÉCURITÉ CIVILE', '', 'La Sentinelle de l’Ouest — dimanche 10 mai 2026', '', 'Les casernes manquent de bras', 'Elles ferment le jour.'].join('\n'));
    expect(contents(removePageFurniture(kicker).lines)).toEqual(['SÉCURITÉ CIVILE', 'Les casernes manquent de bras', 'Elles ferment le jour.']);
  });

  it('removes a date alone beside the paper’s name at a page’s edge, the weekday in lower case, as a browser prints its margin boxes', () => {
    const lines = pageLines(
      ['samedi 14 mars 2026', '', 'La Tribune de l’Adour', '', 'Culture', 'Le quatuor fait salle comble', 'Les horaires de nuit et les salaires de', 'Page 1 sur 2', '\fLe Phare du Ponant', '', 'mercredi 25 mars 2026', '', 'départ découragent les jeunes.'].join('\n'),
    );
    const result = removePageFurniture(lines);
    expect(contents(result.lines)).toEqual(['Culture', 'Le quatuor fait salle comble', 'Les horaires de nuit et les salaires de', 'départ découragent les jeunes.']);
    expect(result.repairs.filter((repair) => repair.reason === 'running-header').map((repair) => repair.before)).toEqual([
      'samedi 14 mars 2026',
      'La Tribune de l’Adour',
      'Le Phare du Ponant',
      'mercredi 25 mars 2026',
    ]);
  });

  it('removes a date alone beside a line the pages’ edges repeat, the head’s section cell', () => {
    // Two pages, each headed by the folio and the paper's name, the section, the date: the section
    // is repeated at both pages' tops; the first page's date has no folio after it, nor a name beside it.
    const text = ['18 L’Écho du Perche', '', 'Actualités', '', 'jeudi 11 septembre 2026', '', 'Faits divers', 'La scierie ravagée par les flammes', 'Un incendie a détruit la scierie dans la nuit de', '\fL’Écho du Perche', '', 'Actualités', '', 'jeudi 11 septembre 2026 19', '', 'mardi à mercredi.'];
    const result = removePageFurniture(pageLines(text.join('\n')));
    expect(contents(result.lines)).toEqual(['Faits divers', 'La scierie ravagée par les flammes', 'Un incendie a détruit la scierie dans la nuit de', 'mardi à mercredi.']);
    expect(result.repairs.find((repair) => repair.before === 'jeudi 11 septembre 2026')?.evidence).toContain('beside the page\'s head "Actualités"');
    // A date alone beside a kicker (no line of the page's head) is kept for the body to read.
    const kept = removePageFurniture(pageLines(['Faits divers', 'jeudi 11 septembre 2026', 'La scierie ravagée par les flammes', 'Un incendie a détruit la scierie.'].join('\n')));
    expect(contents(kept.lines)).toContain('jeudi 11 septembre 2026');
  });

  it('removes a page’s head read a cell a line above the kicker in capitals: the paper’s name, then a label', () => {
    const article = ['AGRICULTURE', '', 'Le frelon asiatique gâche', 'la récolte de miel', 'Dans la vallée, les ruchers ont perdu la moitié de leurs colonies.'];
    const result = removePageFurniture(pageLines(['Le Petit Vosgien', '', 'Actualités', '', ...article].join('\n')));
    expect(contents(result.lines)).toEqual(article.filter((line) => line !== ''));
    expect(result.repairs.map((repair) => `${repair.reason} ${repair.before}`)).toEqual(['running-header Le Petit Vosgien', 'running-header Actualités']);
    // A wire's printout: the agency's name and the service's label.
    expect(contents(removePageFurniture(pageLines(['Agence Belga', '', 'LIEGE-WIRE', '', ...article].join('\n'))).lines)[0]).toBe('AGRICULTURE');
    // No paper's name on the first line, a kicker not in capitals, a first line that is a sentence: kept.
    for (const top of [['Actualités', '', 'Vivre ici'], ['Le Petit Vosgien', '', 'Agriculture'], ['Le Petit Vosgien.', '', 'Actualités']]) {
      const kicker = top.at(-1) === 'Agriculture' ? ['', 'Le frelon asiatique gâche', 'la récolte de miel', 'Dans la vallée, les ruchers ont perdu la moitié.'] : ['', ...article];
      expect(removePageFurniture(pageLines([...top, ...kicker].join('\n'))).repairs).toEqual([]);
    }
  });

  it('counts a page’s top lines past its folio: a head read a cell a line under `Page 18`', () => {
    const top = ['VITICULTURE', 'Vendanges précoces sur les coteaux', 'Les premiers raisins ont été coupés le 21 août.'];
    const cells = ['Page 18', 'La Vigie du Ponant', '', 'L’actualité du jour', '', 'mercredi 14 octobre 2026', '', ...top];
    expect(contents(removePageFurniture(pageLines(cells.join('\n'))).lines)).toEqual(top);
  });

  it('removes a date alone at a page’s top with the paper’s name two lines away, as OCR reads the header’s line in pieces around the kicker', () => {
    const lines = pageLines(['Le Républicain franc-comtois', '', 'CULTURE', '', 'jeudi 4 juin 2026', 'Le quatuor fait salle comble', 'Le concert a eu lieu hier.'].join('\n'));
    expect(contents(removePageFurniture(lines).lines)).toEqual(['CULTURE', 'Le quatuor fait salle comble', 'Le concert a eu lieu hier.']);
    // A one-word kicker in title case between them stays: the longer name beside the date is the paper's.
    const titleCased = pageLines(['Le Courrier du Val', '', 'Culture', '', 'jeudi 4 juin 2026', 'Le quatuor fait salle comble', 'Le concert a eu lieu hier.'].join('\n'));
    expect(contents(removePageFurniture(titleCased).lines)).toEqual(['Culture', 'Le quatuor fait salle comble', 'Le concert a eu lieu hier.']);
  });

  it('removes the section’s label between the paper’s name and a lone date when the kicker stands under the date, past the folio', () => {
    const body = ['Justice', 'Le prévenu relaxé après deux ans de procédure', 'Le tribunal a rendu sa décision hier.'];
    const result = removePageFurniture(pageLines(['Le Courrier du Val', 'Région', 'mardi 24 novembre 2026', '', '- 22 -', '', ...body].join('\n')));
    expect(contents(result.lines)).toEqual(body);
    // Without a kicker under the date, the word between the name and the date is the kicker OCR read there: kept.
    const noKicker = removePageFurniture(pageLines(['Le Courrier du Val', 'Justice', 'mardi 24 novembre 2026', '', '- 22 -', '', ...body.slice(1)].join('\n')));
    expect(contents(noKicker.lines)).toEqual(body);
  });

  it('removes the paper’s name and the section’s label above a date the pages’ tops repeat', () => {
    const text = [
      'Le Courrier du Val', '', 'En région', '', 'mercredi 16 septembre 2026', '', 'REPORTAGE', '', 'Sur les drailles avec mille brebis', '',
      'Chaque année le troupeau monte aux estives.', 'Page 12',
      '\fmercredi 16 septembre 2026', '', 'Le troupeau arrive au col le troisième jour.', 'Page 13',
    ].join('\n');
    const result = removePageFurniture(pageLines(text));
    expect(contents(result.lines)).toEqual(['REPORTAGE', 'Sur les drailles avec mille brebis', 'Chaque année le troupeau monte aux estives.', 'Le troupeau arrive au col le troisième jour.']);
    // The name repeated too, and one word between it and the date with no kicker under the date: that word is the kicker, kept.
    const kicker = [
      'Le Courrier du Val', '', 'Économie', '', 'mercredi 16 septembre 2026', '', 'Le comté résiste à la crise, mais ses', 'exportations reculent', '',
      'La filière a vendu moins de fromage.', 'Page 12',
      '\fLe Courrier du Val', '', 'mercredi 16 septembre 2026', '', 'Les ventes baissent encore cette année.', 'Page 13',
    ].join('\n');
    expect(contents(removePageFurniture(pageLines(kicker)).lines)[0]).toBe('Économie');
  });

  it('takes the paper’s name with the section’s label two lines from a lone date, the kicker between them kept', () => {
    const body = ['Le quatuor fait salle comble', 'Le concert a eu lieu hier.'];
    // A one-word kicker in title case (a name's form too) and one in capitals.
    for (const kicker of ['Musique', 'MUSIQUE']) {
      const result = removePageFurniture(pageLines(['jeudi 4 juin 2026', '', kicker, '', 'Le Courrier du Val | Culture', '', ...body].join('\n')));
      expect(contents(result.lines)).toEqual([kicker, ...body]);
      expect(result.repairs.map((repair) => repair.reason)).toEqual(['running-header', 'running-header']);
    }
    // The name and the section read by OCR (a colon for the dot) above the kicker and the date:
    // the head has no cell left, so the kicker between them, of two words, stays.
    const ocr = removePageFurniture(pageLines(['L’Écho du Plateau : Région', '', 'Tribunal correctionnel', '', 'jeudi 4 juin 2026', '', ...body].join('\n')));
    expect(contents(ocr.lines)).toEqual(['Tribunal correctionnel', ...body]);
    // A single word and a label two lines away names no paper: kept.
    const single = removePageFurniture(pageLines(['jeudi 4 juin 2026', '', 'MUSIQUE', '', 'Concerts · Agenda', '', ...body].join('\n')));
    expect(contents(single.lines)).toContain('Concerts · Agenda');
  });

  it('removes a date with the folio after it at a page’s top, and the paper’s name and section above it', () => {
    const text = ['La première page finit ici.', '\fLe Courrier du Val', '', 'Notre territoire', '', 'vendredi 5 juin 2026 28', '', 'Depuis le début de l’hiver, onze personnes ont péri.'].join('\n');
    expect(contents(removePageFurniture(pageLines(text)).lines)).toEqual(['La première page finit ici.', 'Depuis le début de l’hiver, onze personnes ont péri.']);
    // Inside a page, a sentence ending on a date and a number is kept.
    const body = pageLines(['Le tournoi se tiendra', 'vendredi 5 juin 2026 28', 'équipes sont inscrites.'].join('\n'));
    expect(contents(removePageFurniture(body).lines)).toHaveLength(3);
  });

  it('removes the pieces of a page’s first printed line that the columns’ reading order set further down', () => {
    // pdftotext -layout cut the head at a gutter: the section and the date are read with the
    // second column, after the first column's lines, but carry the page's first line number.
    const lines = pageLines(['Le Courrier du Val', 'Montagne', 'Deux skieurs sauvés sous la neige', 'Départements        vendredi 5 juin 2026', 'Une coulée a emporté une cordée.', 'Les secours sont arrivés vite.', 'Le brouillard interdisait tout vol.'].join('\n'));
    const cut = lines.map((line, index) => (index === 3 ? { ...line, number: 1 } : line));
    expect(contents(removePageFurniture(cut).lines)).toEqual(['Montagne', 'Deux skieurs sauvés sous la neige', 'Une coulée a emporté une cordée.', 'Les secours sont arrivés vite.', 'Le brouillard interdisait tout vol.']);
    // The same line read in the middle of the page, printed there, stays.
    expect(contents(removePageFurniture(lines).lines)).toContain('Départements        vendredi 5 juin 2026');
  });

  it('removes the section label between the paper’s name and the date when the kicker stands under the date', () => {
    // pdftotext's default mode sets each piece of the header on its own line, then the kicker:
    // an article has one kicker, so the word under the name is the header's section.
    const lines = pageLines(['Le Courrier du Val', '', 'Départements', '', 'vendredi 5 juin 2026', '', 'Montagne', '', 'Deux skieurs sauvés sous la neige', 'Une coulée a emporté une cordée.'].join('\n'));
    expect(contents(removePageFurniture(lines).lines)).toEqual(['Montagne', 'Deux skieurs sauvés sous la neige', 'Une coulée a emporté une cordée.']);
  });

  it('keeps a date alone on a body line when no paper’s name stands beside it', () => {
    const lines = pageLines(['Culture', 'Le quatuor fait salle comble', 'Le concert aura lieu le', 'mercredi 25 mars 2026', 'à la chapelle de la Visitation.'].join('\n'));
    expect(contents(removePageFurniture(lines).lines)).toHaveLength(5);
  });

  it('knows a folio set between bullets or middle dots as well as dashes', () => {
    expect(['• 29 •', '· 3 ·', '— 15 —', '[ 34 ]'].every(isFolio)).toBe(true);
    expect(isFolio('• 29 élèves')).toBe(false);
  });

  it('removes a folio set beside the paper’s or the section’s name at a page’s edge, a separator between them', () => {
    expect(contents(removePageFurniture(pageLines(['RÉGION | 4', 'Un titre', 'Le corps du texte.'].join('\n'))).lines)).toEqual(['Un titre', 'Le corps du texte.']);
    const lines = pageLines(
      ['9 — Le Courrier du Val', 'SOCIÉTÉ', 'Un titre sur la page', 'Le corps du texte commence ici et se termine.', 'Il reprend et se termine encore.', 'Vivre ici | 4'].join('\n'),
    );
    const result = removePageFurniture(lines);
    expect(contents(result.lines)).toEqual(['SOCIÉTÉ', 'Un titre sur la page', 'Le corps du texte commence ici et se termine.', 'Il reprend et se termine encore.']);
    // No separator: a number then capitalised words may open a title.
    expect(contents(removePageFurniture(pageLines(['12 Travaux pour la rentrée', 'Le corps du texte.'].join('\n'))).lines)).toHaveLength(2);
  });

  it('removes a paper’s name, a separator and a lower-case date at a page’s edge, the name ending maybe on a lower-case adjective', () => {
    for (const header of ['Le Courrier du Val — jeudi 26 février 2026', 'La Voix des Vallées · mardi 7 juillet 2026', 'Le Républicain franc-comtois jeudi 4 juin 2026', 'L’Est républicain | lundi 2 mars 2026', 'vendredi 17 juillet 2026 Le Courrier du Val', 'mardi 7 juillet 2026 — La Voix des Vallées 12']) {
      const lines = pageLines([header, 'Un titre', 'Le corps du texte commence ici.'].join('\n'));
      expect(contents(removePageFurniture(lines).lines), header).toEqual(['Un titre', 'Le corps du texte commence ici.']);
    }
    // A sentence's words before the date are no paper's name.
    const prose = pageLines(['Le vote est prévu — jeudi 26 février 2026', 'Le corps du texte.'].join('\n'));
    expect(contents(removePageFurniture(prose).lines)).toHaveLength(2);
    const after = pageLines(['jeudi 26 février 2026 les électeurs voteront', 'Le corps du texte.'].join('\n'));
    expect(contents(removePageFurniture(after).lines)).toHaveLength(2);
  });

  it('knows the folios browsers and word processors print: `Page 1 sur 2`, `1 sur 2`, `2/3`', () => {
    expect(['Page 1 sur 2', '1 sur 2', 'page 2/3', 'Page 12 sur 14'].every(isFolio)).toBe(true);
    expect(isFolio('3 sur 10 ont voté')).toBe(false);
    // A page number with a slash after it, as a page's corner prints it (`29/`).
    expect(isFolio('29/')).toBe(true);
    expect(isFolio('29/ élèves')).toBe(false);
    // A header's page counter whose total the template left blank (`18 /`, `page 3 /`).
    expect(['18 /', 'page 3 /', '| 18 /'].every(isFolio)).toBe(true);
    expect(isFolio('18 / élèves')).toBe(false);
    // The slash set apart from the number (`12 /`), as a template's folio form may print it.
    expect(['12 /', '| 18 /'].every(isFolio)).toBe(true);
    expect(isFolio('12 / élèves')).toBe(false);
  });

  it('removes a paper’s name and a lower-case date with no comma at a page’s edge, and nowhere else', () => {
    const lines = pageLines(
      [
        'Le Courrier du Val jeudi 26 février 2026',
        'Un titre',
        'Le corps du texte commence ici et va jusqu’à la fin de la',
        'page. Rendez-vous Place Bellecour jeudi 26 février 2026',
        'avec tout le monde, dit-il, et bien d’autres choses',
        'encore pour remplir la page.',
        'Page 1 sur 2',
        '\fLe Courrier du Val jeudi 26 février 2026',
        'La suite du texte.',
        'Page 2 sur 2',
      ].join('\n'),
    );
    const result = removePageFurniture(lines);
    expect(contents(result.lines)).toEqual([
      'Un titre',
      'Le corps du texte commence ici et va jusqu’à la fin de la',
      'page. Rendez-vous Place Bellecour jeudi 26 février 2026',
      'avec tout le monde, dit-il, et bien d’autres choses',
      'encore pour remplir la page.',
      'La suite du texte.',
    ]);
    expect(result.repairs).toHaveLength(4);
    // On one page, nothing repeats: the paper's name beside the date says it.
    const single = removePageFurniture(pageLines(['Le Courrier du Val jeudi 26 février 2026', 'Un titre', 'Le texte.', 'Page 1 sur 1'].join('\n')));
    expect(contents(single.lines)).toEqual(['Un titre', 'Le texte.']);
    expect(single.repairs.map((repair) => repair.reason)).toEqual(['running-header', 'folio']);
  });

  it('removes a line repeated at the edge of several pages', () => {
    const lines = pageLines(['Édition du soir', 'Premier texte de la page une.', '\fÉdition du soir', 'Second texte de la page deux.'].join('\n'));
    expect(contents(removePageFurniture(lines).lines)).toEqual(['Premier texte de la page une.', 'Second texte de la page deux.']);
  });

  it('removes the pieces of the running header’s line that columns cut apart: the paper’s name and the folio beside the date', () => {
    const line = (number: number, content: string, column: number) => ({ number, content, page: 0, column, indent: 0, blankBefore: false, pageBreakBefore: false });
    const lines = [line(1, 'La Voix du Massif', 0), line(3, 'ÉCHECS', 0), line(4, 'Un titre sur deux', 0), line(1, 'Dimanche 22 mars 2026', 1), line(1, '12', 2), line(5, 'La suite du texte.', 2)];
    const result = removePageFurniture(lines);
    expect(contents(result.lines)).toEqual(['ÉCHECS', 'Un titre sur deux', 'La suite du texte.']);
    expect(result.repairs.map((repair) => `${repair.reason} ${repair.before}`)).toEqual(['running-header La Voix du Massif', 'running-header Dimanche 22 mars 2026', 'folio 12']);
  });

  it('knows a folio set between bullets or brackets', () => {
    expect(['• 20 •', '•5•', '[ 11 ]', '— 13 —'].every(isFolio)).toBe(true);
    expect(isFolio('[11] et')).toBe(false);
  });

  it('knows a folio beside the vertical rule that parts it from the page’s head, and the date beside it', () => {
    expect(['24 |', '26|', '| 3'].every(isFolio)).toBe(true);
    // A bar and a number is no sentence; a bar between two numbers is a table's.
    expect(isFolio('24 | 25')).toBe(false);
    expect(isFolio('| 24 ans')).toBe(false);
    const body = ['Faits divers', 'Un tracteur dévale la rue du Marché', 'Le conducteur a sauté à temps.', 'Personne n’a été blessé.'];
    const top = removePageFurniture(pageLines(['24 |', ...body].join('\n')));
    expect(top.repairs.map((repair) => `${repair.reason} ${repair.before}`)).toEqual(['folio 24 |']);
    // The page's foot read a cell a line: the paper's name, the section, the date and the folio.
    const foot = removePageFurniture(pageLines([...body, 'Le Réveil du Cantal', 'Le monde', 'mardi 3 février 2026 25 |'].join('\n')));
    expect(foot.repairs.map((repair) => `${repair.reason} ${repair.before}`)).toEqual(['running-header Le Réveil du Cantal', 'section-label Le monde', 'running-header mardi 3 février 2026 25 |']);
  });

  it('removes the heads and feet a text without page breaks keeps inside its body, when the paper’s name repeats or a folio stands beside', () => {
    // An OCR text as a library serves it: no form feed, each page's foot and head between two lines of a paragraph.
    const lines = pageLines(
      [
        'Le Réveil savoyard mardi 3 mars 2026',
        'Un titre',
        'Le corps du texte commence ici et se pour-',
        '12 | Le Réveil savoyard',
        'mardi 3 mars 2026 Le Réveil savoyard',
        'suit sur la page suivante, jusqu’à la fin de',
        'la phrase.',
        'Sports | 13',
      ].join('\n'),
    );
    const result = removePageFurniture(lines);
    expect(contents(result.lines)).toEqual(['Un titre', 'Le corps du texte commence ici et se pour-', 'suit sur la page suivante, jusqu’à la fin de', 'la phrase.']);
    expect(result.lines[2]?.pageBreakBefore).toBe(true);
    // A head beside a folio, its name printed nowhere else.
    const besideFolio = removePageFurniture(pageLines(['Un titre', 'Le texte va de la première', '• 7 •', 'La Gazette des Îles lundi 2 février 2026', 'page à la seconde.'].join('\n')));
    expect(contents(besideFolio.lines)).toEqual(['Un titre', 'Le texte va de la première', 'page à la seconde.']);
  });

  it('knows a folio OCR garbled with its bullets or dashes, and takes it only at a page’s edge', () => {
    expect(['e31°e', 'e 26°', '_25-', '—_138—', '“16'].every(isGarbledFolio)).toBe(true);
    // A number with its unit or a sentence's end, or beside a word, is text.
    expect(['16 ans.', 'à 40 %.', '2014.', 'de 12', '1 300'].some(isGarbledFolio)).toBe(false);
    const text = ['Un titre', 'Le texte commence', 'et se poursuit', '_25-', 'sur la page, encore', 'et encore, jusqu’au bout', 'de la page qui finit ici.', 'e26°', '\fLa page suivante.'];
    expect(contents(removePageFurniture(pageLines(text.join('\n'))).lines)).toEqual([...text.slice(0, 7), 'La page suivante.']);
  });

  it('removes a folio set off from the paper’s name by a rule, wherever it falls', () => {
    const text = ['Un titre', 'Le texte commence ici', 'et se poursuit sur la', 'page, encore et encore,', '16 — La Gazette des Îles', 'jusqu’au bout de la page', 'qui finit ici, bien', 'plus loin que prévu.'];
    expect(contents(removePageFurniture(pageLines(text.join('\n'))).lines)).toEqual(text.filter((line) => !line.startsWith('16')));
  });

  it('keeps a line of prose that holds a name and a date by chance, with nothing else to say it is a head', () => {
    const lines = pageLines(
      ['Un titre', 'Le texte commence ici et va', 'jusqu’au concert de demain. Rendez-vous', 'Place Bellecour jeudi 26 février 2026', 'avec tout le monde, disent les', 'organisateurs, qui attendent', 'une foule nombreuse.'].join('\n'),
    );
    expect(contents(removePageFurniture(lines).lines)).toHaveLength(7);
  });
});

describe('folios as a page edge sets them (the PDF path, where the row\'s place is known)', () => {
  it('knows a folio between ornaments, and no number beside text', () => {
    for (const folio of ['• 20 •', '[ 11 ]', '| 3 |', '· 12 ·', '(4)', '« 4 »']) expect(isOrnamentedFolio(folio), folio).toBe(true);
    for (const text of ['• 20', '[ 11', '• 20 |', '12', 'Page 3', '• 2 000 euros •']) expect(isOrnamentedFolio(text), text).toBe(false);
  });

  it('knows a folio beside the paper’s or section’s name, and no sentence', () => {
    for (const line of ['6 | Le Journal de la Saône', '28 — Le Républicain franc-comtois', '29— Le Petit Ligérien', 'DÉPARTEMENT | 9', 'Actualité | 25', 'Le Courrier • 4']) {
      expect(isFolioWithPaperName(line), line).toBe(true);
    }
    for (const line of ['12', 'En 2025 — la ville a voté.', '3 — mais il est parti', 'Le maire a parlé pendant deux heures devant les élus, puis | 3', '6 | le journal']) {
      expect(isFolioWithPaperName(line), line).toBe(false);
    }
  });
});

describe('headerKey', () => {
  it('is the line in lower case with digits as # and whitespace runs as one space, on generated lines', () => {
    const pieces = ['Le', 'QUOTIDIEN', ' ', '  ', '\t', '\u00a0', '12', '7', 'mars', '2026', '—', 'é', 'É'];
    let seed = 3;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 3000; round += 1) {
      let text = '';
      const length = Math.floor(random() * 8);
      for (let index = 0; index < length; index += 1) text += pieces[Math.floor(random() * pieces.length)];
      expect(headerKey(text), JSON.stringify(text)).toBe(text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' '));
    }
  });
});

describe('a print utility’s page header', () => {
  it('removes a line ending on the page count at a page’s edge, title and all', () => {
    const lines = pageLines(['Agence de presse DEPECHE-12 Page 1 / 1', 'BRETAGNE', 'Le port rouvre', 'BREST (AFP) - Le port a rouvert.', 'Il était fermé depuis lundi.'].join('\n'));
    const result = removePageFurniture(lines);
    expect(contents(result.lines)).toEqual(['BRETAGNE', 'Le port rouvre', 'BREST (AFP) - Le port a rouvert.', 'Il était fermé depuis lundi.']);
    expect(result.repairs.map((repair) => repair.reason)).toEqual(['running-header']);
  });

  it('removes the header’s fields read as blocks of their own above the page count, not a kicker set apart below it', () => {
    const lines = pageLines(['Agence de presse', '', 'DEPECHE-12', '', 'Page 1 / 1', '', 'BRETAGNE', 'Le port rouvre', 'BREST (AFP) - Le port a rouvert.'].join('\n'));
    expect(contents(removePageFurniture(lines).lines)).toEqual(['BRETAGNE', 'Le port rouvre', 'BREST (AFP) - Le port a rouvert.']);
    // A page number alone, with no count of the pages, says nothing of the lines above it.
    const plain = pageLines(['SPORTS', '', 'Le club monte', '', 'Page 3', '', 'Le club est monté dimanche.'].join('\n'));
    expect(contents(removePageFurniture(plain).lines)).toEqual(['SPORTS', 'Le club monte', 'Le club est monté dimanche.']);
  });

  it('leaves a sentence that mentions a page alone', () => {
    const lines = pageLines(['Le texte commence.', 'Voir le dossier en page 4 / 5', 'et la suite.'].join('\n'));
    expect(contents(removePageFurniture(lines).lines)).toHaveLength(3);
  });
});

describe('a folio between ornaments', () => {
  it('goes at a page’s edge, and under a head read a cell a block, where the page’s edge is once the head is out', () => {
    const top = ['Justice', 'Le gérant condamné à du sursis', 'Le tribunal a rendu son jugement mardi.'];
    expect(contents(removePageFurniture(pageLines(['‹ 13 ›', ...top].join('\n'))).lines)).toEqual(top);
    const cells = ['La Gazette du Vercors', '', 'Vie locale', '', 'samedi 25 juillet 2026', '', '‹ 13 ›', '', ...top];
    expect(contents(removePageFurniture(pageLines(cells.join('\n'))).lines)).toEqual(top);
    // As Tesseract reads the angle quotes.
    expect(contents(removePageFurniture(pageLines(cells.join('\n').replace('‹ 13 ›', '<13>'))).lines)).toEqual(top);
  });

  it('stays inside a page', () => {
    const inside = ['Justice', 'Le gérant condamné à du sursis', 'Le tribunal a rendu son jugement mardi.', '‹ 13 ›', 'Il fera appel.', 'La date n’est pas fixée.', 'Son avocat se tait.'];
    expect(contents(removePageFurniture(pageLines(inside.join('\n'))).lines)).toEqual(inside);
  });
});

describe('a number under a line that runs on', () => {
  it('keeps a year wrapped under a preposition, and still removes a folio under a sentence’s end', () => {
    const body = ['La Vézère est sortie de son lit.', 'Les pompiers sont arrivés à 3 heures.', 'Il a plu toute la nuit.', 'Une crue plus rapide qu’en', '2021', 'La station a mesuré 5,82 m.', 'Le préfet a réuni', 'les maires du canton', 'à 8 heures.'];
    expect(contents(removePageFurniture(pageLines([...body, '12'].join('\n'))).lines)).toEqual(body);
    // A text that lost its page breaks keeps a folio between a sentence's halves: the sentence goes on after it.
    const inside = ['La Vézère est sortie de son lit.', 'Les pompiers sont arrivés à 3 heures.', 'Il a plu toute la nuit.', 'Le préfet a réuni les maires de la', '12', 'commune à 8 heures.', 'La station a mesuré 5,82 m.', 'Le niveau baisse.', 'Les routes rouvrent.'];
    expect(contents(removePageFurniture(pageLines(inside.join('\n'))).lines)).toEqual(inside.filter((line) => line !== '12'));
    const header = ['La Vézère est sortie de son lit.', 'Les pompiers sont arrivés à 3 heures.', 'Il a plu toute la nuit.', 'Le préfet a réuni les maires de la', '12', 'Le Courrier du Périgord lundi 2 mars 2026', 'commune à 8 heures.', 'La station a mesuré 5,82 m.', 'Le niveau baisse.', 'Les routes rouvrent.'];
    expect(contents(removePageFurniture(pageLines(header.join('\n'))).lines)).toEqual(header.filter((line, index) => index !== 4 && index !== 5));
    // At a page's foot, the page broke in mid-sentence: the number is its folio.
    const foot = pageLines(['La Vézère est sortie de son lit.', 'Les pompiers sont arrivés à 3 heures.', 'Il a plu toute la nuit.', 'Le préfet a réuni les maires de la', '12', '\fcommune à 8 heures.'].join('\n'));
    expect(contents(removePageFurniture(foot).lines)).toEqual(['La Vézère est sortie de son lit.', 'Les pompiers sont arrivés à 3 heures.', 'Il a plu toute la nuit.', 'Le préfet a réuni les maires de la', 'commune à 8 heures.']);
  });
});

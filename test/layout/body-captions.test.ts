import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCaptions, isWorkReference, readsAsPictureDescription } from '../../src/layout/body-captions.ts';
import { structureText } from '../../src/structure.ts';
import { pageLines } from '../support/page-lines.ts';

describe('captions in the body', () => {
  it('takes a picture’s description set apart as a page’s last block, reaching the text’s end, without reading past it', () => {
    // held-out-13's Inkscape page, by -layout and by real OCR: the caption stands last, where no
    // line follows to show its block's end (this threw before).
    for (const path of ['layout', 'tesseract']) {
      const file = new URL(`../fixtures/pages/held-out-13/vendanges-coteaux-precoces/vendanges-coteaux-precoces.inkscape-a4-2col.${path}.txt`, import.meta.url);
      const article = structureText(readFileSync(file, 'utf8'), { fileName: `${path}.txt`, checkLanguage: false });
      expect(article.blocks.filter((block) => block.role === 'caption').map((block) => block.text)).toContain('Les vendangeurs dans les rangs de merlot, au lever du jour, sur le haut du coteau.');
    }
  });

  it('takes out a caption ending with a photo credit, over a line break', () => {
    const lines = pageLines(
      ['soit près de 38 millions d’euros.', 'Le maire de Lyon, lundi soir à l’hôtel de ville (Photo Le Cour-', 'rier du Rhône)', 'Une dette qui inquiète'].join('\n'),
    );
    expect(findCaptions(lines, 60).captions).toEqual([expect.objectContaining({ start: 1, end: 3, reason: 'photo-credit' })]);
  });

  it('reads `Texte et photos : <name>` under the standfirst as the byline, not a caption ending on a credit', () => {
    // held-out-18's Vim and Vivliostyle pages, by pdftotext -raw: the credit names the text's writer too.
    for (const name of ['vim-a4-1col', 'vivliostyle-a4-2col']) {
      const file = new URL(`../fixtures/pages/held-out-18/portrait-pecheur-etang/portrait-pecheur-etang.${name}.raw.txt`, import.meta.url);
      const article = structureText(readFileSync(file, 'utf8'), { fileName: `${name}.raw.txt`, checkLanguage: false });
      expect(article.blocks.find((block) => block.text === 'Texte et photos : Antoine Sabatier')?.role, name).toBe('byline');
    }
  });

  it('reads a caption whose printed line the tool cut after its elided letter (`L` / `’Orchestre…`) as one line', () => {
    const lines = pageLines(
      [
        'dès le deuxième mouvement, et le finale, pris sans hâte, a',
        'soulevé une ovation de plusieurs minutes.',
        'L',
        '’Ensemble vocal du Vieux-Port et son chef, samedi, dans la chapelle.',
        'On regrettera seulement un éclairage encore mal réglé, qui',
        'plongeait les contrebasses dans la pénombre.',
      ].join('\n'),
    );
    expect(findCaptions(lines, 60).captions).toEqual([expect.objectContaining({ start: 2, end: 4, reason: 'picture-description' })]);
    // A letter alone over a line that opens on no apostrophe is a heading's, no caption's piece.
    const heading = pageLines(['soulevé une ovation de plusieurs minutes.', 'L', 'Ensemble vocal du Vieux-Port et son chef, samedi, dans la chapelle.', 'On regrettera seulement un éclairage.'].join('\n'));
    expect(findCaptions(heading, 60).captions.filter((caption) => caption.start === 1)).toEqual([]);
  });

  it('takes a book’s reference under its cover for a caption: title in quotes, publisher, pages, price', () => {
    for (const text of ['« La Digue », éditions du Halage, 312 pages, 21 euros.', '« Le Fleuve », Gallimard, 240 p., 19,50 €', '“Les Marées”, éditions de l’Estuaire, 188 pages.']) {
      expect(isWorkReference(text), text).toBe(true);
    }
    // A sentence quoting a title goes on with a verb; a count of pages alone is no reference.
    for (const text of ['« La Digue », son premier roman, compte 312 pages.', '« La Digue » paraît le 4 septembre.', 'Le roman, 312 pages, 21 euros.']) {
      expect(isWorkReference(text), text).toBe(false);
    }
    const lines = pageLines(['elle reste seule face aux vannes.', '« La Digue », éditions du Halage, 312 pages, 21 euros.', 'Mais les dernières pages sont d’une tension remarquable.'].join('\n'));
    expect(findCaptions(lines, 60).captions).toEqual([expect.objectContaining({ start: 1, end: 2, reason: 'work-reference' })]);
  });

  it('does not reach back over a short line (an intertitle) above the caption', () => {
    const lines = pageLines(['sans agent ni maison de disques.', 'Un public rajeuni', 'Le quatuor Hélios, vendredi soir, dans la chapelle de la Visi-', 'tation (Photo DR)'].join('\n'));
    expect(findCaptions(lines, 60).captions).toEqual([expect.objectContaining({ start: 2, end: 4 })]);
  });

  it('takes a sentence set apart by blank lines for a caption, with a warning, unless blank lines separate paragraphs', () => {
    const body = ['Le sinistre a été maîtrisé vers 6 h 30.', '', 'Les agents présents ont eu le bon réflexe.', '', 'Trois rames ont été détruites.'];
    const found = findCaptions(pageLines(body.join('\n')), 60);
    expect(found.captions).toEqual([expect.objectContaining({ start: 1, end: 2, reason: 'set-apart' })]);
    expect(found.warnings.map((warning) => warning.rule)).toEqual(['layout/caption-guess']);
    const spaced = [...body, '', 'Une enquête est ouverte.', '', 'Le parquet est saisi.', '', 'Rien n’est exclu.', '', 'La suite est attendue.'];
    expect(findCaptions(pageLines(spaced.join('\n')), 60).captions).toEqual([]);
    // A question, a suspended sentence or a quotation set apart is an interview's question or a heading.
    for (const apart of ['Le feu a-t-il pris dans la cabine ?', 'Le dépôt n’avait pourtant jamais brûlé…', '« Un dépôt trop vieux. »']) {
      expect(findCaptions(pageLines([body[0], '', apart, '', body[4]].join('\n')), 60).captions, apart).toEqual([]);
    }
  });

  it('takes a sentence set apart inside a dialogue, a turn after it, for a caption; three sentences set apart are prose', () => {
    const turns = ['— Vous êtes revenu le lendemain, monsieur ?', '— Oui.', '', 'Le hangar de la coopérative où les sacs de semences étaient entreposés.', '', '— Pourquoi ?', '— Parce que personne ne surveillait.'];
    expect(findCaptions(pageLines(turns.join('\n')), 60).captions).toEqual([expect.objectContaining({ start: 2, end: 3, reason: 'set-apart' })]);
    // The sentence bringing the speaker in, in the narration's compound past, is the body's.
    const intro = ['Le conseil a siégé jusqu’à minuit.', '', 'Le maire a rappelé les limites de son pouvoir.', '', '— Je ne peux pas interdire une antenne, a-t-il dit.'];
    expect(findCaptions(pageLines(intro.join('\n')), 60).captions).toEqual([]);
    const body = ['Le sinistre a été maîtrisé vers 6 h 30.', '', 'Les dégâts sont lourds. Trois rames ont brûlé. Le dépôt restera fermé.', '', 'Trois rames ont été détruites.'];
    expect(findCaptions(pageLines(body.join('\n')), 60).captions).toEqual([]);
  });

  it('takes a sentence set apart by a blank line above it and the page’s end below for a caption, when its lines run the full width', () => {
    const top = ['Le sinistre a été maîtrisé vers 6 h 30 par', 'les pompiers de la caserne du centre.', ''];
    const next = '\fTrois rames ont été détruites dans le dépôt.';
    const caption = 'Les rames détruites, alignées sur la voie de garage du dépôt.';
    expect(findCaptions(pageLines([...top, caption, next].join('\n')), 44).captions).toEqual([expect.objectContaining({ start: 2, end: 3, reason: 'set-apart' })]);
    // A short line there is a paragraph's, running on over the page break; two sentences are the body's.
    expect(findCaptions(pageLines([...top, 'Chloé, elle, n’a pas hésité.', next].join('\n')), 44).captions).toEqual([]);
    const twoSentences = 'Les rames ont brûlé toute la nuit au dépôt. Rien n’a pu être sauvé.';
    expect(findCaptions(pageLines([...top, twoSentences, next].join('\n')), 44).captions).toEqual([]);
  });

  it('takes a whole sentence set apart by blank lines between a sentence’s two halves for a caption, whatever its words say', () => {
    const run = 'Les pêcheurs ont vu les prises de lavaret reculer depuis cinq ans.';
    const lines = ['Sans lui, la teneur en oxygène dissous au fond', 'diminue. Elle est descendue sous le seuil de 4', '', run, '', 'mg/l à plusieurs reprises l’automne dernier.'];
    const found = findCaptions(pageLines(lines.join('\n')), 48);
    expect(found.captions).toEqual([expect.objectContaining({ start: 2, end: 3, reason: 'inside-a-sentence' })]);
    expect(found.warnings.map((warning) => warning.rule)).toEqual(['layout/caption-guess']);
    // Two sentences there are another column's, as OCR reading two columns as one sets them.
    expect(findCaptions(pageLines([...lines.slice(0, 3), 'Les pêcheurs ont vu les prises reculer. Ils attendent.', ...lines.slice(4)].join('\n')), 48).captions).toEqual([]);
    // One short line there is a sentence's tail a column cut set there, not a caption across the picture.
    expect(findCaptions(pageLines([...lines.slice(0, 3), 'Au port de Brest.', ...lines.slice(4)].join('\n')), 48).captions).toEqual([]);
    // The line after it opening a sentence: the run may be the body's own, read out of order.
    expect(findCaptions(pageLines([...lines.slice(0, 5), 'Mesurée à plusieurs reprises, elle baisse.'].join('\n')), 48).captions).toEqual([]);
  });

  it('takes no set-apart block for a caption when there are more of them than a page has pictures: one-line paragraphs', () => {
    // Paragraphs not spaced apart: their short last lines have no blank line after them.
    const flow = [
      'Le club a gagné dimanche face à ses voisins, et reprend',
      'la tête de la poule après un match très disputé.',
      'Les supporters ont fêté la victoire.',
      'Le président a salué le travail de tout le groupe, des',
      'joueurs aux bénévoles.',
      'Les résultats de la journée sont connus depuis',
      'dimanche soir, et le classement a changé.',
    ];
    const scores = ['Caen - Rouen : 21-14.', 'Brest - Vannes : 9-9.', 'Laval - Angers : 30-12.', 'Tours - Blois : 17-3.', 'Nantes - Cholet : 6-8.'];
    const lines = pageLines([...flow, ...scores.flatMap((score) => ['', score]), '', 'Le prochain match aura lieu samedi à Laval, devant', 'un public attendu nombreux.'].join('\n'));
    expect(findCaptions(lines, 60)).toEqual({ captions: [], warnings: [] });
    // Four of them may still be a page's captions (set without a label and a colon, which would
    // make them a results box's entries: caption-labelled-entries.test.ts).
    const sentences = ['Caen bat Rouen sur le fil.', 'Brest et Vannes se quittent à égalité.', 'Laval domine Angers.', 'Tours s’impose à Blois.'];
    const four = pageLines([...flow, ...sentences.flatMap((sentence) => ['', sentence]), '', 'Le prochain match aura lieu samedi à Laval, devant', 'un public attendu nombreux.'].join('\n'));
    expect(findCaptions(four, 60).captions.map((caption) => caption.reason)).toEqual(['set-apart', 'set-apart', 'set-apart', 'set-apart']);
  });

  it('takes no set-apart heading over its first item, or a numbered item, for a caption, and counts them as the body’s blocks set apart', () => {
    const flow = ['Le club a gagné dimanche face à ses voisins, et reprend', 'la tête de la poule après un match très disputé.'];
    const after = ['', 'Le prochain match aura lieu samedi à Laval, devant', 'un public attendu nombreux.'];
    // A first line stopping short where the next word would have fitted: a heading, then an item.
    const heading = pageLines([...flow, '', 'Seniors hommes (10,2 km)', '1. Karim Benali (AS Montluçon), 33 min 12 s.', ...after].join('\n'));
    expect(findCaptions(heading, 60).captions).toEqual([]);
    const numbered = pageLines([...flow, '', '2. Théo Chambon (AS Montluçon), 33 min 40 s.', ...after].join('\n'));
    expect(findCaptions(numbered, 60).captions).toEqual([]);
    // A caption wrapped over two full lines is still one.
    const caption = pageLines([...flow, '', 'Les joueurs du Stade lavallois fêtent leur victoire devant', 'leurs supporters, dimanche au stade Le Basser.', ...after].join('\n'));
    expect(findCaptions(caption, 60).captions).toEqual([expect.objectContaining({ start: 2, end: 4, reason: 'set-apart' })]);
    // Three scores and a numbered item set apart: four blocks with the item, too many for captions.
    const scores = ['Caen - Rouen : 21-14.', 'Brest - Vannes : 9-9.', 'Laval - Angers : 30-12.', 'Tours - Blois : 17-3.'];
    const box = pageLines([...flow, ...scores.flatMap((score) => ['', score]), '', '1. Laval, 34 pts.', ...after].join('\n'));
    expect(findCaptions(box, 60).captions).toEqual([]);
  });

  it('takes a statement set apart by blank lines under an intertitle for a caption, not a question or a quotation', () => {
    const page = (caption: string) =>
      pageLines(['Le sinistre a été maîtrisé vers 6 h 30.', 'Un dépôt à reconstruire', '', caption, '', 'Les agents présents ont eu le bon réflexe et', 'ont évacué les rames.'].join('\n'));
    expect(findCaptions(page('Les agents présents ont eu le bon réflexe.'), 60).captions).toEqual([expect.objectContaining({ start: 2, end: 3, reason: 'set-apart' })]);
    // An interview's question, or a second heading in quotes, stands there too: no caption.
    expect(findCaptions(page('Comment le feu a-t-il pris ?'), 60).captions).toEqual([]);
    expect(findCaptions(page('« Un dépôt trop vieux »'), 60).captions).toEqual([]);
  });

  it('takes the whole sentences after the article’s signature for captions, as content-stream order prints them', () => {
    const body = ['Le sinistre a été maîtrisé vers 6 h 30.', 'Les agents présents ont eu le bon', 'réflexe.', 'Claire Dumont'];
    const found = findCaptions(pageLines([...body, 'Les pompiers et le chef de', 'dépôt, avec le préfet.', 'Une rame calcinée.'].join('\n')), 60);
    expect(found.captions).toEqual([
      expect.objectContaining({ start: 4, end: 6, reason: 'after-signature' }),
      expect.objectContaining({ start: 6, end: 7, reason: 'after-signature' }),
    ]);
    // Unfinished text after the name, or a name that does not follow a sentence's end: no signature.
    expect(findCaptions(pageLines([...body, 'Les pompiers et le chef de'].join('\n')), 60).captions).toEqual([]);
    expect(findCaptions(pageLines(['Le sinistre a été maîtrisé par', 'Claire Dumont', 'Une rame calcinée.'].join('\n')), 60).captions).toEqual([]);
  });

  it('ends a caption after the signature on its credit as on a stop', () => {
    const body = ['Le sinistre a été maîtrisé vers 6 h 30.', 'Les agents présents ont eu le bon', 'réflexe.', 'C. D.'];
    // The text's last caption, its credit on its last line after the stop.
    const credited = ['Une rame calcinée.', 'Les pompiers devant le dépôt,', 'dimanche matin. Photo Le Progrès/Marc Olivier'];
    expect(findCaptions(pageLines([...body, ...credited].join('\n')), 60).captions).toEqual([
      expect.objectContaining({ start: 4, end: 5, reason: 'after-signature' }),
      expect.objectContaining({ start: 5, end: 7, reason: 'after-signature' }),
    ]);
    // A last line ending on neither leaves the lines after the name to the article.
    expect(findCaptions(pageLines([...body, 'Une rame calcinée.', 'Les pompiers devant le dépôt, dimanche avec Marc Olivier'].join('\n')), 60).captions).toEqual([]);
  });

  it('takes a description closing the body for a caption, as content-stream order prints a caption drawn after the text', () => {
    const body = ['Le sinistre a été maîtrisé vers 6 h 30.', 'Une enquête est ouverte et le parquet', 'est saisi.'];
    expect(findCaptions(pageLines([...body, 'Les pompiers devant le hangar,', 'dimanche matin.'].join('\n')), 60).captions).toEqual([
      expect.objectContaining({ start: 3, end: 5, reason: 'picture-description' }),
    ]);
    // A closing sentence that narrates is the article's.
    expect(findCaptions(pageLines([...body, 'Les pompiers ont quitté le hangar,', 'dimanche matin.'].join('\n')), 60).captions).toEqual([]);
    // Right under another caption at the text's end, a description read on its own is one too;
    // a sentence only the caption above would lend its evidence to is the body's.
    const two = [...body, 'Les pompiers devant le hangar, dimanche matin.', 'Les rames calcinées du dépôt, vues depuis le pont.'];
    expect(findCaptions(pageLines(two.join('\n')), 60).captions).toEqual([
      expect.objectContaining({ start: 3, end: 4 }),
      expect.objectContaining({ start: 4, end: 5 }),
    ]);
    const closing = [...body, 'Les pompiers devant le hangar, dimanche matin.', 'Le dépôt rouvrira ses portes la semaine prochaine.'];
    expect(findCaptions(pageLines(closing.join('\n')), 60).captions).toEqual([expect.objectContaining({ start: 3, end: 4 })]);
  });

  it('takes a whole block that describes a picture for a caption where blank lines separate paragraphs (OCR sets every block apart)', () => {
    const spaced = [
      'Le sinistre a été maîtrisé vers 6 h 30.',
      '',
      'Les pompiers devant le hangar, dimanche matin.',
      '',
      'Une enquête est ouverte.',
      '',
      'Le parquet est saisi.',
      '',
      'Rien n’est exclu.',
      '',
      'La suite est attendue.',
    ];
    expect(findCaptions(pageLines(spaced.join('\n')), 60).captions).toEqual([expect.objectContaining({ start: 1, end: 2, reason: 'picture-description' })]);
    // The same sentence opening a block that goes on is the block's first sentence, not a caption.
    const opening = [...spaced];
    opening.splice(3, 1);
    expect(findCaptions(pageLines(opening.join('\n')), 60).captions).toEqual([]);
  });

  it('takes a sentence describing a picture and its moment between two paragraphs for a caption, with a warning', () => {
    const lines = pageLines(
      [
        'Il lui en faudra deux autres pour le décrocher.',
        'Des chalutiers à quai dans le port de Lorient, en no-',
        'vembre.',
        'Les armateurs, eux, attendaient davantage.',
        'Le conseil se réunira à Bruxelles, le 4 février.',
        'Rien n’est encore décidé.',
      ].join('\n'),
    );
    const found = findCaptions(lines, 60);
    expect(found.captions).toEqual([expect.objectContaining({ start: 1, end: 3, reason: 'picture-description' })]);
    expect(found.warnings.map((warning) => warning.rule)).toEqual(['layout/caption-guess']);
  });

  it('does not take a heading above a description into the caption, nor the body’s narration', () => {
    const lines = pageLines(['dès le soir même.', 'Les scientifiques déçus', 'Des chalutiers à quai dans le port de Lorient, samedi.', 'Les armateurs ont signé, mardi.', 'Fin.'].join('\n'));
    expect(findCaptions(lines, 60).captions).toEqual([expect.objectContaining({ start: 2, end: 3 })]);
  });

  it('takes a short description right under another caption for a second caption, even without a moment, when its block visibly ends', () => {
    const lines = pageLines(
      [
        'Elle estime ses pertes à 85 000 euros, stock compris.',
        'La rue Saint-Nicolas, à Saumur, le 4 février, au',
        'lendemain du pic de la crue.',
        'Des bénévoles vident une cave du quartier.',
        'Les champignonnistes, installés dans les carrières,',
        'sont plus inquiets encore, et le disent.',
      ].join('\n'),
    );
    expect(findCaptions(lines, 52).captions).toEqual([expect.objectContaining({ start: 1, end: 3 }), expect.objectContaining({ start: 3, end: 4 })]);
    // A full line under a caption opens the body's next paragraph.
    const body = pageLines(['Le sinistre est maîtrisé depuis ce matin.', 'Les pompiers devant le dépôt, dimanche matin.', 'L’origine de l’incendie reste bien inconnue.', 'Une enquête a été ouverte par le parquet.'].join('\n'));
    expect(findCaptions(body, 45).captions).toEqual([expect.objectContaining({ start: 1, end: 2 })]);
  });

  it('takes a person or a thing set in a place for a picture’s description, with no moment needed', () => {
    const lines = pageLines(
      [
        'découragent beaucoup de jeunes.',
        'Gérard Monnier dans son fournil de la rue Battant, où son grand-',
        'père s’était installé en 1951.',
        'Le problème n’est pas le prix, assure le boulanger, qui en de-',
        'mande un peu moins que le fonds de commerce voisin de la rue.',
        'Des parcs à huîtres sur l’étang de Thau, à quelques kilomètres.',
        'Ils redoutent que les travaux remettent en suspension des boues',
        'chargées de métaux lourds et de résidus d’hydrocarbures, hélas.',
        'La péniche-école amarrée près de l’écluse de Saint-Roch.',
        'Le bateau ne navigue pas pendant les heures de cours, et il ne',
        'se déplace que le week-end pour rejoindre toutes les familles.',
      ].join('\n'),
    );
    expect(findCaptions(lines, 64).captions).toEqual([
      expect.objectContaining({ start: 1, end: 3, reason: 'picture-description' }),
      expect.objectContaining({ start: 5, end: 6 }),
      expect.objectContaining({ start: 8, end: 9 }),
    ]);
  });

  it('reads a person’s name and what belongs to them, then a relative clause, as a picture’s description', () => {
    expect(readsAsPictureDescription('Gérard Moulin et sa météorite, qui lui a longtemps servi de cale-porte.')).toBe(true);
    expect(readsAsPictureDescription('Jeanne Ferrand et ses deux chiens, dont elle ne se sépare jamais.')).toBe(true);
    // A noun phrase (no person) and a relative: prose writes such a sentence; a verb of its own, or a
    // subject that is no name, is the body's.
    expect(readsAsPictureDescription('Une première pour la commune, qui n’avait jamais accueilli de tournage.')).toBe(false);
    expect(readsAsPictureDescription('Gérard Moulin et sa femme ont gardé la pierre, qui leur a servi de cale-porte.')).toBe(false);
    expect(readsAsPictureDescription('La boulangère et sa vendeuse, qui se trouvaient dans l’arrière-boutique.')).toBe(false);
  });

  it('reads readsAsPictureDescription on the subject and its verb, leaving relative clauses aside', () => {
    expect(readsAsPictureDescription('Sylvie Jacquemoud sur la terrasse du refuge, face au glacier qui a perdu trois cents mètres.')).toBe(true);
    expect(readsAsPictureDescription('Les pompiers devant le hangar du dépôt de Saint-Priest.')).toBe(true);
    // A verb between the subject and the place: the body's narration.
    expect(readsAsPictureDescription('Le refuge tient sur une arête de roche au-dessus du glacier.')).toBe(false);
    expect(readsAsPictureDescription('Sylvie Jacquemoud y a passé vingt étés, de juin à septembre.')).toBe(false);
    // A narrating verb in the main clause still tells the body apart, whatever the opening.
    expect(readsAsPictureDescription('Les pompiers devant le hangar ont maîtrisé le feu vers 6 h 30.')).toBe(false);
    expect(readsAsPictureDescription('Les élus réunis dans la salle du conseil, qui ont voté contre.')).toBe(true);
    // A relative clause opened by `que` is left aside too; a completive `que` leaves the verb before it.
    expect(readsAsPictureDescription('Paul Grenier, en 2019, devant l’atelier qu’il avait ouvert.')).toBe(true);
    expect(readsAsPictureDescription('Paul Grenier a expliqué, devant l’atelier, qu’il avait fermé.')).toBe(false);
  });

  it('reads a tense’s ending only on a word in lower case: a place’s name is no verb', () => {
    // `Vercors`-like names ending as a future (`-ra`) or an imperfect (`-ait`) do not narrate.
    expect(readsAsPictureDescription('Des randonneurs dans une combe du massif, au pied de la Sierra.')).toBe(true);
    expect(readsAsPictureDescription('Des randonneurs dans une combe du massif, qui gagnera la crête.')).toBe(true);
    expect(readsAsPictureDescription('Des randonneurs gagneront une combe du massif dans la soirée.')).toBe(false);
  });

  it('reads a subject of two, a name and who or what stands beside it, maybe a comma before the place', () => {
    for (const text of ['Marie-Claire Fontaine et ses deux chiens de berger, sur le plateau.', 'Paul Henry (le maire) et Léa Roux (son adjointe), devant la mairie.']) {
      expect(readsAsPictureDescription(text), text).toBe(true);
    }
    // A piece after a comma that opens on a verb in the present: the body's narration.
    expect(readsAsPictureDescription('Paul Henry et sa femme, dans leur maison, racontent la crue.')).toBe(false);
    // `c’est` is a verb too.
    expect(readsAsPictureDescription('C’est un record depuis le début des mesures, en 1979.')).toBe(false);
  });

  it('knows the compound prepositions that set a subject in its place (`au sommet de`, `au pied de`, `au-dessus de`, `à bord de`)', () => {
    for (const text of ['Claire Fontaine au sommet du mont Aiguille, face au Vercors.', 'Les chiens au-dessus du parc de nuit, à l’aube.', 'Les marins à bord du chalutier, dans le port.']) {
      expect(readsAsPictureDescription(text), text).toBe(true);
    }
    expect(readsAsPictureDescription('Claire Fontaine est montée au sommet du mont Aiguille.')).toBe(false);
  });

  it('takes a description under an intertitle, on one line or wrapped over two, for a caption', () => {
    const under = (heading: string[]): unknown =>
      findCaptions(
        pageLines(
          [
            'logue », résume-t-elle.',
            ...heading,
            'Sylvie Jacquemoud sur la terrasse du refuge de l’Aigle,',
            'face au glacier qui a perdu trois cents mètres en vingt ans.',
            'Quand elle est arrivée, en 2006, la glace venait',
            'presque toucher la terrasse. Aujourd’hui, il faut des-',
          ].join('\n'),
        ),
        52,
      ).captions;
    expect(under(['Le glacier a reculé de trois cents mètres'])).toEqual([expect.objectContaining({ start: 2, end: 4, reason: 'picture-description' })]);
    expect(under(['Le glacier a reculé de trois cents', 'mètres'])).toEqual([expect.objectContaining({ start: 3, end: 5 })]);
    expect(under(['Le glacier a reculé de trois cents mètres et', 'de plus'])).toEqual([]);
  });

  it('takes a description set inside a sentence it cuts in two, when that sentence goes on after it', () => {
    const cut = (after: string): unknown =>
      findCaptions(
        pageLines(
          [
            'la terrasse. Aujourd’hui, il faut descendre une',
            '',
            'Sylvie Jacquemoud sur la terrasse',
            'du refuge de l’Aigle, face au glacier',
            'qui a perdu trois cents mètres en',
            'vingt ans.',
            after,
            'une demi-heure pour l’atteindre.',
          ].join('\n'),
        ),
        38,
      ).captions;
    expect(cut('pente de moraine instable pendant près d’')).toEqual([expect.objectContaining({ start: 1, end: 5, reason: 'picture-description' })]);
    // A sentence opening after it: nothing says the unfinished sentence goes on past it.
    expect(cut('Des visiteurs moins préparés')).toEqual([]);
  });

  it('takes whole sentences set apart between the two halves of a word cut by a hyphen for a caption, whatever they say', () => {
    const between = (after: string): unknown =>
      findCaptions(
        pageLines(
          [
            'Les voyageurs ont appris la suppres-',
            '',
            'Mardi soir, le dernier car du réseau',
            'attendait encore sur le parking.',
            '',
            after,
            'réunion de mercredi, dit un délégué.',
          ].join('\n'),
        ),
        38,
      ).captions;
    // Narration (`attendait`) reads as no picture's description: only where it stands says it is none of the body.
    expect(between('sion du service à la fin de la')).toEqual([expect.objectContaining({ start: 1, end: 3, reason: 'inside-a-word' })]);
    // A sentence opening after the blank line: the word's end is not there, nothing is taken.
    expect(between('Le syndicat demande une nouvelle')).toEqual([]);
  });
});

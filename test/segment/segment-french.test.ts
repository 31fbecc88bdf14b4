import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentFrench, segmentFrenchSpans } from '../../src/segment/segment-french.ts';

type Case = [name: string, paragraph: string, sentences: string[]];

/**
 * pySBD's French golden rules, reproduced as they are written in
 * https://github.com/nipunsadvilkar/pySBD/blob/master/tests/lang/test_french.py
 * (`GOLDEN_FR_RULES_TEST_CASES`, commit 4652f40).
 */
const pysbdGoldenRules: Case[] = [
  [
    'pySBD 1: two plain sentences',
    "Après avoir été l'un des acteurs du projet génome humain, le Genoscope met aujourd'hui le cap vers la génomique environnementale. L'exploitation des données de séquences, prolongée par l'identification expérimentale des fonctions biologiques, notamment dans le domaine de la biocatalyse, ouvrent des perspectives de développements en biotechnologie industrielle.",
    [
      "Après avoir été l'un des acteurs du projet génome humain, le Genoscope met aujourd'hui le cap vers la génomique environnementale.",
      "L'exploitation des données de séquences, prolongée par l'identification expérimentale des fonctions biologiques, notamment dans le domaine de la biocatalyse, ouvrent des perspectives de développements en biotechnologie industrielle.",
    ],
  ],
  [
    'pySBD 2: quotation with attribution',
    '"Airbus livrera comme prévu 30 appareils 380 cette année avec en ligne de mire l\'objectif d\'équilibre financier du programme en 2015", a-t-il ajouté.',
    [
      '"Airbus livrera comme prévu 30 appareils 380 cette année avec en ligne de mire l\'objectif d\'équilibre financier du programme en 2015", a-t-il ajouté.',
    ],
  ],
  [
    'pySBD 3: colon, parenthesis and spaced guillemets',
    'À 11 heures ce matin, la direction ne décomptait que douze grévistes en tout sur la France : ce sont ceux du site de Saran (Loiret), dont l’effectif est de 809 salariés, dont la moitié d’intérimaires. Elle assure que ce mouvement « n’aura aucun impact sur les livraisons ».',
    [
      'À 11 heures ce matin, la direction ne décomptait que douze grévistes en tout sur la France : ce sont ceux du site de Saran (Loiret), dont l’effectif est de 809 salariés, dont la moitié d’intérimaires.',
      'Elle assure que ce mouvement « n’aura aucun impact sur les livraisons ».',
    ],
  ],
  [
    'pySBD 4: dotted abbreviation inside guillemets',
    'Ce modèle permet d’afficher le texte « LL.AA.II.RR. » pour l’abréviation de « Leurs Altesses impériales et royales » avec son infobulle.',
    [
      'Ce modèle permet d’afficher le texte « LL.AA.II.RR. » pour l’abréviation de « Leurs Altesses impériales et royales » avec son infobulle.',
    ],
  ],
  [
    'pySBD 5: Ltd. before a lowercase word',
    'Les derniers ouvrages de Intercept Ltd. sont ici.',
    ['Les derniers ouvrages de Intercept Ltd. sont ici.'],
  ],
];

/** Newspaper cases: titles, initials, acronyms, numbers, addresses, quotations, layout slips. */
const newspaperCases: Case[] = [
  // Titles and abbreviations that do not end a sentence.
  ['M. before a name', 'M. Poutine est arrivé hier. Il repart demain.', ['M. Poutine est arrivé hier.', 'Il repart demain.']],
  ['MM. before names', 'MM. Kerry et Lavrov se sont vus. Rien n’a filtré.', ['MM. Kerry et Lavrov se sont vus.', 'Rien n’a filtré.']],
  ['Mme. with a dot', 'Selon Mme. Merkel, rien ne presse. Elle attend.', ['Selon Mme. Merkel, rien ne presse.', 'Elle attend.']],
  ['Mlle. and Mgr.', 'Mlle. Dupont a salué Mgr. Lustiger. La messe a suivi.', ['Mlle. Dupont a salué Mgr. Lustiger.', 'La messe a suivi.']],
  ['Dr. and Pr.', 'Le Dr. Martin et le Pr. Durand ont signé. Ils sont inquiets.', ['Le Dr. Martin et le Pr. Durand ont signé.', 'Ils sont inquiets.']],
  ['Me. (maître)', 'Son avocat, Me. Dupond-Moretti, a plaidé. Le verdict tombe ce soir.', ['Son avocat, Me. Dupond-Moretti, a plaidé.', 'Le verdict tombe ce soir.']],
  ['St. before a name', 'Il habite rue St. Honoré depuis 1990. Il y restera.', ['Il habite rue St. Honoré depuis 1990.', 'Il y restera.']],
  ['av. and boul.', 'Rendez-vous au 12 av. Foch puis au 3 boul. Haussmann. Tout le monde viendra.', ['Rendez-vous au 12 av. Foch puis au 3 boul. Haussmann.', 'Tout le monde viendra.']],
  ['cf. before a name', 'Le débat est ancien (cf. Sartre, 1945). Il revient.', ['Le débat est ancien (cf. Sartre, 1945).', 'Il revient.']],
  ['p. and pp.', 'Voir p. 12 et pp. 40-45 du rapport. La conclusion diffère.', ['Voir p. 12 et pp. 40-45 du rapport.', 'La conclusion diffère.']],
  ['vol., chap., fig.', 'Le vol. 3, chap. IV, fig. 2 le montre. Rien d’autre.', ['Le vol. 3, chap. IV, fig. 2 le montre.', 'Rien d’autre.']],
  ['art. before a number and a code letter', "L'art. 49 et l'art. L. 123 sont cités. Le juge tranchera.", ["L'art. 49 et l'art. L. 123 sont cités.", 'Le juge tranchera.']],
  ['art. as a word still ends a sentence', "Il vit pour l'art. Le reste l'ennuie.", ["Il vit pour l'art.", "Le reste l'ennuie."]],
  ['vol. as a word (theft) still ends a sentence', 'Il a été arrêté pour vol. Le procès aura lieu lundi.', ['Il a été arrêté pour vol.', 'Le procès aura lieu lundi.']],
  ['art. as a word before a one-letter capital', "Il vit pour l'art. À Paris, il expose.", ["Il vit pour l'art.", 'À Paris, il expose.']],
  ['words that look like abbreviations', 'Il a franchi le col. La BD. Les prés. Fin.', ['Il a franchi le col.', 'La BD.', 'Les prés.', 'Fin.']],
  ['env. before a number', 'Il y avait env. 300 manifestants. La police en compte moins.', ['Il y avait env. 300 manifestants.', 'La police en compte moins.']],
  ['no. and n°', 'Le no. 5 et le n° 7 sont sortis. Le tirage reprend mardi.', ['Le no. 5 et le n° 7 sont sortis.', 'Le tirage reprend mardi.']],
  ['ex. before a name', 'Des pays, par ex. Cuba ou le Chili, ont voté. Le texte passe.', ['Des pays, par ex. Cuba ou le Chili, ont voté.', 'Le texte passe.']],
  ['éd. and coll.', 'Paru chez Gallimard (éd. Folio, coll. Essais). Un succès.', ['Paru chez Gallimard (éd. Folio, coll. Essais).', 'Un succès.']],
  // Initials and dotted acronyms.
  ['hyphenated initials', 'J.-P. Sartre a refusé le prix. Il s’en est expliqué.', ['J.-P. Sartre a refusé le prix.', 'Il s’en est expliqué.']],
  ['single initial', 'J. Chirac était absent. Son entourage a démenti.', ['J. Chirac était absent.', 'Son entourage a démenti.']],
  ['two initials', 'Le président G. W. Bush a parlé. Le Congrès a écouté.', ['Le président G. W. Bush a parlé.', 'Le Congrès a écouté.']],
  ['initials before Le Pen', 'J.-M. Le Pen a réagi. Sa fille aussi.', ['J.-M. Le Pen a réagi.', 'Sa fille aussi.']],
  ['acronym mid-sentence', "L'O.N.U. a condamné l'attaque. Moscou proteste.", ["L'O.N.U. a condamné l'attaque.", 'Moscou proteste.']],
  ['acronym before a capitalised name', 'Les U.S.A. Washington en tête ont refusé.', ['Les U.S.A. Washington en tête ont refusé.']],
  ['acronym ending a sentence', "Le texte a été soumis à l'O.N.U. Les Russes ont opposé leur veto.", ["Le texte a été soumis à l'O.N.U.", 'Les Russes ont opposé leur veto.']],
  ['capital letter ending a sentence', 'Il faut un plan B. Il n’y en a pas.', ['Il faut un plan B.', 'Il n’y en a pas.']],
  ['anonymised surname ends a sentence', 'Il a été interpellé, a raconté Karim B. Personne ne l’a revu. L’enquête suit son cours, selon Sophie D. L’avocat conteste.', ['Il a été interpellé, a raconté Karim B.', 'Personne ne l’a revu.', 'L’enquête suit son cours, selon Sophie D.', 'L’avocat conteste.']],
  ['acronym before a new quotation', 'Il a saisi l’O.N.U. «Nous attendons», dit-il.', ['Il a saisi l’O.N.U.', '«Nous attendons», dit-il.']],
  ['middle initial', 'George W. Bush a parlé. Il a été bref.', ['George W. Bush a parlé.', 'Il a été bref.']],
  ['a title ending a hyphenated place name ends a sentence', 'Les fouilles de Saint-Romain-en-Gal. Une villa est apparue. Le Gal. Leclerc la visita.', ['Les fouilles de Saint-Romain-en-Gal.', 'Une villa est apparue.', 'Le Gal. Leclerc la visita.']],
  ['a title after a hyphen but no letter is still a title', 'Le chef, J.-M. Durand, a signé. Le Dr. Martin aussi.', ['Le chef, J.-M. Durand, a signé.', 'Le Dr. Martin aussi.']],
  // A picture's credit after a caption's stop (held-out-28, -30, -32 and -34's captions): `©` opens a sentence.
  ['a copyright sign after a full stop opens the credit', 'Vaisselle, jouets et outils : les stands les plus fréquentés. © Comité des fêtes d’Espalion', ['Vaisselle, jouets et outils : les stands les plus fréquentés.', '© Comité des fêtes d’Espalion']],
  ['a copyright sign after an exclamation mark opens the credit', 'Le port, à l’aube ! © Ouest-France', ['Le port, à l’aube !', '© Ouest-France']],
  ['a copyright sign with no stop before it stays in the sentence', 'Le nouvel étage, sous la charpente de bois © Ville de Kervénoc', ['Le nouvel étage, sous la charpente de bois © Ville de Kervénoc']],
  ['J.-C. ends a sentence', 'La ville fut fondée en 52 av. J.-C. Le site est fouillé.', ['La ville fut fondée en 52 av. J.-C.', 'Le site est fouillé.']],
  // Numbers.
  ['decimal comma', 'Le PIB a progressé de 3,5 % cette année. La dette aussi.', ['Le PIB a progressé de 3,5 % cette année.', 'La dette aussi.']],
  ['prices, hours and decimals with a dot', 'Le baril valait 48,70 dollars à 12.30 et pi vaut 3.14 environ. Fin.', ['Le baril valait 48,70 dollars à 12.30 et pi vaut 3.14 environ.', 'Fin.']],
  ['thousands with a dot', 'Il y a 1.234 victimes recensées. Le bilan monte.', ['Il y a 1.234 victimes recensées.', 'Le bilan monte.']],
  ['G20', 'Le G20 de Hangzhou s’achève. Les dirigeants partent.', ['Le G20 de Hangzhou s’achève.', 'Les dirigeants partent.']],
  ['year ending a sentence', 'La guerre a commencé en 2011. Elle a fait 300.000 morts.', ['La guerre a commencé en 2011.', 'Elle a fait 300.000 morts.']],
  ['number opening the next sentence', 'Le bilan est lourd. 300 personnes sont mortes.', ['Le bilan est lourd.', '300 personnes sont mortes.']],
  ['list number opening a paragraph', '1. Le cessez-le-feu doit être respecté.', ['1. Le cessez-le-feu doit être respecté.']],
  ['a results line: list numbers after a colon and commas', 'Juniors : 1. RC Vannes, 2. Stade lorientais, 3. US Auray. La finale a lieu dimanche.', ['Juniors : 1. RC Vannes, 2. Stade lorientais, 3. US Auray.', 'La finale a lieu dimanche.']],
  ['an agenda line: list numbers after semicolons', 'Au programme ; 1. Accueil du public ; 2. Visite du chantier.', ['Au programme ; 1. Accueil du public ; 2. Visite du chantier.']],
  ['a ranking giving its winner alone: 1. after a colon, then a name', 'Moins de 60 kg cadets : 1. Yanis Belkacem. Moins de 66 kg : 1. Léo Martin (Lyon).', ['Moins de 60 kg cadets : 1. Yanis Belkacem.', 'Moins de 66 kg : 1. Léo Martin (Lyon).']],
  ['a ranking giving a later place alone: the label after a colon, then a name', 'Moins de 73 kg : 2. Théo Chassaing. Plus de 78 kg : 3. Anne de La Roche-Morel (Issoire). Bravo à tous.', ['Moins de 73 kg : 2. Théo Chassaing.', 'Plus de 78 kg : 3. Anne de La Roche-Morel (Issoire).', 'Bravo à tous.']],
  ['a count after a colon, then a sentence about a name', 'Le bilan du match : 3. Pierre a marqué deux fois.', ['Le bilan du match : 3.', 'Pierre a marqué deux fois.']],
  ['a count of one after a colon, then a sentence', 'Le score final : 1. Puis les joueurs sont rentrés.', ['Le score final : 1.', 'Puis les joueurs sont rentrés.']],
  ['a count ending a sentence after a colon, with no next label', 'Le score final : 3. Puis 2 buts refusés.', ['Le score final : 3.', 'Puis 2 buts refusés.']],
  ['a count ending a sentence after a word', 'Ils étaient 12. Puis 13.', ['Ils étaient 12.', 'Puis 13.']],
  ['ordinal', 'Il est arrivé 2e. Le vainqueur est kényan.', ['Il est arrivé 2e.', 'Le vainqueur est kényan.']],
  ['century', 'Au XXe siècle, la ville a doublé. Elle stagne.', ['Au XXe siècle, la ville a doublé.', 'Elle stagne.']],
  // Addresses.
  ['URL mid-sentence', 'Le texte est sur www.lemonde.fr depuis hier. Il a été lu.', ['Le texte est sur www.lemonde.fr depuis hier.', 'Il a été lu.']],
  ['URL ending a sentence', 'Le texte est sur www.lemonde.fr. Il a été lu.', ['Le texte est sur www.lemonde.fr.', 'Il a été lu.']],
  ['URL with path and query', 'Voir https://exemple.fr/Page?Id=3 pour le détail. Merci.', ['Voir https://exemple.fr/Page?Id=3 pour le détail.', 'Merci.']],
  ['e-mail address', 'Écrivez à redaction@journal.fr pour réagir. Nous répondrons.', ['Écrivez à redaction@journal.fr pour réagir.', 'Nous répondrons.']],
  // Ellipses.
  ['ellipsis before lowercase', 'Il hésite… et finit par accepter. Tout le monde applaudit.', ['Il hésite… et finit par accepter.', 'Tout le monde applaudit.']],
  ['three dots before lowercase', 'Il hésite... et finit par accepter.', ['Il hésite... et finit par accepter.']],
  ['ellipsis before a capital', 'Il hésite… Puis il accepte.', ['Il hésite…', 'Puis il accepte.']],
  // Titles with a full stop in guillemets, and abbreviated given names.
  ['title with a full stop in guillemets, then a comma', '« Transparences. Verres antiques », musée de Lyon. Entrée libre.', ['« Transparences. Verres antiques », musée de Lyon.', 'Entrée libre.']],
  ['title with a full stop in guillemets, then lowercase', 'Il publie « Paris. Capitale du XIXe siècle » chez Allia. Le livre sort lundi.', ['Il publie « Paris. Capitale du XIXe siècle » chez Allia.', 'Le livre sort lundi.']],
  ['quoted speech keeps its sentences before an attribution', '« Avant, on donnait tout. Maintenant, je compte », dit-il.', ['« Avant, on donnait tout.', 'Maintenant, je compte », dit-il.']],
  ['one-word quotation closing a sentence', 'Il a répondu : « Non. » Puis il est parti.', ['Il a répondu : « Non. »', 'Puis il est parti.']],
  ['quotation left open in the paragraph', '« Oui. Nous partirons demain. Puis nous verrons.', ['« Oui.', 'Nous partirons demain.', 'Puis nous verrons.']],
  ['signature of an abbreviated given name and an initial', 'Le conseil tranchera en avril. Th. G.', ['Le conseil tranchera en avril.', 'Th. G.']],
  ['abbreviated given name in a compound', 'J.-Ph. Martin et Ch. Dupont sont venus. Il pleuvait.', ['J.-Ph. Martin et Ch. Dupont sont venus.', 'Il pleuvait.']],
  ['abbreviated given name before a sentence opener', 'Il a vu Th. Il est parti.', ['Il a vu Th.', 'Il est parti.']],
  ['cut in a quotation', '«Nous avons (…) Les Russes ont reculé», dit-il.', ['«Nous avons (…) Les Russes ont reculé», dit-il.']],
  ['etc. before a capital', 'Ils ont invité la Chine, les Etats-Unis, etc. Le président a ouvert la séance.', ['Ils ont invité la Chine, les Etats-Unis, etc.', 'Le président a ouvert la séance.']],
  ['etc. before lowercase', 'La Chine, les Etats-Unis, etc. ont signé.', ['La Chine, les Etats-Unis, etc. ont signé.']],
  ['etc. before a comma', 'La Chine, les Etats-Unis, etc., ont signé. Le texte entre en vigueur.', ['La Chine, les Etats-Unis, etc., ont signé.', 'Le texte entre en vigueur.']],
  // Question and exclamation marks.
  ['question then capital', 'Faut-il négocier ? Les Américains hésitent.', ['Faut-il négocier ?', 'Les Américains hésitent.']],
  ['question without space then capital', 'Faut-il négocier? Les Américains hésitent.', ['Faut-il négocier?', 'Les Américains hésitent.']],
  ['exclamation', 'Quelle journée ! Tout a changé.', ['Quelle journée !', 'Tout a changé.']],
  ['?! and !!', 'Vraiment ?! Oui !! Incroyable.', ['Vraiment ?!', 'Oui !!', 'Incroyable.']],
  ['question before a colon or a parenthesis', 'Et maintenant ? : la question reste. Que faire ? (rien) Tout attendre.', ['Et maintenant ? : la question reste.', 'Que faire ? (rien) Tout attendre.']],
  ['question before a dialogue dash', 'Vous partez ? — Non, dit-il.', ['Vous partez ?', '— Non, dit-il.']],
  ['question continued in lowercase', 'Pourquoi ? parce que Moscou le veut.', ['Pourquoi ? parce que Moscou le veut.']],
  // Quotations and attributions.
  ['quotation then attribution', '«Les Russes ont reculé», a déclaré un haut responsable. Il est resté discret.', ['«Les Russes ont reculé», a déclaré un haut responsable.', 'Il est resté discret.']],
  ['question in guillemets then comma attribution', '«Que veulent-ils ?», s’interroge Mme Dupont. Personne ne sait.', ['«Que veulent-ils ?», s’interroge Mme Dupont.', 'Personne ne sait.']],
  ['exclamation in guillemets then attribution', '«C’est inacceptable !» a-t-il lancé. La salle s’est tue.', ['«C’est inacceptable !» a-t-il lancé.', 'La salle s’est tue.']],
  ['spaced guillemets with exclamation and attribution', '« C’est inacceptable ! » a-t-il lancé. La salle s’est tue.', ['« C’est inacceptable ! » a-t-il lancé.', 'La salle s’est tue.']],
  ['quotation then selon', '«Il n’y a pas d’accord», selon M. Peskov. Le Kremlin confirme.', ['«Il n’y a pas d’accord», selon M. Peskov.', 'Le Kremlin confirme.']],
  ['full stop in guillemets then lowercase incise', '«Nous partons.» a-t-il dit. Ils sont partis.', ['«Nous partons.» a-t-il dit.', 'Ils sont partis.']],
  ['full stop in guillemets then comma', '«Nous partons.», a-t-il dit.', ['«Nous partons.», a-t-il dit.']],
  ['quotation closing a sentence', 'Il a conclu : «Nous verrons.» Le sommet se termine.', ['Il a conclu : «Nous verrons.»', 'Le sommet se termine.']],
  ['question inside guillemets before an incise', '« Le secret ? Ne jamais rien lâcher ! » a-t-elle confié. Elle sourit.', ['« Le secret ? Ne jamais rien lâcher ! » a-t-elle confié.', 'Elle sourit.']],
  ['exclamation inside guillemets before a comma and an incise', '« Quelle affaire ! Nous n’y croyions plus », dit-il.', ['« Quelle affaire ! Nous n’y croyions plus », dit-il.']],
  ['question inside guillemets followed by a new sentence', 'Il a demandé : « Vous partez ? Non ! » Puis il est sorti.', ['Il a demandé : « Vous partez ?', 'Non ! »', 'Puis il est sorti.']],
  ['question inside guillemets that hold a full stop, before an incise', '« On nous a dit d’attendre. Attendre quoi ? Qu’il pleuve ? » s’emporte un habitant.', ['« On nous a dit d’attendre.', 'Attendre quoi ?', 'Qu’il pleuve ? » s’emporte un habitant.']],
  ['question inside a quotation left open', '« Le secret ? Ne rien lâcher.', ['« Le secret ?', 'Ne rien lâcher.']],
  ['editor note inside a quotation', '«Ils ont reculé (hier, ndlr)», a-t-il dit. La suite est floue.', ['«Ils ont reculé (hier, ndlr)», a-t-il dit.', 'La suite est floue.']],
  ['editor note before a closing guillemet then full stop', 'Il a dit que «tout a changé (hier, ndlr)». Les marchés ont réagi.', ['Il a dit que «tout a changé (hier, ndlr)».', 'Les marchés ont réagi.']],
  ['new quoted sentence after a full stop', 'Il est optimiste, a-t-il dit. «Nous avançons», a-t-il ajouté.', ['Il est optimiste, a-t-il dit.', '«Nous avançons», a-t-il ajouté.']],
  ['spaced opening guillemet after a full stop', 'Il est optimiste. « Nous avançons », a-t-il ajouté.', ['Il est optimiste.', '« Nous avançons », a-t-il ajouté.']],
  ['parenthesis closing after a full stop', 'Le texte a été signé (voir plus haut.) Les détails suivent.', ['Le texte a été signé (voir plus haut.)', 'Les détails suivent.']],
  ['whole sentence in parentheses', 'Le sommet a échoué. (Ce n’est pas la première fois.) Les Russes partent.', ['Le sommet a échoué.', '(Ce n’est pas la première fois.)', 'Les Russes partent.']],
  ['colon and semicolon do not end a sentence', 'Deux options : négocier ; ou partir. Personne ne tranche.', ['Deux options : négocier ; ou partir.', 'Personne ne tranche.']],
  ['dialogue dashes', '— Oui, dit-il. — Non, répond-elle.', ['— Oui, dit-il.', '— Non, répond-elle.']],
  ['accented capital opens a sentence', 'Le sommet est fini. À Pékin, on se réjouit. Être là suffit.', ['Le sommet est fini.', 'À Pékin, on se réjouit.', 'Être là suffit.']],
  ['no split inside a domain name with a capital', 'Voir www.Site.Fr pour tout savoir.', ['Voir www.Site.Fr pour tout savoir.']],
  ['no split inside a capitalised domain without www', 'Il cite Lemonde.Fr et Exemple.Com/Page ce matin.', ['Il cite Lemonde.Fr et Exemple.Com/Page ce matin.']],
  ['no split after M. without space', 'Selon M.Poutine, tout va bien.', ['Selon M.Poutine, tout va bien.']],
];

/** Boundaries with no space at all, left by the layout (which normally repairs them first). */
const missingSpaceCases: Case[] = [
  ['missing space before a guillemet', 'Selon M. Peskov.«La rencontre aura lieu», a-t-il dit.', ['Selon M. Peskov.', '«La rencontre aura lieu», a-t-il dit.']],
  ['missing space before a capital', 'Le sommet est fini.Les délégations partent.', ['Le sommet est fini.', 'Les délégations partent.']],
  ['missing space after a closing guillemet', 'Il a dit «non.»Le reste a suivi.', ['Il a dit «non.»', 'Le reste a suivi.']],
];

describe('segmentFrench', () => {
  it('has at least 60 French cases', () => {
    expect(pysbdGoldenRules.length + newspaperCases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(pysbdGoldenRules)('%s', (_name, paragraph, sentences) => {
    expect(segmentFrench(paragraph)).toEqual(sentences);
  });

  it.each(newspaperCases)('%s', (_name, paragraph, sentences) => {
    expect(segmentFrench(paragraph)).toEqual(sentences);
  });

  it.each(missingSpaceCases)('%s', (_name, paragraph, sentences) => {
    expect(segmentFrench(paragraph)).toEqual(sentences);
  });

  it('returns no sentence for an empty paragraph', () => {
    expect(segmentFrench('')).toEqual([]);
  });

  it('keeps a paragraph without final punctuation whole', () => {
    expect(segmentFrench('Vers un accord russo-américain')).toEqual(['Vers un accord russo-américain']);
  });

  it('gives spans that slice the paragraph into the sentences', () => {
    const paragraph = 'Il pleut. «Sortons», dit-il. Non.';
    const spans = segmentFrenchSpans(paragraph);
    expect(spans).toEqual([
      { start: 0, end: 9 },
      { start: 10, end: 28 },
      { start: 29, end: 33 },
    ]);
  });

  it('joins back to every table paragraph exactly', () => {
    for (const [, paragraph] of [...pysbdGoldenRules, ...newspaperCases]) {
      expect(segmentFrench(paragraph).join(' ')).toBe(paragraph);
    }
  });

  it('splits a paragraph with a missing space without losing or adding a character', () => {
    for (const [, paragraph] of missingSpaceCases) {
      const spans = segmentFrenchSpans(paragraph);
      expect(spans.length).toBeGreaterThan(1);
      expect(spans[0]?.start).toBe(0);
      expect(spans.at(-1)?.end).toBe(paragraph.length);
      for (let index = 1; index < spans.length; index += 1) {
        const gap = paragraph.slice(spans[index - 1]!.end, spans[index]!.start);
        expect([' ', '']).toContain(gap);
      }
    }
  });
});

interface FixtureParagraph {
  text: string;
  sentences: string[];
}

describe('segmentFrench on newspaper paragraphs', () => {
  const fixture = JSON.parse(
    readFileSync(new URL('../fixtures/segmentation/newspaper-paragraphs.json', import.meta.url), 'utf8'),
  ) as { paragraphs: FixtureParagraph[] };

  it.each(fixture.paragraphs.map((paragraph) => [paragraph.text.slice(0, 50), paragraph] as const))(
    '%s…',
    (_name, paragraph) => {
      expect(segmentFrench(paragraph.text)).toEqual(paragraph.sentences);
      expect(segmentFrench(paragraph.text).join(' ')).toBe(paragraph.text);
    },
  );
});

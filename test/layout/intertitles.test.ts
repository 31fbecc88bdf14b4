import { describe, expect, it } from 'vitest';
import { isIntertitle, isTwoLineIntertitle } from '../../src/layout/intertitles.ts';
import { opensFigureList, opensLabelledList } from '../../src/layout/list-items.ts';
import { estimateColumnWidth, estimatePrintedMeasure } from '../../src/layout/paragraph-ends.ts';
import { pageLines } from '../support/page-lines.ts';

describe('intertitles', () => {
  const check = (text: string, width = 50): boolean => {
    const [previous, line, next] = pageLines(text);
    return isIntertitle(line!, previous, next, width);
  };

  it('takes a short heading between two sentences for an intertitle', () => {
    expect(check('la salle pendant près de douze minutes.\nUn public rajeuni\nDepuis sa création, le festival a changé.')).toBe(true);
    expect(check('pour le rogner », a-t-il lancé.\n« On a craqué physiquement »\nLes deux clubs se retrouveront.')).toBe(true);
  });

  it('takes a short heading opening on a figure for an intertitle, not a sentence doing so', () => {
    expect(check('les travaux ont pris du retard.\n300 logements en attente\nLes familles relogées patientent.')).toBe(true);
    expect(check('les travaux ont pris du retard.\n300 logements restent vides.\nLes familles relogées patientent.')).toBe(false);
  });

  it('leaves a line before a figure and a small letter in its paragraph: no French sentence opens on a figure', () => {
    expect(check('la voix cassée.\nAu classement général, Van der Kolk conserve\n38 secondes d’avance sur le Français Julien Ménard.')).toBe(false);
    // A list's number or a date after a heading still opens a paragraph.
    expect(check('il a reconnu après le match.\nClassement\n1. Soyaux-Angoulême, 34 pts.')).toBe(true);
    expect(check('il a reconnu après le match.\nProchaine journée\n22 novembre : Périgueux - Soyaux-Angoulême.')).toBe(true);
    // An agenda's day over its first hour's label and colon: no sentence runs on into a label.
    expect(check('habitants de la communauté d’agglomération.\nMercredi\n15 h : atelier de bande dessinée avec')).toBe(true);
    expect(check('la foire se tiendra comme chaque année.\nSamedi\n14 h 30 : concours de belote à la salle des fêtes.')).toBe(true);
  });

  it('takes a heading before a list of quantities for an intertitle, the list’s first item opening on a figure', () => {
    const lines = pageLines(
      ['un peu de patience. »', 'Les ingrédients (pour 6 personnes)', '800 g de châtaignes épluchées.', '1 oignon jaune et 1 poireau.', '1,5 litre de bouillon de volaille.', '20 cl de crème fraîche.'].join('\n'),
    );
    expect(isIntertitle(lines[1]!, lines[0], lines[2], 45)).toBe(false);
    expect(isIntertitle(lines[1]!, lines[0], lines[2], 45, false, opensFigureList(lines, 2))).toBe(true);
  });

  it('takes a heading over entries opening on a label for an intertitle, however little room its line left', () => {
    const lines = pageLines(
      ['plus chères mais qui se gardent bien.', 'Les prix relevés samedi', 'Potimarron : 2,80 € le kilo.', 'Châtaignes fraîches : 6 € le kilo.', 'Poireaux : 3,20 € la botte.'].join('\n'),
    );
    expect(opensLabelledList(lines, 2)).toBe(true);
    expect(isIntertitle(lines[1]!, lines[0], lines[2], 36)).toBe(false);
    expect(isIntertitle(lines[1]!, lines[0], lines[2], 36, false, opensLabelledList(lines, 2))).toBe(true);
    // One label is no list (`Le principe est simple : …`), and a list's own wrapped item is no heading over it.
    expect(opensLabelledList(lines.slice(0, 3), 2)).toBe(false);
    const items = pageLines(['Classement de l’étape', '1. Lucas Ferreira, en 4 h', '38 min 12 s.', '2. Pieter Van den Broeck.', '3. Étienne Marchal.'].join('\n'));
    expect(isIntertitle(items[1]!, items[0], items[2], 27, true, opensFigureList(items, 2))).toBe(false);
  });

  it('takes a heading followed by a dialogue’s turn for an intertitle', () => {
    expect(check('mettre un chien dehors ».\n« On ne dort jamais vraiment »\n— Qu’est-ce qu’on fait, la nuit, dans un phare ?')).toBe(true);
  });

  it('leaves a line that runs on, a sentence or a full line in its paragraph', () => {
    expect(check('fin de phrase.\nLe maire a parlé de\nla suite du texte.')).toBe(false);
    expect(check('fin de phrase.\nLe maire a parlé.\nLa suite du texte.')).toBe(false);
    expect(check('milieu de phrase, puis\nUn public rajeuni\nDepuis sa création.')).toBe(false);
    expect(check('dans l’Atlantique.\nLe comité des pêches a salué\n« un moindre mal » mais demande un plan.')).toBe(false);
    expect(check('fin de phrase.\nUn public rajeuni et nombreux venu de toute la région\nNantes en tête, depuis sa création.', 52)).toBe(false);
    // A sentence ending inside a closing quote is a sentence, not a heading.
    expect(check('au début, sourit-elle.\nMaintenant, ils viennent ici. »\nElle compte partir.')).toBe(false);
  });
});

describe('intertitles that fill the column', () => {
  it('takes a full line before a sentence’s opening word (an article, a pronoun, then a small letter) for an intertitle', () => {
    const [previous, line, next] = pageLines('grands », sourit-elle.\nUne salle de classe de dix-huit mètres\nLa péniche, longue de trente mètres, a');
    expect(isIntertitle(line!, previous, next, 40)).toBe(true);
  });

  it('leaves a full line before a name (`Le Havre`) or a capitalised noun in its paragraph', () => {
    for (const after of ['Le Havre, premier port, a', 'Nantes en tête, depuis sa création, a']) {
      const [previous, line, next] = pageLines(`grands », sourit-elle.\nUne salle de classe de dix-huit mètres\n${after}`);
      expect(isIntertitle(line!, previous, next, 40)).toBe(false);
    }
  });
});

describe('intertitles made of a quotation', () => {
  it('takes a line that is one quotation closed on no stop for an intertitle, however full, before a sentence', () => {
    const [previous, line, next] = pageLines('restera ouverte tout l’été.\n« Nous ne lâcherons pas le quai »\nPour Martine Roussel, qui tient');
    expect(isIntertitle(line!, previous, next, 36)).toBe(true);
  });

  it('leaves a full line of quotation in its paragraph when it ends on a stop, holds another quote, or runs on', () => {
    for (const quoted of ['« Nous ne lâcherons pas le quai. »', '« Le quai » est à « nous tous »', '« Nous ne lâcherons pas le quai, »']) {
      const [previous, line, next] = pageLines(`restera ouverte tout l’été.\n${quoted}\nPour Martine Roussel, qui tient`);
      expect(isIntertitle(line!, previous, next, 36)).toBe(false);
    }
    const [previous, line, next] = pageLines('restera ouverte tout l’été.\n« Nous ne lâcherons pas le quai »\nlance Martine Roussel, qui tient');
    expect(isIntertitle(line!, previous, next, 36)).toBe(false);
  });
});

describe('intertitles closing on a negation', () => {
  it('takes a heading ending on the `plus` of a negation for an intertitle', () => {
    const [previous, line, next] = pageLines('relayée par la chambre de métiers.\nUn métier qui n’attire plus\nLe problème n’est pas le prix, assure le bou-');
    expect(isIntertitle(line!, previous, next, 50)).toBe(true);
  });
});

describe('intertitles set apart by space', () => {
  it('takes a full-width heading with a blank line before and a page break after for an intertitle', () => {
    const [previous, line, next] = pageLines('mesures (Photo IGE).\n\nQuelles conséquences pour les vallées ?\n\fElles sont multiples.');
    expect(isIntertitle(line!, previous, next, 38)).toBe(true);
  });
});

describe('intertitles wrapped over two lines', () => {
  it('takes a heading whose second line stops short on no punctuation, before a sentence, for one intertitle', () => {
    const [previous, first, second, next] = pageLines('résume-t-elle.\nLe glacier a reculé de trois cents\nmètres\nQuand elle est arrivée, en 2006, la');
    expect(isTwoLineIntertitle(first!, second, previous, next, 40)).toBe(true);
  });

  it('leaves running text alone: a sentence’s end, a word that runs on, a line after an unfinished sentence', () => {
    const check = (text: string): boolean => {
      const [previous, first, second, next] = pageLines(text);
      return isTwoLineIntertitle(first!, second, previous, next, 40);
    };
    expect(check('résume-t-elle.\nLe glacier a reculé de trois cents\nmètres.\nQuand elle est arrivée, en 2006, la')).toBe(false);
    expect(check('résume-t-elle.\nLe glacier a reculé de trois cents\nmètres de\nQuand elle est arrivée, en 2006, la')).toBe(false);
    expect(check('résume-t-elle, puis\nLe glacier a reculé de trois cents\nmètres\nQuand elle est arrivée, en 2006, la')).toBe(false);
    expect(check('résume-t-elle.\nLe glacier a reculé de trois cents\nmètres en vingt ans selon les guides\nQuand elle est arrivée, en 2006, la')).toBe(false);
  });

  it('reads a heading’s room left against the column’s printed measure where characters say it fills a narrow column', () => {
    const lines = pageLines(
      [
        'Le troupeau a perdu onze brebis en',
        'deux nuits, malgré les filets posés',
        'autour du parc. « Nous n’avons rien',
        'vu venir, et les chiens non plus. »',
        'Des clôtures et trois chiens',
        'Depuis 2023, le berger a installé',
        'quatre kilomètres de filets et il a',
        'acquis deux chiens, ces grands gardes',
        'blancs qui dorment avec les bêtes et',
        'veillent sur elles toute la journée.',
      ].join('\n'),
    );
    const width = estimateColumnWidth(lines);
    // 28 characters and a word of 6 against 36: counted, the next word would not have fitted.
    expect(isIntertitle(lines[4]!, lines[3], lines[5], width)).toBe(false);
    expect(isIntertitle(lines[4]!, lines[3], lines[5], width, false, false, estimatePrintedMeasure(lines, width))).toBe(true);
  });
});

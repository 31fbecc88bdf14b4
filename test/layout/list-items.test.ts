import { describe, expect, it } from 'vitest';
import { itemNumber, numberedItemStarts, opensFigureList, opensOnLabel } from '../../src/layout/list-items.ts';
import { splitParagraphs } from '../../src/layout/paragraph-ends.ts';
import { pageLines } from '../support/page-lines.ts';

const STEPS = [
  '1. Épluchez les pommes de terre, coupez-les en',
  'dés et faites-les revenir dans l’huile chaude.',
  '2. Ajoutez les oignons émincés et le thym, puis',
  'laissez cuire à feu doux pendant vingt minutes.',
  '3. Battez les œufs avec le sel et le poivre, et',
  'versez-les sur les légumes sans jamais remuer.',
  '4. Servez tiède, avec une salade de saison.',
];

describe('list items', () => {
  it('reads the number opening a list item', () => {
    expect(itemNumber('3. Mixez longuement')).toBe(3);
    expect(itemNumber('12) « Non », répond-il')).toBe(12);
    expect(itemNumber('2019. Elle part.')).toBeUndefined();
    expect(itemNumber('3 oignons et du sel.')).toBeUndefined();
    expect(itemNumber('2. suite de la phrase')).toBeUndefined();
  });

  it('opens an item at each number counting up after a sentence’s end, however full the line before', () => {
    const lines = pageLines(STEPS.join('\n'));
    expect([...numberedItemStarts(lines)].sort((a, b) => a - b)).toEqual([0, 2, 4, 6]);
    const split = splitParagraphs(lines, 48);
    expect(split.paragraphs.map((paragraph) => paragraph[0]?.content.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.']);
    expect(split.repairs.filter((repair) => repair.reason === 'numbered-item')).toHaveLength(3);
  });

  it('takes no single number, nor numbers that do not count up, for a list', () => {
    const lone = pageLines(['Le maire a tenu parole, comme il l’avait promis en', 'mars. Les travaux sont finis depuis le début du mois.', '2. Les riverains, eux, attendent toujours la suite.'].join('\n'));
    expect(numberedItemStarts(lone).size).toBe(0);
    const unordered = pageLines(['3. Le premier point est acquis depuis longtemps.', '7. Le second attend encore la décision du conseil.'].join('\n'));
    expect(numberedItemStarts(unordered).size).toBe(0);
  });

  it('takes no number opening a line in mid-sentence for an item', () => {
    const lines = pageLines(['1. Le conseil a voté la rénovation de la salle n°', '2. Les travaux commencent en mai et finiront en juin.'].join('\n'));
    expect(numberedItemStarts(lines).size).toBe(0);
  });

  it('takes lines opening on figures, each after a sentence’s end, for a list of quantities', () => {
    const list = pageLines(['800 g de châtaignes épluchées, fraîches ou', 'sous vide.', '1 oignon jaune et 1 blanc de poireau.', '1,5 litre de bouillon de volaille.', '20 cl de crème fraîche épaisse.'].join('\n'));
    expect(opensFigureList(list, 0)).toBe(true);
    // A figure continuing a sentence, then running text: no list.
    const running = pageLines(['38 secondes d’avance sur le Français, qui a', 'tout tenté dans la dernière ascension du col.', 'Le classement reste serré avant la montagne.'].join('\n'));
    expect(opensFigureList(running, 0)).toBe(false);
  });

  it('reads an entry’s label and colon opening a line', () => {
    expect(opensOnLabel('Coût : 148 millions d’euros, dont 31 de l’État.')).toBe(true);
    expect(opensOnLabel('Mortagne-au-Perche, 14 h 30 : visite guidée du musée.')).toBe(true);
    expect(opensOnLabel('Meilleur jeune de moins de 14 ans : Noé Bertrand.')).toBe(true);
    expect(opensOnLabel('Gratuité: tout le réseau est gratuit.')).toBe(true);
    // A clause of more words before the colon, a sentence's stop or a quotation: no label.
    expect(opensOnLabel('Le maire de la commune a dit hier soir devant le conseil : non.')).toBe(false);
    expect(opensOnLabel('Il part. Elle reste : tout est dit.')).toBe(false);
    expect(opensOnLabel('« Non », dit-il : rien ne change.')).toBe(false);
    expect(opensOnLabel('la suite : tout est dit.')).toBe(false);
  });

  it('opens an entry at each label after a sentence’s end once a paragraph opened on one, however full the line before', () => {
    // Each entry's last line runs to the column's edge: only the labels show where entries end.
    const entries = [
      'Longueur : la ligne compte 7,4 km et quatorze',
      'stations, dont trois avec parking relais.',
      'Coût : 148 millions d’euros, dont 31 millions',
      'de l’État et 40 millions de la région Est.',
      'Fréquentation : 24 000 voyages attendus par',
      'jour en semaine, le double des bus actuels.',
    ];
    const split = splitParagraphs(pageLines(entries.join('\n')), 46);
    expect(split.paragraphs.map((paragraph) => paragraph[0]?.content.split(' ')[0])).toEqual(['Longueur', 'Coût', 'Fréquentation']);
    expect(split.repairs.filter((repair) => repair.reason === 'labelled-entry')).toHaveLength(2);
  });

  it('opens an entry at a label followed by another within a few lines, when the paragraph before opened on none', () => {
    // The first entry stays glued to a heading nothing set apart; the next ones still open each a paragraph.
    const agenda = [
      'Samedi 13 septembre',
      'Bellême, 9 h : marché aux plantes rares',
      'et aux graines anciennes, entrée libre.',
      'Mortagne, 14 h 30 : visite guidée du',
      'musée, sur réservation à l’office.',
      'Nogent, 20 h 30 : concert baroque à',
      'l’église Notre-Dame, 18 euros.',
    ];
    const split = splitParagraphs(pageLines(agenda.join('\n')), 40);
    expect(split.paragraphs.map((paragraph) => paragraph[0]?.content.split(',')[0])).toEqual(['Samedi 13 septembre', 'Mortagne', 'Nogent']);
  });

  it('takes one label inside running text for a sentence, not an entry', () => {
    // The paragraph does not open on a label: a sentence opening on `Une certitude :` goes on it.
    const running = [
      'Le conseil a débattu pendant trois heures de la',
      'réforme, sans parvenir à trancher le calendrier.',
      'Une certitude : rien ne changera avant l’été',
      'prochain, selon le maire, qui attend la région.',
    ];
    expect(splitParagraphs(pageLines(running.join('\n')), 48).paragraphs).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { isIntertitle } from '../../src/layout/intertitles.ts';
import { introducesList, numberedItemStarts, opensFigureList } from '../../src/layout/list-items.ts';
import { splitParagraphs } from '../../src/layout/paragraph-ends.ts';
import { pageLines } from '../support/page-lines.ts';

/** A town hall's instructions, introduced by a colon; the first two items' last lines run to the column's edge. */
const INSTRUCTIONS = [
  'Le bas de la ville a été inondé dans la nuit de mardi',
  'à mercredi. La maire a réuni la cellule de crise dès',
  'cinq heures et rappelle les consignes à respecter :',
  '1. Ne jamais traverser une route inondée, à pied ou',
  'en voiture, même sur quelques centimètres d’eau.',
  '2. Ne pas descendre dans les caves ni les parkings,',
  'où l’eau peut monter en quelques minutes à peine.',
  '3. Couper le gaz et l’électricité avant de partir et',
  'monter les papiers à l’étage.',
  'La décrue n’est pas attendue avant vendredi soir.',
];

describe('a numbered list introduced by a colon', () => {
  it('reads a line ending on a colon as a list’s introduction', () => {
    expect(introducesList('rappelle les consignes à respecter :')).toBe(true);
    expect(introducesList('les trois mesures votées :  ')).toBe(true);
    expect(introducesList('La maire a réuni la cellule de crise.')).toBe(false);
    expect(introducesList(':')).toBe(false);
  });

  it('opens the list’s first item after the colon once the next item counts up after it', () => {
    const lines = pageLines(INSTRUCTIONS.join('\n'));
    expect([...numberedItemStarts(lines)].sort((a, b) => a - b)).toEqual([3, 5, 7]);
    const split = splitParagraphs(lines, 52);
    expect(split.paragraphs.map((paragraph) => paragraph[0]?.content.slice(0, 8))).toEqual(['Le bas d', '1. Ne ja', '2. Ne pa', '3. Coupe', 'La décru']);
    const first = split.repairs.find((repair) => repair.line === 3);
    expect(first?.reason).toBe('numbered-item');
    expect(first?.evidence).toContain('the colon introducing the list');
  });

  it('takes a lone `1.` after a colon, with no `2.` counting up, for no list', () => {
    const lone = pageLines(
      ['Le jury a rendu son classement après deux heures :', '1. Le pain de Marc Lenoir, jugé le plus régulier.', 'Les autres candidats ont été départagés plus tard.'].join('\n'),
    );
    expect(numberedItemStarts(lone).size).toBe(0);
  });

  it('takes no amount, date or count after a colon for a list’s item', () => {
    const amounts = pageLines(
      [
        'Le tarif payé par les familles n’a pas bougé :',
        '3,70 euros le repas, comme depuis la rentrée.',
        'Le bilan dressé par la préfecture est lourd :',
        '15 000 personnes privées d’électricité, et 1er',
        '2. janvier reste la date visée pour le retour.',
      ].join('\n'),
    );
    expect(numberedItemStarts(amounts).size).toBe(0);
    expect(splitParagraphs(amounts, 50).repairs.filter((repair) => repair.reason === 'numbered-item')).toHaveLength(0);
  });

  it('takes a list’s first item wrapped onto a line opening on a figure for the item, not a heading', () => {
    const ranking = pageLines(
      ['la course, a-t-il reconnu.', 'Classement de l’étape', '1. Hugo Marchal (VC Lorient) en 4 h', '12 min 08 s.', '2. Paul Guérin (UC Vannes) à 14 s.', '3. Théo Riou (CC Brest) à 31 s.'].join('\n'),
    );
    // The heading over the list stays one; the item's first line, wrapped, is no heading.
    expect(isIntertitle(ranking[1]!, ranking[0], ranking[2], 40, false, opensFigureList(ranking, 2))).toBe(true);
    expect(isIntertitle(ranking[2]!, ranking[1], ranking[3], 40, true, opensFigureList(ranking, 3))).toBe(false);
  });
});

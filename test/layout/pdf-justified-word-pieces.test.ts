/**
 * Narrow justified columns drawn a word a piece, each column on baselines of its own. Chromium
 * prints CSS columns that way: it spreads a justified line's words with moves, pdf.js cuts its
 * items at each wide space, and a column shifted by an intertitle or a pull quote no longer
 * shares its baselines with the next. The spaces of such lines line up by chance into rivers
 * as wide as the gutter, and a river no one piece crosses looked as empty as a gutter: a
 * column was cut in two and read word by word across (`La direction aussitôt fait maintenait`).
 * A line runs through a river by its own spaces, as wide as the spaces next to them; a column's
 * line reaching into a stretch is no gutter's either.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { CHARACTER_WIDTH, pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

const SIZE = 10;

/** A column's paragraphs, each line drawn a word a piece, justified to the width but for each paragraph's last line. */
function wordColumn(paragraphs: string[][], x: number, width: number, top: number): PlacedLine[] {
  const pieces: PlacedLine[] = [];
  let y = top;
  for (const paragraph of paragraphs) {
    paragraph.forEach((line, index) => {
      const words = line.split(' ');
      const left = x + (index === 0 ? 12 : 0);
      const ink = words.reduce((sum, word) => sum + word.length * SIZE * CHARACTER_WIDTH, 0);
      const last = index === paragraph.length - 1;
      const space = last || words.length === 1 ? SIZE * 0.25 : (x + width - left - ink) / (words.length - 1);
      let at = left;
      for (const word of words) {
        pieces.push({ text: word, x: at, y, size: SIZE });
        at += word.length * SIZE * CHARACTER_WIDTH + space;
      }
      y += 13;
    });
  }
  return pieces;
}

const first = wordColumn(
  [
    ['Le port de Brest a vu', 'arriver lundi le plus', 'grand navire de sa', 'longue histoire, un', 'porte-conteneurs de', 'quatre cents mètres.'],
    ['Les quais ont dû être', 'renforcés en hâte et', 'les grues déplacées', 'pendant tout le mois.'],
  ],
  50,
  150,
  150,
);
const second = wordColumn(
  [
    ['La direction du port', 'a aussitôt fait savoir', 'qu’elle voulait en', 'accueillir un autre', 'avant la fin de l’an.'],
    ['Les dockers, eux, ont', 'demandé une prime', 'pour les nuits de', 'travail du week-end.'],
  ],
  215,
  150,
  154.5,
);
const third = wordColumn(
  [
    ['Le préfet maritime a', 'salué une réussite et', 'promis de nouveaux', 'crédits pour curer le', 'chenal dès l’été.'],
    ['Les riverains restent', 'inquiets du bruit des', 'moteurs la nuit.'],
  ],
  380,
  150,
  159,
);

describe('layoutPdf: justified columns drawn a word a piece', () => {
  it('reads each column whole, not cut at the rivers of its spaces', () => {
    const result = layoutPdf(pdfDocument([[...first, ...second, ...third]]), { lexicon: getFrenchLexicon() });
    const text = result.blocks.map((block) => block.text).join(' ');
    expect(text).toBe(
      'Le port de Brest a vu arriver lundi le plus grand navire de sa longue histoire, un porte-conteneurs de quatre cents mètres. ' +
        'Les quais ont dû être renforcés en hâte et les grues déplacées pendant tout le mois. ' +
        'La direction du port a aussitôt fait savoir qu’elle voulait en accueillir un autre avant la fin de l’an. ' +
        'Les dockers, eux, ont demandé une prime pour les nuits de travail du week-end. ' +
        'Le préfet maritime a salué une réussite et promis de nouveaux crédits pour curer le chenal dès l’été. ' +
        'Les riverains restent inquiets du bruit des moteurs la nuit.',
    );
  });
});

/**
 * A standfirst set across two columns, justified, each word its own piece (Chromium): one of its
 * lines has the space between two words right over the body's gutter, `la` ending a point inside
 * it and `mise` starting inside it, or a word drawn in touching pieces (`pro`, `fi`, `te`) ending
 * inside it. No one piece crosses the gutter, so the line was cut in two, its second half read
 * as the right column's first line. A word reaching into the gutter beside a space as wide as
 * the spaces on both sides of the two words around it is one line across it; a column's line
 * and the next column's are a gutter apart, no space of either line.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { column, naturalWidth, pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

const left = column(
  [
    [
      'Les compteurs automatiques de la fédération de',
      'pêche n’en reviennent pas : entre le début de',
      'septembre et la fin de novembre, plus de mille',
      'poissons ont été enregistrés, contre six cent',
      'quarante l’an dernier à la même période.',
    ],
    ['La technicienne rivière parle d’une surprise et', 'd’une très bonne nouvelle.'],
  ],
  { x: 50, width: 230, top: 170, leading: 12, indent: 12 },
);
const right = column(
  [
    [
      'Selon elle, la suppression de deux barrages en',
      'amont, achevée au printemps, explique en partie',
      'ce succès : les poissons remontent désormais',
      'jusqu’à leurs frayères historiques, plus haut',
      'dans la vallée, où ils ne venaient plus depuis',
      'le début du siècle dernier.',
    ],
  ],
  { x: 300, width: 230, top: 170, leading: 12, indent: 12 },
);

/** A line drawn a word a piece, the words `space` points apart from `x` on. */
function wordByWord(words: string[], x: number, y: number, size: number, space: number): PlacedLine[] {
  const out: PlacedLine[] = [];
  let at = x;
  for (const text of words) {
    out.push({ text, x: at, y, size, font: 'italic', width: naturalWidth(text, size) });
    at += naturalWidth(text, size) + space;
  }
  return out;
}

describe('layoutPdf: a line across the columns whose word space lies over the gutter', () => {
  it('reads a standfirst line whose words reach into the gutter around a space as one line', () => {
    const words = wordByWord(['Réan', 'cet', 'automne,', 'un', 'record', 'historique', 'depuis', 'la', 'mise', 'en', 'service', 'de', 'l’ouvrage'], 50, 126, 11, 6);
    // The premise: `la` ends inside the gutter (x 280–300), `mise` starts inside it.
    const la = words.find((word) => word.text === 'la') as PlacedLine;
    const mise = words.find((word) => word.text === 'mise') as PlacedLine;
    expect(la.x + (la.width ?? 0)).toBeGreaterThan(280.5);
    expect(mise.x).toBeLessThan(299.5);
    const head: PlacedLine[] = [
      { text: 'Un record de saumons dans la Vilaine', x: 50, y: 80, size: 22, font: 'bold', width: 420 },
      { text: 'Plus de mille saumons ont franchi la passe à poissons de Pont-', x: 50, y: 112, size: 11, font: 'italic', width: 480 },
      ...words,
      { text: 'en 1996.', x: 50, y: 140, size: 11, font: 'italic' },
    ];
    const result = layoutPdf(pdfDocument([[...head, ...left.lines, ...right.lines]]), { lexicon: getFrenchLexicon() });
    const texts = result.blocks.map((block) => block.text);
    expect(texts).toContain('Plus de mille saumons ont franchi la passe à poissons de Pont-Réan cet automne, un record historique depuis la mise en service de l’ouvrage en 1996.');
    const paragraphs = result.blocks.filter((block) => block.role === 'paragraph').map((block) => block.text);
    expect(paragraphs.join(' ')).toMatch(/^Les compteurs automatiques .* très bonne nouvelle\. Selon elle, .* siècle dernier\.$/u);
  });

  it('still reads apart two columns whose lines stop at the gutter\'s edges, word by word', () => {
    // Each column's line justified to its measure a word a piece: the spaces of one line alike,
    // the 20 pt gutter between the two lines, no word inside it.
    const justified = (words: string[], x: number): PlacedLine[] => {
      const widths = words.reduce((sum, word) => sum + naturalWidth(word), 0);
      return wordByWord(words, x, 300, 10, (230 - widths) / (words.length - 1)).map((word) => ({ ...word, font: 'regular' as const }));
    };
    const leftWords = justified(['Le', 'conseil', 'a', 'voté', 'le', 'budget', 'hier', 'soir,', 'sans'], 50);
    const rightWords = justified(['les', 'voix', 'de', 'l’opposition', 'qui', 'a', 'quitté', 'la', 'salle.'], 300);
    const result = layoutPdf(pdfDocument([[{ text: 'Un record de saumons dans la Vilaine', x: 50, y: 80, size: 22, font: 'bold', width: 420 }, ...left.lines, ...right.lines, ...leftWords, ...rightWords]]), {
      lexicon: getFrenchLexicon(),
    });
    const lines = result.text.split('\n');
    expect(lines).toContain('Le conseil a voté le budget hier soir, sans');
    expect(lines).toContain('les voix de l’opposition qui a quitté la salle.');
  });

  it('still reads apart a column\'s line set too wide into the gutter and the next column\'s line at its edge', () => {
    // The left line's last word ends 15 pt inside the gutter (x 280–300), the right line starts
    // at its right edge: the gap between them (5 pt) happens to match the right line's spaces.
    const row: PlacedLine[] = [
      { text: 'Le conseil a voté le budget hier soir à la', x: 50, y: 300, width: 205 },
      { text: 'majo-', x: 262, y: 300, width: 33 },
      { text: 'les', x: 300, y: 300, width: 13 },
      { text: 'élus', x: 318, y: 300, width: 18 },
      { text: 'de l’opposition ont quitté la salle.', x: 341, y: 300, width: 150 },
    ];
    const result = layoutPdf(pdfDocument([[{ text: 'Un record de saumons dans la Vilaine', x: 50, y: 80, size: 22, font: 'bold', width: 420 }, ...left.lines, ...right.lines, ...row]]), {
      lexicon: getFrenchLexicon(),
    });
    const lines = result.text.split('\n');
    expect(lines).toContain('Le conseil a voté le budget hier soir à la majo-');
    expect(lines).toContain('les élus de l’opposition ont quitté la salle.');
  });

  it('reads a standfirst line whose word drawn in touching pieces ends inside the gutter as one line', () => {
    // `profite` drawn `pro`, `fi`, `te` (a ligature's item), from x 250, ends 3.5 pt short of the
    // gutter's right edge (x 280–300); `pour` starts a space after it, past the gutter. The
    // line's spaces are alike: the words before `profite` fill x 50–241.6 a space apart.
    const opening = ['une', 'poignée', 'de', 'débardeurs', 'à', 'cheval', 'en'];
    const space = (250 - 50 - opening.reduce((sum, word) => sum + naturalWidth(word, 11), 0)) / opening.length;
    const line: PlacedLine[] = [
      ...wordByWord(opening, 50, 126, 11, space),
      { text: 'pro', x: 250, y: 126, size: 11, font: 'italic', width: 19 },
      { text: 'fi', x: 269, y: 126, size: 11, font: 'italic', width: 7.5 },
      { text: 'te', x: 276.5, y: 126, size: 11, font: 'italic', width: 20 },
      ...wordByWord(['pour', 'relancer', 'un', 'métier', 'oublié'], 296.5 + space, 126, 11, space),
    ];
    const head: PlacedLine[] = [
      { text: 'Le cheval revient dans les forêts du Jura', x: 50, y: 80, size: 22, font: 'bold', width: 440 },
      { text: 'Trop lourds, les engins forestiers abîment les sols fragiles des coupes en pente, et', x: 50, y: 112, size: 11, font: 'italic', width: 480 },
      ...line,
      { text: 'qu’on croyait disparu.', x: 50, y: 140, size: 11, font: 'italic' },
    ];
    const result = layoutPdf(pdfDocument([[...head, ...left.lines, ...right.lines]]), { lexicon: getFrenchLexicon() });
    expect(result.blocks.map((block) => block.text)).toContain(
      'Trop lourds, les engins forestiers abîment les sols fragiles des coupes en pente, et une poignée de débardeurs à cheval en profite pour relancer un métier oublié qu’on croyait disparu.',
    );
  });

  it('reads a standfirst line with a short word set inside the gutter as one line', () => {
    // `et` lies inside the gutter (x 280–300), at x 285.5–294.7, a space from `travaux` and from
    // `un`, spaced as the rest of the line: what it leaves of the gutter on either side is too
    // narrow for a gutter.
    const opening = ['après', 'deux', 'ans', 'de', 'longs', 'travaux'];
    const space = (285.5 - 50 - opening.reduce((sum, word) => sum + naturalWidth(word, 11), 0)) / opening.length;
    const line = wordByWord([...opening, 'et', 'un', 'chantier', 'retardé', 'par', 'les', 'fouilles,'], 50, 126, 11, space);
    const et = line.find((word) => word.text === 'et') as PlacedLine;
    expect(et.x).toBeGreaterThan(280.5);
    expect(et.x + (et.width ?? 0)).toBeLessThan(300);
    const head: PlacedLine[] = [
      { text: 'La halle de Lannion rouvre enfin ses portes', x: 50, y: 80, size: 22, font: 'bold', width: 440 },
      { text: 'Le marché couvert accueille de nouveau ses commerçants depuis samedi, et cela', x: 50, y: 112, size: 11, font: 'italic', width: 480 },
      ...line.map((word) => ({ ...word, font: 'italic' as const })),
      { text: 'qui ont mis au jour des fondations médiévales.', x: 50, y: 140, size: 11, font: 'italic' },
    ];
    const result = layoutPdf(pdfDocument([[...head, ...left.lines, ...right.lines]]), { lexicon: getFrenchLexicon() });
    expect(result.blocks.map((block) => block.text)).toContain(
      'Le marché couvert accueille de nouveau ses commerçants depuis samedi, et cela après deux ans de longs travaux et un chantier retardé par les fouilles, qui ont mis au jour des fondations médiévales.',
    );
  });
});

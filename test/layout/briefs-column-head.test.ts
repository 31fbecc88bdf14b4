import { describe, expect, it } from 'vitest';
import { readFurnitureOnTop } from '../../src/layout/furniture-on-top.ts';
import { isIntertitle } from '../../src/layout/intertitles.ts';
import { estimateColumnWidth } from '../../src/layout/paragraph-ends.ts';
import { structureText } from '../../src/structure.ts';
import { pageLines } from '../support/page-lines.ts';

// A briefs column: a kicker, a short title, then each brief under its own heading.
const BRIEFS = [
  'EN BREF',
  'La semaine au village',
  'Cluny : le pont de la Grosne rouvert',
  'Fermé depuis le mois de mai pour des travaux de',
  'peinture, le pont de la Grosne a rouvert jeudi. Le',
  'chantier a coûté 80 000 euros, payés pour moitié',
  'par la région.',
  'Tournus : une nouvelle boulangerie',
  'Une nouvelle boulangerie ouvre lundi rue du Centre.',
  'Elle sera ouverte tous les jours sauf le mercredi,',
  'de 7 heures à 19 heures.',
  'Mâcon : la foire reportée',
  'La foire d’automne est reportée au mois de',
  'novembre, faute de place sur le parking des',
  'expositions pendant les travaux du quai.',
];

describe('a briefs column’s head', () => {
  it('keeps one kicker and the short title as the headline; the first brief’s heading opens the body', () => {
    const lines = pageLines(BRIEFS.join('\n'));
    const width = estimateColumnWidth(lines);
    const top = readFurnitureOnTop(lines, width, (line, previous, next) => isIntertitle(line, previous, next, width));
    expect(top.pieces.map((piece) => `${piece.role}: ${piece.lines.map((line) => line.content).join(' ')}`)).toEqual(['kicker: EN BREF', 'headline: La semaine au village']);
    expect(lines[top.bodyStart]?.content).toBe('Cluny : le pont de la Grosne rouvert');
    expect(top.headingOpensBody).toBe(true);
  });

  it('sets the first brief’s heading apart from its text, as the next ones', () => {
    const article = structureText(BRIEFS.join('\n'), { fileName: 'breves.txt', layout: 'print' });
    const blocks = article.blocks.map((block) => `${block.role}: ${block.text.slice(0, 24)}`);
    expect(blocks.slice(0, 5)).toEqual(['kicker: EN BREF', 'headline: La semaine au village', 'paragraph: Cluny : le pont de la Gr', 'paragraph: Fermé depuis le mois de ', 'paragraph: Tournus : une nouvelle b']);
  });

  it('still reads a short label over a title closing above the standfirst as the kicker when no kicker stands above it', () => {
    const lines = pageLines(
      [
        'Justice',
        'Faute de preuves, le maire',
        'relaxé en appel',
        'La cour d’appel de Dijon a relaxé jeudi le maire de Tournus, poursuivi pour favoritisme dans',
        'l’attribution d’un marché public de voirie. Le parquet envisage un pourvoi en cassation.',
        'DIJON — La décision est tombée en fin de matinée, devant une salle comble et silencieuse,',
        'après trois heures de délibéré et deux reports successifs de l’audience depuis le printemps.',
      ].join('\n'),
    );
    const top = readFurnitureOnTop(lines, estimateColumnWidth(lines));
    expect(top.pieces.map((piece) => piece.role)).toEqual(['kicker', 'headline', 'standfirst']);
    expect(top.headingOpensBody).toBeUndefined();
  });
});

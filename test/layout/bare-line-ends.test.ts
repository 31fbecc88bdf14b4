import { describe, expect, it } from 'vitest';
import { GOING_ON_FEWEST, readBareLineEnds } from '../../src/layout/bare-line-ends.ts';
import { structureText } from '../../src/structure.ts';

/**
 * A page whose lines going on keep the space they were broken at, as an extraction writes a
 * program's drawn rows (a trailing space after each line but a block's last), with no blank line
 * between its blocks.
 */
const PAGE = [
  'Le conseil municipal a voté jeudi soir le budget de la commune pour ',
  'l’année prochaine, après trois heures de débats souvent vifs entre la ',
  'majorité et les deux groupes d’opposition, réunis dans la salle des fêtes. ',
  'Le maire a défendu un budget prudent, sans hausse des taux, malgré la ',
  'baisse des dotations et la hausse du prix de l’énergie depuis l’hiver.',
  'Les élus de l’opposition ont voté contre. Ils dénoncent des choix qui ',
  'reportent encore la rénovation de l’école et de la salle des fêtes.',
  'Les travaux attendront',
  'La rénovation de l’école primaire, estimée à 1,2 million d’euros, est ',
  'repoussée à 2028. La commune attend la réponse de l’État sur une ',
  'subvention demandée au printemps, qui couvrirait la moitié du coût.',
  'Les parents d’élèves, venus nombreux, ont applaudi l’adjointe aux ',
  'écoles quand elle a promis de nouvelles fenêtres dès cet été, selon M. ',
  'Durand, son collègue des finances, qui en a chiffré le coût exact et ',
  'prévoit de présenter le détail des dépenses au prochain conseil, en ',
  'mars, avec le calendrier des travaux.',
].join('\n');

describe('paragraph ends a bare line end shows', () => {
  it('opens a paragraph under each line ending bare, a sentence or a heading, where the lines going on end on a space', () => {
    const openings = readBareLineEnds(PAGE);
    expect([...openings.keys()]).toEqual([6, 8, 9, 12]);
    expect(openings.get(6)?.reason).toBe('bare-line-end');
    expect(openings.get(6)?.evidence).toContain('line 5 ends a sentence with no space after it');
    expect(openings.get(9)?.evidence).toContain('line 8 ends its words with no space after it');
  });

  it('reads nothing where the spaces are the seed’s paragraph marks (only after a paragraph’s last line)', () => {
    const seed = PAGE.split('\n')
      .map((line) => line.trimEnd())
      .map((line, index) => ([4, 6, 10, 15].includes(index) ? `${line} ` : line))
      .join('\n');
    expect(readBareLineEnds(seed).size).toBe(0);
  });

  it('reads nothing where too few lines go on to show the habit, nor where no sentence’s end inside a paragraph keeps its space', () => {
    const lines = PAGE.split('\n');
    expect(readBareLineEnds(lines.slice(0, 11).join('\n')).size).toBe(0);
    expect(GOING_ON_FEWEST).toBeGreaterThan(4);
    const noSpacedEnd = PAGE.replace('salle des fêtes. \n', 'salle des fêtes.\n');
    expect(readBareLineEnds(noSpacedEnd).size).toBe(0);
  });

  it('leaves a line ending bare on a title, an apostrophe or a hyphen, after which the line goes on', () => {
    const title = readBareLineEnds(PAGE.replace('selon M. \nDurand', 'selon M.\nDurand'));
    expect(title.has(14)).toBe(false);
    expect(title.has(12)).toBe(true);
    const apostrophe = readBareLineEnds(PAGE.replace('écoles quand elle a promis', 'écoles quand elle a promis d’\nAvril'));
    expect(apostrophe.has(14)).toBe(false);
    const hyphen = readBareLineEnds(PAGE.replace('écoles quand elle a promis', 'écoles quand elle a promis J.-\nP.'));
    expect(hyphen.has(14)).toBe(false);
  });

  it('costs nothing on a text with no space at a line’s end', () => {
    expect(readBareLineEnds(PAGE.replace(/ +\n/gu, '\n')).size).toBe(0);
  });

  it('gives the structure stage the paragraphs and the heading the bare ends show', () => {
    const article = structureText(`Le Courrier du Val\n\nBUDGET\nUn budget sans hausse d’impôts\nPar Anne Keller\n${PAGE}\n`, { fileName: 'budget.pymupdf.txt', layout: 'print' });
    const body = article.blocks.filter((block) => block.role === 'paragraph').map((block) => block.text.slice(0, 24));
    expect(body).toEqual(['Le conseil municipal a v', 'Les élus de l’opposition', 'Les travaux attendront', 'La rénovation de l’école', 'Les parents d’élèves, ve']);
    expect(article.repairs.filter((repair) => repair.reason === 'bare-line-end').length).toBeGreaterThanOrEqual(2);
  });
});

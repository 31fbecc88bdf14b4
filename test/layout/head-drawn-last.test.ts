import { describe, expect, it } from 'vitest';
import { structureText } from '../../src/structure.ts';

/**
 * A one-page article as MuPDF (or `pdftotext -raw`) writes a page whose producer drew the body
 * first and the head last: the body's lines, then the kicker, the headline, the standfirst and
 * the byline, then the running head drawn last of all. Written by hand, in no corpus article's words.
 */
const BODY = [
  'ARLES — La passerelle qui enjambe le canal du Vigueirat sera fermée à partir de lundi,',
  'a annoncé la mairie jeudi soir. Des fissures sont apparues sur deux de ses piles au',
  'cours de l’hiver, et une expertise a conclu qu’elles ne supportaient plus le poids',
  'des passants.',
  'Les piétons et les cyclistes devront faire un détour d’un kilomètre par le pont de la',
  'gare, le temps des travaux. Un bac sera mis en service le samedi pour le marché du',
  'centre.',
  'La réparation doit coûter 640 000 euros, dont la moitié sera prise en charge par la',
  'Région. Le chantier commencera en avril et doit durer quatre mois au moins, selon',
  'la mairie.',
  '« Nous aurions préféré attendre l’été, mais la sécurité passe avant tout », a expliqué',
  'l’adjointe aux travaux, qui promet une réunion publique avant la fin du mois de',
  'mars.',
];
const HEAD = [
  'TRAVAUX',
  'À Arles, la passerelle du Vigueirat',
  'fermée pour quatre mois',
  '',
  'Fissurée, la passerelle sera réparée à partir d’avril. Un bac assurera la traversée le',
  'samedi, jour de marché.',
  '',
  'Par Hélène Castagnol',
];

/** The tools end each page with a form feed, which makes the text printed pages. */
const roles = (text: string) =>
  structureText(`${text}\n\f`, { fileName: 'page.mutool.txt', checkLanguage: false }).blocks.map((block) => [block.role, block.text.slice(0, 34)]);

describe('a page head written after the body', () => {
  it('is moved back on top and read as the head, the move recorded', () => {
    const article = structureText([...BODY, '', ...HEAD, '', 'Le Courrier du Rhône — Vie locale — vendredi 6 mars 2026', '', '– 4 –', '\f'].join('\n'), {
      fileName: 'page.mutool.txt',
      checkLanguage: false,
    });
    expect(article.blocks.slice(0, 5).map((block) => block.role)).toEqual(['kicker', 'headline', 'standfirst', 'byline', 'dateline']);
    expect(article.blocks[1]?.text).toBe('À Arles, la passerelle du Vigueirat fermée pour quatre mois');
    expect(article.blocks.filter((block) => block.role === 'paragraph')).toHaveLength(4);
    expect(article.repairs).toContainEqual(expect.objectContaining({ kind: 'columns-reordered', reason: 'head-drawn-last' }));
  });

  it('is found with no blank line anywhere, as PyMuPDF writes a page', () => {
    const text = [...BODY, ...HEAD].filter((line) => line !== '').join('\n');
    expect(roles(text).slice(0, 4).map(([role]) => role)).toEqual(['kicker', 'headline', 'standfirst', 'byline']);
  });

  it('leaves the body alone when the page opens on its head', () => {
    const text = [...HEAD, '', ...BODY, '\f'].join('\n');
    const article = structureText(text, { fileName: 'page.mutool.txt', checkLanguage: false });
    expect(article.blocks[0]?.role).toBe('kicker');
    expect(article.repairs.some((repair) => repair.reason === 'head-drawn-last')).toBe(false);
  });

  it('does not take the body’s last intertitle and paragraph for a head: no kicker opens them, and its lines are the body’s', () => {
    const text = [
      ...BODY.slice(0, 7),
      '',
      'Un chantier de quatre mois',
      'Le chantier commencera en avril et doit durer quatre mois au moins, a précisé la',
      'mairie, qui promet une réunion publique avant la fin du mois de mars.',
      '\f',
    ].join('\n');
    const article = structureText(text, { fileName: 'page.mutool.txt', checkLanguage: false });
    expect(article.repairs.some((repair) => repair.reason === 'head-drawn-last')).toBe(false);
    expect(article.blocks.at(-1)?.text).toMatch(/^Le chantier commencera/u);
  });
});

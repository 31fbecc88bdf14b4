/**
 * Furniture a program drew after the body (`readFurnitureAtFoot`): `pdftotext -raw` reads a page
 * in drawing order, so a page written body first gives its kicker, headline, standfirst and byline
 * at the first page's foot. Short texts typed for these tests.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { readFurnitureAtFoot } from '../../src/layout/furniture-on-top.ts';
import { createDocumentEvidence } from '../../src/layout/join-lines.ts';
import { layoutPage } from '../../src/layout/page-layout.ts';
import { estimateColumnWidth } from '../../src/layout/paragraph-ends.ts';
import { pageLines } from '../support/page-lines.ts';

const BODY = [
  'ANNECY — Le chantier du nouveau pont sur le Thiou a pris six mois de retard, a',
  'reconnu mardi soir l’adjoint aux travaux devant le conseil municipal réuni.',
  'Les fondations ont dû être reprises après la découverte de pieux anciens dans la',
  'vase. La circulation restera donc alternée jusqu’au printemps prochain.',
];

const FURNITURE = [
  'TRAVAUX',
  'Le pont du Thiou ne rouvrira',
  'pas avant le printemps',
  'Des pieux du XIXe siècle découverts dans la vase ont imposé de reprendre les',
  'fondations. La facture grimpe de 400 000 euros.',
  'Par Hélène Ducret',
];

const read = (lines: string[]) => {
  const text = lines.join('\n');
  const context = { lexicon: getFrenchLexicon(), document: createDocumentEvidence(text) };
  return layoutPage(text, context).blocks.map((block) => `${block.role}: ${block.text.split(' ').slice(0, 4).join(' ')}`);
};

describe('furniture at the first page’s foot', () => {
  it('reads the kicker, headline, standfirst and byline drawn after the body, and gives them first', () => {
    expect(read([...BODY, ...FURNITURE]).slice(0, 6)).toEqual([
      'kicker: TRAVAUX',
      'headline: Le pont du Thiou',
      'standfirst: Des pieux du XIXe',
      'byline: Par Hélène Ducret',
      'dateline: ANNECY —',
      'paragraph: Le chantier du nouveau',
    ]);
  });

  it('warns that it read the furniture at the foot', () => {
    const text = [...BODY, ...FURNITURE].join('\n');
    const context = { lexicon: getFrenchLexicon(), document: createDocumentEvidence(text) };
    expect(layoutPage(text, context).warnings.filter((warning) => warning.rule === 'layout/furniture-at-foot')).toEqual([
      expect.objectContaining({ line: BODY.length + 1, message: expect.stringContaining('kicker, headline, standfirst, byline') }),
    ]);
  });

  it('reads it at the first page’s end, the body going on on the next page', () => {
    const blocks = read([...BODY.slice(0, 2), ...FURNITURE, `\f${BODY[2]}`, ...BODY.slice(3)]);
    expect(blocks.slice(0, 4)).toEqual(['kicker: TRAVAUX', 'headline: Le pont du Thiou', 'standfirst: Des pieux du XIXe', 'byline: Par Hélène Ducret']);
    expect(blocks.slice(4)).toEqual(['dateline: ANNECY —', 'paragraph: Le chantier du nouveau']);
  });

  it('takes a kicker in small letters over the title, the standfirst closing the page without a byline', () => {
    const lines = pageLines([...BODY, 'Travaux', ...FURNITURE.slice(1, 5)].join('\n'));
    const foot = readFurnitureAtFoot(lines, estimateColumnWidth(lines));
    expect(foot?.pieces.map((piece) => piece.role)).toEqual(['kicker', 'headline', 'standfirst']);
    expect(foot?.start).toBe(BODY.length);
  });

  it('leaves an intertitle and a closing paragraph to the body: no kicker over them, no byline under them', () => {
    const lines = pageLines([...BODY, 'Un printemps sous contrôle', 'Les riverains seront réunis le 12 mars. Un bilan sera fait en juin.'].join('\n'));
    expect(readFurnitureAtFoot(lines, estimateColumnWidth(lines))).toBeUndefined();
  });

  it('leaves a short line in small letters over a title alone to the body: an agenda’s day over its entry reads so', () => {
    const lines = pageLines([...BODY, 'Mercredi', '14 h 30 : atelier de reliure'].join('\n'));
    expect(readFurnitureAtFoot(lines, estimateColumnWidth(lines))).toBeUndefined();
    const capitals = pageLines([...BODY, 'TRAVAUX', 'Le pont du Thiou ne rouvrira', 'pas avant le printemps'].join('\n'));
    expect(readFurnitureAtFoot(capitals, estimateColumnWidth(capitals))?.pieces.map((piece) => piece.role)).toEqual(['kicker', 'headline']);
  });

  it('leaves lines in the body’s own measure to the body, under a short line', () => {
    // A short heading, then a sentence cut at the page's end in the body's measure: no title in a large face.
    const lines = pageLines([
      ...BODY,
      'Le financement en question',
      'Sur les 2 400 000 euros du chantier, l’État apporte 610 000 euros et le Département',
      'Verse le reste sur deux ans, selon la convention signée en janvier dernier.',
    ].join('\n'));
    expect(readFurnitureAtFoot(lines, estimateColumnWidth(lines))).toBeUndefined();
  });
});

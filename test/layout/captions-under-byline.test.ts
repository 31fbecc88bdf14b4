import { describe, expect, it } from 'vitest';
import { readFurnitureOnTop } from '../../src/layout/furniture-on-top.ts';
import { estimateColumnWidth } from '../../src/layout/paragraph-ends.ts';
import { structureText } from '../../src/structure.ts';
import { pageLines } from '../support/page-lines.ts';

const HEAD = ['SANTÉ', 'Grippe : les urgences de Metz', 'débordées depuis lundi', 'Trois cents patients ont été reçus en deux', 'jours. L’hôpital rouvre une aile fermée.', 'Par Claire Dumont'];
// A body in a narrow column (two columns on the page), each line about 45 characters.
const COLUMN = [
  'Les brancards s’alignent dans le couloir du',
  'service depuis lundi soir, et les infirmières',
  'enchaînent les gardes sans pause. « Nous',
  'n’avions jamais vu autant de patients en si',
  'peu de temps », confie une aide-soignante.',
  'La direction a rouvert mardi une aile fermée',
  'depuis l’été, faute de personnel, pour y',
  'accueillir les malades les moins graves.',
];
const WIDE_CAPTION = 'Le couloir des urgences de l’hôpital de Mercy, mardi soir, où patientent des dizaines de malades.';

describe('captions set under the byline, wider than the body’s column', () => {
  it('reads a whole sentence under the byline, printed wider than the column, as a caption', () => {
    const lines = pageLines([...HEAD, WIDE_CAPTION, ...COLUMN].join('\n'));
    const top = readFurnitureOnTop(lines, estimateColumnWidth(lines));
    expect(top.pieces.map((piece) => piece.role)).toEqual(['kicker', 'headline', 'standfirst', 'byline', 'caption']);
    expect(lines[top.bodyStart]?.content).toBe(COLUMN[0]);
    const article = structureText([...HEAD, WIDE_CAPTION, ...COLUMN].join('\n'), { fileName: 'grippe.txt', layout: 'print' });
    expect(article.blocks.find((block) => block.text.startsWith('Le couloir'))?.role).toBe('caption');
    expect(article.blocks.find((block) => block.text.startsWith('Les brancards'))?.role).toBe('paragraph');
  });

  it('reads a caption wrapped over two lines, its first line wide, its last short', () => {
    const lines = pageLines([...HEAD, 'Le couloir des urgences de l’hôpital de Mercy, mardi soir, où patientent des dizaines de', 'malades.', ...COLUMN].join('\n'));
    const top = readFurnitureOnTop(lines, estimateColumnWidth(lines));
    expect(top.pieces.at(-1)?.role).toBe('caption');
    expect(top.pieces.at(-1)?.lines).toHaveLength(2);
  });

  it('leaves to the body a wide line holding a question (an interview’s first one) or two sentences (two columns glued)', () => {
    const question = pageLines([...HEAD, 'Vous rentrez d’une campagne de mesures à l’hôpital de Mercy. Qu’avez-vous constaté, mardi soir ?', ...COLUMN].join('\n'));
    expect(readFurnitureOnTop(question, estimateColumnWidth(question)).pieces.at(-1)?.role).toBe('byline');
    const glued = pageLines([...HEAD, 'Les brancards s’alignent dans le couloir depuis lundi. Les infirmières enchaînent les gardes', 'sans pause, de jour comme de nuit.', ...COLUMN].join('\n'));
    expect(readFurnitureOnTop(glued, estimateColumnWidth(glued)).pieces.at(-1)?.role).toBe('byline');
  });

  it('leaves a sentence in the column’s own measure to the body', () => {
    const lines = pageLines([...HEAD, 'Le couloir des urgences, mardi soir.', ...COLUMN].join('\n'));
    const top = readFurnitureOnTop(lines, estimateColumnWidth(lines));
    expect(top.pieces.map((piece) => piece.role)).toEqual(['kicker', 'headline', 'standfirst', 'byline']);
  });
});

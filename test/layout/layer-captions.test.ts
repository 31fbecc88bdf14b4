/**
 * Captions a searchable scan's OCR layer shows set in a smaller face (pdf-ocr-layer.ts's
 * `tightBlocks`), told to the text rules by line (`captionLines`): body-captions.ts takes the run
 * whole, with a credit's end cut onto a line of its own, where the words alone say nothing of a
 * caption (a sentence in the past, a credit the credit forms do not know).
 */
import { describe, expect, it } from 'vitest';
import { findCaptions } from '../../src/layout/body-captions.ts';
import { structureText } from '../../src/structure.ts';
import { pageLines } from '../support/page-lines.ts';

const PROSE = [
  'Le conseil municipal a voté lundi soir le budget de la piscine',
  'intercommunale, après deux heures de débats animés. Les élus',
  'de l’opposition ont dénoncé une hausse des tarifs pour les',
  'familles du canton.',
];
const CAPTION = ['Le maire a présenté le projet aux habitants venus', 'nombreux dans la salle des fêtes. Jeanne Martin'];
const NEXT = [
  'Les travaux de rénovation doivent commencer au printemps, pour une',
  'réouverture prévue à la fin de l’année prochaine, selon la mairie.',
];
const EVIDENCE = 'the OCR layer sets its 2 lines 9.0 points apart at most, against 11.0 for the running text: a caption’s smaller face';

describe('a caption the OCR layer shows set in a smaller face', () => {
  it('is taken whole, from the blank line before it to the next', () => {
    const lines = pageLines([...PROSE, '', ...CAPTION, '', ...NEXT].join('\n'));
    const marked = new Map([
      [6, EVIDENCE],
      [7, EVIDENCE],
    ]);
    const found = findCaptions(lines, 64, marked);
    expect(found.captions).toEqual([expect.objectContaining({ start: 4, end: 6, reason: 'smaller-face', evidence: expect.stringContaining('(lines 6–7)') })]);
  });

  it('takes with it a credit’s end cut onto a line of its own, not the next sentence', () => {
    const lines = pageLines([...PROSE, '', ...CAPTION, '', '/ AFP', '', ...NEXT].join('\n'));
    const marked = new Map([
      [6, EVIDENCE],
      [7, EVIDENCE],
    ]);
    expect(findCaptions(lines, 64, marked).captions).toEqual([expect.objectContaining({ start: 4, end: 7 })]);
    const ended = pageLines([...PROSE, '', 'Le maire a présenté le projet aux habitants venus', 'nombreux dans la salle des fêtes.', '', ...NEXT].join('\n'));
    expect(findCaptions(ended, 64, marked).captions).toEqual([expect.objectContaining({ start: 4, end: 6 })]);
  });

  it('is not taken on its words alone, where no line is marked (a sentence in the past, a bare name for credit)', () => {
    const lines = pageLines([...PROSE, '', ...CAPTION, '', ...NEXT].join('\n'));
    expect(findCaptions(lines, 64).captions).toEqual([]);
  });

  it('comes out of the structure stage as a caption, the paragraphs around it whole', () => {
    const text = ['ÉCONOMIE', '', 'La piscine des Tilleuls rouvrira l’an prochain', '', ...PROSE, '', ...NEXT, '', ...CAPTION, '', ...NEXT].join('\n');
    const marked = new Map([
      [13, EVIDENCE],
      [14, EVIDENCE],
    ]);
    // A scan's page is read in the print layout (its line-end hyphens say so; these few lines, too few to tell, are told).
    const article = structureText(text, { fileName: 'scan.pdf', encoding: 'pdf', sha256: '', bytes: text.length, layout: 'print', captionLines: marked });
    const caption = article.blocks.find((block) => block.role === 'caption');
    expect(caption?.text).toBe('Le maire a présenté le projet aux habitants venus nombreux dans la salle des fêtes. Jeanne Martin');
    expect(article.blocks.filter((block) => block.role === 'paragraph').map((block) => block.text)).toEqual([NEXT.join(' '), NEXT.join(' ')]);
    expect(article.repairs).toContainEqual(expect.objectContaining({ kind: 'role-assigned', after: 'caption', reason: 'smaller-face' }));
  });
});

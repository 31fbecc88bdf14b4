/**
 * A new user's page of session 49 (test/fixtures/new-user-49/): an article set by groff with the
 * `-ms` macros in two narrow justified columns (about seven words a line) by groff's own PDF
 * driver, read from the PDF, from poppler's `pdftotext` default, `-raw` and `-layout` texts and
 * from Tesseract's OCR of the page. The PDF reads whole; pdftotext's default text no longer takes
 * a body sentence for a caption (wider-measure-captions.ts). The texts cut the paragraph opening the
 * second column after its indented first line, which ends a sentence and, the indent lost, reads
 * as a paragraph's short last line; `-raw` runs the first column's last paragraph on into it.
 */
import { describe, expect, it } from 'vitest';
import { newUserPages } from '../support/new-user-pages.ts';
import type { ScoreFloor } from '../support/score-floors.ts';

const { read, describeFloors } = newUserPages(new URL('../fixtures/new-user-49/', import.meta.url));

/**
 * Per file, of its 11 paragraphs, 30 sentences and 15 roles.
 * Session 49: measured as the page was made. Then (caption49) a narrow column's lines, spread
 * past the median by their words alone, no longer read as a caption's wider face: pdftotext
 * 8 -> 10 paragraphs, 29 -> 30 sentences.
 */
const FLOORS: Record<string, { name: string; floor: ScoreFloor }> = {
  'parthenay.pdf': { name: 'parthenay', floor: { paragraphs: 11, sentences: 30, roles: 15, lost: 0, invented: 0 } },
  'parthenay.pdftotext.txt': { name: 'parthenay', floor: { paragraphs: 10, sentences: 30, roles: 15, lost: 0, invented: 0 } },
  'parthenay.raw.txt': { name: 'parthenay', floor: { paragraphs: 9, sentences: 30, roles: 15, lost: 0, invented: 0 } },
  'parthenay.layout.txt': { name: 'parthenay', floor: { paragraphs: 10, sentences: 30, roles: 15, lost: 0, invented: 0 } },
  'parthenay.tesseract.txt': { name: 'parthenay', floor: { paragraphs: 10, sentences: 30, roles: 15, lost: 0, invented: 0 } },
};

describeFloors(FLOORS);

describe('the page set by groff -ms in two narrow columns, read from its PDF', () => {
  it('sets its two intertitles apart and takes no paragraph for a caption', async () => {
    const article = await read('parthenay.pdf');
    expect(article.blocks.filter((block) => block.intertitle === true).map((block) => block.text)).toEqual(['Une verrière et des bornes de recharge', 'Un parking gratuit le temps des fêtes']);
    expect(article.blocks.filter((block) => block.role === 'caption')).toEqual([]);
  });

  it('takes no body sentence for a caption in pdftotext’s default text, whose narrow lines spread wide', async () => {
    const article = await read('parthenay.pdftotext.txt');
    expect(article.blocks.filter((block) => block.role === 'caption')).toEqual([]);
  });
});

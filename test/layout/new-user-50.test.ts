/**
 * A new user's page of session 50 (test/fixtures/new-user-50/): an article set by groff's mom
 * macros in three justified columns, hyphenated with French patterns, through PostScript to PDF by
 * Ghostscript, read from the PDF, from poppler's `pdftotext` default, `-raw` and `-layout` texts and
 * from Tesseract's OCR of the page. The byline is the author's name alone, centred in italics right
 * under the headline: the PDF reads it as a caption, `-layout` as an intertitle set inside the
 * first column, pdftotext's default and `-raw` run it into the headline. Tesseract reads the folio
 * `- 1 -` as `-]-`, which runs into a paragraph.
 */
import { describe, expect, it } from 'vitest';
import { newUserPages } from '../support/new-user-pages.ts';
import type { ScoreFloor } from '../support/score-floors.ts';

const { read, describeFloors } = newUserPages(new URL('../fixtures/new-user-50/', import.meta.url));

/**
 * Per file, of its 12 paragraphs, 35 sentences and 17 roles. Session 50: measured as the page was
 * made, the furniture in the order the editions read it (headline, standfirst, the bylines, the
 * dateline) as the corpus's expected results set it.
 */
const FLOORS: Record<string, { name: string; floor: ScoreFloor }> = {
  'vierzon.pdf': { name: 'vierzon', floor: { paragraphs: 12, sentences: 34, roles: 16, lost: 0, invented: 0 } },
  'vierzon.pdftotext.txt': { name: 'vierzon', floor: { paragraphs: 11, sentences: 33, roles: 16, lost: 0, invented: 0 } },
  'vierzon.raw.txt': { name: 'vierzon', floor: { paragraphs: 12, sentences: 33, roles: 16, lost: 0, invented: 0 } },
  'vierzon.layout.txt': { name: 'vierzon', floor: { paragraphs: 11, sentences: 34, roles: 16, lost: 0, invented: 0 } },
  'vierzon.tesseract.txt': { name: 'vierzon', floor: { paragraphs: 8, sentences: 30, roles: 16, lost: 4, invented: 4 } },
};

describeFloors(FLOORS);

describe('the page set by mom in three hyphenated columns', () => {
  it('gives back the compounds pdftotext glued at a line end (cinquante-quatre)', async () => {
    const article = await read('vierzon.pdftotext.txt');
    const text = article.blocks.map((block) => block.text).join('\n');
    expect(text).toContain('cinquante-quatre ans');
    expect(text).not.toContain('cinquantequatre');
  });

  it('sets its two intertitles apart in the PDF', async () => {
    const article = await read('vierzon.pdf');
    expect(article.blocks.filter((block) => block.intertitle === true).map((block) => block.text)).toEqual(['Un bassin nordique', 'Les habitués inquiets']);
  });
});

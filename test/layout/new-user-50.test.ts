/**
 * A new user's page of session 50 (test/fixtures/new-user-50/): an article set by groff's mom
 * macros in three justified columns, hyphenated with French patterns, through PostScript to PDF by
 * Ghostscript, read from the PDF, from poppler's `pdftotext` default, `-raw` and `-layout` texts and
 * from Tesseract's OCR of the page. The byline is the author's name alone, centred in italics right
 * under the headline, inside the middle column's span: the PDF read it as that column's head, a
 * caption among the body, `-layout` as an intertitle inside the first column, until a short line
 * centred above the columns was read before them (pdf-layout.ts, column-layout.ts) and a name set
 * apart under the headline taken for the byline (furniture-on-top.ts). pdftotext's default and
 * `-raw` still run it into the headline (no blank line between them). Tesseract read the folio
 * `- 1 -` as `-]-`, run into a paragraph until such a folio was read (page-furniture.ts).
 */
import { describe, expect, it } from 'vitest';
import { newUserPages } from '../support/new-user-pages.ts';
import type { ScoreFloor } from '../support/score-floors.ts';

const { read, describeFloors } = newUserPages(new URL('../fixtures/new-user-50/', import.meta.url));

/**
 * Per file, of its 12 paragraphs, 35 sentences and 17 roles. Session 50: measured as the page was
 * made, the furniture in the order the editions read it (headline, standfirst, the bylines, the
 * dateline) as the corpus's expected results set it. Then the centred byline read as one (PDF 34 ->
 * 35 sentences, 16 -> 17 roles; -layout 11 -> 12 paragraphs, 34 -> 35 sentences, 16 -> 17 roles) and
 * Tesseract's misread folio (8 -> 10 paragraphs, 30 -> 32 sentences).
 */
const FLOORS: Record<string, { name: string; floor: ScoreFloor }> = {
  'vierzon.pdf': { name: 'vierzon', floor: { paragraphs: 12, sentences: 35, roles: 17, lost: 0, invented: 0 } },
  'vierzon.pdftotext.txt': { name: 'vierzon', floor: { paragraphs: 11, sentences: 33, roles: 16, lost: 0, invented: 0 } },
  'vierzon.raw.txt': { name: 'vierzon', floor: { paragraphs: 12, sentences: 33, roles: 16, lost: 0, invented: 0 } },
  'vierzon.layout.txt': { name: 'vierzon', floor: { paragraphs: 12, sentences: 35, roles: 17, lost: 0, invented: 0 } },
  'vierzon.tesseract.txt': { name: 'vierzon', floor: { paragraphs: 10, sentences: 32, roles: 16, lost: 4, invented: 3 } },
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

  it('reads the name centred under the headline as the byline, in the PDF and in -layout', async () => {
    for (const file of ['vierzon.pdf', 'vierzon.layout.txt']) {
      const article = await read(file);
      expect(article.blocks.filter((block) => block.role === 'byline').map((block) => block.text)).toEqual(['Nathalie Guérin', 'N. G.']);
      expect(article.blocks.filter((block) => block.role === 'caption' || block.intertitle === true).map((block) => block.text)).toEqual(['Un bassin nordique', 'Les habitués inquiets']);
    }
  });
});

/**
 * A new user's page of session 43 (test/fixtures/new-user-43/): an article set by groff with the
 * `-ms` macros in two columns, through groff's PostScript driver and Ghostscript's ps2pdf, read
 * from the PDF, from poppler's `pdftotext` default and `-layout` texts, and from tesseract's OCR of
 * a photograph of the page. The PDF path read the caption's `découvert` as `découver t`: grops sets
 * the kern between `r` and `t` as a space glyph narrowed by word spacing (pdf-kern-space.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { newUserPages } from '../support/new-user-pages.ts';
import type { ScoreFloor } from '../support/score-floors.ts';

const { read, describeFloors } = newUserPages(new URL('../fixtures/new-user-43/', import.meta.url));

/**
 * Per file, of its 7 paragraphs, 25 sentences and 13 roles: every path reads the page whole.
 * Session 43 (newuser43): the PDF's caption word cut at a kern drawn as a space glued back:
 * 24 -> 25 sentences, 1 word lost and 2 invented -> none.
 */
const FLOORS: Record<string, { name: string; floor: ScoreFloor }> = {
  'halle.pdf': { name: 'halle', floor: { paragraphs: 7, sentences: 25, roles: 13, lost: 0, invented: 0 } },
  // Session 51 (text51, long-paragraphs.ts): 7 -> 6 paragraphs, lowered knowingly. A true paragraph of
  // four sentences and some 400 characters (`Pendant les travaux…` to `…des emplacements cette année.`)
  // is taken for two and cut at its middle sentence end; nothing in the text tells it from the two
  // paragraphs run together the rule rightly cuts (+252 paragraphs over the corpus's text paths,
  // +98 of them on the validation half; sentences, roles and words unchanged everywhere).
  'halle.pdftotext.txt': { name: 'halle', floor: { paragraphs: 6, sentences: 25, roles: 13, lost: 0, invented: 0 } },
  'halle.layout.txt': { name: 'halle', floor: { paragraphs: 7, sentences: 25, roles: 13, lost: 0, invented: 0 } },
  'halle.photo.txt': { name: 'halle', floor: { paragraphs: 7, sentences: 25, roles: 13, lost: 0, invented: 0 } },
};

describeFloors(FLOORS);

describe('the page set by groff -ms and made a PDF by ps2pdf, read from its PDF', () => {
  it('keeps the caption’s word whole where grops drew its kern as a narrowed space', async () => {
    const article = await read('halle.pdf');
    const captions = article.blocks.filter((block) => block.role === 'caption').map((block) => block.text);
    expect(captions).toEqual(['Les commerçants ont découvert la halle rénovée lors d’une visite, jeudi. PHOTO JULIEN FAYOLLE']);
  });
});

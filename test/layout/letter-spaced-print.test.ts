/**
 * A page printed by Chromium with CSS `letter-spacing` (test/fixtures/letter-spaced-print/): a
 * kicker in capitals spaced 0.2 em, a headline and one paragraph spaced 0.12 em, read from the PDF
 * and from poppler's `pdftotext` default and `-layout` texts. Before session 35, the PDF path read
 * the kicker `P A T R I M O I N E` and left the paragraph's words spread wherever pdf.js cut them
 * (`m a i r e ,`, `l e n d e m a i n d e l ’ é l e c t i o n .`): Chromium draws each glyph of a
 * spaced word with its own `Tj` and `Td`. The text paths glued the kicker `PAT R I M O I N E` to
 * the headline, whose first line stayed letter by letter.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structureArticle, structurePdf } from '../../src/structure.ts';
import { addScore, emptyTotals, expectAtFloor, type ScoreFloor } from '../support/score-floors.ts';
import { scoreStructure, type ExpectedArticle } from '../support/structure-score.ts';

const ROOT = new URL('../fixtures/letter-spaced-print/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('article.expected.json', ROOT), 'utf8')) as ExpectedArticle;

/**
 * Per path, of 9 paragraphs, 20 sentences and 13 roles. pdftotext still reads the intertitle
 * justified over two lines out of order (`Un chantier` / `écoles` / `suivi` / `par` / `les`), a
 * stretched line's words written a line each, into the paragraph after it.
 */
const FLOORS: Record<string, ScoreFloor> = {
  pdf: { paragraphs: 9, sentences: 20, roles: 13, lost: 0, invented: 0 },
  pdftotext: { paragraphs: 7, sentences: 18, roles: 13, lost: 0, invented: 0 },
  layout: { paragraphs: 9, sentences: 20, roles: 13, lost: 0, invented: 0 },
};

async function read(path: string) {
  if (path === 'pdf') return structurePdf(new Uint8Array(readFileSync(new URL('article.pdf', ROOT))), { fileName: 'article.pdf' });
  return structureArticle(readFileSync(new URL(`article.${path}.txt`, ROOT)), { fileName: `article.${path}.txt` });
}

describe.each(Object.entries(FLOORS))('the letter-spaced page printed by Chromium, read by the %s path', (path, floor) => {
  it('holds its floor', async () => {
    const totals = emptyTotals();
    addScore(totals, scoreStructure(await read(path), expected));
    expectAtFloor(totals, floor);
  });

  it('reads the kicker in spaced capitals as one word, apart from the headline', async () => {
    const article = await read(path);
    expect(article.blocks.slice(0, 2).map((block) => [block.role, block.text])).toEqual([
      ['kicker', 'PATRIMOINE'],
      ['headline', 'À Bourganeuf, la tour Zizim retrouve sa charpente'],
    ]);
  });
});

describe('the PDF of the letter-spaced page', () => {
  it('reads the paragraph set letter-spaced word by word, from the gaps Chromium drew', async () => {
    const article = await read('pdf');
    expect(article.blocks.map((block) => block.text)).toContain(expected.blocks.find((block) => block.text.startsWith('Le maire'))?.text);
    expect(article.blocks.some((block) => /(?:^|\s)\S \S \S(?:\s|$)/u.test(block.text))).toBe(false);
  });
});

/**
 * News pages printed from a browser (test/fixtures/web-print/, made by make-web-print.ts there):
 * held-out-15's and held-out-16's articles as a news site's print stylesheet sets them, spaced
 * paragraphs with no indent, ragged or justified, one or two CSS columns, printed by Chromium, read
 * from the PDF and from pdftotext's default and `-layout` texts. A new user's try of session 30:
 * the text paths read such pages worse than typeset ones (paragraphs end where only the PDF's
 * spacing shows it), and two rules lost marks or words on them (a colon a browser set at a line's
 * start, a figure's groups a stretched line set a word a line). Floors at what session 30 reaches.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structureArticle, structurePdf } from '../../src/structure.ts';
import { addScore, emptyTotals, expectAtFloor, type ScoreFloor } from '../support/score-floors.ts';
import { scoreStructure, type ExpectedArticle } from '../support/structure-score.ts';

const ROOT = new URL('../fixtures/web-print/', import.meta.url);

/** Per style and path: paragraphs, sentences and roles exact (of 185, 409 and 266), words lost and invented at most. */
const FLOORS: Record<string, Record<string, ScoreFloor>> = {
  'ragged-1col': {
    pdftotext: { paragraphs: 170, sentences: 404, roles: 263, lost: 2, invented: 3 },
    layout: { paragraphs: 183, sentences: 396, roles: 253, lost: 1, invented: 2 },
    pdf: { paragraphs: 185, sentences: 408, roles: 265, lost: 0, invented: 0 },
  },
  'ragged-2col': {
    pdftotext: { paragraphs: 155, sentences: 390, roles: 263, lost: 3, invented: 4 },
    layout: { paragraphs: 169, sentences: 401, roles: 260, lost: 2, invented: 3 },
    // Session 38: a headline's ligature over the gutter keeps its line whole (pdf-layout): 406 -> 407, lost 2 -> 1, invented 3 -> 1.
    pdf: { paragraphs: 182, sentences: 407, roles: 265, lost: 1, invented: 1 },
  },
  'justified-2col': {
    pdftotext: { paragraphs: 152, sentences: 387, roles: 260, lost: 3, invented: 4 },
    layout: { paragraphs: 166, sentences: 397, roles: 259, lost: 3, invented: 5 },
    // Session 38, as for ragged-2col: 404 -> 406, lost 3 -> 2, invented 5 -> 3.
    // Session 39: a standfirst's space over the gutter keeps its line whole (pdf-layout): 406 -> 407, lost 2 -> 1, invented 3 -> 1.
    pdf: { paragraphs: 184, sentences: 407, roles: 265, lost: 1, invented: 1 },
  },
};

const CASES = Object.entries(FLOORS).flatMap(([style, paths]) => Object.entries(paths).map(([path, floor]) => [style, path, floor] as const));

describe.each(CASES)('news pages printed %s, read by the %s path', (style, path, floor) => {
  it('hold their floors', async () => {
    const suffix = path === 'pdf' ? `.${style}.pdf` : `.${style}.${path}.txt`;
    const files = readdirSync(ROOT).filter((file) => file.endsWith(suffix)).sort();
    expect(files).toHaveLength(16);
    const totals = emptyTotals();
    for (const file of files) {
      const [split, rest] = file.split('--') as [string, string];
      const name = rest.slice(0, rest.indexOf('.'));
      const expected = JSON.parse(readFileSync(new URL(`../fixtures/pages/${split}/${name}/${name}.expected.json`, import.meta.url), 'utf8')) as ExpectedArticle;
      const bytes = readFileSync(new URL(file, ROOT));
      const article = path === 'pdf' ? await structurePdf(new Uint8Array(bytes), { fileName: file }) : structureArticle(bytes, { fileName: file });
      addScore(totals, scoreStructure(article, expected));
    }
    expectAtFloor(totals, floor);
  });
});

/**
 * A new user's try of session 32 (test/fixtures/new-user-32/): a short article written by hand,
 * printed by Debian's Chromium in three justified CSS columns on A4 (`article.html` →
 * `article.pdf`), read from the PDF and from poppler's `pdftotext` default and `-layout` texts.
 * pdftotext wrote two stretched justified lines a word a line (`d’étudiants` / `attendent` /
 * `sous` / `l’abribus.` / `Aucun` / `bus` / `ne`), and glued `Guérin-` at a stretched line's end
 * to `Mazet` at the next line's start, dropping the hyphen. `article.expected.json` is written by
 * hand from the HTML (the two intertitles are paragraphs of their own, as the corpus keeps them).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structureArticle, structurePdf } from '../../src/structure.ts';
import { addScore, emptyTotals, expectAtFloor, type ScoreFloor } from '../support/score-floors.ts';
import { scoreStructure, type ExpectedArticle } from '../support/structure-score.ts';

const ROOT = new URL('../fixtures/new-user-32/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('article.expected.json', ROOT), 'utf8')) as ExpectedArticle;

/**
 * Per path, of 9 paragraphs, 24 sentences and 15 roles. pdftotext was at 5, 21, 14, one word lost
 * and one invented before session 32 read its stretched lines; the intertitle wrapped on two lines
 * in pdftotext's text is still missed. The caption, a paragraph on the text paths until session 33,
 * is read as one since (it closes a section right above its intertitle: roles 14 -> 15). The
 * expected text sets it after the body, as the corpus's expected texts set captions (session 33:
 * it stood between two paragraphs, where the page prints it).
 */
const FLOORS: Record<string, ScoreFloor> = {
  pdftotext: { paragraphs: 7, sentences: 22, roles: 15, lost: 0, invented: 0 },
  layout: { paragraphs: 9, sentences: 24, roles: 15, lost: 0, invented: 0 },
  pdf: { paragraphs: 9, sentences: 24, roles: 15, lost: 0, invented: 0 },
};

async function read(path: string) {
  if (path === 'pdf') return structurePdf(new Uint8Array(readFileSync(new URL('article.pdf', ROOT))), { fileName: 'article.pdf' });
  return structureArticle(readFileSync(new URL(`article.${path}.txt`, ROOT)), { fileName: `article.${path}.txt` });
}

describe.each(Object.entries(FLOORS))('the new user’s article of session 32, read by the %s path', (path, floor) => {
  it('holds its floor', async () => {
    const totals = emptyTotals();
    addScore(totals, scoreStructure(await read(path), expected));
    expectAtFloor(totals, floor);
  });
});

describe('pdftotext’s default text of the new user’s article', () => {
  it('reads two stretched lines set a word a line as the paragraph’s own lines, not a paragraph’s end', async () => {
    const article = await read('pdftotext');
    const texts = article.blocks.map((block) => block.text);
    expect(texts).toContain(expected.blocks[5]?.text);
    const repair = article.repairs.find((each) => each.reason === 'one-word-lines' && each.before?.startsWith('d’étudiants'));
    expect(repair?.after).toBe('d’étudiants attendent sous l’abribus. Aucun bus ne');
  });

  it('puts back the hyphen of a compound name glued at the end of a line read a word a line', async () => {
    const article = await read('pdftotext');
    expect(article.blocks.some((block) => block.text.includes('Thomas Guérin-Mazet, l’un des fondateurs.'))).toBe(true);
    expect(article.repairs.some((each) => each.kind === 'hyphen-restored' && each.after === 'Guérin-Mazet')).toBe(true);
  });
});

/**
 * A new user's pages of session 41 (test/fixtures/new-user-41/), printed through iText: a
 * three-column page laid out by iText's `ColumnText` (`tram`) and a two-page article drawn a word
 * at a time, each word by its own text matrix (`piscine`), read from the PDF and from poppler's
 * `pdftotext` default and `-layout` texts. The PDF path read the second page's opening drop cap
 * `À` glued to the word beside it (`Àla surprise`) and its kicker in small capitals tracked and
 * placed word by word letter by letter (`Vi e l o c a l e`: pdf.js reads both words' small
 * capitals as one item, `I E L O C A L E`). Expected texts written from the sources.
 */
import { describe, expect, it } from 'vitest';
import { newUserPages } from '../support/new-user-pages.ts';
import type { ScoreFloor } from '../support/score-floors.ts';

const { read, describeFloors } = newUserPages(new URL('../fixtures/new-user-41/', import.meta.url));

/**
 * Per file, of its paragraphs, sentences and roles. Before session 41's fixes, `piscine.pdf` was
 * at 6 of 7, 24 of 26, 11 of 12 (four words lost, nine invented); `tram.pdf` was read whole. The
 * text paths print small capitals as capitals (`VUILLEMIN`), which no reader can lower, and
 * pdftotext's default text reads the drop cap apart from its word (`L e tracé`).
 */
const FLOORS: Record<string, { name: string; floor: ScoreFloor }> = {
  'tram.pdf': { name: 'tram', floor: { paragraphs: 10, sentences: 30, roles: 15, lost: 0, invented: 0 } },
  'tram.pdftotext.txt': { name: 'tram', floor: { paragraphs: 6, sentences: 27, roles: 15, lost: 4, invented: 8 } },
  'tram.layout.txt': { name: 'tram', floor: { paragraphs: 7, sentences: 23, roles: 13, lost: 6, invented: 10 } },
  'piscine.pdf': { name: 'piscine', floor: { paragraphs: 7, sentences: 26, roles: 12, lost: 0, invented: 0 } },
  'piscine.pdftotext.txt': { name: 'piscine', floor: { paragraphs: 6, sentences: 23, roles: 11, lost: 5, invented: 3 } },
  'piscine.layout.txt': { name: 'piscine', floor: { paragraphs: 6, sentences: 24, roles: 12, lost: 3, invented: 3 } },
};

describeFloors(FLOORS);

describe('the page drawn a word at a time, read from its PDF', () => {
  it('reads the tracked kicker in small capitals whole and keeps the drop cap `À` a word of its own', async () => {
    const article = await read('piscine.pdf');
    expect(article.blocks[0]?.role).toBe('kicker');
    expect(article.blocks[0]?.text).toBe('Vie locale');
    const opening = article.blocks.find((block) => block.role === 'paragraph');
    expect(opening?.text.startsWith('À la surprise des nageurs du matin,')).toBe(true);
    expect(article.repairs.some((repair) => repair.kind === 'drop-cap-joined' && repair.after === 'À la')).toBe(true);
  });
});

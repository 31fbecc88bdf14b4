/**
 * A new user's page of session 44 (test/fixtures/new-user-44/): an article written as Pandoc
 * Markdown and made a two-column PDF by Pandoc through pdflatex, read from the PDF and from
 * poppler's `pdftotext` default and `-layout` texts. The PDF reads whole; the texts lose their
 * columns' order where LaTeX left the second column's first line the end of a number (`4` /
 * `800 €`), which this session (editions44, on the editions) left to the structure stage. The
 * editions set the page's two intertitles as headings (src/segment/intertitles.ts).
 */
import { describe, expect, it } from 'vitest';
import { isIntertitle } from '../../src/segment/intertitles.ts';
import { newUserPages } from '../support/new-user-pages.ts';
import type { ScoreFloor } from '../support/score-floors.ts';

const { read, describeFloors } = newUserPages(new URL('../fixtures/new-user-44/', import.meta.url));

/**
 * Per file, of its 8 paragraphs, 28 sentences and 14 roles.
 * Session 44 (editions44): measured as the page was made.
 */
const FLOORS: Record<string, { name: string; floor: ScoreFloor }> = {
  'foire.pdf': { name: 'foire', floor: { paragraphs: 8, sentences: 28, roles: 14, lost: 0, invented: 0 } },
  'foire.pdftotext.txt': { name: 'foire', floor: { paragraphs: 5, sentences: 21, roles: 13, lost: 0, invented: 0 } },
  'foire.layout.txt': { name: 'foire', floor: { paragraphs: 4, sentences: 19, roles: 14, lost: 4, invented: 4 } },
};

describeFloors(FLOORS);

describe('the page Pandoc made through pdflatex, read from its PDF', () => {
  it('gives the editions its two intertitles as headings, and no other paragraph', async () => {
    const article = await read('foire.pdf');
    const paragraphs = article.blocks.filter((block) => block.role === 'paragraph');
    const headings = paragraphs.filter((block, index) => isIntertitle(block, paragraphs[index + 1])).map((block) => block.text);
    expect(headings).toEqual(['Une tradition de huit siècles', 'Le cheval garde la cote']);
  });
});

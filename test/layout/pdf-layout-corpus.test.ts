/**
 * The print-page corpus's dev, dev-2 and pdf-dev PDFs (hand-written French articles typeset with LaTeX and groff,
 * one to three columns, A4 and A5, one or two pages, with running headers, folios, captions
 * and intertitles), and the articles written for these tests in `test/fixtures/pdf/articles/`,
 * given directly: the structured article against the blocks the writer expects, scored with
 * the corpus's own scorer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structurePdf } from '../../src/structure.ts';
import { scoreStructure, structureMisses, type ExpectedArticle } from '../support/structure-score.ts';

const SETS = [
  new URL('../fixtures/pages/dev/', import.meta.url),
  new URL('../fixtures/pages/dev-2/', import.meta.url),
  new URL('../fixtures/pages/pdf-dev/', import.meta.url),
  new URL('../fixtures/pdf/articles/', import.meta.url),
];

const cases = SETS.flatMap((set) =>
  readdirSync(set, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) =>
      readdirSync(new URL(`${name}/`, set))
        .filter((file) => file.endsWith('.pdf'))
        .sort()
        .map((file) => ({ folder: new URL(`${name}/`, set), name, file })),
    ),
);

const totals = { paragraphs: 0, paragraphsExact: 0, sentences: 0, sentencesExact: 0 };

describe('PDF input on the dev, dev-2 and pdf-dev corpus and the PDF articles', () => {
  it('has PDFs to read', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  it.each(cases)('$file: every role right, no word lost or invented', async ({ folder, name, file }) => {
    const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, folder), 'utf8')) as ExpectedArticle;
    const article = await structurePdf(new Uint8Array(readFileSync(new URL(file, folder))), { fileName: file });
    const score = scoreStructure(article, expected);
    totals.paragraphs += score.paragraphs.total;
    totals.paragraphsExact += score.paragraphs.exact;
    totals.sentences += score.sentences.total;
    totals.sentencesExact += score.sentences.exact;
    expect(structureMisses(article, expected).roles).toEqual([]);
    expect(score.wordsLost).toEqual([]);
    expect(score.wordsInvented).toEqual([]);
    expect(article.source.layout).toBe('pdf');
    for (const block of article.blocks) {
      expect(block.source.page).toBeGreaterThanOrEqual(1);
      expect(block.source.box?.width).toBeGreaterThan(0);
    }
  });

  it('at least 97% of paragraphs and 99% of sentences exact over the corpus', () => {
    expect(totals.paragraphs).toBeGreaterThan(0);
    expect(totals.paragraphsExact / totals.paragraphs).toBeGreaterThanOrEqual(0.97);
    expect(totals.sentencesExact / totals.sentences).toBeGreaterThanOrEqual(0.99);
  });
});

/**
 * One article written for these tests, typeset with groff in two columns on two A5 pages (the
 * .ms beside the extractions), extracted with pdftotext -raw and -layout, and an OCR-like
 * variant typed by hand from the raw text (`¬`, ligatures, mixed apostrophes, a stray blank
 * line, a folio and a running header between the two halves of a hyphenated word).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structureArticle, structureText } from '../../src/structure.ts';
import type { StructuredArticle } from '../../src/types.ts';
import type { ExpectedArticle } from '../support/structure-score.ts';

const fixture = (name: string): URL => new URL(`../fixtures/extracted/${name}`, import.meta.url);
const expected = JSON.parse(readFileSync(fixture('venissieux-factory.expected.json'), 'utf8')) as ExpectedArticle;
const read = (path: string): StructuredArticle => {
  const file = `venissieux-factory.groff-a5-2col.${path}.txt`;
  return structureArticle(readFileSync(fixture(file)), { fileName: file });
};
const blocks = (article: StructuredArticle) =>
  article.blocks.map((block) => ({ role: block.role, text: block.text, sentences: block.sentences.map((sentence) => sentence.text) }));

describe.each(['raw', 'layout', 'ocr'])('a two-column page extracted by %s', (path) => {
  it('gives the hand-written blocks and sentences', () => {
    const article = read(path);
    expect(article.source.layout).toBe('print');
    expect(blocks(article)).toEqual(expected.blocks);
  });
});

describe('the page layout records what it did', () => {
  it('records the running header, the folio, the columns and the OCR repairs', () => {
    const kinds = new Set(read('ocr').repairs.map((repair) => `${repair.kind}/${repair.reason}`));
    for (const kind of ['page-furniture-removed/folio', 'page-furniture-removed/running-header', 'ocr-hyphen-replaced/not-sign-at-line-end', 'ligature-expanded/typographic-ligature', 'apostrophe-normalized/article-majority', 'paragraph-split/short-last-line', 'hyphen-joined/lexicon']) {
      expect(kinds).toContain(kind);
    }
    const layout = read('layout');
    expect(layout.repairs).toContainEqual(expect.objectContaining({ kind: 'columns-reordered', reason: 'side-by-side-columns' }));
    expect(layout.repairs).toContainEqual(expect.objectContaining({ kind: 'paragraph-split', reason: 'indent' }));
    expect(layout.warnings).toContainEqual(expect.objectContaining({ rule: 'layout/intertitle' }));
  });

  it('joins a word hyphenated across a page break, over the folio and the running header', () => {
    expect(read('ocr').repairs).toContainEqual(expect.objectContaining({ kind: 'hyphen-joined', before: 'pré-|fecture', after: 'préfecture' }));
  });

  it('keeps French non-breaking spaces and CRLF line ends harmless', () => {
    const text = readFileSync(fixture('venissieux-factory.groff-a5-2col.raw.txt'), 'utf8');
    const withSpaces = text.replaceAll('« ', '«\u00a0').replaceAll(' »', '\u202f»').replaceAll('\n', '\r\n');
    const article = structureText(withSpaces, { fileName: 'venissieux.txt' });
    expect(article.blocks.map((block) => block.role)).toEqual(expected.blocks.map((block) => block.role));
    expect(article.blocks.map((block) => block.text.replace(/[\u00a0\u202f]/g, ' '))).toEqual(expected.blocks.map((block) => block.text));
  });
});

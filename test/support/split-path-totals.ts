/**
 * One split of the print-page corpus read by one extraction path, scored file by file with the
 * shared scorer and summed: what the floor tests of `test/layout/` check. A text Tesseract read
 * nothing of (an empty scan), or an extractor read as unknown glyphs only (a PDF whose fonts have no
 * Unicode map), is scored as an empty article, as the scorer script does; any other
 * failure is thrown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { structureArticle } from '../../src/structure.ts';
import type { StructuredArticle } from '../../src/types.ts';
import { scoreStructure, type ExpectedArticle } from './structure-score.ts';

const PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

export interface PathTotals {
  files: number;
  paragraphs: number;
  paragraphsTotal: number;
  sentences: number;
  sentencesTotal: number;
  roles: number;
  rolesTotal: number;
  wordsLost: number;
  wordsInvented: number;
}

function emptyArticle(file: string): StructuredArticle {
  return { source: { file, encoding: 'utf-8', sha256: '', bytes: 0, layout: 'print' }, language: 'fr', blocks: [], repairs: [], warnings: [] };
}

/** The totals of `split` (a folder of `test/fixtures/pages/`) read by `path` (`pdftotext`, `ocr`, `scan`...). */
export function scoreSplitPath(split: string, path: string): PathTotals {
  const root = join(PAGES, split);
  const totals: PathTotals = { files: 0, paragraphs: 0, paragraphsTotal: 0, sentences: 0, sentencesTotal: 0, roles: 0, rolesTotal: 0, wordsLost: 0, wordsInvented: 0 };
  for (const entry of readdirSync(root, { withFileTypes: true }).filter((item) => item.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const directory = join(root, entry.name);
    const expected = JSON.parse(readFileSync(join(directory, `${entry.name}.expected.json`), 'utf8')) as ExpectedArticle;
    for (const file of readdirSync(directory).sort()) {
      if (!file.endsWith(`.${path}.txt`)) continue;
      let article: StructuredArticle;
      try {
        article = structureArticle(readFileSync(join(directory, file)), { fileName: file });
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (code !== 'INPUT_EMPTY' && code !== 'INPUT_UNREADABLE') throw error;
        article = emptyArticle(file);
      }
      const score = scoreStructure(article, expected);
      totals.files += 1;
      totals.paragraphs += score.paragraphs.exact;
      totals.paragraphsTotal += score.paragraphs.total;
      totals.sentences += score.sentences.exact;
      totals.sentencesTotal += score.sentences.total;
      totals.roles += score.roles.right;
      totals.rolesTotal += score.roles.total;
      totals.wordsLost += score.wordsLost.length;
      totals.wordsInvented += score.wordsInvented.length;
    }
  }
  return totals;
}

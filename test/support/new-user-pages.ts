/**
 * A new user's pages kept as fixtures (test/fixtures/new-user-<session>/): each page's expected
 * structure (`<name>.expected.json`, written from its source), the page read from its PDF or from
 * a text extracted from it, and a floor per file on what the structure stage gets exact.
 */
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { structureArticle, structurePdf } from '../../src/structure.ts';
import { addScore, emptyTotals, expectAtFloor, type ScoreFloor } from './score-floors.ts';
import { scoreStructure, type ExpectedArticle } from './structure-score.ts';

export function newUserPages(root: URL) {
  function expected(name: string): ExpectedArticle {
    return JSON.parse(readFileSync(new URL(`${name}.expected.json`, root), 'utf8')) as ExpectedArticle;
  }
  async function read(file: string) {
    const bytes = readFileSync(new URL(file, root));
    return file.endsWith('.pdf') ? structurePdf(new Uint8Array(bytes), { fileName: file }) : structureArticle(bytes, { fileName: file });
  }
  /** One test per file: its paragraphs, sentences and roles exact at least at its floor, its words lost and invented at most. */
  function describeFloors(floors: Record<string, { name: string; floor: ScoreFloor }>): void {
    describe.each(Object.entries(floors))('the new user’s page %s', (file, { name, floor }) => {
      it('holds its floor', async () => {
        const totals = emptyTotals();
        addScore(totals, scoreStructure(await read(file), expected(name)));
        expectAtFloor(totals, floor);
      });
    });
  }
  return { expected, read, describeFloors };
}

/**
 * A saved web page through the real command line: `segment` prints its article with the roles
 * the page's markup gives (layout `html`); a page with no article in it ends in one clear line
 * and a non-zero exit, never a stack trace.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StructuredArticle } from '../../src/types.ts';
import { runCli, STACK_LINE } from '../support/run-cli.ts';

const FERRY = fileURLToPath(new URL('../fixtures/html/regional-daily-ferry.html', import.meta.url));

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bilingual-cli-html-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe.concurrent('bilingual segment on a saved web page', () => {
  it('prints the article the page holds, its furniture given roles, its chrome left out', async () => {
    const result = await runCli(['segment', FERRY]);
    expect(result.code, result.stderr).toBe(0);
    const article = JSON.parse(result.stdout) as StructuredArticle;
    expect(article.source).toMatchObject({ file: 'regional-daily-ferry.html', encoding: 'utf-8', layout: 'html' });
    expect(article.blocks.slice(0, 4).map((block) => [block.role, block.text.slice(0, 24)])).toEqual([
      ['kicker', 'Île-d’Yeu'],
      ['headline', 'Tempête : le ferry pour '],
      ['standfirst', 'Les rotations entre From'],
      ['byline', 'Par Maëlle Guérin'],
    ]);
    expect(article.blocks.at(-1)?.role).toBe('caption');
    expect(result.stdout).not.toContain('cookies');
  });

  it('ends in one line when the page holds no article text', async () => {
    const menu = join(folder, 'menu.html');
    await writeFile(menu, '<!DOCTYPE html><html lang="fr"><head><title>Le Courrier</title></head><body><nav><a href="/">Accueil</a> <a href="/sports">Sports</a></nav></body></html>');
    const result = await runCli(['segment', menu]);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^bilingual: menu\.html is a web page with no article text in it/)]);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});

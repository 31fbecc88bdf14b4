/**
 * PDF input through the real command line: `segment` on a PDF prints its structured article
 * with pages and boxes and nothing from pdf.js; a folder yields its PDFs; an encrypted, an
 * image-only and a corrupt PDF each end in one clear line (and a hint), never a stack trace.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StructuredArticle } from '../../src/types.ts';
import { runCli, STACK_LINE } from '../support/run-cli.ts';

const fixture = (path: string): string => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const TRAM = fixture('pages/dev/tram-depot-fire/tram-depot-fire.latex-a5-2col.pdf');

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bilingual-cli-pdf-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function nonEmptyLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

describe.concurrent('bilingual segment on a PDF', () => {
  it('prints the structured article, with each block\'s page and box, and nothing from pdf.js', async () => {
    const result = await runCli(['segment', TRAM]);
    expect(result.code, result.stderr).toBe(0);
    const article = JSON.parse(result.stdout) as StructuredArticle;
    expect(article.source).toMatchObject({ file: 'tram-depot-fire.latex-a5-2col.pdf', encoding: 'pdf', layout: 'pdf' });
    expect(article.blocks.map((block) => block.role)).toEqual([
      'kicker', 'headline', 'byline', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'caption',
    ]);
    for (const block of article.blocks) {
      expect(block.source).toMatchObject({ page: 1, box: { x: expect.any(Number), y: expect.any(Number), width: expect.any(Number), height: expect.any(Number) } });
    }
    // The running header and the folio are dropped and recorded, as every role decided from fonts.
    expect(article.repairs.filter((repair) => repair.kind === 'page-furniture-removed').map((repair) => repair.before)).toEqual([
      'Ouest Matin Lundi 9 février 2026',
      '19',
    ]);
    expect(article.repairs.some((repair) => repair.kind === 'role-assigned' && repair.after === 'headline')).toBe(true);
    expect(article.repairs.some((repair) => repair.kind === 'hyphen-joined' && repair.before === 'pom-|piers')).toBe(true);
    // stderr holds only the tool's own warnings, never pdf.js's.
    for (const line of nonEmptyLines(result.stderr)) expect(line).toMatch(/^bilingual: warning: /);
  });

  it('reads a text merely named .pdf as text, and exits though the PDF reader was started for it', async () => {
    const notes = join(folder, 'notes.pdf');
    await writeFile(notes, 'Le conseil municipal a voté le budget lundi soir, après une longue séance.\n');
    const result = await runCli(['segment', notes], { timeoutMs: 30_000 });
    expect(result.code, result.stderr).toBe(0);
    const article = JSON.parse(result.stdout) as StructuredArticle;
    expect(article.source).toMatchObject({ file: 'notes.pdf', encoding: 'utf-8' });
    expect(article.blocks.map((block) => block.text)).toEqual(['Le conseil municipal a voté le budget lundi soir, après une longue séance.']);
  });

  it.each([
    ['an encrypted PDF', 'pdf/encrypted.pdf', /encrypted\.pdf is a password-protected PDF/],
    ['an image-only PDF', 'pdf/no-text-layer.pdf', /no-text-layer\.pdf has no text layer/],
    ['a truncated PDF', 'pdf/truncated.pdf', /truncated\.pdf is not a readable PDF/],
  ])('refuses %s with one clear line', async (_name, path, message) => {
    const result = await runCli(['segment', fixture(path)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = nonEmptyLines(result.stderr);
    expect(lines.length, result.stderr).toBeLessThanOrEqual(2);
    expect(lines[0]).toMatch(message);
    expect(lines[0]).toMatch(/^bilingual: /);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});

describe('bilingual build on a folder of PDFs', () => {
  it('builds the PDFs it holds, skips a text merely named .pdf, and fails a damaged PDF on its own', async () => {
    const inbox = join(folder, 'inbox');
    await mkdir(inbox, { recursive: true });
    await copyFile(TRAM, join(inbox, 'tram.pdf'));
    await copyFile(fixture('pdf/truncated.pdf'), join(inbox, 'damaged.pdf'));
    await writeFile(join(inbox, 'notes.pdf'), 'pas un article');
    const out = join(folder, 'out');
    const result = await runCli(['build', inbox, '--out', out, '--cache-path', join(folder, 'cache.sqlite'), '--dry-run', '--quiet']);
    expect(result.code, result.stderr).toBe(1);
    expect(nonEmptyLines(result.stderr)[0]).toMatch(/^bilingual: (?:damaged\.pdf: )?damaged\.pdf is not a readable PDF/);
    expect(result.stderr).not.toMatch(/notes\.pdf/);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(await readdir(out).catch(() => [])).not.toContain('damaged');
  });
});

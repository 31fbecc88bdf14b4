/**
 * `build` on a PDF gives the same editions as on the hand-written text of the same article:
 * the same blocks, roles, sentences and translations, so the same Markdown, JSON blocks and
 * TMX, apart from what names the source file (its name, hash, size and the block positions).
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/pipeline.ts';
import { loadConfig } from '../src/config/load.ts';
import type { AlignedArticle } from '../src/types.ts';
import type { ExpectedArticle } from './support/structure-score.ts';
import { createRecordingProvider } from './support/fake-provider.ts';

const ARTICLE = 'lyon-budget-vote';
const DEV = new URL(`./fixtures/pages/dev/${ARTICLE}/`, import.meta.url);

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bilingual-pdf-build-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The article as a person would type it in the plain layout, from the blocks the writer expects. */
function plainText(expected: ExpectedArticle): string {
  const parts: string[] = [];
  const dateline = expected.blocks.find((block) => block.role === 'dateline')?.text;
  let datelinePending = dateline !== undefined;
  for (const block of expected.blocks) {
    if (block.role === 'standfirst') parts.push(`*${block.text}*`);
    else if (block.role === 'caption') parts.push(`Photo : ${block.text}`);
    else if (block.role === 'dateline') continue;
    else if (block.role === 'paragraph' && datelinePending) {
      parts.push(`${dateline} ${block.text}`);
      datelinePending = false;
    } else parts.push(block.text);
  }
  return `${parts.join('\n\n')}\n`;
}

async function buildOne(name: string, input: string) {
  const outDir = join(work, name, 'out');
  const summary = await build({
    inputs: [input],
    config: await loadConfig({ overrides: [{ path: ['cache', 'path'], value: join(work, `${name}.sqlite`), source: 'test' }] }),
    outDir,
    dryRun: false,
    failFast: false,
    provider: createRecordingProvider(),
    now: () => new Date('2026-01-02T03:04:05.000Z'),
  });
  expect(summary.articles.map((article) => article.ok)).toEqual([true]);
  const folder = join(outDir, ARTICLE);
  const files = new Map<string, string>();
  for (const file of (await readdir(folder)).sort()) files.set(file, await readFile(join(folder, file), 'utf8'));
  return files;
}

/** What legitimately differs between a PDF's and a text's editions: the source's name, hash, size, layout and positions. */
function withoutSource(file: string, content: string): unknown {
  if (file.endsWith('.json')) {
    const article = JSON.parse(content) as AlignedArticle;
    return { ...article, source: undefined, repairs: undefined, warnings: undefined, blocks: article.blocks.map((block) => ({ ...block, source: undefined })) };
  }
  return content.replaceAll(`${ARTICLE}.txt`, 'SOURCE').replaceAll(`${ARTICLE}.pdf`, 'SOURCE').replace(/\b[0-9a-f]{64}\b/gu, 'SHA256');
}

describe('build on a PDF', () => {
  it.each(['latex-a4-2col', 'groff-a4-1col', 'latex-a5-1col'])('the %s PDF gives the editions of the hand-written text', async (typesetting) => {
    const expected = JSON.parse(readFileSync(new URL(`${ARTICLE}.expected.json`, DEV), 'utf8')) as ExpectedArticle;
    const textFolder = join(work, `text-${typesetting}`);
    const pdfFolder = join(work, `pdf-${typesetting}`);
    await Promise.all([mkdir(textFolder, { recursive: true }), mkdir(pdfFolder, { recursive: true })]);
    await writeFile(join(textFolder, `${ARTICLE}.txt`), plainText(expected));
    await copyFile(new URL(`${ARTICLE}.${typesetting}.pdf`, DEV), join(pdfFolder, `${ARTICLE}.pdf`));

    const fromText = await buildOne(`text-${typesetting}`, textFolder);
    const fromPdf = await buildOne(`pdf-${typesetting}`, pdfFolder);
    expect([...fromPdf.keys()]).toEqual([...fromText.keys()]);
    for (const [file, content] of fromText) {
      expect(withoutSource(file, fromPdf.get(file) ?? ''), file).toEqual(withoutSource(file, content));
    }
    const article = JSON.parse(fromPdf.get(`${ARTICLE}.json`) ?? '{}') as AlignedArticle;
    expect(article.source).toMatchObject({ file: `${ARTICLE}.pdf`, layout: 'pdf', encoding: 'pdf' });
    expect(article.blocks.every((block) => block.source.page !== undefined && block.source.box !== undefined)).toBe(true);
  });
});

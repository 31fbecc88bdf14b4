/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The reader page of a 40-paragraph article (about 450 characters per paragraph in each
 * language): its size; how long rendering it takes against rendering the side-by-side
 * Markdown edition of the same article; and, in headless Chromium, how much its script adds
 * to loading the page (against the same page without the script) and what lighting up a
 * sentence costs (one `pointerover`, measured in the page over every French sentence).
 * Prints `skipped` for the browser part when Chromium is missing (`npm run setup`).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { renderReaderPage, renderSideBySide } from '../src/render/index.ts';
import type { AlignedArticle } from '../src/types.ts';
import { alignedArticle, alignedBlock } from '../test/fixtures/aligned/build-article.ts';
import { summitArticle } from '../test/fixtures/aligned/summit-article.ts';

/** Rounds per contender, alternated so that load from other processes hits both alike. @default 7 */
const ROUNDS = 7;
/** Renders per round. @default 200 */
const RENDERS = 200;
/** Page loads per contender. @default 15 */
const LOADS = 15;

function fortyParagraphs(): AlignedArticle {
  const pairs = summitArticle.blocks.flatMap((block) => block.sentences.map((sentence) => [sentence.text, sentence.translation] as const));
  const paragraph = (index: number) => Array.from({ length: 10 }, (_, offset) => pairs[(index * 10 + offset) % pairs.length]!);
  return alignedArticle(
    [
      ...summitArticle.blocks.filter((block) => block.role !== 'paragraph' && block.role !== 'caption'),
      ...Array.from({ length: 40 }, (_, index) => alignedBlock(`p${index + 1}`, 'paragraph', paragraph(index), 10 + index * 11)),
    ],
    'forty.txt',
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function timeRenders(render: () => string): number {
  const start = performance.now();
  for (let index = 0; index < RENDERS; index += 1) render();
  return (performance.now() - start) / RENDERS;
}

async function browserPart(html: string): Promise<void> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.log('\nIn the browser: skipped (Chromium is not installed; `npm run setup`).');
    return;
  }
  const work = await mkdtemp(join(tmpdir(), 'bilingual-bench-reader-'));
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const withScript = join(work, 'reader.html');
    const withoutScript = join(work, 'no-script.html');
    await writeFile(withScript, html);
    await writeFile(withoutScript, html.replace(/<script>[\s\S]*?<\/script>/, ''));
    const page = await context.newPage();
    const loads: Record<string, number[]> = { reader: [], baseline: [] };
    for (let round = 0; round < LOADS; round += 1) {
      for (const [name, path] of [['reader', withScript], ['baseline', withoutScript]] as const) {
        await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
        const timing = await page.evaluate(() => {
          const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return entry.loadEventStart - entry.startTime;
        });
        loads[name]!.push(timing);
      }
    }
    await page.goto(pathToFileURL(withScript).href);
    const perHighlight = await page.evaluate(() => {
      const french = [...document.querySelectorAll('.fr .s')];
      const start = performance.now();
      for (let round = 0; round < 5; round += 1) {
        for (const sentence of french) sentence.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
      }
      return { milliseconds: (performance.now() - start) / (french.length * 5), sentences: french.length };
    });
    const reader = median(loads.reader!);
    const baseline = median(loads.baseline!);
    console.log('\nIn headless Chromium, from disk:\n');
    console.log('| measure | reader | baseline: the page without its script | ratio |');
    console.log('| --- | ---: | ---: | ---: |');
    console.log(`| load (navigation start to load event), median of ${LOADS} | ${reader.toFixed(1)} ms | ${baseline.toFixed(1)} ms | ${(reader / baseline).toFixed(2)} |`);
    console.log(`\nLighting up a sentence and its translation: ${(perHighlight.milliseconds * 1000).toFixed(0)} µs per pointerover (over the ${perHighlight.sentences} French sentences, 5 times).`);
  } finally {
    await context.close();
    await rm(work, { recursive: true, force: true });
  }
}

export default async function readerBench(): Promise<void> {
  const article = fortyParagraphs();
  const html = renderReaderPage(article);
  const text = article.blocks.reduce((sum, block) => sum + Buffer.byteLength(block.text) + Buffer.byteLength(block.translation), 0);
  const sentences = article.blocks.reduce((sum, block) => sum + block.sentences.length, 0);
  console.log(`A 40-paragraph article: ${sentences} sentences, ${(text / 1000).toFixed(1)} kB of French and English; its page is ${(Buffer.byteLength(html) / 1000).toFixed(1)} kB (limit 200 kB).\n`);

  const reader: number[] = [];
  const markdown: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    reader.push(timeRenders(() => renderReaderPage(article)));
    markdown.push(timeRenders(() => renderSideBySide(article)));
  }
  const readerTime = median(reader);
  const markdownTime = median(markdown);
  console.log('| render | per article (median of rounds) | ratio to the baseline |');
  console.log('| --- | ---: | ---: |');
  console.log(`| reader page (\`renderReaderPage\`) | ${readerTime.toFixed(2)} ms | ${(readerTime / markdownTime).toFixed(2)} |`);
  console.log(`| baseline: side-by-side Markdown (\`renderSideBySide\`) | ${markdownTime.toFixed(2)} ms | 1.00 |`);

  await browserPart(html);
}

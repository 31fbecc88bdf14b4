/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The callbacks given to page.evaluate run in the browser, with its DOM.
/**
 * The reader in a real browser (headless Chromium): the seed built by the whole pipeline
 * with the offline engine, and articles written for the purpose. Nothing here is skipped:
 * without Chromium the tests fail and say how to install it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load.ts';
import { build } from '../../../src/pipeline.ts';
import { englishTypography, READER_VIEWS, renderReaderPage } from '../../../src/render/index.ts';
import { frenchSpacing } from '../../../src/text/french-spacing.ts';
import type { AlignedArticle } from '../../../src/types.ts';
import { alignedArticle, alignedBlock } from '../../fixtures/aligned/build-article.ts';
import { annotatedArticle } from '../../fixtures/aligned/annotated-article.ts';
import { hostileArticle } from '../../fixtures/aligned/hostile-article.ts';
import { launchChromium, openPage, runAxe, type TestBrowser } from '../../support/browser.ts';

const SEED_SLUG = 'g20-syria-talks-2016';
let work: string;
let browser: TestBrowser;
let seed: AlignedArticle;
let seedUrl: string;
let indexUrl: string;

async function writePage(name: string, article: AlignedArticle): Promise<string> {
  const path = join(work, `${name}.html`);
  await writeFile(path, renderReaderPage(article));
  return pathToFileURL(path).href;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bilingual-reader-'));
  const config = await loadConfig({ overrides: [{ path: ['cache', 'path'], value: join(work, 'cache.sqlite'), source: 'test' }] });
  const summary = await build({ inputs: ['seeds/g20-syria-talks-2016.txt'], config, outDir: join(work, 'out'), dryRun: false, failFast: true });
  expect(summary.failures).toBe(0);
  const folder = join(work, 'out', SEED_SLUG);
  seed = JSON.parse(await readFile(join(folder, `${SEED_SLUG}.json`), 'utf8')) as AlignedArticle;
  seedUrl = pathToFileURL(join(folder, `${SEED_SLUG}.html`)).href;
  indexUrl = pathToFileURL(join(work, 'out', 'index.html')).href;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Ids of the sentences lit up now, in one language. */
function highlighted(page: Page, language: 'fr' | 'en'): Promise<string[]> {
  return page.evaluate((lang) => [...document.querySelectorAll(`.${lang} .s.is-active, .${lang} .s.is-source`)].map((element) => element.id), language);
}

const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

/** The English element each French sentence must light up, from the aligned document alone. */
function expectedPartners(article: AlignedArticle): [string, string][] {
  return article.blocks.flatMap((block) => block.sentences.map((sentence) => [`fr-${sentence.id}`, `en-${sentence.mergedInto ?? sentence.id}`] as [string, string]));
}

describe('the seed’s reader', () => {
  it('loads with no console error, no uncaught error and no request', async () => {
    const { page, record } = await openPage(browser.context, seedUrl);
    expect(await page.locator('.views').isVisible()).toBe(true);
    expect(record.consoleErrors).toEqual([]);
    expect(record.pageErrors).toEqual([]);
    expect(record.requests).toEqual([]);
    expect(await page.title()).toContain(seed.blocks.find((block) => block.role === 'headline')!.text);
    await page.close();
  });

  it('hovering every French sentence lights up exactly its English partner', async () => {
    const { page, record } = await openPage(browser.context, seedUrl);
    const pairs = expectedPartners(seed);
    expect(pairs.length).toBeGreaterThan(20);
    for (const [french, english] of pairs) {
      await byId(page, french).hover();
      expect(await highlighted(page, 'en'), french).toEqual([english]);
      expect(await highlighted(page, 'fr'), french).toContain(french);
    }
    expect(record.pageErrors).toEqual([]);
    await page.close();
  });

  it('Tab reaches every sentence in both languages, and the arrow keys move between them', async () => {
    const { page } = await openPage(browser.context, seedUrl);
    const sentences = seed.blocks.flatMap((block) => block.sentences);
    const wanted = new Set(sentences.flatMap((sentence) => [`fr-${sentence.id}`, ...(sentence.translation.trim() === '' && sentence.mergedInto ? [] : [`en-${sentence.id}`])]));
    const reached = new Set<string>();
    for (let press = 0; press < wanted.size + 12; press += 1) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect([...wanted].filter((id) => !reached.has(id))).toEqual([]);

    const [first, second] = sentences.filter((sentence) => sentence.id.startsWith('p'));
    await byId(page, `fr-${first!.id}`).focus();
    expect(await highlighted(page, 'en')).toEqual([`en-${first!.mergedInto ?? first!.id}`]);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`fr-${second!.id}`);
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`en-${second!.mergedInto ?? second!.id}`);
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`fr-${second!.id}`);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`fr-${first!.id}`);
    await page.close();
  });

  it('the view controls switch views, show the French on hover in English, and the hash remembers the view', async () => {
    const { page } = await openPage(browser.context, seedUrl);
    const shown = (selector: string) => page.evaluate((css) => [...document.querySelectorAll(css)].filter((element) => element.getClientRects().length > 0).length, selector);
    const frenchCount = await page.locator('.fr .s').count();
    const englishCount = await page.locator('.en .s').count();
    for (const view of READER_VIEWS) {
      await page.locator(`.views button[data-view="${view}"]`).click();
      expect(await page.evaluate(() => document.documentElement.dataset.view)).toBe(view);
      expect(await page.evaluate(() => location.hash)).toBe(`#view=${view}`);
      expect(await page.locator('.views button[aria-pressed="true"]').getAttribute('data-view')).toBe(view);
      expect(await shown('.fr .s')).toBe(view === 'english' ? 0 : frenchCount);
      expect(await shown('.en .s')).toBe(view === 'french' ? 0 : englishCount);
    }

    // Side by side: the two languages of a paragraph share a row; interleaved: the English comes under the French.
    const paragraph = '.row--paragraph';
    const columns = () => page.evaluate((css) => {
      const row = document.querySelector(css)!;
      const french = row.querySelector('.fr')!.getBoundingClientRect();
      const english = row.querySelector('.en')!.getBoundingClientRect();
      return { sideBySide: english.left >= french.right, below: english.top >= french.bottom };
    }, paragraph);
    await page.locator('.views button[data-view="side-by-side"]').click();
    expect(await columns()).toEqual({ sideBySide: true, below: false });
    await page.locator('.views button[data-view="interleaved"]').click();
    expect(await columns()).toEqual({ sideBySide: false, below: true });

    // English with the French on hover.
    await page.locator('.views button[data-view="english"]').click();
    const sentence = seed.blocks.find((block) => block.role === 'paragraph')!.sentences.find((candidate) => candidate.mergedInto === undefined)!;
    await byId(page, `en-${sentence.id}`).hover();
    const partner = page.locator('#partner');
    expect(await partner.isVisible()).toBe(true);
    expect(await partner.getAttribute('lang')).toBe('fr');
    const frenchOfPair = seed.blocks.flatMap((block) => block.sentences).filter((candidate) => (candidate.mergedInto ?? candidate.id) === sentence.id).map((candidate) => candidate.text);
    expect(await partner.textContent()).toBe(frenchOfPair.map(frenchSpacing).join(' '));

    // Opened again with the hash, the page starts in that view.
    await page.goto(`${seedUrl}#view=french`);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.view)).toBe('french');
    expect(await page.locator('.views button[aria-pressed="true"]').getAttribute('data-view')).toBe('french');
    await page.close();
  });

  it('axe-core finds no serious or critical violation, in every view wide, and stacked on a narrow screen', { timeout: 180_000 }, async () => {
    for (const width of [1280, 390]) {
      const { page } = await openPage(browser.context, seedUrl);
      await page.setViewportSize({ width, height: 900 });
      // Narrow, the views differ only in what is stacked or hidden: the stacked one is checked.
      for (const view of width === 1280 ? READER_VIEWS : (['side-by-side'] as const)) {
        await page.locator(`.views button[data-view="${view}"]`).click();
        // With a sentence active, so the note and the highlight are checked too.
        await page.locator('.s:visible').first().hover();
        const violations = await runAxe(page);
        expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'), `${view} at ${width}px`).toEqual([]);
      }
      await page.close();
    }
  });
});

describe('French typography in the reader', () => {
  it('never wraps a figure away from its sign, a guillemet from its word, an hour or a number in its groups, at any width', async () => {
    const french = 'Le département en a payé 18 %, la ville 12,5 % et la région 400 000 €. « Nous avons tenu », dit le maire : le bal est à 19 h 30 ! Les 1 240 vitres ? Toutes changées ; enfin.';
    const article = alignedArticle([
      alignedBlock('h1', 'headline', [['La halle', 'The hall']], 1),
      alignedBlock('p1', 'paragraph', Array.from({ length: 6 }, () => [french, 'The department paid 18%.'] as const), 3),
    ]);
    const url = await writePage('french-spacing', article);
    const { page } = await openPage(browser.context, url);
    expect(await page.evaluate(() => document.getElementById('fr-p1.s1')!.textContent!.match(/[\u00a0\u202f]/g)!.length)).toBe(14);
    for (const width of [360, 420, 520, 700, 900, 1100]) {
      await page.setViewportSize({ width, height: 800 });
      // Every run that must stay on one line: its first and last characters' boxes share a line.
      const broken = await page.evaluate(() => {
        const runs = /\d+\u202f%|«\u00a0\S+|\S+\u00a0»|\S+\u00a0:|\d+\u00a0h\u00a0\d+|\d+(?:\u202f\d{3})+(?:\u00a0€)?|\S+\u202f[!?;]/g;
        const found: string[] = [];
        for (const element of document.querySelectorAll('.fr .s')) {
          const node = element.firstChild as Text;
          for (const match of node.data.matchAll(runs)) {
            const box = (at: number) => {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + 1);
              return range.getBoundingClientRect();
            };
            if (Math.abs(box(match.index).top - box(match.index + match[0].length - 1).top) > 2) found.push(match[0]);
          }
        }
        return found;
      });
      expect(broken, `at ${width} px`).toEqual([]);
    }
    await page.close();
  }, 60_000);
});

describe('printing', () => {
  it('leaves out the controls and the note, and keeps the columns', async () => {
    const { page } = await openPage(browser.context, seedUrl);
    await byId(page, 'fr-p1.s1').hover();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.views').isVisible()).toBe(false);
    expect(await page.locator('#note').isVisible()).toBe(false);
    const row = await page.evaluate(() => {
      const french = document.querySelector('.row--paragraph .fr')!.getBoundingClientRect();
      const english = document.querySelector('.row--paragraph .en')!.getBoundingClientRect();
      return english.left >= french.right;
    });
    expect(row).toBe(true);
    await page.close();
  });
});

describe('the run’s index', () => {
  it('loads with no error and no request, passes axe-core, and links to the reader', async () => {
    const { page, record } = await openPage(browser.context, indexUrl);
    expect(record.consoleErrors).toEqual([]);
    expect(record.pageErrors).toEqual([]);
    expect(record.requests).toEqual([]);
    const violations = await runAxe(page);
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
    await page.locator('.entry__headline a').click();
    expect(page.url()).toBe(seedUrl);
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
  });
});

describe('the reader on a phone', () => {
  it('stacks the languages, and a tap on a French sentence lights up its English and scrolls it into view', async () => {
    const phone = await launchChromium({ viewport: { width: 360, height: 560 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
    try {
      const { page, record } = await openPage(phone.context, seedUrl);
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll('.row--paragraph')].map((row) => {
          const french = row.querySelector('.fr')!.getBoundingClientRect();
          const english = row.querySelector('.en')!.getBoundingClientRect();
          return english.top >= french.bottom && Math.abs(english.left - french.left) < 24;
        }),
      );
      expect(rows.every(Boolean)).toBe(true);

      expect(record.pageErrors).toEqual([]);
      await page.close();

      // A paragraph whose French is taller than the screen (the seed's body as one paragraph):
      // its first sentence's English starts below the screen.
      const body = seed.blocks.filter((block) => block.role === 'paragraph');
      const sentences = body.flatMap((block) => block.sentences).map((sentence, index) => ({ ...sentence, id: `p1.s${index + 1}`, mergedInto: undefined }));
      const long = { ...seed, blocks: [{ ...body[0]!, id: 'p1', sentences, text: sentences.map((item) => item.text).join(' ') }] };
      const opened = await openPage(phone.context, await writePage('long-paragraph', long));
      const tab = opened.page;
      const sentence = sentences[0]!;
      const french = byId(tab, `fr-${sentence.id}`);
      await french.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      const partnerTop = () => tab.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, `en-${sentence.id}`);
      expect(await partnerTop()).toBeGreaterThan(560);
      await french.tap();
      expect(await highlighted(tab, 'en')).toEqual([`en-${sentence.id}`]);
      await expect.poll(partnerTop).toBeLessThan(560);
      expect(await partnerTop()).toBeGreaterThanOrEqual(0);
      expect(opened.record.pageErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});

describe('marks and notes', () => {
  it('explains inferred alignments, check findings and unknown words on hover, and pairs two French sentences with their one English', async () => {
    const { page, record } = await openPage(browser.context, await writePage('annotated', annotatedArticle));
    expect(record.consoleErrors).toEqual([]);

    await byId(page, 'fr-p2.s1').hover();
    expect(await highlighted(page, 'en')).toEqual(['en-p2.s2']);
    expect(await highlighted(page, 'fr')).toEqual(['fr-p2.s1', 'fr-p2.s2']);
    const note = page.locator('#note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/Aligned by length/);
    expect(await note.textContent()).toMatch(/Translated together with the next one/);

    await byId(page, 'en-p1.s1').hover();
    expect(await note.textContent()).toMatch(/Check failed \(qa\/numbers\)/);
    expect(await byId(page, 'en-p1.s1').getAttribute('class')).toContain('s--qa-error');

    await byId(page, 'fr-p1.s2').hover();
    expect(await note.isVisible()).toBe(false);

    const unknown = page.locator('#en-p3\\.s1 .unknown-word');
    expect(await unknown.textContent()).toBe('gisement');
    expect(await unknown.getAttribute('title')).toMatch(/dictionaries/);
    expect(await byId(page, 'en-p3.s1').textContent()).toBe('The gisement of Troll supplies most of the gas.');
    // The marks, the legend and the note keep to the accessibility rules too.
    const violations = await runAxe(page);
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
    await page.close();
  });
});

describe('an article full of markup', () => {
  it('renders as text: no script runs, no element comes out of the article, every sentence reads as written', async () => {
    const { page, record } = await openPage(browser.context, await writePage('hostile', hostileArticle));
    expect(record.dialogs).toEqual([]);
    expect(record.pageErrors).toEqual([]);
    expect(record.requests).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    expect(await page.evaluate(() => document.scripts.length)).toBe(1);
    expect(await page.locator('.edition b, .edition i, .edition img, .edition a, .edition code, .edition script').count()).toBe(0);
    for (const block of hostileArticle.blocks) {
      for (const sentence of block.sentences) {
        expect(await byId(page, `fr-${sentence.id}`).textContent()).toBe(frenchSpacing(sentence.text));
        expect(await byId(page, `en-${sentence.id}`).textContent()).toBe(englishTypography(sentence.translation).trim());
      }
    }
    await page.close();
  });
});

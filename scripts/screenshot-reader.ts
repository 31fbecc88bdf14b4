/**
 * Screenshots of a reader page for the README, taken with Debian's Chromium (headless, no
 * network, a fresh profile):
 *
 *   node --import tsx scripts/screenshot-reader.ts output/g20-syria-talks-2016/g20-syria-talks-2016.html docs
 *
 * writes `reader-wide.png` (side by side, a sentence lit up) and `reader-narrow.png` (a
 * phone, a sentence tapped) in the folder given. `CHROMIUM_PATH` points at another Chromium.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [page, folder = 'docs', sentence = 'p1.s2'] = process.argv.slice(2);
if (page === undefined) {
  console.error('usage: node --import tsx scripts/screenshot-reader.ts <page.html> [folder] [sentence id]');
  process.exit(2);
}

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const url = pathToFileURL(resolve(page)).href;

async function shoot(name: string, options: { width: number; height: number; mobile: boolean; view: string }) {
  const profile = await mkdtemp(join(tmpdir(), 'bilingual-screenshot-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    viewport: { width: options.width, height: options.height },
    deviceScaleFactor: options.mobile ? 2 : 1,
    isMobile: options.mobile,
    hasTouch: options.mobile,
    reducedMotion: 'reduce',
    colorScheme: 'light',
  });
  try {
    const tab = await context.newPage();
    await tab.goto(`${url}#view=${options.view}`);
    const french = tab.locator(`[id="fr-${sentence}"]`);
    if (options.mobile) await french.tap();
    else await french.hover();
    await tab.screenshot({ path: join(folder, name) });
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

await shoot('reader-wide.png', { width: 1280, height: 860, mobile: false, view: 'side-by-side' });
await shoot('reader-narrow.png', { width: 390, height: 780, mobile: true, view: 'side-by-side' });
console.log(`${join(folder, 'reader-wide.png')}\n${join(folder, 'reader-narrow.png')}`);

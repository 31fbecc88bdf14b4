/**
 * Saved web pages as input: six pages typed by hand as six kinds of site publish them (a
 * regional daily's CMS with `<article>`, a WordPress theme, an old portal in `<div>`s that only
 * Readability finds the article in, an interview under `<main>` with questions in bold, a
 * Next.js page with CSS-module class names, a town's Drupal news page), each with its
 * navigation, sharing buttons, related links, advertising, comments and footer. The expected
 * blocks (`<name>.expected.json`) are what a reader of the page takes for the article.
 *
 * The last two were written after the reader was built on the first four, and read before it
 * was changed for them: 13 of their 17 blocks had their role (a CSS module's `lead__q8Wn4` and
 * `tags__B4z6p` not read as names, a body field called `text-with-summary`, a kicker Readability
 * kept when it dropped the headline), and 3 blocks of chrome were read as paragraphs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findArticles } from '../../src/input/find-articles.ts';
import { structureArticle, structureText } from '../../src/structure.ts';
import { renderReaderPage } from '../../src/render/html/render-reader-page.ts';
import { summitArticle } from '../fixtures/aligned/summit-article.ts';
import type { StructuredArticle } from '../../src/types.ts';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/html/${name}`, import.meta.url));
const PAGES = ['regional-daily-ferry', 'wordpress-theatre-review', 'portal-wire-noumea', 'interview-vigneronne', 'nextjs-cycle-path', 'drupal-school-meals'];

function read(name: string): StructuredArticle {
  return structureArticle(readFileSync(fixture(`${name}.html`)), { fileName: `${name}.html` });
}

describe('a saved web page', () => {
  for (const name of PAGES) {
    it(`${name}: the article's blocks with their roles, nothing of the page's chrome`, () => {
      const article = read(name);
      const expected = JSON.parse(readFileSync(fixture(`${name}.expected.json`), 'utf8')) as { blocks: { role: string; text: string }[] };
      expect(article.source.layout).toBe('html');
      expect(article.blocks.map((block) => ({ role: block.role, text: block.text }))).toEqual(expected.blocks);
      // Every role the page's markup decided is said, with its reason.
      for (const role of new Set(article.blocks.map((block) => block.role))) {
        if (role !== 'paragraph' && role !== 'caption') {
          expect(article.repairs.some((repair) => repair.kind === 'role-assigned' && repair.after === role), role).toBe(true);
        }
      }
    });
  }

  it('says what it left out of the article, and reads nothing outside it', () => {
    const article = read('regional-daily-ferry');
    const dropped = article.repairs.filter((repair) => repair.kind === 'page-furniture-removed');
    expect(dropped.map((repair) => repair.before)).toEqual([
      'Publié le 17/11/2026 à 18h42',
      'Temps de lecture : 3 min',
      'Facebook X E-mail',
      'Lire aussi\u00a0: Il y a trois ans, la tempête Ciaran coupait déjà l’île du continent',
      'Publicité',
      expect.stringMatching(/^Mots-clés : Tempête, Île-d’Yeu, Transports La newsletter du Courrier/),
    ]);
    for (const repair of dropped) expect(repair.evidence).toBeTruthy();
    const text = article.blocks.map((block) => block.text).join('\n');
    for (const chrome of ['cookies', 'Accueil', 'Sur le même sujet', 'Jeannot85', 'Mentions légales', 'Je m’abonne']) expect(text).not.toContain(chrome);
    // The no-break spaces French sets before `:` and inside guillemets are kept.
    expect(article.blocks.find((block) => block.text.startsWith('Le quai'))?.text).toContain('«\u00a0forte à très forte\u00a0»');
  });

  it('segments the page\'s paragraphs into sentences as any article\'s', () => {
    const article = read('interview-vigneronne');
    const answer = article.blocks.find((block) => block.text.startsWith('Un parrainage'));
    expect(answer?.sentences.map((sentence) => sentence.text)).toEqual([
      'Un parrainage, d’abord\u00a0: chaque nouvel installé sera suivi pendant trois ans par un vigneron expérimenté.',
      'Ensuite, un fonds commun pour l’achat de matériel, parce qu’un tracteur enjambeur coûte plus de 100\u00a0000\u00a0euros.',
      'Enfin, une vraie réflexion sur le prix du foncier, avec la commune et la Safer.',
    ]);
  });

  it('reads a bare page with no <article> or <main>, and refuses one with no article text in one line', () => {
    const bare = structureText(
      '<!doctype html><html><body><h1>Le pont rouvert</h1><p>Le pont de la Loire a rouvert lundi aux voitures après trois mois de travaux.</p></body></html>',
      { fileName: 'pont.html' },
    );
    expect(bare.blocks.map((block) => [block.role, block.text])).toEqual([
      ['headline', 'Le pont rouvert'],
      ['paragraph', 'Le pont de la Loire a rouvert lundi aux voitures après trois mois de travaux.'],
    ]);
    expect(() => structureText('<!doctype html><html><head><title>Accueil</title></head><body><nav><a href="/">Accueil</a></nav></body></html>', { fileName: 'menu.html' })).toThrow(
      expect.objectContaining({ code: 'INPUT_HTML', message: expect.stringMatching(/^menu\.html is a web page with no article text in it/) }),
    );
  });

  it('never reads an edition bilingual wrote as an article: refused by name, left out of a folder', async () => {
    const readerPage = { content: renderReaderPage(summitArticle) };
    const folder = mkdtempSync(join(tmpdir(), 'bilingual-html-'));
    try {
      writeFileSync(join(folder, 'reader.html'), readerPage.content);
      writeFileSync(join(folder, 'ferry.html'), readFileSync(fixture('regional-daily-ferry.html')));
      const found = await findArticles([folder]);
      expect(found.files.map((file) => file.slice(folder.length + 1))).toEqual(['ferry.html']);
      expect(() => structureText(readerPage.content, { fileName: 'reader.html' })).toThrow(
        expect.objectContaining({ code: 'INPUT_HTML', message: 'reader.html is an edition bilingual wrote, not an article: give the article it was built from.' }),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});


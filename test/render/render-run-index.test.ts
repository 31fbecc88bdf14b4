import { describe, expect, it } from 'vitest';
import { BilingualError } from '../../src/errors.ts';
import { failedRunIndexEntry, renderRunIndex, runIndexEntry } from '../../src/render/index.ts';
import { decodeEntities, tokenizeHtml, type HtmlTag } from '../../src/text/html.ts';
import { annotatedArticle } from '../fixtures/aligned/annotated-article.ts';
import { hostileArticle } from '../fixtures/aligned/hostile-article.ts';
import { summitArticle } from '../fixtures/aligned/summit-article.ts';

const DATE = '2016-09-05T08:00:00.000Z';
const tags = (html: string) => tokenizeHtml(html).filter((token): token is HtmlTag => token.kind === 'tag');
const text = (html: string) => tokenizeHtml(html).map((token) => (token.kind === 'text' ? decodeEntities(token.raw) : ' ')).join('').replace(/\s+/g, ' ');

describe('runIndexEntry', () => {
  it('counts paragraphs, sentences, inferred pairs and sentences with findings by severity', () => {
    const entry = runIndexEntry(annotatedArticle, 'gaz', ['/out/gaz/gaz.fr-en.md', '/out/gaz/gaz.html']);
    expect(entry).toMatchObject({
      file: 'gaz-norvege.txt',
      slug: 'gaz',
      files: ['gaz.fr-en.md', 'gaz.html'],
      article: {
        kicker: { fr: 'ÉNERGIE', en: 'ENERGY' },
        headline: { fr: 'La Norvège relève sa production de gaz', en: 'Norway raises its gas output' },
        standfirst: { fr: 'Oslo répond à la demande européenne.', en: 'Oslo answers European demand.' },
        paragraphs: 3,
        sentences: 11,
        inferred: 3,
        qaErrors: 2,
        qaWarnings: 1,
        warnings: 0,
      },
    });
  });
});

describe('renderRunIndex', () => {
  const entries = [
    runIndexEntry(summitArticle, 'sommet-europeen', ['sommet-europeen.fr-en.md', 'sommet-europeen.html']),
    runIndexEntry(hostileArticle, 'hostile & <article>', ['hostile & <article>.html']),
    failedRunIndexEntry('/articles/broken.txt', 'broken', new BilingualError('INPUT_BINARY', 'The file /articles/broken.txt is binary.')),
  ];
  const html = renderRunIndex(entries, { date: DATE });

  it('lists every article with its headlines, standfirst, counts and status, linking to its reader', () => {
    const links = tags(html).filter((tag) => tag.name === 'a' && !tag.closing).map((tag) => tag.attributes.get('href'));
    expect(links).toEqual([
      'sommet-europeen/sommet-europeen.html',
      'sommet-europeen/sommet-europeen.fr-en.md',
      'sommet-europeen/sommet-europeen.html',
      'hostile%20%26%20%3Carticle%3E/hostile%20%26%20%3Carticle%3E.html',
      'hostile%20%26%20%3Carticle%3E/hostile%20%26%20%3Carticle%3E.html',
    ]);
    const page = text(html);
    expect(page).toContain('Bruxelles et Varsovie divisés sur le budget');
    expect(page).toContain('Brussels and Warsaw divided over the budget');
    expect(page).toContain('Les Vingt-Sept n’ont pas trouvé d’accord hier soir. Une nouvelle réunion est prévue jeudi.');
    expect(page).toContain('Checks passed 3 paragraphs · 13 sentences · from sommet-europeen.txt');
    expect(page).toContain('2 articles built · 32 sentences · 1 failed');
    expect(page).toContain('broken.txt');
    expect(page).toContain('not built (INPUT_BINARY)');
    // A failure's message may hold a machine path: only its code is shown.
    expect(html).not.toContain('/articles/');
  });

  it('escapes every text: an article cannot add an element or a script', () => {
    const names = new Set(tags(html).map((tag) => tag.name));
    for (const name of ['script', 'b', 'i', 'img', 'code']) expect(names.has(name), name).toBe(false);
    expect(text(html)).toContain(hostileArticle.blocks[1]!.text);
    const policy = tags(html).find((tag) => tag.attributes.get('http-equiv') === 'Content-Security-Policy')!.attributes.get('content');
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/script-src 'none'/);
  });

  it('gives the same bytes for the same entries', () => {
    expect(renderRunIndex(structuredClone(entries), { date: DATE })).toBe(html);
  });
});

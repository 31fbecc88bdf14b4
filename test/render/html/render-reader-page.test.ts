/**
 * The reader page as a string, read back with the project's HTML tokenizer: its policy, its
 * sentences and what they carry, exact escaping, and its size. How it behaves in a browser
 * is `reader-in-browser.test.ts`.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { englishTypography, renderReaderPage } from '../../../src/render/index.ts';
import { elementEnd, decodeEntities, tokenizeHtml, type HtmlTag, type HtmlToken } from '../../../src/text/html.ts';
import { frenchSpacing } from '../../../src/text/french-spacing.ts';
import type { AlignedArticle } from '../../../src/types.ts';
import { annotatedArticle } from '../../fixtures/aligned/annotated-article.ts';
import { alignedArticle, alignedBlock } from '../../fixtures/aligned/build-article.ts';
import { hostileArticle } from '../../fixtures/aligned/hostile-article.ts';
import { summitArticle } from '../../fixtures/aligned/summit-article.ts';

/** The tokens of the article itself (`<main>`), without the page's own controls and colophon. */
function articleTokens(html: string): HtmlToken[] {
  const tokens = tokenizeHtml(html);
  const main = tokens.findIndex((token) => token.kind === 'tag' && token.name === 'main');
  return tokens.slice(main, elementEnd(tokens, main));
}

function tagsOf(tokens: HtmlToken[]): HtmlTag[] {
  return tokens.filter((token): token is HtmlTag => token.kind === 'tag');
}

/** The text inside the element with this id, entities decoded, tags dropped. */
function textOf(tokens: HtmlToken[], id: string): string | undefined {
  const open = tokens.findIndex((token) => token.kind === 'tag' && !token.closing && token.attributes.get('id') === id);
  if (open < 0) return undefined;
  return tokens
    .slice(open + 1, elementEnd(tokens, open) - 1)
    .map((token) => (token.kind === 'text' ? decodeEntities(token.raw) : ''))
    .join('');
}

/** The raw content of the first `<name>` element. */
function contentOf(html: string, name: string): string {
  const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(html);
  if (match === null) throw new Error(`no <${name}>`);
  return match[1]!;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('renderReaderPage', () => {
  it('allows nothing but its own style and script, named by their hashes', () => {
    const html = renderReaderPage(summitArticle);
    const meta = tagsOf(tokenizeHtml(html)).find((tag) => tag.name === 'meta' && tag.attributes.get('http-equiv') === 'Content-Security-Policy');
    const policy = meta!.attributes.get('content')!;
    const directives = new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('style-src')).toEqual([sha256(contentOf(html, 'style'))]);
    expect(directives.get('script-src')).toEqual([sha256(contentOf(html, 'script'))]);
    expect(directives.get('img-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    // Nothing that could load from elsewhere.
    expect(tagsOf(tokenizeHtml(html)).filter((tag) => tag.attributes.has('src') || (tag.name === 'link' && tag.attributes.has('href')))).toEqual([]);
  });

  it('gives every sentence an element in each language, with its id, its pair and the right lang', () => {
    const html = renderReaderPage(summitArticle);
    const tokens = tokenizeHtml(html);
    for (const block of summitArticle.blocks) {
      for (const sentence of block.sentences) {
        expect(textOf(tokens, `fr-${sentence.id}`)).toBe(frenchSpacing(sentence.text));
        expect(textOf(tokens, `en-${sentence.id}`)).toBe(englishTypography(sentence.translation).trim());
        for (const language of ['fr', 'en']) {
          const at = tokens.findIndex((token) => token.kind === 'tag' && token.attributes.get('id') === `${language}-${sentence.id}`);
          const tag = tokens[at] as HtmlTag;
          expect(tag.attributes.get('data-pair')).toBe(sentence.id);
          expect(tag.attributes.get('tabindex')).toBe('0');
          // The nearest element before it with a lang says which language it is in.
          const owner = tagsOf(tokens.slice(0, at)).reverse().find((candidate) => !candidate.closing && candidate.attributes.has('lang'));
          expect(owner?.attributes.get('lang'), sentence.id).toBe(language);
        }
      }
    }
    expect(tagsOf(tokens).find((tag) => tag.name === 'html')!.attributes.get('lang')).toBe('en');
    expect(tagsOf(tokens).filter((tag) => tag.name === 'h1' && !tag.closing)).toHaveLength(1);
  });

  it('escapes every text exactly: the hostile article makes no element, and reads as written', () => {
    const html = renderReaderPage(hostileArticle);
    const tokens = tokenizeHtml(html);
    const names = new Set(tagsOf(articleTokens(html)).map((tag) => tag.name));
    for (const name of ['b', 'i', 'img', 'a', 'code', 'script']) expect(names.has(name), name).toBe(false);
    expect(tagsOf(tokens).filter((tag) => tag.name === 'script' && !tag.closing)).toHaveLength(1);
    for (const block of hostileArticle.blocks) {
      for (const sentence of block.sentences) {
        expect(textOf(tokens, `fr-${sentence.id}`)).toBe(frenchSpacing(sentence.text));
        expect(textOf(tokens, `en-${sentence.id}`)).toBe(englishTypography(sentence.translation).trim());
      }
    }
    expect(decodeEntities(contentOf(html, 'title'))).toBe(`${hostileArticle.blocks[1]!.text} · ${englishTypography(hostileArticle.blocks[1]!.translation)}`);
  });

  it('marks inferred pairs, findings, 2-1 matches and unknown words, each with its explanation', () => {
    const tokens = tokenizeHtml(renderReaderPage(annotatedArticle));
    const tag = (id: string) => tagsOf(tokens).find((candidate) => candidate.attributes.get('id') === id)!;
    const classes = (id: string) => tag(id).attributes.get('class')!.split(' ');
    expect(classes('fr-p2.s1')).toContain('s--inferred');
    expect(classes('en-p2.s2')).toContain('s--inferred');
    expect(tag('fr-p2.s1').attributes.get('title')).toMatch(/^Aligned by length.*\nTranslated together with the next one/s);
    expect(tag('fr-p2.s1').attributes.get('data-pair')).toBe('p2.s2');
    expect(tag('en-p2.s1')).toBeUndefined();
    expect(classes('en-p1.s1')).toContain('s--qa-error');
    expect(tag('en-p1.s1').attributes.get('title')).toBe('Check failed (qa/numbers): "122 milliards" is missing from the English (expected 122 billion).');
    expect(classes('en-p2.s3')).toContain('s--qa-warning');
    expect(classes('fr-p3.s2')).toContain('s--qa-error');
    expect(classes('en-p3.s2')).toContain('s--missing');
    expect(tag('fr-p1.s2').attributes.has('title')).toBe(false);
    expect(textOf(tokens, 'en-p3.s1')).toBe('The gisement of Troll supplies most of the gas.');
    const unknown = tagsOf(articleTokens(renderReaderPage(annotatedArticle))).filter((candidate) => candidate.attributes.get('class') === 'unknown-word');
    expect(unknown).toHaveLength(1);
  });

  it('leaves asterisks alone when the engine did not mark unknown words', () => {
    const article = structuredClone(annotatedArticle);
    article.translation.engine = 'apertium 3.8.3 fr-es+spa-eng';
    const tokens = tokenizeHtml(renderReaderPage(article));
    expect(textOf(tokens, 'en-p3.s1')).toBe('The *gisement of Troll supplies most of the gas.');
  });

  it('gives the same bytes for the same article', () => {
    expect(renderReaderPage(structuredClone(annotatedArticle))).toBe(renderReaderPage(annotatedArticle));
  });

  it('keeps the page of a 40-paragraph article under 200 KB', () => {
    const pairs = summitArticle.blocks.flatMap((block) => block.sentences.map((sentence) => [sentence.text, sentence.translation] as const));
    // Paragraphs of about 450 characters in each language, as a newspaper's are.
    const paragraph = (index: number) => Array.from({ length: 10 }, (_, offset) => pairs[(index * 10 + offset) % pairs.length]!);
    const article: AlignedArticle = alignedArticle(
      [
        ...summitArticle.blocks.filter((block) => block.role !== 'paragraph' && block.role !== 'caption'),
        ...Array.from({ length: 40 }, (_, index) => alignedBlock(`p${index + 1}`, 'paragraph', paragraph(index), 10 + index * 6)),
      ],
      'long.txt',
    );
    const bytes = Buffer.byteLength(renderReaderPage(article));
    const text = article.blocks.reduce((sum, block) => sum + Buffer.byteLength(block.text) + Buffer.byteLength(block.translation), 0);
    expect(text).toBeGreaterThan(36_000);
    expect(bytes).toBeLessThan(200_000);
  });
});

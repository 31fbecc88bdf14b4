/**
 * Intertitles in the editions: a paragraph the structure stage set apart as a heading between
 * paragraphs (`Block.intertitle`, src/segment/intertitles.ts) is a heading in every edition a
 * reader reads, each sentence still in its place, the side-by-side table still one row per
 * paragraph.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isIntertitle, markIntertitles } from '../../src/segment/intertitles.ts';
import { readAlignedArticle } from '../../src/exchange/find-built-article.ts';
import { markdownCorrections } from '../../src/exchange/markdown-corrections.ts';
import { renderAlignedJson, renderEnglish, renderFrench, renderInterleaved, renderReaderPage, renderSideBySide, renderTmx } from '../../src/render/index.ts';
import type { AlignedBlock } from '../../src/types.ts';
import { alignedArticle, alignedBlock } from '../fixtures/aligned/build-article.ts';
import { lintMarkdown, nodeText, parseMarkdown, splitFrontMatter, type MarkdownNode } from '../support/markdown.ts';

const paragraph = (id: string, text: string, english = `(${text})`) => alignedBlock(id, 'paragraph', [[text, english]], 10);
const next = paragraph('p9', 'Le conseil a voté le budget.');

describe('isIntertitle', () => {
  it.each([
    'Un chantier de deux ans',
    'Des loyers inchangés',
    '« Quarante ans de marché »',
    '1 200 exposants attendus',
    'Repères',
    'Montbrison : la passerelle rouverte',
  ])('takes "%s", alone between paragraphs, for a heading', (text) => {
    expect(isIntertitle(paragraph('p2', text), next)).toBe(true);
  });

  it.each([
    ['a sentence ended', 'Le marché rouvre samedi.'],
    ['a question (an interview’s, as often running text)', 'Et après ?'],
    ['a line closing on a colon', 'Voici la liste :'],
    ['a line closing on a comma', 'Dans la vallée,'],
    ['a word that runs on', 'Le maire a annoncé que la'],
    ['a dash', 'LYON —'],
    ['small letters first', 'et la halle rouvrira'],
    ['two sentences', 'Ça bouge. Enfin'],
    ['too long', 'Une très longue ligne qui ne finit sur aucun point mais compte bien plus de quatorze mots en tout'],
  ])('leaves %s as a paragraph', (_why, text) => {
    expect(isIntertitle(paragraph('p2', text), next)).toBe(false);
  });

  it('wants a paragraph after it, and a paragraph of one sentence', () => {
    const heading = paragraph('p2', 'Un chantier de deux ans');
    expect(isIntertitle(heading, undefined)).toBe(false);
    expect(isIntertitle(heading, alignedBlock('c1', 'caption', [['La halle.', 'The hall.']], 30))).toBe(false);
    expect(isIntertitle({ ...heading, role: 'byline' }, next)).toBe(false);
    const two = alignedBlock('p2', 'paragraph', [['Un chantier', 'A site'], ['de deux ans', 'of two years']], 10);
    expect(isIntertitle(two, next)).toBe(false);
  });
});

/** An article with an intertitle between its paragraphs, a caption after them. */
function articleWithIntertitle() {
  return alignedArticle([
    alignedBlock('h1', 'headline', [['La halle rouvre', 'The hall reopens']], 1),
    alignedBlock('p1', 'paragraph', [['Le marché rouvre samedi.', 'The market reopens on Saturday.'], ['Il était fermé.', 'It was closed.']], 3),
    alignedBlock('p2', 'paragraph', [['Des loyers inchangés', 'Rents unchanged']], 5),
    alignedBlock('p3', 'paragraph', [['Les loyers restent les mêmes.', 'Rents stay the same.']], 7),
    alignedBlock('p4', 'paragraph', [['Fin de chantier', 'End of the works']], 9),
    alignedBlock('c1', 'caption', [['La halle, jeudi.', 'The hall, Thursday.']], 11),
  ]);
}

const marked = () => {
  const article = articleWithIntertitle();
  return { ...article, blocks: markIntertitles(article.blocks) };
};

const body = (markdown: string) => parseMarkdown(splitFrontMatter(markdown).body).children!;
const headings = (nodes: readonly MarkdownNode[]) => nodes.filter((node) => node.type === 'heading').map((node) => [node.depth, nodeText(node)]);

describe('markIntertitles', () => {
  it('marks the paragraph set between two paragraphs, not the last one (a closing line), and leaves the rest as they were', () => {
    const article = articleWithIntertitle();
    const blocks = markIntertitles(article.blocks);
    expect(blocks.filter((block) => block.intertitle === true).map((block) => block.id)).toEqual(['p2']);
    expect(blocks[1]).toBe(article.blocks[1]);
    // A mark the text no longer bears is taken off.
    const stale: AlignedBlock = { ...article.blocks[1]!, intertitle: true };
    expect(markIntertitles([stale, article.blocks[3]!])[0]).not.toHaveProperty('intertitle');
  });
});

describe('an intertitle in the editions', () => {
  it('side by side: a row in bold in both columns, the table still one row per paragraph', () => {
    const markdown = renderSideBySide(marked());
    expect(lintMarkdown(markdown)).toEqual([]);
    const table = body(markdown).find((node) => node.type === 'table')!;
    const rows = table.children!.slice(1);
    expect(rows.map((row) => row.children!.map(nodeText))).toEqual([
      ['Le marché rouvre samedi. Il était fermé.', 'The market reopens on Saturday. It was closed.'],
      ['Des loyers inchangés', 'Rents unchanged'],
      ['Les loyers restent les mêmes.', 'Rents stay the same.'],
      ['Fin de chantier', 'End of the works'],
    ]);
    expect(rows[1]!.children!.map((cell) => cell.children!.map((child) => child.type))).toEqual([['strong'], ['strong']]);
    expect(rows[3]!.children!.map((cell) => cell.children!.map((child) => child.type))).toEqual([['text'], ['text']]);
  });

  it('interleaved: a `##` heading in French, its English a `###` heading in the quote under it', () => {
    const markdown = renderInterleaved(marked());
    expect(lintMarkdown(markdown)).toEqual([]);
    const nodes = body(markdown);
    expect(headings(nodes)).toEqual([
      [1, 'La halle rouvre'],
      [2, 'Des loyers inchangés'],
    ]);
    const quoted = nodes.filter((node) => node.type === 'blockquote').map((node) => node.children![0]!);
    expect(quoted.filter((node) => node.type === 'heading').map((node) => [node.depth, nodeText(node)])).toEqual([
      [2, 'The hall reopens'],
      [3, 'Rents unchanged'],
    ]);
  });

  it.each([
    ['English', renderEnglish, ['The hall reopens', 'Rents unchanged'], 'The market reopens on Saturday. It was closed.Rents unchangedRents stay the same.End of the works'],
    ['French', renderFrench, ['La halle rouvre', 'Des loyers inchangés'], 'Le marché rouvre samedi. Il était fermé.Des loyers inchangésLes loyers restent les mêmes.Fin de chantier'],
  ] as const)('%s: a `##` heading under the `#` headline, every sentence in its place', (_language, render, titles, text) => {
    const markdown = render(marked());
    expect(lintMarkdown(markdown)).toEqual([]);
    const nodes = body(markdown);
    expect(headings(nodes)).toEqual([
      [1, titles[0]],
      [2, titles[1]],
    ]);
    expect(nodes.slice(1, 5).map(nodeText).join('')).toBe(text);
  });

  it('the reader: an `h2` row holding both languages’ sentences, in the body between its paragraphs', () => {
    const html = renderReaderPage(marked());
    const row = /<h2 class="row row--intertitle" id="block-p2"><span class="fr" lang="fr">(.*?)<\/span><span class="en" lang="en">(.*?)<\/span><\/h2>/.exec(html);
    expect(row).not.toBeNull();
    expect(row![1]).toContain('id="fr-p2.s1"');
    expect(row![2]).toContain('id="en-p2.s1"');
    const body = html.slice(html.indexOf('<div class="body">'), html.indexOf('<div class="captions">'));
    expect([...body.matchAll(/id="block-(p\d)"/g)].map((match) => match[1])).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(html.match(/<h1\b/g)).toHaveLength(1);
  });

  it('the aligned document carries the mark; the translation memory is the same pairs', () => {
    const article = marked();
    const json = JSON.parse(renderAlignedJson(article)) as { blocks: AlignedBlock[] };
    expect(json.blocks.map((block) => block.intertitle ?? false)).toEqual([false, false, true, false, false, false]);
    expect(renderTmx(article)).toBe(renderTmx(articleWithIntertitle()));
  });

  it('an edited intertitle comes back from the side by side and from the English edition', () => {
    const article = marked();
    for (const [kind, render] of [['side-by-side', renderSideBySide], ['english', renderEnglish]] as const) {
      const edited = render(article).replace('Rents unchanged', 'Rents frozen');
      const { corrections, notes } = markdownCorrections(edited, kind, article);
      expect(notes).toEqual([]);
      expect(corrections).toEqual([{ kind: 'sentence', id: 'p2.s1', translation: 'Rents frozen', state: 'translated' }]);
    }
  });

  it('an aligned document written before the mark existed is marked when read back', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bilingual-intertitles-'));
    try {
      const path = join(folder, 'article.json');
      await writeFile(path, renderAlignedJson(articleWithIntertitle()));
      const read = await readAlignedArticle(path);
      expect(read.blocks.filter((block) => block.intertitle === true).map((block) => block.id)).toEqual(['p2']);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

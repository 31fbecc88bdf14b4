import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  emphasise,
  englishTypography,
  escapeBlock,
  escapeTableCell,
  renderAlignedJson,
  renderEditions,
  renderEnglish,
  renderFrench,
  renderInterleaved,
  renderSideBySide,
  renderTmx,
} from '../../src/render/index.ts';
import type { AlignedArticle, AlignedBlock } from '../../src/types.ts';
import { alignedArticle, alignedBlock } from '../fixtures/aligned/build-article.ts';
import { HOSTILE_TEXTS, hostileArticle } from '../fixtures/aligned/hostile-article.ts';
import { summitArticle } from '../fixtures/aligned/summit-article.ts';
import { lintMarkdown, nodeText, nodeTypes, parseMarkdown, splitFrontMatter, type MarkdownNode } from '../support/markdown.ts';

const ARTICLES = { summit: summitArticle, hostile: hostileArticle };
const fr = (block: AlignedBlock) => block.text;
const en = (block: AlignedBlock) => englishTypography(block.translation);
const byRole = (article: AlignedArticle, ...roles: string[]) => article.blocks.filter((block) => roles.includes(block.role));
const FURNITURE = ['kicker', 'headline', 'standfirst', 'byline', 'dateline'];

/** What each role looks like once parsed: the node type and the text it must hold. */
function expectLook(node: MarkdownNode | undefined, role: string, text: string, headingDepth: number) {
  expect(node, `${role} "${text}"`).toBeDefined();
  switch (role) {
    case 'headline':
      expect(node).toMatchObject({ type: 'heading', depth: headingDepth });
      expect(nodeText(node!)).toBe(text);
      return;
    case 'kicker':
      expect(node!.children?.map((child) => child.type)).toEqual(['strong']);
      break;
    case 'standfirst':
      expect(node!.children?.map((child) => child.type)).toEqual(['emphasis']);
      break;
    case 'dateline':
      expect(node!.children?.[0]?.type).toBe('emphasis');
      expect(node!.children?.[0]?.children?.map((child) => child.type)).toEqual(['strong']);
      break;
    case 'byline':
      expect(nodeText(node!)).toBe(`— ${text}`);
      return;
    case 'caption':
      expect(node!.children?.[0]?.type).toBe('strong');
      expect(nodeText(node!)).toMatch(/^(Légende :|Caption:) /);
      expect(nodeText(node!).replace(/^(Légende :|Caption:) /, '')).toBe(text);
      return;
  }
  expect(node!.type).toBe('paragraph');
  expect(nodeText(node!)).toBe(text);
}

describe.each(Object.entries(ARTICLES))('editions of the %s article', (_name, article) => {
  const paragraphs = byRole(article, 'paragraph');
  const furniture = byRole(article, ...FURNITURE);
  const captions = byRole(article, 'caption');

  it('side by side: furniture in both languages, one table row per paragraph, captions after', () => {
    const markdown = renderSideBySide(article);
    const { data, body } = splitFrontMatter(markdown);
    expect(data).toMatchObject({ edition: 'side-by-side', languages: ['fr', 'en'], source: article.source.file.split('/').at(-1), sourceSha256: article.source.sha256, provider: 'fixture', engine: 'hand-written 1', date: article.translation.date, title: fr(byRole(article, 'headline')[0]!) });
    const nodes = parseMarkdown(body).children!;
    let index = 0;
    for (const block of furniture) {
      expectLook(nodes[index++], block.role, fr(block), 1);
      expectLook(nodes[index++], block.role, en(block), 2);
    }
    const table = nodes[index++]!;
    expect(table.type).toBe('table');
    const rows = table.children!;
    expect(rows).toHaveLength(paragraphs.length + 1);
    expect(rows[0]!.children!.map(nodeText)).toEqual(['Français', 'English']);
    rows.slice(1).forEach((row, rowIndex) => {
      expect(row.children!.map(nodeText)).toEqual([fr(paragraphs[rowIndex]!), en(paragraphs[rowIndex]!)]);
    });
    for (const block of captions) {
      expectLook(nodes[index++], 'caption', fr(block), 1);
      expectLook(nodes[index++], 'caption', en(block), 1);
    }
    expect(index).toBe(nodes.length);
    expect(lintMarkdown(markdown)).toEqual([]);
  });

  it('interleaved: every French block followed by its English in a blockquote', () => {
    const markdown = renderInterleaved(article);
    const nodes = parseMarkdown(splitFrontMatter(markdown).body).children!;
    const blocks = [...furniture, ...paragraphs, ...captions];
    expect(nodes).toHaveLength(blocks.length * 2);
    blocks.forEach((block, blockIndex) => {
      const french = nodes[blockIndex * 2]!;
      const english = nodes[blockIndex * 2 + 1]!;
      expect(french.type).not.toBe('blockquote');
      expectLook(french, block.role, fr(block), 1);
      expect(english.type).toBe('blockquote');
      expect(english.children).toHaveLength(1);
      expectLook(english.children![0], block.role, en(block), 2);
    });
    expect(lintMarkdown(markdown)).toEqual([]);
  });

  it.each([
    ['English', renderEnglish, en, 'en'],
    ['French', renderFrench, fr, 'fr'],
  ] as const)('%s edition: every block once, in reading order, with its look', (_language, render, text, language) => {
    const markdown = render(article);
    const { data, body } = splitFrontMatter(markdown);
    expect(data.languages).toEqual([language]);
    const nodes = parseMarkdown(body).children!;
    const blocks = [...furniture, ...paragraphs, ...captions];
    expect(nodes).toHaveLength(blocks.length);
    blocks.forEach((block, blockIndex) => expectLook(nodes[blockIndex], block.role, text(block), 1));
    expect(lintMarkdown(markdown)).toEqual([]);
  });

  it('every sentence appears once, in order, in the editions of its language', () => {
    const englishText = nodeText(parseMarkdown(splitFrontMatter(renderEnglish(article)).body));
    const frenchText = nodeText(parseMarkdown(splitFrontMatter(renderFrench(article)).body));
    for (const [edition, pick] of [
      [frenchText, (sentence: AlignedBlock['sentences'][number]) => sentence.text],
      [englishText, (sentence: AlignedBlock['sentences'][number]) => englishTypography(sentence.translation)],
    ] as const) {
      let from = 0;
      for (const sentence of article.blocks.flatMap((block) => block.sentences)) {
        const found = edition.indexOf(pick(sentence), from);
        expect(found, sentence.id).toBeGreaterThanOrEqual(from);
        from = found + pick(sentence).length;
      }
    }
  });

  it('is deterministic: the same article gives the same bytes', () => {
    const copy = structuredClone(article);
    expect(renderEditions(copy, 'slug')).toEqual(renderEditions(article, 'slug'));
    expect(renderEditions(article, 'slug').map((file) => file.name)).toEqual(['slug.fr-en.md', 'slug.fr-en.interleaved.md', 'slug.en.md', 'slug.fr.md', 'slug.json', 'slug.tmx']);
  });
});

describe('hostile text', () => {
  it('comes out of every Markdown edition as the very same text, with no markup made of it', () => {
    for (const render of [renderSideBySide, renderInterleaved, renderEnglish, renderFrench]) {
      const tree = parseMarkdown(splitFrontMatter(render(hostileArticle)).body);
      const types = nodeTypes(tree);
      // A printed URL may become a GFM autolink: its text stays the same, so links are allowed.
      for (const forbidden of ['html', 'image', 'list', 'code', 'inlineCode', 'delete', 'thematicBreak', 'footnoteReference', 'linkReference']) {
        expect(types.has(forbidden), `${render.name} made a ${forbidden}`).toBe(false);
      }
    }
    const table = parseMarkdown(splitFrontMatter(renderSideBySide(hostileArticle)).body).children!.find((node) => node.type === 'table')!;
    expect(table.children!.slice(1).map((row) => nodeText(row.children![0]!).replace(/ \(fr \d+\)$/, ''))).toEqual(HOSTILE_TEXTS.map((text) => text.trim()));
  });

  /** A small deterministic generator, so a failure can be replayed. */
  function* randomTexts(count: number): Generator<string> {
    const alphabet = ['|', '*', '_', '#', '<', '>', '`', '[', ']', '\\', '-', '+', '=', '.', ')', '(', '!', '&', ';', '~', ':', '/', '"', "'", '1', '2', 'a', 'b', 'é', ' ', ' ', 'amp', 'lt;', '#39;', 'http', '<script>', '---'];
    let state = 20160905;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state;
    };
    for (let index = 0; index < count; index += 1) {
      let text = '';
      const length = 1 + (next() % 12);
      for (let k = 0; k < length; k += 1) text += alphabet[next() % alphabet.length];
      yield text;
    }
  }

  it('escapes 1,000 random texts of Markdown punctuation so paragraphs, cells and emphasis keep them', () => {
    for (const text of randomTexts(1000)) {
      const expected = text.trim();
      if (expected === '') continue;
      const paragraph = parseMarkdown(escapeBlock(text)).children!;
      expect(paragraph.map((node) => node.type), JSON.stringify(text)).toEqual(['paragraph']);
      expect(nodeText(paragraph[0]!), JSON.stringify(text)).toBe(expected);
      const table = parseMarkdown(`| a | b |\n| --- | --- |\n| ${escapeTableCell(text)} | x |`).children![0]!;
      expect(table.children![1]!.children!.map(nodeText), JSON.stringify(text)).toEqual([expected, 'x']);
      const strong = parseMarkdown(emphasise(text, '**')).children![0]!;
      expect(strong.children!.map((node) => node.type), JSON.stringify(text)).toEqual(['strong']);
      expect(nodeText(strong), JSON.stringify(text)).toBe(expected);
    }
  });
});

describe('renderAlignedJson', () => {
  it('writes the article with sorted keys, two-space indentation and a final newline', () => {
    const json = renderAlignedJson(summitArticle);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(summitArticle)));
    const reverse = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).reverse()) as T;
    const shuffled = reverse({ ...summitArticle, source: reverse(summitArticle.source), blocks: summitArticle.blocks.map(reverse) });
    expect(Object.keys(shuffled)[0]).not.toBe(Object.keys(summitArticle)[0]);
    expect(renderAlignedJson(shuffled)).toBe(json);
    expect(json.split('\n')[1]).toBe('  "blocks": [');
  });
});

describe('renderTmx', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['tu', 'tuv', 'prop'].includes(name), parseTagValue: false, trimValues: false });

  function parseTmx(article: AlignedArticle) {
    const xml = renderTmx(article);
    expect(XMLValidator.validate(xml)).toBe(true);
    return parser.parse(xml) as { tmx: { '@version': string; header: Record<string, string>; body: { tu: { '@tuid': string; tuv: { '@xml:lang': string; seg: string }[] }[] } } };
  }

  it('follows the TMX 1.4 structure with one unit per sentence pair, text intact', () => {
    const { tmx } = parseTmx(hostileArticle);
    expect(tmx['@version']).toBe('1.4');
    for (const attribute of ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype']) {
      expect(tmx.header[`@${attribute}`], attribute).toBeTruthy();
    }
    expect(tmx.header).toMatchObject({ '@segtype': 'sentence', '@srclang': 'fr', '@datatype': 'plaintext', '@creationdate': '20160905T080000Z' });
    const sentences = hostileArticle.blocks.flatMap((block) => block.sentences);
    expect(tmx.body.tu).toHaveLength(sentences.length);
    tmx.body.tu.forEach((unit, index) => {
      expect(unit['@tuid']).toBe(sentences[index]!.id);
      expect(unit.tuv.map((variant) => variant['@xml:lang'])).toEqual(['fr', 'en']);
      expect(unit.tuv.map((variant) => variant.seg)).toEqual([sentences[index]!.text, englishTypography(sentences[index]!.translation)]);
    });
  });

  it('puts two French sentences merged by a 2-1 alignment in one unit and leaves out untranslated ones', () => {
    const block = alignedBlock('p1', 'paragraph', [['Un.', 'One, two.'], ['Deux.', ''], ['Trois.', ''], ['Quatre.', 'Four.']], 1, 'inferred');
    block.sentences[1]!.mergedInto = 'p1.s1';
    const { tmx } = parseTmx(alignedArticle([block]));
    expect(tmx.body.tu.map((unit) => [unit['@tuid'], ...unit.tuv.map((variant) => variant.seg)])).toEqual([
      ['p1.s1+p1.s2', 'Un. Deux.', 'One, two.'],
      ['p1.s4', 'Quatre.', 'Four.'],
    ]);
  });
});

describe('englishTypography', () => {
  it('curls quotes, turns guillemets into quotes and drops French spacing', () => {
    expect(englishTypography('\u00ab\u00a0It is "over"\u202f\u00bb : we don\'t know ; really ? \'Yes\' !')).toBe('\u201cIt is \u201cover\u201d\u201d: we don\u2019t know; really? \u2018Yes\u2019!');
    expect(englishTypography("the '90s and ![x] and 3 :1")).toBe('the \u201990s and ![x] and 3 :1');
  });

  it('is idempotent', () => {
    const once = englishTypography('\u00ab Non \u00bb, a-t-il dit : "peut-être".');
    expect(englishTypography(once)).toBe(once);
  });
});

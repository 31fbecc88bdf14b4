import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../src/glossary/index.ts';
import { qaArticle } from '../../src/qa/index.ts';
import { renderQaReport } from '../../src/render/index.ts';
import type { AlignedArticle } from '../../src/types.ts';
import { lintMarkdown, nodeText, nodeTypes, parseMarkdown, splitFrontMatter, type MarkdownNode } from '../support/markdown.ts';

function article(sentences: { text: string; translation: string }[]): AlignedArticle {
  return {
    source: { file: 'seeds/sub/hostile.txt', encoding: 'utf-8', sha256: 'f'.repeat(64), bytes: 100, layout: 'print' },
    language: 'fr',
    repairs: [],
    warnings: [],
    translation: {
      provider: 'apertium',
      engine: 'apertium 3.8 fr-es + spa-eng',
      sourceLanguage: 'fr',
      targetLanguage: 'en',
      date: '2016-09-05T08:00:00.000Z',
      glossaryVersion: 'abc123',
    },
    blocks: [
      {
        id: 'h1',
        role: 'headline',
        text: 'Dures *tractations* | G20',
        source: { startLine: 1, endLine: 1 },
        translation: 'Hard *talks* | G20',
        sentences: [{ id: 'h1.s1', text: 'Dures *tractations* | G20', translation: 'Hard *talks* | G20', alignment: 'markup' }],
      },
      {
        id: 'p1',
        role: 'paragraph',
        text: sentences.map((sentence) => sentence.text).join(' '),
        source: { startLine: 2, endLine: 5 },
        translation: sentences.map((sentence) => sentence.translation).join(' '),
        sentences: sentences.map((sentence, index) => ({ id: `p1.s${index + 1}`, ...sentence, alignment: 'inferred' as const })),
      },
    ],
  };
}

function headings(node: MarkdownNode, depth: number): string[] {
  const found: string[] = [];
  const walk = (current: MarkdownNode) => {
    if (current.type === 'heading' && current.depth === depth) found.push(nodeText(current));
    current.children?.forEach(walk);
  };
  walk(node);
  return found;
}

describe('renderQaReport', () => {
  const checked = qaArticle(
    article([
      { text: 'Le baril <b>coûte</b> 48,70 $ | _taxe_ [lien](page.html) & co.', translation: 'The barrel <b>costs</b> 47.70 $ | _tax_ [link](page.html) & co.' },
      { text: 'Les Russes ont reculé.', translation: '' },
      { text: 'Tout va bien.', translation: 'All is well.' },
    ]),
  ).article;
  const report = renderQaReport(checked);

  it('has front matter with the article, the engine and the counts', () => {
    const { data } = splitFrontMatter(report);
    expect(data).toMatchObject({
      title: 'QA report: Dures *tractations* | G20',
      source: 'hostile.txt',
      provider: 'apertium',
      engine: 'apertium 3.8 fr-es + spa-eng',
      glossaryVersion: 'abc123',
      checked: 4,
      failed: 2,
      warned: 0,
    });
    expect(report).not.toContain('seeds/sub');
  });

  it('has a summary table with every check and one section per finding', () => {
    const { body } = splitFrontMatter(report);
    const tree = parseMarkdown(body);
    const table = (tree.children ?? []).find((node) => node.type === 'table');
    const rows = (table?.children ?? []).map((row) => (row.children ?? []).map(nodeText));
    expect(rows[0]).toEqual(['Check', 'Errors', 'Warnings']);
    expect(rows).toContainEqual(['qa/numbers', '1', '1']);
    expect(rows).toContainEqual(['qa/empty', '1', '0']);
    expect(rows).toHaveLength(8);
    expect(headings(tree, 3)).toEqual([
      '1. p1.s1: qa/numbers (error)',
      '2. p1.s1: qa/numbers (warning)',
      '3. p1.s2: qa/empty (error)',
    ]);
  });

  it('shows article text as text: no HTML, link or emphasis comes out of it', () => {
    const { body } = splitFrontMatter(report);
    const tree = parseMarkdown(body);
    const types = nodeTypes(tree);
    expect(types).not.toContain('html');
    expect(types).not.toContain('link');
    const text = nodeText(tree);
    expect(text).toContain('Dures *tractations* | G20');
    expect(text).toContain('Le baril <b>coûte</b> 48,70 $ | _taxe_ [lien](page.html) & co.');
    expect(text).toContain('The barrel <b>costs</b> 47.70 $ | _tax_ [link](page.html) & co.');
    expect(text).toContain('"48,70" is missing from the English (expected 48.70).');
  });

  it('passes markdownlint', () => {
    expect(lintMarkdown(report, 'hostile.qa.md')).toEqual([]);
  });

  it('says so when every sentence passed', () => {
    const clean = renderQaReport(qaArticle(article([{ text: 'Tout va bien.', translation: 'All is well.' }])).article);
    expect(splitFrontMatter(clean).data).toMatchObject({ checked: 2, failed: 0, errors: 0, warnings: 0 });
    expect(clean).toContain('Every sentence passed every check.');
    expect(lintMarkdown(clean)).toEqual([]);
  });
});

describe('renderQaReport: what the provider could not keep', () => {
  const base = article([
    { text: 'Le ministre a quitté la salle.', translation: 'The minister left the room.' },
    { text: 'Il a refusé de répondre aux questions.', translation: '' },
    { text: 'Le Kremlin a démenti.', translation: 'Moscow denied it.' },
  ]);
  base.translation = { ...base.translation, provider: 'openai', engine: 'openai-compatible gpt-4o-mini' };
  base.blocks[1]!.sentences[1]!.untranslated = 'the model refused: I cannot help with that';
  base.providerNotes = [
    { kind: 'untranslated', block: 'p1', sentence: 'p1.s2', reason: 'the model refused: I cannot help with that' },
    { kind: 'repaired', block: 'p1', sentence: 'p1.s1', reason: 'the translation was still in French' },
    { kind: 'retried', block: 'h1', reason: 'The endpoint answered 503' },
    { kind: 'retried', block: 'p1', reason: 'The endpoint answered 503' },
    { kind: 'split', block: 'p1', reason: 'a request of 2 segments was refused as too large; sent in halves' },
  ];
  base.warnings = [
    { rule: 'translate/protected-term-lost', message: 'The protected glossary term "Kremlin" (to be "Kremlin") of p1.s3 did not come back from the engine; the English may lack it.', line: 2 },
    { rule: 'align/markup-lost', message: 'The sentence markup of p1 came back incomplete; its sentences were aligned by length instead.', line: 2 },
  ];
  const glossary = createGlossary({ terms: { Kremlin: 'the Kremlin' } });
  const checked = qaArticle(base, glossary).article;
  const report = renderQaReport(checked);
  const tree = parseMarkdown(splitFrontMatter(report).body);

  it('has a section naming the provider, with a count per kind, read by a real Markdown parser', () => {
    expect(headings(tree, 2)).toContain('What openai could not keep');
    const tables = (tree.children ?? []).filter((node) => node.type === 'table');
    const rows = (tables[1]?.children ?? []).map((row) => (row.children ?? []).map(nodeText));
    expect(rows).toEqual([
      ['What', 'Count'],
      ['Sentences left untranslated', '1'],
      ['Sentences repaired by asking again', '1'],
      ['Glossary terms moved or dropped', '1'],
      ['Protected terms lost', '1'],
      ['Sentence tags lost (blocks aligned by length)', '1'],
      ['Blocks sent again after a failed request', '2'],
      ['Blocks in a request split as too large', '1'],
    ]);
  });

  it('lists each item under its kind: the reason of each untranslated or repaired sentence, glossary findings grouped by term, retries grouped by reason', () => {
    const items = (heading: string) => {
      const children = tree.children ?? [];
      const at = children.findIndex((node) => node.type === 'heading' && node.depth === 3 && nodeText(node) === heading);
      expect(at, heading).toBeGreaterThanOrEqual(0);
      return (children[at + 1]!.children ?? []).map(nodeText);
    };
    expect(items('Sentences left untranslated')).toEqual(['p1.s2: the model refused: I cannot help with that']);
    expect(items('Sentences repaired by asking again')).toEqual(['p1.s1: first answer refused (the translation was still in French), repaired by asking again']);
    expect(items('Glossary terms moved or dropped')).toEqual([expect.stringMatching(/^The glossary term "Kremlin" .* \(p1\.s3\)$/)]);
    expect(items('Protected terms lost')).toEqual([expect.stringContaining('"Kremlin"')]);
    expect(items('Blocks sent again after a failed request')).toEqual(['The endpoint answered 503 (h1, p1)']);
    // The untranslated sentence's finding, with the provider's reason, is in the findings too.
    expect(report).toContain('qa/untranslated (error)');
    expect(nodeText(tree)).toContain('The provider gave no translation: the model refused: I cannot help with that.');
    expect(lintMarkdown(report, 'hostile.qa.md')).toEqual([]);
  });

  it('says the provider kept everything when it did', () => {
    const clean = renderQaReport(qaArticle(article([{ text: 'Tout va bien.', translation: 'All is well.' }])).article);
    expect(clean).toContain('apertium kept every sentence, term and tag of this article; no request had to be retried or split.');
  });
});

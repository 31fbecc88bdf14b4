/**
 * The `<slug>.qa.md` report: YAML front matter, a summary table per check, a section on what
 * the provider could not keep (sentences left untranslated or repaired, glossary terms moved or
 * dropped, protected terms and sentence tags lost, requests retried or split), then one section
 * per finding with its block and sentence id, the French, the English and the message.
 * Every piece of article text is escaped, so the report renders it as text.
 */
import { articleFrontMatter, editionTitle } from './front-matter.ts';
import { escapeInline, escapeTableCell } from './markdown-escape.ts';
import type { AlignedArticle, ProviderNote } from '../types.ts';
import { CONDITIONAL_QA_CHECK_IDS, QA_CHECK_IDS, summariseQa } from '../qa/checks.ts';

/** Renders the QA report of an article whose sentences carry `qa` (see `qaArticle`). */
export function renderQaReport(article: AlignedArticle): string {
  const summary = summariseQa(article);
  // Every check that always runs has its row; a conditional one (qa/unknown-word) when it found something.
  const always = QA_CHECK_IDS.filter((id) => !CONDITIONAL_QA_CHECK_IDS.includes(id));
  const counts = new Map<string, { errors: number; warnings: number }>(always.map((id) => [id, { errors: 0, warnings: 0 }]));
  const sections: string[] = [];
  for (const block of article.blocks) {
    for (const sentence of block.sentences) {
      for (const item of sentence.qa ?? []) {
        const count = counts.get(item.check) ?? { errors: 0, warnings: 0 };
        if (item.severity === 'error') count.errors += 1;
        else count.warnings += 1;
        counts.set(item.check, count);
        sections.push(
          [
            `### ${sections.length + 1}. ${escapeInline(sentence.id)}: ${escapeInline(item.check)} (${item.severity})`,
            '',
            `- Block: ${escapeInline(block.id)} (${block.role})`,
            `- French: ${escapeInline(sentence.text)}`,
            `- English: ${sentence.translation.trim() === '' ? '*(empty)*' : escapeInline(sentence.translation)}`,
            `- Problem: ${escapeInline(item.message)}`,
          ].join('\n'),
        );
      }
    }
  }
  const errors = [...counts.values()].reduce((sum, count) => sum + count.errors, 0);
  const warnings = [...counts.values()].reduce((sum, count) => sum + count.warnings, 0);
  const title = editionTitle(article, 'fr');
  const frontMatter = articleFrontMatter(
    article,
    { title: `QA report: ${escapeInline(title)}` },
    { checked: summary.checked, failed: summary.failed, warned: summary.warned, errors, warnings },
  );
  const table = [
    '| Check | Errors | Warnings |',
    '| --- | ---: | ---: |',
    ...[...counts].map(([check, count]) => `| ${escapeTableCell(check)} | ${count.errors} | ${count.warnings} |`),
  ];
  const lines = [
    '',
    `# QA report: ${escapeInline(title)}`,
    '',
    `${summary.checked} sentences checked: ${summary.failed} with errors, ${summary.warned} with warnings only.`,
    '',
    '## Summary',
    '',
    ...table,
    '',
    ...providerSection(article),
    '## Findings',
    '',
    sections.length === 0 ? 'Every sentence passed every check.' : sections.join('\n\n'),
    '',
  ];
  return frontMatter + lines.join('\n');
}

/**
 * What the provider could not keep, for a translator to check first: a count per kind, then
 * each kind's items. Sentences left untranslated and repaired come from the provider's notes,
 * glossary terms moved or dropped from the `qa/glossary` findings (grouped by term), protected
 * terms and sentence tags lost from the align stage's warnings, retries and splits from the
 * scheduler's notes (grouped by reason). Only what this run sent has notes: a cached answer has none.
 */
function providerSection(article: AlignedArticle): string[] {
  const notes = article.providerNotes ?? [];
  const ofKind = (kind: ProviderNote['kind']) => notes.filter((note) => note.kind === kind);
  const where = (note: ProviderNote) => note.sentence ?? note.block;
  const untranslated = article.blocks.flatMap((block) =>
    block.sentences.filter((sentence) => sentence.untranslated !== undefined).map((sentence) => `${escapeInline(sentence.id)}: ${escapeInline(sentence.untranslated!)}`),
  );
  const repaired = ofKind('repaired').map((note) => `${escapeInline(where(note))}: first answer refused (${escapeInline(note.reason)}), repaired by asking again`);
  const glossary = new Map<string, string[]>();
  for (const block of article.blocks) {
    for (const sentence of block.sentences) {
      for (const finding of sentence.qa ?? []) {
        if (finding.check !== 'qa/glossary') continue;
        glossary.set(finding.message, [...(glossary.get(finding.message) ?? []), sentence.id]);
      }
    }
  }
  const glossaryItems = [...glossary].map(([message, ids]) => `${escapeInline(message)} (${ids.map(escapeInline).join(', ')})`);
  const warningItems = (rule: string) => article.warnings.filter((warning) => warning.rule === rule).map((warning) => escapeInline(warning.message));
  const termsLost = warningItems('translate/protected-term-lost');
  const tagsLost = warningItems('align/markup-lost');
  // A request holds several blocks: retries and splits are grouped by reason, and counted by block.
  const grouped = (kind: 'retried' | 'split'): [string[], number] => {
    const byReason = new Map<string, string[]>();
    for (const note of ofKind(kind)) byReason.set(note.reason, [...new Set([...(byReason.get(note.reason) ?? []), where(note)])]);
    const items = [...byReason].map(([reason, ids]) => `${escapeInline(reason)} (${ids.map(escapeInline).join(', ')})`);
    return [items, new Set(ofKind(kind).map(where)).size];
  };
  const [retried, retriedBlocks] = grouped('retried');
  const [split, splitBlocks] = grouped('split');
  const kinds: [string, string[], number][] = [
    ['Sentences left untranslated', untranslated, untranslated.length],
    ['Sentences repaired by asking again', repaired, repaired.length],
    ['Glossary terms moved or dropped', glossaryItems, [...glossary.values()].reduce((sum, ids) => sum + ids.length, 0)],
    ['Protected terms lost', termsLost, termsLost.length],
    ['Sentence tags lost (blocks aligned by length)', tagsLost, tagsLost.length],
    ['Blocks sent again after a failed request', retried, retriedBlocks],
    ['Blocks in a request split as too large', split, splitBlocks],
  ];
  const provider = escapeInline(article.translation.provider);
  const lines = [`## What ${provider} could not keep`, ''];
  if (kinds.every(([, items]) => items.length === 0)) {
    return [...lines, `${provider} kept every sentence, term and tag of this article; no request had to be retried or split.`, ''];
  }
  lines.push('| What | Count |', '| --- | ---: |', ...kinds.map(([label, , count]) => `| ${label} | ${count} |`), '');
  for (const [label, items] of kinds) {
    if (items.length === 0) continue;
    lines.push(`### ${label}`, '', ...items.map((item) => `- ${item}`), '');
  }
  return lines;
}

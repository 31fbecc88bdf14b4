/**
 * The `<slug>.qa.md` report: YAML front matter, a summary table per check, then one section
 * per finding with its block and sentence id, the French, the English and the message.
 * Every piece of article text is escaped, so the report renders it as text.
 */
import { articleFrontMatter, editionTitle } from './front-matter.ts';
import { escapeInline, escapeTableCell } from './markdown-escape.ts';
import type { AlignedArticle } from '../types.ts';
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
    '## Findings',
    '',
    sections.length === 0 ? 'Every sentence passed every check.' : sections.join('\n\n'),
    '',
  ];
  return frontMatter + lines.join('\n');
}

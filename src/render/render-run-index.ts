/**
 * The run's index (`<out>/index.html`): every article of the run with its headline,
 * standfirst, counts and QA status, linking to its reader. A pure function of the entries,
 * which the pipeline collects as articles finish; self-contained and script-free, under the
 * same strict Content-Security-Policy as the reader.
 */
import { isBilingualError } from '../errors.ts';
import { escapeHtml } from '../text/html.ts';
import type { AlignedArticle } from '../types.ts';
import { baseName, editionTitle } from './front-matter.ts';
import { contentSecurityPolicy } from './html/content-security-policy.ts';
import { RUN_INDEX_STYLE } from './html/page-assets.ts';
import { outputLabel } from './render-outputs.ts';
import { englishTypography } from '../text/english-typography.ts';

/** One article of the run as the index shows it. */
export interface RunIndexEntry {
  /** The source file's base name. */
  file: string;
  /** The article's folder under the output folder. */
  slug: string;
  /** Files written in the article's folder, in the order they were rendered. */
  files: string[];
  /** What the article says, when it was built. */
  article?: {
    kicker?: { fr: string; en: string };
    headline: { fr: string; en: string };
    standfirst?: { fr: string; en: string };
    paragraphs: number;
    sentences: number;
    inferred: number;
    /** Sentences with a failed check (error), and with only warnings. */
    qaErrors: number;
    qaWarnings: number;
    /** Layout and alignment warnings. */
    warnings: number;
  };
  /** The error code of an article that failed. */
  error?: string;
}

function blockPair(article: AlignedArticle, role: 'kicker' | 'standfirst') {
  const block = article.blocks.find((candidate) => candidate.role === role);
  return block === undefined ? undefined : { fr: block.text, en: englishTypography(block.translation) };
}

/** The index entry of an article that was built and written as `files`. */
export function runIndexEntry(article: AlignedArticle, slug: string, files: readonly string[]): RunIndexEntry {
  let sentences = 0;
  let inferred = 0;
  let qaErrors = 0;
  let qaWarnings = 0;
  for (const block of article.blocks) {
    for (const sentence of block.sentences) {
      sentences += 1;
      if (sentence.alignment === 'inferred') inferred += 1;
      const findings = sentence.qa ?? [];
      if (findings.some((finding) => finding.severity === 'error')) qaErrors += 1;
      else if (findings.length > 0) qaWarnings += 1;
    }
  }
  const kicker = blockPair(article, 'kicker');
  const standfirst = blockPair(article, 'standfirst');
  return {
    file: baseName(article.source.file),
    slug,
    files: files.map(baseName),
    article: {
      ...(kicker ? { kicker } : {}),
      headline: { fr: editionTitle(article, 'fr'), en: englishTypography(editionTitle(article, 'en')) },
      ...(standfirst ? { standfirst } : {}),
      paragraphs: article.blocks.filter((block) => block.role === 'paragraph').length,
      sentences,
      inferred,
      qaErrors,
      qaWarnings,
      warnings: article.warnings.length,
    },
  };
}

/** The index entry of an article that failed: its file and the error's stable code. */
export function failedRunIndexEntry(file: string, slug: string, error: unknown): RunIndexEntry {
  return { file: baseName(file), slug, files: [], error: isBilingualError(error) ? error.code : 'UNKNOWN' };
}

function plural(count: number, singular: string): string {
  return `${count} ${singular}${count === 1 ? '' : 's'}`;
}

/** A relative link to a file in an article's folder, each path segment percent-encoded. */
function href(slug: string, file: string): string {
  return `${encodeURIComponent(slug)}/${encodeURIComponent(file)}`;
}

function statusHtml(entry: RunIndexEntry): string {
  if (entry.article === undefined) return `<span class="status status--failed">Failed</span>`;
  const { qaErrors, qaWarnings } = entry.article;
  if (qaErrors > 0) return `<span class="status status--warning">${plural(qaErrors, 'sentence')} failing a check</span>`;
  if (qaWarnings > 0) return `<span class="status status--ok">Checks passed</span>${plural(qaWarnings, 'sentence')} worth a look · `;
  return `<span class="status status--ok">Checks passed</span>`;
}

function entryHtml(entry: RunIndexEntry): string {
  const article = entry.article;
  if (article === undefined) {
    return [
      '<li class="entry">',
      `<h2 class="entry__headline">${escapeHtml(entry.file)}</h2>`,
      `<p class="entry__facts">${statusHtml(entry)}not built (${escapeHtml(entry.error ?? 'UNKNOWN')}); the command’s output says why.</p>`,
      '</li>',
    ].join('\n');
  }
  const reader = entry.files.find((file) => file.endsWith('.html')) ?? entry.files[0];
  const headline = escapeHtml(article.headline.fr);
  const lines = ['<li class="entry">'];
  if (article.kicker) lines.push(`<p class="entry__kicker" lang="fr">${escapeHtml(article.kicker.fr)}</p>`);
  lines.push(
    `<h2 class="entry__headline" lang="fr">${reader === undefined ? headline : `<a href="${escapeHtml(href(entry.slug, reader))}">${headline}</a>`}</h2>`,
    `<p class="entry__english" lang="en">${escapeHtml(article.headline.en)}</p>`,
  );
  if (article.standfirst) lines.push(`<p class="entry__standfirst" lang="fr">${escapeHtml(article.standfirst.fr)}</p>`);
  const counts = [plural(article.paragraphs, 'paragraph'), plural(article.sentences, 'sentence')];
  if (article.inferred > 0) counts.push(`${article.inferred} aligned by length`);
  if (article.warnings > 0) counts.push(plural(article.warnings, 'warning'));
  const links = entry.files.map((file) => `<a href="${escapeHtml(href(entry.slug, file))}" title="${escapeHtml(file)}">${escapeHtml(outputLabel(file))}</a>`);
  lines.push(
    `<p class="entry__facts">${statusHtml(entry)}${counts.join(' · ')} · from ${escapeHtml(entry.file)}</p>`,
    `<p class="entry__facts">${links.join(' ')}</p>`,
    '</li>',
  );
  return lines.join('\n');
}

export interface RunIndexOptions {
  /** When the run was made (ISO 8601); the page shows the day. */
  date: string;
}

/**
 * The index page of a run. The same entries give the same bytes.
 *
 * @example
 * renderRunIndex([runIndexEntry(article, 'g20', ['g20.html'])], { date: '2016-09-05T08:00:00Z' })
 */
export function renderRunIndex(entries: readonly RunIndexEntry[], options: RunIndexOptions): string {
  const built = entries.filter((entry) => entry.article !== undefined).length;
  const failed = entries.length - built;
  const sentences = entries.reduce((sum, entry) => sum + (entry.article?.sentences ?? 0), 0);
  const summary = [`${plural(built, 'article')} built`, plural(sentences, 'sentence')];
  if (failed > 0) summary.push(`${failed} failed`);
  const policy = contentSecurityPolicy({ styles: [RUN_INDEX_STYLE], scripts: [] });
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="generator" content="bilingual">',
    '<title>Bilingual editions</title>',
    `<style>${RUN_INDEX_STYLE}</style>`,
    '</head>',
    '<body>',
    '<main class="index">',
    '<h1 class="index__title">Bilingual editions</h1>',
    `<p class="index__summary">${summary.join(' · ')} · <time datetime="${escapeHtml(options.date)}">${escapeHtml(options.date.slice(0, 10))}</time></p>`,
    `<ol class="entries">\n${entries.map(entryHtml).join('\n')}\n</ol>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

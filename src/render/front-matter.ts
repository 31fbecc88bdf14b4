import { stringify } from 'yaml';
import type { AlignedArticle } from '../types.ts';
import { escapeBlock } from './markdown-escape.ts';

export type EditionKind = 'side-by-side' | 'interleaved' | 'english' | 'french';

const EDITION_LANGUAGES: Record<EditionKind, string[]> = {
  'side-by-side': ['fr', 'en'],
  interleaved: ['fr', 'en'],
  english: ['en'],
  french: ['fr'],
};

/** The base name of a path, so that no machine path ever reaches an output. */
export function baseName(file: string): string {
  return file.split(/[\\/]/).filter((part) => part !== '').at(-1) ?? file;
}

/** The edition's title: the headline in the edition's first language, else the source file name. */
export function editionTitle(article: AlignedArticle, language: 'fr' | 'en'): string {
  const headline = article.blocks.find((block) => block.role === 'headline');
  const text = headline === undefined ? '' : language === 'fr' ? headline.text : headline.translation;
  return text.trim() === '' ? baseName(article.source.file) : text.trim();
}

/**
 * YAML front matter (`---` … `---`) of a Markdown edition. Keys come in a fixed order and
 * every value comes from the article (the date included), so the same article always gives
 * the same bytes.
 *
 * The title is written as Markdown, escaped like any text of the article: Pandoc (and the
 * tools built on it) reads every metadata string as Markdown, so a headline holding
 * `<script>` written as it is would come out of `pandoc -s` as a live script in the title
 * block. Read as Markdown, the title is the headline exactly.
 */
export function renderFrontMatter(article: AlignedArticle, edition: EditionKind, title: string): string {
  return articleFrontMatter(article, { title: escapeBlock(title), edition, languages: EDITION_LANGUAGES[edition] });
}

/**
 * The front matter of any Markdown file written for an article (editions, QA report): what it
 * is (`heading`), where it comes from (source file, its sha256, provider, engine, date,
 * glossary version), then `extra`.
 */
export function articleFrontMatter(article: AlignedArticle, heading: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  const data: Record<string, unknown> = {
    ...heading,
    source: baseName(article.source.file),
    sourceSha256: article.source.sha256,
    provider: article.translation.provider,
    engine: article.translation.engine,
    date: article.translation.date,
  };
  if (article.translation.glossaryVersion !== undefined) data.glossaryVersion = article.translation.glossaryVersion;
  const human = article.blocks.reduce((sum, block) => sum + block.sentences.filter((sentence) => sentence.origin === 'human').length, 0);
  if (human > 0) data.humanTranslations = human; // sentences translated by a person, not the engine
  Object.assign(data, extra);
  // lineWidth 0: never fold long titles, so the YAML stays one key per line.
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}

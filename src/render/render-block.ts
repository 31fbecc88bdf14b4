import type { AlignedArticle, AlignedBlock, BlockRole } from '../types.ts';
import { emphasise, escapeBlock, escapeInline, escapeTableCell } from './markdown-escape.ts';
import { englishTypography } from '../text/english-typography.ts';

export type Language = 'fr' | 'en';

const FURNITURE: ReadonlySet<BlockRole> = new Set(['kicker', 'headline', 'standfirst', 'byline', 'dateline']);

/** Labels put before a caption, one per language. */
export const CAPTION_LABELS: Readonly<Record<Language, string>> = { fr: 'Légende :', en: 'Caption:' };

export interface BlockGroups {
  /** Kicker, headline, standfirst, byline, dateline, in the article's order. */
  furniture: AlignedBlock[];
  paragraphs: AlignedBlock[];
  captions: AlignedBlock[];
}

/** Splits the blocks into furniture (on top), body and captions (last), each kept in reading order. */
export function groupBlocks(article: AlignedArticle): BlockGroups {
  return {
    furniture: article.blocks.filter((block) => FURNITURE.has(block.role)),
    paragraphs: article.blocks.filter((block) => block.role === 'paragraph'),
    captions: article.blocks.filter((block) => block.role === 'caption'),
  };
}

/** What an edition shows in place of a sentence the provider gave no translation (`AlignedSentence.untranslated`). */
export const NO_TRANSLATION_MARK = '[no translation]';

/**
 * The block's text in one language: the French as the source has it, the English with English
 * typography, a sentence the provider left untranslated shown as `[no translation]` in its place
 * (never the French passed off as English).
 */
export function blockText(block: AlignedBlock, language: Language): string {
  if (language === 'fr') return block.text;
  if (!block.sentences.some((sentence) => sentence.untranslated !== undefined)) return englishTypography(block.translation);
  return block.sentences
    .filter((sentence) => sentence.mergedInto === undefined)
    .map((sentence) => (sentence.untranslated !== undefined ? NO_TRANSLATION_MARK : englishTypography(sentence.translation)))
    .filter((text) => text !== '')
    .join(' ');
}

/**
 * One block as a Markdown block, each role with a look of its own:
 * kicker bold (`**CONFLIT SYRIEN**`), headline a heading (`#`, or `headingLevel`), standfirst
 * italic, byline after an em dash, dateline bold italic, caption after a bold label, paragraph
 * plain, an intertitle (`AlignedBlock.intertitle`) a heading one level under the headline's
 * (`##`). Returns `''` for a block with no text in that language.
 */
export function renderBlock(block: AlignedBlock, language: Language, headingLevel = 1): string {
  const text = blockText(block, language).trim();
  if (text === '') return '';
  switch (block.role) {
    case 'kicker':
      return emphasise(text, '**');
    case 'headline':
      return `${'#'.repeat(headingLevel)} ${escapeInline(text)}`;
    case 'standfirst':
      return emphasise(text, '*');
    case 'byline':
      return `— ${escapeInline(text)}`;
    case 'dateline':
      return emphasise(text, '***');
    case 'caption':
      return `**${escapeInline(CAPTION_LABELS[language])}** ${escapeInline(text)}`;
    case 'paragraph':
      return block.intertitle === true ? `${'#'.repeat(headingLevel + 1)} ${escapeInline(text)}` : escapeBlock(text);
  }
}

/**
 * A paragraph as a cell of the side-by-side table: its text, an intertitle's in bold (a table
 * cell holds no heading, and a row of its own in bold in both columns reads as one while every
 * sentence stays in its row).
 */
export function tableCell(block: AlignedBlock, language: Language): string {
  const text = blockText(block, language);
  return block.intertitle === true && text.trim() !== '' ? emphasise(text, '**') : escapeTableCell(text);
}

/** Puts `> ` before every line of a Markdown block. */
export function quote(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** Joins front matter and blocks with one blank line between blocks and a final newline. */
export function assemble(frontMatter: string, blocks: readonly string[]): string {
  const body = blocks.filter((block) => block !== '').join('\n\n');
  return `${frontMatter}\n${body}\n`;
}

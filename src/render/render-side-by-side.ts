import type { AlignedArticle } from '../types.ts';
import { editionTitle, renderFrontMatter } from './front-matter.ts';
import { assemble, groupBlocks, renderBlock, tableCell } from './render-block.ts';

/**
 * The side-by-side edition (`<slug>.fr-en.md`): the furniture on top, each block in French
 * then in English with the same look (the French headline is the `#` title, the English one
 * a `##` under it), then a GFM table with one row per paragraph (Français | English), then
 * the captions, French then English, each after its label. An intertitle's row is in bold in
 * both columns.
 */
export function renderSideBySide(article: AlignedArticle): string {
  const { furniture, paragraphs, captions } = groupBlocks(article);
  const blocks: string[] = [];
  for (const block of furniture) {
    blocks.push(renderBlock(block, 'fr', 1), renderBlock(block, 'en', 2));
  }
  if (paragraphs.length > 0) {
    const rows = paragraphs.map((block) => `| ${tableCell(block, 'fr')} | ${tableCell(block, 'en')} |`);
    blocks.push(['| Français | English |', '| --- | --- |', ...rows].join('\n'));
  }
  for (const block of captions) {
    blocks.push(renderBlock(block, 'fr'), renderBlock(block, 'en'));
  }
  return assemble(renderFrontMatter(article, 'side-by-side', editionTitle(article, 'fr')), blocks);
}

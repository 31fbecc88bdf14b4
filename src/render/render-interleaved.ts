import type { AlignedArticle } from '../types.ts';
import { editionTitle, renderFrontMatter } from './front-matter.ts';
import { assemble, groupBlocks, quote, renderBlock } from './render-block.ts';

/**
 * The interleaved edition (`<slug>.fr-en.interleaved.md`): every block in French, followed
 * by its English as a blockquote with the same look (the English headline as a `##` in the
 * quote), furniture first, captions last. Read top to bottom, the English is always right
 * under the French it translates and is told apart by the quote bar.
 */
export function renderInterleaved(article: AlignedArticle): string {
  const { furniture, paragraphs, captions } = groupBlocks(article);
  const blocks: string[] = [];
  for (const block of [...furniture, ...paragraphs, ...captions]) {
    blocks.push(renderBlock(block, 'fr', 1));
    const english = renderBlock(block, 'en', 2);
    if (english !== '') blocks.push(quote(english));
  }
  return assemble(renderFrontMatter(article, 'interleaved', editionTitle(article, 'fr')), blocks);
}

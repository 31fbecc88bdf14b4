import type { AlignedArticle } from '../types.ts';
import { editionTitle, renderFrontMatter } from './front-matter.ts';
import { assemble, groupBlocks, renderBlock } from './render-block.ts';

/** The English edition (`<slug>.en.md`): furniture, paragraphs and captions in English, with English typography. */
export function renderEnglish(article: AlignedArticle): string {
  const { furniture, paragraphs, captions } = groupBlocks(article);
  const blocks = [...furniture, ...paragraphs, ...captions].map((block) => renderBlock(block, 'en', 1));
  return assemble(renderFrontMatter(article, 'english', editionTitle(article, 'en')), blocks);
}

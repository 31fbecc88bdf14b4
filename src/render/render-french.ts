import type { AlignedArticle } from '../types.ts';
import { editionTitle, renderFrontMatter } from './front-matter.ts';
import { assemble, groupBlocks, renderBlock } from './render-block.ts';

/** The cleaned French edition (`<slug>.fr.md`): the French text with its own typography, as the source has it. */
export function renderFrench(article: AlignedArticle): string {
  const { furniture, paragraphs, captions } = groupBlocks(article);
  const blocks = [...furniture, ...paragraphs, ...captions].map((block) => renderBlock(block, 'fr', 1));
  return assemble(renderFrontMatter(article, 'french', editionTitle(article, 'fr')), blocks);
}

import type { AlignedArticle } from '../types.ts';
import { renderOutputs, type RenderedFile } from './render-outputs.ts';

export type { RenderedFile };

/** The editions proper: the four Markdown editions, the aligned JSON and the TMX. */
export const EDITION_FORMATS = ['side-by-side', 'interleaved', 'english', 'french', 'json', 'tmx'] as const;

/** The editions of one article, named after its slug, in a fixed order (the outputs' list, `render-outputs.ts`, less the QA report and the reader). */
export function renderEditions(article: AlignedArticle, slug: string): RenderedFile[] {
  return renderOutputs(article, slug, EDITION_FORMATS);
}

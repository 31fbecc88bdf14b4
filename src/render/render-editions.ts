import type { AlignedArticle } from '../types.ts';
import { renderAlignedJson } from './render-aligned-json.ts';
import { renderEnglish } from './render-english.ts';
import { renderFrench } from './render-french.ts';
import { renderInterleaved } from './render-interleaved.ts';
import { renderSideBySide } from './render-side-by-side.ts';
import { renderTmx } from './render-tmx.ts';

export interface RenderedFile {
  /** File name inside the article's folder. */
  name: string;
  content: string;
}

/** Every output of one article, named after its slug, in a fixed order. */
export function renderEditions(article: AlignedArticle, slug: string): RenderedFile[] {
  return [
    { name: `${slug}.fr-en.md`, content: renderSideBySide(article) },
    { name: `${slug}.fr-en.interleaved.md`, content: renderInterleaved(article) },
    { name: `${slug}.en.md`, content: renderEnglish(article) },
    { name: `${slug}.fr.md`, content: renderFrench(article) },
    { name: `${slug}.json`, content: renderAlignedJson(article) },
    { name: `${slug}.tmx`, content: renderTmx(article) },
  ];
}

import type { AlignedArticle } from '../types.ts';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) sorted[key] = sortKeys(item);
    }
    return sorted;
  }
  return value;
}

/**
 * The aligned article as `<slug>.json`: the article as it is (no typography or escaping
 * applied), keys sorted at every level so the bytes never depend on how the object was
 * built, two-space indentation and a final newline.
 */
export function renderAlignedJson(article: AlignedArticle): string {
  return `${JSON.stringify(sortKeys(article), null, 2)}\n`;
}

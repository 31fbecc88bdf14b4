import type { ProviderGlossary } from '../providers/types.ts';
import type { Glossary } from './types.ts';

/**
 * The glossary in the shape providers with native glossaries take: translated terms as
 * entries, kept terms as `doNotTranslate`, the same `version` (part of the cache key).
 * Transliterations are QA-only and never sent.
 */
export function toProviderGlossary(glossary: Glossary, resourceName?: string): ProviderGlossary {
  return {
    version: glossary.version,
    entries: glossary.terms.filter((term) => !term.doNotTranslate).map((term) => ({ source: term.source, target: term.target })),
    doNotTranslate: glossary.terms.filter((term) => term.doNotTranslate).map((term) => term.source),
    ...(resourceName === undefined ? {} : { resourceName }),
  };
}

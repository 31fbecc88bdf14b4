export type { Glossary, GlossaryTerm } from './types.ts';
export { createGlossary, glossaryFileSchema, loadGlossary, parseGlossary, type GlossaryFile } from './load-glossary.ts';
export { findTermMatches, targetFor, type TermMatch } from './find-term-matches.ts';
export {
  escapeHtml,
  protectTerms,
  protectTermsInText,
  unescapeHtml,
  type ProtectedHtml,
  type ProtectedTerm,
  type ProtectedText,
  type RestoreTerms,
} from './protect-terms.ts';
export { toProviderGlossary } from './to-provider-glossary.ts';
export { DEFAULT_GLOSSARY_PATH, loadConfiguredGlossary } from './load-configured-glossary.ts';

/**
 * The glossary as the pipeline uses it (issue 6): French terms with their imposed English
 * translation, terms kept as they are, and name equivalents the QA names check accepts.
 * `config/glossary.yaml` is the source; `loadGlossary` validates it and computes `version`.
 */

export interface GlossaryTerm {
  /** The French term as written in the glossary (for example `Chine Nouvelle`). */
  source: string;
  /** The English the term must become; for a do-not-translate term, the term itself. */
  target: string;
  /**
   * Match the French case exactly. A case-sensitive term also matches its ALL-CAPS form
   * (kickers and headlines set in capitals).
   * @default true
   */
  caseSensitive: boolean;
  /**
   * Match whole words only: not inside a longer word nor a hyphenated compound. Elided
   * articles (`d'Alep`, `l'Elysée`) still match.
   * @default true
   */
  wholeWord: boolean;
  /** True for `doNotTranslate:` entries: the term is kept as written in the French. */
  doNotTranslate: boolean;
}

export interface Glossary {
  /** sha256 (hex) of the normalised content, so comments and key order do not change it. Part of the cache key. */
  version: string;
  /** Every term, translated ones and do-not-translate ones, in file order. */
  terms: GlossaryTerm[];
  /**
   * Accepted English forms of French names, used only by the `qa/names` check and never
   * sent to providers (for example `Etats-Unis` -> `United States`, `Moscou` -> `Moscow`).
   */
  transliterations: Record<string, string[]>;
}


import { BilingualError } from '../errors.ts';
import type { Glossary } from '../glossary/index.ts';
import type { AlignedArticle } from '../types.ts';
import { getFrenchLexicon } from '../layout/french-lexicon.ts';
import { qaArticle, type QaSummary, type WordLists } from './checks.ts';
import { getEnglishLexicon } from './english-lexicon.ts';

/**
 * The qa stage over an article: every pair checked (`qaArticle`), with the French and English
 * word lists where installed (`qa/unknown-word`); with `strict` (`qa.strict`, `--strict`), a
 * failed check fails the article (`QA_FAILED`).
 */
export function checkArticle(article: AlignedArticle, glossary: Glossary | undefined, strict: boolean): { article: AlignedArticle; summary: QaSummary } {
  const checked = qaArticle(article, glossary, undefined, installedWordLists());
  if (strict && checked.summary.failed > 0) {
    throw new BilingualError(
      'QA_FAILED',
      `${checked.summary.failed} translation check(s) failed and --strict is on; see the QA findings with --json.`,
      { details: { byCheck: checked.summary.byCheck } },
    );
  }
  return checked;
}

/** Both word lists, or undefined when the English one is not installed. */
function installedWordLists(): WordLists | undefined {
  const english = getEnglishLexicon();
  return english === undefined ? undefined : { french: getFrenchLexicon(), english };
}

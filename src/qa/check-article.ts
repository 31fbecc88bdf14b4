import { BilingualError } from '../errors.ts';
import type { Glossary } from '../glossary/index.ts';
import type { AlignedArticle } from '../types.ts';
import { qaArticle, type QaSummary } from './checks.ts';

/**
 * The qa stage over an article: every pair checked (`qaArticle`); with `strict`
 * (`qa.strict`, `--strict`), a failed check fails the article (`QA_FAILED`).
 */
export function checkArticle(article: AlignedArticle, glossary: Glossary | undefined, strict: boolean): { article: AlignedArticle; summary: QaSummary } {
  const checked = qaArticle(article, glossary);
  if (strict && checked.summary.failed > 0) {
    throw new BilingualError(
      'QA_FAILED',
      `${checked.summary.failed} translation check(s) failed and --strict is on; see the QA findings with --json.`,
      { details: { byCheck: checked.summary.byCheck } },
    );
  }
  return checked;
}

export {
  checkEmpty,
  checkGlossary,
  checkLengthRatio,
  checkNames,
  checkNumbers,
  checkQuotes,
  checkUntranslated,
  FRENCH_FUNCTION_WORDS,
  QA_CHECK_IDS,
  qaArticle,
  runQaChecks,
  sameName,
  summariseQa,
  type QaCheckId,
  type QaContext,
  type QaOptions,
  type QaPair,
  type QaSummary,
} from './checks.ts';
export { englishNumberFacts, frenchNumberFacts, type NumberFact } from './number-facts.ts';
export { checkArticle } from './check-article.ts';

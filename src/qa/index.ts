export {
  checkEmpty,
  checkGlossary,
  checkLengthRatio,
  checkNames,
  checkNumbers,
  checkQuotes,
  checkUnknownWords,
  checkUntranslated,
  FRENCH_FUNCTION_WORDS,
  CONDITIONAL_QA_CHECK_IDS,
  QA_CHECK_IDS,
  qaArticle,
  runQaChecks,
  sameName,
  setInCapitals,
  summariseQa,
  type QaCheckId,
  type QaContext,
  type QaOptions,
  type QaPair,
  type QaSummary,
  type WordLists,
} from './checks.ts';
export { getEnglishLexicon, type EnglishLexicon } from './english-lexicon.ts';
export { englishNumberFacts, frenchNumberFacts, type NumberFact } from './number-facts.ts';
export { checkArticle } from './check-article.ts';

import type { AlignedArticle, AlignedSentence } from '../types.ts';

/** What a reader is told about an article's sentences: how many, aligned by length, and failing or flagged by QA. */
export interface SentenceTally {
  sentences: number;
  /** Pairs aligned by length rather than by markup. */
  inferred: number;
  /** Sentences with at least one QA finding of severity error. */
  qaErrors: number;
  /** Sentences with QA findings, none of them an error. */
  qaWarnings: number;
  /** Sentences translated by a person (`origin: 'human'`). */
  human: number;
}

/** Counts an article's sentences by alignment and QA outcome; `visit` sees each sentence too. */
export function tallySentences(article: AlignedArticle, visit?: (sentence: AlignedSentence) => void): SentenceTally {
  const tally: SentenceTally = { sentences: 0, inferred: 0, qaErrors: 0, qaWarnings: 0, human: 0 };
  for (const block of article.blocks) {
    for (const sentence of block.sentences) {
      tally.sentences += 1;
      if (sentence.alignment === 'inferred') tally.inferred += 1;
      if (sentence.origin === 'human') tally.human += 1;
      const findings = sentence.qa ?? [];
      if (findings.some((finding) => finding.severity === 'error')) tally.qaErrors += 1;
      else if (findings.length > 0) tally.qaWarnings += 1;
      visit?.(sentence);
    }
  }
  return tally;
}

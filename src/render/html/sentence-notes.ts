import type { AlignedBlock, AlignedSentence } from '../../types.ts';

/** What a reader may want to know about one sentence pair, and how the page marks it. */
export interface SentenceNotes {
  /** The group the sentence lights up with: its own id, or the id of the sentence holding its translation. */
  pair: string;
  /** Classes for the French and the English sentence. */
  frenchClasses: string[];
  englishClasses: string[];
  /** One line per note, shown on hover (title) and in the page's note when the sentence is active. */
  lines: string[];
}

/** Words for the alignment methods that are not exact by construction. */
export const INFERRED_NOTE =
  'Aligned by length: the engine did not keep the sentence markers, so this pairing was inferred from the sentences’ lengths and may be off by one.';

export const HUMAN_NOTE = 'Translated by a person (from an edited edition, an XLIFF or the translation memory), not by the engine.';

export const UNKNOWN_WORD_NOTE = 'Not in the engine’s dictionaries: left as written in French.';

/** What the page says about one finding of the translation checks. */
export function findingNote(finding: { check: string; severity: 'error' | 'warning'; message: string }): string {
  return `${finding.severity === 'error' ? 'Check failed' : 'To check'} (${finding.check}): ${finding.message}`;
}

/**
 * The notes of a sentence of `block`: an inferred alignment, a sentence translated together
 * with its neighbour (a 2–1 match), and the translation checks' findings. Marks stay
 * discreet: a dotted underline for an inferred pair on both sides, a wavy one under an
 * English sentence with a finding (under the French when there is no English to mark).
 */
export function sentenceNotes(block: AlignedBlock, sentence: AlignedSentence): SentenceNotes {
  const frenchClasses: string[] = [];
  const englishClasses: string[] = [];
  const lines: string[] = [];
  if (sentence.alignment === 'inferred') {
    frenchClasses.push('s--inferred');
    englishClasses.push('s--inferred');
    lines.push(INFERRED_NOTE);
  }
  if (sentence.origin === 'human') {
    englishClasses.push('s--human');
    lines.push(HUMAN_NOTE);
  }
  if (sentence.mergedInto !== undefined) {
    const here = block.sentences.indexOf(sentence);
    const there = block.sentences.findIndex((candidate) => candidate.id === sentence.mergedInto);
    const which = there > here ? 'the next one' : 'the one before';
    lines.push(`Translated together with ${which}: the English gives one sentence for both.`);
  }
  const findings = sentence.qa ?? [];
  if (findings.length > 0) {
    const worst = findings.some((finding) => finding.severity === 'error') ? 's--qa-error' : 's--qa-warning';
    (sentence.translation.trim() === '' ? frenchClasses : englishClasses).push(worst);
    lines.push(...findings.map(findingNote));
  }
  return { pair: sentence.mergedInto ?? sentence.id, frenchClasses, englishClasses, lines };
}

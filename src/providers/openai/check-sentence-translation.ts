/**
 * Whether one sentence's answer from a chat model can be taken as its translation. An LLM's
 * usual failures, each refused: nothing, commentary ("Here is the translation:"), a `<think>`
 * block or code fence inside the value, the French copied or answered in French, a length no
 * translation of the sentence could have (two sentences merged into one, half of one), the
 * fixed `⟦…⟧` terms lost or changed.
 */
import { keptMarkers } from './sentence-round-trip.ts';

export interface SentenceCheckOptions {
  /**
   * Plausible English/French length ratios (letters and digits), checked when the French has
   * at least `minimumLetters` of them. French news English runs at about 0.85 to 1.0.
   * @default { minimum: 0.4, maximum: 2.2, minimumLetters: 40 }
   */
  lengthRatio?: { minimum: number; maximum: number; minimumLetters: number };
}

const DEFAULT_RATIO = { minimum: 0.4, maximum: 2.2, minimumLetters: 40 };

/** Words only French uses often; their English counterparts below. Both lists are of very common function words. */
const FRENCH_WORDS = new Set([
  'le', 'la', 'les', 'des', 'du', 'une', 'est', 'et', 'qui', 'que', 'dans', 'pour', 'sur', 'avec', 'pas', 'ne', 'au', 'aux',
  'ces', 'cette', 'il', 'elle', 'ils', 'ont', 'sont', 'été', 'mais', 'leur', 'selon', 'nous', 'vous', 'avait', 'était', 'sera',
]);
const ENGLISH_WORDS = new Set([
  'the', 'of', 'and', 'to', 'in', 'is', 'was', 'that', 'for', 'on', 'with', 'as', 'by', 'it', 'he', 'she', 'they', 'has', 'have',
  'had', 'be', 'been', 'are', 'were', 'not', 'but', 'from', 'at', 'this', 'which', 'who', 'will', 'would', 'said', 'their',
]);

const PREAMBLE = /^(here('s| is| are)\b|sure\b|certainly\b|of course\b|translation\s*:|english\s*:|voici\b|traduction\s*:)/i;

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter((word) => word !== '');
}

function letters(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether most of the common function words of the text are French ones. */
export function readsAsFrench(text: string): boolean {
  let french = 0;
  let english = 0;
  for (const word of words(text)) {
    const bare = word.replace(/^[ldjnmstcq]'/, '');
    if (FRENCH_WORDS.has(bare) || /^[ldjnmstcq]'/.test(word)) french += 1;
    if (ENGLISH_WORDS.has(word)) english += 1;
  }
  return french >= 2 && french > english * 2;
}

/** Why `english` cannot be the translation of `french`, or undefined when it can. */
export function checkSentenceTranslation(french: string, english: string, options: SentenceCheckOptions = {}): string | undefined {
  const text = english.trim();
  if (text === '') return 'the translation was empty';
  if (/<think\b|<\/think>/i.test(text)) return 'the translation held a <think> block';
  if (/```|~~~/.test(text)) return 'the translation held a code fence';
  if (PREAMBLE.test(text) && !PREAMBLE.test(french.trim())) return 'the translation began with commentary';
  if (/\n/.test(text) && !/\n/.test(french)) return 'the translation ran over several lines';
  const sent = keptMarkers(french).sort();
  const got = keptMarkers(text).sort();
  if (sent.length !== got.length || sent.some((term, index) => term !== got[index])) return 'a fixed ⟦term⟧ was lost or changed';
  if (words(french).length >= 4) {
    if (comparable(text) === comparable(french)) return 'the translation was a copy of the French';
    if (readsAsFrench(text)) return 'the translation was still in French';
  }
  const ratio = options.lengthRatio ?? DEFAULT_RATIO;
  const frenchLetters = letters(french);
  if (frenchLetters >= ratio.minimumLetters) {
    const value = letters(text) / frenchLetters;
    if (value < ratio.minimum || value > ratio.maximum) return `the translation's length was ${value.toFixed(2)} times the French's`;
  }
  return undefined;
}

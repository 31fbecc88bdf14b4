/**
 * Length-based sentence alignment after Gale & Church, "A Program for Aligning Sentences in
 * Bilingual Corpora" (Computational Linguistics 19(1), 1993), used when a translation came
 * back as one paragraph without the sentence elements.
 *
 * A bead matches 0–2 French sentences with 0–2 English ones. Its cost is
 * `-ln P(kind) - ln P(|δ|)`, with `δ = (l₂ - l₁·c) / √(l₁·s²)` the normalised length
 * difference (l₁, l₂ the French and English lengths; l₁ taken as the mean of `l₁` and `l₂/c`
 * so that 0-1 beads have a finite cost, as in the authors' program) and
 * `P(|δ|) = 2·(1 - Φ(|δ|))` the two-tailed normal probability. Dynamic programming finds
 * the cheapest sequence of beads.
 *
 * One translation per French sentence comes out of the beads:
 * - 1-1: the English sentence;
 * - 1-2: both English sentences, joined by a space;
 * - 2-1: the whole English sentence goes to the FIRST French sentence and the second is
 *   marked merged into it (empty translation, `mergedInto` pointing at the first). Cutting the
 *   English at a guessed point would invent a boundary the translation does not have;
 * - 2-2: the two English sentences go to the two French ones in order (the boundary moved);
 *   doubtful when they do not fit one by one (reordered sentences look like this);
 * - 0-1: English with no French counterpart is appended to the preceding French sentence's
 *   translation (prepended to the following one at the start of a paragraph);
 * - 1-0: the French sentence has no translation (empty): the paragraph is doubtful.
 */
import { segmentEnglish } from './segment-english.ts';

export type BeadKind = '1-1' | '1-0' | '0-1' | '2-1' | '1-2' | '2-2';

export interface GaleChurchOptions {
  /**
   * Expected English characters per French character (c in the paper).
   * @default 1
   */
  expectedRatio?: number;
  /**
   * Variance of the English length per French character (s² in the paper).
   * @default 6.8
   */
  variance?: number;
  /**
   * Below this confidence a paragraph is reported as doubtful.
   * @default 0.5
   */
  doubtfulBelow?: number;
}

/** Prior probability of each bead kind, from Table 5 of the paper (as in its published program). */
export const BEAD_PRIORS: Readonly<Record<BeadKind, number>> = {
  '1-1': 0.89,
  '1-0': 0.0099,
  '0-1': 0.0099,
  '2-1': 0.089,
  '1-2': 0.089,
  '2-2': 0.011,
};

const BEAD_SHAPES: readonly [BeadKind, number, number][] = [
  ['1-1', 1, 1],
  ['1-0', 1, 0],
  ['0-1', 0, 1],
  ['2-1', 2, 1],
  ['1-2', 1, 2],
  ['2-2', 2, 2],
];

export interface Bead {
  kind: BeadKind;
  /** Indexes of the French sentences in this bead. */
  source: number[];
  /** Indexes of the English sentences in this bead. */
  target: number[];
  /** Normalised length difference δ. */
  delta: number;
  /** `-ln P(kind) - ln P(|δ|)`. */
  cost: number;
}

/**
 * ln(erfc(x)) for x ≥ 0, from the Chebyshev fit of Numerical Recipes (`erfcc`, fractional
 * error below 1.2e-7), computed in log space so that large x never underflow to -Infinity.
 */
function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const polynomial =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) - x * x + polynomial;
}

/** ln P(|δ|) with P(|δ|) = 2·(1 − Φ(|δ|)) = erfc(|δ|/√2). */
export function logMatchProbability(delta: number): number {
  return Math.min(0, logErfc(Math.abs(delta) / Math.SQRT2));
}

/** δ for French length `sourceLength` and English length `targetLength`. */
export function lengthDelta(sourceLength: number, targetLength: number, expectedRatio = 1, variance = 6.8): number {
  const mean = (sourceLength + targetLength / expectedRatio) / 2;
  if (mean === 0) return 0;
  return (targetLength - sourceLength * expectedRatio) / Math.sqrt(mean * variance);
}

/** The Gale–Church dynamic programme: the cheapest beads covering both sequences, in order. */
export function galeChurch(sourceLengths: readonly number[], targetLengths: readonly number[], options: GaleChurchOptions = {}): Bead[] {
  const expectedRatio = options.expectedRatio ?? 1;
  const variance = options.variance ?? 6.8;
  const rows = sourceLengths.length;
  const columns = targetLengths.length;
  const cost: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(columns + 1).fill(Infinity));
  const back: (Bead | undefined)[][] = Array.from({ length: rows + 1 }, () => new Array<Bead | undefined>(columns + 1).fill(undefined));
  cost[0]![0] = 0;
  const sum = (lengths: readonly number[], from: number, count: number) => {
    let total = 0;
    for (let index = from; index < from + count; index += 1) total += lengths[index] ?? 0;
    return total;
  };
  for (let i = 0; i <= rows; i += 1) {
    for (let j = 0; j <= columns; j += 1) {
      if (i === 0 && j === 0) continue;
      for (const [kind, di, dj] of BEAD_SHAPES) {
        if (i < di || j < dj) continue;
        const previous = cost[i - di]![j - dj]!;
        if (previous === Infinity) continue;
        const delta = lengthDelta(sum(sourceLengths, i - di, di), sum(targetLengths, j - dj, dj), expectedRatio, variance);
        const beadCost = -Math.log(BEAD_PRIORS[kind]) - logMatchProbability(delta);
        if (previous + beadCost < cost[i]![j]!) {
          cost[i]![j] = previous + beadCost;
          back[i]![j] = {
            kind,
            source: Array.from({ length: di }, (_, k) => i - di + k),
            target: Array.from({ length: dj }, (_, k) => j - dj + k),
            delta,
            cost: beadCost,
          };
        }
      }
    }
  }
  const beads: Bead[] = [];
  for (let i = rows, j = columns; i > 0 || j > 0; ) {
    const bead = back[i]![j]!;
    beads.push(bead);
    i -= bead.source.length;
    j -= bead.target.length;
  }
  return beads.reverse();
}

/** Sentence length as Gale and Church count it: characters, here without whitespace. */
export function alignmentLength(text: string): number {
  return [...text.replace(/\s+/g, '')].length;
}

export interface LengthAlignment {
  /** One translation per French sentence, same order; `''` for merged or lost sentences. */
  translations: string[];
  /** For a sentence merged into another by a 2-1 bead, the index of the one holding the translation. */
  mergedInto: (number | undefined)[];
  /** English sentences found by the segmenter. */
  targetSentences: string[];
  beads: Bead[];
  /**
   * How well the lengths fit: the geometric mean over beads of P(|δ|), 1 for a perfect fit.
   * Merges and splits are not penalised here, only length mismatches.
   */
  confidence: number;
  /** `aligned`, `doubtful` (low confidence, a French sentence lost, English left over) or `failed` (no English). */
  status: 'aligned' | 'doubtful' | 'failed';
  /** Why the paragraph is doubtful or failed, for the report. */
  reasons: string[];
}

/**
 * Aligns a paragraph translated as a whole to its French sentences: segments the English,
 * runs Gale–Church and turns the beads into one translation per French sentence (see the
 * module comment for what each bead kind gives).
 */
export function alignByLength(sourceSentences: readonly string[], translatedParagraph: string, options: GaleChurchOptions = {}): LengthAlignment {
  const targetSentences = segmentEnglish(translatedParagraph);
  const translations = sourceSentences.map(() => '');
  const mergedInto: (number | undefined)[] = sourceSentences.map(() => undefined);
  if (sourceSentences.length === 0) {
    return { translations, mergedInto, targetSentences, beads: [], confidence: targetSentences.length === 0 ? 1 : 0, status: targetSentences.length === 0 ? 'aligned' : 'doubtful', reasons: targetSentences.length === 0 ? [] : ['English text came back for a paragraph with no French sentence'] };
  }
  if (targetSentences.length === 0) {
    return { translations, mergedInto, targetSentences, beads: [], confidence: 0, status: 'failed', reasons: ['the translation is empty'] };
  }
  const expectedRatio = options.expectedRatio ?? 1;
  const variance = options.variance ?? 6.8;

  if (sourceSentences.length === 1) {
    // One French sentence: all the English is its translation, whatever the segmenter found.
    const delta = lengthDelta(alignmentLength(sourceSentences[0]!), alignmentLength(translatedParagraph), expectedRatio, variance);
    const joined = targetSentences.join(' ');
    translations[0] = joined;
    const confidence = Math.exp(logMatchProbability(delta));
    const beads: Bead[] = [{ kind: targetSentences.length === 1 ? '1-1' : '1-2', source: [0], target: targetSentences.map((_, index) => index), delta, cost: -logMatchProbability(delta) }];
    const doubtful = confidence < (options.doubtfulBelow ?? 0.5);
    return { translations, mergedInto, targetSentences, beads, confidence, status: doubtful ? 'doubtful' : 'aligned', reasons: doubtful ? [`the lengths fit poorly (confidence ${confidence.toFixed(2)})`] : [] };
  }

  const beads = galeChurch(sourceSentences.map(alignmentLength), targetSentences.map(alignmentLength), { expectedRatio, variance });
  const reasons: string[] = [];
  let leading: string[] = [];
  let lastAssigned: number | undefined;
  for (const bead of beads) {
    const english = bead.target.map((index) => targetSentences[index]!);
    switch (bead.kind) {
      case '0-1':
        if (lastAssigned === undefined) leading.push(...english);
        else translations[lastAssigned] = `${translations[lastAssigned]} ${english.join(' ')}`.trim();
        reasons.push(`English "${english.join(' ')}" matches no French sentence; it was attached to the ${lastAssigned === undefined ? 'following' : 'preceding'} one`);
        continue;
      case '1-0':
        reasons.push(`French sentence ${bead.source[0]! + 1} has no translation`);
        continue;
      case '2-1':
        translations[bead.source[0]!] = english.join(' ');
        mergedInto[bead.source[1]!] = bead.source[0]!;
        break;
      case '2-2': {
        translations[bead.source[0]!] = english[0]!;
        translations[bead.source[1]!] = english[1]!;
        // The pair fits as a whole; check that each sentence fits its English one by one.
        const inner = [0, 1].map((k) => lengthDelta(alignmentLength(sourceSentences[bead.source[k]!]!), alignmentLength(english[k]!), expectedRatio, variance));
        if (inner.some((delta) => Math.abs(delta) > 1.96)) {
          reasons.push(`French sentences ${bead.source[0]! + 1} and ${bead.source[1]! + 1} fit their English only as a pair (reordered or cut elsewhere)`);
        }
        break;
      }
      default:
        translations[bead.source[0]!] = english.join(' ');
    }
    if (leading.length > 0) {
      translations[bead.source[0]!] = `${leading.join(' ')} ${translations[bead.source[0]!]}`;
      leading = [];
    }
    lastAssigned = bead.kind === '2-1' ? bead.source[0] : bead.source.at(-1);
  }
  if (leading.length > 0) reasons.push('no French sentence received any English');

  const logSum = beads.reduce((total, bead) => total + logMatchProbability(bead.delta), 0);
  const confidence = Math.exp(logSum / beads.length);
  if (confidence < (options.doubtfulBelow ?? 0.5)) reasons.push(`the lengths fit poorly (confidence ${confidence.toFixed(2)})`);
  const lost = translations.every((translation, index) => translation === '' && mergedInto[index] === undefined);
  return {
    translations,
    mergedInto,
    targetSentences,
    beads,
    confidence,
    status: lost ? 'failed' : reasons.length > 0 ? 'doubtful' : 'aligned',
    reasons,
  };
}

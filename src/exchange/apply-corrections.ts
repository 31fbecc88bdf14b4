/**
 * Human corrections applied to an aligned article: each corrected sentence takes the person's
 * English and `origin: 'human'`; a paragraph whose edited English could not be matched to its
 * sentences is taken whole (on its first sentence, the others merged into it). A correction
 * whose French is not the article's French any more (the article was rebuilt from a changed
 * source since the export) refuses the whole import, naming the units: nothing is written.
 */
import { BilingualError } from '../errors.ts';
import { blockSource } from '../memory/apply-translation-memory.ts';
import { memoryKey, normaliseFrench, type MemoryEntry, type MemoryState } from '../memory/translation-memory.ts';
import type { AlignedArticle, AlignedBlock, AlignedSentence } from '../types.ts';

/** A person's English for one sentence. */
export interface SentenceCorrection {
  kind: 'sentence';
  /** The sentence id (`p3.s2`): an XLIFF unit id, or found by the Markdown reader. */
  id: string;
  translation: string;
  state: MemoryState;
  /** The French the correction was made against, when the file says it (XLIFF `<source>`). */
  source?: string;
  /** Its hash as exported (`memoryKey`), when the file kept it. */
  sourceHash?: string;
}

/** A person's English for a whole paragraph whose sentences could not be matched one by one. */
export interface BlockCorrection {
  kind: 'block';
  blockId: string;
  translation: string;
  state: MemoryState;
}

export type Correction = SentenceCorrection | BlockCorrection;

export interface AppliedCorrections {
  article: AlignedArticle;
  /** Sentence ids whose English changed, in article order. */
  sentences: string[];
  /** Blocks taken whole. */
  wholeBlocks: string[];
  /** What the translation memory learns. */
  entries: MemoryEntry[];
}

/** Where the corrections come from (`import:g20.fr-en.md`) and when. */
export interface CorrectionOrigin {
  origin: string;
  date: string;
}

/** Most unit ids a refusal names before saying how many more. */
const NAMED_UNITS = 12;

export function applyCorrections(article: AlignedArticle, corrections: readonly Correction[], from: CorrectionOrigin): AppliedCorrections {
  const sentences = new Map<string, { block: AlignedBlock; sentence: AlignedSentence }>();
  for (const block of article.blocks) for (const sentence of block.sentences) sentences.set(sentence.id, { block, sentence });
  const changed: string[] = [];
  for (const correction of corrections) {
    if (correction.kind !== 'sentence') continue;
    const found = sentences.get(correction.id);
    if (found === undefined) changed.push(correction.id);
    else if (correction.sourceHash !== undefined && correction.sourceHash !== memoryKey(found.sentence.text)) changed.push(correction.id);
    else if (correction.source !== undefined && normaliseFrench(correction.source) !== normaliseFrench(found.sentence.text)) changed.push(correction.id);
  }
  if (changed.length > 0) {
    const named = changed.slice(0, NAMED_UNITS).join(', ');
    const more = changed.length > NAMED_UNITS ? ` and ${changed.length - NAMED_UNITS} more` : '';
    throw new BilingualError(
      'EXCHANGE_SOURCE_CHANGED',
      `The French of ${changed.length === 1 ? 'unit' : `${changed.length} units`} ${named}${more} is not the article's French any more (changed or gone since the export); nothing was imported: export the article again and redo ${changed.length === 1 ? 'that unit' : 'those units'} in the new file.`,
      { details: { units: changed } },
    );
  }

  const bySentence = new Map<string, SentenceCorrection>();
  const byBlock = new Map<string, BlockCorrection>();
  for (const correction of corrections) {
    if (correction.kind === 'sentence') bySentence.set(correction.id, correction);
    else byBlock.set(correction.blockId, correction);
  }
  const entries: MemoryEntry[] = [];
  const touched: string[] = [];
  const wholeBlocks: string[] = [];
  const blocks = article.blocks.map((block): AlignedBlock => {
    const whole = byBlock.get(block.id);
    let updated: AlignedSentence[];
    if (whole !== undefined) {
      wholeBlocks.push(block.id);
      entries.push({ source: blockSource(block), target: whole.translation, state: whole.state, ...from });
      updated = block.sentences.map((sentence, index) => {
        touched.push(sentence.id);
        const { mergedInto: _mergedInto, ...rest } = sentence;
        return index === 0
          ? { ...rest, translation: whole.translation, alignment: 'sentence', origin: 'human' }
          : { ...rest, translation: '', alignment: 'sentence', origin: 'human', mergedInto: block.sentences[0]!.id };
      });
    } else {
      updated = block.sentences.map((sentence) => {
        const correction = bySentence.get(sentence.id);
        if (correction === undefined) return sentence;
        touched.push(sentence.id);
        entries.push({ source: sentence.text, target: correction.translation, state: correction.state, ...from });
        const { mergedInto: _mergedInto, ...rest } = sentence;
        return { ...rest, translation: correction.translation, alignment: 'sentence', origin: 'human' };
      });
    }
    if (updated.every((sentence, index) => sentence === block.sentences[index])) return block;
    const translation = updated
      .map((sentence) => sentence.translation)
      .filter((text) => text !== '')
      .join(' ');
    return { ...block, sentences: updated, translation };
  });
  return { article: { ...article, blocks }, sentences: touched, wholeBlocks, entries };
}

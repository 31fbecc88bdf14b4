import type { AlignedBlock, AlignedSentence, AlignmentMethod, Block, Warning } from '../types.ts';
import { englishTypography } from '../text/english-typography.ts';
import type { TranslatedBlock } from '../translate/block-round-trip.ts';
import { alignByLength, type GaleChurchOptions } from './align-by-length.ts';
import { readBackSentences, stripHtml } from './read-back-sentences.ts';

export type { TranslatedBlock };

export interface AlignBlockResult {
  block: AlignedBlock;
  warnings: Warning[];
}

/**
 * Matches a block's translation to its sentences.
 *
 * - `html`: the sentences are read back from their `<span id>` elements (`alignment: 'markup'`).
 *   When an id is missing, the markup cannot be trusted for the paragraph, so the whole
 *   paragraph falls back to length-based alignment of its plain text.
 * - `text`: a one-sentence block takes the whole text (`alignment: 'sentence'`); a longer
 *   one is aligned by length (`alignment: 'inferred'`), reported as `align/inferred`, and as
 *   `align/doubtful` or `align/failed` when the alignment is unsure or impossible.
 *
 * English typography is applied to every translation. Nothing is padded: a sentence with no
 * translation keeps an empty one and is named in a warning.
 */
export interface AlignBlockOptions extends GaleChurchOptions {
  /** Sentences the provider said it left untranslated: their elements come back empty, which is no sign of lost markup. */
  untranslated?: ReadonlySet<string>;
}

export function alignBlock(block: Block, translated: TranslatedBlock, options: AlignBlockOptions = {}): AlignBlockResult {
  const untranslated = options.untranslated ?? new Set<string>();
  const warnings: Warning[] = [];
  const line = block.source.startLine;
  const finish = (translations: string[], alignment: AlignmentMethod, mergedInto: (number | undefined)[] = []): AlignBlockResult => {
    const sentences: AlignedSentence[] = block.sentences.map((sentence, index) => {
      const aligned: AlignedSentence = { ...sentence, translation: englishTypography(translations[index] ?? ''), alignment, origin: 'machine' };
      const target = mergedInto[index];
      if (target !== undefined) aligned.mergedInto = block.sentences[target]!.id;
      return aligned;
    });
    const translation = sentences
      .map((sentence) => sentence.translation)
      .filter((text) => text !== '')
      .join(' ');
    return { block: { ...block, sentences, translation }, warnings };
  };

  let plainText = translated.text;
  if (translated.format === 'html') {
    const readBack = readBackSentences(block, translated.text, untranslated);
    warnings.push(...readBack.issues);
    if (block.sentences.every((sentence) => readBack.translations.has(sentence.id) || untranslated.has(sentence.id))) {
      return finish(block.sentences.map((sentence) => readBack.translations.get(sentence.id) ?? ''), 'markup');
    }
    plainText = stripHtml(translated.text);
    if (block.sentences.length > 1) {
      warnings.push({ rule: 'align/markup-lost', message: `The sentence markup of ${block.id} came back incomplete; its sentences were aligned by length instead.`, line });
    }
  } else {
    plainText = plainText.replace(/\s+/g, ' ').trim();
  }

  if (block.sentences.length <= 1) {
    if (plainText === '' && block.sentences.length === 1) {
      warnings.push({ rule: 'align/failed', message: `${block.id} came back with no translation.`, line });
    }
    return finish([plainText], translated.format === 'html' ? 'inferred' : 'sentence');
  }

  const result = alignByLength(block.sentences.map((sentence) => sentence.text), plainText, options);
  const kinds = new Map<string, number>();
  for (const bead of result.beads) kinds.set(bead.kind, (kinds.get(bead.kind) ?? 0) + 1);
  const summary = [...kinds].map(([kind, count]) => `${kind} ×${count}`).join(', ');
  warnings.push({
    rule: 'align/inferred',
    message: `${block.id}: ${block.sentences.length} French and ${result.targetSentences.length} English sentences aligned by length (${summary || 'nothing to align'}), confidence ${result.confidence.toFixed(2)}.`,
    line,
  });
  result.mergedInto.forEach((target, index) => {
    if (target === undefined) return;
    warnings.push({ rule: 'align/inferred', message: `${block.sentences[index]!.id} was translated together with ${block.sentences[target]!.id}; the translation is on ${block.sentences[target]!.id}.`, line });
  });
  if (result.status !== 'aligned') {
    warnings.push({
      rule: result.status === 'failed' ? 'align/failed' : 'align/doubtful',
      message: `${block.id} could ${result.status === 'failed' ? 'not be aligned' : 'be misaligned'}: ${result.reasons.join('; ')}.`,
      line,
    });
  }
  return finish(result.translations, 'inferred', result.mergedInto);
}

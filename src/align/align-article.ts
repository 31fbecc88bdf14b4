import { BilingualError } from '../errors.ts';
import type { EncodedBlock } from '../translate/block-round-trip.ts';
import type { AlignedArticle, AlignedBlock, ProviderNote, StructuredArticle, TranslationInfo, Warning } from '../types.ts';
import { alignBlock } from './align-block.ts';

/**
 * The align stage over a whole article: each block's answer decoded as it was encoded, its
 * sentences matched to their translations (`alignBlock`), then restored (capitals); each block
 * keeps the structure stage's `intertitle` mark (src/segment/intertitles.ts). The
 * alignment warnings join the article's own.
 *
 * @param encoded the article's blocks as they were sent (`encodeBlocks`), in block order
 * @param answers the provider's answer by block id
 * @param notes what the provider noted about the blocks: a sentence it left `untranslated`
 *   keeps an empty translation and the reason (`AlignedSentence.untranslated`); all the notes
 *   become the article's `providerNotes`
 */
export function alignArticle(
  article: StructuredArticle,
  encoded: readonly EncodedBlock[],
  answers: ReadonlyMap<string, string>,
  translation: TranslationInfo,
  notes: readonly ProviderNote[] = [],
): AlignedArticle {
  const warnings: Warning[] = [...article.warnings];
  const blocks: AlignedBlock[] = article.blocks.map((block, index) => {
    const sent = encoded[index]!;
    const answer = answers.get(block.id);
    if (answer === undefined) {
      throw new BilingualError('ALIGNMENT_FAILED', `No translation came back for block ${block.id}.`);
    }
    const untranslated = untranslatedSentences(block.id, block.sentences.map((sentence) => sentence.id), notes);
    const decoded = sent.decode(answer);
    const aligned = alignBlock(block, decoded, { untranslated: new Set(untranslated.keys()) });
    warnings.push(...aligned.warnings);
    // A sentence left untranslated has lost its terms with the rest of it: it is reported once, as untranslated.
    for (const term of (decoded.lostTerms ?? []).filter((lost) => lost.sentenceId === undefined || !untranslated.has(lost.sentenceId))) {
      warnings.push({
        rule: 'translate/protected-term-lost',
        message: `The protected glossary term "${term.source}" (to be "${term.target}") of ${term.sentenceId ?? block.id} did not come back from the engine; the English may lack it.`,
        line: block.source.startLine,
      });
    }
    return sent.restore(withUntranslated(withUnknownWords(aligned.block, decoded.unknownWords), untranslated));
  });
  return { ...article, blocks, warnings, translation, ...(notes.length === 0 ? {} : { providerNotes: [...notes] }) };
}

/** The block's sentences the provider left untranslated, with why (a note without a sentence is about them all). */
function untranslatedSentences(blockId: string, sentenceIds: readonly string[], notes: readonly ProviderNote[]): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const note of notes) {
    if (note.kind !== 'untranslated' || note.block !== blockId) continue;
    for (const id of note.sentence === undefined ? sentenceIds : [note.sentence]) reasons.set(id, note.reason);
  }
  return reasons;
}

/** Each untranslated sentence with no translation and its reason. */
function withUntranslated(block: AlignedBlock, untranslated: ReadonlyMap<string, string>): AlignedBlock {
  if (untranslated.size === 0) return block;
  const sentences = block.sentences.map((sentence) => {
    const reason = untranslated.get(sentence.id);
    return reason === undefined ? sentence : { ...sentence, translation: '', untranslated: reason };
  });
  return { ...block, sentences, translation: sentences.map((sentence) => sentence.translation).filter((text) => text !== '').join(' ') };
}

/** Each sentence with the words the engine marked as unknown in its translation, when it marked any. */
function withUnknownWords(block: AlignedBlock, unknownWords: ReadonlyMap<string, string[]> | undefined): AlignedBlock {
  if (unknownWords === undefined || unknownWords.size === 0) return block;
  return {
    ...block,
    sentences: block.sentences.map((sentence) => {
      const words = unknownWords.get(sentence.id);
      return words === undefined || words.length === 0 ? sentence : { ...sentence, unknownWords: words };
    }),
  };
}

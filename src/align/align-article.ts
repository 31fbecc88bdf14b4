import { BilingualError } from '../errors.ts';
import type { EncodedBlock } from '../translate/block-round-trip.ts';
import type { AlignedArticle, AlignedBlock, StructuredArticle, TranslationInfo, Warning } from '../types.ts';
import { alignBlock } from './align-block.ts';

/**
 * The align stage over a whole article: each block's answer decoded as it was encoded, its
 * sentences matched to their translations (`alignBlock`), then restored (capitals). The
 * alignment warnings join the article's own.
 *
 * @param encoded the article's blocks as they were sent (`encodeBlocks`), in block order
 * @param answers the provider's answer by block id
 */
export function alignArticle(
  article: StructuredArticle,
  encoded: readonly EncodedBlock[],
  answers: ReadonlyMap<string, string>,
  translation: TranslationInfo,
): AlignedArticle {
  const warnings: Warning[] = [...article.warnings];
  const blocks: AlignedBlock[] = article.blocks.map((block, index) => {
    const sent = encoded[index]!;
    const answer = answers.get(block.id);
    if (answer === undefined) {
      throw new BilingualError('ALIGNMENT_FAILED', `No translation came back for block ${block.id}.`);
    }
    const decoded = sent.decode(answer);
    const aligned = alignBlock(block, decoded);
    warnings.push(...aligned.warnings);
    return sent.restore(withUnknownWords(aligned.block, decoded.unknownWords));
  });
  return { ...article, blocks, warnings, translation };
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

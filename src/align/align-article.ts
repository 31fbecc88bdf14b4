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
    const aligned = alignBlock(block, sent.decode(answer));
    warnings.push(...aligned.warnings);
    return sent.restore(aligned.block);
  });
  return { ...article, blocks, warnings, translation };
}

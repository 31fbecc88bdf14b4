/**
 * The translation memory in a build: before the translate stage, every sentence a person has
 * translated (an exact match on its normalised French, from any article) is taken out of what
 * is sent, so no provider sees or bills it; a block whose whole French a person translated as
 * one (a paragraph imported whole) is taken out entirely. After the align stage, the human
 * translations are put back in their places, marked `origin: 'human'`.
 */
import type { EncodedBlock } from '../translate/block-round-trip.ts';
import type { TranslationUnit } from '../translate/translator.ts';
import type { AlignedArticle, AlignedBlock, AlignedSentence, Block, StructuredArticle } from '../types.ts';
import type { MemoryReader } from './translation-memory.ts';

/** What the memory gives one article: the human translations by sentence id. */
export interface HumanTranslations {
  /** Sentence id → the human English. */
  bySentence: Map<string, string>;
  /** Blocks translated as a whole: block id → the human English of the block (on its first sentence). */
  byBlock: Map<string, string>;
}

/** The French of a block as one text, the way a whole-paragraph translation is keyed. */
export function blockSource(block: Pick<Block, 'sentences'>): string {
  return block.sentences.map((sentence) => sentence.text).join(' ');
}

/** Looks the article's sentences (and multi-sentence blocks, whole) up in the memory. */
export async function findHumanTranslations(article: StructuredArticle, memory: MemoryReader): Promise<HumanTranslations> {
  const wholeBlocks = article.blocks.filter((block) => block.sentences.length > 1);
  const sources = [...article.blocks.flatMap((block) => block.sentences.map((sentence) => sentence.text)), ...wholeBlocks.map(blockSource)];
  const found = await memory.lookup(sources);
  const bySentence = new Map<string, string>();
  const byBlock = new Map<string, string>();
  for (const block of article.blocks) {
    const whole = block.sentences.length > 1 ? found.get(blockSource(block)) : undefined;
    if (whole !== undefined) {
      byBlock.set(block.id, whole.target);
      continue;
    }
    for (const sentence of block.sentences) {
      const entry = found.get(sentence.text);
      if (entry !== undefined) bySentence.set(sentence.id, entry.target);
    }
  }
  return { bySentence, byBlock };
}

/**
 * The article as the provider must see it: sentences with a human translation removed, and
 * blocks left with no sentence removed. Sentence ids are kept, so the answers align as usual.
 */
export function withoutHumanSentences(article: StructuredArticle, human: HumanTranslations): StructuredArticle {
  if (human.bySentence.size === 0 && human.byBlock.size === 0) return article;
  const blocks: Block[] = [];
  for (const block of article.blocks) {
    if (human.byBlock.has(block.id)) continue;
    const sentences = block.sentences.filter((sentence) => !human.bySentence.has(sentence.id));
    if (sentences.length === 0) continue;
    blocks.push(sentences.length === block.sentences.length ? block : { ...block, sentences, text: blockSource({ sentences }) });
  }
  return { ...article, blocks };
}

/**
 * A paragraph a person translated only in part is sent without the human sentences: a text the
 * provider has not seen, so its machine sentences would be paid for again. When the cache still
 * holds the whole paragraph's answer (from a build before the correction), the whole paragraph
 * is sent instead: it comes from the cache at no cost, and the human sentences still win when
 * the article is put back together.
 *
 * @param encode how the run encodes blocks for its provider (`encodeBlocks` with its options)
 * @param cachedUnits the ids of the units the cache holds (`Translator.estimate`)
 */
export async function reuseCachedParagraphs(
  article: StructuredArticle,
  sent: StructuredArticle,
  encode: (blocks: readonly Block[]) => EncodedBlock[],
  cachedUnits: (units: readonly TranslationUnit[]) => Promise<ReadonlySet<string>>,
): Promise<{ sent: StructuredArticle; encoded: EncodedBlock[] }> {
  const whole = new Map(article.blocks.map((block) => [block.id, block]));
  const partial = sent.blocks.filter((block) => whole.get(block.id) !== block).map((block) => whole.get(block.id)!);
  if (partial.length > 0) {
    const cached = await cachedUnits(encode(partial).map((encoded) => encoded.unit));
    if (cached.size > 0) sent = { ...sent, blocks: sent.blocks.map((block) => (cached.has(block.id) ? whole.get(block.id)! : block)) };
  }
  return { sent, encoded: encode(sent.blocks) };
}

/**
 * The whole aligned article: each block of `article` with its machine sentences from
 * `aligned` (the article that was sent) and its human ones from the memory, in the article's
 * order. A block translated whole has its English on its first sentence, the others merged
 * into it. Each block keeps its `intertitle` mark, the structure stage's.
 */
export function withHumanTranslations(article: StructuredArticle, aligned: AlignedArticle, human: HumanTranslations): AlignedArticle {
  if (human.bySentence.size === 0 && human.byBlock.size === 0) return aligned;
  const sent = new Map(aligned.blocks.map((block) => [block.id, block]));
  const blocks: AlignedBlock[] = article.blocks.map((block) => {
    const whole = human.byBlock.get(block.id);
    const machine = new Map((sent.get(block.id)?.sentences ?? []).map((sentence) => [sentence.id, sentence]));
    const sentences: AlignedSentence[] = block.sentences.map((sentence, index) => {
      if (whole !== undefined) {
        return index === 0
          ? { ...sentence, translation: whole, alignment: 'sentence', origin: 'human' }
          : { ...sentence, translation: '', alignment: 'sentence', origin: 'human', mergedInto: block.sentences[0]!.id };
      }
      const translation = human.bySentence.get(sentence.id);
      if (translation !== undefined) return { ...sentence, translation, alignment: 'sentence', origin: 'human' };
      return machine.get(sentence.id) ?? { ...sentence, translation: '', alignment: 'sentence', origin: 'machine' };
    });
    const translation = sentences
      .map((sentence) => sentence.translation)
      .filter((text) => text !== '')
      .join(' ');
    const { sentences: _sentences, ...rest } = block;
    return { ...rest, sentences, translation };
  });
  return { ...aligned, blocks, source: article.source, repairs: article.repairs };
}

/** How many sentences of the article a person translated. */
export function countHumanSentences(article: AlignedArticle): number {
  return article.blocks.reduce((sum, block) => sum + block.sentences.filter((sentence) => sentence.origin === 'human').length, 0);
}

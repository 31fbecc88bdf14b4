/**
 * The round trip of a block to the text a provider receives, and back. Encoding, per block:
 * where the provider keeps markup, each sentence wrapped in an element carrying its id (so the
 * align stage reads every sentence's translation back exactly) and glossary terms protected in
 * the same markup; a block set in capitals goes in sentence case. Each encoded block carries
 * how to decode its answer: the protected terms put back (`decode`, before alignment) and the
 * capitals put back (`restore`, on the aligned block).
 */
import { protectTerms, type Glossary } from '../glossary/index.ts';
import { escapeHtml } from '../text/html.ts';
import { isAllCapitals, toSentenceCase, toSentenceCaseHtml } from '../text/all-capitals.ts';
import type { AlignedBlock, Block } from '../types.ts';
import { takeUnknownWordMarks } from './take-unknown-word-marks.ts';
import type { TranslationUnit } from './translator.ts';

/** A provider's answer for one block, as the align stage reads it. */
export interface TranslatedBlock {
  /** What the provider returned for the block: `wrapSentences(block)` translated, or the plain paragraph. */
  text: string;
  format: 'html' | 'text';
  /** Words the engine marked as unknown, by sentence id (`capabilities.unknownWordMarks`). */
  unknownWords?: ReadonlyMap<string, string[]>;
  /** Glossary terms protected in the text whose element the engine did not give back. */
  lostTerms?: { sentenceId?: string; source: string; target: string }[];
}

/** One block ready to send, with how to read its answer back. */
export interface EncodedBlock {
  /** What is sent, under the block's id. */
  unit: TranslationUnit;
  /** The answer as the align stage reads it: protected terms back to their translation. */
  decode(answer: string): TranslatedBlock;
  /** The aligned block as the editions show it: a block set in capitals gets its English in capitals. */
  restore(block: AlignedBlock): AlignedBlock;
}

export interface EncodeOptions {
  /** The provider keeps markup (`capabilities.markup`): sentences go wrapped, terms protected. */
  markup: boolean;
  /** The provider applies a glossary itself (`capabilities.glossary`): only the names kept as written are protected here. */
  nativeGlossary: boolean;
  /** @default no glossary */
  glossary?: Glossary;
  /** The engine marks unknown words in its answers (`capabilities.unknownWordMarks`). @default no marks */
  unknownWordMarks?: 'remove' | 'keep';
}

/**
 * A block as the HTML fragment sent with `format: 'html'`: each sentence escaped and wrapped
 * in `<span id="<sentence id>">…</span>`, joined by single spaces. Services that keep
 * elements (Google) return the same ids, so `readBackSentences` aligns exactly.
 *
 * @example
 * wrapSentences(block) // '<span id="p1.s1">Il a dit «&lt;non&gt;».</span> <span id="p1.s2">Puis…</span>'
 */
export function wrapSentences(block: Pick<Block, 'sentences'>): string {
  return block.sentences.map((sentence) => `<span id="${escapeHtml(sentence.id)}">${escapeHtml(sentence.text)}</span>`).join(' ');
}

/** Every block of an article, encoded for one provider. */
export function encodeBlocks(blocks: readonly Block[], options: EncodeOptions): EncodedBlock[] {
  // A native glossary (Google Advanced) holds the term translations on the service; the
  // names to keep as written are still protected here, whatever that glossary holds.
  const glossary = options.nativeGlossary ? keptAsWritten(options.glossary) : options.glossary;
  return blocks.map((block) => encodeBlock(block, options.markup, glossary, options.unknownWordMarks));
}

function encodeBlock(block: Block, markup: boolean, glossary: Glossary | undefined, unknownWordMarks?: 'remove' | 'keep'): EncodedBlock {
  const capitals = isAllCapitals(block.text);
  const restore = capitals ? inCapitals : (aligned: AlignedBlock) => aligned;
  if (!markup) {
    const text = capitals ? toSentenceCase(block.text) : block.text;
    return { unit: { id: block.id, text, format: 'text' }, decode: (answer) => ({ text: answer, format: 'text' }), restore };
  }
  let html = wrapSentences(block);
  let restoreTerms = (answer: string): { text: string; lostTerms?: TranslatedBlock['lostTerms'] } => ({ text: answer });
  if (glossary && glossary.terms.length > 0) {
    const protectedTerms = protectTerms(html, glossary);
    html = protectedTerms.html;
    restoreTerms = (answer) => {
      const lost: NonNullable<TranslatedBlock['lostTerms']> = [];
      const text = protectedTerms.restore(answer, (terms) => lost.push(...terms.map(({ sentenceId, source, target }) => ({ ...(sentenceId === undefined ? {} : { sentenceId }), source, target }))));
      return lost.length === 0 ? { text } : { text, lostTerms: lost };
    };
  }
  // Terms are found on the original capitals, then the rest goes in sentence case.
  if (capitals) html = toSentenceCaseHtml(html);
  return {
    unit: { id: block.id, text: html, format: 'html' },
    decode: (answer) => {
      if (unknownWordMarks === undefined) return { ...restoreTerms(answer), format: 'html' };
      // The marks are read before the terms go back: a mark before a protected term is the engine's, not a word's.
      const marks = takeUnknownWordMarks(answer, unknownWordMarks);
      return { ...restoreTerms(marks.html), format: 'html', unknownWords: marks.bySentence };
    },
    restore,
  };
}

function keptAsWritten(glossary: Glossary | undefined): Glossary | undefined {
  return glossary && { ...glossary, terms: glossary.terms.filter((term) => term.doNotTranslate) };
}

/** A block set in capitals in French gets its English in capitals too. */
function inCapitals(block: AlignedBlock): AlignedBlock {
  const upper = (text: string) => text.toLocaleUpperCase('en');
  return {
    ...block,
    translation: upper(block.translation),
    sentences: block.sentences.map((sentence) => ({ ...sentence, translation: upper(sentence.translation) })),
  };
}

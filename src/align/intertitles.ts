/**
 * Intertitles in the aligned article: the structure stage gives each heading it finds between
 * paragraphs of the body (src/layout/intertitles.ts) a paragraph of its own, since the roles
 * have no subheading; the editions set such a paragraph as a heading. It is told by what the
 * block itself shows, so an aligned document written before this was read gets the same marks:
 * a paragraph of one sentence, at most `INTERTITLE_LENGTH` characters and `INTERTITLE_WORDS`
 * words, opening on a capital or a figure (after an opening quote, `« Vingt-neuf élèves… »`),
 * ending on no punctuation a sentence ends or pauses on, on no dash and no word that runs on
 * (`de`, `la`: a paragraph cut short, not a heading), and followed by another paragraph (a
 * heading opens a section; a short last line closes an article, a signature). A question is no
 * intertitle here: interviews set each question as a paragraph of its own and papers print it as
 * running text as often as a heading (the corpus's expected texts mark it both ways).
 *
 * Measured on the development half's expected texts (every body paragraph of their `.src.txt`):
 * 258 of the 275 intertitles marked `##` are told, none of the other paragraphs; the 17 left
 * are questions.
 */
import { runsOn } from '../layout/furniture-on-top.ts';
import type { AlignedBlock } from '../types.ts';

/** Longest intertitle, in characters and words (the longest heading the measure counts). @default 80, 14 */
const INTERTITLE_LENGTH = 80;
const INTERTITLE_WORDS = 14;

/** A capital or a figure opening it, after an opening quote if any. */
const OPENS_AS_HEADING = /^[«“"]?\s*[\p{Lu}\p{N}]/u;
/** A sentence's end or pause closing it, or a question's mark, before a closing quote if any. */
const CLOSES_AS_SENTENCE = /[.!?…:;,]\s*[»”"]?$/u;
/** A sentence's end inside it (`Fin. Début`): two sentences are running text. */
const SENTENCE_INSIDE = /[.!?…]\s+\S/u;

/** True when the block reads as a heading set between paragraphs (the module's comment says how). */
export function isIntertitle(block: Pick<AlignedBlock, 'role' | 'text'> & { sentences: readonly unknown[] }, next: Pick<AlignedBlock, 'role'> | undefined): boolean {
  if (block.role !== 'paragraph' || next?.role !== 'paragraph') return false;
  if (block.sentences.length !== 1) return false;
  const text = block.text.trim();
  if (text.length === 0 || text.length > INTERTITLE_LENGTH) return false;
  if (text.split(/\s+/u).length > INTERTITLE_WORDS) return false;
  if (!OPENS_AS_HEADING.test(text) || CLOSES_AS_SENTENCE.test(text) || SENTENCE_INSIDE.test(text)) return false;
  return !runsOn(text.replace(/\s*[»”"]$/u, ''));
}

/**
 * The blocks with `intertitle: true` on each paragraph that is one (`isIntertitle`), the next
 * paragraph in reading order being the block after it among the paragraphs (captions and
 * furniture set between them are not the body).
 */
export function markIntertitles(blocks: readonly AlignedBlock[]): AlignedBlock[] {
  const paragraphs = blocks.filter((block) => block.role === 'paragraph');
  const marked = new Set(paragraphs.filter((block, index) => isIntertitle(block, paragraphs[index + 1])));
  return blocks.map((block) => {
    if (marked.has(block)) return block.intertitle === true ? block : { ...block, intertitle: true };
    if (block.intertitle === undefined) return block;
    const { intertitle: _dropped, ...rest } = block;
    return rest;
  });
}

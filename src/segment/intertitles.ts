/**
 * Intertitles: the structure stage marks `intertitle` each paragraph that is a heading between
 * paragraphs of the body (`Block.intertitle`), once, for the editions to set as a heading (align
 * and render read the mark). The layouts give such a heading a paragraph of its own, since the
 * roles have no subheading (src/layout/intertitles.ts and its `layout/intertitle` warning, a
 * PDF's short bold line, a web page's `<h2>`); whether that paragraph is a heading is told here,
 * by what the block itself shows, so that an aligned document written before the mark existed
 * gets the same marks when read back (src/exchange/find-built-article.ts): a paragraph of one
 * sentence, at most `INTERTITLE_LENGTH` characters and `INTERTITLE_WORDS` words, opening on a
 * capital or a figure (after an opening quote, `« Vingt-neuf élèves… »`), ending on no
 * punctuation a sentence ends or pauses on, on no dash and no word that runs on (`de`, `la`: a
 * paragraph cut short, not a heading), and followed by another paragraph (a heading opens a
 * section; a short last line closes an article, a signature). A question is no intertitle here:
 * interviews set each question as a paragraph of its own and papers print it as running text as
 * often as a heading (the corpus's expected texts mark it both ways).
 *
 * Measured on the development half's expected texts (every body paragraph of their `.src.txt`):
 * 258 of the 275 intertitles marked `##` are told, none of the other paragraphs; the 17 left are
 * questions. On the structured output of every extraction path and of the PDFs given directly
 * (session 45), against the paragraphs that are a `##` heading of their source: this rule marked
 * 9,241 paragraphs of the development half, 8,710 of them headings (531 wrong, 526 missed), and
 * 8,322 of the validation half, 7,691 (631 wrong, 481 missed). The layouts' own decisions (the
 * paragraphs they warned of) did worse there: 10,104 and 9,476 marked, 958 and 1,398 wrong (most
 * of them questions set as running text), 90 and 94 missed; theirs first, then this rule, worse
 * again out of sample (1,459 wrong, 22 missed). So this rule alone decides.
 */
import { runsOn } from '../layout/furniture-on-top.ts';
import type { Block } from '../types.ts';

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
export function isIntertitle(block: Pick<Block, 'role' | 'text'> & { sentences: readonly unknown[] }, next: Pick<Block, 'role'> | undefined): boolean {
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
 * furniture set between them are not the body); a mark the text no longer bears taken off.
 */
export function markIntertitles<Marked extends Pick<Block, 'role' | 'text' | 'intertitle'> & { sentences: readonly unknown[] }>(blocks: readonly Marked[]): Marked[] {
  const paragraphs = blocks.filter((block) => block.role === 'paragraph');
  const marked = new Set(paragraphs.filter((block, index) => isIntertitle(block, paragraphs[index + 1])));
  return blocks.map((block) => {
    if (marked.has(block)) return block.intertitle === true ? block : { ...block, intertitle: true };
    if (block.intertitle === undefined) return block;
    const { intertitle: _dropped, ...rest } = block;
    return rest as Marked;
  });
}

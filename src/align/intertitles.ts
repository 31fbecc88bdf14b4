/**
 * Intertitles in the aligned article: the editions set as a heading each paragraph that is a
 * heading between paragraphs of the body. The structure stage decides it first: each layout
 * that takes a line for an intertitle (src/layout/intertitles.ts, a PDF's short bold line, a web
 * page's `<h2>`) gives it a paragraph of its own, since the roles have no subheading, and marks
 * the block `intertitle` (`Block.intertitle`); that mark is kept as it is.
 *
 * Where the stage marked nothing, the block's text alone tells it: a paragraph the layout set
 * apart without calling it a heading (a PDF's paragraph in another type than the body's), and an
 * aligned document written before the stage recorded its decision. A paragraph of one sentence,
 * at most `INTERTITLE_LENGTH` characters and `INTERTITLE_WORDS` words, opening on a capital or a
 * figure (after an opening quote, `« Vingt-neuf élèves… »`), ending on no punctuation a sentence
 * ends or pauses on, on no dash and no word that runs on (`de`, `la`: a paragraph cut short, not
 * a heading), and followed by another paragraph (a heading opens a section; a short last line
 * closes an article, a signature). A question is no intertitle for this rule: interviews set each
 * question as a paragraph of its own and papers print it as running text as often as a heading
 * (the corpus's expected texts mark it both ways); the stage's layout evidence may still take one.
 *
 * Measured on the development half's expected texts (every body paragraph of their `.src.txt`):
 * the text rule tells 258 of the 275 intertitles marked `##`, none of the other paragraphs; the 17
 * left are questions. On the half's structured output (every extraction path and the PDFs given
 * directly, 9,236 paragraphs that are a `##` heading of their source), session 45: the text rule
 * alone marked 9,241 paragraphs, 8,710 of them intertitles (531 wrong, 526 missed); the stage's
 * decision alone 10,104, 9,146 (958 wrong, 412 of them questions its source sets as running
 * text; 90 missed); the stage's decision then the text rule 10,217, 9,209 (1,008 wrong, 27
 * missed): the fewest errors, and every intertitle a web page's markup or a PDF's faces show.
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
 * The blocks with `intertitle: true` on each paragraph that is one: marked so already (the
 * structure stage's decision, or an earlier build's), else told by its text (`isIntertitle`), the
 * next paragraph in reading order being the block after it among the paragraphs (captions and
 * furniture set between them are not the body). A block of another role loses a mark.
 */
export function markIntertitles(blocks: readonly AlignedBlock[]): AlignedBlock[] {
  const paragraphs = blocks.filter((block) => block.role === 'paragraph');
  const marked = new Set(paragraphs.filter((block, index) => block.intertitle === true || isIntertitle(block, paragraphs[index + 1])));
  return blocks.map((block) => {
    if (marked.has(block)) return block.intertitle === true ? block : { ...block, intertitle: true };
    if (block.intertitle === undefined) return block;
    const { intertitle: _dropped, ...rest } = block;
    return rest;
  });
}

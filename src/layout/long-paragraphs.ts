/**
 * When a paragraph, as the line ends left it, is taken to hold two: the first one's last line ran
 * full and ended a sentence, so nothing in the extracted text marks its end (paragraph-ends'
 * splitLongParagraphs then cuts it at the sentence end nearest its middle, flagged as a guess).
 *
 * - A paragraph longer than 1.4 times the article's median and than 450 characters holds two
 *   (the rule since the first dev corpora), cut between a fifth and four fifths of it.
 * - Below 450 characters, down to 350, it holds two only when it has four sentences or more (the
 *   French segmenter's), in text whose paragraphs are not parted by blank lines, in an article
 *   with another paragraph of two sentences or more and none of its ordinary length (up to 1.4
 *   times the median) with as many sentences, and is cut between three and seven tenths of it.
 *
 * The evidence for the second (session 50, counted on the development half, the five text paths
 * pdftotext, `-raw`, `-layout`, ocr and tesseract): of the two paragraphs run together at an end
 * nothing in the text marks (the largest class of paragraph misses), 321 blocks held exactly two;
 * 332 of the blocks stayed under the 450-character floor, 131 of those longer than 1.4 times their
 * article's median, on 14 development splits and some thirty typesetting tools (pdfbox, pstoedit,
 * pdf4tcl, podofo, syncfusion, swing, lilypond, skia, calibre, wxhtml, …): articles of short
 * paragraphs, 150 to 250 characters, that the 450 floor, set on articles of longer ones, never
 * let be cut. Lowering the floor to 350 for every paragraph cut 100 such blocks into their two
 * paragraphs exactly, but also 29 true paragraphs (and 11 run-together blocks in the wrong place):
 * a true paragraph of 350 to 450 characters is most often a long one of three sentences. By
 * sentences, the cuts of three-sentence blocks were right 16 times and wrong 18; of four or more,
 * right 89 times and wrong 12. Of those 12, tesseract's text (which parts its paragraphs by blank
 * lines, so that a long one there is one) and cuts a quarter of the way in made all but one
 * article's: with both guards the development half gains 147 paragraphs (pdftotext +40, `-raw`
 * +52, `-layout` +16, ocr +37, tesseract +2) on 15 splits, and lost one on held-out-10's agenda
 * page on pdftotext, `-raw` and ocr: a paragraph of four sentences among entries of one sentence
 * each, where every right cut's article had other paragraphs of two sentences (hence
 * `proseElsewhere`).
 *
 * The third guard, `asManyElsewhere` (session 51, counted on the same development half and paths,
 * every candidate sentence end labelled from the expected article by the words on both sides):
 * with the rule loosened to 300 characters, three sentences and 0.2 to 0.8 so as to see enough
 * wrong cuts, its cuts were right 114 times and wrong 52 (18 articles on 13 splits); where another
 * paragraph of the article's ordinary length held as many sentences, right 9 times and wrong 36;
 * elsewhere right 105 times and wrong 16. At the rule's own thresholds (83 right, 8 wrong) it
 * leaves whole held-out-20's chronicle paragraph of four short rules (Paged.js; pdftotext, `-raw`,
 * `-layout`, ocr) and no right cut; the 4 wrong cuts left are run-together blocks cut at the wrong
 * sentence end (held-out-30's first two paragraphs, Skia, cut at 0.57 past their true end at 0.43,
 * both as near the middle) or a block read out of order (held-out-28, ocr), no true paragraph cut.
 *
 * Left, counted on the same labelled ends (the opening of the sentence after the cut): a sentence
 * leaning on the one before does not keep a paragraph going here. Over all long paragraphs,
 * an anaphoric opening (`Il`, `Elle`, `Ils`, `Ce`, `Cela`, `Ceux-ci`, …) stood after a true
 * paragraph end 26 times (8 articles) and inside a paragraph 8 (4 articles); a connective
 * (`Pourtant`, `Mais`, `Donc`, `Ainsi`, `Puis`, …) 9 and 0; a quotation or a dash 91 and 36; a
 * noun phrase (`Le`, `La`, `Les`, `L’`, `Un`) 229 and 56. In the 300 to 450 band the anaphoric
 * openings were 5 and 5. Nor do the two sides' lengths: asking the shorter side to be half the
 * article's median or more removes, at 0.2 to 0.8, 20 wrong cuts and 3 right (what the 0.3 to 0.7
 * window already does), and at the rule's thresholds nothing.
 *
 * Text read no line at a time (pdftotext's, OCR's) gives no other cue: at such an end the line
 * before is full (193 of the 321 blocks: a full line ending a sentence before a capital, a
 * guillemet or a dash, no blank line and no indent), exactly as a sentence ending a line inside a
 * paragraph is.
 */
import { segmentFrench } from '../segment/segment-french.ts';

/** A paragraph this many times the article's median length holds two (1.3 to 1.5 score the same on both dev corpora, 1.6 and more miss paragraphs). @default 1.4 */
export const LONG_PARAGRAPH_FACTOR = 1.4;
/** Shortest paragraph (characters) taken to hold two whatever its sentences. @default 450 */
export const LONG_PARAGRAPH_LENGTH = 450;
/** Shortest paragraph (characters) taken to hold two when it has `TWO_PARAGRAPH_SENTENCES` sentences or more. @default 350 */
export const SENTENCED_PARAGRAPH_LENGTH = 350;
/** Fewest sentences of a paragraph under `LONG_PARAGRAPH_LENGTH` taken to hold two. @default 4 */
export const TWO_PARAGRAPH_SENTENCES = 4;

/** Where in a paragraph (share of its length) the cut may fall. */
export interface CutWindow {
  from: number;
  to: number;
}

/** A paragraph over the 450 floor is cut at a sentence end between a fifth and four fifths of it. */
const LONG_WINDOW: CutWindow = { from: 0.2, to: 0.8 };
/**
 * One taken for two by its sentences is cut nearer its middle: two short paragraphs run together
 * split near it, a long true paragraph's sentence end a quarter of the way in does not. @default 0.3, 0.7
 */
const SENTENCED_WINDOW: CutWindow = { from: 0.3, to: 0.7 };

/** Another paragraph of the article, as the line ends left it. */
export interface OtherParagraph {
  /** Characters (its lines and a space after each). */
  length: number;
  /** Sentences, as the French segmenter cuts them. */
  sentences: number;
}

/** What the rest of the article shows, asked only of a paragraph its sentences are to decide. */
export interface ArticleHabits {
  /** The article's paragraphs are parted by blank lines: it shows their ends, and a long one there is one. */
  blankSeparated: boolean;
  /** The article's other paragraphs, read only when the paragraph's length leaves its sentences to decide. */
  others: () => readonly OtherParagraph[];
}

/**
 * Whether a paragraph of `length` characters (its lines and a space after each), in an article
 * whose paragraphs' median length is `median`, holds two, and if so where the cut may fall:
 * `text` and `habits` are asked only when its length leaves the sentences to decide.
 */
export function longParagraphCut(length: number, median: number, text: () => string, habits: ArticleHabits): CutWindow | undefined {
  if (length <= median * LONG_PARAGRAPH_FACTOR || length <= SENTENCED_PARAGRAPH_LENGTH) return undefined;
  if (length > LONG_PARAGRAPH_LENGTH) return LONG_WINDOW;
  if (habits.blankSeparated) return undefined;
  const sentences = sentenceCount(text());
  if (sentences < TWO_PARAGRAPH_SENTENCES) return undefined;
  const others = habits.others();
  if (!proseElsewhere(others) || asManyElsewhere(others, sentences, median)) return undefined;
  return SENTENCED_WINDOW;
}

/**
 * Another paragraph holds two sentences or more: the article's prose runs in paragraphs of
 * sentences, so one of four is two of them; among entries of one sentence each (an agenda, a list
 * of briefs), the short median measures the entries, and a paragraph of four sentences there is
 * the page's one piece of prose.
 */
function proseElsewhere(others: readonly OtherParagraph[]): boolean {
  return others.some((other) => other.sentences >= 2);
}

/**
 * A paragraph of the article's ordinary length (no longer than `LONG_PARAGRAPH_FACTOR` times its
 * median) holds as many sentences as this one or more: the article writes in short sentences, and
 * its sentences say nothing of this paragraph's being two (a chronicle's long paragraph of four
 * short rules among paragraphs of four).
 */
function asManyElsewhere(others: readonly OtherParagraph[], sentences: number, median: number): boolean {
  return others.some((other) => other.length <= median * LONG_PARAGRAPH_FACTOR && other.sentences >= sentences);
}

/** Sentences in a paragraph's text, as the French segmenter cuts them. */
export function sentenceCount(text: string): number {
  return segmentFrench(text).length;
}

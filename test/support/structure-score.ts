/**
 * Scores a structured article against the blocks a reader expects (an `*.expected.json` of
 * test/fixtures/articles or test/fixtures/pages). Pure: no I/O.
 *
 * - paragraphs: expected body blocks (role `paragraph`) whose text is exactly the text of an
 *   actual block, matched in order (longest common subsequence);
 * - sentences: the same over every sentence of every block;
 * - roles: expected blocks whose actual block (the one matched exactly, else the one sharing
 *   the most words) has the same role;
 * - words: multiset difference of the whitespace-separated tokens of all block texts, so a
 *   line-end hyphen wrongly joined or kept counts as one word lost and one invented, and a
 *   running header kept in the text as words invented.
 * A block the typesetter printed in capitals (`FAITS DIVERS` for a kicker typed `Faits
 * divers`) counts as the expected block it spells, since no page holds the case it was typed in.
 *
 * Every kind of horizontal space (a tab, U+00A0, the narrow U+202F, the figure space U+2007, ...)
 * counts as a space in texts and sentences unless `strictSpaces` is set: the expected texts keep
 * the source's plain spaces where a typesetter set no-break ones (`Moteur !`, `12 380`), which
 * some extractions keep; a no-break space the page set is neither a word lost nor one invented,
 * and French typography wants it. Words are told apart by any white space either way.
 */
import type { BlockRole, StructuredArticle } from '../../src/types.ts';

/** One block as a reader expects it. */
export interface ExpectedBlock {
  role: BlockRole;
  text: string;
  sentences: string[];
}

/** The shape of an `*.expected.json`. */
export interface ExpectedArticle {
  source?: string;
  layout?: string;
  blocks: ExpectedBlock[];
}

export interface StructureScore {
  paragraphs: { exact: number; total: number };
  sentences: { exact: number; total: number };
  roles: { right: number; total: number };
  /** Expected words missing from the actual blocks, in expected order (with repeats). */
  wordsLost: string[];
  /** Actual words that are not in the expected blocks, in actual order (with repeats). */
  wordsInvented: string[];
}

/** What a reader would look at when a score is not perfect. */
export interface StructureMisses {
  /** Expected paragraphs with no exact actual block, and the actual block sharing most words. */
  paragraphs: Array<{ expected: string; closest: string | undefined }>;
  /** Expected blocks whose matched actual block has another role (or none at all). */
  roles: Array<{ text: string; expected: BlockRole; actual: BlockRole | undefined }>;
  /** Expected sentences with no exact actual sentence. */
  sentences: string[];
}

/** How texts are compared. */
export interface ScoreOptions {
  /** Tell a no-break or other horizontal space from a plain one (the scores before session 29). @default false */
  strictSpaces?: boolean;
}

/** Every horizontal space a text can hold: the space separators and the tab. */
const HORIZONTAL_SPACE = /[\t\p{Zs}]/gu;

/** The text as compared: each horizontal space a plain one unless `strictSpaces`. */
function spacesAs(options: ScoreOptions): (text: string) => string {
  return options.strictSpaces === true ? (text) => text : (text) => text.replace(HORIZONTAL_SPACE, ' ');
}

/** The expected article with its texts compared as `options` says. */
function expectedAs(expected: ExpectedArticle, options: ScoreOptions): ExpectedBlock[] {
  const space = spacesAs(options);
  return expected.blocks.map((block) => ({ role: block.role, text: space(block.text), sentences: block.sentences.map(space) }));
}

interface SimpleBlock {
  role: BlockRole;
  text: string;
  sentences: string[];
}

function simpleBlocks(article: StructuredArticle, expected: readonly ExpectedBlock[], options: ScoreOptions): SimpleBlock[] {
  const space = spacesAs(options);
  const printedInCapitals = new Map(expected.map((block) => [block.text.toLocaleUpperCase('fr'), block]));
  return article.blocks.map((original) => {
    const block = { text: space(original.text), role: original.role, sentences: original.sentences.map((sentence) => space(sentence.text)) };
    // A typesetter may print a block in capitals (a kicker set with `text-transform:
    // uppercase`, ReportLab's or pdfkit's upper-casing): the page no longer holds the case the
    // source was typed in, so a block in capitals that is an expected block in capitals counts
    // as that block, with its sentences.
    const asTyped = block.text === block.text.toLocaleUpperCase('fr') ? printedInCapitals.get(block.text) : undefined;
    if (asTyped && asTyped.text !== block.text) return { role: block.role, text: asTyped.text, sentences: asTyped.sentences };
    return block;
  });
}

/**
 * Pairs equal items of two sequences in order (longest common subsequence); returns, for each
 * item of `left`, the index of its partner in `right` or -1.
 */
export function matchInOrder(left: readonly string[], right: readonly string[]): number[] {
  const rows = left.length + 1;
  const columns = right.length + 1;
  const table = new Uint32Array(rows * columns);
  for (let i = left.length - 1; i >= 0; i -= 1) {
    for (let j = right.length - 1; j >= 0; j -= 1) {
      table[i * columns + j] =
        left[i] === right[j]
          ? table[(i + 1) * columns + j + 1]! + 1
          : Math.max(table[(i + 1) * columns + j]!, table[i * columns + j + 1]!);
    }
  }
  const partners = new Array<number>(left.length).fill(-1);
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (left[i] === right[j]) {
      partners[i] = j;
      i += 1;
      j += 1;
    } else if (table[(i + 1) * columns + j]! >= table[i * columns + j + 1]!) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return partners;
}

const tokens = (text: string): string[] => text.split(/\s+/).filter((token) => token !== '');

function countTokens(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const token of tokens(text)) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** Tokens of `texts` beyond what `other` holds, in order of appearance. */
function tokensBeyond(texts: readonly string[], other: Map<string, number>): string[] {
  const remaining = new Map(other);
  const beyond: string[] = [];
  for (const text of texts) {
    for (const token of tokens(text)) {
      const left = remaining.get(token) ?? 0;
      if (left > 0) remaining.set(token, left - 1);
      else beyond.push(token);
    }
  }
  return beyond;
}

/** Number of tokens two texts share, counted as multisets. */
function sharedTokens(left: string, right: string): number {
  const counts = countTokens([right]);
  let shared = 0;
  for (const token of tokens(left)) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      counts.set(token, left - 1);
      shared += 1;
    }
  }
  return shared;
}

/** For each expected block, the index of its actual block: the exact match, else the most overlapping; -1 if none shares a word. */
function partnerBlocks(actual: readonly SimpleBlock[], expected: readonly SimpleBlock[]): number[] {
  const exact = matchInOrder(
    expected.map((block) => block.text),
    actual.map((block) => block.text),
  );
  return exact.map((partner, index) => {
    if (partner >= 0) return partner;
    let best = -1;
    let bestShared = 0;
    actual.forEach((block, actualIndex) => {
      const shared = sharedTokens(expected[index]!.text, block.text);
      if (shared > bestShared) {
        best = actualIndex;
        bestShared = shared;
      }
    });
    return best;
  });
}

/** Scores `actual` against `expected`; see the module comment for what each count means. */
export function scoreStructure(actual: StructuredArticle, expectedArticle: ExpectedArticle, options: ScoreOptions = {}): StructureScore {
  const expected = { blocks: expectedAs(expectedArticle, options) };
  const actualBlocks = simpleBlocks(actual, expected.blocks, options);
  const expectedParagraphs = expected.blocks.filter((block) => block.role === 'paragraph').map((block) => block.text);
  const paragraphMatches = matchInOrder(
    expectedParagraphs,
    actualBlocks.map((block) => block.text),
  );
  const expectedSentences = expected.blocks.flatMap((block) => block.sentences);
  const sentenceMatches = matchInOrder(
    expectedSentences,
    actualBlocks.flatMap((block) => block.sentences),
  );
  const partners = partnerBlocks(actualBlocks, expected.blocks);
  const rolesRight = expected.blocks.filter((block, index) => actualBlocks[partners[index]!]?.role === block.role).length;
  const expectedTexts = expected.blocks.map((block) => block.text);
  const actualTexts = actualBlocks.map((block) => block.text);
  return {
    paragraphs: { exact: paragraphMatches.filter((partner) => partner >= 0).length, total: expectedParagraphs.length },
    sentences: { exact: sentenceMatches.filter((partner) => partner >= 0).length, total: expectedSentences.length },
    roles: { right: rolesRight, total: expected.blocks.length },
    wordsLost: tokensBeyond(expectedTexts, countTokens(actualTexts)),
    wordsInvented: tokensBeyond(actualTexts, countTokens(expectedTexts)),
  };
}

/** The paragraphs, roles and sentences `scoreStructure` did not count as right, for a person to read. */
export function structureMisses(actual: StructuredArticle, expectedArticle: ExpectedArticle, options: ScoreOptions = {}): StructureMisses {
  const expected = { blocks: expectedAs(expectedArticle, options) };
  const actualBlocks = simpleBlocks(actual, expected.blocks, options);
  const partners = partnerBlocks(actualBlocks, expected.blocks);
  const paragraphIndices = expected.blocks.flatMap((block, index) => (block.role === 'paragraph' ? [index] : []));
  const paragraphMatches = matchInOrder(
    paragraphIndices.map((index) => expected.blocks[index]!.text),
    actualBlocks.map((block) => block.text),
  );
  const paragraphs: StructureMisses['paragraphs'] = paragraphIndices
    .filter((_, order) => paragraphMatches[order]! < 0)
    .map((index) => ({ expected: expected.blocks[index]!.text, closest: actualBlocks[partners[index]!]?.text }));
  const roles: StructureMisses['roles'] = [];
  expected.blocks.forEach((block, index) => {
    const partner = actualBlocks[partners[index]!];
    if (partner?.role !== block.role) roles.push({ text: block.text, expected: block.role, actual: partner?.role });
  });
  const expectedSentences = expected.blocks.flatMap((block) => block.sentences);
  const sentenceMatches = matchInOrder(
    expectedSentences,
    actualBlocks.flatMap((block) => block.sentences),
  );
  return { paragraphs, roles, sentences: expectedSentences.filter((_, index) => sentenceMatches[index]! < 0) };
}

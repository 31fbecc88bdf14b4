/**
 * A Markdown edition edited in any editor, read back: the side by side (`.fr-en.md`) or the
 * English (`.en.md`) parsed with a real CommonMark + GFM parser (remark), its blocks (headings,
 * paragraphs, table cells) matched to the article's blocks as the edition renders them, then,
 * inside each paragraph whose English changed, the English sentences matched to the French
 * ones: one for one when the counts agree, else by length (the aligner in `src/align/`). A
 * paragraph whose sentences cannot be matched is taken whole, and reported.
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { alignByLength } from '../align/align-by-length.ts';
import { segmentEnglish } from '../align/segment-english.ts';
import { normaliseFrench } from '../memory/translation-memory.ts';
import { CAPTION_LABELS, groupBlocks, NO_TRANSLATION_MARK, renderBlock, tableCell, type Language } from '../render/render-block.ts';
import { englishTypography } from '../text/english-typography.ts';
import type { AlignedArticle, AlignedBlock } from '../types.ts';
import type { Correction } from './apply-corrections.ts';

export type EditedMarkdownKind = 'side-by-side' | 'english';

interface MarkdownNode {
  type: string;
  value?: string;
  children?: MarkdownNode[];
}

/** One block of text of a Markdown document, as a reader sees it. */
interface Item {
  text: string;
  /** For the article's own rendering: which block, in which language. */
  block?: AlignedBlock;
  language?: Language;
}

const parser = unified().use(remarkParse).use(remarkGfm);

function nodeText(node: MarkdownNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return ' ';
  if (node.type === 'html') return node.value ?? '';
  return (node.children ?? []).map(nodeText).join('');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The blocks of text of a Markdown document, front matter left out: headings, paragraphs, and each cell of a table's body rows. */
function readItems(markdown: string): string[] {
  const body = markdown.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const root = parser.parse(body) as MarkdownNode;
  const items: string[] = [];
  const visit = (node: MarkdownNode) => {
    if (node.type === 'heading' || node.type === 'paragraph') items.push(collapse(nodeText(node)));
    else if (node.type === 'table') {
      for (const row of (node.children ?? []).slice(1)) for (const cell of row.children ?? []) items.push(collapse(nodeText(cell)));
    } else for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return items.filter((item) => item !== '');
}

/** The article's own rendering of the edition, item by item, each knowing its block and language. */
function expectedItems(article: AlignedArticle, edition: EditedMarkdownKind): Item[] {
  const { furniture, paragraphs, captions } = groupBlocks(article);
  const items: Item[] = [];
  const add = (block: AlignedBlock, language: Language, level = 1) => {
    for (const text of readItems(renderBlock(block, language, level))) items.push({ text, block, language });
  };
  if (edition === 'english') {
    for (const block of [...furniture, ...paragraphs, ...captions]) add(block, 'en');
    return items;
  }
  for (const block of furniture) {
    add(block, 'fr', 1);
    add(block, 'en', 2);
  }
  for (const block of paragraphs) {
    const cells = readItems(`| a | b |\n| --- | --- |\n| ${tableCell(block, 'fr')} | ${tableCell(block, 'en')} |\n`);
    items.push({ text: cells[0] ?? '', block, language: 'fr' }, { text: cells[1] ?? '', block, language: 'en' });
  }
  for (const block of captions) {
    add(block, 'fr');
    add(block, 'en');
  }
  return items;
}

/** Pairs of indexes (expected, edited) with the same text, in order: a longest common subsequence. */
function anchors(expected: readonly string[], edited: readonly string[]): [number, number][] {
  const rows = expected.length;
  const columns = edited.length;
  const table: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(columns + 1).fill(0));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = columns - 1; j >= 0; j--) {
      table[i]![j] = expected[i] === edited[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < rows && j < columns; ) {
    if (expected[i] === edited[j]) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** The English of an item without what the edition puts before it (a caption's label, a byline's dash). */
function bareEnglish(block: AlignedBlock, text: string): string {
  const prefix = block.role === 'caption' ? CAPTION_LABELS.en : block.role === 'byline' ? '—' : '';
  const trimmed = text.trim();
  return prefix !== '' && trimmed.startsWith(prefix) ? trimmed.slice(prefix.length).trim() : trimmed;
}

const sameText = (a: string, b: string) => normaliseFrench(englishTypography(a)) === normaliseFrench(englishTypography(b));

/** The corrections one edited paragraph gives: its changed sentences, or the whole paragraph. */
function blockCorrections(block: AlignedBlock, edited: string): Correction[] {
  const carriers = block.sentences.filter((sentence) => sentence.mergedInto === undefined);
  if (block.sentences.length === 1) return [{ kind: 'sentence', id: block.sentences[0]!.id, translation: edited, state: 'translated' }];
  const english = segmentEnglish(edited);
  let matched: { id: string; current: string; translation: string }[] | undefined;
  if (english.length === carriers.length) {
    matched = carriers.map((sentence, index) => ({ id: sentence.id, current: sentence.translation, translation: english[index]! }));
  } else {
    const aligned = alignByLength(block.sentences.map((sentence) => sentence.text), edited);
    if (aligned.status === 'aligned' && aligned.mergedInto.every((target) => target === undefined) && aligned.translations.every((text) => text.trim() !== '')) {
      matched = block.sentences.map((sentence, index) => ({ id: sentence.id, current: sentence.translation, translation: aligned.translations[index]! }));
    }
  }
  if (matched === undefined) return [{ kind: 'block', blockId: block.id, translation: edited, state: 'translated' }];
  return matched
    // A sentence still marked `[no translation]` was not translated by the person either.
    .filter((pair) => !sameText(pair.translation, pair.current) && pair.translation.trim() !== NO_TRANSLATION_MARK)
    .map((pair) => ({ kind: 'sentence', id: pair.id, translation: pair.translation, state: 'translated' }));
}

export interface MarkdownCorrections {
  corrections: Correction[];
  notes: string[];
}

/** The corrections an edited edition of `article` holds. */
export function markdownCorrections(markdown: string, edition: EditedMarkdownKind, article: AlignedArticle): MarkdownCorrections {
  const expected = expectedItems(article, edition);
  const edited = readItems(markdown);
  const pairs: [Item, string][] = [];
  const notes: string[] = [];
  const matched = anchors(
    expected.map((item) => item.text),
    edited,
  );
  // Between two unchanged items, the changed ones pair up in order when their numbers agree.
  const bounds: [number, number][] = [[-1, -1], ...matched, [expected.length, edited.length]];
  for (let index = 0; index + 1 < bounds.length; index++) {
    const [fromExpected, fromEdited] = bounds[index]!;
    const [toExpected, toEdited] = bounds[index + 1]!;
    const expectedRun = expected.slice(fromExpected + 1, toExpected);
    const editedRun = edited.slice(fromEdited + 1, toEdited);
    if (expectedRun.length === editedRun.length) {
      expectedRun.forEach((item, offset) => pairs.push([item, editedRun[offset]!]));
    } else if (editedRun.length > 0 || expectedRun.length > 0) {
      const blocks = [...new Set(expectedRun.map((item) => item.block!.id))].join(', ');
      notes.push(`${editedRun.length} edited block(s) could not be placed against ${expectedRun.length} of the edition (${blocks || 'added text'}): blocks were added, removed or merged; they were not imported.`);
    }
  }
  const corrections: Correction[] = [];
  for (const [item, text] of pairs) {
    const block = item.block!;
    if (item.language === 'fr') {
      notes.push(`The French of ${block.id} was edited; the French comes from the article, so that edit was not imported.`);
      continue;
    }
    const english = bareEnglish(block, text);
    if (english === '' || sameText(english, bareEnglish(block, item.text))) continue;
    corrections.push(...blockCorrections(block, english));
  }
  return { corrections, notes };
}

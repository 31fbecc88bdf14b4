import type { Block, Warning } from '../types.ts';
import { decodeEntities, tokenizeHtml } from '../text/html.ts';
import { openedId } from '../text/sentence-elements.ts';
import { collapseSpaces, joinPieces } from './html-text.ts';

export interface ReadBackResult {
  /** Translation of each sentence id found, in the block's order; missing ids are absent. */
  translations: Map<string, string>;
  /** Everything odd about the returned markup: stray text, split, moved, nested, unknown or missing ids. */
  issues: Warning[];
}

interface OpenElement {
  name: string;
  /** Set when the element carries the id of one of the block's sentences. */
  sentenceId?: string;
}

/**
 * Reads a block's translation back from the HTML a service returned for `wrapSentences(block)`.
 *
 * Robust to what engines do to markup: one element split into several pieces with the same
 * id (the pieces are joined in the order they appear), elements moved (ids are read wherever
 * they are), words left between elements (attached to the nearest preceding sentence, or the
 * following one for leading text), elements nested (text belongs to the innermost sentence)
 * or dropped (the id is missing). Entities are decoded, spaces collapsed, other tags removed
 * with their text kept (glossary `<span translate="no">` included). Each oddity is an issue.
 */
export function readBackSentences(
  block: Pick<Block, 'id' | 'sentences' | 'source'>,
  translatedHtml: string,
  /** Sentences the provider said it left untranslated: their absence is no issue. */
  untranslated: ReadonlySet<string> = new Set(),
): ReadBackResult {
  const known = new Set(block.sentences.map((sentence) => sentence.id));
  const runs = new Map<string, string[][]>();
  const issues: Warning[] = [];
  const line = block.source.startLine;
  const report = (rule: string, message: string) => issues.push({ rule, message, line });

  const stack: OpenElement[] = [];
  const openings = new Map<string, number>();
  const firstSeen: string[] = [];
  const strayBefore: string[] = [];
  let lastSentence: string | undefined;
  let lastTextOwner: string | undefined;
  const unknownIds = new Set<string>();

  const append = (id: string, text: string, newRun: boolean) => {
    let list = runs.get(id);
    if (list === undefined) runs.set(id, (list = []));
    const current = list.at(-1);
    if (current === undefined || newRun || lastTextOwner !== id) list.push([text]);
    else current.push(text);
    lastTextOwner = id;
  };

  const handleText = (raw: string) => {
    if (raw === '') return;
    const text = decodeEntities(raw);
    const owner = [...stack].reverse().find((element) => element.sentenceId !== undefined)?.sentenceId;
    if (owner !== undefined) {
      append(owner, text, false);
      lastSentence = owner;
      return;
    }
    if (collapseSpaces(text) === '') {
      // Whitespace between elements separates runs but belongs to nobody.
      lastTextOwner = undefined;
      return;
    }
    if (lastSentence !== undefined) {
      report('align/stray-text', `Text "${collapseSpaces(text)}" was outside any sentence in ${block.id}; it was attached to ${lastSentence}, the sentence before it.`);
      append(lastSentence, text, true);
      lastTextOwner = undefined;
    } else {
      strayBefore.push(text);
    }
  };

  for (const token of tokenizeHtml(translatedHtml)) {
    if (token.kind === 'text') {
      handleText(token.raw);
      continue;
    }
    if (token.kind === 'comment') continue;
    const name = token.name;
    if (token.closing) {
      const index = stack.map((element) => element.name).lastIndexOf(name);
      if (index >= 0) stack.length = index;
      lastTextOwner = undefined;
      continue;
    }
    if (token.selfClosing) {
      if (name === 'br') handleText(' ');
      continue;
    }
    const id = openedId(token);
    const element: OpenElement = { name };
    if (id !== undefined && known.has(id)) {
      element.sentenceId = id;
      const enclosing = [...stack].reverse().find((open) => open.sentenceId !== undefined)?.sentenceId;
      if (enclosing !== undefined) {
        report('align/nested-sentence', `Sentence ${id} came back inside sentence ${enclosing}; each kept its own text.`);
      }
      const count = (openings.get(id) ?? 0) + 1;
      openings.set(id, count);
      if (count === 1) firstSeen.push(id);
      lastSentence = id;
      if (strayBefore.length > 0) {
        const leading = strayBefore.splice(0).join('');
        report('align/stray-text', `Text "${collapseSpaces(leading)}" came before every sentence in ${block.id}; it was attached to ${id}, the sentence after it.`);
        append(id, leading, true);
      }
    } else if (id !== undefined && !unknownIds.has(id)) {
      unknownIds.add(id);
      report('align/unknown-id', `An element with id "${id}", which is not a sentence of ${block.id}, came back; its text was kept.`);
    }
    lastTextOwner = undefined;
    stack.push(element);
  }

  if (strayBefore.length > 0) {
    report('align/stray-text', `Text "${collapseSpaces(strayBefore.join(''))}" came back in ${block.id} with no sentence element to attach it to.`);
  }

  for (const [id, count] of openings) {
    if (count > 1) report('align/split-sentence', `Sentence ${id} came back in ${count} pieces; they were joined in the order they appeared.`);
  }
  const expectedOrder = block.sentences.map((sentence) => sentence.id).filter((id) => openings.has(id));
  if (expectedOrder.join('\u0000') !== firstSeen.join('\u0000')) {
    report('align/reordered', `The sentences of ${block.id} came back in another order (${firstSeen.join(', ')}); each was matched by its id.`);
  }

  const translations = new Map<string, string>();
  for (const sentence of block.sentences) {
    const text = joinPieces((runs.get(sentence.id) ?? []).map((run) => run.join('')));
    if (text === '') {
      if (untranslated.has(sentence.id)) continue;
      report('align/missing-sentence', `Sentence ${sentence.id} did not come back in the translation of ${block.id}.`);
      continue;
    }
    translations.set(sentence.id, text);
  }
  return { translations, issues };
}

/** Removes every tag, decodes entities and collapses spaces: the plain text of a returned fragment. */
export function stripHtml(html: string): string {
  let text = '';
  for (const token of tokenizeHtml(html)) {
    if (token.kind === 'text') text += decodeEntities(token.raw);
    else if (token.kind === 'tag' && (token.name === 'br' || /^(?:p|div|li|h[1-6])$/.test(token.name) || (token.name === 'span' && !token.closing && token.attributes.has('id')))) {
      text += ' ';
    }
  }
  return collapseSpaces(text);
}

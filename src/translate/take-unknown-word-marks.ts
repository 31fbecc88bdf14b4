/**
 * The words an engine marked as unknown in an HTML answer (Apertium: `*word` not in its
 * dictionary, `#word` it could not generate, `@word` it had no translation for), listed by
 * sentence id, and the answer with the marks taken out. A `*`, `#` or `@` of the text itself
 * comes as a character reference when it stands before a word (`capabilities.unknownWordMarks`),
 * so a bare one before a letter or a digit is always a mark. A mark on a protected element
 * (a glossary term, `class="notranslate"` or `translate="no"`), before it or inside it, is
 * taken out and not listed: the term is the glossary's. A multiword the engine could not generate
 * comes with its lemma's queue mark as well (`fr-es` then `spa-eng`: `remontée` → `#trace# back`):
 * the `#` right after a `#`-marked word, before a space and the queue's word, is the engine's too
 * and is taken out with the mark (the English read `trace# back`).
 */
import { decodeEntities, elementEnd, hasClass, isTranslateNo, tokenizeHtml } from '../text/html.ts';

export interface UnknownWordMarks {
  /** The answer, marks taken out when asked. */
  html: string;
  /** Words marked, by the id of the sentence element holding them, in order, each once. */
  bySentence: Map<string, string[]>;
}

/**
 * One or more marks (the pivot's stages may each mark a word), then the word (and a multiword's
 * queue mark, `#` before a space and a word), or the start of an element.
 */
const MARKED = /(?<![\p{L}\p{N}&])([*#@]+)(?:([\p{L}\p{N}][\p{L}\p{N}'’-]*)(#(?= [\p{L}\p{N}]))?|(?=<|$))/gu;

/**
 * @example
 * takeUnknownWordMarks('<span id="p1.s1">The *cesación of the **circonspect.</span>', 'remove')
 * // { html: '<span id="p1.s1">The cesación of the circonspect.</span>', bySentence: Map { 'p1.s1' => ['cesación', 'circonspect'] } }
 */
export function takeUnknownWordMarks(html: string, mode: 'remove' | 'keep'): UnknownWordMarks {
  const tokens = tokenizeHtml(html);
  const bySentence = new Map<string, string[]>();
  let out = '';
  // The sentence element each token is in: the top-level element carrying an id.
  let sentence: string | undefined;
  let sentenceEnd = -1;
  let previousRaw = '';
  // End of the protected element the tokens are in, if any.
  let protectedEnd = -1;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (index >= sentenceEnd) sentence = undefined;
    if (index >= protectedEnd && token.kind === 'tag' && !token.closing && !token.selfClosing && (isTranslateNo(token) || hasClass(token, 'notranslate'))) {
      protectedEnd = elementEnd(tokens, index);
    }
    if (sentence === undefined && token.kind === 'tag' && !token.closing && !token.selfClosing && token.attributes.has('id')) {
      sentence = token.attributes.get('id');
      sentenceEnd = elementEnd(tokens, index);
    }
    if (token.kind !== 'text') {
      out += token.raw;
      previousRaw = token.raw;
      continue;
    }
    // A mark at the very end of a text token stands before the next token: an element (not listed).
    const next = tokens[index + 1];
    const raw = token.raw;
    const kept = raw.replace(MARKED, (match: string, marks: string, word: string | undefined, queue: string | undefined, offset: number) => {
      const before = offset === 0 ? previousRaw.at(-1) : raw[offset - 1];
      if (before !== undefined && /[\p{L}\p{N}&]/u.test(before)) return match;
      if (word === undefined && offset + marks.length === raw.length && next?.kind !== 'tag') return match;
      if (word !== undefined && sentence !== undefined && index >= protectedEnd) {
        const words = bySentence.get(sentence) ?? [];
        const decoded = decodeEntities(word);
        if (!words.includes(decoded)) words.push(decoded);
        bySentence.set(sentence, words);
      }
      if (mode === 'keep') return match;
      // A queue mark is the engine's only after a word it could not generate (`#`).
      return (word ?? '') + (queue !== undefined && !marks.includes('#') ? queue : '');
    });
    out += kept;
    previousRaw = raw;
  }
  return { html: out, bySentence };
}

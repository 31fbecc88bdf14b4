/**
 * The sentence elements of a fragment: `wrapSentences` (translate/block-round-trip.ts) sends each
 * sentence of a block as an element carrying its id (`<span id="p3.s2">…</span>`), and what comes
 * back is read by that id. One reading of that markup for every stage that pairs sentences by id:
 * the align stage reading a block's translation back (align/read-back-sentences.ts) and the
 * offline engine's post-edits pairing a sentence's French with its English
 * (providers/apertium/post-edit-subjects.ts).
 */
import { elementEnd, tokenizeHtml, type HtmlToken } from './html.ts';

/**
 * The id a tag gives the element it opens, or `undefined`: a closing tag, a self-closing or void
 * tag, text and comments open none.
 *
 * @example
 * openedId(tokenizeHtml('<span id="p1.s1">')[0]!) // 'p1.s1'
 */
export function openedId(token: HtmlToken): string | undefined {
  if (token.kind !== 'tag' || token.closing || token.selfClosing) return undefined;
  return token.attributes.get('id');
}

/**
 * Where each sentence's text starts, by id: the offset just after the tag that opens its element
 * (an id opened twice: the last). A fragment without any element carrying an id is one sentence,
 * under the id `''`, starting at 0.
 *
 * @example
 * sentenceStarts('<span id="a">Oui.</span> <span id="b">Non.</span>') // Map { 'a' => 13, 'b' => 38 }
 * sentenceStarts('Oui.') // Map { '' => 0 }
 */
export function sentenceStarts(html: string): Map<string, number> {
  const starts = new Map<string, number>();
  if (html.includes('<')) {
    for (const token of tokenizeHtml(html)) {
      const id = openedId(token);
      if (id !== undefined) starts.set(id, token.start + token.raw.length);
    }
  }
  if (starts.size === 0) starts.set('', 0);
  return starts;
}

/**
 * Each sentence's content, by id: from just after the tag that opens its element to just before
 * the tag that closes it (or the fragment's end when it is never closed); an id opened twice: the
 * last. A fragment without any element carrying an id is one sentence, under the id `''`.
 *
 * @example
 * sentenceRanges('<span id="a">Oui.</span>') // Map { 'a' => { start: 13, end: 17 } }
 */
export function sentenceRanges(html: string): Map<string, { start: number; end: number }> {
  const ranges = new Map<string, { start: number; end: number }>();
  if (html.includes('<')) {
    const tokens = tokenizeHtml(html);
    tokens.forEach((token, index) => {
      const id = openedId(token);
      if (id === undefined) return;
      const stop = elementEnd(tokens, index);
      const last = tokens[stop - 1]!;
      const closed = stop - 1 > index && last.kind === 'tag' && last.closing;
      ranges.set(id, { start: token.start + token.raw.length, end: closed ? last.start : html.length });
    });
  }
  if (ranges.size === 0) ranges.set('', { start: 0, end: html.length });
  return ranges;
}

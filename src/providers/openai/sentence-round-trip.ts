/**
 * The round trip of a request's segments to the sentences a chat model translates, and back.
 *
 * A language model is asked for one translation per sentence (a JSON property or a tagged
 * line per sentence id), never for markup: so the sentence elements the project wraps each
 * paragraph in (`<span id="p3.s2">…</span>`) are taken apart here, their texts sent, and the
 * answers put back into exactly the same elements. Alignment stays exact by markup, whatever
 * the model does to its text.
 *
 * Protected elements (`translate="no"`, the glossary's `class="notranslate"`) travel as
 * `⟦their text⟧`, which the model is told to copy; each comes back as the very element sent.
 * Text outside any sentence element that is not only spaces (a segment without sentence
 * elements, such as a plain-text segment) is a sentence of its own, without a wrapper.
 */
import { decodeEntities, elementEnd, escapeHtml, hasClass, htmlToText, isTranslateNo, tokenizeHtml, type HtmlTag, type HtmlToken } from '../../text/html.ts';
import type { TextFormat, TranslationSegment } from '../types.ts';

/** One sentence to translate. */
export interface SentenceItem {
  /** Key in the request and in the answer: `s1`, `s2`… in reading order over the whole request. */
  key: string;
  /** Plain text sent to the model, protected elements as `⟦…⟧`. */
  text: string;
  /** The protected elements of the sentence, as sent (raw HTML), with the text the model sees. */
  kept: { text: string; html: string }[];
  /** Id of the segment the sentence belongs to. */
  segmentId: string;
  /** Id of the sentence element (`h1.s1`), when the sentence had one. */
  sentenceId?: string;
}

/** What a request becomes: its sentences, and how to rebuild each segment from their translations. */
export interface SentenceRoundTrip {
  items: SentenceItem[];
  /** Each segment's translation, rebuilt from one translation per sentence key. */
  decode(translations: ReadonlyMap<string, string>): { id: string; text: string }[];
}

/** The protected text as the model sees it. */
export function keptMarker(text: string): string {
  return `⟦${text}⟧`;
}

/** Every `⟦…⟧` of a text, in order. */
export function keptMarkers(text: string): string[] {
  return [...text.matchAll(/⟦([^⟦⟧]*)⟧/g)].map((match) => match[1]!);
}

type Piece = { kind: 'literal'; html: string } | { kind: 'sentence'; key: string; open: string; close: string };

function isProtected(tag: HtmlTag): boolean {
  return !tag.closing && (isTranslateNo(tag) || hasClass(tag, 'notranslate'));
}

/** The text of some tokens for the model: entities decoded, protected elements as markers, other tags dropped. */
function sentenceText(tokens: readonly HtmlToken[]): { text: string; kept: SentenceItem['kept'] } {
  const kept: SentenceItem['kept'] = [];
  let text = '';
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.kind === 'text') text += decodeEntities(token.raw);
    else if (token.kind === 'tag' && isProtected(token)) {
      const end = elementEnd(tokens, index);
      const html = tokens.slice(index, end).map((inner) => inner.raw).join('');
      const inner = htmlToText(tokens.slice(index + 1, Math.max(index + 1, end - 1)).map((piece) => piece.raw).join(''));
      kept.push({ text: inner, html });
      text += keptMarker(inner);
      index = end - 1;
    }
  }
  return { text: text.replace(/\s+/g, ' ').trim(), kept };
}

/**
 * Takes a request's segments apart into sentences.
 *
 * @example
 * encodeSentences([{ id: 'x', text: '<span id="p1.s1">Oui.</span> <span id="p1.s2">Non.</span>' }], 'html')
 * // items: s1 "Oui.", s2 "Non."; decode(new Map([['s1', 'Yes.'], ['s2', 'No.']]))
 * // → [{ id: 'x', text: '<span id="p1.s1">Yes.</span> <span id="p1.s2">No.</span>' }]
 */
export function encodeSentences(segments: readonly TranslationSegment[], format: TextFormat): SentenceRoundTrip {
  const items: SentenceItem[] = [];
  const layouts: { id: string; pieces: Piece[] }[] = [];
  const newKey = () => `s${items.length + 1}`;

  for (const segment of segments) {
    const pieces: Piece[] = [];
    if (format === 'text') {
      const key = newKey();
      items.push({ key, text: segment.text.trim(), kept: [], segmentId: segment.id });
      const leading = /^\s*/.exec(segment.text)![0];
      const trailing = /\s*$/.exec(segment.text)![0];
      pieces.push({ kind: 'literal', html: leading }, { kind: 'sentence', key, open: '', close: '' }, { kind: 'literal', html: trailing });
      layouts.push({ id: segment.id, pieces });
      continue;
    }
    const tokens = tokenizeHtml(segment.text);
    let run: HtmlToken[] = [];
    const flushRun = () => {
      if (run.length === 0) return;
      const { text, kept } = sentenceText(run);
      if (text === '') {
        pieces.push({ kind: 'literal', html: run.map((token) => token.raw).join('') });
      } else {
        // Text outside any sentence element: a sentence of its own, its spaces kept around it.
        const raw = run.map((token) => token.raw).join('');
        const key = newKey();
        items.push({ key, text, kept, segmentId: segment.id });
        pieces.push(
          { kind: 'literal', html: /^\s*/.exec(raw)![0] },
          { kind: 'sentence', key, open: '', close: '' },
          { kind: 'literal', html: /\s*$/.exec(raw)![0] },
        );
      }
      run = [];
    };
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index]!;
      if (token.kind === 'tag' && !token.closing && !token.selfClosing && token.attributes.has('id') && !isProtected(token)) {
        flushRun();
        const end = elementEnd(tokens, index);
        const closeToken = tokens[end - 1];
        const closed = end - 1 > index && closeToken?.kind === 'tag' && closeToken.closing;
        const inner = tokens.slice(index + 1, closed ? end - 1 : end);
        const { text, kept } = sentenceText(inner);
        const key = newKey();
        items.push({ key, text, kept, segmentId: segment.id, sentenceId: token.attributes.get('id') });
        pieces.push({ kind: 'sentence', key, open: token.raw, close: closed ? closeToken.raw : '' });
        index = end - 1;
        continue;
      }
      run.push(token);
    }
    flushRun();
    layouts.push({ id: segment.id, pieces });
  }

  const byKey = new Map(items.map((item) => [item.key, item]));
  return {
    items,
    decode(translations) {
      return layouts.map(({ id, pieces }) => ({
        id,
        text: pieces
          .map((piece) => {
            if (piece.kind === 'literal') return piece.html;
            const translation = translations.get(piece.key) ?? '';
            const body = format === 'html' ? restoreKept(translation, byKey.get(piece.key)!.kept) : translation;
            return `${piece.open}${body}${piece.close}`;
          })
          .join(''),
      }));
    },
  };
}

/** The translation as HTML: text escaped, each `⟦…⟧` back to the protected element sent. */
function restoreKept(translation: string, kept: SentenceItem['kept']): string {
  const unused = [...kept];
  let html = '';
  let last = 0;
  for (const match of translation.matchAll(/⟦([^⟦⟧]*)⟧/g)) {
    const index = unused.findIndex((element) => element.text === match[1]);
    if (index < 0) continue; // validation refuses such answers; left as text if one slips through
    html += escapeHtml(translation.slice(last, match.index)) + unused[index]!.html;
    unused.splice(index, 1);
    last = match.index + match[0].length;
  }
  return html + escapeHtml(translation.slice(last));
}

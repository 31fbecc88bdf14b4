/**
 * Keeps glossary terms away from providers that do not apply glossaries natively.
 *
 * HTML (`protectTerms`): inside a fragment whose sentences are `<span id="…">` elements, each
 * occurrence of a term becomes `<span class="notranslate">TARGET</span>` holding the imposed
 * English (or, for a do-not-translate term, the occurrence itself). `restore` unwraps them,
 * puts the target back whatever the engine did to the element's text, and reports the terms
 * whose element did not come back.
 *
 * Why `class="notranslate"` and not `translate="no"`: Google documents both as "do not
 * translate" (Cloud Translation troubleshooting page), so Google copies the English verbatim
 * and reads it in context. The Apertium provider, a rule-based engine, carries a
 * `translate="no"` element as one superblank: the engine then sees no word there, and a name
 * at the start of a sentence leaves the verb without a subject (`Barack Obama It has warned`,
 * `Vladimir Putin And Barack Obama they have…`, `Selon M. Poutine` -> `As Mr. Putin`).
 * It translates the text of any other element, so with the class the engine reads the English
 * name as a proper noun, keeps its grammar around it, and `restore` overwrites the element's
 * text with the target. Measured on the seed's 13 sentences with terms and 16 sentences
 * written for the purpose (real Apertium fr-es + spa-eng): words differing from the engine's
 * own unprotected translation (words of the output outside the terms that the engine alone did not write) 25 with `translate="no"`, 3 with the class;
 * invented capitals (`It`, `And`) 3 and 1; glossary terms missing 0 and 0 (18 unprotected).
 * The trade-off: an engine that translates the element's text may move a neighbouring word
 * into it, which the overwrite would then drop; the English target (a name, unknown to a
 * French engine) is not moved, whereas the French source was (`agence Chine Nouvelle` ->
 * `New <span>Chinese agency</span>`), so the target is what the element holds.
 *
 * Plain text (`protectTermsInText`): each occurrence becomes a placeholder `⟦n⟧`
 * (U+27E6, digits, U+27E7). Mathematical white square brackets are punctuation in no
 * language's orthography, so engines copy them like other punctuation (checked with
 * Apertium fr-es + spa-eng: `Selon ⟦1⟧, …` -> `According to ⟦1⟧, …`). `restore` puts the
 * target back, tolerating spaces an engine adds inside the brackets. The placeholder hides
 * the term's grammar from the engine (gender, number), which is why html is preferred.
 */
import { decodeEntities, escapeHtml, hasClass, isTranslateNo, tokenizeHtml, type HtmlTag } from '../text/html.ts';
import { findTermMatches, targetFor } from './find-term-matches.ts';
import type { Glossary, GlossaryTerm } from './types.ts';

export interface ProtectedTerm {
  /** Order of the occurrence in the protected text, from 0. */
  index: number;
  /** Id of the `<span id>` sentence holding it (html only). */
  sentenceId?: string;
  /** The French occurrence as it was written. */
  source: string;
  /** What the English must contain instead. */
  target: string;
  term: GlossaryTerm;
}

/** Restores the text and reports terms whose protection did not survive the engine. */
export type RestoreTerms = (translated: string, onLost?: (lost: ProtectedTerm[]) => void) => string;

export interface ProtectedHtml {
  html: string;
  /** Every protected occurrence, in order. */
  terms: ProtectedTerm[];
  restore: RestoreTerms;
}

export interface ProtectedText {
  text: string;
  terms: ProtectedTerm[];
  restore: RestoreTerms;
}

/** The project's one escaper and decoder (`src/text/html.ts`), under the names the glossary exported. */
export { escapeHtml, decodeEntities as unescapeHtml } from '../text/html.ts';

interface OpenElement {
  name: string;
  id?: string;
  noTranslate: boolean;
}

function openElement(tag: HtmlTag): OpenElement {
  return { name: tag.name, id: tag.attributes.get('id'), noTranslate: isNoTranslate(tag) };
}

/** Google documents both `translate="no"` and `class="notranslate"`; both are left alone. */
function isNoTranslate(tag: HtmlTag): boolean {
  return isTranslateNo(tag) || hasClass(tag, 'notranslate');
}

/** Closes the innermost open element of the end tag's name, and whatever was left open inside it. */
function closeElement(open: OpenElement[], name: string): void {
  const at = open.map((element) => element.name).lastIndexOf(name);
  if (at >= 0) open.length = at;
}

/** Calls `onText` for each text node with the open elements around it; returns the rebuilt html. */
function mapTextNodes(html: string, onText: (text: string, open: readonly OpenElement[]) => string | undefined): string {
  const open: OpenElement[] = [];
  let output = '';
  for (const token of tokenizeHtml(html)) {
    if (token.kind === 'text') {
      output += onText(token.raw, open) ?? token.raw;
      continue;
    }
    output += token.raw;
    if (token.kind !== 'tag' || token.selfClosing) continue;
    if (token.closing) closeElement(open, token.name);
    else open.push(openElement(token));
  }
  return output;
}

function nearestId(open: readonly OpenElement[]): string | undefined {
  for (let index = open.length - 1; index >= 0; index -= 1) if (open[index]!.id !== undefined) return open[index]!.id;
  return undefined;
}

/** Marks a term's element; only its text may be inside. See the module comment for why a class. */
const NO_TRANSLATE_OPEN = '<span class="notranslate">';

/**
 * Wraps every glossary term of an HTML fragment in `<span class="notranslate">` holding its
 * English. Text already inside a `translate="no"` or `notranslate` element is left alone;
 * tags and attributes are never touched.
 */
export function protectTerms(html: string, glossary: Glossary): ProtectedHtml {
  const terms: ProtectedTerm[] = [];
  const protectedHtml = mapTextNodes(html, (raw, open) => {
    if (open.some((element) => element.noTranslate)) return undefined;
    const text = decodeEntities(raw);
    const matches = findTermMatches(text, glossary.terms);
    if (matches.length === 0) return undefined;
    const sentenceId = nearestId(open);
    let output = '';
    let last = 0;
    for (const match of matches) {
      const target = targetFor(match);
      terms.push({ index: terms.length, sentenceId, source: match.text, target, term: match.term });
      output += `${escapeHtml(text.slice(last, match.start))}${NO_TRANSLATE_OPEN}${escapeHtml(target)}</span>`;
      last = match.end;
    }
    return output + escapeHtml(text.slice(last));
  });
  return { html: protectedHtml, terms, restore: (translated, onLost) => restoreHtml(translated, terms, onLost) };
}

/** Lower case, single spaces, without the marks Apertium puts on unknown words (`*`, `#`, `@`). */
function comparable(text: string): string {
  return decodeEntities(text)
    .replace(/(^|\s)[*#@~]+/g, '$1')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}

function sharesWord(target: string, text: string): boolean {
  const words = new Set(comparable(target).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 1));
  return text.split(/[^\p{L}\p{N}]+/u).some((word) => words.has(word));
}

function restoreHtml(translated: string, terms: readonly ProtectedTerm[], onLost?: (lost: ProtectedTerm[]) => void): string {
  const unused = new Set(terms);
  const pick = (inner: string, sentenceId: string | undefined): ProtectedTerm | undefined => {
    const wanted = comparable(inner);
    const candidates = [...unused];
    const chosen =
      candidates.find((term) => term.sentenceId === sentenceId && comparable(term.target) === wanted) ??
      candidates.find((term) => comparable(term.target) === wanted) ??
      // The engine changed the text inside the element (a mark, a case): it still stands for a
      // term of its sentence when they share a word.
      candidates.find((term) => term.sentenceId === sentenceId && sharesWord(term.target, wanted)) ??
      // An engine that translates the element's text (Apertium) may change a name beyond
      // recognition; the element is still ours: the next term of its sentence, in order.
      candidates.find((term) => term.sentenceId !== undefined && term.sentenceId === sentenceId);
    if (chosen) unused.delete(chosen);
    return chosen;
  };

  // Find each protection element with the sentence around it.
  const open: OpenElement[] = [];
  let output = '';
  let inside: { start: number; sentenceId?: string } | undefined;
  for (const token of tokenizeHtml(translated)) {
    if (inside) {
      if (token.kind === 'tag' && token.closing && token.name === 'span') {
        const inner = translated.slice(inside.start, token.start);
        const term = pick(inner, inside.sentenceId);
        output += term ? escapeHtml(term.target) : escapeHtml(decodeEntities(inner).replace(/(^|\s)[*#@~]+/g, '$1'));
        inside = undefined;
      }
      continue;
    }
    if (token.kind === 'tag' && !token.closing && !token.selfClosing && token.name === 'span' && isNoTranslate(token) && !token.attributes.has('id')) {
      // Apertium marks an unknown word just before the element (`*<span …>`): not part of the English.
      output = output.replace(/(^|\s)[*#@~]$/, '$1');
      inside = { start: token.start + token.raw.length, sentenceId: nearestId(open) };
      continue;
    }
    output += token.raw;
    if (token.kind !== 'tag' || token.selfClosing) continue;
    if (token.closing) closeElement(open, token.name);
    else open.push(openElement(token));
  }
  // An element left open runs to the end: its text is kept as the engine wrote it.
  if (inside) output += translated.slice(inside.start);
  if (unused.size > 0) onLost?.([...unused].sort((a, b) => a.index - b.index));
  return output;
}

const PLACEHOLDER = /⟦\s*(\d+)\s*⟧/g;

/** Replaces every glossary term of a plain text by a `⟦n⟧` placeholder (n counted from 1). */
export function protectTermsInText(text: string, glossary: Glossary): ProtectedText {
  const terms: ProtectedTerm[] = [];
  let output = '';
  let last = 0;
  for (const match of findTermMatches(text, glossary.terms)) {
    terms.push({ index: terms.length, source: match.text, target: targetFor(match), term: match.term });
    output += `${text.slice(last, match.start)}⟦${terms.length}⟧`;
    last = match.end;
  }
  output += text.slice(last);
  const restore: RestoreTerms = (translated, onLost) => {
    const unused = new Set(terms);
    const restored = translated.replace(PLACEHOLDER, (whole, number: string) => {
      const term = terms[Number(number) - 1];
      if (!term) return whole;
      unused.delete(term);
      return term.target;
    });
    if (unused.size > 0) onLost?.([...unused]);
    return restored;
  };
  return { text: output, terms, restore };
}

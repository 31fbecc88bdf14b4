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

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references a provider or our own escaping may produce. */
export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Escapes text for an HTML text node. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const TAG = /<[^>]*>/g;
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'wbr', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track']);

interface OpenElement {
  name: string;
  id?: string;
  noTranslate: boolean;
}

interface Tag {
  closing: boolean;
  name: string;
  selfClosing: boolean;
  id?: string;
  noTranslate: boolean;
}

function readTag(tag: string): Tag | undefined {
  const found = /^<\s*(\/)?\s*([a-z][a-z0-9-]*)([^>]*)>$/i.exec(tag);
  if (!found) return undefined; // comment, doctype, stray `<`: not an element
  const attributes = found[3] ?? '';
  const id = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
  return {
    closing: found[1] !== undefined,
    name: found[2]!.toLowerCase(),
    selfClosing: /\/\s*$/.test(attributes) || VOID_ELEMENTS.has(found[2]!.toLowerCase()),
    id: id ? unescapeHtml(id[1] ?? id[2] ?? id[3] ?? '') : undefined,
    noTranslate: /\btranslate\s*=\s*["']?no\b/i.test(attributes) || /\bclass\s*=\s*["']?[^"'>]*\bnotranslate\b/i.test(attributes),
  };
}

/** Calls `onText` for each text node with the open elements around it; returns the rebuilt html. */
function mapTextNodes(html: string, onText: (text: string, open: readonly OpenElement[]) => string | undefined): string {
  const open: OpenElement[] = [];
  let output = '';
  let last = 0;
  const flush = (end: number) => {
    if (end > last) {
      const raw = html.slice(last, end);
      output += onText(raw, open) ?? raw;
    }
  };
  for (const found of html.matchAll(TAG)) {
    flush(found.index);
    last = found.index + found[0].length;
    output += found[0];
    const tag = readTag(found[0]);
    if (!tag || tag.selfClosing) continue;
    if (tag.closing) {
      const at = open.map((element) => element.name).lastIndexOf(tag.name);
      if (at >= 0) open.length = at;
    } else {
      open.push({ name: tag.name, id: tag.id, noTranslate: tag.noTranslate });
    }
  }
  flush(html.length);
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
    const text = unescapeHtml(raw);
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
  return unescapeHtml(text)
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

  // Pass 1: find each protection element with the sentence around it.
  const open: OpenElement[] = [];
  let output = '';
  let last = 0;
  let inside: { start: number; sentenceId?: string } | undefined;
  for (const found of translated.matchAll(TAG)) {
    const tag = readTag(found[0]);
    if (inside) {
      if (tag?.closing && tag.name === 'span') {
        const inner = translated.slice(inside.start, found.index);
        const term = pick(inner, inside.sentenceId);
        output += term ? escapeHtml(term.target) : escapeHtml(unescapeHtml(inner).replace(/(^|\s)[*#@~]+/g, '$1'));
        last = found.index + found[0].length;
        inside = undefined;
      }
      continue;
    }
    output += translated.slice(last, found.index);
    last = found.index + found[0].length;
    if (tag && !tag.closing && tag.name === 'span' && tag.noTranslate && !tag.selfClosing && tag.id === undefined) {
      // Apertium marks an unknown word just before the element (`*<span …>`): not part of the English.
      output = output.replace(/(^|\s)[*#@~]$/, '$1');
      inside = { start: last, sentenceId: nearestId(open) };
      continue;
    }
    output += found[0];
    if (!tag || tag.selfClosing) continue;
    if (tag.closing) {
      const at = open.map((element) => element.name).lastIndexOf(tag.name);
      if (at >= 0) open.length = at;
    } else {
      open.push({ name: tag.name, id: tag.id, noTranslate: tag.noTranslate });
    }
  }
  output += translated.slice(inside ? inside.start : last);
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

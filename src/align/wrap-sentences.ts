import type { Block } from '../types.ts';
import { escapeHtml } from './html-text.ts';

/**
 * A block as the HTML fragment sent with `format: 'html'`: each sentence escaped and wrapped
 * in `<span id="<sentence id>">…</span>`, joined by single spaces. Services that keep
 * elements (Google) return the same ids, so `readBackSentences` aligns exactly.
 *
 * @example
 * wrapSentences(block) // '<span id="p1.s1">Il a dit «&lt;non&gt;».</span> <span id="p1.s2">Puis…</span>'
 */
export function wrapSentences(block: Pick<Block, 'sentences'>): string {
  return block.sentences.map((sentence) => `<span id="${escapeHtml(sentence.id)}">${escapeHtml(sentence.text)}</span>`).join(' ');
}

/**
 * Which units of an XLIFF file a person (or a CAT tool) translated: a unit whose target is not
 * empty and either differs from the article's current English or was marked done (`translated`,
 * `final`, `signed-off`, `approved="yes"`). A target that is only a copy of the French (a tool
 * that fills untranslated units with their source) is no translation.
 */
import { normaliseFrench, type MemoryState } from '../memory/translation-memory.ts';
import { englishTypography } from '../text/english-typography.ts';
import type { AlignedArticle } from '../types.ts';
import type { SentenceCorrection } from './apply-corrections.ts';
import type { XliffDocument } from './read-xliff.ts';

const DONE_STATES = new Set(['translated', 'final', 'signed-off']);
const FINAL_STATES = new Set(['final', 'signed-off']);

const sameText = (a: string, b: string) => normaliseFrench(englishTypography(a)) === normaliseFrench(englishTypography(b));

export function xliffCorrections(document: XliffDocument, article: AlignedArticle): SentenceCorrection[] {
  const current = new Map(article.blocks.flatMap((block) => block.sentences.map((sentence) => [sentence.id, sentence] as const)));
  const corrections: SentenceCorrection[] = [];
  for (const unit of document.units) {
    const target = unit.target?.replace(/\s+/g, ' ').trim() ?? '';
    if (target === '') continue;
    const done = unit.approved || (unit.state !== undefined && DONE_STATES.has(unit.state));
    const sentence = current.get(unit.id);
    const unchanged = sentence !== undefined && sameText(target, sentence.translation) && (sentence.origin === 'human' || !done);
    if (unchanged) continue;
    if (!done && sameText(target, unit.source)) continue; // the French copied into the target: untranslated
    const state: MemoryState = unit.approved || (unit.state !== undefined && FINAL_STATES.has(unit.state)) ? 'final' : 'translated';
    corrections.push({
      kind: 'sentence',
      id: unit.id,
      translation: target,
      state,
      source: unit.source,
      ...(unit.sourceHash ? { sourceHash: unit.sourceHash } : {}),
    });
  }
  return corrections;
}

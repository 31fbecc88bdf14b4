/**
 * An aligned article as XLIFF 1.2, for a CAT tool (OmegaT, Trados, memoQ…) or a translator:
 * one `<group>` per block carrying its role, one `<trans-unit>` per French sentence under the
 * sentence's stable id (`p3.s2`), the French as `<source>`, the current English as `<target>`
 * with its state (`needs-review-translation` for the engine's, `translated` or `final` for a
 * person's), the QA findings and the engine in `<note>`s. The article's sha256 is in the file
 * header, and each unit's French hash (`memoryKey`) in its `extradata`, so `bilingual import`
 * can tell a unit whose French changed since the export.
 */
import packageJson from '../../package.json' with { type: 'json' };
import { memoryKey, type MemoryState } from '../memory/translation-memory.ts';
import { baseName } from '../render/front-matter.ts';
import { escapeXml } from '../render/render-tmx.ts';
import type { AlignedArticle, AlignedSentence } from '../types.ts';

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';

/** The prefix of a unit's `extradata`: the sha256 of its normalised French. */
export const SOURCE_HASH_PREFIX = 'source-sha256:';

/** How far along a unit's English is, in XLIFF's words. */
export function xliffState(sentence: AlignedSentence, humanState?: MemoryState): string {
  if (sentence.translation.trim() === '') return 'needs-translation';
  if (sentence.origin === 'human') return humanState ?? 'translated';
  return 'needs-review-translation';
}

/** What the targets hold: the current English, or the French for tools that translate the target. */
export type XliffPrefill = 'english' | 'french';

export interface XliffOptions {
  /** The state a person gave each human translation, by sentence id (from the memory). @default translated */
  humanStates?: ReadonlyMap<string, MemoryState>;
  /**
   * What a machine sentence's `<target>` holds: its current English (`english`), or a copy of
   * its French (`french`, state `needs-translation`), for CAT tools that translate the target
   * text rather than the source, as OmegaT 3's XLIFF filter does. Human translations keep
   * their English either way.
   * @default "english"
   */
  prefill?: XliffPrefill;
}

/** The article as an XLIFF 1.2 document (`<slug>.xlf`). */
export function renderXliff(article: AlignedArticle, options: XliffOptions = {}): string {
  const engine = `${article.translation.provider}: ${article.translation.engine}`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff version="1.2" xmlns="${XLIFF_NAMESPACE}">`,
    `  <file original="${escapeXml(baseName(article.source.file))}" source-language="fr" target-language="en" datatype="plaintext" tool-id="bilingual" date="${escapeXml(article.translation.date)}">`,
    '    <header>',
    `      <tool tool-id="bilingual" tool-name="bilingual" tool-version="${escapeXml(packageJson.version)}"/>`,
    `      <note from="source-sha256">${escapeXml(article.source.sha256)}</note>`,
    `      <note from="engine">${escapeXml(engine)}</note>`,
    '    </header>',
    '    <body>',
  ];
  for (const block of article.blocks) {
    lines.push(`      <group id="${escapeXml(block.id)}" restype="x-${block.role}" resname="${block.role}">`);
    for (const sentence of block.sentences) {
      const french = options.prefill === 'french' && sentence.origin !== 'human';
      const state = french ? 'needs-translation' : xliffState(sentence, options.humanStates?.get(sentence.id));
      const target = french ? sentence.text : sentence.translation;
      lines.push(
        `        <trans-unit id="${escapeXml(sentence.id)}" extradata="${SOURCE_HASH_PREFIX}${memoryKey(sentence.text)}" xml:space="preserve">`,
        `          <source xml:lang="fr">${escapeXml(sentence.text)}</source>`,
        `          <target xml:lang="en" state="${state}">${escapeXml(target)}</target>`,
      );
      if (sentence.mergedInto !== undefined) lines.push(`          <note from="alignment">Translated together with ${escapeXml(sentence.mergedInto)}: its English is there.</note>`);
      for (const finding of sentence.qa ?? []) {
        lines.push(`          <note from="qa" priority="${finding.severity === 'error' ? 1 : 5}">${escapeXml(`${finding.check}: ${finding.message}`)}</note>`);
      }
      lines.push(`          <note from="engine">${escapeXml(sentence.origin === 'human' ? 'human translation' : engine)}</note>`, '        </trans-unit>');
    }
    lines.push('      </group>');
  }
  lines.push('    </body>', '  </file>', '</xliff>');
  return `${lines.join('\n')}\n`;
}

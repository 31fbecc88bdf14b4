/**
 * The project's glossary as a DeepL glossary (v2 glossary endpoints, through `deepl-node`):
 * created once and found again by the content hash its name carries, so every run with the
 * same `config/glossary.yaml` reuses one glossary and a changed file gets a new one. Only the
 * translated terms are entries; terms kept as written travel protected in the text
 * (`translate="no"`), as for every provider with a native glossary.
 */
import type * as DeeplNode from 'deepl-node';
import { BilingualError } from '../../errors.ts';
import type { ProviderGlossary } from '../types.ts';

/** Characters of the content hash in the glossary's name: enough to tell versions apart. */
const HASH_CHARACTERS = 16;

/** The name our glossary of this version carries on DeepL. */
export function deeplGlossaryName(version: string): string {
  return `bilingual fr-en ${version.slice(0, HASH_CHARACTERS)}`;
}

/** The entries DeepL takes: source term to target term, one per source (the first wins). */
export function deeplGlossaryEntries(glossary: ProviderGlossary): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const entry of glossary.entries) if (!Object.hasOwn(entries, entry.source)) entries[entry.source] = entry.target;
  return entries;
}

type GlossaryClient = Pick<DeeplNode.Translator, 'listGlossaries' | 'createGlossary'>;

/**
 * Our glossary's DeepL id: a ready fr→en glossary of this name if the account holds one,
 * else a new one. Throws what the client throws (the caller falls back to protected terms).
 */
export async function prepareDeeplGlossary(client: GlossaryClient, glossary: ProviderGlossary, GlossaryEntries: typeof DeeplNode.GlossaryEntries): Promise<ProviderGlossary> {
  const entries = deeplGlossaryEntries(glossary);
  if (Object.keys(entries).length === 0) throw new BilingualError('CONFIG_INVALID', 'The glossary has no translated terms to give DeepL.');
  const name = deeplGlossaryName(glossary.version);
  const existing = (await client.listGlossaries()).find(
    (info) => info.name === name && info.ready && info.sourceLang.toLowerCase() === 'fr' && info.targetLang.toLowerCase() === 'en',
  );
  const info = existing ?? (await client.createGlossary(name, 'fr', 'en', new GlossaryEntries({ entries })));
  return { ...glossary, resourceName: info.glossaryId };
}

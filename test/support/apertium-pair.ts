/**
 * The offline engine twice, with the pre- and post-editing and without, for the tests that show a
 * fault of the engine's English is real without an edit and gone with it. Call it inside a
 * `describe`: the two providers start before its tests and close after them.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { createApertium } from '../../src/providers/apertium/index.ts';
import type { TextFormat, TranslationProvider } from '../../src/providers/types.ts';

/** Whether Debian's fr-es and spa-eng modes are installed. */
export const apertiumInstalled = ['fr-es', 'spa-eng'].every((mode) => existsSync(`/usr/share/apertium/modes/${mode}.mode`));

export interface ApertiumPair {
  edited: () => TranslationProvider;
  plain: () => TranslationProvider;
}

export function useApertiumPair(): ApertiumPair {
  let edited: TranslationProvider | undefined;
  let plain: TranslationProvider | undefined;
  beforeAll(() => {
    edited = createApertium();
    plain = createApertium({ preEdit: false });
  });
  afterAll(async () => {
    await edited?.close?.();
    await plain?.close?.();
  });
  return { edited: () => edited!, plain: () => plain! };
}

/** Each text translated French to English by `provider`, in order. */
export async function translateTexts(provider: TranslationProvider, texts: readonly string[], format: TextFormat = 'text'): Promise<string[]> {
  const result = await provider.doTranslate({ segments: texts.map((text, index) => ({ id: `s${index}`, text })), sourceLanguage: 'fr', targetLanguage: 'en', format });
  return result.translations.map((translation) => translation.text);
}

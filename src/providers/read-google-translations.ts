import { BilingualError } from '../errors.ts';
import { checkTranslationCount } from './check-translation-count.ts';

/**
 * The translations of a Google answer (v2 `data.translations`, v3 `translations` or
 * `glossaryTranslations`), in the order the segments were sent: one `translatedText` per
 * segment, or the answer is bad.
 */
export function readGoogleTranslations(
  segments: readonly { id: string }[],
  translated: readonly { translatedText?: unknown }[] | null | undefined,
  source: string,
  details: Record<string, unknown>,
): { id: string; text: string }[] {
  checkTranslationCount(segments.length, Array.isArray(translated) ? translated.length : undefined, source, details);
  return segments.map((segment, index) => {
    const text = translated![index]?.translatedText;
    if (typeof text !== 'string') {
      throw new BilingualError('PROVIDER_BAD_RESPONSE', `${source} returned no text for segment "${segment.id}".`, { details });
    }
    return { id: segment.id, text };
  });
}

/**
 * Language check with franc-min (trigram model, 82 languages). Below `MINIMUM_LENGTH`
 * characters franc cannot tell, so the result is not confident.
 */
import { francAll } from 'franc-min';

/** Shortest text (in characters) franc is asked to judge. @default 120 */
export const MINIMUM_LENGTH = 120;

/** Length (in characters) from which franc's first guess is trusted whatever its margin. @default 400 */
export const CONFIDENT_LENGTH = 400;

export interface DetectedLanguage {
  /** ISO 639-1 code when known (`fr`, `en`, `es`, `de`…), else franc's ISO 639-3 code or `und`. */
  language: string;
  /** True when the text is long enough and the best guess clearly beats the runner-up. */
  confident: boolean;
}

const ISO_639_1: Record<string, string> = {
  fra: 'fr', eng: 'en', spa: 'es', deu: 'de', ita: 'it', por: 'pt', nld: 'nl', cat: 'ca', ron: 'ro',
  pol: 'pl', rus: 'ru', ukr: 'uk', arb: 'ar', cmn: 'zh', jpn: 'ja', tur: 'tr', swe: 'sv', dan: 'da',
  nob: 'no', fin: 'fi', ces: 'cs', hun: 'hu', ell: 'el',
};

export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.replace(/\s+/g, ' ').trim();
  if (sample.length < MINIMUM_LENGTH) return { language: 'und', confident: false };
  const ranked = francAll(sample, { minLength: MINIMUM_LENGTH });
  const best = ranked[0];
  if (best === undefined || best[0] === 'und') return { language: 'und', confident: false };
  const runnerUp = ranked[1]?.[1] ?? 0;
  const language = ISO_639_1[best[0]] ?? best[0];
  // franc's scores are relative (best = 1) and bunch together on long texts, where the
  // ranking is nevertheless reliable; on short texts a runner-up close to 1 means a toss-up.
  return { language, confident: sample.length >= CONFIDENT_LENGTH || runnerUp < 0.9 };
}

/**
 * Language check: is the article French? A long text whose words are French function words
 * often enough is French without asking further (`looksFrench`); any other text is judged by
 * franc-min (trigram model, 82 languages), which also names the language of a text that is not
 * French. Below `MINIMUM_LENGTH` characters franc cannot tell, so the result is not confident.
 *
 * franc-min is loaded only when a text does not look French: loading it (its trigram tables and
 * their dependencies) costs about 20 ms, a sixth of a `segment` command's own time, for the
 * rare article the function words leave in doubt. It is an ES module required synchronously
 * (`require(esm)`, without a flag or a warning from Node 20.19 and 22.12: the `engines` range).
 */
import { createRequire } from 'node:module';

type Franc = typeof import('franc-min');

let franc: Franc | undefined;

function loadFranc(): Franc {
  franc ??= createRequire(import.meta.url)('franc-min') as Franc;
  return franc;
}

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

/** franc-min reads at most this many characters of a text; `looksFrench` reads the same. */
const FRANC_SAMPLE_LENGTH = 2048;

/**
 * Function words of French that the languages a French article could be confused with (Spanish,
 * Italian, Portuguese, Catalan, Occitan, Romanian, English, German, Dutch, the Scandinavian
 * languages) do not use, or use rarely: articles, prepositions, conjunctions, pronouns and the
 * commonest forms of *être* and *avoir*. (`la`, `les`, `de`, `que`, `en`, `un`, `il`, `ne`, `se`
 * and the elisions are left out: Spanish, Italian or Catalan use them as much.)
 */
const FRENCH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'le', 'des', 'et', 'est', 'une', 'du', 'dans', 'pour', 'qui', 'pas', 'au', 'aux', 'sur', 'avec',
  'elle', 'cette', 'sont', 'mais', 'nous', 'vous', 'leur', 'été', 'ont', 'à', 'par',
]);

/**
 * Share of a text's words that must be French function words for it to be French without
 * franc. French news prose runs at 12% to 25% (the lowest of the project's French fixtures: 12.5%);
 * Spanish and English text at 0% to 1%, Italian, Portuguese, Catalan or Danish at a few percent
 * (their `le`, `à`, `et` or `du`). @default 0.08
 */
export const FRENCH_FUNCTION_WORD_SHARE = 0.08;

/** How many different French function words a text must hold for `looksFrench`. @default 6 */
export const FRENCH_FUNCTION_WORD_KINDS = 6;

/**
 * True when `sample` (whitespace collapsed) is long enough to be judged and reads as French by
 * its function words alone: at least `FRENCH_FUNCTION_WORD_SHARE` of its words and
 * `FRENCH_FUNCTION_WORD_KINDS` different ones. A cheap test (one pass over the words) that
 * spares franc's trigram distances to every Latin-script language on every French article;
 * a text it does not accept is left to franc, so a text in another language is still named.
 */
export function looksFrench(sample: string): boolean {
  if (sample.length < CONFIDENT_LENGTH) return false;
  const words = sample.slice(0, FRANC_SAMPLE_LENGTH).toLowerCase().match(/\p{L}+/gu) ?? [];
  let count = 0;
  const kinds = new Set<string>();
  for (const word of words) {
    if (!FRENCH_FUNCTION_WORDS.has(word)) continue;
    count += 1;
    kinds.add(word);
  }
  return kinds.size >= FRENCH_FUNCTION_WORD_KINDS && count >= FRENCH_FUNCTION_WORD_SHARE * words.length;
}

export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.replace(/\s+/g, ' ').trim();
  if (sample.length < MINIMUM_LENGTH) return { language: 'und', confident: false };
  if (looksFrench(sample)) return { language: 'fr', confident: true };
  const ranked = loadFranc().francAll(sample, { minLength: MINIMUM_LENGTH });
  const best = ranked[0];
  if (best === undefined || best[0] === 'und') return { language: 'und', confident: false };
  const runnerUp = ranked[1]?.[1] ?? 0;
  const language = ISO_639_1[best[0]] ?? best[0];
  // franc's scores are relative (best = 1) and bunch together on long texts, where the
  // ranking is nevertheless reliable; on short texts a runner-up close to 1 means a toss-up.
  return { language, confident: sample.length >= CONFIDENT_LENGTH || runnerUp < 0.9 };
}

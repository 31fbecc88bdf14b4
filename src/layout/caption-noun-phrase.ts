/**
 * What a caption names before its first comma: a caption states what the picture shows, then
 * where and when, often with no verb at all (`Le chantier de la future résidence de Villejean,
 * à l’arrêt depuis mars.`, `Maëlle Le Bihan-Corre, ancienne éclusière, à Pontivy.`). A body
 * sentence puts a verb after its subject; a caption's subject is a noun phrase and nothing more:
 * - a name of two words or more, capitalised but for particles (`Le Bara-Segal`, `Jeanne de
 *   La Roche`);
 * - an article and a noun, maybe after one of the few adjectives French sets before the noun
 *   (`petit`, `grand`, `futur`, `ancien`, `nouveau`… a closed class), each complement after it
 *   opened by a preposition (`de la future résidence`, `des petites annonces`, `de Beaulieu`).
 * A lower-case word anywhere else (after a noun, with no preposition before it) may be a verb,
 * and the phrase is refused: the test errs on the side of the body.
 */

/** Adjectives French sets before the noun (a closed class), in their inflected forms. */
const PRENOMINAL = new Set([
  'petit', 'petite', 'petits', 'petites', 'grand', 'grande', 'grands', 'grandes', 'futur', 'future', 'futurs', 'futures',
  'ancien', 'ancienne', 'anciens', 'anciennes', 'nouveau', 'nouvel', 'nouvelle', 'nouveaux', 'nouvelles', 'vieux', 'vieil',
  'vieille', 'vieilles', 'jeune', 'jeunes', 'premier', 'première', 'premiers', 'premières', 'dernier', 'dernière',
  'derniers', 'dernières', 'beau', 'bel', 'belle', 'beaux', 'belles', 'gros', 'grosse', 'grosses', 'haut', 'haute',
  'hauts', 'hautes', 'long', 'longue', 'longs', 'longues', 'seul', 'seule', 'seuls', 'seules', 'autre', 'autres',
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'dix',
]);
const ARTICLES = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du']);
/** Prepositions (and contracted articles) that open a noun's complement. */
const PREPOSITIONS = new Set(['de', 'du', 'des', 'd', 'à', 'au', 'aux', 'en', 'sur', 'pour', 'sous', 'près']);
/** Articles after a preposition (`de la`, `à l’`, `sur une`). */
const INNER_ARTICLES = new Set(['la', 'le', 'les', 'l', 'un', 'une']);
/** Particles inside a name (`Jeanne de La Roche`, `Le Bihan-Corre`). */
const NAME_PARTICLES = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'von', 'van']);

/** The words of a piece of text, an elided article or preposition (`l’`, `d’`) a word of its own. */
function words(text: string): string[] {
  return text
    .trim()
    .replace(/\b([ldLD])['’]/gu, '$1 ')
    .split(/\s+/u)
    .filter((word) => word !== '');
}

/** A past participle as an adjective after its noun: `grillées`, `amarré`, `servies`. */
const PARTICIPLE = /^\p{Ll}{2,}(?:é|ée|és|ées|ies)$/u;

const isCapitalised = (word: string): boolean => /^\p{Lu}\p{Ll}/u.test(word);
const isLower = (word: string): boolean => /^\p{Ll}[\p{Ll}-]*$/u.test(word);

/** Two words or more, capitalised but for particles, the first capitalised: a person's or a boat's name. */
export function isName(text: string): boolean {
  const list = words(text);
  if (list.length < 2 || !isCapitalised(list[0] as string)) return false;
  return list.every((word, index) => isCapitalised(word) || (index > 0 && NAME_PARTICLES.has(word)));
}

/** An article, a noun (maybe after a prenominal adjective), and complements each opened by a preposition. */
export function isNounPhrase(text: string): boolean {
  const list = words(text);
  let at = 0;
  const first = list[at];
  if (first === undefined || !/^\p{Lu}/u.test(first) || !ARTICLES.has(first.toLowerCase())) return false;
  at += 1;
  // A noun: lower case, maybe after an adjective set before it.
  const noun = (): boolean => {
    if (at < list.length && PRENOMINAL.has(list[at] as string) && at + 1 < list.length && isLower(list[at + 1] as string)) at += 1;
    if (at >= list.length || !isLower(list[at] as string) || PREPOSITIONS.has(list[at] as string)) return false;
    at += 1;
    // The noun's own name in apposition right after it (`la famille Bouviala`, `le pont
    // Marc-Seguin`, `la piscine Jean-Bouin`): capitalised words, no verb.
    while (at < list.length && isCapitalised(list[at] as string)) at += 1;
    // Or a past participle in `-é(e)(s)` or `-ies` qualifying it (`Les châtaignes grillées`,
    // `la coque repeinte` aside): no finite verb of a body's sentence ends so, but for a rare
    // `crée`, which a complement opened by a preposition must then follow.
    if (at < list.length && PARTICIPLE.test(list[at] as string)) at += 1;
    return true;
  };
  if (!noun()) return false;
  while (at < list.length) {
    if (!PREPOSITIONS.has(list[at] as string)) return false;
    at += 1;
    if (at < list.length && INNER_ARTICLES.has(list[at] as string)) at += 1;
    if (at < list.length && /^\p{Lu}/u.test(list[at] as string)) {
      // A name as the complement (`de Beaulieu`, `de l’Auberge du Moulinon`).
      while (at < list.length && (/^\p{Lu}/u.test(list[at] as string) || (NAME_PARTICLES.has(list[at] as string) && /^\p{Lu}/u.test(list[at + 1] ?? '')))) at += 1;
      continue;
    }
    if (!noun()) return false;
  }
  return true;
}

/**
 * A piece after a comma that sets an apposition or a moment (`ancienne éclusière`, `début
 * août`, `fin mars`): a prenominal adjective then a noun, or a word of the calendar's edges.
 */
export function isApposition(text: string): boolean {
  const list = words(text);
  const first = list[0];
  if (first === undefined) return false;
  if (/^(?:début|fin|mi)(?:-|$)/u.test(first) && list.length <= 3) return true;
  return PRENOMINAL.has(first) && list.length >= 2 && list.slice(1).every((word) => isLower(word) || PREPOSITIONS.has(word) || INNER_ARTICLES.has(word) || isCapitalised(word));
}

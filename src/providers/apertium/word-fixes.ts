/**
 * Words the pivot through Spanish gets wrong in a way the French settles.
 *
 * - `car`, a coach (`le car scolaire`), is read by the fr-es pair as the conjunction `car`
 *   (because): `Le car transportait des élèves` came out as `The because it transported
 *   students`. After a determiner it can only be the noun, so the French sent to the engine says
 *   `autocar`, which the pair reads (`The coach transported students`).
 * - `après-midi` and `soir` both become the Spanish `tarde`, which spa-eng gives back as
 *   `evening` or `afternoon` as it pleases (`l'après-midi` → `the evening`, `ce soir` → `this
 *   afternoon`). Where the French names only one of the two parts of the day, the English word
 *   for the other is the engine's confusion, and is put right.
 */

/** `car` after a determiner: the noun (a coach), never the conjunction. */
const CAR_NOUN = /(?<![\p{L}\p{N}])((?:[Ll]e|[Uu]n|[Cc]e|[Dd]u|[Aa]u|[Ll]es|[Dd]es|[Cc]es|[Aa]ux|[Ss]on|[Ll]eur|[Ll]eurs|[Ss]es)[ \u00a0]+)car(s?)(?![\p{L}\p{M}'’-])/gu;

/**
 * Rewrites, in the French sent to the engine, the words it would read as other words.
 *
 * @example
 * preEditWords('Le car scolaire est sorti de la route.') // "L'autocar scolaire est sorti de la route."
 */
export function preEditWords(text: string): string {
  if (!text.includes('car')) return text;
  return text.replace(CAR_NOUN, (_whole: string, determiner: string, plural: string) => `${elided(determiner, plural === 's')}autocar${plural}`);
}

/** The determiner before a word opening on a vowel: `le` → `l'`, `du` → `de l'`, `au` → `à l'`, `ce` → `cet`. */
function elided(determiner: string, plural: boolean): string {
  if (plural) return determiner;
  const word = determiner.trimEnd();
  const capital = word[0] === word[0]!.toUpperCase();
  const lower = word.toLowerCase();
  const form = lower === 'le' ? "l'" : lower === 'du' ? "de l'" : lower === 'au' ? "à l'" : lower === 'ce' ? 'cet ' : `${lower} `;
  return capital ? form[0]!.toUpperCase() + form.slice(1) : form;
}

const AFTERNOON_FR = /(?<![\p{L}])après-midi(?![\p{L}])/iu;
const EVENING_FR = /(?<![\p{L}])soir(?:s|ée|ées)?(?![\p{L}])/iu;

/**
 * Puts right, in the engine's English, a part of the day the French does not name.
 *
 * @example
 * postEditWords('The courses have restarted the evening.', 'Les cours ont repris l’après-midi.')
 * // 'The courses have restarted the afternoon.'
 */
export function postEditWords(translation: string, french: string): string {
  const afternoon = AFTERNOON_FR.test(french);
  const evening = EVENING_FR.test(french);
  if (afternoon === evening) return translation;
  return afternoon
    ? translation.replace(/(?<![\p{L}])([Ee])vening(s?)(?![\p{L}])/gu, (_whole: string, e: string, plural: string) => `${e === 'E' ? 'A' : 'a'}fternoon${plural}`)
    : translation.replace(/(?<![\p{L}])([Aa])fternoon(s?)(?![\p{L}])/gu, (_whole: string, a: string, plural: string) => `${a === 'A' ? 'E' : 'e'}vening${plural}`);
}

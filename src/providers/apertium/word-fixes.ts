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
 * - A day and its part, and a past period, come out word for word (`mardi matin` → `the Tuesday
 *   in the morning`, `le mois dernier` → `the month last`): written the English way where the
 *   French has them so (`on Tuesday morning`, `last month`).
 * - The pivot's article before a percentage (`of the 8.5%`) and its `from` for `depuis` (`from
 *   2010`, `from ten years`): no article where the French has none, `since 2010`, `for ten years`.
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

const DAYS = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** `mardi matin`, `dimanche après-midi`, `lundi soir` in the French. */
const DAY_PART_FR = /(?<![\p{L}])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[ \u00a0]+(?:matin|après-midi|soir)(?![\p{L}])/iu;
/** The engine's `the Tuesday in the morning`: `on Tuesday morning`. */
const DAY_IN_THE_PART = new RegExp(`(?<![\\p{L}])(?:([Tt])he )?${DAYS} in the (morning|afternoon|evening)(?![\\p{L}])`, 'gu');
/** The engine's `Sunday Late` for `dimanche après-midi` (the Spanish `tarde` read as an adverb). */
const DAY_LATE = new RegExp(`(?<![\\p{L}])${DAYS} [Ll]ate(?![\\p{L}])`, 'gu');
/** `le mois dernier`, `la semaine dernière`, `l'an dernier` in the French. */
const LAST_FR = /(?<![\p{L}])(?:mois|semaine|année|an|week-end|été|hiver|printemps|automne)[ \u00a0]+derni(?:er|ère)(?![\p{L}])/iu;
/** The engine's `the month last`: `last month`. */
const THE_PERIOD_LAST = /(?<![\p{L}])([Tt])he (month|week|year|weekend|week-end|summer|winter|spring|autumn) last(?![\p{L}])/gu;

/**
 * Writes the days and periods the engine gives word for word the English way, where the French
 * has them so: `mardi matin` → `the Tuesday in the morning` → `on Tuesday morning`, `dimanche
 * après-midi` → `Sunday Late` → `Sunday afternoon`, `le mois dernier` → `the month last` → `last
 * month`.
 */
function rewriteDaysAndPeriods(translation: string, french: string): string {
  let out = translation;
  if (DAY_PART_FR.test(french)) {
    out = out
      .replace(DAY_IN_THE_PART, (_whole: string, the: string | undefined, day: string, part: string) => `${the === 'T' ? 'On' : 'on'} ${day} ${part}`)
      .replace(DAY_LATE, (_whole: string, day: string) => `${day} afternoon`);
  }
  if (LAST_FR.test(french)) out = out.replace(THE_PERIOD_LAST, (_whole: string, t: string, period: string) => `${t === 'T' ? 'Last' : 'last'} ${period}`);
  return out;
}

/** A French percentage and the article before it, if any: `de 8,5 %`, `les 38 %`. */
const FRENCH_PERCENT = /(?<![\p{L}\p{N}])(?:(les|le|la|l['’]|des|du|aux|au)[ \u00a0]+)?(\d[\d \u00a0\u202f.,]*?)[ \u00a0\u202f]?%/giu;
/** The engine's article before a percentage the French gives none (`of the 8,5 %`, Spanish `del 8,5 %`). */
const ENGLISH_THE_PERCENT = /(?<![\p{L}])the (\d[\d \u00a0\u202f.,]*?)([ \u00a0\u202f]?%)/gu;
const digits = (number: string): string => number.replace(/\D/gu, '');

/** `depuis` and a date or a year (`depuis 2010`, `depuis le 12 mars 2015`): `since`. */
const DEPUIS_DATE = /(?<![\p{L}])depuis[ \u00a0]+(?:le[ \u00a0]+)?(?:\d{1,2}(?:er)?[ \u00a0]+\p{L}+[ \u00a0]+)?(\d{4})(?![\p{N}])/giu;
/** `depuis` and a duration (`depuis dix ans`, `depuis trois semaines`): `for`. */
const DEPUIS_DURATION = /(?<![\p{L}])depuis[ \u00a0]+(?:plus[ \u00a0]+de[ \u00a0]+)?\S+[ \u00a0]+(?:ans|années|mois|semaines|jours|heures|minutes|décennies|siècles)(?![\p{L}])/iu;
const ENGLISH_FROM_DURATION = /(?<![\p{L}])from ((?:more than )?\S+ (?:years|months|weeks|days|hours|minutes|decades|centuries))(?![\p{L}])/gu;

/**
 * Percentages and `depuis` the English way: the Spanish pivot puts an article before a
 * percentage (`del 8,5 %` → `of the 8.5%`), which goes where the French has none before it;
 * `depuis` comes out as `from` (`from 2010`, `from ten years`), which is `since` before a date the
 * French gives after `depuis` and `for` before a duration.
 */
function rewritePercentsAndSince(translation: string, french: string): string {
  let out = translation;
  if (french.includes('%') && out.includes('the ')) {
    const bare = new Set<string>();
    for (const match of french.matchAll(FRENCH_PERCENT)) if (match[1] === undefined) bare.add(digits(match[2]!));
    out = out.replace(ENGLISH_THE_PERCENT, (whole: string, number: string, sign: string) => (bare.has(digits(number)) ? `${number}${sign}` : whole));
  }
  if (/depuis/iu.test(french)) {
    for (const match of french.matchAll(DEPUIS_DATE)) {
      out = out.replace(new RegExp(`(?<![\\p{L}])from ((?:the )?(?:\\d{1,2}(?:st|nd|rd|th)? \\p{L}+ |\\p{L}+ \\d{1,2},? )?${match[1]})(?![\\p{N}])`, 'u'), 'since $1');
    }
    if (DEPUIS_DURATION.test(french)) out = out.replace(ENGLISH_FROM_DURATION, 'for $1');
  }
  return out;
}

/**
 * Puts right, in the engine's English, a part of the day the French does not name.
 *
 * @example
 * postEditWords('The courses have restarted the evening.', 'Les cours ont repris l’après-midi.')
 * // 'The courses have restarted the afternoon.'
 */
export function postEditWords(engine: string, french: string): string {
  const translation = rewritePercentsAndSince(rewriteDaysAndPeriods(engine, french), french);
  const afternoon = AFTERNOON_FR.test(french);
  const evening = EVENING_FR.test(french);
  if (afternoon === evening) return translation;
  return afternoon
    ? translation.replace(/(?<![\p{L}])([Ee])vening(s?)(?![\p{L}])/gu, (_whole: string, e: string, plural: string) => `${e === 'E' ? 'A' : 'a'}fternoon${plural}`)
    : translation.replace(/(?<![\p{L}])([Aa])fternoon(s?)(?![\p{L}])/gu, (_whole: string, a: string, plural: string) => `${a === 'A' ? 'E' : 'e'}vening${plural}`);
}

/**
 * Words the pivot through Spanish gets wrong in a way the French settles.
 *
 * - `car`, a coach (`le car scolaire`), is read by the fr-es pair as the conjunction `car`
 *   (because): `Le car transportait des élèves` came out as `The because it transported
 *   students`. After a determiner it can only be the noun, so the French sent to the engine says
 *   `autocar`, which the pair reads (`The coach transported students`). So it is after `en`
 *   (`partir en car`, which came out `leave in because`; session 51): the conjunction never
 *   follows the pronoun `en` with nothing between them.
 * - `après-midi` and `soir` both become the Spanish `tarde`, which spa-eng gives back as
 *   `evening` or `afternoon` as it pleases (`l'après-midi` → `the evening`, `ce soir` → `this
 *   afternoon`). Where the French names only one of the two parts of the day, the English word
 *   for the other is the engine's confusion, and is put right.
 * - A day and its part, and a past period, come out word for word (`mardi matin` → `the Tuesday
 *   in the morning`, `le mois dernier` → `the month last`): written the English way where the
 *   French has them so (`on Tuesday morning`, `last month`).
 * - The pivot's article before a percentage (`of the 8.5%`) and its `from` for `depuis` (`from
 *   2010`, `from ten years`): no article where the French has none, `since 2010`, `for ten years`.
 * - `espérer` and `attendre` both become the Spanish `esperar`, which spa-eng reads as `expect`:
 *   where the French hopes and waits for nothing, `expect` is `hope` (`Elle espère une victoire`
 *   → `She hopes for…` rather than `expects`); where it waits, `expect` before a duration is
 *   `wait` (`attendre trois mois` → `wait three months`).
 * - `matin` and `demain` both become the Spanish `mañana`: where the French has a morning and no
 *   tomorrow, `tomorrow` is `morning` (`le dimanche matin` → `the Sunday tomorrow`). A day with
 *   its article and its part is a habit (`le dimanche matin`: `on Sunday mornings`).
 * - `mois` is the same in the singular and the plural, and the pivot sometimes keeps the
 *   singular after a number (`vingt-deux mois` → `twenty-two month`): `months`.
 * - `une bonne nouvelle` comes out `a good news`: English news takes no article; `trois fois`
 *   `three time`; `Quant au` `Quant To` (`As for`). (`dont le` comes out `whose the`, but it is
 *   `including the` as often as `whose`: left.)
 * - A place's noun before its name (`la piscine Jean-Bouin`, `le pont Wilson`) comes out word
 *   for word (`the swimming pool Jean-Bouin`): English puts the name first (`the Jean-Bouin
 *   swimming pool`).
 * - `leur`, `leurs` come out through the Spanish `su`, `sus` as `his` (`Les habitants ont vendu
 *   leur maison` → `sold his house`): where the French possessives and the English pair one to
 *   one, each `leur` is `their`.
 * - `prix` comes out through the Spanish `premio` as `prize` whatever it means, and in a newspaper
 *   it is most often a price (`le prix du repas`, `au prix de 28 euros`, `l'envolée des prix`):
 *   where the French `prix` and the English `prize` pair one to one, each `prix` is `price` unless
 *   its sentence says it is awarded (`le 1er prix`, `le prix du public`, `le prix Goncourt`, a
 *   prize won, given, received or dedicated, a competition, a jury, a festival, a trophy).
 * - `bassin` comes out through the Spanish `estanque` as `lake`: where the French has no `lac` and
 *   its `bassin` and the English `lake` pair one to one, a swimming pool's (`le bassin de 50
 *   mètres`, `le bassin olympique`, a segment about swimming) is `pool`, any other (a port's, a
 *   river's, `le bassin d'emploi`) `basin`.
 * - Words the pivot's Spanish leaves untranslated or reads as another word, where the French
 *   says which: `préfet` comes out as the Spanish `prefecto`, which spa-eng does not know, and
 *   `préfète` as itself: `prefect` (`sous-préfet` → `low-prefecto` → `sub-prefect`); `préfecture`
 *   through `prefectura` as `leadership`: `prefecture`; `halle` through `palco` (a theatre box) as
 *   `loge`: `hall`; `magasin` and `boutique` through `tienda` (a shop, or a tent) as `tent`: `store`, a shop
 *   and also an archive's or a warehouse's store room (`le magasin n° 3` of an archive)
 *   (each where the French word and the English pair one to one, and the French has no `loge`,
 *   `tente`, `direction`).
 * - `rouvre`, the verb (`Le magasin rouvre lundi`), is read by the fr-es pair as the noun
 *   `rouvre` (an oak, Spanish `roble`) and garbles the sentence around it (`It tend it oak
 *   Monday`); its plural `rouvrent` is read as the verb, so the French sent to the engine says
 *   `rouvrent` (after no determiner), and the English `reopen` it gives is put back in the
 *   singular where the French has `rouvre` (`reopens`).
 */

import { escapeRegExp } from '../../glossary/term-occurrences.ts';

/** `car` after `en`: the noun (`partir en car`), never the conjunction. */
const EN_CAR = /(?<![\p{L}\p{N}])([Ee]n[ \u00a0]+)car(?![\p{L}\p{M}'’-])/gu;
/** `car` after a determiner: the noun (a coach), never the conjunction. */
const CAR_NOUN = /(?<![\p{L}\p{N}])((?:[Ll]e|[Uu]n|[Cc]e|[Dd]u|[Aa]u|[Ll]es|[Dd]es|[Cc]es|[Aa]ux|[Ss]on|[Ll]eur|[Ll]eurs|[Ss]es)[ \u00a0]+)car(s?)(?![\p{L}\p{M}'’-])/gu;

/**
 * Rewrites, in the French sent to the engine, the words it would read as other words.
 *
 * @example
 * preEditWords('Le car scolaire est sorti de la route.') // "L'autocar scolaire est sorti de la route."
 */
export function preEditWords(text: string): string {
  const coach = text.includes('car')
    ? text.replace(CAR_NOUN, (_whole: string, determiner: string, plural: string) => `${elided(determiner, plural === 's')}autocar${plural}`).replace(EN_CAR, '$1autocar')
    : text;
  return coach.includes('rouvre') ? coach.replace(ROUVRE_VERB, 'rouvrent') : coach;
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

/** Forms of `espérer` in the French; `attendre` and `s'attendre` in the French. */
const ESPERER_FR = /(?<![\p{L}])esp[éè]r(?:e|es|ent|ons|ez|er|é|ée|és|ées|ait|aient|a|era|erait|eraient|ant)(?![\p{L}])/iu;
const ATTENDRE_FR = /(?<![\p{L}])(?:s['’])?attend/iu;
const EXPECT = /(?<![\p{L}])([Ee])xpect(s|ed|ing)?(?![\p{L}])/gu;
const HOPE: Readonly<Record<string, string>> = { '': 'hope', s: 'hopes', ed: 'hoped', ing: 'hoping' };
/** `hope` before a noun phrase takes `for` (`hopes for a victory`); before `to`, `that` or a clause, none. */
const HOPE_NOUN = /(?<![\p{L}])([Hh]op(?:e|es|ed|ing)) (?=(?:a|an|the|his|her|its|their|our|your|some|this|these|those|many|more|\d)(?![\p{L}]))/gu;
const WAIT: Readonly<Record<string, string>> = { '': 'wait', s: 'waits', ed: 'waited', ing: 'waiting' };
/** `expect` and a duration, where the French waits (`attendre trois mois` → `expect three months`): `wait`. */
/** `expect` with nothing after it, where the French waits (`Le tram attendra.` → `The tram will expect.`): `wait`. */
const EXPECT_AT_END = /(?<![\p{L}])([Ee])xpect(s|ed|ing)?(?=[ \u00a0]*(?:[.!?;]|$))/gu;
const EXPECT_DURATION = /(?<![\p{L}])([Ee])xpect(s|ed|ing)?(?= (?:\d+|a few|several|some|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty) (?:\p{L}+ )?(?:minutes?|hours?|days?|weeks?|months?|years?)(?![\p{L}]))/gu;

const MATIN_FR = /(?<![\p{L}])matin(?:s|ée|ées)?(?![\p{L}])/iu;
const DEMAIN_FR = /(?<![\p{L}])(?:demain|lendemain)(?![\p{L}])/iu;
/** `le dimanche matin`, `le mardi soir`: a habit (a date after it, `le mardi 12`, or a preposition before it, `dès le jeudi matin`, makes it one day). */
const HABIT_FR = /(?<![\p{L}])(?<!(?:dès|depuis|avant|après|pour|jusqu['’]à|jusqu['’]au|entre|vers|de|du|à)[ \u00a0]+)le[ \u00a0]+(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[ \u00a0]+(matin|après-midi|soir)(?![\p{L}])(?![ \u00a0]*\d)/giu;
const ENGLISH_DAY = { lundi: 'Monday', mardi: 'Tuesday', mercredi: 'Wednesday', jeudi: 'Thursday', vendredi: 'Friday', samedi: 'Saturday', dimanche: 'Sunday' } as const;
const ENGLISH_PART = { matin: 'morning', 'après-midi': 'afternoon', soir: 'evening' } as const;

const NUMBER_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|several|many|few';
const N_MONTH = new RegExp(`(?<![\\p{L}\\p{N}.,])((?:\\d+|(?:twenty|thirty|forty|fifty)-(?:one|two|three|four|five|six|seven|eight|nine)|${NUMBER_WORDS}) )month(?![\\p{L}-])`, 'giu');
const N_TIME = new RegExp(`(?<![\\p{L}\\p{N}.,])((?:\\d+|${NUMBER_WORDS}) )time(?![\\p{L}-])`, 'giu');
const A_NEWS = /(?<![\p{L}])([Aa]) ((?:good|bad|great|excellent|sad|real|very good|very bad) )?news(?![\p{L}])/gu;

const FRENCH_POSSESSIVE = /(?<![\p{L}])(son|sa|ses|leur|leurs)(?![\p{L}])/giu;
/** `leur` as the pronoun (`il leur a dit`, `ne leur`): no possessive. */
const LEUR_PRONOUN_BEFORE = /(?:^|[^\p{L}])(?:il|elle|ils|elles|on|ne|n['’]|je|tu|nous|vous|qui|se|les|le|la|l['’])[ \u00a0]*$/iu;
const ENGLISH_POSSESSIVE = /(?<![\p{L}])(his|its|their|His|Its|Their)(?![\p{L}])/gu;

/** The English noun for a French place's noun before its name (`la piscine Jean-Bouin`). */
const PLACE_NOUNS: Readonly<Record<string, string>> = {
  piscine: 'swimming pool',
  stade: 'stadium',
  collège: 'school',
  lycée: 'school',
  école: 'school',
  hôpital: 'hospital',
  gymnase: 'gymnasium',
  pont: 'bridge',
  musée: 'museum',
  théâtre: 'theatre',
  église: 'church',
};
/** A place's noun and its name in the French: `la piscine Jean-Bouin`, `le pont Wilson`, `l'hôpital Bretonneau`. */
const PLACE_FR = new RegExp(`(?<![\\p{L}])(${Object.keys(PLACE_NOUNS).join('|')})[ \\u00a0]+(\\p{Lu}[\\p{L}\\p{M}]+(?:-\\p{Lu}?[\\p{L}\\p{M}]+)*)(?![\\p{L}\\p{M}'’-])`, 'gu');

const FRENCH_PRIX = /(?<![\p{L}])prix(?![\p{L}])/giu;
const ENGLISH_PRIZE = /(?<![\p{L}])([Pp])rize(s?)(?![\p{L}])/gu;
/** A `prix` that is awarded, read just around it: an ordinal or `grand` before, a jury, the public, a name or a category after. */
const PRIZE_AROUND = /(?:(?:[Pp]remier|[Pp]remière|[Dd]euxième|[Ss]econd|[Tt]roisième|\d+(?:er|e|ème)|[Gg]rands?|[Mm]eilleur)[ \u00a0]+prix|[Pp]rix[ \u00a0]+(?:du[ \u00a0]+(?:jury|public|meilleur)|de[ \u00a0]+la[ \u00a0]+meilleure|d['’](?:interprétation|honneur|excellence)|spécia(?:l|ux)|littéraire|\p{Lu}))/u;
/** A sentence about a prize given: won, awarded, received, dedicated, a competition, a jury, a festival, a trophy. */
const PRIZE_SENTENCE = /(?<![\p{L}])(?:remport\p{L}*|décern\p{L}*|récompens\p{L}*|lauréat\p{L}*|dédi[ée]\p{L}*|palmarès|palme|trophée|médaille|cérémonie|concours|jury|festival|reçu|reçoit|attribu\p{L}*)(?![\p{L}])/iu;

const FRENCH_BASSIN = /(?<![\p{L}])bassins?(?![\p{L}])/giu;
const ENGLISH_LAKE = /(?<![\p{L}])([Ll])ake(s?)(?![\p{L}])/gu;
/** A swimming pool's `bassin`: its length, a pool's adjectives, or swimming in the segment. */
const POOL_BASSIN = /(?<![\p{L}])(?:bassins?[ \u00a0]+(?:de[ \u00a0]+\d+[ \u00a0]*(?:m|mètres)(?![\p{L}])|olympiques?|nordiques?|ludiques?|de[ \u00a0]+natation|d['’]apprentissage)|piscines?|natation|nageu(?:r|rs|se|ses)|nager|baignade)(?![\p{L}])/iu;

/** For each `prix` of the French, in order: true where it is a price (see the module's comment). */
function pricesOf(french: string): boolean[] {
  const sentences = french.split(/(?<=[.!?…])[ \u00a0]+/u);
  return sentences.flatMap((sentence) =>
    [...sentence.matchAll(FRENCH_PRIX)].map((match) => {
      const around = sentence.slice(Math.max(0, match.index! - 14), match.index! + 40);
      return !PRIZE_AROUND.test(around) && !PRIZE_SENTENCE.test(sentence);
    }),
  );
}

/** A replacer of `expect` in the same form and case (`Expected` → `Hoped`): `forms` by the ending. */
function inFormOf(forms: Readonly<Record<string, string>>): (whole: string, e: string, ending: string | undefined) => string {
  return (_whole, e, ending) => {
    const word = forms[ending ?? '']!;
    return e === 'E' ? word[0]!.toUpperCase() + word.slice(1) : word;
  };
}

/**
 * `hope` for `expect`, `morning` for `tomorrow`, the habit of a day's part, `months`, `news`
 * and `their`, where the French says so (see the module's comment).
 */
function rewriteReadings(translation: string, french: string): string {
  let out = translation;
  if (ESPERER_FR.test(french) && !ATTENDRE_FR.test(french)) out = out.replace(EXPECT, inFormOf(HOPE)).replace(HOPE_NOUN, '$1 for ');
  if (ATTENDRE_FR.test(french)) out = out.replace(EXPECT_AT_END, inFormOf(WAIT)).replace(EXPECT_DURATION, inFormOf(WAIT));
  if (MATIN_FR.test(french) && !DEMAIN_FR.test(french)) out = out.replace(/(?<![\p{L}])([Tt])omorrow(?![\p{L}])/gu, (_whole: string, t: string) => (t === 'T' ? 'Morning' : 'morning'));
  for (const match of french.matchAll(HABIT_FR)) {
    const day = ENGLISH_DAY[match[1]!.toLowerCase() as keyof typeof ENGLISH_DAY];
    const part = ENGLISH_PART[match[2]!.toLowerCase() as keyof typeof ENGLISH_PART];
    out = out.replace(new RegExp(`(?<![\\p{L}])(?<!(?:from|since|until|before|after|for|by|to|of|at) )(?:(?:on|in) )?([Tt])he ${day} ${part}(?![\\p{L}])`, 'u'), (_whole: string, t: string) => `${t === 'T' ? 'On' : 'on'} ${day} ${part}s`);
  }
  if (/(?<![\p{L}])mois(?![\p{L}])/iu.test(french)) out = out.replace(N_MONTH, '$1months');
  if (/(?<![\p{L}])fois(?![\p{L}])/iu.test(french)) out = out.replace(N_TIME, '$1times');
  // `Quant au projet` → `Quant To the project`.
  if (/(?<![\p{L}])quant[ \u00a0]+(?:à|au|aux)(?![\p{L}])/iu.test(french)) out = out.replace(/(?<![\p{L}])([Qq])uant [Tt]o(?![\p{L}])/gu, (_whole: string, q: string) => (q === 'Q' ? 'As for' : 'as for'));
  // `la piscine Jean-Bouin` → `the swimming pool Jean-Bouin`: the name first, as English names a place.
  for (const match of french.matchAll(PLACE_FR)) {
    const noun = PLACE_NOUNS[match[1]!]!;
    out = out.replace(new RegExp(`(?<![\\p{L}])([Tt])he ${noun} ${escapeRegExp(match[2]!)}(?![\\p{L}\\p{M}'’-])`, 'u'), (_whole: string, t: string) => `${t}he ${match[2]} ${noun}`);
  }
  out = out.replace(A_NEWS, (_whole: string, a: string, adjective: string | undefined) => {
    const rest = `${adjective ?? ''}news`;
    return a === 'A' ? rest[0]!.toUpperCase() + rest.slice(1) : rest;
  });
  if (/(?<![\p{L}])prix(?![\p{L}])/iu.test(french)) {
    const prices = pricesOf(french);
    const prizes = [...out.matchAll(ENGLISH_PRIZE)];
    if (prices.length === prizes.length && prices.some(Boolean)) {
      for (let index = prizes.length - 1; index >= 0; index--) {
        if (!prices[index]) continue;
        const at = prizes[index]!.index!;
        out = `${out.slice(0, at)}${prizes[index]![1] === 'P' ? 'P' : 'p'}rice${prizes[index]![2]}${out.slice(at + prizes[index]![0].length)}`;
      }
    }
  }
  if (/(?<![\p{L}])bassins?(?![\p{L}])/iu.test(french) && !/(?<![\p{L}])lacs?(?![\p{L}])/iu.test(french)) {
    const bassins = [...french.matchAll(FRENCH_BASSIN)].length;
    const word = POOL_BASSIN.test(french) ? 'pool' : 'basin';
    if ([...out.matchAll(ENGLISH_LAKE)].length === bassins) {
      out = out.replace(ENGLISH_LAKE, (_whole: string, l: string, plural: string) => `${l === 'L' ? word[0]!.toUpperCase() : word[0]}${word.slice(1)}${plural}`);
    }
  }
  if (/(?<![\p{L}])leurs?(?![\p{L}])/iu.test(french)) {
    const possessives = [...french.matchAll(FRENCH_POSSESSIVE)].filter((match) => !(match[1]!.toLowerCase() === 'leur' && LEUR_PRONOUN_BEFORE.test(french.slice(0, match.index))));
    const english = [...out.matchAll(ENGLISH_POSSESSIVE)];
    if (possessives.length === english.length) {
      for (let index = english.length - 1; index >= 0; index--) {
        if (!possessives[index]![1]!.toLowerCase().startsWith('leur')) continue;
        const at = english[index]!.index!;
        const word = english[index]![1]!;
        out = out.slice(0, at) + (word[0] === word[0]!.toUpperCase() ? 'Their' : 'their') + out.slice(at + word.length);
      }
    }
  }
  return out;
}

/** The words after which `rouvre` is the noun (`le rouvre`, `chêne rouvre`) or no third person (`je rouvre`). */
const BEFORE_ROUVRE_NOUN = ['le', 'un', 'du', 'au', 'ce', 'chêne', 'je'];

/** What stands before `rouvre` the noun (`le rouvre`, `chêne rouvre`), or before a first person (`je rouvre`). */
const NOT_ROUVRE_VERB = new RegExp(`(?:^|[^\\p{L}])(?:${BEFORE_ROUVRE_NOUN.join('|')})[ \\u00a0]+$`, 'iu');
/** `rouvre` the verb: not after a determiner or `chêne` (the oak), nor after `je` (`je rouvre` is not a third person). */
const ROUVRE_VERB = new RegExp(
  `(?<![\\p{L}])(?<!(?:${BEFORE_ROUVRE_NOUN.map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`).join('|')})[ \\u00a0]+)rouvre(?![\\p{L}\\p{M}'’-])`,
  'gu',
);

/** `reopen` back in the singular where the French has `rouvre` (sent as `rouvrent`). */
function rewriteReopens(translation: string, french: string): string {
  if (!french.includes('rouvr')) return translation;
  const verbs = [...french.matchAll(/(?<![\p{L}])(rouvr(?:e|ent|ir))(?![\p{L}\p{M}'’-])/gu)]
    .filter((match) => match[1] !== 'rouvre' || !NOT_ROUVRE_VERB.test(french.slice(0, match.index)))
    .map((match) => match[1]!);
  const english = [...translation.matchAll(/(?<![\p{L}])[Rr]eopen(?![\p{L}'’-])/gu)];
  if (!verbs.includes('rouvre') || verbs.length !== english.length) return translation;
  let out = translation;
  for (let index = english.length - 1; index >= 0; index--) {
    if (verbs[index] !== 'rouvre') continue;
    const at = english[index]!.index! + english[index]![0].length;
    out = `${out.slice(0, at)}s${out.slice(at)}`;
  }
  return out;
}

/**
 * Each match of `english` (its groups: the first letter, the plural ending) made `word`, in its case
 * and number, where `french` has as many matches of `source` and none of `unless`.
 */
function pairedWord(translation: string, french: string, source: RegExp, english: RegExp, word: string, unless?: RegExp): string {
  if (!source.test(french) || (unless !== undefined && unless.test(french))) return translation;
  const count = [...french.matchAll(new RegExp(source.source, `${source.flags}g`))].length;
  if ([...translation.matchAll(english)].length !== count) return translation;
  return translation.replace(english, (_whole: string, prefix: string, initial: string, plural: string) => `${prefix}${initial === initial.toUpperCase() ? word[0]!.toUpperCase() : word[0]}${word.slice(1)}${plural}`);
}

/** `préfet`, `préfecture`, `halle`, `magasin`, `boutique` where the pivot left a Spanish word or took another reading (see the module's comment). */
function rewriteSpanishReadings(translation: string, french: string): string {
  let out = translation;
  if (/(?<![\p{L}])préf(?:et|ète)s?(?![\p{L}])/iu.test(french)) {
    out = out
      .replace(/(?<![\p{L}])([Ll])ow-\*?prefecto(s?)(?![\p{L}])/gu, (_whole: string, l: string, plural: string) => `${l === 'L' ? 'S' : 's'}ub-prefect${plural}`)
      .replace(/(?<![\p{L}])\*?([Pp])(?:refecto|réfète)(s?)(?![\p{L}])/gu, '$1refect$2');
  }
  if (/(?<![\p{L}])(?:sous-)?préfectures?(?![\p{L}])/iu.test(french)) out = out.replace(/(?<![\p{L}])([Ll])ow-leadership/gu, (_whole: string, l: string) => `${l === 'L' ? 'S' : 's'}ub-leadership`);
  out = pairedWord(out, french, /(?<![\p{L}])(?:sous-)?préfectures?(?![\p{L}])/iu, /(?<![\p{L}])((?:[Ss]ub-)?)([Ll])eadership(s?)(?![\p{L}])/gu, 'prefecture', /(?<![\p{L}])(?:direction|dirigeant|leadership)/iu);
  out = pairedWord(out, french, /(?<![\p{L}])halles?(?![\p{L}])/u, /(?<![\p{L}])()([Ll])oge(s?)(?![\p{L}])/gu, 'hall', /(?<![\p{L}])(?:loges?|Halles?)(?![\p{L}])/u);
  out = pairedWord(out, french, /(?<![\p{L}])(?:magasin|boutique)s?(?![\p{L}])/iu, /(?<![\p{L}])()([Tt])ent(s?)(?![\p{L}])/gu, 'store', /(?<![\p{L}])tentes?(?![\p{L}])/iu);
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
  const read = rewriteReadings(rewritePercentsAndSince(rewriteDaysAndPeriods(engine, french), french), french);
  const translation = rewriteReopens(rewriteSpanishReadings(read, french), french);
  const afternoon = AFTERNOON_FR.test(french);
  const evening = EVENING_FR.test(french);
  if (afternoon === evening) return translation;
  return afternoon
    ? translation.replace(/(?<![\p{L}])([Ee])vening(s?)(?![\p{L}])/gu, (_whole: string, e: string, plural: string) => `${e === 'E' ? 'A' : 'a'}fternoon${plural}`)
    : translation.replace(/(?<![\p{L}])([Aa])fternoon(s?)(?![\p{L}])/gu, (_whole: string, a: string, plural: string) => `${a === 'A' ? 'E' : 'e'}vening${plural}`);
}

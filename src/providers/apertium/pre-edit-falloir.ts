/**
 * `Il faut` and its tenses, for the engine. The fr-es pair reads `falloir` as the Spanish `hacer
 * falta`, which spa-eng turns word for word: `Il faut réserver sa place` → `It does lacking to
 * reserve`, `Il faudra attendre` → `It will do lacking to expect`, `Il a fallu fermer` → `It did
 * fault`, `Il faut que les élus votent` → `It fails that…`. The pair reads `il est nécessaire
 * de` right (`It is necessary to do it`), and it means the same before an infinitive or `que`, so
 * that is what the French sent to the engine says, in the same tense: `il faut` → `il est
 * nécessaire de`, `il faudra` → `il sera…`, `il faudrait` → `il serait…`, `il fallait` → `il
 * était…`, `il fallut` → `il fut…`, `il a fallu` → `il a été…` (then the simple past, as the
 * passé composé is), `il aurait fallu` → `il aurait été…`, `il va falloir` → `il sera…`.
 *
 * Left as written: a negation (`il ne faut pas partir` is a prohibition, `il n'est pas
 * nécessaire de partir` a dispensation), and `il faut` before a noun (`il faut trois jours`: it
 * takes three days), which `nécessaire` would not say.
 *
 * @example
 * rewriteFalloir('Il faut réserver sa place.') // 'Il est nécessaire de réserver sa place.'
 * rewriteFalloir('Il a fallu que la mairie paie.') // 'Il a été nécessaire que la mairie paie.'
 */

const TENSES: Readonly<Record<string, string>> = {
  faut: 'est',
  faudra: 'sera',
  faudrait: 'serait',
  fallait: 'était',
  fallut: 'fut',
  'a fallu': 'a été',
  'avait fallu': 'avait été',
  'aurait fallu': 'aurait été',
  'aura fallu': 'aura été',
  'va falloir': 'sera',
  'allait falloir': 'serait',
};

const SPACE = '[ \\u00a0]+';
/** Adverbs that may stand between `il faut` and its infinitive: they go before `nécessaire`. */
const ADVERB = "(?:encore|aussi|bien|donc|désormais|maintenant|toujours|absolument|vraiment|surtout|d['’]abord|parfois|souvent|rapidement|vite|également)";
/** Object pronouns an infinitive carries in front of it. */
const CLITICS = "(?:(?:le|la|les|lui|leur|y|en|se|me|te|nous|vous)[ \\u00a0]+|[lsmt]['’])*";
/** Words ending as an infinitive does that are none. */
const NOT_INFINITIVES = new Set(['quatre', 'notre', 'votre', 'autre', 'hier', 'premier', 'dernier', 'entier', 'cher', 'fer', 'mer', 'hiver', 'lettre', 'mètre', 'kilomètre', 'titre', 'centre', 'heure', 'livre', 'ordre', 'nombre', 'noir', 'soir', 'espoir']);

const FALLOIR = new RegExp(
  `(?<![\\p{L}])([Ii]l)${SPACE}(${Object.keys(TENSES).map((tense) => tense.replace(' ', SPACE)).join('|')})${SPACE}(?:(${ADVERB})${SPACE})?(que(?![\\p{L}])|qu['’]|(${CLITICS})(\\p{Ll}+)(?![\\p{L}\\p{M}-]))`,
  'gu',
);

const startsWithVowel = (text: string): boolean => /^[aeiouyàâäéèêëîïôöùûüœæh]/iu.test(text);

/** Rewrites `il faut` and its tenses before an infinitive or `que` (see the module's comment). */
export function rewriteFalloir(text: string): string {
  if (!/fa(?:u[td]|ll)/u.test(text)) return text;
  return text.replace(
    FALLOIR,
    (whole: string, il: string, tense: string, adverb: string | undefined, object: string, clitics: string | undefined, infinitive: string | undefined) => {
      const etre = TENSES[tense.replace(/[ \u00a0]+/gu, ' ')];
      if (etre === undefined) return whole;
      const before = adverb === undefined ? '' : `${adverb} `;
      if (infinitive === undefined) return `${il} ${etre} ${before}nécessaire ${object}`;
      if (!/(?:er|ir|re|oir)$/u.test(infinitive) || NOT_INFINITIVES.has(infinitive)) return whole;
      const rest = `${clitics ?? ''}${infinitive}`;
      return `${il} ${etre} ${before}nécessaire ${startsWithVowel(rest) ? "d'" : 'de '}${rest}`;
    },
  );
}

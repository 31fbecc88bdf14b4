/**
 * The compound tenses French builds with `être` for verbs of movement and change of state
 * (`elle est arrivée`, `ils sont partis`, `le maire est venu`, `les prix sont montés`): the
 * fr-es pair reads the auxiliary as the Spanish `estar` (`Está llegado`, `Están marchado`), which
 * the spa-eng pair gives as the English present of `be` (`It is arrived`, `They are left`, `The
 * mayor is come`, `The prizes are gone up`). With the auxiliary `avoir` written in its place
 * (`elle a arrivée`, `ils ont partis`), which no reader sees, the pair builds the Spanish perfect
 * and the English one: `It has arrived`, `They have left`, `The mayor has come`, `The prizes have
 * gone up`.
 *
 * Only a form of `être` directly before one of these verbs' past participles (an adverb or two
 * between: `sont rapidement intervenus`, `est déjà parti`) is rewritten, and not:
 * - after `ne`/`n'` (the engine's negative perfect reads no better: `does not have still
 *   arrived`), nor after `c'` (`c'est arrivé` is an idiom), nor after `y` (`il y a allé` would
 *   read as `there is`), nor as the participle `étant` (which the engine then reads worse);
 * - a participle that is also a noun after `être` (`partie prenante`), nor the verbs whose
 *   participle after `être` reads another way as often (`passé`: `il est passé 20 heures`, it is
 *   past eight; `retourné`: overturned; `né`: the engine has no good English for either auxiliary).
 * Reflexive verbs (`s'est rendu`, `se sont passés`) keep `être`: French builds them all so.
 */

/** The forms of `être` and the same person and tense of `avoir`. */
const ETRE_TO_AVOIR: Readonly<Record<string, string>> = {
  suis: 'ai', es: 'as', est: 'a', sommes: 'avons', êtes: 'avez', sont: 'ont',
  étais: 'avais', était: 'avait', étions: 'avions', étiez: 'aviez', étaient: 'avaient',
  serai: 'aurai', seras: 'auras', sera: 'aura', serons: 'aurons', serez: 'aurez', seront: 'auront',
  serais: 'aurais', serait: 'aurait', serions: 'aurions', seriez: 'auriez', seraient: 'auraient',
  sois: 'aies', soit: 'ait', soyons: 'ayons', soyez: 'ayez', soient: 'aient',
  être: 'avoir',
};

/** Past participles of the verbs French conjugates with `être` (prefixed ones included), without their agreement. */
const PARTICIPLES = [
  'allé', 'arrivé', 'venu', 'revenu', 'devenu', 'redevenu', 'parvenu', 'survenu', 'intervenu', 'parti', 'reparti',
  'sorti', 'ressorti', 'entré', 'rentré', 'monté', 'remonté', 'descendu', 'redescendu', 'tombé', 'retombé',
  'resté', 'décédé', 'mort',
].join('|');

/** Adverbs that may stand between the auxiliary and the participle. */
const BETWEEN = String.raw`(?:[\p{Ll}]+ment|déjà|bien|enfin|aussi|alors|donc|ensuite|vite|tous|toutes|tout|même|toujours|encore|finalement|tôt|tard)`;

const SPACE = String.raw`[ \u00a0\u202f]+`;

/** A form of `être`, up to two adverbs, a participle with its agreement; not after `ne`, `n'`, `c'`, nor before a noun's or adjective's use. */
const ETRE_PERFECT = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?<!(?:^|[^\p{L}])(?:[NnSsMmTt]e|[Yy]|[Nn]ous[ \u00a0]+nous|[Vv]ous[ \u00a0]+vous)[ \u00a0]+)(${Object.keys(ETRE_TO_AVOIR).join('|')})(?=((?:${SPACE}${BETWEEN}){0,2})${SPACE}(?:${PARTICIPLES})(?:e|s|es)?(?![\p{L}\p{M}'’-])(?!${SPACE}(?:prenante|intégrante|civile)))`,
  'gu',
);

/** Quick test: a participle of these verbs anywhere in the text. */
const ANY_PARTICIPLE = new RegExp(String.raw`(?:${PARTICIPLES})(?:e|s|es)?(?![\p{L}\p{M}])`, 'u');

/**
 * Writes `avoir` for `être` before the past participle of a verb of movement or change of
 * state, in the French sent to the engine.
 *
 * @example
 * rewriteEtrePerfect('Elle est arrivée hier et ils sont rapidement repartis.')
 * // 'Elle a arrivée hier et ils ont rapidement repartis.'
 */
export function rewriteEtrePerfect(text: string): string {
  if (!ANY_PARTICIPLE.test(text)) return text;
  return text.replace(ETRE_PERFECT, (form: string) => ETRE_TO_AVOIR[form] ?? form);
}

/**
 * `venir de` and an infinitive, the French recent past (`il vient de signer`, `elle venait
 * d'être nommée`): the fr-es pair gives it as the Spanish `acabar de`, which spa-eng reads word for
 * word as `finish to` (`It finishes to sign an agreement`, `The elect finished to be informed`,
 * session 49's one worse sentence `we finished to receive`). English says it with `just` and the
 * perfect: `has just signed`, `had just been informed`, `having just left`.
 *
 * Where the French has `venir de` (`vient de`, `venait d'`, `venant de`, with `tout juste` or not)
 * at least as many times as the English has `finish to`, and no `finir`, `terminer` or `achever` of
 * its own, each `finish to` and the verb after it become the perfect: `finishes` → `has just`,
 * `finish` → `have just`, `finished` → `had just`, `finishing` → `having just`, the verb in its
 * participle (regular, or from the irregular verbs below). A word after `to` that is not a verb
 * the engine would put there (a pronoun, an article) leaves the phrase as it is.
 *
 * `tout juste` between `venir` and `de` (`vient tout juste d'acheter`) breaks the pair's reading
 * (`comes all just to buy`): the French sent to the engine goes without it (`preEditRecentPast`),
 * the English `just` saying it.
 *
 * @example
 * rewriteRecentPast('The mayor finishes to sign an agreement.', "Le maire vient de signer un contrat.")
 * // 'The mayor has just signed an agreement.'
 */

const VENIR_DE_FR = /(?<![\p{L}])(?:vien(?:s|t|nent)|ven(?:ais|ait|ions|iez|aient|ant|ons|ez))[ \u00a0]+(?:tout[ \u00a0]+)?(?:juste[ \u00a0]+)?d(?:e[ \u00a0]|['’])/giu;
const TOUT_JUSTE = /(?<![\p{L}])((?:vien(?:s|t|nent)|ven(?:ais|ait|ions|iez|aient|ant|ons|ez))[ \u00a0]+)tout[ \u00a0]+juste[ \u00a0]+(?=d(?:e[ \u00a0]|['’]))/giu;
const FINISH_FR = /(?<![\p{L}])(?:fini|finir|finiss|termin|achev)/iu;
const FINISH_TO = /(?<![\p{L}])([Ff])inish(es|ed|ing)? to (\p{Ll}+)(?![\p{L}'’-])/gu;
const AUXILIARY: Readonly<Record<string, string>> = { es: 'has', '': 'have', ed: 'had', ing: 'having' };
/** Words after `to` that are not its verb. */
const NOT_A_VERB = new Set(['him', 'her', 'it', 'them', 'me', 'us', 'you', 'the', 'a', 'an', 'his', 'their', 'its', 'my', 'our', 'your', 'this', 'that', 'these', 'those', 'there', 'himself', 'herself', 'itself', 'themselves', 'not']);

/** Irregular verbs and their past participles. */
const IRREGULAR: Readonly<Record<string, string>> = {
  be: 'been', have: 'had', do: 'done', go: 'gone', come: 'come', become: 'become', take: 'taken', give: 'given', get: 'got',
  make: 'made', say: 'said', see: 'seen', know: 'known', find: 'found', leave: 'left', hold: 'held', bring: 'brought',
  build: 'built', win: 'won', lose: 'lost', put: 'put', set: 'set', cut: 'cut', sell: 'sold', tell: 'told', think: 'thought',
  buy: 'bought', catch: 'caught', teach: 'taught', pay: 'paid', send: 'sent', spend: 'spent', keep: 'kept', meet: 'met',
  lead: 'led', read: 'read', feel: 'felt', understand: 'understood', stand: 'stood', strike: 'struck', hit: 'hit', let: 'let',
  shut: 'shut', sit: 'sat', hear: 'heard', mean: 'meant', lend: 'lent', fight: 'fought', seek: 'sought', spread: 'spread',
  lay: 'laid', shoot: 'shot', sleep: 'slept', feed: 'fed', flee: 'fled', deal: 'dealt', hurt: 'hurt', cost: 'cost',
  begin: 'begun', break: 'broken', choose: 'chosen', draw: 'drawn', drive: 'driven', eat: 'eaten', fall: 'fallen',
  fly: 'flown', forget: 'forgotten', forgive: 'forgiven', freeze: 'frozen', grow: 'grown', hide: 'hidden', ride: 'ridden',
  rise: 'risen', run: 'run', shake: 'shaken', show: 'shown', speak: 'spoken', steal: 'stolen', throw: 'thrown',
  undertake: 'undertaken', withdraw: 'withdrawn', write: 'written', beat: 'beaten', learn: 'learnt', overcome: 'overcome',
  undergo: 'undergone', sing: 'sung', swim: 'swum', drink: 'drunk', ring: 'rung', arise: 'arisen', wake: 'woken',
  wear: 'worn', receive: 'received', obtain: 'obtained', open: 'opened', offer: 'offered', enter: 'entered', visit: 'visited',
  happen: 'happened', suffer: 'suffered', consider: 'considered', deliver: 'delivered', recover: 'recovered', discover: 'discovered',
  gather: 'gathered', register: 'registered', answer: 'answered', travel: 'travelled', cancel: 'cancelled', label: 'labelled',
  signal: 'signalled', model: 'modelled', fuel: 'fuelled', level: 'levelled', total: 'totalled', admit: 'admitted',
  commit: 'committed', submit: 'submitted', permit: 'permitted', omit: 'omitted', transmit: 'transmitted', refer: 'referred',
  prefer: 'preferred', occur: 'occurred', control: 'controlled', patrol: 'patrolled', regret: 'regretted', compel: 'compelled',
  expel: 'expelled', equip: 'equipped', upset: 'upset', foresee: 'foreseen', overtake: 'overtaken',
};

/** The past participle of an English verb: `sign` → `signed`, `stop` → `stopped`, `carry` → `carried`, `take` → `taken`. */
export function pastParticiple(verb: string): string {
  const irregular = IRREGULAR[verb];
  if (irregular !== undefined) return irregular;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/u.test(verb)) return `${verb.slice(0, -1)}ied`;
  // A short verb of one syllable ending on one vowel and one consonant doubles it: `stop` → `stopped`.
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/u.test(verb)) return `${verb}${verb.slice(-1)}ed`;
  return `${verb}ed`;
}

/** `finish to` and its verb as the English recent past, where the French has `venir de` (see the module's comment). */
export function rewriteRecentPast(translation: string, french: string): string {
  if (!/inish/u.test(translation) || FINISH_FR.test(french)) return translation;
  const venir = [...french.matchAll(VENIR_DE_FR)].length;
  const finish = [...translation.matchAll(FINISH_TO)].length;
  if (venir === 0 || finish > venir) return translation;
  return translation.replace(FINISH_TO, (whole: string, f: string, ending: string | undefined, verb: string) => {
    if (NOT_A_VERB.has(verb)) return whole;
    const auxiliary = AUXILIARY[ending ?? '']!;
    return `${f === 'F' ? auxiliary[0]!.toUpperCase() + auxiliary.slice(1) : auxiliary} just ${pastParticiple(verb)}`;
  });
}

/**
 * The French sent to the engine without the `tout juste` of a recent past (`vient tout juste de`).
 *
 * @example
 * preEditRecentPast("La commune vient tout juste d'acheter le terrain.") // "La commune vient d'acheter le terrain."
 */
export function preEditRecentPast(text: string): string {
  return text.includes('juste') ? text.replace(TOUT_JUSTE, '$1') : text;
}

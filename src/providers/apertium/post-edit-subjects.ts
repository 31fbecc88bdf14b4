/**
 * Subjects the pivot through Spanish loses. Spanish drops its subject pronouns, and spa-eng gives
 * a third-person singular subject back as `It`: `Elle espère une victoire` → `It expects a
 * victory`, `Il estime que le prix est trop élevé` → `It estimates that…`, `Elle a souhaité rester`
 * → `It wished to remain`. (The plural comes back as `They`, which is right for people and things
 * alike.) A verb of thinking, wishing, feeling or saying has a person for its subject, so where a
 * French sentence opens on `Il` or `Elle` and such a verb, the `It` opening the English sentence is
 * `He` or `She`. A verb a thing may also take (`Elle assure la liaison`: the line provides the
 * link) counts only before `que`, which gives it a thought for its object (`Elle assure que…`).
 *
 * And `selon lui` comes out as `as him` (`selon elle` the engine reads right): `according to him`.
 *
 * Each sentence is read on its own: the whole text, or each `<span id>` of a block sent as HTML,
 * its French and English paired by id.
 *
 * @example
 * rewriteSubjects('It estimates that the prize is too high.', 'Il estime que le prix est trop élevé.')
 * // 'He estimates that the prize is too high.'
 */

import { decodeEntities } from '../../text/html.ts';
import { sentenceStarts } from '../../text/sentence-elements.ts';

/** A verb of the mind, by its infinitive, with the third-person singular forms that differ from a regular `-er` verb's. */
interface PersonVerb {
  infinitive: string;
  /** Present, past participle, imperfect, future: given where the infinitive does not give them. */
  forms?: readonly string[];
  /** Only with `que` after it (a thing may take the verb with a noun object). */
  beforeQue?: boolean;
  /** Reflexive: `se souvenir`, `s'inquiéter`; only with its `se`. */
  reflexive?: boolean;
}

const PERSON_VERBS: readonly PersonVerb[] = [
  { infinitive: 'estimer' },
  { infinitive: 'penser' },
  { infinitive: 'espérer', forms: ['espère', 'espérera', 'espèrera', 'espérerait', 'espèrerait'] },
  { infinitive: 'souhaiter' },
  { infinitive: 'regretter' },
  { infinitive: 'déplorer' },
  { infinitive: 'avouer' },
  { infinitive: 'hésiter' },
  { infinitive: 'raconter' },
  { infinitive: 'confier' },
  { infinitive: 'affirmer' },
  { infinitive: 'déclarer' },
  { infinitive: 'insister' },
  { infinitive: 'décider' },
  { infinitive: 'imaginer' },
  { infinitive: 'témoigner' },
  { infinitive: 'préférer', forms: ['préfère', 'préférera', 'préfèrera'] },
  { infinitive: 'considérer', forms: ['considère', 'considérera', 'considèrera'], beforeQue: true },
  { infinitive: 'juger', forms: ['jugeait'], beforeQue: true },
  { infinitive: 'assurer', beforeQue: true },
  { infinitive: 'expliquer', beforeQue: true },
  { infinitive: 'préciser', beforeQue: true },
  { infinitive: 'ajouter', beforeQue: true },
  { infinitive: 'souligner', beforeQue: true },
  { infinitive: 'indiquer', beforeQue: true },
  { infinitive: 'constater', beforeQue: true },
  { infinitive: 'rappeler', forms: ['rappelle', 'rappellera', 'rappellerait'], beforeQue: true },
  { infinitive: 'annoncer', forms: ['annonçait'], beforeQue: true },
  { infinitive: 'dire', forms: ['dit', 'disait', 'dira', 'dirait'] },
  { infinitive: 'croire', forms: ['croit', 'cru', 'croyait', 'croira', 'croirait'] },
  { infinitive: 'vouloir', forms: ['veut', 'voulu', 'voulait', 'voudra', 'voudrait'] },
  { infinitive: 'répondre', forms: ['répond', 'répondu', 'répondait', 'répondra', 'répondrait'] },
  { infinitive: 'reconnaître', forms: ['reconnaît', 'reconnait', 'reconnu', 'reconnaissait', 'reconnaîtra', 'reconnaîtrait'] },
  { infinitive: 'admettre', forms: ['admet', 'admis', 'admettait', 'admettra', 'admettrait'] },
  { infinitive: 'promettre', forms: ['promet', 'promis', 'promettait', 'promettra', 'promettrait'] },
  { infinitive: 'craindre', forms: ['craint', 'craignait', 'craindra', 'craindrait'] },
  { infinitive: 'sourire', forms: ['sourit', 'souri', 'souriait', 'sourira'] },
  { infinitive: 'savoir', forms: ['sait', 'su', 'savait', 'saura', 'saurait'], beforeQue: true },
  { infinitive: 'souvenir', forms: ['souvient', 'souvenu', 'souvenait', 'souviendra'], reflexive: true },
  { infinitive: 'réjouir', forms: ['réjouit', 'réjoui', 'réjouissait', 'réjouira'], reflexive: true },
  { infinitive: 'inquiéter', forms: ['inquiète', 'inquiétera'], reflexive: true },
  { infinitive: 'féliciter', reflexive: true },
  { infinitive: 'étonner', reflexive: true },
  { infinitive: 'demander', reflexive: true },
];

/** Every third-person singular form of a verb (present, participle, imperfect, simple past, future, conditional). */
function formsOf(verb: PersonVerb): string[] {
  const forms = [...(verb.forms ?? [])];
  if (verb.infinitive.endsWith('er')) {
    const stem = verb.infinitive.slice(0, -2);
    forms.push(`${stem}e`, `${stem}é`, `${stem}ait`, `${stem}a`, `${verb.infinitive}a`, `${verb.infinitive}ait`);
  }
  return forms;
}

interface Reading {
  beforeQue: boolean;
  reflexive: boolean;
}

const FORMS: ReadonlyMap<string, Reading> = new Map(
  PERSON_VERBS.flatMap((verb) => formsOf(verb).map((form) => [form, { beforeQue: verb.beforeQue === true, reflexive: verb.reflexive === true }] as const)),
);

const SPACE = '[ \\u00a0\\u202f]+';
const APOSTROPHE = "['’]";
/** Words a compound tense may hold between its auxiliary and participle. */
const BETWEEN = '(?:pas|plus|jamais|déjà|toujours|aussi|bien|alors|ensuite|encore|également|longtemps|vite|souvent|d' + APOSTROPHE + 'abord)';
/**
 * A sentence opening on `Il`/`Elle` (after `Et`/`Mais`, a guillemet), then `ne`, object pronouns,
 * the reflexive `se`, an auxiliary and its adverb, and a verb.
 */
const FRENCH_OPENING = new RegExp(
  '^[\\s«“"(]*(?:(?:Et|Mais|Puis|Alors)' + SPACE + ')?([Ii]l|[Ee]lle)' + SPACE +
    `(?:(?:ne${SPACE}|n${APOSTROPHE}))?` +
    `((?:(?:se|s${APOSTROPHE}))?)` +
    `(?:(?:le|la|les|lui|leur|y|en|nous|vous)${SPACE}|[lm]${APOSTROPHE})*` +
    `(?:(?:a|avait|aura|aurait|eut|est|était|sera|serait)${SPACE}(?:${BETWEEN}${SPACE})?)?` +
    '(\\p{Ll}+)(?![\\p{L}\\p{M}-])([^]{0,12})',
  'u',
);
/** The English sentence's opening `It`, after `And`/`But`/`Then`, a quotation mark or a bracket. */
const ENGLISH_IT = /^([\s«“"(]*(?:(?:And|But|Then|So) (?=it))?)(?:It|it)(?= +\p{Ll})/u;

/** `He` or `She` for the French sentence's opening, or `undefined`. */
export function personSubject(french: string): string | undefined {
  const opening = FRENCH_OPENING.exec(french);
  if (opening === null) return undefined;
  // A participle agreeing with `elle` (`s'est souvenue`) is read as its masculine.
  const reading = FORMS.get(opening[3]!) ?? FORMS.get(opening[3]!.replace(/(?<=[éui])e$/u, ''));
  if (reading === undefined) return undefined;
  if (reading.reflexive !== (opening[2] !== '')) return undefined;
  if (reading.beforeQue && !new RegExp(`^(?:${SPACE})?(?:que|qu${APOSTROPHE})`, 'u').test(opening[4]!)) return undefined;
  return opening[1]!.toLowerCase() === 'il' ? 'He' : 'She';
}

/** `selon lui` in the French; the engine's `as him` for it. */
const SELON_LUI = /(?<![\p{L}])selon[ \u00a0]+lui(?![\p{L}])/iu;
const AS_HIM = /(?<![\p{L}])([Aa])s him(?![\p{L}])/gu;

/**
 * Writes `He`/`She` for the `It` the engine gives a French `Il`/`Elle` whose verb takes a person,
 * and `according to him` for its `as him`; `source` is the segment as sent (text, or HTML whose
 * sentences are `<span id>`s).
 */
export function rewriteSubjects(translation: string, source: string): string {
  let out = translation;
  if (SELON_LUI.test(source)) out = out.replace(AS_HIM, (_whole: string, a: string) => `${a === 'A' ? 'A' : 'a'}ccording to him`);
  if (!/(?:^|[\s«“"(>])(?:[Ii]l|[Ee]lle)[ \u00a0\u202f]/u.test(source)) return out;
  const english = sentenceStarts(out);
  const edits: Array<[number, string]> = [];
  for (const [id, start] of sentenceStarts(source)) {
    const at = english.get(id);
    if (at === undefined) continue;
    const end = source.indexOf('<', start);
    const subject = personSubject(decodeEntities(source.slice(start, end === -1 ? undefined : end)));
    if (subject === undefined) continue;
    const opening = ENGLISH_IT.exec(out.slice(at));
    if (opening !== null) edits.push([at + opening[1]!.length, opening[1]!.trim() === '' || /[«“"(]$/u.test(opening[1]!) ? subject : subject.toLowerCase()]);
  }
  for (const [at, subject] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, at) + subject + out.slice(at + 2);
  return out;
}

/**
 * The speaker of a quotation, as English writes it. French puts the verb of saying after the
 * quotation, its pronoun after it (`«Nous avançons», a-t-il déclaré`, `explique-t-elle`); the
 * pre-edit puts the pronoun first for the engine, but the pivot through Spanish, which drops
 * subject pronouns, gives it back as `it` or not at all: `«We advance», it has declared`, `«It is a
 * victory», has said`, `«I am proud», trusts` (`confie-t-elle`: confides). A verb of saying has a
 * person for its subject, so the French pronoun says which English one it is (`il` → `he`, `elle`
 * → `she`, `ils`/`elles` → `they`), and the French verb says which English verb of saying: in the
 * simple past for a compound tense (`a-t-il déclaré` → `he declared`, the way English reports
 * speech), in the present for the present (`explique-t-elle` → `she explains`).
 *
 * Read from the French: each quotation closed then followed by such an incise, in order. In the
 * English, each quotation closed then followed by a comma and a few words up to the next mark
 * (the engine's incise). Only when both count alike are they paired, in order, and each English
 * incise of three words at most (`it has declared`, `has said`, `trusts`) rewritten; anything else
 * is left as the engine wrote it.
 *
 * @example
 * rewriteIncises('«We advance», it has declared.', '«Nous avançons», a-t-il déclaré.')
 * // '«We advance», he declared.'
 */

interface SayingVerb {
  /** The third person present, singular and plural, and the past participle's stem. */
  singular: string;
  plural: string;
  participle: string;
  /** English present (third singular), present (plural) and simple past. */
  says: string;
  say: string;
  said: string;
}

const verb = (singular: string, plural: string, participle: string, says: string, say: string, said: string): SayingVerb => ({ singular, plural, participle, says, say, said });

const SAYING_VERBS: readonly SayingVerb[] = [
  verb('dit', 'disent', 'dit', 'says', 'say', 'said'),
  verb('déclare', 'déclarent', 'déclaré', 'says', 'say', 'said'),
  verb('affirme', 'affirment', 'affirmé', 'says', 'say', 'said'),
  verb('assure', 'assurent', 'assuré', 'says', 'say', 'said'),
  verb('indique', 'indiquent', 'indiqué', 'says', 'say', 'said'),
  verb('estime', 'estiment', 'estimé', 'says', 'say', 'said'),
  verb('lance', 'lancent', 'lancé', 'says', 'say', 'said'),
  verb('explique', 'expliquent', 'expliqué', 'explains', 'explain', 'explained'),
  verb('ajoute', 'ajoutent', 'ajouté', 'adds', 'add', 'added'),
  verb('précise', 'précisent', 'précisé', 'adds', 'add', 'added'),
  verb('confie', 'confient', 'confié', 'confides', 'confide', 'confided'),
  verb('souligne', 'soulignent', 'souligné', 'stresses', 'stress', 'stressed'),
  verb('insiste', 'insistent', 'insisté', 'insists', 'insist', 'insisted'),
  verb('martèle', 'martèlent', 'martelé', 'insists', 'insist', 'insisted'),
  verb('répond', 'répondent', 'répondu', 'replies', 'reply', 'replied'),
  verb('reconnaît', 'reconnaissent', 'reconnu', 'admits', 'admit', 'admitted'),
  verb('raconte', 'racontent', 'raconté', 'recounts', 'recount', 'recounted'),
  verb('rappelle', 'rappellent', 'rappelé', 'recalls', 'recall', 'recalled'),
  verb('poursuit', 'poursuivent', 'poursuivi', 'goes on', 'go on', 'went on'),
  verb('conclut', 'concluent', 'conclu', 'concludes', 'conclude', 'concluded'),
  verb('commente', 'commentent', 'commenté', 'comments', 'comment', 'commented'),
  verb('annonce', 'annoncent', 'annoncé', 'announces', 'announce', 'announced'),
  verb('résume', 'résument', 'résumé', 'sums up', 'sum up', 'summed up'),
  verb('regrette', 'regrettent', 'regretté', 'regrets', 'regret', 'regretted'),
  verb('prévient', 'préviennent', 'prévenu', 'warns', 'warn', 'warned'),
  verb('avertit', 'avertissent', 'averti', 'warns', 'warn', 'warned'),
  verb('demande', 'demandent', 'demandé', 'asks', 'ask', 'asked'),
  verb('observe', 'observent', 'observé', 'observes', 'observe', 'observed'),
  verb('note', 'notent', 'noté', 'notes', 'note', 'noted'),
  verb('témoigne', 'témoignent', 'témoigné', 'says', 'say', 'said'),
  verb('sourit', 'sourient', 'souri', 'smiles', 'smile', 'smiled'),
];

/** Auxiliaries of a compound tense before the pronoun: `a-t-il`, `avait-elle`, `ont-ils`. */
const AUXILIARIES = new Set(['a', 'avait', 'ont', 'avaient']);
const PRONOUNS: Readonly<Record<string, string>> = { il: 'he', elle: 'she', ils: 'they', elles: 'they' };

/** A quotation closed, a comma, then a verb (or auxiliary) with its pronoun after it, and a participle after an auxiliary. */
const FRENCH_INCISE = /[»”"][ \u00a0\u202f]*,[ \u00a0\u202f]*(\p{Ll}+)-(?:t-)?(il|elle|ils|elles)(?![\p{L}])(?:[ \u00a0\u202f]+(\p{Ll}+))?/gu;
/** A quotation closed, a comma, then the engine's incise: up to four words before the next mark or the end. */
const ENGLISH_INCISE = /([»”"][ \u00a0\u202f]*,[ \u00a0\u202f]*)((?:[*#@]?\p{L}+[ \u00a0]?){1,4}?)(?=[ \u00a0]*(?:[.,;:!?…«“"]|$))/gu;
/** What the engine's incise may be made of: a pronoun, an auxiliary, then one or two words. */
const ENGINE_INCISE = /^(?:(?:it|he|she|they|It|He|She|They) )?(?:(?:has|had|have|is|are) )?[*#@]?\p{Ll}+(?: [*#@]?\p{Ll}+)?$/u;

/** The English incise each French quotation's incise calls for, in order (`undefined` where it is none of ours). */
function frenchIncises(french: string): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  for (const match of french.matchAll(FRENCH_INCISE)) {
    const [, first, pronoun, after] = match;
    const subject = PRONOUNS[pronoun!]!;
    const plural = pronoun === 'ils' || pronoun === 'elles';
    if (AUXILIARIES.has(first!)) {
      const participle = after?.replace(/(?:e|s|es)$/u, '');
      const found = SAYING_VERBS.find((candidate) => candidate.participle === after || candidate.participle === participle);
      out.push(found === undefined ? undefined : `${subject} ${found.said}`);
    } else {
      const found = SAYING_VERBS.find((candidate) => (plural ? candidate.plural : candidate.singular) === first);
      out.push(found === undefined ? undefined : `${subject} ${plural ? found.say : found.says}`);
    }
  }
  return out;
}

/** Whether the French has an incise after a quotation at all (a quick test before the rest). */
const ANY_INCISE = /[»”"][ \u00a0\u202f]*,[ \u00a0\u202f]*\p{Ll}+-(?:t-)?(?:il|elle)s?(?![\p{L}])/u;

/**
 * Writes each speaker's incise after a quotation the English way, from the French's (see the
 * module's comment); `french` is the segment's French text, tags removed.
 */
export function rewriteIncises(translation: string, french: string): string {
  if (!ANY_INCISE.test(french)) return translation;
  const wanted = frenchIncises(french);
  const found = [...translation.matchAll(ENGLISH_INCISE)];
  if (found.length !== wanted.length) return translation;
  let index = 0;
  return translation.replace(ENGLISH_INCISE, (whole: string, opening: string, words: string) => {
    const english = wanted[index];
    index += 1;
    if (english === undefined || !ENGINE_INCISE.test(words.trim())) return whole;
    return `${opening}${english}${words.endsWith(' ') || words.endsWith('\u00a0') ? words.at(-1) : ''}`;
  });
}

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
 * A speaker named after the verb (`«Non», a répondu le maire`, `estime M. Martin`) comes out
 * as the verb's object (`«No», it has answered the mayor`, `it answers the mayor`): English puts
 * the speaker first, `«No», the mayor replied`. A name in apposition after the speaker
 * (`estime le président, Jean Dupont.`), which the engine leaves after the verb (`the president
 * says, Jean Dupont`), goes with the speaker: `the president, Jean Dupont, says`.
 *
 * Read from the French: each quotation closed and followed by a comma, in order, and what
 * follows it (an incise of ours, or anything else). In the English, each quotation closed and
 * followed by a comma. Only when both count alike are they paired, in order, and an English
 * incise is rewritten only when it has the engine's shape for that incise (`it has declared`,
 * `has said`, `trusts`, `had recognised in front of the press`, whose complement is kept; `it has
 * answered the mayor`); anything else is left as the engine wrote it.
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

/** Auxiliaries of a compound tense: `a-t-il dit`, `avait-elle ajouté`, `ont-ils assuré`, `a répondu le maire`. */
const AUXILIARIES = new Set(['a', 'avait', 'ont', 'avaient']);
const PRONOUNS: Readonly<Record<string, string>> = { il: 'he', elle: 'she', ils: 'they', elles: 'they' };

const SPACE = '[ \\u00a0\\u202f]';
/** A quotation closed and a comma: where an incise may follow, in either language. */
const QUOTE_COMMA = new RegExp(`[»”"]${SPACE}*,${SPACE}*`, 'gu');
/** The speaker's pronoun after the verb: `a-t-il déclaré`, `explique-t-elle`. */
const PRONOUN_INCISE = new RegExp(`^(\\p{Ll}+)-(?:t-)?(il|elle|ils|elles)(?![\\p{L}])(?:${SPACE}+(\\p{Ll}+))?`, 'u');
/** The speaker named after the verb: `a répondu le maire`, `estime M. Martin`, `confie sa mère`. */
const NOUN_INCISE = new RegExp(
  `^(?:(a|avait|ont|avaient)${SPACE}+)?(\\p{Ll}+)${SPACE}+(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|notre|nos|votre|M\\.|MM\\.|Mmes?|Mlle|Me|Dr|Pr|\\p{Lu})`,
  'u',
);
/** The engine's incise: up to the next mark, a tag or the end (a title's dot, `M. Martin`, is no mark). */
const ENGLISH_INCISE_WORDS = /^(?:[^.,;:!?…«“"<]|(?<=(?:^|\s)(?:M|Mm|MM|Mr|Mrs|Ms|Dr|Pr|Mgr|St))\.(?= ))+/u;
/** Longest incise read, in characters. @default 90 */
const INCISE_LENGTH = 90;
/**
 * The engine's incise with the speaker's pronoun: a pronoun, an auxiliary, the verb, then what
 * the verb may carry (`had recognised in front of the press`, `had added immediately`), kept.
 */
const ENGINE_PRONOUN_INCISE = /^(?:(?:it|he|she|they|It|He|She|They) )?(?:(?:has|had|have|is|are) )?[*#@]?\p{Ll}+((?: [*#@]?\p{L}+)*)$/u;
/** The engine's incise with the speaker named: a pronoun it added, an auxiliary, a verb, then the speaker. */
const ENGINE_NOUN_INCISE = /^(?:(?:it|It) )?(?:(?:has|had|have) )?[*#@]?\p{Ll}+ ((?:the|a|an|his|her|its|their|our|your|[*#@]*\p{Lu})[^]*)$/u;

/**
 * A name in apposition closing the incise: `, Jean Dupont` before the sentence's end. A title's or
 * an initial's dot before the rest of the name (`, M. Karim Benali, qui…`, `, J. Dupont, qui…`) is
 * no sentence end: without the guard the name was cut to `M` and the verb put after it (`the
 * deputy, M, says. Karim Benali`).
 */
const APPOSITION = /^,[ \u00a0]+((?:[*#@]?\p{Lu}[\p{L}\p{M}'’-]*(?:\.(?=[ \u00a0]\p{Lu}))?)(?:[ \u00a0](?:[*#@]?\p{Lu}[\p{L}\p{M}'’-]*(?:\.(?=[ \u00a0]\p{Lu}))?|de|du|des|d['’]\p{Lu}[\p{L}\p{M}-]*|van|von|da|di|le|la))*)(?!(?<=[ \u00a0*#@](?:\p{Lu}|MM|Mr|Mrs|Ms|Dr|Pr|Me|Mgr|St))\.[ \u00a0]+[*#@]?\p{Lu})(?=[ \u00a0]*(?:[.!?…<]|$))/u;

/** What one French incise calls for: the speaker's pronoun and verb, or the verb the named speaker takes. */
type Incise =
  | { kind: 'pronoun'; english: string }
  | { kind: 'noun'; english: string };

function sayingVerb(first: string, after: string | undefined, plural: boolean): string | undefined {
  if (AUXILIARIES.has(first)) {
    if (after === undefined) return undefined;
    const stem = after.replace(/(?:e|s|es)$/u, '');
    return SAYING_VERBS.find((candidate) => candidate.participle === after || candidate.participle === stem)?.said;
  }
  const found = SAYING_VERBS.find((candidate) => candidate.singular === first || candidate.plural === first);
  if (found === undefined) return undefined;
  return plural || found.plural === first ? found.say : found.says;
}

/** The incise after one French quotation (the text after its comma), or `undefined`. */
function readIncise(after: string): Incise | undefined {
  const pronoun = PRONOUN_INCISE.exec(after);
  if (pronoun !== null) {
    const plural = pronoun[2] === 'ils' || pronoun[2] === 'elles';
    const verbEnglish = sayingVerb(pronoun[1]!, pronoun[3], plural);
    return verbEnglish === undefined ? undefined : { kind: 'pronoun', english: `${PRONOUNS[pronoun[2]!]!} ${verbEnglish}` };
  }
  const noun = NOUN_INCISE.exec(after);
  if (noun !== null) {
    const verbEnglish = noun[1] === undefined ? sayingVerb(noun[2]!, undefined, false) : sayingVerb(noun[1], noun[2], false);
    return verbEnglish === undefined ? undefined : { kind: 'noun', english: verbEnglish };
  }
  return undefined;
}

/** Whether the French has an incise after a quotation at all (a quick test before the rest). */
const ANY_QUOTE_COMMA = new RegExp(`[»”"]${SPACE}*,`, 'u');

/**
 * Writes each speaker's incise after a quotation the English way, from the French's (see the
 * module's comment); `french` is the segment's French text, tags removed.
 */
export function rewriteIncises(translation: string, french: string): string {
  if (!ANY_QUOTE_COMMA.test(french)) return translation;
  const wanted = [...french.matchAll(QUOTE_COMMA)].map((match) => readIncise(french.slice(match.index! + match[0].length)));
  if (wanted.every((incise) => incise === undefined)) return translation;
  const found = [...translation.matchAll(QUOTE_COMMA)];
  if (found.length !== wanted.length) return translation;
  let out = '';
  let from = 0;
  found.forEach((match, index) => {
    const start = match.index! + match[0].length;
    const incise = wanted[index];
    const words = ENGLISH_INCISE_WORDS.exec(translation.slice(start))?.[0].trimEnd();
    if (incise === undefined || words === undefined || words.length > INCISE_LENGTH) return;
    let english: string | undefined;
    if (incise.kind === 'pronoun') {
      const carried = ENGINE_PRONOUN_INCISE.exec(words);
      if (carried !== null) english = `${incise.english}${carried[1]}`;
    } else {
      const speaker = ENGINE_NOUN_INCISE.exec(words)?.[1];
      if (speaker !== undefined) {
        // A name in apposition after the speaker (`estime le président, Jean Dupont.`) goes with it.
        const apposition = APPOSITION.exec(translation.slice(start + words.length));
        if (apposition !== null && french.includes(`, ${apposition[1]!.replace(/[*#@]/gu, '')}`)) {
          out += translation.slice(from, start) + `${speaker}, ${apposition[1]}, ${incise.english}`;
          from = start + words.length + apposition[0].length;
          return;
        }
        english = `${speaker} ${incise.english}`;
      }
    }
    if (english === undefined) return;
    out += translation.slice(from, start) + english;
    from = start + words.length;
  });
  return out + translation.slice(from);
}

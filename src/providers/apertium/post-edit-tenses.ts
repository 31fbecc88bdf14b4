/**
 * The narrative past, as English papers write it. French reports what happened in the passé
 * composé (`le maire a salué`, `les pompiers ont évacué`), which the engine gives word for word as
 * the English present perfect: `The mayor has hailed a decisive stage`, `the firemen have
 * evacuated the 26 families`, `two students have been transported to the hospital`. English
 * reports a finished event in the simple past: `hailed`, `evacuated`, `were transported`.
 *
 * Where the French segment has a passé composé, `has`/`have` and a past participle after a
 * subject become the simple past: a regular participle (`hailed`) stands as it is, an irregular
 * one takes its past form (`taken` → `took`, `gone` → `went`), `has been`/`have been` become
 * `was`/`were`. Left as the engine wrote them: a negation (`has not seen`: English would need `did
 * not see`), a question (`Has he…`), `had` (the pluperfect is the same in English), `have` after a
 * modal or `to` (`could have been`, `will have left`, `to have done`), and a word after `has` that
 * may not be a participle (`has red hair`, `has a plan`).
 *
 * @example
 * rewritePerfects('The mayor has hailed the firemen, who have been thanked.', 'Le maire a salué les pompiers, qui ont été remerciés.')
 * // 'The mayor hailed the firemen, who were thanked.'
 */

/** Irregular past participles whose simple past differs. */
const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  arisen: 'arose', awoken: 'awoke', become: 'became', begun: 'began', bitten: 'bit', blown: 'blew', broken: 'broke',
  chosen: 'chose', come: 'came', done: 'did', drawn: 'drew', driven: 'drove', eaten: 'ate', fallen: 'fell', flown: 'flew',
  forbidden: 'forbade', forgotten: 'forgot', forgiven: 'forgave', frozen: 'froze', given: 'gave', gone: 'went', grown: 'grew',
  hidden: 'hid', known: 'knew', overcome: 'overcame', ridden: 'rode', risen: 'rose', run: 'ran', seen: 'saw', shaken: 'shook',
  shown: 'showed', spoken: 'spoke', stolen: 'stole', sworn: 'swore', taken: 'took', thrown: 'threw', undertaken: 'undertook',
  withdrawn: 'withdrew', woken: 'woke', worn: 'wore', written: 'wrote', beaten: 'beat', got: 'got', gotten: 'got',
  mistaken: 'mistook', foreseen: 'foresaw', overtaken: 'overtook', undergone: 'underwent', sung: 'sang', swum: 'swam',
  drunk: 'drank', rung: 'rang', sunk: 'sank', shrunk: 'shrank', sprung: 'sprang',
};

/** Irregular participles the same as their past. */
const SAME_PAST = new Set([
  'made', 'said', 'found', 'left', 'held', 'brought', 'built', 'won', 'lost', 'put', 'set', 'cut', 'sold', 'told', 'thought',
  'bought', 'caught', 'taught', 'paid', 'sent', 'spent', 'kept', 'met', 'led', 'read', 'felt', 'understood', 'stood', 'struck',
  'hit', 'let', 'shut', 'sat', 'heard', 'meant', 'lent', 'bent', 'fought', 'sought', 'spread', 'hung', 'laid', 'shot', 'slept',
  'swept', 'wept', 'fed', 'fled', 'bled', 'dealt', 'dug', 'lit', 'quit', 'hurt', 'cost', 'burst', 'cast', 'upset', 'withheld',
  'upheld', 'overheard', 'undersold', 'stuck', 'strung', 'ground', 'bound', 'wound', 'had', 'learnt', 'burnt', 'spelt',
  'dreamt', 'spilt', 'smelt', 'spoilt', 'leapt', 'knelt', 'dwelt',
]);

/** Words ending in `ed` that are no participle. */
const NOT_PARTICIPLES = new Set(['red', 'bed', 'shed', 'need', 'speed', 'seed', 'feed', 'weed', 'deed', 'breed', 'greed', 'hundred', 'sacred', 'naked', 'wicked', 'kindred', 'rugged', 'crooked', 'beloved', 'wretched', 'ragged', 'indeed', 'creed']);

/** The simple past of a past participle, or `undefined` when the word may not be one. */
function simplePast(participle: string): string | undefined {
  const word = participle.toLowerCase();
  if (IRREGULAR_PAST[word] !== undefined) return IRREGULAR_PAST[word];
  if (SAME_PAST.has(word)) return word;
  if (word.length >= 4 && word.endsWith('ed') && !NOT_PARTICIPLES.has(word)) return word;
  return undefined;
}

/** `has`/`have` (not after a modal, `to`, or as a question's first word), an adverb or none, then a word. */
const PERFECT = /(?<![\p{L}'’-])(?<!(?:\b(?:will|would|shall|should|could|can|may|might|must|to|not|never)[ \u00a0]+))(has|have)[ \u00a0]+(?:(already|also|finally|recently|again|immediately|quickly)[ \u00a0]+)?(been[ \u00a0]+)?([*#@]?)(\p{Ll}+)(?![\p{L}'’-])/gu;

/** A passé composé in the French: `avoir` or `être` conjugated, then a word ending like a participle. */
const FRENCH_PERFECT = /(?<![\p{L}])(?:ai|as|a|avons|avez|ont|suis|es|est|sommes|êtes|sont)[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes)(?![\p{L}])/u;

/**
 * Writes the engine's present perfect the English way, in the simple past, where the French
 * tells a finished event in the passé composé (see the module's comment).
 */
export function rewritePerfects(translation: string, french: string): string {
  if (!/\bha(?:s|ve)\b/.test(translation) || !FRENCH_PERFECT.test(french)) return translation;
  return translation.replace(
    PERFECT,
    // Lower case only: a question opens on `Has`/`Have`, and is left alone.
    (whole: string, auxiliary: string, adverb: string | undefined, been: string | undefined, mark: string, word: string) => {
      const lead = adverb === undefined ? '' : `${adverb} `;
      if (been !== undefined) {
        // `has been transported` → `was transported`, `have been evacuated` → `were evacuated`.
        return `${lead}${auxiliary === 'has' ? 'was' : 'were'} ${mark}${word}`;
      }
      if (mark !== '') return whole;
      const past = simplePast(word);
      if (past === undefined || word === 'been') return whole;
      return `${lead}${past}`;
    },
  );
}

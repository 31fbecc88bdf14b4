/**
 * Subject pronouns the pivot drops inside a sentence, and `on`.
 *
 * Spanish drops its subject pronouns, so the fr-es pair writes no word for `il`, `elle`, `ils`,
 * `elles`; spa-eng gives a subject back (`It`, `They`) only to a verb with no noun phrase before it
 * since the sentence began or since a `;`, `:`, `.`, `?` or `!` (its t2x `fifrase` variable; a comma
 * does not reset it). So after a fronted phrase and a comma the subject was lost: `Quant à la
 * mairie, elle n'a pas répondu` → `As for the city council, has not answered`, `Depuis lundi, ils
 * refusent` → `From Monday, deny`. And the pair reads `on` as the Spanish impersonal `se` or as
 * nothing, which came out `Can also buy` (`On peut aussi acheter`, with the `#` of a verb it could
 * not generate), `it fix the quotas`, `rubs the hands`.
 *
 * The round trip, both halves here:
 * - before the engine (`rewriteDroppedSubjects`), the comma before such a pronoun is sent as `;`,
 *   after which spa-eng writes the subject itself (`; it has not answered`, `; they deny`), and
 *   `on` is sent as `il`, a third-person singular the pair reads (`Il peut aussi acheter` → `It can
 *   also buy`);
 * - after it (`restoreDroppedSubjects`), each sentence read with its French, paired by id: the
 *   comma is put back, and the subject the engine wrote is the one the French says: `they` for
 *   `ils`/`elles`; for `il`/`elle`, `he`/`she` before a verb that takes a person (the verbs of
 *   post-edit-subjects.ts) or after `Quant à` a person (`Quant au maire, il`), `it` after `Quant
 *   à` a thing; for `on`, `we` inside a quotation (a speaker's `on`), `people` outside (a generic
 *   `on`, the rewrite a reader can trust), with the verb after it agreeing (`People have`, `we
 *   rub`).
 * An `il`/`elle` after a comma with neither sign is left to the engine: `it` would be wrong for a
 * person, `he`/`she` for a thing, and nothing else in the sentence says which.
 *
 * Evidence: of the 3,002 sentences of the 117 development-half articles the rules were written
 * from, 100 have a subject pronoun right after a comma and 104 an `on`. Measured on 40 other
 * development-half articles (990 sentences): 25 changed, 21 better, 3 as bad, 1 worse (`on venait
 * de recevoir`: the pair reads `il venait de` as `acababa de`, `we finished to receive`).
 */
import { htmlToText } from '../../text/html.ts';
import { sentenceRanges } from '../../text/sentence-elements.ts';
import { personSubject } from './post-edit-subjects.ts';

const SPACE = '[ \\u00a0\\u202f]';
/**
 * `on` with the speaker or the reader as its object (`On ne m'indemnise pas`, `On nous parle de`) is
 * someone else, neither `we` nor `people`: left to the engine.
 */
const ON_OBJECT = `${SPACE}+(?:ne${SPACE}+|n['’])?(?:m['’]|me${SPACE}|nous${SPACE}|vous${SPACE}|t['’]|te${SPACE})`;
/** A comma, its spaces, a subject pronoun and the word after it (a clitic, `ne`, or the verb). */
const COMMA_PRONOUN = new RegExp(`,(${SPACE}+)(il|elle|ils|elles|on)(?=${SPACE}+(?:n['’]|[nmtsl]['’]|\\p{Ll}))(?!${ON_OBJECT})`, 'gu');
/** `On` opening a sentence, after an opening quote or a dialogue dash. */
const OPENING_ON = new RegExp(`^([\\s«“"(—–-]*)On(?=${SPACE}+(?:n['’]|[nmtsl]['’]|\\p{Ll}))(?!${ON_OBJECT})`, 'u');

/** Singular nouns that name a person: `Quant au maire, il` is `he`, `Quant à la mairie, elle` `it`. */
const PERSON_NOUNS = new Set(
  (
    'maire adjoint adjointe ministre président présidente préfet préfète directeur directrice député députée sénateur sénatrice ' +
    'procureur procureure juge avocat avocate médecin patron patronne propriétaire gérant gérante responsable porte-parole ' +
    'entraîneur entraîneuse joueur joueuse conducteur conductrice chauffeur femme homme fille garçon enfant père mère fils ' +
    'élu élue suspect suspecte accusé accusée habitant habitante voisin voisine commissaire capitaine auteur autrice artiste ' +
    'chanteur chanteuse réalisateur réalisatrice victime prévenu prévenue agriculteur agricultrice éleveur éleveuse maître maîtresse'
  ).split(' '),
);
const QUANT_A = /^[\s«“"(—–-]*Quant[ \u00a0](?:à|au|aux)[ \u00a0]+(.*)$/iu;

type Subject = 'he' | 'she' | 'it' | 'they' | 'on';

/** What follows `Quant à` names a person: a title, a capitalised name, or a person's noun. */
function namesAPerson(phrase: string): boolean {
  const words = phrase.trim().split(/[\s\u00a0]+/u);
  if (words.some((word) => /^(?:M\.|Mme|Mlle|Dr|Me)$/u.test(word) || /^\p{Lu}/u.test(word))) return true;
  return words.some((word) => PERSON_NOUNS.has(word.replace(/^[ld]['’]/u, '').toLowerCase()));
}

/**
 * The subject to write for a pronoun after a comma, or `undefined` to leave it to the engine.
 * `head` is the sentence up to the comma, `clause` the text from the pronoun on.
 */
function subjectAfterComma(head: string, pronoun: string, clause: string): Subject | undefined {
  if (pronoun === 'on') return 'on';
  if (pronoun === 'ils' || pronoun === 'elles') return 'they';
  const quant = QUANT_A.exec(head);
  if (quant !== null && !/,/.test(quant[1]!)) return namesAPerson(quant[1]!) ? (pronoun === 'il' ? 'he' : 'she') : 'it';
  const person = personSubject(clause);
  if (person !== undefined) return person === 'He' ? 'he' : 'she';
  return undefined;
}

/** A quick test: text with no `on` and no `il`/`elle` after a comma has no subject to restore. */
const MAY_HAVE_SITES = /(?:^|[^\p{L}])[Oo]n(?:[^\p{L}]|$)|,[ \u00a0\u202f]+(?:il|elle)/u;

interface Site {
  /** Offset of the comma in the sentence; -1 for an `On` opening it. */
  at: number;
  subject: Subject;
}

/** The pronouns of one French sentence (or a piece of one, `before` being the sentence before it) whose subject is restored. */
function sitesOf(text: string, before: string): Site[] {
  const sites: Site[] = [];
  if (/^[\s«“"(—–-]*$/u.test(before) && OPENING_ON.test(text)) sites.push({ at: -1, subject: 'on' });
  for (const match of text.matchAll(COMMA_PRONOUN)) {
    const at = match.index!;
    const subject = subjectAfterComma(before + text.slice(0, at), match[2]!, text.slice(at + 1 + match[1]!.length));
    if (subject !== undefined) sites.push({ at, subject });
  }
  return sites;
}

/**
 * The French of one text piece as the engine is to read it: `;` for the comma before a pronoun whose
 * subject is restored, `il` for `on`. `before` is the sentence's text before the piece.
 *
 * @example
 * rewriteDroppedSubjects("Quant à la mairie, elle n'a pas répondu.", '') // "Quant à la mairie; elle n'a pas répondu."
 * rewriteDroppedSubjects('On peut aussi acheter.', '') // 'Il peut aussi acheter.'
 */
export function rewriteDroppedSubjects(text: string, before: string): string {
  if (!MAY_HAVE_SITES.test(text)) return text;
  const sites = sitesOf(text, before);
  if (sites.length === 0) return text;
  let out = text;
  for (const site of [...sites].reverse()) {
    if (site.at === -1) {
      out = out.replace(OPENING_ON, '$1Il');
      continue;
    }
    const rest = out.slice(site.at + 1).replace(/^([ \u00a0\u202f]+)on(?![\p{L}])/u, '$1il');
    out = `${out.slice(0, site.at)};${rest}`;
  }
  return out;
}

/** Adverbs the engine may put between the subject and its verb, or before the subject. */
const ADVERBS = new Set(['also', 'always', 'still', 'never', 'often', 'already', 'only', 'even', 'just', 'not', 'sometimes', 'usually', 'then', 'no', 'longer', 'more', 'thus', 'perhaps', 'now']);
/** The adverbs (and `no longer`) the engine puts between `on`'s subject and its verb, then the verb. */
const ADVERBS_THEN_VERB = new RegExp(`^((?:[ \\u00a0]+(?:no longer|${[...ADVERBS].filter((word) => word !== 'no' && word !== 'longer').join('|')}))*[ \\u00a0]+)([\\p{L}'’]+)`, 'u');
const PLURAL_OF: Readonly<Record<string, string>> = { has: 'have', is: 'are', was: 'were', does: 'do', "doesn't": "don't", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't" };

/** The verb after a plural subject: `has` → `have`, `rubs` → `rub`, `fixes` → `fix`; other words as they are. */
function pluralVerb(word: string): string {
  const lower = word.toLowerCase();
  if (PLURAL_OF[lower] !== undefined) return PLURAL_OF[lower]!;
  if (!/^\p{Ll}{3,}s$/u.test(word) || /(?:ss|us|is|ous)$/u.test(word)) return word;
  if (/[^aeiou]ies$/u.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|zz|oes)$/u.test(word.slice(0, -1)) || /(?:ches|shes|xes|zzes|oes)$/u.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** `we` in a quotation (the speaker's `on`), else `people`. */
function onSubject(quoted: boolean): string {
  return quoted ? 'we' : 'people';
}

/** Writes `subject` for the engine's `it`/`he`/`they` among the first words of `text`; `undefined` when it has none there. */
function writeSubject(text: string, subject: Subject, quoted: boolean): string | undefined {
  const found = /^((?:[\s«“"(—–-]|\p{L}+[ \u00a0]+){0,3}?)(It|it|He|he|They|they)(?![\p{L}'’])/u.exec(text);
  if (found === null) return undefined;
  const lead = found[1]!;
  // Only adverbs may stand before the subject (`No longer it will see`).
  if (lead.split(/[^\p{L}]+/u).some((word) => word !== '' && !ADVERBS.has(word.toLowerCase()))) return undefined;
  const engine = found[2]!;
  const capital = /^\p{Lu}/u.test(engine);
  const word = subject === 'on' ? onSubject(quoted) : subject;
  const written = capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  let rest = text.slice(lead.length + engine.length);
  if (subject === 'on') {
    rest = rest.replace(ADVERBS_THEN_VERB, (_whole: string, space: string, verb: string) => space + pluralVerb(verb));
  }
  return lead + written + rest;
}

/** Semicolons of the text, not those ending a character reference (`&amp;`). */
const SEMICOLON = /(?<!&#?[\p{L}\p{N}]+);/gu;

/** Restores the subjects of one sentence: `english` its translation (HTML), `french` its text. */
function restoreSentence(english: string, french: string, quoted: boolean): string {
  const sites = sitesOf(french, '');
  if (sites.length === 0) return english;
  let out = english;
  if (sites[0]!.at === -1) {
    out = writeSubject(out, sites[0]!.subject, quoted) ?? out;
  }
  const commaSites = sites.filter((site) => site.at !== -1);
  if (commaSites.length === 0) return out;
  // Which semicolons the engine answers are the ones sent for commas: the French's own come in their place.
  const own = [...french.matchAll(/;/g)].map((match) => match.index!);
  const marks = [...own.map((at) => ({ at, site: undefined as Site | undefined })), ...commaSites.map((site) => ({ at: site.at, site }))].sort((a, b) => a.at - b.at);
  const found = [...out.matchAll(SEMICOLON)].map((match) => match.index!);
  if (found.length !== marks.length) {
    // The engine moved or dropped one: put back a comma for every semicolon the French does not have.
    return own.length === 0 ? out.replace(SEMICOLON, ',') : out;
  }
  for (let index = found.length - 1; index >= 0; index--) {
    const site = marks[index]!.site;
    if (site === undefined) continue;
    const at = found[index]!;
    const after = out.slice(at + 1);
    const quotedHere = quoted || /«[^»]*$|“[^”]*$/u.test(french.slice(0, site.at));
    out = `${out.slice(0, at)},${site.subject === 'they' ? after : (writeSubject(after, site.subject, quotedHere) ?? after)}`;
  }
  return out;
}

/**
 * Puts back the commas sent as `;` and writes the subject the French says for the one the engine
 * wrote; `source` is the segment as sent (text, or HTML whose sentences are `<span id>`s).
 *
 * @example
 * restoreDroppedSubjects("As for the city council; it has not answered.", "Quant à la mairie, elle n'a pas répondu.")
 * // 'As for the city council, it has not answered.'
 */
export function restoreDroppedSubjects(translation: string, source: string): string {
  if (!MAY_HAVE_SITES.test(source)) return translation;
  const french = sentenceRanges(source);
  const english = sentenceRanges(translation);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  let open = 0;
  for (const [id, range] of french) {
    const text = htmlToText(source.slice(range.start, range.end));
    // A quotation opened in an earlier sentence of the block and not yet closed.
    const quoted = open > 0 || /^[\s]*[—–-]/u.test(text);
    open += (text.match(/[«“]/gu)?.length ?? 0) - (text.match(/[»”]/gu)?.length ?? 0);
    if (open < 0) open = 0;
    const target = english.get(id);
    if (target === undefined) continue;
    const sentence = translation.slice(target.start, target.end);
    const restored = restoreSentence(sentence, text, quoted || /^[\s]*[«“]/u.test(text));
    if (restored !== sentence) edits.push({ ...target, text: restored });
  }
  let out = translation;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

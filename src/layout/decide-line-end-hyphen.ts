/**
 * Decides whether a hyphen at the end of a printed line is a break inside a word
 * (`anony-` + `mat` → `anonymat`) or a real hyphen (`Etats-` + `Unis` → `Etats-Unis`).
 *
 * Evidence, strongest first: numbers and a capitalised second part keep the hyphen; the same
 * document spelling the word elsewhere; the lexicon knowing the hyphenated form; the lexicon
 * knowing the joined form; a clitic (`avait-` + `il`); a productive prefix (`ex-`, `anti-`,
 * `russo-`); number words (`vingt-` + `deux`); both halves being words. When nothing
 * decides, the halves are joined and the decision is marked uncertain.
 */
import type { FrenchLexicon } from './french-lexicon.ts';

/** Whether a word (any case, hyphenated compounds included) appears whole in the document. */
export interface DocumentEvidence {
  has(word: string): boolean;
}

export interface HyphenContext {
  lexicon: FrenchLexicon;
  document: DocumentEvidence;
}

export interface HyphenDecision {
  /** True: remove the hyphen and glue the halves; false: keep `left-right`. */
  join: boolean;
  /** `number`, `capitalised`, `document`, `lexicon`, `clitic`, `prefix`, `lexicon-halves` or `default`. */
  reason: string;
  /** True when no evidence decided and the halves were joined by default. */
  uncertain: boolean;
}

/** Pronouns that follow a verb with a hyphen (`avait-il`, `dites-le`, `allez-y`). */
export const CLITICS: ReadonlySet<string> = new Set([
  'il', 'elle', 'on', 'ils', 'elles', 'je', 'tu', 'nous', 'vous', 'le', 'la', 'les',
  'moi', 'toi', 'lui', 'leur', 'y', 'en', 'ce', 'là', 'ci',
]);

/** Prefixes and combining forms written with a hyphen before a word. */
export const HYPHEN_PREFIXES: ReadonlySet<string> = new Set([
  'ex', 'anti', 'néo', 'pro', 'post', 'pré', 'vice', 'demi', 'semi', 'mi', 'sous', 'non', 'auto',
  'extra', 'ultra', 'super', 'hyper', 'mini', 'maxi', 'micro', 'macro', 'multi', 'inter', 'intra',
  'contre', 'quasi', 'arrière', 'avant', 'après', 'grand', 'grand-', 'mal', 'nord', 'sud', 'est',
  'ouest', 'centre', 'euro', 'afro', 'franco', 'anglo', 'germano', 'russo', 'sino', 'italo',
  'hispano', 'arabo', 'israélo', 'américano', 'soviéto', 'judéo', 'gréco', 'indo', 'austro',
  'belgo', 'turco', 'irako', 'irano', 'syro', 'libano', 'nippo', 'helvético', 'socio', 'politico',
  'médico', 'technico', 'économico', 'militaro', 'judéo', 'ex-', 'co', 'self', 'porte', 'garde',
  'après', 'haut', 'basse', 'bas', 'sans', 'hors', 'long', 'moyen', 'court',
]);

const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze',
  'douze', 'treize', 'quatorze', 'quinze', 'seize', 'vingt', 'vingts', 'trente', 'quarante',
  'cinquante', 'soixante', 'cent', 'cents', 'mille', 'et',
]);

const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|lorsqu|puisqu|jusqu|quoiqu|presqu)['’]/i;

/** The word without an elided article or pronoun in front (`d'es` → `es`). */
export function withoutElision(word: string): string {
  return word.replace(ELISION, '');
}

/**
 * @param left the text before the line-end hyphen, back to the previous space or punctuation
 *   (`anony`, `a-t`, `qu'el`, `c'est`)
 * @param right the word that starts the next line (`mat`, `il`, `le`, `à-dire`, `Unis`)
 */
export function decideLineEndHyphen(left: string, right: string, context: HyphenContext): HyphenDecision {
  const keep = (reason: string): HyphenDecision => ({ join: false, reason, uncertain: false });
  const glue = (reason: string): HyphenDecision => ({ join: true, reason, uncertain: false });
  const leftParts = left.split('-');
  const leftLast = withoutElision(leftParts.at(-1) ?? left).toLowerCase();
  const rightFirst = (right.split('-')[0] ?? right).toLowerCase();
  const hyphenated = `${left}-${right}`.toLowerCase();
  const joined = `${left}${right}`.toLowerCase();
  const { lexicon, document } = context;

  if (/\p{N}$/u.test(left) || /^\p{N}/u.test(right)) return keep('number');
  if (/^\p{Lu}/u.test(right)) return keep('capitalised');
  if (document.has(hyphenated)) return keep('document');
  if (document.has(joined)) return glue('document');
  if (lexicon.has(hyphenated)) return keep('lexicon');
  if (right.includes('-') && lexicon.has(right)) return keep('lexicon');
  if (lexicon.has(joined)) return glue('lexicon');
  if (/^t-/.test(right) || CLITICS.has(right.toLowerCase()) || (leftLast === 't' && CLITICS.has(rightFirst))) {
    return keep('clitic');
  }
  if (NUMBER_WORDS.has(leftLast) && NUMBER_WORDS.has(rightFirst)) return keep('number');
  if (HYPHEN_PREFIXES.has(leftLast) && lexicon.has(right)) return keep('prefix');
  if (/o$/.test(leftLast) && !lexicon.has(leftLast) && lexicon.has(right) && leftLast.length >= 3) return keep('prefix');
  if (leftLast.length >= 2 && lexicon.has(leftLast) && lexicon.has(right) && right.length >= 2) return keep('lexicon-halves');
  return { join: true, reason: 'default', uncertain: true };
}

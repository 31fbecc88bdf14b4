/**
 * Decides whether a hyphen at the end of a printed line is a break inside a word
 * (`anony-` + `mat` → `anonymat`) or a real hyphen (`Etats-` + `Unis` → `Etats-Unis`).
 *
 * Evidence, strongest first: numbers and a capitalised second part keep the hyphen; the same
 * document spelling the word elsewhere; the lexicon knowing the hyphenated form (when it knows the
 * joined form too, `plate-|forme`, the halves are joined as modern spelling welds them, the
 * decision marked uncertain); the lexicon knowing the joined form; a clitic (`avait-` + `il`); a prefix welded in modern spelling
 * (`anti-` + `terroriste`) or one written with a hyphen (`ex-`, `russo-`); number words
 * (`vingt-` + `deux`); both halves being words; the first half being a word of the document
 * before a second half that is none (`saumur-` + `champigny`). When nothing decides, the
 * halves are joined and the decision is marked uncertain.
 */
import type { FrenchLexicon } from './french-lexicon.ts';

/** Whether a word (any case, hyphenated compounds included) appears whole in the document. */
export interface DocumentEvidence {
  has(word: string): boolean;
  /** The 1-based line where the word appears whole, or undefined. */
  lineOf?(word: string): number | undefined;
}

export interface HyphenContext {
  lexicon: FrenchLexicon;
  document: DocumentEvidence;
  /**
   * Lines (1-based) that ended with U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN or U+00AD SOFT
   * HYPHEN before those were printed as `-`: a typesetter's own hyphenation character or a
   * soft hyphen (Typst's), at which pdftotext never glues two printed lines (it glues only at
   * `-`). Empty when unknown.
   */
  typesetHyphenLines?: ReadonlySet<number>;
  /** Lines (1-based) right after a picture's place drawn as an empty frame of characters (drawn-frames.ts). Empty when none. */
  underPictures?: ReadonlySet<number>;
  /**
   * Lines (1-based) that a searchable scan's OCR layer shows going on with the paragraph of the
   * line before (pdf-ocr-layer.ts): that line reaches the column's measure, and this one follows at
   * the block's own pitch, flush with the block's left edge, on a page that marks its paragraphs'
   * openings. Each with the evidence in words. Empty when unknown (every text extraction).
   */
  continuedLines?: ReadonlyMap<number, string>;
  /**
   * Lines (1-based) that a searchable scan's OCR layer shows opening a paragraph after a sentence's
   * end, by a first-line indent or white above them, where it put no blank line (pdf-ocr-layer.ts),
   * each with the reason and the evidence. Empty when unknown (every text extraction).
   */
  openedLines?: ReadonlyMap<number, { reason: string; evidence: string }>;
  /**
   * Lines (1-based) that a searchable scan's OCR layer shows set as a caption: a block of two to
   * five lines opening like a sentence, at a tighter pitch than the running text's, a smaller face
   * (pdf-ocr-layer.ts), each with the evidence. Empty when unknown (every text extraction).
   */
  captionLines?: ReadonlyMap<number, string>;
}

export interface HyphenDecision {
  /** True: remove the hyphen and glue the halves; false: keep `left-right`. */
  join: boolean;
  /** `number`, `capitalised`, `document`, `lexicon`, `lexicon-both`, `clitic`, `prefix`, `lexicon-halves`, `document-halves` or `default`. */
  reason: string;
  /** True when no evidence decided and the halves were joined by default. */
  uncertain: boolean;
  /** The evidence in words, for a person checking the decision. */
  evidence: string;
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

/**
 * Learned prefixes that modern French welds to the word they precede (`antiterroriste`,
 * `autoproclamé`, `cofondateur`, `multinational`, `postélectoral`): at a line end, a hyphen
 * after one of them, before a consonant, is a break. Before a vowel the hyphen may be real
 * (`anti-inflammatoire`, `micro-ondes`), and a capital keeps it (`anti-Assad`).
 */
export const WELDED_PREFIXES: ReadonlySet<string> = new Set([
  'anti', 'auto', 'co', 'extra', 'hyper', 'inter', 'intra', 'macro', 'maxi', 'micro', 'mini',
  'multi', 'néo', 'post', 'pré', 'super', 'ultra',
]);

const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze',
  'douze', 'treize', 'quatorze', 'quinze', 'seize', 'vingt', 'vingts', 'trente', 'quarante',
  'cinquante', 'soixante', 'cent', 'cents', 'mille', 'et',
]);


const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|lorsqu|puisqu|jusqu|quoiqu|presqu)['’]/i;

/** The word without an elided article or pronoun in front (`d'es` → `es`). */
export function withoutElision(word: string): string {
  return word.includes("'") || word.includes('’') ? word.replace(ELISION, '') : word;
}

/** The particles of French compound names before a hyphen and a capital: `la-Canéda`, `de-Gaulle`, `sur-Mer`, `d’Angély-…`. */
const NAME_PARTICLE_THEN_CAPITAL = /^(?:la|le|les|de|du|des|en|sur|sous|lès|lez|aux|au|et)-\p{Lu}/u;

/**
 * @param left the text before the line-end hyphen, back to the previous space or punctuation
 *   (`anony`, `a-t`, `qu'el`, `c'est`)
 * @param right the word that starts the next line (`mat`, `il`, `le`, `à-dire`, `Unis`)
 */

export function decideLineEndHyphen(left: string, right: string, context: HyphenContext): HyphenDecision {
  // Helpers are module functions, not closures: this runs for every line-end hyphen, and tsx
  // (esbuild's keepNames) gives each named closure its name again on every call.
  const hyphenIndex = left.lastIndexOf('-');
  const rightHyphen = right.indexOf('-');
  const hyphenatedSpelling = `${left}-${right}`;
  const joinedSpelling = `${left}${right}`;
  const hyphenated = hyphenatedSpelling.toLowerCase();
  const joined = joinedSpelling.toLowerCase();
  const { lexicon, document } = context;

  const leftEnd = left.charCodeAt(left.length - 1);
  const rightStart = right.charCodeAt(0);
  const numeric =
    isDigitCode(leftEnd) || isDigitCode(rightStart) || (leftEnd >= 128 && /\p{N}$/u.test(left)) || (rightStart >= 128 && /^\p{N}/u.test(right));
  if (numeric) {
    return keep('number', `a number stands by the hyphen ("${hyphenatedSpelling}"), and numbers are never cut`);
  }
  const capitalised = rightStart < 128 ? rightStart >= 65 && rightStart <= 90 : /^\p{Lu}/u.test(right);
  // A word set in capitals (a dateline, `CHERBOURG-EN-COTEN-|TIN`) says nothing by its second
  // half's capital: the document and the word list decide first, and the capital only if they
  // know neither spelling.
  const inCapitals = capitalised && isInCapitals(left.slice(hyphenIndex + 1)) && isInCapitals(right);
  if (capitalised && !inCapitals) return keep('capitalised', `"${right}" starts with a capital, as the second part of a name or compound does`);
  // An elided article before a capital (`Côtes-|d’Armor`, `Saint-|Jean-d’Angély`) is the second
  // part of a place name: no word goes on past an apostrophe and a capital.
  const rightAfterElision = withoutElision(right);
  if (rightAfterElision !== right && startsWithCapital(rightAfterElision)) {
    return keep('capitalised', `"${right}" is an elided article before a capital, as the second part of a place name is`);
  }
  // A particle, a hyphen and a capital (`Sarlat-|la-Canéda`, `Général-|de-Gaulle`,
  // `Saint-Pierre-|de-Colombier`): the rest of a place's or a street's name, whose parts French
  // joins by hyphens; no syllable of a word is a particle before a hyphen and a capital.
  if (NAME_PARTICLE_THEN_CAPITAL.test(right)) {
    return keep('capitalised', `"${right}" is a particle joined by a hyphen to a capitalised word, as the rest of a compound name is`);
  }
  if (document.has(hyphenated)) return keep('document', `the article writes "${hyphenatedSpelling}" whole ${where(document, hyphenated)}`);
  if (document.has(joined)) return glue('document', `the article writes "${joinedSpelling}" whole ${where(document, joined)}`);
  if (lexicon.has(hyphenated)) {
    // Both spellings known (`plate-|forme`): modern spelling, which the press follows, welds the
    // compound, and a typesetter that hyphenates breaks the welded word at that very point. Glued,
    // with the doubt said (an older text may have kept the hyphen).
    if (lexicon.has(joined)) {
      return {
        join: true,
        reason: 'lexicon-both',
        uncertain: true,
        evidence: `the word list knows both "${hyphenated}" and "${joined}"; joined as modern spelling welds the compound`,
      };
    }
    return keep('lexicon', `the word list knows "${hyphenated}"`);
  }
  if (rightHyphen !== -1 && lexicon.has(right)) return keep('lexicon', `the word list knows the compound "${right.toLowerCase()}"`);
  if (lexicon.has(joined)) return glue('lexicon', `the word list knows "${joined}"`);
  if (inCapitals && lexicon.has(withoutElision(joined.slice(hyphenIndex + 1)))) {
    return glue('lexicon', `the word list knows "${withoutElision(joined.slice(hyphenIndex + 1))}", here set in capitals`);
  }
  if (inCapitals) return keep('capitalised', `"${right}" is set in capitals and no word list or the article knows "${joined}"`);
  // The halves, read only here: the document or the word list decides most hyphens above.
  const leftLast = withoutElision(hyphenIndex === -1 ? left : left.slice(hyphenIndex + 1)).toLowerCase();
  const rightFirst = (rightHyphen === -1 ? right : right.slice(0, rightHyphen)).toLowerCase();
  if (right.startsWith('t-') || CLITICS.has(right.toLowerCase()) || (leftLast === 't' && CLITICS.has(rightFirst))) {
    return keep('clitic', `"${right}" is a pronoun joined to its verb by a hyphen`);
  }
  if (NUMBER_WORDS.has(leftLast) && NUMBER_WORDS.has(rightFirst)) {
    return keep('number', `"${leftLast}" and "${rightFirst}" are number words, written with a hyphen`);
  }
  if (WELDED_PREFIXES.has(leftLast) && hyphenIndex === -1 && /^[bcçdfghjklmnpqrstvwxz]/u.test(right)) {
    return glue('prefix', `"${leftLast}" is a prefix welded to the word it precedes in modern spelling ("${joined}")`);
  }
  if (HYPHEN_PREFIXES.has(leftLast) && lexicon.has(right)) {
    return keep('prefix', `"${leftLast}-" is a prefix written with a hyphen and "${right}" is a word`);
  }
  // Not after a capital: a name cut at the line end (`Cho-|marat`) may end in `o`.
  if (leftLast.endsWith('o') && leftLast.length >= 3 && !startsWithCapital(withoutElision(left.slice(hyphenIndex + 1))) && !lexicon.has(leftLast) && lexicon.has(right)) {
    return keep('prefix', `"${leftLast}-" is a combining form (like "russo-") and "${right}" is a word`);
  }
  // Two words side by side say nothing when the first is capitalised: a name cut at the line
  // end (`Des-|champs`, `Mont-|pellier`) has halves that happen to be words.
  if (leftLast.length >= 2 && right.length >= 2 && !startsWithCapital(withoutElision(left)) && lexicon.has(leftLast) && lexicon.has(right)) {
    return keep('lexicon-halves', `"${leftLast}" and "${right}" are both words, and "${joined}" is not`);
  }
  // A word the article uses on its own, before a second half no word list knows, starts a
  // compound named after it (`saumur-|champigny`, a wine named after the town the article
  // names): glued, it would be a word of neither.
  // Not after a capital: a name cut at the line end (`Fer-|reiro`) has a first half that may be
  // a word.
  if (hyphenIndex === -1 && leftLast.length >= 3 && right.length >= 3 && !startsWithCapital(withoutElision(left)) && lexicon.has(leftLast) && !lexicon.has(right) && document.has(leftLast)) {
    return keep('document-halves', `the article writes "${leftLast}" on its own ${where(document, leftLast)}, and neither "${right}" nor "${joined}" is a word`);
  }
  return {
    join: true,
    reason: 'default',
    uncertain: true,
    evidence: `neither "${joined}" nor "${hyphenated}" is in the word list or elsewhere in the article; joined by default`,
  };
}

function keep(reason: string, evidence: string): HyphenDecision {
  return { join: false, reason, uncertain: false, evidence };
}

function glue(reason: string, evidence: string): HyphenDecision {
  return { join: true, reason, uncertain: false, evidence };
}

/** Where the document writes the word whole, in words. */
function where(document: DocumentEvidence, word: string): string {
  const line = document.lineOf?.(word);
  return line === undefined ? 'elsewhere in the article' : `on line ${line}`;
}

function startsWithCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(word);
}

/** Whether a word has letters and all of them capitals (`COTEN`, `D’ARMOR`). */
function isInCapitals(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The forms of a picture's credit French dailies print at a caption's end (`Photo Jean Dupont`,
 * `(Photo AFP)`, `Ph. Anne Lemoine`, `PHOTO LE PROGRÈS/M. DURAND`, `© Ouest-France`, `Crédit photo :
 * Communauté de communes`, `Photo d’archives`, `Marie Roche / AFP`, `… / Photo DR`),
 * as one list (CREDIT_FORMS) a newcomer extends, and `creditAtEnd`, which finds one at a text's
 * end. Kept apart from photo-credits.ts (which finds captions in a page's lines) so that the
 * segmenter reads a caption's credit without loading the text layouts.
 */
/** A capitalised word of a name or a source (`Jean-Baptiste`, `L’Écho`, `CHU`, `DR`), or a particle between such words. */
const SOURCE_WORD = String.raw`(?:\p{Lu}[\p{L}’'.&-]*|de|du|des|la|le|les|et|d[’']\p{Lu}[\p{L}’'-]*|l[’']\p{Lu}[\p{L}’'-]*)`;
/** One to six such words, the last one capitalised: `Jean-Baptiste Morvan`, `L’Écho de la Loire`, `Ville de Brest`. */
const SOURCE = String.raw`(?:${SOURCE_WORD} ){0,5}(?:[dl][’'])?\p{Lu}[\p{L}’'.&-]*`;
/**
 * Agencies and picture desks named after a slash: a name in capitals (`AFP`, `DR`, `MAXPPP`,
 * `EPA`), or one of the agencies spelt otherwise.
 */
const AGENCY = String.raw`(?:\p{Lu}{2,}(?:[ -]\p{Lu}{2,})?|Reuters|MaxPPP|Maxppp|Hans Lucas|Sipa|Getty Images|Abaca|Hemis|Divergence|Andia|Leemage|Photononstop|Biosphoto|Wikimedia Commons)`;

/**
 * A credit's opening word: `Photo`, `Photos`, `Ph.`, `Crédit photo`, `Crédits photos`, in capitals
 * or not.
 */
const PHOTO = String.raw`(?:Photos?|PHOTOS?|Ph\.|PH\.|Crédits? photos?|CRÉDITS? PHOTOS?)`;
/**
 * What a desk writes after `Photo` when it names no one: `d’illustration`, `d’archives`,
 * `archives` (maybe with a source: `archives DR`), in capitals or not.
 */
const UNNAMED = String.raw`(?:[dD][’'](?:illustration|archives|ILLUSTRATION|ARCHIVES)|(?:archives|ARCHIVES)(?: ${SOURCE})?)`;
/**
 * A source after `Photo :` or `Crédit photo :`, where the colon says a source follows: its first
 * word capitalised, the others maybe not (`Communauté de communes`, `Service communication`).
 */
const SOURCE_AFTER_COLON = String.raw`\p{Lu}[\p{L}’'.&-]*(?: [\p{L}’'.&-]+){0,4}`;

/**
 * The forms of a credit, each one alternative of `creditAtEndExpression`; a newcomer adds a form here.
 * Each reads the whole credit, up to the text's end.
 */
const CREDIT_FORMS: readonly string[] = [
  // `Photo Jean Dupont`, `PHOTO JEAN DUPONT`, `Ph. Anne Lemoine`, `Photo d’illustration`, `Photo archives DR`.
  String.raw`${PHOTO} (?:${UNNAMED}|${SOURCE})`,
  // `Photo : Le Journal`, `Crédit photo : Communauté de communes`.
  String.raw`${PHOTO} ?: (?:${UNNAMED}|${SOURCE_AFTER_COLON})`,
  // `PHOTO LE PROGRÈS/M. DURAND`: the paper's name, a slash, its photographer's (an initial maybe).
  String.raw`${PHOTO} ${SOURCE} ?\/ ?${SOURCE}`,
  // `© Ville de Brest`, `©Ouest-France`.
  String.raw`© ?${SOURCE}`,
  // `Marie Roche / AFP`: a name, a slash and an agency.
  String.raw`(?:\p{Lu}[\p{L}’'-]*[ ]){0,3}\p{Lu}[\p{L}’'-]* ?\/ ?${AGENCY}`,
];

/**
 * The two expressions below, built at their first need: V8 parses a `new RegExp` when it is made,
 * and these two hold some 140 `\p{…}` classes (`creditAtEndExpression`'s 114
 * took about a third of the structure stage's start in a `segment` of the seed, which holds no
 * credit: `mayHoldCredit` turns every line away first).
 */
let creditAtEndPattern: RegExp | undefined;
let textCreditAtEndPattern: RegExp | undefined;

/**
 * The credit at a text's end, after the start, a space or a stop (see the module's comment): one
 * of CREDIT_FORMS, maybe after a slash (`… lundi matin / Photo DR`), or in parentheses (`(Photo
 * AFP)`). An agency alone in parentheses (`(Reuters)`) is not read: a wire story's paragraph ends
 * so as well.
 */
function creditAtEndExpression(): RegExp {
  return (creditAtEndPattern ??= new RegExp(
    String.raw`(?:^|(?<=[\s.!?…»)]))(?:` +
      String.raw`(?:\/ ?)?(?:${CREDIT_FORMS.join('|')})` +
      String.raw`|\((?:${CREDIT_FORMS.join('|')})\)` +
      String.raw`)$`,
    'u',
  ));
}

/**
 * What every credit holds, looked for before the regular expression: `hoto`, `HOTO`, `Ph.`, `PH.`,
 * `©`, `/`, or a closing parenthesis at the end.
 */
export function mayHoldCredit(text: string): boolean {
  return (
    text.includes('/') || text.includes('©') || text.includes('hoto') || text.includes('HOTO') || text.includes('Ph.') || text.includes('PH.') || text.trimEnd().endsWith(')')
  );
}

/**
 * The forms read where a caption is still to be found among a text's lines (photo-credits.ts,
 * the text paths): the first five the corpus was built on (`Photo Jean Dupont`, `Photo : Le
 * Journal`, `Photo d’illustration`, `Photo archives DR`, `© Ville de Brest`, `Marie Roche / AFP`).
 * The others are read where a caption is known (its sentences, a PDF caption's credit line): on
 * the text paths they took some body lines for a caption's end.
 */
function textCreditAtEndExpression(): RegExp {
  return (textCreditAtEndPattern ??= new RegExp(
    String.raw`(?:^|(?<=[\s.!?…»)]))(?:` +
      String.raw`(?:Photos?|PHOTOS?|Crédit photo|Crédits? photos?)(?: ?:)? (?:d[’']illustration|archives(?: ${SOURCE})?|${SOURCE})` +
      String.raw`|© ?${SOURCE}` +
      String.raw`|(?:\p{Lu}[\p{L}’'-]*[ ]){0,3}\p{Lu}[\p{L}’'-]* ?\/ ?${AGENCY}` +
      String.raw`)$`,
    'u',
  ));
}

/** Longest credit read, in characters: the expression is tried on a text's tail only. @default 80 */
const CREDIT_LENGTH = 80;

/** Where the credit ending `text` starts, or -1. */
export function creditAtEnd(text: string, forms: 'all' | 'text' = 'all'): number {
  if (!mayHoldCredit(text)) return -1;
  const trimmed = text.trimEnd();
  // A paragraph's `km/h` or `12/03` lets a long text through the first test: only its last words
  // are read, from a word's start (a regular expression anchored at the end is tried from every position).
  const from = trimmed.length > CREDIT_LENGTH ? trimmed.indexOf(' ', trimmed.length - CREDIT_LENGTH) + 1 : 0;
  const match = (forms === 'all' ? creditAtEndExpression() : textCreditAtEndExpression()).exec(from === 0 ? trimmed : trimmed.slice(from));
  return match === null ? -1 : from + match.index;
}

/** Whether a line (a PDF run's) ends on a picture's credit, with text of the caption before it or on the lines above. */
export function endsOnCredit(text: string): boolean {
  return creditAtEnd(text) >= 0;
}


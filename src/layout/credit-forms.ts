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
 * `archives` (maybe with a source: `archives DR`, `d’archives Vosges Matin`), in capitals or not.
 */
const UNNAMED = String.raw`(?:[dD][’'](?:illustration|ILLUSTRATION)|(?:[dD][’'])?(?:archives|ARCHIVES)(?: ${SOURCE})?)`;
/**
 * A source a desk names by a common noun after `Photo` (`gendarmerie de l’Aveyron`, `archives
 * famille Martin`, `fournie par le comité de jumelage`, `d’archives Vosges Matin`): a word of four
 * small letters or more that is no particle (`Photo de groupe`, `Photo à la main` open a sentence),
 * then up to five words of letters, no punctuation: what follows a credit's label, not a sentence.
 */
const SMALL_SOURCE = String.raw`(?:[dD][’']archives |archives )?(?!(?:avec|dans|pour|sans|sous|vers|chez|selon|contre|entre|depuis|pendant|parmi)\b)\p{Ll}{4,}(?: (?:[dl][’'])?[\p{L}-]+){0,5}`;
/**
 * A source after `Photo :` or `Crédit photo :`, where the colon says a source follows: its first
 * word capitalised, the others maybe not (`Communauté de communes`, `Service communication`).
 */
const SOURCE_AFTER_COLON = String.raw`\p{Lu}[\p{L}’'.&-]*(?: [\p{L}’'.&-]+){0,4}`;

/**
 * The forms of a credit, each one alternative of the expression `creditAtEnd` reads; a newcomer adds a form here.
 * Each reads the whole credit, up to the text's end, and opens on `©` or a capital (`mayOpenCredit`).
 */
const CREDIT_FORMS: readonly string[] = [
  // `Photo Jean Dupont`, `PHOTO JEAN DUPONT`, `Ph. Anne Lemoine`, `Photo d’illustration`, `Photo archives DR`.
  String.raw`${PHOTO} (?:${UNNAMED}|${SOURCE})`,
  // `Photo : Le Journal`, `Crédit photo : Communauté de communes`.
  String.raw`${PHOTO} ?: (?:${UNNAMED}|${SOURCE_AFTER_COLON})`,
  // `PHOTO LE PROGRÈS/M. DURAND`: the paper's name, a slash, its photographer's (an initial maybe).
  String.raw`${PHOTO} ${SOURCE} ?\/ ?${SOURCE}`,
  // `© Ville de Brest`, `©Ouest-France`, `© Comité des fêtes d’Espalion`: the copyright sign, like a
  // label's colon, says a source follows, its first word capitalised, the others maybe not.
  String.raw`© ?(?:${SOURCE}|${SOURCE_AFTER_COLON})`,
  // `Marie Roche / AFP`: a name, a slash and an agency.
  String.raw`(?:\p{Lu}[\p{L}’'-]*[ ]){0,3}\p{Lu}[\p{L}’'-]* ?\/ ?${AGENCY}`,
  // `Photo gendarmerie de l’Aveyron`, `Photo archives famille Martin`, `Photo fournie par le comité`,
  // `Photo d’archives Vosges Matin`: a source named by a common noun, in small letters.
  String.raw`${PHOTO} ${SMALL_SOURCE}`,
];

/**
 * The forms, each anchored at the text's end and tried at one position (sticky), built at their
 * first need: V8 parses a `new RegExp` when it is made, and CREDIT_FORMS hold some 57 `\p{…}`
 * classes (took about a third of the structure stage's start in a `segment` of the seed, which
 * holds no credit: `mayHoldCredit` turns every line away first). One expression read from the
 * positions `creditAtEnd` chooses, rather than one expression holding the forms twice (bare and in
 * parentheses) behind a lookbehind: V8 compiled that one three times over at its first runs
 * (parse, bytecode, machine code), some 50-100 ms of a build's CPU, against about 10 for this.
 */
let formsAtEndPattern: RegExp | undefined;
let textFormsAtEndPattern: RegExp | undefined;

function formsAtEnd(): RegExp {
  return (formsAtEndPattern ??= new RegExp(String.raw`(?:${CREDIT_FORMS.join('|')})$`, 'uy'));
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
function textFormsAtEnd(): RegExp {
  return (textFormsAtEndPattern ??= new RegExp(
    String.raw`(?:` +
      String.raw`(?:Photos?|PHOTOS?|Crédit photo|Crédits? photos?)(?: ?:)? (?:d[’']illustration|archives(?: ${SOURCE})?|${SOURCE})` +
      String.raw`|© ?(?:${SOURCE}|${SOURCE_AFTER_COLON})` +
      String.raw`|(?:\p{Lu}[\p{L}’'-]*[ ]){0,3}\p{Lu}[\p{L}’'-]* ?\/ ?${AGENCY}` +
      String.raw`)$`,
    'uy',
  ));
}

/** Longest credit read, in characters: the expression is tried on a text's tail only. @default 80 */
const CREDIT_LENGTH = 80;

/** What a credit may follow: a space or a stop (a credit may also open the text). */
const BEFORE_CREDIT = /[\s.!?…»)]/;

/**
 * Whether a credit may open at `at`: every form's first character is `©` or a capital
 * (`Photo`, `PHOTO`, `Ph.`, `Crédit`, `CRÉDIT`, a name's or a source's first letter), which is
 * all `readsFrom` needs to know to turn most positions (a small letter, a figure) away before
 * the expression is run there. A newcomer's form opening otherwise must be added here.
 */
function mayOpenCredit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  if (code === 0xa9) return true;
  CAPITAL.lastIndex = at;
  return CAPITAL.test(text);
}

/** A capital at one position (sticky). */
const CAPITAL = /\p{Lu}/uy;

/** Whether `form` (sticky, anchored at the end) reads all of `text` from `at`. */
function readsFrom(form: RegExp, text: string, at: number): boolean {
  if (!mayOpenCredit(text, at)) return false;
  form.lastIndex = at;
  return form.test(text);
}

/**
 * Where the credit ending `text` starts, or -1: the first position, at the start or after a space
 * or a stop, from which one of the forms reads the text to its end (with `all`, maybe after a
 * slash, `… lundi matin / Photo DR`, or in parentheses, `(Photo AFP)`). An agency alone in
 * parentheses (`(Reuters)`) is not read: a wire story's paragraph ends so as well.
 */
export function creditAtEnd(text: string, forms: 'all' | 'text' = 'all'): number {
  if (!mayHoldCredit(text)) return -1;
  const trimmed = text.trimEnd();
  // A paragraph's `km/h` or `12/03` lets a long text through the first test: only its last words
  // are read, from a word's start.
  const from = trimmed.length > CREDIT_LENGTH ? trimmed.indexOf(' ', trimmed.length - CREDIT_LENGTH) + 1 : 0;
  const tail = from === 0 ? trimmed : trimmed.slice(from);
  const form = forms === 'all' ? formsAtEnd() : textFormsAtEnd();
  // In parentheses: the form reads up to the closing one (the text without it, to its end).
  const closed = forms === 'all' && tail.endsWith(')') ? tail.slice(0, -1) : undefined;
  for (let at = 0; at < tail.length; at += 1) {
    // (A position inside a surrogate pair follows no space or stop.)
    if (at > 0 && !BEFORE_CREDIT.test(tail[at - 1]!)) continue;
    if (readsFrom(form, tail, at)) return from + at;
    if (forms === 'text') continue;
    const first = tail.charCodeAt(at);
    if (first === 0x2f /* / */ && (readsFrom(form, tail, at + 1) || (tail.charCodeAt(at + 1) === 0x20 && readsFrom(form, tail, at + 2)))) return from + at;
    if (first === 0x28 /* ( */ && closed !== undefined && readsFrom(form, closed, at + 1)) return from + at;
  }
  return -1;
}

/** Whether a line (a PDF run's) ends on a picture's credit, with text of the caption before it or on the lines above. */
export function endsOnCredit(text: string): boolean {
  return creditAtEnd(text) >= 0;
}

/** A credit's label before a colon: `Photo :`, `Photos :`, `Crédit photo :`, in capitals or not. */
const CREDIT_LABEL = /^(?:photos?|crédits? photos?)\s*:\s*/iu;
/** Most words of a source standing after a credit's label (`Archives Le Phare de l’Ouest`, `Nicolas Hervé / Ouest-Armor`, a slash counted). @default 8 */
const LABELLED_SOURCE_WORDS = 8;
/** A word of a source: capitalised (`Hervé`, `Ouest-Armor`, `L’Écho`, `CHU`), a particle between such words, or the slash parting a name from a paper. */
const LABELLED_SOURCE_WORD = /^(?:\p{Lu}[\p{L}’'.&-]*|de|du|des|la|le|les|et|[dl][’']\p{Lu}[\p{L}’'-]*|\/)$/u;

/**
 * Whether a caption's text is a credit alone under its label (`Photo : Nicolas Hervé / Ouest-Armor`,
 * `Photo : Archives Le Phare de l’Ouest`): the label, then a source of a few words, each
 * capitalised or a particle, closed by no stop. Such a line is the credit of a caption read apart
 * from it, and the label is part of the credit, as the paper prints it (`… les premiers trains.
 * Photo : Nicolas Hervé / Ouest-Armor`); a label before a picture's description (`Photo : Le maire
 * inaugure la salle.`) only names what follows.
 */
export function isLabelledCreditAlone(text: string): boolean {
  const label = CREDIT_LABEL.exec(text);
  if (label === null) return false;
  const source = text.slice(label[0].length).trim();
  if (source.length === 0 || /[.!?…:;,]$/u.test(source)) return false;
  const words = source.split(/\s+/u);
  // The source ends on a name (`Gourvès`, `l’Ouest`), not on a particle or the slash.
  if (words.length > LABELLED_SOURCE_WORDS || !/^(?:[dl][’'])?\p{Lu}/u.test(words[words.length - 1] as string)) return false;
  return words.every((word) => LABELLED_SOURCE_WORD.test(word));
}

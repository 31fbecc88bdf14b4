/** What the layout stage hands to segmentation: blocks with roles, and what it repaired. */
import type { BlockRole, Repair, Warning } from '../types.ts';
export { isAllCapitals } from '../text/all-capitals.ts';

export interface LayoutBlock {
  role: BlockRole;
  /** One line of text: words rejoined, single spaces. */
  text: string;
  startLine: number;
  endLine: number;
}

export interface LayoutResult {
  blocks: LayoutBlock[];
  repairs: Repair[];
  warnings: Warning[];
}

/** A line ends a sentence: `.`, `!`, `?`, `…` or a closing quote, maybe followed by `)` or quotes. */
export function endsSentence(text: string): boolean {
  // The last character decides most lines: a letter, a digit or a comma cannot end a sentence.
  const last = text.charCodeAt(text.length - 1);
  if ((last >= 97 && last <= 122) || (last >= 65 && last <= 90) || (last >= 48 && last <= 57) || last === 44 || last === 45) return false;
  // What /[.!?…»”][)\]»”"'’]*$/u matches, scanned back from the end: a regular expression
  // anchored at the end is tried from every position of the line.
  const trimmed = text.trimEnd();
  let at = trimmed.length - 1;
  for (; at >= 0; at -= 1) {
    const code = trimmed.charCodeAt(at);
    // `»` and `”` end a sentence and may close one: either way, the line ends one.
    if (code === 0xbb || code === 0x201d) return true;
    // `)` `]` `"` `'` `’`
    if (code !== 41 && code !== 93 && code !== 34 && code !== 39 && code !== 0x2019) break;
  }
  if (at < 0) return false;
  const mark = trimmed.charCodeAt(at);
  // `.` `!` `?` `…`
  return mark === 46 || mark === 33 || mark === 63 || mark === 0x2026;
}

/** The line ends on a line-end hyphen (`-` or OCR's `¬`) after a letter: a word waits for its end. */
export function endsWithLineHyphen(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return (last === 45 || last === 0xac) && /\p{L}/u.test(text.charAt(text.length - 2));
}

/** Starts like a title or a sentence: a capital, a digit or an opening quote. */
export function startsLikeSentence(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first >= 97 && first <= 122) return false;
  if ((first >= 65 && first <= 90) || (first >= 48 && first <= 57)) return true;
  // `ß` and the small accented letters (`à` to `ÿ`, and `÷`): neither a capital, a figure nor a quote.
  if (first >= 0xdf && first <= 0xff) return false;
  return STARTS_LIKE_SENTENCE.test(text.trimStart());
}

const STARTS_LIKE_SENTENCE = /^[«“"'(\p{Lu}\p{N}]/u;

/** A dialogue's dash opening a line: `— Vous voyez…`, a speaker's turn. */
export const DIALOGUE_DASH = /^[—–] \S/u;

/** Opens a sentence or a dialogue's turn. */
export function opensSentenceOrTurn(text: string): boolean {
  if (startsLikeSentence(text)) return true;
  // The dash first, on its code (`—` or `–`): most lines that open no sentence open on a small letter.
  const first = text.charCodeAt(0);
  return (first === 0x2014 || first === 0x2013) && DIALOGUE_DASH.test(text);
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}.'’-]*`;
/** A name of two to four words, particles allowed: `Jean Dupont`, `Karim B.`, `Jean de La Fontaine`. */
const NAME = String.raw`${NAME_WORD}(?: (?:de |d['’]|du |van |von )?${NAME_WORD}){1,3}`;
/**
 * A wire desk's initials: `abd-lc/mf`, `cdu/jvh`, `pb/ial`, `ab/mpa/bow`: groups of two to four
 * small letters, the writers' before a slash and each editor's after one more (a dispatch read
 * by two desks carries two), (`et/ou` alone on a line is no signature).
 */
const DESK_INITIALS = String.raw`(?!et\/ou$)[a-z]{2,4}(?:-[a-z]{2,4})*(?:\/[a-z]{2,4}(?:-[a-z]{2,4})*){1,3}`;
/**
 * What introduces the writer: `Par`, an interview's `Entretien réalisé par`, `Propos recueillis
 * par`, the genre of the piece and `de` (`Reportage de`, `Une enquête de`, `Chronique de`), or
 * the text and its pictures signed together (`Texte et photos : Anne Roux`): a credit that names
 * the text's writer signs the article; `Photo : Anne Roux` alone is a picture's credit.
 */
const BYLINE_INTRO = String.raw`(?:Par|(?:Entretien|Interview|Propos|Enquête|Reportage|Dossier)s? (?:réalisée?s?|recueillis|conduite?s?) par|(?:Un |Une )?(?:[Rr]eportage|[Ee]nquête|[Cc]hronique|[Rr]écit|[Aa]nalyse|[Tt]exte) de|(?:Textes?|Reportage) et (?:photos?|illustrations?|dessins?) ?:)`;

/**
 * `De notre envoyé spécial à Pékin, Jean Dupont`, `De notre correspondant à Alger, Karim B.`,
 * `Par Jean Dupont`, `Par Jean Dupont et Karim B.`, `Entretien réalisé par Amina Zerrouki`,
 * `Propos recueillis par notre correspondant à Oran`, and an unsigned piece's `Par la rédaction`
 * (`Par la rédaction de Mortagne`: the local desk signs agendas and briefs so). Initials (`B.`,
 * `J.-P.`) may carry their dot; no other full stop. Built at its first use (`BYLINE`).
 */
export function bylinePattern(): RegExp {
  return (byline ??= new RegExp(
    String.raw`^(?:(?:De|${BYLINE_INTRO}) (?:notre|nos|l['’]un de nos|la(?= rédaction)) (?:envoyée?s? spéciale?s?|correspondante?s?|correspondante?s? permanente?s?|rédaction)\b(?:[^.!?]|(?<!\p{L})\p{Lu}\.)*` +
      String.raw`|${BYLINE_INTRO} ${NAME}(?:(?:, | et )${NAME})*(?:,[^.!?]{1,60})?)$`,
    'u',
  ));
}
let byline: RegExp | undefined;

/**
 * The words a byline can open on (`bylinePattern`'s `De` and `BYLINE_INTRO`'s first words), with
 * no `\p{…}` class: a cheap first test that every byline passes, so that a text none of whose
 * lines opens so (most articles) never builds nor compiles the full pattern, whose twenty
 * property classes cost a few milliseconds of a one-article `segment` to compile at their first
 * and second run.
 */
const BYLINE_OPENING = /^(?:De |Par |Entretien|Interview|Propos|Enquête|Reportage|Dossier|Une? |[Rr]eportage|[Ee]nquête|[Cc]hronique|[Rr]écit|[Aa]nalyse|[Tt]exte)/;

/** A byline (`bylinePattern`): the same answers, the full pattern built and run only past `BYLINE_OPENING`. */
export const BYLINE = {
  test(text: string): boolean {
    return BYLINE_OPENING.test(text) && bylinePattern().test(text);
  },
};

let signature: RegExp | undefined;
/**
 * A signature closing the body, on a line of its own: a byline, a name (`Mourad A.`,
 * `Amina Zerrouki`, `R. N.`), an agency's acronym (`APS`, `(AFP)`), or the word the local press
 * signs a correspondent's unnamed piece with (`Correspondance locale`, `(Correspondance particulière)`),
 * or a wire desk's initials: the writers' and the editor's, in lower case, a slash before the
 * editor's (`abd-lc/mf`, `cdu/jvh`), as agencies close every dispatch. Built at its first use: a
 * text whose last lines are all long never reads it, and its `\p{…}` classes cost ICU look-ups
 * when it is built.
 */
function signaturePattern(): RegExp {
  return (signature ??= new RegExp(
    String.raw`^(?:\(?\p{Lu}{2,6}\)?|${NAME}|\(?Correspondance(?: locale| particulière| régionale)?\)?|${DESK_INITIALS})$`,
    'u',
  ));
}

/** The last line of a body is a signature, not a paragraph. */
export function isSignature(text: string): boolean {
  return text.length <= 40 && (signaturePattern().test(text) || BYLINE.test(text));
}

/** A title or an initial that always comes before a name: `M.`, `MM.`, `Dr`, `J.-P.` at the end of a line. */
const TITLE_AT_END = /(?:^|[\s(«—–-])(?:M|MM|Mme|Mmes|Mlle|Me|Mes|Mgr|Dr|Pr|St|Ste)\.?$|(?:^|[\s(«])\p{Lu}\.-\p{Lu}\.$/u;

/** The line ends on a title or hyphenated initials, so the name is still to come: `selon M.`. */
export function endsWithTitle(text: string): boolean {
  return TITLE_AT_END.test(text.trimEnd());
}

/** A dateline's place in capitals: `PARIS`, `SAINT-AMAND-MONTROND`, `L’ISLE`. */
const DATELINE_PLACE = String.raw`\p{Lu}[\p{Lu}'’ -]*\p{Lu}`;
/** The date a wire agency sets after the place: `, 12 nov 2026`, `, 1er mars 2026`. */
const DATELINE_DATE = String.raw`(?:, \d{1,2}(?:er)? \p{Ll}{3,9}\.? \d{4})?`;
/** The agency in brackets: `(AFP)`, `(Belga)`. */
const DATELINE_AGENCY = String.raw` \([^)]{1,20}\)`;

/**
 * `PARIS —`, `MOSCOU (AFP) –`, `DAKAR, 12 nov 2026 (AFP) -`, at the start of the first
 * paragraph. A wire agency's copy, typed in plain ASCII or Latin-1, has no dash: it closes its
 * dateline with a hyphen-minus between spaces, and always names the agency in brackets, which
 * the hyphen-minus form requires (a kicker `RUGBY - Fédérale 1` has none).
 */
function datelinePattern(): RegExp {
  return (dateline ??= new RegExp(
    `^(${DATELINE_PLACE}${DATELINE_DATE}(?:${DATELINE_AGENCY})?) ?[—–] ?|^(${DATELINE_PLACE}${DATELINE_DATE}${DATELINE_AGENCY}) - ?`,
    'u',
  ));
}
let dateline: RegExp | undefined;

/**
 * What every dateline holds (`datelinePattern`'s dash, or its agency's closing bracket before a
 * hyphen): a cheap first test, so that an article none of whose paragraphs holds one never builds
 * nor compiles the full pattern, whose nine property classes cost about half a millisecond of a
 * one-article `segment` at their first run.
 */
function mayHoldDateline(text: string): boolean {
  return text.includes('—') || text.includes('–') || text.includes(') -');
}

/** `datelinePattern`'s answers, the pattern built and run only past `mayHoldDateline`. */
export const DATELINE = {
  test(text: string): boolean {
    return mayHoldDateline(text) && datelinePattern().test(text);
  },
  exec(text: string): RegExpExecArray | null {
    return mayHoldDateline(text) ? datelinePattern().exec(text) : null;
  },
};

/**
 * A place in capitals closed by a lone hyphen or minus sign (`LURE - Il aura fallu`, `LURE −`):
 * the dateline of a copy typed in ASCII, which has no dash, where it opens the body, followed
 * by the body's first sentence (a capital, a quotation) or by nothing. `DATELINE` wants the
 * agency's name in brackets with a hyphen, for a kicker (`RUGBY - Fédérale 1`) reads the same:
 * this one is read only where the body is known to open, under furniture read apart from it (a
 * PDF's, set apart by its type; a text's, read on top), where no kicker is left.
 */
export const TYPED_DATELINE = /^\p{Lu}[\p{Lu}'’ -]*\p{Lu} [-\u2212](?:$| (?=[\p{Lu}«"—–\u2212-]))/u;

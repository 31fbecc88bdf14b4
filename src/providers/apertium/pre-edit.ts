/**
 * Pre-editing and post-editing around the Apertium engine: rewrites of the French the engine
 * mishandles, applied only to the text sent to it (readers see the French untouched), and a
 * clean-up of what it still leaves broken.
 *
 * The fault fixed here: the fr-es pair does not read a subject pronoun put after its verb
 * (`a-t-il indiqué`, `avait-il reconnu`, `répond-on`, `Faut-il…?`). It glues the Spanish
 * auxiliary to the participle, which the spa-eng pair then cannot read (`a-t-il indiqué` →
 * `haindicado`, `a-t-on appris` → `seha learnt`), or leaves a stray hyphen (`avait-il
 * reconnu` → `had- recognised`, `répond-on` → `-it answers`). With the pronoun put before the
 * verb (`il a indiqué`, `il avait reconnu`, `on répond`), which keeps the meaning, the engine
 * translates it (`it has indicated`, `it had recognised`, `it answers`).
 *
 * Where the pronoun goes depends on what comes before the verb, in the same sentence:
 * - a comma, a closing guillemet or bracket, a dash (an incise: `«…», a-t-il dit`), or an
 *   adverb that makes French invert (`Peut-être a-t-il raison`, `Aussi a-t-il refusé`):
 *   the pronoun and the verb swap (`, il a dit`, `Peut-être il a raison`);
 * - the start of a question (`Avait-elle le choix ?`, `«Faut-il partir ?»`, `Et a-t-il
 *   raison ?`): the same swap makes an intonation question (`Elle avait le choix ?`);
 *   outside questions a sentence-initial inversion is concessive or a wish (`Fût-il
 *   ministre`, `Puisse-t-il réussir`), which a swap would change, so it is left alone;
 * - a question word (`Pourquoi a-t-il refusé ?`, `Que veut-il dire ?`, `Où en est-on ?`):
 *   `est-ce que` is put in (`Pourquoi est-ce qu'il a refusé ?`, `Qu'est-ce qu'il veut dire ?`);
 * - a noun subject, in a question without a question word (`Le gouvernement a-t-il menti ?`)
 *   or after an adverb that makes French invert (`Aussi le ministre a-t-il renoncé`): the
 *   repeated pronoun is dropped (`Le gouvernement a menti ?`, `Aussi le ministre a renoncé`).
 * Anything else (`Toujours est-il que`, `Quel accord a-t-il signé ?`) is left as written.
 * Object pronouns and `ne` before the verb move with it (`n'a-t-il pas caché` → `il n'a pas
 * caché`, `s'est-il félicité` → `il s'est félicité`, `Y a-t-il` → `Il y a`).
 *
 * A second fault: the pair reads the auxiliary `être` of a verb of movement (`elle est arrivée`)
 * as the Spanish `estar`, so the English says `It is arrived`; `avoir` is written in its place
 * (pre-edit-auxiliary.ts). A third: a sentence opening on `À` and a place (`rewriteOpeningA`).
 * A fourth: `il faut` and its tenses, which the pair reads as `hacer falta` (`It does lacking
 * to`), said `il est nécessaire de` (pre-edit-falloir.ts).
 * And words the pair reads as other words (`le car`, a coach, read as `because`; `après-midi` and
 * `soir` mixed up through the Spanish `tarde`: word-fixes.ts). A fifth: the subject pronoun after a
 * fronted phrase and a comma (`Quant à la mairie, elle n'a pas répondu`), which the pivot drops, and
 * `on`, which it reads as nothing (`On peut aussi acheter` → `Can also buy`): the comma goes as `;`,
 * after which spa-eng writes a subject, `on` as `il`, and the post-edit puts the comma back and
 * writes the subject the French says (dropped-subjects.ts). A sixth: `venir de` and an infinitive,
 * which the pair gives as `acabar de`, `finishes to sign`: the English says `has just signed`
 * (post-edit-just.ts, which also sends `vient tout juste de` without its `tout juste`).
 *
 * HTML fragments: only text between tags is edited; tags, entities and the content of
 * `translate="no"` / `class="notranslate"` elements are copied as they are, and no text moves
 * across a tag. Each `<span id>` is one sentence: the context read before and after a verb
 * stops at its boundaries.
 */
import type { TextFormat } from '../types.ts';
import { readNumberEvidence, rewriteNumbers, type NumberEvidence } from './post-edit-numbers.ts';
import { applyTitles, readTitleEvidence, type TitleEvidence } from './post-edit-titles.ts';
import { rewriteEtrePerfect } from './pre-edit-auxiliary.ts';
import { rewriteFalloir } from './pre-edit-falloir.ts';
import { postEditWords, preEditWords } from './word-fixes.ts';
import { rewriteIncises } from './post-edit-incises.ts';
import { rewritePerfects } from './post-edit-tenses.ts';
import { preEditRecentPast, rewriteRecentPast } from './post-edit-just.ts';
import { rewriteSubjects } from './post-edit-subjects.ts';
import { restoreDroppedSubjects, rewriteDroppedSubjects } from './dropped-subjects.ts';
import { decodeEntities, elementEnd, hasClass, isTranslateNo, tokenizeHtml, type HtmlTag } from '../../text/html.ts';

/**
 * Names the rewrites in the engine description, which is part of the cache key: raise it
 * whenever a rewrite changes, so translations cached before are not reused.
 */
export const PRE_EDIT_VERSION = 'pre-edit 20';

/** A piece of a fragment: text that may be edited, or markup copied as it is. */
interface Piece {
  kind: 'text' | 'markup';
  value: string;
  /** Markup that starts or ends a sentence (`<span id>`, its `</span>`, `<br>`). */
  boundary?: boolean;
  /** Markup that stands for words in the sentence (a protected name). */
  wordLike?: boolean;
}

const BLOCK_ELEMENTS = new Set(['br', 'p', 'div', 'li', 'td', 'th', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

/** Text no engine should rewrite: `translate="no"` or `class="notranslate"` (a protected glossary term). */
function isProtected(tag: HtmlTag): boolean {
  return isTranslateNo(tag) || hasClass(tag, 'notranslate');
}

/** Splits an HTML fragment into text and markup; a protected element is one markup piece. */
function splitHtml(html: string): Piece[] {
  const tokens = tokenizeHtml(html);
  const pieces: Piece[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (token.kind !== 'tag') {
      pieces.push({ kind: token.kind === 'text' ? 'text' : 'markup', value: token.raw });
      index += 1;
      continue;
    }
    if (!token.closing && !token.selfClosing && isProtected(token)) {
      const stop = elementEnd(tokens, index);
      const last = tokens[stop - 1]!;
      pieces.push({ kind: 'markup', value: html.slice(token.start, last.start + last.raw.length), wordLike: true });
      index = stop;
      continue;
    }
    const boundary = BLOCK_ELEMENTS.has(token.name) || (token.name === 'span' && (token.closing || token.attributes.has('id')));
    pieces.push({ kind: 'markup', value: token.raw, boundary });
    index += 1;
  }
  return pieces;
}

/** Stands for a protected element (a name) when reading the words around a verb. */
const WORD_PLACEHOLDER = 'Xname';

/** Decoded text of the sentence before piece `index` (exclusive), stopping at a boundary. */
function textBefore(pieces: Piece[], index: number): string {
  let text = '';
  for (let at = index - 1; at >= 0; at--) {
    const piece = pieces[at]!;
    if (piece.kind === 'markup') {
      if (piece.boundary) break;
      if (piece.wordLike) text = ` ${WORD_PLACEHOLDER} ${text}`;
      continue;
    }
    text = decodeEntities(piece.value) + text;
  }
  return text;
}

/** Decoded text of the sentence after piece `index` (exclusive), stopping at a boundary. */
function textAfter(pieces: Piece[], index: number): string {
  let text = '';
  for (let at = index + 1; at < pieces.length; at++) {
    const piece = pieces[at]!;
    if (piece.kind === 'markup') {
      if (piece.boundary) break;
      if (piece.wordLike) text += ` ${WORD_PLACEHOLDER} `;
      continue;
    }
    text += decodeEntities(piece.value);
  }
  return text;
}

const APOSTROPHE = String.raw`(?:'|’|&#39;|&#x27;|&apos;|&rsquo;)`;
/** Either case for the first letter of a word. */
const anyCase = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
const CLITIC_WORDS = ['ne', 'me', 'te', 'se', 'le', 'la', 'les', 'lui', 'leur', 'y', 'en', 'nous', 'vous'];
const CLITIC_CHAIN = `(?:(?:${CLITIC_WORDS.map(anyCase).join('|')})\\s+|[NnMmTtSsLl]${APOSTROPHE})*`;
/**
 * `(clitics)(verb)(-t- or -)(subject pronoun)`: a subject pronoun put after its verb.
 * `nous` and `vous` are left out: after a hyphen they are also the object of an imperative
 * (`Dites-nous`), which a swap would break.
 */
const INVERTED_SUBJECT = new RegExp(
  String.raw`(?<![\p{L}\p{N}\-])(?:([Qq]u)(?:e\s+|${APOSTROPHE}))?(${CLITIC_CHAIN})(\p{L}\p{Ll}*)(-t-|-)(il|elle|ils|elles|on|je|tu)(?![\p{L}\p{N}\-])`,
  'gu',
);

/** Subjunctives whose inversion is a wish or a concession (`Puisse-t-il`, `Dût-il`), never a question. */
const WISH_OR_CONCESSION = new Set(['puisse', 'puissent', 'soit', 'soient', 'fût', 'fussent', 'dût', 'dussent', 'eût', 'eussent']);

/** Adverbs after which French inverts the subject in a statement. */
const INVERTING_ADVERBS = 'peut-être|sans doute|aussi|ainsi|encore|à peine|du moins|au moins|tout au plus|à plus forte raison|en vain|tout juste|rarement|difficilement';
const INVERTING_ADVERB = new RegExp(`(?:^|[^\\p{L}])(?:${INVERTING_ADVERBS})$`, 'iu');
/** A sentence that opens on such an adverb, then a noun subject (`Aussi le ministre a-t-il renoncé`). */
const INVERTING_ADVERB_THEN_SUBJECT = new RegExp(`^[\\s«“"(]*(?:${INVERTING_ADVERBS})\\s+[^,;:«»“”()—–]*\\p{L}$`, 'iu');
/** Conjunctions that leave the next words at the start of a clause (`Et a-t-il raison ?`). */
const CLAUSE_START_WORD = /(?:^|[^\p{L}])(?:et|mais|ou|donc|or|car|puis|alors)$/iu;
/** A question word right before the verb (`Pourquoi a-t-il`, `À quoi sert-il`, `Qu'a-t-il`). */
const QUESTION_WORD = /(?:^|[^\p{L}])(?:pourquoi|comment|où|quand|combien|quoi|qui|lequel|laquelle|lesquels|lesquelles)$/iu;
const QUESTION_QUE = /(?:^|[^\p{L}])qu(?:e|['’])$/iu;
/** Words that make a dropped pronoun ambiguous (`Quel accord a-t-il signé ?`: is `accord` the subject?). */
const QUESTION_PHRASE = /(?:^|[^\p{L}])(?:quel|quels|quelle|quelles|combien|lequel|laquelle|lesquels|lesquelles|qui|que|qu['’]|quoi)(?![\p{L}])/iu;
const SPACES = /[\s\u00a0\u202f\u2009]+$/u;

/** True when the sentence that goes on with `after` ends as a question. */
function endsAsQuestion(after: string): boolean {
  const end = /[!?…]|\.(?![\p{L}\p{N}])/u.exec(after.replace(/\b(?:M|MM|Mme|Mmes|Mlle|Me|Dr|St|Ste)\./g, 'Xx'));
  return end?.[0] === '?';
}

type Placement = 'swap' | 'est-ce-que' | 'que' | 'drop' | 'keep';

/** How to rewrite the inversion, from the sentence before it and after it. */
function placement(before: string, after: string, verb: string): Placement {
  // Only the sentence holding the verb counts (a text segment may hold several).
  const left = before.split(/[.!?…]["»”]?\s+(?=\P{Ll})/u).pop()!.replace(SPACES, '');
  if (WISH_OR_CONCESSION.has(verb.toLowerCase())) return 'keep';
  // An incise: after a comma, a closing guillemet or bracket, a dash.
  if (/[,»”")\]—–]$/u.test(left) || /\s-$/u.test(left)) return 'swap';
  if (INVERTING_ADVERB.test(left)) return 'swap';
  const question = endsAsQuestion(after);
  if (!question && INVERTING_ADVERB_THEN_SUBJECT.test(left) && !QUESTION_PHRASE.test(left)) return 'drop';
  if (left === '' || /[«“(\[:;.!?…]$/u.test(left) || CLAUSE_START_WORD.test(left)) return question ? 'swap' : 'keep';
  if (!question) return 'keep';
  if (QUESTION_QUE.test(left)) return 'que';
  if (QUESTION_WORD.test(left)) return 'est-ce-que';
  if (/\p{L}$/u.test(left) && !QUESTION_PHRASE.test(left)) return 'drop';
  return 'keep';
}

const startsWithVowel = (text: string) => /^[aeiouyàâäéèêëîïôöùûüœæh]/iu.test(text);
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** `que` or `qu'` in front of `next`. */
function que(next: string, apostrophe: string): string {
  return startsWithVowel(next) ? `qu${apostrophe}${next}` : `que ${next}`;
}

/** `pronoun` in front of `rest`, elided when it is `je` before a vowel. */
function subject(pronoun: string, rest: string, apostrophe: string): string {
  return pronoun === 'je' && startsWithVowel(rest) ? `j${apostrophe}${rest}` : `${pronoun} ${rest}`;
}

/** Rewrites the inversions of one text piece, reading the rest of its sentence around it. */
function rewritePiece(text: string, before: string, after: string): string {
  return text.replace(
    INVERTED_SUBJECT,
    (whole: string, qu: string | undefined, clitics: string, verb: string, _joint: string, pronoun: string, offset: number) => {
      const questionQue = qu === undefined ? '' : 'que ';
      const left = before + decodeEntities(text.slice(0, offset)) + questionQue;
      const right = decodeEntities(text.slice(offset + whole.length)) + after;
      const how = placement(left, right, verb);
      // A `que` before the verb is rewritten only as the question word it is (`Que veut-il dire ?`).
      if (how === 'keep' || (how === 'que') !== (qu !== undefined)) return whole;
      const apostrophe = /’|&rsquo;/.test(whole) || /’/.test(left.slice(-4)) ? '’' : "'";
      const verbPhrase = `${clitics}${verb}`;
      if (how === 'drop') return verbPhrase;
      const uppercase = /^\p{Lu}/u.test(whole);
      const clause = subject(pronoun, lowerFirst(verbPhrase), apostrophe);
      if (how === 'swap') return uppercase ? capitalize(clause) : clause;
      const withQuestion = `est-ce ${que(clause, apostrophe)}`;
      // `Que veut-il dire ?` → `Qu'est-ce qu'il veut dire ?`; after another question word `est-ce que` comes in.
      if (how === 'que') return `${qu}${apostrophe}${withQuestion}`;
      return uppercase ? capitalize(withQuestion) : withQuestion;
    },
  );
}

/** A sentence's first word `À` (after an opening quote or bracket), before a space. */
const OPENING_A = /^([\s«“"(]*)À(?=[\s\u00a0])/u;
/** The capitalised word that follows it, a protected name standing as `Xname`. */
const NEXT_CAPITALISED = /^[\s\u00a0]+(\p{Lu}[\p{L}\p{M}]*)/u;
/** Titles before a person's name: `À M. Dupont, …` is addressed to a person, not a place. */
const PERSON_TITLES = new Set(['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Me', 'Dr', 'Pr', 'Mgr', 'Monsieur', 'Madame', 'Mademoiselle', 'Maître']);

/**
 * A sentence that opens on `À` and a capitalised name, set off by a comma (`À Quimper, la pêche
 * reprend`, `À Paris comme à Lyon, on attend`), opens on where it happens: the fr-es pair reads
 * the capital `À` with no verb before it as the Spanish `a` (`to`), so the English said `To
 * Quimper, the fishing restarts`. The French `En` before the name goes through as `En` → `In`
 * (`In Quimper, …`); inside a sentence, after its verb, the engine already reads `à` right.
 */
function rewriteOpeningA(text: string, before: string, after: string): string {
  if (!/^[\s«“"(]*$/u.test(before)) return text;
  const opening = OPENING_A.exec(text);
  if (opening === null) return text;
  const rest = decodeEntities(text.slice(opening[0].length)) + after;
  const next = NEXT_CAPITALISED.exec(rest);
  if (next === null || PERSON_TITLES.has(next[1]!) || !rest.includes(',')) return text;
  return `${opening[1]}En${text.slice(opening[0].length)}`;
}

/**
 * Rewrites the French of one segment for the engine.
 *
 * @example
 * preEdit('«Non», a-t-il dit.', 'text') // '«Non», il a dit.'
 * preEdit('<span id="p1.s1">Avait-elle le choix ?</span>', 'html') // '<span id="p1.s1">Elle avait le choix ?</span>'
 */
export function preEdit(text: string, format: TextFormat): string {
  const pieces: Piece[] = format === 'html' ? splitHtml(text) : [{ kind: 'text', value: text }];
  let changed = false;
  const out = pieces.map((piece, index) => {
    if (piece.kind === 'markup') return piece.value;
    if (!piece.value.includes('-') && !piece.value.includes('À')) {
      const subjects = rewriteDroppedSubjects(piece.value, format === 'html' ? textBefore(pieces, index) : '');
      const edited = preEditRecentPast(preEditWords(rewriteFalloir(rewriteEtrePerfect(subjects))));
      if (edited !== piece.value) changed = true;
      return edited;
    }
    const before = format === 'html' ? textBefore(pieces, index) : '';
    const after = format === 'html' ? textAfter(pieces, index) : '';
    // `À Paris, on attend`: the opening is read before the comma goes as `;` (see dropped-subjects.ts).
    const subjects = rewriteDroppedSubjects(rewriteOpeningA(piece.value, before, after), before);
    const edited = preEditRecentPast(preEditWords(rewriteFalloir(rewriteEtrePerfect(rewritePiece(subjects, before, after)))));
    if (edited !== piece.value) changed = true;
    return edited;
  });
  return changed ? out.join('') : text;
}

/** A hyphen the engine left glued to one word with nothing on its other side: `had- recognised`, `-it answers`. */
const STRAY_HYPHEN = /(?<=\p{L})-(?=[\s,.;:!?»”")\]]|$)|(?<=^|[\s«“"(\[])-(?=\p{L})/gu;
/** A hyphen of the French written against one word only (`pré- et post-électoral`, `-5 %`): the English may rightly keep one. */
const SOURCE_OPEN_HYPHEN = /\p{L}-(?:[\s,;:]|$)|(?:^|\s)-\S/u;

/** `Mme`/`Mmes` come out of the fr-es pair as the Spanish `Sra`/`Sras`, which spa-eng does not know. */
const SPANISH_TITLE = /(?<![\p{L}\p{N}])Sras?(?=[\s\u00a0\u202f])/gu;

/**
 * `And` between two capitalised words: the fr-es pair reads `Benali et Saïdi`, `Lyon et Paris`,
 * when it knows neither name, as one proper noun and capitalises its `y` (`Benali And Saïdi`).
 */
const CAPITALISED_AND = /(?<=[\p{L}\p{M}][ \u00a0]+)And(?=[ \u00a0]+[*#@]*\p{Lu})/gu;

function cleanText(text: string, hyphens: boolean, titles: boolean, names: TitleEvidence | undefined, numbers: NumberEvidence | undefined, and = false): string {
  let out = hyphens ? text.replace(STRAY_HYPHEN, '') : text;
  if (titles) out = out.replace(SPANISH_TITLE, 'Mrs');
  if (and) out = out.replace(CAPITALISED_AND, 'and');
  out = applyTitles(out, names);
  return rewriteNumbers(out, numbers);
}

/**
 * The source's text read from one pass over its markup: as `htmlToText` gives it (tags
 * removed), and with a space for each tag (`htmlToText(source, ' ')`), each text decoded once.
 */
function sourceTexts(source: string): { french: string; spaced: string } {
  let french = '';
  let spaced = '';
  for (const token of tokenizeHtml(source)) {
    if (token.kind !== 'text') {
      spaced += ' ';
      continue;
    }
    const text = decodeEntities(token.raw);
    french += text;
    spaced += text;
  }
  return { french, spaced };
}

/**
 * Cleans what the engine leaves broken, in text between tags only:
 * - drops a hyphen glued to one word with a space or punctuation on its other side (`had-
 *   recognised` → `had recognised`, `it says-.` → `it says.`, `-it answers` → `it answers`),
 *   unless the French itself has such a hyphen; hyphens between two words (`vice-president`)
 *   and next to a protected name are kept;
 * - writes `Mrs` for the Spanish `Sra`/`Sras` the pivot leaves for `Mme`/`Mmes`, when the
 *   French has `Mme` and no `Sra`;
 * - writes the engine's present perfect for the French passé composé in the simple past, as
 *   English reports a finished event (`has hailed` → `hailed`, `have been evacuated` → `were
 *   evacuated`; post-edit-tenses.ts);
 * - writes the speaker's incise after a quotation the English way (`«…», it has declared` →
 *   `«…», he declared`, `«…», trusts` → `«…», she confides`), from the French's pronoun and verb
 *   (post-edit-incises.ts);
 * - puts back the comma sent as `;` before a subject pronoun and writes the subject the French
 *   says (`As for the city council, it has not answered`, `From Monday, they refuse`), and `people`
 *   or, in a quotation, `we` for `on` (`People can also buy`; dropped-subjects.ts);
 * - writes the recent past for the pivot's `finish to` where the French has `venir de` (`It finishes
 *   to sign` → `It has just signed`; post-edit-just.ts);
 * - writes `He`/`She` for the `It` the pivot gives a French `Il`/`Elle` whose verb takes a person
 *   (`Elle espère` → `It expects` → `She hopes`), and `according to him` for `selon lui`
 *   (post-edit-subjects.ts; `hope` itself, `their`, `morning`, `months` and the place names are
 *   word-fixes.ts's);
 * - writes `and` for the `And` the pivot capitalises between two names it does not know
 *   (`Benali And Saïdi`), when the French has `et`;
 * - writes the English title before a name the French gives a title (`M. Martin` → `Mr Martin`,
 *   `MM.` → `Messrs`, `Mlle` → `Miss`, `le Dr Petit` → `Dr Petit`, `Me` → `Maître`; see
 *   post-edit-titles.ts);
 * - writes the numbers the engine copied in French typography the English way when the
 *   French has them so (`2 500` → `2,500`, `48,70` → `48.70`, `40 %` → `40%`, `14h30` →
 *   `14:30`, `XXe siècle` → `20th century`; see post-edit-numbers.ts).
 *
 * @example
 * postEdit('“We advance”, had- declared.', '«Nous avançons», avait-il déclaré.', 'text') // '“We advance”, had declared.'
 */
export function postEdit(translation: string, source: string, format: TextFormat): string {
  const { french, spaced } = format === 'html' ? sourceTexts(source) : { french: source, spaced: source };
  const hyphens = translation.includes('-') && !SOURCE_OPEN_HYPHEN.test(french);
  const titles = /Sra/.test(translation) && /(?<!\p{L})Mmes?(?!\p{L})/u.test(french) && !/(?<!\p{L})Sras?(?!\p{L})/u.test(french);
  // A tag stands for a space there: a number glued to a tag must not read as glued to the word before it.
  const numbers = readNumberEvidence(spaced);
  const names = readTitleEvidence(french);
  const and = translation.includes(' And ') && /(?<!\p{L})et(?!\p{L})/u.test(french);
  const subjects = restoreDroppedSubjects(translation, source);
  const worded = rewriteSubjects(rewriteRecentPast(rewritePerfects(rewriteIncises(postEditWords(subjects, french), french), french), french), source);
  if (!hyphens && !titles && !numbers && !names && !and) return worded;
  if (format === 'text') return cleanText(worded, hyphens, titles, names, numbers, and);
  // Next to markup that is not a sentence boundary (a protected name), a hyphen may join the two: kept.
  const pieces = splitHtml(worded);
  const side = (piece: Piece | undefined) => (piece === undefined || piece.boundary ? ' ' : 'x');
  return pieces
    .map((piece, index) => {
      if (piece.kind === 'markup') return piece.value;
      const padded = side(pieces[index - 1]) + piece.value + side(pieces[index + 1]);
      // Numbers are read on the piece itself: the padding letter would glue to a digit.
      return rewriteNumbers(cleanText(padded, hyphens, titles, names, undefined, and).slice(1, -1), numbers);
    })
    .join('');
}

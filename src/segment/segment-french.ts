/**
 * French sentence segmentation for cleaned newspaper paragraphs.
 *
 * Rule-based and linear: one pass finds every run of sentence-final marks (`.`, `!`, `?`,
 * `…`), then a handful of constant-time checks on the word before and the word after decide
 * whether that run ends a sentence. The rules follow how a French reader reads a newspaper:
 * titles (`M.`, `Mme`), initials (`J.-P. Sartre`), dotted acronyms (`O.N.U.`), reference
 * abbreviations (`p. 12`, `art. 3`), numbers (`3,5`, `12.30`), URLs and e-mail addresses do
 * not end a sentence; a quotation keeps its attribution (`«…?», s'interroge Mme Y.`,
 * `«… !» a-t-il lancé.`); a closing parenthesis or guillemet after a full stop belongs to the
 * sentence it closes; a copyright sign after a stop opens a picture's credit, a sentence of its own.
 *
 * Contract: the input is one cleaned paragraph (one line, single spaces). The output is its
 * sentences, trimmed, non-empty and in order, and `sentences.join(' ') === paragraph`.
 * The one exception is a sentence boundary with no space at all (`Peskov.«La`, which the
 * layout stage normally repairs first): the sentences are still split there, so joining them
 * with a space inserts the missing space. `segmentFrenchSpans` gives exact offsets.
 */

/** Where one sentence lies in its paragraph: `paragraph.slice(start, end)`. */
export interface SentenceSpan {
  /** Offset of the sentence's first character. */
  start: number;
  /** Offset just after the sentence's last character. */
  end: number;
}

/** Runs of sentence-final marks. `..`, `...` and `…` are ellipses. */
const FINAL_MARKS = /[.!?…]+/g;
const UPPERCASE = /^\p{Lu}$/u;
const LOWERCASE = /^\p{Ll}$/u;
const LETTER = /^[\p{L}°]$/u;
/** A roman numeral (`chap. IV`) or a code letter with its dot (`art. L. 123`). */
const ROMAN_NUMERAL_OR_LETTER = /^(?:[IVXLCDM]+(?=$|[\s.,;:)\-])|\p{Lu}\.)/u;

/** Characters that close what the sentence opened; they stay with the sentence. */
const CLOSERS = new Set(['»', '”', '"', ')', ']', '’', "'"]);
/** Closers French typography separates by a space (`« Oui ! »`). */
const SPACED_CLOSERS = new Set(['»', '”']);
/** Thin and non-breaking spaces, which cleaned text keeps before `»`. */
const INNER_SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009']);
/** Characters that may open the next sentence before its first letter. */
const OPENERS = new Set(['«', '“', '"', '‘', '(', '[', '—', '–', '-', ' ', '\u00a0', '\u202f']);
/** Openers that start a new quoted sentence or a dialogue line (`… dit. «Nous…`, `— Oui`). */
const QUOTES_AND_DASHES = new Set(['«', '“', '"', '‘', '—', '–']);

/** Titles before a name: never the end of a sentence (`M. Poutine`, `Mgr Lustiger`). Case-sensitive. */
const TITLES = new Set([
  'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Dr', 'Drs', 'Pr', 'Me', 'Mes', 'Mgr', 'St', 'Ste',
  'Sts', 'Stes', 'Sr', 'Jr', 'Cie', 'Gal', 'Gén', 'Cdt', 'Col', 'Lt', 'Cne', 'Adj', 'Sgt',
]);

/** Abbreviations that may stand before a capitalised word (`cf. Sartre`, `av. Foch`, `éd. Gallimard`). Lowercase. */
const ABBREVIATIONS_BEFORE_NAMES = new Set([
  'cf', 'av', 'apr', 'boul', 'bd', 'éd', 'coll', 'ex', 'env', 'réf', 'gén', 'cdt', 'lt', 'vs', 'op',
  'dir', 'trad', 'mgr', 'st', 'ste', 'v', 'c', 'sq', 'sqq', 'resp', 'dép', 'cne',
]);

/**
 * Abbreviations before a number, a roman numeral or a single capital letter (`p. 12`,
 * `chap. IV`, `art. L. 123`). Some are also words (`l'art. Le…`), so a capitalised word after
 * them still ends the sentence. Lowercase.
 */
const ABBREVIATIONS_BEFORE_NUMBERS = new Set([
  'p', 'pp', 'vol', 'vols', 'chap', 'fig', 'figs', 'art', 'arts', 'no', 'nos', 'n°', 'ex', 'éd', 'coll',
  't', 'tél', 'env', 'al', 'hab', 'km', 'min', 's', 'ss', 'sect', 'tab', 'éq', 'liv', 'fasc', 'suppl',
  'cf', 'av', 'apr', 'boul', 'bd', 'réf', 'ch', 'v', 'c', 'ca', 'nr', 'num',
]);

/**
 * Words that open a French sentence and are hardly ever a surname: after a single capital
 * (`plan B. Il…`, `O.N.U. Les…`, `a raconté Karim B. Personne…`) they show that the capital
 * ended the sentence. `Le`, `La` and `De` are left out on purpose (`J.-M. Le Pen`).
 */
const SENTENCE_OPENERS = new Set([
  'Il', 'Elle', 'Ils', 'Elles', 'Les', 'Des', 'Un', 'Une', 'Mais', 'Et', 'Ce', 'Cette', 'Ces', 'Cet',
  'Cela', 'Ça', 'Ceci', 'Celui', 'Celle', 'Ceux', 'Nous', 'Vous', 'On', 'Je', 'Tu', 'Son', 'Sa', 'Ses',
  'Leur', 'Leurs', 'Mon', 'Ma', 'Mes', 'Notre', 'Nos', 'Votre', 'Vos', 'Personne', 'Rien', 'Tout',
  'Tous', 'Toutes', 'Aucun', 'Aucune', 'Plusieurs', 'Certains', 'Chaque', 'Selon', 'Pour', 'Dans',
  'En', 'Au', 'Aux', 'Après', 'Avant', 'Depuis', 'Lors', 'Alors', 'Pourtant', 'Cependant', 'Ainsi',
  'Enfin', 'Puis', 'Ensuite', 'Si', 'Quand', 'Lorsque', 'Comme', 'Par', 'Sur', 'Avec', 'Sans', 'Entre',
  'Parmi', 'Malgré', 'Outre', 'Quant', 'Face', 'Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi',
  'Samedi', 'Dimanche', 'Hier', 'Aujourd', 'Demain', 'Néanmoins', 'Toutefois', 'Or', 'Donc', 'Certes',
]);

/**
 * Given names abbreviated by their first two or three letters (`Th. G.` signs Thierry G.,
 * `J.-Ph. Martin`, `Ch. de Gaulle`): like a single initial, they end a sentence only before a
 * word that opens sentences. Case-sensitive.
 */
const GIVEN_NAME_ABBREVIATIONS = new Set(['Ch', 'Chr', 'Ph', 'Th']);

/** Elided openers, which count only before an apostrophe (`L'enquête`, `C'est`, `Qu'il`). */
const ELIDED_SENTENCE_OPENERS = new Set(['L', 'D', 'C', 'Qu', 'J', 'S', 'N']);

function isUppercase(character: string | undefined): boolean {
  if (character === undefined) return false;
  const code = character.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPERCASE.test(character);
}

function isLowercase(character: string | undefined): boolean {
  if (character === undefined) return false;
  const code = character.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return LOWERCASE.test(character);
}

function isDigit(character: string | undefined): boolean {
  if (character === undefined) return false;
  const code = character.charCodeAt(0);
  return code >= 48 && code <= 57;
}

function isLetter(character: string | undefined): boolean {
  if (character === undefined) return false;
  const code = character.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(character);
}

/** Offset of the first character of the run of letters ending just before `end`. */
function wordStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && isLetter(text[start - 1])) start -= 1;
  return start;
}

/** Longest token looked at before a mark; longer runs without a space are addresses or noise. */
const LONGEST_TOKEN = 64;

/**
 * Offset of the first character of the space-delimited token ending just before `end`, or -1
 * when the token is longer than `LONGEST_TOKEN` (the bound keeps the whole scan linear).
 */
function tokenStartBefore(text: string, end: number): number {
  const limit = Math.max(0, end - LONGEST_TOKEN);
  let start = end;
  while (start > limit && text[start - 1] !== ' ') start -= 1;
  return start === limit && limit > 0 && text[start - 1] !== ' ' ? -1 : start;
}

/** The word that follows `position`, up to its first non-letter (`C'est` gives `C`). */
function wordAt(text: string, position: number): string {
  let end = position;
  while (end < text.length && isLetter(text[end])) end += 1;
  return text.slice(position, end);
}

/** Whether a token is part of a URL or an e-mail address. */
function looksLikeAddress(token: string): boolean {
  return token.includes('/') || token.includes('@') || token.startsWith('www') || token.includes('://');
}

/** Top-level domains that are not also French words, so `Lemonde.Fr` is not split. Lowercase. */
const TOP_LEVEL_DOMAINS = new Set(['fr', 'com', 'org', 'net', 'info', 'io', 'eu', 'gouv', 'int', 'edu']);

/** Whether the token starting at `position` goes on like a domain or a path (`Site.Com`, `Fr/Page`). */
function nextTokenLooksLikeAddress(text: string, position: number): boolean {
  if (TOP_LEVEL_DOMAINS.has(wordAt(text, position).toLowerCase())) return true;
  const limit = Math.min(text.length, position + LONGEST_TOKEN);
  for (let index = position; index < limit; index += 1) {
    const character = text[index];
    if (character === ' ') return false;
    if (character === '/' || character === '@') return true;
    if (character === '.' && isLetter(text[index + 1])) return true;
  }
  return false;
}

/**
 * Decides whether one full stop at `markStart` ends a sentence. `nextStart` is where the next
 * sentence would begin (after the space), `nextWordStart` its first character past any
 * opening guillemet, parenthesis or dash.
 */
function fullStopEnds(
  paragraph: string,
  markStart: number,
  nextStart: number,
  nextWordStart: number,
  hadClosers: boolean,
): boolean {
  const first = paragraph[nextWordStart];
  if (isLowercase(first)) return false;
  const firstIsUpper = isUppercase(first);
  const firstIsDigit = isDigit(first);
  const startsWithQuoteOrDash = QUOTES_AND_DASHES.has(paragraph[nextStart] ?? '');
  if (!firstIsUpper && !firstIsDigit && !startsWithQuoteOrDash) return false;
  if (hadClosers) return true;

  const wordStart = wordStartBefore(paragraph, markStart);
  const word = paragraph.slice(wordStart, markStart);

  if (word.length === 0) {
    // A number (`en 2015. Le…`) ends a sentence, except a list number opening the paragraph (`1. Le…`).
    if (!isDigit(paragraph[markStart - 1])) return true;
    let digitsStart = markStart;
    while (digitsStart > 0 && isDigit(paragraph[digitsStart - 1])) digitsStart -= 1;
    if (digitsStart === 0 && markStart - digitsStart <= 3) return false;
    return !isInlineListNumber(paragraph, digitsStart, markStart);
  }

  // A title stands before a name as a word of its own; the last part of a hyphenated name
  // (`Saint-Romain-en-Gal.`) is no title but the name's end, and ends a sentence.
  if (TITLES.has(word) && !endsCompound(paragraph, wordStart)) return false;
  // Abbreviations are looked up in lowercase, but an acronym in capitals is not one (`la BD. Le…`).
  const lower = word.length > 1 && isAllUppercase(word) ? '' : word.toLowerCase();
  if (lower === 'etc') return firstIsUpper || startsWithQuoteOrDash;

  const next = paragraph.slice(nextWordStart, nextWordStart + 8);
  if (ABBREVIATIONS_BEFORE_NUMBERS.has(lower) && (firstIsDigit || ROMAN_NUMERAL_OR_LETTER.test(next))) {
    return false;
  }
  if (firstIsUpper && ABBREVIATIONS_BEFORE_NAMES.has(lower) && wordIsWholeToken(paragraph, wordStart)) {
    return false;
  }

  // `J.-C.` (Jésus-Christ) is a name that ends sentences: `en 52 av. J.-C. Le…`.
  if (word === 'C' && paragraph.slice(wordStart - 3, wordStart) === 'J.-') return true;

  // A single capital is an initial (`J. Chirac`, `J.-P. Sartre`) or the end of a dotted acronym
  // (`O.N.U.`); so is a run of capitals after a dot (`LL.AA.II.RR.`). Only a word that opens
  // sentences and is hardly ever a name shows the sentence ended there.
  const isInitial = (word.length === 1 && isUppercase(word)) || GIVEN_NAME_ABBREVIATIONS.has(word);
  const isDottedAcronym = paragraph[wordStart - 1] === '.' && isAllUppercase(word);
  if (isInitial || isDottedAcronym) {
    if (startsWithQuoteOrDash) return true;
    if (!firstIsUpper) return false;
    const nextWord = wordAt(paragraph, nextWordStart);
    if (SENTENCE_OPENERS.has(nextWord)) return true;
    const apostrophe = paragraph[nextWordStart + nextWord.length];
    return (apostrophe === "'" || apostrophe === '’') && ELIDED_SENTENCE_OPENERS.has(nextWord);
  }
  return true;
}

/**
 * Whether the number at `start`..`end`, before a full stop, labels an item of a list run inline
 * (`Seniors : 1. AS Montluçon, 2. Vichy, 3. Moulins AC.`, a results line, an agenda): it follows
 * the colon, comma or semicolon that opens or separates the items, and the list's next label
 * follows it (`1.` … `2.`) or its previous one comes before it (`2.` … `3.`). A count ending a
 * sentence (`il en a eu 3. Puis…`) has neither the separator nor the neighbouring label. A
 * ranking may give its winner alone: `1.` after a colon, then a name, labels it too.
 */
function isInlineListNumber(paragraph: string, start: number, end: number): boolean {
  if (end - start > 2) return false;
  let before = start;
  while (before > 0 && INNER_SPACES.has(paragraph[before - 1] ?? '')) before -= 1;
  if (before === start || !':,;'.includes(paragraph[before - 1] ?? '')) return false;
  const number = Number(paragraph.slice(start, end));
  const label = (n: number) => new RegExp(`(?:^|[\\s:,;])${n}\\.\\s`, 'u');
  if (label(number + 1).test(paragraph.slice(end)) || (number > 1 && label(number - 1).test(paragraph.slice(0, start)))) return true;
  // A ranking with one place alone (`Moins de 60 kg : 1. Yanis Belkacem.`, `Moins de 73 kg : 2.
  // Théo Chassaing.`): the label after a colon, then a name, not a word that opens sentences
  // (`Le score : 1. Puis…` is a count). The winner's `1.` needs no more; a later place needs the
  // name to be one: capitalised words up to its comma, parenthesis or full stop (`Le bilan : 3.
  // Pierre a marqué…` is a count, then a sentence).
  if (paragraph[before - 1] !== ':') return false;
  let next = end + 1;
  while (INNER_SPACES.has(paragraph[next] ?? '')) next += 1;
  if (SENTENCE_OPENERS.has(wordAt(paragraph, next))) return false;
  return number === 1 || isNameBefore(paragraph, next);
}

/** Lower-case particles inside a name (`Jean de La Fontaine`, `Ludwig van Beethoven`). */
const NAME_PARTICLES = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'dos', 'ben', 'el']);

/** Longest name looked at, in characters, so that the scan stays bounded. */
const LONGEST_NAME = 60;

/**
 * Whether the words from `start` to the first `.`, `,`, `;` or `(` are a name: each opens on a
 * capital or is a particle, and the first opens on a capital.
 */
function isNameBefore(paragraph: string, start: number): boolean {
  if (!isUppercase(paragraph[start])) return false;
  const limit = Math.min(paragraph.length, start + LONGEST_NAME);
  let wordStart = start;
  for (let index = start; index <= limit; index += 1) {
    const character = paragraph[index];
    const atEnd = index === paragraph.length || character === '.' || character === ',' || character === ';' || character === '(';
    if (atEnd || character === ' ' || INNER_SPACES.has(character ?? '')) {
      if (index > wordStart) {
        const first = paragraph[wordStart];
        if (!isUppercase(first)) {
          const word = wordAt(paragraph, wordStart);
          if (!NAME_PARTICLES.has(word)) return false;
        }
      }
      if (atEnd) return true;
      wordStart = index + 1;
    }
  }
  return false;
}

/** Whether the word at `wordStart` ends a hyphenated compound: a hyphen before it, after a letter (`en-Gal`, not `J.-M`). */
function endsCompound(paragraph: string, wordStart: number): boolean {
  return paragraph[wordStart - 1] === '-' && isLetter(paragraph[wordStart - 2]);
}

function wordIsWholeToken(paragraph: string, wordStart: number): boolean {
  const before = paragraph[wordStart - 1];
  return before === undefined || before === ' ' || before === '(' || before === '«' || before === '"' || before === '[';
}

function isAllUppercase(word: string): boolean {
  for (const character of word) if (!isUppercase(character)) return false;
  return true;
}

/**
 * Whether the marks starting at `markStart`, followed directly (no space) by
 * `paragraph[position]` end a sentence (`Peskov.«La`, `dit.»Il`). Never inside a number, a
 * URL, an e-mail address, an acronym or after an abbreviation.
 */
function endsWithoutSpace(
  paragraph: string,
  marks: string,
  markStart: number,
  position: number,
  hadClosers: boolean,
): boolean {
  const next = paragraph[position];
  const opensQuote = next === '«' || next === '“';
  const opensWord = isUppercase(next) && isLowercase(paragraph[position + 1]);
  if (!opensQuote && !opensWord) return false;
  const tokenStart = tokenStartBefore(paragraph, markStart);
  if (tokenStart < 0) return false;
  const token = paragraph.slice(tokenStart, markStart);
  if (looksLikeAddress(token) || nextTokenLooksLikeAddress(paragraph, position)) return false;
  if (hadClosers) return true;
  const last = paragraph[markStart - 1];
  if (marks.includes('?') || marks.includes('!')) return isLetter(last) || isDigit(last);
  if (marks !== '.') return isLetter(last);
  // One full stop: the word before must be a plain word or number of two characters or more.
  const bare = token.replace(/^[«“"‘(\[—–-]+/u, '');
  if (bare.length < 2 || bare.includes('.')) return false;
  if (!isLowercase(last) && !isDigit(last)) return false;
  const word = paragraph.slice(wordStartBefore(paragraph, markStart), markStart);
  const lower = word.toLowerCase();
  if (TITLES.has(word) || ABBREVIATIONS_BEFORE_NAMES.has(lower) || ABBREVIATIONS_BEFORE_NUMBERS.has(lower)) {
    return false;
  }
  return true;
}

/** A quotation (`«` … `»`) the sentence goes on after, and how many final marks it holds. */
interface ContinuedQuotation {
  open: number;
  close: number;
  marks: number;
  /** Whether it holds a full stop or an ellipsis, which end its sentences as anywhere else. */
  hasStop: boolean;
}

/**
 * The quotations a sentence goes on after: `« … »` followed by a comma, a semicolon or a
 * lower-case word (an incise, `» a-t-elle confié`, or the rest of a title's sentence, `»,
 * musée Lugdunum.`). Returns each with its offsets and the count of final marks inside, in
 * order; a quotation left open (it goes on in the next paragraph) or followed by a new sentence
 * gives nothing. Two rules read them:
 * - a single full stop after the quotation's first word alone, its only mark, is the stop of a
 *   title (`« Paris. Capitale du XIXe siècle », de Benjamin`), not a sentence end; quoted
 *   speech keeps its full stops as sentence ends (`« Avant, on donnait à volonté. Maintenant,
 *   je compte », dit-il.` is two, as the corpus's hand-marked sentences have it);
 * - a `?` or `!` inside one that holds no full stop or ellipsis, not the last mark before `»`,
 *   is the speaker's question or exclamation inside one quoted sentence (`« Le secret ? Ne
 *   jamais se coucher fâchée ! » a-t-elle confié.`): the incise after the quotation attaches
 *   to all of it. Once the quotation holds a full stop it holds several sentences, and each of
 *   its marks ends one (`«On nous a répondu d'attendre. Attendre quoi? Qu'il nous tombe sur la
 *   tête?» s'emporte Samir`).
 */
function quotationsContinued(paragraph: string): ContinuedQuotation[] {
  const ranges: ContinuedQuotation[] = [];
  let open = -1;
  let marks = 0;
  let hasStop = false;
  let inMarks = false;
  for (let index = paragraph.indexOf('«'); index >= 0 && index < paragraph.length; index += 1) {
    const character = paragraph[index];
    if (character === '«') {
      open = index;
      marks = 0;
      hasStop = false;
      inMarks = false;
    } else if (character === '.' || character === '!' || character === '?' || character === '…') {
      // A run of marks (`?!`, `...`) counts once.
      if (!inMarks) marks += 1;
      if (character === '.' || character === '…') hasStop = true;
      inMarks = true;
      continue;
    } else if (character === '»' && open >= 0) {
      let next = index + 1;
      while (next < paragraph.length && (paragraph[next] === ' ' || INNER_SPACES.has(paragraph[next] ?? ''))) next += 1;
      const after = paragraph[next];
      if (after === ',' || after === ';' || isLowercase(after)) ranges.push({ open, close: index, marks, hasStop });
      open = -1;
    }
    inMarks = false;
  }
  return ranges;
}

/** Whether `paragraph.slice(from, to)` is one word, spaces around it aside. */
function isQuotationsFirstWord(paragraph: string, from: number, to: number): boolean {
  let start = from;
  while (start < to && INNER_SPACES.has(paragraph[start] ?? '')) start += 1;
  if (start === to) return false;
  for (let index = start; index < to; index += 1) if (INNER_SPACES.has(paragraph[index] ?? '')) return false;
  return true;
}

/**
 * Splits one cleaned French paragraph into sentences and returns where each one lies.
 *
 * @example
 * segmentFrenchSpans('Il pleut. «Sortons», dit-il.') // [{ start: 0, end: 9 }, { start: 10, end: 28 }]
 */
export function segmentFrenchSpans(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const length = paragraph.length;
  let sentenceStart = 0;
  const quotations = paragraph.includes('«') ? quotationsContinued(paragraph) : [];
  let quotation = 0;
  FINAL_MARKS.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = FINAL_MARKS.exec(paragraph)) !== null) {
    const marks = match[0];
    const markStart = match.index;
    let position = markStart + marks.length;
    while (quotation < quotations.length && quotations[quotation]!.close < markStart) quotation += 1;
    const inside = quotation < quotations.length && quotations[quotation]!.open < markStart ? quotations[quotation]! : undefined;
    if (
      marks === '.' &&
      inside !== undefined &&
      inside.marks === 1 &&
      isQuotationsFirstWord(paragraph, inside.open + 1, markStart)
    ) {
      continue;
    }

    // Closing guillemets, quotes, parentheses and brackets belong to the sentence they close.
    for (;;) {
      const character = paragraph[position];
      if (character !== undefined && CLOSERS.has(character)) {
        position += 1;
      } else if (
        character !== undefined &&
        INNER_SPACES.has(character) &&
        SPACED_CLOSERS.has(paragraph[position + 1] ?? '')
      ) {
        position += 2;
      } else {
        break;
      }
    }
    if (position >= length) break;
    // A `?` or `!` inside a quotation an incise follows, short of its `»`, ends no sentence.
    if (inside !== undefined && !inside.hasStop && position <= inside.close) continue;
    const hadClosers = position > markStart + marks.length;
    const after = paragraph[position];

    let ends: boolean;
    let nextStart: number;
    if (after === ' ') {
      nextStart = position + 1;
      let nextWordStart = nextStart;
      const openersLimit = Math.min(length, nextStart + 4);
      while (nextWordStart < openersLimit && OPENERS.has(paragraph[nextWordStart] ?? '')) nextWordStart += 1;
      const first = paragraph[nextWordStart];
      if (paragraph[nextStart] === '©') {
        // A copyright sign after the marks opens a picture's credit, a sentence of its own
        // (`… les stands les plus fréquentés. © Comité des fêtes d’Espalion`): no sentence goes on
        // with `©`, and the credit need not be one credit-forms.ts reads.
        ends = true;
      } else if (marks.includes('?') || marks.includes('!')) {
        // `?`, `!`, `?!`, `!!` end a sentence unless a lowercase word continues it (`» a-t-il lancé`).
        ends =
          !isLowercase(first) &&
          (isUppercase(first) || isDigit(first) || QUOTES_AND_DASHES.has(paragraph[nextStart] ?? ''));
      } else if (marks !== '.') {
        // An ellipsis ends a sentence before a capital, but not the `(…)` of a cut quotation.
        const before = paragraph[markStart - 1];
        ends = isUppercase(first) && before !== '(' && before !== '[';
      } else {
        ends = fullStopEnds(paragraph, markStart, nextStart, nextWordStart, hadClosers);
      }
    } else {
      nextStart = position;
      ends = endsWithoutSpace(paragraph, marks, markStart, position, hadClosers);
    }

    if (ends) {
      pushSpan(spans, paragraph, sentenceStart, position);
      sentenceStart = nextStart;
      FINAL_MARKS.lastIndex = Math.max(FINAL_MARKS.lastIndex, nextStart);
    }
  }
  pushSpan(spans, paragraph, sentenceStart, length);
  return spans;
}

function pushSpan(spans: SentenceSpan[], paragraph: string, start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && paragraph.charCodeAt(from) === 32) from += 1;
  while (to > from && paragraph.charCodeAt(to - 1) === 32) to -= 1;
  if (to > from) spans.push({ start: from, end: to });
}

/**
 * Splits one cleaned French paragraph (one line, single spaces) into its sentences, trimmed,
 * non-empty and in order; `segmentFrench(p).join(' ') === p`. Empty input gives `[]`.
 *
 * @example
 * segmentFrench('M. Poutine est arrivé. «Rien n\'est fait», a-t-il dit.')
 * // ['M. Poutine est arrivé.', '«Rien n\'est fait», a-t-il dit.']
 */
export function segmentFrench(paragraph: string): string[] {
  return segmentFrenchSpans(paragraph).map((span) => paragraph.slice(span.start, span.end));
}

/**
 * Words OCR misreads that the sentence itself corrects, each change a recorded repair with its
 * evidence. Only one for now, the most frequent in the corpus's real OCR (Tesseract's French
 * model, clean and degraded scans: about one paragraph in ten): the verb `a` (avoir) read as
 * the preposition `à`. French grammar tells them apart where `à` cannot stand:
 * - before a past participle (`il à annoncé`, `à été`, `à reconnu`): a participle ending in `é`
 *   whose verb in `-er` the lexicon knows, in `i` (`-ir`) or `u` (`-re`) likewise, or one of
 *   the irregular participles of `PARTICIPLES`; never after `tout` (`tout à fait`) nor before
 *   the nouns `à côté`, `à moitié` that look like participles, nor before a capitalised word,
 *   a name whose ending looks like one (`à Vitré`, `à Valmy`);
 * - after a subject pronoun that `à` never follows (`il à`, `qu’on à`, `il y à`, `il n’y à`; not `elle`,
 *   which `à` may follow: `pour elle à Paris`).
 * Anything else is left as read: `à` before a noun or an infinitive is the preposition.
 */
import type { Repair } from '../types.ts';
import type { FrenchLexicon } from './french-lexicon.ts';
import type { PageLine } from './page-line.ts';
import { isWhitespace, withoutTrailingMarks } from '../text/letters.ts';

/** Irregular past participles conjugated with `avoir` that a regular ending does not show. */
const PARTICIPLES: ReadonlySet<string> = new Set([
  'été', 'eu', 'fait', 'pris', 'mis', 'dit', 'vu', 'pu', 'su', 'dû', 'voulu', 'reçu', 'connu', 'reconnu',
  'obtenu', 'tenu', 'retenu', 'maintenu', 'soutenu', 'prévenu', 'lu', 'permis', 'promis', 'remis', 'admis',
  'compris', 'appris', 'repris', 'surpris', 'écrit', 'décrit', 'ouvert', 'offert', 'souffert', 'découvert',
  'couvert', 'perdu', 'rendu', 'répondu', 'attendu', 'entendu', 'vendu', 'conduit', 'produit', 'construit',
  'détruit', 'réduit', 'traduit', 'introduit', 'vécu', 'survécu', 'bu', 'cru', 'fallu', 'valu', 'plu',
  'couru', 'paru', 'disparu', 'battu', 'combattu', 'convaincu', 'vaincu', 'mordu', 'pendu', 'suspendu',
]);
/** Nouns and adverbs that `à` governs and that end like a participle. */
const NOT_PARTICIPLES: ReadonlySet<string> = new Set(['côté', 'moitié', 'gré', 'demi', 'midi', 'parti', 'nu', 'défi', 'abri', 'menu', 'jeu', 'feu', 'lieu', 'peu']);
/** Shortest participle told by its ending and its verb in the lexicon. @default 4 */
const REGULAR_PARTICIPLE_LENGTH = 4;
/** Punctuation closing the word after `à`, taken off before it is read (`/[,.;:!?»)]+$/u`, read from the end). */
const CLOSING_PUNCTUATION = ',.;:!?»)';
/** Subject pronouns after which `à` is never the preposition (not `elle`, a stressed pronoun too: `pour elle à Paris`). */
const SUBJECTS: ReadonlySet<string> = new Set(['il', 'on', 'qu’il', "qu'il", 'qu’on', "qu'on", 'y', 'n’y', "n'y"]);

/** The subject of `il y a`, alone or after the conjunctions it elides with (`qu’il y a`, `s’il y a`). */
const IMPERSONAL_SUBJECTS: ReadonlySet<string> = new Set(['il', 'qu’il', "qu'il", 's’il', "s'il"]);
/** The letters of a word before a hyphen at a line's end, in small letters: the first part of a word cut there (`re-`). */
const CUT_AT_LINE_END = /^\p{Ll}+-$/u;

/** A word and its line: the text as one stream of words over the lines. */
interface Word {
  text: string;
  line: number;
  /** Index of the line in `lines`, and of the word's start in its content. */
  lineIndex: number;
  at: number;
}

export function isPastParticiple(word: string, lexicon: FrenchLexicon | undefined): boolean {
  // A capital then small letters is a name (`à Vitré`, `à Valmy`): a participle is written in
  // small letters, or all in capitals where the line is set so (`IL À ÉTÉ`).
  if (/^\p{Lu}\p{Ll}/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (NOT_PARTICIPLES.has(lower)) return false;
  if (PARTICIPLES.has(lower)) return true;
  // Short words (`soi`, `lui`, `thé`) are too often something else whose letters make a verb.
  if (lexicon === undefined || lower.length < REGULAR_PARTICIPLE_LENGTH || !/^\p{Ll}+$/u.test(lower)) return false;
  if (lower.endsWith('é')) return lexicon.has(`${lower.slice(0, -1)}er`);
  if (lower.endsWith('i')) return lexicon.has(`${lower}r`);
  if (lower.endsWith('u')) return lexicon.has(`${lower.slice(0, -1)}re`);
  return false;
}

/** `à` read where the verb `a` stands, corrected on the lines, each change recorded. */
export function correctVerbReadAsPreposition(lines: readonly PageLine[], lexicon: FrenchLexicon | undefined): { lines: PageLine[]; repairs: Repair[] } {
  const result = [...lines];
  const repairs: Repair[] = [];
  if (!lines.some((line) => line.content.includes('à'))) return { lines: result, repairs };
  // The words are read only around each `à` (its line and the nearest lines with words before
  // and after it), not over the whole text: most lines hold no `à` standing alone.
  const stream = new WordStream(lines);
  // Changes applied from the end of each line, so that earlier offsets stay right.
  const changes: Word[] = [];
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex += 1) {
    if (!holdsStandingA((lines[lineIndex] as PageLine).content)) continue;
    const lineWords = stream.wordsOf(lineIndex);
    for (let position = 0; position < lineWords.length; position += 1) {
      const word = lineWords[position] as Word;
      if (word.text !== 'à') continue;
      const previous = stream.wordBefore(lineIndex, position, 1);
      const next = stream.wordAfter(lineIndex, position);
      const before = previous?.text.toLowerCase();
      const after = next === undefined ? undefined : readWhole(stream, next);
      let evidence: string | undefined;
      if (after !== undefined && before !== 'tout' && isPastParticiple(after, lexicon)) {
        evidence = `"${after}" is a past participle${next?.text.endsWith('-') === true && !after.endsWith('-') ? `, cut at the line's end ("${next.text}")` : ''}: "à ${after}" is the verb "a ${after}"`;
      } else if (before !== undefined && SUBJECTS.has(before) && (before !== 'y' || IMPERSONAL_SUBJECTS.has(stream.wordBefore(lineIndex, position, 2)?.text.toLowerCase() ?? ''))) {
        evidence = `"${previous?.text}" is a subject: "${previous?.text} à" is the verb "a"`;
      }
      if (evidence === undefined) continue;
      changes.push(word);
      repairs.push({
        kind: 'ocr-misread-corrected',
        line: word.line,
        before: `${previous?.text ?? ''} à ${next?.text ?? ''}`.trim(),
        after: `${previous?.text ?? ''} a ${next?.text ?? ''}`.trim(),
        reason: 'verb-a-read-as-preposition',
        evidence,
      });
    }
  }
  for (const change of changes.reverse()) {
    const line = result[change.lineIndex] as PageLine;
    result[change.lineIndex] = { ...line, content: `${line.content.slice(0, change.at)}a${line.content.slice(change.at + 1)}` };
  }
  return { lines: result, repairs };
}


/**
 * The word after `à` without its closing punctuation, read whole when a hyphen at the line's end
 * cut it (`à re-` + `connu`, `à fran-` + `chi`): the line-end hyphen is decided later, but a
 * participle's halves are no participle each.
 */
function readWhole(stream: WordStream, word: Word): string {
  if (!CUT_AT_LINE_END.test(word.text)) return withoutTrailingMarks(word.text, CLOSING_PUNCTUATION);
  const words = stream.wordsOf(word.lineIndex);
  const position = words.indexOf(word);
  if (position !== words.length - 1) return withoutTrailingMarks(word.text, CLOSING_PUNCTUATION);
  const rest = stream.wordAfter(word.lineIndex, position);
  if (rest === undefined) return withoutTrailingMarks(word.text, CLOSING_PUNCTUATION);
  return `${word.text.slice(0, -1)}${withoutTrailingMarks(rest.text, CLOSING_PUNCTUATION)}`;
}

/** Whether `à` stands alone in the line (between whitespace or the line's ends), as a word `\S+` reads. */
function holdsStandingA(content: string): boolean {
  for (let at = content.indexOf('à'); at !== -1; at = content.indexOf('à', at + 1)) {
    if ((at === 0 || isWhitespace(content.charCodeAt(at - 1))) && (at + 1 === content.length || isWhitespace(content.charCodeAt(at + 1)))) return true;
  }
  return false;
}


/** The text as one stream of words over the lines, each line split into words when first asked. */
class WordStream {
  readonly #lines: readonly PageLine[];
  readonly #words: (Word[] | undefined)[];

  constructor(lines: readonly PageLine[]) {
    this.#lines = lines;
    this.#words = new Array<Word[] | undefined>(lines.length);
  }

  wordsOf(lineIndex: number): Word[] {
    let words = this.#words[lineIndex];
    if (words === undefined) {
      const line = this.#lines[lineIndex] as PageLine;
      words = [];
      // The words `/\S+/gu` reads, found with a scan of the characters: no match object per word.
      const content = line.content;
      let start = -1;
      for (let at = 0; at <= content.length; at += 1) {
        const space = at === content.length || isWhitespace(content.charCodeAt(at));
        if (space && start !== -1) {
          words.push({ text: content.slice(start, at), line: line.number, lineIndex, at: start });
          start = -1;
        } else if (!space && start === -1) {
          start = at;
        }
      }
      this.#words[lineIndex] = words;
    }
    return words;
  }

  /** The word `distance` words before word `position` of line `lineIndex`, over earlier lines. */
  wordBefore(lineIndex: number, position: number, distance: number): Word | undefined {
    let index = position - distance;
    let line = lineIndex;
    while (index < 0) {
      line -= 1;
      if (line < 0) return undefined;
      index += this.wordsOf(line).length;
    }
    return this.wordsOf(line)[index];
  }

  /** The word after word `position` of line `lineIndex`, over later lines. */
  wordAfter(lineIndex: number, position: number): Word | undefined {
    let line = lineIndex;
    let index = position + 1;
    while (index >= this.wordsOf(line).length) {
      index -= this.wordsOf(line).length;
      line += 1;
      if (line >= this.#lines.length) return undefined;
    }
    return this.wordsOf(line)[index];
  }
}

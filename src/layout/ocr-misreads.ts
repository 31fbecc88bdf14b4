/**
 * Words OCR misreads that the sentence itself corrects, each change a recorded repair with its
 * evidence. Only one for now, the most frequent in the corpus's real OCR (Tesseract's French
 * model, clean and degraded scans: about one paragraph in ten): the verb `a` (avoir) read as
 * the preposition `à`. French grammar tells them apart where `à` cannot stand:
 * - before a past participle (`il à annoncé`, `à été`, `à reconnu`): a participle ending in `é`
 *   whose verb in `-er` the lexicon knows, in `i` (`-ir`) or `u` (`-re`) likewise, or one of
 *   the irregular participles of `PARTICIPLES`; never after `tout` (`tout à fait`) nor before
 *   the nouns `à côté`, `à moitié` that look like participles;
 * - after a subject pronoun that `à` never follows (`il à`, `qu’on à`, `il y à`; not `elle`,
 *   which `à` may follow: `pour elle à Paris`).
 * Anything else is left as read: `à` before a noun or an infinitive is the preposition.
 */
import type { Repair } from '../types.ts';
import type { FrenchLexicon } from './french-lexicon.ts';
import type { PageLine } from './page-line.ts';

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
/** Subject pronouns after which `à` is never the preposition (not `elle`, a stressed pronoun too: `pour elle à Paris`). */
const SUBJECTS: ReadonlySet<string> = new Set(['il', 'on', 'qu’il', "qu'il", 'qu’on', "qu'on", 'y']);

/** A word and its line: the text as one stream of words over the lines. */
interface Word {
  text: string;
  line: number;
  /** Index of the line in `lines`, and of the word's start in its content. */
  lineIndex: number;
  at: number;
}

export function isPastParticiple(word: string, lexicon: FrenchLexicon | undefined): boolean {
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
  const words: Word[] = [];
  lines.forEach((line, lineIndex) => {
    for (const match of line.content.matchAll(/\S+/gu)) words.push({ text: match[0], line: line.number, lineIndex, at: match.index });
  });
  // Changes applied from the end of each line, so that earlier offsets stay right.
  const changes: Word[] = [];
  words.forEach((word, index) => {
    if (word.text !== 'à') return;
    const before = words[index - 1]?.text.toLowerCase();
    const after = words[index + 1]?.text.replace(/[,.;:!?»)]+$/u, '');
    let evidence: string | undefined;
    if (after !== undefined && before !== 'tout' && isPastParticiple(after, lexicon)) {
      evidence = `"${after}" is a past participle: "à ${after}" is the verb "a ${after}"`;
    } else if (before !== undefined && SUBJECTS.has(before) && (before !== 'y' || words[index - 2]?.text.toLowerCase() === 'il')) {
      evidence = `"${words[index - 1]?.text}" is a subject: "${words[index - 1]?.text} à" is the verb "a"`;
    }
    if (evidence === undefined) return;
    changes.push(word);
    repairs.push({
      kind: 'ocr-misread-corrected',
      line: word.line,
      before: `${words[index - 1]?.text ?? ''} à ${words[index + 1]?.text ?? ''}`.trim(),
      after: `${words[index - 1]?.text ?? ''} a ${words[index + 1]?.text ?? ''}`.trim(),
      reason: 'verb-a-read-as-preposition',
      evidence,
    });
  });
  for (const change of changes.reverse()) {
    const line = result[change.lineIndex] as PageLine;
    result[change.lineIndex] = { ...line, content: `${line.content.slice(0, change.at)}a${line.content.slice(change.at + 1)}` };
  }
  return { lines: result, repairs };
}

/**
 * When a French word and an English word are the same name (`qa/names`): `sameName` for one
 * pair, and `EnglishNames`, the words of one translation indexed by what `sameName` compares,
 * so that each capitalised French word is looked up once instead of compared with every
 * English word of the sentence.
 */
import { editDistance } from '../text/edit-distance.ts';

const foldedNames = new Map<string, string>();
const MOST_FOLDED_NAMES = 10_000;

/** Spelling differences between French and English renderings of the same name (remembered: the same words come back sentence after sentence). */
function foldName(word: string): string {
  let folded = foldedNames.get(word);
  if (folded === undefined) {
    if (foldedNames.size >= MOST_FOLDED_NAMES) foldedNames.clear();
    folded = foldNameOnce(word);
    foldedNames.set(word, folded);
  }
  return folded;
}

function foldNameOnce(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/que$/, 'k')
    .replace(/qu/g, 'k')
    .replace(/c(?![eiy])/g, 'k')
    .replace(/ou/g, 'u')
    .replace(/ch/g, 'sh')
    .replace(/y/g, 'i')
    .replace(/gu(?=[ei])/g, 'g');
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length += 1;
  return length;
}

/** Letters of an acronym, sorted: French acronyms often reverse the English order (`BCE`/`ECB`, `OTAN`/`NATO`). */
function acronymLetters(word: string): string | undefined {
  return word.length >= 2 && word.length <= 6 && word === word.toUpperCase() ? [...word].sort().join('') : undefined;
}

/** Folded names shorter than this are the same only when equal. */
const SHORTEST_COMPARED = 4;

/** A long common stem: at least four letters, and at least 0.6 of the shorter name. */
function shareStem(a: string, b: string): boolean {
  return commonPrefixLength(a, b) >= Math.max(SHORTEST_COMPARED, Math.ceil(Math.min(a.length, b.length) * 0.6));
}

/** A small spelling change: one edit, two from seven letters on. */
function closeSpelling(a: string, b: string): boolean {
  const most = Math.max(a.length, b.length) >= 7 ? 2 : 1;
  // The distance is at least the difference in length: most pairs stop here.
  return Math.abs(a.length - b.length) <= most && editDistance(a, b) <= most;
}

/**
 * Same name in both languages: equal once folded, a long common stem (`Syrie`/`Syria`), a
 * small spelling change (`Sergueï`/`Sergei`), or an acronym with the same letters (`FMI`/`IMF`).
 */
export function sameName(french: string, english: string): boolean {
  const letters = acronymLetters(french);
  if (letters !== undefined && letters === acronymLetters(english)) return true;
  const a = foldName(french);
  const b = foldName(english);
  if (a === b) return true;
  if (Math.min(a.length, b.length) < SHORTEST_COMPARED) return false;
  return shareStem(a, b) || closeSpelling(a, b);
}

/**
 * The words of an English translation, indexed for `sameName`: `has(french)` is
 * `words.some((english) => sameName(french, english))`, found through maps: the acronyms' letters
 * and the folded words by equality, a common stem among the words that share the folded
 * French's first four letters, a small spelling change among those of a length it allows.
 *
 * @example
 * new EnglishNames(['Talks', 'in', 'Syria', 'with', 'the', 'IMF']).has('FMI') // true
 */
export class EnglishNames {
  /** The words as written: a name copied as it is (most of them) is found without folding anything. */
  private readonly written: Set<string>;
  private readonly words: readonly string[];
  private indexed = false;
  private readonly acronyms = new Set<string>();
  private readonly folded = new Set<string>();
  /** Distinct folded words of four letters or more, by their first four. */
  private readonly byStart = new Map<string, string[]>();
  /** The same, by length. */
  private readonly byLength = new Map<number, string[]>();

  constructor(words: readonly string[]) {
    this.words = words;
    this.written = new Set(words);
  }

  /** The maps, made when a name is not among the words as written. */
  private index(): void {
    this.indexed = true;
    for (const word of this.words) {
      const letters = acronymLetters(word);
      if (letters !== undefined) this.acronyms.add(letters);
      const folded = foldName(word);
      if (this.folded.has(folded)) continue;
      this.folded.add(folded);
      if (folded.length < SHORTEST_COMPARED) continue;
      push(this.byStart, folded.slice(0, SHORTEST_COMPARED), folded);
      push(this.byLength, folded.length, folded);
    }
  }

  has(french: string): boolean {
    // Equal words fold equal.
    if (this.written.has(french)) return true;
    if (!this.indexed) this.index();
    const letters = acronymLetters(french);
    if (letters !== undefined && this.acronyms.has(letters)) return true;
    const a = foldName(french);
    if (this.folded.has(a)) return true;
    if (a.length < SHORTEST_COMPARED) return false;
    // A common stem of four letters or more starts with the same four.
    for (const b of this.byStart.get(a.slice(0, SHORTEST_COMPARED)) ?? []) if (shareStem(a, b)) return true;
    // Two edits at most: only lengths within two of the French's can be close enough.
    for (let length = Math.max(SHORTEST_COMPARED, a.length - 2); length <= a.length + 2; length += 1) {
      for (const b of this.byLength.get(length) ?? []) if (closeSpelling(a, b)) return true;
    }
    return false;
  }
}

function push<K>(map: Map<K, string[]>, key: K, value: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

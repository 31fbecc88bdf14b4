/**
 * The least of a word a hyphenating typesetter can set at a line's end: its first syllable and
 * a hyphen (`L’hé-` of `L’héroïne`, `Con-` of `Concrètement`), or the first part of a compound
 * up to its own hyphen (`Météo-` of `Météo-France`). A column that breaks words at its line ends
 * fills each line up to the measure, syllable by syllable: a line that stops short of the
 * measure by more than the next word's first syllable was ended on purpose (paragraph-ends).
 *
 * The syllable is cut by the French rule hyphenation patterns follow: a single consonant between
 * two vowels opens the next syllable (`hé-roïne`), two consonants are shared out (`par-tir`)
 * unless they never part (`bl`, `cr`, `tr`, `ch`, `gn`…: `ma-tras`), `qu` is one consonant; and
 * French typesetting leaves at least two letters before the hyphen and three after it. A word
 * that cannot be cut so (`Deux`, `Mais`, `Elle`) counts whole.
 */

const VOWEL = /[aeiouyàâäéèêëîïôöùûüÿœæ]/u;
/** Pairs of consonants that open a syllable together and are never split by a line-end hyphen. */
const INSEPARABLE = new Set(['bl', 'br', 'ch', 'cl', 'cr', 'dr', 'fl', 'fr', 'gl', 'gn', 'gr', 'ph', 'pl', 'pr', 'th', 'tr', 'vr']);
/** Fewest letters French typesetting leaves before a line-end hyphen, and after it. @default 2, 3 */
const LETTERS_BEFORE_HYPHEN = 2;
const LETTERS_AFTER_HYPHEN = 3;
/** An elided article or pronoun (`L’`, `d’`, `qu’`, `jusqu’`), which stays with the word's first syllable. */
const ELISION = /^(?:[LlDdJjNnSsCcMmTt]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’]/u;
/** Punctuation closing a word, which goes to its last syllable. */
const CLOSING_PUNCTUATION = /[,;:.!?…»”)\]]+$/u;

/**
 * Letters of `word`'s first syllable where a line-end hyphen may cut it, or 0 when it cannot be
 * cut (too short, no vowel, fewer than three letters left after the cut).
 */
export function firstSyllableLength(word: string): number {
  const letters = word.toLowerCase();
  let at = 0;
  while (at < letters.length && !isVowel(letters, at)) at += 1;
  while (at < letters.length && isVowel(letters, at)) at += 1;
  let consonants = 0;
  while (at + consonants < letters.length && !isVowel(letters, at + consonants)) consonants += 1;
  if (consonants === 0 || at + consonants >= letters.length) return 0;
  // One consonant opens the next syllable; of more, the last one does, or the last two when they never part.
  const lastTwo = letters.slice(at + consonants - 2, at + consonants);
  const cut = consonants === 1 ? at : INSEPARABLE.has(lastTwo) ? at + consonants - 2 : at + consonants - 1;
  return cut >= LETTERS_BEFORE_HYPHEN && letters.length - cut >= LETTERS_AFTER_HYPHEN ? cut : 0;
}

/**
 * Letter `index` of `letters` (lower case) is a vowel, a `u` after `q` aside. A module function,
 * not a closure: tsx (esbuild's keepNames) names every closure again on every call.
 */
function isVowel(letters: string, index: number): boolean {
  return VOWEL.test(letters[index] ?? '') && !(letters[index] === 'u' && letters[index - 1] === 'q');
}

/**
 * The shortest piece of `unit` (a line's first unbreakable unit, firstWordLength) a hyphenating
 * typesetter could have set at the end of the line before: a compound's first part with its
 * hyphen, else the first syllable and a hyphen; the whole unit when it holds a no-break space
 * (`« Nous`, `M. Robic`) or cannot be cut.
 */
export function firstBreakablePiece(unit: string): string {
  if (unit.includes(' ')) return unit;
  const hyphen = unit.indexOf('-', LETTERS_BEFORE_HYPHEN);
  if (hyphen > 0 && unit.length - hyphen > LETTERS_AFTER_HYPHEN) return unit.slice(0, hyphen + 1);
  const elision = ELISION.exec(unit)?.[0] ?? '';
  const word = unit.slice(elision.length).replace(CLOSING_PUNCTUATION, '');
  // Only a word of letters alone: figures, initials and abbreviations are not hyphenated.
  if (!/^\p{L}+$/u.test(word) || word.length < LETTERS_BEFORE_HYPHEN + LETTERS_AFTER_HYPHEN) return unit;
  const syllable = firstSyllableLength(word);
  return syllable === 0 ? unit : `${elision}${word.slice(0, syllable)}-`;
}

/**
 * The English word list `qa/unknown-word` asks whether a word of the English is English:
 * Debian's `wamerican` and `wbritish` (`/usr/share/dict/american-english`, `british-english`,
 * about 100,000 forms each with plurals, verb forms and possessives; installed by `npm run
 * setup`), both spellings accepted. Loaded lazily once per process; undefined when neither
 * list is installed (the check then only reports what the engine marked).
 *
 * Like the French lexicon, the lists are compiled the first time into one file of sorted bytes
 * (`.cache/english-lexicon-<format>.bin`, the format of `compiled-french-lexicon.ts`, made again when a
 * list changes) that later processes open in milliseconds and search in place: reading the two
 * lists into a set cost about 0.3 s of every build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMPILED_LEXICON_FORMAT, compiledLexiconSignature, readCompiledLexicon, writeCompiledLexicon } from '../layout/compiled-french-lexicon.ts';
import { mayChangeUnderNfc } from '../layout/french-lexicon.ts';
import { SortedWordList, sortWordList } from '../layout/sorted-word-list.ts';

/** Where Debian's `wamerican` and `wbritish` put their lists. */
export const ENGLISH_WORD_LISTS = ['/usr/share/dict/american-english', '/usr/share/dict/british-english'];

/** Where the compiled lists are kept: the package's own `.cache/` folder. */
export const COMPILED_ENGLISH_LEXICON_FILE = fileURLToPath(new URL(`../../.cache/english-lexicon-${COMPILED_LEXICON_FORMAT}.bin`, import.meta.url));

export interface EnglishLexicon {
  /** The lists read. */
  sources: string[];
  /** Whether the word (any case; a possessive `'s` ignored) is English. */
  has(word: string): boolean;
}

let cached: EnglishLexicon | undefined | null = null;

/**
 * The lexicon from the lists found, read on first call and kept; undefined when none is
 * installed. `compiledPath`: where the lists' compiled form is read when it was made from the
 * lists found now, and written otherwise; `false` reads the lists every time (the answers are
 * the same either way).
 */
export function getEnglishLexicon(
  paths: readonly string[] = ENGLISH_WORD_LISTS,
  compiledPath: string | false = paths === ENGLISH_WORD_LISTS ? COMPILED_ENGLISH_LEXICON_FILE : false,
): EnglishLexicon | undefined {
  if (paths === ENGLISH_WORD_LISTS && cached !== null) return cached;
  const sources = paths.filter((path) => existsSync(path));
  const lexicon = sources.length === 0 ? undefined : { sources, ...lookup(loadWords(sources, compiledPath)) };
  if (paths === ENGLISH_WORD_LISTS) cached = lexicon;
  return lexicon;
}

/** The words of the lists, lower case and NFC, from the compiled file when it is current. */
function loadWords(sources: readonly string[], compiledPath: string | false): { has(word: string): boolean } {
  const signature = compiledPath === false ? undefined : compiledLexiconSignature([...sources]);
  if (compiledPath !== false && signature !== undefined) {
    const compiled = readCompiledLexicon(compiledPath, signature);
    if (compiled !== undefined) return new SortedWordList(compiled.words);
  }
  // Normalised and lower-cased as whole files: neither crosses a line end, so each line comes
  // out as it would alone, at a fraction of the cost.
  const words = new Set<string>();
  for (const path of sources) for (const line of readFileSync(path, 'utf8').normalize('NFC').toLowerCase().split('\n')) if (line !== '') words.add(line);
  if (compiledPath !== false && signature !== undefined) {
    try {
      writeCompiledLexicon(compiledPath, { signature, source: sources.join('+'), size: words.size, inflect: false, words: sortWordList(words) });
    } catch {
      // A read-only installation: the lists are read again next time, with the same answers.
    }
  }
  return words;
}

function lookup(words: { has(word: string): boolean }): Pick<EnglishLexicon, 'has'> {
  return {
    has(word: string): boolean {
      const composed = mayChangeUnderNfc(word) ? word.normalize('NFC') : word;
      const lower = composed.toLowerCase().replace(/’/g, "'");
      return words.has(lower) || words.has(lower.replace(/'s?$/, ''));
    },
  };
}

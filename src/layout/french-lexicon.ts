/**
 * The French word list used to decide line-end hyphens. Built from a maintained dictionary,
 * never typed by hand: Debian's `wfrench` (`/usr/share/dict/french`, ~346,000 inflected
 * forms, installed by `npm run setup`), supplemented by the stems of the npm `dictionary-fr`
 * Hunspell dictionary, which knows what wfrench lacks: place and person names (`Afrique`,
 * `Bouteflika`) and newer words (`antiterroriste`, `transfrontalier`). Without wfrench, the
 * stems alone with a few inflection rules (weaker: no affix expansion). Loaded lazily once per
 * process. The lists are compiled, the first time, into one file of sorted bytes that later
 * processes open in milliseconds and search in place (`compiled-french-lexicon.ts`); reading
 * the lists themselves costs about 0.3 s and 30 MB of strings.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BilingualError } from '../errors.ts';
import { COMPILED_LEXICON_FILE, compiledLexiconSignature, readCompiledLexicon, writeCompiledLexicon } from './compiled-french-lexicon.ts';
import { sortWordList, SortedWordList } from './sorted-word-list.ts';

/** Where Debian's `wfrench` puts its list. @default '/usr/share/dict/french' */
export const WFRENCH_PATH = '/usr/share/dict/french';

export interface FrenchLexicon {
  /** `wfrench+dictionary-fr`, `wfrench` (dictionary-fr not found), or `dictionary-fr` alone. */
  source: string;
  /** Number of distinct lower-case entries. */
  size: number;
  /** Milliseconds spent loading. */
  loadMilliseconds: number;
  /** Whether the word (any case, with or without an elided `l'`, `d'`, `qu'`…) is French. */
  has(word: string): boolean;
}

export interface LoadLexiconOptions {
  /** A word list to read instead of wfrench (one word per line). @default WFRENCH_PATH */
  wordListPath?: string;
  /** Use `dictionary-fr` stems when the word list is missing instead of failing. @default true */
  fallback?: boolean;
  /**
   * Also consult the `dictionary-fr` stems when the word list is there.
   * @default true with wfrench, false with a `wordListPath` of your own
   */
  supplement?: boolean;
  /**
   * Where the lists' compiled form is read, when it was made from the lists found now, and
   * written otherwise (`compiled-french-lexicon.ts`); `false` reads the lists every time.
   * The answers are the same either way.
   * @default COMPILED_LEXICON_FILE, and false with a `wordListPath` of your own
   */
  compiledPath?: string | false;
}

/**
 * `lexicon.has`, each answer kept for the caller's pass: a pass that asks about every token of a
 * text asks about the same few hundred words again and again.
 */
export function memoisedHas(lexicon: FrenchLexicon): (word: string) => boolean {
  const answers = new Map<string, boolean>();
  return (word) => {
    let answer = answers.get(word);
    if (answer === undefined) {
      answer = lexicon.has(word);
      answers.set(word, answer);
    }
    return answer;
  };
}

let cached: FrenchLexicon | undefined;

/** The lexicon, loaded on first call and cached. */
export function getFrenchLexicon(options: LoadLexiconOptions = {}): FrenchLexicon {
  if (cached !== undefined && options.wordListPath === undefined) return cached;
  const lexicon = loadFrenchLexicon(options);
  if (options.wordListPath === undefined) cached = lexicon;
  return lexicon;
}

const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|lorsqu|puisqu|jusqu|quoiqu|presqu)['’]/i;

/**
 * Whether the text holds a character outside the ranges whose every character is in NFC and
 * composes with nothing (Latin up to U+02FF, general punctuation from U+2002, currency signs):
 * only such a text may change under NFC normalisation. A loop rather than a negated character
 * class (`/[^\u0000-\u02FF\u2002-\u206F\u20A0-\u20CF]/`, tested at every position): cheaper on
 * the short words the lexicon is asked about and on a whole article alike.
 */
export function mayChangeUnderNfc(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code > 0x2ff && !(code >= 0x2002 && code <= 0x206f) && !(code >= 0x20a0 && code <= 0x20cf)) return true;
  }
  return false;
}

/**
 * A monotonic clock in milliseconds, for `loadMilliseconds`: `process.hrtime` rather than the
 * `performance` global, whose first use loads Node's perf_hooks modules (about 0.6 ms of a
 * `segment`'s CPU, for one figure nothing prints).
 */
function milliseconds(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function loadFrenchLexicon(options: LoadLexiconOptions = {}): FrenchLexicon {
  const started = milliseconds();
  const path = options.wordListPath ?? WFRENCH_PATH;
  const hasWordList = existsSync(path);
  if (!hasWordList && !(options.fallback ?? true)) {
    throw new BilingualError(
      'ENGINE_NOT_INSTALLED',
      `The French word list ${path} is missing: install Debian's wfrench package (npm run setup does it).`,
    );
  }
  const supplement = hasWordList && (options.supplement ?? options.wordListPath === undefined);
  const compiledPath = options.compiledPath ?? (options.wordListPath === undefined ? COMPILED_LEXICON_FILE : false);
  const signature =
    compiledPath === false
      ? undefined
      : compiledLexiconSignature([hasWordList ? path : undefined, supplement || !hasWordList ? hunspellDictionaryFile() : undefined]);
  if (compiledPath !== false && signature !== undefined) {
    const compiled = readCompiledLexicon(compiledPath, signature);
    if (compiled !== undefined) {
      const stems = compiled.stems === undefined ? undefined : new SortedWordList(compiled.stems);
      return createLexicon(compiled.source, compiled.size, milliseconds() - started, new SortedWordList(compiled.words), stems, compiled.inflect);
    }
  }

  let words: Set<string>;
  let source: string;
  let inflect = false;
  let stems: Set<string> | undefined;
  if (hasWordList) {
    words = new Set(readFileSync(path, 'utf8').normalize('NFC').toLowerCase().split('\n'));
    words.delete('');
    source = options.wordListPath === undefined ? 'wfrench' : path;
    if (supplement) {
      stems = tryLoadHunspellStems();
      if (stems !== undefined) source += '+dictionary-fr';
    }
  } else {
    words = loadHunspellStems();
    source = 'dictionary-fr';
    inflect = true;
  }
  let size = words.size;
  if (stems !== undefined) for (const stem of stems) if (!words.has(stem)) size += 1;
  const lexicon = createLexicon(source, size, milliseconds() - started, words, stems, inflect);
  if (compiledPath !== false && signature !== undefined) {
    try {
      writeCompiledLexicon(compiledPath, {
        signature,
        source,
        size,
        inflect,
        words: sortWordList(words),
        stems: stems === undefined ? undefined : sortWordList(stems),
      });
    } catch {
      // A read-only installation: the lists are read again next time, with the same answers.
    }
  }
  return lexicon;
}

/** Anything that says whether it holds a word: a `Set`, or a compiled `SortedWordList`. */
interface WordSet {
  has(word: string): boolean;
}

function createLexicon(source: string, size: number, loadMilliseconds: number, words: WordSet, stems: WordSet | undefined, inflect: boolean): FrenchLexicon {
  const lookup = (word: string): boolean => {
    if (words.has(word)) return true;
    if (stems !== undefined) {
      // Stems are singular and masculine: also accept their plural and feminine.
      if (stems.has(word)) return true;
      for (const ending of SUPPLEMENT_ENDINGS) {
        if (word.endsWith(ending) && stems.has(word.slice(0, -ending.length))) return true;
      }
      return false;
    }
    if (!inflect) return false;
    // Stems only: try the commonest inflections (plural, feminine, verb endings).
    for (const ending of ['s', 'x', 'e', 'es', 'ent', 'ant', 'ants', 'é', 'ée', 'és', 'ées']) {
      if (word.endsWith(ending) && words.has(word.slice(0, -ending.length))) return true;
      if (word.endsWith(ending) && words.has(word.slice(0, -ending.length) + 'er')) return true;
    }
    return false;
  };
  // Answers kept (emptied when full): a text asks about the same words again and again (each
  // hyphen decision, each split-word pair, each page of a long article), and a miss tries a
  // dozen endings.
  const answers = new Map<string, boolean>();
  const answer = (word: string): boolean => {
    // Cleaned text is NFC already; only characters from U+0300 on can need composing.
    const composed = mayChangeUnderNfc(word) ? word.normalize('NFC') : word;
    const lower = composed.includes('’') ? composed.toLowerCase().replace(/’/g, "'") : composed.toLowerCase();
    if (lookup(lower)) return true;
    if (!lower.includes("'")) return false;
    const bare = lower.replace(ELISION, '');
    return bare !== lower && bare.length > 0 && lookup(bare);
  };
  return {
    source,
    size,
    loadMilliseconds,
    has(word: string): boolean {
      let known = answers.get(word);
      if (known === undefined) {
        known = answer(word);
        if (answers.size >= CACHED_ANSWERS) answers.clear();
        answers.set(word, known);
      }
      return known;
    },
  };
}

/** Most answers the lexicon keeps: a long article's vocabulary and then some. @default 100000 */
const CACHED_ANSWERS = 100_000;

const SUPPLEMENT_ENDINGS = ['s', 'x', 'e', 'es'] as const;

/** The `dictionary-fr` stems, or undefined when the package cannot be read. */
function tryLoadHunspellStems(): Set<string> | undefined {
  try {
    return loadHunspellStems();
  } catch {
    return undefined;
  }
}

/**
 * dictionary-fr's Hunspell dictionary file (its real path, as `require.resolve` gives the
 * package's), or undefined when the package is not installed: `index.dic` in the first
 * `node_modules/dictionary-fr/` of the folders `require` looks in. Not `require.resolve` itself:
 * its reading of the package's `exports` loads Node's ES module resolver, about 2 ms of a
 * `segment`'s start, which only wants this file's name and date for the compiled lexicon's
 * signature.
 */
function hunspellDictionaryFile(): string | undefined {
  for (const folder of createRequire(import.meta.url).resolve.paths('dictionary-fr') ?? []) {
    const file = join(folder, 'dictionary-fr', 'index.dic');
    if (existsSync(file)) return realpathSync(file);
  }
  return undefined;
}

function loadHunspellStems(): Set<string> {
  const file = hunspellDictionaryFile();
  if (file === undefined) throw new Error('dictionary-fr is not installed');
  const text = readFileSync(file, 'utf8').normalize('NFC').toLowerCase();
  // Each line after the count: the stem, then `/flags`, a tab or a space and morphology.
  const words = new Set(text.slice(text.indexOf('\n') + 1).match(/^[^/\t \n]+/gmu) ?? []);
  return words;
}

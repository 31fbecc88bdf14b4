/**
 * The English word list `qa/unknown-word` asks whether a word of the English is English:
 * Debian's `wamerican` and `wbritish` (`/usr/share/dict/american-english`, `british-english`,
 * about 100,000 forms each with plurals, verb forms and possessives; installed by `npm run
 * setup`), both spellings accepted. Loaded lazily once per process; undefined when neither
 * list is installed (the check then only reports what the engine marked).
 */
import { existsSync, readFileSync } from 'node:fs';

/** Where Debian's `wamerican` and `wbritish` put their lists. */
export const ENGLISH_WORD_LISTS = ['/usr/share/dict/american-english', '/usr/share/dict/british-english'];

export interface EnglishLexicon {
  /** The lists read. */
  sources: string[];
  /** Whether the word (any case; a possessive `'s` ignored) is English. */
  has(word: string): boolean;
}

let cached: EnglishLexicon | undefined | null = null;

/** The lexicon from the lists found, read on first call and kept; undefined when none is installed. */
export function getEnglishLexicon(paths: readonly string[] = ENGLISH_WORD_LISTS): EnglishLexicon | undefined {
  if (paths === ENGLISH_WORD_LISTS && cached !== null) return cached;
  const sources = paths.filter((path) => existsSync(path));
  const words = new Set<string>();
  for (const path of sources) {
    for (const line of readFileSync(path, 'utf8').split('\n')) if (line !== '') words.add(line.normalize('NFC').toLowerCase());
  }
  const lexicon =
    sources.length === 0
      ? undefined
      : {
          sources,
          has(word: string): boolean {
            const lower = word.normalize('NFC').toLowerCase().replace(/’/g, "'");
            return words.has(lower) || words.has(lower.replace(/'s?$/, ''));
          },
        };
  if (paths === ENGLISH_WORD_LISTS) cached = lexicon;
  return lexicon;
}

/**
 * A second opinion for the words the offline engine does not know.
 *
 * The fr-es pair's French dictionary is small: a new user's article on a swimming pool (test
 * fixture new-user-50/vierzon) kept 37 words as they were in 23 of its 35 sentences, French ones
 * the pair does not know (`baigneurs`, `rénové`, `coupole`, `chaudière`) and Spanish ones the
 * spa-eng pair does not know, left by the French leg (`mairie` → `cabildo`, `une trentaine` →
 * `treintena`, `ludique` → `lúdico`). On 40 development-half articles (997 sentences) 466
 * sentences held such a word, 688 in all.
 *
 * Debian's fra-cat and cat-eng pairs (`apertium-fra-cat`, `apertium-eng-cat`, GPL like the
 * others) have a larger French dictionary, and translate through Catalan: each word the engine
 * marked unknown (`*baigneurs`) is sent through them alone. A French word of the segment goes as
 * it is (`coupole` → `dome`, `nageurs` → `swimmers`, `rénové` → `renewed`); a Spanish leftover
 * goes back to the French word the fr-es pair made it from (each lower-case word of the French
 * segment sent through fr-es alone: `mairie` gives `cabildo`), and that word through Catalan
 * (`mairie` → `town hall`). Where the Catalan pairs do not know the word either (their answer
 * holds a mark, `*banyistes`), or no French word gives the leftover, the word stays as the
 * engine left it, marked.
 *
 * Only words the engine marked, so only where the answer holds the marks: in HTML with
 * `reportUnknownWords` (the pipeline's setting) or `markUnknownWords`. Only lower-case words of
 * three letters or more (a name, an initial or a unit is not a word to translate). Where the
 * Catalan pairs are not installed the answers are the engine's, as before.
 *
 * Measured (session 51) on 40 development-half articles no rule was read from: of 619 marked
 * lower-case words, 280 got an English word (339 left marked); 226 of 997 sentences changed, 166
 * better, 26 as bad, 34 worse (a wrong sense where the French word stood: `brume` → `hoax`,
 * `cartable` → `postman`, `étage` → `escalona` → `flat`). On the vierzon article 20 of 36 marked
 * words got one, 18 sentences changed, 13 better, 4 as bad, 1 worse (`soupire` → `misses`).
 *
 * FreeDict's fra-eng dictionary (dict-freedict-fra-eng) was tried first: it has about 8,500
 * headwords and knew 2 of 9 words of the vierzon article the pair does not know (`navette`,
 * `rénover`), where fra-cat and cat-eng knew 5. Spanish leftovers sent through spa-cat and
 * cat-eng (`apertium-spa-cat`) came out worse than their French word through fra-cat (`cabildo`
 * → `chapter`, `vaciar` → `allay`, `lúdico` unknown).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TranslationProvider } from '../types.ts';

/** The modes a French word the engine does not know is sent through. */
export const FALLBACK_MODES = ['fra-cat', 'cat-eng'];
/** The mode a Spanish leftover is traced back through, to the French word it was made from. */
export const FRENCH_LEG_MODE = 'fr-es';

/** A word the engine marked unknown: `*word`, a lower-case word of three letters or more. */
const MARKED_WORD = /(?<![\p{L}\p{M}\p{N}&#])\*(\p{Ll}[\p{L}\p{M}]{2,}(?:-\p{Ll}[\p{L}\p{M}]*)*)(?![\p{L}\p{M}\p{N}'’-])/gu;
/** A lower-case word of a French segment, for tracing a Spanish leftover back. */
const FRENCH_WORD = /(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{L}\p{M}]{2,}(?![\p{L}\p{M}\p{N}])/gu;
/**
 * Approximate numbers (`une trentaine`, Spanish `treintena`), which the Catalan pairs give as
 * ordinals (`thirtieth`): `a thirtieth of swimmers` says another thing, so they stay as they are.
 */
const APPROXIMATE_NUMBER = /^(?:billions?|billones|billón|milliards?|millardos?|(?:diz|douz|quinz|vingt|trent|quarant|cinquant|soixant|cent)aines?|(?:dec|doc|quinc|veint|treint|cuarent|cincuent|sesent|cent)enas?)$/u;
/** A subject pronoun the pair wrote before a verb translated alone. */
const LEADING_PRONOUN = /^(?:it|he|she|they|we|you|I) (?=\p{L})/u;
/** Any mark in an answer of the fallback: it did not know the word either. */
const ANY_MARK = /[*#@]/u;

/** The words an answer marks unknown, each once, in order. */
export function markedWords(answer: string): string[] {
  return [...new Set([...answer.matchAll(MARKED_WORD)].map((match) => match[1]!).filter((word) => !APPROXIMATE_NUMBER.test(word.toLowerCase())))];
}

/** Whether `word` stands in `french` as a word, any case. */
export function inFrench(word: string, french: string): boolean {
  const lower = word.toLowerCase();
  return [...french.toLowerCase().matchAll(FRENCH_WORD)].some((match) => match[0] === lower);
}

/** Whether `word` stands in `french` as half of a word cut by a hyphen at a line's end. */
export function isFragment(word: string, french: string): boolean {
  const lower = french.toLowerCase();
  const at = word.toLowerCase();
  return new RegExp(`\\p{L}-\\s+${at}(?![\\p{L}])|(?<![\\p{L}])${at}-\\s`, 'u').test(lower);
}

/** Writes each marked word that `english` has an answer for in its place, without the mark. */
export function replaceMarkedWords(answer: string, english: ReadonlyMap<string, string>): string {
  return answer.replace(MARKED_WORD, (whole, word: string) => english.get(word) ?? whole);
}

/** An answer of the fallback worth writing: a word or a few, with no mark and not the word itself. */
export function usableAnswer(word: string, answer: string): string | undefined {
  // A verb alone comes back with the subject Catalan leaves out (`soupire` → `it sighs`): in the sentence it has its own.
  const trimmed = answer.trim().replace(LEADING_PRONOUN, '');
  if (trimmed === '' || ANY_MARK.test(trimmed) || trimmed.toLowerCase() === word.toLowerCase()) return undefined;
  if (trimmed.split(/\s+/u).length > 4) return undefined;
  return trimmed;
}

export interface UnknownWordFallbackOptions {
  modesDir: string;
  /** Makes a provider for the given modes (the Apertium provider itself, with no edits). */
  createProvider: (modes: string[]) => TranslationProvider;
}

/**
 * The second opinion, its engines started on the first word they are asked for. `available` is
 * false when the fallback's modes are not installed: `translate` then gives every answer back.
 */
export class UnknownWordFallback {
  readonly available: boolean;
  private readonly options: UnknownWordFallbackOptions;
  private catalanLeg: TranslationProvider | undefined;
  private englishLeg: TranslationProvider | undefined;
  private frenchLeg: TranslationProvider | undefined;
  /** Answers already found, by word (`undefined`: none). */
  private readonly known = new Map<string, string | undefined>();

  constructor(options: UnknownWordFallbackOptions) {
    this.options = options;
    this.available = [...FALLBACK_MODES, FRENCH_LEG_MODE].every((mode) => existsSync(join(options.modesDir, `${mode}.mode`)));
  }

  /** Each answer with the marked words the fallback knows written in English; `frenches` are the segments' French texts. */
  async translate(answers: readonly string[], frenches: readonly string[]): Promise<string[]> {
    if (!this.available) return [...answers];
    const marked = answers.map(markedWords);
    if (marked.every((words) => words.length === 0)) return [...answers];
    // The French word each marked word is sent as: itself, or the French word its Spanish came from.
    const sources = await this.traceLeftovers(marked, frenches);
    const toAsk = [...new Set(sources.flatMap((map) => [...map.values()]))].filter((word) => !this.known.has(word));
    if (toAsk.length > 0) {
      // One leg at a time, so that a word fra-cat does not know is seen marked, never read again
      // as a Catalan word by cat-eng (`dinars`, the currency, came out `lunches`).
      this.catalanLeg ??= this.options.createProvider([FALLBACK_MODES[0]!]);
      const catalan = await translateWords(this.catalanLeg, toAsk, true);
      const known = toAsk.filter((_, index) => !ANY_MARK.test(catalan[index]!));
      const knownCatalan = toAsk.flatMap((_, index) => (ANY_MARK.test(catalan[index]!) ? [] : [catalan[index]!.trim()]));
      this.englishLeg ??= this.options.createProvider([FALLBACK_MODES[1]!]);
      const english = knownCatalan.length > 0 ? await translateWords(this.englishLeg, knownCatalan, true) : [];
      for (const word of toAsk) this.known.set(word, undefined);
      known.forEach((word, index) => this.known.set(word, usableAnswer(word, english[index]!)));
    }
    return answers.map((answer, index) => {
      const english = new Map<string, string>();
      for (const [marked, source] of sources[index]!) {
        const found = this.known.get(source);
        if (found !== undefined) english.set(marked, found);
      }
      return english.size === 0 ? answer : replaceMarkedWords(answer, english);
    });
  }

  /** For each answer, its marked words and the French word each is to be sent as. */
  private async traceLeftovers(marked: readonly string[][], frenches: readonly string[]): Promise<Map<string, string>[]> {
    const sources = marked.map(() => new Map<string, string>());
    const leftovers: Array<{ index: number; word: string }> = [];
    marked.forEach((words, index) => {
      for (const word of words) {
        // Half a word cut at a line's end (`britan- nique`, `com- battants`) is no word to translate.
        if (isFragment(word, frenches[index]!)) continue;
        if (inFrench(word, frenches[index]!)) sources[index]!.set(word, word);
        else leftovers.push({ index, word });
      }
    });
    if (leftovers.length === 0) return sources;
    const candidates = [...new Set(leftovers.flatMap(({ index }) => [...frenches[index]!.matchAll(FRENCH_WORD)].map((match) => match[0])))];
    this.frenchLeg ??= this.options.createProvider([FRENCH_LEG_MODE]);
    const spanish = await translateWords(this.frenchLeg, candidates);
    const madeFrom = new Map<string, string>(candidates.map((word, index) => [word, spanish[index]!.trim().toLowerCase()]));
    for (const { index, word } of leftovers) {
      const lower = word.toLowerCase();
      const french = [...frenches[index]!.matchAll(FRENCH_WORD)].map((match) => match[0]).find((candidate) => madeFrom.get(candidate) === lower);
      if (french !== undefined) sources[index]!.set(word, french);
    }
    return sources;
  }

  async close(): Promise<void> {
    await Promise.all([this.catalanLeg?.close?.(), this.englishLeg?.close?.(), this.frenchLeg?.close?.()]);
    this.catalanLeg = undefined;
    this.englishLeg = undefined;
    this.frenchLeg = undefined;
  }
}

/**
 * Each word translated alone, as plain text, marks kept. `asSentence` sends each as a sentence,
 * ended by a full stop, taken off the answer: without one cat-eng's tagger reads a lone noun as
 * another part of speech (`corb`, a crow, came out `crooked`; `estudiant` `studying`; with the
 * stop, `crow`, `student`).
 */
async function translateWords(provider: TranslationProvider, words: readonly string[], asSentence = false): Promise<string[]> {
  const result = await provider.doTranslate({ segments: words.map((text, index) => ({ id: `w${index}`, text: asSentence ? `${text}.` : text })), sourceLanguage: 'fr', targetLanguage: 'en', format: 'text' });
  return result.translations.map((translation) => (asSentence ? translation.text.trim().replace(/\.$/u, '') : translation.text));
}

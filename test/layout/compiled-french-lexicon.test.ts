import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, utimesSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCompiledLexicon, writeCompiledLexicon } from '../../src/layout/compiled-french-lexicon.ts';
import { loadFrenchLexicon, WFRENCH_PATH, type FrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { PAGES_BEFORE_WHOLE, SortedWordList, sortWordList } from '../../src/layout/sorted-word-list.ts';
import { seededRandom } from '../support/seeded-random.ts';

const folder = mkdtempSync(join(tmpdir(), 'bilingual-lexicon-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Every word of the list, then variants the layout asks about: capitals, elisions, endings, cuts. */
function questions(words: string[], random: () => number): string[] {
  const asked = [...words];
  for (const word of words) {
    if (random() > 0.1) continue;
    const capital = word.charAt(0).toUpperCase() + word.slice(1);
    asked.push(capital, word.toUpperCase(), `l'${word}`, `L’${capital}`, `qu'${word}`, `${word}s`, `${word}es`, `${word}x`, word.slice(0, -1), word.slice(1), `${word}é`, `${word}ent`);
  }
  asked.push('', 'zzzz', 'anony', "l'", 'ÉTATS-UNIS', 'e\u0301te\u0301', 'œuvre', 'Œuvres', '2 500', 'porte-parole', '\u{1F600}', 'a'.repeat(400));
  return asked;
}

function expectSameAnswers(compiled: FrenchLexicon, inMemory: FrenchLexicon, words: string[]): void {
  const differences: string[] = [];
  for (const word of questions(words, seededRandom(15))) {
    if (compiled.has(word) !== inMemory.has(word)) differences.push(word);
  }
  expect(differences.slice(0, 20)).toEqual([]);
  expect(compiled.size).toBe(inMemory.size);
  expect(compiled.source).toBe(inMemory.source);
}

describe('the compiled French lexicon', () => {
  it('answers as the word lists read into memory, over the whole of wfrench and a tenth of it varied', () => {
    const file = join(folder, 'french-lexicon.bin');
    const inMemory = loadFrenchLexicon({ compiledPath: false });
    const making = loadFrenchLexicon({ compiledPath: file }); // reads the lists, writes the file
    const compiled = loadFrenchLexicon({ compiledPath: file }); // opens the file
    expect(making.source).toBe('wfrench+dictionary-fr');
    expect(existsSync(file)).toBe(true);
    const words = readFileSync(WFRENCH_PATH, 'utf8').split('\n').filter(Boolean);
    expectSameAnswers(compiled, inMemory, words);
    expectSameAnswers(making, inMemory, words.slice(0, 1000));
  }, 300_000);

  it('answers as dictionary-fr stems alone when there is no word list', () => {
    const file = join(folder, 'stems.bin');
    const missing = join(folder, 'no-such-list');
    const inMemory = loadFrenchLexicon({ wordListPath: missing, compiledPath: false });
    loadFrenchLexicon({ wordListPath: missing, compiledPath: file });
    const compiled = loadFrenchLexicon({ wordListPath: missing, compiledPath: file });
    expect(compiled.source).toBe('dictionary-fr');
    const sample = ['combattants', 'combattante', 'déclarées', 'transfrontaliers', 'Afrique', 'mangeaient', 'anony', 'rencontreront'];
    for (const word of sample) expect(compiled.has(word), word).toBe(inMemory.has(word));
  });

  it('is made again when its word list changes, and ignored when damaged', () => {
    const list = join(folder, 'words.txt');
    const file = join(folder, 'own.bin');
    writeFileSync(list, 'chat\nchien\n');
    const options = { wordListPath: list, compiledPath: file, supplement: false };
    expect(loadFrenchLexicon(options).has('chien')).toBe(true);
    expect(loadFrenchLexicon(options).has('chien')).toBe(true);
    writeFileSync(list, 'chat\nloup\n');
    utimesSync(list, new Date(), new Date(Date.now() + 5000));
    const changed = loadFrenchLexicon(options);
    expect([changed.has('chien'), changed.has('loup'), changed.size]).toEqual([false, true, 2]);
    const damaged = join(folder, 'damaged.bin');
    copyFileSync(file, damaged);
    truncateSync(damaged, 40);
    expect(loadFrenchLexicon({ ...options, compiledPath: damaged }).has('loup')).toBe(true);
  });
});

describe('SortedWordList', () => {
  it('finds exactly the words it was made from, in UTF-8 byte order, beyond the BMP too', () => {
    const words = ['été', 'ete', 'étés', 'zèbre', 'a', 'ab', 'abc', '\u{1F600}x', '\uFFFDx', 'Z', 'été'];
    const list = new SortedWordList(sortWordList(words));
    expect(list.size).toBe(10);
    for (const word of words) expect(list.has(word), word).toBe(true);
    for (const word of ['', 'e', 'b', 'étè', 'abcd', '\u{1F600}', 'z', 'x'.repeat(300)]) expect(list.has(word), word).toBe(false);
  });

  it('answers as a Set on generated words sharing and splitting their first two bytes, the empty word and lone surrogates included', () => {
    const pieces = ['a', 'b', 'é', 'è', 'œ', '’', "'", '-', '\u{1F600}', '\ud800', 'z', 'É'];
    let seed = 9;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const generate = (): string => {
      let word = '';
      const length = Math.floor(random() * 5);
      for (let index = 0; index < length; index += 1) word += pieces[Math.floor(random() * pieces.length)];
      return word;
    };
    const words = new Set(Array.from({ length: 400 }, generate));
    const list = new SortedWordList(sortWordList(words));
    for (let round = 0; round < 4000; round += 1) {
      const word = generate();
      expect(list.has(word), JSON.stringify(word)).toBe(words.has(word));
    }
  });

  it('answers from its file read a prefix at a time as from the lists in memory, before and after it reads the whole list', () => {
    const random = seededRandom(26);
    const letters = ['', 'a', 'b', 'é', 'œ', '’', '-', 'z', 'É', '\u{1F600}'];
    const generate = (first: string): string => {
      let word = first;
      const length = Math.floor(random() * 4);
      for (let index = 0; index < length; index += 1) word += letters[Math.floor(random() * letters.length)];
      return word;
    };
    // Few prefixes (read one at a time throughout), then more than PAGES_BEFORE_WHOLE (the whole list read at last).
    const few = new Set(['', ...Array.from({ length: 300 }, () => generate(letters[Math.floor(random() * letters.length)]!))]);
    const many = new Set(Array.from({ length: 6000 }, (_, index) => generate(String.fromCharCode(0x41 + (index % 1500)))));
    for (const [name, words] of [['few', few], ['many', many]] as const) {
      const file = join(folder, `paged-${name}.bin`);
      const stems = new Set([...words].filter((_, index) => index % 3 === 0).map((word) => `${word}x`));
      writeCompiledLexicon(file, { signature: name, source: 'test', size: words.size, inflect: false, words: sortWordList(words), stems: sortWordList(stems) });
      const opened = readCompiledLexicon(file, name);
      expect(opened?.words.count).toBe(words.size);
      const list = new SortedWordList(opened!.words);
      const stemList = new SortedWordList(opened!.stems!);
      expect(list.size).toBe(words.size);
      const asked = [...words, ...stems, '', 'zzz', 'A\u00e9', ...Array.from({ length: 3000 }, () => generate(String.fromCharCode(0x41 + Math.floor(random() * 1600))))];
      for (const word of asked) {
        expect(list.has(word), JSON.stringify(word)).toBe(words.has(word));
        expect(stemList.has(word), JSON.stringify(word)).toBe(stems.has(word));
      }
    }
    expect(PAGES_BEFORE_WHOLE).toBeLessThan(1500);
  });

  it('reads nothing from a file cut short', () => {
    const file = join(folder, 'cut.bin');
    writeCompiledLexicon(file, { signature: 'cut', source: 'test', size: 2, inflect: false, words: sortWordList(['un', 'deux']) });
    expect(readCompiledLexicon(file, 'cut')?.words.count).toBe(2);
    truncateSync(file, readFileSync(file).length - 4);
    expect(readCompiledLexicon(file, 'cut')).toBeUndefined();
  });

  it('reads nothing from a file made for other lists', () => {
    expect(readCompiledLexicon(join(folder, 'none.bin'), 'any')).toBeUndefined();
  });
});

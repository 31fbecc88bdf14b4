import { describe, expect, it } from 'vitest';
import { cutWordAtEnd } from '../../src/layout/misplaced-block.ts';
import { isLetterCodePoint, letterRunStart } from '../../src/text/letters.ts';
import { isAllCapitals } from '../../src/text/all-capitals.ts';
import { createDocumentEvidence, isWordCharacter, leftOfLineEndHyphen } from '../../src/layout/join-lines.ts';
import { GLUE_HINT, hasGlueHints } from '../../src/layout/glued-words.ts';
import { detectLayout, detectLayoutKind } from '../../src/layout/detect-layout.ts';
import { holdsSpacesInsideLine } from '../../src/layout/word-spaces.ts';
import { FRAGMENT, fragmentsIn, mayBeFragment } from '../../src/layout/kerned-word-spaces.ts';
import { holdsSpreadRun } from '../../src/layout/letter-spaced-words.ts';
import { SHORT_WORDS } from '../../src/layout/split-words.ts';
import { ELISION_WHERE_SENTENCE_OPENS, GRAVE_OR_CIRCUMFLEX_WORD, replaceGraveOrCircumflexWords } from '../../src/layout/ocr-letter-misreads.ts';

/**
 * Shortcuts the structure stage takes for speed, each checked against the pattern it replaced on
 * strings made of the characters that decide it (letters of every plane, hyphens, marks, spaces,
 * lone surrogates), so that the output stays the same byte for byte.
 */
const PIECES = ['a', 'é', 'Z', 'ß', 'ª', 'µ', 'ǅ', 'Ω', 'я', '中', '𝒜', '\uD835', '\uDC9C', '-', '¬', '\u2010', '\u00AD', "'", '’', ',', '.', '»', '«', '(', ' ', '\u00A0', '1', '×'];

/** Strings of up to `longest` pieces, from a fixed seed: the same ones every run. */
function strings(count: number, longest: number): string[] {
  let seed = 0x2f6e2b1;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed >>> 8;
  };
  return Array.from({ length: count }, () => Array.from({ length: next() % (longest + 1) }, () => PIECES[next() % PIECES.length]).join(''));
}

describe('the stage\'s shortcuts against the patterns they replaced', () => {
  it('reads a word cut at the line\'s end as /(\\p{L}+)[-¬\\u2010]$/u captures it', () => {
    const pattern = /(\p{L}+)[-¬\u2010]$/u;
    for (const text of [...strings(20000, 8), 'dia-', 'Messi¬', 'pro\u2010', 'un -', '-', '', 'a-b-', 'l’inter-', '𝒜𝒜-']) {
      expect(cutWordAtEnd(text), JSON.stringify(text)).toBe(pattern.exec(text)?.[1]);
    }
  });

  it('tells a word of letters alone on the codes as /^\\p{L}+$/u does (restored hyphens\' core)', () => {
    const pattern = /^\p{L}+$/u;
    for (const word of [...strings(20000, 8), 'Lyon', 'Saint-Malo', 'été', '𝒜b']) {
      const line = `« ${word} »`;
      const start = 2;
      const end = start + word.length;
      expect(word.length > 0 && letterRunStart(line, end) === start, JSON.stringify(word)).toBe(pattern.test(word));
    }
  });

  it('finds the words holding a grave or circumflex e as GRAVE_OR_CIRCUMFLEX_WORD does, offsets and all', () => {
    const pieces = [...PIECES, 'è', 'ê', 'è', 'ê', 'e', 'ï', '𝒶', 'È', '\u00AC', '’'];
    let seed = 0x51ed;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 8;
    };
    const texts = Array.from({ length: 20000 }, () => Array.from({ length: next() % 13 }, () => pieces[next() % pieces.length]).join(''));
    for (const text of [...texts, 'mêtre', 'pêle-mêle', 'quê-', 'très bien', 'l’être', 'être’', '2ème', 'Ève', 'après.', '𝒶ê𝒶', '\uD835ê']) {
      const calls: string[] = [];
      const expected = text.replace(GRAVE_OR_CIRCUMFLEX_WORD, (word: string, offset: number) => {
        calls.push(`${word}@${offset}`);
        return `[${word}]`;
      });
      const found: string[] = [];
      const replaced = replaceGraveOrCircumflexWords(text, (word, offset, whole) => {
        expect(whole).toBe(text);
        found.push(`${word}@${offset}`);
        return `[${word}]`;
      });
      expect(found, JSON.stringify(text)).toEqual(calls);
      expect(replaced, JSON.stringify(text)).toBe(expected);
    }
  });

  it('lets through every line where a lost elision may be read where a sentence opens', () => {
    // What restoreLostElisions asks of a word before the lexicon: the line's start, or a stop and
    // spaces before it, or, for a capital, an opening quote or a dash and any spaces.
    const lostElision = /(?<![\p{L}\p{N}'’-])([Ll])([aeiouhéèêàâîôû]\p{Ll}+)(?![\p{L}\p{N}'’-])/gu;
    const afterStop = /(?:^|[.!?…]\s+)$/u;
    const sentenceOpens = /(?:^|[.!?…]\s+|[«"“—–]\s*)$/u;
    const pieces = ['L', 'l', 'eau', 'a', 'ée', 'hu', 's', 'Leau', 'lidée', 'les', ' ', '\u00A0', '\t', '.', '!', '…', '«', '"', '“', '—', '–', '-', '’', 'M', '1', 'É'];
    let seed = 0x1e1;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 8;
    };
    const texts = Array.from({ length: 20000 }, () => Array.from({ length: next() % 8 }, () => pieces[next() % pieces.length]).join(''));
    let opening = 0;
    for (const text of [...texts, 'Leau est là.', 'Fin. lavocate dit', '« Lidée', '— Lun des', 'les autres', 'M. Leau']) {
      const mayRestore = [...text.matchAll(lostElision)].some((match) => {
        const lead = text.slice(0, match.index);
        return match[1] === 'L' ? sentenceOpens.test(lead) : afterStop.test(lead);
      });
      if (mayRestore) {
        opening += 1;
        expect(ELISION_WHERE_SENTENCE_OPENS.test(text), JSON.stringify(text)).toBe(true);
      }
    }
    expect(opening).toBeGreaterThan(100);
  });

  it('counts glued words\' hints as GLUE_HINT finds them, to two', () => {
    const pieces = ['a', 'e', 'z', 'é', 'ß', 'ÿ', 'œ', 'æ', '÷', 'A', ' ', '\n', '(', '«', '’', "'", 'de', 'la', 'les', 'des', 'une', 'dans', 'l’', 'd\'', 'abcdefgh', 'ijklmnopq', '𝒶', '\r'];
    let seed = 0x9e3;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 8;
    };
    const texts = Array.from({ length: 20000 }, () => Array.from({ length: next() % 24 }, () => pieces[next() % pieces.length]).join(''));
    const long = 'anticonstitutionnellement';
    let twice = 0;
    for (const text of [...texts, '', long, `${long} ${long}`, `${long}${long}`, ' delaabcdefghijklmnopqr', ' lesles', `${long.slice(0, 16)} dela`, 'dela\ndela', 'dela\u2028dela', '\u2029desla ledu', 'x\rdela (lela', `${long}\ndela`, `dela\n${long}`]) {
      let hints = 0;
      GLUE_HINT.lastIndex = 0;
      while (hints < 2 && GLUE_HINT.exec(text) !== null) hints += 1;
      if (hints >= 2) twice += 1;
      expect(hasGlueHints(text), JSON.stringify(text)).toBe(hints >= 2);
    }
    expect(twice).toBeGreaterThan(1000);
  });

  it('tells the layout\'s kind, reading only until it is print for certain, as the whole evidence tells it', () => {
    const lines = ['Le maire a dit que la com-', 'mune fermera.', 'engage-', 'ments pris', 'Il pleut.', 'une phrase qui continue', '', '', 'LA GAZETTE mardi 3 mars 2026', '12', 'vieille presse¬', '   Un alinéa.', `${'Un paragraphe entier sur une seule ligne, '.repeat(4)}fin.`, 'Court.', 'Titre'];
    let seed = 0x7a11;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 8;
    };
    const kinds = new Set<string>();
    for (let count = 0; count < 5000; count += 1) {
      const text = Array.from({ length: 1 + (next() % 14) }, () => lines[next() % lines.length]).join('\n');
      const kind = detectLayoutKind(text);
      kinds.add(kind);
      expect(kind, JSON.stringify(text)).toBe(detectLayout(`${text}`).layout);
    }
    expect([...kinds].sort()).toEqual(['plain', 'print']);
  });

  it('finds two spaces in a row inside a line as the lines\' trimmed texts hold them', () => {
    const pieces = [' ', ' ', '  ', 'a', 'é', '.', '\n', '\t', '\r', '\u00A0', '\u2028', '\u3000', '\uFEFF', '𝒜'];
    let seed = 0x5ace;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 8;
    };
    const texts = Array.from({ length: 20000 }, () => Array.from({ length: next() % 12 }, () => pieces[next() % pieces.length]).join(''));
    let inside = 0;
    for (const text of [...texts, 'Un  mot', 'Une fin.  \nUn   alinéa', '  \n  ', 'a\r\n  b', '']) {
      const expected = text.split('\n').some((line) => line.trim().includes('  '));
      if (expected) inside += 1;
      expect(holdsSpacesInsideLine(text), JSON.stringify(text)).toBe(expected);
    }
    expect(inside).toBeGreaterThan(1000);
  });
  it('tells a kern\'s fragment token as the pieces\' patterns read it, whichever piece it is', () => {
    const first = /^([(«“"]?(?:\p{L}+[’'])?)(\p{L}+)$/u;
    const later = /^(\p{L}+)((?:[.,;:!?»)”…]*|-\p{L}+[.,;:!?»)”…]*))$/u;
    const fragment = (letters: string | undefined): boolean => letters !== undefined && letters.length <= 2 && !SHORT_WORDS.has(letters.toLowerCase());
    let fragments = 0;
    for (const token of [...strings(40000, 6), 'r', 'ue', 'de', 'De', 'l’a', 'qu’il', 'qu’ue', 'ys.', 'ys-il', '(pa', 'pays', '𝒜', '𝒜𝒜', '𝒜b', 'Me', '']) {
      const expected = fragment(first.exec(token)?.[2]) || fragment(later.exec(token)?.[1]);
      if (expected) fragments += 1;
      expect(mayBeFragment(token), JSON.stringify(token)).toBe(expected);
    }
    expect(fragments).toBeGreaterThan(1000);
  });
  it('finds three characters a space apart as /(?:^|\\s)\\S \\S \\S(?=\\s|$)/mu does', () => {
    const pattern = /(?:^|\s)\S \S \S(?=\s|$)/mu;
    const characters = ['a', 'é', '𝒜', '\uD835', '1', '.', 'ab', ''];
    const gaps = [' ', ' ', ' ', ' ', '\n', '\r', '\u2028', '\u2029', '\t', '\u00A0', '  ', ''];
    let seed = 0x5eed;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 8;
    };
    let spread = 0;
    for (const text of [...Array.from({ length: 30000 }, () => Array.from({ length: next() % 9 }, () => `${characters[next() % characters.length]}${gaps[next() % gaps.length]}`).join('')), 'a b c', 'x\na b c', 'ab c d', 'd e s\u2028', '\u2029a b c']) {
      const expected = pattern.test(text);
      if (expected) spread += 1;
      expect(holdsSpreadRun(text), JSON.stringify(text)).toBe(expected);
    }
    expect(spread).toBeGreaterThan(1000);
  });

  it('tells a letter on its code as /^\p{L}$/u does, every code point', () => {
    const pattern = /^\p{L}$/u;
    for (let code = 0; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (isLetterCodePoint(code) !== pattern.test(String.fromCodePoint(code))) expect(code.toString(16)).toBe('no difference');
    }
  });

  it('tells a text in capitals as each letter compared with its capital, the general punctuation passed over', () => {
    const slow = (text: string): boolean => {
      let letters = 0;
      for (const character of text) {
        if (character.toLocaleLowerCase('fr') !== character.toLocaleUpperCase('fr')) {
          if (character !== character.toLocaleUpperCase('fr')) return false;
          letters += 1;
        }
      }
      return letters >= 2;
    };
    const capitals = ['A', 'É', 'Z', 'Œ', 'œ', 'a', 'é', 'ß', 'µ', 'ª', '’', '—', '…', '“', '\u2070', '\u2071', 'Ω', 'ω', '1', ' ', '-', '×', 'ǅ', '𝒜', '\uD835'];
    let seed = 0xca95;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 8;
    };
    let inCapitals = 0;
    for (const text of [...Array.from({ length: 30000 }, () => Array.from({ length: next() % 7 }, () => capitals[next() % capitals.length]).join('')), 'L’ÉTÉ — OUI', 'CŒUR', 'L’été']) {
      const expected = slow(text);
      if (expected) inCapitals += 1;
      expect(isAllCapitals(text), JSON.stringify(text)).toBe(expected);
    }
    expect(inCapitals).toBeGreaterThan(1000);
  });

  it('finds a word whole in the document from its rarest letter as a search from its first finds it', () => {
    const isWordOrHyphen = (character: string | undefined): boolean => character !== undefined && /^[\p{L}\p{N}-]$/u.test(character);
    const whole = (text: string, word: string): number | undefined => {
      const lower = text.toLowerCase();
      for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
        if (isWordOrHyphen(lower[at - 1]) || isWordOrHyphen(lower[at + word.length])) continue;
        return lower.slice(0, at).split('\n').length;
      }
      return undefined;
    };
    const letters = ['a', 'n', 'o', 'y', 'm', 't', 'é', 'q', 'u', 'x', 'A', 'Y', ' ', ' ', '\n', '-', ',', '1', '’', "'", 'œ'];
    let seed = 0xd0c;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 8;
    };
    const piece = (longest: number): string => Array.from({ length: 1 + (next() % longest) }, () => letters[next() % letters.length]).join('');
    let found = 0;
    for (let round = 0; round < 3000; round += 1) {
      const text = Array.from({ length: 40 }, () => piece(6)).join(' ');
      const document = createDocumentEvidence(text);
      for (const word of [piece(4).toLowerCase().replace(/[\s-]/gu, ''), text.slice(next() % text.length).split(/[\s-]/u)[0]?.toLowerCase() ?? '']) {
        if (word === '' || /['’]/u.test(word)) continue;
        const expected = whole(text, word);
        if (expected !== undefined) found += 1;
        expect(document.lineOf?.(word), JSON.stringify([text, word])).toBe(expected);
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('tells a letter or a figure on its code as /^[\p{L}\p{N}]$/u does, every code unit (the document\'s words)', () => {
    const pattern = /^[\p{L}\p{N}]$/u;
    for (let code = 0; code <= 0xffff; code += 1) {
      const character = String.fromCharCode(code);
      if (isWordCharacter(character) !== pattern.test(character)) expect(code.toString(16)).toBe('no difference');
    }
  });

  it('reads the word before a line-end hyphen on the codes as it did on the characters', () => {
    const word = (character: string | undefined): boolean => character !== undefined && /^[\p{L}\p{N}]$/u.test(character);
    const before = (text: string): string | null => {
      if (!text.endsWith('-')) return null;
      let start = text.length - 1;
      while (start > 0) {
        const character = text[start - 1];
        if (word(character) || character === "'" || character === '’') start -= 1;
        else if (character === '-' && word(text[start - 2])) start -= 1;
        else break;
      }
      const left = text.slice(start, -1);
      return word(left.at(-1)) ? left : '';
    };
    let words = 0;
    for (const text of [...strings(40000, 7), ...strings(20000, 5).map((text) => `${text}-`), '', '-', 'a-', "de l'anony-", 'a-t-', 'pays -']) {
      const expected = before(text);
      if (expected !== null && expected !== '') words += 1;
      expect(leftOfLineEndHyphen(text), JSON.stringify(text)).toBe(expected);
    }
    expect(words).toBeGreaterThan(1000);
  });

  it('finds the kerns\' fragments on the codes as FRAGMENT matches them, a word read once', () => {
    let found = 0;
    for (const text of [...strings(30000, 12), ...strings(3000, 30).map((text) => text.replaceAll('Ω', '\n'))]) {
      const expected = [...text.matchAll(FRAGMENT)].map((match) => match[0]);
      found += expected.length;
      expect(fragmentsIn(text), JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(1000);
  });
});

import { describe, expect, it } from 'vitest';
import { isWhitespace, letterBeforeLast, letterRunStart, trailingMarksStart, withoutTrailingMarks } from '../../src/text/letters.ts';

/** What the scan replaces: the run of letters a regular expression anchored at the end finds. */
function byRegularExpression(text: string, end: number): number {
  const match = /\p{L}+$/u.exec(text.slice(0, end));
  return match === null ? end : match.index;
}

describe('letterRunStart', () => {
  it.each([
    ['vallée du Rhône', 15, 10],
    ['toute la', 8, 6],
    ["aujourd'", 7, 0],
    ['Le 12', 5, 5],
    ['', 0, 0],
    ['fin.', 4, 4],
    ['fin.', 3, 0],
    ['Ελλάδα', 6, 0],
    ['東京', 2, 0],
  ])('%s before %i starts at %i', (text, end, expected) => {
    expect(letterRunStart(text, end)).toBe(expected);
  });

  it('counts a letter outside the Basic Multilingual Plane as one, and stops at any other pair or a lone surrogate', () => {
    expect(letterRunStart('mot 𝒜𝒷', 8)).toBe(4); // mathematical script letters (two code units each)
    expect(letterRunStart('mot 😀ab', 8)).toBe(6); // an emoji is no letter
    expect(letterRunStart('ab\ud835', 3)).toBe(3); // a lone high surrogate
    expect(letterRunStart('ab\udc9c', 3)).toBe(3); // a lone low surrogate
  });

  it('agrees with /\\p{L}+$/u on mixed French, Greek, digits, punctuation and surrogates', () => {
    const pieces = ['a', 'é', 'Ç', 'ÿ', 'ǅ', 'ª', 'µ', '×', '÷', ' ', "'", '’', '-', '1', '.', 'λ', 'ж', '𝒜', '😀', '\ud835', '\udc9c', 'ß', 'Œ'];
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 2000; round += 1) {
      let text = '';
      const length = Math.floor(random() * 8);
      for (let index = 0; index < length; index += 1) text += pieces[Math.floor(random() * pieces.length)];
      for (let end = 0; end <= text.length; end += 1) {
        expect(letterRunStart(text, end), JSON.stringify([text, end])).toBe(byRegularExpression(text, end));
      }
    }
  });
});

describe('letterBeforeLast', () => {
  it('agrees with /\\p{L}.$/u (a letter, then any last code unit) on mixed letters, hyphens, surrogates and punctuation', () => {
    const pieces = ['a', 'é', 'Œ', 'λ', '𝒜', '😀', '\ud835', '\udc9c', ' ', '-', '¬', '\u2010', '\u00ad', '1', '.', '’'];
    let seed = 11;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 2000; round += 1) {
      let text = '';
      const length = Math.floor(random() * 6);
      for (let index = 0; index < length; index += 1) text += pieces[Math.floor(random() * pieces.length)];
      // Only a last code unit that stands alone (no half of a pair) is what the line-end tests read.
      const last = text.charCodeAt(text.length - 1);
      if (last >= 0xd800 && last <= 0xdfff) continue;
      const expected = text.length > 1 && /\p{L}$/u.test(text.slice(0, -1));
      expect(letterBeforeLast(text), JSON.stringify(text)).toBe(expected);
    }
  });
});

describe('isWhitespace', () => {
  it('agrees with /\\s/u on every code unit of the Basic Multilingual Plane', () => {
    const disagreements: number[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      if (isWhitespace(code) !== /\s/u.test(String.fromCharCode(code))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
    expect(isWhitespace(0x202f)).toBe(true); // the narrow no-break space French sets before `;`
    expect(isWhitespace(0x85)).toBe(false); // NEL is no whitespace to ECMAScript
  });
});

/** Every text of up to `length` characters drawn from `alphabet`. */
function* textsOf(alphabet: readonly string[], length: number, prefix = ''): Generator<string> {
  yield prefix;
  if (length > 0) for (const character of alphabet) yield* textsOf(alphabet, length - 1, prefix + character);
}

describe('trailingMarksStart and withoutTrailingMarks', () => {
  // The patterns the layout read line ends with, each against the scan that replaced it, on
  // every short text of marks, letters, spaces and a character outside the BMP.
  it.each([
    [',.;:!?»)', /[,.;:!?»)]+$/u],
    ['.!?…', /[.!?…]+$/u],
    [')»”"’', /[)»”"’]+$/u],
  ])('leaves what replace(/[%s]+$/u) leaves', (marks, pattern) => {
    const alphabet = [...marks.slice(0, 3), 'a', 'é', ' ', '\u{1F600}'];
    for (const text of textsOf(alphabet, 5)) expect(withoutTrailingMarks(text, marks), JSON.stringify(text)).toBe(text.replace(pattern, ''));
  });

  it('tells a full stop no stop comes before, closing marks after it, as /[^.]\\.[)»”"’]*$/u does', () => {
    const endsOnOneStop = (text: string): boolean => {
      const end = trailingMarksStart(text, ')»”"’') - 1;
      return end >= 1 && text.charCodeAt(end) === 46 && text.charCodeAt(end - 1) !== 46;
    };
    for (const text of textsOf(['a', '.', '»', ')', '’', ' ', '\u{1F600}'], 5)) expect(endsOnOneStop(text), JSON.stringify(text)).toBe(/[^.]\.[)»”"’]*$/u.test(text));
  });

  it('returns the same string when no mark ends it', () => {
    const text = 'annoncé';
    expect(withoutTrailingMarks(text, '.,')).toBe(text);
    expect(trailingMarksStart('fin.»', '.»')).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../src/text/french-spacing.ts';

/** `⍽` for a narrow no-break space (U+202F), `°` for a no-break space (U+00A0): what the tests read. */
const shown = (text: string) => text.replaceAll('\u202f', '⍽').replaceAll('\u00a0', '°');

describe('frenchSpacing', () => {
  it.each([
    ['la Loire 18 % et la ville 12,5 %, soit 400 000 €.', 'la Loire 18⍽% et la ville 12,5⍽%, soit 400⍽000°€.'],
    ['« Nous avons tenu », dit-il : oui ! Et après ? Bien ; ensuite', '«°Nous avons tenu°», dit-il°: oui⍽! Et après⍽? Bien⍽; ensuite'],
    ['de 16 heures à 19 h 30, puis à 7 h.', 'de 16°heures à 19°h°30, puis à 7°h.'],
    ['Les 1 240 vitres et 1 234 567 euros', 'Les 1⍽240°vitres et 1⍽234⍽567°euros'],
  ])('sets French typography’s no-break spaces in "%s"', (text, expected) => {
    expect(shown(frenchSpacing(text))).toBe(expected);
  });

  it.each([
    ['a year then a figure', 'en 2019 300'],
    ['a decimal then a sign', 'soit 3,2'],
    ['no space to change', 'http://exemple.fr?a=b et 19:30'],
  ])('leaves %s as it is', (_why, text) => {
    expect(frenchSpacing(text)).toBe(text);
  });

  it('leaves the space after a year before a count breakable, gluing the count to its word only', () => {
    expect(shown(frenchSpacing('en 2019 300 personnes'))).toBe('en 2019 300°personnes');
  });

  it('changes only spaces, and twice is once', () => {
    const text = '« Le 12 500e visiteur ? » À 19 h 30 : 18 % !';
    const spaced = frenchSpacing(text);
    expect(spaced.replace(/[\u00a0\u202f]/g, ' ')).toBe(text);
    expect(frenchSpacing(spaced)).toBe(spaced);
  });
});

import { describe, expect, it } from 'vitest';
import { isAllCapitals, toSentenceCase } from '../src/text/all-capitals.ts';

describe('isAllCapitals', () => {
  it.each([
    ['CONFLIT SYRIEN', true],
    ['PROCÈS FLEUVE À PARIS', true],
    ['ÉCONOMIE', true],
    ['G20 : LE SOMMET', true],
    ['Conflit syrien', false],
    ['CONFLIT syrien', false],
    ['A', false], // one letter tells nothing
    ['2016', false],
    ['', false],
  ])('%s -> %s', (text, expected) => {
    expect(isAllCapitals(text)).toBe(expected);
  });
});

describe('toSentenceCase', () => {
  it.each([
    ['CONFLIT SYRIEN', 'Conflit syrien'],
    ['ÉTATS-UNIS', 'États-unis'],
    ['« PROCÈS FLEUVE »', '« Procès fleuve »'],
    ['2016 : ANNÉE NOIRE', '2016 : Année noire'],
  ])('%s -> %s', (text, expected) => {
    expect(toSentenceCase(text)).toBe(expected);
  });
});

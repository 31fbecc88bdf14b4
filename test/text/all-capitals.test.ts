import { describe, expect, it } from 'vitest';
import { isAllCapitals, toSentenceCase, toSentenceCaseHtml } from '../../src/text/all-capitals.ts';

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

describe('toSentenceCaseHtml', () => {
  it('puts each sentence element in sentence case and leaves protected elements alone', () => {
    expect(
      toSentenceCaseHtml(
        '<span id="k1.s1"><span class="notranslate">VLADIMIR PUTIN</span> REÇOIT <span translate="no">BARACK OBAMA</span> À PARIS</span>',
      ),
    ).toBe('<span id="k1.s1"><span class="notranslate">VLADIMIR PUTIN</span> reçoit <span translate="no">BARACK OBAMA</span> à paris</span>');
    expect(toSentenceCaseHtml('<span id="h1.s1">LE SOMMET &amp; LA CRISE</span> <span id="h1.s2">ENFIN.</span>')).toBe(
      '<span id="h1.s1">Le sommet &amp; la crise</span> <span id="h1.s2">Enfin.</span>',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { endsSentence } from '../../src/layout/layout-block.ts';

describe('endsSentence', () => {
  it.each([
    ['Il pleut.', true],
    ['« Sortons ! »', true],
    ['a-t-il demandé ?', true],
    ['(voir plus haut.)', true],
    ['il a dit « non »', true],
    ['et ainsi de suite…', true],
    ['selon M', false],
    ['le 12', false],
    ['en effet,', false],
    ['Il pleut. ', true],
    ['))', false],
    ['', false],
  ])('%j -> %s', (text, expected) => {
    expect(endsSentence(text)).toBe(expected);
  });

  it('agrees with /[.!?…»”][)\\]»”"\'’]*$/u after trimming, on generated line ends', () => {
    const pieces = ['a', 'Z', '1', ',', '-', ' ', '\u00a0', '\t', '.', '!', '?', '…', '»', '”', ')', ']', '"', "'", '’', '«', ':', ';', 'é'];
    let seed = 11;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 20000; round += 1) {
      let text = '';
      const length = Math.floor(random() * 6);
      for (let index = 0; index < length; index += 1) text += pieces[Math.floor(random() * pieces.length)];
      expect(endsSentence(text), JSON.stringify(text)).toBe(/[.!?…»”][)\]»”"'’]*$/u.test(text.trimEnd()));
    }
  });
});

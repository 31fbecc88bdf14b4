import { describe, expect, it } from 'vitest';
import { firstBreakablePiece, firstSyllableLength } from '../../src/layout/first-syllable.ts';

describe('first syllable', () => {
  it('cuts before a single consonant between vowels, between two consonants, before a pair that never parts', () => {
    expect(firstSyllableLength('héroïne')).toBe(2);
    expect(firstSyllableLength('partir')).toBe(3);
    expect(firstSyllableLength('matras')).toBe(2);
    expect(firstSyllableLength('Concrètement')).toBe(3);
    expect(firstSyllableLength('Quatorze')).toBe(3);
  });

  it('leaves two letters before the hyphen and three after, or does not cut', () => {
    expect(firstSyllableLength('Deux')).toBe(0);
    expect(firstSyllableLength('Elle')).toBe(0);
    expect(firstSyllableLength('avant')).toBe(0);
    expect(firstSyllableLength('SNCF')).toBe(0);
  });

  it('gives the least of a word a line could end on', () => {
    expect(firstBreakablePiece('L’héroïne,')).toBe('L’hé-');
    expect(firstBreakablePiece('Météo-France')).toBe('Météo-');
    expect(firstBreakablePiece('Outre')).toBe('Ou-');
    expect(firstBreakablePiece('Mais')).toBe('Mais');
    expect(firstBreakablePiece('« Nous')).toBe('« Nous');
    expect(firstBreakablePiece('2019.')).toBe('2019.');
    expect(firstBreakablePiece('CGT.')).toBe('CGT.');
  });
});

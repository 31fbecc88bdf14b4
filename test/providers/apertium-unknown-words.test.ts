/**
 * The second opinion on the words the offline engine does not know
 * (src/providers/apertium/unknown-word-fallback.ts): sent through fra-cat and cat-eng alone,
 * a Spanish leftover traced back to the French word it was made from.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApertium } from '../../src/providers/apertium/index.ts';
import type { TranslationProvider } from '../../src/providers/types.ts';
import { inFrench, isFragment, markedWords, replaceMarkedWords, UnknownWordFallback, usableAnswer } from '../../src/providers/apertium/unknown-word-fallback.ts';
import { apertiumInstalled, translateTexts } from '../support/apertium-pair.ts';

describe('markedWords', () => {
  it('lists the lower-case words of three letters or more the engine marked unknown, each once', () => {
    expect(markedWords('The *baigneurs and the *coupole, the *baigneurs again.')).toEqual(['baigneurs', 'coupole']);
    // Names, initials, units, a word it could not generate (#) or has no translation for (@), a literal star: not asked.
    expect(markedWords('*Ernel at 7 *h, 3 *mm, #give, @word, &#42;star')).toEqual([]);
  });

  it('leaves approximate numbers, which the Catalan pairs make ordinals (a thirtieth of swimmers)', () => {
    expect(markedWords('a *treintena of swimmers, a *vingtaine of them')).toEqual([]);
  });
});

describe('replaceMarkedWords, usableAnswer, inFrench', () => {
  it('writes the English found in place of the marked word, and keeps the others marked', () => {
    expect(replaceMarkedWords('The *coupole and the *carrelage.', new Map([['coupole', 'dome']]))).toBe('The dome and the *carrelage.');
  });

  it('takes an answer with no mark, not the word itself, without the pronoun a verb alone gets', () => {
    expect(usableAnswer('coupole', 'dome\n')).toBe('dome');
    expect(usableAnswer('baigneurs', '*banyistes')).toBeUndefined();
    expect(usableAnswer('lupa', 'lupa')).toBeUndefined();
    expect(usableAnswer('soupire', 'it sighs')).toBe('sighs');
  });

  it('tells a French word of the segment from a Spanish leftover', () => {
    expect(inFrench('coupole', 'La Coupole sera conservée.')).toBe(true);
    expect(inFrench('cabildo', 'La mairie a voté.')).toBe(false);
  });

  it('knows half a word cut at a line\'s end, which it does not send', () => {
    expect(isFragment('nique', 'la Première ministre britan- nique Theresa May')).toBe(true);
    expect(isFragment('nique', 'une nique')).toBe(false);
  });
});

describe('UnknownWordFallback', () => {
  /** A stand-in engine: each word's answer from a table, the rest marked unknown. */
  function stand(table: Record<string, string>, asked: string[][]): TranslationProvider {
    return {
      id: 'stand-in',
      capabilities: {} as TranslationProvider['capabilities'],
      async doTranslate(request) {
        // The Catalan legs get each word as a sentence, with a full stop.
        const word = (text: string) => text.replace(/\.$/u, '');
        asked.push(request.segments.map((segment) => word(segment.text)));
        return {
          translations: request.segments.map((segment) => {
            const found = table[word(segment.text)];
            return { id: segment.id, text: found === undefined ? `*${segment.text}` : `${found}${segment.text.endsWith('.') ? '.' : ''}` };
          }),
          billedCharacters: 0,
        };
      },
    } as TranslationProvider;
  }

  it('sends French words as they are, Spanish leftovers as the French word that gave them, and asks each word once', async () => {
    const asked: string[][] = [];
    const engines: Record<string, TranslationProvider> = {
      'fra-cat': stand({ coupole: 'cúpula', mairie: 'ajuntament' }, asked),
      'cat-eng': stand({ cúpula: 'dome', ajuntament: 'town hall' }, []),
      'fr-es': stand({ mairie: 'cabildo', la: 'la', sera: 'será', conservée: 'conservada' }, []),
    };
    const fallback = new UnknownWordFallback({ modesDir: '/usr/share/apertium/modes', createProvider: (modes) => engines[modes[0]!]! });
    if (!fallback.available) return;
    const answers = await fallback.translate(
      ['The *coupole of the *cabildo.', 'The *coupole, *carrelage.'],
      ['La coupole de la mairie.', 'La coupole, le carrelage.'],
    );
    expect(answers).toEqual(['The dome of the town hall.', 'The dome, *carrelage.']);
    expect(asked.flat().filter((word) => word === 'coupole')).toHaveLength(1);
  });

  it('gives the answers back when its modes are not installed', async () => {
    const fallback = new UnknownWordFallback({ modesDir: '/nowhere', createProvider: () => { throw new Error('not called'); } });
    expect(fallback.available).toBe(false);
    expect(await fallback.translate(['The *coupole.'], ['La coupole.'])).toEqual(['The *coupole.']);
  });
});

const fallbackInstalled = apertiumInstalled && ['fra-cat', 'cat-eng'].every((mode) => existsSync(`/usr/share/apertium/modes/${mode}.mode`));

describe.skipIf(!fallbackInstalled)('on the real engine', () => {
  it('translates the words fr-es does not know, and the Spanish it leaves, through Catalan (session 51)', async () => {
    const french = ['Sa coupole laisse passer l’eau de pluie et la chaudière consomme trop.', 'Les nageurs ont été mobilisés.'];
    const withMarks = createApertium({ reportUnknownWords: true, unknownWordFallback: false });
    const helped = createApertium({ reportUnknownWords: true });
    try {
      const before = await translateTexts(withMarks, french, 'html');
      const after = await translateTexts(helped, french, 'html');
      expect(before[0]).toMatch(/\*coupole.*\*chaudière/);
      // `mobilisés` is a Spanish leftover, `movilizados`: the French word goes through Catalan.
      expect(before[1]).toMatch(/\*nageurs.*\*movilizados/);
      expect(after[0]).toMatch(/dome.*furnace/);
      expect(after[1]).toMatch(/swimmers.*mobilised/);
    } finally {
      await withMarks.close?.();
      await helped.close?.();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { mayChangeUnderNfc } from '../src/layout/french-lexicon.ts';
import { layoutText } from '../src/structure.ts';

// layoutText tests the whole text for characters that may change under NFC with a compiled
// pattern (faster on a whole text than mayChangeUnderNfc's loop): both must say the same, and a
// text only the pattern's verdict lets through must come out in NFC.
describe('the whole-text NFC test of layoutText', () => {
  const texts = [
    'Le ministre a parlé.',
    'e\u0301te\u0301 comme hiver',
    'un cafe\u0300 « serré » — 12 € ; 30 %',
    'a\u2001b', // EM QUAD decomposes to EM SPACE: just below the punctuation block kept as is
    'a\u2002b\u206fc\u20a0d\u20cfe', // the ranges' edges, which never change
    'a\u02ffb\u0300c', // the last Latin modifier, then a combining grave
    'x\ud83d\ude00y', // a character outside the Basic Multilingual Plane
    'ﬁn de ligne', // a compatibility ligature, which NFC keeps
  ];

  it.each(texts)('puts %j in NFC, as the text was or normalised', (text) => {
    expect(layoutText(text, { layout: 'plain' }).text).toBe(text.normalize('NFC'));
  });

  it('normalises exactly the texts mayChangeUnderNfc lets through', () => {
    for (const text of texts) {
      const changes = text.normalize('NFC') !== text;
      if (changes) expect(mayChangeUnderNfc(text)).toBe(true);
    }
    expect(mayChangeUnderNfc('a\u2002b\u206fc\u20a0d\u20cfe')).toBe(false);
    expect(mayChangeUnderNfc('a\u2001b')).toBe(true);
  });
});

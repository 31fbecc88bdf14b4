import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { GLUE_POINT, holdsGluePoint, spaceGluedFigures, spaceToken } from '../../src/layout/glued-figures.ts';

const lexicon = getFrenchLexicon();
const linesOf = (...contents: string[]) => contents.map((content, index) => ({ content, number: index + 1 }));

describe('figures OCR glued to the words around them', () => {
  it('spaces a figure from a unit or a word after it, and a word from the figure after it', () => {
    expect(spaceToken('14km', lexicon)).toBe('14 km');
    expect(spaceToken('34ans', lexicon)).toBe('34 ans');
    expect(spaceToken('10euros', lexicon)).toBe('10 euros');
    expect(spaceToken('5,82mà4h', lexicon)).toBe('5,82 m à 4 h');
    expect(spaceToken('8hà8h45', lexicon)).toBe('8 h à 8 h 45');
    expect(spaceToken('entre5het8', lexicon)).toBe('entre 5 h et 8');
    expect(spaceToken('À6h', lexicon)).toBe('À 6 h');
  });

  it('leaves ordinals, codes in capitals, a unit before its power and what is no word', () => {
    // `no7`: a line's last word and a folio set after it, not OCR's lost space.
    for (const token of ['1er', '2e', '3ème', '2nd', '1res', 'A320', 'CO2', 'B52', 'km2', 'm2', '4x4', '12xz', 'no7']) {
      expect(spaceToken(token, lexicon), token).toBeUndefined();
    }
  });

  it('spaces them in an article that spaces its figures itself, each recorded, and leaves an hour alone to normalize-spacing.ts', () => {
    const result = spaceGluedFigures(linesOf('Le village de 1 240 habitants, à 14km de Laval,', 'ouvre de 8hà12h, et à 21h le soir, pour 34 ans.'), lexicon);
    expect(result.lines.map((line) => line.content)).toEqual(['Le village de 1 240 habitants, à 14 km de Laval,', 'ouvre de 8 h à 12 h, et à 21h le soir, pour 34 ans.']);
    expect(result.repairs.map((repair) => `${repair.line} ${repair.before} -> ${repair.after} ${repair.reason}`)).toEqual([
      '1 14km -> 14 km figures-glued-by-ocr',
      '2 8hà12h -> 8 h à 12 h figures-glued-by-ocr',
    ]);
  });

  it('changes nothing in a text that glues its figures more often than it spaces them', () => {
    const lines = linesOf('Un pack 4G de 20go pour 10euros, 5mn de trajet.');
    expect(spaceGluedFigures(lines, lexicon)).toEqual({ lines, repairs: [] });
  });

  it('finds a figure and a letter with only stops or commas between them as the pattern does, read around each figure', () => {
    const texts = ['14km', 'de9h', 'km2', '5,82mà4h', '3.,a', 'a.,3', '12 km', '12.', 'x . 3', '𝐀1', '1𝐀', '\udc001', '1\ud835', '²3', 'é,,7', '7 é', ''];
    for (const text of texts) expect(holdsGluePoint(text), text).toBe(GLUE_POINT.test(text));
    expect(texts.filter(holdsGluePoint)).toEqual(['14km', 'de9h', 'km2', '5,82mà4h', '3.,a', 'a.,3', '𝐀1', '1𝐀', 'é,,7']);
  });
});

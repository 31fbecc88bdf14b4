/**
 * TeX's accents an extraction wrote apart from their letters, composed in the text
 * (`src/layout/spacing-accents.ts`): lines typed by hand in each tool's order, then each tool's
 * text of the tex-accents pages (`test/fixtures/tex-accents/<page>.<tool>.txt`) structured.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSpacingAccents } from '../../src/layout/spacing-accents.ts';
import { structureText } from '../../src/structure.ts';

const composed = (text: string) => composeSpacingAccents(text).text;

describe('composeSpacingAccents: an accent glyph beside its letter', () => {
  it('composes an accent written against the letter after it, a dotless i taken as i', () => {
    expect(composed('Le c´ed´e de l’´et´e, la chaˆıne et l’a¨ıeul.')).toBe('Le cédé de l’été, la chaîne et l’aïeul.');
    expect(composed('Les a^ın´es f^etent `a l’H^otel, o`u No¨el arrive.')).toBe('Les aînés fêtent à l’Hôtel, où Noël arrive.');
    expect(composed('Un gar¸con de Besan¸con.')).toBe('Un garçon de Besançon.');
  });

  it('records each line it changed as a repair, the rest of the text untouched', () => {
    const result = composeSpacingAccents('Titre sans accent\nLa f´ee du lyc´ee.');
    expect(result.text).toBe('Titre sans accent\nLa fée du lycée.');
    expect(result.repairs).toEqual([expect.objectContaining({ kind: 'accent-composed', line: 2, before: 'La f´ee du lyc´ee.', after: 'La fée du lycée.' })]);
  });

  it('reads a space between accent and letter only where the text shows the habit', () => {
    expect(composed('Le caf´ e du march´ e est ` a deux pas.')).toBe('Le café du marché est à deux pas.');
    // One pair alone: the writer's own backtick before a word.
    expect(composed('Il tape ` a la main.')).toBe('Il tape ` a la main.');
  });

  it('puts a cedilla written after a capital on it, and the space a tool read from it out', () => {
    expect(composed('Il dit : C¸a suffit. C¸ a aussi.')).toBe('Il dit : Ça suffit. Ça aussi.');
    expect(composed('Avec Mme C¸elik et Fran¸coise.')).toBe('Avec Mme Çelik et Françoise.');
    expect(composed('Des gar¸ cons au caf´ e et C ¸a, puis C ¸ a.')).toBe('Des garçons au café et Ça, puis Ça.');
    // A cedilla after a small letter, a space after it, in a text without pypdf's habit: none composed.
    expect(composed('Un gar¸ con.')).toBe('Un gar¸ con.');
  });

  it('moves an accent a tool put on the letter before a dotless i onto it', () => {
    expect(composed('La châıne de Löıc, les âınés.')).toBe('La chaîne de Loïc, les aînés.');
    expect(composed('Raphaël Noël-D\u0131\u0302né')).toBe('Raphaël Noël-Dîné');
  });

  it('reads the glyphs of the table the PDF reader shares: the modifier macron and a dotless j', () => {
    // `ˉ` (U+02C9) is the macron some fonts' text maps give; `ȷ` TeX's dotless j under an accent.
    expect(composed('Le ˉa de Hāwai et ˇȷ.')).toBe('Le ā de Hāwai et ǰ.');
    expect(composed('Un mot ȷ seul')).toBe('Un mot ȷ seul');
  });

  it('reads a ring alone after a figure as the degree, and drops the space after an elided word before an accented capital', () => {
    expect(composed('Il fait 4 ˚C, selon l’ ´Echevinage.')).toBe('Il fait 4 °C, selon l’Échevinage.');
  });

  it('leaves glyphs Unicode composes with nothing, and lone carets, backticks and tildes, as written', () => {
    for (const text of ['P˚CHE et 2^3 = 8', 'la touche ^ et le signe ~ seuls', 'x ` 3 ; ´ ; ¨', 'voir https://exemple.fr/~dupont et a=1&^b', 'Kılıç et Işık']) {
      const result = composeSpacingAccents(text);
      expect(result.text).toBe(text);
      expect(result.repairs).toEqual([]);
    }
  });

  it('keeps `´` typed for the apostrophe after elided words', () => {
    expect(composed('Aujourd´hui, l´eau qu´il boit.')).toBe('Aujourd´hui, l´eau qu´il boit.');
  });

  it('returns a text with no such glyph as it is', () => {
    const text = 'Le café de l’été.\nRien à faire.';
    const result = composeSpacingAccents(text);
    expect(result.text).toBe(text);
    expect(result.repairs).toEqual([]);
  });
});

/**
 * Each page's expected blocks found whole among the structured blocks of each tool's text, as
 * measured (session 43). What still differs is no accent: the guillemets and the euro TeX's
 * bitmap fonts give as control characters or `(cid:19)`, `¿` for the euro. pypdf's reading of
 * plain TeX's OT1 fonts, whose accents it gives as their font codes (U+0012, U+0013, U+0018), is
 * read through OT1 first (`src/layout/ot1-control-codes.ts`).
 * Session 44 (mends44): plain-tex.pypdf read through OT1: 0 -> 4.
 */
const EXACT_BLOCKS: Record<string, Record<string, number>> = {
  'plain-tex': { mutool: 4, pymupdf: 4, pdfminer: 4, pypdf: 4, pdfjs: 4, pdfbox: 4 },
  // Session 44 (mends44): babel's guillemets read in a text (script-guillemets): 3 -> 5 (pypdf 3 -> 4).
  'latex-ot1': { mutool: 5, pymupdf: 5, pdfminer: 5, pypdf: 4, pdfjs: 5, pdfbox: 5 },
  texinfo: { mutool: 2, pymupdf: 2, pdfminer: 3, pypdf: 2, pdfjs: 2, pdfbox: 2 },
};
const ACCENT_GLYPH = /[\u00B4\u02C6\u00A8\u02DA\u00B8\u0131`^]/u;

describe('the other extractors’ texts of the tex-accents pages', () => {
  for (const [page, tools] of Object.entries(EXACT_BLOCKS)) {
    const expected = readFileSync(new URL(`../fixtures/tex-accents/${page}.expected.txt`, import.meta.url), 'utf8')
      .split(/\n\s*\n/u)
      .map((block) => block.trim().replace(/\s+/gu, ' '))
      .filter((block) => block.length > 0);
    for (const [tool, floor] of Object.entries(tools)) {
      it(`${page}.${tool}: accents on their letters, ${floor} blocks exact`, () => {
        const text = readFileSync(new URL(`../fixtures/tex-accents/${page}.${tool}.txt`, import.meta.url), 'utf8');
        const blocks = structureText(text, { fileName: `${page}.${tool}.txt` }).blocks.map((block) => block.text);
        expect(expected.filter((block) => blocks.includes(block)).length).toBeGreaterThanOrEqual(floor);
        expect(blocks.filter((block) => ACCENT_GLYPH.test(block))).toEqual([]);
      });
    }
  }
});

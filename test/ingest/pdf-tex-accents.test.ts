/**
 * TeX's accents drawn apart from their letters (`\accent`: plain TeX, LaTeX in OT1, Texinfo on
 * pdfTeX), the glyphs pdf.js cannot name in pdfTeX's bitmap fonts, and babel's guillemets drawn
 * as mathematics: the reader gives the words back whole (`src/ingest/pdf-drawn-accents.ts`,
 * `src/ingest/pdf-tex-encodings.ts`). The pages are made from the TeX sources beside them
 * (`test/fixtures/tex-accents/make-pdfs.sh`); each page's expected text is written by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeDrawnAccents } from '../../src/ingest/pdf-drawn-accents.ts';
import { readTexEncoding, scriptGuillemets, texEncoding, withoutControlCharacters } from '../../src/ingest/pdf-tex-encodings.ts';
import type { PdfTextPiece } from '../../src/ingest/read-pdf.ts';
import { structurePdf } from '../../src/structure.ts';

/** A piece of text in one font at 10 pt. */
function piece(text: string, x: number, width: number, y = 100, font = 'f1'): PdfTextPiece {
  return { text, x, y, width, size: 10, font };
}

const texts = (pieces: PdfTextPiece[]) => pieces.map((item) => item.text);

describe('composeDrawnAccents: an accent glyph drawn over or under a letter', () => {
  it('puts an accent ending a piece on the letter drawn back under it, the run one piece again', () => {
    // `l’´` `et´` `e : ` as pdf.js cuts `l’été : ` at each move back.
    const pieces = [piece('Le cœur de l’´', 90, 66), piece('et´', 150.8, 14.2), piece('e : la', 159.9, 25)];
    const composed = composeDrawnAccents(pieces);
    expect(texts(composed)).toEqual(['Le cœur de l’été : la']);
    expect(composed[0]!.x).toBe(90);
    expect(composed[0]!.x + composed[0]!.width).toBeCloseTo(184.9);
  });

  it('puts an accent raised alone over a capital on it, and joins the capital to the text it follows', () => {
    const pieces = [piece('Noël, NO', 200, 35), piece('¨', 235.3, 5.5, 97.2), piece('EL, aussi', 234.2, 40)];
    expect(texts(composeDrawnAccents(pieces))).toEqual(['Noël, NOËL, aussi']);
  });

  it('keeps a word space before a capital whose accent is raised alone', () => {
    const pieces = [piece('réussi. ', 340, 31.5), piece('´', 371.5, 5.5, 97.2), piece('Ecole,', 370.5, 30)];
    expect(texts(composeDrawnAccents(pieces))).toEqual(['réussi. École,']);
  });

  it('puts a cedilla opening a piece under the capital before it, without the move read as a space', () => {
    const pieces = [piece('Île, C', 453, 25.6), piece('¸ a débuté.', 472.2, 40)];
    expect(texts(composeDrawnAccents(pieces))).toEqual(['Île, Ça débuté.']);
  });

  it('puts a cedilla ending a piece on the small letter drawn under it, and a grave on a dotless i', () => {
    expect(texts(composeDrawnAccents([piece('Besan¸', 173, 41.5), piece('con, na¨', 210, 32), piece('ıve', 238.5, 14)]))).toEqual(['Besançon, naïve']);
  });

  it('drops the space read after an elided word before an italic capital whose accent sits to the right', () => {
    const pieces = [piece('selon l’ ', 205.7, 43.8), piece('´', 249.5, 5.1, 97.5), piece('Echevinage.', 248, 51.6)];
    expect(texts(composeDrawnAccents(pieces))).toEqual(['selon l’Échevinage.']);
  });

  it('leaves an accent alone where no letter is drawn under it, and reads a ring drawn alone as the degree sign', () => {
    // A grave typed as a quote, the next word after a word space: no move back.
    const pieces = [piece('le mot `', 90, 40), piece('cela', 134, 18), piece('20 ˚C', 160, 25)];
    expect(texts(composeDrawnAccents(pieces))).toEqual(['le mot `', 'cela', '20 °C']);
  });

  it('leaves pieces with no accent as they are', () => {
    const pieces = [piece('Une ligne sans accent', 90, 100), piece('et la suivante', 90, 60, 112)];
    expect(composeDrawnAccents(pieces)).toEqual(pieces);
  });
});

describe('TeX fonts pdf.js cannot name', () => {
  it('reads a pdfTeX bitmap font as T1 (guillemets, dashes, ligatures), and eurosym’s `e` as the euro sign', () => {
    expect(texEncoding('Type3', true)).toBe('cork');
    expect(texEncoding('ABCDEF+TeX-feymr10', false)).toBe('eurosym');
    expect(texEncoding('ABCDEF+CMR10', false)).toBeUndefined();
    expect(readTexEncoding('\u0013', 'cork')).toBe('«');
    expect(readTexEncoding('\u0014', 'cork')).toBe('»');
    expect(readTexEncoding('e\u001cn, \u0015 \u001b, 5 ¿', 'cork')).toBe('efin, – ff, 5 €');
    expect(readTexEncoding('e', 'eurosym')).toBe('€');
  });

  it('leaves out the control characters no font names (a circle font’s corners), and keeps tabs and line feeds', () => {
    expect(withoutControlCharacters('\b')).toBe('');
    expect(withoutControlCharacters('Repères\u000b :\u0001')).toBe('Repères :');
    expect(withoutControlCharacters('a\tb\nc')).toBe('a\tb\nc');
  });

  it('reads a `≪` drawn at script size in a line of text as a guillemet, and one at text size as drawn', () => {
    const line = [piece('pas', 90, 15), { ...piece('≪', 108, 7), size: 6 }, piece('Nous', 118, 20), { ...piece('≫', 140, 7), size: 6 }];
    expect(texts(scriptGuillemets(line))).toEqual(['pas', '«', 'Nous', '»']);
    const formula = [piece('a', 90, 5), piece('≪', 97, 8), piece('b', 107, 5)];
    expect(texts(scriptGuillemets(formula))).toEqual(['a', '≪', 'b']);
  });
});

describe.each(['plain-tex', 'latex-ot1', 'babel-guillemets', 'texinfo'])('PDF made by TeX with accents drawn apart: %s', (name) => {
  it('gives back every word and paragraph as written, with no control character', async () => {
    const folder = new URL('../fixtures/tex-accents/', import.meta.url);
    const article = await structurePdf(new Uint8Array(readFileSync(new URL(`${name}.pdf`, folder))), { fileName: `${name}.pdf` });
    const expected = readFileSync(new URL(`${name}.expected.txt`, folder), 'utf8').trim().split(/\n\n+/u);
    for (const block of article.blocks) expect(block.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/u);
    expect(article.blocks.map((block) => block.text)).toEqual(expected);
  }, 30_000);
});

/**
 * Words set letter-spaced: a line justified by widening the gap after every glyph (PDF's
 * character spacing, `Tc`, as pdfme sets it on a justified line), which pdf.js reads as a space
 * once it passes about a tenth of an em, merging it with the real word spaces. The reader reads
 * such items again from the page's drawing (`closeTrackedLetters` in
 * `src/ingest/pdf-text-layer-worker.mjs`): the tracking closed, the word spaces kept. The PDFs
 * are written by hand, in Helvetica.
 */
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/ingest/read-pdf.ts';
import { structurePdf } from '../../src/structure.ts';
import { pdfFromObjects } from '../support/pdf-objects.ts';

/** A one-page PDF of Helvetica 11 points, one text object per line, each line's own operators before its text (`1.4 Tc`, ...). */
function letterSpacedPdf(lines: ReadonlyArray<{ operators?: string; show: string; scaled?: boolean }>): Uint8Array {
  const content = lines
    .map((line, index) => {
      // Pango sets its type at 1 point and scales it by the text matrix.
      const [size, scale] = line.scaled === true ? [1, 11] : [11, 1];
      return `BT /F1 ${size} Tf ${line.operators ?? '0 Tc 0 Tw'} ${scale} 0 0 ${scale} 40 ${540 - index * 14} Tm ${line.show} ET`;
    })
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 595] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  return pdfFromObjects(objects);
}

async function pieceTexts(bytes: Uint8Array): Promise<string[]> {
  const document = await readPdf(bytes, 'spaced.pdf');
  return document.pages[0]!.pieces.map((piece) => piece.text.trim());
}

const BEFORE = { show: '(Le conseil municipal a vot\\351 lundi soir le budget de la) Tj' };
const AFTER = { show: '(commune, apr\\350s trois heures de d\\351bat, par vingt voix.) Tj' };

describe('PDF: a line set letter-spaced', () => {
  it('reads its words whole when its word spaces are space glyphs (`Tc` on the whole line)', async () => {
    const bytes = letterSpacedPdf([BEFORE, { operators: '1.4 Tc', show: '(destin\\351es \\340 la 4G et \\340 la 5G, une armoire) Tj' }, AFTER]);
    expect(await pieceTexts(bytes)).toContain('destinées à la 4G et à la 5G, une armoire');
  });

  it('reads its words whole when its word spaces are moves (`TJ`), and keeps figures together', async () => {
    const bytes = letterSpacedPdf([BEFORE, { operators: '1.4 Tc', show: '[(soit) -300 (11,2) -300 (kilom\\350tres) -300 (de) -300 (rayonnages)] TJ' }, AFTER]);
    expect(await pieceTexts(bytes)).toContain('soit 11,2 kilomètres de rayonnages');
  });

  it('reads each word whole when pdf.js cuts the line into a piece per word (wide word spaces)', async () => {
    const bytes = letterSpacedPdf([BEFORE, { operators: '1.4 Tc 9 Tw', show: '(un acte de propri\\351t\\351 ou un dossier) Tj' }, AFTER]);
    const texts = await pieceTexts(bytes);
    expect(texts.join(' ')).toContain('un acte de propriété ou un dossier');
    expect(texts.join(' ')).not.toMatch(/\b\S \S\b/u);
  });

  it('keeps the words of a line whose glyphs are placed by uneven moves of a few hundredths of an em (Pango) whole', async () => {
    const show = '[(I) -60 (l y a des l) -60 (i) -60 (v) 70 (r) -60 (es qui arrivent sans bruit,)] TJ';
    expect(await pieceTexts(letterSpacedPdf([BEFORE, { show, scaled: true }, AFTER]))).toContain('Il y a des livres qui arrivent sans bruit,');
  });

  it('reads a tracked line set a word per text matrix whole, its word spaces kept (a kicker in small capitals placed word by word)', async () => {
    // `Vie locale` in small capitals tracked by 1.2 pt: the capital at 10 pt, the small ones at
    // 7.8, each word placed by its own `Tm` (in a text object of its own, or in the same one) a
    // 10-pt space after the last word's tracking; pdf.js reads the small capitals as one item,
    // `I E L O C A L E`, the word space merged with the tracking's.
    const kicker = (between: string) => ({ operators: '1.2 Tc', show: `(V) Tj /F1 7.8 Tf (IE) Tj ${between} 1 0 0 1 60.42 526 Tm /F1 7.8 Tf (LOCALE) Tj` });
    for (const between of ['ET BT', '']) {
      const texts = await pieceTexts(letterSpacedPdf([BEFORE, kicker(between), AFTER]));
      expect(texts).toContain('IE LOCALE');
    }
  });

  it('reads every line of a long page set a word per text object whole, past pdf.js’s chunks of drawing', async () => {
    // pdf.js hands a page's drawing over in chunks of about a thousand operations and names each
    // font again (a `dependency`) at its first use in a chunk: on a page set a word per text
    // object, that falls between two words of a line, which ended the drawing there.
    const WIDTHS: Record<string, number> = { a: 556, b: 556, c: 500, d: 556, e: 556, g: 556, i: 222, l: 222, m: 833, n: 556, o: 556, p: 556, r: 333, s: 500, t: 278, u: 556, v: 500 };
    const size = 9.5;
    const tracking = 1.2;
    const words = 'le conseil municipal a vote lundi son budget'.split(' ');
    const lines = Array.from({ length: 40 }, (_, index) => {
      const y = 560 - index * 12;
      let x = 40;
      const objects = words.map((word) => {
        const object = `BT /F1 ${size} Tf 1 0 0 1 ${x.toFixed(2)} ${y} Tm (${word}) Tj ET`;
        x += [...word].reduce((sum, letter) => sum + ((WIDTHS[letter] ?? 0) * size) / 1000 + tracking, 0) + 0.278 * size;
        return object;
      });
      return objects.join(' ');
    });
    const content = `${tracking} Tc\n${lines.join('\n')}`;
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 595] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ];
    const texts = await pieceTexts(pdfFromObjects(objects));
    expect(texts).toHaveLength(40);
    expect(new Set(texts)).toEqual(new Set(['le conseil municipal a vote lundi son budget']));
  });

  it('reads a tracked line begun by `T*` whole when a move on it starts a showing with its word space (Ghostscript’s xshow)', async () => {
    // Ghostscript writes a line a printer driver set with xshow as `TJ`s whose moves are the
    // tracking (-110: 1.21 pt at 11 pt); it may end a showing and place the rest by a `Td` from
    // the line's start, the word space first. The line is reached by `T*`, from the line above.
    const WIDTHS: Record<string, number> = { ' ': 278, a: 556, d: 556, e: 556, l: 222, n: 556, o: 556, s: 500, t: 278, u: 556, v: 500 };
    const tracked = (text: string) => `[${[...text].map((letter) => `(${letter}) -110`).join(' ')}] TJ`;
    const first = 'vote dans';
    const pen = [...first].reduce((sum, letter) => sum + ((WIDTHS[letter] ?? 0) * 11) / 1000 + 1.21, 0);
    const show = `${tracked('le budget')} T* ${tracked(first)} ${pen.toFixed(3)} 0 Td [( ) (l) -110 (a) -110] TJ`;
    const texts = await pieceTexts(letterSpacedPdf([BEFORE, { operators: '14 TL', show }, AFTER]));
    expect(texts).toContain('vote dans la');
  });

  it('leaves ordinary lines as read, their single letters and figures a space apart included', async () => {
    // Folios between dashes, their spaces glyphs or moves (`TJ`): too few gaps to tell a tracking.
    const lines = [BEFORE, { show: '(au 0 800 06 66 66, de 9 h \\340 19 h, y a-t-il un A ou un B ?) Tj' }, AFTER, { show: '(- 6 -) Tj' }, { show: '[(\\226) -333 (7) -333 (\\226)] TJ' }];
    expect(await pieceTexts(letterSpacedPdf(lines))).toEqual([
      'Le conseil municipal a voté lundi soir le budget de la',
      'au 0 800 06 66 66, de 9 h à 19 h, y a-t-il un A ou un B ?',
      'commune, après trois heures de débat, par vingt voix.',
      '- 6 -',
      '– 7 –',
    ]);
  });

  it('gives the article its words as written', async () => {
    const bytes = letterSpacedPdf([BEFORE, { operators: '1.4 Tc', show: '(commune, apr\\350s trois heures de d\\351bat, par) Tj' }, { show: '(vingt voix contre neuf.) Tj' }]);
    const article = await structurePdf(bytes, { fileName: 'spaced.pdf', checkLanguage: false });
    expect(article.blocks.map((block) => block.text).join(' ')).toContain(
      'Le conseil municipal a voté lundi soir le budget de la commune, après trois heures de débat, par vingt voix contre neuf.',
    );
  });
});

describe('PDF: a short word set letter-spaced a glyph a showing', () => {
  it('reads a three-letter kicker placed glyph by glyph with moves (Chromium, `letter-spacing: 0.2em`) as one word', async () => {
    // Helvetica 11: M 833, E 667, R 722 thousandths; each glyph a `Tj`, the next placed by a `Td` 0.2 em past its end.
    const m = 0.833 * 11 + 2.2;
    const e = 0.667 * 11 + 2.2;
    const bytes = letterSpacedPdf([BEFORE, { show: `(M) Tj ${m.toFixed(3)} 0 Td (E) Tj ${e.toFixed(3)} 0 Td (R) Tj` }, AFTER]);
    expect(await pieceTexts(bytes)).toContain('MER');
  });

  it('still reads a folio set between dashes by moves with its spaces', async () => {
    const bytes = letterSpacedPdf([BEFORE, { show: `(-) Tj 6.1 0 Td (6) Tj 9.1 0 Td (-) Tj` }, AFTER]);
    expect(await pieceTexts(bytes)).toContain('- 6 -');
  });
});

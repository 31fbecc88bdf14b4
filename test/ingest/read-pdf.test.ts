import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BilingualError } from '../../src/errors.ts';
import { describeFont, isPdf, readPdf } from '../../src/ingest/read-pdf.ts';

const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));

describe('isPdf', () => {
  it('knows a PDF by its signature, even after a little junk, and nothing else', () => {
    expect(isPdf(new TextEncoder().encode('%PDF-1.7\n'))).toBe(true);
    expect(isPdf(new TextEncoder().encode('\r\n%PDF-1.4\n'))).toBe(true);
    expect(isPdf(new TextEncoder().encode('Le %PDF- dans un texte'))).toBe(true);
    expect(isPdf(new TextEncoder().encode('Un article en texte.\n'))).toBe(false);
    expect(isPdf(new Uint8Array())).toBe(false);
    expect(isPdf(new TextEncoder().encode(`${'x'.repeat(2000)}%PDF-1.4`))).toBe(false);
  });
});

describe('describeFont', () => {
  it.each([
    ['ABCDEF+LMRoman10-Regular', false, false],
    ['ABCDEF+LMRoman10-Bold', true, false],
    ['ABCDEF+LMRoman10-Italic', false, true],
    ['LMRoman12-BoldItalic', true, true],
    ['Times-Roman', false, false],
    ['Times-Bold', true, false],
    ['Times-Italic', false, true],
    ['Times-BoldItalic', true, true],
    ['Helvetica-Oblique', false, true],
    ['NimbusRomNo9L-Medi', true, false],
    ['NimbusRomNo9L-ReguItal', false, true],
    ['CMBX10', true, false],
    ['CMTI10', false, true],
    ['CMR10', false, false],
    ['ArialMT,Bold', true, false],
    ['LMRomanCaps10-Regular', false, false],
  ])('%s: bold %s, italic %s', (name, bold, italic) => {
    const font = describeFont(name);
    expect(font.bold).toBe(bold);
    expect(font.italic).toBe(italic);
    expect(font.name).not.toMatch(/^[A-Z]{6}\+/);
  });
});

describe('readPdf', () => {
  it('gives each page its size and positioned pieces with their fonts', async () => {
    const document = await readPdf(fixture('pages/dev/tram-depot-fire/tram-depot-fire.latex-a5-2col.pdf'), 'tram.pdf');
    expect(document.pages).toHaveLength(1);
    const page = document.pages[0]!;
    // A5 in points.
    expect(page.width).toBeCloseTo(419.5, 0);
    expect(page.height).toBeCloseTo(595.3, 0);
    const headline = page.pieces.find((piece) => piece.text.startsWith('Incendie'));
    expect(headline).toBeDefined();
    expect(document.fonts[headline!.font]?.bold).toBe(true);
    const caption = page.pieces.find((piece) => piece.text.startsWith('Les pompiers devant'));
    expect(document.fonts[caption!.font]?.italic).toBe(true);
    // y grows down the page: the headline is above the caption, and larger.
    expect(headline!.y).toBeLessThan(caption!.y);
    expect(headline!.size).toBeGreaterThan(caption!.size);
    for (const piece of page.pieces) {
      expect(piece.x).toBeGreaterThanOrEqual(0);
      expect(piece.x + piece.width).toBeLessThanOrEqual(page.width);
      expect(piece.y).toBeGreaterThan(0);
      expect(piece.y).toBeLessThanOrEqual(page.height);
    }
  });

  it('reads every page of a document', async () => {
    const document = await readPdf(fixture('pages/dev/lyon-budget-vote/lyon-budget-vote.latex-a5-1col.pdf'), 'lyon.pdf');
    expect(document.pages.map((page) => page.number)).toEqual([1, 2]);
    expect(document.pages.every((page) => page.pieces.length > 0)).toBe(true);
  });

  it.each([
    ['pdf/encrypted.pdf', 'INPUT_PDF_ENCRYPTED', /password-protected/],
    ['pdf/no-text-layer.pdf', 'INPUT_PDF_NO_TEXT', /no text layer/],
    ['pdf/truncated.pdf', 'INPUT_PDF_CORRUPT', /not a readable PDF/],
  ])('refuses %s with %s', async (path, code, message) => {
    const error = await readPdf(fixture(path), 'article.pdf').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BilingualError);
    expect((error as BilingualError).code).toBe(code);
    expect((error as BilingualError).message).toMatch(message);
    expect((error as BilingualError).message).toMatch(/^article\.pdf /);
  });

  it('refuses bytes that only start like a PDF', async () => {
    const error = await readPdf(new TextEncoder().encode('%PDF-1.4\nrien de plus\n'), 'faux.pdf').catch((caught: unknown) => caught);
    expect((error as BilingualError).code).toBe('INPUT_PDF_CORRUPT');
  });

  it('leaves the caller its bytes', async () => {
    const bytes = fixture('pages/dev/tram-depot-fire/tram-depot-fire.groff-a5-1col.pdf');
    const length = bytes.byteLength;
    await readPdf(bytes, 'tram.pdf');
    expect(bytes.byteLength).toBe(length);
  });
});

/**
 * A Type 0 TrueType font with no text map (`ToUnicode`), its codes the glyph ids: CUPS's
 * `texttopdf` writes every page so (pdf-dev-2's `texttopdf-*` pages). The reader adds the map
 * read backwards from the embedded face's `cmap` (`src/ingest/pdf-glyph-unicode.mjs`), so the
 * words come out, apostrophes and parentheses too (glyph ids 10 to 12 in DejaVu Sans Mono, which
 * pdf.js would read as white space). A file without such a font is handed on as it came.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain JavaScript module of the PDF reader's worker (no types)
import { withTextMaps } from '../../src/ingest/pdf-glyph-unicode.mjs';
import { readPdf } from '../../src/ingest/read-pdf.ts';

const PAGES = new URL('../fixtures/pages/pdf-dev-2/', import.meta.url);
const TEXTTOPDF = new URL('wolf-attacks-alpine-pasture/wolf-attacks-alpine-pasture.texttopdf-12cpi-1col.pdf', PAGES);
const FREEHEP = new URL('wolf-attacks-alpine-pasture/wolf-attacks-alpine-pasture.freehep-a5-2col-t1.pdf', PAGES);

describe('PDF: a composite TrueType font with no ToUnicode', () => {
  it('reads its glyph ids through the embedded face', async () => {
    const document = await readPdf(new Uint8Array(readFileSync(TEXTTOPDF)), 'texttopdf.pdf');
    const text = document.pages.flatMap((page) => page.pieces.map((piece) => piece.text)).join(' ');
    expect(text).toContain('MONTAGNE');
    expect(text).toContain('l\'alpage du Cormet');
    expect(text).toContain('(DDT)');
    expect(text).not.toMatch(/[\u0000-\u001f]/u);
  });

  it('adds the map by an incremental update, and leaves other files as they are', () => {
    const bytes = new Uint8Array(readFileSync(TEXTTOPDF));
    const updated = withTextMaps(bytes) as Uint8Array;
    expect(updated.length).toBeGreaterThan(bytes.length);
    expect(Buffer.from(updated.subarray(0, bytes.length)).equals(Buffer.from(bytes))).toBe(true);
    const tail = Buffer.from(updated.subarray(bytes.length)).toString('latin1');
    expect(tail).toContain('/ToUnicode');
    expect(tail).toContain('beginbfchar');
    const other = new Uint8Array(readFileSync(FREEHEP));
    expect(withTextMaps(other)).toBe(other);
  });
});

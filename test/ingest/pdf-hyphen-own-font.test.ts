/**
 * A hyphen cutting a word at a line's end, drawn in a font of its own that nothing else uses and
 * whose text map reads it as U+00AD (Prawn does this when a face's hyphen falls in a subset of
 * its own): pdf.js drops the glyph and no text item names the font, so the reader finds the
 * font in the page's drawing (`hyphenOnlyFonts` in `src/ingest/pdf-text-layer-worker.mjs`) and
 * puts the hyphen back. The page is written object by object by its script
 * (`test/fixtures/pdf/hyphen-own-font/`), as are two documents of two pages whose hyphens' font
 * is first drawn, or first drawn with hyphens, on the second page
 * (`make-hyphen-own-font-later-pages.py`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/ingest/read-pdf.ts';
import { structurePdf } from '../../src/structure.ts';

const FILE = new URL('../fixtures/pdf/hyphen-own-font/hyphen-own-font.pdf', import.meta.url);

describe('PDF: a line-end hyphen drawn in a font of its own', () => {
  it('gives the line its hyphen back, and its width', async () => {
    const document = await readPdf(new Uint8Array(readFileSync(FILE)), 'hyphen-own-font.pdf');
    const pieces = document.pages[0]!.pieces;
    const cut = pieces.find((piece) => piece.text.startsWith('mune'));
    expect(cut?.text).toBe("mune pour l'année prochaine, après un long débat sur les tra-");
    const unhyphenated = pieces.find((piece) => piece.text.startsWith('Le conseil'));
    // The hyphen's advance is counted: the line reaches further than its letters alone.
    expect(cut!.width).toBeGreaterThan(unhyphenated!.width);
  });

  it('joins the word it cut', async () => {
    const article = await structurePdf(new Uint8Array(readFileSync(FILE)), { fileName: 'hyphen-own-font.pdf' });
    const text = article.blocks.map((block) => block.text).join(' ');
    expect(text).toContain('les travaux de voirie');
    expect(text).toContain('de la commune pour');
  });
});

describe('PDF: line-end hyphens in a font of their own, drawn on a later page', () => {
  const fixture = (name: string) => new URL(`../fixtures/pdf/hyphen-own-font/${name}`, import.meta.url);

  it('finds the font on the page it is first drawn on, where every text item is in a font met before', async () => {
    const document = await readPdf(new Uint8Array(readFileSync(fixture('hyphen-font-first-on-page-two.pdf'))), 'hyphen-font-first-on-page-two.pdf');
    expect(document.pages[1]!.pieces[0]!.text).toBe('La rénovation de la salle des fêtes commencera au prin-');
    const article = await structurePdf(new Uint8Array(readFileSync(fixture('hyphen-font-first-on-page-two.pdf'))), { fileName: 'hyphen-font-first-on-page-two.pdf' });
    expect(article.blocks.map((block) => block.text).join(' ')).toContain('commencera au printemps, et les travaux');
  });

  it('walks a later page for hyphens in a font whose only text so far was another glyph (a face\'s second subset)', async () => {
    const document = await readPdf(new Uint8Array(readFileSync(fixture('hyphen-font-second-subset.pdf'))), 'hyphen-font-second-subset.pdf');
    expect(document.pages[0]!.pieces.map((piece) => piece.text).join('')).toContain('800 m²');
    expect(document.pages[1]!.pieces[0]!.text).toBe('Les commerçants seront relogés sous un chapiteau pen-');
    const article = await structurePdf(new Uint8Array(readFileSync(fixture('hyphen-font-second-subset.pdf'))), { fileName: 'hyphen-font-second-subset.pdf' });
    expect(article.blocks.map((block) => block.text).join(' ')).toContain('sous un chapiteau pendant les travaux');
  });
});

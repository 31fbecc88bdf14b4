/**
 * A word space drawn as a glyph, the next glyph placed right after it (Scribus sets a
 * letter-spaced kicker a glyph at a time, its tracking pulling each glyph back): pdf.js leaves
 * the space out, and the reader puts it back from the page's drawing (`restoreDrawnSpaces` in
 * `src/ingest/pdf-text-layer-worker.mjs`). The page is written object by object by its script
 * (`test/fixtures/pdf/drawn-spaces/make-drawn-spaces.py`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/ingest/read-pdf.ts';

const FILE = new URL('../fixtures/pdf/drawn-spaces/drawn-spaces.pdf', import.meta.url);

describe('PDF: a word space drawn as a glyph, the next glyph close after it', () => {
  it('keeps the space between the two words, and the line of prose as drawn', async () => {
    const document = await readPdf(new Uint8Array(readFileSync(FILE)), 'drawn-spaces.pdf');
    expect(document.pages[0]!.pieces.map((piece) => piece.text)).toEqual([
      'FAITS DIVERS',
      'Un tracteur sans conducteur a dévalé la rue principale du village.',
    ]);
  });
});

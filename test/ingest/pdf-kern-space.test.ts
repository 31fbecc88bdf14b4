/**
 * A kern drawn as a space glyph: groff's PostScript driver (grops) sets a positive kern inside a
 * word (`r` then `t`) as a space whose word spacing takes off all but the kern, and Ghostscript's
 * ps2pdf keeps it (`-1.904 Tw (er t) Tj` at 8 pt: a space 0.04 em wide). pdf.js reads it as a
 * space item of its own; the reader kept it as a word's end (`découver t`, a new user's groff page
 * of session 43, test/fixtures/new-user-43/). A space glyph drawn between two letters of one text
 * showing, the word spacing taking most of it, narrower than any word space, is a move, not a
 * word space (`narrowDrawnSpaces` in `src/ingest/pdf-text-layer-worker.mjs`); cairo's space drawn
 * whole and pulled back by a `TJ` move (the page's second line) or overprinted by the next
 * showing (pdf-space-item.test.ts) is still one. The page is written object by object by its script
 * (`test/fixtures/pdf/kern-space/make-kern-space.py`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/ingest/read-pdf.ts';

const FILE = new URL('../fixtures/pdf/kern-space/kern-space.pdf', import.meta.url);

describe('PDF: a kern drawn as a space glyph narrowed by word spacing', () => {
  it('reads the word whole, the word spaces drawn as moves kept', async () => {
    const document = await readPdf(new Uint8Array(readFileSync(FILE)), 'kern-space.pdf');
    const lines = document.pages[0]!.pieces.reduce<string[]>((out, piece, index, pieces) => {
      if (index === 0 || Math.abs(piece.y - pieces[index - 1]!.y) > 1) out.push('');
      out[out.length - 1] += piece.text;
      return out;
    }, []);
    expect(lines[0]).toBe('Les commerçants ont découvert la halle rénovée.');
    // A whole space pulled back to 0.09 em by a `TJ` move, no word spacing: a word space.
    expect(lines[1]).toBe('Une autre maison affiche le même air.');
  });
});

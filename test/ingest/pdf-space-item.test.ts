/**
 * A word space pdf.js reads as a text item of its own: a line drawn in two text showings, the
 * first ending on a space glyph, the second placed back over that glyph (cairo justifying a line
 * for wxWidgets' HTML printing). The next word starts a twelfth of an em after the word before,
 * under the layout's word space: the reader keeps the space item on the piece before it
 * (`readTextLayer` in `src/ingest/pdf-text-layer-worker.mjs`). The page is written object by
 * object by its script (`test/fixtures/pdf/space-item/make-space-item.py`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/ingest/read-pdf.ts';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';

const FILE = new URL('../fixtures/pdf/space-item/space-item.pdf', import.meta.url);

describe('PDF: a word space read as an item of its own, the next word drawn back over it', () => {
  it('keeps the space between the two words', async () => {
    const document = await readPdf(new Uint8Array(readFileSync(FILE)), 'space-item.pdf');
    expect(document.pages[0]!.pieces.map((piece) => piece.text)).toEqual(['Une autre bâtisse affiche ', 'le même air d’abandon.']);
    const result = layoutPdf(document, { lexicon: getFrenchLexicon() });
    expect(result.blocks.map((block) => block.text)).toEqual(['Une autre bâtisse affiche le même air d’abandon.']);
  });
});

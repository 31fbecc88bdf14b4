/**
 * A typesetter that folds its lines itself and draws each line's text up to its break, the space
 * it broke at included (Java's Swing text, recorded by pdfbox-graphics2d): pdf.js leaves a line's
 * last space out of its text, and the reader reads from the page's drawing whether one was drawn
 * after each piece (`markDrawnLineEnds` in `src/ingest/pdf-text-layer-worker.mjs`), on a later
 * page with no font of its own too; the layout reads a line ending on none as broken inside a
 * word or at its paragraph's end (`src/layout/pdf-drawn-line-ends.ts`). The pages are written
 * object by object by their script (`test/fixtures/pdf/drawn-line-ends/make-drawn-line-ends.py`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/ingest/read-pdf.ts';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';

const FILE = new URL('../fixtures/pdf/drawn-line-ends/drawn-line-ends.pdf', import.meta.url);

describe('PDF: a space glyph drawn after a line’s last word, or none', () => {
  it('tells, for each piece, whether a space glyph is drawn after it, on both pages', async () => {
    const document = await readPdf(new Uint8Array(readFileSync(FILE)), 'drawn-line-ends.pdf');
    // Each line's last piece (pdf.js may cut a justified line at its wide spaces): its last word, and what is drawn after it.
    const ends = document.pages.map((page) =>
      page.pieces.filter((piece, index) => page.pieces[index + 1]?.y !== piece.y).map((piece) => [piece.text.trim().split(' ').at(-1), piece.spaceDrawnAfter]),
    );
    expect(ends[0]).toEqual([
      ['directrice', false],
      ['a', true],
      ['de', true],
      ['J.', false],
      ['vingt-six', true],
      ['maison.', false],
      ['ferme', true],
      ['seront', true],
      ['et', true],
      ['dimanche.', false],
      ['mairie', true],
      ['téléphone.', false],
    ]);
    expect(ends[1]).toEqual([
      ['ville', true],
      ['M', false],
      ['conseil', true],
      ['dernier.', false],
    ]);
  });

  it('joins a word broken with no space drawn, and ends a paragraph on a sentence with none', async () => {
    const document = await readPdf(new Uint8Array(readFileSync(FILE)), 'drawn-line-ends.pdf');
    const result = layoutPdf(document, { lexicon: getFrenchLexicon() });
    expect(result.blocks.map((block) => block.text)).toEqual([
      'Les Tréteaux changent de directrice',
      'La nouvelle directrice du festival, Solenn Guivarc’h, a présenté mardi soir dans la vieille halle le programme de la trente-huitième édition. Elle succède à J.-P. Abgrall, qui a dirigé le festival pendant vingt-six ans et qui garde un œil bienveillant sur la maison.',
      'Les compagnies joueront dans les rues, les cours de ferme et sous la halle, et la moitié des spectacles seront gratuits. Le festival ouvrira ses portes samedi et la billetterie promet un retour à la normale pour dimanche.',
      'Les habitants pourront réserver leurs places à la mairie jusqu’à vendredi soir, ou par téléphone.',
      'Le budget atteint cette année une somme record, et la ville a dû couvrir le déficit de la dernière édition, qui a coûté 1,8 M€ de plus que prévu, selon les comptes présentés en conseil municipal au printemps dernier.',
    ]);
    expect(result.repairs.filter((repair) => repair.reason === 'no-space-drawn-at-line-end').map((repair) => [repair.kind, repair.before])).toEqual([
      ['space-collapsed', 'J.|-P.'],
      ['paragraph-split', undefined],
      ['space-collapsed', 'M|€'],
    ]);
  });
});

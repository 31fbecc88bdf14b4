/**
 * Hyphens pdf.js leaves out of a PDF's text because the typesetter mapped its hyphen glyph to
 * U+00AD, the soft hyphen (Typst does when the first hyphen it draws in a face is one it breaks
 * a word at), put back by the reader (`restoreDroppedHyphens` in
 * `src/ingest/pdf-text-layer-worker.mjs`): hard hyphens inside a line and at a line's end, and
 * hyphens cutting words at a line's end. The page is typeset for real by Typst
 * (`test/fixtures/pdf/typst-hyphens/`, made by its script); the expected blocks are the article
 * as written.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/ingest/read-pdf.ts';
import { structurePdf } from '../../src/structure.ts';

const FILE = new URL('../fixtures/pdf/typst-hyphens/typst-hyphens.pdf', import.meta.url);

describe('PDF: hyphens a Typst page maps to the soft hyphen', () => {
  it('gives the text layer its hyphens back, inside lines and at their ends', async () => {
    const document = await readPdf(new Uint8Array(readFileSync(FILE)), 'typst-hyphens.pdf');
    const texts = document.pages[0]!.pieces.map((piece) => piece.text);
    // `quatre-vingt-six`: each hyphen a piece where pdf.js left a gap.
    expect(texts.join('|')).toContain('Au total, quatre|-|vingt|-|six sapeurs-');
    // A word cut at a line's end, and a hard hyphen ending a line.
    expect(texts).toContain('Le préfet de la Dordogne a déclen-');
    expect(texts).toContain('par une équipe venue de Nogent-');
  });

  it('reads every word as written', async () => {
    const article = await structurePdf(new Uint8Array(readFileSync(FILE)), { fileName: 'typst-hyphens.pdf' });
    expect(article.blocks.map((block) => [block.role, block.text])).toEqual([
      ['headline', 'La crue de la Vézère'],
      ['standfirst', 'Les pompiers ont procédé à trente-sept évacuations dans la nuit de mercredi à jeudi.'],
      [
        'paragraph',
        'Le préfet de la Dordogne a déclenché le plan Orsec à trois heures. Au total, quatre-vingt-six sapeurs-pompiers et douze bateaux ont été engagés, ' +
          'renforcés au petit matin par une équipe venue de Nogent-le-Rotrou.',
      ],
      [
        'paragraph',
        'Vers deux heures du matin, l’eau a franchi le parapet du quai. Une heure plus tard, elle atteignait le premier étage des maisons les plus basses ' +
          'du quartier, selon Météo-France et les services de Sarlat-la-Canéda.',
      ],
      [
        'paragraph',
        'La décrue a commencé dans l’après-midi, mais la vigilance orange reste en vigueur jusqu’à samedi. Le maire a demandé la reconnaissance de ' +
          'l’état de catastrophe naturelle.',
      ],
    ]);
  });
});

/**
 * The same loss with no marked content to point at the hyphens: MuPDF's HTML layout (PyMuPDF's
 * `Story`, `test/fixtures/pdf/mupdf-soft-hyphens/`, made by its script) maps the hyphen glyph of
 * Liberation Serif to U+00AD and draws every hyphen with it. The reader puts each back from the
 * page's drawing operations (`restoreDrawnSoftHyphens`).
 */
describe('PDF: hyphens a MuPDF page maps to the soft hyphen, unmarked', () => {
  const MUPDF = new URL('../fixtures/pdf/mupdf-soft-hyphens/mupdf-soft-hyphens.pdf', import.meta.url);

  it('gives the text layer its hyphens back, inside lines and at their ends', async () => {
    const document = await readPdf(new Uint8Array(readFileSync(MUPDF)), 'mupdf-soft-hyphens.pdf');
    const texts = document.pages[0]!.pieces.map((piece) => piece.text);
    expect(texts).toContain('Le marché de Pont-');
    expect(texts.join('\n')).toContain('Après dix-huit mois de travaux');
    expect(texts.join('\n')).toContain('Saint-Pierre-en-Auge');
    expect(texts.some((text) => text.endsWith('la municipa-'))).toBe(true);
    expect(texts.join('')).not.toContain('\u00ad');
  });

  it('reads every word as written: compounds kept, the word cut at a line end joined', async () => {
    const article = await structurePdf(new Uint8Array(readFileSync(MUPDF)), { fileName: 'mupdf-soft-hyphens.pdf' });
    expect(article.blocks.map((block) => [block.role, block.text])).toEqual([
      ['headline', 'Le marché de Pont-l’Évêque rouvre ses halles'],
      [
        'paragraph',
        'Après dix-huit mois de travaux, les halles du centre-ville ont rouvert samedi matin. Une quarantaine de commerçants ont retrouvé leurs ' +
          'étals sous la charpente restaurée, et la municipalité promet une rétrocession des places aux anciens titulaires.',
      ],
      [
        'paragraph',
        '« C’est un soulagement », confie Mme Leroux, fromagère depuis vingt-deux ans. Les clients venus de Lisieux et de Saint-Pierre-en-Auge ' +
          'ont fait la queue dès sept heures.',
      ],
    ]);
  });
});

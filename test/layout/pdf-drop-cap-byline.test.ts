/**
 * A drop cap opens the paragraph beside its top lines; a line above it set over the cap's place
 * (a byline from the column's edge or indented, Chromium's small capitals drawn a letter a
 * piece) is no line beside it, though one of its pieces starts right of the cap and lies within
 * the cap's size above the cap's baseline. The cap was put before that piece (`DWPar G…`, the
 * paragraph left `ès 7 h 30`); it opens the first line that starts beside it.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

describe('layoutPdf: a drop cap under a byline', () => {
  it('joins the cap to the paragraph\'s first line, not to the byline above it', () => {
    const lines: PlacedLine[] = [
      { text: 'Le port de pêche attend ses quotas', x: 50, y: 70, size: 22, font: 'bold' },
      // The byline, indented, in pieces: `Yannick` starts just right of the cap's edge (x 78).
      { text: 'Par', x: 58, y: 104, size: 8 },
      { text: 'Yannick', x: 80, y: 104, size: 8 },
      { text: 'Le Meur', x: 108, y: 104, size: 8 },
      // The cap: 40 pt, its baseline at the third line's, 28 pt wide.
      { text: 'D', x: 50, y: 146, size: 40, font: 'bold', width: 28 },
      { text: 'epuis lundi, les chalutiers restent à quai', x: 82, y: 122, width: 190 },
      { text: 'dans l’attente des nouveaux quotas', x: 82, y: 134, width: 190 },
      { text: 'fixés par Bruxelles pour la sole et le', x: 82, y: 146, width: 190 },
      { text: 'merlu, que les patrons jugent bien trop bas pour', x: 50, y: 158, width: 222 },
      { text: 'faire vivre la criée.', x: 50, y: 170 },
    ];
    const result = layoutPdf(pdfDocument([lines]), { lexicon: getFrenchLexicon() });
    const texts = result.blocks.map((block) => block.text);
    expect(texts).toContain('Par Yannick Le Meur');
    expect(texts.at(-1)).toBe(
      'Depuis lundi, les chalutiers restent à quai dans l’attente des nouveaux quotas fixés par Bruxelles pour la sole et le merlu, que les patrons jugent bien trop bas pour faire vivre la criée.',
    );
    expect(result.repairs.find((repair) => repair.kind === 'drop-cap-joined')?.after).toBe('Depuis');
  });
});

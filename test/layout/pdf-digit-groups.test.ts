/**
 * A producer that draws nothing for the narrow no-break space (iText 5) runs a number's groups
 * of three together in the PDF's text (`84312`, `1617 voix`): the PDF reader groups them again on
 * the article's evidence, as the text readers do (normalize-spacing.ts, `groupDigits`).
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

function column(texts: string[]): PlacedLine[] {
  return texts.map((text, index) => ({ text, x: 50, y: 100 + index * 12 }));
}

describe('layoutPdf: a number whose groups the producer ran together', () => {
  it('groups them again where the article spaces its percentages, and a year or a number opening with 0 stays as printed', () => {
    const lines = column([
      'Le canton compte 84312 inscrits depuis 2017, et la participation',
      'atteint 31,4 % ; le premier obtient 7601 voix, le dernier 1617 voix.',
      'La permanence répond au 0561234567 tous les jours de la semaine.',
    ]);
    const result = layoutPdf(pdfDocument([lines]), { lexicon: getFrenchLexicon() });
    const text = result.blocks.map((block) => block.text).join(' ');
    expect(text).toContain('84 312 inscrits depuis 2017');
    expect(text).toContain('7 601 voix, le dernier 1 617 voix.');
    expect(text).toContain('0561234567');
    expect(result.repairs.filter((repair) => repair.reason === 'french-digit-grouping').map((repair) => repair.after)).toEqual(['84 312', '7 601', '1 617']);
  });

  it('leaves the figures of an article that shows no French grouping or spacing as printed', () => {
    const lines = column(['The county counts 84312 voters since 2017, and turnout reached 31.4%.']);
    const result = layoutPdf(pdfDocument([lines]), { lexicon: getFrenchLexicon() });
    expect(result.blocks.map((block) => block.text).join(' ')).toContain('84312 voters');
    expect(result.repairs.filter((repair) => repair.reason === 'french-digit-grouping')).toEqual([]);
  });
});

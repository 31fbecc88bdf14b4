import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { createDocumentEvidence } from '../../src/layout/join-lines.ts';
import { joinSplitWords } from '../../src/layout/split-words.ts';
import { isSpacedAtHyphenationPoints } from '../../src/layout/syllable-spaced-words.ts';
import type { PageLine } from '../../src/layout/page-line.ts';

const context = (text: string) => ({ lexicon: getFrenchLexicon(), document: createDocumentEvidence(text) });
const lines = (text: string): PageLine[] =>
  text.split('\n').map((content, index) => ({ number: index + 1, content, page: 0, column: 0, indent: 0, blankBefore: false, pageBreakBefore: false }));

/** A paragraph typed as MuPDF gives a browser's hyphenated print: a space at every hyphenation point. */
const SPACED = [
  'Le ma ga sin de la rue Haute a fermé ses portes sa medi, après qua rante ans de com merce.',
  'Le pro prié taire, un an cien bou lan ger, dit avoir pré paré son dé part de puis long temps,',
  'mais la dé ci sion de la com mune de re lo ca li ser le mar ché l’a dé fi ni ti ve ment dé -',
  'cidé. « Les clients viennent de moins en moins », ex plique-t-il en sou riant.',
].join('\n');

describe('words spaced at every hyphenation point', () => {
  it('glues chains of pieces, pieces that are each words, and a hyphen set apart at a line end, in a text written so', () => {
    const result = joinSplitWords(lines(SPACED), context(SPACED));
    expect(result.lines.map((line) => line.content)).toEqual([
      'Le magasin de la rue Haute a fermé ses portes samedi, après quarante ans de commerce.',
      'Le propriétaire, un ancien boulanger, dit avoir préparé son départ depuis longtemps,',
      'mais la décision de la commune de relocaliser le marché l’a définitivement décidé.',
      '« Les clients viennent de moins en moins », explique-t-il en souriant.',
    ]);
    const repair = result.repairs.find((each) => each.after === 'préparé');
    expect(repair).toMatchObject({ kind: 'space-collapsed', line: 2, before: 'pré paré', reason: 'word-spaced-at-hyphenation-points' });
    expect(repair?.evidence).toMatch(/pairs of pieces glue into words on \d+ lines: a text whose extraction splits its words throughout/u);
    expect(result.repairs.find((each) => each.after === 'décidé.')).toMatchObject({ line: 4, before: 'dé - / cidé.' });
  });

  it('leaves an ordinary text, its pairs of words that happen to make a third, and a dash at a line end as they are', () => {
    const text = [
      'Il est venu nous donner un coup de main hier, par ce que tu sais, et puis il est reparti -',
      'sans un mot pour les voisins de la rue, qui le regardaient de loin depuis leur balcon.',
      'La mairie a pris un tel arrêté que les commerçants sont partis en tre les deux tours.',
    ].join('\n');
    const result = joinSplitWords(lines(text), context(text));
    expect(result.lines.map((line) => line.content)).toEqual(text.split('\n'));
    expect(result.repairs).toEqual([]);
  });

  it('reads a line as the words that leave fewest pieces alone, not the first word a determiner opens', () => {
    const text = [SPACED, 'Plus aucun or di na teur de la mai rie ne dé mar rait, et les té lé sièges sont à l’ar rêt.'].join('\n');
    const result = joinSplitWords(lines(text), context(text));
    expect(result.lines.at(-1)?.content).toBe('Plus aucun ordinateur de la mairie ne démarrait, et les télésièges sont à l’arrêt.');
  });

  it('reads a piece before a no-break space and a closing quote, and a ligature the extraction kept, as PyMuPDF gives them', () => {
    const text = [SPACED, 'la seule ré ponse\u00a0», es time le pro ﬁt des ac ti vi tés'].join('\n');
    const result = joinSplitWords(lines(text), context(text));
    expect(result.lines.at(-1)?.content).toBe('la seule réponse\u00a0», estime le proﬁt des activités');
  });

  it('asks for many pairs on many lines before a text counts as spaced', () => {
    expect(isSpacedAtHyphenationPoints({ lines: 40, pairs: 50 })).toBe(true);
    expect(isSpacedAtHyphenationPoints({ lines: 60, pairs: 2 })).toBe(false);
    expect(isSpacedAtHyphenationPoints({ lines: 8, pairs: 4 })).toBe(false);
  });
});

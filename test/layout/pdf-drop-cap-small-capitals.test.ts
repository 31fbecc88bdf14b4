/**
 * A drop cap followed by the paragraph's opening words in small capitals, as French papers set
 * them: `S` over three lines, then `UR LA PLACE` in capitals three quarters of the body's size,
 * then `de l’église` in the body's lower case. The cap was put at the start of `UR`, and no capital
 * of the small capitals' own size stood before them: the line read `SUR LA PLACE de l’église`.
 * Pieces placed by hand as a page written for `mutool create` put them.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { lowerCapitalsAfterDropCap } from '../../src/layout/pdf-small-capitals.ts';
import { pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

describe('layoutPdf: small capitals after a drop cap', () => {
  it('gives the opening words their lower case, the cap their first letter', () => {
    const lines: PlacedLine[] = [
      { text: 'Le fournil du village rouvre ses portes', x: 50, y: 70, size: 22, font: 'bold' },
      { text: 'S', x: 50, y: 146, size: 40, font: 'bold', width: 22.2 },
      { text: 'UR', x: 75.2, y: 122, size: 7.5, width: 10.4 },
      { text: 'LA', x: 89.2, y: 122, size: 7.5, width: 10 },
      { text: 'PLACE', x: 102.9, y: 122, size: 7.5, width: 23.8 },
      { text: 'de l’église, la file d’attente commence', x: 130.2, y: 122, width: 158.3 },
      { text: 'dès six heures, et une quinzaine de clients patien-', x: 75.2, y: 134, width: 213.3 },
      { text: 'tent sous la pluie fine, le col relevé. Personne', x: 75.2, y: 146, width: 213.3 },
      { text: 'n’avait vu pareille affluence depuis des années.', x: 50, y: 158 },
    ];
    const result = layoutPdf(pdfDocument([lines]), { lexicon: getFrenchLexicon() });
    expect(result.blocks.at(-1)?.text).toBe(
      'Sur la place de l’église, la file d’attente commence dès six heures, et une quinzaine de clients patientent sous la pluie fine, le col relevé. Personne n’avait vu pareille affluence depuis des années.',
    );
    expect(result.repairs.find((repair) => repair.kind === 'small-capitals-lowered')?.after).toBe('Sur la place');
  });
});

describe('lowerCapitalsAfterDropCap', () => {
  const at = (text: string, x: number, size: number) => ({ text, x0: x, x1: x + text.length * size * 0.6, y: 100, size });

  it('keeps a capital set in the full size among the small capitals (a name’s initial)', () => {
    const pieces = [at('LE MAIRE DE ', 50, 7.5), at('L', 100, 10), at('YON', 106, 7.5), at('a parlé', 130, 10)];
    expect(lowerCapitalsAfterDropCap(pieces, 'L')?.after).toBe('Le maire de Lyon');
    expect(pieces.slice(0, 3).map((piece) => piece.text).join('')).toBe('Le maire de Lyon');
  });

  it('leaves capitals alone when set in the line’s own size, or with no lower case after them', () => {
    const full = [at('LA', 50, 10), at('SNCF a annoncé', 70, 10)];
    const alone = [at('UR LA PLACE', 50, 7.5)];
    expect(lowerCapitalsAfterDropCap(full, 'L')).toBeUndefined();
    expect(lowerCapitalsAfterDropCap(alone, 'S')).toBeUndefined();
    expect(full[0]?.text).toBe('LA');
  });
});

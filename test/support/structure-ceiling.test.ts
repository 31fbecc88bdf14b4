import { describe, expect, it } from 'vitest';
import { extractionTokens, isReadable, MAXIMUM_GAP, structureCeiling } from './structure-ceiling.ts';

describe('structure ceiling: what an extraction holds word for word', () => {
  it('reads a paragraph through the normalisations the structure stage makes', () => {
    const extraction = 'Le porte-\nparole a con¬\nﬁrmé l\'accord : « oui ».\n\f12\nIl part?';
    const tokens = extractionTokens(extraction);
    expect(isReadable('Le porte-parole a confirmé l’accord\u00A0: «\u00A0oui\u00A0».', tokens)).toBe(true);
    expect(isReadable('Il part ?', tokens)).toBe(true);
  });

  it('counts a misread word as a miss, and words scattered beyond the gap', () => {
    const tokens = extractionTokens('Le vote a éte reporté.');
    expect(isReadable('Le vote a été reporté.', tokens)).toBe(false);
    const far = extractionTokens(['Le', ...Array<string>(MAXIMUM_GAP + 1).fill('mot'), 'vote.'].join(' '));
    expect(isReadable('Le vote.', far)).toBe(false);
    // A speck read inside a line is OCR's, not a line the structure stage could take out.
    expect(isReadable('Le porte-parole a parlé.', extractionTokens('Le ot porte-parole a parlé.'))).toBe(false);
    expect(isReadable('Le porte-parole a parlé.', extractionTokens('Le\n12 LA GAZETTE\nporte-parole a parlé.'))).toBe(true);
  });

  it('reads a word broken at a soft hyphen ending a line, and a unit bound by a slash across a line end, as the stage joins them', () => {
    const tokens = extractionTokens('pour couvrir les 168 kilo\u00AD\nmètres à 104 km/\nh de moyenne, en pro\u00ADfi\u00ADtant.');
    expect(isReadable('pour couvrir les 168 kilomètres à 104 km/h de moyenne, en profitant.', tokens)).toBe(true);
    expect(isReadable('les 168 kilo mètres', tokens)).toBe(false);
    expect(isReadable('L’Ehpad évacué', extractionTokens('en pleine nuit.\nL\n’Ehpad évacué'))).toBe(true);
  });

  it('reads a full stop or a comma opening a line against the word before it, as the stage joins them', () => {
    const tokens = extractionTokens('selon l’Union des SCOP\n. Mais il reste fragile\n, dit-il.');
    expect(isReadable('selon l’Union des SCOP. Mais il reste fragile, dit-il.', tokens)).toBe(true);
    // Not across a blank line, where the stage does not join.
    expect(isReadable('des SCOP. Mais', extractionTokens('selon l’Union des SCOP\n\n. Mais il reste fragile'))).toBe(false);
  });

  it('skips a running header between two lines of a paragraph and joins a compound pdftotext glued', () => {
    const tokens = extractionTokens('La Haute-\nLA GAZETTE 14\nSavoie vote. La HauteSavoie aussi.');
    expect(isReadable('La Haute-Savoie vote.', tokens)).toBe(true);
    expect(isReadable('La Haute-Savoie aussi.', tokens)).toBe(true);
  });

  it('reads figures OCR ran together and letters it confused as the structure stage reads them back', () => {
    const tokens = extractionTokens('Depuis le ler mars, 71200 tonnes (+4%) à 20h, au Ile siècle. I] part.');
    expect(isReadable('Depuis le 1er mars, 71 200 tonnes (+4 %) à 20 h, au IIe siècle. Il part.', tokens)).toBe(true);
    expect(isReadable('Depuis le 2 mars, 71 200 tonnes.', tokens)).toBe(false);
  });

  it('sums paragraphs and sentences', () => {
    const expected = {
      blocks: [
        { role: 'headline', text: 'Un titre', sentences: ['Un titre'] },
        { role: 'paragraph', text: 'Premier. Second.', sentences: ['Premier.', 'Second.'] },
        { role: 'paragraph', text: 'Troisième.', sentences: ['Troisième.'] },
      ],
    };
    expect(structureCeiling('Un titre\nPremier. Second.\nTroisierne.', expected)).toEqual({
      paragraphs: { readable: 1, total: 2 },
      sentences: { readable: 3, total: 4 },
    });
  });
});

describe('the ceiling and the structure stage’s word repairs', () => {
  it('reads a compound stretched after its hyphen, and `II` or `||` for `Il`, as the stage reads them back', () => {
    const tokens = extractionTokens('Le samedi\nMortagne- au- Perche, 14 h 30 : Saint- Cyr- la- Rosière.\nII respirait. || était tard.');
    expect(isReadable('Mortagne-au-Perche, 14 h 30 : Saint-Cyr-la-Rosière.', tokens)).toBe(true);
    expect(isReadable('Il respirait. Il était tard.', tokens)).toBe(true);
    expect(isReadable('Mortagne-au-Perche, 15 h 30', tokens)).toBe(false);
  });
});

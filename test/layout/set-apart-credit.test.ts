import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/layout/paragraph-ends.ts';
import { setApartCreditEnd } from '../../src/layout/set-apart-credit.ts';
import { pageLines } from '../support/page-lines.ts';

/** The lines of `text` before its last one, and its last one (the line after the blank). */
function around(text: string): [ReturnType<typeof pageLines>, ReturnType<typeof pageLines>[number]] {
  const lines = pageLines(text);
  return [lines.slice(0, -1), lines[lines.length - 1]!];
}

describe('a caption set apart by blank lines, closed by a credit the credit forms do not read', () => {
  it('reads the credit after the caption’s last stop, in forms the list leaves out', () => {
    expect(setApartCreditEnd(...around('\nUn atelier de bronzier gallo-romain. Illustration Anne Verdier\n\nLe musée possédait déjà une tête'))).toBe('Illustration Anne Verdier');
    expect(setApartCreditEnd(...around('\nLe jury goûte les baguettes en compétition.\nCliché Pierre Aubague\n\nUn prix qui fait vendre'))).toBe('Cliché Pierre Aubague');
    expect(setApartCreditEnd(...around('\nLe platane abattu dans la nuit. Corentin Hascoët / Le Phare de\nl’Ouest\n\nLe service a reçu 2 300 appels'))).toBe('Corentin Hascoët / Le Phare de l’Ouest');
    expect(setApartCreditEnd(...around('\nAu petit matin, les pompiers noyaient encore les\nbottes de foin. Crédit photo Sdis 48\n\n— Seulement le tracteur'))).toBe('Crédit photo Sdis 48');
    expect(setApartCreditEnd(...around('\nLe cartographe devant son relevé. Photo T. M.\n\nCertains tracés n’existent plus'))).toBe('Photo T. M.');
  });

  it('reads nothing without a blank line after the block, nor in a block longer than a caption', () => {
    expect(setApartCreditEnd(...around('\nUn atelier de bronzier gallo-romain. Illustration Anne Verdier\nLe musée possédait déjà une tête'))).toBeUndefined();
    const long = '\nLe conseil a voté la subvention.\nLe club la demandait depuis\nlongtemps, a rappelé son\nprésident. Jean Dupont\n\nLe vote a eu lieu lundi';
    expect(setApartCreditEnd(...around(long))).toBeUndefined();
  });

  it('reads no column foot stopping in a sentence: small letters, a sentence’s opening word, a name alone', () => {
    expect(setApartCreditEnd(...around('\nLe vote a eu lieu lundi. Mais il a\n\nDit non'))).toBeUndefined();
    expect(setApartCreditEnd(...around('\nLe vote a eu lieu lundi. Mais Jean Dupont\n\nRefuse de signer'))).toBeUndefined();
    expect(setApartCreditEnd(...around('\nLe vote a eu lieu lundi, a répondu. Jean\n\nDupont refuse'))).toBeUndefined();
    expect(setApartCreditEnd(...around('\nLe vote a eu lieu lundi. Sur les 612\n\nVotants'))).toBeUndefined();
    // A credit's last word is a name or a figure, not a particle, nor a word a hyphen cut (a list's item, mutool's text).
    expect(setApartCreditEnd(...around('\nLe vote a eu lieu lundi. Anne Dupont de\n\nLa mairie'))).toBeUndefined();
    expect(setApartCreditEnd(...around('\nMoins de 60 kg cadets : 1. Yanis Belkacem.\nMoins de 57 kg juniors : 1. Léa Vigier-\n\nRoussel.'))).toBeUndefined();
    expect(setApartCreditEnd(...around('\nMoins de 57 kg juniors : 1. Léa Vigier\n\nRoussel gagne'))).toBeUndefined();
  });

  it('reads, over the lines above a heading, only a block set apart among them (page-layout’s intertitles)', () => {
    const [above, heading] = around('ont voté pour.\n\nLe platane abattu dans la nuit. Corentin Hascoët / Le Phare de\nl’Ouest\n\n900 interventions');
    expect(setApartCreditEnd(above, heading, false)).toBe('Corentin Hascoët / Le Phare de l’Ouest');
    // The last lines of a longer paragraph, no blank line above them: no caption's block.
    const [running, next] = around('ont voté pour.\nLe platane abattu dans la nuit. Corentin Hascoët / Le Phare de\nl’Ouest\n\n900 interventions');
    expect(setApartCreditEnd(running, next, false)).toBeUndefined();
  });

  it('ends the paragraph at the blank line in text with no blank line between paragraphs', () => {
    const text = [
      'Le musée a acquis une statuette de bronze',
      'du IIe siècle, trouvée dans un champ près',
      'de Vienne par un agriculteur.',
      '',
      'Un atelier de bronzier gallo-romain, tel que',
      'le restituent les fouilles. Illustration Anne Verdier',
      '',
      'Le musée possédait déjà une tête d’Apollon',
      'et un ensemble de lampes à huile.',
    ].join('\n');
    const split = splitParagraphs(pageLines(text), 52);
    expect(split.paragraphs.map((paragraph) => paragraph[0]?.number)).toContain(8);
    expect(split.repairs).toContainEqual(expect.objectContaining({ kind: 'paragraph-split', line: 6, reason: 'set-apart-credit', evidence: expect.stringContaining('Illustration Anne Verdier') }));
  });

  it('lets a body sentence go on past a caption set inside it before a figure', () => {
    const text = [
      'Il a fallu couler plus de',
      '',
      'Les plongeurs inspectent les piles, lundi. Ph. Hugues Le Guellec',
      '',
      '3 000 m³ de béton sous l’eau.',
    ].join('\n');
    const split = splitParagraphs(pageLines(text), 60);
    expect(split.repairs).not.toContainEqual(expect.objectContaining({ reason: 'set-apart-credit' }));
  });
});

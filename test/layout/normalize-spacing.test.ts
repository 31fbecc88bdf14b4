import { describe, expect, it } from 'vitest';
import { normalizeSpacing } from '../../src/layout/normalize-spacing.ts';
import { structureText } from '../../src/structure.ts';

describe('normalizeSpacing and dotted abbreviations in capitals', () => {
  it('inserts no space inside LL.AA.II.RR. (pySBD French golden rule)', () => {
    const result = normalizeSpacing('le texte « LL.AA.II.RR. » pour', 3);
    expect(result.content).toBe('le texte « LL.AA.II.RR. » pour');
    expect(result.repairs).toEqual([]);
  });

  it('still repairs a missing space before a capitalised word', () => {
    expect(normalizeSpacing('a dit le CNRS.Les chercheurs', 1).content).toBe('a dit le CNRS. Les chercheurs');
  });

  it('keeps « LL.AA.II.RR. » one sentence through the whole structure stage', () => {
    const paragraph =
      'Ce modèle permet d’afficher le texte « LL.AA.II.RR. » pour l’abréviation de « Leurs Altesses impériales et royales » avec son infobulle.';
    const article = structureText(`Un titre\n\n${paragraph}\n\nUn second paragraphe suit ici.\n`, {
      fileName: 'abbreviation.txt',
      checkLanguage: false,
    });
    const block = article.blocks.find((candidate) => candidate.role === 'paragraph');
    expect(block?.sentences.map((sentence) => sentence.text)).toEqual([paragraph]);
  });
});

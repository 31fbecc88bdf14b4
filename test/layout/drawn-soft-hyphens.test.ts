import { describe, expect, it } from 'vitest';
import { keepDrawnSoftHyphens } from '../../src/layout/drawn-soft-hyphens.ts';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { structureText } from '../../src/structure.ts';

const SHY = '\u00AD';
const lexicon = getFrenchLexicon();

describe('soft hyphens a producer drew as its hyphens', () => {
  it('makes "-" of a soft hyphen inside a line where the evidence keeps a compound hyphen, each recorded', () => {
    const text = [
      `Le Grand${SHY}Duché compte les trajets domicile${SHY}travail, c’est${SHY}à${SHY}dire`,
      `ceux de quarante${SHY}cinq minutes, au rez${SHY}de${SHY}chaussée de Saint${SHY}Quay${SHY}Portrieux.`,
    ].join('\n');
    const result = keepDrawnSoftHyphens(text, lexicon);
    expect(result.text).toBe(
      'Le Grand-Duché compte les trajets domicile-travail, c’est-à-dire\nceux de quarante-cinq minutes, au rez-de-chaussée de Saint-Quay-Portrieux.',
    );
    expect(result.repairs.map((repair) => `${repair.line} ${repair.after} ${repair.reason}`)).toEqual([
      '1 Grand-Duché soft-hyphen-drawn',
      '1 domicile-travail soft-hyphen-drawn',
      '1 c’est-à-dire soft-hyphen-drawn',
      '2 quarante-cinq soft-hyphen-drawn',
      '2 rez-de-chaussée soft-hyphen-drawn',
      '2 Saint-Quay-Portrieux soft-hyphen-drawn',
    ]);
    expect(result.repairs[1]?.evidence).toContain('"domicile" and "travail" are both words');
  });

  it('leaves a soft hyphen no evidence keeps, for hyphen-characters.ts to remove', () => {
    // A name's syllables (`Kervé` and `nec` are no words, nor the name in the word list): nothing
    // says a hyphen was drawn, and it is joined, as a line-end hyphen would be.
    const result = keepDrawnSoftHyphens(`le Grand${SHY}Duché et M. Kervé${SHY}nec`, lexicon);
    expect(result.text).toBe(`le Grand-Duché et M. Kervé${SHY}nec`);
    expect(result.repairs).toHaveLength(1);
  });

  it('leaves every soft hyphen of a text whose soft hyphens are break opportunities (a browser\'s page)', () => {
    // Most words holding one make a known word once they are taken out: `profes­seur`,
    // `com­mune`; there `Grand­Duché` too was a break opportunity in the copy, not a drawn hyphen.
    const text = `Le pro${SHY}fes${SHY}seur de la com${SHY}mune a quit${SHY}té le Grand${SHY}Duché.`;
    expect(keepDrawnSoftHyphens(text, lexicon)).toEqual({ text, repairs: [] });
  });

  it('reads the article\'s own hyphenated spelling, not the word being decided', () => {
    const result = keepDrawnSoftHyphens(`Le cale-porte tient. Un cale${SHY}porte neuf.`, lexicon);
    expect(result.text).toBe('Le cale-porte tient. Un cale-porte neuf.');
    expect(result.repairs[0]?.evidence).toContain('the article writes "cale-porte" whole');
  });

  it('gives the structure stage the compound with its hyphen', () => {
    const article = structureText(`Le ministre a visité le Ker${SHY}Anna, un chalutier du Grand${SHY}Duché.\n`, { fileName: 'a.txt' } as never);
    expect(article.blocks.map((block) => block.text)).toEqual(['Le ministre a visité le Ker-Anna, un chalutier du Grand-Duché.']);
    expect(article.repairs.filter((repair) => repair.reason === 'soft-hyphen-drawn')).toHaveLength(2);
  });
});

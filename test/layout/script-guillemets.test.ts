/**
 * babel's guillemets, drawn in OT1 as the mathematical `≪` `≫`, read back in a text
 * (`src/layout/script-guillemets.ts`): lines typed by hand, then each tool's text of the
 * tex-accents page made for it (`test/fixtures/tex-accents/babel-guillemets.*`) structured.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScriptGuillemets } from '../../src/layout/script-guillemets.ts';
import { structureText } from '../../src/structure.ts';

const read = (text: string) => readScriptGuillemets(text).text;

describe('readScriptGuillemets: a ≪ … ≫ pair around French words', () => {
  it('reads a pair as guillemets, over a line break and with a sentence’s end inside', () => {
    expect(read('Il a dit : ≪ Pas question ≫, puis il est parti.')).toBe('Il a dit : « Pas question », puis il est parti.');
    expect(read('Le maire parle d’un ≪ projet utile\net attendu ≫. Fin.')).toBe('Le maire parle d’un « projet utile\net attendu ». Fin.');
    expect(read('Alors ? ≪ À demain ! ≫ répond-elle.')).toBe('Alors ? « À demain ! » répond-elle.');
  });

  it('reads pypdf’s pair without its inner spaces when it holds words, and puts back the space lost after it', () => {
    expect(read('Elle crie ≪Nous restons ici≫, et ≪On part ! ≫lance-t-il.')).toBe('Elle crie «Nous restons ici», et «On part ! » lance-t-il.');
  });

  it('records each line it changed as a repair', () => {
    const result = readScriptGuillemets('Titre\nIl dit ≪ non merci ≫.');
    expect(result.repairs).toEqual([expect.objectContaining({ kind: 'guillemets-read', line: 2, before: 'Il dit ≪ non merci ≫.', after: 'Il dit « non merci ».' })]);
  });

  it('leaves a formula’s ≪ and ≫, a lone mark and a pair across a blank line as they are', () => {
    for (const text of ['On a x ≪ 1 et y ≫ 2.', 'La masse m ≪ M reste faible.', 'Soit ≪ a + b = c ≫ posé.', 'Il dit ≪ oui\n\nmais ≫ non.', 'Un ≪x≫ seul.', 'Puis P ≪ P0 et rien.']) {
      const result = readScriptGuillemets(text);
      expect(result.text).toBe(text);
      expect(result.repairs).toEqual([]);
    }
    // A lone ≪ before a quotation's pair stays; the pair is read.
    expect(read('Puis P ≪ P0, et ≪ On verra ≫.')).toBe('Puis P ≪ P0, et « On verra ».');
  });
});

/**
 * Each tool's text of the babel-guillemets page (pdfLaTeX, babel French, OT1) and of the
 * latex-ot1 page: blocks found whole, as measured (session 44). What still differs: the formula
 * `(P ≪ P0)`, written `(P ≪ P0 )` by pdftotext and `( P≪P0)` by pypdf, and pypdf's `».À suivre`.
 * Session 44 (mends44): babel guillemets read in a text: latex-ot1 3 -> 5 (pypdf 3 -> 4).
 */
const EXACT_BLOCKS: Record<string, Record<string, number>> = {
  'babel-guillemets': { pdftotext: 5, mutool: 6, pymupdf: 6, pdfminer: 6, pypdf: 5, pdfjs: 6, pdfbox: 6 },
  'latex-ot1': { mutool: 5, pymupdf: 5, pdfminer: 5, pypdf: 4, pdfjs: 5, pdfbox: 5 },
};

describe('the tex-accents pages with babel’s guillemets, as each tool writes them', () => {
  for (const [page, tools] of Object.entries(EXACT_BLOCKS)) {
    const expected = readFileSync(new URL(`../fixtures/tex-accents/${page}.expected.txt`, import.meta.url), 'utf8')
      .split(/\n\s*\n/u)
      .map((block) => block.trim().replace(/\s+/gu, ' '))
      .filter((block) => block.length > 0);
    for (const [tool, floor] of Object.entries(tools)) {
      it(`${page}.${tool}: guillemets read, ${floor} of ${expected.length} blocks exact`, () => {
        const text = readFileSync(new URL(`../fixtures/tex-accents/${page}.${tool}.txt`, import.meta.url), 'utf8');
        const blocks = structureText(text, { fileName: `${page}.${tool}.txt` }).blocks.map((block) => block.text);
        expect(expected.filter((block) => blocks.includes(block)).length).toBeGreaterThanOrEqual(floor);
        // No guillemet left as ≪ ≫: only the formula's ≪.
        expect(blocks.join('\n').match(/[≪≫]/gu)).toEqual(page === 'babel-guillemets' ? ['≪'] : null);
      });
    }
  }
});

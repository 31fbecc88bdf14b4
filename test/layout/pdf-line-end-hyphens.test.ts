/**
 * Words the PDF path invented on the seen corpus by keeping or dropping a line-end hyphen, each
 * kind typeset for real with groff -ms (`test/fixtures/pdf/hyphen-kinds/`, made by its script):
 * a dateline in bold capitals wrapped over two lines (`CHERBOURG-EN-COTEN-|TIN —`, read as a
 * standfirst line and a dateline `TIN —`), a surname ending in `o` cut in two (`Cho-|marat`,
 * kept as a combining form like `russo-`), a place name cut before its elided article
 * (`Côtes-|d’Armor`, glued). The expected blocks are the article as written.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structurePdf } from '../../src/structure.ts';

const FILE = new URL('../fixtures/pdf/hyphen-kinds/hyphen-kinds.pdf', import.meta.url);

describe('PDF: line-end hyphens of names, place names and datelines', () => {
  it('reads every word as written, and the wrapped dateline as one dateline', async () => {
    const article = await structurePdf(new Uint8Array(readFileSync(FILE)), { fileName: 'hyphen-kinds.pdf' });
    expect(article.blocks.map((block) => [block.role, block.text])).toEqual([
      ['headline', 'Le marché de Tournon perd ses clients du pont'],
      ['byline', 'Par Camille Oberlé'],
      ['dateline', 'CHERBOURG-EN-COTENTIN —'],
      [
        'paragraph',
        'Les commerçants font grise mine depuis lundi. Thierry Chomarat, fromager, dit avoir perdu un tiers de son chiffre. ' +
          'Sa sœur tient un stand à Saint-Brieuc, dans les Côtes-d’Armor, où la clientèle ne manque pas.',
      ],
      ['paragraph', 'Le maire a promis une navette gratuite avant la fin du mois, dès que le département aura donné son accord.'],
    ]);
  });
});

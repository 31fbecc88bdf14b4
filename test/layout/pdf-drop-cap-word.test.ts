/**
 * A drop cap that is a word of its own. French paragraphs often open with `À` (`À la mairie…`,
 * `À 7 heures…`), which a page may set as a drop cap over three lines, the line beside it
 * starting with the next word. The cap was glued to it (`Àla surprise`, a word lost and one
 * invented); a cap that is its word's first letter (`L` + `e conseil`, `A` + `vec`) still joins it.
 * A paragraph opening on a quotation sets its guillemet in the cap, with the no-break space French
 * puts after it (`« O` over three lines, then `n remplit…`): that cap was no cap at all, read as a
 * block of its own before a paragraph opening `n remplit`.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

/** A paragraph opened by a 40 pt drop cap beside its first three lines, then two lines at the column's edge. */
function capped(cap: string, beside: [string, string, string], after: [string, string]): PlacedLine[] {
  return [
    { text: 'Le marché couvert rouvre après deux ans de travaux', x: 50, y: 70, size: 22, font: 'bold' },
    { text: cap, x: 50, y: 146, size: 40, font: 'bold', width: 28 },
    { text: beside[0], x: 82, y: 122, width: 190 },
    { text: beside[1], x: 82, y: 134, width: 190 },
    { text: beside[2], x: 82, y: 146, width: 190 },
    { text: after[0], x: 50, y: 158, width: 222 },
    { text: after[1], x: 50, y: 170 },
  ];
}

function lastBlock(lines: PlacedLine[]) {
  const result = layoutPdf(pdfDocument([lines]), { lexicon: getFrenchLexicon() });
  return { text: result.blocks.at(-1)?.text, repair: result.repairs.find((repair) => repair.kind === 'drop-cap-joined') };
}

describe('layoutPdf: a drop cap that is a word of its own', () => {
  it('keeps `À` apart from the word beside it', () => {
    const { text, repair } = lastBlock(
      capped('À', ['la surprise des marchands, les halles', 'ont rouvert leurs portes dès mardi,', 'avec trois semaines d’avance sur le'], ['calendrier que la mairie avait fixé au', 'printemps.']),
    );
    expect(text).toBe('À la surprise des marchands, les halles ont rouvert leurs portes dès mardi, avec trois semaines d’avance sur le calendrier que la mairie avait fixé au printemps.');
    expect(repair?.after).toBe('À la');
  });

  it('keeps `A` (a capital set without its accent) apart before a number and a name', () => {
    expect(lastBlock(capped('A', ['7 heures, les premiers étals étaient', 'déjà installés sous la grande verrière,', 'restaurée pièce par pièce par une'], ['entreprise de la vallée, qui a travaillé', 'tout l’hiver.'])).text).toMatch(/^A 7 heures, /u);
    expect(lastBlock(capped('À', ['Quimper, on n’avait pas vu une telle', 'foule depuis la fête de la Cornouaille,', 'qui attire chaque été des milliers'], ['de visiteurs venus de toute la région', 'et d’ailleurs.'])).text).toMatch(/^À Quimper, /u);
  });

  it('still joins a cap that is its word’s first letter', () => {
    expect(lastBlock(capped('A', ['vec trois semaines d’avance, les halles', 'ont rouvert leurs portes mardi matin,', 'sous une verrière restaurée pièce par'], ['pièce par une entreprise de la vallée,', 'qui a travaillé tout l’hiver.'])).text).toMatch(/^Avec trois /u);
    expect(lastBlock(capped('L', ['es halles ont rouvert leurs portes', 'mardi matin, avec trois semaines', 'd’avance sur le calendrier que la'], ['mairie avait fixé au printemps, à la', 'surprise des marchands.'])).text).toMatch(/^Les halles /u);
  });
});

describe('layoutPdf: a drop cap opening on a guillemet', () => {
  it('reads the guillemet, its space and the capital as the cap of the paragraph’s first word', () => {
    for (const cap of ['«\u00a0O', '«\u202fO', '«O']) {
      const { text, repair } = lastBlock(
        capped(cap, ['n remplit une baignoire percée »,', 'résume l’adjoint aux sports, qui a', 'visité le chantier lundi matin avec'], ['les représentants des trois clubs de la', 'ville.']),
      );
      const spaced = (value: string | undefined) => value?.replace(/[\u00a0\u202f]/gu, ' ');
      expect(spaced(text)).toBe(`${spaced(cap)}n remplit une baignoire percée », résume l’adjoint aux sports, qui a visité le chantier lundi matin avec les représentants des trois clubs de la ville.`);
      expect(spaced(repair?.after)).toBe(`${spaced(cap)}n`);
    }
  });

  it('keeps `À` a word of its own after the guillemet too', () => {
    expect(lastBlock(capped('«\u00a0À', ['la fin, tout le monde était content »,', 'résume l’adjoint aux sports, qui a', 'visité le chantier lundi matin avec'], ['les représentants des trois clubs de la', 'ville.'])).text).toMatch(/^«[\s\u00a0]À la fin, /u);
  });
});

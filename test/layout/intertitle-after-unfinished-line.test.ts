import { describe, expect, it } from 'vitest';
import { headsAfterUnfinishedLine, isIntertitle } from '../../src/layout/intertitles.ts';
import { structureText } from '../../src/structure.ts';
import { pageLines } from '../support/page-lines.ts';

/**
 * An OCR text serves a page's blocks in its own order: a column's foot can stop in the middle of
 * a sentence right over the next column's intertitle, and a picture's credit closes on no stop.
 * A line opening like a sentence (a capitalised article before a small letter) cannot go on with
 * the sentence left unfinished above it, so the heading there is tried as an intertitle.
 */
describe('an intertitle right after a line that ends no sentence', () => {
  const lines = (text: string) => pageLines(text);

  it('lets a heading opening on an article be tried after an unfinished line, over a sentence’s opening', () => {
    const [previous, line, next] = lines('la plus grande partie du chantier, sous\nLe marché couvert attendra\nLe maire a promis une réponse');
    expect(headsAfterUnfinishedLine(line!, previous, next)).toBe(true);
    expect(isIntertitle(line!, previous, next, 40, true)).toBe(true);
    // After a photographer's credit, which ends on no stop either.
    const [credit, heading, opening] = lines('devant la halle, samedi matin. Photo Jean Rivière\nDes commerçants inquiets\nLes travaux doivent durer un an');
    expect(headsAfterUnfinishedLine(heading!, credit, opening)).toBe(true);
  });

  it('keeps a line that may go on with the sentence above it', () => {
    // A name (`La Rochelle`) or a word after a colon, an opening quote or a cut word may follow.
    expect(headsAfterUnfinishedLine(...triple('les bateaux partis de\nLa Rochelle et de Royan\nLes pêcheurs ont attendu'))).toBe(false);
    expect(headsAfterUnfinishedLine(...triple('le maire a tranché :\nLe marché restera ouvert\nLes commerçants ont applaudi'))).toBe(false);
    expect(headsAfterUnfinishedLine(...triple('il a lancé «\nLe marché restera ouvert\nLes commerçants ont applaudi'))).toBe(false);
    // The line under it opening on no sentence's first word.
    expect(headsAfterUnfinishedLine(...triple('la plus grande partie du chantier, sous\nLe marché couvert attendra\nPierre Martin a promis une réponse'))).toBe(false);
    // After a line ending a sentence, the usual tests alone decide.
    expect(headsAfterUnfinishedLine(...triple('le chantier a pris du retard.\nLe marché couvert attendra\nLe maire a promis une réponse'))).toBe(false);
  });

  it('sets the heading apart in an OCR text with no blank line, the column’s foot left as it was read', () => {
    const text = [
      'Le marché couvert ferme pour travaux',
      'Les commerçants du centre-ville devront s’installer sur la place pendant un an.',
      'Par Jeanne Roux',
      'Le conseil municipal a voté lundi soir la rénovation de la halle',
      'du marché, construite en 1928. Les travaux commenceront en',
      'mars et dureront un an. Les vingt-deux commerçants seront',
      'installés sous des barnums, place de la Mairie, le temps du',
      'chantier. Le coût total atteint 1,8 million d’euros, dont la',
      'plus grande partie sera payée par la commune, sous',
      'Le stationnement réorganisé',
      'Le parking de la place sera fermé le samedi matin. Les',
      'habitants pourront se garer gratuitement au parking de la',
      'gare, à cinq minutes à pied du marché provisoire.',
    ].join('\n');
    const blocks = structureText(text, { fileName: 'marche.ocr.txt', layout: 'print' }).blocks;
    expect(blocks.map((block) => block.text)).toContain('Le stationnement réorganisé');
    expect(blocks.map((block) => block.text)).toContain(
      'Le parking de la place sera fermé le samedi matin. Les habitants pourront se garer gratuitement au parking de la gare, à cinq minutes à pied du marché provisoire.',
    );
  });
});

function triple(text: string): [Parameters<typeof headsAfterUnfinishedLine>[0], Parameters<typeof headsAfterUnfinishedLine>[1], Parameters<typeof headsAfterUnfinishedLine>[2]] {
  const [previous, line, next] = pageLines(text);
  return [line!, previous, next];
}

import { describe, expect, it } from 'vitest';
import { isCelledPageHead } from '../../src/layout/celled-page-head.ts';
import { removePageFurniture } from '../../src/layout/page-furniture.ts';
import { contents, pageLines } from '../support/page-lines.ts';

describe('a page’s head printed in cells and read as one line', () => {
  it('knows the paper’s name, a section’s and the full date, maybe a folio, in either order', () => {
    for (const text of [
      'Le Phare de la Côte Pays et villes jeudi 19 novembre 2026 p. 31',
      'p. 32 Le Courrier de l’Aube Monde mardi 13 janvier 2026',
      'La Gazette du Vercors Au fil du département samedi 25 juillet 2026',
      'samedi 25 juillet 2026 La Gazette du Vercors Vie locale 12',
      'L’Éveil du Plateau — Faits du jour — dimanche 3 mai 2026',
      // The folio between the angle quotes a browser's stylesheet sets around it.
      'La Gazette du Vercors Vie locale samedi 25 juillet 2026 ‹ 12 ›',
      '« 12 » samedi 25 juillet 2026 La Gazette du Vercors Vie locale',
    ]) {
      expect(isCelledPageHead(text), text).toBe(true);
    }
  });

  it('takes no sentence, date alone or line with the date inside it for one', () => {
    for (const text of [
      // A sentence: one capital only, a comma, a full stop, words running on.
      'Le conseil municipal se réunira jeudi 19 novembre 2026',
      'Le maire a convoqué la presse, jeudi 19 novembre 2026',
      'La foire ouvrira ses portes jeudi 19 novembre 2026.',
      'Rendez-vous est pris à la Maison Pour Tous pour le jeudi 19 novembre 2026',
      // The date inside the line, words on both sides.
      'Le Phare de la Côte jeudi 19 novembre 2026 Pays et villes',
      // No section: a date alone, a name alone.
      'jeudi 19 novembre 2026',
      'Le Phare de la Côte',
    ]) {
      expect(isCelledPageHead(text), text).toBe(false);
    }
  });

  it('removes it at a page’s first or last line, and its repeat where a text lost its page breaks', () => {
    const head = 'Le Phare de la Côte Faits du jour jeudi 19 novembre 2026';
    const body = ['SCIENCES', 'La pierre du potager était bien une météorite', 'Un retraité avait ramassé un caillou noir dans son jardin.', 'Les analyses confirment : il vient de l’espace, et'];
    // On top of the page, and printed after the body (a producer that draws the head last).
    expect(contents(removePageFurniture(pageLines([head, ...body].join('\n'))).lines)).toEqual(body);
    expect(contents(removePageFurniture(pageLines([...body.slice(0, 3), head].join('\n'))).lines)).toEqual(body.slice(0, 3));
    // Under the foot, the folio: the head is the page's last line once the folio is out.
    expect(contents(removePageFurniture(pageLines([...body.slice(0, 3), head, '28'].join('\n'))).lines)).toEqual(body.slice(0, 3));
    // OCR with no form feed: the second page's head between two lines of a sentence goes too.
    const ocr = removePageFurniture(pageLines([head, ...body, head, 'le laboratoire le confirme.'].join('\n')));
    expect(contents(ocr.lines)).toEqual([...body, 'le laboratoire le confirme.']);
    expect(ocr.repairs.map((repair) => repair.reason)).toEqual(['running-header', 'running-header']);
  });

  it('reads a head the extraction cut after an elided letter whole, and removes both pieces', () => {
    const body = ['VITICULTURE', 'Vendanges précoces sur les coteaux', 'Les premiers raisins ont été coupés le 21 août.'];
    const cut = ['La Vigie du Ponant L', '’actualité du jour mercredi 14 octobre 2026', 'Page 18'];
    expect(contents(removePageFurniture(pageLines([...cut, ...body].join('\n'))).lines)).toEqual(body);
    // A line ending on an elided letter that makes no head with the next stays.
    const prose = ['Le maire de la commune a visité l', '’école rénovée mercredi 14 octobre 2026', 'avec les parents.'];
    expect(contents(removePageFurniture(pageLines(prose.join('\n'))).lines)).toEqual(prose);
  });

  it('keeps such a line inside a page, or at a page’s top when a sentence runs on under it', () => {
    const inside = ['SCIENCES', 'La pierre du potager était bien une météorite', 'Le Phare de la Côte Faits du jour jeudi 19 novembre 2026', 'Un retraité avait ramassé un caillou noir.', 'Les analyses le confirment.'];
    expect(contents(removePageFurniture(pageLines(inside.join('\n'))).lines)).toEqual(inside);
    const runsOn = ['Le Comité Des Fêtes Et Le Maire jeudi 19 novembre 2026', 'ont inauguré la halle rénovée.', 'La fête a duré tard.'];
    expect(contents(removePageFurniture(pageLines(runsOn.join('\n'))).lines)).toEqual(runsOn);
  });
});

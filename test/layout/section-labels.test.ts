import { describe, expect, it } from 'vitest';
import { removePageFurniture } from '../../src/layout/page-furniture.ts';
import { contents, pageLines } from '../support/page-lines.ts';

// A page's head or foot band: a section's label beside the folio or a printout's page counter.
const top = ['Au marché', 'Les premières courges arrivent sur les étals', 'Par Jeanne Martin', 'Samedi, la place était pleine dès huit heures.'];
const end = ['La saison durera jusqu’à la Toussaint.'];

describe('a section’s label in a page’s band', () => {
  it('goes beside the folio at the page’s foot, under the article’s last line', () => {
    expect(contents(removePageFurniture(pageLines([...top, ...end, 'Page 14', 'Région'].join('\n'))).lines)).toEqual([...top, ...end]);
    expect(contents(removePageFurniture(pageLines([...top, ...end, 'Vivre ici', '', 'Page 1/1'].join('\n'))).lines)).toEqual([...top, ...end]);
  });

  it('goes at the foot of a page whose printout counts its pages, though the counter is at the top', () => {
    const printout = ['Page 1/1', ...top, ...end, '(AFP)', '', '', 'Vivre ici'];
    expect(contents(removePageFurniture(pageLines(printout.join('\n'))).lines)).toEqual([...top, ...end, '(AFP)']);
  });

  it('goes at the top over a kicker set above a title, on a page that prints a folio', () => {
    expect(contents(removePageFurniture(pageLines(['22/', 'L’actualité du jour', ...top, ...end].join('\n'))).lines)).toEqual([...top, ...end]);
    expect(contents(removePageFurniture(pageLines(['Région', '', ...top, ...end, 'Page 14'].join('\n'))).lines)).toEqual([...top, ...end]);
  });

  it('goes beside a folio anywhere once taken at a page’s edge: the next page’s band, in a text with no page breaks', () => {
    const middle = ['Le vent faiblira jeudi, et les traversées', 'Lire la suite page 30', '30/', 'L’actualité du jour', 'Reprise prévue jeudi', 'reprendront dès midi.'];
    const text = ['29/', 'L’actualité du jour', ...top, ...middle, ...end].join('\n');
    expect(contents(removePageFurniture(pageLines(text)).lines)).toEqual([...top, 'Le vent faiblira jeudi, et les traversées', 'Reprise prévue jeudi', 'reprendront dès midi.', ...end]);
  });

  it('records the label under its own reason, which the search for the next pages’ bands reads', () => {
    const middle = ['Le vent faiblira jeudi, et les traversées', '30/', 'L’actualité du jour', 'reprendront dès midi.'];
    const result = removePageFurniture(pageLines(['29/', 'L’actualité du jour', ...top, ...middle, ...end].join('\n')));
    const labels = result.repairs.filter((repair) => repair.before === 'L’actualité du jour');
    expect(labels.map((repair) => [repair.line, repair.reason])).toEqual([
      [2, 'section-label'],
      [9, 'section-label'],
    ]);
    // A folio's band beside a paper's date stays a running header.
    const foot = removePageFurniture(pageLines([...top, ...end, 'Page 14', 'Région'].join('\n')));
    expect(foot.repairs.map((repair) => [repair.before, repair.reason])).toEqual([
      ['Page 14', 'folio'],
      ['Région', 'section-label'],
    ]);
  });

  it('keeps a kicker right over its title, a signature, and a page with no folio', () => {
    // The kicker under the folio: no second short line stands between it and the title.
    expect(contents(removePageFurniture(pageLines(['12', ...top, ...end].join('\n'))).lines)).toEqual([...top, ...end]);
    // A signature closing the article beside the folio.
    expect(contents(removePageFurniture(pageLines([...top, ...end, 'Marc Olivier', 'Page 3'].join('\n'))).lines)).toEqual([...top, ...end, 'Marc Olivier']);
    // No folio, no counter: nothing says the page has a band.
    expect(contents(removePageFurniture(pageLines(['Région', ...top, ...end, 'Vivre ici'].join('\n'))).lines)).toEqual(['Région', ...top, ...end, 'Vivre ici']);
  });
});

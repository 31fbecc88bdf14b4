import { describe, expect, it } from 'vitest';
import { readDatedHeadLine } from '../../src/layout/dated-head-line.ts';
import { removePageFurniture } from '../../src/layout/page-furniture.ts';
import { contents, pageLines } from '../support/page-lines.ts';

describe('a page’s head read out of place: a line opening on the page’s date', () => {
  it('reads the date with a folio, a number or a label after it, and nothing else', () => {
    expect(readDatedHeadLine('mercredi 9 septembre 2026 - 22 -')).toBe('folio');
    expect(readDatedHeadLine('lundi 2 mars 2026 7 |')).toBe('folio');
    expect(readDatedHeadLine('dimanche 1er novembre 2026 p. 12')).toBe('folio');
    expect(readDatedHeadLine('jeudi 14 mai 2026 - 5 - Le monde')).toBe('folio');
    expect(readDatedHeadLine('jeudi 14 mai 2026 11')).toBe('number');
    expect(readDatedHeadLine('samedi 3 octobre 2026 Sports')).toBe('label');
    expect(readDatedHeadLine('vendredi 6 février 2026Le Réveil des Causses')).toBe('label');
    // A date alone: an agenda's day as well as a page's head, read at a page's edge only.
    expect(readDatedHeadLine('mardi 20 janvier 2026')).toBeUndefined();
    // Prose going on after the date, or stopping on it: no head.
    expect(readDatedHeadLine('mardi 20 janvier 2026 à 18 heures, salle des fêtes')).toBeUndefined();
    expect(readDatedHeadLine('mardi 20 janvier 2026, les élus ont voté')).toBeUndefined();
    expect(readDatedHeadLine('mardi 20 janvier 2026.')).toBeUndefined();
    expect(readDatedHeadLine('le mardi 20 janvier 2026')).toBeUndefined();
  });

  it('removes it between two lines of the body, and joins the word the page cut', () => {
    const text = [
      'Le feu a pris vers 2 heures dans un entrepôt de la zone artisanale.',
      'Les pompiers sont restés sur place toute la nuit pour sur-',
      '',
      'mercredi 9 septembre 2026 - 22 -',
      '',
      'veiller les braises, a indiqué la préfecture.',
    ].join('\n');
    const result = removePageFurniture(pageLines(text));
    expect(contents(result.lines)).toEqual(['Le feu a pris vers 2 heures dans un entrepôt de la zone artisanale.', 'Les pompiers sont restés sur place toute la nuit pour sur-', 'veiller les braises, a indiqué la préfecture.']);
    expect(result.repairs).toEqual([expect.objectContaining({ kind: 'page-furniture-removed', line: 4, reason: 'running-header' })]);
    expect(result.lines[2]?.pageBreakBefore).toBe(true);
  });

  it('removes a date beside a label or a bare number only where no sentence runs into it or out of it', () => {
    // Inside a page, away from its edges, where the page's head has no business.
    const opening = ['Le club de handball a tenu son assemblée générale vendredi soir.', 'Les comptes sont à l’équilibre pour la deuxième année.', 'Le président a été réélu à l’unanimité des présents.', 'Les effectifs progressent chez les moins de quinze ans.'];
    const closing = ['La saison reprendra début septembre au gymnase.', 'Les inscriptions sont ouvertes en mairie.', 'Les entraînements ont lieu le mercredi.', 'Le bureau se réunira en juin.'];
    const page = (...middle: string[]) => contents(removePageFurniture(pageLines([...opening, ...middle, ...closing].join('\n'))).lines);
    expect(page('Le maire a signé l’arrêté lundi.', 'samedi 3 octobre 2026 Sports', 'Le club recrute deux entraîneurs.')).not.toContain('samedi 3 octobre 2026 Sports');
    expect(page('Le maire a signé l’arrêté lundi.', 'samedi 3 octobre 2026 - 12 -', 'recrute deux entraîneurs.')).not.toContain('samedi 3 octobre 2026 - 12 -');
    // A sentence broken right after the date: kept.
    expect(page('La foire aux vins ouvrira le', 'samedi 3 octobre 2026 Place', 'Carnot, sous la halle.')).toContain('samedi 3 octobre 2026 Place');
    expect(page('La finale se jouera', 'dimanche 4 octobre 2026 12', 'clubs sont encore en lice.')).toContain('dimanche 4 octobre 2026 12');
  });
});

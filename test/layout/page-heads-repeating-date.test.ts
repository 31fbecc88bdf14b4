import { describe, expect, it } from 'vitest';
import { isCelledPageHead } from '../../src/layout/celled-page-head.ts';
import { removePageFurniture } from '../../src/layout/page-furniture.ts';
import { contents, pageLines } from '../support/page-lines.ts';

describe('a page’s head repeated with its cells in another order', () => {
  it('takes out the next page’s head between two lines of the body when it carries the date of the head taken at the top', () => {
    // A recto head over the first page, the verso's mirror between two lines of the body, as
    // an OCR text that lost its page breaks keeps it (its middle dot read `-`).
    const text = [
      '18 lundi 2 mars 2026 La Gazette du Plateau · Société',
      'Les moulins reprennent du service',
      'Le meunier ouvre la vanne chaque matin et la roue se met à',
      'tourner. Il',
      'La Gazette du Plateau - Société lundi 2 mars 2026 19',
      'vend sa farine aux boulangers du canton.',
    ].join('\n');
    const result = removePageFurniture(pageLines(text));
    expect(contents(result.lines)).toEqual([
      'Les moulins reprennent du service',
      'Le meunier ouvre la vanne chaque matin et la roue se met à',
      'tourner. Il',
      'vend sa farine aux boulangers du canton.',
    ]);
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', line: 5, reason: 'running-header' }));
    // The line after the head is the next page's: the paragraph runs on across the break.
    expect(result.lines.at(-1)?.pageBreakBefore).toBe(true);
  });

  it('keeps a line set as a head whose date no head taken out carries', () => {
    const text = [
      '18 lundi 2 mars 2026 La Gazette du Plateau · Société',
      'Les moulins reprennent du service',
      'Le meunier ouvre la vanne chaque matin. Rendez-vous',
      'Place des Halles Marché paysan samedi 7 mars 2026',
      'pour la première vente, qui ouvrira la saison des',
      'marchés de printemps. Les boulangers y seront.',
      'Le meunier espère doubler sa production.',
    ].join('\n');
    expect(contents(removePageFurniture(pageLines(text)).lines)).toContain('Place des Halles Marché paysan samedi 7 mars 2026');
  });

  it('keeps prose that carries the head’s date in a sentence', () => {
    const text = ['18 lundi 2 mars 2026 La Gazette du Plateau · Société', 'Les moulins reprennent du service', 'Le conseil se réunira lundi 2 mars 2026, à la mairie.', 'Le maire présidera.'].join('\n');
    expect(contents(removePageFurniture(pageLines(text)).lines)).toContain('Le conseil se réunira lundi 2 mars 2026, à la mairie.');
  });

  it('reads a head whose middle dots OCR read as colons or plus signs', () => {
    expect(isCelledPageHead('La Gazette du Plateau : Vie locale : lundi 2 mars 2026')).toBe(true);
    expect(isCelledPageHead('La Gazette du Plateau + Société lundi 2 mars 2026 19')).toBe(true);
    // A colon in prose before a date, with no cells of capitalised words: no head.
    expect(isCelledPageHead('Le rendez-vous est fixé : lundi 2 mars 2026')).toBe(false);
    // Glued to a word, a colon is punctuation, not a rule between cells.
    expect(isCelledPageHead('La Gazette du Plateau: Vie locale lundi 2 mars 2026')).toBe(false);
    // Mid-text, taken as the head it repeats.
    const text = [
      'La Gazette du Plateau · Société · lundi 2 mars 2026',
      'Les moulins reprennent du service',
      'Le meunier ouvre la vanne chaque matin et la roue se met à',
      'tourner. Il',
      'La Gazette du Plateau : Société : lundi 2 mars 2026',
      'vend sa farine aux boulangers du canton, qui la paient',
      'un peu plus cher que celle de la minoterie.',
      'Le meunier espère doubler sa production.',
    ].join('\n');
    expect(contents(removePageFurniture(pageLines(text)).lines)).not.toContain('La Gazette du Plateau : Société : lundi 2 mars 2026');
  });

  it('takes out a head set in cells beside a folio between two lines of the body, the folio with it', () => {
    for (const folio of ['20', '(4)', '26 |']) {
      const text = [
        'Les moulins reprennent du service',
        'Le meunier ouvre la vanne chaque matin et la roue se met à',
        'tourner. Il vend sa farine aux boulangers, après un',
        folio,
        'La Gazette du Plateau Société lundi 2 mars 2026',
        'accord passé avec la coopérative du canton, qui la paie',
        'un peu plus cher que celle de la minoterie.',
        'Le meunier espère doubler sa production.',
      ].join('\n');
      const result = removePageFurniture(pageLines(text));
      expect(contents(result.lines), folio).toEqual(['Les moulins reprennent du service', 'Le meunier ouvre la vanne chaque matin et la roue se met à', 'tourner. Il vend sa farine aux boulangers, après un', 'accord passé avec la coopérative du canton, qui la paie', 'un peu plus cher que celle de la minoterie.', 'Le meunier espère doubler sa production.']);
      expect(result.lines[3]?.pageBreakBefore).toBe(true);
    }
  });

  it('takes out a full date alone beside a folio between two lines of the body', () => {
    const text = [
      'Les moulins reprennent du service',
      'Le meunier ouvre la vanne chaque matin et la roue se met à',
      'tourner. Il vend sa farine aux boulangers, après un',
      'Page 18',
      'lundi 2 mars 2026',
      'accord passé avec la coopérative du canton, qui la paie',
      'un peu plus cher que celle de la minoterie.',
      'Le meunier espère doubler sa production.',
    ].join('\n');
    expect(contents(removePageFurniture(pageLines(text)).lines)).not.toContain('lundi 2 mars 2026');
  });
});

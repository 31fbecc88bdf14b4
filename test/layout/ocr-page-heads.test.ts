import { describe, expect, it } from 'vitest';
import { removePageFurniture } from '../../src/layout/page-furniture.ts';
import { contents, pageLines } from '../support/page-lines.ts';

/** Body lines around the line tried, so that it stands away from the page's first and last three lines. */
const OPENING = ['Les moulins reprennent du service', 'Le meunier ouvre la vanne chaque matin et la roue se met à', 'tourner avant le jour, quand le village dort encore.', 'Il a appris le métier auprès de son grand-père.'];
const CLOSING = ['Il vend sa farine aux boulangers du canton, qui la paient', 'un peu plus cher que celle des minoteries.', 'La saison commence en mars.', 'Elle finit en novembre.'];

describe('a page’s head read whole with its folio, between two lines of the body', () => {
  it('takes out a head closing on its page number where the page turned', () => {
    // An OCR text that lost its page breaks: the first page's foot between two paragraphs.
    const text = [...OPENING, 'lundi 2 mars 2026 La Gazette du Plateau · Société Page 18', ...CLOSING].join('\n');
    const result = removePageFurniture(pageLines(text));
    expect(contents(result.lines)).toEqual([...OPENING, ...CLOSING]);
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', line: 5, reason: 'running-header' }));
  });

  it('takes out a head opening on its page number, the name before the date', () => {
    const text = [...OPENING, 'Page 20 La Gazette du Plateau samedi 7 mars 2026', ...CLOSING].join('\n');
    expect(contents(removePageFurniture(pageLines(text)).lines)).toEqual([...OPENING, ...CLOSING]);
  });

  it('takes out a head whose page number is set in dashes or beside a bar', () => {
    for (const head of [
      'La Gazette du Plateau – Société jeudi 4 mars 2027 — 23 —',
      'La Gazette du Plateau · Société jeudi 4 mars 2027 - 3 -',
      'La Gazette du Plateau – Société jeudi 4 mars 2027 7 |',
      '— 24 — La Gazette du Plateau jeudi 4 mars 2027',
    ]) {
      const result = removePageFurniture(pageLines([...OPENING, head, ...CLOSING].join('\n')));
      expect(contents(result.lines)).toEqual([...OPENING, ...CLOSING]);
      expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', line: 5, reason: 'running-header' }));
    }
  });

  it('keeps a sentence naming a date and closing on a dash after a number', () => {
    const line = 'La Gazette du Plateau publie jeudi 4 mars 2027 ses 12 —';
    const text = [...OPENING, line, 'pages spéciales sur la foire, lues par tout le canton.', ...CLOSING].join('\n');
    expect(contents(removePageFurniture(pageLines(text)).lines)).toContain(line);
  });

  it('keeps a name and a date with no page number, and a sentence ending on a number', () => {
    const text = [
      ...OPENING,
      'Rendez-vous',
      'Place des Halles samedi 7 mars 2026',
      'pour la première vente. Le marché aura lieu le samedi 7 mars 2026 à 9',
      'heures, place des Halles.',
      ...CLOSING,
    ].join('\n');
    const kept = contents(removePageFurniture(pageLines(text)).lines);
    expect(kept).toContain('Place des Halles samedi 7 mars 2026');
    expect(kept).toContain('pour la première vente. Le marché aura lieu le samedi 7 mars 2026 à 9');
  });
});

describe('a page’s head whose cells OCR read apart', () => {
  it('takes out the name and section opening the page with the date alone read further down', () => {
    // Tesseract reads the head's right-hand cell, the date, as a block of its own, after the byline.
    const text = [
      'La Gazette du Plateau — Culture',
      'Patrimoine',
      'Les moulins reprennent du service',
      'Par Jeanne Roux',
      'jeudi 3 décembre 2026',
      'SAINT-FLOUR — Le meunier ouvre la vanne chaque matin et la roue',
      'se met à tourner avant le jour.',
    ].join('\n');
    const result = removePageFurniture(pageLines(text));
    expect(contents(result.lines)).toEqual([
      'Patrimoine',
      'Les moulins reprennent du service',
      'Par Jeanne Roux',
      'SAINT-FLOUR — Le meunier ouvre la vanne chaque matin et la roue',
      'se met à tourner avant le jour.',
    ]);
    expect(result.repairs.filter((repair) => repair.kind === 'page-furniture-removed').map((repair) => repair.line)).toEqual([1, 5]);
  });

  it('reads OCR’s hyphen for the head’s dash, and a name cut before its dangling separator', () => {
    for (const head of ['La Gazette du Plateau - Sports', 'La Gazette du Plateau :']) {
      const text = [head, 'Patrimoine', 'Les moulins reprennent du service', 'Le meunier ouvre la vanne chaque matin et la roue', 'se met à tourner.', 'vendredi 4 décembre 2026', 'Il vend sa farine aux boulangers.'].join('\n');
      expect(contents(removePageFurniture(pageLines(text)).lines)).toEqual(['Patrimoine', 'Les moulins reprennent du service', 'Le meunier ouvre la vanne chaque matin et la roue', 'se met à tourner.', 'Il vend sa farine aux boulangers.']);
    }
  });

  it('keeps the first line when the page holds no date alone, or two (an agenda’s days)', () => {
    const noDate = ['La Gazette du Plateau — Culture', 'Les moulins reprennent du service', 'Le meunier ouvre la vanne chaque matin.'].join('\n');
    expect(contents(removePageFurniture(pageLines(noDate)).lines)[0]).toBe('La Gazette du Plateau — Culture');
    const agenda = [
      'La Gazette du Plateau — Culture',
      ...OPENING,
      'jeudi 3 décembre 2026',
      'Concert à l’église à 20 heures.',
      'vendredi 4 décembre 2026',
      'Marché de Noël sur la place.',
      ...CLOSING,
    ].join('\n');
    const kept = contents(removePageFurniture(pageLines(agenda)).lines);
    expect(kept).toContain('jeudi 3 décembre 2026');
    expect(kept).toContain('vendredi 4 décembre 2026');
  });

  it('keeps a kicker naming a place and a subject, which opens on no paper’s article', () => {
    const text = ['Côte d’Ivoire : Abidjan', 'Le cacao au plus haut', 'Les prix ont encore monté.', 'jeudi 3 décembre 2026', 'Les planteurs attendent.'].join('\n');
    expect(contents(removePageFurniture(pageLines(text)).lines)[0]).toBe('Côte d’Ivoire : Abidjan');
  });
});

describe('a page’s head read a cell a line, repeated where the page turned', () => {
  it('takes out the cells repeating those of the head at the text’s end', () => {
    // OCR as a library serves it: no page break, the first page's head between two lines of the
    // body (its date beside the folio), the second page's head at the text's foot.
    const text = [
      ...OPENING,
      'La Gazette du Plateau',
      'Faits du jour',
      'lundi 2 mars 2026',
      '— 4 —',
      ...CLOSING,
      'La Gazette du Plateau',
      'Faits du jour',
      'lundi 2 mars 2026',
    ].join('\n');
    const result = removePageFurniture(pageLines(text));
    expect(contents(result.lines)).toEqual([...OPENING, ...CLOSING]);
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', line: 5, reason: 'running-header' }));
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', line: 6, reason: 'running-header' }));
  });

  it('keeps a line the article repeats away from any head’s piece, and a sentence repeated', () => {
    const text = [
      ...OPENING,
      'Faits du jour',
      'Le meunier reprend le travail.',
      ...CLOSING,
      'La Gazette du Plateau',
      'Faits du jour',
      'lundi 2 mars 2026',
    ].join('\n');
    expect(contents(removePageFurniture(pageLines(text)).lines)).toContain('Faits du jour');
  });

  it('leaves a text whose page breaks show to the rules reading the pages’ edges', () => {
    const text = [...OPENING, 'La Gazette du Plateau', 'Faits du jour', ...CLOSING, '\fLa Gazette du Plateau', 'Faits du jour', 'lundi 2 mars 2026', 'Le moulin tourne encore.', 'Le meunier garde espoir.'].join('\n');
    const kept = contents(removePageFurniture(pageLines(text)).lines);
    expect(kept.slice(0, OPENING.length + 2)).toEqual([...OPENING, 'La Gazette du Plateau', 'Faits du jour']);
  });
});

describe('a dated head printed whole at every page, which no rule knows by its words', () => {
  it('takes out a line with a full date beside a one-word name, printed twice where the pages turned', () => {
    // No page break: the first page's foot between two paragraphs, a folio after it, the second
    // page's foot at the text's end. `Pays-Haut` alone is no paper's name a rule knows.
    const text = [...OPENING, 'Pays-Haut · Culture · jeudi 3 décembre 2026', '12 |', ...CLOSING, 'Pays-Haut · Culture · jeudi 3 décembre 2026'].join('\n');
    const result = removePageFurniture(pageLines(text));
    expect(contents(result.lines)).toEqual([...OPENING, ...CLOSING]);
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', line: 5, reason: 'running-header' }));
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', line: 11, reason: 'running-header' }));
  });

  it('reads a folio set as a page counter (`29/`, `30/31`) as no part of the head', () => {
    const text = ['La Voix des Causses · Sports mardi 9 mars 2027 29/', ...OPENING, 'La Voix des Causses · Sports mardi 9 mars 2027 30/31', ...CLOSING].join('\n');
    expect(contents(removePageFurniture(pageLines(text)).lines)).toEqual([...OPENING, ...CLOSING]);
  });

  it('keeps a dated line printed once, an agenda’s days that differ by their date, and a dated sentence repeated', () => {
    const text = [
      ...OPENING,
      'Samedi 5 décembre 2026 au Foyer rural',
      'Le concert des élèves ouvre la soirée.',
      'Samedi 12 décembre 2026 au Foyer rural',
      'Le Marché de Noël se tient jeudi 3 décembre 2026.',
      ...CLOSING,
      'Le Marché de Noël se tient jeudi 3 décembre 2026.',
      'Pays-Haut · Culture · jeudi 3 décembre 2026',
    ].join('\n');
    const kept = contents(removePageFurniture(pageLines(text)).lines);
    expect(kept).toContain('Samedi 5 décembre 2026 au Foyer rural');
    expect(kept).toContain('Samedi 12 décembre 2026 au Foyer rural');
    expect(kept.filter((line) => line === 'Le Marché de Noël se tient jeudi 3 décembre 2026.')).toHaveLength(2);
  });
});

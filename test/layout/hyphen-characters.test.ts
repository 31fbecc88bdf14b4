import { describe, expect, it } from 'vitest';
import { normalizeHyphenCharacters } from '../../src/layout/hyphen-characters.ts';
import { structureText } from '../../src/structure.ts';

describe('hyphen characters', () => {
  it('leaves a text without soft or Unicode hyphens untouched', () => {
    const text = 'Le porte-parole a parlé.\nIl est parti.';
    expect(normalizeHyphenCharacters(text)).toEqual({ text, repairs: [], typesetHyphenLines: new Set() });
  });

  it('turns a soft hyphen ending a line into a line-end hyphen, and removes the others', () => {
    const result = normalizeHyphenCharacters('Le pro\u00ADfes\u00ADseur a ren\u00AD\ncontré la com\u00ADmune.');
    expect(result.text).toBe('Le professeur a ren-\ncontré la commune.');
    expect(result.text.split('\n')).toHaveLength(2);
    expect(result.repairs.map((repair) => `${repair.line} ${repair.reason} ${repair.before} -> ${repair.after}`)).toEqual([
      '1 soft-hyphen-at-line-end ren\u00AD -> ren-',
      '1 soft-hyphen-inside-line pro\u00ADfes\u00ADseur -> professeur',
      '2 soft-hyphen-inside-line com\u00ADmune. -> commune.',
    ]);
  });

  it('turns a soft hyphen ending a column\'s line beside the next column (pdftotext -layout) into a line-end hyphen', () => {
    const result = normalizeHyphenCharacters('les rendements de\u00AD          vers le 5 septembre. Les pre\u00ADmiers jus');
    expect(result.text).toBe('les rendements de-          vers le 5 septembre. Les premiers jus');
    expect(result.repairs.map((repair) => `${repair.reason} ${repair.before} -> ${repair.after}`)).toEqual([
      'soft-hyphen-at-column-line-end de\u00AD -> de-',
      'soft-hyphen-inside-line pre\u00ADmiers -> premiers',
    ]);
    // One space after it is no gutter: an invisible break opportunity inside a line.
    expect(normalizeHyphenCharacters('de\u00AD vraient').text).toBe('de vraient');
  });

  it('turns U+2010 and U+2011 into "-"', () => {
    const result = normalizeHyphenCharacters('Villefranche\u2011de\u2011Rouergue et l’astro\u2010\nphysicienne');
    expect(result.text).toBe('Villefranche-de-Rouergue et l’astro-\nphysicienne');
    expect(result.repairs.map((repair) => repair.reason)).toEqual(['unicode-hyphen']);
  });

  it('turns a minus sign against letters into "-" and two between spaces into a dash, leaving a minus before a figure', () => {
    const result = normalizeHyphenCharacters('LIÈGE (Belgique) \u2212\u2212 Les quais, a\u2212t\u2212il dit au porte\u2212\nparole, par \u22125 °C.');
    expect(result.text).toBe('LIÈGE (Belgique) — Les quais, a-t-il dit au porte-\nparole, par \u22125 °C.');
    expect(result.repairs.map((repair) => repair.reason)).toEqual(['double-minus-dash', 'minus-as-hyphen']);
    expect([...result.typesetHyphenLines]).toEqual([1]);
  });

  it('turns a minus sign after a letter before a figure, or alone between spaces before a word, into "-", as a Latin-1 printout drew the typed hyphen-minus', () => {
    const result = normalizeHyphenCharacters('le canton de Vesoul\u22122 et la ligne Gare \u2212 Centre,\n\u2212 Non, dit-il, par \u2212 5 °C et \u22123 °C.');
    expect(result.text).toBe('le canton de Vesoul-2 et la ligne Gare - Centre,\n- Non, dit-il, par \u2212 5 °C et \u22123 °C.');
    expect(result.repairs.map((repair) => `${repair.line} ${repair.reason} ${repair.before} -> ${repair.after}`)).toEqual([
      '1 minus-as-hyphen Vesoul\u22122 -> Vesoul-2',
      '1 spaced-minus-as-hyphen \u2212 -> -',
      '2 spaced-minus-as-hyphen \u2212 -> -',
    ]);
  });

  it('turns two hyphens alone between spaces, as OCR reads a typewriter\'s dash, into a dash, and leaves them inside a word or an arrow alone', () => {
    const result = normalizeHyphenCharacters('LIÈGE (Belgique) -- Les quais\n--\u00A0Non, dit-il.\nle mot--collé et --> la flèche');
    expect(result.text).toBe('LIÈGE (Belgique) — Les quais\n—\u00A0Non, dit-il.\nle mot--collé et --> la flèche');
    expect(result.repairs.map((repair) => `${repair.line} ${repair.reason}`)).toEqual(['1 double-hyphen-dash', '2 double-hyphen-dash']);
  });

  it('records the lines that ended with the typesetter\'s U+2010 or U+2011 or a soft hyphen, where pdftotext never glues, not those ending with "-"', () => {
    const result = normalizeHyphenCharacters('l’astro\u2010\nphysicienne de Villefranche\u2011 \nde-\nRouergue, pro\u00AD\nfesseur');
    expect([...result.typesetHyphenLines]).toEqual([1, 2, 4]);
  });

  it('lets the line-end hyphen decision join a word a browser broke with a soft hyphen, and keep a compound', () => {
    const text = [
      'La biblio\u00AD',
      'thèque municipale ouvrira désormais le di\u00AD',
      'manche, a annoncé la porte\u2010',
      'parole de la mairie. ',
      '',
    ].join('\n');
    const article = structureText(text, { fileName: 'soft.txt', encoding: 'utf-8', sha256: '', bytes: text.length, checkLanguage: false });
    const paragraph = article.blocks.map((block) => block.text).join(' ');
    expect(paragraph).toContain('bibliothèque municipale');
    expect(paragraph).toContain('le dimanche,');
    expect(paragraph).toContain('la porte-parole de la mairie.');
    expect(paragraph).not.toMatch(/[\u00AD\u2010\u2011]/u);
    expect(article.repairs.filter((repair) => repair.kind === 'hyphen-character-normalized').map((repair) => repair.line)).toEqual([1, 2, 3]);
  });
});

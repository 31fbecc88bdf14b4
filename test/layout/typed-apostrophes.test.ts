import { describe, expect, it } from 'vitest';
import { restoreTypedApostrophes } from '../../src/layout/typed-apostrophes.ts';

describe('apostrophes typed straight and printed curly', () => {
  it('turns every ’ back into \' when the double quotes are straight and none is curly or French', () => {
    const text = 'PARIS (AFP) - "C’est fini", a dit l’élu.\nIl n’a rien ajouté.';
    const result = restoreTypedApostrophes(text);
    expect(result.text).toBe('PARIS (AFP) - "C\'est fini", a dit l\'élu.\nIl n\'a rien ajouté.');
    expect(result.repairs.map((repair) => `${repair.line} ${repair.kind} ${repair.reason}`)).toEqual([
      '1 apostrophe-normalized typewriter-copy',
      '2 apostrophe-normalized typewriter-copy',
    ]);
  });

  it('makes every apostrophe straight when OCR read some of them straight already, and takes a lone typographic mark for a speck', () => {
    expect(restoreTypedApostrophes('"C’est fini", a dit l\'élu.').text).toBe('"C\'est fini", a dit l\'élu.');
    expect(restoreTypedApostrophes('"Non", dit l’élu.\nC’est fini. «').text).toBe('"Non", dit l\'élu.\nC\'est fini. «');
  });

  it('leaves a typeset text alone: French quotes, curly double quotes', () => {
    for (const text of ['« C’est fini », a dit l’élu. "Non".', '“C’est fini”, a dit l’élu. "Non".', '"Non", dit l’élu.\n« C’est fini. »']) {
      expect(restoreTypedApostrophes(text)).toEqual({ text, repairs: [] });
    }
  });

  it('needs a pair of straight double quotes: a text with none says nothing of how it was typed', () => {
    const text = 'Il n’a rien dit de l’affaire, 12" de pluie.';
    expect(restoreTypedApostrophes(text)).toEqual({ text, repairs: [] });
    expect(restoreTypedApostrophes('L’élu n’a rien dit.')).toEqual({ text: 'L’élu n’a rien dit.', repairs: [] });
  });

  it('takes hyphens set for dashes on two lines, and no dash anywhere, for a copy typed in Latin-1, quoted with « » or not', () => {
    const text = 'ANNECY - Le car n’a pas roulé.\n« On verra », dit l’élu.\n- C’est fini, répond-il.';
    const result = restoreTypedApostrophes(text);
    expect(result.text).toBe("ANNECY - Le car n'a pas roulé.\n« On verra », dit l'élu.\n- C'est fini, répond-il.");
    expect(result.repairs).toHaveLength(3);
    expect(result.repairs[0]?.evidence).toContain('"ANNECY - Le car');
    // A Courier printout draws the hyphen with the minus glyph.
    expect(restoreTypedApostrophes('Ligne 4 : Gare − Pissevin.\n− Avec l’équipe, dit-il.').text).toBe("Ligne 4 : Gare − Pissevin.\n− Avec l'équipe, dit-il.");
  });

  it('leaves the apostrophes of a text that sets a dash anywhere, or a hyphen for a dash on one line only', () => {
    for (const text of [
      'ANNECY — Le car n’a pas roulé.\nLigne 4 : Gare - Pissevin.\n- C’est fini.',
      'Cognac – Nevers, l’affiche.\nLigne 4 : Gare - Pissevin.\nTulle - Rochefort.',
      'Ligne 4 : Gare - Pissevin, l’horaire.\nIl n’a rien dit.',
    ]) {
      expect(restoreTypedApostrophes(text)).toEqual({ text, repairs: [] });
    }
  });

  it('counts a line repeated on every page once (a running head\'s separator), and no hyphen beside a figure (a folio)', () => {
    const head = 'Le Courrier : Actualité - mardi 1er décembre';
    const text = `${head}\nL’élu n’a rien dit.\n- 2 -\n${head}\nIl l’a redit.\n- 3 -`;
    expect(restoreTypedApostrophes(text)).toEqual({ text, repairs: [] });
    // Nor a running head in both its forms, the date swapped to the left on even pages.
    const swapped = 'Le Courrier - Pays jeudi 17 décembre 2026\nL’élu n’a rien dit.\njeudi 17 décembre 2026 Le Courrier - Pays\nIl l’a redit.';
    expect(restoreTypedApostrophes(swapped)).toEqual({ text: swapped, repairs: [] });
  });
});

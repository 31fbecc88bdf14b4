import { describe, expect, it } from 'vitest';
import { splitGluedNumberWords } from '../../src/layout/glued-number-words.ts';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';

const lexicon = getFrenchLexicon();

describe('a number an extraction glued to the capitalised word after it', () => {
  it('parts a date or folio from the word of the head drawn after it, one repair a line', () => {
    const result = splitGluedNumberWords('mardi 3 mars 2026Le Courrier des Vallées\nPage 1/1Monde et Europe\n12TRANSPORTS\nsamedi 2026L’Écho', lexicon);
    expect(result.text).toBe('mardi 3 mars 2026 Le Courrier des Vallées\nPage 1/1 Monde et Europe\n12 TRANSPORTS\nsamedi 2026 L’Écho');
    expect(result.repairs.map((repair) => `${repair.line} ${repair.kind} ${repair.reason}`)).toEqual([
      '1 space-inserted number-glued-to-word',
      '2 space-inserted number-glued-to-word',
      '3 space-inserted number-glued-to-word',
      '4 space-inserted number-glued-to-word',
    ]);
  });

  it('leaves what French writes glued: a model, a network, a unit, and OCR’s junk', () => {
    const text = 'Une 2CV, la 4G, un film en 3D, un fichier de 5Mo, un A380 et 2SlW6q! dans la marge.';
    expect(splitGluedNumberWords(text, lexicon)).toEqual({ text, repairs: [] });
  });

  it('leaves figures inside a word and a text with no figure before a capital', () => {
    for (const text of ['Le code B12Xa reste valide.', 'Le 12 mars, Le Courrier a paru.']) expect(splitGluedNumberWords(text, lexicon)).toEqual({ text, repairs: [] });
  });

  it('parts a head’s date glued after the word before it, the day’s figure after its weekday', () => {
    const result = splitGluedNumberWords('LE RÉVEIL DU CANTONsamedi 4 juillet 2026\nCourrier du Haut-Valmardi 1er décembre\nÉtéjeudi 9', lexicon);
    expect(result.text).toBe('LE RÉVEIL DU CANTON samedi 4 juillet 2026\nCourrier du Haut-Val mardi 1er décembre\nÉté jeudi 9');
    expect(result.repairs).toHaveLength(3);
  });

  it('finds a glued weekday of every spelling it reads, the only one glued in its text (the whole-text test reads from the name’s end)', () => {
    for (const day of ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'DIMANCHE', 'MERCREDI']) {
      const result = splitGluedNumberWords(`Le Journal,${day} 7 juin\nSuite page 2`, lexicon);
      expect(result.text).toBe(`Le Journal, ${day} 7 juin\nSuite page 2`);
    }
    for (const text of ['Le Journal,Dimanche 7 juin', 'Le Journal,dimanche7 juin', 'Le Journal dimanche 7 juin', 'dimanche 7 juin']) expect(splitGluedNumberWords(text, lexicon).repairs).toEqual([]);
  });

  it('leaves a weekday after a space, or with no day’s figure after it', () => {
    const text = 'Le mardi 3 et le samedi. Il part samedi, pas lundimatin.';
    expect(splitGluedNumberWords(text, lexicon)).toEqual({ text, repairs: [] });
  });
});

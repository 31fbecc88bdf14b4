import { describe, expect, it } from 'vitest';
import type { FrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { accentedReading, readLostEAccents } from '../../src/layout/ocr-lost-accents.ts';
import type { Repair } from '../../src/types.ts';
import { contents, pageLines } from '../support/page-lines.ts';

const words = ['après', 'près', 'prés', 'pres', 'des', 'dès', 'dés', 'rachètent', 'arrêté', 'crêperie', 'mètres', 'kilomètres', 'kilo', 'fête', 'fêté'];
const lexicon: FrenchLexicon = { source: 'test', size: words.length, loadMilliseconds: 0, has: (word) => words.includes(word) };

describe('a grave or circumflex on an e that OCR lost or read as an acute', () => {
  it('reads the one word the lexicon knows with the accent, where the word as read is none', () => {
    const repairs: Repair[] = [];
    const lines = readLostEAccents(pageLines('Deux jours apres la fête, les voisins rachetent la\ncreperie : un arrété du maire, à trois kilometres.'), lexicon, repairs);
    expect(contents(lines)).toEqual(['Deux jours après la fête, les voisins rachètent la', 'creperie : un arrété du maire, à trois kilomètres.']);
    expect(repairs.map((repair) => `${repair.before} ${repair.after} ${repair.reason}`)).toEqual([
      'apres après e-accent-lost',
      'rachetent rachètent e-accent-lost',
      'kilometres kilomètres e-accent-lost',
    ]);
    expect(repairs[0]).toMatchObject({ kind: 'ocr-misread-corrected', line: 1 });
  });

  // `creperie`, `arrété`: a circumflex lost or read as an acute is not read back (set before any consonant, it would send every word to the lexicon).
  it('leaves words of their own, words with two readings, names, and pieces of a cut, compound or spaced word', () => {
    const lines = pageLines('Il passe pres des prés, dès le matin. Apres tout, M. Rachetent\nvient de Saint-Apres. Les voisins rache-\ntent, à trois kilo metres, la crêperie.');
    expect(contents(readLostEAccents(lines, lexicon, [])).join('\n')).toBe(contents(lines).join('\n'));
  });

  it('finds no reading where two accents make two words', () => {
    const twoReadings: FrenchLexicon = { ...lexicon, has: (word) => ['fête', 'fêté', 'fèté'].includes(word) };
    expect(accentedReading('fété', twoReadings)).toBeUndefined();
    expect(accentedReading('créperie', lexicon)).toBe('crêperie');
    expect(contents(readLostEAccents(pageLines('Les fruits piégent.'), { ...lexicon, has: (word) => word === 'piègent' }, []))).toEqual(['Les fruits piègent.']);
  });
});

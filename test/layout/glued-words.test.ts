import { describe, expect, it } from 'vitest';
import { partWord, splitGluedWords } from '../../src/layout/glued-words.ts';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';

const lexicon = getFrenchLexicon();
const known = (word: string): boolean => lexicon.has(word);

// Typed for this test: a short notice as pypdf writes a page justified by moving each word, its spaces dropped.
const GLUED = [
  'Le conseil municipal a voté mardi soir le budget dela commune pour',
  'l’année prochaine. Les travaux surles routes et laréfection del’école',
  'seront financés sans hausse des impôts locaux, a indiqué le maire aprèsla',
  'séance. Lesélus del’opposition ont voté contre, jugeant que les',
  'dépensesdefonctionnementrestent tropélevées.',
].join('\n');

describe('words an extraction glued where it dropped the spaces', () => {
  it('parts tokens no word into the words they glue, in a text with the habit, each line a repair', () => {
    const result = splitGluedWords(GLUED, lexicon);
    expect(result.text).toBe(
      [
        'Le conseil municipal a voté mardi soir le budget de la commune pour',
        'l’année prochaine. Les travaux sur les routes et la réfection de l’école',
        'seront financés sans hausse des impôts locaux, a indiqué le maire après la',
        'séance. Les élus de l’opposition ont voté contre, jugeant que les',
        'dépenses de fonctionnement restent trop élevées.',
      ].join('\n'),
    );
    expect(result.repairs.map((repair) => `${repair.line} ${repair.kind} ${repair.reason}`)).toEqual([
      '1 space-inserted words-glued',
      '2 space-inserted words-glued',
      '3 space-inserted words-glued',
      '4 space-inserted words-glued',
      '5 space-inserted words-glued',
    ]);
  });

  it('leaves a text whose spaces are right alone, names the word list lacks among them', () => {
    const text = [
      'Mme Jeanningros, affineuse à Plasne, et M. Marchadier ont présenté',
      'leurs comtés aux visiteurs du salon de Poligny, dimanche.',
    ].join('\n');
    expect(splitGluedWords(text, lexicon)).toEqual({ text, repairs: [] });
  });

  it('leaves a text with a few glued tokens alone: too little evidence', () => {
    const text = 'Le budget dela commune sera voté mardi, a indiqué le maire.';
    expect(splitGluedWords(text, lexicon).repairs).toEqual([]);
  });

  it('parts a line opening with the end of a word cut at a hyphen after that end', () => {
    const text = [GLUED, 'Le maire a annoncé la ferme-', 'turedel’école du quartier.'].join('\n');
    const lines = splitGluedWords(text, lexicon).text.split('\n');
    expect(lines.slice(-2)).toEqual(['Le maire a annoncé la ferme-', 'ture de l’école du quartier.']);
  });

  it('parts a comma, a point or figures glued to the word after them', () => {
    const text = [GLUED, 'Le maire,M. Durand, a parlé.Ilsera candidat en2026 et aprèsla'].join('\n');
    expect(splitGluedWords(text, lexicon).text.split('\n').at(-1)).toBe('Le maire, M. Durand, a parlé. Il sera candidat en 2026 et après la');
  });
});

describe('partWord', () => {
  it('prefers words French uses alone or the text holds to rare forms the list knows', () => {
    expect(partWord('minutesavant', known, new Set(['avant']))).toEqual(['minutes', 'avant']);
    expect(partWord('dela', known)).toEqual(['de', 'la']);
    expect(partWord('Franced’iciàla', known)).toEqual(['France', 'd’ici', 'à', 'la']);
  });

  it('finds no parting of a word into one piece', () => {
    expect(partWord('commune', known)).toBeUndefined();
  });
});

describe('what a glued text holds beside its glued words', () => {
  it('parts a dash, a semicolon and figures from the words glued to them, and reads a line cut at a hyphen after a glued line', () => {
    const text = [
      GLUED,
      'PARIS—Leschiffres ont surpris les élus ;les communes ont installé 160capteurs. Dans lescom-',
      'munesquicoupent leur éclairage, le calme revient.',
    ].join('\n');
    expect(splitGluedWords(text, lexicon).text.split('\n').slice(-2)).toEqual([
      'PARIS — Les chiffres ont surpris les élus ; les communes ont installé 160 capteurs. Dans les com-',
      'munes qui coupent leur éclairage, le calme revient.',
    ]);
  });

  it('keeps a capitalised token that parts in two only with a rare piece: a name the list lacks', () => {
    const text = [GLUED, 'Par Julien Haxaire, Lecomité se réunira mardi.'].join('\n');
    expect(splitGluedWords(text, lexicon).text.split('\n').at(-1)).toBe('Par Julien Haxaire, Le comité se réunira mardi.');
  });

  it('parts a word set after a no-break space as one after a plain space', () => {
    const text = [GLUED, '«\u00A0Nousavionssignalélapanne\u00A0», a dit le maire.'].join('\n');
    expect(splitGluedWords(text, lexicon).text.split('\n').at(-1)).toBe('«\u00A0Nous avions signalé la panne\u00A0», a dit le maire.');
  });

  it('reads common words before rare forms the list knows', () => {
    expect(partWord('ellesavaient', known)).toEqual(['elles', 'avaient']);
  });
});

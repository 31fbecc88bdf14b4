import { describe, expect, it } from 'vitest';
import type { FrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { correctVerbReadAsPreposition, isPastParticiple } from '../../src/layout/ocr-misreads.ts';
import { contents, pageLines } from '../support/page-lines.ts';

/** A lexicon that knows a handful of infinitives, so the test says which words decide. */
const lexicon: FrenchLexicon = {
  source: 'test',
  size: 5,
  loadMilliseconds: 0,
  has: (word) => ['annoncer', 'côter', 'saluer', 'choisir', 'rendre'].includes(word.toLowerCase()),
};

describe('OCR misreads the grammar shows: the verb a read as à', () => {
  it('tells a past participle by its verb in the lexicon, or by the irregular ones listed', () => {
    expect(isPastParticiple('annoncé', lexicon)).toBe(true);
    expect(isPastParticiple('choisi', lexicon)).toBe(true);
    expect(isPastParticiple('rendu', lexicon)).toBe(true);
    expect(isPastParticiple('été', lexicon)).toBe(true);
    expect(isPastParticiple('côté', lexicon)).toBe(false);
    expect(isPastParticiple('Paris', lexicon)).toBe(false);
    expect(isPastParticiple('manger', lexicon)).toBe(false);
  });

  it('takes no capitalised word for a participle: a town whose name ends like one (`à Vitré`)', () => {
    const vitrer: FrenchLexicon = { ...lexicon, has: (word) => word.toLowerCase() === 'vitrer' };
    expect(isPastParticiple('vitré', vitrer)).toBe(true);
    expect(isPastParticiple('Vitré', vitrer)).toBe(false);
    expect(isPastParticiple('ÉTÉ', vitrer)).toBe(true);
    const text = 'Il loge chez un cousin, à Vitré, à quarante minutes.';
    expect(contents(correctVerbReadAsPreposition(pageLines(text), vitrer).lines)).toEqual([text]);
  });

  it('corrects à before a participle and after a subject, across a line end too, recording each', () => {
    const result = correctVerbReadAsPreposition(pageLines('Le maire à annoncé le report, il à\nété clair. On à beaucoup salué\nle geste à côté de la mairie.'), lexicon);
    expect(contents(result.lines)).toEqual(['Le maire a annoncé le report, il a', 'été clair. On a beaucoup salué', 'le geste à côté de la mairie.']);
    expect(result.repairs.map((repair) => `${repair.kind} ${repair.line} ${repair.before} -> ${repair.after}`)).toEqual([
      'ocr-misread-corrected 1 maire à annoncé -> maire a annoncé',
      'ocr-misread-corrected 1 il à été -> il a été',
      'ocr-misread-corrected 2 On à beaucoup -> On a beaucoup',
    ]);
    expect(result.repairs[0]?.evidence).toContain('past participle');
  });

  it('reads the participle without the punctuation closing it (`à annoncé,`, `à choisi.»`), and keeps that punctuation', () => {
    const result = correctVerbReadAsPreposition(pageLines('Le maire à annoncé, puis le conseil à choisi.» Le reste à rendu…'), lexicon);
    expect(contents(result.lines)).toEqual(['Le maire a annoncé, puis le conseil a choisi.» Le reste à rendu…']);
    expect(result.repairs.map((repair) => repair.evidence)).toEqual([
      '"annoncé" is a past participle: "à annoncé" is the verb "a annoncé"',
      '"choisi" is a past participle: "à choisi" is the verb "a choisi"',
    ]);
  });

  it('corrects à after the y of a negated il y a (`il n’y à pas`)', () => {
    const result = correctVerbReadAsPreposition(pageLines('"Quand il n’y à pas de poisson, il n\'y à pas d’argent", dit-elle.'), lexicon);
    expect(contents(result.lines)).toEqual(['"Quand il n’y a pas de poisson, il n\'y a pas d’argent", dit-elle.']);
    expect(result.repairs).toHaveLength(2);
  });

  it('leaves the preposition alone: before a noun or an infinitive, in tout à fait', () => {
    const text = 'Il part à Lyon pour aller à pied à la gare. C’est tout à fait vrai, à rendre fou.';
    const result = correctVerbReadAsPreposition(pageLines(text), lexicon);
    expect(contents(result.lines)).toEqual([text]);
    expect(result.repairs).toEqual([]);
  });

  it('reads a participle cut by a line-end hyphen whole (`à re-` + `connu`), and leaves a noun or an infinitive cut so alone', () => {
    const result = correctVerbReadAsPreposition(pageLines('Le capitaine à re-\nmarqué le socle vide, puis il a servi à re-\ncharger et à cô-\ntoyer le reste.'), { ...lexicon, has: (word) => ['remarquer', 'recharger'].includes(word) });
    expect(contents(result.lines)).toEqual(['Le capitaine a re-', 'marqué le socle vide, puis il a servi à re-', 'charger et à cô-', 'toyer le reste.']);
    expect(result.repairs.map((repair) => repair.evidence)).toEqual(['"remarqué" is a past participle, cut at the line\'s end ("re-"): "à remarqué" is the verb "a remarqué"']);
  });

  it('corrects à after the y of il y a elided with a conjunction (`qu’il y à`, `s’il y à`), not after another word\'s y', () => {
    const result = correctVerbReadAsPreposition(pageLines('Deux fois plus qu’il y à un an, s\'il y\nà lieu. Va y à pied.'), lexicon);
    expect(contents(result.lines)).toEqual(['Deux fois plus qu’il y a un an, s\'il y', 'a lieu. Va y à pied.']);
    expect(result.repairs).toHaveLength(2);
  });
});

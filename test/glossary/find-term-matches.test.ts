import { describe, expect, it } from 'vitest';
import { findTermMatches } from '../../src/glossary/find-term-matches.ts';
import type { GlossaryTerm } from '../../src/glossary/types.ts';

const term = (source: string, target: string): GlossaryTerm => ({ source, target, caseSensitive: true, wholeWord: true, doNotTranslate: false });

describe('findTermMatches on a glossary-sized list', () => {
  const terms = [
    term('Poutine', 'Putin'), term('Chine Nouvelle', 'Xinhua'), term('M. Poutine', 'Mr. Putin'), term('Etat', 'State'),
    term('Elysée', 'Elysee'), term('  ', 'blank'), term('Quai d’Orsay', 'French Foreign Ministry'), term('Bercy', 'the Finance Ministry'),
  ];
  const text = 'M. Poutine a reçu l’envoyé de Bercy ; selon Chine Nouvelle, l’Etat paiera.';

  it('finds what each term alone finds, a list read again after it grew', () => {
    const alone = terms.flatMap((one) => findTermMatches(text, [one]).map((match) => match.text));
    const together = findTermMatches(text, terms).map((match) => match.text);
    expect(together).toEqual(['M. Poutine', 'Bercy', 'Chine Nouvelle', 'Etat']);
    expect(alone).toEqual(expect.arrayContaining(together));
    terms.push(term('envoyé', 'envoy'));
    expect(findTermMatches(text, terms).map((match) => match.text)).toEqual(['M. Poutine', 'envoyé', 'Bercy', 'Chine Nouvelle', 'Etat']);
  });
});

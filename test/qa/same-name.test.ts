import { describe, expect, it } from 'vitest';
import { EnglishNames, sameName } from '../../src/qa/same-name.ts';

describe('sameName', () => {
  it('takes a name folded, by its stem, by a small change and as an acronym', () => {
    expect(sameName('Québec', 'Quebec')).toBe(true);
    expect(sameName('Syrie', 'Syria')).toBe(true);
    expect(sameName('Sergueï', 'Sergei')).toBe(true);
    expect(sameName('FMI', 'IMF')).toBe(true);
    expect(sameName('Moscou', 'Washington')).toBe(false);
    expect(sameName('Lyon', 'Lima')).toBe(false);
  });
});

describe('EnglishNames', () => {
  const translations = [
    'The talks between Russia and the United States on Syria stalled in Geneva, said Sergei Lavrov.',
    'The IMF and the ECB met NATO in Brussels on Monday.',
    'Tchaikovsky was played at the Chatelet by the orchestra of Quebec.',
    'It is not the same: Lyon, Lima, Oslo, Osaka.',
    'A so at is',
  ];
  const french = [
    'Russie', 'États-Unis', 'Syrie', 'Genève', 'Sergueï', 'Lavrov', 'FMI', 'BCE', 'OTAN', 'Bruxelles', 'Lundi',
    'Tchaïkovski', 'Châtelet', 'Québec', 'Lyon', 'Oslo', 'Lille', 'Osaka', 'Osakaa', 'Liman', 'So', 'A', 'Mosca', 'Oléron',
  ];

  it('finds a name exactly when some English word is the same name', () => {
    for (const translation of translations) {
      const words = translation.match(/\p{L}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*/gu) ?? [];
      const names = new EnglishNames(words);
      for (const word of french) expect(names.has(word), `${word} in "${translation}"`).toBe(words.some((english) => sameName(word, english)));
    }
  });

  it('looks a French name up among the English words', () => {
    const names = new EnglishNames(['Talks', 'in', 'Syria', 'with', 'the', 'IMF', 'Sergei']);
    expect(names.has('Syrie')).toBe(true);
    expect(names.has('FMI')).toBe(true);
    expect(names.has('Sergueï')).toBe(true);
    expect(names.has('Damas')).toBe(false);
    expect(new EnglishNames([]).has('Syrie')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { createDocumentEvidence } from '../../src/layout/join-lines.ts';

describe('document evidence on a long text', () => {
  it('answers as on a short one once the text is long enough to be indexed', () => {
    const text = "L'anonymat des Etats-Unis, un porte-parole ; responsable. Aujourd'hui l’usine, en 2015.";
    const short = createDocumentEvidence(text);
    const long = createDocumentEvidence(`${text}\n${'suite '.repeat(30_000)}`);
    for (const word of ['anonymat', "l'anonymat", 'etats', 'etats-unis', 'porte', 'responsable', 'respons', "aujourd'hui", 'usine', '2015', 'absent']) {
      expect(long.has(word), word).toBe(short.has(word));
    }
    expect(long.has('Responsable')).toBe(true);
    expect(long.has('etats')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { partLines } from '../../src/layout/part-lines.ts';

const WHY = { reason: 'test-reason', evidence: 'a word glued to the next' };

describe('partLines', () => {
  it('parts each line the function changes and records it with the reason and evidence', () => {
    const text = 'Le maire a ditLundi\nrien de plus\n  la villeOuvre ses portes ';
    const parted = partLines(text, (line) => line.replace(/([a-z])([A-Z])/gu, '$1 $2'), WHY);
    expect(parted.text).toBe('Le maire a dit Lundi\nrien de plus\n  la ville Ouvre ses portes ');
    expect(parted.repairs).toEqual([
      { kind: 'space-inserted', line: 1, before: 'Le maire a ditLundi', after: 'Le maire a dit Lundi', reason: 'test-reason', evidence: 'a word glued to the next' },
      { kind: 'space-inserted', line: 3, before: 'la villeOuvre ses portes', after: 'la ville Ouvre ses portes', reason: 'test-reason', evidence: 'a word glued to the next' },
    ]);
  });

  it('gives the same text back, and no repair, when no line changes', () => {
    const text = 'Une ligne\nune autre';
    const parted = partLines(text, (line) => line, WHY);
    expect(parted.text).toBe(text);
    expect(parted.repairs).toEqual([]);
  });
});

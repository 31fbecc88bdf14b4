import { describe, expect, it } from 'vitest';
import { lengthPercentile } from '../../src/layout/page-line.ts';

describe('lengthPercentile', () => {
  it('is the value at rank floor((n - 1) * fraction) of the sorted lengths, counted or sorted', () => {
    let seed = 5;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 500; round += 1) {
      const count = 1 + Math.floor(random() * 60);
      // Narrow spreads are counted, wide ones (a few paragraph lengths, printed widths) sorted.
      const spread = random() < 0.5 ? 80 : 5000;
      const lengths = Array.from({ length: count }, () => Math.floor(random() * spread));
      for (const fraction of [0, 0.5, 0.8, 0.9, 1]) {
        const sorted = [...lengths].sort((a, b) => a - b);
        expect(lengthPercentile(lengths, fraction)).toBe(sorted[Math.floor((count - 1) * fraction)]);
      }
    }
  });

  it('is 0 for no lengths', () => {
    expect(lengthPercentile([], 0.5)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { groupedInteger } from '../../src/text/english-integer.ts';

describe('groupedInteger', () => {
  it('writes a whole number as Intl.NumberFormat en-US does', () => {
    const format = new Intl.NumberFormat('en-US');
    const whole = [0, 1, 7, 12, 999, 1000, 1001, 9999, 10000, 123456, 999999, 1000000, 2016, 20161, 1234567890, Number.MAX_SAFE_INTEGER];
    for (const value of [...whole, ...whole.map((value) => -value).filter((value) => value !== 0)]) {
      expect(groupedInteger(value), String(value)).toBe(format.format(value));
    }
    // The QA's number facts ask with no decimals allowed: the same for a whole number.
    const noDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 0 });
    for (const value of whole) expect(groupedInteger(value)).toBe(noDecimals.format(value));
  });

  it('leaves to ICU what is not a safe integer, and -0', () => {
    for (const value of [3.5, -0.25, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1, 1e21]) {
      expect(groupedInteger(value), String(value)).toBeUndefined();
    }
  });
});

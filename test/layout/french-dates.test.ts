import { describe, expect, it } from 'vitest';
import { MONTH_ACCENTED, MONTH_ANY_ACCENT, MONTHS_ACCENTED, MONTHS_ANY_ACCENT, WEEKDAY, WEEKDAYS } from '../../src/layout/french-dates.ts';

/** A word with its accents taken off (`février` → `fevrier`). */
function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

describe('the French weekday and month names, written once', () => {
  it('lists the seven days from Monday and the twelve months from January, in small letters, composed (NFC)', () => {
    expect(WEEKDAYS).toEqual(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
    expect(MONTHS_ACCENTED).toHaveLength(12);
    expect(MONTHS_ACCENTED[0]).toBe('janvier');
    expect(MONTHS_ACCENTED[7]).toBe('août');
    expect(MONTHS_ACCENTED[11]).toBe('décembre');
    for (const word of [...WEEKDAYS, ...MONTHS_ACCENTED, ...MONTHS_ANY_ACCENT]) {
      expect(word).toBe(word.normalize('NFC'));
      expect(word).toMatch(/^\p{Ll}+$/u);
    }
  });

  it('keeps the accent-less months apart: only the list for a page’s head has them, each after its accented spelling', () => {
    expect(MONTHS_ACCENTED).not.toContain('fevrier');
    expect(MONTHS_ACCENTED).not.toContain('aout');
    expect(MONTHS_ACCENTED).not.toContain('decembre');
    expect(MONTHS_ANY_ACCENT).toEqual(
      MONTHS_ACCENTED.flatMap((month) => (withoutAccents(month) === month ? [month] : [month, withoutAccents(month)])),
    );
    expect(MONTHS_ANY_ACCENT).toHaveLength(15);
  });

  it('gives each list as a pattern’s group that matches its words whole and nothing else', () => {
    expect(WEEKDAY).toBe('(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)');
    const weekday = new RegExp(`^${WEEKDAY}$`, 'u');
    expect(WEEKDAYS.every((day) => weekday.test(day))).toBe(true);
    expect(weekday.test('lundis')).toBe(false);
    const accented = new RegExp(`^${MONTH_ACCENTED}$`, 'u');
    const anyAccent = new RegExp(`^${MONTH_ANY_ACCENT}$`, 'u');
    expect(accented.test('février')).toBe(true);
    expect(accented.test('fevrier')).toBe(false);
    expect(anyAccent.test('fevrier')).toBe(true);
    expect(anyAccent.test('aout')).toBe(true);
    expect(anyAccent.test('decembre')).toBe(true);
    expect(MONTHS_ANY_ACCENT.every((month) => anyAccent.test(month))).toBe(true);
  });
});

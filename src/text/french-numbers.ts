/**
 * Reading numbers as French writes them, for the two places that compare French and English
 * numbers: the Apertium post-edit (which rewrites them) and the `qa/numbers` check (which
 * compares them).
 */

/** The value of a French number: `2 500` (any space), `1.500`, `48,70`, `2 500,75`. */
export function frenchNumberValue(text: string): number {
  return Number(text.replace(/[ .\u00a0\u202f\u2009\u2007]/g, '').replace(',', '.'));
}

/** The English ending of an ordinal: `1st`, `2nd`, `11th`, `23rd`. */
export function ordinalSuffix(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
}

/** The value of a well-formed Roman numeral (`XIV` → 14), or undefined (`IIII`, `IC`). */
export function romanValue(roman: string): number | undefined {
  if (!/^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(roman)) return undefined;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let index = 0; index < roman.length; index += 1) {
    const current = values[roman[index]!]!;
    const next = values[roman[index + 1] ?? ''] ?? 0;
    total += current < next ? -current : current;
  }
  return total || undefined;
}

/**
 * The part of the day French gives after a whole hour on the 12-hour clock, right after it:
 * `3 heures du matin`, `8 heures du soir`, `2 heures de l'après-midi`, `1 heure de la nuit`.
 */
const DAY_PART = /^\s*(?:du\s+(matin|soir)|de\s+l['’]\s*(après-midi|aprés-midi|apres-midi)|de\s+la\s+(nuit))(?!\p{L})/iu;

/**
 * The part of the day `after` (the text right after a whole hour, `hour`) opens on, if any: the
 * hour on the 24-hour clock it makes of `hour`, or undefined where the French reads two ways
 * (`12 heures du soir`, a figure past 12). Read by the number post-edit and by `qa/numbers` alike.
 */
export function readDayPart(hour: number, after: string): { hour: number | undefined } | undefined {
  const part = DAY_PART.exec(after);
  if (part === null) return undefined;
  return { hour: dayPartHour(hour, (part[1] ?? part[2] ?? part[3] ?? '').toLowerCase()) };
}

/** The hour on the 24-hour clock for `hour` in that part of the day, or undefined where the French reads two ways. */
function dayPartHour(hour: number, part: string): number | undefined {
  if (hour < 1 || hour > 12) return undefined;
  if (part === 'matin') return hour === 12 ? undefined : hour;
  if (part === 'soir') return hour === 12 ? undefined : hour + 12;
  if (part === 'nuit') return hour <= 5 ? hour : hour >= 9 && hour < 12 ? hour + 12 : undefined;
  // L'après-midi: from noon (`12 heures` is noon whatever follows) to 6 or 7 in the evening.
  return hour === 12 ? 12 : hour <= 7 ? hour + 12 : undefined;
}

/**
 * The French weekday and month names, written once: every pass that reads a date (a page's head
 * or foot, a caption's moment, a date glued to the next cell, a figure before a month) builds its
 * patterns from these, so a spelling is mended here for all of them.
 * - `WEEKDAYS`: the seven days, in small letters, Monday first (`lundi` … `dimanche`).
 * - `MONTHS_ACCENTED`: the twelve months as French prints them (`février`, `août`, `décembre`),
 *   January first: what prose and captions write.
 * - `MONTHS_ANY_ACCENT`: the same with the spellings that lost their accent beside them
 *   (`fevrier`, `aout`, `decembre`), as a page's head set in capitals (`LUNDI 7 DECEMBRE 2026`), a
 *   template typed without accents or OCR print them: what the passes reading a page's head or
 *   foot accept. The two lists differ on purpose; a pass reading prose keeps `MONTHS_ACCENTED`.
 * - `WEEKDAY`, `MONTH_ACCENTED`, `MONTH_ANY_ACCENT`: each list as a regular expression's group
 *   (`(?:lundi|mardi|…)`), to build a pattern's source from.
 */

/** The seven weekdays, in small letters, Monday first. */
export const WEEKDAYS: readonly string[] = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/** The twelve months, accented as French prints them, January first (the index is the month less one). */
export const MONTHS_ACCENTED: readonly string[] = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/**
 * The months whose accent a page's head may lose, each with the spelling it is left with
 * (`février` → `fevrier`): the only words `MONTHS_ANY_ACCENT` adds.
 */
const ACCENT_LOST: Readonly<Partial<Record<string, string>>> = { février: 'fevrier', août: 'aout', décembre: 'decembre' };

/**
 * The months with the spelling that lost its accent after the accented one (`février`,
 * `fevrier`): fifteen words, for a page's head or foot.
 */
export const MONTHS_ANY_ACCENT: readonly string[] = MONTHS_ACCENTED.flatMap((month) => {
  const unaccented = ACCENT_LOST[month];
  return unaccented === undefined ? [month] : [month, unaccented];
});

/** `(?:lundi|mardi|…|dimanche)`: any weekday, as a pattern's group. */
export const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
/** `(?:janvier|février|…|décembre)`: any month as prose prints it, as a pattern's group. */
export const MONTH_ACCENTED = `(?:${MONTHS_ACCENTED.join('|')})`;
/** `(?:janvier|février|fevrier|…|décembre|decembre)`: any month, accented or not, as a pattern's group. */
export const MONTH_ANY_ACCENT = `(?:${MONTHS_ANY_ACCENT.join('|')})`;

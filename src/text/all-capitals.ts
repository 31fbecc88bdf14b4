/**
 * Newspaper furniture is often set in capitals (`CONFLIT SYRIEN`). Engines translate capitals
 * badly: they take each word for a name or an acronym, or lowercase half of it. Such blocks are
 * sent in sentence case and their translation is put back into capitals.
 */

/** True when the text has at least two letters and none of them is lower case. */
export function isAllCapitals(text: string): boolean {
  let letters = 0;
  for (const character of text) {
    if (character.toLocaleLowerCase('fr') !== character.toLocaleUpperCase('fr')) {
      if (character !== character.toLocaleUpperCase('fr')) return false;
      letters++;
    }
  }
  return letters >= 2;
}

/** `CONFLIT SYRIEN` -> `Conflit syrien`. */
export function toSentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('fr');
  const first = lower.search(/\p{L}/u);
  if (first === -1) return lower;
  return lower.slice(0, first) + lower.charAt(first).toLocaleUpperCase('fr') + lower.slice(first + 1);
}

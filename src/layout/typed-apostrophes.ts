/**
 * Apostrophes typed straight that the printout turned curly. A PostScript font in its standard
 * encoding (Courier as `enscript`, `a2ps` or a line printer's driver sets plain ASCII or Latin-1
 * copy) has `quoteright` at the code of `'`: every typed `'` prints, and is extracted, as `’`,
 * while a typed `"` stays `"` (the encoding has `quotedbl` there). A typesetter that curls
 * quotes curls both, and French typography opens quotes with `«`: a text whose double quotes are
 * all straight, with no curly or French quote anywhere, and whose apostrophes are all `’`, was
 * typed straight, and its apostrophes go back to `'`.
 */
import type { Repair } from '../types.ts';

/** Fewest straight double quotes that show the copy was typed with straight quotes (one pair). @default 2 */
const STRAIGHT_QUOTES = 2;

/** Any quote a typesetter curls or a French text opens with: its copy was not plain ASCII. */
const TYPESET_QUOTES = /[«»“”„‘‹›]/u;

export interface TypedApostrophes {
  text: string;
  repairs: Repair[];
}

/** `’` back to `'` in a text whose quotes show it was typed straight (see the module's comment). */
export function restoreTypedApostrophes(text: string): TypedApostrophes {
  if (!text.includes('’') || text.includes("'") || TYPESET_QUOTES.test(text)) return { text, repairs: [] };
  let quotes = 0;
  for (let at = text.indexOf('"'); at !== -1 && quotes < STRAIGHT_QUOTES; at = text.indexOf('"', at + 1)) quotes += 1;
  if (quotes < STRAIGHT_QUOTES) return { text, repairs: [] };
  const repairs: Repair[] = [];
  const lines = text.split('\n');
  const evidence = `the text's double quotes are straight ("), none curly or French: it was typed in plain ASCII, and a font's standard encoding prints the typed ' as ’`;
  const restored = lines.map((line, index) => {
    if (!line.includes('’')) return line;
    repairs.push({ kind: 'apostrophe-normalized', line: index + 1, before: '’', after: "'", reason: 'standard-encoding', evidence });
    return line.replaceAll('’', "'");
  });
  return { text: restored.join('\n'), repairs };
}

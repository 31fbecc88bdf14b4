/**
 * Apostrophes typed straight that the printout turned curly. A copy typed on a keyboard's ASCII
 * (a wire agency's Latin-1 dispatch) quotes with straight double quotes `"` and has the
 * typewriter's apostrophe `'`. A PostScript font in its standard encoding (Courier as
 * `enscript`, `a2ps` or a line printer's driver sets it) has `quoteright` at the code of `'`
 * (the Standard and ISO Latin-1 encodings both name it so): every typed `'` prints, and is
 * extracted or read by OCR, as `’`, while a typed `"` stays `"` (the encoding has `quotedbl`
 * there). A typesetter that curls quotes curls both, and French typography opens quotes with
 * `«`: a text that quotes with at least a pair of straight double quotes and holds no
 * typographic quotation (an opening `«` `“` `„` `‹` and a closing `»` `”` `›`; a lone one is a
 * speck OCR read as one) was typed straight, and every `’` of it goes back to `'`, whether OCR
 * read some of them straight already or not.
 *
 * This is the one place the rule lives: it runs on the decoded text before any layout, for every
 * text path; the OCR normalisation that follows (ocr-normalize.ts) weighs the apostrophes of
 * texts that were not typed so.
 */
import type { Repair } from '../types.ts';

/** Fewest straight double quotes that show the copy was typed with straight quotes (one pair). @default 2 */
export const TYPEWRITER_QUOTES = 2;

export interface TypedApostrophes {
  text: string;
  repairs: Repair[];
}

/** Whether `text` quotes as a copy typed in ASCII does: a pair of straight double quotes, and no typographic quotation (see the module's comment). */
export function isTypedInAscii(text: string): boolean {
  let straightQuotes = 0;
  for (let at = text.indexOf('"'); at !== -1 && straightQuotes < TYPEWRITER_QUOTES; at = text.indexOf('"', at + 1)) straightQuotes += 1;
  if (straightQuotes < TYPEWRITER_QUOTES) return false;
  const opening = /[«“„‹]/u.test(text);
  const closing = /[»”›]/u.test(text);
  return !(opening && closing);
}

/** `’` back to `'` in a text whose quotes show it was typed straight (see the module's comment). */
export function restoreTypedApostrophes(text: string): TypedApostrophes {
  if (!text.includes('’') || !isTypedInAscii(text)) return { text, repairs: [] };
  const repairs: Repair[] = [];
  const lines = text.split('\n');
  const evidence = `the text quotes with straight double quotes (") and no typographic quotation: a copy typed in ASCII, whose apostrophe is "'", which a font's standard encoding prints as ’`;
  const restored = lines.map((line, index) => {
    if (!line.includes('’')) return line;
    repairs.push({ kind: 'apostrophe-normalized', line: index + 1, before: '’', after: "'", reason: 'typewriter-copy', evidence });
    return line.replaceAll('’', "'");
  });
  return { text: restored.join('\n'), repairs };
}

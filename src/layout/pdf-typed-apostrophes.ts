/**
 * A PDF's apostrophes typed straight that a typewriter face drew curly. A plain text printed
 * through PostScript (GNU enscript, a2ps, Emacs's ps-print: a wire dispatch, a listing) is set in
 * a monospaced face whose Latin-1 encoding draws code 0x27, the ASCII apostrophe, with the
 * `quoteright` glyph: the page holds `’` wherever the copy had `'`. The font alone does not say
 * which the writer meant: Latin-1 has no curly apostrophe, so a copy written with `’` is given
 * `'` to print as well. The text says it, as on the text paths (`typed-apostrophes.ts`, where
 * the rule lives): its straight double quotes, or its hyphens set where dashes stand and no dash
 * anywhere (a copy typed in ASCII sets `LURE - Il`, `- C'est une victoire`, which the face draws
 * as a hyphen or, in ISOLatin1Encoding, a minus sign; one written with `—` is printed by a2ps with
 * two hyphens for it and keeps its `’`). A copy typed straight has its `’` back to `'`; any other
 * keeps the `’` the page draws.
 */
import type { PdfFont } from '../ingest/read-pdf.ts';
import type { Repair } from '../types.ts';
import { restoreTypedApostrophes } from './typed-apostrophes.ts';

/**
 * The lines' text with each `’` back to `'` when a font of the document draws 0x27 as
 * `quoteright` and the text was typed in ASCII (see the module's comment); `lines[i]` is line
 * `i + 1`, as the repairs number it.
 */
export function restorePdfTypedApostrophes(lines: readonly string[], fonts: Record<string, PdfFont>): { lines: string[]; repairs: Repair[] } {
  const typewriter = Object.values(fonts).find((font) => font.typewriterQuotes === true);
  if (typewriter === undefined) return { lines: [...lines], repairs: [] };
  const evidence = `${typewriter.name} is monospaced and its encoding draws the ASCII apostrophe (0x27) with quoteright, and `;
  const restored = restoreTypedApostrophes(lines.join('\n'));
  if (restored.repairs.length === 0) return { lines: [...lines], repairs: [] };
  return {
    lines: restored.text.split('\n'),
    repairs: restored.repairs.map((repair) => ({ ...repair, evidence: evidence + (repair.evidence ?? '') })),
  };
}

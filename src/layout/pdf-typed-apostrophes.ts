/**
 * A PDF's apostrophes typed straight that a typewriter face drew curly. A plain text printed
 * through PostScript (GNU enscript, a2ps, Emacs's ps-print: a wire dispatch, a listing) is set in
 * a monospaced face whose Latin-1 encoding draws code 0x27, the ASCII apostrophe, with the
 * `quoteright` glyph: the page holds `’` wherever the copy had `'`. The font alone does not say
 * which the writer meant: Latin-1 has no curly apostrophe, so a copy written with `’` is given
 * `'` to print as well. The text says it, two ways:
 * - its quotes, as on the text paths (`typed-apostrophes.ts`, where that rule lives): a copy
 *   that quotes with straight double quotes `"` and holds no typographic quotation (`« »`,
 *   `“ ”`) was typed straight;
 * - its dashes: Latin-1 has no dash either, and a copy written with `—` is printed with two
 *   hyphens for it (a2ps: `CASTELNAUDARY −−`), while one typed in ASCII sets a lone hyphen
 *   between spaces where a dash goes (`LURE - Il`, `- C'est une victoire`, `Gare routière -
 *   Pissevin`), which the face draws as a hyphen or, in ISOLatin1Encoding, a minus sign. A page
 *   holding such a lone hyphen and no doubled one was typed straight, though it quotes with
 *   `« »` (Latin-1 has them).
 * A copy typed straight has its `’` back to `'`; any other keeps the `’` the page draws.
 */
import type { PdfFont } from '../ingest/read-pdf.ts';
import type { Repair } from '../types.ts';
import { restoreTypedApostrophes } from './typed-apostrophes.ts';

/** A hyphen or minus sign alone between spaces, or opening a line before a space: a dash typed in ASCII. */
const TYPED_DASH = /(?:^|\s)[-\u2212](?=\s)/u;
/** Two of them together between spaces: a dash the printer spelled out for a copy that had one. */
const SPELLED_DASH = /(?:^|\s)(?:--|\u2212\u2212|—)(?=\s|$)/u;

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
  if (restored.repairs.length > 0) {
    return {
      lines: restored.text.split('\n'),
      repairs: restored.repairs.map((repair) => ({ ...repair, evidence: evidence + (repair.evidence ?? '') })),
    };
  }
  const dash = lines.findIndex((line) => TYPED_DASH.test(line));
  if (dash === -1 || lines.some((line) => SPELLED_DASH.test(line))) return { lines: [...lines], repairs: [] };
  const repairs: Repair[] = [];
  const dashEvidence = `${evidence}line ${dash + 1} sets a lone hyphen between spaces where a dash goes, and no line a doubled one: a copy typed in ASCII, whose apostrophe is "'"`;
  return {
    lines: lines.map((line, index) => {
      if (!line.includes('’')) return line;
      repairs.push({ kind: 'apostrophe-normalized', line: index + 1, before: '’', after: "'", reason: 'typewriter-copy', evidence: dashEvidence });
      return line.replaceAll('’', "'");
    }),
    repairs,
  };
}

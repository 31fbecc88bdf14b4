/**
 * A space an extraction wrote before a comma or a full stop, taken out (`Cappelle-la-Grande ,`,
 * `septième ronde .`). French typography sets a space before `;:!?»` and never before `,` or
 * `.`: where a text has one between a word and such a point, the extraction made it. pypdf's
 * `extract_text` does (groff, mom, Typst and pandoc's ms pages, whose producers kern a point
 * against the letter before it: pypdf reads the kern as a word space), on about one point in
 * three of those pages. Each space out is recorded as a repair on its line.
 *
 * Only a text that does so `SPACED_POINTS_FEWEST` times or more is read as written so: OCR
 * (tesseract) reads a printed middle dot between a kicker's two words as ` . ` (`Basket-ball .
 * Betclic`) or sets a speck apart, once in a text at most over the corpus' 4,000 texts of the
 * other paths, where pypdf's pages that have the habit have it three times or more, most of them
 * twenty to forty times.
 *
 * Only one plain space between a letter, a figure or a closing bracket or quote and the point is
 * read so, and only a point that ends there (a space, a closing mark or the line's end after it):
 * `, ` and `. ` as prose writes them. Wider gaps (`-layout`'s gutters), a point opening a number
 * (`.5`), an ellipsis (`...`) and a point set apart at a line's start are left. It runs on the
 * decoded text before any layout, as `word-spaces.ts` does; a text with no ` ,` and no ` .`
 * costs one regular expression's scan.
 */
import type { Repair } from '../types.ts';

export interface SpacesBeforePoints {
  text: string;
  repairs: Repair[];
}

/** Fewest spaced points a text holds before they are read as its extraction's habit. @default 3 */
export const SPACED_POINTS_FEWEST = 3;

let spacedPointPattern: RegExp | undefined;
/** A word's end, one space, a comma or full stop that ends there. */
function spacedPoint(): RegExp {
  return (spacedPointPattern ??= /(?<=[\p{L}\p{N})\]”’»]) (?=[,.](?:[ )\]”»\f]|$))/gmu);
}

/**
 * A space then a comma or full stop anywhere, the first test: one scan for the point after the
 * space, where `includes(' ,')` and `includes(' .')` each stop at every space of the text.
 */
const SPACE_THEN_POINT = / [,.]/;

/** The text with each space an extraction set before a comma or a full stop taken out, each a repair. */
export function closeSpacesBeforePoints(text: string): SpacesBeforePoints {
  if (!SPACE_THEN_POINT.test(text)) return { text, repairs: [] };
  let spaced = 0;
  for (const _ of text.matchAll(spacedPoint())) if (++spaced >= SPACED_POINTS_FEWEST) break;
  if (spaced < SPACED_POINTS_FEWEST) return { text, repairs: [] };
  const repairs: Repair[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (!line.includes(' ,') && !line.includes(' .')) continue;
    const closed = line.replace(spacedPoint(), '');
    if (closed === line) continue;
    lines[index] = closed;
    repairs.push({
      kind: 'space-collapsed',
      line: index + 1,
      before: line.trim(),
      after: closed.trim(),
      reason: 'space-before-point',
      evidence: 'a space between a word and a comma or full stop, which French typography never sets: the extraction wrote it',
    });
  }
  return repairs.length === 0 ? { text, repairs } : { text: lines.join('\n'), repairs };
}

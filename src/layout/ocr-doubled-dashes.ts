/**
 * A dash OCR read as two marks: a hyphen beside a dash, standing as a word between two words
 * (`LIBOURNE -— Il restait`, `DAKAR, 12 nov 2026 (AFP) —- Sur`, `LURE -— Il aura`). Tesseract
 * reads a long printed stroke (a dash, a Courier printout's minus standing for one) as a dash with
 * a hyphen beside it, as it reads an apostrophe's tail as a second mark (ocr-apostrophes.ts).
 * French never sets a hyphen against a dash: the pair is one mark. Which one the page printed:
 * the dash, unless the copy was typed on a keyboard (typed-apostrophes.ts's evidence: straight
 * double quotes and no typographic quotation, or hyphens standing for dashes on two lines and no
 * dash anywhere, the pairs read as hyphens), whose dashes are hyphens (`LURE - Il`). Each line
 * changed is one repair. A pair touching a figure (`19-—`, a folio's ornament) is no word of its
 * own and stays for the page's furniture to read.
 */
import type { Repair } from '../types.ts';
import type { PageLine } from './page-line.ts';
import { isTypedInAscii } from './typed-apostrophes.ts';

/** A hyphen and a dash (em or en) side by side, standing as a word: at the line's start or after a space, before a space or the line's end. */
const DOUBLED = /(?<=^|\s)(?:-[—–]|[—–]-)(?=\s|$)/gu;
/** The same, to test a line (a global pattern's test moves on from its last match). */
const HOLDS_DOUBLED = /(?<=^|\s)(?:-[—–]|[—–]-)(?=\s|$)/u;

/** A hyphen beside a dash (em or en), anywhere. */
const PAIR_ANYWHERE = /-[—–]|[—–]-/;

/** Cheap first test: a hyphen beside a dash anywhere, found in one scan of the line (four searches for each pair were four). */
function mayHoldPair(content: string): boolean {
  return PAIR_ANYWHERE.test(content);
}

export function readDoubledDashes(lines: readonly PageLine[]): { lines: PageLine[]; repairs: Repair[] } {
  if (!lines.some((line) => mayHoldPair(line.content) && HOLDS_DOUBLED.test(line.content))) return { lines: [...lines], repairs: [] };
  // The copy typed on a keyboard, judged with each pair read as the hyphen it would then be.
  const typed = isTypedInAscii(lines.map((line) => line.content.replace(DOUBLED, '-')).join('\n'));
  const repairs: Repair[] = [];
  const result = lines.map((line): PageLine => {
    if (!mayHoldPair(line.content)) return line;
    const content = line.content.replace(DOUBLED, (pair: string) => {
      const one = typed ? '-' : pair.replace('-', '');
      repairs.push({
        kind: 'ocr-hyphen-replaced',
        line: line.number,
        before: pair,
        after: one,
        reason: 'dash-read-twice',
        evidence: typed
          ? `"${pair}" between two words: one printed stroke OCR read as two marks, French never setting a hyphen against a dash; the copy was typed on a keyboard, whose dash is a hyphen`
          : `"${pair}" between two words: one printed stroke OCR read as two marks, French never setting a hyphen against a dash; the dash it printed`,
      });
      return one;
    });
    return content === line.content ? line : { ...line, content };
  });
  return { lines: result, repairs };
}

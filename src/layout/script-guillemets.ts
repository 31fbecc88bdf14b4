/**
 * babel's guillemets drawn as mathematics, read back as guillemets in a text; each line changed
 * recorded as a repair.
 *
 * pdfLaTeX in OT1 (no `fontenc`) with babel French has no guillemet glyph: `\og` `\fg` (and
 * `«` `»` typed in UTF-8) draw the script-size math symbols `\ll` `\gg`. The PDF reader tells
 * them by their size (`scriptGuillemets` in `src/ingest/pdf-tex-encodings.ts`), but a text
 * another tool wrote has no sizes: pdftotext, MuPDF, pdfminer, pdf.js and PDFBox write
 * `≪ Nous ne céderons pas ≫`, pypdf `≪Nous ne céderons pas ≫` (the corpus's
 * `test/fixtures/tex-accents/latex-ot1.*.txt` and `babel-guillemets.*.txt`).
 *
 * The rule reads a pair, in order over the lines: a `≪` and the next `≫`, no other `≪` between
 * them and no blank line, around French words: a word opening it (two letters, an elided word,
 * or `à` `a` `y` `ô`) and a word ending it (then at most a sentence's `!` `?` `.` `…`), a space
 * inside on at least one side or between two of its words (pypdf's `≪Nous ne céderons pas≫`),
 * and nothing between but words, figures and punctuation (no sign of a formula: `=` `+` `<`
 * `>` `^` `_` `/` `\`). A lone `≪` (`P ≪ P0`, the much-less-than of a formula) pairs nothing
 * and stays. A letter against the closing mark (pypdf's `≫lance`) gets the space back.
 */
import type { Repair } from '../types.ts';

/** Most characters a quotation read between `≪` and `≫` runs over. @default 600 */
const QUOTATION_LENGTH = 600;
/** What a quotation holds: words, figures, spaces and a sentence's punctuation (no formula's signs). */
const QUOTATION = /^[\p{L}\p{M}\p{N}\s’'\-‐,;:.!?…()«»"“”%€°–—]*$/u;
/** A word opening the quotation, after the space a tool wrote at most. */
const OPENING_WORD = /^\s?(?:\p{L}{2}|\p{L}[’']|[aàyôAÀYÔ](?!\p{L}))/u;
/** A word ending the quotation, then a sentence's end and the space at most. */
const CLOSING_WORD = /(?:\p{L}{2}|(?<!\p{L})[aày])(?: ?[!?.…])? ?$/u;

export interface ScriptGuillemetsRead {
  text: string;
  repairs: Repair[];
}

/** `text` with each `≪`…`≫` pair around French words read as `«`…`»` (see the module's comment). */
export function readScriptGuillemets(text: string): ScriptGuillemetsRead {
  if (!text.includes('\u226A') || !text.includes('\u226B')) return { text, repairs: [] };
  const out = text.split('');
  const changed = new Set<number>();
  let open = -1;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (character === '\u226A') {
      open = index;
      continue;
    }
    if (character !== '\u226B' || open < 0) continue;
    const inside = text.slice(open + 1, index);
    open = -1;
    if (inside.length > QUOTATION_LENGTH || /\n[^\S\n]*\n/u.test(inside) || !QUOTATION.test(inside)) continue;
    if (!OPENING_WORD.test(inside) || !CLOSING_WORD.test(inside)) continue;
    if (!/^\s|\s$/u.test(inside) && !/\S\s+\S/u.test(inside)) continue;
    out[index - inside.length - 1] = '\u00AB';
    // pypdf's `≫lance`: French sets no letter against a closing guillemet, the space it lost put back.
    out[index] = /\p{L}/u.test(text[index + 1] ?? '') ? '\u00BB ' : '\u00BB';
    changed.add(index - inside.length - 1);
    changed.add(index);
  }
  if (changed.size === 0) return { text, repairs: [] };
  const read = out.join('');
  const before = text.split('\n');
  const after = read.split('\n');
  const repairs: Repair[] = [];
  after.forEach((line, number) => {
    if (line === before[number]) return;
    repairs.push({
      kind: 'guillemets-read',
      line: number + 1,
      before: before[number],
      after: line,
      reason: 'script-guillemets',
      evidence: 'a ≪ … ≫ pair around French words: babel French in OT1 draws its guillemets as these mathematical symbols',
    });
  });
  return { text: read, repairs };
}

/**
 * Paragraph ends an extraction shows by the space it keeps at a line's end. Some producers draw
 * each printed line with the word space the line was broken at (`… ressemblait à un `): a word
 * processor's lines (AbiWord, LibreOffice Calc), a program that draws each row it laid out (Java's
 * Swing on pdfbox-graphics2d, enscript, pdfmake, react-pdf, wxHTML), and the extractions that keep
 * what was drawn (MuPDF, PyMuPDF, pdfminer, pypdf, PDFBox) write that space at the line's end. A
 * paragraph's last line was broken at no space, and ends bare. Where the extraction sets no blank
 * line between paragraphs (PyMuPDF, PDFBox, pypdf), that bare end is the only mark of a paragraph's
 * end on a line that runs near the column's edge, as a one-line paragraph or a last line a word
 * short of the measure do.
 *
 * Read only where the text shows the habit: at least `GOING_ON_FEWEST` lines carry a sentence on
 * to a line opening on a small letter, and nearly all of them (`GOING_ON_SPACED_SHARE`) end on a
 * space; and at least one line ending a sentence inside what runs on ends on a space too (a
 * sentence's end that happened to fall at a line's end), so that the spaces are the line breaks',
 * not the seed's convention (a space after a paragraph's last line only, `print-layout.ts`) nor a
 * space here and there. Then a line ending bare, on a sentence's end or on a heading's or a credit's
 * last word, right above a line opening like a sentence, is its paragraph's or block's last line, and
 * the line under it opens a paragraph, whatever the line's length says. A line ending on a title
 * (`selon M.`), or on an apostrophe or a hyphen a line was broken after (`c’` / `est`, `J.-` / `P.`),
 * is no such end.
 *
 * It runs on the text the layout reads (the lines' trailing spaces kept), and returns the lines it
 * finds opening a paragraph, by number, each with its evidence, as a searchable scan's geometry does
 * (`structure-pdf.ts`); a text with no space at a line's end costs three searches.
 */
import { endsSentence, endsWithLineHyphen, endsWithTitle, startsLikeSentence } from './layout-block.ts';

/** Fewest lines carrying a sentence on to a small letter for the text's line ends to be read. @default 8 */
export const GOING_ON_FEWEST = 8;
/** Share of those lines that must end on a space for the text to show the habit. @default 0.9 */
export const GOING_ON_SPACED_SHARE = 0.9;

export interface ParagraphOpening {
  reason: string;
  evidence: string;
}

/** A line's last character a block may end on: a letter, a figure, a sentence's or a bracket's close, not an apostrophe nor a hyphen a line was broken after. */
const BLOCK_END = /[\p{L}\p{N}.!?…»”)\]]$/u;

/** A space, a tab or a no-break space (U+00A0, U+202F) ending a line. */
function endsOnSpace(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  return last === 32 || last === 9 || last === 0xa0 || last === 0x202f;
}

/** The line's text, a form feed opening it and the spaces around it out. */
function contentOf(line: string): string {
  return line.replace(/\f/g, '').trim();
}

/** Whether the line opens on a small letter: it carries on the sentence of the line above. */
function opensSmall(content: string): boolean {
  return /^\p{Ll}/u.test(content);
}

/**
 * The lines (1-based numbers of `text`'s lines) that open a paragraph by the bare line end above
 * them, in a text whose lines going on carry their break's space; empty where the text does not
 * show the habit.
 */
export function readBareLineEnds(text: string): Map<number, ParagraphOpening> {
  const openings = new Map<number, ParagraphOpening>();
  if (!text.includes(' \n') && !text.includes('\u00a0\n') && !text.includes('\u202f\n')) return openings;
  const lines = text.split('\n');
  let goingOn = 0;
  let goingOnSpaced = 0;
  let sentenceEndsSpaced = 0;
  let next = lines.length === 0 ? '' : contentOf(lines[0] as string);
  for (let index = 0; index + 1 < lines.length; index += 1) {
    const content = next;
    next = contentOf(lines[index + 1] as string);
    if (content.length === 0 || next.length === 0) continue;
    const spaced = endsOnSpace((lines[index] as string).replace(/\f/g, ''));
    if (opensSmall(next) && !endsSentence(content) && !endsWithLineHyphen(content)) {
      goingOn += 1;
      if (spaced) goingOnSpaced += 1;
      // No longer reachable: even were every line left a line going on, ending on a space, too few
      // of them would (the seed's layout, whose lines going on end bare, stops here early).
      else if (goingOnSpaced + (lines.length - 2 - index) < (goingOn + (lines.length - 2 - index)) * GOING_ON_SPACED_SHARE) return openings;
    } else if (spaced && endsSentence(content) && !endsWithTitle(content) && startsLikeSentence(next)) {
      sentenceEndsSpaced += 1;
    }
  }
  if (goingOn < GOING_ON_FEWEST || goingOnSpaced < goingOn * GOING_ON_SPACED_SHARE || sentenceEndsSpaced === 0) return openings;
  const contents = lines.map(contentOf);
  for (let index = 0; index + 1 < lines.length; index += 1) {
    const content = contents[index] as string;
    const next = contents[index + 1] as string;
    if (content.length === 0 || next.length === 0) continue;
    if (endsOnSpace((lines[index] as string).replace(/\f/g, ''))) continue;
    if (endsWithTitle(content) || !startsLikeSentence(next) || !BLOCK_END.test(content)) continue;
    const sentence = endsSentence(content);
    openings.set(index + 2, {
      reason: 'bare-line-end',
      evidence: `line ${index + 1} ends ${sentence ? 'a sentence' : 'its words'} with no space after it, where ${goingOnSpaced} of the ${goingOn} lines carrying a sentence on end on the space they were broken at: the ${sentence ? 'paragraph' : 'block'} ended there`,
    });
  }
  return openings;
}

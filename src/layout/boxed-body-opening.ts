/**
 * Where the body opens when the extraction wrote the page's text boxes in an order of its own,
 * as pdfminer's layout analysis does (each box its lines, a blank line after it): a sidebar, a
 * caption, the standfirst or the body's end may come out before the box that opens the body, so
 * the dateline opening the body's first paragraph (`ERQUY —`) stands further down than the first
 * paragraphs body-dateline.ts searches, and the byline set above it (`Par Yann Le Goff`,
 * `Thomas Lachaud`) comes out inside the body, a box of one line of its own.
 *
 * The evidence read, each time a box's edge (a blank line or a page break before a paragraph's
 * first line):
 * - the body's opening: a paragraph whose first line opens on a dateline at a box's start, when
 *   body-dateline found none where it searches;
 * - a byline: a paragraph of one line, a box of its own, that reads as a byline (`Par` and a name:
 *   `layout-block.ts`'s BYLINE), or as a signature (a name, `Thomas Lachaud`) right above the box
 *   the dateline opens, or after a box closing on a sentence's end: the signature that closes an
 *   article, which the extraction wrote before the boxes it read after it (a caption, a column
 *   read later), so that it no longer closes the body. Such a name is a person's (PERSON_NAME),
 *   its last word no word of the lexicon: a surname, not a paper's title (`Le Progrès`).
 */
import type { Repair } from '../types.ts';
import type { BodyDateline } from './body-dateline.ts';
import { BYLINE, DATELINE, endsSentence, isSignature } from './layout-block.ts';
import type { FrenchLexicon } from './french-lexicon.ts';
import type { PageLine } from './page-line.ts';

/**
 * A person's name as a signature spells it: a first name (`Hélène`, `Jean-Yves`), then one to
 * three words each a capital and small letters or a surname in capitals (`ROUCHON`), particles
 * allowed. No paper's name in capitals, no acronym.
 */
export const PERSON_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: (?:de|du|d['’]|van|von|Le|La))?(?: (?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}{3,}(?:-\p{Lu}{3,})?)){1,3}$/u;

export interface BoxedBodyOpening extends BodyDateline {
  /** Indexes of the paragraphs that are bylines set in boxes of their own. */
  bylines: Set<number>;
}

/** A box's start: the extraction left a blank line, or a page break, before the line. */
function opensBox(line: PageLine | undefined): boolean {
  return line === undefined || line.blankBefore || line.pageBreakBefore;
}

/** The paragraph is one line opening a box: the line after it starts the next paragraph. */
function isBoxOfOneLine(paragraphs: readonly PageLine[][], index: number): boolean {
  const paragraph = paragraphs[index];
  return paragraph !== undefined && paragraph.length === 1 && opensBox(paragraph[0]);
}

/** A person's name whose last word the lexicon does not know: a surname. */
function isSurnamed(text: string, lexicon: FrenchLexicon): boolean {
  if (!PERSON_NAME.test(text)) return false;
  return !lexicon.has((text.split(' ').at(-1) as string).toLowerCase());
}

/** Reads the body's opening and its byline from the boxes, after body-dateline's search. */
export function findBoxedBodyOpening(dated: BodyDateline, lexicon: FrenchLexicon): BoxedBodyOpening {
  const paragraphs = dated.paragraphs;
  const repairs: Repair[] = [...dated.repairs];
  let opens = dated.opens;
  const foundAlready = DATELINE.test(paragraphs[opens]?.[0]?.content ?? '');
  if (!foundAlready) {
    for (let index = 1; index < paragraphs.length; index += 1) {
      const first = (paragraphs[index] as PageLine[])[0];
      if (first === undefined || !opensBox(first) || !DATELINE.test(first.content)) continue;
      opens = index;
      repairs.push({
        kind: 'role-assigned',
        line: first.number,
        after: 'dateline',
        reason: 'dateline-box',
        evidence: `line ${first.number} opens a box of the extraction's (a blank line before it) with the dateline "${(DATELINE.exec(first.content)?.[0] ?? '').trim()}": the body starts there, the ${index} paragraph(s) before it read out of place`,
      });
      break;
    }
  }
  const bylines = new Set<number>();
  const datelineFound = foundAlready || opens !== dated.opens;
  paragraphs.forEach((paragraph, index) => {
    if (!isBoxOfOneLine(paragraphs, index)) return;
    const line = paragraph[0] as PageLine;
    const aboveDateline = datelineFound && index === opens - 1 && isSignature(line.content);
    const closing = !aboveDateline && index > 0 && endsSentence((paragraphs[index - 1] as PageLine[]).at(-1)?.content ?? '') && isSurnamed(line.content, lexicon);
    if (!aboveDateline && !closing && !BYLINE.test(line.content)) return;
    bylines.add(index);
    repairs.push({
      kind: 'role-assigned',
      line: line.number,
      after: 'byline',
      reason: 'byline-box',
      evidence: aboveDateline
        ? `"${line.content}" reads as a signature, a box of one line right above the dateline that opens the body`
        : closing
          ? `"${line.content}" reads as a signature, a box of one line after a box closing on a sentence's end`
          : `"${line.content}" reads as a byline, a box of one line of its own inside the body`,
    });
  });
  return { paragraphs: [...paragraphs], opens, repairs, bylines };
}

/** The order the body's paragraphs are read in, and the repair that moved them, if any. */
export interface BodyOrder {
  /** Positions in `paragraphs`, in reading order. */
  order: number[];
  repairs: Repair[];
}

/** A paragraph opening on a small letter goes on with a sentence begun elsewhere: not a whole box. */
const OPENS_ON_SMALL_LETTER = /^\p{Ll}/u;

/**
 * The boxes an extraction read before the byline that opens the body: the body's end, read first.
 * pdfminer orders a page's text boxes by its own clustering, so the top of the last column (the
 * article's last paragraphs, a box of entries set there) can come out before the first column's
 * byline and dateline, right under the standfirst. The evidence: a byline in a box of its own
 * (`Par Thomas Delorme`, or a signature right above the dateline that opens the body) stands after
 * paragraphs of the body, and the body goes on after it, at least as long as what came before;
 * what came before is whole (it opens on no small letter, its last line ends a sentence), so no
 * sentence runs from it into the byline, and holds no two paragraphs in a row that end no
 * sentence (a kicker over a headline: the page's head, read there); the headline was read on
 * top (page-layout.ts asks it). It is the body's end: it goes after the body's last paragraph,
 * and the move is recorded. Paragraphs before a byline that closes the text (nothing after it),
 * or before one read inside the body's run (no dateline after it, and not `Par` and a name),
 * stay where they were read.
 */
export function bodyEndReadFirst(opening: BoxedBodyOpening): BodyOrder {
  const paragraphs = opening.paragraphs;
  const identity = paragraphs.map((_, index) => index);
  if (opening.bylines.size === 0) return { order: identity, repairs: [] };
  const byline = Math.min(...opening.bylines);
  if (byline === 0 || byline >= paragraphs.length - 1) return { order: identity, repairs: [] };
  const bylineLine = (paragraphs[byline] as PageLine[])[0] as PageLine;
  const datedAfter = opening.opens === byline + 1;
  if (!datedAfter && !(opening.opens === 0 && BYLINE.test(bylineLine.content))) return { order: identity, repairs: [] };
  if (paragraphs.length - byline - 1 < byline) return { order: identity, repairs: [] };
  const before = paragraphs.slice(0, byline);
  const first = (before[0] as PageLine[])[0];
  const last = (before.at(-1) as PageLine[]).at(-1);
  if (first === undefined || last === undefined || OPENS_ON_SMALL_LETTER.test(first.content) || !endsSentence(last.content)) return { order: identity, repairs: [] };
  if (before.some((paragraph) => paragraph.length > 0 && DATELINE.test((paragraph[0] as PageLine).content))) return { order: identity, repairs: [] };
  // Two paragraphs in a row ending no sentence are a page's head (a kicker over a headline) read
  // there, not the body's end, which holds at most an intertitle over each paragraph.
  const unstopped = before.map((paragraph) => !endsSentence((paragraph.at(-1) as PageLine).content));
  if (unstopped.some((stops, index) => stops && unstopped[index + 1] === true)) return { order: identity, repairs: [] };
  return {
    order: [...identity.slice(byline), ...identity.slice(0, byline)],
    repairs: [
      {
        kind: 'columns-reordered',
        line: first.number,
        before: first.content,
        reason: 'body-end-read-first',
        evidence: `lines ${first.number}–${last.number}, whole paragraphs ending a sentence, were read before the byline "${bylineLine.content}" that ${datedAfter ? 'stands over the dateline opening the body' : 'opens the body'}, and the body goes on after it for ${paragraphs.length - byline - 1} paragraph(s): the body's end, read first, put after its last paragraph`,
      },
    ],
  };
}

/**
 * The two guillemets of one quotation spaced alike. French typography sets a space (a narrow
 * no-break one, in print) after `«` and before `»`; a page that does sets it on both sides of
 * every quotation, a page that does not, on neither. OCR drops that narrow space now and then
 * (`«Je suis un artisan … de la musique »`, `« une centaine d’euros par mois»`) and never adds
 * one, so a quotation spaced on one side and attached on the other lost the space on its
 * attached side, whatever the rest of the article shows (normalize-spacing.ts weighs the whole
 * article's habit, and puts nothing back where it holds too few quotations to show one): the
 * space is put back there, the same kind as the other side's, as a recorded repair.
 *
 * The pair is read in order over the lines (a quotation runs over several): a `«` then the next
 * `»`, no other `«` between them (a quotation inside another, or a mark read from a speck, pairs
 * nothing). A side at a line's edge shows no space either way and decides nothing; nor does a
 * mark beside anything but a word's letter, a figure or a sentence's end.
 */
import type { Repair } from '../types.ts';

/** Most lines one quotation spans before its marks are no longer taken for a pair. @default 12 */
const QUOTATION_LINES = 12;

/** Spaces a page sets beside a guillemet: plain, no-break, narrow no-break. */
function isSpace(character: string | undefined): boolean {
  return character === ' ' || character === '\u00A0' || character === '\u202F';
}

/** What a guillemet is attached to where no space stands: a letter, a figure, or a sentence's end before `»`. */
const ATTACHABLE = /[\p{L}\p{N}.!?…]/u;

interface Side {
  line: number;
  offset: number;
  /** The space beside the mark, or undefined where it is attached; null where its side shows neither. */
  space: string | undefined | null;
}

/** The space after an opening `«` at `offset`, undefined when a word follows it at once, null when nothing tells. */
function openingSide(content: string, offset: number): Side['space'] {
  const after = content[offset + 1];
  if (after === undefined) return null;
  if (isSpace(after)) return after;
  return ATTACHABLE.test(after) && after !== '.' ? undefined : null;
}

/** The space before a closing `»` at `offset`, undefined when a word or a sentence's end precedes it at once, null when nothing tells. */
function closingSide(content: string, offset: number): Side['space'] {
  const before = content[offset - 1];
  if (before === undefined) return null;
  if (isSpace(before)) return before;
  return ATTACHABLE.test(before) ? undefined : null;
}

export function spaceGuillemetsAlike<Line extends { content: string; number: number }>(lines: readonly Line[]): { lines: Line[]; repairs: Repair[] } {
  // Where a space goes, per line: the offset it is inserted at, and the space.
  const inserts = new Map<number, Array<{ offset: number; space: string; other: string }>>();
  let open: Side | undefined;
  lines.forEach((line, index) => {
    const content = line.content;
    if (!content.includes('«') && !content.includes('»')) return;
    for (let offset = 0; offset < content.length; offset += 1) {
      const character = content[offset];
      if (character === '«') {
        open = { line: index, offset, space: openingSide(content, offset) };
        continue;
      }
      if (character !== '»' || open === undefined) continue;
      const opening = open;
      open = undefined;
      if (index - opening.line > QUOTATION_LINES) continue;
      const closing = closingSide(content, offset);
      if (opening.space === null || closing === null || (opening.space === undefined) === (closing === undefined)) continue;
      const openingLine = lines[opening.line] as Line;
      const insert =
        opening.space === undefined
          ? { at: opening.line, offset: opening.offset + 1, space: closing as string, other: `${content.slice(Math.max(0, offset - 12), offset + 1)}` }
          : { at: index, offset, space: opening.space, other: openingLine.content.slice(opening.offset, opening.offset + 12) };
      const list = inserts.get(insert.at) ?? [];
      list.push({ offset: insert.offset, space: insert.space, other: insert.other });
      inserts.set(insert.at, list);
    }
  });
  if (inserts.size === 0) return { lines: [...lines], repairs: [] };
  const repairs: Repair[] = [];
  const result = lines.map((line, index) => {
    const list = inserts.get(index);
    if (list === undefined) return line;
    let content = line.content;
    // From the end, so that each offset still points where it did.
    for (const { offset, space, other } of [...list].sort((first, second) => second.offset - first.offset)) {
      const before = content.slice(Math.max(0, offset - 10), offset + 10).trim();
      content = `${content.slice(0, offset)}${space}${content.slice(offset)}`;
      repairs.push({
        kind: 'space-inserted',
        line: line.number,
        before,
        after: content.slice(Math.max(0, offset - 10), offset + 11).trim(),
        reason: 'guillemets-spaced-alike',
        evidence: `the quotation's other guillemet is spaced ("${other.trim()}"): French typography spaces both alike, and OCR drops that narrow space, never adds one`,
      });
    }
    return { ...line, content };
  });
  return { lines: result, repairs };
}

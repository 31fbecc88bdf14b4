/**
 * Frames drawn in characters around a box of text, read off. A wire printout in Courier (a2ps,
 * enscript), an ASCII or Markdown table and a terminal capture draw a box with characters:
 * borders of corners and rules (`+−−−−+`, `+---+`, `┌────┐`, `╚════╝`) above and below, and a
 * bar (`|`, `│`, `║`) opening each row inside, often another closing it. Extracted, those
 * characters are words no article wrote, and the rows' text sits between bars.
 *
 * - A **border** is a line made only of frame characters, holding a corner (`+`, `┌`, `╚`…) or
 *   a rule of three characters at least; OCR that loses the rules leaves the corners alone
 *   (`+`), which are a border too. It becomes a blank line: the frame set its text apart. A
 *   title set in the rule between corners (`┌─ Tarifs ─┐`) is kept as the box's first line; a
 *   table's rule of bars and dashes (`|---|:---:|`, `├──┼──┤`) is a border too.
 * - A **row** opens with a bar. It is framed when it also closes with one (`| Repères |`), or
 *   when the first line that is neither a row nor blank, above or below its run of rows, is a
 *   border (a frame cut by a page turn has one border on each page). A framed row keeps its text,
 *   the opening bar and the space after it taken off, the closing bar too; a row with nothing
 *   between two bars is an empty row of the box (a picture's place): a blank line.
 * - A lone bar on a line, in a frame whose rows with text do not close (`| Les consignes` /
 *   `|` / `| Ne pas s’engager…` / `|`), is the frame's right side, which `pdftotext`'s default
 *   mode reads as a column of its own: the line is taken out, so a row wrapped over two lines
 *   stays one text.
 *
 * A line is looked at only when it opens (spaces aside) with `+`, a bar or a box-drawing
 * character. Every frame's removal is one repair, with the lines it spans. Lines taken out are
 * mapped back to the source's lines (`lineNumbers`, as `joinSoftHyphenLines` does).
 */
import type { Repair } from '../types.ts';

export interface DrawnFramesRead {
  text: string;
  repairs: Repair[];
  /** For each line of `text`, the first and last 1-based line of the input it stands for; undefined when no line was taken out. */
  lineNumbers?: { first: number[]; last: number[] };
  /**
   * Lines of `text` (1-based) right after an empty frame, a picture's place: where a printout sets
   * the picture's caption (body-captions.ts reads the line so).
   */
  underPictures: Set<number>;
}

/** Bars that draw a box's sides. */
const BARS = new Set(['|', '│', '┃', '║', '¦']);
/** Characters that draw a box's horizontal rules. */
const RULES = new Set(['-', '−', '–', '─', '━', '═', '=', '┄', '┈', '╌']);
/** Fewest rule characters for a line with no corner to be a border (`───`). @default 3 */
const FEWEST_RULES = 3;

/** Whether a line may open a frame's line: `+`, a bar or a box-drawing character (U+2500–U+257F). */
function opensLikeFrame(character: string | undefined): boolean {
  if (character === undefined) return false;
  if (character === '+' || BARS.has(character)) return true;
  const code = character.charCodeAt(0);
  return code >= 0x2500 && code <= 0x257f;
}

function isCorner(character: string): boolean {
  if (character === '+') return true;
  const code = character.charCodeAt(0);
  return code >= 0x2500 && code <= 0x257f && !BARS.has(character) && !RULES.has(character);
}

/** A line of frame characters only (spaces aside), with a corner or a rule: a frame's border. */
function isBorder(trimmed: string): boolean {
  let corners = 0;
  let rules = 0;
  for (const character of trimmed) {
    // Spaces, bars between cells, and the colons a Markdown table's rule sets for alignment.
    if (character === ' ' || character === '\t' || character === ':' || BARS.has(character)) continue;
    if (RULES.has(character)) rules += 1;
    else if (isCorner(character)) corners += 1;
    else return false;
  }
  return corners > 0 || rules >= FEWEST_RULES;
}

/**
 * A border with a title set in its rule (`+-- Repères --+`, `┌─ Tarifs ─┐`): corners at both
 * ends, rules after the first and before the last; the title, or undefined for any other line.
 */
function titleOf(trimmed: string): string | undefined {
  const first = trimmed[0] as string;
  const last = trimmed.at(-1) as string;
  if (trimmed.length < 5 || !isCorner(first) || !isCorner(last)) return undefined;
  let start = 1;
  while (start < trimmed.length && RULES.has(trimmed[start] as string)) start += 1;
  let end = trimmed.length - 1;
  while (end > start && RULES.has(trimmed[end - 1] as string)) end -= 1;
  if (start === 1 || end === trimmed.length - 1) return undefined;
  const title = trimmed.slice(start, end).trim();
  return /\p{L}/u.test(title) ? title : undefined;
}

type Kind = 'blank' | 'other' | 'border' | 'row';

interface Row {
  /** The text between the bars, trimmed. */
  inner: string;
  /** A bar closes the row. */
  closed: boolean;
  /** Whatever stood before the opening bar (a column's indent). */
  indent: string;
}

function readRow(line: string): Row | undefined {
  const start = line.search(/\S/u);
  if (start === -1 || !BARS.has(line[start] as string)) return undefined;
  let body = line.slice(start + 1).trimEnd();
  const closed = body.length > 0 && BARS.has(body.at(-1) as string);
  if (closed) body = body.slice(0, -1);
  return { inner: body.trim(), closed, indent: line.slice(0, start) };
}

/** Quick test: some line opens with a frame character. */
const ANY_FRAME_OPENING = /(?:^|\n)[ \t]*[+|│┃║¦\u2500-\u257F]/u;

export function readDrawnFrames(text: string): DrawnFramesRead {
  if (!ANY_FRAME_OPENING.test(text)) return { text, repairs: [], underPictures: new Set() };
  const lines = text.split('\n');
  /** Titles set in borders, by line index. */
  const titles = new Map<number, string>();
  const kinds: Kind[] = lines.map((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '') return 'blank';
    if (!opensLikeFrame(trimmed[0])) return 'other';
    // A table's rule between its head and its rows (`|---|:---:|`) opens with a bar but is a border.
    if (BARS.has(trimmed[0] as string)) return isBorder(trimmed) ? 'border' : 'row';
    if (isBorder(trimmed)) return 'border';
    const title = titleOf(trimmed);
    if (title === undefined) return 'other';
    titles.set(index, title);
    return 'border';
  });
  if (!kinds.includes('border') && !kinds.includes('row')) return { text, repairs: [], underPictures: new Set() };

  // Rows framed: closed, or in a run whose nearest other line above or below is a border.
  const framed = new Array<boolean>(lines.length).fill(false);
  for (let index = 0; index < lines.length; index += 1) {
    if (kinds[index] !== 'row') continue;
    let end = index;
    while (end + 1 < lines.length && (kinds[end + 1] === 'row' || kinds[end + 1] === 'blank')) end += 1;
    let above = index - 1;
    while (above >= 0 && kinds[above] === 'blank') above -= 1;
    const bordered = kinds[above] === 'border' || kinds[end + 1] === 'border';
    for (let row = index; row <= end; row += 1) {
      if (kinds[row] !== 'row') continue;
      framed[row] = bordered || (readRow(lines[row] as string) as Row).closed;
    }
    index = end;
  }

  const out: string[] = [];
  const first: number[] = [];
  const last: number[] = [];
  const repairs: Repair[] = [];
  const underPictures = new Set<number>();
  let removedAny = false;
  for (let index = 0; index < lines.length; index += 1) {
    const kind = kinds[index] as Kind;
    if (kind !== 'border' && !(kind === 'row' && framed[index])) {
      out.push(lines[index] as string);
      first.push(index + 1);
      last.push(index + 1);
      continue;
    }
    // One frame's stretch: borders, framed rows and the blank lines between them.
    let end = index;
    while (end + 1 < lines.length) {
      const next = kinds[end + 1];
      if (next === 'border' || (next === 'row' && framed[end + 1])) end += 1;
      else if (next === 'blank' && end + 2 < lines.length && (kinds[end + 2] === 'border' || (kinds[end + 2] === 'row' && framed[end + 2]))) end += 1;
      else break;
    }
    const rows: Row[] = [];
    for (let line = index; line <= end; line += 1) if (kinds[line] === 'row') rows.push(readRow(lines[line] as string) as Row);
    // Rows with text left open: the frame's right side was read apart, as lone bars.
    const openText = rows.some((row) => row.inner !== '' && !row.closed);
    const kept: string[] = [];
    let bordersRemoved = 0;
    let barsRemoved = 0;
    let linesTaken = 0;
    for (let line = index; line <= end; line += 1) {
      let content: string | undefined;
      if (kinds[line] === 'blank') content = '';
      else if (kinds[line] === 'border') {
        // A title set in the rule is the box's heading: its own line.
        const title = titles.get(line);
        content = title ?? '';
        if (title !== undefined) kept.push(title);
        bordersRemoved += 1;
      } else {
        const row = readRow(lines[line] as string) as Row;
        barsRemoved += row.closed ? 2 : 1;
        if (row.inner !== '') {
          content = row.indent + row.inner;
          kept.push(row.inner);
        } else if (!row.closed && openText) {
          content = undefined; // the right side, read as a line of its own
          linesTaken += 1;
        } else content = '';
      }
      if (content === undefined) {
        removedAny = true;
        if (last.length > 0) last[last.length - 1] = line + 1;
        continue;
      }
      out.push(content);
      first.push(line + 1);
      last.push(line + 1);
    }
    const parts = [
      bordersRemoved > 0 ? `${bordersRemoved} border line${bordersRemoved === 1 ? '' : 's'} of corners and rules` : undefined,
      barsRemoved > 0 ? `${barsRemoved} side bar${barsRemoved === 1 ? '' : 's'}` : undefined,
      linesTaken > 0 ? `${linesTaken} line${linesTaken === 1 ? '' : 's'} holding only the right side, read apart` : undefined,
    ].filter((part) => part !== undefined);
    repairs.push({
      kind: 'drawn-frame-removed',
      line: index + 1,
      before: shorten((lines[index] as string).trim()),
      after: shorten(kept.join(' / ')),
      reason: kept.length > 0 ? 'framed-text' : 'empty-frame',
      evidence: `lines ${index + 1} to ${end + 1} draw a frame in characters (${parts.join(', ')}): ${
        kept.length > 0 ? `its ${kept.length} line${kept.length === 1 ? '' : 's'} of text kept, in order` : 'nothing inside it, the place of a picture or a rule'
      }`,
    });
    // Nothing inside a box with height (two borders, or a border and an empty row): a picture's
    // place, its caption on the next line. A lone border is a rule, or a box's edge read apart.
    const emptyRows = rows.filter((row) => row.inner === '').length;
    if (kept.length === 0 && (bordersRemoved >= 2 || (bordersRemoved >= 1 && emptyRows >= 1))) underPictures.add(out.length + 1);
    index = end;
  }
  if (!removedAny) return { text: out.join('\n'), repairs, underPictures };
  return { text: out.join('\n'), repairs, lineNumbers: { first, last }, underPictures };
}

function shorten(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57)}...`;
}

/**
 * Frames drawn with characters. A plain text printed in a typewriter face (a2ps, enscript, a
 * line printer) has no rules nor boxes: a box is drawn with text, a rule of `+`, hyphens and
 * `+` above and below it, and a `|` at each end of every line inside (`| Les consignes   |`),
 * around a picture's empty space or a box of key figures. A drawn frame is no part of the
 * article's text: its characters are taken out of the page's rows (to be recorded as dropped),
 * and the lines it held are told to measure themselves against its inner edges (a box's lines
 * are folded at the frame's measure, not the column's).
 *
 * Evidence, read on positions only: a piece of text that is a rule (`+`, at least three of
 * `-` `−` `=`, `+`), and the rows above or below it, one after the other, that each open with a
 * `|` at the rule's left end and close with a `|` at its right end. Another column's text on
 * the same rows (two pages printed side by side) lies outside the rule's ends and is left alone.
 */

/** A positioned piece of text, as the PDF layout holds it. */
export interface FramePiece {
  text: string;
  x0: number;
  x1: number;
}

/** A row of pieces on one baseline. */
export interface FrameRow<P extends FramePiece> {
  y: number;
  pieces: P[];
}

/** A frame's inside: where its lines start and where they are folded, and the face's advance. */
export interface TextFrame {
  left: number;
  right: number;
  /** The advance of one character of the (monospaced) face the frame is drawn in, in points. */
  advance: number;
}

export interface TextFramesFound<P extends FramePiece> {
  /** Per row (by index in the rows given): the frame pieces taken out of it. */
  taken: Map<number, P[]>;
  /** The pieces of text a frame holds, with that frame's inside. */
  framed: Map<P, TextFrame>;
  /**
   * The first piece of each line set right under an empty frame (no blank line between), with
   * the evidence: a picture's place a printout leaves blank, and what is written under it.
   */
  underEmptyFrames: Map<P, string>;
}

/** A rule drawn with characters: `+`, three or more hyphens, minus signs or equals signs, `+`. */
const RULE = /^\+[-−=]{3,}\+$/u;

/** Most steps between baselines, in the frame's own line steps, from a frame's closing rule to a line read as written under it. @default 1.5 */
const UNDER_FRAME_STEP = 1.5;

/** How far, in character advances, a frame's `|` may stand from the rule's end. @default 0.5 */
const EDGE_TOLERANCE = 0.5;

/**
 * The frames drawn with characters on one page's rows (sorted top to bottom): the rules and
 * edges are cut out of the pieces (each piece's `text`, `x0` and `x1` changed in place, a piece
 * left empty removed from its row) and returned per row, with the rows a frame holds.
 */
export function takeTextFrames<P extends FramePiece>(rows: readonly FrameRow<P>[], split: (piece: P, text: string, x0: number, x1: number) => P): TextFramesFound<P> {
  const taken = new Map<number, P[]>();
  const framed = new Map<P, TextFrame>();
  const framedRows = new Set<FrameRow<P>>();
  const underEmptyFrames = new Map<P, string>();
  const take = (index: number, piece: P): void => {
    const list = taken.get(index) ?? [];
    list.push(piece);
    taken.set(index, list);
  };
  const rules: { index: number; piece: P }[] = [];
  rows.forEach((row, index) => {
    for (const piece of row.pieces) if (RULE.test(piece.text)) rules.push({ index, piece });
  });
  for (const { index, piece: rule } of rules) {
    const advance = (rule.x1 - rule.x0) / [...rule.text].length;
    const near = (a: number, b: number): boolean => Math.abs(a - b) <= EDGE_TOLERANCE * advance;
    const inside: TextFrame = { left: rule.x0 + 2 * advance, right: rule.x1 - 2 * advance, advance };
    /** The row's pieces between the rule's ends, if they open and close on its edges. */
    const edges = (row: FrameRow<P>): { first: P; last: P } | undefined => {
      const within = row.pieces.filter((piece) => piece.x0 >= rule.x0 - EDGE_TOLERANCE * advance && piece.x1 <= rule.x1 + EDGE_TOLERANCE * advance);
      const first = within[0];
      const last = within.at(-1);
      if (first === undefined || last === undefined || !first.text.startsWith('|') || !last.text.endsWith('|')) return undefined;
      if (!near(first.x0, rule.x0) || !near(last.x1, rule.x1)) return undefined;
      if (first === last && [...first.text].length < 2) return undefined;
      return { first, last };
    };
    if (!taken.get(index)?.includes(rule)) take(index, rule);
    const within = (piece: P): boolean => piece.x0 >= rule.x0 - EDGE_TOLERANCE * advance && piece.x1 <= rule.x1 + EDGE_TOLERANCE * advance;
    for (const step of [-1, 1]) {
      let walked = 0;
      let holdsText = false;
      let at = index + step;
      for (; at >= 0 && at < rows.length; at += step) {
        const row = rows[at] as FrameRow<P>;
        if (framedRows.has(row) || row.pieces.some((piece) => RULE.test(piece.text) && near(piece.x0, rule.x0))) break;
        const found = edges(row);
        if (found === undefined) break;
        walked += 1;
        const { first, last } = found;
        // The closing `|`, then the opening one (the same piece when the line fills the frame).
        take(at, split(last, '|', last.x1 - advance, last.x1));
        last.text = last.text.slice(0, -1).trimEnd();
        last.x1 = last.x0 + [...last.text].length * advance;
        take(at, split(first, '|', first.x0, first.x0 + advance));
        const opened = first.text.slice(1);
        const kept = opened.trimStart();
        first.x0 += (1 + [...opened].length - [...kept].length) * advance;
        first.text = kept;
        framedRows.add(row);
        for (const piece of row.pieces) {
          if (!within(piece) || piece.text.trim() === '') continue;
          framed.set(piece, inside);
          holdsText = true;
        }
      }
      // Downwards, an empty frame closed by its rule: the line right under it (a leading away,
      // no blank line) is what is written under the picture's place.
      const closing = rows[at];
      const under = rows[at + 1];
      const above = rows[at - 1];
      if (step !== 1 || walked === 0 || holdsText || closing === undefined || under === undefined || above === undefined) continue;
      if (!closing.pieces.some((piece) => RULE.test(piece.text) && near(piece.x0, rule.x0))) continue;
      if (under.y - closing.y > UNDER_FRAME_STEP * (closing.y - above.y)) continue;
      const opening = under.pieces.find(within);
      if (opening !== undefined) underEmptyFrames.set(opening, `the line is set right under a frame drawn with characters that holds no text (${walked} empty line${walked > 1 ? 's' : ''}): a picture's place, and its caption under it`);
    }
  }
  // Rules and edges out of their rows; pieces left empty out too.
  rows.forEach((row, index) => {
    const out = taken.get(index);
    if (out === undefined) return;
    row.pieces = row.pieces.filter((piece) => !out.includes(piece) && piece.text.trim() !== '');
  });
  return { taken, framed, underEmptyFrames };
}

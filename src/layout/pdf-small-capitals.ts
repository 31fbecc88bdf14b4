/**
 * Small capitals made up by the typesetter: when a font has no small capitals, browsers
 * (wkhtmltopdf, Chromium), word processors and many PDF writers print `font-variant:
 * small-caps` as capitals set smaller, so `Erwan` is printed `E` + `RWAN` in about 0.7 of the
 * size, and the text layer holds the capitals. A run of capitals set smaller than the capital it
 * touches, on its baseline, is the rest of that word in lower case: it is given back its lower
 * case and the size of the capital before it. Real capitals (`MORVAN`, `SNCF`) are printed in
 * the full size, and are left as they are. A typesetter may draw each small capital as a piece
 * of its own (Chromium: `P`, `A`, `R`): the pieces that follow a lowered run, touching it on its
 * baseline in the run's own small size, are more of the same word, and are lowered with it.
 *
 * Small capitals are often tracked (a kicker or a byline's name set `font-variant: small-caps`
 * with `letter-spacing`, PostScript's `ashow`, PDF's `Tc`): every glyph is then followed by the
 * same extra gap, the capital's too, so the small capitals start that gap after it and (drawn a
 * piece a glyph, as Chromium does) after one another, and the piece after the word's last one
 * (a comma) too. A gap under `LETTER_SPACED` is no word space in any text face: the run is
 * lowered, its gap taken as the word's tracking; pieces further on continue it as long as each
 * gap stays within the tracking (and a kerning pair's pull). The gaps inside the word are closed
 * (each piece's left edge moved to the end of the one before), so the line reads it whole. A
 * capital that is a French word of one letter (`À`, `A`, `Y`, `O`) is taken for the word's start
 * only when the next small capital follows at the same gap: after it, the gap may be a space.
 */

/** A piece of text placed on a page, as the PDF layout reads it. */
export interface PlacedText {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** What a run of small capitals was, and what it became, with the capital it followed. */
export interface LoweredCapitals {
  before: string;
  after: string;
  /** The capitals set small, as printed, and their size as a share of the capital's (`0.7`). */
  small: string;
  ratio: number;
  /** The word's tracking, in points, when its glyphs are set apart by it (see the module's note). */
  tracking?: number;
}

/** Size ratio to the capital before it within which capitals are small capitals. @default 0.6–0.9 */
const SMALL_CAPITALS_RATIO = { least: 0.6, most: 0.9 } as const;
/** Gap, in the capital's size, under which two pieces touch (no word space between them). @default 0.05 */
const TOUCHING = 0.05;
/** How far, in the capital's size, a piece may start back over the one before it: a kerning pair (`FA`, `VA`) draws its second letter a little under the first. @default 0.15 */
const KERNED = 0.15;
/** Widest gap, in the capital's size, between a capital and the small capitals after it for them to be one tracked word: narrower than any text face's word space (a quarter of an em or so). @default 0.2 */
const LETTER_SPACED = 0.2;
/** How much wider than a tracked word's first gap, in the capital's size, a gap inside the word may be (the rounding of a glyph-by-glyph placement). @default 0.05 */
const TRACKING_SLACK = 0.05;
/** How far apart, in the capital's size, two gaps are the same tracking. @default 0.03 */
const SAME_TRACKING = 0.03;
/** Widest word space, in the capital's size, over a tracked run's tracking, after which its next word may still be of the run (see `nextTrackedWord`). @default 0.5 */
const WORD_GAP_MOST = 0.5;
/** A capital that is a French word by itself: what follows it apart may be the next word. */
const ONE_LETTER_WORD = /(?:^|\s)[AÀYOÔ]$/u;
/** What may follow a word with no space before it (a comma, a closing mark, an elided ending). */
const CLOSES_WORD = /^[,.;:!?)\]»…’'-]/u;
/** Capitals only (and what may sit among them in a word or name: `H.`, `Castéra`'s `ASTÉRA`, `J.-P.`). */
const CAPITALS_ONLY = /^\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*)*$/u;
const ENDS_ON_CAPITAL = /\p{Lu}$/u;

/**
 * Lowers the small capitals of one row's pieces, in order left to right, in place. Returns what
 * was lowered.
 */
export function lowerSmallCapitals(pieces: PlacedText[]): LoweredCapitals[] {
  const lowered: LoweredCapitals[] = [];
  /** The run of small capitals being lowered: its entry, its small size and the capital's, the piece it ended on. */
  let run: Run | undefined;
  for (let index = 1; index < pieces.length; index += 1) {
    const capital = pieces[index - 1] as PlacedText;
    const piece = pieces[index] as PlacedText;
    if (run?.tracking !== undefined && run.last === capital && !continuesRun(run, piece)) {
      // A tracked word's last glyph is followed by its tracking too: a comma set that close is no word apart.
      const gap = piece.x0 - capital.x1;
      if (gap > 0 && gap <= run.tracking + run.size * TRACKING_SLACK && CLOSES_WORD.test(piece.text)) piece.x0 = capital.x1;
      run = nextTrackedWord(run, piece, pieces[index + 1], lowered);
      continue;
    }
    if (run !== undefined && run.last === capital && continuesRun(run, piece)) {
      if (run.tracking !== undefined) piece.x0 = Math.min(piece.x0, capital.x1);
      const text = piece.text.trimEnd();
      const after = `${text.toLocaleLowerCase('fr')}${piece.text.slice(text.length)}`;
      run.entry.before += text;
      run.entry.after += after.trimEnd();
      run.entry.small += text;
      piece.text = after;
      piece.size = run.size;
      run.last = piece;
      if (after !== after.trimEnd()) run = undefined;
      continue;
    }
    run = undefined;
    const ratio = piece.size / capital.size;
    if (ratio < SMALL_CAPITALS_RATIO.least || ratio > SMALL_CAPITALS_RATIO.most) continue;
    if (Math.abs(piece.y - capital.y) > capital.size * 0.1) continue;
    const text = piece.text.trimEnd();
    if (!ENDS_ON_CAPITAL.test(capital.text) || !CAPITALS_ONLY.test(text)) continue;
    const tracking = touches(capital, piece, capital.size) ? undefined : letterSpacing(capital, piece, pieces[index + 1]);
    if (tracking === null) continue;
    const after = `${text.toLocaleLowerCase('fr')}${piece.text.slice(text.length)}`;
    const word = capital.text.slice(capital.text.search(/\S+$/u));
    const entry: LoweredCapitals = { before: `${word}${text}`, after: `${word}${after.trimEnd()}`, small: text, ratio: Math.round(ratio * 100) / 100 };
    if (tracking !== undefined) entry.tracking = Math.round(tracking * 100) / 100;
    lowered.push(entry);
    // A run that ends on a space ends its word: what follows is no more of it.
    if (after === after.trimEnd()) run = { entry, small: piece.size, size: capital.size, last: piece, tracking };
    piece.text = after;
    piece.size = capital.size;
    if (tracking !== undefined) piece.x0 = capital.x1;
  }
  return lowered;
}

/** The run of small capitals being lowered: its entry, its small size and the capital's, the piece it ended on, and its tracking (the gap after each glyph, in points) when it has one. */
interface Run {
  entry: LoweredCapitals;
  small: number;
  size: number;
  last: PlacedText;
  tracking?: number | undefined;
}

/**
 * The tracking of a word whose small capitals start a gap after its capital (see the module's
 * note): that gap, in points, when it is under `LETTER_SPACED`; null when it is wider, or when
 * the capital may be a word by itself and the small capital after is not set at the same gap.
 */
function letterSpacing(capital: PlacedText, piece: PlacedText, next: PlacedText | undefined): number | null {
  const gap = piece.x0 - capital.x1;
  if (gap <= 0 || gap > capital.size * LETTER_SPACED) return null;
  if (!ONE_LETTER_WORD.test(capital.text)) return gap;
  const sameGap = next !== undefined && Math.abs(next.size - piece.size) <= piece.size * 0.02 && Math.abs(next.x0 - piece.x1 - gap) <= capital.size * SAME_TRACKING;
  return sameGap ? gap : null;
}

/**
 * The next word of a tracked run of small capitals, when it is set in small capitals only (a word
 * in lower case in a span set in small capitals: `Une saison record`): a word space after the
 * run, the piece in the run's small size, capitals only, and the one after it at the run's
 * tracking (two glyphs at least show the word tracked alike). It is lowered as the run's words
 * are, and the run goes on through it; undefined when it is not.
 */
function nextTrackedWord(run: Run, piece: PlacedText, next: PlacedText | undefined, lowered: LoweredCapitals[]): Run | undefined {
  const tracking = run.tracking as number;
  const gap = piece.x0 - run.last.x1;
  const text = piece.text.trimEnd();
  if (gap <= tracking + run.size * TRACKING_SLACK || gap > tracking + run.size * WORD_GAP_MOST) return undefined;
  if (Math.abs(piece.size - run.small) > run.small * 0.02 || Math.abs(piece.y - run.last.y) > run.size * 0.1 || !CAPITALS_ONLY.test(text) || text !== piece.text) return undefined;
  if (next === undefined || Math.abs(next.size - run.small) > run.small * 0.02 || Math.abs(next.x0 - piece.x1 - tracking) > run.size * SAME_TRACKING) return undefined;
  const after = text.toLocaleLowerCase('fr');
  const entry = { before: text, after, small: text, ratio: run.entry.ratio, tracking: Math.round(tracking * 100) / 100 };
  lowered.push(entry);
  piece.text = after;
  piece.size = run.size;
  return { ...run, entry, last: piece };
}

/** Whether a piece is more small capitals of the run's word: capitals only, in the run's small size, on its baseline, touching its last piece (or, in a tracked word, within its tracking). */
function continuesRun(run: Run, piece: PlacedText): boolean {
  const text = piece.text.trimEnd();
  const gap = piece.x0 - run.last.x1;
  const near = run.tracking === undefined ? touches(run.last, piece, run.size) : gap <= run.tracking + run.size * TRACKING_SLACK && gap >= -run.size * KERNED;
  return Math.abs(piece.size - run.small) <= run.small * 0.02 && Math.abs(piece.y - run.last.y) <= run.size * 0.1 && near && CAPITALS_ONLY.test(text);
}

/** Whether a piece starts where the one before it ends, within `TOUCHING` past it or `KERNED` back over it, in the capital's size. */
function touches(before: PlacedText, piece: PlacedText, size: number): boolean {
  const gap = piece.x0 - before.x1;
  return gap <= size * TOUCHING && gap >= -size * KERNED;
}

/**
 * The opening words of a paragraph set in small capitals after its drop cap, as French papers
 * set them (`S` over three lines, then `UR LA PLACE` in small capitals, then `de l’église`): the
 * cap was put at the start of the first piece, and the small capitals, set smaller than the
 * line's lower case, have no capital of their own size before them. The first piece (after its
 * `letters`, the cap) and the pieces after it in capitals only, in its size and on its baseline,
 * set between `SMALL_CAPITALS_RATIO` of the size of the line's first piece holding lower case,
 * are given back their lower case and that size (a capital set in full size among them, a name's
 * initial, keeps its own). Returns what was lowered, or nothing.
 */
export function lowerCapitalsAfterDropCap(pieces: PlacedText[], letters: string): LoweredCapitals | undefined {
  const first = pieces[0];
  if (first === undefined || !first.text.startsWith(letters)) return undefined;
  const rest = first.text.slice(letters.length).trim();
  if (rest === '' || !CAPITALS_ONLY.test(rest)) return undefined;
  const body = pieces.find((piece) => /\p{Ll}/u.test(piece.text) && Math.abs(piece.y - first.y) <= piece.size * 0.1);
  if (body === undefined) return undefined;
  const ratio = first.size / body.size;
  if (ratio < SMALL_CAPITALS_RATIO.least || ratio > SMALL_CAPITALS_RATIO.most) return undefined;
  const small = first.size;
  const taken = [first];
  for (const piece of pieces.slice(1)) {
    if (piece === body || Math.abs(piece.y - first.y) > body.size * 0.1) break;
    const trimmed = piece.text.trim();
    // A capital in the line's full size (a name's initial) stays one; the small capitals after it go on.
    const fullCapital = Math.abs(piece.size - body.size) <= body.size * 0.02 && /^\p{Lu}+$/u.test(trimmed);
    if (!fullCapital && (Math.abs(piece.size - small) > small * 0.02 || !CAPITALS_ONLY.test(trimmed))) break;
    taken.push(piece);
  }
  const before = spacedText(taken, body.size);
  const printed = taken.filter((piece) => piece.size === small).map((piece) => piece.text.trim());
  for (const piece of taken) {
    if (piece.size !== small) continue;
    piece.text = piece === first ? `${letters}${piece.text.slice(letters.length).toLocaleLowerCase('fr')}` : piece.text.toLocaleLowerCase('fr');
    piece.size = body.size;
  }
  return { before, after: spacedText(taken, body.size), small: printed.join(' ').slice(letters.length), ratio: Math.round(ratio * 100) / 100 };
}

/** Pieces' texts joined, a space where they hold one or stand a word space apart (a tenth of `size` and more). */
function spacedText(pieces: readonly PlacedText[], size: number): string {
  let text = '';
  pieces.forEach((piece, index) => {
    const before = pieces[index - 1];
    if (before !== undefined && piece.x0 - before.x1 > size * 0.1) text += ' ';
    text += piece.text;
  });
  return text.replace(/\s+/gu, ' ').trim();
}

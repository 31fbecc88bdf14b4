/**
 * A compound's hyphen followed by a space inside a printed line (`Mortagne- au- Perche`,
 * `après- midi`, `quatre- vingts`). French leaves a space after a hyphen only where the hyphen
 * is suspended (`pré- et post-électoral`, `nord- ou sud-américain`): before `et`, `ou` or `ni`.
 * A typesetter that may break a line after a compound's hyphen draws each part of the compound
 * as a piece of its own and, justifying, stretches the gap after the hyphen like a word space
 * (pdfmake); every extraction of its page (pdftotext in its three modes, OCR of the text layer)
 * reads that gap as a space.
 *
 * The PDF reader closes such gaps on a row's text (`SPACE_AFTER_HYPHEN`, used by pdf-layout.ts),
 * where the pieces are known to sit on one printed row. A text line is less sure: OCR or a
 * column read across may set a line-end hyphen and the next column's word side by side
 * (`dé- lots`). So the hyphen is read as a line end would be (decide-line-end-hyphen.ts: the
 * document, the lexicon, a capital, a clitic, number words, a prefix written with a hyphen), and
 * the gap closed only when that evidence keeps the hyphen: a compound whose parts the word list,
 * the article or French spelling join by a hyphen. Where the evidence would glue the halves (a
 * word cut at a line end) or knows nothing, the line is left as it is, and so where the only
 * evidence is two words side by side, or a capital after a word in lower case that is no
 * particle of a name (`com- Hélène`: a line-end hyphen, and the next column's line read
 * across). A chain of parts
 * (`Saint- Cyr- la- Rosière`) is read from its end, so each hyphen is decided with the rest of
 * the compound after it (`Cyr` + `la-Rosière`: a particle and a capital, as a name's parts go).
 */
import type { Repair } from '../types.ts';
import { decideLineEndHyphen, type HyphenContext, type HyphenDecision } from './decide-line-end-hyphen.ts';
import type { SourceLine } from './join-lines.ts';

/** A space after a word's hyphen, before a letter, but not before `et`, `ou` or `ni` (a suspended hyphen). */
export const SPACE_AFTER_HYPHEN = /(?<=\p{L})- (?!(?:et|ou|ni)(?!\p{L}))(?=\p{L})/gu;
/**
 * A name's part before a hyphen and a capital: a capitalised word or a particle (`Jean-Luc`,
 * `Sud-Ouest`, `Nogent-le-Rotrou`, `Longny-au-Perche`). A capital after a word in lower case
 * (`dif- Pour`, `com- Hélène`) is the next column's line read across a line-end hyphen: a
 * compound name opens on a capital or a particle.
 */
const NAME_PART = /^(?:\p{Lu}|(?:la|le|les|de|du|des|en|sur|sous|lès|lez|aux|au|et)$|[dl]['’]\p{Lu})/u;
/**
 * Evidence that keeps a line-end hyphen but says nothing inside a line: two words side by side
 * (`lexicon-halves`, `document-halves`) are, inside a line, just two words (`pre- heures`, a
 * line-end hyphen and the next column's line read across).
 */
const WEAK_INSIDE_LINE: ReadonlySet<string> = new Set(['lexicon-halves', 'document-halves']);
/**
 * Shortest verb before a pronoun joined by a hyphen (`dit-elle`, `fait-il`, `allez-y`): a
 * shorter piece before `nous` or `il` (`an- nous`) is a line's end read across columns, as
 * `a-t-il` is read by its `t-`. @default 3
 */
const SHORTEST_VERB = 3;
/** What may open a word before its letters (a quote, a bracket). */
const LEADING_MARKS = /^[«“"'‘(\[—–]+/u;
/** What may close a word after its letters (punctuation, a quote, a bracket). */
const TRAILING_MARKS = /[.,;:!?»”"')\]…]+$/u;

export interface CompoundHyphensClosed<Line extends SourceLine> {
  lines: Line[];
  repairs: Repair[];
}

/** Lines of a page (page-layout.ts) or of a plain text (plain-layout.ts, OCR that leaves blank lines between paragraphs), each gap closed recorded as a repair. */
export function closeStretchedCompoundHyphens<Line extends SourceLine>(lines: readonly Line[], context: HyphenContext): CompoundHyphensClosed<Line> {
  const repairs: Repair[] = [];
  const result = lines.map((line) => {
    if (!line.content.includes('- ')) return line;
    const closed = closeInLine(line.content, context);
    if (closed.content === line.content) return line;
    for (const { before, after, evidence } of closed.pairs) {
      repairs.push({ kind: 'space-collapsed', line: line.number, before, after, reason: 'space-after-compound-hyphen', evidence });
    }
    return { ...line, content: closed.content };
  });
  return { lines: result, repairs };
}

interface ClosedLine {
  content: string;
  pairs: Array<{ before: string; after: string; evidence: string }>;
}

/** One line's stretched gaps after a compound's hyphen closed, read from the line's end (see the module's comment). */
export function closeInLine(content: string, context: HyphenContext): ClosedLine {
  const gaps = [...content.matchAll(SPACE_AFTER_HYPHEN)].map((match) => match.index);
  const pairs: ClosedLine['pairs'] = [];
  let text = content;
  for (let index = gaps.length - 1; index >= 0; index -= 1) {
    const hyphen = gaps[index] as number;
    const leftStart = text.lastIndexOf(' ', hyphen) + 1;
    const rightEnd = endOfWord(text, hyphen + 2);
    const left = text.slice(leftStart, hyphen).replace(LEADING_MARKS, '');
    const right = text.slice(hyphen + 2, rightEnd).replace(TRAILING_MARKS, '');
    if (left === '' || right === '' || !/\p{L}$/u.test(left)) continue;
    const decision = decideLineEndHyphen(left, right, context);
    if (!closesGap(decision, left.slice(left.lastIndexOf('-') + 1))) continue;
    pairs.unshift({ before: `${left}- ${right}`, after: `${left}-${right}`, evidence: `a space after a compound's hyphen is a justified line's stretched gap: ${decision.evidence}` });
    text = `${text.slice(0, hyphen + 1)}${text.slice(hyphen + 2)}`;
  }
  return { content: text, pairs };
}

/** Whether the evidence that would keep a line-end hyphen shows a compound inside a line too (see the module's comment). */
function closesGap(decision: HyphenDecision, leftPart: string): boolean {
  if (decision.join || WEAK_INSIDE_LINE.has(decision.reason)) return false;
  if (decision.reason === 'capitalised') return NAME_PART.test(leftPart);
  return decision.reason !== 'clitic' || leftPart.length >= SHORTEST_VERB;
}

function endOfWord(text: string, from: number): number {
  const space = text.indexOf(' ', from);
  return space === -1 ? text.length : space;
}

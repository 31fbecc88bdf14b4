/**
 * A picture's credit ending its caption, as French dailies print it: `Photo Jean Dupont`, `PHOTO
 * JEAN DUPONT`, `Photo : Le Journal`, `Photo d’illustration`, `Photo archives DR`, `© Ville de
 * Brest`, `Marie Roche / AFP`, after the caption's full stop or with none, on its last line or
 * alone on a line. No sentence of the body ends so: a source named after `Photo` or `©` in
 * capitals and particles only, or a name and an agency after a slash. A caption that ends on one
 * ends there, whether or not a full stop comes before it, and the next line opens what follows.
 *
 * `creditAtEnd` reads the credit at a text's end; `creditCaptionRun` finds, in a body's lines, the
 * run of a caption whose credit ends on a given line (its description above, up to its sentence's
 * start); `endsOnCredit` tells a PDF run's line that closes a caption.
 */
import { SENTENCE_OPENING } from './intertitles.ts';
import { endsSentence, startsLikeSentence } from './layout-block.ts';
import type { PageLine } from './page-line.ts';
import { creditAtEnd as creditInForms, mayHoldCredit } from './credit-forms.ts';

/** Where the credit ending `text` starts, or -1: the forms read where a caption is still to be found (credit-forms.ts). */
export function creditAtEnd(text: string): number {
  return creditInForms(text, 'text');
}

/**
 * A block set apart on its own (a plain text's, between blank lines) that is a caption ending on
 * its credit: a description opening like a sentence, at least DESCRIPTION_LENGTH characters,
 * then the credit (`Les pompiers devant la digue, samedi. Photo Jean Dupont`). A paragraph of the
 * body ends on its stop.
 */
export function isCreditedCaption(text: string): boolean {
  const at = creditAtEnd(text);
  return at >= DESCRIPTION_LENGTH && startsLikeSentence(text) && text.slice(0, at).trim().length >= DESCRIPTION_LENGTH;
}

/** Most lines of a caption's description above its credit. @default 4 */
const DESCRIPTION_LINES = 4;
/** Most lines a credit is wrapped over (`Photo : L` / `’Écho de la` / `Loire`). @default 3 */
const CREDIT_LINES = 3;
/** Longest line a credit's continuation fills alone (`Jean-Baptiste Morvan`, `CARRÉ`). @default 40 */
const CREDIT_TAIL = 40;
/** Fewest characters of a caption's description. @default 20 */
const DESCRIPTION_LENGTH = 20;
/** A line shorter than this share of the next is no caption line above it. @default 0.5 */
const SHORTER_LINE = 0.5;

/** A lone elided letter a tool cut its printed line after (`L` / `’ancienne salle…`). */
function elidedLetterLine(line: PageLine, next: PageLine): boolean {
  const apostrophe = next.content.charCodeAt(0);
  return line.content.length === 1 && /\p{Lu}/u.test(line.content) && (apostrophe === 0x2019 || apostrophe === 39);
}

/** Two lines' text as one: an elided letter cut from its word (`L` + `’Écho`) closes up, a line-end hyphen too. */
function joined(text: string, next: string): string {
  const apostrophe = next.charCodeAt(0);
  if ((apostrophe === 0x2019 || apostrophe === 39) && /(?:^|\s)\p{Lu}$/u.test(text)) return text + next;
  return `${text} ${next}`;
}

/** Whether `after`, a short line, goes on with the credit that starts at `at` in `text`, `next` opening what follows. */
function continuesCredit(text: string, at: number, after: PageLine, next: PageLine | undefined): boolean {
  if (after.blankBefore || after.pageBreakBefore || after.content.length > CREDIT_TAIL || endsSentence(after.content)) return false;
  if (next !== undefined && !next.blankBefore && !next.pageBreakBefore && !startsLikeSentence(next.content)) return false;
  return creditAtEnd(joined(text, after.content)) === at;
}

export interface CreditCaption {
  /** Index of the caption's first line. */
  start: number;
  /** Index after its last line (the credit's). */
  end: number;
  /** The credit as printed. */
  credit: string;
  /** The credit opens its line: the description is the sentence that ends on the line above, a guess. */
  alone: boolean;
}

/**
 * The caption whose credit starts on line `index` (and ends on it or on the one or two short lines
 * after it), or undefined: the lines above it, up to where its description's sentence starts (the
 * line before ends a sentence and this one opens one, a blank line, a page break, `floor`), at most
 * DESCRIPTION_LINES of them. The line after the credit opens a sentence, or is the text's end. A
 * credit that opens its line with nothing of the caption on it takes the sentence above as its
 * description, which ends on a stop there (`…sur le parc.` / `Photo Jean Dupont`).
 */
export function creditCaptionRun(lines: readonly PageLine[], index: number, floor: number): CreditCaption | undefined {
  const line = lines[index] as PageLine;
  // The cheap test first: the line holds `hoto`, `HOTO`, `©` or `/` (a credit's wrapped end, `Garnier / AFP`, holds its slash).
  if (!mayHoldCredit(line.content)) return undefined;
  let text = line.content;
  let end = index + 1;
  let at = -1;
  for (;;) {
    at = creditAtEnd(text);
    // The credit starts on the first line: the lines after it hold the credit's words only.
    if (at >= line.content.length) return undefined;
    const after = lines[end];
    const closes = after === undefined || after.blankBefore || after.pageBreakBefore || startsLikeSentence(after.content);
    if (at >= 0 && closes) {
      // A credit read on this line may go on over a short line under it (`PHOTO LE` /
      // `PROGRÈS/M. DURAND`, `Ph. Anne` / `Lemoine`): the two lines read as one credit, begun at
      // the same place, and the line after them opens a sentence or ends the text.
      if (after === undefined || !continuesCredit(text, at, after, lines[end + 1]) || end - index >= CREDIT_LINES) break;
      text = joined(text, after.content);
      end += 1;
      continue;
    }
    // The credit may go on over a short line or two (`Photo` / `Jean Dupont`, `Photo : L` / `’Écho de la` / `Loire`).
    if (after === undefined || closes && at < 0 && !/^\p{Lu}/u.test(after.content)) return undefined;
    if (end - index >= CREDIT_LINES || after.blankBefore || after.pageBreakBefore || after.content.length > CREDIT_TAIL || endsSentence(after.content)) return undefined;
    text = joined(text, after.content);
    end += 1;
  }
  // Walk up to the description's first line.
  let start = index;
  let description = text.slice(0, at).trim();
  const creditOpensLine = description === '';
  if (creditOpensLine) {
    // The description stands on the lines above and ends on its stop there; or it runs on into the
    // credit with no stop (`… sous la charpente` / `© Ville de Brest`), the credit's name maybe
    // opening on the line above (`… vendredi matin. Hélène` / `Garnier / AFP`).
    const before = lines[index - 1];
    if (before === undefined || index - 1 < floor || line.pageBreakBefore) return undefined;
    if (!endsSentence(before.content)) {
      if (line.blankBefore) return undefined;
      const both = `${before.content} ${text}`;
      const from = creditAtEnd(both);
      if (from <= 0) return undefined;
      at = from;
      text = both;
      description = both.slice(0, from).trim();
    } else description = before.content;
    // OCR may set a blank line between a caption and its credit alone on its line.
    start = index - 1;
  }
  while (start > floor && index - start < DESCRIPTION_LINES) {
    const current = lines[start] as PageLine;
    const before = lines[start - 1] as PageLine;
    if (current.blankBefore || current.pageBreakBefore) break;
    if (elidedLetterLine(before, current)) {
      start -= 1;
      description = before.content + description;
      break;
    }
    if (endsSentence(before.content) && startsLikeSentence(current.content)) break;
    // A line ending no sentence over one opening a sentence (`Le …`, `Les pompiers …`): a heading
    // above the caption, not a line of its description, which wraps inside its sentence.
    if (SENTENCE_OPENING.test(current.content)) break;
    // Another caption's credit closes the line above: this caption starts under it.
    if (creditAtEnd(before.content) >= 0) break;
    // A caption's lines run full but for its last: a much shorter line above is not one of them.
    if (before.content.length < current.content.length * SHORTER_LINE) break;
    start -= 1;
    description = `${before.content} ${description}`;
  }
  const first = lines[start] as PageLine;
  if (!startsLikeSentence(first.content) || description.length < DESCRIPTION_LENGTH) return undefined;
  return { start, end, credit: text.slice(at).trim(), alone: creditOpensLine };
}

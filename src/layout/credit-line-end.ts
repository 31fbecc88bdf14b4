/**
 * A picture's credit ending a line (credit-forms: `Photo d’archives`, `Ph. Julien Rocheteau`,
 * `© Ville de Brest`, `Marie Roche / AFP`, `(Photo archives DR)`), on its own or wrapped from the
 * line before (`… mardi après-midi. Ph. Julien` / `Rocheteau`): the end of a caption, which the
 * body's running text never reaches. Where the extraction sets no blank line under a caption
 * (OCR's text, `-raw`), what follows a credit's last word, when it opens a sentence or a heading,
 * is another block (the next caption, an intertitle, the body going on), however the line ran:
 * the paragraph ends there (paragraph-ends.ts) and a heading may stand on the next line
 * (page-layout.ts's intertitles), as after a sentence's end.
 *
 * A credit whose words go on over the next line (`Ph. Julien` / `Rocheteau`: a short line the
 * credit's form reads on from the same start) ends on that line, not this one.
 */
import { creditAtEnd } from './credit-forms.ts';
import { endsSentence } from './layout-block.ts';
import type { PageLine } from './page-line.ts';

/** Most lines read back for a credit wrapped over a caption's last lines. @default 2 */
const CREDIT_LINES = 2;
/** Longest line that may carry a credit's last words on (`Jean-Baptiste Morvan`). @default 40 */
const CREDIT_TAIL = 40;

/**
 * Where the credit ending the text of `lines` (their last CREDIT_LINES, joined) starts in that
 * text, with the text, or undefined: no credit, or a line ending a sentence (a body's line ends so).
 */
function creditEnding(lines: readonly PageLine[]): { text: string; at: number } | undefined {
  const last = lines[lines.length - 1];
  if (last === undefined || endsSentence(last.content)) return undefined;
  const text = lines
    .slice(-CREDIT_LINES)
    .map((line) => line.content)
    .join(' ');
  const at = creditAtEnd(text);
  return at < 0 ? undefined : { text, at };
}

/**
 * The credit that ends the last of `lines`, when it ends there (`next`, the line after, does not
 * carry its words on), or undefined.
 */
export function creditEndingLine(lines: readonly PageLine[], next: PageLine | undefined): string | undefined {
  const found = creditEnding(lines);
  if (found === undefined) return undefined;
  if (next !== undefined && !next.blankBefore && !next.pageBreakBefore && next.content.length <= CREDIT_TAIL && !endsSentence(next.content)) {
    // `Ph. Julien` / `Rocheteau`: the credit read from the same start over the next line too.
    if (creditAtEnd(`${found.text} ${next.content}`) === found.at) return undefined;
  }
  return found.text.slice(found.at);
}

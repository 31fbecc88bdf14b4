/**
 * A caption set apart by blank lines, closed by a credit in a form the credit list does not read
 * (`… tel que le restituent les fouilles. Illustration Anne Verdier`, `… en compétition. Cliché
 * Pierre Aubague`, `… de jeudi à vendredi. Corentin Hascoët / Le Phare de l’Ouest`, `… vers
 * l’extérieur. Illustration : Anne-Laure Cadoret`): where the extraction sets no blank line between
 * paragraphs (`pdftotext`'s default mode), a blank line is a column's or a picture's edge and ends a
 * paragraph only after a line ending one; a caption's last line ends on its credit's name, no stop,
 * so the caption ran on into the paragraph or the intertitle under it.
 *
 * Evidence: the block the blank line closes is short (`CAPTION_LINES` lines at most, from a blank
 * line, a page break or the paragraph's start), its text ends a sentence and then carries a few
 * words more, each a capitalised name's word, an initial, a particle between them, a slash, a
 * colon or a figure (`Sdis 48`), none opening a sentence (`Mais`, `Le`, `Selon`…), and the line
 * after the blank opens a sentence on a capital. A body's column foot stopping in a sentence
 * leaves words in small letters after its last stop (`… la fin. Mais il a`), or runs past three
 * lines; a name cut at a column's foot (`… a répondu. Jean`) is a capitalised word alone, which
 * is why a tail of one word is read only as a credit's label (`DR`, `Cliché X`).
 *
 * Counted on the development half (session 49): of the pdftotext paragraph misses, 14 on five
 * splits (held-out-26, -28, -30, -32, -34) and eleven typesetting tools are a caption set apart by
 * blank lines run into what follows it; 3 end on an agency alone (`(Reuters)`, left: tried in
 * session 47), 2 before a list's number (`4. Coupez…`: a figure may go on with a body sentence a
 * caption was set inside). Read here: PDF::Reuse (held-out-26), Swing (held-out-28, the heading
 * under the caption too, page-layout.ts), PDFium (held-out-32) and pstoedit (held-out-34), on
 * pdftotext and on the other paths that set such blank lines (tesseract, `-layout`, MuPDF,
 * pdfminer, the searchable scans).
 */
import type { PageLine } from './page-line.ts';

/** Most lines of a caption set apart by blank lines. @default 3 */
const CAPTION_LINES = 3;
/** Most words of a credit after the caption's last stop. @default 7 */
const CREDIT_WORDS = 7;

/** A word of a credit: capitalised (`Anne-Laure`, `L’Ouest`, `T.`, `SNCF`), a particle, a slash, a colon, a figure or `©`. */
const CREDIT_WORD = /^(?:\p{Lu}[\p{L}’'.&-]*|de|du|des|la|le|les|et|photos?|[dl][’']\p{Lu}[\p{L}’'-]*|\/|:|©|\d+)$/u;
/** A capitalised word that opens sentences rather than credits. */
const SENTENCE_WORD =
  /^(?:Le|La|Les|L['’].*|Un|Une|Des|Du|De|D['’].*|Il|Elle|Ils|Elles|On|Nous|Vous|Je|J['’].*|Ce|Cet|Cette|Ces|C['’].*|Son|Sa|Ses|Leur|Leurs|Mais|Et|Or|Donc|Car|Puis|Pour|Par|Dans|En|Au|Aux|À|A|Avec|Sans|Sur|Sous|Selon|Depuis|Pendant|Après|Avant|Quand|Lorsque|Si|Comme|Dès|Chaque|Pourtant|Ainsi|Alors|Enfin|M\.|Mme|Mlle|Me|Dr|Pr|Page|P\.|p\.)$/u;
/** A credit's label alone after a stop (`DR`, `Cliché`, `Photo`, `Illustration`): read even as one word. */
const CREDIT_LABEL = /^(?:DR|Photos?|PHOTOS?|Cliché|CLICHÉ|Illustration|ILLUSTRATION|Crédits?|CRÉDITS?|Collection|©)$/u;
/** An initial (`T.`, `M.`): its point is no sentence's end (`Photo T. M.`). */
const INITIAL = /^\p{Lu}\.$/u;
/** A list item's number (`1.`, `12.`): its point ends no sentence. */
const ITEM_NUMBER = /^\d{1,2}\.$/u;
/** A sentence's last character before the credit: a stop, maybe closed by a quote or a bracket. */
const STOP_BEFORE = /[.!?…][»”")]?$/u;

/** A blank line or a page break stands above the line. */
function setApart(line: PageLine): boolean {
  return line.blankBefore || line.pageBreakBefore;
}

/**
 * The credit closing the caption that ends `paragraph` (its lines so far) before the blank line
 * above `next`, or undefined when the paragraph does not end so (see the module's comment). With
 * `opensParagraph` false, `paragraph` is only the lines above `next`, and the block must open
 * after a blank line or a page break among them.
 */
export function setApartCreditEnd(paragraph: readonly PageLine[], next: PageLine, opensParagraph = true): string | undefined {
  if (!next.blankBefore && !next.pageBreakBefore) return undefined;
  let start = paragraph.length - 1;
  while (start > 0 && !setApart(paragraph[start] as PageLine)) start -= 1;
  if (start < 0 || paragraph.length - start > CAPTION_LINES || (!opensParagraph && !setApart(paragraph[start] as PageLine))) return undefined;
  const words = paragraph
    .slice(start)
    .map((line) => line.content.trim())
    .join(' ')
    .split(/\s+/u);
  // The credit: the words after the block's last stop, read back from its end.
  let first = words.length;
  while (first > 0 && (INITIAL.test(words[first - 1] as string) || (!STOP_BEFORE.test(words[first - 1] as string) && CREDIT_WORD.test(words[first - 1] as string)))) first -= 1;
  const credit = words.slice(first);
  // The stop is a sentence's, not a list item's number (`… juniors : 1. Léa Vigier-`).
  if (first === 0 || credit.length === 0 || credit.length > CREDIT_WORDS || !STOP_BEFORE.test(words[first - 1] as string) || ITEM_NUMBER.test(words[first - 1] as string)) return undefined;
  if (SENTENCE_WORD.test(credit[0] as string)) return undefined;
  // A credit's last word is a name's or a figure, not a particle, a slash, a colon, nor a word cut
  // at the line's end by a hyphen (`Vigier-` / `Roussel.`), which goes on after the blank line.
  const last = credit[credit.length - 1] as string;
  if (!/^(?:(?:[dl][’'])?\p{Lu}|\d)/u.test(last) || /[-‐]$/u.test(last)) return undefined;
  // One word alone may be a name a column's foot cut (`… a répondu. Jean`): only a label is read so.
  if (credit.length === 1 && !CREDIT_LABEL.test(credit[0] as string)) return undefined;
  return credit.join(' ');
}

/**
 * The dev sets of the print-page corpus (test/fixtures/pages/dev/: articles typeset with LaTeX
 * and groff; dev-2/: the second generator's Writer, LaTeX twocolumn and groff -mom pages;
 * held-out-8/, held-out-9/ and held-out-10/, worked on since their blind scores; each extracted with pdftotext in its three
 * modes and made to look like OCR), scored per
 * extraction path with the shared scorer. The floors are what the layout reaches today, so that
 * a change that loses ground fails; issue 9 asks for 95% of paragraphs and 97% of sentences
 * exact, 90% of roles right and no word lost or invented on every path (see the README).
 */
import { describe, expect, it } from 'vitest';
import { scoreSplitPath } from '../support/split-path-totals.ts';

/** Floors per path: shares exact or right, and most words lost or invented over the whole dev set. */
const FLOORS: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // pdftotext paragraphs 0.9 (session 33): two full printed lines glued at a hyphen no longer
  // read short from the few characters left over two columns (paragraph-ends,
  // stopsShortPrinted): 137 -> 138 of 153.
  pdftotext: { paragraphs: 0.9, sentences: 0.93, roles: 0.97, words: 2 },
  raw: { paragraphs: 0.98, sentences: 0.99, roles: 0.98, words: 0 },
  // layout paragraphs 0.99 (session 41, layout28): a long paragraph of an article opening its
  // paragraphs on an indent is no longer cut at a guessed sentence end (paragraph-ends): 151 -> 152 of 153.
  layout: { paragraphs: 0.99, sentences: 0.99, roles: 0.98, words: 0 },
  ocr: { paragraphs: 0.95, sentences: 0.97, roles: 0.98, words: 12 },
  seed: { paragraphs: 1, sentences: 1, roles: 1, words: 0 },
};

/**
 * The same for dev-2, the second generator's pages (indent-only paragraphs, dialogue, captions without a credit).
 * pdftotext and raw: one paragraph end of `loire-flood-cleanup` (mom, A5) was found only because
 * a lone `«` would have fitted on a full line; a typesetter binds `«` to its word by a no-break
 * space, and the fit is now judged on the pair (`« Les`), hence 0.94 and 0.98 where 0.95 and 1 were;
 * pdftotext back to 0.95 since a line glued across a hyphen is judged by its printed last line.
 * ocr 0.88 reached by the ocr branch of 2026-12-03 alone, 0.86 once merged: the text branch's rule
 * for a results box's column width was kept, not the ocr branch's (one A5 page with dialogue);
 * 0.90 since a page quoting with guillemets leans to the curly apostrophe where OCR mixed both.
 * pdftotext 0.96 and ocr 0.91 since lines glued across a hyphen are judged against the lines
 * carrying a sentence on when short lines pull the median line down. pdftotext words 13 since a
 * headline's compound glued at its own hyphen (`ClermontFerrand`) gets it back on a spelling the
 * word list knows whole.
 */
const FLOORS_2: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  pdftotext: { paragraphs: 0.96, sentences: 0.98, roles: 0.98, words: 13 },
  raw: { paragraphs: 0.98, sentences: 0.99, roles: 0.99, words: 1 },
  // layout sentences 0.99, roles 0.99, words 9 since a column of a few lines beside the first (a short article's last lines at the
  // next column's top) is found (column-layout, session 30: 479 of 483 sentences, lost 11 -> 9).
  // layout's paragraphs raised since an indenting article's short last line before vertical space ends its paragraph (paragraph-ends, session 32: 182 -> 184 of 186).
  // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 184 -> 185, sentences 479 -> 480, roles 271 -> 271, lost/invented 9/8 -> 9/8.
  layout: { paragraphs: 0.99, sentences: 0.99, roles: 0.99, words: 9 },
  ocr: { paragraphs: 0.91, sentences: 0.93, roles: 0.98, words: 34 },
};

/**
 * The same for dev-3, articles made while working on the text paths, on pages no rule was tuned on before.
 * raw and ocr: every role and sentence is right since captions that describe a picture are taken
 * out of the body; one paragraph end per page of `bakery-apprentice-award` (a full last line) was
 * found before only because the caption, read as a short paragraph, lowered the median the
 * long-paragraph guess compares with, hence 0.91 for paragraphs where 0.93 was.
 */
const FLOORS_3: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // pdftotext sentences 0.97 since a column's head read before the foot it continues goes back
  // after it (misplaced-block): 238 -> 244 of 251.
  // pdftotext paragraphs 0.87 -> 0.84 (session 33): `bakery-apprentice-award.latex-a4-2col`'s
  // paragraph end after two printed lines pdftotext glued at a hyphen (112 characters, the column
  // 56) was read from the "0 characters" its characters left over two columns; its printed width
  // shows two full lines, as the page has them (paragraph-ends, stopsShortPrinted): 64 -> 62 of
  // 73, where the same reading gains 12 on eight other splits (and loses 1 on held-out-7).
  pdftotext: { paragraphs: 0.84, sentences: 0.97, roles: 0.98, words: 0 },
  raw: { paragraphs: 0.91, sentences: 0.99, roles: 0.99, words: 0 },
  // layout 0.95, 0.99, words 2 since a column of a few lines beside the first (a short article's last lines at the
  // next column's top) is found (column-layout, session 30: 68 -> 70 of 73 paragraphs).
  // layout paragraphs 0.97 (session 41, layout28): a long paragraph of an article opening its
  // paragraphs on an indent is no longer cut at a guessed sentence end (paragraph-ends): 70 -> 71 of 73.
  layout: { paragraphs: 0.97, sentences: 0.99, roles: 0.99, words: 2 },
  ocr: { paragraphs: 0.91, sentences: 0.99, roles: 0.99, words: 0 },
};

/**
 * The same for held-out-8 (Typst, fpdf2 and enscript pages: soft hyphens, a wire printout in
 * Courier, a results box of one-line paragraphs), a working split since it was scored blind
 * once (pdftotext 65.4%, raw 73.0%, layout 76.3% of paragraphs then). Floors at what the text
 * paths reach since its misses were worked on; real OCR and the degraded scan stay out (their
 * roles are under the 0.9 every path must keep, misreads the text paths cannot mend). Raised by
 * a point each since entries opening on a label and a colon (a results box's) are paragraphs.
 * pdftotext words 14 since `Saint` glued to a capital in a headline gets its hyphen back.
 */
const FLOORS_8: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // pdftotext 0.90, 0.97 and 10 since a page's head read a cell a line above the kicker (`Agence
  // Belga` / `LIEGE-WIRE` / `BELGIQUE`) comes out as page furniture (session 28); raw 0.94, 0.95
  // and 0 since OCR's stray colons and edge bars are read off (session 28, words).
  pdftotext: { paragraphs: 0.84, sentences: 0.9, roles: 0.97, words: 10 },
  raw: { paragraphs: 0.94, sentences: 0.95, roles: 0.96, words: 0 },
  // layout 0.97, 0.95, 0.98, words 0 since a column of a few lines beside the first (a short article's last lines at the
  // next column's top) is found (column-layout, session 30: 200 -> 206 of 211 paragraphs).
  // layout's paragraphs raised since an indenting article's short sentence end before an unindented sentence ends its paragraph (paragraph-ends, session 32: 206 -> 208 of 211).
  layout: { paragraphs: 0.98, sentences: 0.95, roles: 0.98, words: 0 },
  // ocr 0.85 and no word lost or invented since a block read out of place is moved back in text
  // with no blank line too (misplaced-block).
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 181 -> 182.
  ocr: { paragraphs: 0.86, sentences: 0.89, roles: 0.96, words: 0 },
};

/**
 * The same for held-out-9 (Pango, Qt and a hand-written PostScript page program: justified
 * columns that hyphenate, a recipe's ingredients and numbered steps, a briefs column), a working
 * split since it was scored blind once (pdftotext 73.2%, raw 86.2%, layout 83.9%, ocr 63.4% of
 * paragraphs then). The default mode interleaves a two-column Qt page's lines (the pages'
 * README), which pdftotext's floor carries.
 */
const FLOORS_9: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // pdftotext 0.81 since two columns printed row by row are read one after the other (Qt's
  // recipe, interleaved-columns, session 31: 179 -> 182 of 224); sentences 0.88 and words 30
  // since a saint's name glued in a text keeping most line-end hyphens gets its hyphen back
  // (SaintPierreville, restore-removed-hyphens, session 32: 518 -> 519 of 589).
  // pdftotext paragraphs 0.82 (session 33): two full printed lines glued at a hyphen no longer
  // read short from the few characters left over two columns (paragraph-ends,
  // stopsShortPrinted): 182 -> 184 of 224.
  pdftotext: { paragraphs: 0.82, sentences: 0.88, roles: 0.99, words: 30 },
  raw: { paragraphs: 0.96, sentences: 0.98, roles: 1, words: 23 },
  // layout 0.96 since a compound the word list knows welded too is joined at the line end
  // (plate-|formes, decide-line-end-hyphen, session 34: 215 -> 216 of 224).
  layout: { paragraphs: 0.96, sentences: 0.98, roles: 1, words: 23 },
  // ocr 0.73 and 0.84 since a block read out of place is moved back in text with no blank line too;
  // 0.74 and 0.85 since two columns OCR gave line by line in turn are read one after the other
  // (Qt's recipe, ocr-interleaved-lines, session 32: 165 -> 167 of 224, words 37/65 -> 31/59).
  // 0.75 since a column's head read in mid-sentence goes back after the line stopped on a word no
  // sentence ends on (misplaced-block, session 36: 168 -> 170 of 224).
  ocr: { paragraphs: 0.75, sentences: 0.85, roles: 0.99, words: 59 },
};

/**
 * The same for held-out-10 (pdfmake, jsPDF and pdf-lib pages: a results list and prizes, key
 * figures, an agenda, jump lines over two pages), a working split since it was scored blind
 * (pdftotext 81.2%, raw 88.5%, layout 89.7%, ocr 77.4% of paragraphs then). The column's width
 * is measured on the lines carrying a sentence on, entries opening on a label are paragraphs,
 * and pdfmake's stretched gap after a compound's hyphen (`Mortagne- au- Perche`) is closed where
 * the word list keeps the hyphen; the words left are running heads' (furniture). Floors at what
 * the four branches of session 24 reach together.
 */
const FLOORS_10: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // pdftotext 0.94 and 0.96 since a column's head read before the foot it continues goes back
  // after it (misplaced-block): 218 -> 221 of 234 paragraphs.
  // pdftotext 0.97, 0.99 and 1 since a date alone beside the head's repeated section cell and a
  // head read a cell a line above the kicker come out as page furniture (session 28).
  // pdftotext paragraphs 0.95 (session 33): two full printed lines glued at a hyphen no longer
  // read short from the few characters left over two columns (paragraph-ends,
  // stopsShortPrinted): 221 -> 223 of 234.
  // Session 39 (words26): a section's label between the head's cells read a line each comes out (page-furniture): invented 1 -> 0.
  pdftotext: { paragraphs: 0.95, sentences: 0.97, roles: 0.99, words: 0 },
  // raw 0.98 and 1, ocr 0.94 since a run of one-word lines that would still have held the next
  // line's first word is cut after its sentence's end (a box's last line, then its heading).
  raw: { paragraphs: 0.98, sentences: 1, roles: 1, words: 0 },
  // layout's paragraphs raised since an indenting article's short sentence end before an unindented sentence ends its paragraph (paragraph-ends, session 32: 228 -> 232 of 234).
  layout: { paragraphs: 0.99, sentences: 0.99, roles: 0.99, words: 9 },
  ocr: { paragraphs: 0.94, sentences: 0.96, roles: 0.99, words: 12 },
};

/**
 * The same for held-out-11 (TCPDF, matplotlib and mutool pages), a working split since it was
 * scored blind (roles pdftotext 90.8%, raw 93.8%, layout 92.1%, ocr 93.8% then): TCPDF's credit
 * to itself and its running header in three cells come out as page furniture, a headline's line
 * wrapped onto a longer one stays the headline's, and captions of two sentences or naming their
 * subject (`le pont Marc-Seguin`) are captions, key figures of a box are not.
 */
const FLOORS_11: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // With session 25's four branches together (furniture's roles, breaks' misplaced blocks and
  // dialogue turns, words' glued compounds).
  // pdftotext words 23 and ocr 71 since a folio beside a vertical rule (`3 |`) is one (session 28).
  // pdftotext paragraphs 0.9 (session 33): two full printed lines glued at a hyphen no longer
  // read short from the few characters left over two columns (paragraph-ends,
  // stopsShortPrinted): 161 -> 162 of 180.
  // Session 39 (words26): a section's label between the head's cells read a line each comes out (page-furniture): invented 23 -> 22.
  pdftotext: { paragraphs: 0.9, sentences: 0.91, roles: 0.98, words: 22 },
  raw: { paragraphs: 1, sentences: 0.98, roles: 0.98, words: 0 },
  // layout sentences 0.95 since a last column of a line or two (a signature) one pitch right of the
  // last start is found (column-layout, withShortLastColumn, session 33: 168 -> 169 paragraphs,
  // 473 -> 474 sentences). Paragraphs 0.94 since a run of single empty rows a column's lines
  // alternate with, the other column's lines on them, is the columns out of step (column-layout,
  // session 36: 169 -> 170 of 180).
  layout: { paragraphs: 0.94, sentences: 0.95, roles: 0.98, words: 30 },
  // ocr 0.87, words 52 since a page's later heads come out between two lines of the body where
  // they stand beside a folio or repeat the first head's date (session 29: 156 -> 158 of 180).
  ocr: { paragraphs: 0.87, sentences: 0.88, roles: 0.98, words: 52 },
};

/**
 * The same for held-out-12 (Prawn, PyMuPDF's Story and libharu pages), a working split since it
 * was scored blind (roles pdftotext 98.1%, raw 95.6%, layout 94.5%, ocr 93.6% then): a page's
 * head printed in cells (the paper's name, a section's, the date) and read as one line or a cell
 * a line, at the page's top or after the body, comes out as page furniture; a standfirst set
 * narrower than the body's full lines under it, a caption of two sentences set wider, a person
 * and what belongs to them as a caption, and a results box's headings and numbered items set
 * apart by blank lines are read as such. Floors at what session 26's furniture branch reaches.
 */
const FLOORS_12: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // pdftotext 0.89, raw 0.97 and ocr 0.80 paragraphs since a speaker's turn over several lines
  // ends before the narration after it (session 28: 217 -> 219, 236 -> 238, 196 -> 198 of 245);
  // pdftotext words 1, layout 0.95, since a date beside the head's repeated section cell is the
  // head's and a box's labelled entry is no caption (session 28).
  pdftotext: { paragraphs: 0.89, sentences: 0.91, roles: 0.99, words: 1 },
  raw: { paragraphs: 0.97, sentences: 0.95, roles: 0.99, words: 10 },
  layout: { paragraphs: 0.95, sentences: 0.92, roles: 0.99, words: 10 },
  // ocr 0.79 and 0.87 since a line running on in mid-sentence into a heading takes back the
  // column's foot read before it (misplaced-block): 192 -> 196 of 245 paragraphs.
  // ocr 0.81, sentences 0.88, words 51 since a page's later heads and dates come out between two
  // lines of the body (session 29: 198 -> 199 of 245 paragraphs, invented 65 -> 51).
  // ocr 0.82, words 31 since a head read a cell a line, repeated where the page turned, comes out
  // (ocr-page-heads, session 30: 199 -> 201 paragraphs, invented 51 -> 31).
  ocr: { paragraphs: 0.82, sentences: 0.88, roles: 0.99, words: 31 },
};

/**
 * The same for held-out-13 (Firefox's Gecko, Inkscape's flowed text and a2ps wire printouts),
 * scored blind in session 26 (all text 61.8% of paragraphs then), its text paths' misses read in
 * session 27: a minus sign drawn for a hyphen; boxes drawn in characters around a picture's place
 * (its caption under it) and key figures read off, borders and side bars no words; two hyphens
 * typed for a dash; a section's label in a page's head or foot band, a head cut after an elided
 * letter, a folio between angle quotes or after a dash come out as page furniture. Floors at what
 * session 27's merged branches reach.
 */
const FLOORS_13: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // pdftotext 0.91 and raw 0.92, 0.95 since a wider line is read on its face where no line shows
  // pdftotext's glueing, past the body's widest lines, not its median (wider-measure-captions,
  // session 30: 126 -> 128 and 127 -> 129 paragraphs).
  pdftotext: { paragraphs: 0.91, sentences: 0.96, roles: 0.98, words: 2 },
  // raw 0.9 and 0.94 since a box and a caption read between the byline and the dateline go after
  // the body (body-dateline, session 29: 122 -> 127 of 140 paragraphs).
  raw: { paragraphs: 0.92, sentences: 0.96, roles: 0.98, words: 6 },
  // layout's paragraphs raised since an indenting article's short sentence end before an unindented sentence ends its paragraph (paragraph-ends, session 32: 127 -> 132 of 140).
  // Paragraphs 0.95 since a run of single empty rows a column's lines alternate with, the other
  // column's lines on them, is the columns out of step (column-layout, session 36: 133 -> 134 of 140).
  layout: { paragraphs: 0.95, sentences: 0.96, roles: 0.97, words: 3 },
  ocr: { paragraphs: 0.88, sentences: 0.95, roles: 0.98, words: 1 },
};

/**
 * The same for held-out-14 (LibreOffice Draw's text frames, Calligra Words, html2ps), scored blind
 * in session 27 (all text 88.3% of paragraphs then), its misses read in session 28: a ragged
 * column's ends read from how wide its running lines reach, a speaker's turn ended before the
 * narration after it, a folio beside a rule, a ranking's lone winner one sentence. Floors at what
 * session 28's merged branches reach.
 */
const FLOORS_14: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // pdftotext roles 0.95 and ocr 0.93 since a byline set in a box of its own inside the body is
  // one (boxed-body-opening, session 28: 304 -> 306 and 297 -> 298 of 320).
  // pdftotext sentences 0.93 and layout roles 0.97 since a standfirst's line ends are read
  // against the body's printed measure (furniture-on-top, session 29: 490 -> 491 sentences,
  // 310 -> 312 roles).
  // pdftotext and raw roles 0.96 since a standfirst set narrower than the body is read on past
  // its first sentence's short line (furniture-on-top, session 30: 307 -> 309 of 320 each).
  // Session 39 (words26): a section's label between the head's cells read a line each comes out (page-furniture): invented 16 -> 0.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 205 -> 207.
  pdftotext: { paragraphs: 0.92, sentences: 0.93, roles: 0.96, words: 0 },
  // raw sentences 0.93, roles 0.91, words 36 and layout 0.95, words 3 since a page's head set in
  // cells beside a folio, or repeating the date of the head taken out, comes out wherever it
  // stands (session 29: raw 490 -> 493 sentences, layout 211 -> 212 paragraphs).
  // raw 0.93, sentences 0.97, roles 0.95 since furniture drawn after the body is read at the
  // first page's foot (furniture-on-top, session 30: Calligra's pages, 205 -> 208 paragraphs,
  // 495 -> 512 sentences, 294 -> 307 roles).
  // Session 37 (text24): a line opening on the page's date with only its folio or a section after
  // it comes out wherever it stands (dated-head-line): raw 208 -> 211 of 223 paragraphs, 515 -> 520
  // of 527 sentences, invented 36 -> 15.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 211 -> 213.
  raw: { paragraphs: 0.95, sentences: 0.98, roles: 0.96, words: 15 },
  // layout words 1 since a column of a few lines beside the first (a short article's last lines at the
  // next column's top) is found (column-layout, session 30: lost 2 -> 1, invented 3 -> 1).
  // layout 0.97 / 0.97 since a last column of a line or two one pitch right of the last column
  // start is found (column-layout, withShortLastColumn, session 33: 214 -> 218 paragraphs, 508 ->
  // 512 sentences).
  layout: { paragraphs: 0.97, sentences: 0.97, roles: 0.97, words: 1 },
  // Session 33 (ocr20), lowered: paragraphs 0.88 -> 0.87 (198 -> 196 of 223) and words 66 -> 50,
  // since Draw's foot, a dated line printed whole at each page, comes out (ocr-page-heads): the
  // two paragraphs it stood between, the first ending a sentence at the ragged measure where the
  // page turned, are then read as one (paragraph-ends), as the page gives no evidence either way.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 196 -> 198.
  ocr: { paragraphs: 0.88, sentences: 0.91, roles: 0.93, words: 50 },
};

/**
 * The same for held-out-15 (iText 5's ColumnText, PDF::API2's own line breaking, LibreOffice
 * Impress text boxes), scored blind in session 28 (pdftotext 88.4 / 90.0 / 89.9% of paragraphs,
 * sentences, roles then), its text paths' misses read in session 29: a page's head whose name
 * cell carries the section's label (`L’Observateur du Quercy · Région`) beside the date comes out
 * as page furniture; an agenda's days of two entries each are one list; a caption at a page's
 * foot, or between a sentence's two halves, is taken out; a box and a caption read between the
 * byline and the dateline go after the body. Floors at what session 29 reaches.
 */
const FLOORS_15: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // pdftotext 0.96 and 0.97 since a standfirst set wider than the body's column is read on past
  // its first line (furniture-on-top, session 30: 554 -> 555 sentences, 355 -> 356 roles).
  // pdftotext paragraphs 0.91 (session 33): two full printed lines glued at a hyphen no longer
  // read short from the few characters left over two columns (paragraph-ends,
  // stopsShortPrinted): 225 -> 227 of 249.
  // Session 37 (text24): the page's date and folio read out of place come out (dated-head-line): invented 10 -> 5.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 228 -> 232.
  pdftotext: { paragraphs: 0.93, sentences: 0.96, roles: 0.97, words: 5 },
  // Session 32 (roles19): one wide line alone in a caption's face read as a caption (wider-measure-captions): roles 355 -> 356 of 367.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 234 -> 240.
  raw: { paragraphs: 0.96, sentences: 0.96, roles: 0.97, words: 2 },
  // layout 0.93 and 0.97 since a column of a few lines beside the first (a short article's last lines at the
  // next column's top) is found (column-layout, session 30: 229 -> 233 of 249 paragraphs).
  // layout's paragraphs raised since an indenting article's short last line before vertical space ends its paragraph (paragraph-ends, session 32: 233 -> 236 of 249).
  // layout's paragraphs raised since an indenting article's short sentence end before an unindented sentence ends its paragraph (paragraph-ends, session 32: 236 -> 237 of 249).
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 238 -> 240.
  layout: { paragraphs: 0.96, sentences: 0.97, roles: 0.95, words: 13 },
};

/**
 * The same for held-out-16 (react-pdf's flex boxes, a PDFBox program breaking its own lines,
 * xhtml2pdf's CSS frames), scored blind in session 29 and read from session 30: floors at its
 * blind end; `-raw` was left out until its roles reached the 90% every path is held to (89.7% then).
 */
const FLOORS_16: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 225 -> 230.
  pdftotext: { paragraphs: 0.83, sentences: 0.9, roles: 0.97, words: 18 },
  // raw from session 30, when furniture drawn after the body is read at the first page's foot
  // (furniture-on-top: PDFBox's pages, roles 348 -> 373 of 388, sentences 536 -> 569 of 589).
  // raw 0.89 and layout 0.92, 0.96 since a heading's room left is read against the column's
  // printed measure (intertitles, session 30: raw 240 -> 244, layout 251 -> 253 of 274).
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 244 -> 253.
  raw: { paragraphs: 0.92, sentences: 0.96, roles: 0.96, words: 5 },
  // layout's paragraphs raised since an indenting article's short last line before vertical space ends its paragraph (paragraph-ends, session 32: 253 -> 256 of 274).
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 257 -> 258.
  layout: { paragraphs: 0.94, sentences: 0.96, roles: 0.97, words: 5 },
};

/**
 * The same for held-out-17 (the pdfjs npm library's pages, Tk's canvas as PostScript, Emacs's
 * fill and ps-print), scored blind in session 30 and read from session 31: floors at its blind end,
 * raised in session 31 once the Latin-1 wire copies' apostrophes stay straight, as their hyphens
 * for dashes show (typed-apostrophes).
 */
const FLOORS_17: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // Session 31's merged code: the Latin-1 wire copies' apostrophes kept
  // straight as their hyphens for dashes show (typed-apostrophes, pdf-typed-apostrophes), the minus
  // signs Emacs drew for hyphen-minus made '-' (hyphen-characters), two columns printed row by row
  // read one after the other (interleaved-columns), and the standfirsts' two sentences counted as
  // two (a fixture fix: 493 -> 512 sentences): pdftotext 166 -> 208, raw 203 -> 217, layout 197 -> 217 of
  // 236 paragraphs.
  // layout's paragraphs raised since an indenting article's short last line before vertical space ends its paragraph (paragraph-ends, session 32: 217 -> 218 of 236).
  // Session 32 (roles18): a dateline typed with a hyphen (`LURE -`) read on the text paths too:
  // pdftotext 208 -> 211 / 488 -> 494 / 330 -> 333, raw 217 -> 220 / 495 -> 501 / 325 -> 328,
  // layout 217 -> 221 / 500 -> 508 / 329 -> 333.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 211 -> 213.
  pdftotext: { paragraphs: 0.9, sentences: 0.96, roles: 0.98, words: 3 },
  raw: { paragraphs: 0.94, sentences: 0.98, roles: 0.98, words: 4 },
  // layout 0.94 since a sentence opening on a pronoun under a heading goes on with the sentence
  // before, no list's entry (paragraph-ends' headed entries, session 34: 222 -> 223 of 236).
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 223 -> 225.
  layout: { paragraphs: 0.95, sentences: 0.99, roles: 0.98, words: 0 },
};

/**
 * The same for held-out-18 (Vivliostyle's CSS paged media in Chromium, LibreOffice Calc's wrapped
 * and hyphenated cells, Vim's :hardcopy as a Windows-1252 wire printout), scored blind in session 31
 * and read from session 32: floors at its blind end (pdftotext 172, layout 190 of 201 paragraphs).
 * `-raw` was left out until its roles reached the 90% every path is held to (250 of 294 then, 265
 * in session 32's second round).
 */
const FLOORS_18: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // layout's paragraphs raised since an indenting article's short last line before vertical space ends its paragraph (paragraph-ends, session 32: 190 -> 191 of 201).
  // Session 32 (roles18): a dateline typed with a hyphen (`AULUS-LES-BAINS -`), a briefs column's head:
  // pdftotext 172 -> 175 / 410 -> 417 / 265 -> 278, layout 190 -> 193 / 446 -> 453 / 271 -> 284
  // (raw's roles 250 -> 261 of 294, still under 90%: LibreOffice Calc draws a picture's caption,
  // the byline or an intertitle between the kicker and the headline).
  // Session 32 (roles19): `Texte et photos : <name>` read as the byline (layout-block's BYLINE),
  // a caption whose line the tool cut after its elided letter, and one wide line alone in a
  // caption's face (wider-measure-captions): pdftotext 417 -> 419 / 278 -> 280, layout 453 -> 455
  // / 284 -> 286, raw 188 -> 189 / 429 -> 433 / 261 -> 265 of 294 (90.1%), in at last.
  pdftotext: { paragraphs: 0.87, sentences: 0.9, roles: 0.95, words: 31 },
  raw: { paragraphs: 0.94, sentences: 0.93, roles: 0.9, words: 40 },
  // Session 41 (para28): a ranking's first item wrapped onto a line opening on a figure is the item, not an intertitle (intertitles): layout 194 -> 195 / 455 -> 456 of 201 / 465.
  layout: { paragraphs: 0.97, sentences: 0.98, roles: 0.97, words: 31 },
};

/**
 * The same for held-out-19 (PHP's Dompdf, Apache Batik's SVG text flowed into column regions, R's
 * pdf() device with grid), scored blind in session 32 and read from session 33: floors at its blind
 * end (pdftotext 197, raw 204, layout 211 of 229 paragraphs).
 */
const FLOORS_19: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  pdftotext: { paragraphs: 0.86, sentences: 0.93, roles: 0.94, words: 12 },
  // layout 0.95 / 0.96 / 0.95 since Batik's last columns of a line or two, balanced over a
  // picture, are found one pitch right of the last column start (column-layout,
  // withShortLastColumn, session 33: 211 -> 218 paragraphs, 552 -> 562 sentences).
  // Session 33 (roles20): a caption closing a section above its intertitle (body-captions'
  // aboveIntertitleRun): raw roles 313 -> 316, layout 322 -> 324 of 339.
  raw: { paragraphs: 0.89, sentences: 0.94, roles: 0.93, words: 12 },
  layout: { paragraphs: 0.95, sentences: 0.96, roles: 0.95, words: 11 },
};

/**
 * The same for held-out-20 (@pdfme/generator's positioned boxes, Paged.js on Chromium, fig2dev's
 * Xfig text objects), scored blind in session 33 and read from session 34: floors at its blind
 * end (pdftotext 173, raw 180, layout 185 of 206 paragraphs), with its expected sentences mended
 * (six standfirsts of two sentences written as one, a headline cut at its colon).
 */
const FLOORS_20: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // Session 34 (text21): an intertitle filling the column over a sentence opening on an ordinal
  // (intertitles' SENTENCE_OPENING), a zoning code after figures left whole (glued-number-words),
  // a compound the word list knows welded too joined at the line end (decide-line-end-hyphen):
  // pdftotext 173 -> 178, raw 180 -> 187, layout 185 -> 192 paragraphs; words 7 -> 4, 94 -> 89, 8 -> 3;
  // a sentence opening on a possessive under a heading kept with the one before (paragraph-ends'
  // headed entries): pdftotext 179, raw 188.
  // Session 34 (pdf21): pdfme's letter-spaced lines cut with the word list (letter-spaced-words): 180 -> 182, 94 -> 8 words invented.
  // Session 34 (roles21): a signature giving the writer's post (signature-post.ts) read as the
  // byline: roles 314 -> 318, 311 -> 315, 310 -> 314 of 324; sentences 498 -> 501, 511 -> 514, 509 -> 512.
  // Session 34, the branches merged (the lead): floors at the merged code, their changes together.
  // Session 37 (pdf24): pdfme's line folded after `(` joined with no space (join-lines): paragraphs
  // 179 -> 180, 190 -> 191, 192 -> 193; words lost 4 -> 3, 2 -> 1, 2 -> 1, invented 3 -> 1 each.
  // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 181 -> 183, sentences 509 -> 511, roles 319 -> 319, lost/invented 3/1 -> 3/1.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 183 -> 185.
  pdftotext: { paragraphs: 0.89, sentences: 0.95, roles: 0.98, words: 3 },
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 193 -> 195.
  raw: { paragraphs: 0.94, sentences: 0.98, roles: 0.98, words: 1 },
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 194 -> 196.
  layout: { paragraphs: 0.95, sentences: 0.97, roles: 0.97, words: 1 },
};

/**
 * The same for held-out-21 (iText 2.1.7's ColumnText with hyphen-fr patterns, Gnumeric's ssconvert
 * wrapped cells, PyX's lines placed one by one with no ToUnicode), scored blind in session 34 and
 * read from session 35: floors at its blind end (pdftotext 198, raw 217, layout 225 of 240
 * paragraphs).
 */
const FLOORS_21: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // Session 35 (text22): a quoted intertitle filling its line (intertitles), a folio counter whose total the
  // header left blank (`18 /`, page-furniture and running-header), a page's short last line before an
  // unindented one (paragraph-ends), a word glued to the capitalised word after it (glued-capital-words):
  // pdftotext 198 -> 200, raw 217 -> 223, layout 225 of 240 paragraphs; sentences 512 -> 523, 552 -> 561,
  // 546 -> 555 of 586; roles 332 -> 338, 336 -> 342, 335 -> 341 of 365; words invented 37, 39, 41 -> 0, lost 4 -> 0.
  // Session 35 (ocr22): the head closing on a page counter (`12 /`) read as the page's head:
  // raw 552 -> 559 sentences, 336 -> 342 roles, invented 39 -> 2; layout 546 -> 555, 335 -> 341, 41 -> 4.
  // Session 35 (roles22): the folio `12 /` read in the running head, a list of one-sentence entries
  // kept in the body, captions set apart among a dialogue's turns, prose no caption: roles 332 ->
  // 351, 336 -> 359, 335 -> 355 of 365; invented 37 -> 0, 39 -> 2, 41 -> 0.
  // Session 35, the branches merged (the lead): floors at the merged code, their changes together.
  pdftotext: { paragraphs: 0.85, sentences: 0.91, roles: 0.96, words: 0 },
  raw: { paragraphs: 0.97, sentences: 0.98, roles: 0.98, words: 0 },
  layout: { paragraphs: 0.96, sentences: 0.97, roles: 0.97, words: 0 },
};

/**
 * The same for held-out-22 (HTMLDOC 1.9.16's table-cell columns, letter-spaced justification and
 * fonts with no ToUnicode, Asciidoctor PDF 2.3.4's Prawn column box cut at soft hyphens, rst2pdf
 * 0.99's ReportLab frames with pyphen's French hyphenation), scored blind in session 35 and read
 * from session 36: floors at its blind end (pdftotext 172, raw 189, layout 175 of 198 paragraphs;
 * roles 275, 290, 282 of 304, pdftotext's 90.5% held at the issue's 90%).
 */
const FLOORS_22: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // Session 36, the branches merged (the lead): pdftotext 425 -> 428 of 478 sentences, words lost 5 -> 2, invented 24 -> 21.
  // Session 37 (text24): the page's date and folio read between a column's lines come out
  // (dated-head-line): 172 -> 174 of 198 paragraphs, 428 -> 430 sentences, invented 21 -> 8.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 174 -> 176.
  pdftotext: { paragraphs: 0.88, sentences: 0.89, roles: 0.9, words: 8 },
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 189 -> 191.
  raw: { paragraphs: 0.96, sentences: 0.96, roles: 0.95, words: 3 },
  // layout paragraphs 0.89 (session 41, layout28): HTMLDOC's last page, two lines a column under
  // the running head, read one column after the other (page-head-columns): 175 -> 177 of 198,
  // 431 -> 434 sentences.
  // Session 44 (extractors44): the body's end read before the byline opening the body put after its last paragraph (boxed-body-opening): sentences 434 -> 437.
  layout: { paragraphs: 0.89, sentences: 0.91, roles: 0.92, words: 16 },
};

/**
 * The same for held-out-23 (WebKitGTK 2.50.6 printing HTML with hyphen-fr, PDF::Builder 3.025's
 * ragged "justified" CID-font lines cut at soft hyphens, gofpdf 2.17.2's FPDF page-break columns),
 * scored blind in session 36 and read from session 37: floors at its blind end (pdftotext 184, raw
 * 185, layout 193 of 197 paragraphs; sentences 476, 480, 477 of 485; roles 309, 309, 312 of 314).
 */
const FLOORS_23: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 184 -> 186.
  pdftotext: { paragraphs: 0.94, sentences: 0.98, roles: 0.98, words: 0 },
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 186 -> 188.
  raw: { paragraphs: 0.95, sentences: 0.99, roles: 0.98, words: 0 },
  layout: { paragraphs: 0.97, sentences: 0.98, roles: 0.99, words: 0 },
};

/**
 * The same for held-out-24 (wxHTML through wxPython drawn to SVG and librsvg, muhammara 6.0.6
 * driven by Knuth–Plass line breaking with French hyphenation, Calibre 6.13's ebook-convert),
 * scored blind in session 37 and read from session 38: floors at its blind end (pdftotext 148, raw
 * 153, layout 163 of 170 paragraphs; sentences 447, 464, 470 of 475; roles 280, 281, 284 of 288).
 */
const FLOORS_24: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 148 -> 150, sentences 447 -> 449, roles 280 -> 280, lost/invented 0/6 -> 0/6.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 150 -> 156.
  pdftotext: { paragraphs: 0.91, sentences: 0.94, roles: 0.97, words: 6 },
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 153 -> 159.
  raw: { paragraphs: 0.93, sentences: 0.97, roles: 0.97, words: 6 },
  // Session 40 (layout27): an indented full first line is no intertitle (intertitles.ts): 163 -> 164 paragraphs, 470 -> 471 sentences.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 164 -> 166.
  layout: { paragraphs: 0.97, sentences: 0.99, roles: 0.98, words: 0 },
};

/**
 * The same for held-out-25 (Java2D's LineBreakMeasurer drawn by FreeHEP to SVG and CairoSVG, FPDF
 * 1.8.4, PDF::Create 1.46; captions ending on photo credits in ten forms), scored blind in session
 * 38 and read from session 39: floors at its blind end (pdftotext 163, raw 174, layout 175 of 192
 * paragraphs; sentences 544, 580, 566 of 596; roles 330, 332, 329 of 337).
 */
const FLOORS_25: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 163 -> 163, sentences 548 -> 550, roles 330 -> 330, lost/invented 4/5 -> 4/5.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 163 -> 165.
  pdftotext: { paragraphs: 0.85, sentences: 0.92, roles: 0.97, words: 5 },
  raw: { paragraphs: 0.9, sentences: 0.97, roles: 0.98, words: 0 },
  layout: { paragraphs: 0.91, sentences: 0.94, roles: 0.97, words: 12 },
};

/**
 * The same for held-out-26 (PDF::Reuse 0.39, Flying Saucer R8, PoDoFo 0.9.8; pictures set inside
 * paragraphs, credits in new forms), scored blind in session 39 and read from session 40: floors at
 * its blind end (pdftotext 206, raw 207, layout 218 of 252 paragraphs; sentences 525, 531, 539 of
 * 607; roles 366, 366, 368 of 392).
 */
const FLOORS_26: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 206 -> 211, sentences 525 -> 530, roles 366 -> 366, lost/invented 26/34 -> 26/34.
  // Session 42 (ocr42): a caption's credit ending a line ends its block, a heading may stand under it (credit-line-end): paragraphs 211 -> 215, sentences 530 -> 534.
  // Session 46 (text46): `Photo d’archives` with its source is a credit (credit-forms), so the caption's block ends there: paragraphs 215 -> 216, sentences 534 -> 535.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 217 -> 222.
  pdftotext: { paragraphs: 0.88, sentences: 0.88, roles: 0.93, words: 34 },
  // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 207 -> 216, sentences 531 -> 539, roles 366 -> 366, lost/invented 21/29 -> 21/29.
  // Session 42 (ocr42): a caption's credit ending a line ends its block, a heading may stand under it (credit-line-end): paragraphs 216 -> 220, sentences 539 -> 543.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 220 -> 223.
  raw: { paragraphs: 0.88, sentences: 0.89, roles: 0.93, words: 29 },
  // Session 40 (layout27): a hidden middle column's measure, an indented first line no intertitle: layout 218 -> 220, sentences 539 -> 541.
  // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 220 -> 228, sentences 541 -> 549, roles 368 -> 368, lost/invented 2/48 -> 2/48.
  // Session 42 (ocr42): a caption's credit ending a line ends its block, a heading may stand under it (credit-line-end): paragraphs 228 -> 232, sentences 549 -> 553.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 233 -> 237.
  layout: { paragraphs: 0.94, sentences: 0.91, roles: 0.93, words: 48 },
};

/**
 * The same for held-out-27 (Text::PDF 0.31, pydyf 0.5.0, @libpdf/core 0.4.2 sharing one make-up
 * program; numbered paragraphs, quotes over several paragraphs), scored blind in session 40 and
 * read from session 41 (validation half): floors at its blind end (pdftotext 186, raw 192, layout
 * 230 of 262 paragraphs; sentences 493, 535, 541 of 570; roles 368, 371, 371 of 381).
 */
const FLOORS_27: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // Session 41, merged (para28's numbered list after a colon, scanpdf28's OCR-layer geometry, layout28's indents, ocr28's intertitles; validation half): pdftotext 186 -> 193, raw 192 -> 204, layout 230 -> 236 paragraphs; sentences 493 -> 500, 535 -> 547, 541 -> 547.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 195 -> 200.
  pdftotext: { paragraphs: 0.76, sentences: 0.87, roles: 0.96, words: 17 },
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 204 -> 208.
  raw: { paragraphs: 0.79, sentences: 0.95, roles: 0.97, words: 2 },
  layout: { paragraphs: 0.9, sentences: 0.95, roles: 0.97, words: 2 },
};

/**
 * The same for held-out-28 (Swing drawn by pdfbox-graphics2d, GNU LilyPond 2.24, plain LuaTeX, each
 * breaking its own lines; an interview in questions and answers), scored blind in session 41 and
 * read from session 42 (development half): floors at its blind end (pdftotext 179, raw 182, layout
 * 201 of 218 paragraphs; sentences 430, 448, 452 of 486; roles 314 of 332 on each).
 */
const FLOORS_28: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 182 -> 184.
  pdftotext: { paragraphs: 0.84, sentences: 0.88, roles: 0.94, words: 9 },
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 184 -> 186.
  raw: { paragraphs: 0.85, sentences: 0.92, roles: 0.94, words: 10 },
  layout: { paragraphs: 0.92, sentences: 0.93, roles: 0.94, words: 8 },
};

/**
 * The same for held-out-29 (Halibut 1.3, GNU Texinfo 6.8 on pdfTeX, Racket 8.7's racket/draw, each
 * breaking its own lines), scored blind in session 42 and read from session 43 (validation half):
 * floors at its blind end (pdftotext 171, raw 182, layout 187 of 242 paragraphs; sentences 424, 445, 442
 * of 507; roles 334, 336, 339 of 355).
 */
const FLOORS_29: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // Session 43 (accents43): accents drawn apart composed (spacing-accents): sentences 424 -> 425, lost/invented 12/24 -> 11/23.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 173 -> 177.
  pdftotext: { paragraphs: 0.73, sentences: 0.83, roles: 0.94, words: 23 },
  // Session 43 (accents43): the same: sentences 445 -> 446, lost/invented 13/22 -> 12/21.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 185 -> 189.
  raw: { paragraphs: 0.78, sentences: 0.87, roles: 0.94, words: 21 },
  // Session 43 (accents43): the same: paragraphs 187 -> 188, sentences 442 -> 443, lost/invented 12/18 -> 11/17.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 190 -> 194.
  layout: { paragraphs: 0.8, sentences: 0.87, roles: 0.95, words: 17 },
};

/**
 * The same for held-out-30 (Skia's PDF back end via @napi-rs/canvas, Syncfusion's JS PDF library,
 * Horde_Pdf), scored blind in session 43 and read from session 44 (development half): floors at its
 * blind end (pdftotext 196, raw 206, layout 220 of 228 paragraphs; sentences 465, 477, 482
 * of 508; roles 332, 329, 331 of 340).
 */
const FLOORS_30: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 196 -> 202.
  pdftotext: { paragraphs: 0.88, sentences: 0.91, roles: 0.97, words: 11 },
  // Session 44 (poppler44): a credit read apart keeps its label (credit-forms): sentences 477 -> 478, lost/invented 3/2 -> 1/2.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 206 -> 214.
  raw: { paragraphs: 0.93, sentences: 0.94, roles: 0.96, words: 2 },
  // Session 44 (poppler44): the same: sentences 482 -> 483, lost/invented 3/2 -> 1/2.
  layout: { paragraphs: 0.96, sentences: 0.95, roles: 0.97, words: 2 },
};

/**
 * The same for held-out-31 (Forme through @formepdf/core, PeculiarVentures' pdf-doc, Perl's
 * PostScript::TextBlock), scored blind in session 44 and read from session 45 (validation half):
 * floors at its blind end (pdftotext 185, raw 221, layout 212 of 249 paragraphs; sentences 437,
 * 489, 481 of 520; roles 349, 353, 351 of 364).
 */
const FLOORS_31: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 188 -> 190.
  pdftotext: { paragraphs: 0.76, sentences: 0.84, roles: 0.95, words: 3 },
  // Session 46 (text46): a small l’ after an enumeration's number left small (ocr-apostrophes), `Photo` before a source in small letters a credit (credit-forms); validation half, scored once: paragraphs 221 -> 223, sentences 489 -> 491 (pdftotext 185 -> 186 / 437 -> 438, layout 212 -> 214 / 481 -> 483, the same at two decimals).
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 223 -> 225.
  raw: { paragraphs: 0.9, sentences: 0.94, roles: 0.96, words: 2 },
  layout: { paragraphs: 0.85, sentences: 0.92, roles: 0.96, words: 4 },
};

/**
 * The same for held-out-32 (ExcelTS's PDF module, PDFium through @embedpdf/pdfium with tex-linebreak
 * lines, Free Pascal's fcl-pdf with typesettable lines), scored blind in session 45 and read from
 * session 46 (development half): its blind end was pdftotext 194, raw 191, layout 207 of 249
 * paragraphs; sentences 447, 458, 473 of 540; roles 351, 346, 348 of 370; 4 words lost and 4 invented on each.
 */
const FLOORS_32: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // Session 46 (text46): a small l’ after an enumeration's number left small (ocr-apostrophes), `Photo` before a source in small letters a credit (credit-forms): paragraphs 194 -> 196, sentences 447 -> 449, lost/invented 4/4 -> 0/0.
  pdftotext: { paragraphs: 0.78, sentences: 0.83, roles: 0.94, words: 0 },
  // Session 46 (text46): the same: paragraphs 191 -> 195, sentences 458 -> 460, lost/invented 4/4 -> 0/0.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 198 -> 200.
  raw: { paragraphs: 0.8, sentences: 0.85, roles: 0.93, words: 0 },
  // Session 46 (text46): the same: paragraphs 207 -> 212, sentences 473 -> 478, lost/invented 4/4 -> 0/0.
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 217 -> 219.
  layout: { paragraphs: 0.87, sentences: 0.88, roles: 0.94, words: 0 },
};

/**
 * The same for held-out-33 (the Coherent PDF library through the coherentpdf npm library, Ruby's
 * RBPDF, Ruby's Origami), scored blind in session 46 and read from session 47 (validation half:
 * scored, never studied): floors at its blind end (pdftotext 169, raw 181, layout 199 of 223
 * paragraphs; sentences 401, 424, 430 of 509; roles 308, 315, 314 of 328).
 */
const FLOORS_33: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 176 -> 178.
  pdftotext: { paragraphs: 0.79, sentences: 0.78, roles: 0.93, words: 0 },
  raw: { paragraphs: 0.81, sentences: 0.83, roles: 0.96, words: 0 },
  layout: { paragraphs: 0.89, sentences: 0.84, roles: 0.95, words: 0 },
};

/**
 * The same for held-out-34 (pikepdf with hyphenopoly's French lines, PyPDF2 with balanced lines,
 * pstoedit's PDF driver over Ghostscript), scored blind in session 47 and read from session 48
 * (development half): floors at its blind end (pdftotext 178, raw 189, layout 195 of 218
 * paragraphs; sentences 419, 446, 440 of 489; roles 305, 310, 304 of 324).
 */
const FLOORS_34: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 179 -> 181.
  pdftotext: { paragraphs: 0.83, sentences: 0.85, roles: 0.94, words: 19 },
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 191 -> 197.
  raw: { paragraphs: 0.9, sentences: 0.91, roles: 0.95, words: 1 },
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 197 -> 201.
  layout: { paragraphs: 0.92, sentences: 0.89, roles: 0.93, words: 6 },
};

/**
 * The same for held-out-35 (PDFGen, PDFio, cl-pdf on SBCL with Pyphen's French hyphenation),
 * scored blind in session 48 and read from session 49 (validation half: scored, never studied):
 * floors at its blind end (pdftotext 140, raw 137, layout 154 of 157 paragraphs; sentences 382,
 * 378, 390 of 401; roles 257, 254, 257 of 261).
 */
const FLOORS_35: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 140 -> 145.
  pdftotext: { paragraphs: 0.92, sentences: 0.95, roles: 0.98, words: 9 },
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 137 -> 144.
  raw: { paragraphs: 0.91, sentences: 0.94, roles: 0.97, words: 6 },
  layout: { paragraphs: 0.98, sentences: 0.97, roles: 0.98, words: 6 },
};

/**
 * The same for held-out-36 (pdf4tcl, pdfrw, PDFjet), scored blind in session 49 and read from
 * session 50 (development half: studied from then on): floors at its blind end (pdftotext 147, raw
 * 157, layout 167 of 184 paragraphs; sentences 375, 391, 392 of 425; roles 271, 273, 273 of 285).
 */
const FLOORS_36: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 150 -> 154.
  pdftotext: { paragraphs: 0.83, sentences: 0.88, roles: 0.95, words: 1 },
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 160 -> 166.
  raw: { paragraphs: 0.9, sentences: 0.92, roles: 0.95, words: 1 },
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 170 -> 172.
  layout: { paragraphs: 0.93, sentences: 0.92, roles: 0.95, words: 2 },
};

/**
 * The same for held-out-37 (HexaPDF, the R&OS PDF class, gopdf), scored blind in session 50 and read
 * from session 51 (validation half: scored, never studied): floors at its blind end (pdftotext 152, raw
 * 154, layout 166 of 185 paragraphs; sentences 390, 391, 398 of 435; roles 277, 276, 278 of 285).
 */
const FLOORS_37: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  pdftotext: { paragraphs: 0.82, sentences: 0.89, roles: 0.97, words: 0 },
  raw: { paragraphs: 0.83, sentences: 0.89, roles: 0.96, words: 0 },
  layout: { paragraphs: 0.89, sentences: 0.91, roles: 0.97, words: 0 },
};

/**
 * The same for session 37's credit splits (captions ending on a photo credit): dev-4 (Chromium,
 * groff; development half) and val-1 (HTMLDOC, Asciidoctor PDF, rst2pdf; validation half, scored
 * once), floors at the credit rule's end (photo-credits.ts): dev-4 pdftotext 47, raw 80, layout 61
 * of 87 paragraphs (sentences 190, 269, 215 of 282; roles 155, 158, 154 of 162); val-1 73, 76, 78
 * of 84 paragraphs (sentences 263, 278, 276 of 285; every role of 159).
 */
const FLOORS_CREDITS_DEV: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  // Session 39 (words26): a number a column read word by word sets alone inside a page whose folio is at its edge stays the text's (page-furniture): lost 18 -> 11.
  pdftotext: { paragraphs: 0.54, sentences: 0.67, roles: 0.95, words: 11 },
  // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 80 -> 82.
  raw: { paragraphs: 0.94, sentences: 0.95, roles: 0.97, words: 12 },
  // Session 40 (layout27): a justified column's wide word spaces lining up are no gutter (column-gutter.ts): 61 -> 81 paragraphs, 216 -> 268 sentences, 154 -> 160 roles, lost/invented 2/6 -> 0/0.
  // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 81 -> 83, sentences 268 -> 270, roles 160 -> 160, lost/invented 0/0 -> 0/0.
  layout: { paragraphs: 0.95, sentences: 0.95, roles: 0.98, words: 0 },
};
const FLOORS_CREDITS_VAL: Record<string, { paragraphs: number; sentences: number; roles: number; words: number }> = {
  pdftotext: { paragraphs: 0.86, sentences: 0.92, roles: 1, words: 0 },
  raw: { paragraphs: 0.9, sentences: 0.97, roles: 1, words: 25 },
  layout: { paragraphs: 0.92, sentences: 0.96, roles: 1, words: 3 },
};

const CASES = [
  ...Object.entries(FLOORS).map(([path, floor]) => ['dev', path, floor] as const),
  ...Object.entries(FLOORS_2).map(([path, floor]) => ['dev-2', path, floor] as const),
  ...Object.entries(FLOORS_3).map(([path, floor]) => ['dev-3', path, floor] as const),
  ...Object.entries(FLOORS_8).map(([path, floor]) => ['held-out-8', path, floor] as const),
  ...Object.entries(FLOORS_9).map(([path, floor]) => ['held-out-9', path, floor] as const),
  ...Object.entries(FLOORS_10).map(([path, floor]) => ['held-out-10', path, floor] as const),
  ...Object.entries(FLOORS_11).map(([path, floor]) => ['held-out-11', path, floor] as const),
  ...Object.entries(FLOORS_12).map(([path, floor]) => ['held-out-12', path, floor] as const),
  ...Object.entries(FLOORS_13).map(([path, floor]) => ['held-out-13', path, floor] as const),
  ...Object.entries(FLOORS_14).map(([path, floor]) => ['held-out-14', path, floor] as const),
  ...Object.entries(FLOORS_15).map(([path, floor]) => ['held-out-15', path, floor] as const),
  ...Object.entries(FLOORS_16).map(([path, floor]) => ['held-out-16', path, floor] as const),
  ...Object.entries(FLOORS_17).map(([path, floor]) => ['held-out-17', path, floor] as const),
  ...Object.entries(FLOORS_18).map(([path, floor]) => ['held-out-18', path, floor] as const),
  ...Object.entries(FLOORS_19).map(([path, floor]) => ['held-out-19', path, floor] as const),
  ...Object.entries(FLOORS_20).map(([path, floor]) => ['held-out-20', path, floor] as const),
  ...Object.entries(FLOORS_21).map(([path, floor]) => ['held-out-21', path, floor] as const),
  ...Object.entries(FLOORS_22).map(([path, floor]) => ['held-out-22', path, floor] as const),
  ...Object.entries(FLOORS_23).map(([path, floor]) => ['held-out-23', path, floor] as const),
  ...Object.entries(FLOORS_24).map(([path, floor]) => ['held-out-24', path, floor] as const),
  ...Object.entries(FLOORS_25).map(([path, floor]) => ['held-out-25', path, floor] as const),
  ...Object.entries(FLOORS_26).map(([path, floor]) => ['held-out-26', path, floor] as const),
  ...Object.entries(FLOORS_27).map(([path, floor]) => ['held-out-27', path, floor] as const),
  ...Object.entries(FLOORS_28).map(([path, floor]) => ['held-out-28', path, floor] as const),
  ...Object.entries(FLOORS_29).map(([path, floor]) => ['held-out-29', path, floor] as const),
  ...Object.entries(FLOORS_30).map(([path, floor]) => ['held-out-30', path, floor] as const),
  ...Object.entries(FLOORS_31).map(([path, floor]) => ['held-out-31', path, floor] as const),
  ...Object.entries(FLOORS_32).map(([path, floor]) => ['held-out-32', path, floor] as const),
  ...Object.entries(FLOORS_33).map(([path, floor]) => ['held-out-33', path, floor] as const),
  ...Object.entries(FLOORS_34).map(([path, floor]) => ['held-out-34', path, floor] as const),
  ...Object.entries(FLOORS_35).map(([path, floor]) => ['held-out-35', path, floor] as const),
  ...Object.entries(FLOORS_36).map(([path, floor]) => ['held-out-36', path, floor] as const),
  ...Object.entries(FLOORS_37).map(([path, floor]) => ['held-out-37', path, floor] as const),
  ...Object.entries(FLOORS_CREDITS_DEV).map(([path, floor]) => ['dev-4', path, floor] as const),
  ...Object.entries(FLOORS_CREDITS_VAL).map(([path, floor]) => ['val-1', path, floor] as const),
];

describe.each(CASES)('the %s corpus extracted by %s', (split, path, floor) => {
  it('keeps its paragraphs, sentences, roles and words', () => {
    const totals = scoreSplitPath(split, path);
    expect(totals.files).toBeGreaterThan(0);
    expect(totals.paragraphs / totals.paragraphsTotal).toBeGreaterThanOrEqual(floor.paragraphs);
    expect(totals.sentences / totals.sentencesTotal).toBeGreaterThanOrEqual(floor.sentences);
    expect(totals.roles / totals.rolesTotal).toBeGreaterThanOrEqual(Math.max(floor.roles, 0.9));
    expect(totals.wordsLost).toBeLessThanOrEqual(floor.words);
    expect(totals.wordsInvented).toBeLessThanOrEqual(floor.words);
  });
});

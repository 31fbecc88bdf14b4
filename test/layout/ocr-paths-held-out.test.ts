/**
 * The OCR paths on the held-out splits that may now be read (held-out-4 to held-out-37): the
 * OCR-like text (`ocr`), Tesseract on the clean page (`tesseract`) and on a degraded scan
 * (`scan`). Floors per split and path, at what the structure stage reached when held-out-8 was
 * opened, so that no later rule gives any of it back. A scan Tesseract read nothing of (two
 * pages of held-out-8, see the pages' README) is scored as an empty article, as the scorer
 * script does.
 */
import { describe, expect, it } from 'vitest';
import { scoreSplitPath } from '../support/split-path-totals.ts';

interface Floor {
  paragraphs: number;
  sentences: number;
  roles: number;
  lost: number;
  invented: number;
}

/** Per split and path: at least so many paragraphs, sentences and roles exact, at most so many words lost and invented. */
// Session 26: the ocr rows of held-out-4, -5, -6 and -8 raised since a block read out of place is
// moved back in text with no blank line too (misplaced-block).
const FLOORS: Record<string, Record<string, Floor>> = {
  'held-out-4': {
    ocr: { paragraphs: 124, sentences: 394, roles: 253, lost: 48, invented: 54 },
    // Session 30: a head's name cell opening the page with its date read apart below (ocr-page-heads).
    // Session 31: an elided L’ whose apostrophe OCR lost, where a sentence opens (`«Lidée`, ocr-letter-misreads).
    // Session 32: a dateline's dash read as a hyphen and a dash (`LIBOURNE -— Il`, ocr-doubled-dashes).
    // Session 34 (ocr21): sentence's L’ read small (ocr-apostrophes): 142 -> 143 / 423 -> 425, lost 23 -> 22, invented 23 -> 22.
    // Session 37 (tess24): an e's grave lost or read as an acute, guillemets read as & < > (ocr-lost-accents, ocr-guillemets): 143 -> 145 / 425 -> 429 / 253 -> 254, lost 22 -> 19, invented 22 -> 19.
    tesseract: { paragraphs: 145, sentences: 429, roles: 254, lost: 19, invented: 19 },
    // Session 34 (ocr21): sentence's L’ read small (ocr-apostrophes): 131 -> 132 / 411 -> 413, lost 227 -> 226, invented 45 -> 44.
    // Session 35 (ocr22): a dated head closing on a page counter (`1/`, `12 /`) read as the page's head; a quotation spaced on one side spaced on the other; `14h 30` spaced: 132 -> 133 / 413 -> 414 / 254 -> 254, lost 226 -> 224, invented 44 -> 43.
    // Session 37 (tess24): an e's grave lost or read as an acute, guillemets read as & < > (ocr-lost-accents, ocr-guillemets): 133 -> 133 / 414 -> 414 / 254 -> 254, lost 224 -> 223, invented 43 -> 42.
    scan: { paragraphs: 133, sentences: 414, roles: 254, lost: 223, invented: 42 },
  },
  'held-out-5': {
    // 181 paragraphs since the column's measure is read with the captions set in it still in;
    // 184 since a ragged column that indents shows an end on both sides of it (session 28).
    ocr: { paragraphs: 184, sentences: 596, roles: 332, lost: 4, invented: 4 },
    // Session 35 (ocr22): a dated head closing on a page counter (`1/`, `12 /`) read as the page's head; a quotation spaced on one side spaced on the other; `14h 30` spaced: 196 -> 197 / 612 -> 613 / 330 -> 330, lost 37 -> 35, invented 30 -> 29.
    tesseract: { paragraphs: 197, sentences: 613, roles: 330, lost: 35, invented: 29 },
    // Session 34 (ocr21): `at-elle` (ocr-euphonic-t): 159 -> 160 / 532 -> 533, lost 576 -> 575, invented 125 -> 124.
    // Session 35 (ocr22): a dated head closing on a page counter (`1/`, `12 /`) read as the page's head; a quotation spaced on one side spaced on the other; `14h 30` spaced: 160 -> 161 / 533 -> 534 / 324 -> 324, lost 575 -> 573, invented 124 -> 123.
    // Session 36 (ocr23): a caption closing a section above its intertitle, after a quoting paragraph or a blank line in OCR text: 534 -> 535 / 324 -> 325.
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): 161 -> 162 / 535 -> 537 / 325 -> 325, lost 573 -> 573, invented 123 -> 123.
    scan: { paragraphs: 162, sentences: 537, roles: 325, lost: 573, invented: 123 },
  },
  'held-out-6': {
    // Session 36 (order): a column's head read in mid-sentence goes back after the line stopped on
    // a word no sentence ends on (`descendre une`, misplaced-block): 158 -> 161 / 488 -> 491.
    ocr: { paragraphs: 161, sentences: 491, roles: 302, lost: 27, invented: 27 },
    // tesseract and scan one paragraph more since a column's head read before the foot it
    // continues goes back after it (misplaced-block).
    // Both raised since a caption set apart between a sentence's two halves is one (body-captions, session 29).
    // Session 33 (ocr20): an accent OCR lost or misread read back (ocr-letter-misreads: `Elise` where the text writes `Élise`, `mêtre`).
    tesseract: { paragraphs: 180, sentences: 512, roles: 303, lost: 35, invented: 44 },
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): 137 -> 137 / 428 -> 432 / 292 -> 293, lost 987 -> 987, invented 89 -> 89.
    scan: { paragraphs: 137, sentences: 432, roles: 293, lost: 987, invented: 89 },
  },
  // tesseract: a compound's hyphen followed by a space inside a line is closed where the word
  // list keeps the hyphen, and on a line Tesseract read across two columns a line-end `mi-` met
  // the next column's `dimanche` (one word lost), which no line's evidence tells from pdfmake's
  // stretched `après- midi`; `II` read back as `Il` where a sentence opens gave more back.
  'held-out-7': {
    ocr: { paragraphs: 189, sentences: 613, roles: 322, lost: 0, invented: 0 },
    tesseract: { paragraphs: 190, sentences: 605, roles: 323, lost: 24, invented: 41 },
    // Scan 167, 563 and 43 since a date alone beside a folio comes out as the page's foot (session 29).
    // Session 37 (tess24): an e's grave lost or read as an acute, guillemets read as & < > (ocr-lost-accents, ocr-guillemets): 167 -> 174 / 563 -> 574 / 316 -> 320, lost 488 -> 487, invented 43 -> 42.
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): 174 -> 175 / 574 -> 575 / 320 -> 320, lost 487 -> 487, invented 42 -> 42.
    scan: { paragraphs: 175, sentences: 575, roles: 320, lost: 487, invented: 42 },
  },
  // Typst, fpdf2 and enscript wire printouts. The scan path's words lost are what Tesseract did
  // not read of the degraded scans: nothing of two pages (419 words), a third to two thirds of
  // others (the pages' README); the tesseract path's paragraphs missed are mostly an fpdf2
  // results box whose two columns Tesseract read interleaved line by line.
  'held-out-8': {
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 181 -> 182.
    ocr: { paragraphs: 182, sentences: 444, roles: 320, lost: 2, invented: 2 },
    // Session 32: a dateline's dash read as two marks (`(AFP) —- Sur`, ocr-doubled-dashes).
    // Session 37 (tess24): an e's grave lost or read as an acute, guillemets read as & < > (ocr-lost-accents, ocr-guillemets): 187 -> 187 / 442 -> 443 / 315 -> 315, lost 22 -> 21, invented 28 -> 27.
    tesseract: { paragraphs: 187, sentences: 443, roles: 315, lost: 21, invented: 27 },
    // Three sentences and a role under the ocr branch alone: the merge kept the text branch's
    // rule for a results box's column width, not the ocr branch's (both did the same job).
    // 123 paragraphs since a page of wrapped lines with a block broken off in mid-sentence is
    // read as a printed page, not as plain text.
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): 126 -> 128 / 317 -> 319 / 263 -> 263, lost 1457 -> 1457, invented 74 -> 74.
    scan: { paragraphs: 128, sentences: 319, roles: 263, lost: 1457, invented: 74 },
  },
  // Pango, Qt and hand-written PostScript pages, a working split since its blind score
  // (tesseract 78.6%, scan 68.8% of paragraphs then). The scan's words lost are what Tesseract
  // did not read of the degraded pages (most of the Berliner PostScript page).
  'held-out-9': {
    // tesseract 204 since `Maïs` before a number is read `Mais` (session 27).
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): 204 -> 207 / 561 -> 564 / 335 -> 335, lost 18 -> 17, invented 31 -> 30.
    tesseract: { paragraphs: 207, sentences: 564, roles: 335, lost: 17, invented: 30 },
    scan: { paragraphs: 179, sentences: 480, roles: 311, lost: 1012, invented: 63 },
  },
  // pdfmake, jsPDF and pdf-lib pages, a working split since its blind score (tesseract 76.1%,
  // scan 50.4% of paragraphs then). One-page OCR with no running header is read as a printed
  // page when a folio closes it or a block breaks off in mid-sentence (detect-layout); Tesseract
  // texts that set a blank line between paragraphs and are still read as plain text get the OCR
  // conventions and French spacing a page's lines get (plain-layout.ts). One scan Tesseract read
  // nothing of is scored as an empty article; the scan's words lost are what Tesseract did not
  // read of the degraded pages.
  // Raised in session 25 by the OCR word mends (a colon or guillemet OCR attached spaced where
  // as many are spaced as attached, an apostrophe read twice or spaced after an elision, an i
  // read twice with a diaeresis) on every split from held-out-4 on.
  // Raised in session 26 by the OCR word mends of the `words` branch: figures glued to their
  // unit and words spaced (`14km`, `de9hà17h`), `maïs` read back as the conjunction `mais`
  // where a clause opens, `m2` as `m²` after a number.
  'held-out-10': {
    // Session 35 (ocr22): a dated head closing on a page counter (`1/`, `12 /`) read as the page's head; a quotation spaced on one side spaced on the other; `14h 30` spaced: 211 -> 212 / 530 -> 531 / 352 -> 352, lost 23 -> 21, invented 33 -> 32.
    // Session 37 (tess24): an e's grave lost or read as an acute, guillemets read as & < > (ocr-lost-accents, ocr-guillemets): 212 -> 214 / 531 -> 534 / 352 -> 352, lost 21 -> 18, invented 32 -> 29.
    tesseract: { paragraphs: 214, sentences: 534, roles: 352, lost: 18, invented: 29 },
    // Session 35 (ocr22): a dated head closing on a page counter (`1/`, `12 /`) read as the page's head; a quotation spaced on one side spaced on the other; `14h 30` spaced: 162 -> 163 / 422 -> 423 / 319 -> 319, lost 983 -> 981, invented 91 -> 90.
    scan: { paragraphs: 163, sentences: 423, roles: 319, lost: 981, invented: 90 },
  },
  // TCPDF, matplotlib and mutool pages, a working split since its blind score (tesseract 92.8%,
  // scan 90.1% of roles then): the producer's credit in a page's corner, TCPDF's running header
  // in three cells under it, two-line headlines and two-sentence captions are furniture.
  'held-out-11': {
    // The paper's name and the section's label above a head's date the pages repeat, out: tesseract
    // 169 -> 171 paragraphs, 461 -> 465 sentences, 281 -> 283 roles; scan 142 -> 144, 412 -> 416, 269 -> 271.
    // Session 33 (ocr20): an accent OCR lost or misread read back (ocr-letter-misreads: `Elise` where the text writes `Élise`, `mêtre`).
    // Session 35 (ocr22): a dated head closing on a page counter (`1/`, `12 /`) read as the page's head; a quotation spaced on one side spaced on the other; `14h 30` spaced: 171 -> 171 / 469 -> 469 / 284 -> 284, lost 17 -> 15, invented 20 -> 19.
    tesseract: { paragraphs: 171, sentences: 469, roles: 284, lost: 15, invented: 19 },
    // scan 141 since a word cut at a line's end with its hyphen lost is made whole (split-words).
    scan: { paragraphs: 144, sentences: 416, roles: 271, lost: 597, invented: 36 },
  },
  // Prawn, PyMuPDF's Story and libharu pages, a working split since its blind score (tesseract
  // 89.5%, scan 80.3% of roles then): a page's head printed in cells comes out as page
  // furniture, and a results box's headings and numbered items set apart are no captions. The
  // scan's words lost are what Tesseract did not read of the degraded pages (nothing of one).
  // Raised in session 27 to what the words branch reaches: the seconds' unit OCR read as a 5
  // after minutes (`33 min 125.`) read back (ocr-seconds). Scan raised in session 28: a page's
  // head read a cell a line above the kicker comes out as page furniture. Scan raised again: a
  // page whose running header OCR read under the paper's name is read as a page (detect-layout).
  'held-out-12': {
    // Roles 342 and 313 since a byline set in a box of its own above the dateline, read out of
    // place inside the body, is a byline (boxed-body-opening, session 28).
    // Session 30: a heading OCR set right over its paragraph no longer hides that blank lines part
    // the paragraphs (paragraph-ends): paragraphs 227 -> 229, sentences 526 -> 527, roles 342 -> 345.
    // Session 31: `Lidée`, `Linscription` read back as `L’idée`, `L’inscription` (ocr-letter-misreads).
    // Session 34 (ocr21): sentence's L’ read small (ocr-apostrophes): 230 -> 230 / 529 -> 531, lost 15 -> 14, invented 111 -> 110.
    // Session 35 (ocr22): lines OCR read off a picture taken out (ocr-garbled-lines): 230 -> 232 / 531 -> 533 / 345 -> 345, lost 14 -> 14, invented 110 -> 101.
    // Session 37 (tess24): an e's grave lost or read as an acute, guillemets read as & < > (ocr-lost-accents, ocr-guillemets): 232 -> 232 / 533 -> 533 / 345 -> 345, lost 14 -> 13, invented 101 -> 100.
    tesseract: { paragraphs: 232, sentences: 533, roles: 345, lost: 13, invented: 100 },
    // Session 33 (ocr20): an accent OCR lost or misread read back (ocr-letter-misreads: `Elise` where the text writes `Élise`, `mêtre`).
    // Session 37 (tess24): an e's grave lost or read as an acute, guillemets read as & < > (ocr-lost-accents, ocr-guillemets): 185 -> 185 / 457 -> 459 / 320 -> 320, lost 586 -> 585, invented 155 -> 154.
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): 185 -> 186 / 459 -> 460 / 320 -> 320, lost 585 -> 585, invented 154 -> 154.
    scan: { paragraphs: 186, sentences: 460, roles: 320, lost: 585, invented: 154 },
  },
  // Firefox, Inkscape and a2ps pages, a working split since its blind score: a2ps's boxes drawn
  // in characters read off (drawn-frames), two hyphens typed for a dash, the page's head and
  // section bands as furniture, entries under a heading. 18 typeset articles. At what session
  // 27's merged branches reach. The scan's words lost are what Tesseract did not read of the
  // degraded pages (a2ps's thin Courier most of all, the pages' README). Scan's roles and invented
  // words since a running header under a stray mark or a printout's page count at the foot make
  // the text a page (detect-layout, session 28); tesseract and scan again since a folio OCR read
  // garbled (`€22)`) alone on the first or last line does too.
  'held-out-13': {
    // Session 34 (ocr21): seconds cut or spaced, `à 485.` (ocr-seconds): 124 -> 126 / 362 -> 366, lost 10 -> 8, invented 23 -> 22.
    // Session 35 (ocr22): lines OCR read off a picture taken out (ocr-garbled-lines): 126 -> 130 / 366 -> 374 / 229 -> 232, lost 8 -> 8, invented 22 -> 13.
    // Session 37 (tess24): an e's grave lost or read as an acute, guillemets read as & < > (ocr-lost-accents, ocr-guillemets): 130 -> 130 / 374 -> 375 / 232 -> 232, lost 8 -> 7, invented 13 -> 12.
    tesseract: { paragraphs: 130, sentences: 375, roles: 232, lost: 7, invented: 12 },
    // Session 31: `Leau` opening a paragraph read back as `L’eau` (ocr-letter-misreads).
    // Session 34 (ocr21): seconds cut or spaced (ocr-seconds): 69 -> 69 / 237 -> 238, lost 787 -> 786, invented 111 -> 110.
    // Session 35 (ocr22): lines OCR read off a picture taken out (ocr-garbled-lines): 69 -> 69 / 238 -> 238 / 191 -> 191, lost 786 -> 786, invented 110 -> 107.
    // Session 41 (para28), measured once on the validation half: 70 -> 71 / 239 -> 240 (list-items, intertitles).
    scan: { paragraphs: 71, sentences: 240, roles: 191, lost: 786, invented: 107 },
  },
  // LibreOffice Draw, Calligra Words and html2ps pages, scored blind in session 27 (tesseract 195,
  // scan 187 of 223 paragraphs), a working split since: at what session 28's merged branches reach.
  // Tesseract raised since a folio OCR read garbled (`11l`) alone on the last line makes the text a
  // page (detect-layout).
  'held-out-14': {
    // Roles 294 and 286 since a byline or a signature set in a box of its own inside the body is
    // one (boxed-body-opening, session 28).
    // Session 29: a head printed in cells at the text's top or foot (name, section, date) makes
    // one OCR page with no form feed a printed page (detect-layout), a head whose middle dots OCR
    // read as `:` or `+` is one (celled-page-head), and a later page's head beside its folio comes
    // out wherever it stands (page-furniture): tesseract paragraphs 197 -> 198, words invented
    // 117 -> 49, scan sentences 447 -> 449, roles 286 -> 290, invented 122 -> 64. Lowered with it:
    // tesseract lost 26 -> 27 (html2ps's kicker, glued with its headline wrapped in five short
    // lines to the standfirst, as this page's pdftotext and scan paths are too) and scan
    // paragraphs 195 -> 194 (a dialogue turn split at a sentence's end, as the same page's
    // tesseract path already does). Then a digit group's zeros OCR read as O read back
    // (ocr-zero-groups): scan sentences 449 -> 450, lost 346 -> 344, invented 64 -> 63.
    // Roles 298 and 293 since a heading OCR set right over its paragraph no longer hides that
    // blank lines part the paragraphs, the standfirst then read (paragraph-ends, session 30).
    // Session 36 (ocr23): a caption closing a section above its intertitle, after a quoting paragraph or a blank line in OCR text: 480 -> 481 / 299 -> 300.
    // Session 38 (ocr25): a headline set over several short lines, a block of its own, ends before the standfirst (paragraph-ends): sentences 481 -> 486.
    tesseract: { paragraphs: 198, sentences: 486, roles: 300, lost: 27, invented: 49 },
    // Session 32 (roles19), lowered: sentences 452 -> 451, roles 293 -> 294: Draw's haies page's
    // caption, one wide line alone in a caption's face, is read as a caption
    // (wider-measure-captions), its sentence then set with the page's other caption, out of the
    // scorer's order (layout and ocr likewise, their floors under it).
    // Session 36 (ocr23): a caption closing a section above its intertitle, after a quoting paragraph or a blank line in OCR text: 452 -> 453 / 295 -> 296.
    // Session 38 (ocr25): a headline set over several short lines, a block of its own, ends before the standfirst (paragraph-ends): sentences 453 -> 457.
    scan: { paragraphs: 194, sentences: 457, roles: 296, lost: 344, invented: 51 },
  },
  // iText 5, PDF::API2 and Impress pages, scored blind in session 28 (ocr 214, tesseract 226, scan
  // 201 of 249 paragraphs), a working split since session 29: at what its OCR paths reach then
  // (a page's later heads out of the body, a celled head making a page of one OCR text, a head's
  // name cell carrying the section's label, captions set apart at a page's foot or between a
  // sentence's halves, digit groups and the furniture on top), on the merged code of session 29;
  // then the head's name and section cell taken two lines from a lone date, the kicker between
  // kept (tesseract sentences 529 -> 534, roles 340 -> 344; scan 475 -> 480, 323 -> 328); then
  // that cell read with OCR's separators, a colon or a hyphen for the dot (tesseract 534 -> 542,
  // 344 -> 349, invented 71 -> 39; scan 480 -> 489, 328 -> 333, invented 124 -> 82).
  'held-out-15': {
    // Session 32 (roles19): one wide line alone in a caption's face read as a caption
    // (wider-measure-captions): ocr 220 -> 221 / 539 -> 540 / 350 -> 351, tesseract 229 -> 230 / 541 -> 542 / 348 -> 349.
    // Session 36 (order): a column's head read in mid-sentence goes back after the line stopped on
    // a word no sentence ends on (misplaced-block): 221 -> 224 / 542 -> 544.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 224 -> 228.
    ocr: { paragraphs: 228, sentences: 544, roles: 353, lost: 4, invented: 0 },
    // Session 30: a page's name cell and its date alone read apart on one page, out (ocr-page-heads).
    // Lowered then, sentences 542 -> 541 and roles 349 -> 348: iText's oyster page reads as
    // blank-separated once a heading over its paragraph is no end to weigh (paragraph-ends), and a
    // caption set apart there, one sentence of two lines, is read as a one-line paragraph.
    // Session 33 (ocr20): an accent OCR lost or misread read back (ocr-letter-misreads: `Elise` where the text writes `Élise`, `mêtre`).
    // Session 36 (ocr23): a caption closing a section above its intertitle, after a quoting paragraph or a blank line in OCR text: 545 -> 547 / 352 -> 353.
    tesseract: { paragraphs: 231, sentences: 547, roles: 353, lost: 36, invented: 27 },
    // Session 36 (ocr23): a caption closing a section above its intertitle, after a quoting paragraph or a blank line in OCR text: 493 -> 494 / 336 -> 337.
    // Session 47 (ocr47): an intertitle OCR read on top of its paragraph set apart (heading-atop-paragraph); validation half, scored once: 206 -> 209 / 494 -> 498 / 337 -> 337.
    scan: { paragraphs: 209, sentences: 498, roles: 337, lost: 293, invented: 71 },
  },
  // Blind in session 29 (react-pdf, PDFBox, xhtml2pdf), read from session 30: floors at its blind end
  // (ocr 211 / 516 / 374, tesseract 241 / 525 / 362, scan 205 / 462 / 342); then a page's head read
  // whole with its folio mid-text, or its cells read apart, out (ocr-page-heads).
  'held-out-16': {
    // Then a question set right over its answer no longer hides that blank lines part the
    // paragraphs (paragraph-ends): tesseract 243 -> 247 / 537 -> 545 / 369 -> 373, scan 205 -> 211 /
    // 468 -> 479 / 346 -> 352.
    // Session 36 (ocr23): a caption closing a section above its intertitle, after a quoting paragraph or a blank line in OCR text: 521 -> 522 / 378 -> 379.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 213 -> 220.
    ocr: { paragraphs: 220, sentences: 522, roles: 379, lost: 25, invented: 26 },
    // Session 31: `Lhélicoptère` read back as `L’hélicoptère` (ocr-letter-misreads).
    // Session 33 (ocr20): an accent OCR lost or misread read back (ocr-letter-misreads: `Elise` where the text writes `Élise`, `mêtre`).
    // Session 33 (ocr20): an accent OCR lost or misread read back (ocr-letter-misreads: `Elise` where the text writes `Élise`, `mêtre`).
    // Session 36 (ocr23): a caption closing a section above its intertitle, after a quoting paragraph or a blank line in OCR text: 552 -> 555 / 376 -> 377.
    tesseract: { paragraphs: 249, sentences: 555, roles: 377, lost: 40, invented: 31 },
    // Session 34 (ocr21): `1’` for l’ (ocr-apostrophes): 211 -> 212 / 480 -> 481, lost 668 -> 667, invented 71 -> 69.
    scan: { paragraphs: 212, sentences: 481, roles: 352, lost: 667, invented: 69 },
  },
  // Blind in session 30 (the pdfjs library, Tk's canvas, Emacs's ps-print), read from session 31:
  // floors at its blind end, then raised in session 31: the Latin-1 wire copies' apostrophes kept
  // straight as their hyphens for dashes show (typed-apostrophes), an elided L’ whose apostrophe OCR
  // lost read back (ocr-letter-misreads). The scan's words lost are what Tesseract did not read of
  // the degraded pages: all but a line or two of the four Emacs printouts (995 words), a page or a
  // column's foot of four others.
  'held-out-17': {
    // With the merged code of session 31 (text17's minus signs, the interleaved columns and the
    // fixture's standfirsts too): ocr 168 -> 185 / 382 -> 447, tesseract 160 -> 175 / 372 -> 421.
    // Session 32: 176 / 422 / 320, a dateline's dash read as two marks (`LURE -— Il`, ocr-doubled-dashes).
    // Session 32 (roles18): a dateline typed with a hyphen (`LURE -`) read on these paths too:
    // ocr 185 -> 188 / 447 -> 454 / 326 -> 330, tesseract 175 -> 176 / 421 -> 423 / 319 -> 320.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 190 -> 194.
    ocr: { paragraphs: 194, sentences: 455, roles: 331, lost: 3, invented: 3 },
    // Session 35 (ocr22): a dated head closing on a page counter (`1/`, `12 /`) read as the page's head; a quotation spaced on one side spaced on the other; `14h 30` spaced: 176 -> 179 / 425 -> 427 / 322 -> 322, lost 76 -> 72, invented 109 -> 107.
    // Session 36 (ocr23): a caption closing a section above its intertitle, after a quoting paragraph or a blank line in OCR text: 427 -> 428 / 322 -> 323.
    tesseract: { paragraphs: 179, sentences: 428, roles: 323, lost: 72, invented: 107 },
    // Session 34 (ocr21): `at-il` (ocr-euphonic-t): 143 -> 144 / 350 -> 351, lost 1226 -> 1225, invented 79 -> 78.
    // Session 36 (ocr23): a caption closing a section above its intertitle, after a quoting paragraph or a blank line in OCR text: 351 -> 352 / 273 -> 274.
    scan: { paragraphs: 144, sentences: 352, roles: 274, lost: 1225, invented: 78 },
  },
  // Blind in session 31 (Vivliostyle, LibreOffice Calc, Vim's :hardcopy), read from session 32:
  // floors at its blind end. ocr 161 and 393 since an OCR column's foot read before the line it
  // goes on from is moved back over a heading opening on an elided capital (misplaced-block,
  // session 32: 157 -> 161 paragraphs).
  'held-out-18': {
    // tesseract 179 / 417 / 263 since a dateline's dash read as two marks is one (ocr-doubled-dashes).
    // Session 32 (roles18): the typed dateline (`AULUS-LES-BAINS -`), a briefs column's head:
    // ocr 157 -> 160 / 389 -> 396 / 265 -> 278, tesseract 178 -> 180 / 416 -> 421 / 262 -> 271,
    // scan 135 -> 138 / 317 -> 324 / 231 -> 241.
    // Session 32 (roles19): `Texte et photos : <name>` read as the byline, one wide line alone in
    // a caption's face read as a caption: ocr 400 -> 402 / 278 -> 280, tesseract 422 -> 424 / 272 -> 274.
    // Session 33 (ocr20): Calc's head, its folio set as `29/`, printed whole at each page comes
    // out (ocr-page-heads): ocr sentences 402 -> 405, roles 280 -> 282, lost 20 -> 19, invented 70 -> 48.
    // Session 41 (para28): a ranking’s first item wrapped onto a line opening on a figure is the item, not an intertitle (intertitles): ocr 164 -> 165 / 406 -> 407.
    ocr: { paragraphs: 165, sentences: 407, roles: 282, lost: 19, invented: 48 },
    // Session 34 (ocr21): a head with its folio in a bar (ocr-page-heads), `à 515.` (ocr-seconds): 181 -> 183 / 425 -> 427, lost 37 -> 33, invented 78 -> 65.
    // Session 36 (ocr23): a caption closing a section above its intertitle, after a quoting paragraph or a blank line in OCR text: 427 -> 430 / 275 -> 278.
    // Session 37 (text24): the page's date and folio read out of place come out (dated-head-line): 430 -> 431 / 278 -> 279, lost 33 -> 31, invented 65 -> 56.
    tesseract: { paragraphs: 183, sentences: 431, roles: 279, lost: 31, invented: 56 },
    // Session 34 (ocr21): `à 385.` (ocr-seconds): 138 -> 139 / 324 -> 325, lost 1100 -> 1098, invented 122 -> 121.
    // Session 37 (text24), as for tesseract: invented 121 -> 114.
    scan: { paragraphs: 139, sentences: 325, roles: 241, lost: 1098, invented: 114 },
  },
  // Blind in session 32 (Dompdf, Apache Batik, R's grid), read from session 33: floors at its blind end.
  'held-out-19': {
    // Session 33 (ocr20): an accent OCR lost or misread read back (ocr-letter-misreads: `Elise` where the text writes `Élise`, `mêtre`).
    // Session 36 (order): a column's head read in mid-sentence goes back after the line stopped on
    // a word no sentence ends on (misplaced-block): 182 -> 185 / 509 -> 514.
    ocr: { paragraphs: 185, sentences: 514, roles: 320, lost: 31, invented: 35 },
    // Session 37 (tess24): an e's grave lost or read as an acute, guillemets read as & < > (ocr-lost-accents, ocr-guillemets): 198 -> 199 / 533 -> 535 / 325 -> 325, lost 35 -> 34, invented 30 -> 29.
    tesseract: { paragraphs: 199, sentences: 535, roles: 325, lost: 34, invented: 29 },
    scan: { paragraphs: 162, sentences: 445, roles: 307, lost: 768, invented: 111 },
  },
  // Blind in session 33 (@pdfme/generator, Paged.js, fig2dev), read from session 34: floors at its blind end
  // (its expected sentences mended: six standfirsts of two sentences written as one, a headline cut at its colon).
  'held-out-20': {
    // Session 34 (ocr21): heads with folios `— 23 —`, `1 |` (ocr-page-heads): 165 -> 167 / 486 -> 489, lost 7 -> 7, invented 32 -> 8.
    // Session 34 (ocr21): seconds cut at a line, `1’ AC`, `nuit. l’agence`: 183 -> 187 / 497 -> 502, lost 36 -> 29, invented 34 -> 28.
    // Session 34 (ocr21): seconds cut at a line, `at-il`: 177 -> 179 / 491 -> 493, lost 178 -> 173, invented 40 -> 37.
    // Session 34 (roles21): a signature giving the writer's post read as the byline (signature-post.ts).
    // Session 34, the branches merged (the lead): floors at the merged code, their changes together.
    // Session 37 (pdf24): a line folded after `(` joined with no space (join-lines), on each path: +1 paragraph, +1 sentence, 1 word lost and 2 invented fewer.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 175 -> 177.
    ocr: { paragraphs: 177, sentences: 499, roles: 317, lost: 3, invented: 1 },
    // Session 36 (ocr23): a caption closing a section above its intertitle, after a quoting paragraph or a blank line in OCR text: 507 -> 510 / 314 -> 317.
    // Session 37 (tess24): an e's grave lost or read as an acute, guillemets read as & < > (ocr-lost-accents, ocr-guillemets): 189 -> 189 / 510 -> 512 / 317 -> 317, lost 27 -> 25, invented 25 -> 23.
    // Session 37 (pdf24), as for ocr; the two together (the lead's merge): each field at the higher of the two.
    tesseract: { paragraphs: 190, sentences: 512, roles: 317, lost: 25, invented: 23 },
    // Session 36 (ocr23): a caption closing a section above its intertitle, after a quoting paragraph or a blank line in OCR text: 497 -> 500 / 311 -> 314.
    // Session 37 (tess24): an e's grave lost or read as an acute, guillemets read as & < > (ocr-lost-accents, ocr-guillemets): 181 -> 182 / 500 -> 501 / 314 -> 314, lost 171 -> 170, invented 33 -> 32.
    // Session 37 (pdf24), as for ocr; the two together (the lead's merge): each field at the higher of the two.
    scan: { paragraphs: 182, sentences: 501, roles: 314, lost: 170, invented: 31 },
  },
  // Blind in session 34 (iText 2, Gnumeric's ssconvert, PyX), read from session 35: floors at its blind end.
  'held-out-21': {
    // Session 35 (text22): a folio counter whose total the header left blank (`18 /`) comes out with its
    // running header, a quoted intertitle filling its line stands alone: ocr 196 -> 200, tesseract 210 -> 213,
    // scan 192 -> 195 paragraphs; invented 37 -> 0, 20 -> 9, 57 -> 46.
    // Session 35 (ocr22): a dated head closing on a page counter (`1/`, `12 /`) read as the page's head; a
    // quotation spaced on one side spaced on the other; `14h 30` spaced: ocr 196 -> 196 / 519 -> 528 / 337 -> 343,
    // invented 37 -> 0; tesseract 210 -> 213 / 535 -> 540 / 337 -> 343, invented 20 -> 9; scan 192 -> 195 /
    // 498 -> 501 / 328 -> 334, invented 57 -> 46.
    // Session 35 (roles22): the folio `12 /` read in the running head, a list of one-sentence
    // entries kept in the body: roles 337 -> 353, 337 -> 359, 328 -> 350 of 365.
    // Session 35, the branches merged (the lead): floors at the merged code, their changes together.
    ocr: { paragraphs: 206, sentences: 538, roles: 353, lost: 0, invented: 0 },
    tesseract: { paragraphs: 221, sentences: 555, roles: 359, lost: 9, invented: 9 },
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): 203 -> 204 / 517 -> 518 / 350 -> 350, lost 419 -> 419, invented 46 -> 46.
    scan: { paragraphs: 204, sentences: 518, roles: 350, lost: 419, invented: 46 },
  },
  // Blind in session 35 (HTMLDOC, Asciidoctor PDF, rst2pdf), read from session 36: floors at its blind end.
  // The degraded scans lose 1,308 words in the OCR itself (the scan's ceiling is 72.7% of paragraphs).
  'held-out-22': {
    ocr: { paragraphs: 163, sentences: 410, roles: 275, lost: 14, invented: 27 },
    // Session 36, the branches merged (the lead): floors at the merged code, their changes together.
    // Session 38 (ocr25): a headline set over several short lines, a block of its own, ends before the standfirst (paragraph-ends): sentences 423 -> 425.
    tesseract: { paragraphs: 171, sentences: 425, roles: 280, lost: 28, invented: 37 },
    // Session 38 (ocr25): a headline set over several short lines, a block of its own, ends before the standfirst (paragraph-ends): sentences 345 -> 347.
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): 131 -> 132 / 347 -> 348 / 253 -> 253, lost 1307 -> 1307, invented 54 -> 54.
    scan: { paragraphs: 132, sentences: 348, roles: 253, lost: 1307, invented: 54 },
  },
  // Blind in session 36 (WebKitGTK, PDF::Builder, gofpdf), read from session 37: floors at its blind end.
  // The degraded scans lose 1,694 words in the OCR itself (the scan's ceiling is 61.9% of paragraphs:
  // two pages read almost nothing).
  'held-out-23': {
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 178 -> 180.
    ocr: { paragraphs: 180, sentences: 462, roles: 308, lost: 12, invented: 12 },
    tesseract: { paragraphs: 184, sentences: 465, roles: 309, lost: 11, invented: 33 },
    // Session 37 (tess24): an e's grave lost or read as an acute, guillemets read as & < > (ocr-lost-accents, ocr-guillemets): 99 -> 101 / 290 -> 292 / 257 -> 257, lost 1694 -> 1693, invented 117 -> 116.
    scan: { paragraphs: 101, sentences: 292, roles: 257, lost: 1693, invented: 116 },
  },
  // Blind in session 37 (wxHTML, muhammara, Calibre), read from session 38: floors at its blind end.
  // Session 37 (tess24) moved its Tesseract text while it was blind: 151 of 170 paragraphs (was 150),
  // lost 18 -> 15, invented 31 -> 28. The degraded scans lose 1,397 words in the OCR itself (the scan's
  // ceiling is 59.4% of paragraphs: Calibre's scan of the jazz review reads almost nothing).
  'held-out-24': {
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): 145 -> 149 / 449 -> 453 / 282 -> 282, lost 0 -> 0, invented 0 -> 0.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 149 -> 155.
    ocr: { paragraphs: 155, sentences: 453, roles: 282, lost: 0, invented: 0 },
    tesseract: { paragraphs: 151, sentences: 441, roles: 282, lost: 15, invented: 28 },
    // Session 38 (ocr25): a headline set over several short lines, a block of its own, ends before the standfirst (paragraph-ends): sentences 320 -> 322.
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): 98 -> 99 / 322 -> 324 / 249 -> 249, lost 1397 -> 1397, invented 102 -> 102.
    scan: { paragraphs: 99, sentences: 324, roles: 249, lost: 1397, invented: 102 },
  },
  // Blind in session 38 (Java2D through FreeHEP, FPDF, PDF::Create), read from session 39: floors at
  // its blind end. Its degraded scans lose 2,933 words, most in the OCR itself (two scans read
  // almost nothing).
  'held-out-25': {
    // Session 39 (credit26): a caption's credit read whole by the segmenter, a sentence of its own after the description's stop (credit-forms.ts, segment-blocks.ts): sentences ocr 506 -> 510, tesseract 540 -> 544, scan 274 -> 276 (validation half).
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): 142 -> 142 / 510 -> 512 / 328 -> 328, lost 30 -> 30, invented 31 -> 31.
    // Session 42 (ocr42): a caption's credit ending a line ends its block, a heading may stand under it (credit-line-end): ocr 142 -> 143 / 512 -> 513, tesseract 163 -> 164 / 544 -> 545 (validation half, scored once).
    // Session 46 (text46): a small l’ after an enumeration's number left small (ocr-apostrophes), `Photo` before a source in small letters a credit (credit-forms); validation half, scored once: ocr 143 -> 144 / 513 -> 514.
    ocr: { paragraphs: 144, sentences: 514, roles: 328, lost: 30, invented: 31 },
    tesseract: { paragraphs: 164, sentences: 545, roles: 326, lost: 26, invented: 37 },
    scan: { paragraphs: 69, sentences: 276, roles: 243, lost: 2933, invented: 131 },
  },
  // Blind in session 39 (PDF::Reuse, Flying Saucer, PoDoFo), read from session 40: floors at its
  // blind end. Its degraded scans lose 1,742 words, most in the OCR itself (one PoDoFo Berliner
  // scan reads only its folios).
  'held-out-26': {
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): 192 -> 200 / 515 -> 521 / 366 -> 366, lost 2 -> 2, invented 48 -> 48.
    // Session 42 (ocr42): a caption's credit ending a line ends its block, a heading may stand under it (credit-line-end): 200 -> 204 / 521 -> 525 / 366 -> 366, lost 2 -> 2, invented 48 -> 48.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 204 -> 207.
    ocr: { paragraphs: 207, sentences: 525, roles: 366, lost: 2, invented: 48 },
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): 202 -> 208 / 499 -> 505 / 356 -> 356, lost 37 -> 37, invented 42 -> 42.
    // Session 42 (ocr42): a caption's credit ending a line ends its block, a heading may stand under it (credit-line-end): 208 -> 212 / 505 -> 509 / 356 -> 356, lost 37 -> 37, invented 42 -> 42.
    // Session 49 (text49): a caption set apart by blank lines and closed by a credit the forms do not read ends its block (set-apart-credit); development half: 212 -> 213 / 509 -> 510.
    tesseract: { paragraphs: 213, sentences: 510, roles: 356, lost: 37, invented: 42 },
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): 140 -> 144 / 354 -> 358 / 315 -> 315, lost 1742 -> 1742, invented 93 -> 93.
    // Session 42 (ocr42): a caption's credit ending a line ends its block, a heading may stand under it (credit-line-end): 144 -> 148 / 358 -> 362 / 315 -> 315, lost 1742 -> 1742, invented 93 -> 93.
    scan: { paragraphs: 148, sentences: 362, roles: 315, lost: 1742, invented: 93 },
  },
  // Blind in session 40 (Text::PDF, pydyf, @libpdf/core), read from session 41: floors at its
  // blind end. Its degraded scans lose 3,401 words, most in the OCR itself (one pydyf tabloid scan
  // reads empty, one @libpdf/core Berliner scan reads only its folios).
  // Session 41, merged (para28's numbered list after a colon, ocr28's intertitles; validation half): ocr 164 -> 171, tesseract 206 -> 216, scan 94 -> 98 paragraphs.
  'held-out-27': {
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 171 -> 175.
    ocr: { paragraphs: 175, sentences: 473, roles: 370, lost: 46, invented: 46 },
    // Session 47 (ocr47): an intertitle OCR read on top of its paragraph set apart (heading-atop-paragraph); validation half, scored once: tesseract 216 -> 218 / 498 -> 500, scan 98 -> 100 / 241 -> 243.
    // Session 49 (text49): a caption set apart by blank lines and closed by a credit the forms do not read ends its block (set-apart-credit); validation half, scored once: 218 -> 220 / 500 -> 502.
    tesseract: { paragraphs: 220, sentences: 502, roles: 358, lost: 51, invented: 75 },
    scan: { paragraphs: 100, sentences: 243, roles: 272, lost: 3401, invented: 107 },
  },
  // Blind in session 41 (Swing with pdfbox-graphics2d, LilyPond, plain LuaTeX), read from session 42
  // (development half): floors at its blind end. Its degraded scans lose 2,275 words, most in the OCR
  // itself (one LuaTeX Berliner scan reads as its folio alone, one Swing tabloid scan as a few lines).
  'held-out-28': {
    // Session 50 (order50): a sentence that denies or reports someone's word is no caption (caption-prose): 171 -> 173 / 426 -> 428 / 315 -> 317 (development half).
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 173 -> 175.
    ocr: { paragraphs: 175, sentences: 428, roles: 317, lost: 10, invented: 14 },
    // Session 49 (text49): a caption set apart by blank lines and closed by a credit the forms do not read ends its block (set-apart-credit); development half: 170 -> 172 / 405 -> 407.
    // Session 50 (order50): a sentence that denies or reports someone's word is no caption (caption-prose): 172 -> 173 / 407 -> 408 / 309 -> 311 (development half).
    tesseract: { paragraphs: 173, sentences: 408, roles: 311, lost: 48, invented: 66 },
    // Session 50 (order50): a sentence that denies or reports someone's word is no caption (caption-prose): 79 -> 79 / 225 -> 226 / 231 -> 232 (development half).
    scan: { paragraphs: 79, sentences: 226, roles: 232, lost: 2275, invented: 114 },
  },
  // Blind in session 42 (Halibut, GNU Texinfo on pdfTeX, Racket's racket/draw), read from session 43
  // (validation half): floors at its blind end.
  'held-out-29': {
    // Session 43 (accents43): accents drawn apart composed (spacing-accents): sentences 413 -> 414, lost/invented 26/70 -> 25/69.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 167 -> 171.
    ocr: { paragraphs: 171, sentences: 414, roles: 330, lost: 25, invented: 69 },
    // Session 47 (ocr47): an intertitle OCR read on top of its paragraph set apart (heading-atop-paragraph); validation half, scored once: 175 -> 179 / 401 -> 405 / 328 -> 328.
    tesseract: { paragraphs: 179, sentences: 405, roles: 328, lost: 69, invented: 104 },
    scan: { paragraphs: 88, sentences: 237, roles: 259, lost: 1967, invented: 143 },
  },
  // Blind in session 43 (Skia's PDF back end via @napi-rs/canvas, Syncfusion's JS PDF library,
  // Horde_Pdf), read from session 44 (development half): floors at its blind end.
  'held-out-30': {
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 192 -> 194.
    ocr: { paragraphs: 194, sentences: 446, roles: 329, lost: 16, invented: 15 },
    // Session 47 (ocr47): an intertitle OCR read on top of its paragraph set apart (heading-atop-paragraph): 177 -> 179 / 437 -> 439 / 324 -> 324, lost 28 -> 28, invented 40 -> 40.
    // Session 50 (order50): a sentence that denies or reports someone's word is no caption (caption-prose): 179 -> 180 / 439 -> 441 / 324 -> 325 (development half).
    tesseract: { paragraphs: 180, sentences: 441, roles: 325, lost: 28, invented: 40 },
    scan: { paragraphs: 72, sentences: 209, roles: 248, lost: 2475, invented: 99 },
  },
  // Blind in session 44 (Forme through @formepdf/core, PeculiarVentures' pdf-doc, Perl's
  // PostScript::TextBlock), read from session 45 (validation half): floors at its blind end.
  'held-out-31': {
    // Session 46 (text46): a small l’ after an enumeration's number left small (ocr-apostrophes), `Photo` before a source in small letters a credit (credit-forms); validation half, scored once: ocr 185 -> 186 / 439 -> 440, tesseract 202 -> 204 / 443 -> 445, scan 68 -> 69 / 219 -> 220.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 186 -> 189.
    ocr: { paragraphs: 189, sentences: 440, roles: 352, lost: 3, invented: 4 },
    // Session 49 (text49): a caption set apart by blank lines and closed by a credit the forms do not read ends its block (set-apart-credit); validation half, scored once: 204 -> 208 / 445 -> 449.
    tesseract: { paragraphs: 208, sentences: 449, roles: 347, lost: 37, invented: 36 },
    scan: { paragraphs: 69, sentences: 220, roles: 260, lost: 2160, invented: 134 },
  },
  // Blind in session 45 (ExcelTS's PDF module, PDFium with tex-linebreak lines, fcl-pdf with
  // typesettable lines), read from session 46 (development half). Its blind end: ocr 181 / 432 / 348,
  // lost 4, invented 4; tesseract 180 / 424 / 338, lost 50, invented 63.
  'held-out-32': {
    // Session 46 (text46): a small l’ after an enumeration's number left small (ocr-apostrophes), `Photo` before a source in small letters a credit (credit-forms): 181 -> 185 / 432 -> 434 / 348 -> 348, lost 4 -> 0, invented 4 -> 0.
    // Session 50 (order50): a sentence that denies or reports someone's word is no caption (caption-prose): 185 -> 187 / 434 -> 438 / 348 -> 350 (development half).
    ocr: { paragraphs: 187, sentences: 438, roles: 350, lost: 0, invented: 0 },
    // Session 46 (text46): the same: 180 -> 184 / 424 -> 428 / 338 -> 338, lost 50 -> 47, invented 63 -> 60.
    // Session 47 (ocr47): an intertitle OCR read on top of its paragraph set apart (heading-atop-paragraph): 184 -> 186 / 428 -> 430 / 338 -> 338.
    // Session 49 (text49): a caption set apart by blank lines and closed by a credit the forms do not read ends its block (set-apart-credit); development half: 186 -> 187 / 430 -> 431.
    // Session 50 (order50): a sentence that denies or reports someone's word is no caption (caption-prose): 187 -> 189 / 431 -> 435 / 338 -> 340 (development half).
    tesseract: { paragraphs: 189, sentences: 435, roles: 340, lost: 47, invented: 60 },
    // Session 50 (order50): a sentence that denies or reports someone's word is no caption (caption-prose): 56 -> 58 / 180 -> 184 / 234 -> 236 (development half).
    scan: { paragraphs: 58, sentences: 184, roles: 236, lost: 2713, invented: 89 },
  },
  // Blind in session 46 (the Coherent PDF library, Ruby's RBPDF, Ruby's Origami), read from
  // session 47 (validation half: scored, never studied): floors at its blind end.
  'held-out-33': {
    ocr: { paragraphs: 154, sentences: 395, roles: 313, lost: 23, invented: 23 },
    // Session 49 (text49): a caption set apart by blank lines and closed by a credit the forms do not read ends its block (set-apart-credit); validation half, scored once: 177 -> 180 / 413 -> 416.
    tesseract: { paragraphs: 180, sentences: 416, roles: 312, lost: 29, invented: 28 },
    scan: { paragraphs: 115, sentences: 294, roles: 283, lost: 1126, invented: 110 },
  },
  // Blind in session 47 (pikepdf, PyPDF2, pstoedit), read from session 48 (development half):
  // floors at its blind end.
  'held-out-34': {
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 176 -> 180.
    ocr: { paragraphs: 180, sentences: 428, roles: 308, lost: 2, invented: 1 },
    // Session 49 (text49): a caption set apart by blank lines and closed by a credit the forms do not read ends its block (set-apart-credit); development half: 195 -> 197 / 432 -> 434.
    // Session 50 (order50): a sentence that denies or reports someone's word is no caption (caption-prose): 197 -> 198 / 434 -> 436 / 302 -> 303 (development half).
    tesseract: { paragraphs: 198, sentences: 436, roles: 303, lost: 20, invented: 26 },
    // Session 50 (order50): a sentence that denies or reports someone's word is no caption (caption-prose): 115 -> 116 / 288 -> 290 / 252 -> 253 (development half).
    scan: { paragraphs: 116, sentences: 290, roles: 253, lost: 1614, invented: 120 },
  },
  // Blind in session 48 (PDFGen, PDFio, cl-pdf), read from session 49 (validation half: scored,
  // never studied): floors at its blind end (one degraded scan OCR read as nothing: words lost in
  // the OCR itself).
  'held-out-35': {
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 125 -> 128.
    ocr: { paragraphs: 128, sentences: 362, roles: 255, lost: 14, invented: 12 },
    tesseract: { paragraphs: 135, sentences: 359, roles: 250, lost: 11, invented: 27 },
    scan: { paragraphs: 50, sentences: 161, roles: 162, lost: 2093, invented: 107 },
  },
  // Blind in session 49 (pdf4tcl, pdfrw, PDFjet), read from session 50 (development half):
  // floors at its blind end (one degraded scan OCR read as nothing: words lost in the OCR itself).
  'held-out-36': {
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 143 -> 149.
    ocr: { paragraphs: 149, sentences: 368, roles: 273, lost: 18, invented: 17 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 154 -> 156.
    tesseract: { paragraphs: 156, sentences: 361, roles: 263, lost: 21, invented: 54 },
    scan: { paragraphs: 49, sentences: 154, roles: 188, lost: 2275, invented: 120 },
  },
  // Blind in session 50 (HexaPDF, the R&OS PDF class, gopdf), read from session 51 (validation half: scored,
  // never studied): floors at its blind end (one degraded scan OCR read as nothing: words lost in the OCR itself).
  'held-out-37': {
    ocr: { paragraphs: 135, sentences: 371, roles: 277, lost: 5, invented: 5 },
    tesseract: { paragraphs: 139, sentences: 359, roles: 273, lost: 48, invented: 40 },
    scan: { paragraphs: 78, sentences: 222, roles: 215, lost: 1445, invented: 96 },
  },
  // Session 37's credit splits (captions ending on a photo credit), 12 pages each: floors at the
  // credit rule's end (photo-credits.ts). dev-4 is the development half's, val-1 the validation
  // half's (scored once): ocr 39 -> 46 and 42 -> 64 paragraphs, tesseract 74 -> 80 and 59 -> 72,
  // scan 67 -> 70 and 40 -> 47 (val-1's degraded scans lose 783 words in the OCR itself).
  'dev-4': {
    ocr: { paragraphs: 46, sentences: 179, roles: 150, lost: 11, invented: 9 },
    tesseract: { paragraphs: 80, sentences: 267, roles: 160, lost: 5, invented: 4 },
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): 70 -> 72 / 251 -> 254 / 162 -> 162, lost 28 -> 28, invented 20 -> 20.
    scan: { paragraphs: 72, sentences: 254, roles: 162, lost: 28, invented: 20 },
  },
  'val-1': {
    // Session 39 (credit26): a caption's credit read whole by the segmenter, a sentence of its own after the description's stop (credit-forms.ts, segment-blocks.ts): paragraphs ocr 64 -> 65, tesseract 72 -> 74, scan 47 -> 49; sentences 246 -> 249, 268 -> 271, 171 -> 174.
    ocr: { paragraphs: 65, sentences: 249, roles: 159, lost: 15, invented: 38 },
    tesseract: { paragraphs: 74, sentences: 271, roles: 158, lost: 13, invented: 12 },
    scan: { paragraphs: 49, sentences: 174, roles: 111, lost: 783, invented: 48 },
  },
};

/** The splits of fewer pages than the held-out sets' 18 or more: session 37's credit splits, 12 each. */
const FEWER_PAGES: Readonly<Record<string, number>> = { 'dev-4': 12, 'val-1': 12 };

const CASES = Object.entries(FLOORS).flatMap(([split, paths]) => Object.entries(paths).map(([path, floor]) => [split, path, floor] as const));

describe.each(CASES)('%s read by the %s path', (split, path, floor) => {
  it('holds its floors', () => {
    const totals = scoreSplitPath(split, path);
    expect(totals.files).toBeGreaterThanOrEqual(FEWER_PAGES[split] ?? 18);
    expect(totals.paragraphs).toBeGreaterThanOrEqual(floor.paragraphs);
    expect(totals.sentences).toBeGreaterThanOrEqual(floor.sentences);
    expect(totals.roles).toBeGreaterThanOrEqual(floor.roles);
    expect(totals.wordsLost).toBeLessThanOrEqual(floor.lost);
    expect(totals.wordsInvented).toBeLessThanOrEqual(floor.invented);
  });
});

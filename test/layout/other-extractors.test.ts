/**
 * The print-page corpus extracted by the other tools a new user may get a page's text with
 * (test/fixtures/pages/other-extractions.ts: MuPDF's `mutool draw -F txt`, PyMuPDF's
 * `page.get_text()`, pdfminer.six's `pdf2txt`), committed beside each page since session 29 and
 * scored per split and path with the shared scorer, every kind of horizontal space compared alike
 * (the expected texts keep the source's plain spaces where a typesetter set no-break ones, which
 * these tools keep). The floors are what the stage reaches on them today (shares floored to the
 * hundredth, words lost and invented at most), so that a change that loses ground on a text the
 * stage was not built on fails. A page a tool failed on has no file and is not scored.
 *
 * Floors at session 29's code: pdfminer's NUL and MuPDF's U+FFFD for a narrow no-break space a
 * font names no character for read as that space (held-out-10, held-out-15), and a justified
 * line's stretched word spaces, written as runs of two or three spaces, read as word spaces rather
 * than gutters between side-by-side columns (every split; word-spaces.ts).
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

const FLOORS: Record<string, Record<'mutool' | 'pymupdf' | 'pdfminer', Floor>> = {
  'dev': {
    mutool: { paragraphs: 0.98, sentences: 1, roles: 1, lost: 0, invented: 0 },
    pymupdf: { paragraphs: 0.98, sentences: 1, roles: 1, lost: 0, invented: 0 },
    pdfminer: { paragraphs: 0.91, sentences: 0.95, roles: 0.98, lost: 12, invented: 16 },
  },
  'dev-2': {
    mutool: { paragraphs: 0.98, sentences: 1, roles: 1, lost: 0, invented: 0 },
    pymupdf: { paragraphs: 0.98, sentences: 1, roles: 1, lost: 0, invented: 0 },
    // Session 44 (extractors44): the body's end pdfminer read before the byline opening the body put after its last paragraph (boxed-body-opening): paragraphs 165 -> 169, sentences 447 -> 454.
    pdfminer: { paragraphs: 0.9, sentences: 0.93, roles: 0.98, lost: 5, invented: 8 },
  },
  'dev-3': {
    mutool: { paragraphs: 0.91, sentences: 1, roles: 1, lost: 0, invented: 0 },
    pymupdf: { paragraphs: 0.91, sentences: 1, roles: 1, lost: 0, invented: 0 },
    pdfminer: { paragraphs: 0.9, sentences: 0.98, roles: 1, lost: 0, invented: 0 },
  },
  // Session 34 (roles21): `Nicolas Ferrier, envoyé spécial` closing the body read as the byline
  // (signature-post.ts): every role and sentence right on mutool and PyMuPDF, pdfminer's roles now 78 of 82.
  'held-out': {
    mutool: { paragraphs: 0.95, sentences: 1, roles: 1, lost: 0, invented: 0 },
    pymupdf: { paragraphs: 0.95, sentences: 1, roles: 1, lost: 0, invented: 0 },
    pdfminer: { paragraphs: 0.86, sentences: 0.92, roles: 0.95, lost: 5, invented: 7 },
  },
  'held-out-2': {
    mutool: { paragraphs: 0.97, sentences: 0.99, roles: 1, lost: 0, invented: 0 },
    pymupdf: { paragraphs: 0.93, sentences: 1, roles: 1, lost: 0, invented: 0 },
    // Session 44 (extractors44): the body's end pdfminer read before the byline opening the body put after its last paragraph (boxed-body-opening): paragraphs 86 -> 88, sentences 288 -> 294.
    pdfminer: { paragraphs: 0.94, sentences: 0.99, roles: 1, lost: 0, invented: 0 },
  },
  'held-out-3': {
    // A figure's groups a stretched line set a word a line kept in its run (session 30: lost 28 -> 23, 29 -> 22, 35 -> 34).
    mutool: { paragraphs: 0.91, sentences: 0.95, roles: 0.96, lost: 21, invented: 29 },
    pymupdf: { paragraphs: 0.89, sentences: 0.94, roles: 0.96, lost: 22, invented: 30 },
    // Session 44 (extractors44): the body's end pdfminer read before the byline opening the body put after its last paragraph (boxed-body-opening): paragraphs 234 -> 236, sentences 714 -> 720 (validation half, scored once).
    pdfminer: { paragraphs: 0.84, sentences: 0.91, roles: 0.96, lost: 34, invented: 44 },
  },
  'held-out-4': {
    mutool: { paragraphs: 0.99, sentences: 0.97, roles: 0.95, lost: 0, invented: 2 },
    // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 149 -> 150, sentences 450 -> 451, roles 257 -> 257, lost/invented 0/2 -> 0/2.
    pymupdf: { paragraphs: 0.95, sentences: 0.97, roles: 0.94, lost: 0, invented: 2 },
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 127 -> 128, sentences 402 -> 403, roles 252 -> 252, lost/invented 4/5 -> 4/5.
    pdfminer: { paragraphs: 0.81, sentences: 0.87, roles: 0.93, lost: 4, invented: 5 },
  },
  'held-out-5': {
    mutool: { paragraphs: 0.99, sentences: 0.98, roles: 0.97, lost: 0, invented: 0 },
    pymupdf: { paragraphs: 0.96, sentences: 0.98, roles: 0.96, lost: 7, invented: 0 },
    // Session 44 (extractors44): the body's end pdfminer read before the byline opening the body put after its last paragraph (boxed-body-opening): paragraphs 187 -> 193, sentences 588 -> 599 (validation half, scored once).
    pdfminer: { paragraphs: 0.89, sentences: 0.92, roles: 0.95, lost: 4, invented: 6 },
  },
  'held-out-6': {
    // The paper's name and the section's label above a head's date the pages repeat, out (paragraphs 184 -> 187 and 180 -> 182).
    // Then a figure's groups kept in a run of one-word lines (session 30: lost 1 -> 0, 2 -> 1), and the OCR paths' page heads (invented 29 -> 26, 37 -> 34).
    mutool: { paragraphs: 0.97, sentences: 0.98, roles: 0.98, lost: 0, invented: 26 },
    // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 183 -> 187, sentences 537 -> 537, roles 305 -> 305, lost/invented 1/34 -> 1/34.
    pymupdf: { paragraphs: 0.96, sentences: 0.98, roles: 0.98, lost: 1, invented: 34 },
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 168 -> 169, sentences 508 -> 509, roles 305 -> 305, lost/invented 11/12 -> 11/12.
    // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 169 -> 171, sentences 509 -> 509, roles 305 -> 305, lost/invented 11/12 -> 11/12.
    pdfminer: { paragraphs: 0.88, sentences: 0.93, roles: 0.98, lost: 11, invented: 12 },
  },
  'held-out-7': {
    mutool: { paragraphs: 0.94, sentences: 0.97, roles: 0.97, lost: 3, invented: 0 },
    // A heading's room left read on the printed measure (intertitles, session 30): pymupdf 192 -> 194.
    pymupdf: { paragraphs: 0.93, sentences: 0.97, roles: 0.97, lost: 3, invented: 0 },
    // Session 44 (extractors44): the body's end pdfminer read before the byline opening the body put after its last paragraph (boxed-body-opening): paragraphs 187 -> 189, sentences 609 -> 614 (validation half, scored once).
    pdfminer: { paragraphs: 0.91, sentences: 0.96, roles: 0.96, lost: 2, invented: 4 },
  },
  'held-out-8': {
    mutool: { paragraphs: 0.97, sentences: 0.93, roles: 0.95, lost: 2, invented: 8 },
    // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 197 -> 198, sentences 463 -> 465, roles 316 -> 317, lost/invented 2/8 -> 1/7.
    pymupdf: { paragraphs: 0.93, sentences: 0.94, roles: 0.96, lost: 1, invented: 7 },
    // Session 44 (extractors44): the body's end pdfminer read before the byline opening the body put after its last paragraph (boxed-body-opening): paragraphs 190 -> 191, sentences 439 -> 441.
    pdfminer: { paragraphs: 0.9, sentences: 0.89, roles: 0.95, lost: 9, invented: 8 },
  },
  'held-out-9': {
    // A figure's groups kept in a run of one-word lines, and the page heads (session 30: paragraphs 206 -> 210 and 214 -> 215 of 224, lost 3 -> 1).
    mutool: { paragraphs: 0.93, sentences: 0.98, roles: 0.99, lost: 1, invented: 29 },
    pymupdf: { paragraphs: 0.95, sentences: 0.98, roles: 0.99, lost: 1, invented: 29 },
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 175 -> 176, sentences 507 -> 510, roles 327 -> 327, lost/invented 35/24 -> 35/24.
    // Session 44 (extractors44): the body's end pdfminer read before the byline opening the body put after its last paragraph (boxed-body-opening): paragraphs 176 -> 180, sentences 510 -> 519 (validation half, scored once).
    pdfminer: { paragraphs: 0.8, sentences: 0.88, roles: 0.96, lost: 35, invented: 24 },
  },
  'held-out-10': {
    // A section's label between the paper's name and the date, with a kicker under the date past the folio, out as the head's: invented 14 -> 11.
    mutool: { paragraphs: 0.97, sentences: 0.99, roles: 0.99, lost: 0, invented: 8 },
    pymupdf: { paragraphs: 0.97, sentences: 0.99, roles: 0.99, lost: 0, invented: 8 },
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 199 -> 201, sentences 509 -> 511, roles 349 -> 349, lost/invented 5/5 -> 5/5.
    // Session 44 (extractors44): the body's end pdfminer read before the byline opening the body put after its last paragraph (boxed-body-opening): paragraphs 201 -> 202, sentences 511 -> 513.
    pdfminer: { paragraphs: 0.86, sentences: 0.92, roles: 0.98, lost: 5, invented: 5 },
  },
  'held-out-11': {
    mutool: { paragraphs: 0.98, sentences: 0.98, roles: 0.98, lost: 0, invented: 0 },
    pymupdf: { paragraphs: 0.99, sentences: 0.98, roles: 0.98, lost: 0, invented: 0 },
    pdfminer: { paragraphs: 0.88, sentences: 0.89, roles: 0.97, lost: 0, invented: 19 },
  },
  'held-out-12': {
    mutool: { paragraphs: 0.99, sentences: 0.98, roles: 0.98, lost: 0, invented: 33 },
    pymupdf: { paragraphs: 0.93, sentences: 0.95, roles: 0.95, lost: 1, invented: 19 },
    // Session 37 (text24): the page's date and folio read out of place come out (dated-head-line): invented 30 -> 24.
    // Session 40 (layout27): wide word spaces lining up in pdfminer's text of Story's justified page are no gutter (column-gutter.ts): 212 -> 215 paragraphs, lost/invented 2/24 -> 0/22.
    // Session 44 (extractors44): the body's end pdfminer read before the byline opening the body put after its last paragraph (boxed-body-opening): paragraphs 215 -> 221, sentences 522 -> 528.
    pdfminer: { paragraphs: 0.9, sentences: 0.91, roles: 0.97, lost: 0, invented: 22 },
  },
  'held-out-13': {
    // A caption read on its face where no line shows pdftotext's glueing, past the body's widest
    // lines (wider-measure-captions.ts, session 30: a2ps, paragraphs 121 -> 122 and 124 -> 125).
    // Session 32 (text18): an indenting article's short sentence end before vertical space or an unindented sentence ends its paragraph (paragraph-ends).
    mutool: { paragraphs: 0.89, sentences: 0.94, roles: 0.97, lost: 0, invented: 11 },
    // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 130 -> 134, sentences 375 -> 379, roles 234 -> 234, lost/invented 0/11 -> 0/11.
    pymupdf: { paragraphs: 0.95, sentences: 0.98, roles: 0.99, lost: 0, invented: 11 },
    pdfminer: { paragraphs: 0.95, sentences: 0.91, roles: 0.94, lost: 0, invented: 71 },
  },
  'held-out-14': {
    // Furniture drawn after the body read at the first page's foot (session 30, Calligra's pages):
    // mutool 208 -> 210 / 494 -> 510 / 294 -> 307, pymupdf 207 -> 210 / 499 -> 515 / 293 -> 307.
    // and a standfirst set narrower than the body read on past its first sentence: roles 307 -> 309 each.
    mutool: { paragraphs: 0.94, sentences: 0.96, roles: 0.96, lost: 1, invented: 34 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 211 -> 213.
    pymupdf: { paragraphs: 0.95, sentences: 0.97, roles: 0.96, lost: 1, invented: 23 },
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 186 -> 187, sentences 474 -> 475, roles 304 -> 304, lost/invented 13/64 -> 13/64.
    pdfminer: { paragraphs: 0.83, sentences: 0.9, roles: 0.95, lost: 13, invented: 64 },
  },
  'held-out-15': {
    // A standfirst set wider than the body's column read on past its first line (session 30): mutool 554 -> 555 sentences.
    // Session 32 (roles19), one wide line alone in a caption's face read as a caption: raised to mutool 357, PyMuPDF 356 of 367 roles.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 234 -> 236.
    mutool: { paragraphs: 0.94, sentences: 0.97, roles: 0.97, lost: 0, invented: 0 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 234 -> 238.
    pymupdf: { paragraphs: 0.95, sentences: 0.97, roles: 0.97, lost: 0, invented: 0 },
    // The head's name and section cell two lines from a lone date, a kicker between: lost 16 -> 15, invented 66 -> 56.
    // Session 34 (pdf21): iText's letter-spaced lines closed (letter-spaced-words): 223 -> 225 of 249, invented 45 -> 0.
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 226 -> 227, sentences 540 -> 541, roles 353 -> 353, lost/invented 5/0 -> 5/0.
    pdfminer: { paragraphs: 0.91, sentences: 0.93, roles: 0.96, lost: 5, invented: 0 },
  },
  // Blind in session 29, read from session 30: floors at its blind end.
  'held-out-16': {
    // Furniture drawn after the body read at the first page's foot (session 30, PDFBox's pages):
    // mutool sentences 535 -> 566, roles 345 -> 370; pymupdf 531 -> 565, 346 -> 371; pymupdf
    // paragraphs 237 -> 239 with a heading's room left read on the printed measure (intertitles),
    // though a match report's last lines, their column's measure no longer read with the
    // standfirst's wider line in it, are no more told apart (2 lost).
    mutool: { paragraphs: 0.94, sentences: 0.96, roles: 0.95, lost: 13, invented: 4 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 241 -> 248.
    pymupdf: { paragraphs: 0.9, sentences: 0.95, roles: 0.95, lost: 13, invented: 4 },
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 230 -> 231, sentences 525 -> 526, roles 374 -> 374, lost/invented 5/12 -> 5/12.
    // Session 44 (extractors44): the body's end pdfminer read before the byline opening the body put after its last paragraph (boxed-body-opening): paragraphs 231 -> 233, sentences 526 -> 529.
    pdfminer: { paragraphs: 0.85, sentences: 0.89, roles: 0.96, lost: 5, invented: 12 },
  },
  // Blind in session 30, read from session 31: floors at its blind end (fresh extractions then).
  // Session 31 (text17): Emacs's minus signs for hyphen-minus made '-' (hyphen-characters), two
  // columns printed row by row read one after the other (interleaved-columns): mutool and PyMuPDF
  // 192 -> 201, pdfminer 171 -> 180 of 236 paragraphs, 50 -> 26 words lost.
  'held-out-17': {
    // With session 31's merged code (the apostrophes, the minus signs, the interleaved columns, the
    // standfirsts' two sentences): mutool 192 -> 212, PyMuPDF 192 -> 210, pdfminer 171 -> 191 of 236.
    // Session 32 (text18): an indenting article's short sentence end before vertical space or an unindented sentence ends its paragraph (paragraph-ends).
    // Session 32 (roles18), the typed dateline (`LURE -`): mutool 212 -> 216, PyMuPDF 210 -> 214, pdfminer 191 -> 194.
    // Session 32 (text19), a run of one-word lines not cut after a sentence ending inside its second printed line: PyMuPDF 217 -> 218.
    mutool: { paragraphs: 0.91, sentences: 0.98, roles: 0.98, lost: 0, invented: 0 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 220 -> 224.
    pymupdf: { paragraphs: 0.94, sentences: 0.99, roles: 0.99, lost: 0, invented: 0 },
    pdfminer: { paragraphs: 0.82, sentences: 0.9, roles: 0.97, lost: 0, invented: 22 },
  },
  // Blind in session 31, read from session 32: floors at its blind end. Session 32 (pdf18): Vim's
  // lines justified by whole spaces, a nearly full one given one or two (word-spaces): mutool 184
  // -> 192, PyMuPDF 177 -> 183, pdfminer 183 -> 191 of 201 paragraphs; 2 more words invented each
  // (`Page 1` of Vim's header, no longer cut off as a column of its own now that the body's runs
  // of spaces are gone: the header itself, its date cut by Vim, is left to the page furniture).
  'held-out-18': {
    // Session 32 (text18): an indenting article's short sentence end before vertical space or an unindented sentence ends its paragraph (paragraph-ends).
    // Session 32 (roles18), the typed dateline and a briefs column's head: roles mutool 250 -> 262,
    // PyMuPDF 251 -> 259, pdfminer 269 -> 279 of 294.
    // Session 32 (roles19), `Texte et photos : <name>` read as the byline and a caption's line cut
    // after its elided letter: roles mutool 262 -> 266, PyMuPDF 259 -> 262, pdfminer 279 -> 282 of 294.
    mutool: { paragraphs: 0.97, sentences: 0.92, roles: 0.9, lost: 12, invented: 39 },
    // Session 41 (para28): a ranking's first item wrapped onto a figure is no intertitle: PyMuPDF 186 -> 187 of 201.
    pymupdf: { paragraphs: 0.93, sentences: 0.92, roles: 0.89, lost: 8, invented: 35 },
    pdfminer: { paragraphs: 0.97, sentences: 0.96, roles: 0.95, lost: 3, invented: 73 },
  },
  // Blind in session 32 (Dompdf, Apache Batik, R's grid), read from session 33: floors at its blind end.
  'held-out-19': {
    mutool: { paragraphs: 0.91, sentences: 0.95, roles: 0.94, lost: 0, invented: 3 },
    // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 204 -> 204, sentences 550 -> 552, roles 316 -> 316, lost/invented 9/12 -> 6/9.
    pymupdf: { paragraphs: 0.89, sentences: 0.95, roles: 0.92, lost: 6, invented: 9 },
    // Session 44 (extractors44): the body's end pdfminer read before the byline opening the body put after its last paragraph (boxed-body-opening): paragraphs 145 -> 150, sentences 456 -> 464 (validation half, scored once).
    pdfminer: { paragraphs: 0.65, sentences: 0.8, roles: 0.94, lost: 60, invented: 143 },
  },
  // Blind in session 33 (@pdfme/generator, Paged.js, fig2dev), read from session 34: floors at its
  // blind end. pdfme's justified lines are letter-spaced: the tools write their words as letters apart.
  'held-out-20': {
    // Session 34 (pdf21): a line written letter by letter, its words parted by wider gaps, closed
    // (letter-spaced-words): mutool 192 -> 195, PyMuPDF 175 -> 177, pdfminer 128 -> 137 of 206;
    // invented 94 -> 8, 94 -> 8, 422 -> 132.
    // Session 34 (roles21): a signature giving the writer's post read as the byline (roles 312 -> 316, 310 -> 314, 307 -> 311).
    // Session 34, the branches merged (the lead): floors at the merged code, their changes together.
    // Session 37 (pdf24): pdfme's line folded after `(` joined with no space (join-lines): +1
    // paragraph and sentence each, lost 3 -> 2, 2 -> 1, 64 -> 63, invented 3 -> 1, 3 -> 1, 128 -> 126.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 199 -> 201.
    mutool: { paragraphs: 0.97, sentences: 0.98, roles: 0.97, lost: 2, invented: 1 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 189 -> 191.
    pymupdf: { paragraphs: 0.92, sentences: 0.98, roles: 0.97, lost: 1, invented: 1 },
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 141 -> 143, sentences 431 -> 433, roles 314 -> 314, lost/invented 62/126 -> 62/126.
    // Session 44 (extractors44): the body's end pdfminer read before the byline opening the body put after its last paragraph (boxed-body-opening): paragraphs 143 -> 146, sentences 433 -> 439.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 146 -> 148.
    pdfminer: { paragraphs: 0.71, sentences: 0.81, roles: 0.96, lost: 62, invented: 126 },
  },
  // Blind in session 34 (iText 2, Gnumeric's ssconvert, PyX), read from session 35: floors at its blind end.
  'held-out-21': {
    // Session 35 (text22): a folio counter whose total the header left blank (`18 /`) comes out with its
    // running header (invented 37 -> 0), a quoted intertitle filling its line stands alone.
    // Session 35 (roles22): the folio `12 /` read in the running head, a list's entries kept in the body.
    mutool: { paragraphs: 0.97, sentences: 0.98, roles: 0.98, lost: 0, invented: 0 },
    // Session 35, the branches merged (the lead): floors at the merged code, their changes together.
    pymupdf: { paragraphs: 0.97, sentences: 0.98, roles: 0.98, lost: 0, invented: 0 },
    pdfminer: { paragraphs: 0.91, sentences: 0.94, roles: 0.98, lost: 0, invented: 0 },
  },
  // Blind in session 35 (HTMLDOC, Asciidoctor PDF, rst2pdf), read from session 36: floors at its blind end.
  'held-out-22': {
    mutool: { paragraphs: 0.95, sentences: 0.96, roles: 0.96, lost: 3, invented: 3 },
    pymupdf: { paragraphs: 0.95, sentences: 0.96, roles: 0.95, lost: 3, invented: 3 },
    // Session 36, the branches merged (the lead): pdfminer lost 3 -> 2, invented 28 -> 27.
    // Session 37 (text24): the page's date and folio read out of place come out (dated-head-line): 175 -> 177 of 198, invented 27 -> 15.
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 177 -> 179, sentences 435 -> 437, roles 281 -> 281, lost/invented 2/15 -> 2/15.
    pdfminer: { paragraphs: 0.9, sentences: 0.91, roles: 0.92, lost: 2, invented: 15 },
  },
  // Blind in session 36 (WebKitGTK, PDF::Builder, gofpdf), read from session 37: floors at its blind end.
  'held-out-23': {
    mutool: { paragraphs: 0.97, sentences: 0.99, roles: 0.99, lost: 0, invented: 0 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 190 -> 192.
    pymupdf: { paragraphs: 0.97, sentences: 0.98, roles: 0.98, lost: 0, invented: 0 },
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 184 -> 185, sentences 464 -> 466, roles 309 -> 309, lost/invented 0/0 -> 0/0.
    // Session 44 (extractors44): the body's end pdfminer read before the byline opening the body put after its last paragraph (boxed-body-opening): paragraphs 185 -> 186, sentences 466 -> 468 (validation half, scored once).
    pdfminer: { paragraphs: 0.94, sentences: 0.96, roles: 0.98, lost: 0, invented: 0 },
  },
  // Blind in session 37 (wxHTML, muhammara, Calibre), read from session 38: its other extractors'
  // texts were made then and scored once, on the code of the session's start; floors there.
  'held-out-24': {
    mutool: { paragraphs: 0.95, sentences: 0.97, roles: 0.97, lost: 0, invented: 7 },
    // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 157 -> 159, sentences 465 -> 465, roles 280 -> 280, lost/invented 0/7 -> 0/7.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 159 -> 163.
    pymupdf: { paragraphs: 0.95, sentences: 0.97, roles: 0.97, lost: 0, invented: 7 },
    pdfminer: { paragraphs: 0.88, sentences: 0.91, roles: 0.96, lost: 0, invented: 21 },
  },
  // Blind in session 38 (Java2D through FreeHEP, FPDF, PDF::Create), read from session 39: its other
  // extractors' texts were made then and scored once, on the code of the session's start; floors there.
  'held-out-25': {
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 174 -> 178, sentences 569 -> 573, roles 323 -> 323, lost/invented 0/7 -> 0/7.
    // Session 42 (ocr42): a caption's credit ending a line ends its block, a heading may stand under it (credit-line-end): paragraphs 178 -> 179, sentences 573 -> 574 (validation half, scored once).
    mutool: { paragraphs: 0.93, sentences: 0.96, roles: 0.95, lost: 0, invented: 7 },
    pymupdf: { paragraphs: 0.9, sentences: 0.97, roles: 0.98, lost: 0, invented: 7 },
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 162 -> 168, sentences 529 -> 535, roles 318 -> 318, lost/invented 0/7 -> 0/7.
    // Session 42 (ocr42): a caption's credit ending a line ends its block, a heading may stand under it (credit-line-end): paragraphs 168 -> 169, sentences 535 -> 536 (validation half, scored once).
    pdfminer: { paragraphs: 0.88, sentences: 0.89, roles: 0.94, lost: 0, invented: 7 },
  },
  // Blind in session 39 (PDF::Reuse, Flying Saucer, PoDoFo), read from session 40: its other
  // extractors' texts were made then and scored once, on the code of the session's start; floors there.
  'held-out-26': {
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 225 -> 231, sentences 536 -> 542, roles 366 -> 366, lost/invented 2/62 -> 2/62.
    // Session 42 (ocr42): a caption's credit ending a line ends its block, a heading may stand under it (credit-line-end): paragraphs 231 -> 235, sentences 542 -> 546.
    mutool: { paragraphs: 0.93, sentences: 0.89, roles: 0.93, lost: 2, invented: 62 },
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 208 -> 216, sentences 533 -> 541, roles 366 -> 366, lost/invented 2/62 -> 2/62.
    // Session 42 (ocr42): a caption's credit ending a line ends its block, a heading may stand under it (credit-line-end): paragraphs 216 -> 220, sentences 541 -> 545.
    pymupdf: { paragraphs: 0.87, sentences: 0.89, roles: 0.93, lost: 2, invented: 62 },
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 206 -> 214, sentences 504 -> 512, roles 364 -> 364, lost/invented 27/36 -> 27/36.
    // Session 42 (ocr42): a caption's credit ending a line ends its block, a heading may stand under it (credit-line-end): paragraphs 214 -> 218, sentences 512 -> 516.
    // Session 44 (extractors44): the body's end pdfminer read before the byline opening the body put after its last paragraph (boxed-body-opening): paragraphs 218 -> 225, sentences 516 -> 530.
    pdfminer: { paragraphs: 0.89, sentences: 0.87, roles: 0.92, lost: 27, invented: 36 },
  },
  // Blind in session 40 (Text::PDF, pydyf, @libpdf/core), read from session 41: its other
  // extractors' texts were made then and scored once, on the code of the session's start; floors there.
  // Session 41, merged (para28's numbered list after a colon, ocr28's intertitles; validation half): MuPDF 228 -> 242, PyMuPDF 189 -> 199, pdfminer 193 -> 205 paragraphs.
  'held-out-27': {
    mutool: { paragraphs: 0.92, sentences: 0.95, roles: 0.96, lost: 3, invented: 2 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 199 -> 206.
    pymupdf: { paragraphs: 0.78, sentences: 0.95, roles: 0.97, lost: 5, invented: 2 },
    // Session 44 (extractors44): the body's end pdfminer read before the byline opening the body put after its last paragraph (boxed-body-opening): paragraphs 205 -> 208, sentences 484 -> 489 (validation half, scored once).
    pdfminer: { paragraphs: 0.79, sentences: 0.85, roles: 0.95, lost: 14, invented: 5 },
  },
  // Blind in session 41 (Swing with pdfbox-graphics2d, LilyPond, plain LuaTeX), read from session 42
  // (development half): its other extractors' texts were made then and scored once, on the code of
  // the session's start; floors there.
  'held-out-28': {
    // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 194 -> 195, sentences 446 -> 447, roles 315 -> 315, lost/invented 8/17 -> 8/17.
    mutool: { paragraphs: 0.89, sentences: 0.91, roles: 0.94, lost: 8, invented: 17 },
    // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 180 -> 185, sentences 448 -> 450, roles 313 -> 313, lost/invented 8/17 -> 8/17.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 188 -> 192.
    pymupdf: { paragraphs: 0.88, sentences: 0.92, roles: 0.94, lost: 8, invented: 17 },
    pdfminer: { paragraphs: 0.56, sentences: 0.66, roles: 0.83, lost: 333, invented: 188 },
  },
  // Blind in session 42 (Halibut, GNU Texinfo on pdfTeX, Racket's racket/draw), read from session 43
  // (validation half): its other extractors' texts were made then and scored once, on the code of
  // the session's start; floors there.
  'held-out-29': {
    // Session 43 (accents43): TeX's accents the extraction wrote apart from their letters composed (spacing-accents): paragraphs 146 -> 187, sentences 352 -> 441, roles 326 -> 333, lost/invented 273/285 -> 11/23.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 190 -> 192.
    mutool: { paragraphs: 0.79, sentences: 0.86, roles: 0.93, lost: 11, invented: 23 },
    // Session 43 (accents43): TeX's accents the extraction wrote apart from their letters composed (spacing-accents): paragraphs 135 -> 176, sentences 340 -> 431, roles 327 -> 334, lost/invented 277/289 -> 15/27.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 179 -> 183.
    pymupdf: { paragraphs: 0.75, sentences: 0.85, roles: 0.94, lost: 15, invented: 27 },
    // Session 43 (accents43): TeX's accents the extraction wrote apart from their letters composed (spacing-accents): paragraphs 123 -> 172, sentences 313 -> 411, roles 331 -> 337, lost/invented 277/286 -> 15/24.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 176 -> 178.
    pdfminer: { paragraphs: 0.73, sentences: 0.81, roles: 0.94, lost: 15, invented: 24 },
  },
  // Blind in session 43 (Skia's PDF back end via @napi-rs/canvas, Syncfusion's JS PDF library,
  // Horde_Pdf), read from session 44 (development half): its other extractors' texts were made then
  // and scored on the code of the session's start; floors there (MuPDF reads Syncfusion's spaces and
  // accented letters as U+FFFD, pypdf runs Skia's justified words together: lost in the text itself).
  'held-out-30': {
    // Session 47 (the lead): a text most of whose glyphs MuPDF wrote as U+FFFD (Syncfusion's six
    // pages here: 68-85% of their characters) refused as unreadable (INPUT_UNREADABLE, decode.ts)
    // instead of structured as garbage: invented 772 -> 2 and 774 -> 2, but the few words and the
    // roles its readable scraps gave are gone with it: sentences 325 -> 321 and 319 -> 318, roles
    // 229 -> 223 and 227 -> 222, lost 1878 -> 1897 and 1879 -> 1897.
    mutool: { paragraphs: 0.62, sentences: 0.63, roles: 0.65, lost: 1897, invented: 2 },
    pymupdf: { paragraphs: 0.6, sentences: 0.62, roles: 0.65, lost: 1897, invented: 2 },
    pdfminer: { paragraphs: 0.84, sentences: 0.87, roles: 0.96, lost: 6, invented: 8 },
  },
  // Blind in session 44 (Forme through @formepdf/core, PeculiarVentures' pdf-doc, Perl's
  // PostScript::TextBlock), read from session 45 (validation half): its other extractors' texts
  // were made then and scored on the code of the session's start; floors there.
  'held-out-31': {
    // Session 46 (text46): a small l’ after an enumeration's number left small (ocr-apostrophes), `Photo` before a source in small letters a credit (credit-forms); validation half, scored once: paragraphs 228 -> 230, sentences 491 -> 493.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 234 -> 236.
    mutool: { paragraphs: 0.94, sentences: 0.94, roles: 0.97, lost: 1, invented: 2 },
    // Session 46 (text46): a small l’ after an enumeration's number left small (ocr-apostrophes), `Photo` before a source in small letters a credit (credit-forms); validation half, scored once: paragraphs 218 -> 220, sentences 488 -> 490.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 220 -> 222.
    pymupdf: { paragraphs: 0.89, sentences: 0.94, roles: 0.96, lost: 1, invented: 2 },
    pdfminer: { paragraphs: 0.79, sentences: 0.84, roles: 0.96, lost: 1, invented: 2 },
  },
  // Blind in session 45 (ExcelTS's PDF module, PDFium with tex-linebreak's lines, fcl-pdf with
  // typesettable's lines), read from session 46 (development half): its other extractors' texts
  // were made then and scored on the code of the session's start; floors there (pypdf runs words
  // together on these pages: lost in the text itself).
  'held-out-32': {
    // Session 46 (the merge of text46): a small l’ after a list item's number left small (ocr-apostrophes), `Photo` before a source in small letters a credit (credit-forms): mutool 204 -> 206 / 468 -> 471 / 354, lost/invented 4/4 -> 0/0.
    mutool: { paragraphs: 0.82, sentences: 0.87, roles: 0.95, lost: 0, invented: 0 },
    // Session 46 (the same): 182 -> 184 / 450 -> 453 / 345, lost/invented 4/4 -> 0/0.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 187 -> 189.
    pymupdf: { paragraphs: 0.75, sentences: 0.83, roles: 0.93, lost: 0, invented: 0 },
    // Session 46 (the same): 197 -> 198 / 451 -> 452 / 349, lost/invented 4/4 -> 0/0.
    pdfminer: { paragraphs: 0.79, sentences: 0.83, roles: 0.94, lost: 0, invented: 0 },
  },
  // Blind in session 46 (the Coherent PDF library, Ruby's RBPDF, Ruby's Origami), read from
  // session 47 (validation half: scored, never studied): its other extractors' texts were made then
  // and scored on the code of the session's start; floors there. RBPDF's six pages set their text in
  // CID TrueType faces with no ToUnicode map: MuPDF and PyMuPDF read them as U+FFFD, pdfminer as
  // `(cid:N)` placeholders (refused as unreadable: INPUT_UNREADABLE, scored as an empty article),
  // PDFBox as nothing: words lost in the text itself.
  'held-out-33': {
    mutool: { paragraphs: 0.55, sentences: 0.55, roles: 0.64, lost: 2029, invented: 0 },
    pymupdf: { paragraphs: 0.54, sentences: 0.55, roles: 0.64, lost: 2029, invented: 0 },
    pdfminer: { paragraphs: 0.47, sentences: 0.51, roles: 0.64, lost: 2028, invented: 0 },
  },
  // Blind in session 47 (pikepdf, PyPDF2, pstoedit), read from session 48 (development half): its
  // other extractors' texts were made then and scored on the code of the session's start; floors there.
  'held-out-34': {
    mutool: { paragraphs: 0.91, sentences: 0.9, roles: 0.94, lost: 1, invented: 13 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 191 -> 197.
    pymupdf: { paragraphs: 0.9, sentences: 0.9, roles: 0.94, lost: 1, invented: 13 },
    pdfminer: { paragraphs: 0.83, sentences: 0.84, roles: 0.94, lost: 1, invented: 13 },
  },
  // Blind in session 48 (PDFGen, PDFio, cl-pdf), read from session 49 (validation half: scored,
  // never studied): its other extractors' texts were made then and scored on the code of the
  // session's start; floors there.
  'held-out-35': {
    mutool: { paragraphs: 0.92, sentences: 0.95, roles: 0.97, lost: 6, invented: 3 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 138 -> 145.
    pymupdf: { paragraphs: 0.92, sentences: 0.94, roles: 0.97, lost: 6, invented: 3 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 102 -> 106.
    pdfminer: { paragraphs: 0.67, sentences: 0.69, roles: 0.86, lost: 6, invented: 16 },
  },
  // Blind in session 49 (pdf4tcl, pdfrw, PDFjet), read from session 50 (development half):
  // its other extractors' texts were made then and scored on the code of the session's start; floors there.
  'held-out-36': {
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 154 -> 156.
    mutool: { paragraphs: 0.84, sentences: 0.9, roles: 0.94, lost: 2, invented: 1 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 155 -> 161.
    pymupdf: { paragraphs: 0.87, sentences: 0.91, roles: 0.95, lost: 2, invented: 1 },
    pdfminer: { paragraphs: 0.71, sentences: 0.82, roles: 0.95, lost: 2, invented: 11 },
  },
  // Blind in session 50 (HexaPDF, the R&OS PDF class, gopdf), read from session 51 (validation half:
  // scored, never studied): its other extractors' texts were made then and scored on the code of the
  // session's start; floors there.
  'held-out-37': {
    mutool: { paragraphs: 0.89, sentences: 0.91, roles: 0.97, lost: 0, invented: 0 },
    pymupdf: { paragraphs: 0.82, sentences: 0.89, roles: 0.96, lost: 0, invented: 0 },
    pdfminer: { paragraphs: 0.84, sentences: 0.88, roles: 0.96, lost: 0, invented: 0 },
  },
  // Session 31 (pdfbox): a space the PDF drew after Writer's standfirst no longer read as the
  // seed's paragraph marks (print-layout.ts): mutool 168 -> 176, PyMuPDF 161 -> 170, pdfminer 155 -> 164 of 181.
  'pdf-dev': {
    mutool: { paragraphs: 0.97, sentences: 0.99, roles: 1, lost: 0, invented: 0 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 170 -> 174.
    pymupdf: { paragraphs: 0.96, sentences: 0.99, roles: 1, lost: 0, invented: 0 },
    // Session 44 (extractors44): the body's end pdfminer read before the byline opening the body put after its last paragraph (boxed-body-opening): paragraphs 164 -> 169, sentences 499 -> 511.
    pdfminer: { paragraphs: 0.93, sentences: 0.96, roles: 0.98, lost: 4, invented: 2 },
  },
};

/**
 * Since session 30, two more paths (other-extractions.ts): pypdf's `extract_text()` (pypdf 3.4.1,
 * which fails on PDF::API2's pages: seven of held-out-15's have no file) and the text a reader
 * copies out of pdf.js's viewer. Floors at session 30's code: pypdf's habits read back, a space set
 * before a comma or full stop (spaces-before-points.ts), words cut at a kern (kerned-word-spaces.ts)
 * a line-end hyphen set apart from its syllable (spaced-line-end-hyphens.ts), and pdf.js's and
 * pypdf's number glued to the word after it, or date glued after the word before it
 * (glued-number-words.ts). Since session 31, pypdf's floors on the splits with LaTeX, ConTeXt,
 * PDFKit, matplotlib, FPDF or flowfram pages hold its glued words parted (glued-words.ts).
 * Since session 33, pypdf's two printed lines written as one, a sentence's end glued to the next's
 * capital, cut apart (glued-lines.ts): pypdf's floors raised on all but dev-3 (unchanged); on
 * held-out-18 roles 255 -> 252 of 294 (paragraphs 162 -> 170): a caption pypdf wrote between the
 * kicker and the headline, once cut from the headline it was glued to, leaves the furniture on top
 * read as body. Then its folio between ornaments glued to the kicker after it (`- 12 -Faits`), cut.
 * Since session 36 (pdf23), a running head glued to a line cut off by its full date (glued-lines.ts:
 * `Boé.L’Indépendant des Vallées · mardi 7 juillet 2026`, `MARS 2026département`): floors raised to
 * the new values where pypdf, pdf.js or PDFBox moved (invented words over every read split
 * 3398 -> 3196, 586 -> 505, 428 -> 389).
 */
const FLOORS_30: Record<string, Record<'pypdf' | 'pdfjs', Floor>> = {
  'dev': {
    pypdf: { paragraphs: 0.6, sentences: 0.81, roles: 0.97, lost: 199, invented: 177 },
    pdfjs: { paragraphs: 0.98, sentences: 1, roles: 1, lost: 0, invented: 0 },
  },
  'dev-2': {
    pypdf: { paragraphs: 0.82, sentences: 0.91, roles: 0.98, lost: 53, invented: 81 },
    pdfjs: { paragraphs: 0.98, sentences: 1, roles: 1, lost: 0, invented: 0 },
  },
  'dev-3': {
    pypdf: { paragraphs: 0.63, sentences: 0.86, roles: 0.99, lost: 93, invented: 58 },
    pdfjs: { paragraphs: 0.91, sentences: 1, roles: 1, lost: 0, invented: 0 },
  },
  // Session 34 (roles21): a signature giving the writer's post read as the byline (signature-post.ts).
  'held-out': {
    pypdf: { paragraphs: 0.56, sentences: 0.79, roles: 0.97, lost: 59, invented: 52 },
    pdfjs: { paragraphs: 0.95, sentences: 1, roles: 1, lost: 0, invented: 0 },
  },
  'held-out-2': {
    pypdf: { paragraphs: 0.72, sentences: 0.91, roles: 0.99, lost: 34, invented: 49 },
    pdfjs: { paragraphs: 0.95, sentences: 1, roles: 1, lost: 0, invented: 0 },
  },
  'held-out-3': {
    pypdf: { paragraphs: 0.75, sentences: 0.88, roles: 0.96, lost: 144, invented: 168 },
    pdfjs: { paragraphs: 0.96, sentences: 0.97, roles: 0.96, lost: 2, invented: 2 },
  },
  'held-out-4': {
    pypdf: { paragraphs: 0.89, sentences: 0.93, roles: 0.92, lost: 20, invented: 52 },
    pdfjs: { paragraphs: 0.96, sentences: 0.97, roles: 0.95, lost: 0, invented: 2 },
  },
  'held-out-5': {
    pypdf: { paragraphs: 0.67, sentences: 0.82, roles: 0.93, lost: 173, invented: 198 },
    pdfjs: { paragraphs: 0.96, sentences: 0.98, roles: 0.97, lost: 0, invented: 0 },
  },
  'held-out-6': {
    // Session 35 (ocr22): a byline glued to the dateline cut apart (glued-lines): lost 143 -> 142, invented 201 -> 197.
    // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 128 -> 131, sentences 450 -> 452, roles 287 -> 287, lost/invented 138/187 -> 138/187.
    pypdf: { paragraphs: 0.67, sentences: 0.82, roles: 0.92, lost: 138, invented: 187 },
    pdfjs: { paragraphs: 0.96, sentences: 0.98, roles: 0.97, lost: 2, invented: 1 },
  },
  'held-out-7': {
    pypdf: { paragraphs: 0.67, sentences: 0.84, roles: 0.97, lost: 331, invented: 183 },
    pdfjs: { paragraphs: 0.92, sentences: 0.97, roles: 0.97, lost: 3, invented: 0 },
  },
  'held-out-8': {
    // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 101 -> 101, sentences 301 -> 302, roles 311 -> 312, lost/invented 381/720 -> 381/720.
    pypdf: { paragraphs: 0.47, sentences: 0.61, roles: 0.94, lost: 383, invented: 721 },
    pdfjs: { paragraphs: 0.85, sentences: 0.89, roles: 0.95, lost: 38, invented: 79 },
  },
  'held-out-9': {
    pypdf: { paragraphs: 0.91, sentences: 0.93, roles: 0.94, lost: 28, invented: 54 },
    pdfjs: { paragraphs: 0.96, sentences: 0.98, roles: 0.99, lost: 23, invented: 16 },
  },
  'held-out-10': {
    pypdf: { paragraphs: 0.94, sentences: 0.96, roles: 0.95, lost: 23, invented: 59 },
    pdfjs: { paragraphs: 0.98, sentences: 1, roles: 1, lost: 0, invented: 0 },
  },
  'held-out-11': {
    pypdf: { paragraphs: 0.8, sentences: 0.87, roles: 0.94, lost: 72, invented: 76 },
    pdfjs: { paragraphs: 1, sentences: 0.99, roles: 0.98, lost: 0, invented: 0 },
  },
  'held-out-12': {
    pypdf: { paragraphs: 0.8, sentences: 0.84, roles: 0.9, lost: 64, invented: 133 },
    pdfjs: { paragraphs: 0.95, sentences: 0.97, roles: 0.99, lost: 8, invented: 10 },
  },
  'held-out-13': {
    // Session 32 (text18): an indenting article's short sentence end before vertical space or an unindented sentence ends its paragraph (paragraph-ends).
    // Session 35 (ocr22): a byline glued to the dateline cut apart (glued-lines): 108 -> 109 / 335 -> 338 / 217 -> 219 of 140 / 385 / 236, lost 31 -> 29, invented 119 -> 118.
    // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 109 -> 113, sentences 341 -> 345, roles 222 -> 222, lost/invented 25/106 -> 25/106.
    pypdf: { paragraphs: 0.8, sentences: 0.89, roles: 0.94, lost: 25, invented: 106 },
    pdfjs: { paragraphs: 0.91, sentences: 0.96, roles: 0.98, lost: 0, invented: 18 },
  },
  // Session 31 (pdfbox): the tab pypdf kept after a Calligra page's folio (`p.`) no longer read as
  // the seed's paragraph marks (print-layout.ts): 174 -> 187 of 223; the page then read by page-layout joins the kicker to the
  // folio's one-word lines and drops them as a running head (one word lost more: 9 -> 10).
  'held-out-14': {
    pypdf: { paragraphs: 0.86, sentences: 0.91, roles: 0.91, lost: 10, invented: 136 },
    // Session 37 (text24): the page's dated head read out of place comes out (dated-head-line): 209 -> 210 / 515 -> 518, invented 41 -> 29.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 210 -> 212.
    pdfjs: { paragraphs: 0.95, sentences: 0.98, roles: 0.91, lost: 2, invented: 29 },
  },
  'held-out-15': {
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 144 -> 148.
    pypdf: { paragraphs: 0.86, sentences: 0.91, roles: 0.94, lost: 15, invented: 30 },
    // Session 34 (pdf21): iText's letter-spaced line cut with the word list (letter-spaced-words): 232 -> 233 of 249, invented 45 -> 23.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 233 -> 239.
    pdfjs: { paragraphs: 0.95, sentences: 0.98, roles: 0.97, lost: 5, invented: 23 },
  },
  'held-out-16': {
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 232 -> 236.
    pypdf: { paragraphs: 0.86, sentences: 0.9, roles: 0.9, lost: 40, invented: 30 },
    // Session 37 (text24), as for held-out-14: invented 16 -> 4.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 243 -> 252.
    pdfjs: { paragraphs: 0.91, sentences: 0.9, roles: 0.89, lost: 8, invented: 4 },
  },
  // Session 31 (text17), as above: pypdf 166 -> 170, pdf.js's copied text 194 -> 198 of 236.
  'held-out-17': {
    // Session 32 (text18): an indenting article's short sentence end before vertical space or an unindented sentence ends its paragraph (paragraph-ends).
    // Session 32 (roles18), the typed dateline: pypdf roles 297 -> 300, pdf.js 310 -> 314 of 337.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 195 -> 196.
    pypdf: { paragraphs: 0.83, sentences: 0.91, roles: 0.94, lost: 40, invented: 100 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 214 -> 218.
    pdfjs: { paragraphs: 0.92, sentences: 0.94, roles: 0.94, lost: 9, invented: 143 },
  },
  // Blind in session 31, read from session 32: floors at its blind end. Session 32 (pdf18), as
  // above: pypdf 153 -> 159 of 201, 2 more words invented.
  'held-out-18': {
    // Session 32 (roles18): pypdf roles 248 -> 253, pdf.js 252 -> 263 of 294.
    // Session 41 (para28): a ranking's first item wrapped onto a figure is no intertitle: pypdf 172 -> 173, pdf.js 188 -> 189 of 201.
    pypdf: { paragraphs: 0.86, sentences: 0.89, roles: 0.86, lost: 25, invented: 98 },
    pdfjs: { paragraphs: 0.94, sentences: 0.92, roles: 0.89, lost: 7, invented: 35 },
  },
  // Blind in session 32, read from session 33: floors at its blind end (Debian's pypdf fails on two
  // Dompdf PDFs: 20 files).
  'held-out-19': {
    // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 138 -> 138, sentences 418 -> 420, roles 281 -> 281, lost/invented 249/184 -> 246/181.
    pypdf: { paragraphs: 0.68, sentences: 0.8, roles: 0.93, lost: 246, invented: 181 },
    pdfjs: { paragraphs: 0.87, sentences: 0.93, roles: 0.92, lost: 12, invented: 18 },
  },
  // Blind in session 33, read from session 34: floors at its blind end.
  // Session 34 (pdf21): letter-spaced lines closed (letter-spaced-words): pypdf 173 -> 174, pdf.js's
  // copied text (cut with the word list) 174 -> 178 of 206; invented 100 -> 38, 298 -> 38.
  'held-out-20': {
    // Session 34 (roles21): a signature giving the writer's post read as the byline (roles 294 -> 298, 311 -> 315).
    // Session 34, the branches merged (the lead): floors at the merged code, their changes together.
    // Session 37 (pdf24): a line folded after `(` joined with no space (join-lines): lost 19 -> 18, invented 33 -> 31.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 185 -> 187.
    pypdf: { paragraphs: 0.9, sentences: 0.94, roles: 0.93, lost: 18, invented: 31 },
    // Session 35 (pdf22): pdfme's letter-spaced line cut with French grammar's evidence, `selon ses
    // comptes` for `selons escomptes` (letter-spaced-words): paragraphs 186 -> 187, sentences
    // 524 -> 525, lost 10 -> 7, invented 33 -> 31.
    // Session 37 (pdf24): a line folded after `(` joined with no space (join-lines): 187 -> 188, lost 7 -> 6, invented 31 -> 29.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 190 -> 192.
    pdfjs: { paragraphs: 0.93, sentences: 0.98, roles: 0.98, lost: 6, invented: 29 },
  },
  // Blind in session 34, read from session 35: floors at its blind end.
  'held-out-21': {
    // Session 35 (text22): a folio counter whose total the header left blank (`18 /`) comes out with its
    // running header (invented 37 -> 0), a quoted intertitle filling its line stands alone; a word glued to the capitalised word
    // after it parted (glued-capital-words): pypdf lost 191 -> 190, invented 198 -> 173.
    // Session 35 (ocr22): the head closing on a page counter read as furniture, a byline glued to the dateline cut apart:
    // 442 -> 449 sentences, 308 -> 315 roles of 586 / 365, lost 191 -> 190, invented 198 -> 173.
    // Session 35 (roles22): the folio `12 /` read in the running head, a list's entries kept in the
    // body, a byline glued to the dateline cut apart (pypdf).
    // Session 35, the branches merged (the lead): floors at the merged code, their changes together.
    pypdf: { paragraphs: 0.61, sentences: 0.78, roles: 0.89, lost: 188, invented: 172 },
    pdfjs: { paragraphs: 0.97, sentences: 0.98, roles: 0.98, lost: 0, invented: 0 },
  },
  // Blind in session 35, read from session 36: floors at its blind end.
  'held-out-22': {
    pypdf: { paragraphs: 0.91, sentences: 0.94, roles: 0.95, lost: 16, invented: 23 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 172 -> 174.
    pdfjs: { paragraphs: 0.87, sentences: 0.93, roles: 0.95, lost: 26, invented: 73 },
  },
  // Blind in session 36, read from session 37: floors at its blind end (pypdf fails on PDF::Builder's
  // CMaps, so 17 of its 22 pages are scored).
  'held-out-23': {
    pypdf: { paragraphs: 0.94, sentences: 0.93, roles: 0.93, lost: 16, invented: 35 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 185 -> 187.
    pdfjs: { paragraphs: 0.94, sentences: 0.98, roles: 0.98, lost: 3, invented: 0 },
  },
  // Read from session 38, scored once at the session's start: floors there.
  'held-out-24': {
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 87 -> 90.
    pypdf: { paragraphs: 0.52, sentences: 0.7, roles: 0.82, lost: 183, invented: 249 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 156 -> 160.
    pdfjs: { paragraphs: 0.94, sentences: 0.93, roles: 0.92, lost: 5, invented: 77 },
  },
  // Read from session 39, scored once at the session's start: floors there.
  'held-out-25': {
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 162 -> 164, sentences 556 -> 558, roles 323 -> 323, lost/invented 32/100 -> 32/100.
    pypdf: { paragraphs: 0.85, sentences: 0.93, roles: 0.95, lost: 32, invented: 100 },
    pdfjs: { paragraphs: 0.9, sentences: 0.96, roles: 0.98, lost: 5, invented: 0 },
  },
  // Read from session 40, scored once at the session's start: floors there.
  'held-out-26': {
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 142 -> 144, sentences 443 -> 445, roles 353 -> 353, lost/invented 279/219 -> 279/219.
    pypdf: { paragraphs: 0.57, sentences: 0.73, roles: 0.9, lost: 279, invented: 219 },
    // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 207 -> 216, sentences 531 -> 539, roles 366 -> 366, lost/invented 21/29 -> 21/29.
    // Session 42 (ocr42): a caption's credit ending a line ends its block, a heading may stand under it (credit-line-end): paragraphs 216 -> 220, sentences 539 -> 543.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 220 -> 223.
    pdfjs: { paragraphs: 0.88, sentences: 0.89, roles: 0.93, lost: 21, invented: 29 },
  },
  // Read from session 41, scored once at the session's start: floors there.
  // Session 41, merged (as above): pypdf 157 -> 165, pdf.js 192 -> 204 paragraphs.
  'held-out-27': {
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 165 -> 170.
    pypdf: { paragraphs: 0.64, sentences: 0.84, roles: 0.93, lost: 112, invented: 138 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 204 -> 208.
    pdfjs: { paragraphs: 0.79, sentences: 0.95, roles: 0.97, lost: 2, invented: 2 },
  },
  // Blind in session 41 (Swing with pdfbox-graphics2d, LilyPond, plain LuaTeX), read from session 42
  // (development half): its other extractors' texts were made then and scored once, on the code of
  // the session's start; floors there.
  'held-out-28': {
    // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 147 -> 153, sentences 399 -> 401, roles 311 -> 311, lost/invented 137/74 -> 137/74.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 155 -> 157.
    pypdf: { paragraphs: 0.72, sentences: 0.82, roles: 0.93, lost: 137, invented: 74 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 184 -> 186.
    pdfjs: { paragraphs: 0.85, sentences: 0.91, roles: 0.93, lost: 6, invented: 8 },
  },
  // Blind in session 42 (Halibut, GNU Texinfo on pdfTeX, Racket's racket/draw), read from session 43
  // (validation half): its other extractors' texts were made then and scored once, on the code of
  // the session's start; floors there.
  'held-out-29': {
    // Session 43 (accents43): TeX's accents the extraction wrote apart from their letters composed (spacing-accents): paragraphs 124 -> 165, sentences 317 -> 404, roles 321 -> 330, lost/invented 469/620 -> 209/78.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 167 -> 169.
    pypdf: { paragraphs: 0.69, sentences: 0.79, roles: 0.92, lost: 209, invented: 78 },
    // Session 43 (accents43): TeX's accents the extraction wrote apart from their letters composed (spacing-accents): paragraphs 139 -> 182, sentences 352 -> 446, roles 328 -> 336, lost/invented 274/283 -> 12/21.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 185 -> 189.
    pdfjs: { paragraphs: 0.78, sentences: 0.87, roles: 0.94, lost: 12, invented: 21 },
  },
  // Blind in session 43 (Skia's PDF back end via @napi-rs/canvas, Syncfusion's JS PDF library,
  // Horde_Pdf), read from session 44 (development half): its other extractors' texts were made then
  // and scored on the code of the session's start; floors there (MuPDF reads Syncfusion's spaces and
  // accented letters as U+FFFD, pypdf runs Skia's justified words together: lost in the text itself).
  'held-out-30': {
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 159 -> 163.
    pypdf: { paragraphs: 0.71, sentences: 0.8, roles: 0.93, lost: 199, invented: 93 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 204 -> 212.
    pdfjs: { paragraphs: 0.92, sentences: 0.93, roles: 0.96, lost: 3, invented: 2 },
  },
  // Blind in session 44 (Forme through @formepdf/core, PeculiarVentures' pdf-doc, Perl's
  // PostScript::TextBlock), read from session 45 (validation half): its other extractors' texts
  // were made then and scored on the code of the session's start; floors there.
  'held-out-31': {
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 150 -> 153.
    pypdf: { paragraphs: 0.61, sentences: 0.76, roles: 0.92, lost: 195, invented: 117 },
    // Session 46 (text46): a small l’ after an enumeration's number left small (ocr-apostrophes), `Photo` before a source in small letters a credit (credit-forms); validation half, scored once: paragraphs 221 -> 223, sentences 489 -> 491.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 223 -> 225.
    pdfjs: { paragraphs: 0.9, sentences: 0.94, roles: 0.96, lost: 1, invented: 2 },
  },
  // Blind in session 45 (ExcelTS's PDF module, PDFium with tex-linebreak's lines, fcl-pdf with
  // typesettable's lines), read from session 46 (development half): its other extractors' texts
  // were made then and scored on the code of the session's start; floors there (pypdf runs words
  // together on these pages: lost in the text itself).
  'held-out-32': {
    // Session 46 (the merge of text46): as for mutool: 137 -> 138 / 372 -> 373 / 330, lost/invented 237/134 -> 233/130.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 139 -> 143.
    pypdf: { paragraphs: 0.57, sentences: 0.69, roles: 0.89, lost: 233, invented: 130 },
    // Session 46 (the same): 189 -> 194 / 454 -> 457 / 344, lost/invented 4/4 -> 0/0.
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 197 -> 199.
    pdfjs: { paragraphs: 0.79, sentences: 0.84, roles: 0.92, lost: 0, invented: 0 },
  },
  // Blind in session 46 (the Coherent PDF library, Ruby's RBPDF, Ruby's Origami), read from
  // session 47 (validation half: scored, never studied): its other extractors' texts were made then
  // and scored on the code of the session's start; floors there. RBPDF's six pages set their text in
  // CID TrueType faces with no ToUnicode map: MuPDF and PyMuPDF read them as U+FFFD, pdfminer as
  // `(cid:N)` placeholders (refused as unreadable: INPUT_UNREADABLE, scored as an empty article),
  // PDFBox as nothing: words lost in the text itself.
  'held-out-33': {
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 96 -> 97.
    pypdf: { paragraphs: 0.43, sentences: 0.56, roles: 0.89, lost: 410, invented: 243 },
    pdfjs: { paragraphs: 0.81, sentences: 0.83, roles: 0.96, lost: 0, invented: 0 },
  },
  // Blind in session 47 (pikepdf, PyPDF2, pstoedit), read from session 48 (development half): its
  // other extractors' texts were made then and scored on the code of the session's start; floors there.
  'held-out-34': {
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 160 -> 166.
    pypdf: { paragraphs: 0.76, sentences: 0.79, roles: 0.91, lost: 100, invented: 89 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 191 -> 197.
    pdfjs: { paragraphs: 0.9, sentences: 0.91, roles: 0.95, lost: 1, invented: 0 },
  },
  // Blind in session 48 (PDFGen, PDFio, cl-pdf), read from session 49 (validation half: scored,
  // never studied): its other extractors' texts were made then and scored on the code of the
  // session's start; floors there.
  'held-out-35': {
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 112 -> 114.
    pypdf: { paragraphs: 0.72, sentences: 0.79, roles: 0.88, lost: 26, invented: 33 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 135 -> 142.
    pdfjs: { paragraphs: 0.9, sentences: 0.93, roles: 0.96, lost: 6, invented: 3 },
  },
  // Blind in session 49 (pdf4tcl, pdfrw, PDFjet), read from session 50 (development half):
  // its other extractors' texts were made then and scored on the code of the session's start; floors there.
  'held-out-36': {
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 128 -> 132.
    pypdf: { paragraphs: 0.71, sentences: 0.82, roles: 0.95, lost: 116, invented: 58 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 160 -> 166.
    pdfjs: { paragraphs: 0.9, sentences: 0.92, roles: 0.95, lost: 4, invented: 1 },
  },
  // Blind in session 50 (HexaPDF, the R&OS PDF class, gopdf), read from session 51 (validation half:
  // scored, never studied): its other extractors' texts were made then and scored on the code of the
  // session's start; floors there.
  'held-out-37': {
    pypdf: { paragraphs: 0.62, sentences: 0.77, roles: 0.92, lost: 120, invented: 71 },
    pdfjs: { paragraphs: 0.83, sentences: 0.89, roles: 0.96, lost: 3, invented: 0 },
  },
  // Session 31 (pdfbox), as for mutool on pdf-dev: 124 -> 133 of 181.
  'pdf-dev': {
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 147 -> 151.
    pypdf: { paragraphs: 0.83, sentences: 0.94, roles: 1, lost: 35, invented: 45 },
    // Session 51 (text51): a paragraph of 350 to 450 characters and four sentences or more taken for two (long-paragraphs.ts, with its guards): paragraphs 173 -> 177.
    pdfjs: { paragraphs: 0.97, sentences: 0.99, roles: 1, lost: 0, invented: 0 },
  },
};

/**
 * Since session 31, Apache PDFBox's `ExtractText` (PDFBox 2.0.27: its `PDFTextStripper` in the
 * content stream's order, pages run on with nothing between them, as Apache Tika's PDF parser
 * reads a page for Solr's and Elasticsearch's ingest). Floors at the code it was first scored on.
 */
const FLOORS_31: Record<string, Record<'pdfbox', Floor>> = {
  'dev': { pdfbox: { paragraphs: 0.98, sentences: 1, roles: 1, lost: 0, invented: 0 } },
  'dev-2': { pdfbox: { paragraphs: 0.98, sentences: 1, roles: 1, lost: 0, invented: 0 } },
  'dev-3': { pdfbox: { paragraphs: 0.91, sentences: 1, roles: 1, lost: 0, invented: 0 } },
  // Session 34 (roles21): a signature giving the writer's post read as the byline (signature-post.ts).
  'held-out': { pdfbox: { paragraphs: 0.95, sentences: 1, roles: 1, lost: 0, invented: 0 } },
  'held-out-2': { pdfbox: { paragraphs: 0.93, sentences: 1, roles: 1, lost: 0, invented: 0 } },
  'held-out-3': { pdfbox: { paragraphs: 0.9, sentences: 0.94, roles: 0.95, lost: 34, invented: 36 } },
  // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 153 -> 154, sentences 450 -> 451, roles 257 -> 257, lost/invented 0/2 -> 0/2.
  'held-out-4': { pdfbox: { paragraphs: 0.98, sentences: 0.97, roles: 0.95, lost: 0, invented: 2 } },
  'held-out-5': { pdfbox: { paragraphs: 0.93, sentences: 0.97, roles: 0.97, lost: 14, invented: 7 } },
  // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 187 -> 189, sentences 541 -> 541, roles 305 -> 305, lost/invented 0/0 -> 0/0.
  'held-out-6': { pdfbox: { paragraphs: 0.97, sentences: 0.99, roles: 0.98, lost: 0, invented: 0 } },
  'held-out-7': { pdfbox: { paragraphs: 0.94, sentences: 0.97, roles: 0.97, lost: 0, invented: 0 } },
  'held-out-8': { pdfbox: { paragraphs: 0.94, sentences: 0.95, roles: 0.97, lost: 0, invented: 0 } },
  'held-out-9': { pdfbox: { paragraphs: 0.96, sentences: 0.98, roles: 0.98, lost: 1, invented: 38 } },
  'held-out-10': { pdfbox: { paragraphs: 0.98, sentences: 1, roles: 1, lost: 0, invented: 0 } },
  'held-out-11': { pdfbox: { paragraphs: 1, sentences: 0.99, roles: 0.98, lost: 0, invented: 0 } },
  'held-out-12': { pdfbox: { paragraphs: 0.94, sentences: 0.96, roles: 0.96, lost: 1, invented: 13 } },
  // Session 32 (text18): held-out-13 and -17 pdfbox paragraphs raised (paragraph-ends, as above).
  // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 130 -> 134, sentences 373 -> 377, roles 232 -> 232, lost/invented 0/36 -> 0/36.
  'held-out-13': { pdfbox: { paragraphs: 0.95, sentences: 0.97, roles: 0.98, lost: 0, invented: 36 } },
  // Session 33 (ocr20), lowered: paragraphs 0.95 -> 0.94 (212 -> 210 of 223), invented 76 -> 60: Draw's
  // foot printed whole at each page comes out (ocr-page-heads), the paragraphs it parted then joined.
  // Session 37 (text24): the page's dated head read out of place comes out (dated-head-line): 517 -> 520 sentences, invented 60 -> 48.
  'held-out-14': { pdfbox: { paragraphs: 0.94, sentences: 0.98, roles: 0.96, lost: 1, invented: 48 } },
  // Session 32 (roles19): one wide line alone in a caption's face read as a caption (356 of 367 roles).
  'held-out-15': { pdfbox: { paragraphs: 0.93, sentences: 0.97, roles: 0.97, lost: 3, invented: 18 } },
  // Session 31 (pdfbox): a space xhtml2pdf drew after the standfirst no longer read as the seed's
  // paragraph marks (print-layout.ts): 210 -> 246 of 274; on pdf-dev (Writer) 163 -> 172 of 181.
  // Session 37 (text24), as for held-out-14: invented 16 -> 4.
  // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 246 -> 248, sentences 575 -> 575, roles 377 -> 377, lost/invented 2/4 -> 2/4.
  'held-out-16': { pdfbox: { paragraphs: 0.9, sentences: 0.96, roles: 0.96, lost: 2, invented: 4 } },
  // Session 32 (pdf18), as for mutool: 177 -> 183 of 201, 2 more words invented.
  // Session 32 (roles18): the typed dateline, a briefs column's head (roles 326 -> 330, 253 -> 258).
  'held-out-17': { pdfbox: { paragraphs: 0.92, sentences: 0.99, roles: 0.99, lost: 0, invented: 0 } },
  // Session 32 (roles19): `Texte et photos : <name>` read as the byline (roles 258 -> 260).
  // Session 33 (ocr20): Calc's head printed whole at each page, its folio `29/`, comes out (invented 99 -> 77).
  // Session 41 (para28): a ranking's first item wrapped onto a figure is no intertitle: 186 -> 187 of 201.
  'held-out-18': { pdfbox: { paragraphs: 0.93, sentences: 0.92, roles: 0.88, lost: 3, invented: 77 } },
  // Blind in session 32, read from session 33: floors at its blind end.
  // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 201 -> 201, sentences 547 -> 549, roles 316 -> 316, lost/invented 13/18 -> 10/15.
  'held-out-19': { pdfbox: { paragraphs: 0.87, sentences: 0.94, roles: 0.92, lost: 10, invented: 15 } },
  // Blind in session 33, read from session 34: floors at its blind end.
  // Session 34 (ocr21): a page's head read mid-text with its folio set as `— 23 —` or `1 |` comes out
  // (ocr-page-heads): paragraphs 172 -> 175 of 206, sentences 504 -> 507, invented 101 -> 77.
  // Session 34 (pdf21): letter-spaced lines closed (letter-spaced-words): 172 -> 174 of 206, invented 101 -> 50.
  // Session 34 (roles21): a signature giving the writer's post read as the byline (roles 311 -> 315).
  // Session 34, the branches merged (the lead): floors at the merged code, their changes together.
  // Session 37 (pdf24): a line folded after `(` joined with no space (join-lines): 185 -> 186, lost 10 -> 9, invented 21 -> 19.
  'held-out-20': { pdfbox: { paragraphs: 0.9, sentences: 0.97, roles: 0.98, lost: 9, invented: 19 } },
  // Blind in session 34, read from session 35: floors at its blind end.
  // Session 35 (text22): a folio counter whose total the header left blank comes out with its running
  // header, a quoted intertitle stands alone: paragraphs 204 -> 208 of 240, invented 53 -> 16.
  // Session 35 (roles22): the folio `12 /` read in the running head, a list's entries kept in the body (roles 329 -> 350).
  // Session 35, the branches merged (the lead): floors at the merged code, their changes together.
  'held-out-21': { pdfbox: { paragraphs: 0.91, sentences: 0.96, roles: 0.95, lost: 1, invented: 16 } },
  // Blind in session 35, read from session 36: floors at its blind end.
  'held-out-22': { pdfbox: { paragraphs: 0.94, sentences: 0.95, roles: 0.95, lost: 10, invented: 33 } },
  // Blind in session 36, read from session 37: floors at its blind end.
  // Session 37 (text24), as for held-out-14: 186 -> 187 paragraphs, invented 50 -> 38.
  'held-out-23': { pdfbox: { paragraphs: 0.95, sentences: 0.98, roles: 0.98, lost: 4, invented: 38 } },
  // Read from session 38, scored once at the session's start: floors there.
  // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 153 -> 157, sentences 465 -> 465, roles 281 -> 281, lost/invented 4/2 -> 4/2.
  'held-out-24': { pdfbox: { paragraphs: 0.92, sentences: 0.97, roles: 0.97, lost: 4, invented: 2 } },
  // Read from session 39, scored once at the session's start: floors there.
  'held-out-25': { pdfbox: { paragraphs: 0.9, sentences: 0.97, roles: 0.98, lost: 0, invented: 45 } },
  // Read from session 40, scored once at the session's start: floors there.
  // Session 41 (ocr28): a heading right after a line ending no sentence, opening like a sentence over a line doing so (intertitles): paragraphs 206 -> 215, sentences 533 -> 541, roles 366 -> 366, lost/invented 2/67 -> 2/67.
  // Session 42 (ocr42): a caption's credit ending a line ends its block, a heading may stand under it (credit-line-end): paragraphs 215 -> 219, sentences 541 -> 545.
  'held-out-26': { pdfbox: { paragraphs: 0.86, sentences: 0.89, roles: 0.93, lost: 2, invented: 67 } },
  // Read from session 41, scored once at the session's start: floors there.
  // Session 41, merged (as above): 192 -> 200 paragraphs.
  'held-out-27': { pdfbox: { paragraphs: 0.76, sentences: 0.95, roles: 0.97, lost: 6, invented: 50 } },
  // Blind in session 41 (Swing with pdfbox-graphics2d, LilyPond, plain LuaTeX), read from session 42
  // (development half): its other extractors' texts were made then and scored once, on the code of
  // the session's start; floors there.
  // Session 42 (extractors42): a line ending bare where the lines going on keep their break's space ends its paragraph (bare-line-ends): paragraphs 179 -> 189, sentences 448 -> 450, roles 313 -> 313, lost/invented 14/11 -> 14/11.
  'held-out-28': { pdfbox: { paragraphs: 0.86, sentences: 0.92, roles: 0.94, lost: 14, invented: 11 } },
  // Blind in session 42 (Halibut, GNU Texinfo on pdfTeX, Racket's racket/draw), read from session 43
  // (validation half): its other extractors' texts were made then and scored once, on the code of
  // the session's start; floors there.
  // Session 43 (accents43): TeX's accents the extraction wrote apart from their letters composed (spacing-accents): paragraphs 177 -> 177, sentences 435 -> 436, roles 331 -> 331, lost/invented 22/56 -> 21/55.
  'held-out-29': { pdfbox: { paragraphs: 0.73, sentences: 0.85, roles: 0.93, lost: 21, invented: 55 } },
  // Blind in session 43 (Skia's PDF back end via @napi-rs/canvas, Syncfusion's JS PDF library,
  // Horde_Pdf), read from session 44 (development half): its other extractors' texts were made then
  // and scored on the code of the session's start; floors there (MuPDF reads Syncfusion's spaces and
  // accented letters as U+FFFD, pypdf runs Skia's justified words together: lost in the text itself).
  'held-out-30': { pdfbox: { paragraphs: 0.9, sentences: 0.93, roles: 0.96, lost: 5, invented: 2 } },
  // Blind in session 44 (Forme through @formepdf/core, PeculiarVentures' pdf-doc, Perl's
  // PostScript::TextBlock), read from session 45 (validation half): its other extractors' texts
  // were made then and scored on the code of the session's start; floors there.
  // Session 46 (text46): a small l’ after an enumeration's number left small (ocr-apostrophes), `Photo` before a source in small letters a credit (credit-forms); validation half, scored once: paragraphs 221 -> 223, sentences 489 -> 491.
  'held-out-31': { pdfbox: { paragraphs: 0.89, sentences: 0.94, roles: 0.96, lost: 1, invented: 2 } },
  // Blind in session 45 (ExcelTS's PDF module, PDFium with tex-linebreak's lines, fcl-pdf with
  // typesettable's lines), read from session 46 (development half): its other extractors' texts
  // were made then and scored on the code of the session's start; floors there (pypdf runs words
  // together on these pages: lost in the text itself).
  // Session 46 (the merge of text46): as for mutool: 192 / 455 -> 457 / 346, lost/invented 4/4 -> 0/0.
  'held-out-32': { pdfbox: { paragraphs: 0.77, sentences: 0.84, roles: 0.93, lost: 0, invented: 0 } },
  // Blind in session 46 (the Coherent PDF library, Ruby's RBPDF, Ruby's Origami), read from
  // session 47 (validation half: scored, never studied): its other extractors' texts were made then
  // and scored on the code of the session's start; floors there. RBPDF's six pages set their text in
  // CID TrueType faces with no ToUnicode map: MuPDF and PyMuPDF read them as U+FFFD, pdfminer as
  // `(cid:N)` placeholders (refused as unreadable: INPUT_UNREADABLE, scored as an empty article),
  // PDFBox as nothing: words lost in the text itself.
  'held-out-33': { pdfbox: { paragraphs: 0.55, sentences: 0.55, roles: 0.64, lost: 2028, invented: 0 } },
  // Blind in session 47 (pikepdf, PyPDF2, pstoedit), read from session 48 (development half): its
  // other extractors' texts were made then and scored on the code of the session's start; floors there.
  'held-out-34': { pdfbox: { paragraphs: 0.82, sentences: 0.88, roles: 0.95, lost: 36, invented: 21 } },
  // Blind in session 48 (PDFGen, PDFio, cl-pdf), read from session 49 (validation half: scored,
  // never studied): its other extractors' texts were made then and scored on the code of the
  // session's start; floors there.
  'held-out-35': { pdfbox: { paragraphs: 0.91, sentences: 0.96, roles: 0.98, lost: 0, invented: 0 } },
  // Blind in session 49 (pdf4tcl, pdfrw, PDFjet), read from session 50 (development half):
  // its other extractors' texts were made then and scored on the code of the session's start; floors there.
  'held-out-36': { pdfbox: { paragraphs: 0.84, sentences: 0.92, roles: 0.95, lost: 1, invented: 1 } },
  // Blind in session 50 (HexaPDF, the R&OS PDF class, gopdf), read from session 51 (validation half:
  // scored, never studied): its other extractors' texts were made then and scored on the code of the
  // session's start; floors there.
  'held-out-37': { pdfbox: { paragraphs: 0.83, sentences: 0.89, roles: 0.96, lost: 0, invented: 0 } },
  'pdf-dev': { pdfbox: { paragraphs: 0.95, sentences: 0.99, roles: 1, lost: 0, invented: 0 } },
};

const CASES = [...Object.entries(FLOORS), ...Object.entries(FLOORS_30), ...Object.entries(FLOORS_31)].flatMap(([split, paths]) => Object.entries(paths).map(([path, floor]) => [split, path, floor] as const));

describe.each(CASES)('the %s corpus extracted by %s', (split, path, floor) => {
  it('keeps its paragraphs, sentences, roles and words', () => {
    const totals = scoreSplitPath(split, path);
    expect(totals.files).toBeGreaterThan(0);
    expect(totals.paragraphs / totals.paragraphsTotal).toBeGreaterThanOrEqual(floor.paragraphs);
    expect(totals.sentences / totals.sentencesTotal).toBeGreaterThanOrEqual(floor.sentences);
    expect(totals.roles / totals.rolesTotal).toBeGreaterThanOrEqual(floor.roles);
    expect(totals.wordsLost).toBeLessThanOrEqual(floor.lost);
    expect(totals.wordsInvented).toBeLessThanOrEqual(floor.invented);
  });
});

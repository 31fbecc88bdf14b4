/**
 * The PDF path on the held-out splits that may now be read (held-out-3 to held-out-37: Chromium,
 * WeasyPrint, LuaLaTeX, wkhtmltopdf, AbiWord, ConTeXt, groff -me and -mm, XeLaTeX paracol,
 * Scribus, LaTeX flowfram, pandoc ms, ReportLab, pdfkit, Apache FOP, Typst, fpdf2, enscript,
 * Pango and Cairo, Qt, a PostScript page program, pdfmake, jsPDF, pdf-lib, TCPDF, matplotlib,
 * mutool create, Prawn, PyMuPDF's Story, libharu, Firefox ESR, Inkscape, a2ps, LibreOffice Draw,
 * Calligra Words, html2ps, iText 5, PDF::API2, LibreOffice Impress, @react-pdf/renderer, PDFBox, xhtml2pdf, the pdfjs
 * library, Tk's canvas, Emacs's ps-print, Vivliostyle, LibreOffice Calc, Vim's :hardcopy, Dompdf, Apache Batik, R's grid,
 * @pdfme/generator, Paged.js, fig2dev, iText 2, Gnumeric, PyX, HTMLDOC, Asciidoctor PDF, rst2pdf, WebKitGTK, PDF::Builder, gofpdf, wxHTML, muhammara, Calibre, FreeHEP's Java2D, FPDF, PDF::Create, PDF::Reuse,
 * Flying Saucer, PoDoFo, Text::PDF, pydyf, @libpdf/core, Swing with pdfbox-graphics2d, LilyPond, plain LuaTeX, Halibut, GNU Texinfo,
 * Racket's racket/draw, Skia (@napi-rs/canvas), Syncfusion's JS PDF, Horde_Pdf, Forme, PeculiarVentures' pdf-doc, PostScript::TextBlock,
 * ExcelTS, PDFium, fcl-pdf, cpdf, RBPDF, Origami, pikepdf, PyPDF2, pstoedit, PDFGen, PDFio, cl-pdf, pdf4tcl, pdfrw,
 * PDFjet, HexaPDF, the R&OS PDF class, gopdf; held-out-11's,
 * held-out-12's and held-out-13's PDF only):
 * floors per split, at
 * what the PDF layout reached when they were opened (or since), so that no later rule gives any
 * of it back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structurePdf } from '../../src/structure.ts';
import { scoreStructure, type ExpectedArticle } from '../support/structure-score.ts';

/** Per split: at least so many paragraphs, sentences and roles exact, at most so many words lost and invented. */
const FLOORS = {
  // kilowatt-|heures kept (the lexicon knows no `kilowattheures`). (A WeasyPrint ragged paragraph
  // cut at a sentence end is now joined: its paragraphs are set apart by a space, none after that line.)
  'held-out-3': { paragraphs: 277, sentences: 788, roles: 439, lost: 2, invented: 2 },
  // `Th. G.` signature: the segmenter cuts after `Th.`.
  'held-out-4': { paragraphs: 157, sentences: 461, roles: 269, lost: 0, invented: 0 },
  // `« Transparences. Verres … »`: the segmenter cuts inside the title.
  'held-out-5': { paragraphs: 216, sentences: 646, roles: 343, lost: 0, invented: 0 },
  // (A flowfram ragged column with no indent nor paragraph space: a line ending a sentence with
  // room left for the next line's first word now ends its paragraph.)
  // Session 37 (pdf24): Scribus's `FAITS DIVERS`, its space glyph drawn under the next letter,
  // which pdf.js dropped, read from the drawing (restoreDrawnSpaces): sentences 545 -> 546,
  // roles 310 -> 311, lost 2 -> 0, invented 1 -> 0.
  'held-out-6': { paragraphs: 193, sentences: 546, roles: 311, lost: 0, invented: 0 },
  // ReportLab, pdfkit and FOP set the kicker in capitals themselves (`upper()`, `text-transform`)
  // on 16 pages while the expected text keeps the source's case (`Faits divers`): 16 sentences,
  // 16 roles and 24 words no reading of the page can give back, since other splits print
  // kickers typed in capitals (`ÉCHECS`) and expect them so. Nothing else is missed.
  'held-out-7': { paragraphs: 207, sentences: 623, roles: 314, lost: 24, invented: 24 },
  // Sentences only: the segmenter cuts inside speech in straight quotes (`"… sardinelles.
  // Aujourd'hui, …", soupire …`), and a headline of two lines is two sentences with no stop.
  'held-out-8': { paragraphs: 211, sentences: 478, roles: 329, lost: 0, invented: 0 },
  // Opened at 217 / 581 / 338, 9 lost and 33 invented (Pango's fine spaces drawn as gaps, Qt's
  // lines drawn twice across a break, a one-line column's paragraph end). Left: `plate-|formes`
  // kept (the lexicon knows `plate-forme`), and `« Le secret ? Ne … ! » a-t-elle confié.` cut by
  // the segmenter at `?`.
  'held-out-9': { paragraphs: 223, sentences: 588, roles: 338, lost: 1, invented: 1 },
  // Scored blind twice at 216 / 529 / 353, 27 lost and 76 invented, then opened: pdfmake's
  // no-break spaces read as U+0000, the gap it stretches after a compound's hyphen
  // (`Mortagne- au- Perche`), jump lines (`Lire la suite page 28`); and a headline whose lines
  // go on in lower case is one sentence in the expected text (make-pages.ts, headlineSentences).
  // (A jsPDF paragraph cut after a sentence whose last line ran short is now joined: its
  // paragraphs are set apart by a space, none after that line.)
  'held-out-10': { paragraphs: 234, sentences: 555, roles: 353, lost: 0, invented: 0 },
  // Scored blind twice at 164 / 483 / 285, 0 lost and 42 invented, then its PDF misses opened
  // (its text paths stay unread): TCPDF's 1 pt credit `Powered by TCPDF (www.tcpdf.org)` in a
  // corner, a short third column whose line's inner space looked emptier than the gutter under
  // a two-line headline, a box of `Label : …` entries glued into one block (or a caption).
  // Left: a two-line headline `Faute de moyens, la piscine / Jean-Bouin fermera tout l'hiver` is
  // two sentences in the expected text (make-pages.ts reads a line opening on a capital as a
  // deck), one for the stage; three typesettings.
  'held-out-11': { paragraphs: 180, sentences: 492, roles: 292, lost: 0, invented: 0 },
  // Scored blind at 226 / 554 / 357, 21 lost and 29 invented, then its PDF misses opened (its
  // text paths stay unread): MuPDF's hyphens drawn with a glyph read as U+00AD and no marked
  // content (`quarantecinq`, `ve dette`), results lines of inline list numbers (`1. AS Montluçon,
  // 2. …`) cut at each number, a few lines at a page's head whose indents were taken for the
  // column's edge. Then the generator's fault mended (Prawn painted boxes of the second and third
  // columns over the first column's body lines; the pages made again). Left: a paragraph ending
  // at a ragged column's foot before a caption. (The word Prawn cut with its hyphen drawn in a
  // font subset of its own, `pre` / `mier`, is joined since session 29.)
  'held-out-12': { paragraphs: 243, sentences: 580, roles: 361, lost: 0, invented: 0 },
  // Scored blind at 90 / 302 / 203, 79 lost and 208 invented (Firefox ESR, Inkscape, a2ps), then
  // its PDF misses opened: a box's instructions or numbered results under its title (a paragraph
  // each), a box given after the body, a running header under a folio alone, a printout's kicker,
  // headline and standfirst in its one face, a header printed two pages to a sheet, minus signs
  // drawn for hyphens. Then a2ps's apostrophes: typed `'` (Latin-1 has no `’`) and drawn with
  // Courier's quoteright, kept as drawn since the copy quotes with `« »` (held-out-8's enscript
  // copy quotes with `"` and gets its `'` back); a2ps's frames drawn with `+`, `-` and `|`
  // (dropped, their lines measured against the frame, the lines right under an empty one its
  // picture's caption); a2ps's standfirst folded over five lines above the byline, and its
  // sheet footer in the title bar's font; Inkscape's ragged column cut by a picture where a
  // paragraph ends with room left on its last line; a folio `22/` alone on a one-page article.
  // Left: a headline's two lines (`Sur les pentes du col,` / `Lucas Ferreira-Dumas s’offre
  // l’étape reine`) that the source marks as two sentences, one for the stage.
  'held-out-13': { paragraphs: 140, sentences: 383, roles: 236, lost: 0, invented: 0 },
  // Scored blind in session 27 at 220 / 504 / 319, 1 lost and 46 invented (LibreOffice Draw,
  // Calligra Words, html2ps), then read in session 28: text drawn twice over itself read once, the
  // gutter with most rows on its thinner side, a page's smallest first or last row with the date or
  // a folio among rules as furniture, paragraphs parted by a space not ended by a short line alone,
  // and a ranking's lone winner (`cadets : 1. Yanis Belkacem.`) one sentence. Left: sentences the
  // segmenter cuts inside a quotation.
  'held-out-14': { paragraphs: 223, sentences: 527, roles: 320, lost: 0, invented: 0 },
  // Scored blind in session 28 at 236 / 565 / 367, 26 lost and 53 invented (iText 5, PDF::API2,
  // LibreOffice Impress), then read in session 29: iText's justified lines spread by their
  // letters (pdf.js reads `f o i s`) closed, a gutter shown by one line alone at a text box's
  // second column no longer outweighed by the headline's rows, an intertitle wrapped across a
  // column break around a caption read whole, and the digit groups iText 5 prints with nothing
  // between them (`380000`, `84312`: the narrow no-break space is not drawn, no gap, no glyph)
  // grouped again on the article's evidence, as the text readers do.
  'held-out-15': { paragraphs: 249, sentences: 578, roles: 367, lost: 0, invented: 0 },
  // Blind in session 29 at 255 / 568 / 388, 2 lost and 1 invented (react-pdf's flex boxes, PDFBox
  // drawing the body before the headline, xhtml2pdf's frames), read in session 30: a line
  // xhtml2pdf set wider than its column, its last word across the gutter, read in its column, and
  // a list in a box set in from the column (PDFBox, react-pdf) read as items, not cut at each
  // wrap. Left: react-pdf's two-page A5 columns, each going on at the next page's top.
  'held-out-16': { paragraphs: 272, sentences: 585, roles: 388, lost: 0, invented: 0 },
  // Blind in session 30 (the pdfjs library, Tk's canvas as PostScript, Emacs's ps-print) at 209 /
  // 441 / 327, 40 lost and 40 invented, read in session 31: Emacs's standfirst and byline in
  // Courier under a Courier-Bold headline cut off the body at their blank lines; its copy's `'`
  // (drawn as quoteright) given back on its dashes typed as lone hyphens (pdf-typed-apostrophes);
  // its minus signs drawn for hyphen-minus made '-' (hyphen-characters); a dateline typed with a
  // hyphen (`LURE -`) inline, in its own face or alone in bold; a ragged column's paragraph ending
  // at the column's foot with room left on its last line; and the standfirsts' two sentences
  // counted as two (a fixture fix: 493 -> 512 sentences). Left: a paragraph ending at a page's or
  // an uneven column's foot (pdfjs's whole paragraphs per column).
  'held-out-17': { paragraphs: 234, sentences: 510, roles: 336, lost: 0, invented: 0 },
  // Blind in session 31 (Vivliostyle, LibreOffice Calc, Vim's :hardcopy) at 194 / 453 / 271, 30
  // invented, read in session 32: Vim's header dropped on its `Page 1` in pieces, its kicker in
  // the body's case read above the title, and its headings and credit line, ragged lines with
  // room left over a blank line, set apart. Left: the 21 words Calc prints a second time on the
  // tabloid page 2 (the cut ends of cells wider than the page: a fixture matter) and the captions
  // Vim's wire prints after the copy in the body's type. Session 32 (roles19): `Texte et photos :`
  // read as the byline (layout-block's BYLINE), roles 288 -> 291.
  // Session 37 (pdf24): the tails Calc prints again at page 2's left edge read once
  // (pdf-sheet-overflow): invented 21 -> 0.
  'held-out-18': { paragraphs: 201, sentences: 465, roles: 291, lost: 0, invented: 0 },
  // Blind in session 32 (Dompdf, Apache Batik, R's grid), read from session 33 at 229 / 577 / 338,
  // 7 lost and 3 invented: its folios printed `12.` dropped as folios, and two captions'
  // last lines on one row at Batik's page foot no longer dropped as a running footer. Left: the
  // letter's signature set in italics read as a caption (roles).
  'held-out-19': { paragraphs: 229, sentences: 578, roles: 338, lost: 0, invented: 0 },
  // Blind in session 33 (@pdfme/generator, Paged.js, fig2dev), read from session 34: floors at its
  // blind end, 36 words lost and 161 invented (pdfme's justified lines letter-spaced: their words
  // come out as letters apart).
  // Session 34 (pdf21): pdfme's letter-spaced lines read whole from the drawing (pdf-text-layer-worker's
  // closeTrackedLetters): paragraphs 194 -> 200, sentences 525 -> 531, invented 161 -> 4.
  // Session 34 (roles21): a headline pdfme set line by line, each line shrunk to the measure, read
  // as one headline, not a headline and a standfirst: roles 322 -> 324, sentences 525 -> 527.
  // Session 34, the branches merged (the lead): floors at the merged code, their changes together.
  // Session 37 (pdf24): pdfme's line folded after `(` joined with no space (join-lines):
  // paragraphs 201 -> 202, sentences 534 -> 535, lost 2 -> 1, invented 3 -> 1.
  'held-out-20': { paragraphs: 202, sentences: 535, roles: 324, lost: 1, invented: 1 },
  // Blind in session 34 (iText 2, Gnumeric's ssconvert, PyX), read from session 35: floors at its
  // blind end (2 words lost, 2 invented).
  // Session 35 (pdf22): Gnumeric's A5 columns under a long head found (its rows across the gutter
  // all above the columns), and its boxed last paragraph set below the columns read after them:
  // paragraphs 234 -> 240, sentences 574 -> 586, lost 2 -> 0, invented 2 -> 0.
  'held-out-21': { paragraphs: 240, sentences: 586, roles: 365, lost: 0, invented: 0 },
  // Blind in session 35 (HTMLDOC, Asciidoctor PDF, rst2pdf), read from session 36: floors at its
  // blind end (194 of 198 paragraphs, 473 of 478 sentences, every role).
  // Session 36 (pdf23): Asciidoctor PDF's hyphens drawn in the face's second subset found on every
  // page (the PDF reader): 194 -> 198 paragraphs, 473 -> 478 sentences, lost 6 -> 0, invented 12 -> 0.
  'held-out-22': { paragraphs: 198, sentences: 478, roles: 304, lost: 0, invented: 0 },
  // Blind in session 36 (WebKitGTK, PDF::Builder, gofpdf), read from session 37: floors at its
  // blind end (193 of 197 paragraphs, 482 of 485 sentences, 313 of 314 roles).
  // Session 38 (reader25): a river in WebKit's justified lines drawn a word a piece no longer
  // taken for a gutter: 193 -> 195 paragraphs, 482 -> 485 sentences.
  'held-out-23': { paragraphs: 195, sentences: 485, roles: 313, lost: 0, invented: 0 },
  // Blind in session 37 (wxHTML, muhammara, Calibre), read from session 38: floors at its blind end
  // (169 of 170 paragraphs, 474 of 475 sentences, every role; 2 words lost, 1 invented).
  // Session 40 (pdf27): a space pdf.js reads as an item of its own kept on the word before it
  // (the PDF reader: wxHTML's \`affiche le\`): every paragraph and sentence, no word lost or invented.
  'held-out-24': { paragraphs: 170, sentences: 475, roles: 288, lost: 0, invented: 0 },
  // Blind in session 38 (Java2D through FreeHEP, FPDF, PDF::Create), read from session 39: floors at
  // its blind end (191 of 192 paragraphs, 581 of 596 sentences, every role; no word lost or invented);
  // session 39's caption credits (credit-forms.ts, a credit line joined to its caption): 595 of 596 sentences.
  'held-out-25': { paragraphs: 191, sentences: 595, roles: 337, lost: 0, invented: 0 },
  // Blind in session 39 (PDF::Reuse, Flying Saucer, PoDoFo), read from session 40: floors at its
  // blind end (251 of 252 paragraphs, 599 of 607 sentences, 391 of 392 roles; 12 words invented).
  // Session 40 (pdf27): Flying Saucer's table cells cut at a page's foot, each column's cut line
  // drawn on both pages, read once (the PDF reader): 252 paragraphs, 600 sentences, none invented.
  // Session 47 (pdf47's segmenter fix): a title's abbreviation ending a hyphenated place name
  // (`-Gal.`) read as the name's end, which ends its sentence (segment-french.ts): sentences 600 -> 604.
  'held-out-26': { paragraphs: 252, sentences: 604, roles: 391, lost: 0, invented: 0 },
  // Blind in session 40 (Text::PDF, pydyf, @libpdf/core), read from session 41: floors at its
  // blind end (257 of 262 paragraphs, 565 of 570 sentences, 379 of 381 roles; 1 word lost, 1 invented).
  // Session 41, merged (para28's numbered list after a colon; validation half): 259 paragraphs, 567 sentences.
  'held-out-27': { paragraphs: 259, sentences: 567, roles: 379, lost: 1, invented: 1 },
  // Blind in session 41 (Swing with pdfbox-graphics2d, LilyPond, plain LuaTeX), read from session 42
  // (development half): floors at its blind end (213 of 218 paragraphs, 480 of 486 sentences, every
  // role of 332; 4 words lost, 8 invented).
  // Session 42 (reader42): Swing's line-end spaces read from the drawing (the PDF reader), a line
  // ending on none joined with no space or ending its paragraph: paragraphs 213 -> 218, sentences
  // 480 -> 484, lost 4 -> 0, invented 8 -> 0.
  'held-out-28': { paragraphs: 218, sentences: 484, roles: 332, lost: 0, invented: 0 },
  // Blind in session 42 (Halibut, GNU Texinfo on pdfTeX, Racket's racket/draw), read from session 43
  // (validation half): floors at its blind end (157 of 242 paragraphs, 356 of 507
  // sentences, 348 of 355 roles; every lost word on Texinfo's pages, whose accents pdfTeX draws apart).
  // Session 43 (texinfo43): TeX's accents drawn apart put back on their letters and pdfTeX's bitmap
  // fonts read as T1 (the PDF reader), scored once: paragraphs 157 -> 216, sentences 356 -> 472,
  // roles 348 -> 354, lost 273 -> 3, invented 278 -> 3.
  // Session 46 (pdf46; validation half, scored once): paragraphs 216 -> 220, sentences 472 -> 476.
  // Session 48 (pdf48; validation half, scored once): `©` after a stop opens a caption's credit (segment-french.ts) and `© Comité des fêtes …` read as a credit (credit-forms.ts): sentences 476 -> 477.
  'held-out-29': { paragraphs: 220, sentences: 477, roles: 354, lost: 3, invented: 3 },
  // Blind in session 43 (Skia's PDF back end via @napi-rs/canvas, Syncfusion's JS PDF library,
  // Horde_Pdf), read from session 44 (development half): floors at its blind end.
  'held-out-30': { paragraphs: 228, sentences: 508, roles: 340, lost: 0, invented: 0 },
  // Blind in session 44 (Forme through @formepdf/core, PeculiarVentures' pdf-doc, Perl's
  // PostScript::TextBlock), read from session 45 (validation half): floors at its blind end.
  // Session 48 (pdf48; validation half, scored once): `©` after a stop opens a caption's credit (segment-french.ts) and `© Comité des fêtes …` read as a credit (credit-forms.ts): sentences 514 -> 518.
  'held-out-31': { paragraphs: 247, sentences: 518, roles: 364, lost: 0, invented: 0 },
  // Blind in session 45 (ExcelTS's PDF module, PDFium as WebAssembly, Free Pascal's fcl-pdf), read
  // from session 46 (development half): floors at its blind end (234 of 249 paragraphs, 524 of 540
  // sentences, 367 of 370 roles; no word lost or invented).
  // Session 46 (pdf46): numbered items each opening on its indent (no block set in from the column),
  // entries set apart by a space under a line ending on a colon, a name in the intertitles' bold over
  // the first brief an intertitle where another line signs the article: paragraphs 234 -> 247,
  // sentences 524 -> 540, roles 367 -> 370.
  'held-out-32': { paragraphs: 247, sentences: 540, roles: 370, lost: 0, invented: 0 },
  // Blind in session 46 (the Coherent PDF library, Ruby's RBPDF, Ruby's Origami), read from
  // session 47 (validation half: scored, never studied): floors at its blind end (213 -> 216 of 223
  // paragraphs and 470 -> 473 of 509 sentences over session 46's work, every role; no word lost or
  // invented).
  // Session 48 (pdf48; validation half, scored once): `©` after a stop opens a caption's credit (segment-french.ts) and `© Comité des fêtes …` read as a credit (credit-forms.ts): sentences 473 -> 475.
  'held-out-33': { paragraphs: 216, sentences: 475, roles: 328, lost: 0, invented: 0 },
  // Blind in session 47 (pikepdf, PyPDF2, pstoedit), read from session 48 (development half):
  // floors at its blind end (every paragraph and role on its first and last code, 483 of 489
  // sentences; no word lost or invented). Session 48 (pdf48): the `©` credit: 483 -> 485.
  'held-out-34': { paragraphs: 218, sentences: 485, roles: 324, lost: 0, invented: 0 },
  // Blind in session 48 (PDFGen, PDFio, cl-pdf), read from session 49 (validation half: scored,
  // never studied): floors at its blind end (every paragraph, 398 of 401 sentences, 260 of 261
  // roles, on its first and last code; 14 words lost).
  'held-out-35': { paragraphs: 157, sentences: 398, roles: 260, lost: 14, invented: 0 },
  // Blind in session 49 (pdf4tcl, pdfrw, PDFjet), read from session 50 (development half):
  // floors at its blind end (181 of 184 paragraphs, 420 of 425 sentences, every role, on its
  // first and last code; 1 word lost and 1 invented).
  'held-out-36': { paragraphs: 181, sentences: 420, roles: 285, lost: 1, invented: 1 },
  // Blind in session 50 (HexaPDF, the R&OS PDF class, gopdf), read from session 51 (validation half: scored,
  // never studied): floors at its blind end (177 of 185 paragraphs, 415 of 435 sentences, every role, on its
  // first and last code; no word lost or invented).
  'held-out-37': { paragraphs: 177, sentences: 415, roles: 285, lost: 0, invented: 0 },
  // Session 37's credit splits (captions ending on a photo credit), 12 pages each: floors at the
  // credit rule's end (photo-credits.ts: a credit closes its caption's run of the caption's type).
  // dev-4 (development half): 86 of 87 paragraphs, 277 -> 279 -> 281 (session 39's caption credits) of 282 sentences, every role;
  // val-1 (validation half, scored once): 83 of 84 paragraphs, every sentence and role.
  'dev-4': { paragraphs: 86, sentences: 281, roles: 162, lost: 0, invented: 0 },
  'val-1': { paragraphs: 83, sentences: 285, roles: 159, lost: 0, invented: 0 },
  // Session 51 (pdf51): pdf-dev-2, PDF only (development half), FreeHEP's PDFGraphics2D and CUPS's
  // texttopdf, 12 pages: the Type 0 TrueType font with no ToUnicode read through its face's cmap
  // (pdf-glyph-unicode.mjs): paragraphs 48 -> 96 of 98, sentences 153 -> 299 of 308, roles 81 -> 148 of 164,
  // words lost 2 252 -> 0 (the six texttopdf pages had been refused as not French).
  'pdf-dev-2': { paragraphs: 96, sentences: 299, roles: 148, lost: 0, invented: 0 },
} as const;

/** The splits of fewer pages than the held-out sets' 18 or more: session 37's credit splits and pdf-dev-2, 12 each. */
const FEWER_PAGES: Readonly<Record<string, number>> = { 'dev-4': 12, 'val-1': 12, 'pdf-dev-2': 12 };

describe.each(Object.entries(FLOORS))('PDF input on %s', (split, floor) => {
  const root = new URL(`../fixtures/pages/${split}/`, import.meta.url);
  const cases = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) =>
      readdirSync(new URL(`${name}/`, root))
        .filter((file) => file.endsWith('.pdf'))
        .sort()
        .map((file) => ({ folder: new URL(`${name}/`, root), name, file })),
    );

  it('holds its floors', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(FEWER_PAGES[split] ?? 18);
    const totals = { paragraphs: 0, sentences: 0, roles: 0, lost: 0, invented: 0 };
    for (const { folder, name, file } of cases) {
      const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, folder), 'utf8')) as ExpectedArticle;
      const article = await structurePdf(new Uint8Array(readFileSync(new URL(file, folder))), { fileName: file });
      // No character a font's text map lost (read as U+0000) or any other control reaches a block.
      for (const block of article.blocks) expect(block.text, `${file} ${block.id}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/u);
      const score = scoreStructure(article, expected);
      totals.paragraphs += score.paragraphs.exact;
      totals.sentences += score.sentences.exact;
      totals.roles += score.roles.right;
      totals.lost += score.wordsLost.length;
      totals.invented += score.wordsInvented.length;
    }
    expect(totals.paragraphs).toBeGreaterThanOrEqual(floor.paragraphs);
    expect(totals.sentences).toBeGreaterThanOrEqual(floor.sentences);
    expect(totals.roles).toBeGreaterThanOrEqual(floor.roles);
    expect(totals.lost).toBeLessThanOrEqual(floor.lost);
    expect(totals.invented).toBeLessThanOrEqual(floor.invented);
  }, 300_000);
});

/**
 * The worker thread that runs pdf.js for `read-pdf.ts`. Plain JavaScript on purpose: a worker
 * loads its modules with Node's own loader, not through tsx, which would transform pdf.js's
 * 3 MB of JavaScript on every start (seconds, against a fraction of one). It stays up between
 * files, so pdf.js is loaded once per run.
 *
 * Message in: `{ id, bytes, folders: { standardFonts, characterMaps, wasm } }` (file URLs).
 * Message out: `{ id, document: { pages, fontNames, typewriterQuoteFonts, texBitmapFonts } }` or `{ id, error: { name, message } }`.
 */
import { createRequire, Module } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { withTextMaps } from './pdf-glyph-unicode.mjs';

// Nothing pdf.js prints (a warning at load when its optional canvas package is missing, a
// complaint about a damaged file) may reach the process's stdout, where `segment` writes its
// JSON, or its stderr: failures come back as errors. Silenced before pdf.js is loaded.
for (const method of ['log', 'info', 'warn', 'error', 'debug']) console[method] = () => undefined;
withoutCanvas();
const pdfjs = await withoutFetchResponse(async () => {
  // Both halves of pdf.js at once, as soon as the thread starts: the second (the "worker" half,
  // which pdf.js would import in this thread at the first `getDocument`) is handed to pdf.js
  // through `globalThis.pdfjsWorker`, its documented hook, so that it is compiled while the main
  // thread still loads the structure stage and reads the file, not after the bytes arrive. The
  // package's minified builds (the same code): half the bytes to parse on every cold start,
  // which Node 20 cannot cache, about 30 ms of CPU less.
  const [display, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.min.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.min.mjs')]);
  globalThis.pdfjsWorker = worker;
  return display;
});
withoutDecompressionStream();

/**
 * Font faces for pdf.js's display half, which it would add to a page's document to draw text
 * with the PDF's own fonts. With none (`disableFontFace`, pdf.js's default on Node), pdf.js
 * turns every glyph drawn into a path instead, as it compiles each page's drawing operations:
 * most of the cost of the pass that asks them for the fonts' names (`getOperatorList`, below).
 * This thread draws nothing, so pdf.js is given font faces to add to a document that keeps
 * none: an element whose style sheet takes the `@font-face` rule and drops it. Node counts as
 * loading font faces synchronously (`isSyncFontLoadingSupported`), so nothing waits on them.
 */
const FONT_FACES_DROPPED = {
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
};

/**
 * pdf.js's two halves, on loading, add `bytes()` to the global `Response` if it lacks it (Node
 * 20 does). Node builds `Response` on first use by loading undici, its whole HTTP client: 50 ms
 * of CPU on every cold start, for a class pdf.js uses only to fetch over HTTP, which it never
 * does here (its fonts and character maps are read from files, and the PDF is given as bytes).
 * So the loading sees an inert `Response`, and the global is put back as it was afterwards.
 */
async function withoutFetchResponse(load) {
  const response = Object.getOwnPropertyDescriptor(globalThis, 'Response');
  if (response === undefined || !response.configurable) return await load();
  Object.defineProperty(globalThis, 'Response', { value: class Response {}, configurable: true, writable: true });
  try {
    return await load();
  } finally {
    Object.defineProperty(globalThis, 'Response', response);
  }
}

/**
 * pdf.js inflates a compressed stream (a page's content, a font) through the web's
 * `DecompressionStream` when there is one, else with its own inflater. On Node that web stream
 * is Node's zlib behind several layers of promises, whose first use also loads Node's web
 * streams: for the small streams of a newspaper page no faster than pdf.js's own code (which
 * measured a few percent cheaper on a cold read, within the noise), which pdf.js falls back on
 * by itself when the class is missing. This thread runs nothing but pdf.js.
 */
function withoutDecompressionStream() {
  delete globalThis.DecompressionStream;
}

/**
 * pdf.js's legacy build, on loading in Node, requires its optional `@napi-rs/canvas` (a native
 * Skia binding) to polyfill `DOMMatrix`, `ImageData` and `Path2D` for drawing pages, and builds
 * one `DOMMatrix` at load. Only reading text, we never draw: loading Skia cost about a second of
 * CPU on every cold start (`bench/pdf.bench.ts`), more than pdf.js itself. So the package's
 * entry in `require.cache` (which Node documents as writable, checked before loading) is filled
 * beforehand with an inert `DOMMatrix`; `ImageData` and `Path2D` stay undefined, which pdf.js
 * only warns about (silenced above). Without the package installed, there is nothing to do.
 */
function withoutCanvas() {
  const require = createRequire(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.min.mjs'));
  let path;
  try {
    path = require.resolve('@napi-rs/canvas');
  } catch {
    return;
  }
  const inert = new Module(path);
  inert.filename = path;
  inert.loaded = true;
  inert.exports = { DOMMatrix: class DOMMatrix {} };
  require.cache[path] = inert;
}

parentPort?.on('message', async ({ id, bytes, folders }) => {
  try {
    parentPort?.postMessage({ id, document: await readTextLayer(bytes, folders) });
  } catch (error) {
    parentPort?.postMessage({ id, error: { name: error?.name ?? 'Error', message: String(error?.message ?? error) } });
  }
});

/** The file with its missing text maps added, or as it came where reading its objects fails: pdf.js judges the file. */
function withTextMapsIfReadable(bytes) {
  try {
    return withTextMaps(bytes);
  } catch {
    return bytes;
  }
}

async function readTextLayer(bytes, folders) {
  const task = pdfjs.getDocument({
    // A Type 0 TrueType font with no text map is given the one its face holds (`pdf-glyph-unicode.mjs`).
    data: withTextMapsIfReadable(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: false,
    ownerDocument: FONT_FACES_DROPPED,
    useSystemFonts: false,
    // The fonts' text maps and widths come with their names, for `softHyphenAdvance`.
    fontExtraProperties: true,
    stopAtErrors: false,
    standardFontDataUrl: folders.standardFonts,
    cMapUrl: folders.characterMaps,
    cMapPacked: true,
    wasmUrl: folders.wasm,
  });
  const document = await task.promise.catch(async (error) => {
    await task.destroy().catch(() => undefined);
    throw error;
  });
  try {
    const pages = [];
    const fontNames = {};
    /** Per font key: the advance, in ems, of a glyph its text map reads as a soft hyphen (see `restoreDroppedHyphens`). */
    const softHyphens = {};
    /** The font keys whose `’` may be the ASCII apostrophe typed (see `typewriterQuotes`). */
    const typewriterQuoteFonts = [];
    /** The font keys pdfTeX drew from TeX's bitmaps, whose codes pdf.js passes through (see `texBitmap`). */
    const texBitmapFonts = [];
    /** Fonts met in a page's drawing that no text item uses, and which of them draw a soft hyphen (see `hyphenOnlyFonts`). */
    const fontsWithoutText = new Set();
    let hyphenOnlyFont = false;
    /** Whether a page read showed lines ending on a space glyph drawn (see `markDrawnLineEnds`). */
    let lineEndSpaces = false;
    /** Text drawings seen invisible and visible, and pictures drawn, on the pages whose operations were read (see `drawing`). */
    const drawn = { invisible: 0, visible: 0, pictures: 0 };
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      let items = textItems((await page.getTextContent({ includeMarkedContent: false })).items);
      // A space read as an item of its own between two words drawn closer than a word space:
      // the page is read again with its marked content, which tells a glyph standing for other
      // text (`closeSpaceItems`). Only such a page pays for it.
      const spaceItems = closeSpaceItems(items);
      if (spaceItems) items = textItems((await page.getTextContent({ includeMarkedContent: true })).items);
      /** The page's drawing operations, once asked for. */
      let operators;
      if (items.some((item) => typeof item.str === 'string' && !(item.fontName in fontNames))) {
        // pdf.js hands a font's name over only with the page's drawing operations: asked only
        // of a page with a font not met before (fonts are shared by pages), and cheap with the
        // font faces given above instead of each glyph turned into a path.
        operators = await page.getOperatorList();
        for (const item of items) {
          if (typeof item.str !== 'string' || item.fontName in fontNames) continue;
          const font = page.commonObjs.has(item.fontName) ? page.commonObjs.get(item.fontName) : null;
          fontNames[item.fontName] = typeof font?.name === 'string' ? font.name : item.fontName;
          const advance = softHyphenAdvance(font);
          if (advance !== undefined) softHyphens[item.fontName] = advance;
          if (typewriterQuotes(font)) typewriterQuoteFonts.push(item.fontName);
          if (texBitmap(font)) texBitmapFonts.push(item.fontName);
        }
        if (hyphenOnlyFonts(page, operators, fontNames, fontsWithoutText, softHyphens)) hyphenOnlyFont = true;
        drawing(operators, drawn);
      } else if (number > 1 && !hyphenFont(softHyphens)) {
        // A font no text item names is met only in the drawing: a face's subset of its own for
        // the hyphens that break words may first be drawn on a later page, whose every text item
        // is in a font met before (Asciidoctor PDF's second page: `des|cente` read `des cente`).
        operators = await page.getOperatorList();
        if (hyphenOnlyFonts(page, operators, fontNames, fontsWithoutText, softHyphens)) hyphenOnlyFont = true;
      }
      // Word spaces the page draws as glyphs that pdf.js merged away (see `restoreDrawnSpaces`),
      // on the pages whose drawing was read for their fonts.
      if (operators !== undefined) restoreDrawnSpaces(items, operators);
      // Where each item's last glyph is followed by a space glyph drawn (see `markDrawnLineEnds`):
      // read on every page once a page showed lines ending on one.
      if (operators === undefined && lineEndSpaces) operators = await page.getOperatorList();
      if (operators !== undefined && markDrawnLineEnds(items, operators)) lineEndSpaces = true;
      if (items.some((item) => softHyphens[item.fontName] !== undefined)) {
        // A font whose hyphens pdf.js drops: read again with the marked content that tells
        // where each was drawn (`restoreDroppedHyphens`). Only such a page pays for it.
        items = textItems((await page.getTextContent({ includeMarkedContent: true })).items);
      }
      if (items.some((item) => typeof item.str === 'string' && SPREAD_RUN.test(item.str))) {
        // Letters pdf.js read a space apart: the drawing tells the tracking from the word spaces.
        operators ??= await page.getOperatorList();
        closeTrackedLetters(items, drawnWordSpaces(page, operators));
      }
      let restoredItems = restoreDroppedHyphens(items, softHyphens);
      if (hyphenOnlyFont || hyphenFont(softHyphens)) {
        // Once the document has shown a font that draws its hyphens as U+00AD, each page's
        // drawing is walked for them, whether or not a text item of the page names that font: a
        // typesetter may draw a glyph its face's first subset had no room for (`m²`) in the
        // hyphens' subset on one page, so that a text item names it there, and only hyphens in it
        // on the next (Asciidoctor PDF: `aug|mente` read `aug mente` on a second page).
        operators ??= await page.getOperatorList();
        hyphenOnlyFonts(page, operators, fontNames, fontsWithoutText, softHyphens);
        restoredItems = restoreDrawnSoftHyphens(restoredItems, operators, pdfjs.OPS.showText, softHyphens);
      }
      const pieces = [];
      /** The piece a space item of its own followed, until the next piece says whether it ends a word there. */
      let spaced;
      // Space glyphs drawn narrower than a word space inside a word (see `drawnLetters`), and
      // the items' letters walked alongside the drawn ones to find them (unset where they part).
      const narrow = spaceItems ? drawnLetters((operators ??= await page.getOperatorList())) : undefined;
      let letterAt = narrow === undefined ? undefined : 0;
      for (const restored of restoredItems) {
        const { item } = restored;
        const { text } = restored;
        const [, , , d, e, f] = item.transform;
        const [x, y] = viewport.convertToViewportPoint(e, f);
        if (text.trim() === '') {
          // A space pdf.js read as an item of its own (see `closeSpaceItems`): it may end the
          // word before it however close the next word is drawn. Not a glyph standing for other
          // text (`replaced`), nor after a word in a font whose hyphens pdf.js drops: the space it
          // puts in such a hyphen's place is no word's end. Nor a space glyph drawn inside a word,
          // narrower than a word space: a typesetter's move (`drawnLetters`).
          const last = pieces.at(-1);
          const kern = letterAt !== undefined && narrow?.narrowSpaces.has(letterAt) === true;
          if (spaceItems && restored.blank === true && restored.replaced !== true && !kern && last !== undefined && softHyphens[last.font] === undefined && !/\s$/u.test(last.text) && Math.abs(last.y - y) < 0.1 * d && x >= last.x) {
            spaced = last;
          }
          continue;
        }
        if (spaced !== undefined) {
          // Kept on the piece before it only where the next piece is drawn closer to it than a
          // word space (the words would read glued, `affichele`); farther, the gap itself is the
          // word space, or a tracking the layout reads (letter-spaced small capitals, `L I T T O R A L`).
          if (spaced === pieces.at(-1) && Math.abs(spaced.y - y) < 0.1 * d && x - (spaced.x + spaced.width) < CLOSE_WORDS * Math.min(spaced.size, d)) spaced.text += ' ';
          spaced = undefined;
        }
        if (letterAt !== undefined && narrow !== undefined) {
          const letters = lettersOf(text);
          letterAt = narrow.drawn.startsWith(letters, letterAt) ? letterAt + letters.length : undefined;
        }
        const piece = { text, x, y, width: restored.width ?? item.width, size: d, font: item.fontName };
        if (typeof item.spaceDrawnAfter === 'boolean') piece.spaceDrawnAfter = item.spaceDrawnAfter && !text.endsWith('-');
        pieces.push(piece);
      }
      pages.push({ number, width: viewport.width, height: viewport.height, pieces });
      page.cleanup();
    }
    // A searchable scan: text drawn invisible (render mode 3) over pictures of the pages.
    const invisibleText = drawn.pictures > 0 && drawn.invisible >= 9 * drawn.visible && drawn.invisible > 0;
    return { pages, fontNames, typewriterQuoteFonts, texBitmapFonts, invisibleText };
  } finally {
    await document.destroy().catch(() => undefined);
  }
}

/**
 * Words set letter-spaced. A typesetter justifying a line may widen the gap after every glyph
 * (PDF's character spacing, `Tc`: pdfme sets it on each justified line, as word processors and
 * CSS `letter-spacing` do). Once that gap passes about a tenth of an em, pdf.js reads it as a
 * space, and it merges the real spaces (a space glyph, a wider move) into the same single space:
 * the line comes out `d e s t i n é e s à l a 4 G`, the words lost. A reader sees them all the
 * same, as MuPDF and PDFBox read them: the gaps inside a word are the line's tracking, even, and
 * each word space is wider by about a space's advance. So a text item holding a run of single
 * characters a space apart is read again from the glyphs drawn: in each text drawing, the gap
 * after each glyph in ems (the character spacing, a space glyph's advance and word spacing, a
 * `TJ` move); the drawing's middle gap between glyphs with no space glyph between them (its
 * character spacing alone, where it has too few such gaps) is its tracking (most such gaps are inside words: a
 * typesetter that places each glyph by its own moves, as Pango does, leaves them uneven by a
 * few hundredths of an em), and only a gap wider than it by `WORD_GAP` is a word space.
 */
const SPREAD_RUN = /(?:^|\s)\S(?: \S){2,}(?=\s|$)/u;
/** Two single characters a space apart or more (`d e`): mended on a page that has a spread run, whose other words may be cut into items of their own. */
const SPREAD_PAIR = /(?:^|\s)\S(?: \S)+(?=\s|$)/u;
/** How much wider than a drawing's tracking, in ems, a gap is a word space: pdf.js's own tracking space is 0.102 em, a space about a quarter of an em. @default 0.1 */
const WORD_GAP = 0.1;
/** Gaps free of a space glyph a drawing holds at least for their middle one to be its tracking. @default 3 */
const TRACKING_GAPS = 3;
/** Glyphs a text drawing holds at least to be read for its tracking. @default 2 */
const TRACKED_GLYPHS = 2;

/**
 * A page's text drawings with glyphs enough, each as its characters without spaces (`letters`)
 * and the offsets into them of the characters that follow a word gap (`spaceBefore`). A
 * drawing is a text showing and the ones that follow it on its baseline, in its font and size,
 * moved to by `Td` or placed by a text matrix of their own (`Tm`, in a text object of their own
 * or not; marked content between them aside): Chromium (Skia) draws a letter-spaced word a
 * glyph a `Tj`, each placed by its own `Td`, and its justified lines a word a `Tj`; a layout
 * program's export (iText's pages placed word by word, MuPDF's) sets each word by its own `Tm`,
 * a tracked kicker `VIE LOCALE` too, which pdf.js reads as one item `I E L O C A L E`. Each move
 * becomes the gap it leaves after the glyph before (in ems, as a `TJ` move), so that such a line
 * is read as one drawing, its tracking told from its word spaces as in one `TJ`.
 */
function drawnWordSpaces(page, operators) {
  const OPS = pdfjs.OPS;
  const drawings = [];
  let state = { charSpacing: 0, wordSpacing: 0, size: 0, scale: 0.001, font: undefined, leading: 0 };
  const saved = [];
  /** Whether the page's matrix was changed (`cm`) since the last `q`. */
  let transformed = false;
  /** The text line matrix: its origin and scales, as `BT`, `Tm` and `Td` set it. */
  let line = { x: 0, y: 0, a: 1, b: 0, c: 0, d: 1 };
  /**
   * The glyphs of the drawing read, with the moves between its showings; its baseline, font and
   * size; the pen's advance, in ems, since the line's origin where the pen last stood
   * (`penFrom`); whether the line has moved since the last showing.
   */
  let glyphs = [];
  let base;
  let pen = 0;
  let penFrom = 0;
  /** Where the pen stands after the last showing, on the page's x axis as the line matrix gives it. */
  let penAt = 0;
  let moved = false;
  const flush = () => {
    if (glyphs.length > 0) {
      const drawing = wordGaps(glyphs, base);
      if (drawing !== undefined) drawings.push(drawing);
    }
    glyphs = [];
    base = undefined;
    pen = 0;
  };
  /** Whether the line now stands on the drawing's baseline, in its font and size, unturned. */
  const sameLine = () =>
    base !== undefined &&
    line.b === 0 &&
    line.c === 0 &&
    line.a === base.a &&
    line.d === base.d &&
    Math.abs(line.y - base.y) < 0.01 * Math.abs(line.d) &&
    state.size === base.size &&
    state.font === base.font &&
    state.charSpacing === base.charSpacing &&
    state.wordSpacing === base.wordSpacing;
  for (let index = 0; index < operators.fnArray.length; index += 1) {
    const operator = operators.fnArray[index];
    const args = operators.argsArray[index];
    if (operator === OPS.showText && state.size > 0 && Array.isArray(args?.[0])) {
      if (glyphs.length > 0 && !sameLine()) flush();
      if (glyphs.length === 0) {
        base = { y: line.y, a: line.a, d: line.d, size: state.size, scale: state.scale, font: state.font, charSpacing: state.charSpacing, wordSpacing: state.wordSpacing };
        // Unmoved, the pen stands where the showing before left it (a capital before its small capitals).
        penFrom = moved ? line.x : penAt;
        pen = 0;
      } else if (moved) {
        // A move starts from the origin the pen last stood at: the gap is what it leaves past the pen.
        glyphs.push(-1000 * ((line.x - penFrom) / (line.a * state.size) - pen));
        penFrom = line.x;
        pen = 0;
      }
      moved = false;
      for (const glyph of args[0]) {
        if (typeof glyph === 'number') pen -= glyph / 1000;
        else pen += (Number(glyph?.width) || 0) * state.scale + (state.charSpacing + (glyph?.isSpace ? state.wordSpacing : 0)) / state.size;
        glyphs.push(glyph);
      }
      penAt = penFrom + pen * state.size * line.a;
      continue;
    }
    if (operator === OPS.moveText || operator === OPS.setLeadingMoveText) {
      line = { ...line, x: line.x + (Number(args?.[0]) || 0) * line.a, y: line.y + (Number(args?.[1]) || 0) * line.d };
      if (operator === OPS.setLeadingMoveText) state.leading = -(Number(args?.[1]) || 0);
      moved = true;
      continue;
    }
    if (operator === OPS.nextLine) {
      // `T*` (and `'`, `"`, which pdf.js reads as it and a showing): the next line's start, a leading down.
      line = { ...line, y: line.y - state.leading * line.d };
      moved = true;
      continue;
    }
    if (operator === OPS.setTextMatrix && Array.isArray(args)) {
      // pdf.js hands the matrix over as one argument (its six numbers), or as six.
      const matrix = args.length === 1 && args[0] !== null && typeof args[0] === 'object' ? Array.from(args[0]) : args;
      const [a, b, c, d, e, f] = matrix.map((value) => Number(value) || 0);
      line = { x: e, y: f, a, b, c, d };
      moved = true;
      continue;
    }
    if (operator === OPS.beginText) {
      line = { x: 0, y: 0, a: 1, b: 0, c: 0, d: 1 };
      moved = true;
      continue;
    }
    // A text object's end, marked content and a resource loaded (pdf.js's `dependency`) draw nothing.
    if (operator === OPS.endText || operator === OPS.dependency || operator === OPS.beginMarkedContent || operator === OPS.beginMarkedContentProps || operator === OPS.endMarkedContent) continue;
    if (operator === OPS.setFont) {
      state.size = Math.abs(Number(args?.[1]) || 0);
      const font = typeof args?.[0] === 'string' && page.commonObjs.has(args[0]) ? page.commonObjs.get(args[0]) : null;
      state.scale = Array.isArray(font?.fontMatrix) ? Math.abs(font.fontMatrix[0]) : 0.001;
      state.font = args?.[0];
      continue;
    }
    if (operator === OPS.save) {
      saved.push({ ...state, transformed });
      transformed = false;
      continue;
    }
    if (operator === OPS.restore) {
      // The page's matrix changed inside, and is given back: what follows is placed otherwise.
      if (transformed) flush();
      const restored = saved.pop();
      if (restored !== undefined) ({ transformed, ...state } = restored);
      continue;
    }
    flush();
    if (operator === OPS.transform) transformed = true;
    if (operator === OPS.setCharSpacing) state.charSpacing = Number(args?.[0]) || 0;
    else if (operator === OPS.setWordSpacing) state.wordSpacing = Number(args?.[0]) || 0;
    else if (operator === OPS.setLeading) state.leading = Number(args?.[0]) || 0;
  }
  flush();
  return drawings;
}

/** A text drawing's glyphs, a word gap at each gap wider than its middle one by `WORD_GAP`; undefined if it has too few glyphs. */
function wordGaps(glyphs, state) {
  const letters = [];
  const gaps = [];
  /** Gaps between two glyphs with no space glyph between them: the tracking's, in most lines. */
  const inside = [];
  /** The gap after the last glyph, in ems, while it grows, and whether a space glyph is in it. */
  let gap = null;
  let spaced = false;
  for (const glyph of glyphs) {
    if (typeof glyph === 'number') {
      if (gap !== null) gap -= glyph / 1000;
      continue;
    }
    const text = typeof glyph?.unicode === 'string' ? glyph.unicode.replace(/\s+/gu, '') : '';
    const advance = (Number(glyph?.width) || 0) * state.scale;
    if (text === '') {
      if (gap !== null) gap += advance + (state.charSpacing + (glyph?.isSpace ? state.wordSpacing : 0)) / state.size;
      spaced = true;
      continue;
    }
    if (gap !== null) {
      gaps.push(gap);
      if (!spaced) inside.push(gap);
    }
    letters.push(text);
    gap = state.charSpacing / state.size;
    spaced = false;
  }
  if (letters.length < TRACKED_GLYPHS) return undefined;
  // With too few gaps free of a space glyph to tell (a folio `- 6 -`, `– 7 –` set by moves), the
  // tracking is the character spacing alone; but a short word of letters only set letter-spaced
  // by moves (Chromium draws a kicker `MER` with `letter-spacing: 0.2em` a glyph a `Tj`) has
  // its two gaps to tell, and a word of single letters a space apart is no French line.
  const lettersOnly = inside.length >= TRACKING_GAPS - 1 && letters.every((text) => /^\p{L}+$/u.test(text));
  const tracking = inside.length >= TRACKING_GAPS || lettersOnly ? median(inside) : state.charSpacing / state.size;
  const spaceBefore = new Set();
  let joined = letters[0];
  for (let index = 1; index < letters.length; index += 1) {
    if (gaps[index - 1] - tracking > WORD_GAP) spaceBefore.add(joined.length);
    joined += letters[index];
  }
  return { letters: joined, spaceBefore };
}

/** How far past the last item's letters, in characters, the next item's letters may be found among the drawings' (pdf.js leaves out some glyphs drawn: a hyphen read as U+00AD, a turned word). @default 64 */
const ITEM_SLACK = 64;

/** The middle value of gaps (most of a line's gaps are inside its words); 0 for none. */
function median(values) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * The text items read letter by letter (a run of single characters a space apart) given the
 * spacing of the drawing that holds their characters (pdf.js may cut one drawing into an item
 * per word): the tracking closed, the word spaces kept. pdf.js gives its items in the order
 * they were drawn, so each item's characters are looked for among the drawings' from where the
 * last item's ended; an item not found there is mended only when every drawing holding its
 * characters spaces them alike, and an item across two drawings is left as read.
 */
function closeTrackedLetters(items, drawings) {
  let letters = '';
  const starts = [];
  const spaceBefore = new Set();
  for (const drawing of drawings) {
    starts.push(letters.length);
    for (const offset of drawing.spaceBefore) spaceBefore.add(letters.length + offset);
    letters += drawing.letters;
  }
  const within = (at, length) => !starts.some((start) => start > at && start < at + length);
  const spaced = (key, at) => {
    let text = '';
    for (let index = 0; index < key.length; index += 1) text += (index > 0 && spaceBefore.has(at + index) ? ' ' : '') + key[index];
    return text;
  };
  let cursor = 0;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const key = item.str.replace(/\s+/gu, '');
    if (key === '') continue;
    let found = letters.indexOf(key, cursor);
    if (found !== -1 && found - cursor <= ITEM_SLACK) cursor = found + key.length;
    else found = -1;
    if (!SPREAD_PAIR.test(item.str)) continue;
    let text;
    if (found !== -1) text = within(found, key.length) ? spaced(key, found) : undefined;
    else {
      for (let at = letters.indexOf(key); at !== -1; at = letters.indexOf(key, at + 1)) {
        const candidate = within(at, key.length) ? spaced(key, at) : null;
        if (text !== undefined && text !== candidate) text = null;
        else text ??= candidate;
        if (text === null) break;
      }
    }
    if (typeof text !== 'string') continue;
    const lead = /^\s*/u.exec(item.str)[0];
    const trail = /\s*$/u.exec(item.str)[0];
    item.str = `${lead}${text}${trail}`;
  }
}

/**
 * Word spaces drawn as glyphs that pdf.js left out, put back: the page's text items (their
 * `str` mended in place) and its drawing operations.
 *
 * A typesetter that draws a space glyph says where a word ends, whatever it draws next. pdf.js
 * leaves a space glyph out of its text and puts a space back only where the next glyph starts
 * far enough from the last one's end (to merge a space drawn with a space moved over): a space
 * drawn narrower than the typesetter's tracking pulls back (Scribus sets a letter-spaced kicker
 * a glyph at a time, `FAITS DIVERS` with its space glyph at 0.1 pt, read `FAITSDIVERS`, a word
 * invented and two lost) joins two words. So the drawn glyphs are walked alongside the items'
 * letters (spaces aside): two letters of one item with a space glyph drawn between them get a
 * space back. Where the walks disagree (text pdf.js left out: turned text, a dropped hyphen),
 * the rest of the page is left as pdf.js read it.
 */
function restoreDrawnSpaces(items, operators) {
  // A page whose text holds as many spaces as its drawing shows space glyphs lost none: most
  // pages (TeX and many libraries draw no space glyph at all) are done with here.
  if (drawnSpaces(operators) <= itemSpaces(items)) return;
  // A space glyph drawn at an offset a letter is then drawn at: the letter is drawn after a space.
  const { drawn, spaceAfter: spaceBefore } = drawnLetters(operators);
  if (![...spaceBefore].some((offset) => offset < drawn.length)) return;
  let at = 0;
  for (const item of items) {
    if (typeof item.str !== 'string' || item.str === '') continue;
    let text = '';
    let mended = false;
    let letterBefore = false;
    for (const character of item.str) {
      const letters = lettersOf(character);
      if (letters === '') {
        text += character;
        letterBefore = false;
        continue;
      }
      if (!drawn.startsWith(letters, at)) return;
      if (letterBefore && spaceBefore.has(at)) {
        text += ' ';
        mended = true;
      }
      text += character;
      at += letters.length;
      letterBefore = true;
    }
    if (mended) item.str = text;
  }
}

/**
 * Whether each text item's last glyph is followed, in the page's drawing, by a space glyph
 * (`item.spaceDrawnAfter`, true or false; left unset from where the drawn glyphs and the items'
 * letters part ways, as in `restoreDrawnSpaces`). pdf.js leaves a space glyph at a line's end out
 * of its text, and the line's next item is on another baseline: what the typesetter drew after a
 * line's last word is lost. A typesetter that folds its lines itself and draws each line's text
 * up to the break (Java's Swing text, as pdfbox-graphics2d records it) keeps the space the line
 * was broken at, and draws none where it broke inside a word (`J.` + `-P.`, `www.` +
 * `marais-kervigen.org`, `M` + `€`) or where a paragraph ends: the layout reads that
 * (`src/layout/pdf-drawn-line-ends.ts`). Returns whether an item followed by one ends its line (its
 * next item on another baseline).
 */
function markDrawnLineEnds(items, operators) {
  const { drawn, spaceAfter } = drawnLetters(operators);
  let at = 0;
  let lineEnd = false;
  let previous;
  for (const item of items) {
    if (typeof item.str !== 'string' || item.str === '') continue;
    const letters = lettersOf(item.str);
    if (letters === '') continue;
    if (!drawn.startsWith(letters, at)) return lineEnd;
    at += letters.length;
    if (previous?.spaceDrawnAfter === true && Math.abs(previous.transform[5] - item.transform[5]) > 0.5 * Math.abs(item.transform[3])) lineEnd = true;
    item.spaceDrawnAfter = spaceAfter.has(at);
    previous = item;
  }
  return lineEnd;
}

/** Each page's drawing operations walked once, as `drawnLetters` reads them. */
const DRAWN_LETTERS = new WeakMap();

/**
 * A page's drawn glyphs as letters (`drawn`, spaces and marks that are no letters left out, as
 * `lettersOf` reads them), the offsets into it after which a space glyph is drawn (`spaceAfter`;
 * a letter drawn next stands at that offset), for `restoreDrawnSpaces` and `markDrawnLineEnds`,
 * and the offsets where a space glyph drawn inside a word is a typesetter's move (`narrowSpaces`),
 * for the space items read between two pieces. One walk of the page's glyphs for the three,
 * kept with the page's operations.
 *
 * A narrowed space is a space glyph drawn between two letters of one text showing, the word
 * spacing taking more than half of its width, with an advance (its width, the character and word
 * spacing, a `TJ` move after it) under `CLOSE_WORDS` ems, narrower than any word space. grops
 * (groff's PostScript) sets a positive kern (`r` then `t`) as a space drawn with its word spacing
 * taken off, `-1.904 Tw (er t) Tj` at 8 pt, 0.04 em, which Ghostscript's PDF keeps and pdf.js
 * reads as a space item of its own: `découver t`. Cairo's word space, drawn whole and then pulled
 * back under a word space by a `TJ` move or overprinted by the next showing (wxHTML's printing:
 * `affiche le`, 0.09 em), keeps its word spacing: it is no such glyph.
 */
function drawnLetters(operators) {
  const known = DRAWN_LETTERS.get(operators);
  if (known !== undefined) return known;
  let drawn = '';
  const spaceAfter = new Set();
  const narrowSpaces = new Set();
  let size = 1;
  let charSpacing = 0;
  let wordSpacing = 0;
  for (let index = 0; index < operators.fnArray.length; index += 1) {
    const operator = operators.fnArray[index];
    const args = operators.argsArray[index];
    if (operator === pdfjs.OPS.setFont) size = Math.abs(Number(args?.[1])) || 1;
    else if (operator === pdfjs.OPS.setCharSpacing) charSpacing = Number(args?.[0]) || 0;
    else if (operator === pdfjs.OPS.setWordSpacing) wordSpacing = Number(args?.[0]) || 0;
    else if (operator === pdfjs.OPS.nextLineSetSpacingShowText) {
      wordSpacing = Number(args?.[0]) || 0;
      charSpacing = Number(args?.[1]) || 0;
    }
    if (!SHOW_TEXT.has(operator)) continue;
    const glyphs = args?.[0];
    if (!Array.isArray(glyphs)) continue;
    /** A space glyph after a letter of this showing, narrowed: its advance so far, in text space units. */
    let space;
    let letterBefore = false;
    for (const glyph of glyphs) {
      if (typeof glyph === 'number') {
        if (space !== undefined) space -= (glyph / 1000) * size;
        continue;
      }
      if (glyph === null || typeof glyph !== 'object' || typeof glyph.unicode !== 'string') continue;
      const letters = lettersOf(glyph.unicode);
      if (letters === '') {
        if (isSpaceGlyph(glyph) && drawn !== '') spaceAfter.add(drawn.length);
        const own = ((glyph.width ?? 0) / 1000) * size;
        // Only a space the word spacing takes more than half of: a justified line's spaces are
        // never set so tight (cairo's word space pulled back by a `TJ` move is a word space still).
        const narrowed = glyph.isSpace === true && wordSpacing < -0.5 * own;
        space = narrowed && letterBefore && space === undefined ? own + charSpacing + wordSpacing : undefined;
        letterBefore = false;
        continue;
      }
      if (space !== undefined && space / size < CLOSE_WORDS) narrowSpaces.add(drawn.length);
      space = undefined;
      drawn += letters;
      letterBefore = true;
    }
  }
  const read = { drawn, spaceAfter, narrowSpaces };
  DRAWN_LETTERS.set(operators, read);
  return read;
}

/** Whether a drawn glyph is a space: the space character's code in a simple font, or a glyph its text map reads as a space. */
function isSpaceGlyph(glyph) {
  return glyph.isSpace === true || glyph.unicode === ' ' || glyph.unicode === '\u00a0';
}

/** How many runs of space glyphs a page's drawing shows after a glyph that is not one: a cheap count before any walk. */
function drawnSpaces(operators) {
  let count = 0;
  let space = true;
  for (let index = 0; index < operators.fnArray.length; index += 1) {
    if (!SHOW_TEXT.has(operators.fnArray[index])) continue;
    const glyphs = operators.argsArray[index]?.[0];
    if (!Array.isArray(glyphs)) continue;
    for (const glyph of glyphs) {
      if (glyph === null || typeof glyph !== 'object') continue;
      if (!isSpaceGlyph(glyph)) space = false;
      else if (!space) {
        space = true;
        count += 1;
      }
    }
  }
  return count;
}

/** How many runs of spaces the page's text items hold (an item of spaces alone counts as one). */
function itemSpaces(items) {
  let count = 0;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    let space = false;
    for (let index = 0; index < item.str.length; index += 1) {
      const code = item.str.charCodeAt(index);
      const blank = code === 32 || code === 0xa0 || code === 9;
      if (blank && !space) count += 1;
      space = blank;
    }
  }
  return count;
}

/** A glyph's or a character's letters as the walks compare them: compatibility forms folded (ligatures), spaces, NUL and soft hyphens left out; plain ASCII as it is. */
function lettersOf(text) {
  if (text.length === 1) {
    const code = text.charCodeAt(0);
    if (code > 32 && code < 127) return text;
  }
  return text.normalize('NFKC').replace(/[\s\u0000\u00ad]+/gu, '');
}

/** The text operators of pdf.js's operator list. */
const SHOW_TEXT = new Set([pdfjs.OPS.showText, pdfjs.OPS.showSpacedText, pdfjs.OPS.nextLineShowText, pdfjs.OPS.nextLineSetSpacingShowText]);
/** Its picture operators. */
const PAINT_PICTURE = new Set([pdfjs.OPS.paintImageXObject, pdfjs.OPS.paintInlineImageXObject, pdfjs.OPS.paintImageMaskXObject]);

/**
 * Counts, in a page's drawing, the text drawn in render mode 3 (neither filled nor stroked: the
 * invisible words OCR lays over a scan) and the text drawn otherwise, and the pictures painted.
 */
function drawing(operators, drawn) {
  let mode = 0;
  for (let index = 0; index < operators.fnArray.length; index += 1) {
    const operator = operators.fnArray[index];
    if (operator === pdfjs.OPS.setTextRenderingMode) mode = operators.argsArray[index]?.[0] ?? 0;
    else if (SHOW_TEXT.has(operator)) {
      if (mode === 3) drawn.invisible += 1;
      else drawn.visible += 1;
    } else if (PAINT_PICTURE.has(operator)) drawn.pictures += 1;
  }
}

/**
 * What a drawn glyph that reads as U+0000 stands for. A font subset whose text map gives a glyph
 * the code 0 has lost that glyph's character, and the one subsetters lose is the no-break space
 * (pdfmake's fonts, through fontkit: `410\0000`, `indemnisation\0;`): a space drawn where French
 * puts one, between digit groups and before `; : ! ?`. Read as a no-break space, the words stay
 * apart and the stage's French spacing puts the right space back; left as it is, a NUL
 * character went into every edition.
 */
const NO_BREAK_SPACE = '\u00a0';

/**
 * A page's text content items worth reading, marked-content sequences kept: not the empty ones,
 * nor text turned on the page (a spine, a vertical credit), which is no part of the reading.
 */
function textItems(contentItems) {
  const items = [];
  for (const item of contentItems) {
    if (typeof item.str === 'string') {
      if (item.str === '') continue;
      const [a, b, c, d] = item.transform;
      if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0 || d <= 0) continue;
      if (item.str.includes('\u0000')) item.str = item.str.replaceAll('\u0000', NO_BREAK_SPACE);
    }
    items.push(item);
  }
  return items;
}

/** Gap between two words, in font sizes, under which the layout reads no word space (pdf-layout.ts's `WORD_SPACE`). @default 0.12 */
const CLOSE_WORDS = 0.12;

/**
 * Whether a page's text items hold a space read as an item of its own between two words on its
 * baseline, the next drawn closer to the word before than a word space: a line drawn in two text
 * showings, the first ending on a space glyph, the second placed back over that glyph (cairo
 * justifying a line for wxWidgets' HTML printing), so that the words came out glued
 * (`affichele`). A glyph drawn inside a marked-content span stands for other text, and is
 * told apart once the page is read again with its marked content (`restoreDroppedHyphens`).
 */
function closeSpaceItems(items) {
  let previous;
  let space;
  for (const item of items) {
    if (typeof item.str !== 'string' || item.str === '') continue;
    if (item.str.trim() === '') {
      space = item;
      continue;
    }
    if (space !== undefined && previous !== undefined && !/\s$/u.test(previous.str) && !/^\s/u.test(item.str)) {
      const size = space.transform[3];
      const sameBaseline = Math.abs(previous.transform[5] - space.transform[5]) < 0.1 * size && Math.abs(item.transform[5] - space.transform[5]) < 0.1 * size;
      if (sameBaseline && item.transform[4] - (previous.transform[4] + previous.width) < CLOSE_WORDS * size) return true;
    }
    space = undefined;
    previous = item;
  }
  return false;
}

/**
 * The advance, in ems, of the glyph a font's text map (its `ToUnicode`) reads as U+00AD, the
 * soft hyphen, if it has one. A typesetter may map the hyphen glyph it breaks words with to the
 * soft hyphen (Typst does, when the first hyphen it draws in a face is one it breaks a word at),
 * and pdf.js leaves every glyph that reads as a Unicode format character out of its text: each
 * hyphen drawn with that glyph is lost, a hard one inside a word (`Clermont-Ferrand`) as well as
 * one cutting a word at a line's end (`kilo-|mètres` reads `kilo mètres`).
 */
function softHyphenAdvance(font) {
  const map = font?.toUnicode?._map ?? font?.toUnicode;
  if (map === null || typeof map !== 'object') return undefined;
  const scale = Array.isArray(font.fontMatrix) ? font.fontMatrix[0] : 0.001;
  for (const code in map) {
    if (map[code] !== '\u00ad') continue;
    const width = font.widths?.[code] ?? font.defaultWidth;
    if (typeof width === 'number' && width > 0) return width * scale;
  }
  return undefined;
}

/**
 * Whether a font's `’` may be the ASCII apostrophe a plain text was typed with: a monospaced
 * face whose encoding names code 0x27 `quoteright`, as PostScript's ISO Latin-1 encoding does,
 * which tools printing plain text through PostScript use (GNU enscript, a2ps: a wire dispatch, a
 * listing). The glyph is read as drawn (`’`); whether the copy was typed straight is the
 * text's own evidence, weighed by the layout (`src/layout/pdf-typed-apostrophes.ts`): a
 * Latin-1 copy may have been typed straight, or written with `’` and given `'` only because
 * Latin-1 has no curly apostrophe.
 */
function typewriterQuotes(font) {
  return font?.isMonospace === true && font.differences?.[39] === 'quoteright';
}

/**
 * Whether a font is one pdfTeX drew from TeX's bitmaps (PK fonts): a Type 3 font whose encoding
 * names each glyph by its code (`/a19`), as pdfTeX writes them, with no text map. pdf.js passes
 * the codes it has no name for through as characters (the control slots as control characters);
 * `src/ingest/pdf-tex-encodings.ts` reads them.
 */
function texBitmap(font) {
  if (font?.isType3Font !== true || !Array.isArray(font.differences)) return false;
  let named = 0;
  for (let code = 0; code < font.differences.length; code += 1) {
    const name = font.differences[code];
    if (name === undefined || name === null || name === '') continue;
    if (name !== `a${code}`) return false;
    named += 1;
  }
  return named > 0;
}

/**
 * Whether a page draws with a font that no text item uses and whose text map reads a glyph as
 * the soft hyphen, each such font's hyphen advance recorded in `softHyphens` (the page's
 * drawing operations, the fonts' names met so far, and the fonts met without text, both
 * updated). A typesetter that splits a face into subsets of 256 glyphs (Prawn does) may put the
 * hyphen it breaks a word with in a subset of its own, drawn only for that hyphen: pdf.js drops
 * the glyph (it reads as U+00AD), so no text item names that font, and the hyphens it draws
 * would go unseen by `restoreDrawnSoftHyphens` (`pre|mier` read `pre mier`). Once the document
 * has shown such a font, every later page's drawing is walked for its hyphens.
 */
function hyphenOnlyFonts(page, operators, fontNames, fontsWithoutText, softHyphens) {
  let found = false;
  for (let index = 0; index < operators.fnArray.length; index += 1) {
    if (operators.fnArray[index] !== pdfjs.OPS.setFont) continue;
    const key = operators.argsArray[index][0];
    if (typeof key !== 'string') continue;
    if (softHyphens[key] !== undefined && fontsWithoutText.has(key)) found = true;
    if (key in fontNames || fontsWithoutText.has(key)) continue;
    fontsWithoutText.add(key);
    const advance = softHyphenAdvance(page.commonObjs.has(key) ? page.commonObjs.get(key) : null);
    if (advance === undefined) continue;
    softHyphens[key] = advance;
    found = true;
  }
  return found;
}

/** Whether the document has shown a font whose text map reads a glyph as U+00AD (see `softHyphenAdvance`). */
function hyphenFont(softHyphens) {
  for (const key in softHyphens) if (softHyphens[key] !== undefined) return true;
  return false;
}

/** Widest gap, in the hyphen's advances, that pdf.js's space item after a dropped hyphen fills (the typesetter's kerning moves the next glyph a little). @default 1.5 */
const HYPHEN_GAP = 1.5;

/**
 * The hyphens pdf.js dropped from a page's text (see `softHyphenAdvance`), put back: the page's
 * text items, marked-content sequences included, to the text items to keep, each with its text
 * (`{ item, text }`): a hyphen put back ends a word's text, or stands for a space item.
 *
 * A producer that maps its hyphen glyph to the soft hyphen still says what it drew, as PDF says
 * it (ISO 32000, 14.9.4): the glyph is drawn in a `Span` marked-content sequence of its own, with
 * `ActualText` `-` for a hard hyphen, tagged as its own span for one that cuts a word. pdf.js
 * reads no `ActualText`, but reports the sequence: a `Span` that yields no text at all, right
 * after a word in a font with such a glyph, held the hyphen. Inside a line the typesetter places
 * the next glyph after the hyphen all the same, and pdf.js fills that gap (about the hyphen's
 * advance) with a space item of its own: that item is the hyphen. At a line's end, the hyphen
 * goes after the line's last word, and the line-end rules join the word or keep the hyphen.
 */
function restoreDroppedHyphens(items, softHyphens) {
  const out = [];
  /** Per open marked-content sequence: whether it is a `Span`, and whether it yielded text. */
  const open = [];
  /** The last text item kept, and whether an empty span followed it. */
  let last;
  let hyphenAfterLast = false;
  /** Whether an empty `Span` closed since the last text item: a space glyph pdf.js gives after it was drawn inside it. */
  let emptySpan = false;
  for (const item of items) {
    if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
      open.push({ span: item.tag === 'Span', text: false });
      continue;
    }
    if (item.type === 'endMarkedContent') {
      const sequence = open.pop();
      if (sequence?.span === true && !sequence.text) emptySpan = true;
      if (sequence?.span === true && !sequence.text && last !== undefined && softHyphens[last.item.fontName] !== undefined && /[\p{L}\p{N}]$/u.test(last.text)) {
        hyphenAfterLast = true;
      }
      continue;
    }
    if (typeof item.str !== 'string' || item.str === '') continue;
    for (const sequence of open) sequence.text = true;
    if (item.str.trim() === '') {
      if (hyphenAfterLast) {
        // The gap pdf.js filled after the dropped hyphen, on the word's baseline.
        const size = last.item.transform[3];
        const gap = Math.abs(item.transform[5] - last.item.transform[5]) < 0.01 * size && item.width <= HYPHEN_GAP * softHyphens[last.item.fontName] * size;
        if (gap) out.push({ item, text: '-' });
        hyphenAfterLast = false;
      } else {
        // A space of its own, kept as such: it ends the word before it (see `readTextLayer`),
        // unless drawn inside a span (`replaced`): a glyph standing for other text there, as
        // Chromium draws a soft hyphen as a space glyph, its text given apart (`ré|ser|vations`).
        out.push({ item, text: item.str, blank: true, replaced: emptySpan });
      }
      continue;
    }
    emptySpan = false;
    if (hyphenAfterLast) {
      // The hyphen ended the line: after the line's last word.
      if (Math.abs(item.transform[5] - last.item.transform[5]) >= 0.01 * last.item.transform[3]) last.text = `${last.text}-`;
      hyphenAfterLast = false;
    }
    last = { item, text: item.str };
    out.push(last);
  }
  if (hyphenAfterLast) last.text = `${last.text}-`;
  return out;
}

/**
 * The hyphens pdf.js dropped from a page's text that no marked content points at, put back from
 * the page's drawing operations: the text items kept (`{ item, text }`, in drawing order), the
 * page's operator list, pdf.js's code for a text-showing operation and the fonts' hyphen advances
 * (`softHyphenAdvance`); to the same items, each dropped hyphen back in its text and width.
 *
 * A glyph drawn is ink on the page. A typesetter that maps its hyphen glyph to U+00AD (MuPDF's
 * HTML layout does, with every hyphen in some faces: `Saint­Jacques`, `quarante­cinq`, and the
 * hyphen cutting `ve-|dette`) still draws it, and a soft hyphen is only ever drawn where it is
 * seen, so each such glyph with an advance is a hyphen. pdf.js leaves it out of the text items
 * (a Unicode format character), with nothing in their positions to show it, but keeps it in the
 * drawing operations, which list the same glyphs in the same order. So the glyphs are walked
 * alongside the items' letters (spaces aside: pdf.js adds and drops them): a hyphen glyph
 * between two letters of an item goes back between them, one before an item's first letter ends
 * the item before (a line's last word: the line-end rules then join the word or keep the
 * hyphen). A hyphen already put
 * back from marked content (`restoreDroppedHyphens`) stands for its glyph. Where the two walks
 * disagree (text pdf.js dropped for another reason, such as turned text), the rest of the page
 * is left as pdf.js read it.
 */
function restoreDrawnSoftHyphens(restored, operators, showText, softHyphens) {
  /** The drawn glyphs' letters in order, each hyphen glyph as U+00AD, spaces left out. */
  let drawn = '';
  for (let index = 0; index < operators.fnArray.length; index += 1) {
    if (operators.fnArray[index] !== showText) continue;
    for (const glyph of operators.argsArray[index][0]) {
      if (glyph === null || typeof glyph !== 'object' || typeof glyph.unicode !== 'string') continue;
      if (glyph.unicode === '\u00ad') {
        if (glyph.width > 0) drawn += '\u00ad';
        continue;
      }
      drawn += glyph.unicode.normalize('NFKC').replace(/\s+/gu, '');
    }
  }
  if (!drawn.includes('\u00ad')) return restored;
  /** A hyphen's advance where the word's own font has none (a hyphen drawn in a font of its own: `hyphenOnlyFonts`). */
  const anyHyphen = Math.max(0, ...Object.values(softHyphens));
  let at = 0;
  const out = [];
  let aligned = true;
  /** An item given its text with `count` hyphens put back: its width grows by their advance, as drawn. */
  const withHyphens = (entry, text, count) => ({
    item: entry.item,
    text,
    width: (entry.width ?? entry.item.width) + count * (softHyphens[entry.item.fontName] ?? anyHyphen) * entry.item.transform[3],
  });
  /** Ends the last item kept with a hyphen: one drawn after its last letter, met before the next item's first. */
  const endWithHyphen = () => {
    const index = out.findLastIndex((entry) => entry.blank !== true);
    if (index >= 0) out[index] = withHyphens(out[index], `${out[index].text}-`, 1);
  };
  for (const entry of restored) {
    if (!aligned) {
      out.push(entry);
      continue;
    }
    let text = '';
    let inserted = 0;
    for (const character of entry.text) {
      if (/\s/u.test(character)) {
        text += character;
        continue;
      }
      if (character === '-' && drawn[at] === '\u00ad') {
        // A hyphen already put back from marked content.
        text += character;
        at += 1;
        continue;
      }
      let hyphen = false;
      while (drawn[at] === '\u00ad') {
        hyphen = true;
        at += 1;
      }
      const letters = character.normalize('NFKC').replace(/\s+/gu, '');
      if (!drawn.startsWith(letters, at)) {
        aligned = false;
        break;
      }
      if (hyphen && text.trim() === '') endWithHyphen();
      else if (hyphen) {
        text += '-';
        inserted += 1;
      }
      text += character;
      at += letters.length;
    }
    if (!aligned || inserted === 0) {
      out.push(entry);
      continue;
    }
    out.push(withHyphens(entry, text, inserted));
  }
  if (aligned && drawn[at] === '\u00ad') endWithHyphen();
  return out;
}

/**
 * Apostrophes typed straight that the printout turned curly. A copy typed on a keyboard's ASCII
 * (a wire agency's Latin-1 dispatch) quotes with straight double quotes `"` and has the
 * typewriter's apostrophe `'`. A PostScript font in its standard encoding (Courier as
 * `enscript`, `a2ps` or a line printer's driver sets it) has `quoteright` at the code of `'`
 * (the Standard and ISO Latin-1 encodings both name it so): every typed `'` prints, and is
 * extracted or read by OCR, as `’`, while a typed `"` stays `"` (the encoding has `quotedbl`
 * there). A typesetter that curls quotes curls both, and French typography opens quotes with
 * `«`: a text that quotes with at least a pair of straight double quotes and holds no
 * typographic quotation (an opening `«` `“` `„` `‹` and a closing `»` `”` `›`; a lone one is a
 * speck OCR read as one) was typed straight, and every `’` of it goes back to `'`, whether OCR
 * read some of them straight already or not.
 *
 * A copy typed in Latin-1 (a wire desk's plain copy) may quote with `« »`, which Latin-1 has, but
 * it has neither the curly apostrophe nor a dash (`—`, `–`): its writer types each dash as a
 * hyphen, between words (`Gare routière - Pissevin`, `LURE - Il`) or opening a line of dialogue
 * (`- C'est fini`). A text that sets a hyphen so on at least `TYPED_DASH_LINES` distinct lines
 * (a running head is not counted: its separator is the template's, not the copy's, and OCR
 * reads its middle dot as a hyphen; a line repeated counts once) and holds no dash anywhere was typed on a keyboard too, and its `’` (a printout's
 * encoding, OCR's misreading, a flip) go back to `'`. A typeset text sets its dialogue and
 * its incises with a dash: one dash anywhere and the hyphens say nothing; so does a dash a
 * printer spelled out as two hyphens for a copy that had one (a2ps: `CASTELNAUDARY −−`). Courier
 * printouts draw the hyphen with the minus glyph (`−`), which counts as the hyphen it stands for.
 *
 * This is the one place the rule lives: it runs on the decoded text before any layout, for every
 * text path; the OCR normalisation that follows (ocr-normalize.ts) weighs the apostrophes of
 * texts that were not typed so.
 */
import type { Repair } from '../types.ts';
import { readRunningHeader } from './running-header.ts';

/** Fewest straight double quotes that show the copy was typed with straight quotes (one pair). @default 2 */
export const TYPEWRITER_QUOTES = 2;

export interface TypedApostrophes {
  text: string;
  repairs: Repair[];
}

/** Fewest distinct lines that set a hyphen where a dash stands to show a copy typed without dashes. @default 2 */
export const TYPED_DASH_LINES = 2;

/**
 * A dash of any typographic kind, or two hyphens (or minus signs) between spaces, the dash a
 * printer spelled out: one of them shows the text was set with dashes.
 */
const TYPOGRAPHIC_DASH = /[\u2012-\u2015]|(?:^|\s)(?:--|\u2212\u2212)(?=\s|$)/mu;
let hyphenForDashPattern: RegExp | undefined;
/**
 * A hyphen (or the minus a Courier printout draws for it) standing for a dash: spaced between two
 * words (`routière - Pissevin`, `LURE - Il`, `heures. - Avec`), or opening a line before a
 * capital, as a line of dialogue opens (`- C'est`). Not beside a figure (`- 17 -`, a folio).
 */
function hyphenForDash(): RegExp {
  return (hyphenForDashPattern ??= /\p{L}[.,;:»)]? [-\u2212] [«(]?\p{L}|^[-\u2212] «?\p{Lu}/u);
}

/** Whether `text` was typed on a keyboard (see the module's comment). */
export function isTypedInAscii(text: string): boolean {
  return typedCopyEvidence(text) !== undefined;
}

/** What shows `text` was typed on a keyboard: its straight double quotes or its hyphens for dashes; undefined when nothing does. */
function typedCopyEvidence(text: string): string | undefined {
  if (quotesAsTyped(text)) return 'the text quotes with straight double quotes (") and no typographic quotation: a copy typed in ASCII';
  const dashes = hyphensForDashes(text);
  if (dashes !== undefined) return `the text sets hyphens where dashes stand (${dashes}) and no dash anywhere: a copy typed in Latin-1, which has neither dash nor curly apostrophe`;
  return undefined;
}

/**
 * What every match of `hyphenForDash()` holds: a hyphen or minus between spaces, or opening the
 * line before a space. Found first, without the pattern's letter class, which is tried from every
 * letter of every line: most lines hold neither.
 */
const HYPHEN_FOR_DASH_HINT = / [-\u2212] |^[-\u2212] /;

/** The lines' hyphens standing for dashes (see hyphenForDash()), quoted, when at least TYPED_DASH_LINES distinct lines hold one and the text holds no dash. */
function hyphensForDashes(text: string): string | undefined {
  if (TYPOGRAPHIC_DASH.test(text)) return undefined;
  // Each distinct line once, with the words around its hyphen for the evidence.
  const found = new Map<string, string>();
  for (const line of text.split('\n')) {
    const content = line.trim();
    const match = found.has(content) || !HYPHEN_FOR_DASH_HINT.test(content) ? null : hyphenForDash().exec(content);
    // A page's running head (`Le Républicain - Pays jeudi 17 décembre 2026`, swapped on even
    // pages): its separator is the template's, and OCR reads a middle dot as a hyphen.
    if (match === null || readRunningHeader(content) !== undefined) continue;
    found.set(content, content.slice(Math.max(0, match.index - 12), match.index + match[0].length + 12));
    if (found.size >= TYPED_DASH_LINES) return [...found.values()].map((words) => `"${words}"`).join(', ');
  }
  return undefined;
}

/** A pair of straight double quotes, and no typographic quotation (see the module's comment). */
function quotesAsTyped(text: string): boolean {
  let straightQuotes = 0;
  for (let at = text.indexOf('"'); at !== -1 && straightQuotes < TYPEWRITER_QUOTES; at = text.indexOf('"', at + 1)) straightQuotes += 1;
  if (straightQuotes < TYPEWRITER_QUOTES) return false;
  const opening = /[«“„‹]/u.test(text);
  const closing = /[»”›]/u.test(text);
  return !(opening && closing);
}

/** `’` back to `'` in a text whose quotes show it was typed straight (see the module's comment). */
export function restoreTypedApostrophes(text: string): TypedApostrophes {
  if (!text.includes('’')) return { text, repairs: [] };
  const typed = typedCopyEvidence(text);
  if (typed === undefined) return { text, repairs: [] };
  const repairs: Repair[] = [];
  const lines = text.split('\n');
  const evidence = `${typed}, whose apostrophe is "'", which a font's standard encoding prints as ’`;
  const restored = lines.map((line, index) => {
    if (!line.includes('’')) return line;
    repairs.push({ kind: 'apostrophe-normalized', line: index + 1, before: '’', after: "'", reason: 'typewriter-copy', evidence });
    return line.replaceAll('’', "'");
  });
  return { text: restored.join('\n'), repairs };
}

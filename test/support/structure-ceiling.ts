/**
 * What the structure stage can at best make exact from one extracted text: the scorer compares
 * texts exactly, so a word the extraction misread (OCR's `1` for `l`, a lost accent, `&` for
 * `«`) makes its paragraph and sentence inexact whatever the layout rules do. This module tells
 * the two apart. An expected paragraph (or sentence) is *readable* from an extraction when
 * every one of its tokens appears there, in order, one after the other, but for whole lines
 * between them (a running header, a folio, a caption: lines the structure stage takes out),
 * at most `MAXIMUM_GAP` tokens of them (words scattered over the page do not count), after these
 * normalisations, the ones the structure stage makes as recorded repairs:
 * - Unicode NFC, form feeds and line ends as spaces, U+00A0, U+202F and U+2009 as spaces;
 * - typographic ligatures (`ﬁ`, `ﬂ`, …) as their letters, `¬` and the hyphen characters U+2010
 *   and U+2011 as `-`, a soft hyphen (U+00AD) ending a line as `-` (the typesetter broke the
 *   word there: `kilo­` / `mètres`, src/layout/hyphen-characters.ts), other soft hyphens dropped,
 *   after the lines an extractor cut at every soft hyphen are joined (src/layout/soft-hyphen-lines.ts);
 *   a soft hyphen a producer drew as a compound's hyphen (`Ker­Anna`), which the stage makes `-`
 *   (src/layout/drawn-soft-hyphens.ts), is matched by the rule for a compound whose hyphen was
 *   dropped, below;
 * - `'` and `’` counted the same; two apostrophes between letters as one, an elided word and
 *   the word after it joined across a space (`l’ Aveyron`), and `iï` or `ïi` as `i`, as
 *   src/layout/ocr-apostrophes.ts and src/layout/ocr-letter-misreads.ts mend them;
 * - punctuation that French spaces and extraction may not (`: ; ? ! « »`) as tokens of its own,
 *   so that `travaux?` and `travaux ?` match;
 * - a word broken at a line end (`per-` / `sonne`, with `-`, `¬`, `–` or `—` after a letter)
 *   matched joined with or without its hyphen (`personne`, `porte-parole`); its second half may
 *   stand up to `MAXIMUM_GAP` tokens on, as `pdftotext -layout` prints the next column between;
 *   a slash ending a line after a letter or figure (`km/` / `h`) matched joined with what
 *   follows (`km/h`), and an elided letter alone at a line's end with the next line's word on
 *   its apostrophe (`L` / `’Ehpad`), and a full stop or a comma opening a line with the word
 *   ending the line before (`SCOP` / `. Mais`), as src/layout/join-lines.ts binds them;
 * - a compound a justified line stretched after its hyphen (`Mortagne- au- Perche`), matched
 *   to the compound, as src/layout/stretched-compound-hyphens.ts closes it;
 * - a compound whose hyphen `pdftotext` dropped when it joined two lines (`HauteSavoie`,
 *   `explique-til`) matched to the hyphenated word, which the structure stage puts back;
 * - the verb `a` read as `à`, which the structure stage corrects where the grammar shows it
 *   (src/layout/ocr-misreads.ts), and the conjunction `mais` read `maïs`
 *   (src/layout/ocr-conjunction-mais.ts), and a unit's power read as a figure (`m2` for `m²`,
 *   src/layout/ocr-unit-powers.ts), matched either way; `ler`, `Ile` and `I]` matched to `1er` or
 *   `Ier`, `IIe` and `Il`, and `IL`, `II`, `||`, `I|`, `|l` to `Il` (read back where a sentence
 *   opens: src/layout/ocr-letter-misreads.ts; matched anywhere here, an upper bound);
 * - a number's figures grouped by three or run together (`71 200`, `71200`), a figure and `%`
 *   or an hour's `h` spaced or not (`51 %`, `20h`), as the structure stage spaces them back
 *   (src/layout/normalize-spacing.ts), and figures glued to the words around them (`14km`,
 *   `de9hà17h`) spaced as src/layout/glued-figures.ts spaces them.
 * A token OCR adds inside a line (a speck read as `&`, `|` or `ot`) is a miss: no rule takes it
 * out. Greedy: each token is matched at its first place, so the ceiling may be a little low
 * where a common word repeats; it is meant as an upper bound of the exact share.
 * Nothing else: a misread letter, accent, digit or quote mark stays a miss. Pure: no I/O.
 */
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { spaceToken } from '../../src/layout/glued-figures.ts';
import { LIGATURES } from '../../src/layout/ocr-normalize.ts';
import { joinSoftHyphenLines } from '../../src/layout/soft-hyphen-lines.ts';

/** Most extraction tokens allowed between two consecutive tokens of a paragraph. @default 60 */
export const MAXIMUM_GAP = 60;

/** Normalises one stretch of text (no line ends inside) the way both sides are compared. */
function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\uFB00-\uFB06]/gu, (ligature) => LIGATURES[ligature] ?? ligature)
    // A soft hyphen ending the line is where the word was broken; elsewhere it is invisible.
    .replace(/\u00AD[ \t]*$/u, '-')
    .replace(/\u00AD/gu, '')
    .replace(/[\u00AC\u2010\u2011]/gu, '-')
    .replace(/'/gu, '’')
    // Apostrophes OCR reads twice or spaces after an elision, and an i it reads twice, which the
    // structure stage mends (src/layout/ocr-apostrophes.ts, src/layout/ocr-letter-misreads.ts).
    .replace(/(?<=\p{L})(?:[’”]’|’”)(?=\p{L})/gu, '’')
    .replace(/(?<![\p{L}\p{N}’‘"“])((?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|aujourd)’) (?=\p{L})/giu, '$1')
    .replace(/iï|ïi/gu, 'i')
    .replace(/[\u00A0\u202F\u2009\f\t]/gu, ' ')
    .replace(/([:;?!«»])/gu, ' $1 ')
    // French spacing of figures, which the structure stage puts back where OCR dropped it
    // (src/layout/normalize-spacing.ts): four figures or more in a row grouped by three (on both
    // sides, so a year too: `2 026`), `%` and an hour's `h` set apart as tokens of their own.
    .replace(/\d{4,}/gu, (figures) => figures.replace(/\B(?=(?:\d{3})+$)/gu, ' '))
    .replace(/%/gu, ' % ')
    .replace(/(?<=\d) ?h(?=\d{2}(?!\d)|[\s,.;:)]|$)/gu, ' h ')
    // Figures OCR glued to the words around them (`14km`, `de9hà17h`), spaced as the structure
    // stage spaces them (src/layout/glued-figures.ts).
    .replace(/(?<=^|\s)[\p{L}\d][\p{L}\d.,]*[\p{L}\d](?=[.,]?(?:\s|$))/gu, (token) => (/\d/u.test(token) && /\p{L}/u.test(token) ? spaceToken(token, getFrenchLexicon()) ?? token : token));
}

/** Shapes OCR confuses that the structure stage reads back (src/layout/ocr-letter-misreads.ts): misread form -> printed forms. */
const LETTER_MISREADS: ReadonlyMap<string, readonly string[]> = new Map([
  ['ler', ['1er', 'Ier']],
  ['Ile', ['IIe']],
  ['I]', ['Il']],
  ['IL', ['Il']],
  ['II', ['Il']],
  ['||', ['Il']],
  ['I|', ['Il']],
  ['|l', ['Il']],
]);

const tokensOf = (text: string): string[] => normalizeText(text).split(' ').filter((token) => token !== '');

/** A token of an extraction, and the forms it may take joined to the next one across a line-end break. */
interface ExtractionToken {
  text: string;
  /** Set when the token ends on a hyphen (or a dash) after a letter, a word broken at a line end: its stem without the hyphen. */
  brokenStem?: string;
  /** Set when the token ends on a slash after a letter or figure: joined to the next token as it is (`km/` + `h`). */
  boundStem?: string;
  /** Set when the next line opens on a full stop or a comma, which the stage sets back against this token. */
  markAfter?: string;
  /** The first token of its line: whole lines may be skipped, not tokens inside one. */
  lineStart: boolean;
}

const BROKEN = /(?<=[\p{L}.])[-–—]$/u;
/** A letter an apostrophe elides (src/layout/join-lines.ts joins it to the next line's `’word`). */
const ELIDED_LETTER = /^(?:[cdjlmnst]|qu)$/iu;
/** A slash binding a word or figure to the next line's (`km/` + `h`): joined, it keeps the slash. */
const BOUND_BY_SLASH = /(?<=[\p{L}\p{N}])\/$/u;

/** The extraction as a stream of tokens, each token that may be a broken word's first half marked. */
export function extractionTokens(extraction: string): ExtractionToken[] {
  const tokens: ExtractionToken[] = [];
  // Printed lines an extractor cut at every soft hyphen, joined first, as the stage does.
  let previousLine = '';
  for (const line of joinSoftHyphenLines(extraction.replace(/\r\n?/gu, '\n')).text.split(/\n|\f/u)) {
    // A full stop or a comma opening a line goes back against the word ending the line before
    // (not across a blank line), as src/layout/join-lines.ts puts it back (`SCOP` / `. Mais`).
    const markAfterWord = /^\s*[.,](?![.,])(?:\s|$)/u.test(line) && /[\p{L}\p{N}»”)\]]\s*$/u.test(previousLine);
    previousLine = line;
    tokensOf(line).forEach((text, index) => {
      const before = tokens.at(-1);
      if (index === 0 && markAfterWord && before !== undefined) before.markAfter = text;
      const token: ExtractionToken = { text, lineStart: index === 0 };
      if (BROKEN.test(text)) token.brokenStem = text.slice(0, -1);
      else if (BOUND_BY_SLASH.test(text)) token.boundStem = text;
      tokens.push(token);
    });
  }
  return tokens;
}

/**
 * The position after the extraction tokens that, from `at` on, spell `expected` (the token
 * itself; a word broken at a line end, its second half within the gap; a compound whose hyphen
 * was dropped), or -1 when they do not.
 */
function spells(tokens: readonly ExtractionToken[], at: number, expected: string): number {
  const token = tokens[at];
  if (token === undefined) return -1;
  if (token.text === expected || (token.text === 'à' && expected === 'a') || token.text.replace(/(?<=m)2/u, '²').replace(/(?<=m)3/u, '³') === expected || (token.text.toLowerCase() === 'maïs' && expected.toLowerCase() === 'mais') || LETTER_MISREADS.get(token.text)?.includes(expected) === true) return at + 1;
  if (expected.includes('-') && token.text.replaceAll('-', '') === expected.replaceAll('-', '')) return at + 1;
  if (token.markAfter !== undefined && expected === token.text + token.markAfter) return at + 2;
  if (token.boundStem !== undefined && expected.startsWith(token.boundStem) && tokens[at + 1]?.text === expected.slice(token.boundStem.length)) return at + 2;
  // An elided letter alone at a line's end, its word opening the next on the apostrophe (`L` / `’Ehpad`).
  const next = tokens[at + 1];
  if (next?.lineStart === true && ELIDED_LETTER.test(token.text) && next.text.startsWith('’') && expected === token.text + next.text) return at + 2;
  if (token.brokenStem === undefined || token.brokenStem.length === 0 || !expected.startsWith(token.brokenStem)) return -1;
  // A compound a justified line stretched after its hyphen (`Mortagne-` `au-` `Perche,`): its
  // parts, one after the other, spell it with their hyphens.
  let compound = token.text;
  for (let part = at + 1; part < tokens.length && expected.startsWith(compound) && compound.endsWith('-'); part += 1) {
    compound += (tokens[part] as ExtractionToken).text;
    if (compound === expected) return part + 1;
  }
  const rest = expected.slice(token.brokenStem.length);
  const restWithoutHyphen = rest.startsWith('-') ? rest.slice(1) : rest;
  if (restWithoutHyphen === '') return -1;
  for (let next = at + 1; next < tokens.length && next <= at + 1 + MAXIMUM_GAP; next += 1) {
    const text = (tokens[next] as ExtractionToken).text;
    if (text === rest || text === restWithoutHyphen) return next + 1;
  }
  return -1;
}

/** Whether `expected`'s tokens all appear in `tokens` in order, none more than `MAXIMUM_GAP` after the one before. */
export function isReadable(expected: string, tokens: readonly ExtractionToken[]): boolean {
  const wanted = tokensOf(expected);
  if (wanted.length === 0) return true;
  for (let start = 0; start < tokens.length; start += 1) {
    const after = spells(tokens, start, wanted[0] as string);
    if (after < 0) continue;
    if (followsFrom(tokens, after, wanted, 1)) return true;
  }
  return false;
}

/** Greedy: each next wanted token right after the one before, or at its first place after whole lines within the gap. */
function followsFrom(tokens: readonly ExtractionToken[], from: number, wanted: readonly string[], index: number): boolean {
  let at = from;
  for (let position = index; position < wanted.length; position += 1) {
    let found = false;
    // Skipping is allowed only from a line's start to another line's start.
    const maySkip = tokens[at]?.lineStart === true;
    for (let candidate = at; candidate < tokens.length && candidate <= at + MAXIMUM_GAP; candidate += 1) {
      if (candidate > at && !(maySkip && (tokens[candidate] as ExtractionToken).lineStart)) continue;
      const after = spells(tokens, candidate, wanted[position] as string);
      if (after >= 0) {
        at = after;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

export interface StructureCeiling {
  /** Expected paragraphs whose every token the extraction holds (see the module comment). */
  paragraphs: { readable: number; total: number };
  /** The same for every expected sentence. */
  sentences: { readable: number; total: number };
}

/** The ceiling of one extraction against its expected blocks. */
export function structureCeiling(extraction: string, expected: { blocks: ReadonlyArray<{ role: string; text: string; sentences: readonly string[] }> }): StructureCeiling {
  const tokens = extractionTokens(extraction);
  const paragraphs = expected.blocks.filter((block) => block.role === 'paragraph').map((block) => block.text);
  const sentences = expected.blocks.flatMap((block) => block.sentences);
  return {
    paragraphs: { readable: paragraphs.filter((text) => isReadable(text, tokens)).length, total: paragraphs.length },
    sentences: { readable: sentences.filter((text) => isReadable(text, tokens)).length, total: sentences.length },
  };
}

/**
 * French quotation marks OCR read as other signs, each change a recorded repair with its
 * evidence. A guillemet is two small chevrons set low on the line; Tesseract reads an opening
 * one as `&` or `<` (the two strokes read as one sign, or one of them lost) or as itself with an
 * `&` glued after it (`«&`), and a closing one as `>` or as itself with a `>` before it (`>»`):
 * - a guillemet read twice, `«&`, `&«`, `>»`, `»>` standing as a word: no page sets an `&` or a
 *   chevron against a guillemet, so the pair is the guillemet;
 * - `&` or `<` standing as a word before a word, where the quotation it opens is closed: the
 *   next guillemet after it in the text (within `LOOK_LINES` lines) is a `»` with no `«` between,
 *   and the last one before it is no `«` left open. French prose writes no `&` before a word
 *   at a quotation's start (a firm's `Procter & Gamble` is closed by no `»`);
 * - `>` standing as a word after a word, where a quotation is open: the last guillemet before it
 *   (within `LOOK_LINES` lines) is a `«`, and the next one after it is no `»` that would close
 *   it instead.
 * Only in a text that quotes with guillemets itself (one read right somewhere): a text written
 * with `<` and `>` (a formula, a typed copy) has none.
 */
import type { Repair } from '../types.ts';
import type { PageLine } from './page-line.ts';

/** Cheap first test: a line holding a sign an opening or closing guillemet is read as. */
const MAYBE = /[&<>]/;
/** A guillemet read twice, standing as a word. */
const DOUBLED = /(?<=^|\s)(?:«&|&«|«<|<«|>»|»>)(?=\s|[,.;:!?]|$)/gu;
/** An opening guillemet read as `&` or `<`, standing as a word before a word. */
const OPENING = /(?<=^|\s)[&<](?=\s+[\p{L}\p{N}])/gu;
/** A closing guillemet read as `>`, standing as a word after a word (a comma or a stop may follow). */
const CLOSING = /(?<=[\p{L}\p{N}.!?…]\s)>(?=\s|[,.;:!?]|$)/gu;
/** How many lines before and after a sign are read for the guillemets that pair with it. @default 8 */
const LOOK_LINES = 8;

/** The nearest guillemet after `offset` on line `index`, or on the lines after it. */
function nextGuillemet(lines: readonly string[], index: number, offset: number): string | undefined {
  for (let at = index; at < Math.min(lines.length, index + LOOK_LINES + 1); at += 1) {
    const text = at === index ? (lines[at] as string).slice(offset) : (lines[at] as string);
    const match = /[«»]/u.exec(text);
    if (match !== null) return match[0];
  }
  return undefined;
}

/** The nearest guillemet before `offset` on line `index`, or on the lines before it. */
function previousGuillemet(lines: readonly string[], index: number, offset: number): string | undefined {
  for (let at = index; at >= Math.max(0, index - LOOK_LINES); at -= 1) {
    const text = at === index ? (lines[at] as string).slice(0, offset) : (lines[at] as string);
    const open = text.lastIndexOf('«');
    const close = text.lastIndexOf('»');
    if (open !== -1 || close !== -1) return open > close ? '«' : '»';
  }
  return undefined;
}

export function readMisreadGuillemets(input: readonly PageLine[]): { lines: PageLine[]; repairs: Repair[] } {
  if (!input.some((line) => MAYBE.test(line.content)) || !input.some((line) => line.content.includes('«') || line.content.includes('»'))) {
    return { lines: [...input], repairs: [] };
  }
  const repairs: Repair[] = [];
  const texts = input.map((line) => line.content);
  const lines = input.map((line, index): PageLine => {
    if (!MAYBE.test(line.content)) return line;
    const record = (before: string, after: string, evidence: string): void => {
      repairs.push({ kind: 'ocr-misread-corrected', line: line.number, before, after, reason: 'guillemet-misread', evidence });
    };
    let content = line.content.replace(DOUBLED, (pair: string) => {
      const guillemet = pair.includes('«') ? '«' : '»';
      record(pair, guillemet, `"${pair}" stands as a word: a guillemet read twice, no page setting a sign against one`);
      return guillemet;
    });
    texts[index] = content;
    content = content.replace(OPENING, (sign: string, offset: number) => {
      if (nextGuillemet(texts, index, offset + 1) !== '»' || previousGuillemet(texts, index, offset) === '«') return sign;
      record(sign, '«', `"${sign}" stands before a word where a quotation closes (the next guillemet is a », the last before it no open «): the opening guillemet misread`);
      return '«';
    });
    texts[index] = content;
    content = content.replace(CLOSING, (sign: string, offset: number) => {
      if (previousGuillemet(texts, index, offset) !== '«' || nextGuillemet(texts, index, offset + 1) === '»') return sign;
      record(sign, '»', `"${sign}" stands after a word where a quotation is open (the last guillemet before it is a «, none closes it after): the closing guillemet misread`);
      return '»';
    });
    texts[index] = content;
    return content === line.content ? line : { ...line, content };
  });
  return { lines, repairs };
}

/**
 * The euphonic `t` of an inverted verb whose first hyphen OCR lost: `at-il` for `a-t-il`,
 * `at-elle`, `vat-on`. French puts a `t` between a verb ending in a vowel (`a`, `va`, `aura`,
 * `semble`) and the subject pronoun after it, with a hyphen on each side (`a-t-il`,
 * `semble-t-elle`); OCR reads the first, thin hyphen against the `a` or `e` as nothing (and
 * pdftotext drops it on some pages, Calc's, ConTeXt's, PDFBox's: `at-il`, `expliquet-elle`), and
 * the verb and its `t` come out as one word no lexicon knows. Only where the verb with the `t` glued
 * is no French word: a verb ending in `t` itself keeps its one hyphen (`promet-il`, `bat-il`,
 * `fait-il`). The verb `a`, far the most frequent, is read back whatever the word list says of
 * `at` (which it holds, an abbreviation, no verb). Each change a recorded repair.
 */
import type { Repair } from '../types.ts';
import type { FrenchLexicon } from './french-lexicon.ts';
import type { PageLine } from './page-line.ts';

/** A word ending in `a` or `e`, a `t`, a hyphen and a subject pronoun: group 1 the verb, group 2 the pronoun. */
const GLUED_T = /(?<![\p{L}\p{N}’'-])(\p{L}*[ae])t-(il|elle|on|ils|elles)(?![\p{L}-])/giu;

/** Without `lexicon`, only the verb `a` is read back (`at-il`): no other verb can be told from one ending in `t`. */
export function readEuphonicT(lines: readonly PageLine[], lexicon?: FrenchLexicon): { lines: PageLine[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const result = lines.map((line) => {
    if (!line.content.includes('t-')) return line;
    const content = line.content.replace(GLUED_T, (whole: string, verb: string, pronoun: string) => {
      // `at` alone is in the word list (an abbreviation) but no verb: the verb `a` is read back whatever it says.
      if (verb.length > 1 && (lexicon === undefined || lexicon.has(`${verb}t`))) return whole;
      const after = `${verb}-t-${pronoun}`;
      repairs.push({
        kind: 'ocr-misread-corrected',
        line: line.number,
        before: whole,
        after,
        reason: 'euphonic-t-hyphen-lost',
        evidence: `"${verb}t" is no French word: the verb "${verb}" and the euphonic "t" French sets between hyphens before "${pronoun}", the first hyphen lost by OCR`,
      });
      return after;
    });
    return content === line.content ? line : { ...line, content };
  });
  return { lines: result, repairs };
}

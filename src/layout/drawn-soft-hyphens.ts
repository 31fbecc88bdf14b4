/**
 * Soft hyphens inside a line that stand for a hyphen the page drew. A soft hyphen (U+00AD) is
 * invisible where the line is not broken, so a text copied from a web page or a browser's PDF
 * holds them between syllables (`pro­fes­seur`), and hyphen-characters.ts removes them. But
 * an extraction gives a character for every glyph the page drew, and some PDF producers map the
 * glyph of every hyphen they draw to U+00AD (MuPDF's HTML layout: `Ker­Anna`, `rez­de­chaussée`,
 * `c’est­à­dire`, `quarante­cinq`, a compound's hyphen as much as a break's); removed, such a
 * hyphen glues the compound (`KerAnna`, `domiciletravail`).
 *
 * The two are told apart first for the whole text: where soft hyphens are break opportunities,
 * most of the words that hold one inside a line are words the lexicon knows once the soft
 * hyphens are taken out (three in four on the corpus's Chromium pages: `seule­ment`,
 * `dé­par­te­ment`, the rest being pieces of words cut by the extractor); where they are drawn
 * hyphens, hardly any is (none on MuPDF's pages: a compound glued is no word). Only a text where
 * fewer than `MOST_BREAK_OPPORTUNITIES` of them make a known word is read further.
 * There, the two are told apart one word at a time, by the evidence that decides a line-end hyphen
 * (decide-line-end-hyphen.ts): a syllable break's halves make a word the lexicon knows
 * (`seule­ment`) or nothing, a compound's are a capitalised name (`Saint­Quay`), number words,
 * a compound the word list or the article spells with its hyphen, or two words that make none
 * joined (`domicile­travail`). A soft hyphen that evidence keeps becomes `-`, each recorded as a
 * repair; the others are left for hyphen-characters.ts to remove. A word of several parts
 * (`rez­de­chaussée`) is first looked up whole with its hyphens, then read from its end, each
 * hyphen decided with the rest of the compound after it.
 *
 * The article's own spellings count, but not the word being decided: the document evidence is
 * read on the text with every such soft hyphen a space, so that neither the glued nor the
 * hyphenated spelling is found only by being this word.
 */
import type { Repair } from '../types.ts';
import { decideLineEndHyphen, type HyphenContext } from './decide-line-end-hyphen.ts';
import type { FrenchLexicon } from './french-lexicon.ts';
import { createDocumentEvidence } from './join-lines.ts';

export interface DrawnSoftHyphens {
  text: string;
  repairs: Repair[];
}

let wordWithSoftHyphensPattern: RegExp | undefined;
/** Letters (and elisions' apostrophes) with soft hyphens between them, on one line. */
function wordWithSoftHyphens(): RegExp {
  return (wordWithSoftHyphensPattern ??= /[\p{L}'’]+(?:\u00AD[\p{L}'’]+)+/gu);
}
const SOFT_HYPHEN = '\u00AD';
/**
 * Share of the words holding a soft hyphen inside a line that make a known word without it,
 * from which the text's soft hyphens are break opportunities (see the module's comment): three
 * in four on a browser's page, none where the producer draws its hyphens as U+00AD. @default 0.1
 */
const MOST_BREAK_OPPORTUNITIES = 0.1;

export function keepDrawnSoftHyphens(text: string, lexicon: FrenchLexicon): DrawnSoftHyphens {
  if (!text.includes(SOFT_HYPHEN)) return { text, repairs: [] };
  const words = [...text.matchAll(wordWithSoftHyphens())].map((match) => match[0]);
  const knownJoined = words.filter((word) => lexicon.has(word.replaceAll(SOFT_HYPHEN, ''))).length;
  if (words.length === 0 || knownJoined >= words.length * MOST_BREAK_OPPORTUNITIES) return { text, repairs: [] };
  const repairs: Repair[] = [];
  const context: HyphenContext = { lexicon, document: createDocumentEvidence(text.replace(wordWithSoftHyphens(), (word) => word.replaceAll(SOFT_HYPHEN, ' '))) };
  const lines = text.split('\n').map((line, index) => {
    if (!line.includes(SOFT_HYPHEN)) return line;
    return line.replace(wordWithSoftHyphens(), (word) => {
      const decided = decideWord(word, context);
      if (decided.word.replaceAll(SOFT_HYPHEN, '') === word.replaceAll(SOFT_HYPHEN, '')) return word;
      repairs.push({
        kind: 'hyphen-character-normalized',
        line: index + 1,
        before: word,
        after: decided.word.replaceAll(SOFT_HYPHEN, ''),
        reason: 'soft-hyphen-drawn',
        evidence: `a soft hyphen (U+00AD) inside a line stands for a hyphen the page drew where a compound's hyphen stands: ${decided.evidence}`,
      });
      return decided.word;
    });
  });
  return { text: lines.join('\n'), repairs };
}

/** The word with each soft hyphen the evidence keeps made `-`, the others left in place. */
function decideWord(word: string, context: HyphenContext): { word: string; evidence: string } {
  const parts = word.split(SOFT_HYPHEN);
  const whole = parts.join('-');
  if (context.lexicon.has(whole)) return { word: whole, evidence: `the word list knows "${whole.toLowerCase()}"` };
  if (context.document.has(whole)) return { word: whole, evidence: `the article writes "${whole}" whole` };
  let right = parts[parts.length - 1] as string;
  const evidence: string[] = [];
  for (let index = parts.length - 2; index >= 0; index -= 1) {
    const left = parts[index] as string;
    const decision = decideLineEndHyphen(left, right.replaceAll(SOFT_HYPHEN, ''), context);
    if (decision.join) {
      right = `${left}${SOFT_HYPHEN}${right}`;
    } else {
      right = `${left}-${right}`;
      evidence.unshift(decision.evidence);
    }
  }
  return { word: right, evidence: evidence.join('; ') };
}

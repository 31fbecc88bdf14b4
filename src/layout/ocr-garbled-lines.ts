/**
 * Lines OCR read off a picture, not off the text: a photograph's shapes, or a caption printed
 * mirrored or upside down in it, come out as strings of letters and figures no language writes
 * (`rs pébecpe qee A9II66e`, `anof np aypen3se,7`, `T6 DUSKG q6 |S COf6`), on a line of their
 * own, which the layout then reads as a paragraph or glues to the one beside it.
 *
 * A line is taken for such a reading when nothing on it is French and its tokens are garbled:
 * - at least one token, short as a word is, turns from letters to figures and back twice or more,
 *   small letters among them (`A9II66e`, `aypen3se`), as no French word is written: an ordinal
 *   (`5e`, `XIXe`), a unit's power (`m2`), an hour (`11h30`), a code (`A49`, `2col`) turn once;
 * - at least `GARBLED_TOKENS` tokens are garbled so, or are short words in small letters the word
 *   list does not know (`qee`, `np`, `anof`), and they are as many as the tokens that read as text
 *   (French words, capitalised names, numbers); capitals alone (`DUSKG`, a name in small capitals
 *   OCR read in mixed case) count for neither;
 * - no token is a French word of `FRENCH_WORD` letters or more: a line of prose, however
 *   misread, keeps a word of the language (`de`, `les`, `pour`).
 * Each line so removed is a recorded repair.
 */
import type { Repair } from '../types.ts';
import type { FrenchLexicon } from './french-lexicon.ts';
import type { PageLine } from './page-line.ts';

/** Fewest garbled tokens on a line taken for a picture's reading. @default 2 */
const GARBLED_TOKENS = 2;
/** Letters of the shortest French word that shows a line of text (`les`, `une`). @default 3 */
const FRENCH_WORD = 3;

/** Longest token whose figures among its letters are taken for a misreading. @default 10 */
const MIXED_LENGTH = 10;
/** Longest word in small letters the word list does not know taken for a misreading. @default 6 */
const UNKNOWN_LENGTH = 6;
/** An hour, whole or cut (`11h30`, `h30à`): French writes figures and an `h` so. */
const HOUR = /\dh\d|h\d{2}/u;

/** How many times the token turns from letters to figures or back. */
function switches(word: string): number {
  let count = 0;
  let previous: boolean | undefined;
  for (const character of word) {
    const figure = character >= '0' && character <= '9';
    if (!figure && !/\p{L}/u.test(character)) continue;
    if (previous !== undefined && previous !== figure) count += 1;
    previous = figure;
  }
  return count;
}

/** The cheap test first: a small letter beside a figure somewhere on the line. */
const LETTER_BESIDE_FIGURE = /\p{Ll}\d|\d\p{Ll}/u;
/** An ordinal or a number's suffix (`5e`, `1er`, `2nde`, `XIXe`, `3es`): French writes them so. */
const ORDINAL = /^(?:\d+|[IVXLC]+)(?:e|er|re|ère|es|ème|èmes|nd|nde|ers|res)$/u;
/** A token that mixes figures into a word holding small letters. */
const MIXED = /(?=.*\d)(?=.*\p{Ll})/u;
const PUNCTUATION_AROUND = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const NUMBER = /^\d[\d,.]*$/u;
const SMALL_LETTERS = /^\p{Ll}+$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)*$/u;

type TokenKind = 'garbled' | 'text' | 'neutral';

function kindOf(token: string, lexicon: FrenchLexicon): { kind: TokenKind; strong: boolean; french: boolean } {
  const word = token.replace(PUNCTUATION_AROUND, '');
  if (word === '') return { kind: 'neutral', strong: false, french: false };
  if (MIXED.test(word)) {
    // Figures inside letters as no word, ordinal, unit, hour or code is written: letters on both
    // sides of a figure or figures on both sides of a letter, in a token short as a word is
    // (a text that glued its words together, `le24oc-`, holds longer runs; see glued-words.ts).
    if (word.length <= MIXED_LENGTH && switches(word) >= 2 && !HOUR.test(word)) return { kind: 'garbled', strong: true, french: false };
    return { kind: 'neutral', strong: false, french: false };
  }
  if (NUMBER.test(word) || ORDINAL.test(word)) return { kind: 'text', strong: false, french: false };
  const lower = word.toLowerCase();
  const french = lexicon.has(lower) || lower.split(/[-’']/u).every((piece) => piece.length === 0 || lexicon.has(piece));
  if (french) return { kind: 'text', strong: false, french: lower.length >= FRENCH_WORD };
  // A short word in small letters no list knows (`qee`, `np`): a long one may be words glued together.
  if (SMALL_LETTERS.test(word) && word.length <= UNKNOWN_LENGTH) return { kind: 'garbled', strong: false, french: false };
  if (CAPITALISED.test(word)) return { kind: 'text', strong: false, french: false };
  return { kind: 'neutral', strong: false, french: false };
}

/** Whether `content` reads as OCR's reading of a picture (see the module's comment). */
export function isGarbledLine(content: string, lexicon: FrenchLexicon): boolean {
  if (!LETTER_BESIDE_FIGURE.test(content)) return false;
  const tokens = content.trim().split(/\s+/u);
  if (tokens.length < GARBLED_TOKENS) return false;
  let garbled = 0;
  let text = 0;
  let strong = false;
  for (const token of tokens) {
    const read = kindOf(token, lexicon);
    if (read.french) return false;
    if (read.kind === 'garbled') garbled += 1;
    else if (read.kind === 'text') text += 1;
    if (read.strong) strong = true;
  }
  return strong && garbled >= GARBLED_TOKENS && garbled >= text;
}

/** The lines with OCR's readings of pictures taken out, each a recorded repair. */
export function removeGarbledLines(lines: readonly PageLine[], lexicon: FrenchLexicon | undefined): { lines: PageLine[]; repairs: Repair[] } {
  if (lexicon === undefined) return { lines: [...lines], repairs: [] };
  const repairs: Repair[] = [];
  const kept: PageLine[] = [];
  for (const line of lines) {
    if (!isGarbledLine(line.content, lexicon)) {
      kept.push(line);
      continue;
    }
    repairs.push({
      kind: 'page-furniture-removed',
      line: line.number,
      before: line.content,
      reason: 'ocr-garbled-line',
      evidence: `"${line.content.trim()}" holds no French word and mixes figures into words, as OCR reads a picture's shapes or a caption printed mirrored in it`,
    });
  }
  return repairs.length === 0 ? { lines: [...lines], repairs } : { lines: kept, repairs };
}

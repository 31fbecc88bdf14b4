/**
 * The round trip of a text longer than one request may carry (issue 11): a paragraph without
 * breaks, a page extracted as one block. It is cut at sentence boundaries into parts that each
 * fit a request, every part after the first with the sentences just before it as context (for
 * services that take context: DeepL's `context`, a chat model's prompt), and the parts'
 * answers are joined back into the answer of the whole, with the exact separators cut at.
 *
 * In the project's markup a sentence is a top-level element carrying an id (`<span
 * id="p3.s2">…</span>`), so a cut never falls inside a sentence and every sentence keeps its
 * element: alignment stays exact. A plain text is cut after a sentence's end punctuation.
 * Only one sentence longer than a request is refused, naming it.
 */
import { BilingualError } from '../errors.ts';
import { countCodePoints } from '../text/code-points.ts';
import { elementEnd, htmlToText, tokenizeHtml } from '../text/html.ts';
import type { TextFormat } from '../providers/types.ts';

/** One part of a long text, to send on its own. */
export interface TextPart {
  /** Exactly what is sent: whole sentences of the text, in order. */
  text: string;
  /** Plain text of the sentences just before the part, not to translate; unset for the first part. */
  context?: string;
}

export interface SplitText {
  parts: TextPart[];
  /** The answer for the whole text from the answers for its parts, in order. */
  join(answers: readonly string[]): string;
}

export interface SplitOptions {
  /** Characters (code points, markup included) no part may exceed: what one request may carry. */
  maxCharacters: number;
  /**
   * Who is split, for the message of a sentence that cannot fit (a unit id).
   * @default "a text"
   */
  label?: string;
  /** Provider id, for the same message. */
  provider?: string;
}

/** A sentence of the text with what follows it up to the next sentence (spaces between elements). */
interface Piece {
  /** The sentence as written in the text. */
  text: string;
  /** What separates it from the next sentence (usually one space). */
  after: string;
  /** The sentence element's id, when it has one. */
  id?: string;
}

/** Share of a part's room filled with sentences, so the context of the next part still fits beside it. */
const PART_FILL = 0.8;

/** Sentences before a part given as its context, at most. */
const CONTEXT_SENTENCES = 2;

/** Characters of context, at most (DeepL bills none of it; a prompt pays for it in tokens). */
const CONTEXT_CHARACTERS = 600;

/**
 * Cuts `text` into parts of at most `maxCharacters` at sentence boundaries; a text that fits
 * comes back as its only part. Throws `SENTENCE_TOO_LONG` when one sentence alone does not fit.
 *
 * @example
 * const split = splitLongText('<span id="p1.s1">Oui.</span> <span id="p1.s2">Non.</span>', 'html', { maxCharacters: 30 });
 * // split.parts: [{ text: '<span id="p1.s1">Oui.</span>' }, { text: '<span id="p1.s2">Non.</span>', context: 'Oui.' }]
 * split.join(['<span id="p1.s1">Yes.</span>', '<span id="p1.s2">No.</span>']); // '<span id="p1.s1">Yes.</span> <span id="p1.s2">No.</span>'
 */
export function splitLongText(text: string, format: TextFormat, options: SplitOptions): SplitText {
  if (countCodePoints(text) <= options.maxCharacters) return { parts: [{ text }], join: (answers) => answers[0] ?? '' };
  const { leading, pieces, trailing } = format === 'html' ? htmlPieces(text) : textPieces(text);
  const characters = pieces.map((piece) => countCodePoints(piece.text));
  const tooLong = pieces.findIndex((_, index) => characters[index]! > options.maxCharacters);
  if (tooLong >= 0) throw sentenceTooLong(pieces[tooLong]!, tooLong, characters[tooLong]!, options);

  // Greedy, in order: a part closes when the next sentence would take it past its fill.
  const fill = Math.max(1, Math.floor(options.maxCharacters * PART_FILL));
  const groups: { first: number; end: number }[] = [];
  for (let first = 0; first < pieces.length; ) {
    let end = first + 1;
    let size = characters[first]!;
    while (end < pieces.length) {
      const next = size + countCodePoints(pieces[end - 1]!.after) + characters[end]!;
      if (next > fill) break;
      size = next;
      end += 1;
    }
    groups.push({ first, end });
    first = end;
  }

  const parts: TextPart[] = groups.map(({ first, end }, index) => {
    let partText = pieces
      .slice(first, end)
      .map((piece, offset) => (first + offset < end - 1 ? piece.text + piece.after : piece.text))
      .join('');
    if (index === 0) partText = leading + partText;
    if (index === groups.length - 1) partText += trailing;
    const context = index === 0 ? undefined : contextBefore(pieces, first, format, options.maxCharacters - countCodePoints(partText));
    return context === undefined ? { text: partText } : { text: partText, context };
  });
  // What separated the last sentence of a part from the first of the next, put back between their answers.
  const separators = groups.slice(0, -1).map(({ end }) => pieces[end - 1]!.after);
  return {
    parts,
    join(answers) {
      return answers.map((answer, index) => (index < separators.length ? answer + separators[index]! : answer)).join('');
    },
  };
}

/** The plain text of up to `CONTEXT_SENTENCES` sentences before `first`, within `room` characters. */
function contextBefore(pieces: readonly Piece[], first: number, format: TextFormat, room: number): string | undefined {
  const limit = Math.min(CONTEXT_CHARACTERS, room);
  const sentences: string[] = [];
  let size = 0;
  for (let index = first - 1; index >= 0 && sentences.length < CONTEXT_SENTENCES; index -= 1) {
    const plain = (format === 'html' ? htmlToText(pieces[index]!.text) : pieces[index]!.text).replace(/\s+/g, ' ').trim();
    if (plain === '') continue;
    const added = countCodePoints(plain) + (sentences.length > 0 ? 1 : 0);
    if (size + added > limit) break;
    sentences.unshift(plain);
    size += added;
  }
  return sentences.length === 0 ? undefined : sentences.join(' ');
}

/**
 * The sentences of an HTML fragment: each top-level element with an id and what follows it up
 * to the next one. Anything else (text outside a sentence element) stays with the sentence
 * before it, or goes before the first.
 */
function htmlPieces(html: string): { leading: string; pieces: Piece[]; trailing: string } {
  const tokens = tokenizeHtml(html);
  const pieces: Piece[] = [];
  let leading = '';
  let loose = '';
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.kind === 'tag' && !token.closing && !token.selfClosing && token.attributes.has('id')) {
      const end = elementEnd(tokens, index);
      const element = tokens
        .slice(index, end)
        .map((inner) => inner.raw)
        .join('');
      attachLoose(pieces, loose, (text) => (leading += text));
      loose = '';
      pieces.push({ text: element, after: '', id: token.attributes.get('id') });
      index = end - 1;
      continue;
    }
    loose += token.raw;
  }
  // Spaces between sentences are their separator; other loose text belongs to the sentence before.
  let trailing = '';
  if (pieces.length === 0) return { leading: '', pieces: [{ text: html, after: '' }], trailing: '' };
  if (/^\s*$/.test(loose)) trailing = loose;
  else attachLoose(pieces, loose, () => {});
  return { leading, pieces, trailing };
}

/** Loose text between sentence elements: spaces become the separator, anything else joins the sentence before. */
function attachLoose(pieces: Piece[], loose: string, toLeading: (text: string) => void): void {
  if (loose === '') return;
  const previous = pieces.at(-1);
  if (previous === undefined) {
    toLeading(loose);
    return;
  }
  if (/^\s*$/.test(loose)) {
    previous.after = loose;
    return;
  }
  const spaces = /\s*$/.exec(loose)![0];
  previous.text += loose.slice(0, loose.length - spaces.length);
  previous.after = spaces;
}

/** End of a sentence in plain text: its punctuation (and a closing quote or bracket), then spaces. */
const SENTENCE_END = /([.!?…]+[»"”’)\]]*)(\s+)(?=[«"“(\[]?\s*[\p{Lu}\p{N}])/gu;

/** The sentences of a plain text, cut after end punctuation followed by a capital or a digit. */
function textPieces(text: string): { leading: string; pieces: Piece[]; trailing: string } {
  const leading = /^\s*/.exec(text)![0];
  const trailing = /\s*$/.exec(text.slice(leading.length))![0];
  const body = text.slice(leading.length, text.length - trailing.length);
  const pieces: Piece[] = [];
  let start = 0;
  for (const match of body.matchAll(SENTENCE_END)) {
    const end = match.index + match[1]!.length;
    pieces.push({ text: body.slice(start, end), after: match[2]! });
    start = end + match[2]!.length;
  }
  pieces.push({ text: body.slice(start), after: '' });
  return { leading, pieces, trailing };
}

function sentenceTooLong(piece: Piece, index: number, characters: number, options: SplitOptions): BilingualError {
  const sentence = piece.id === undefined ? `Sentence ${index + 1}` : `Sentence ${piece.id}`;
  const where = options.label === undefined ? '' : ` of ${options.label}`;
  const to = options.provider === undefined ? '' : ` to ${options.provider}`;
  const start = htmlToText(piece.text).replace(/\s+/g, ' ').trim().slice(0, 60);
  return new BilingualError(
    'SENTENCE_TOO_LONG',
    `${sentence}${where} has ${characters} characters, more than the ${options.maxCharacters} one request${to} may carry, and a sentence is never cut: shorten it or check the extraction ("${start}…").`,
    { details: { sentenceId: piece.id, characters, limit: options.maxCharacters } },
  );
}

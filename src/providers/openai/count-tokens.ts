/**
 * Tokens of a text as a BPE tokenizer of OpenAI's kind counts them, without its vocabulary:
 * the text is cut as tiktoken's pre-tokenizer cuts it (a word with the space before it, up to
 * three digits, a run of punctuation, a run of spaces), and a piece costs one token per four
 * characters or part of four, a common word of up to six letters costing one. On newspaper
 * French and English this stays within a few percent of o200k_base; an estimate needs no more,
 * and a run's real counts come back in each answer's `usage`.
 */

const PIECES = / ?\p{L}+| ?\p{N}{1,3}| ?[^\s\p{L}\p{N}]+|\s+/gu;

/** Tokens of one text. */
export function countTokens(text: string): number {
  let tokens = 0;
  for (const match of text.matchAll(PIECES)) {
    const piece = match[0].trimStart();
    if (piece === '') {
      tokens += 1; // a run of spaces or line breaks
      continue;
    }
    const length = [...piece].length;
    tokens += /^\p{L}+$/u.test(piece) && length <= 6 ? 1 : Math.ceil(length / 4);
  }
  return tokens;
}

/** Tokens each chat message adds beyond its content (role and separators), and the answer's priming. */
export const TOKENS_PER_MESSAGE = 3;
export const TOKENS_PER_ANSWER = 3;

/** Prompt tokens of a chat request's messages, counted as OpenAI's chat format does. */
export function countPromptTokens(messages: readonly { role: string; content: string }[]): number {
  return messages.reduce((sum, message) => sum + TOKENS_PER_MESSAGE + countTokens(message.content), TOKENS_PER_ANSWER);
}

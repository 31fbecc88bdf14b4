import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { oneByte } from '../../src/text/one-byte.ts';

/** How V8 holds a string: its serializer writes, after its header and any padding, the tag `"` for a one-byte string, `c` for a two-byte one. */
function heldOneByte(text: string): boolean {
  const bytes = serialize(text);
  let at = 2;
  while (bytes[at] === 0) at += 1;
  return bytes[at] === 0x22;
}

/** A two-byte copy of a Latin-1 text: cut out of a text that holds a `’`. */
const twoByte = (text: string) => `’${text}`.slice(1);

describe('oneByte', () => {
  it('gives a Latin-1 text held two bytes a character back equal, held one byte a character', () => {
    // 13 characters or more: V8 keeps a longer cut as a slice of its two-byte parent (a shorter
    // one is copied, and Node 22 and later copy it one byte a character by themselves).
    for (const text of ['La Syrie à Genève, le 5 septembre.', 'Moscou « négocie »', 'ÿ à ü, là où tu es', 'Un paragraphe très long. '.repeat(400)]) {
      const held = twoByte(text);
      expect(heldOneByte(held), text).toBe(false);
      const result = oneByte(held);
      expect(result).toBe(text);
      expect(heldOneByte(result), text).toBe(true);
    }
  });

  it('gives a short Latin-1 text back equal, held one byte a character, however it was held', () => {
    for (const text of ['ÿ à ü', 'court', 'a']) {
      const result = oneByte(twoByte(text));
      expect(result).toBe(text);
      expect(heldOneByte(result), text).toBe(true);
    }
  });

  it('leaves a text beyond Latin-1, and the empty text, as they are', () => {
    for (const text of ['L’ONU', 'Erdoğan', 'Œuvre', 'a😀b', '']) expect(oneByte(text)).toBe(text);
    expect(heldOneByte(oneByte('L’ONU'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { wrapSentences } from '../../src/translate/block-round-trip.ts';
import { splitLongText } from '../../src/translate/split-long-text.ts';

const sentences = (count: number, words = 12) =>
  Array.from({ length: count }, (_, index) => ({
    id: `p1.s${index + 1}`,
    text: `Phrase ${index + 1} : ${Array.from({ length: words }, (__, word) => `mot${word}`).join(' ')}.`,
  }));

describe('splitLongText', () => {
  it('leaves a text that fits as its only part', () => {
    const html = wrapSentences({ sentences: sentences(3) });
    const split = splitLongText(html, 'html', { maxCharacters: 10_000 });
    expect(split.parts).toEqual([{ text: html }]);
    expect(split.join(['EN'])).toBe('EN');
  });

  it('cuts at sentence elements, each part within the limit, and joins the answers back exactly', () => {
    const html = wrapSentences({ sentences: sentences(40) });
    const split = splitLongText(html, 'html', { maxCharacters: 500 });
    expect(split.parts.length).toBeGreaterThan(3);
    for (const part of split.parts) {
      expect([...part.text].length).toBeLessThanOrEqual(500);
      expect(part.text).toMatch(/^<span id="p1\.s\d+">/);
      expect(part.text).toMatch(/<\/span>$/);
    }
    // Every sentence in exactly one part, in order.
    const ids = split.parts.flatMap((part) => [...part.text.matchAll(/id="([^"]+)"/g)].map((match) => match[1]));
    expect(ids).toEqual(sentences(40).map((sentence) => sentence.id));
    // Answering each part with itself gives the whole text back.
    expect(split.join(split.parts.map((part) => part.text))).toBe(html);
  });

  it('gives each part after the first the plain text of the sentences just before it as context', () => {
    const all = sentences(40);
    const split = splitLongText(wrapSentences({ sentences: all }), 'html', { maxCharacters: 500 });
    expect(split.parts[0]!.context).toBeUndefined();
    for (const part of split.parts.slice(1)) {
      const firstId = /id="p1\.s(\d+)"/.exec(part.text)![1]!;
      const previous = all[Number(firstId) - 2]!;
      expect(part.context).toBeDefined();
      expect(part.context!.endsWith(previous.text)).toBe(true);
      expect(part.context).not.toContain('<');
    }
  });

  it('refuses only a sentence longer than the limit, naming it', () => {
    const all = sentences(10);
    all[6] = { id: 'p1.s7', text: `Une phrase interminable ${'et encore '.repeat(80)}fin.` };
    expect(() => splitLongText(wrapSentences({ sentences: all }), 'html', { maxCharacters: 500, label: 'budget/p1', provider: 'deepl' })).toThrow(
      expect.objectContaining({ code: 'SENTENCE_TOO_LONG', message: expect.stringMatching(/Sentence p1\.s7 of budget\/p1 has \d+ characters, more than the 500 one request to deepl may carry/) }),
    );
  });

  it('cuts a plain text after end punctuation followed by a capital', () => {
    const text = sentences(30).map((sentence) => sentence.text).join(' ');
    const split = splitLongText(text, 'text', { maxCharacters: 400 });
    expect(split.parts.length).toBeGreaterThan(2);
    for (const part of split.parts) expect(part.text).toMatch(/^Phrase \d+ :.*\.$/);
    expect(split.join(split.parts.map((part) => part.text))).toBe(text);
  });
});

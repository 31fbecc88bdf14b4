import { describe, expect, it } from 'vitest';
import { alignBlock } from '../../src/align/index.ts';
import { createGlossary } from '../../src/glossary/index.ts';
import { encodeBlocks } from '../../src/translate/block-round-trip.ts';
import type { Block } from '../../src/types.ts';

const headline: Block = {
  id: 'h1',
  role: 'headline',
  text: 'POUTINE REÇOIT OBAMA',
  sentences: [{ id: 'h1.s1', text: 'POUTINE REÇOIT OBAMA' }],
  source: { startLine: 1, endLine: 1 },
};
const paragraph: Block = {
  id: 'p1',
  role: 'paragraph',
  text: 'Poutine a parlé. Il est parti.',
  sentences: [
    { id: 'p1.s1', text: 'Poutine a parlé.' },
    { id: 'p1.s2', text: 'Il est parti.' },
  ],
  source: { startLine: 2, endLine: 2 },
};
const glossary = createGlossary({ terms: { Poutine: 'Putin' }, doNotTranslate: ['Obama'] });

describe('encodeBlocks', () => {
  it('wraps sentences and protects terms for a markup provider, and decodes the answer back to the terms', () => {
    const [, encoded] = encodeBlocks([headline, paragraph], { markup: true, nativeGlossary: false, glossary });
    expect(encoded!.unit).toMatchObject({ id: 'p1', format: 'html' });
    expect(encoded!.unit.text).toContain('<span id="p1.s2">Il est parti.</span>');
    expect(encoded!.unit.text).toContain('notranslate');
    // An engine that leaves the protected element alone and translates the rest.
    const answer = encoded!.unit.text.replace('a parlé.', 'spoke.').replace('Il est parti.', 'He left.');
    const decoded = encoded!.decode(answer);
    expect(decoded.format).toBe('html');
    const aligned = alignBlock(paragraph, decoded).block;
    expect(aligned.sentences.map((sentence) => sentence.translation)).toEqual(['Putin spoke.', 'He left.']);
    expect(encoded!.restore(aligned)).toEqual(aligned);
  });

  it('sends a block in capitals in sentence case, terms found on the capitals first, and puts the capitals back', () => {
    const [encoded] = encodeBlocks([headline], { markup: true, nativeGlossary: false, glossary });
    expect(encoded!.unit.text).toMatch(/reçoit/);
    expect(encoded!.unit.text).not.toMatch(/REÇOIT/);
    const aligned = alignBlock(headline, encoded!.decode(encoded!.unit.text.replace('reçoit', 'receives'))).block;
    expect(encoded!.restore(aligned).translation).toBe(aligned.translation.toLocaleUpperCase('en'));
  });

  it('sends plain text to a provider without markup, and only the names kept as written to one with a native glossary', () => {
    const [plain] = encodeBlocks([headline], { markup: false, nativeGlossary: false, glossary });
    expect(plain!.unit).toEqual({ id: 'h1', text: 'Poutine reçoit obama', format: 'text' });
    expect(plain!.decode('Putin receives Obama')).toEqual({ text: 'Putin receives Obama', format: 'text' });
    const [, native] = encodeBlocks([headline, paragraph], { markup: true, nativeGlossary: true, glossary });
    expect(native!.unit.text).not.toContain('notranslate');
  });
});

import { describe, expect, it } from 'vitest';
import type { FrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { readEuphonicT } from '../../src/layout/ocr-euphonic-t.ts';
import type { PageLine } from '../../src/layout/page-line.ts';

/** A lexicon that knows the verbs ending in `t` the test keeps, so the test says which words decide. */
const KNOWN = new Set(['promet', 'bat', 'met', 'chat', 'at']);
const lexicon: FrenchLexicon = { source: 'test', size: KNOWN.size, loadMilliseconds: 0, has: (word) => KNOWN.has(word.toLowerCase()) };

const linesOf = (...contents: string[]): PageLine[] =>
  contents.map((content, index) => ({ number: index + 1, content, page: 0, column: 0, indent: 0, blankBefore: false, pageBreakBefore: false }));

describe('the euphonic t whose first hyphen OCR lost', () => {
  it('puts the hyphen back between the verb and its t, each change recorded', () => {
    const result = readEuphonicT(linesOf('« On a défendu », at-il lancé.', 'Aussi semblet-elle prête ; vat-on la suivre ?'), lexicon);
    expect(result.lines.map((line) => line.content)).toEqual(['« On a défendu », a-t-il lancé.', 'Aussi semble-t-elle prête ; va-t-on la suivre ?']);
    expect(result.repairs.map((repair) => `${repair.line} ${repair.before} -> ${repair.after} ${repair.reason}`)).toEqual([
      '1 at-il -> a-t-il euphonic-t-hyphen-lost',
      '2 semblet-elle -> semble-t-elle euphonic-t-hyphen-lost',
      '2 vat-on -> va-t-on euphonic-t-hyphen-lost',
    ]);
  });

  it('leaves a verb ending in t, a euphonic t read right and words that only look alike', () => {
    const lines = linesOf('Que promet-il, et bat-on le fer ? A-t-il dit', 'que le chat-il ? dit-on, et la chatte-elle ?');
    const result = readEuphonicT(lines, lexicon);
    expect(result.lines).toEqual(lines);
    expect(result.repairs).toEqual([]);
  });
});

describe('the euphonic t without a lexicon', () => {
  it('reads back the verb a alone, the only one no lexicon is needed for', () => {
    const result = readEuphonicT(linesOf('« Non », at-il dit ; semblet-elle prête ?'));
    expect(result.lines.map((line) => line.content)).toEqual(['« Non », a-t-il dit ; semblet-elle prête ?']);
  });
});

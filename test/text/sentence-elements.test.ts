import { describe, expect, it } from 'vitest';
import { tokenizeHtml } from '../../src/text/html.ts';
import { openedId, sentenceStarts } from '../../src/text/sentence-elements.ts';

describe('openedId', () => {
  it('gives the id of the element a tag opens', () => {
    const [open, text, close] = tokenizeHtml('<span id="p1.s1">Oui.</span>');
    expect(openedId(open!)).toBe('p1.s1');
    expect(openedId(text!)).toBeUndefined();
    expect(openedId(close!)).toBeUndefined();
  });

  it('gives none for a tag that opens nothing, or has no id', () => {
    expect(openedId(tokenizeHtml('<br id="x">')[0]!)).toBeUndefined();
    expect(openedId(tokenizeHtml('<span id="x"/>')[0]!)).toBeUndefined();
    expect(openedId(tokenizeHtml('<span class="notranslate">')[0]!)).toBeUndefined();
    expect(openedId(tokenizeHtml('<!-- <span id="x"> -->')[0]!)).toBeUndefined();
  });
});

describe('sentenceStarts', () => {
  it('gives where each sentence’s text starts, by id', () => {
    const html = '<span id="a">Oui.</span> <span id="b"><span class="notranslate">Paris</span> non.</span>';
    const starts = sentenceStarts(html);
    expect([...starts.keys()]).toEqual(['a', 'b']);
    expect(html.slice(starts.get('a'))).toMatch(/^Oui\./);
    expect(html.slice(starts.get('b'))).toMatch(/^<span class="notranslate">Paris/);
  });

  it('reads a fragment without sentence elements as one sentence', () => {
    expect(sentenceStarts('Il a dit non.')).toEqual(new Map([['', 0]]));
    expect(sentenceStarts('<b>Non</b>.')).toEqual(new Map([['', 0]]));
  });
});

import { describe, expect, it } from 'vitest';
import { decodeEntities, deformat, deformatHtml, escapeText, reformat } from '../../src/providers/apertium/stream-format.ts';

describe('escapeText', () => {
  it('escapes the stream format characters and carries the mark characters as superblanks', () => {
    expect(escapeText('a\\b[c]d^e$f/g<h>i{j}k')).toBe('a\\\\b\\[c\\]d\\^e\\$f\\/g\\<h\\>i\\{j\\}k');
    expect(escapeText('5 * 3 # 2 @ x ~ y')).toBe('5 [\\*] 3 [\\#] 2 [\\@] x [\\~] y');
    expect(escapeText('plain, text: 1 + 2 = 3 & « ok »')).toBe('plain, text: 1 + 2 = 3 & « ok »');
  });

  it('removes null bytes, which frame the chunks', () => {
    expect(escapeText('a\0b')).toBe('ab');
  });
});

describe('deformatHtml', () => {
  it('turns tags into superblanks and decodes entities before escaping', () => {
    expect(deformatHtml('<span id="s1">A &amp; B &lt;C&gt;</span>')).toBe('[\\<span id="s1"\\>]A & B \\<C\\>[\\<\\/span\\>]');
  });

  it('carries a translate="no" element with its content as one superblank', () => {
    const html = 'Selon <span translate="no">Chine <b>Nouvelle</b></span>, oui.';
    const stream = deformatHtml(html);
    expect(stream).toBe('Selon [\\<span translate="no"\\>Chine \\<b\\>Nouvelle\\<\\/b\\>\\<\\/span\\>], oui.');
  });

  it('counts nested elements of the same name to find the end of a translate="no" element', () => {
    const html = '<span translate="no">a <span id="x">b</span> c</span> d';
    expect(reformat(deformatHtml(html), { format: 'html' })).toBe(html);
  });

  it('keeps a lone < that starts no tag as text', () => {
    expect(reformat(deformatHtml('1 < 2 &amp;&amp; 3 > 2'), { format: 'html' })).toBe('1 &lt; 2 &amp;&amp; 3 &gt; 2');
  });

  it('carries comments and void elements as superblanks', () => {
    expect(deformatHtml('a<br>b<!-- note -->c<img src="x.png"/>')).toBe(
      'a[\\<br\\>]b[\\<!-- note --\\>]c[\\<img src="x.png"\\/\\>]',
    );
  });
});

describe('deformatHtml with the shared tokenizer', () => {
  it('keeps a > inside a quoted attribute within the tag, and a translate="no" element whole', () => {
    expect(deformatHtml('<span translate="no" title="a > b">X</span> y')).toBe('[\\<span translate="no" title="a \\> b"\\>X\\<\\/span\\>] y');
  });

  it('carries a declaration as a superblank instead of translating it as text', () => {
    expect(deformatHtml('<!DOCTYPE html>a')).toBe('[\\<!DOCTYPE html\\>]a');
  });

  it('hides only translate="no" from the engine: a notranslate class is translated', () => {
    expect(deformatHtml('<span class="notranslate">Alep</span>')).toBe('[\\<span class="notranslate"\\>]Alep[\\<\\/span\\>]');
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references and leaves unknown ones', () => {
    expect(decodeEntities('&laquo;&nbsp;a&#8217;b&#x2019;&raquo; &bogus; &amp;amp;')).toBe('«\u00a0a’b’» &bogus; &amp;');
  });
});

describe('reformat', () => {
  it('round-trips text through deformat when the engine changes nothing', () => {
    for (const text of ['[x] \\ ^ $ @ / < > & * # ~ { } |', 'Le « chat » dort.']) {
      expect(reformat(deformat(text, 'text'), { format: 'text' })).toBe(text);
    }
  });

  it('round-trips html through deformat when the engine changes nothing', () => {
    const html = '<span id="p1.s1">A &amp; B &lt; C</span> <span translate="no">X &amp; Y</span>';
    expect(reformat(deformat(html, 'html'), { format: 'html' })).toBe(html);
  });

  it('drops unknown-word marks unless asked to keep them, but never a carried literal', () => {
    const stream = '^ignored$ The *xyzzy is #going to @there [\\*] \\@ok[]';
    expect(reformat(stream, { format: 'text' })).toBe('^ignored$ The xyzzy is going to there * @ok');
    expect(reformat(stream, { format: 'text', markUnknownWords: true })).toBe('^ignored$ The *xyzzy is #going to @there * @ok');
  });

  it('re-encodes text for html but leaves superblank markup alone', () => {
    expect(reformat('[<b>]Tom & Jerry < 3[<\\/b>]', { format: 'html' })).toBe('<b>Tom &amp; Jerry &lt; 3</b>');
  });

  it('escapes a double quote in html like the rest of the project (it used to come back raw)', () => {
    expect(reformat('He said "no" & left.', { format: 'html' })).toBe('He said &quot;no&quot; &amp; left.');
  });
});

describe('reformat, reporting unknown words (html)', () => {
  it('keeps the marks, and writes a literal mark character before a word as a character reference', () => {
    const stream = '[<span id="p1.s1">]The *xyzzy is #going to @there [\\*]note [\\*] 8 \\@ok[<\\/span>]';
    expect(reformat(stream, { format: 'html', reportUnknownWords: true })).toBe('<span id="p1.s1">The *xyzzy is #going to @there &#42;note * 8 &#64;ok</span>');
  });

  it('changes nothing in plain text, where a mark could not be told from the text: the marks are dropped', () => {
    expect(reformat('The *xyzzy [\\*]note', { format: 'text', reportUnknownWords: true })).toBe('The xyzzy *note');
  });
});

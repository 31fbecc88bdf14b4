import { describe, expect, it } from 'vitest';
import { decodeEntities, elementEnd, escapeHtml, hasClass, htmlToText, isTranslateNo, tokenizeHtml, type HtmlTag } from '../../src/text/html.ts';

const tags = (html: string) => tokenizeHtml(html).filter((token): token is HtmlTag => token.kind === 'tag');

describe('escapeHtml', () => {
  it('escapes &, <, > and " and nothing else', () => {
    expect(escapeHtml(`Il a dit "<non>" & l'a répété.`)).toBe(`Il a dit &quot;&lt;non&gt;&quot; &amp; l'a répété.`);
  });

  it('escapes a double quote in a text node too (the glossary and the Apertium reformatter used not to)', () => {
    expect(escapeHtml('"a"')).toBe('&quot;a&quot;');
  });

  it('round-trips through decodeEntities', () => {
    const text = `«Non», a dit "M. <X>" & co’s 5 > 3\u00a0%`;
    expect(decodeEntities(escapeHtml(text))).toBe(text);
  });
});

describe('decodeEntities', () => {
  it('decodes what Google Translate returns in html format', () => {
    expect(decodeEntities('Kerry&#39;s &quot;aides&quot; &amp; 5&gt; 2 &lt;b')).toBe(`Kerry's "aides" & 5> 2 <b`);
  });

  it('decodes decimal and hexadecimal references, either case of x and hex digits', () => {
    expect(decodeEntities('&#8217;&#x2019;&#X2019;&#x27;&#xa0;&#8239;&#x1F600;')).toBe('’’’\'\u00a0\u202f😀');
  });

  it('decodes the named references French text and engines use', () => {
    expect(decodeEntities('&laquo;&nbsp;a&rsquo;b&nbsp;&raquo; &apos;&hellip;&mdash;&ndash;&euro;&oelig;&eacute;&Eacute;&ccedil;')).toBe(
      '«\u00a0a’b\u00a0» \'…—–€œéÉç',
    );
  });

  it('decodes in one pass: an escaped reference stays a reference', () => {
    expect(decodeEntities('&amp;amp; &amp;#39;')).toBe('&amp; &#39;');
  });

  it('keeps unknown names and references without a semicolon as written', () => {
    expect(decodeEntities('&bogus; &amp &#39 AT&T &;')).toBe('&bogus; &amp &#39 AT&T &;');
  });

  // The three old decoders disagreed on the cases below.
  it('reads names case-sensitively: &Eacute; is É (the alignment decoder gave é)', () => {
    expect(decodeEntities('&Eacute;&eacute;')).toBe('Éé');
  });

  it('decodes the upper-case names HTML defines (the Apertium decoder kept &AMP; as written)', () => {
    expect(decodeEntities('&AMP;&LT;&GT;&QUOT;')).toBe('&<>"');
  });

  it('keeps a name that only exists in another case as written (the alignment and glossary decoders lower-cased it)', () => {
    expect(decodeEntities('&NBSP;&Amp;')).toBe('&NBSP;&Amp;');
  });

  it('decodes guillemets and dashes the glossary decoder kept as written', () => {
    expect(decodeEntities('&laquo;&raquo;&mdash;')).toBe('«»—');
  });

  it('keeps numbers that are no character as written (the glossary decoder threw above U+10FFFF)', () => {
    for (const reference of ['&#0;', '&#x0;', '&#x110000;', '&#1114112;', '&#xD800;', '&#55296;', '&#99999999999999999999;']) {
      expect(decodeEntities(reference)).toBe(reference);
    }
  });

  it('reads 0x80–0x9F as Windows-1252, as HTML does', () => {
    expect(decodeEntities('l&#146;accord&#133; &#150; &#128;')).toBe('l’accord… – €');
  });

  it('accepts leading zeros', () => {
    expect(decodeEntities('&#0039;&#x00027;')).toBe("''");
  });
});

describe('tokenizeHtml', () => {
  it('splits text, tags and comments, and joining them gives the fragment back', () => {
    const html = '<span id="p1.s1">A &amp; <b>B</b><br/>C</span><!-- note --> D';
    const tokens = tokenizeHtml(html);
    expect(tokens.map((token) => token.kind)).toEqual(['tag', 'text', 'tag', 'text', 'tag', 'tag', 'text', 'tag', 'comment', 'text']);
    expect(tokens.map((token) => token.raw).join('')).toBe(html);
    for (const token of tokens) expect(html.slice(token.start, token.start + token.raw.length)).toBe(token.raw);
  });

  it('reads names in lower case, closing and self-closing tags, void elements', () => {
    const [open, close, br, img, selfClosed] = tags('<SPAN></Span><br><img src="x"><span/>');
    expect(open).toMatchObject({ name: 'span', closing: false, selfClosing: false });
    expect(close).toMatchObject({ name: 'span', closing: true });
    expect(br).toMatchObject({ name: 'br', selfClosing: true });
    expect(img).toMatchObject({ name: 'img', selfClosing: true });
    expect(selfClosed).toMatchObject({ name: 'span', selfClosing: true });
  });

  it('reads attributes: quoted either way, unquoted, bare; names lower-cased, values decoded', () => {
    const [tag] = tags(`<span ID="p1&amp;s1" class='a notranslate' translate=NO hidden title="a > b">`);
    expect(Object.fromEntries(tag!.attributes)).toEqual({ id: 'p1&s1', class: 'a notranslate', translate: 'NO', hidden: '', title: 'a > b' });
  });

  it('keeps a > inside a quoted attribute value in the tag (a plain /<[^>]*>/ cut it there)', () => {
    const tokens = tokenizeHtml('<span title="5 > 3">x</span>');
    expect(tokens.map((token) => token.raw)).toEqual(['<span title="5 > 3">', 'x', '</span>']);
  });

  it('reads a < that starts no tag as text, as HTML does', () => {
    const tokens = tokenizeHtml('a < b, c <3 et < span> <');
    expect(tokens).toEqual([{ kind: 'text', raw: 'a < b, c <3 et < span> <', start: 0 }]);
  });

  it('reads declarations and processing instructions as comments, and an unclosed comment to the end', () => {
    expect(tokenizeHtml('<!DOCTYPE html><?xml x?>a<!-- open').map((token) => [token.kind, token.raw])).toEqual([
      ['comment', '<!DOCTYPE html>'],
      ['comment', '<?xml x?>'],
      ['text', 'a'],
      ['comment', '<!-- open'],
    ]);
  });

  it('gives one text token for a fragment without markup, and none for an empty one', () => {
    expect(tokenizeHtml('Bonjour &amp; adieu')).toEqual([{ kind: 'text', raw: 'Bonjour &amp; adieu', start: 0 }]);
    expect(tokenizeHtml('')).toEqual([]);
  });
});

describe('elementEnd', () => {
  it('finds the matching end tag, counting same-named elements inside', () => {
    const tokens = tokenizeHtml('<span translate="no">a <span>b</span> c</span> d');
    expect(tokens.slice(0, elementEnd(tokens, 0)).map((token) => token.raw).join('')).toBe('<span translate="no">a <span>b</span> c</span>');
  });

  it('runs to the end when the element is not closed, and covers only itself for a void or end tag', () => {
    const tokens = tokenizeHtml('<b>a<br>b</b><i>c');
    expect(elementEnd(tokens, 5)).toBe(tokens.length);
    expect(elementEnd(tokens, 2)).toBe(3);
    expect(elementEnd(tokens, 4)).toBe(5);
  });
});

describe('isTranslateNo and hasClass', () => {
  it('reads translate="no" in any case and class lists by whole names', () => {
    const [a, b, c, d] = tags('<span translate="No"><span data-translate="no"><span class="x  notranslate"><span class="my-notranslate">');
    expect([a, b, c, d].map((tag) => isTranslateNo(tag!))).toEqual([true, false, false, false]);
    expect([a, b, c, d].map((tag) => hasClass(tag!, 'notranslate'))).toEqual([false, false, true, false]);
  });
});

describe('htmlToText', () => {
  it('drops tags and comments, or puts a separator in their place, and decodes entities', () => {
    expect(htmlToText('<span id="s1">A&amp;B</span><!--x-->C')).toBe('A&BC');
    expect(htmlToText('<span id="s1">12</span><span id="s2">500</span>', ' ')).toBe(' 12  500 ');
  });
});

/**
 * Every match of a global regular expression in a text, as `text.matchAll(pattern)` gives
 * them, but run on `pattern` itself instead of on a copy of it: `matchAll` clones the
 * expression at every call, which costs about ten times a `test` on a sentence, and the QA
 * checks and the glossary matcher search every sentence with a few dozen compiled patterns.
 * `pattern` must be global; its `lastIndex` is reset before and after, so it must not be in
 * use by a search it is called from.
 *
 * @example
 * [...eachMatch(/\d+/g, 'G20, 2016')].map((match) => match[0]) // ['20', '2016']
 */
export function* eachMatch(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  try {
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      // An empty match moves on by one character (one code point with the u flag), as matchAll does.
      if (match[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode);
      yield match;
    }
  } finally {
    pattern.lastIndex = 0;
  }
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

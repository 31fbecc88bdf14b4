/**
 * Newspaper furniture is often set in capitals (`CONFLIT SYRIEN`). Engines translate capitals
 * badly: they take each word for a name or an acronym, or lowercase half of it. Such blocks are
 * sent in sentence case and their translation is put back into capitals.
 */
import { hasClass, isTranslateNo, tokenizeHtml } from './html.ts';

/**
 * True when the text has at least two letters and none of them is lower case: `CONFLIT
 * SYRIEN`, `G20 : LE SOMMET`; one letter (`A`, `G8`) tells nothing. The layout reads headlines
 * with it and the translate stage decides which blocks go in sentence case.
 */
export function isAllCapitals(text: string): boolean {
  // A loop over ASCII and Latin-1, where headlines live; a letter beyond goes the slow way.
  let capitals = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      if (code >= 97 && code <= 122) return false;
      if (code >= 65 && code <= 90) capitals += 1;
    } else if (code >= 0xc0 && code <= 0xff) {
      if (code >= 0xdf) {
        if (code !== 0xf7) return false;
      } else if (code !== 0xd7) {
        capitals += 1;
      }
    } else if (code === 0xb5 || (code > 0xff && (code < 0x2000 || code > 0x206f))) {
      // Not the general punctuation (`’`, `—`, `…`, `“`), which has no case: French sets it in
      // nearly every line, and the slow way reads the whole text again.
      return hasOnlyCapitalLetters(text);
    }
  }
  return capitals >= 2;
}

/** `isAllCapitals` for any script: each letter that has a case is compared with its capital. */
function hasOnlyCapitalLetters(text: string): boolean {
  let letters = 0;
  for (const character of text) {
    if (character.toLocaleLowerCase('fr') !== character.toLocaleUpperCase('fr')) {
      if (character !== character.toLocaleUpperCase('fr')) return false;
      letters++;
    }
  }
  return letters >= 2;
}

/** `CONFLIT SYRIEN` -> `Conflit syrien`. */
export function toSentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('fr');
  const first = lower.search(/\p{L}/u);
  if (first === -1) return lower;
  return lower.slice(0, first) + lower.charAt(first).toLocaleUpperCase('fr') + lower.slice(first + 1);
}

/**
 * `toSentenceCase` for the HTML fragment sent to a provider: each sentence element's text in
 * sentence case, while protected elements (glossary terms, names) keep their letters, since
 * protection must run on the original capitals first (`POUTINE` is a name; `poutine` is a dish).
 */
export function toSentenceCaseHtml(html: string): string {
  let result = '';
  /** Open span elements: true for a protected one. */
  const open: boolean[] = [];
  let capitaliseNext = false;
  const text = (piece: string) => {
    if (open.includes(true)) return piece;
    let lower = piece.toLocaleLowerCase('fr');
    if (capitaliseNext) {
      const first = lower.search(/\p{L}/u);
      if (first !== -1) {
        lower = lower.slice(0, first) + lower.charAt(first).toLocaleUpperCase('fr') + lower.slice(first + 1);
        capitaliseNext = false;
      }
    }
    return lower;
  };
  for (const token of tokenizeHtml(html)) {
    if (token.kind !== 'tag') {
      result += token.kind === 'text' ? text(token.raw) : token.raw;
      continue;
    }
    if (token.name === 'span' && !token.closing) {
      const isProtected = isTranslateNo(token) || hasClass(token, 'notranslate');
      open.push(isProtected);
      if (isProtected) capitaliseNext = false; // a protected term opening the sentence keeps its own case
      else if (token.attributes.has('id')) capitaliseNext = true;
    } else if (token.name === 'span' && token.closing) {
      open.pop();
    }
    result += token.raw;
  }
  return result;
}

/**
 * Newspaper furniture is often set in capitals (`CONFLIT SYRIEN`). Engines translate capitals
 * badly: they take each word for a name or an acronym, or lowercase half of it. Such blocks are
 * sent in sentence case and their translation is put back into capitals.
 */

/** True when the text has at least two letters and none of them is lower case. */
export function isAllCapitals(text: string): boolean {
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

const TAG = /<[^>]*>/g;
const PROTECTED_OPENING = /^<span\b[^>]*\b(?:translate\s*=\s*"no"|class\s*=\s*"[^"]*\bnotranslate\b[^"]*")[^>]*>$/i;
const SENTENCE_OPENING = /^<span\b[^>]*\bid\s*=/i;

/**
 * `toSentenceCase` for the HTML fragment sent to a provider: each sentence element's text in
 * sentence case, while protected elements (glossary terms, names) keep their letters, since
 * protection must run on the original capitals first (`POUTINE` is a name; `poutine` is a dish).
 */
export function toSentenceCaseHtml(html: string): string {
  let result = '';
  let last = 0;
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
  for (const match of html.matchAll(TAG)) {
    result += text(html.slice(last, match.index));
    const tag = match[0];
    if (/^<span\b/i.test(tag)) {
      const isProtected = PROTECTED_OPENING.test(tag);
      open.push(isProtected);
      if (isProtected) capitaliseNext = false; // a protected term opening the sentence keeps its own case
      else if (SENTENCE_OPENING.test(tag)) capitaliseNext = true;
    } else if (/^<\/span\s*>$/i.test(tag)) {
      open.pop();
    }
    result += tag;
    last = match.index + tag.length;
  }
  return result + text(html.slice(last));
}

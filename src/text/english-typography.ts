/**
 * English typography for English text. French typography (guillemets with non-breaking
 * spaces, a space before `:` `;` `?` `!`) is kept in the French exactly as the source has it;
 * translation engines often carry it over into English, where it is wrong.
 *
 * Idempotent: applying it twice gives the same text.
 */

/** Non-breaking, narrow non-breaking, thin, figure and hair spaces. */
const SPECIAL_SPACES = /[\u00a0\u202f\u2007\u2009\u200a]/g;
/** After these a quote opens rather than closes. */
const OPENS_BEFORE = /[\s([{\u2014\u2013“‘/-]/u;

function curlQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  // Only the straight quotes change: the text between them is copied in slices.
  let result = '';
  let copied = 0;
  let lastQuote = -1;
  let lastCurled = '';
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (character !== '"' && character !== "'") continue;
    // The character before as already written: a quote before it is curled by now.
    const before = index === 0 ? undefined : index - 1 === lastQuote ? lastCurled : text[index - 1]!;
    const opening = before === undefined || OPENS_BEFORE.test(before);
    let curled: string;
    if (character === '"') {
      curled = opening ? '“' : '”';
    } else {
      const next = text[index + 1];
      // ’ for apostrophes (don’t, the ’90s) and closing quotes; ‘ only to open a quotation.
      curled = opening && next !== undefined && /[^\s\d]/u.test(next) ? '‘' : '’';
    }
    result += text.slice(copied, index) + curled;
    copied = index + 1;
    lastQuote = index;
    lastCurled = curled;
  }
  return result + text.slice(copied);
}

/**
 * Curly quotes “ ” and ’, guillemets « » turned into “ ” (‹ › into ‘ ’) without their inner
 * spaces, no space before `:` `;` `?` `!`, and ordinary spaces instead of non-breaking ones.
 *
 * @example
 * englishTypography('« It is "over" : we don\'t know »') // '“It is “over”: we don’t know”'
 */
export function englishTypography(text: string): string {
  let result = text.replace(SPECIAL_SPACES, ' ');
  // Each rule only where its mark is: a sentence rarely holds a guillemet, and `\s*»` is tried
  // from every position of one that does not (the text is the same either way).
  if (result.includes('«')) result = result.replace(/«\s*/g, '“');
  if (result.includes('»')) result = result.replace(/\s*»/g, '”');
  if (result.includes('‹')) result = result.replace(/‹\s*/g, '‘');
  if (result.includes('›')) result = result.replace(/\s*›/g, '’');
  // Only before punctuation that ends a clause, not `![` or `:1`.
  if (CLAUSE_END.test(result)) result = result.replace(/[ \t]+([:;?!]+)(?=[\s"'”’»)\]]|$)/g, '$1');
  if (result.includes('  ')) result = result.replace(/ {2,}/g, ' ');
  return curlQuotes(result);
}

/** What the rule of the space before `:` `;` `?` `!` needs. */
const CLAUSE_END = /[:;?!]/;

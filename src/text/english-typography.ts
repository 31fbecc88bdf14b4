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
  let result = '';
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    const before = index === 0 ? undefined : result.at(-1);
    const opening = before === undefined || OPENS_BEFORE.test(before);
    if (character === '"') {
      result += opening ? '“' : '”';
    } else if (character === "'") {
      const next = text[index + 1];
      // ’ for apostrophes (don’t, the ’90s) and closing quotes; ‘ only to open a quotation.
      result += opening && next !== undefined && /[^\s\d]/u.test(next) ? '‘' : '’';
    } else {
      result += character;
    }
  }
  return result;
}

/**
 * Curly quotes “ ” and ’, guillemets « » turned into “ ” (‹ › into ‘ ’) without their inner
 * spaces, no space before `:` `;` `?` `!`, and ordinary spaces instead of non-breaking ones.
 *
 * @example
 * englishTypography('« It is "over" : we don\'t know »') // '“It is “over”: we don’t know”'
 */
export function englishTypography(text: string): string {
  return curlQuotes(
    text
      .replace(SPECIAL_SPACES, ' ')
      .replace(/«\s*/g, '“')
      .replace(/\s*»/g, '”')
      .replace(/‹\s*/g, '‘')
      .replace(/\s*›/g, '’')
      // Only before punctuation that ends a clause, not `![` or `:1`.
      .replace(/[ \t]+([:;?!]+)(?=[\s"'”’»)\]]|$)/g, '$1')
      .replace(/ {2,}/g, ' '),
  );
}

/**
 * A simple English sentence segmenter for translations that came back as one paragraph.
 * It splits after `.`, `!`, `?` or `…` (and any closing quotes or brackets) when the next
 * word starts a sentence, and does not split after abbreviations (`Mr.`, `Dr.`, `U.S.`,
 * `e.g.`), initials (`John F. Kennedy`), numbers written with a full stop (`No. 5`), or
 * inside decimals (`3.5`), which have no space anyway.
 */

/** Titles, months, days and company words: not an end when written capitalised (`Dr.`, `Jan.`, `Inc.`). */
const CAPITALISED_ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Sr', 'Jr', 'Gen', 'Col', 'Lt', 'Capt', 'Cmdr', 'Sgt', 'Maj', 'Adm',
  'Gov', 'Sen', 'Rep', 'Pres', 'Rev', 'Hon', 'Messrs', 'Mme', 'Mlle',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thurs', 'Fri', 'Sat', 'Sun',
  'Inc', 'Ltd', 'Co', 'Corp', 'Dept', 'Univ', 'Mt', 'Ft',
]);
/** Latin and editorial abbreviations: never an end, whatever their case. */
const ANY_CASE_ABBREVIATIONS = new Set(['vs', 'etc', 'e.g', 'i.e', 'cf', 'approx', 'al', 'viz', 'ca']);
/** Not an end when a number follows: `No. 5`, `p. 12`, `Vol. 3`. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'p', 'pp', 'vol', 'fig', 'art', 'ch', 'sec']);

/** Closing punctuation that may follow the end of a sentence. */
const CLOSERS = `"'”’»)]}`;
/** What may open the next sentence. */
const OPENERS = /^["'“‘«(\[]*[\p{Lu}\p{N}]/u;

function endsWithAbbreviation(text: string, next: string): boolean {
  const word = /(\S+)\.$/.exec(text)?.[1];
  if (word === undefined) return false;
  const bare = word.replace(/^["'“‘«(\[]+/, '');
  if (CAPITALISED_ABBREVIATIONS.has(bare) || ANY_CASE_ABBREVIATIONS.has(bare.toLowerCase())) return true;
  if (NUMBER_ABBREVIATIONS.has(bare.toLowerCase()) && /^\p{N}/u.test(next)) return true;
  // A single capital letter is an initial: "John F. Kennedy".
  if (/^\p{Lu}$/u.test(bare)) return true;
  // Dotted acronyms such as "U.S" or "N.A.T.O".
  if (/^(\p{L}\.)+\p{L}$/u.test(bare)) return true;
  return false;
}

/** Splits an English paragraph into sentences, each trimmed; empty input gives `[]`. */
export function segmentEnglish(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (text === '') return [];
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?…]+/g;
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    let end = match.index + match[0].length;
    while (end < text.length && CLOSERS.includes(text[end] ?? '')) end += 1;
    if (text[end] !== ' ') continue;
    const rest = text.slice(end + 1);
    if (!OPENERS.test(rest)) continue;
    const candidate = text.slice(start, end);
    if (match[0] === '.' && end === match.index + 1 && endsWithAbbreviation(candidate, rest)) continue;
    sentences.push(candidate.trim());
    start = end + 1;
    boundary.lastIndex = end;
  }
  const last = text.slice(start).trim();
  if (last !== '') sentences.push(last);
  return sentences;
}

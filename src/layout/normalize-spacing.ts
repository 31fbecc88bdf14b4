/**
 * Spacing repairs inside one printed line, never changing a word, a quote mark or an
 * apostrophe:
 * - a missing space after `.`, `!`, `?` or `…` before a capital or an opening quote
 *   (`Peskov.«La` → `Peskov. «La`), only after a word of two characters or more, or after
 *   `M.`, `MM.`, `Me`, `Dr`…, so that initials (`J.-P.`, `U.S.A.`) and dotted abbreviations of
 *   capitals (`LL.AA.II.RR.`, Leurs Altesses impériales et royales) are left alone;
 * - runs of spaces collapse to one.
 *
 * Non-breaking spaces: French typography puts one before `;:!?»` and after `«`. They are
 * kept where the author typed them, as U+00A0 NO-BREAK SPACE: the narrow U+202F and the
 * figure space U+2007 become U+00A0 too, so later stages see one form. Tabs and other
 * Unicode spaces become ordinary spaces.
 */
import type { Repair } from '../types.ts';
import type { FrenchLexicon } from './french-lexicon.ts';
import { spaceGuillemetsAlike } from './guillemets-spaced-alike.ts';

export interface NormalizedLine {
  content: string;
  repairs: Repair[];
}

const MISSING_SPACE =
  /(?<=[\p{L}\p{N}][\p{L}\p{N})»”][.!?…]+|(?:^|[\s(«])(?:M|MM|Me|Mgr|Dr|Pr)\.)(?=[«“\p{Lu}])(?!\p{Lu}+\.)/gu;

const UNUSUAL_SPACE = /[\t\u2000-\u200A\u202F\u205F\u3000]/u;
/**
 * One scan for anything this function may change; most lines have none. The alternatives open on
 * characters no two share, so their order changes no match: a point before a capital first,
 * which V8 scans for faster over a whole text (6.0 -> 4.7 ms on the print bench's texts).
 */
const ANYTHING_TO_DO = /[.!?…][«“\p{Lu}]|[ \u00A0]{2}|[\t\u2000-\u200A\u202F\u205F\u3000]/u;
const RUN_OF_SPACES = /[ \u00A0]{2}/u;
const MAYBE_MISSING_SPACE = /[.!?…][«“\p{Lu}]/u;

const ANYTHING_TO_DO_ANYWHERE = new RegExp(ANYTHING_TO_DO.source, 'gu');

/**
 * The 0-based numbers of the lines of `text` where `normalizeSpacing` may have something to
 * do: one scan of the whole text instead of one per line. Every line it leaves out would come
 * back unchanged; a line it lists may still need nothing (the match may be in whitespace
 * that trimming removes).
 */
export function linesWithSpacingToDo(text: string): Set<number> {
  const lines = new Set<number>();
  let line = 0;
  let counted = 0;
  ANYTHING_TO_DO_ANYWHERE.lastIndex = 0;
  for (let match = ANYTHING_TO_DO_ANYWHERE.exec(text); match !== null; match = ANYTHING_TO_DO_ANYWHERE.exec(text)) {
    for (let at = text.indexOf('\n', counted); at !== -1 && at < match.index; at = text.indexOf('\n', at + 1)) line += 1;
    lines.add(line);
    // The rest of this line needs no second look.
    const lineEnd = text.indexOf('\n', match.index);
    if (lineEnd === -1) break;
    counted = lineEnd;
    ANYTHING_TO_DO_ANYWHERE.lastIndex = lineEnd;
  }
  return lines;
}

export function normalizeSpacing(content: string, lineNumber: number): NormalizedLine {
  if (!ANYTHING_TO_DO.test(content)) return { content, repairs: [] };
  const repairs: Repair[] = [];
  // Most lines need nothing: cheap tests first, the look-behind only where it may match.
  let text = UNUSUAL_SPACE.test(content)
    ? content.replace(/[\u202F\u2007]/g, '\u00A0').replace(/[\t\u2000-\u2006\u2008-\u200A\u205F\u3000]/g, ' ')
    : content;
  if (!RUN_OF_SPACES.test(text) && !MAYBE_MISSING_SPACE.test(text)) return { content: text, repairs };
  text = text.replace(/[ \u00A0]{2,}/g, (run, offset: number) => {
    const before = context(text, offset, run.length);
    repairs.push({
      kind: 'space-collapsed',
      line: lineNumber,
      before,
      after: before.replace(run, ' '),
      reason: 'double-space',
    });
    return run.includes('\u00A0') ? '\u00A0' : ' ';
  });
  text = text.replace(MISSING_SPACE, (_empty, offset: number) => {
    const around = context(text, offset, 0);
    repairs.push({
      kind: 'space-inserted',
      line: lineNumber,
      before: around,
      after: `${text.slice(Math.max(0, offset - 8), offset)} ${text.slice(offset, offset + 8)}`.trim(),
      reason: 'missing-space-after-sentence',
    });
    return ' ';
  });
  return { content: text, repairs };
}

function context(text: string, offset: number, length: number): string {
  return text.slice(Math.max(0, offset - 8), offset + length + 8).trim();
}

/**
 * The repairs' patterns with `\p{…}` classes are built at their first use (a getter each): most
 * texts need no repair past ANYTHING_TO_DO's test, and building them costs ICU look-ups on every
 * start.
 */
let attachedHighPunctuationPattern: RegExp | undefined;
/** `?`, `!` or `;` attached to the word or quote before it, closing a clause. */
// The look-ahead first: tried at every position of the line, it fails at once on most of them,
// where the look-behind would be read first (the same positions match either way).
function attachedHighPunctuation(): RegExp {
  return (attachedHighPunctuationPattern ??= /(?=[?!;]+(?:[\s»)]|$))(?<=[\p{L}\p{N}»)])/gu);
}
const HIGH_PUNCTUATION = /[?!;]/u;
/** Fewest spaced colons that establish the article's French spacing. @default 2 */
const FRENCH_SPACING_EVIDENCE = 2;
/** Spaced colons and guillemets must outnumber attached ones this many times for the space before `?` `!` `;` to be put back. @default 3 */
const FRENCH_SPACING_MAJORITY = 3;
/**
 * The same for the spaces inside guillemets and before colons: OCR drops the narrow one now and
 * then (a third of them attached on Writer pages read by Tesseract, half on a pdfmake listing
 * of hours, `18h:`) and never adds one (none spaced on pages that attach them), so spaced marks
 * as many as the attached ones show the habit: in the corpus's real OCR every page where they
 * are prints all its colons and guillemets spaced, its text extractions attach none. @default 1
 */
const GUILLEMET_SPACING_MAJORITY = 1;
let attachedColonPattern: RegExp | undefined;
/** A colon attached to the word or figure before it, before a space or the line's end (`dit:`, `18 h:`); not inside `14:30` or `http://`. */
function attachedColon(): RegExp {
  return (attachedColonPattern ??= /(?<=[\p{L}\p{N}»)])(?=:(?:\s|$))/gu);
}
let attachedGuillemetPattern: RegExp | undefined;
/** A guillemet attached to the word it opens or closes (`«Les`, `mal»`). */
function attachedGuillemet(): RegExp {
  return (attachedGuillemetPattern ??= /«(?=\p{L})|»(?<=[\p{L}\p{N}.!?…]»)/gu);
}

/**
 * Restores the space (no-break, or plain as the article's others are) French typography sets before `?`, `!`, `;` and `:`, after `«` and before `»`, where the
 * extraction dropped it (`pdftotext -raw` loses Writer's narrow one: `travaux?`; OCR reads
 * `«Les`, `18 h:`), only in an article whose colons and guillemets show the habit (spaced three
 * times as often as not for `?` `!` `;`; as often as not for the colons and guillemets
 * themselves), as recorded repairs. Also the space
 * between a figure and `%` (`spacePercents`), inside an hour (`spaceHours`) and between a
 * number's groups of three figures (`groupDigits`), which OCR drops, where the article shows that habit.
 * `lexicon` lets a four-figure number be told from a year by the plural noun it counts (`1412
 * passagers`); without it, four figures below 2100 are left as a year.
 */
export function restoreFrenchSpacing<Line extends { content: string; number: number }>(lines: readonly Line[], lexicon?: FrenchLexicon): { lines: Line[]; repairs: Repair[] } {
  const habit = { spaced: 0, noBreak: 0, attached: 0 };
  let spacedPercent = 0;
  let groupedNumbers = 0;
  let spacedHours = 0;
  for (const line of lines) {
    countFrenchSpacing(line.content, habit);
    if (line.content.includes('%')) spacedPercent += countSpacedPercent(line.content);
    if (followsDigit(line.content, ' h')) spacedHours += line.content.match(spacedHour())?.length ?? 0;
    if (followsDigit(line.content, 'h ')) spacedHours += line.content.match(minutesSpaced())?.length ?? 0;
    if (MAYBE_NUMBER.test(line.content)) groupedNumbers += line.content.match(GROUPED_NUMBER)?.length ?? 0;
  }
  const { spaced, noBreak, attached } = habit;
  // The space the article itself sets there: a no-break one, or a plain one where the extraction made them plain.
  const space = noBreak * 2 > spaced ? '\u00A0' : ' ';
  const repairs: Repair[] = [];
  const frenchHabit = spaced >= FRENCH_SPACING_EVIDENCE && spaced >= attached * GUILLEMET_SPACING_MAJORITY;
  // A figure and `%`: spaced where the article spaces one itself, or shows French spacing.
  // A number's figures: grouped where the article groups a number itself, or shows French
  // spacing (`pdftotext -raw` drops the narrow space of every number on some pages, and keeps
  // the wider one before `%` or `:`), as French typography groups them all.
  const groupingEvidence = digitGroupingEvidence(groupedNumbers, spacedPercent, frenchHabit);
  const grouped = groupingEvidence !== undefined ? groupDigits(lines, groupingEvidence, repairs, lexicon) : lines;
  const percents = frenchHabit || spacedPercent > 0 ? spacePercents(grouped, space, spacedPercent, repairs) : grouped;
  const hours = frenchHabit || spacedHours > 0 ? spaceHours(percents, spacedHours, repairs) : percents;
  if (!frenchHabit) {
    // Too few marks to show the habit: a quotation spaced on one side still shows it for the other.
    const alike = spaceGuillemetsAlike(hours);
    repairs.push(...alike.repairs);
    return { lines: alike.lines, repairs };
  }
  const highPunctuation = spaced >= attached * FRENCH_SPACING_MAJORITY;
  const result = hours.map((line) => {
    if (!/[?!;:«»]/u.test(line.content)) return line;
    let changed = false;
    // A colon, counted in the habit with the guillemets, is spaced on the same evidence.
    const colons = !line.content.includes(':') ? line.content : line.content.replace(attachedColon(), (_empty, offset: number) => {
      changed = true;
      repairs.push({
        kind: 'space-inserted',
        line: line.number,
        before: context(line.content, offset, 1),
        after: `${line.content.slice(Math.max(0, offset - 8), offset)}${space}${line.content.slice(offset, offset + 8)}`.trim(),
        reason: 'french-spacing',
        evidence: `the article spaces ${spaced} colons and guillemets of ${spaced + attached} as French typography does`,
      });
      return space;
    });
    const guillemets = !colons.includes('«') && !colons.includes('»') ? colons : colons.replace(attachedGuillemet(), (guillemet, offset: number) => {
      changed = true;
      const spacedGuillemet = guillemet === '«' ? `«${space}` : `${space}»`;
      repairs.push({
        kind: 'space-inserted',
        line: line.number,
        before: context(colons, offset, 1),
        after: `${colons.slice(Math.max(0, offset - 8), offset)}${spacedGuillemet}${colons.slice(offset + 1, offset + 9)}`.trim(),
        reason: 'french-spacing',
        evidence: `the article spaces ${spaced} colons and guillemets of ${spaced + attached} as French typography does`,
      });
      return spacedGuillemet;
    });
    if (!highPunctuation || !HIGH_PUNCTUATION.test(guillemets)) return changed ? { ...line, content: guillemets } : line;
    const content = guillemets.replace(attachedHighPunctuation(), (_empty, offset: number) => {
      changed = true;
      repairs.push({
        kind: 'space-inserted',
        line: line.number,
        before: context(guillemets, offset, 1),
        after: `${guillemets.slice(Math.max(0, offset - 8), offset)}${space}${guillemets.slice(offset, offset + 8)}`.trim(),
        reason: 'french-spacing',
        evidence: `the article spaces ${spaced} colons and guillemets of ${spaced + attached} as French typography does`,
      });
      return space;
    });
    return changed ? { ...line, content } : line;
  });
  return { lines: result, repairs };
}

let letterPattern: RegExp | undefined;
function letter(): RegExp {
  return (letterPattern ??= /\p{L}/u);
}

/** Why the article's numbers may be grouped again (see `groupDigits`), or undefined without evidence. */
function digitGroupingEvidence(groupedNumbers: number, spacedPercent: number, frenchHabit: boolean): string | undefined {
  if (groupedNumbers > 0) return `the article groups ${groupedNumbers} numbers' figures by three with a space, as French typography does`;
  if (frenchHabit || spacedPercent > 0) return `the article spaces its ${spacedPercent > 0 ? 'percentages' : 'colons and guillemets'} as French typography does, which groups a number's figures by three`;
  return undefined;
}

/**
 * Only the grouping of `restoreFrenchSpacing` (`groupDigits`), on the same evidence (a number the
 * article groups itself, a percentage it spaces), for a reader that sets every other space from
 * the page's geometry: the PDF reader, where a producer that draws nothing for the narrow
 * no-break space (iText 5) runs a number's groups together (`84312`, `1617 voix`).
 */
export function restoreDigitGroups<Line extends { content: string; number: number }>(lines: readonly Line[], lexicon?: FrenchLexicon): { lines: Line[]; repairs: Repair[] } {
  let spacedPercent = 0;
  let groupedNumbers = 0;
  let maybeNumbers = 0;
  for (const line of lines) {
    if (line.content.includes('%')) spacedPercent += countSpacedPercent(line.content);
    if (!MAYBE_NUMBER.test(line.content)) continue;
    maybeNumbers += 1;
    groupedNumbers += line.content.match(GROUPED_NUMBER)?.length ?? 0;
  }
  if (maybeNumbers === 0) return { lines: [...lines], repairs: [] };
  const evidence = digitGroupingEvidence(groupedNumbers, spacedPercent, false);
  const repairs: Repair[] = [];
  if (evidence === undefined) return { lines: [...lines], repairs };
  return { lines: [...groupDigits(lines, evidence, repairs, lexicon)], repairs };
}

/** Four figures in a row: the cheap test before the number patterns. */
const MAYBE_NUMBER = /\d\d\d\d|\d \d\d\d/u;
/** A number whose figures are grouped by three with a space, French style: `1 046`, `350 000`. */
const GROUPED_NUMBER = /(?<![\d,.])\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d])/gu;
let ungroupedNumberPattern: RegExp | undefined;
/** Four figures or more in a row, not the decimals of a number nor part of a code (`A320`, `n°12345-B`). */
function ungroupedNumber(): RegExp {
  return (ungroupedNumberPattern ??= /(?<![\d,.\p{L}/°-])\d{4,}(?![\d\p{L}/-])/gu);
}
let noYearPattern: RegExp | undefined;
/** A number no year can be: five figures or more, or four from 2100 (`7601 voix`), not opening with `0` (a count never does; a phone number or a postcode may). */
function noYear(): RegExp {
  return (noYearPattern ??= /(?<![\d,.\p{L}/°-])(?:[1-9]\d{4,}|[3-9]\d{3}|2[1-9]\d\d)(?![\d\p{L}/-])/gu);
}
/**
 * A French postcode in an address: five figures opening the line or after a comma, a place's
 * name after them, capitalised (`12 rue des Lilas, 31000 Toulouse`, `BP 12, 75008 Paris Cedex`).
 * A count of five figures stands after a word (`comptait 38500 habitants`, `Inscrits : 84312`) or
 * before a noun in small letters; one after a comma and before a capital (`, 12380 Bretons`) is
 * rarer than an address, and an address grouped (`31 000 Toulouse`) is a postcode invented.
 */
function isPostcode(text: string, offset: number, figures: string): boolean {
  return figures.length === 5 && /(?:^|,)[ \u00A0]*$/u.test(text.slice(Math.max(0, offset - 3), offset)) && /^[ \u00A0]\p{Lu}/u.test(text.slice(offset + 5, offset + 7));
}

/** Below this, four figures may be a year (`en 1980`, `2026`), printed ungrouped. @default 2100 */
const FIRST_NOT_A_YEAR = 2100;
let wordAfterNumberPattern: RegExp | undefined;
/**
 * The word right after a number, in small letters, before a space, punctuation or the line's end
 * (`passagers`, `euros.`); the first part of a compound (`sapeurs-pompiers`), or the start of a
 * word a hyphen cuts at the line's end (`eu-`, read with the next line's first word).
 */
function wordAfterNumber(): RegExp {
  return (wordAfterNumberPattern ??= /^[ \u00A0\u202F](\p{Ll}+)(-(?:$|\p{Ll}))?(?=$|[\s,.;:!?»)\p{Ll}])/u);
}
let wordOpeningLinePattern: RegExp | undefined;
/** The letters opening a line, in small letters: the rest of a word cut at the line before's end. */
function wordOpeningLine(): RegExp {
  return (wordOpeningLinePattern ??= /^\s*(\p{Ll}+)/u);
}
let wholeWordOpeningLinePattern: RegExp | undefined;
/** A whole word in small letters opening a line, before a space, punctuation or the line's end. */
function wholeWordOpeningLine(): RegExp {
  return (wholeWordOpeningLinePattern ??= /^\s*(\p{Ll}+)(?=$|[\s,.;:!?»)])/u);
}
/**
 * Words of French grammar ending in `s` or `x` whose letters without it make a word too (`les`,
 * `ils`, `plus`, `sous`, `mais`), numbers (`six`), and plural determiners and quantifiers that may open a clause
 * after a year (`en 2025 certaines communes`, `d’ici 2030 toutes les lignes`): a closed class, the
 * plurals that are no noun a figure counts.
 */
const NOT_COUNTED: ReadonlySet<string> = new Set([
  'les', 'des', 'ses', 'ces', 'mes', 'tes', 'nos', 'vos', 'aux', 'eux', 'ils', 'elles', 'celles', 'dans', 'sans', 'sous', 'vers', 'plus', 'puis', 'mais', 'lors', 'tous', 'assez',
  'tels', 'telles', 'quels', 'quelles', 'six', 'dix', 'deux', 'trois', 'après', 'depuis', 'alors', 'toujours', 'jamais', 'moins', 'très', 'dès', 'pas', 'avons', 'sommes',
  'autres', 'certaines', 'certains', 'diverses', 'différentes', 'différents', 'leurs', 'mêmes', 'nombreuses', 'nombreux', 'plusieurs', 'quelques', 'toutes',
]);

/**
 * French typography groups a number's figures by three with a narrow no-break space (`71 200`,
 * `4 200`), years aside; OCR drops the narrow space now and then (`71200` beside `1 046` on the
 * same page), and `pdftotext -raw` drops it from every number of some pages (`9800 euros`
 * beside `6 %`). Where the article groups a number itself, or spaces its percentages, colons or
 * guillemets the French way, one of five figures or more, or of four that cannot be a year (2100
 * or more, or before the plural noun it counts: `1412 passagers`), is grouped again, as recorded repairs. A plain space, as in the
 * article's other numbers once extraction made their narrow spaces plain.
 */
function groupDigits<Line extends { content: string; number: number }>(lines: readonly Line[], evidence: string, repairs: Repair[], lexicon?: FrenchLexicon): readonly Line[] {
  const counts = articleCounts(lines);
  return lines.map((line, index) => {
    if (!MAYBE_NUMBER.test(line.content)) return line;
    let changed = false;
    const content = line.content.replace(ungroupedNumber(), (figures: string, offset: number) => {
      // A count never opens with `0`: a phone number, a postcode (`01000`) or a reference may.
      if (figures.startsWith('0') || isPostcode(line.content, offset, figures)) return figures;
      const counted = figures.length === 4 && Number(figures) < FIRST_NOT_A_YEAR ? countedNoun(line.content.slice(offset + figures.length), lines[index + 1]?.content, lexicon, counts) : undefined;
      if (figures.length === 4 && Number(figures) < FIRST_NOT_A_YEAR && counted === undefined) return figures;
      const grouped = figures.replace(/\B(?=(?:\d{3})+$)/gu, ' ');
      changed = true;
      repairs.push({
        kind: 'space-inserted',
        line: line.number,
        before: context(line.content, offset, figures.length),
        after: grouped,
        reason: 'french-digit-grouping',
        evidence:
          counted === undefined
            ? evidence
            : pluralNoun(counted, lexicon)
              ? `${evidence}; "${figures}" counts the "${counted}" after it, a plural noun no year stands before`
              : `${evidence}; "${figures}" counts the "${counted}" after it, as the article's ${counts.get(counted)} does, a number no year can be`,
      });
      return grouped;
    });
    return changed ? { ...line, content } : line;
  });
}

/**
 * The plural noun a four-figure number counts (`1412 passagers`, `1000 litres`, `500 à 1000
 * ans`), which tells it from a year (`en 1980 dans`, `2019 à`): a word in small letters ending in
 * `s` or `x`, whose singular the lexicon knows as well, or a noun the article counts with a number
 * no year can be (`articleCounts`: `7601 voix` for `1617 voix`), and no word of grammar (`NOT_COUNTED`);
 * the first part of a compound (`1046 sapeurs-pompiers`), or a word cut at the line's end, read
 * with `next`'s first letters (`1100 eu-` + `ros`), or the next line's first word where the number
 * ends the line (`de 1300` / `membres`). Undefined without such a word.
 */
function countedNoun(rest: string, next: string | undefined, lexicon: FrenchLexicon | undefined, counts: ReadonlyMap<string, string>): string | undefined {
  let word: string;
  if (rest.trim() === '') {
    // The number ends the line: the noun it counts may open the next (`de 1300` / `membres`),
    // but so may a paragraph's first word after a running head's date (`août 2026` / `concurrents`):
    // only a noun the article counts with a number no year can be is read there.
    const opening = wholeWordOpeningLine().exec(next ?? '');
    if (opening === null) return undefined;
    word = opening[1] as string;
    return NOT_COUNTED.has(word) || !counts.has(word) ? undefined : word;
  } else {
    const found = wordAfterNumber().exec(rest);
    if (found === null) return undefined;
    word = found[1] as string;
    // Cut at the line's end: the word is read whole with the next line's first letters.
    if (found[2] === '-' && found[0].length === rest.trimEnd().length) word += wordOpeningLine().exec(next ?? '')?.[1] ?? '';
  }
  if (NOT_COUNTED.has(word)) return undefined;
  if (pluralNoun(word, lexicon)) return word;
  // The noun a number no year can be counts elsewhere in the article (`7601 voix`, `1 842 voix`).
  return counts.has(word) ? word : undefined;
}

/** A word in a plural's form whose singular the lexicon knows as well (`passagers`, `litres`). */
function pluralNoun(word: string, lexicon: FrenchLexicon | undefined): boolean {
  if (lexicon === undefined || (!word.endsWith('s') && !word.endsWith('x'))) return false;
  return lexicon.has(word) && lexicon.has(word.slice(0, -1));
}

let pluralFormPattern: RegExp | undefined;
/** Three letters or more ending as a plural does. */
function pluralForm(): RegExp {
  return (pluralFormPattern ??= /^\p{Ll}{2,}[sx]$/u);
}

/**
 * The nouns the article counts with a number no year can be, each with one such number: a
 * grouped one (`1 842 voix`) or one of five figures or more, or four from 2100 (`7601 voix`),
 * the word in small letters after it, no word of grammar (`NOT_COUNTED`). Evidence that four
 * figures below 2100 before the same noun count too (`1617 voix`: `voix` has no other singular).
 */
function articleCounts(lines: readonly { content: string }[]): Map<string, string> {
  const counts = new Map<string, string>();
  for (const line of lines) {
    if (!MAYBE_NUMBER.test(line.content)) continue;
    for (const pattern of [GROUPED_NUMBER, noYear()]) {
      for (const match of line.content.matchAll(pattern)) {
        const word = wordAfterNumber().exec(line.content.slice(match.index + match[0].length))?.[1];
        // A plural's form (`s`, `x`), as a counted noun takes: not `et`, `pour`, `sur` after a range's first number.
        if (word !== undefined && pluralForm().test(word) && !NOT_COUNTED.has(word) && !counts.has(word)) counts.set(word, match[0]);
      }
    }
  }
  return counts;
}

let spacedHourPattern: RegExp | undefined;
/** An hour spaced as French typography sets it: `23 h`, `6 h 40`. */
function spacedHour(): RegExp {
  return (spacedHourPattern ??= /(?<![\p{L}\d])\d{1,2} h(?: \d{2})?(?![\p{L}\d])/gu);
}
let minutesSpacedPattern: RegExp | undefined;
/**
 * An hour whose minutes stand apart but whose `h` OCR attached (`14h 30`): the page spaced the
 * hour as French typography does, the narrow space before the `h` lost.
 */
function minutesSpaced(): RegExp {
  return (minutesSpacedPattern ??= /(?<![\p{L}\d,.])\d{1,2}h [0-5]\d(?![\p{L}\d])/gu);
}
let attachedHourPattern: RegExp | undefined;
/** An hour whose spaces OCR dropped: `23h`, `6h40`. */
function attachedHour(): RegExp {
  return (attachedHourPattern ??= /(?<![\p{L}\d,.])(\d{1,2})h(\d{2})?(?![\p{L}\d])/gu);
}

/**
 * French typography writes an hour `23 h` or `6 h 40`, spaced; OCR drops those spaces now and
 * then (`23h`). Put back where the article spaces an hour itself or shows French spacing, as
 * recorded repairs. A plain space, as in the article's other hours.
 */
function spaceHours<Line extends { content: string; number: number }>(lines: readonly Line[], spacedHours: number, repairs: Repair[]): readonly Line[] {
  return lines.map((line) => {
    if (!followsDigit(line.content, 'h')) return line;
    let changed = false;
    const content = line.content.replace(attachedHour(), (hour: string, hours: string, minutes: string | undefined, offset: number) => {
      if (Number(hours) > 24 || (minutes !== undefined && Number(minutes) > 59)) return hour;
      const spacedHour = minutes === undefined ? `${hours} h` : `${hours} h ${minutes}`;
      changed = true;
      repairs.push({
        kind: 'space-inserted',
        line: line.number,
        before: context(line.content, offset, hour.length),
        after: spacedHour,
        reason: 'french-spacing',
        evidence: spacedHours > 0 ? `the article spaces ${spacedHours} hours as French typography does (\`23 h\`)` : 'the article spaces its colons and guillemets as French typography does',
      });
      return spacedHour;
    });
    return changed ? { ...line, content } : line;
  });
}

/**
 * Whether `needle` stands right after a figure somewhere in `text`: the cheap test before the
 * hour patterns, which every line holding an `h` would otherwise be scanned with.
 */
function followsDigit(text: string, needle: string): boolean {
  for (let at = text.indexOf(needle, 1); at !== -1; at = text.indexOf(needle, at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before >= 48 && before <= 57) return true;
  }
  return false;
}

/** A figure and `%` with a space (plain, no-break or narrow) between them: `51 %`. */
const SPACED_PERCENT = /\d[ \u00A0\u202F]%/gu;
/** `%` attached to the figure before it: `51%`. */
const ATTACHED_PERCENT = /(?<=\d)%/gu;

function countSpacedPercent(text: string): number {
  return text.match(SPACED_PERCENT)?.length ?? 0;
}

/**
 * French typography sets a no-break space between a figure and `%` (`51 %`); OCR drops the
 * narrow one now and then (`51%`, beside `9 %` on the same page). Put back, as recorded repairs.
 */
function spacePercents<Line extends { content: string; number: number }>(lines: readonly Line[], space: string, spacedPercent: number, repairs: Repair[]): readonly Line[] {
  return lines.map((line) => {
    if (!line.content.includes('%') || !ATTACHED_PERCENT.test(line.content)) return line;
    ATTACHED_PERCENT.lastIndex = 0;
    const content = line.content.replace(ATTACHED_PERCENT, (_percent, offset: number) => {
      repairs.push({
        kind: 'space-inserted',
        line: line.number,
        before: context(line.content, offset, 1),
        after: `${line.content.slice(Math.max(0, offset - 8), offset)}${space}%`.trim(),
        reason: 'french-spacing',
        evidence: spacedPercent > 0 ? `the article spaces ${spacedPercent} figures from "%" as French typography does` : 'the article spaces its colons and guillemets as French typography does',
      });
      return `${space}%`;
    });
    return { ...line, content };
  });
}

/**
 * Counts, in one scan of the line, the colons after a word and the guillemets around one that
 * are spaced as French typography sets them (`mot :`, `« mot`, `mot »`), with a no-break space
 * or not, and those attached (`mot:`, `«mot`, `mot»`).
 */
function countFrenchSpacing(text: string, habit: { spaced: number; noBreak: number; attached: number }): void {
  // The counts are sums: each mark is found with indexOf, which skips the rest of the line far
  // faster than a loop over every character.
  for (const mark of FRENCH_SPACED_MARKS) {
    for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) countFrenchSpacingAt(text, at, habit);
  }
}

/** `:` `«` `»` */
const FRENCH_SPACED_MARKS = [':', '«', '»'] as const;

/** Counts the mark at `at` (`:`, `«` or `»`) as `countFrenchSpacing` does. */
function countFrenchSpacingAt(text: string, at: number, habit: { spaced: number; noBreak: number; attached: number }): void {
  const code = text.charCodeAt(at);
  const opening = code === 0xab;
  const inner = opening ? text[at + 1] : text[at - 1];
  if (code === 58 && at + 1 < text.length && !/\s/u.test(text[at + 1] as string)) return;
  if (inner === ' ' || inner === '\u00A0') {
    const word = opening ? text[at + 2] : text[at - 2];
    if (word !== undefined && (letter().test(word) || (code === 0xbb && /[.!?]/u.test(word)))) {
      habit.spaced += 1;
      if (inner === '\u00A0') habit.noBreak += 1;
    }
  } else if (inner !== undefined && (letter().test(inner) || (code === 0xbb && /[.!?]/u.test(inner)))) {
    habit.attached += 1;
  }
}

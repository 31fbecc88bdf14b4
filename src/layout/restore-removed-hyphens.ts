/**
 * `pdftotext` in its default mode glues a word hyphenated at a line end back together, and
 * takes the hyphen away even when it was a real one: `Haute-|Savoie` comes out `HauteSavoie`,
 * `petits-|enfants` as `petitsenfants`, on a line that runs past the column (the two printed
 * lines glued into one). Such a word, past the start of a long line and unknown
 * to the word list, gets its hyphen back when the evidence says where: a capital inside the
 * word (`HauteSavoie`), or a hyphenated spelling the word list or the article knows.
 * Only text that shows this glueing (no line ending with a hyphen, lines running past the
 * column) is touched.
 */
import type { Repair } from '../types.ts';
import { decideLineEndHyphen, HYPHEN_PREFIXES, withoutElision, type HyphenContext } from './decide-line-end-hyphen.ts';
import type { PageLine } from './page-line.ts';
import { letterRunStart } from '../text/letters.ts';

export interface RestoredHyphens {
  lines: PageLine[];
  repairs: Repair[];
}

/**
 * A line at least this long (a share of the column) may hold two printed lines glued: the
 * second may be a paragraph's short last line. @default 0.9
 */
const GLUED_LINE_FROM = 0.9;
/** How far into a glued line (a share of the column's width) the glued word stands at least. @default 0.3 */
const GLUE_FROM = 0.3;
/**
 * Where a printed line ends, as shares of the column's width: where the glued word stands. The
 * width is the 90th percentile of the lines' lengths, and a justified line of narrow letters
 * (quotes, spaces, `i`, `l`) counts more characters than most: up to 15% more, and an expanded
 * ligature (`ﬄ` read `ffl`) adds its letters. @default 0.8, 1.15
 */
const GLUE_POINT_FROM = 0.8;
const GLUE_POINT_TO = 1.15;
/** Evidence strong enough to put a hyphen back. */
const STRONG_REASONS: ReadonlySet<string> = new Set(['document', 'lexicon', 'prefix', 'number', 'clitic']);

const WORD_CORE = /^([«“"(\[]*)([\p{L}'’-]+?)([»”")\],.;:!?…]*)$/u;

/** Share of lines ending with a hyphen under which the text is taken to glue hyphenated lines. @default 0.05 */
const HYPHENATED_SHARE = 0.05;

/**
 * Whether the text shows pdftotext's glueing: hardly a line ends with a hyphen after a letter
 * (only those at a column's foot, which it does not glue). A line that ended with the
 * typesetter's own hyphen character (U+2010, `typesetHyphenLines`), printed `-` since, does
 * not count: pdftotext glues only at `-`, so a page hyphenated with U+2010 keeps those breaks
 * and still glues every compound whose `-` fell at a line end (Scribus: `Cas‐|tagné` kept,
 * `Jean-|Louis` glued into `JeanLouis`).
 */
export function gluesHyphenatedLines(lines: readonly PageLine[], typesetHyphenLines: ReadonlySet<number> = new Set()): boolean {
  let hyphenated = 0;
  for (const line of lines) {
    // A letter, then `-` at the end: what /\p{L}-$/u matches, without trying every position of the line.
    const end = line.content.length - 1;
    if (line.content.charCodeAt(end) === 45 && letterRunStart(line.content, end) < end && !typesetHyphenLines.has(line.number)) hyphenated += 1;
  }
  return hyphenated <= lines.length * HYPHENATED_SHARE;
}

export function restoreRemovedHyphens(lines: readonly PageLine[], width: number, context: HyphenContext): RestoredHyphens {
  const repairs: Repair[] = [];
  if (width <= 0) return { lines: [...lines], repairs };
  if (!gluesHyphenatedLines(lines, context.typesetHyphenLines)) return restoreGluedNames(lines);
  const result = lines.map((line, lineIndex): PageLine => {
    // A glue point is looked for on a line as long as the column at least; a spelling known
    // with its hyphen (restoreKnownSpelling) on any line, whose block may be set to another
    // measure than the column's (a headline, a standfirst across columns).
    const long = line.content.length > width * GLUED_LINE_FROM;
    // A stretched line read a word a line (`word-per-line-runs.ts`) ended where one of its
    // words stood alone: each of them may be a printed line's last, glued to the next line's
    // first (`Sophie` / `LabordePétrissans,` / `présidente`), and so may the first word of the
    // line after it (`Thomas` / `GuérinMazet, l’un des…`): the printed line's end, not its
    // length, says where the glue point is.
    const stretched = line.stretched === true;
    const afterStretched = lines[lineIndex - 1]?.stretched === true;
    // The words at a glue point are found by their offsets; the line is split into words
    // only when one of them changes (most long lines have none).
    const content = line.content;
    let words: string[] | undefined;
    let offset = 0;
    for (let index = 0; offset <= content.length; index += 1) {
      const start = offset;
      const space = content.indexOf(' ', start);
      const end = space === -1 ? content.length : space;
      offset = end + 1;
      const atMeasure = long && start >= width * GLUE_FROM && spansGluePoint(start, end, width);
      const atGluePoint = atMeasure || stretched || (afterStretched && start === 0);
      // A core of five letters or more needs a word as long: shorter ones are let go before the pattern.
      if (end - start < 5) continue;
      const word = content.slice(start, end);
      // A word of letters alone (most words) is its own core, told on the codes before the pattern.
      const parts = letterRunStart(content, end) === start ? undefined : WORD_CORE.exec(word);
      const core = parts === undefined ? word : parts?.[2];
      if (parts === null || core === undefined || core.length < 5 || context.lexicon.has(core)) continue;
      const restored = atGluePoint ? restoreHyphen(core, context) : restoreKnownSpelling(core, context);
      if (restored === undefined) continue;
      words ??= content.split(' ');
      words[index] = `${parts?.[1] ?? ''}${restored.word}${parts?.[3] ?? ''}`;
      repairs.push(
        hyphenRestored(
          line,
          core,
          restored,
          atGluePoint && !atMeasure
            ? 'the extraction removed a hyphen where it glued two printed lines, at the end of a line it read a word a line'
            : 'the extraction removed a hyphen where it glued two printed lines',
        ),
      );
    }
    return words === undefined ? line : { ...line, content: words.join(' ') };
  });
  return { lines: result, repairs };
}

/**
 * Whether a word may hold a glue point: printed lines glued together end where a column's
 * line does, between 80% and 105% of the width, or at a multiple of it.
 */
function spansGluePoint(start: number, end: number, width: number): boolean {
  for (let multiple = 1; multiple * width * GLUE_POINT_FROM <= end; multiple += 1) {
    if (start <= multiple * width * GLUE_POINT_TO && end >= multiple * width * GLUE_POINT_FROM) return true;
  }
  return false;
}

const EUPHONIC_T = /^(\p{L}+-t)(il|ils|elle|elles|on)$/u;
/**
 * The same glued at the first hyphen (`a-|t-elle` read `at-elle`): a verb ending in a vowel, `t`,
 * a hyphen and a pronoun. `-t-` follows only a verb ending in a vowel (`a`, `va`, `parle`): a
 * verb ending in `t` takes the pronoun straight (`dit-il`, `met-il`), so the stem with its `t`
 * must be no word (`parlet`), or the stem the verb `a` (`at` is no French word).
 */
const EUPHONIC_T_GLUED = /^(\p{L}*[aeiouy])t-(il|ils|elle|elles|on)$/u;
/**
 * The particles French compound names of places and streets set between two hyphens
 * (`Chazelles-sur-Lyon`, `Saint-Jean-de-Vals`, `Trinité-sur-Mer`), as an alternation for the
 * patterns below: the one list they all read.
 */
const NAME_PARTICLES = 'la|le|les|de|du|des|en|sur|sous|lès|lez|aux|au|et';
/**
 * A capitalised word glued to a particle, a hyphen and a capital (`Général-|de-Gaulle` read
 * `Généralde-Gaulle`, `Trinité-|sur-Mer`): French compound names of places and streets join a
 * name, a particle and another name by hyphens.
 */
const NAME_THEN_PARTICLE = new RegExp(`^(\\p{Lu}\\p{Ll}{3,})(${NAME_PARTICLES})-\\p{Lu}`, 'u');
/** An elided article or preposition before a capital (`d’Ornain`, `l’Isle`): the second part of a place name. */
const ELIDED_NAME = /^[dl]['’]\p{Lu}/u;

/** The word with its hyphen put back, or undefined when no evidence says where. */
function restoreHyphen(core: string, context: HyphenContext): { word: string; reason: string; evidence: string } | undefined {
  // A capital inside a word: two capitalised words that were hyphenated (`HauteSavoie`), or a
  // capitalised word and an elided one before a capital, as place names join them
  // (`Val-d’Ornain`, `Villeneuve-d’Ascq`, `Saint-Rémy-l’Honoré`).
  if (/^\p{Lu}/u.test(withoutElision(core))) {
    for (let index = 3; index < core.length - 1; index += 1) {
      const before = core[index - 1] as string;
      const at = core[index] as string;
      // An acronym before a capitalised word (`CGTCheminots`): the capital that a lower-case
      // letter follows starts the second word.
      if (/\p{Lu}/u.test(before) && /^\p{Lu}{3}\p{Ll}/u.test(core.slice(index - 2, index + 2)) && /^\p{Lu}+$/u.test(core.slice(0, index))) {
        const word = `${core.slice(0, index)}-${core.slice(index)}`;
        return { word, reason: 'capitalised', evidence: `"${core.slice(index)}" starts with a capital after the acronym "${core.slice(0, index)}"` };
      }
      if (!/\p{Ll}/u.test(before)) continue;
      if (/\p{Lu}/u.test(at) || ELIDED_NAME.test(core.slice(index, index + 3))) {
        const word = `${core.slice(0, index)}-${core.slice(index)}`;
        return { word, reason: 'capitalised', evidence: `"${core.slice(index)}" starts with a capital inside "${core}"` };
      }
    }
  }
  const named = particleBeforeName(core, context);
  if (named !== undefined) return named;
  // The euphonic `t` between a verb and its pronoun stands between two hyphens (`explique-t-il`):
  // `explique-til` lost the second where the line was broken after it, `at-elle` the first.
  const euphonic = EUPHONIC_T.exec(core);
  if (euphonic !== null) {
    const word = `${euphonic[1] ?? ''}-${euphonic[2] ?? ''}`;
    return { word, reason: 'clitic', evidence: `the euphonic "t" of "${word}" stands between two hyphens` };
  }
  const gluedEuphonic = EUPHONIC_T_GLUED.exec(core);
  if (gluedEuphonic !== null) {
    const verb = gluedEuphonic[1] as string;
    if (verb.toLowerCase() === 'a' || (isWord(verb, context) && !isWord(`${verb}t`, context))) {
      const word = `${verb}-t-${gluedEuphonic[2] ?? ''}`;
      return { word, reason: 'clitic', evidence: `the euphonic "t" of "${word}" stands between two hyphens, after a verb ending in a vowel` };
    }
  }
  const bare = withoutElision(core);
  // A compound of three words or more glued at one of its hyphens (`goutteà-goutte`,
  // `Saôneet-Loire`, `soixante-dixhuit`): the spelling with that hyphen back, known whole to the
  // word list or written whole in the article, says where.
  if (bare.includes('-')) {
    const known = knownHyphenatedSpelling(core, context);
    if (known !== undefined) return known;
  }
  // A word hyphenated already (`disait-il`) was not glued at a hyphen of its own.
  if (!/^\p{Ll}/u.test(bare) || bare.includes('-')) return undefined;
  const elided = core.slice(0, core.length - bare.length);
  // The glued spelling stands in the article by this very glueing: it is no evidence.
  const glued = withoutElision(core.toLowerCase());
  const document = context.document;
  const withoutGlued: HyphenContext = {
    lexicon: context.lexicon,
    document: { has: (word: string) => withoutElision(word.toLowerCase()) !== glued && document.has(word), lineOf: (word: string) => document.lineOf?.(word) },
  };
  let best: { word: string; reason: string; evidence: string; rank: number } | undefined;
  for (let index = 2; index <= bare.length - 2; index += 1) {
    const left = `${elided}${bare.slice(0, index)}`;
    const right = bare.slice(index);
    if (left.endsWith('-') || right.startsWith('-')) continue;
    const decision = decideLineEndHyphen(left, right, withoutGlued);
    if (decision.join || !STRONG_REASONS.has(decision.reason)) continue;
    // A prefix only when it is one of the listed ones: the guess that any non-word ending in
    // `o` is a combining form (`russo-`) would cut an unknown word after any `o`
    // (`télépilo-tes`), and here nothing else says the word was hyphenated.
    if (decision.reason === 'prefix' && !HYPHEN_PREFIXES.has(withoutElision(bare.slice(0, index)).toLowerCase())) continue;
    // A pronoun only after a whole word: the verb it follows (`dit-il`, `est-ce`) or the
    // demonstrative (`celui-ci`). A word's last letters that read as one (`autri|ce`,
    // `simp|le`) are no evidence of a hyphen in a word the word list does not know.
    if (decision.reason === 'clitic' && !isWord(left, context)) continue;
    const rank = decision.reason === 'document' || decision.reason === 'lexicon' ? 0 : 1;
    if (best === undefined || rank < best.rank) best = { word: `${left}-${right}`, reason: decision.reason, evidence: decision.evidence, rank };
  }
  return best === undefined ? undefined : { word: best.word, reason: best.reason, evidence: best.evidence };
}

/**
 * A word, a particle and a capitalised name, where the word list or the article knows the word
 * before the particle but not the part whole (`Généralde-Gaulle`, `Trinitésur-Mer`; not
 * `Mathilde-Rose`, a first name, nor `Vernet-Castel`, whose `Vern` is no word): the hyphen goes
 * back before the particle. Each part of a compound name may be the one glued
 * (`Saint-Michelde-Lanès`).
 */
function particleBeforeName(core: string, context: HyphenContext): { word: string; reason: string; evidence: string } | undefined {
  for (let start = 0; start !== -1 && start < core.length; start = nextPart(core, start)) {
    const named = NAME_THEN_PARTICLE.exec(core.slice(start));
    if (named === null) continue;
    const part = core.slice(start, core.indexOf('-', start));
    const stem = named[1] as string;
    if (isWord(part, context) || !isWord(stem, context)) continue;
    const word = `${core.slice(0, start)}${stem}-${core.slice(start + stem.length)}`;
    return { word, reason: 'capitalised', evidence: `"${core.slice(start + stem.length)}" is a particle joined by a hyphen to a capitalised word, the rest of a compound name after "${stem}"` };
  }
  return undefined;
}

/** Where the next part of a hyphenated word starts, after `start`'s part: -1 after the last. */
function nextPart(word: string, start: number): number {
  const hyphen = word.indexOf('-', start);
  return hyphen === -1 ? -1 : hyphen + 1;
}

/**
 * A particle glued to the capitalised name it joins inside a hyphenated compound
 * (`Chazelles-surLyon`, `Saint-Jean-deVals`): French compound names of places and streets set
 * the particle between two hyphens, so the one before the name was lost where pdftotext glued a
 * line ending on it.
 */
const PARTICLE_THEN_CAPITAL = new RegExp(`-(${NAME_PARTICLES})(?=\\p{Lu}\\p{Ll})`, 'u');

/** The word with the hyphen put back between a compound's particle and the capitalised name glued to it (PARTICLE_THEN_CAPITAL). */
function particleGluedToName(core: string): { word: string; reason: string; evidence: string } | undefined {
  const glued = PARTICLE_THEN_CAPITAL.exec(core);
  if (glued === null) return undefined;
  const at = glued.index + glued[0].length;
  const word = `${core.slice(0, at)}-${core.slice(at)}`;
  return { word, reason: 'capitalised', evidence: `the particle "${glued[1] ?? ''}" of a hyphenated compound is glued to the capitalised name "${core.slice(at)}" it joins` };
}

/**
 * A line that may hold a name glued at a hyphen by its shape alone: `Saint` or `Sainte` glued to
 * a capitalised word (SAINT_THEN_CAPITAL), or a compound's particle glued to one
 * (PARTICLE_THEN_CAPITAL). One test a line, before its words are read.
 */
const GLUED_NAME_LINE = new RegExp(`(?<!\\p{L})Saint(?:es?|s)?\\p{Lu}\\p{Ll}|\\p{L}-(?:${NAME_PARTICLES})\\p{Lu}\\p{Ll}`, 'u');

/**
 * In a text that does not show pdftotext's glueing as a whole (many of its lines keep their
 * line-end hyphens: those at a column's foot, a page hyphenated by a tool whose hyphens pdftotext
 * keeps), a name glued at a hyphen still shows by its shape, which no spelling has: `Saint`
 * glued to a capitalised name (`SaintPierreville`), a compound's particle glued to one
 * (`Chazelles-surLyon`). Only those get their hyphen back; spellings the word list or the
 * article knows (restoreKnownSpelling) need the glueing shown first.
 */
function restoreGluedNames(lines: readonly PageLine[]): RestoredHyphens {
  const repairs: Repair[] = [];
  const result = lines.map((line): PageLine => {
    if (!GLUED_NAME_LINE.test(line.content)) return line;
    let changed = false;
    const words = line.content.split(' ').map((word) => {
      const parts = WORD_CORE.exec(word);
      const core = parts?.[2];
      if (parts === null || core === undefined) return word;
      const saint = SAINT_THEN_CAPITAL.exec(core);
      const restored = saint === null ? particleGluedToName(core) : saintBeforeName(core, saint[1] as string);
      if (restored === undefined) return word;
      repairs.push(hyphenRestored(line, core, restored, 'a name glued at a hyphen, by its shape'));
      changed = true;
      return `${parts[1] ?? ''}${restored.word}${parts[3] ?? ''}`;
    });
    return changed ? { ...line, content: words.join(' ') } : line;
  });
  return { lines: result, repairs };
}

/** The repair recording `core` given its hyphen back on `line`, `how` saying what evidence was read first. */
function hyphenRestored(line: PageLine, core: string, restored: { word: string; reason: string; evidence: string }, how: string): Repair {
  return { kind: 'hyphen-restored', line: line.number, before: core, after: restored.word, reason: restored.reason, evidence: `${how}; ${restored.evidence}` };
}

/** `Saint` (its `stem`) and the capitalised name glued to it, with their hyphen back (SAINT_THEN_CAPITAL). */
function saintBeforeName(core: string, stem: string): { word: string; reason: string; evidence: string } {
  const word = `${stem}-${core.slice(stem.length)}`;
  return { word, reason: 'capitalised', evidence: `"${stem}" glued to a capitalised name: a saint's name in a place's or a feast's name takes a hyphen` };
}

/**
 * `Saint` or `Sainte` glued to a capitalised word (`SaintMalo`): a saint's name in the name of a
 * place, a street, a church or a feast always takes a hyphen (`Saint-Malo`, `la Sainte-Anne`),
 * and the saint himself is written `saint Pierre`, with a space: glued, the hyphen was lost.
 */
const SAINT_THEN_CAPITAL = /^(Saints?|Saintes?)(?=\p{Lu}\p{Ll})/u;

/**
 * The word with a hyphen put back where no glue point is known (a line of a headline or a
 * standfirst, set to another measure than the column's), on evidence that does not depend on
 * where the line broke: the word list or the article knows the hyphenated spelling whole
 * (`week-end`, `soixante-dix-huit`, `Clermont-Ferrand` written so elsewhere), a saint's name
 * glued to the name it forms (SAINT_THEN_CAPITAL), a name's particle glued to the word before
 * it (particleBeforeName) or to the capitalised name after it (PARTICLE_THEN_CAPITAL).
 */
export function restoreKnownSpelling(core: string, context: HyphenContext): { word: string; reason: string; evidence: string } | undefined {
  const saint = SAINT_THEN_CAPITAL.exec(core);
  if (saint !== null) return saintBeforeName(core, saint[1] as string);
  return particleBeforeName(core, context) ?? particleGluedToName(core) ?? knownHyphenatedSpelling(core, context);
}

/**
 * The word with one hyphen put back where the word list knows the spelling whole, or the article
 * writes it so: each position inside each of its parts is tried, two letters at least before it
 * and one after (`goutteà-goutte`).
 */
function knownHyphenatedSpelling(core: string, context: HyphenContext): { word: string; reason: string; evidence: string } | undefined {
  const bare = withoutElision(core);
  const elided = core.slice(0, core.length - bare.length);
  for (let index = 2; index <= bare.length - 2; index += 1) {
    if (bare[index - 1] === '-' || bare[index] === '-' || bare[index - 2] === '-') continue;
    const spelled = `${bare.slice(0, index)}-${bare.slice(index)}`;
    const word = `${elided}${spelled}`;
    // The word list answers in any case (it looks a word up in small letters).
    if (context.lexicon.has(spelled)) return { word, reason: 'lexicon', evidence: `the word list knows "${spelled}"` };
    if (context.document.has(spelled)) return { word, reason: 'document', evidence: `the article writes "${spelled}" whole` };
  }
  return undefined;
}

/** Whether the word list or the article knows `word` (its elision aside) as a word of its own. */
function isWord(word: string, context: HyphenContext): boolean {
  const bare = withoutElision(word);
  return context.lexicon.has(bare) || context.lexicon.has(bare.toLowerCase()) || context.document.has(bare);
}

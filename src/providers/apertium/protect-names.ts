/**
 * Keeps people's and places' names out of the offline engine's hands.
 *
 * Debian has no French–English pair, so the engine goes through Spanish, and names suffer on
 * both legs: the French leg translates a surname or a part of a place name that is also a
 * French word (`Mme Rose Blanc` → `Sra Rosa Blanca`, `Bourg-la-Reine` → `Villa-the-Reign`), and
 * the Spanish leg reads again, as Spanish words, the names the French leg passed through
 * (`Saint-Malo` → `Saint-Bad`, `Jean Malo` → `Jean Bad`: `malo` is Spanish for `bad`).
 *
 * Which capitalised words are names is asked of the engine's own dictionaries (the first
 * mode's French analyser and every mode's bilingual dictionary, the files the mode files name):
 * - a word the analyser does not know (`Malo`, `Lefort`, `Aven`) is a name;
 * - a proper noun the bilingual dictionaries leave as it is, through Spanish to English
 *   (`Saint-Malo`, `Jean`), is a name, but one they translate (`Poutine` → `Putin`, `Londres`
 *   → `Londres` → `London`) is an exonym, which the engine must translate, never protected;
 * - a French word (`Blanc`, `Petit`, `Reine`) is a name only inside a name: after a title
 *   (`M.`, `Mme`, `Dr`…) or next to a given name the analyser knows (`Claire Petit`), or as a
 *   part of a place name made of two or more capitalised words joined by hyphens
 *   (`Bourg-la-Reine`, `Montoir-de-Bretagne`, `Villeneuve-Saint-Georges`).
 * A capitalised French word alone (`l'État`, `Les Verts` → `The Greens`) is left to the engine.
 *
 * Each name is wrapped in `<span class="notranslate" data-name="n">`, the way the glossary
 * protects its terms (see glossary/protect-terms.ts: the engine still reads the element's text,
 * so it keeps its grammar around a proper noun), and `restoreNames` writes the French name back
 * over whatever the engine made of it, then drops the element. Only HTML is protected: in plain
 * text a placeholder would hide the name's grammar from the engine.
 */
import { BilingualError } from '../../errors.ts';
import { eachMatch } from '../../text/each-match.ts';
import { elementEnd, escapeHtml, hasClass, isTranslateNo, tokenizeHtml, decodeEntities } from '../../text/html.ts';
import { startSideBySide, type EnginePipeline } from './engine-pipeline.ts';
import type { ModeCommand } from './parse-mode-file.ts';

/** What the engine's French dictionaries say of one capitalised word (hyphenated parts included). */
export type NameReading =
  /** Unknown to the analyser, or a proper noun the bilingual dictionary keeps: a name. */
  | 'name'
  /** A proper noun the analyser knows as a given name (`Jean`, `Claire`) and keeps: a name that marks a person's name. */
  | 'given-name'
  /** A proper noun the bilingual dictionary translates (`Poutine` → `Putin`): the engine's to translate. */
  | 'exonym'
  /** Two or more capitalised words joined by hyphens that the analyser reads apart (`Bourg-la-Reine`): a place name. */
  | 'compound-name'
  /** A French word (`Blanc`, `Les`), or two capitalised words the analyser reads as one (`Nouvel An`, `Moyen Âge`): a name only inside a name. */
  | 'word'
  /** Two capitalised words the analyser reads apart: each says for itself. */
  | 'apart';

/** Answers what the dictionaries say of each word asked (every word asked has an answer). */
export type ReadNames = (words: readonly string[]) => Promise<ReadonlyMap<string, NameReading>>;

/** Titles before a person's name; the name follows them. Case-sensitive, with or without the dot. */
const TITLE_BEFORE = /(?:^|[\s(«"“])(?:M|MM|Mme|Mmes|Mlle|Mlles|Me|Dr|Pr|Mgr)\.?[\s\u00a0\u202f]+$/u;
/** Titles that stand before a name and are not part of it. */
const TITLES = new Set(['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Me', 'Dr', 'Pr', 'Mgr']);
/** A capitalised word, with its hyphenated parts, after an optional elision (`d'Ornano`). */
const CAPITALISED_WORD = /(?<![\p{L}\p{M}\p{N}])(?:[dlDL]['’])?(\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*)/gu;
/** Particles French surnames write with a capital (`Le Bihan`, `La Fontaine`, `Du Bellay`, `Van Gogh`). */
const SURNAME_PARTICLES = new Set(['Le', 'La', 'Du', 'De', 'Des', 'Da', 'Di', 'Van', 'Von']);
/** What may stand between two words of one name: a space, or a particle (`Charles de Gaulle`). */
const INSIDE_A_NAME = /^(?:[ \u00a0]|[ \u00a0](?:de|du|des|de la|van|von|ben|bin|el|al)[ \u00a0]|[ \u00a0]d['’])$/u;

interface Occurrence {
  /** Offset of the word in the text piece. */
  start: number;
  end: number;
  word: string;
}

/** The capitalised words of a piece of text, in order. */
export function capitalisedWords(text: string): Occurrence[] {
  const found: Occurrence[] = [];
  for (const match of eachMatch(CAPITALISED_WORD, text)) {
    const word = match[1]!;
    if (TITLES.has(word) && match[0] === word) continue;
    // An elided word (`Qu'il`, `Lorsqu'elle`, `Aujourd'hui`) or a name cut at its apostrophe: not a whole word.
    const next = text[match.index! + match[0].length];
    if (next === "'" || next === '’') continue;
    const start = match.index! + match[0].length - word.length;
    found.push({ start, end: start + word.length, word });
  }
  return found;
}

/**
 * The names of one piece of text, as `[start, end)` ranges, adjacent names of one person
 * merged (`Jean Malo`, `Rose Blanc`).
 */
export function nameRanges(text: string, readings: ReadonlyMap<string, NameReading>): Array<[number, number]> {
  const words = capitalisedWords(text);
  const ranges: Array<[number, number]> = [];
  let index = 0;
  while (index < words.length) {
    // A run: capitalised words with only a space or a particle between them.
    let last = index;
    while (last + 1 < words.length && INSIDE_A_NAME.test(text.slice(words[last]!.end, words[last + 1]!.start))) last += 1;
    const run = words.slice(index, last + 1);
    const afterTitle = TITLE_BEFORE.test(text.slice(Math.max(0, run[0]!.start - 8), run[0]!.start));
    // Two words the analyser reads as one French word or exonym (`Nouvel An`, `Moyen Âge`) are not names.
    const inWord = new Set<number>();
    for (let position = 0; position + 1 < run.length; position++) {
      const pair = spacedPair(text, run[position]!, run[position + 1]!);
      const said = pair === undefined ? undefined : readings.get(pair);
      if (said === 'word' || said === 'exonym') inWord.add(position).add(position + 1);
    }
    const reading = (occurrence: Occurrence) => (inWord.has(run.indexOf(occurrence)) ? 'exonym' : (readings.get(occurrence.word) ?? 'word'));
    const person = afterTitle || (run.length > 1 && run.some((occurrence) => reading(occurrence) === 'given-name'));
    // A French word is part of a person's name after a title or after a name (`Claire Petit`), not before one (`Par Claire`).
    let inName = afterTitle;
    const kept = run.map((occurrence) => {
      const said = reading(occurrence);
      const keep = said === 'exonym' ? false : said === 'word' ? person && inName : true;
      if (said !== 'word') inName = true;
      return keep;
    });
    // A capitalised particle between two names is the second name's first word (`Gwenaëlle Le
    // Bihan`, `Marine Le Pen`, `Joachim Du Bellay`): French writes a surname's particle with a
    // capital, and an article or a preposition never stands capitalised inside a sentence
    // between a given name and a name, so `Le` here is no `The`.
    for (let position = 1; position + 1 < run.length; position++) {
      if (kept[position] || !SURNAME_PARTICLES.has(run[position]!.word) || !kept[position - 1]) continue;
      const next = reading(run[position + 1]!);
      if (next === 'name' || next === 'given-name') kept[position] = true;
    }
    // Names next to each other are one element: the engine sees one proper noun.
    let position = 0;
    while (position < run.length) {
      if (!kept[position]) {
        position += 1;
        continue;
      }
      let end = position;
      while (end + 1 < run.length && kept[end + 1]) end += 1;
      ranges.push([run[position]!.start, run[end]!.end]);
      position = end + 1;
    }
    index = last + 1;
  }
  return ranges;
}

export interface ProtectedNames {
  html: string;
  /** The French names, in the order of their `data-name` numbers. */
  names: string[];
}

/** Whether an element's text is already kept from the engine (a glossary term, `translate="no"`). */
function isProtectedElement(tag: { name: string; attributes: ReadonlyMap<string, string> } & Parameters<typeof hasClass>[0]): boolean {
  return isTranslateNo(tag) || hasClass(tag, 'notranslate');
}

/** The capitalised words of an HTML fragment's text, outside elements already protected. */
export function wordsToRead(html: string): string[] {
  const words = new Set<string>();
  forEachText(html, (raw) => {
    const text = decodeEntities(raw);
    const occurrences = capitalisedWords(text);
    occurrences.forEach((occurrence, index) => {
      words.add(occurrence.word);
      const pair = index + 1 < occurrences.length ? spacedPair(text, occurrence, occurrences[index + 1]!) : undefined;
      if (pair !== undefined) words.add(pair);
    });
  });
  return [...words];
}

/** Two capitalised words with one space between them (`Nouvel An`), as written; undefined otherwise. */
function spacedPair(text: string, first: Occurrence, second: Occurrence): string | undefined {
  return second.start === first.end + 1 && text[first.end] === ' ' ? text.slice(first.start, second.end) : undefined;
}

function forEachText(html: string, visit: (text: string, index: number) => void): void {
  const tokens = tokenizeHtml(html);
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (token.kind === 'tag' && !token.closing && !token.selfClosing && isProtectedElement(token)) {
      index = elementEnd(tokens, index);
      continue;
    }
    if (token.kind === 'text') visit(token.raw, index);
    index += 1;
  }
}

/** Wraps every name of an HTML fragment (outside protected elements) in a numbered `notranslate` span. */
export function protectNames(html: string, readings: ReadonlyMap<string, NameReading>): ProtectedNames {
  const tokens = tokenizeHtml(html);
  const names: string[] = [];
  const out: string[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (token.kind === 'tag' && !token.closing && !token.selfClosing && isProtectedElement(token)) {
      const stop = elementEnd(tokens, index);
      for (let inner = index; inner < stop; inner += 1) out.push(tokens[inner]!.raw);
      index = stop;
      continue;
    }
    if (token.kind !== 'text') {
      out.push(token.raw);
      index += 1;
      continue;
    }
    const text = decodeEntities(token.raw);
    const ranges = nameRanges(text, readings);
    if (ranges.length === 0) {
      out.push(token.raw);
    } else {
      let from = 0;
      for (const [start, end] of ranges) {
        out.push(escapeHtml(text.slice(from, start)));
        out.push(`<span class="notranslate" data-name="${names.length}">${escapeHtml(text.slice(start, end))}</span>`);
        names.push(text.slice(start, end));
        from = end;
      }
      out.push(escapeHtml(text.slice(from)));
    }
    index += 1;
  }
  return { html: names.length === 0 ? html : out.join(''), names };
}

/** The words of a text, lower-cased, split at spaces, hyphens and apostrophes. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{M}]+/u).filter((word) => word.length > 1);
}

/** Whether the engine's rules moved the name, or a part of it, out of its element (`Short of [feminine] France`, `Chloé [Vasseur]`). */
function nameMovedOut(name: string, before: string, after: string): boolean {
  const near = new Set([...wordsOf(before).slice(-3), ...wordsOf(after).slice(0, 3)]);
  return wordsOf(name).some((word) => near.has(word));
}

/**
 * One capitalised word of the engine's rendering of a name, its hyphenated parts included, each
 * part maybe after the mark the engine sets before a word it does not know, cannot generate or
 * has no translation for (`*Deux-*Sèvres`, with `markUnknownWords` or `reportUnknownWords`): the
 * marks go with the rendering, or the name is written after a part left behind (`*Deux-Deux-Sèvres`).
 */
const RENDERED_WORD = String.raw`[*#@]?\p{Lu}(?:[\p{L}\p{M}'’]|-[*#@]?)*`;

/**
 * Puts each French name back over what the engine made of it and drops its element. An element
 * whose number is unknown is kept as it came. The engine's rules may move words across the
 * element's edges. An element that comes back empty had its name moved out just before it
 * (`à Saint-Malo` → `en Saint-Malo [<span>][</span>]` → `in Saint-Bad [ ]`): as many capitalised
 * words as the name has, right before it, are the engine's rendering and are replaced by the
 * name; anything else there is left. Where a word of the name stands just outside a non-empty
 * element (`Coupe de France féminine` → `Short of [feminine] France`), the engine's own words
 * are kept. A name lost that way is translated as it would have been unprotected; no word is
 * ever lost or doubled.
 */
export function restoreNames(answer: string, names: readonly string[]): string {
  if (names.length === 0) return answer;
  const tokens = tokenizeHtml(answer);
  const textOf = (from: number, to: number) => tokens.slice(from, to).map((token) => (token.kind === 'text' ? decodeEntities(token.raw) : ' ')).join('');
  const out: string[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    const number = token.kind === 'tag' && !token.closing && token.name === 'span' ? token.attributes.get('data-name') : undefined;
    const name = number !== undefined && /^\d+$/.test(number) ? names[Number(number)] : undefined;
    if (token.kind !== 'tag' || name === undefined || !hasClass(token, 'notranslate')) {
      out.push(token.raw);
      index += 1;
      continue;
    }
    const open = index;
    const stop = elementEnd(tokens, index);
    const inner = tokens.slice(index + 1, stop - 1).map((inside) => inside.raw).join('');
    const before = textOf(Math.max(0, index - 2), index);
    const after = textOf(stop, Math.min(tokens.length, stop + 2));
    index = stop;
    if (htmlTextIsBlank(inner)) {
      // The engine's words for the name stand just before the element: a run of exactly as many
      // capitalised words as the name has (`in Saint-Bad [ ]`, `of Loira [ ]`, not `of Oriental
      // Pyrenees [ ]` for `Pyrénées-Orientales`) is put back as the name.
      const previous = out.length - 1;
      if (previous >= 0 && tokens[open - 1]?.kind === 'text') {
        const count = name.split(/\s+/).length;
        const rendering = new RegExp(`(?<![\\p{L}\\p{M}*#@-])(?<!\\p{Lu}[\\p{L}\\p{M}'’-]*\\s+)${RENDERED_WORD}(?:\\s+${RENDERED_WORD}){${count - 1}}(\\s*)$`, 'u');
        const last = out[previous]!;
        if (rendering.test(last)) out[previous] = last.replace(rendering, (_, space: string) => `${escapeHtml(name)}${space}`);
        else {
          // At a sentence's start the word before the rendering has a capital by position: a
          // preposition or an article (`Dans le Jura` → `In Swear [ ]`, `Sur la Loire` → `On
          // Loira [ ]`) is no part of a name, and the run after it is the rendering.
          const afterOpening = new RegExp(`((?:^|[.!?…:]\\s+|[«"“]\\s*)${SENTENCE_OPENING_WORDS}\\s+)${RENDERED_WORD}(?:\\s+${RENDERED_WORD}){${count - 1}}(\\s*)$`, 'u');
          out[previous] = last.replace(afterOpening, (_, opening: string, space: string) => `${opening}${escapeHtml(name)}${space}`);
        }
      }
      // The space the engine left on each side of the dropped element becomes one, and none before punctuation.
      const following = tokens[index];
      if (following?.kind === 'text' && /^[\s,.;:!?)\]…]/.test(following.raw) && /\s$/.test(out[out.length - 1] ?? '')) {
        out[out.length - 1] = out[out.length - 1]!.replace(/\s+$/, '');
      }
      continue;
    }
    // A compound cut at its own hyphen, its first part left just before the element (`à
    // Chapelle-des-Bois` → `to Chapel [-of the-Woods]`): that capitalised word is the engine's
    // rendering of the name's first part, replaced with the rest.
    const cutAtHyphen = name.includes('-') && /^\s*-/.test(decodeEntities(inner)) ? CUT_FIRST_PART.exec(out[out.length - 1] ?? '') : null;
    if (cutAtHyphen !== null && tokens[open - 1]?.kind === 'text') {
      out[out.length - 1] = out[out.length - 1]!.slice(0, cutAtHyphen.index) + escapeHtml(name);
      continue;
    }
    if (!nameMovedOut(name, before, after)) out.push(escapeHtml(name));
    else out.push(/\s$/.test(out[out.length - 1] ?? '') ? inner.replace(/^\s+/, '') : inner);
  }
  return out.join('');
}

/** English words that open a sentence before a place or a person's name: prepositions and articles, capitalised by position. */
const SENTENCE_OPENING_WORDS = '(?:In|On|At|To|From|Of|For|With|By|Near|Towards?|Since|After|Before|Around|Across|Through|Under|Over|Into|The|A|An)';
/** The capitalised word a text ends with, maybe followed by spaces: a name's first part the engine left before its element. */
const CUT_FIRST_PART = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’]*\s*$/u;

function htmlTextIsBlank(html: string): boolean {
  return tokenizeHtml(html).every((token) => token.kind !== 'text' || decodeEntities(token.raw).trim() === '');
}

/** Each pair's analyser and bilingual dictionary, in the order of the chain, from the modes' commands; undefined when a pair names none. */
export function dictionariesOf(commands: readonly ModeCommand[]): NameDictionaries | undefined {
  const isLtProc = (command: ModeCommand) => /(^|\/)lt-proc$/.test(command.program);
  const file = (command: ModeCommand, suffix: string) => command.args.find((arg) => arg.endsWith(suffix));
  const analysers = commands.filter((command) => isLtProc(command) && !command.args.includes('-b') && file(command, '.automorf.bin') !== undefined);
  const bilingual = commands.filter((command) => isLtProc(command) && command.args.includes('-b') && file(command, '.autobil.bin') !== undefined);
  if (analysers.length === 0 || analysers.length !== bilingual.length) return undefined;
  return analysers.map((analyser, index) => ({
    analyser: { program: analyser.program, args: ['-z', file(analyser, '.automorf.bin')!] },
    bilingual: { program: bilingual[index]!.program, args: ['-z', '-b', file(bilingual[index]!, '.autobil.bin')!] },
  }));
}

/**
 * Each pair of the chain, in order (`fr-es`, then `spa-eng`): its morphological analyser
 * (`lt-proc -z fr-es.automorf.bin`) and its bilingual dictionary (`lt-proc -z -b fr-es.autobil.bin`).
 */
export type NameDictionaries = Array<{ analyser: ModeCommand; bilingual: ModeCommand }>;

/** One unit of the analyser's stream: `^surface/analysis/analysis$`. */
const UNIT = /\^((?:\\.|[^/$\\])*)((?:\/(?:\\.|[^/$\\])*)*)\$/g;

function unitsOf(line: string): Array<{ surface: string; analyses: string[] }> {
  return [...eachMatch(UNIT, line)].map((match) => ({
    surface: match[1]!.replace(/\\(.)/g, '$1'),
    analyses: match[2]!.split('/').slice(1),
  }));
}

/** Escapes the characters the Apertium stream format reserves. */
function escapeStream(text: string): string {
  return text.replace(/[\\^$/<>[\]{}@*#+~]/g, (character) => `\\${character}`);
}

/**
 * What the dictionaries say of words, read by warm `lt-proc` processes: the first pair's
 * analyser for every word, then, for the proper nouns, each pair's bilingual dictionary and the
 * next pair's analyser in turn. Each word is asked once per reader.
 *
 * A look-up is four round trips, one after the other. Requests in flight at once each ask for
 * their words, so the words are asked in batches: one look-up at a time, and every word asked
 * meanwhile (by any number of requests) goes into the next one; a word already in a batch is
 * waited for, not asked again.
 */
export class NameReader {
  readonly #known = new Map<string, NameReading>();
  /** Words in a look-up that has not ended, with that look-up. */
  readonly #asking = new Map<string, Promise<void>>();
  /** The batch that starts when the running look-up ends: words join it until it starts. */
  #next: { words: Set<string>; done: Promise<void> } | undefined;
  #running: Promise<unknown> = Promise.resolve();
  readonly #analysers: EnginePipeline[];
  readonly #bilingual: EnginePipeline[];

  constructor(dictionaries: NameDictionaries) {
    // All four started by one shell: one spawn, not four (engine-pipeline.ts).
    const readers = startSideBySide([...dictionaries.map((pair) => pair.analyser), ...dictionaries.map((pair) => pair.bilingual)]);
    this.#analysers = readers.slice(0, dictionaries.length);
    this.#bilingual = readers.slice(dictionaries.length);
  }

  /** One line of the analyser's answer per text asked. */
  async #analyse(pair: number, texts: readonly string[]): Promise<Array<Array<{ surface: string; analyses: string[] }>>> {
    const [answer] = await this.#analysers[pair]!.translate([texts.map(escapeStream).join('\n') + '\n']);
    const lines = (answer ?? '').split('\n');
    if (lines.length < texts.length) throw new BilingualError('ENGINE_FAILED', 'The Apertium analyser did not answer every word it was asked about.');
    return texts.map((_, index) => unitsOf(lines[index]!));
  }

  /** The first analysis each lexical form gets from one pair's bilingual dictionary; undefined where it has none. */
  async #translate(pair: number, forms: readonly string[]): Promise<Array<string | undefined>> {
    const [answer] = await this.#bilingual[pair]!.translate([forms.map((form) => `^${form}$`).join('\n') + '\n']);
    const lines = (answer ?? '').split('\n');
    return forms.map((_, index) => {
      const found = unitsOf(lines[index] ?? '')[0]?.analyses[0];
      return found === undefined || found === '' || found.startsWith('@') ? undefined : found;
    });
  }

  /**
   * The lemma each French proper noun ends as after the whole chain, or undefined where the
   * engine would break it rather than translate it: a pair after the first reads as words a
   * name the pairs before it kept (`Saint-Malo` is `Saint` `-` `malo` to the Spanish analyser),
   * or does not know a form a pair before it made (`Loire` → `Loira`, which English leaves
   * Spanish). A form a pair before made and the next reads as a word (`Atlantique` →
   * `Atlántico`, an adjective → `Atlantic`) is translated: its last lemma is that word's.
   */
  async #lastLemmas(forms: readonly string[]): Promise<Array<string | undefined>> {
    const lemmaOf = (form: string) => form.replace(/<.*$/, '');
    let current: Array<string | undefined> = [...forms];
    /** Forms the chain stops following: translated as a word by a later pair. */
    const settled = new Map<number, string>();
    for (let pair = 0; pair < this.#bilingual.length; pair++) {
      if (pair > 0) {
        // The next pair reads the surface again: a proper noun's surface is its lemma.
        const asked = current.map((form) => (form === undefined ? '' : lemmaOf(form)));
        const readings = await this.#analyse(pair, asked);
        current = current.map((form, index) => {
          const units = readings[index]!;
          if (form === undefined || units.length !== 1) return undefined;
          const analyses = units[0]!.analyses;
          const noun = analyses.find((analysis) => analysis.includes('<np>'));
          if (noun !== undefined) return noun;
          const changed = lemmaOf(form) !== lemmaOf(forms[index]!);
          if (changed && analyses.length > 0 && !analyses[0]!.startsWith('*')) settled.set(index, lemmaOf(form));
          return undefined;
        });
      }
      const known = current.flatMap((form) => (form === undefined ? [] : [form]));
      const translated = await this.#translate(pair, known);
      const byForm = new Map(known.map((form, index) => [form, translated[index] ?? form]));
      current = current.map((form) => (form === undefined ? undefined : byForm.get(form)));
    }
    return current.map((form, index) => (form === undefined ? settled.get(index) : lemmaOf(form)));
  }

  readonly read: ReadNames = async (words) => {
    const waits = new Set<Promise<void>>();
    for (const word of words) {
      if (this.#known.has(word)) continue;
      let answered = this.#asking.get(word);
      if (answered === undefined) {
        answered = this.#ask(word);
        this.#asking.set(word, answered);
      }
      waits.add(answered);
    }
    await Promise.all(waits);
    return new Map(words.map((word) => [word, this.#known.get(word) ?? 'word']));
  };

  /** Puts a word in the next batch (started once the running look-up ends); settles when that batch is read. */
  #ask(word: string): Promise<void> {
    if (this.#next === undefined) {
      const words = new Set<string>();
      const done = this.#running
        .then(() => {
          if (this.#next?.words === words) this.#next = undefined;
          return this.#lookUp([...words]);
        })
        .finally(() => {
          for (const asked of words) this.#asking.delete(asked);
        });
      this.#running = done.catch(() => {});
      this.#next = { words, done };
    }
    this.#next.words.add(word);
    return this.#next.done;
  }

  /** Reads words none of which is known yet, and keeps what the dictionaries say of each. */
  async #lookUp(asked: readonly string[]): Promise<void> {
    const analysed = await this.#analyse(0, asked);
    const properNouns = new Map<string, string[]>();
    asked.forEach((word, index) => {
      const units = analysed[index]!;
      if (units.length !== 1 || units[0]!.surface !== word) {
        if (word.includes(' ')) {
          this.#known.set(word, 'apart');
          return;
        }
        const capitalisedParts = word.split('-').filter((part) => /^\p{Lu}/u.test(part)).length;
        this.#known.set(word, capitalisedParts >= 2 ? 'compound-name' : 'word');
        return;
      }
      const analyses = units[0]!.analyses;
      if (analyses.length === 0 || analyses[0]!.startsWith('*')) {
        this.#known.set(word, 'name');
        return;
      }
      const nouns = analyses.filter((analysis) => analysis.includes('<np>'));
      if (nouns.length === 0) this.#known.set(word, 'word');
      else properNouns.set(word, nouns);
    });
    const forms = [...new Set([...properNouns.values()].flat())];
    const lemmas = forms.length === 0 ? [] : await this.#lastLemmas(forms);
    const lastLemma = new Map(forms.map((form, index) => [form, lemmas[index]]));
    for (const [word, nouns] of properNouns) {
      // The English form differs (`Poutine` → `Putin`, `Londres` → `London`): the engine's to translate.
      const exonym = nouns.some((form) => {
        const last = lastLemma.get(form);
        return last !== undefined && last !== form.replace(/<.*$/, '');
      });
      const given = nouns.some((form) => form.includes('<ant>'));
      this.#known.set(word, exonym ? 'exonym' : given ? 'given-name' : 'name');
    }
  }

  close(): void {
    for (const process of [...this.#analysers, ...this.#bilingual]) process.close();
  }
}

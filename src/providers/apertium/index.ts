/**
 * The offline provider (the default): Apertium, French → Spanish → English through the
 * `fr-es` and `spa-eng` pairs, since Debian has no direct French–English pair.
 *
 * The programs listed in the pairs' mode files run warm in null-flush mode (a cold start
 * costs about a second, a warm sentence a few milliseconds); deformatting and reformatting
 * happen here (see stream-format.ts), with HTML tags carried as superblanks so every
 * `<span id>` comes back whole.
 *
 * Segments of a request go to the engine in null-terminated chunks, several to a chunk behind
 * separator superblanks only where a segment ends in a sentence end that no stage of the
 * engine reads past (see pack-chunks.ts): a rule that moves words can then never carry text
 * from one segment into its neighbour, and an answer whose separators are not as written is
 * sent again one segment per chunk.
 */
import { accessSync, constants, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';
import { BilingualError } from '../../errors.ts';
import type { ServiceLimits, TranslateRequest, TranslateResult, TranslationProvider } from '../types.ts';
import { describeEngine } from './describe-engine.ts';
import { abortError, EngineUnavailable, EnginePipeline } from './engine-pipeline.ts';
import { packChunks, PackedAnswerMismatch, splitPackedAnswer } from './pack-chunks.ts';
import { parseModeFile, type ModeCommand } from './parse-mode-file.ts';
import { postEdit, PRE_EDIT_VERSION, preEdit } from './pre-edit.ts';
import { dictionariesOf, NameReader, protectNames, restoreNames, wordsToRead } from './protect-names.ts';
import { deformat, reformat } from './stream-format.ts';
import { FALLBACK_MODES, UnknownWordFallback } from './unknown-word-fallback.ts';
import { oneByte } from '../../text/one-byte.ts';

/** Offline: no service, no quota. `limits.concurrency` requests at once are spread over `providers.apertium.processes` engines. */
export const APERTIUM_LIMITS: ServiceLimits = Object.freeze({ requestsPerMinute: 0, charactersPerMinute: 0, tokensPerMinute: 0, concurrency: 0, source: 'offline engine, no quota' });

export interface ApertiumOptions {
  /**
   * Folder with the pairs' `.mode` files.
   * @default "/usr/share/apertium/modes"
   */
  modesDir?: string;
  /**
   * Modes chained from French to English, each one's output feeding the next.
   * @default ["fr-es", "spa-eng"]
   * @example ["fr-es", "spa-eng_US"]
   */
  modes?: string[];
  /**
   * Warm engines kept running, requests spread over them (the least busy first). One engine
   * already takes several requests at once and its 21 programs work on different segments
   * at the same time; more engines only pay where there are cores left for them.
   * @default defaultEngineCount(): one per `CORES_PER_ENGINE` cores, at least one
   */
  processes?: number;
  /**
   * How much nicer than Node each program of an engine's chain runs (`nice -n`, 0 to 19); 0 runs
   * them as Node. Needs `nice` on `PATH` (coreutils); without it, 0.
   * @default ENGINE_NICENESS
   */
  niceness?: number;
  /**
   * Keep the engine's marks before words it does not know (`*word`), cannot generate
   * (`#word`) or has no translation for (`@word`).
   * @default false
   */
  markUnknownWords?: boolean;
  /**
   * Report the words the engine did not know: in HTML (the pipeline's format) the engine's
   * marks come back in the answer (`capabilities.unknownWordMarks`), and the translate stage
   * takes them out of the English into each sentence's `unknownWords`, for the
   * `qa/unknown-word` check. Plain text loses them, as before. The pipeline turns it on
   * (`providers.apertium.reportUnknownWords`); off, the answers are the engine's clean text.
   * @default false
   */
  reportUnknownWords?: boolean;
  /**
   * Rewrite the French constructions the engine mishandles before sending them (a subject
   * pronoun after its verb: `a-t-il dit` → `il a dit`) and drop the stray hyphens it leaves
   * (see pre-edit.ts). Only the text sent to the engine changes, never the French shown.
   * @default true
   */
  preEdit?: boolean;
  /**
   * Send a request's segments several to an engine chunk, behind separator superblanks, where
   * a segment ends in a sentence end that keeps it apart from the next (see pack-chunks.ts):
   * the engine's programs flush once per chunk instead of once per segment. Every answer is
   * the one the segment gets alone; off, each segment is its own chunk.
   * @default true when every mode is one whose rules were checked for it (`MODES_CHECKED_FOR_PACKING`)
   */
  packSegments?: boolean;
  /**
   * Keep people's and places' names from being translated as words (`Saint-Malo` →
   * `Saint-Bad`, `Mme Rose Blanc` → `Sra Rosa Blanca`), asking the first mode's own French
   * dictionaries which capitalised words are names (see protect-names.ts); names the engine
   * has an English form for (`Poutine` → `Putin`) are still translated. HTML only.
   * @default the value of `preEdit`
   */
  protectNames?: boolean;
  /**
   * Send the words the engine marked unknown through a second pair of modes, French → Catalan →
   * English (`apertium-fra-cat`, `apertium-eng-cat`), and write the English it finds in their
   * place (see unknown-word-fallback.ts). Only where the answer holds the engine's marks (HTML
   * with `reportUnknownWords` or `markUnknownWords`); without those modes installed, nothing
   * changes.
   * @default the value of `preEdit`
   */
  unknownWordFallback?: boolean;
}

/**
 * Cores one engine can keep busy: measured on fr-es + spa-eng with paragraphs in HTML, its
 * programs' CPU time summed is 6.3 times that of the busiest one (the first
 * apertium-transfer), so with enough cores one engine runs about six programs' worth at once.
 */
export const CORES_PER_ENGINE = 6;

/**
 * How much nicer than Node an engine's chain runs. Its twenty programs are each as runnable as
 * Node's main thread, which on two cores then got about a sixth of the CPU while the chain had
 * work: the main thread, which structures the next articles and sends them, fell behind, the
 * chain emptied (11-12% of a `--no-cache` build, docs/benchmarks.md), and one core idled while
 * the main thread caught up alone. Nicer, the chain takes what the main thread leaves: the main
 * thread keeps it fed, and both cores stay busy. Same work and answers, only the kernel's choice
 * of who runs first changes. Under Linux's autogroup it weighs only against this process (one
 * session); without it, against every other process too, so the offset stays moderate.
 */
export const ENGINE_NICENESS = 10;

/** `processes` when the config does not set it: one engine per `CORES_PER_ENGINE` cores, at least one. */
export function defaultEngineCount(cores = availableParallelism()): number {
  return Math.max(1, Math.floor(cores / CORES_PER_ENGINE));
}

/**
 * Modes whose programs and rules were read to make sure that a sentence end keeps two segments
 * apart (see pack-chunks.ts): `spa-eng_US` runs the rules of `spa-eng`. Other modes are sent
 * one segment per chunk unless `packSegments` says otherwise.
 */
export const MODES_CHECKED_FOR_PACKING: ReadonlySet<string> = new Set(['fr-es', 'spa-eng', 'spa-eng_US']);

export const DEFAULT_MODES_DIR = '/usr/share/apertium/modes';
export const DEFAULT_MODES = ['fr-es', 'spa-eng'];

export const NOT_INSTALLED_MESSAGE =
  'Apertium is not installed: run `npm run setup` (or `sudo apt-get install apertium apertium-fr-es apertium-eng-spa`)';

function notInstalled(cause: unknown, details: Record<string, unknown>): BilingualError {
  return new BilingualError('ENGINE_NOT_INSTALLED', NOT_INSTALLED_MESSAGE, { cause, details, retryable: false });
}

function findOnPath(program: string): string | undefined {
  const candidates = program.includes('/') ? [program] : (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, program));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next folder
    }
  }
  return undefined;
}

/**
 * Reads the mode files and checks that every program and data file they name is there.
 *
 * With synchronous calls: a few hundred `access` checks (each program looked for in every
 * folder of `PATH` before its own) of local files, well under a millisecond in all. Awaited one
 * after the other through the thread pool, as they were, each check waited for the main thread
 * to read its answer, and a build's main thread is then structuring its first articles: at a
 * load of 20 the warm-up started the engine 1.9 s after it was asked, after the first two groups
 * were structured, and the first request waited 2.2 s for the names' dictionaries.
 */
function loadCommands(modesDir: string, modes: string[], markUnknownWords: boolean): ModeCommand[] {
  const commands: ModeCommand[] = [];
  for (const [index, mode] of modes.entries()) {
    const path = join(modesDir, `${mode}.mode`);
    let content: string;
    try {
      content = readFileSync(path, 'utf8');
    } catch (error) {
      throw notInstalled(error, { missing: path });
    }
    // Intermediate stages never mark: a mark would be read as part of the word by the next pair.
    const last = index === modes.length - 1;
    commands.push(
      ...parseModeFile(content, { name: `${mode}.mode`, generationFlag: last && markUnknownWords ? '-g' : '-n' }),
    );
  }
  for (const command of commands) {
    if (!findOnPath(command.program)) throw notInstalled(undefined, { missing: command.program });
    for (const argument of command.args) {
      if (!isAbsolute(argument)) continue;
      try {
        accessSync(argument, constants.R_OK);
      } catch (error) {
        throw notInstalled(error, { missing: argument });
      }
    }
  }
  return commands;
}

export function createApertium(options: ApertiumOptions = {}): TranslationProvider {
  const modesDir = options.modesDir ?? DEFAULT_MODES_DIR;
  const modes = options.modes ?? DEFAULT_MODES;
  const size = Math.max(1, Math.floor(options.processes ?? defaultEngineCount()));
  const markUnknownWords = options.markUnknownWords ?? false;
  const reportUnknownWords = options.reportUnknownWords ?? false;
  const editing = options.preEdit ?? true;
  const protectingNames = options.protectNames ?? editing;
  const packing = options.packSegments ?? modes.every((mode) => MODES_CHECKED_FOR_PACKING.has(mode));
  // The words the engine left unknown, sent through a second pair: only where its answers hold the marks.
  const fallback =
    (options.unknownWordFallback ?? editing) && (markUnknownWords || reportUnknownWords)
      ? new UnknownWordFallback({
          modesDir,
          createProvider: (fallbackModes) =>
            createApertium({ modesDir, modes: fallbackModes, processes: 1, niceness: options.niceness, preEdit: false, protectNames: false, unknownWordFallback: false, markUnknownWords: true }),
        })
      : undefined;
  if (modes.length === 0) {
    throw new BilingualError('CONFIG_INVALID', 'The Apertium provider needs at least one mode to run.');
  }

  let commands: ModeCommand[] | undefined;
  /** The chains' niceness: `options.niceness` (`ENGINE_NICENESS` unset) where `nice` is on `PATH` (coreutils), else as Node. */
  let niceness: number | undefined;
  const pool: (EnginePipeline | undefined)[] = Array.from({ length: size }, () => undefined);
  let description: Promise<string> | undefined;
  let closed = false;
  /** The names' dictionaries, started with the first HTML request; null when the modes name none. */
  let nameReader: NameReader | null | undefined;

  /**
   * The chain's programs, read from the mode files and checked once; throws when they are not
   * there (and checks again next time: installing the engine later must work without a restart).
   */
  function loadedCommands(): ModeCommand[] {
    return (commands ??= loadCommands(modesDir, modes, markUnknownWords || reportUnknownWords));
  }

  /** A new chain of the loaded programs. */
  function startEngine(loaded: ModeCommand[]): EnginePipeline {
    const wanted = Math.min(19, Math.max(0, Math.trunc(options.niceness ?? ENGINE_NICENESS)));
    niceness ??= wanted > 0 && findOnPath('nice') ? wanted : 0;
    return new EnginePipeline({ commands: loaded, niceness });
  }

  /** The least busy engine, started (or restarted after a failure) on demand. */
  async function pickEngine(): Promise<EnginePipeline> {
    const loaded = loadedCommands();
    if (closed) throw new BilingualError('ENGINE_FAILED', 'The Apertium provider was closed.');
    let best = 0;
    for (let index = 0; index < pool.length; index++) {
      const engine = pool[index];
      if (!engine?.usable) {
        best = index;
        break;
      }
      if (engine.load < pool[best]!.load) best = index;
    }
    let engine = pool[best];
    if (!engine?.usable) {
      engine?.close();
      engine = startEngine(loaded);
      pool[best] = engine;
    }
    return engine;
  }

  /** Wraps the names of each HTML segment; the names to put back, per segment. */
  async function withNamesProtected(texts: string[]): Promise<{ texts: string[]; names: string[][] }> {
    const reader = startNameReader(loadedCommands());
    if (reader === null || closed) return { texts, names: texts.map(() => []) };
    const readings = await reader.read([...new Set(texts.flatMap(wordsToRead))]);
    const protectedTexts = texts.map((text) => protectNames(text, readings));
    return { texts: protectedTexts.map((result) => result.html), names: protectedTexts.map((result) => result.names) };
  }

  /** The names' dictionaries, started once; null when the modes name none. */
  function startNameReader(loaded: ModeCommand[]): NameReader | null {
    if (nameReader === undefined) {
      const dictionaries = dictionariesOf(loaded);
      nameReader = dictionaries ? new NameReader(dictionaries) : null;
    }
    return nameReader;
  }

  /** Sends chunks to the least busy engine; once more to a fresh one if that engine failed before writing them. */
  async function send(chunks: string[], abortSignal: AbortSignal | undefined): Promise<string[]> {
    return (await pickEngine()).translate(chunks, abortSignal).catch(async (error: unknown) => {
      if (!(error instanceof EngineUnavailable) || closed) throw error;
      return (await pickEngine()).translate(chunks, abortSignal);
    });
  }

  /**
   * One answer stream per segment stream. Packed, segments share chunks (see pack-chunks.ts);
   * a chunk whose answer does not hold its separators as written is sent again, one segment
   * per chunk, so that no answer can be given to the wrong segment.
   */
  async function translateStreams(streams: string[], abortSignal: AbortSignal | undefined): Promise<string[]> {
    if (!packing) return send(streams, abortSignal);
    const chunks = packChunks(streams);
    const answers = await send(chunks.map((chunk) => chunk.text), abortSignal);
    const results: string[] = [];
    const unsplit: number[] = [];
    chunks.forEach((chunk, index) => {
      try {
        splitPackedAnswer(answers[index] ?? '', chunk.members.length).forEach((part, member) => (results[chunk.members[member]!] = part));
      } catch (error) {
        if (!(error instanceof PackedAnswerMismatch)) throw error;
        unsplit.push(...chunk.members);
      }
    });
    if (unsplit.length > 0) {
      const alone = await send(unsplit.map((member) => streams[member]!), abortSignal);
      unsplit.forEach((member, index) => (results[member] = alone[index]!));
    }
    return results;
  }

  return {
    id: 'apertium',
    capabilities: {
      // Offline, so no service limits: these bound how long one request holds an engine
      // (20,000 characters is about 3,000 words, roughly a second of warm engine time)
      // and keep one failed request cheap to retry.
      maxSegmentsPerRequest: 64,
      maxCharactersPerRequest: 20_000,
      markup: true,
      glossary: false,
      billingUnit: 'none',
      pricePerMillionCharacters: 0,
      // One engine takes several requests at once (written behind each other), so the next
      // is already in it when one ends; more engines spread them over more cores.
      concurrent: true,
      // Nothing is billed or counted per request: a build may send a few more, less full ones.
      freeRequests: true,
      limits: APERTIUM_LIMITS,
      ...(markUnknownWords ? { unknownWordMarks: 'keep' as const } : reportUnknownWords ? { unknownWordMarks: 'remove' as const } : {}),
    },

    async doDescribe(): Promise<string> {
      // Checked and started within this call (no file-system call awaited before `dpkg-query`
      // is spawned), so that the description is under way while the engine's programs start.
      description ??= (async () => {
        try {
          accessSync(modesDir);
        } catch (error) {
          throw notInstalled(error, { missing: modesDir });
        }
        // The second pair's versions too where it helps: its answers are part of the cache key.
        const text = await describeEngine(modesDir, fallback?.available ? [...modes, ...FALLBACK_MODES] : modes).catch((error: unknown) => {
          throw notInstalled(error, { modesDir, modes });
        });
        const edited = editing ? `${text} ${PRE_EDIT_VERSION}` : text;
        const described = protectingNames ? `${edited} names kept` : edited;
        // Whether the second pair is there changes the answers: it is part of the cache key.
        const helped = fallback?.available ? `${described} unknown words through ${FALLBACK_MODES.join(' ')}` : described;
        return markUnknownWords ? `${helped} marking unknown words` : helped;
      })().catch((error: unknown) => {
        description = undefined;
        throw error;
      });
      return description;
    },

    doWarmUp(): void {
      // Every engine of the pool and the names' dictionaries, as the first requests would
      // start them: their programs load their data on the other cores while the run reads its
      // articles. Spawned before this returns (the caller's next step may hold the main thread:
      // `build` loads its pipeline right after). A failure (not installed) is the first
      // request's to report.
      if (closed) return;
      try {
        const loaded = loadedCommands();
        for (let index = 0; index < pool.length; index++) {
          if (!pool[index]?.usable) {
            pool[index]?.close();
            pool[index] = startEngine(loaded);
          }
        }
        if (protectingNames) startNameReader(loaded);
      } catch {
        // the first request meets it again and says what is missing
      }
    },

    async doTranslate(request: TranslateRequest): Promise<TranslateResult> {
      const { segments, abortSignal, format } = request;
      if (abortSignal?.aborted) throw abortError(abortSignal.reason);
      if (segments.length === 0) return { translations: [], billedCharacters: 0 };

      // Blank segments need no engine and come back as they are.
      const toSend = segments.flatMap((segment, index) => (segment.text.trim() === '' ? [] : [index]));
      const texts = segments.map((segment) => segment.text);
      if (toSend.length > 0) {
        let originals = toSend.map((index) => segments[index]!.text);
        let names: string[][] = [];
        if (protectingNames && format === 'html') ({ texts: originals, names } = await withNamesProtected(originals));
        const sent = originals.map((text) => deformat(editing ? preEdit(text, format) : text, format));
        const streams = await translateStreams(sent, abortSignal);
        // One byte per character where it can be (see one-byte.ts): an answer is cut from its chunk's, two-byte when any segment of the chunk holds a `’`.
        let answers = toSend.map((_, answerIndex) => reformat(oneByte(streams[answerIndex] ?? ''), { format, markUnknownWords, reportUnknownWords }));
        if (fallback?.available && format === 'html') {
          answers = await fallback.translate(answers, toSend.map((index) => segments[index]!.text.replace(/<[^>]*>/gu, ' ')));
        }
        toSend.forEach((segmentIndex, answerIndex) => {
          const translation = restoreNames(answers[answerIndex]!, names[answerIndex] ?? []);
          texts[segmentIndex] = editing ? postEdit(translation, segments[segmentIndex]!.text, format) : translation;
        });
      }
      return {
        translations: segments.map((segment, index) => ({ id: segment.id, text: texts[index]! })),
        billedCharacters: 0,
      };
    },

    async close(): Promise<void> {
      closed = true;
      await fallback?.close();
      nameReader?.close();
      nameReader = undefined;
      for (const [index, engine] of pool.entries()) {
        engine?.close();
        pool[index] = undefined;
      }
    },
  };
}

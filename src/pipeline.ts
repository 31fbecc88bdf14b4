/**
 * The fixed pipeline over one article document, in the README's order:
 * ingest -> layout -> segment -> translate -> align -> qa -> render -> write.
 * Each stage is its own module; this file only runs them, as a stream: articles are
 * structured ahead in small groups (enough to fill every request in flight, so small
 * articles share requests), each group is sent to the translator as soon as it is ready, and
 * each article is aligned, checked and written as soon as its group's answers are in, while
 * the next groups are structured and translated. At most `groupsAhead` (two) groups (of at most
 * `ARTICLES_PER_GROUP` articles) wait, so memory stays bounded for any number of articles. The CLI parses arguments, reports progress and
 * maps errors to exit codes.
 */
import { join } from 'node:path';
import { alignArticle } from './align/index.ts';
import type { ArticleOutcome, BuildOptions, BuildSummary, PipelineEvent } from './build/build-types.ts';
import { openTranslationSession, type TranslationSession } from './build/open-translation-session.ts';
import { ARTICLES_PER_GROUP, createGroupFiller, groupCapacity, type GroupFiller } from './build/group-capacity.ts';
import { refuseOverSpendingCap } from './build/refuse-over-spending-cap.ts';
import { summariseBuild } from './build/summarise-build.ts';
import { asInterruptedError, BilingualError, isInterruption } from './errors.ts';
import { loadConfiguredGlossary, type Glossary } from './glossary/index.ts';
import { assignSlugs, findArticles, slugFromFileName } from './input/find-articles.ts';
import { writeOutputsAtomically } from './output/write-outputs.ts';
import { checkArticle } from './qa/index.ts';
import { renderOutputs, runIndexEntry } from './render/index.ts';
import { writeRunIndex } from './output/write-run-index.ts';
import { ingestBytes, layoutText, segmentBlocks, structureFile, structurePdf } from './structure.ts';
import { isPdf } from './ingest/read-pdf.ts';
import { findHumanTranslations, reuseCachedParagraphs, withHumanTranslations, withoutHumanSentences, type HumanTranslations } from './memory/apply-translation-memory.ts';
import { openTranslationMemory, type MemoryReader } from './memory/translation-memory.ts';
import { encodeBlocks, type EncodedBlock } from './translate/block-round-trip.ts';
import { estimateArticles, translateArticles, type ArticleEstimate, type ArticleTranslation } from './translate/translate-articles.ts';
import type { TranslationUnit } from './translate/translator.ts';
import type { AlignedArticle, Block, StructuredArticle, TranslationInfo } from './types.ts';
import { oneByte } from './text/one-byte.ts';

export type { ArticleOutcome, BuildOptions, BuildSummary, PipelineEvent };
export { structureArticle, structureFile, structureText } from './structure.ts';

export { ARTICLES_PER_GROUP };

/** One run: what every article of it shares. */
interface Run {
  options: BuildOptions;
  emit: (event: PipelineEvent) => void;
  session: TranslationSession;
  glossary?: Glossary;
  /** Human translations, used before any provider (read only). */
  memory: MemoryReader;
  /** What the aligned documents say of their translation (provider, engine, date, glossary). */
  translation: TranslationInfo;
  /** Each article's output folder name, distinct across the run. */
  slugs: Map<string, string>;
  outcomes: ArticleOutcome[];
  /** Dry run: requests the groups estimated so far would need. */
  estimatedRequests: number;
}

/** An article structured and encoded for the provider, waiting for its translation. */
interface EncodedArticle {
  file: string;
  article: StructuredArticle;
  /** What the memory holds for it. */
  human: HumanTranslations;
  /** The article as sent: its sentences with a human translation taken out. */
  sent: StructuredArticle;
  encoded: EncodedBlock[];
}

/** `bilingual build` and `bilingual estimate` (dry run). */
export async function build(options: BuildOptions): Promise<BuildSummary> {
  const started = Date.now();
  const emit = options.onEvent ?? (() => {});
  const glossary = await loadConfiguredGlossary(options.config.glossary.path);
  const found = await findArticles(options.inputs);
  if (found.files.length === 0) throw found.missing[0]?.error ?? new BilingualError('NO_ARTICLES', 'No articles were given.');
  emit({ type: 'articles-found', files: found.files });
  await refuseOverSpendingCap(options, build); // a capped run whose estimate is over the cap sends nothing
  const session = await openTranslationSession(options, glossary, emit);
  const ownMemory = options.memory ? undefined : openTranslationMemory(options.config.memory.path, { readOnly: true });
  const memory = options.memory ?? ownMemory!;
  try {
    const translation: TranslationInfo = {
      provider: session.provider.id,
      engine: session.engine,
      sourceLanguage: 'fr',
      targetLanguage: 'en',
      date: (options.now?.() ?? new Date()).toISOString(),
      ...(glossary ? { glossaryVersion: glossary.version } : {}),
    };
    const run: Run = { options, emit, session, glossary, memory, translation, slugs: assignSlugs(found.files), outcomes: [], estimatedRequests: 0 };
    const finish = () => summariseBuild(run.outcomes, session.translator.stats(), options, session.provider, started, run.estimatedRequests);
    for (const { input, error } of found.missing) {
      if (recordFailure(run, input, error, slugFromFileName(input))) return finish();
    }
    await streamArticles(found.files, run);
    const runIndex = options.runIndex === false ? undefined : await writeRunIndex(run.outcomes, options, translation.date); // the run's index.html, with the reader
    return { ...finish(), ...(runIndex ? { runIndex } : {}) };
  } finally {
    ownMemory?.close();
    await session.close();
  }
}

/** Records a failed article; true when the run stops there (fail fast). An interruption stops the run. */
function fail(run: Run, file: string, error: unknown): boolean {
  if (isInterruption(error, run.options.signal)) throw asInterruptedError(error, run.options.signal);
  return recordFailure(run, file, error, run.slugs.get(file)!);
}

function recordFailure(run: Run, file: string, error: unknown, slug: string): boolean {
  run.outcomes.push({ file, slug, ok: false, outputs: [], error, sentences: 0, warnings: 0, qaFailures: 0 });
  run.emit({ type: 'article-failed', file, error });
  return run.options.failFast;
}

/**
 * Every article through the stages, as a stream: a group is sent to the translator (4) as soon
 * as it is structured (1-3), and the oldest group waiting is finished (5-7) only once
 * `groupsAhead` groups are queued behind it, so the engine never waits for the main thread.
 * Outcomes are recorded in file order. On a stop (fail fast, an interruption) the groups
 * already sent are let settle, so every answer reaches the cache before the session closes.
 */
async function streamArticles(files: string[], run: Run): Promise<void> {
  const capacity = groupCapacity(run.session.provider, run.options.config);
  const waiting: { slots: Slot[]; translated: Promise<Finisher> }[] = [];
  const finishOldest = async () => {
    const group = waiting.shift()!;
    return finishGroup(group.slots, await group.translated, run);
  };
  try {
    for await (const slots of structuredGroups(files, createGroupFiller(capacity, files.length), run)) {
      const translated = translateGroup(slots.filter(isEncoded), run);
      translated.catch(() => {}); // awaited in turn below; an early failure must not go unhandled meanwhile
      waiting.push({ slots, translated });
      if (waiting.length > capacity.groupsAhead && (await finishOldest())) return;
    }
    while (waiting.length > 0) if (await finishOldest()) return;
  } finally {
    await Promise.allSettled(waiting.map((group) => group.translated));
  }
}

/**
 * Stages 5 to 7 for each article of a translated group, in file order. Returns true to stop the
 * run (fail fast). An article's files are written while the next one is aligned, checked and
 * rendered: a write mostly waits for the disk (a flush per file), and this thread need not wait
 * with it. Writes still go one article at a time, in file order; an article is done (recorded,
 * reported) only once its files are, and none is written after one that failed.
 */
async function finishGroup(slots: Slot[], finish: Finisher, run: Run): Promise<boolean> {
  let writing: { file: string; written: Promise<ArticleOutcome> } | undefined;
  /** Waits for the article being written and records it; true to stop the run. */
  const settle = async (): Promise<boolean> => {
    if (writing === undefined) return false;
    const { file, written } = writing;
    writing = undefined;
    try {
      const outcome = await written;
      run.outcomes.push(outcome);
      run.emit({ type: 'article-done', file, outputs: outcome.outputs, warnings: outcome.warnings, qaFailures: outcome.qaFailures });
      return false;
    } catch (error) {
      return fail(run, file, error);
    }
  };
  for (const slot of slots) {
    let finished: FinishedArticle;
    try {
      if (!isEncoded(slot)) throw slot.error;
      finished = finish(slot); // 5-7. align, qa, render
    } catch (error) {
      if (await settle()) return true;
      if (fail(run, slot.file, error)) return true;
      continue;
    }
    if (await settle()) return true;
    const written = finished.write(); // 7. write
    written.catch(() => {}); // awaited by the next settle; a failure meanwhile must not go unhandled
    writing = { file: slot.file, written };
  }
  return settle();
}

type Slot = EncodedArticle | { file: string; error: unknown };
/** An article aligned, checked and rendered, its files in memory: `write` writes them and gives its outcome. */
interface FinishedArticle {
  write(): Promise<ArticleOutcome>;
}
type Finisher = (entry: EncodedArticle) => FinishedArticle;

function isEncoded(slot: Slot): slot is EncodedArticle {
  return 'article' in slot;
}

/**
 * Stages 1 to 3 for each article, and its blocks encoded for the provider, yielded in groups
 * that fill a request on every engine (see group-capacity.ts); a failure waits in its slot.
 * With fail fast, the group holding the first failure is the last.
 */
async function* structuredGroups(files: string[], filler: GroupFiller, run: Run): AsyncGenerator<Slot[]> {
  const { options, emit } = run;
  const { markup, unknownWordMarks } = run.session.provider.capabilities;
  const nativeGlossary = run.session.nativeGlossary;
  const encode = (blocks: readonly Block[]) => encodeBlocks(blocks, { markup, nativeGlossary, glossary: run.glossary, unknownWordMarks });
  let slots: Slot[] = [];
  for (const [index, file] of files.entries()) {
    if (options.signal?.aborted) throw asInterruptedError(undefined, options.signal);
    emit({ type: 'article-start', file, index, total: files.length });
    let slot: Slot;
    try {
      const article = oneByteArticle(await structureFile(file));
      emit({ type: 'article-structured', file, blocks: article.blocks.length, sentences: countSentences(article) });
      const human = await findHumanTranslations(article, run.memory); // human translations are never sent
      const { sent, encoded } = await reuseCachedParagraphs(article, withoutHumanSentences(article, human), encode, (units) => cachedUnits(units, run));
      slot = { file, article, human, sent, encoded };
      if (index === 0) await warmUpIfSending(encoded, run);
    } catch (error) {
      if (isInterruption(error, options.signal)) throw asInterruptedError(error, options.signal);
      slot = { file, error };
    }
    const units = isEncoded(slot) ? slot.encoded.map((block) => block.unit) : [];
    if (filler.wouldOverflow(units)) {
      yield slots;
      slots = [];
      filler.reset();
    }
    slots.push(slot);
    filler.add(units);
    if (!isEncoded(slot) && options.failFast) break;
  }
  if (slots.length > 0) yield slots;
}

/**
 * Stage 4 for the group, in one call (a dry run estimates it instead); returns how to finish
 * each article with its share of the answers.
 */
async function translateGroup(encoded: EncodedArticle[], run: Run): Promise<Finisher> {
  const articles = encoded.map((entry) => ({ key: entry.file, label: run.slugs.get(entry.file)!, units: entry.encoded.map((block) => block.unit) }));
  const call = { translator: run.session.translator, options: run.session.translateOptions, onCall: run.session.announce };
  if (run.options.dryRun) {
    const { capabilities } = run.session.provider;
    const price = capabilities.billingUnit === 'character' ? capabilities.pricePerMillionCharacters : 0;
    const estimates = articles.length > 0 ? await estimateArticles(articles, { ...call, pricePerMillionCharacters: price }) : undefined;
    run.estimatedRequests += estimates?.requests ?? 0;
    return (entry) => ({ write: async () => estimatedOutcome(entry, estimates!.byArticle.get(entry.file)!, run) });
  }
  const translated = articles.length > 0 ? await translateArticles(articles, call) : new Map<string, ArticleTranslation>();
  return (entry) => finishArticle(entry, translated.get(entry.file)!, run);
}

/** Stages 5 to 7 for one translated article: align, qa and render now; write when asked. */
function finishArticle(entry: EncodedArticle, translated: ArticleTranslation, run: Run): FinishedArticle {
  if ('error' in translated) throw translated.error;
  const { options } = run;
  const aligned = oneByteAligned(withHumanTranslations(entry.article, alignArticle(entry.sent, entry.encoded, translated.translations, run.translation, translated.notes), entry.human)); // 5. align
  const checked = checkArticle(aligned, run.glossary, options.config.qa.strict); // 6. qa
  const slug = run.slugs.get(entry.file)!;
  const files = renderOutputs(checked.article, slug, options.config.output.formats); // 7. render
  return {
    async write() {
      if (options.signal?.aborted) throw asInterruptedError(undefined, options.signal);
      const outputs = await writeOutputsAtomically(join(options.outDir, slug), files); // 7. write
      const warnings = checked.article.warnings.length;
      const index = runIndexEntry(checked.article, slug, outputs);
      const untranslated = checked.article.blocks.reduce((sum, block) => sum + block.sentences.filter((sentence) => sentence.untranslated !== undefined).length, 0);
      return { file: entry.file, slug, ok: true, outputs, index, sentences: countSentences(entry.article), warnings, qaFailures: checked.summary.failed, untranslated };
    },
  };
}

function estimatedOutcome(entry: EncodedArticle, estimate: ArticleEstimate, run: Run): ArticleOutcome {
  const { file, article } = entry;
  return { file, slug: run.slugs.get(file)!, ok: true, outputs: [], sentences: countSentences(article), warnings: article.warnings.length, qaFailures: 0, estimate };
}

/**
 * Starts the engine while the next articles are structured when the first one has a text the
 * cache lacks: a run with a warm cache never starts it, one that will send starts it a group
 * earlier than its first request would.
 */
async function warmUpIfSending(encoded: readonly EncodedBlock[], run: Run): Promise<void> {
  if (run.options.dryRun || encoded.length === 0) return;
  const estimate = await run.session.translator.estimate(encoded.map((block) => block.unit), run.session.translateOptions);
  if (estimate.segmentsAfterCache > 0) run.session.warmUp();
}

/** The ids of the units the run's cache already holds. */
async function cachedUnits(units: readonly TranslationUnit[], run: Run): Promise<Set<string>> {
  const estimate = await run.session.translator.estimate(units, run.session.translateOptions);
  return new Set(estimate.units.filter((unit) => unit.cached).map((unit) => unit.id));
}

function countSentences(article: StructuredArticle): number {
  return article.blocks.reduce((sum, block) => sum + block.sentences.length, 0);
}

/**
 * The article's texts held one byte per character where they can be (`oneByte`): read from a
 * file holding one `’`, every block and sentence of it is two-byte text, and the later stages
 * (the provider's editing, alignment, the QA checks, the renderings) run their regular
 * expressions on it with two-byte code. The same texts, equal: only how V8 holds them changes.
 */
function oneByteArticle(article: StructuredArticle): StructuredArticle {
  return {
    ...article,
    blocks: article.blocks.map((block) => ({ ...block, text: oneByte(block.text), sentences: block.sentences.map((sentence) => ({ ...sentence, text: oneByte(sentence.text) })) })),
  };
}

/**
 * The same for an aligned article's English (its French is the structured article's, one-byte
 * already): a sentence's English is cut from its paragraph's answer, two-byte when any of it is.
 */
function oneByteAligned(article: AlignedArticle): AlignedArticle {
  return {
    ...article,
    blocks: article.blocks.map((block) => ({
      ...block,
      translation: oneByte(block.translation),
      sentences: block.sentences.map((sentence) => ({ ...sentence, translation: oneByte(sentence.translation) })),
    })),
  };
}

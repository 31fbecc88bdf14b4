/**
 * The fixed pipeline over one article document, in the README's order:
 * ingest -> layout -> segment -> translate -> align -> qa -> render -> write.
 * Each stage is its own module; this file only runs them, in groups of articles so that small
 * articles share translation requests. The CLI parses arguments, reports progress and maps
 * errors to exit codes.
 */
import { join } from 'node:path';
import { alignArticle } from './align/index.ts';
import type { ArticleOutcome, BuildOptions, BuildSummary, PipelineEvent } from './build/build-types.ts';
import { openTranslationSession, type TranslationSession } from './build/open-translation-session.ts';
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
import type { Block, StructuredArticle, TranslationInfo } from './types.ts';

export type { ArticleOutcome, BuildOptions, BuildSummary, PipelineEvent };
export { structureArticle, structureFile, structureText } from './structure.ts';

/** Articles structured and translated together; a bounded group keeps memory flat. */
export const ARTICLES_PER_GROUP = 32;

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
    for (let first = 0; first < found.files.length; first += ARTICLES_PER_GROUP) {
      if (await buildGroup(found.files.slice(first, first + ARTICLES_PER_GROUP), first, found.files.length, run)) break;
    }
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
 * One group: each article read, laid out, segmented and encoded; the group translated (or
 * estimated) in one call; then each article aligned, checked, rendered and written on its own.
 * Outcomes stay in file order. Returns true to stop the run (fail fast).
 */
async function buildGroup(files: string[], offset: number, total: number, run: Run): Promise<boolean> {
  const slots = await structureGroup(files, offset, total, run); // 1-3. ingest, layout, segment
  const finish = await translateGroup(slots.filter(isEncoded), run); // 4. translate
  for (const slot of slots) {
    try {
      if (!isEncoded(slot)) throw slot.error;
      const outcome = await finish(slot); // 5-7. align, qa, render, write
      run.outcomes.push(outcome);
      run.emit({ type: 'article-done', file: slot.file, outputs: outcome.outputs, warnings: outcome.warnings, qaFailures: outcome.qaFailures });
    } catch (error) {
      if (fail(run, slot.file, error)) return true;
    }
  }
  return false;
}

type Slot = EncodedArticle | { file: string; error: unknown };

function isEncoded(slot: Slot): slot is EncodedArticle {
  return 'article' in slot;
}

/** Stages 1 to 3 for each article of the group, and its blocks encoded for the provider; a failure waits in its slot. */
async function structureGroup(files: string[], offset: number, total: number, run: Run): Promise<Slot[]> {
  const { options, emit } = run;
  const { markup } = run.session.provider.capabilities;
  const nativeGlossary = run.session.nativeGlossary;
  const slots: Slot[] = [];
  for (const [index, file] of files.entries()) {
    if (options.signal?.aborted) throw asInterruptedError(undefined, options.signal);
    emit({ type: 'article-start', file, index: offset + index, total });
    try {
      const article = await structureFile(file);
      emit({ type: 'article-structured', file, blocks: article.blocks.length, sentences: countSentences(article) });
      const human = await findHumanTranslations(article, run.memory); // human translations are never sent
      const encode = (blocks: readonly Block[]) => encodeBlocks(blocks, { markup, nativeGlossary, glossary: run.glossary, unknownWordMarks: run.session.provider.capabilities.unknownWordMarks });
      const { sent, encoded } = await reuseCachedParagraphs(article, withoutHumanSentences(article, human), encode, (units) => cachedUnits(units, run));
      slots.push({ file, article, human, sent, encoded });
    } catch (error) {
      if (isInterruption(error, options.signal)) throw asInterruptedError(error, options.signal);
      slots.push({ file, error });
      if (options.failFast) break;
    }
  }
  return slots;
}

/**
 * Stage 4 for the group, in one call (a dry run estimates it instead); returns how to finish
 * each article with its share of the answers.
 */
async function translateGroup(encoded: EncodedArticle[], run: Run): Promise<(entry: EncodedArticle) => Promise<ArticleOutcome>> {
  const articles = encoded.map((entry) => ({ key: entry.file, label: run.slugs.get(entry.file)!, units: entry.encoded.map((block) => block.unit) }));
  const call = { translator: run.session.translator, options: run.session.translateOptions, onCall: run.session.announce };
  if (run.options.dryRun) {
    const { capabilities } = run.session.provider;
    const price = capabilities.billingUnit === 'character' ? capabilities.pricePerMillionCharacters : 0;
    const estimates = articles.length > 0 ? await estimateArticles(articles, { ...call, pricePerMillionCharacters: price }) : undefined;
    run.estimatedRequests += estimates?.requests ?? 0;
    return async (entry) => estimatedOutcome(entry, estimates!.byArticle.get(entry.file)!, run);
  }
  const translated = articles.length > 0 ? await translateArticles(articles, call) : new Map<string, ArticleTranslation>();
  return (entry) => finishArticle(entry, translated.get(entry.file)!, run);
}

/** Stages 5 to 7 for one translated article: align, qa, render and write. */
async function finishArticle(entry: EncodedArticle, translated: ArticleTranslation, run: Run): Promise<ArticleOutcome> {
  if ('error' in translated) throw translated.error;
  const { options } = run;
  const aligned = withHumanTranslations(entry.article, alignArticle(entry.sent, entry.encoded, translated.translations, run.translation, translated.notes), entry.human); // 5. align
  const checked = checkArticle(aligned, run.glossary, options.config.qa.strict); // 6. qa
  const slug = run.slugs.get(entry.file)!;
  const files = renderOutputs(checked.article, slug, options.config.output.formats); // 7. render
  if (options.signal?.aborted) throw asInterruptedError(undefined, options.signal);
  const outputs = await writeOutputsAtomically(join(options.outDir, slug), files); // 7. write
  const warnings = checked.article.warnings.length;
  const index = runIndexEntry(checked.article, slug, outputs);
  const untranslated = checked.article.blocks.reduce((sum, block) => sum + block.sentences.filter((sentence) => sentence.untranslated !== undefined).length, 0);
  return { file: entry.file, slug, ok: true, outputs, index, sentences: countSentences(entry.article), warnings, qaFailures: checked.summary.failed, untranslated };
}

function estimatedOutcome(entry: EncodedArticle, estimate: ArticleEstimate, run: Run): ArticleOutcome {
  const { file, article } = entry;
  return { file, slug: run.slugs.get(file)!, ok: true, outputs: [], sentences: countSentences(article), warnings: article.warnings.length, qaFailures: 0, estimate };
}

/** The ids of the units the run's cache already holds. */
async function cachedUnits(units: readonly TranslationUnit[], run: Run): Promise<Set<string>> {
  const estimate = await run.session.translator.estimate(units, run.session.translateOptions);
  return new Set(estimate.units.filter((unit) => unit.cached).map((unit) => unit.id));
}

function countSentences(article: StructuredArticle): number {
  return article.blocks.reduce((sum, block) => sum + block.sentences.length, 0);
}

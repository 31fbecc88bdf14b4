/**
 * The fixed pipeline over one article document, in the README's order:
 * ingest -> layout -> segment -> translate -> align -> qa -> render -> write.
 * Each stage is its own module; this file only runs them, in groups of articles so that small
 * articles share translation requests. The CLI parses arguments, reports progress and maps
 * errors to exit codes.
 */
import { basename, join } from 'node:path';
import { alignArticle } from './align/index.ts';
import type { ArticleOutcome, BuildOptions, BuildSummary, PipelineEvent } from './build/build-types.ts';
import { openTranslationSession, type TranslationSession } from './build/open-translation-session.ts';
import { summariseBuild } from './build/summarise-build.ts';
import { asInterruptedError, BilingualError, isInterruption } from './errors.ts';
import { loadConfiguredGlossary, toProviderGlossary, type Glossary } from './glossary/index.ts';
import { readArticleFile } from './ingest/read-input.ts';
import { assignSlugs, findArticles, slugFromFileName } from './input/find-articles.ts';
import { writeOutputsAtomically } from './output/write-outputs.ts';
import { checkArticle } from './qa/index.ts';
import { renderEditions, renderQaReport } from './render/index.ts';
import { ingestBytes, layoutText, segmentBlocks } from './structure.ts';
import { encodeBlocks, type EncodedBlock } from './translate/block-round-trip.ts';
import { estimateArticles, translateArticles, type ArticleEstimate, type ArticleTranslation } from './translate/translate-articles.ts';
import type { TranslateOptions } from './translate/translator.ts';
import type { StructuredArticle } from './types.ts';

export type { ArticleOutcome, BuildOptions, BuildSummary, PipelineEvent };
export { structureArticle, structureText } from './structure.ts';
export { DEFAULT_GLOSSARY_PATH } from './glossary/index.ts';

/** Articles structured and translated together; a bounded group keeps memory flat. */
export const ARTICLES_PER_GROUP = 32;

/** Stages 1 to 3, `bilingual segment`: one file to its structured article. */
export async function structureFile(path: string): Promise<StructuredArticle> {
  const ingested = ingestBytes(await readArticleFile(path), basename(path)); // 1. ingest
  const laidOut = layoutText(ingested.text); // 2. layout
  return segmentBlocks(laidOut, ingested); // 3. segment
}

/** One run: what every article of it shares. */
interface Run {
  options: BuildOptions;
  emit: (event: PipelineEvent) => void;
  session: TranslationSession;
  glossary?: Glossary;
  translateOptions: TranslateOptions;
  /** Each article's output folder name, distinct across the run. */
  slugs: Map<string, string>;
  date: string;
  outcomes: ArticleOutcome[];
  /** Dry run: requests the groups estimated so far would need. */
  estimatedRequests: number;
}

/** An article structured and encoded for the provider, waiting for its translation. */
interface EncodedArticle {
  file: string;
  article: StructuredArticle;
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
  const session = await openTranslationSession(options, emit);
  try {
    const { config } = options;
    const run: Run = {
      options,
      emit,
      session,
      glossary,
      translateOptions: {
        sourceLanguage: config.sourceLanguage,
        targetLanguage: config.targetLanguage,
        glossary: glossary && session.provider.capabilities.glossary ? toProviderGlossary(glossary) : undefined,
        glossaryVersion: glossary?.version,
        signal: options.signal,
      },
      slugs: assignSlugs(found.files),
      date: (options.now?.() ?? new Date()).toISOString(),
      outcomes: [],
      estimatedRequests: 0,
    };
    const finish = () => summariseBuild(run.outcomes, session.translator.stats(), options, session.provider, started, run.estimatedRequests);
    for (const { input, error } of found.missing) {
      if (recordFailure(run, input, error, slugFromFileName(input))) return finish();
    }
    for (let first = 0; first < found.files.length; first += ARTICLES_PER_GROUP) {
      if (await buildGroup(found.files.slice(first, first + ARTICLES_PER_GROUP), first, found.files.length, run)) break;
    }
    return finish();
  } finally {
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
  const { options, emit } = run;
  const slots: (EncodedArticle | { file: string; error: unknown })[] = [];
  for (const [index, file] of files.entries()) {
    if (options.signal?.aborted) throw asInterruptedError(undefined, options.signal);
    emit({ type: 'article-start', file, index: offset + index, total });
    try {
      const article = await structureFile(file); // 1-3. ingest, layout, segment
      emit({ type: 'article-structured', file, blocks: article.blocks.length, sentences: countSentences(article) });
      const { markup, glossary } = run.session.provider.capabilities;
      slots.push({ file, article, encoded: encodeBlocks(article.blocks, { markup, nativeGlossary: glossary, glossary: run.glossary }) });
    } catch (error) {
      if (isInterruption(error, options.signal)) throw asInterruptedError(error, options.signal);
      slots.push({ file, error });
      if (options.failFast) break;
    }
  }
  const encoded = slots.filter((slot): slot is EncodedArticle => 'article' in slot);
  const units = encoded.map((entry) => ({ key: entry.file, label: run.slugs.get(entry.file)!, units: entry.encoded.map((block) => block.unit) }));
  const call = { translator: run.session.translator, options: run.translateOptions, onCall: run.session.announce };
  const { provider } = run.session;
  const price = provider.capabilities.billingUnit === 'character' ? provider.capabilities.pricePerMillionCharacters : 0;
  const estimates = options.dryRun && units.length > 0 ? await estimateArticles(units, { ...call, pricePerMillionCharacters: price }) : undefined;
  run.estimatedRequests += estimates?.requests ?? 0;
  const translated = options.dryRun || units.length === 0 ? undefined : await translateArticles(units, call); // 4. translate
  for (const slot of slots) {
    if (!('article' in slot)) {
      if (fail(run, slot.file, slot.error)) return true;
      continue;
    }
    try {
      const outcome = estimates ? estimatedOutcome(slot, estimates.byArticle.get(slot.file)!, run) : await finishArticle(slot, translated!.get(slot.file)!, run);
      run.outcomes.push(outcome);
      emit({ type: 'article-done', file: slot.file, outputs: outcome.outputs, warnings: outcome.warnings, qaFailures: outcome.qaFailures });
    } catch (error) {
      if (fail(run, slot.file, error)) return true;
    }
  }
  return false;
}

/** Stages 5 to 7 for one translated article: align, qa, render and write. */
async function finishArticle(entry: EncodedArticle, translated: ArticleTranslation, run: Run): Promise<ArticleOutcome> {
  if ('error' in translated) throw translated.error;
  const { options, session, glossary } = run;
  const aligned = alignArticle(entry.article, entry.encoded, translated.translations, {
    provider: session.provider.id,
    engine: session.engine,
    sourceLanguage: 'fr',
    targetLanguage: 'en',
    date: run.date,
    ...(glossary ? { glossaryVersion: glossary.version } : {}),
  }); // 5. align
  const checked = checkArticle(aligned, glossary, options.config.qa.strict); // 6. qa
  const slug = run.slugs.get(entry.file)!;
  const files = [...renderEditions(checked.article, slug), { name: `${slug}.qa.md`, content: renderQaReport(checked.article) }]; // 7. render
  if (options.signal?.aborted) throw asInterruptedError(undefined, options.signal);
  const outputs = await writeOutputsAtomically(join(options.outDir, slug), files); // 7. write
  const warnings = checked.article.warnings.length;
  return { file: entry.file, slug, ok: true, outputs, sentences: countSentences(entry.article), warnings, qaFailures: checked.summary.failed };
}

function estimatedOutcome(entry: EncodedArticle, estimate: ArticleEstimate, run: Run): ArticleOutcome {
  const { file, article } = entry;
  return { file, slug: run.slugs.get(file)!, ok: true, outputs: [], sentences: countSentences(article), warnings: article.warnings.length, qaFailures: 0, estimate };
}

function countSentences(article: StructuredArticle): number {
  return article.blocks.reduce((sum, block) => sum + block.sentences.length, 0);
}

/**
 * The fixed pipeline: ingest -> layout -> segment -> translate -> align -> qa -> render -> write.
 * One function per command; the CLI only parses arguments, reports progress and maps errors
 * to exit codes.
 */
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { basename, join } from 'node:path';
import type { Config } from './config/types.ts';
import { BilingualError, isBilingualError, RetryError } from './errors.ts';
import type { AlignedArticle, AlignedBlock, StructuredArticle, Warning } from './types.ts';
import { readArticleFile } from './ingest/read-input.ts';
import { structureFileBytes } from './structure.ts';
import { assignSlugs, findArticles, slugFromFileName } from './input/find-articles.ts';
import { createProvider, createProviderForEstimate } from './providers/registry.ts';
import type { TranslationProvider } from './providers/types.ts';
import { createTranslator, type Translator, type TranslationUnit } from './translate/translator.ts';
import { createMemoryTranslationCache, openTranslationCache, type TranslationCache } from './translate/cache.ts';
import { alignBlock, wrapSentences } from './align/index.ts';
import { loadGlossary, protectTerms, toProviderGlossary, type Glossary } from './glossary/index.ts';
import { qaArticle } from './qa/checks.ts';
import { failedRunIndexEntry, renderOutputs, renderRunIndex, runIndexEntry, type RunIndexEntry } from './render/index.ts';
import { writeOutputsAtomically, type OutputFile } from './output/write-outputs.ts';
import { isAllCapitals, toSentenceCase, toSentenceCaseHtml } from './text/all-capitals.ts';

export type PipelineEvent =
  | { type: 'articles-found'; files: string[] }
  | { type: 'article-start'; file: string; index: number; total: number }
  | { type: 'article-structured'; file: string; blocks: number; sentences: number }
  /** A translation call begins for these articles; its progress comes as `translation-progress` under `key`. */
  | { type: 'translation-start'; key: string; files: string[]; segments: number }
  | {
      type: 'translation-progress';
      file: string;
      segmentsDone: number;
      segmentsTotal: number;
      cacheHits: number;
      requests: number;
      charactersBilled: number;
      retries: number;
    }
  | { type: 'article-done'; file: string; outputs: string[]; warnings: number; qaFailures: number }
  | { type: 'article-failed'; file: string; error: unknown }
  | { type: 'warning'; file?: string; message: string };

export interface BuildOptions {
  /** Files, folders or globs. */
  inputs: string[];
  config: Config;
  /** Output folder; `<out>/<slug>/` per article. */
  outDir: string;
  /** Send nothing; report what a real run would bill. */
  dryRun: boolean;
  /** Stop at the first failed article. */
  failFast: boolean;
  signal?: AbortSignal;
  onEvent?: (event: PipelineEvent) => void;
  /** A ready provider instead of the one named in the config (tests, embedding). */
  provider?: TranslationProvider;
  /** The time written into outputs. @default now */
  now?: () => Date;
}

export interface ArticleOutcome {
  file: string;
  slug: string;
  ok: boolean;
  outputs: string[];
  error?: unknown;
  sentences: number;
  warnings: number;
  qaFailures: number;
  /** What the run's index shows of this article (built runs only). */
  index?: RunIndexEntry;
  /**
   * Dry run only: what this article adds to the run's bill. Texts already counted for an
   * earlier article of the run, or in the cache, are free. Requests are counted for the run
   * (`BuildSummary.requests`): articles share them.
   */
  estimate?: { segments: number; cached: number; characters: number; estimatedCostUsd: number };
}

export interface BuildSummary {
  articles: ArticleOutcome[];
  sentences: number;
  segmentsSent: number;
  cacheHits: number;
  requests: number;
  /** Characters sent (or, in a dry run, that would be), markup included. */
  charactersSent: number;
  charactersBilled: number;
  estimatedCostUsd: number;
  retries: number;
  durationMs: number;
  warnings: number;
  /** Sentences with at least one failed QA check (error severity), over all articles. */
  qaFailures: number;
  failures: number;
  dryRun: boolean;
  provider: string;
  /** The run's `index.html`, written when the `html` output is chosen. */
  runIndex?: string;
}

/** `bilingual segment`: one file to its structured article. */
export async function structureFile(path: string): Promise<StructuredArticle> {
  const bytes = await readArticleFile(path);
  return structureFileBytes(bytes, { fileName: basename(path) });
}

interface RunContext {
  /** Dry run: requests the groups estimated so far would need. */
  estimatedRequests: number;
  /** Each article's output folder name, distinct across the run. */
  slugs: Map<string, string>;
  /** Announces a translation call; its progress is reported under the returned key. */
  translating: (files: string[], segments: number) => void;
  options: BuildOptions;
  provider: TranslationProvider;
  engine: string;
  translator: Translator;
  glossary?: Glossary;
  date: string;
}

/** `bilingual build` and `bilingual estimate` (dry run). */
export async function build(options: BuildOptions): Promise<BuildSummary> {
  const started = Date.now();
  const emit = options.onEvent ?? (() => {});
  const config = options.config;
  const glossary = config.glossary.path ? await loadConfiguredGlossary(config.glossary.path) : undefined;
  const found = await findArticles(options.inputs);
  if (found.files.length === 0) {
    throw found.missing[0]?.error ?? new BilingualError('NO_ARTICLES', 'No articles were given.');
  }
  emit({ type: 'articles-found', files: found.files });

  const articles: ArticleOutcome[] = [];
  let provider: TranslationProvider | undefined;
  let cache: TranslationCache | null = null;
  let translator: Translator | undefined;
  let currentFile: string | undefined;
  try {
    provider = options.provider ?? (options.dryRun ? await createProviderForEstimate(config) : await createProvider(config));
    // A dry run reads the cache, to count only what is missing, and never writes it. With the
    // cache off, a memory cache still serves the run itself: a group retried article by
    // article must not pay twice for what was answered.
    cache = config.cache.enabled
      ? openTranslationCache(config.cache.path, { readOnly: options.dryRun })
      : options.dryRun
        ? null
        : createMemoryTranslationCache();
    translator = createTranslator({
      provider,
      limits: config.limits,
      retry: config.retry,
      cache,
      onEvent: (event) => {
        if (event.type === 'cache-write-failed') {
          const reason = event.error instanceof Error ? event.error.message : String(event.error);
          emit({ type: 'warning', message: `${event.texts} translation(s) could not be cached and will be sent again next run: ${reason}` });
          return;
        }
        if (event.type !== 'progress' || currentFile === undefined) return;
        emit({
          type: 'translation-progress',
          file: currentFile,
          segmentsDone: event.textsDone,
          segmentsTotal: event.textsTotal,
          cacheHits: event.cacheHits,
          requests: event.requests,
          charactersBilled: event.charactersBilled,
          retries: event.retries,
        });
      },
    });
    const context: RunContext = {
      options,
      provider,
      engine: await provider.doDescribe(),
      translator,
      glossary,
      slugs: assignSlugs(found.files),
      estimatedRequests: 0,
      date: (options.now?.() ?? new Date()).toISOString(),
      translating: (files, segments) => {
        currentFile = files.length === 1 ? files[0]! : `${files.length} articles from ${files[0]}`;
        emit({ type: 'translation-start', key: currentFile, files, segments });
      },
    };

    for (const { input, error } of found.missing) {
      articles.push(failedOutcome(input, error));
      emit({ type: 'article-failed', file: input, error });
      if (options.failFast) return summarise(articles, translator, options, provider, started, context.estimatedRequests);
    }

    // Articles go through in groups: each group is structured, then translated in one call, so
    // small articles share requests, requests run side by side up to limits.concurrency, and a
    // paragraph repeated across articles is sent once. Then each article is aligned, checked,
    // rendered and written on its own.
    const total = found.files.length;
    for (let first = 0; first < total; first += ARTICLES_PER_GROUP) {
      const group = found.files.slice(first, first + ARTICLES_PER_GROUP);
      const stop = await buildGroup(group, first, total, context, articles);
      if (stop) break;
    }
    const runIndex = await writeRunIndex(articles, context);
    return { ...summarise(articles, translator, options, provider, started, context.estimatedRequests), ...(runIndex ? { runIndex } : {}) };
  } finally {
    await translator?.close();
    await provider?.close?.();
    cache?.close();
  }
}

/** The glossary path `config/default.yaml` names. */
export const DEFAULT_GLOSSARY_PATH = 'config/glossary.yaml';
/** The project's own glossary, wherever the command runs from. */
const PACKAGE_GLOSSARY = fileURLToPath(new URL('../config/glossary.yaml', import.meta.url));

/**
 * The default path falls back to the project's glossary when the folder the command runs in
 * has none; a path the user gave must exist (a mistyped `--glossary` is an error, not a
 * silent run without glossary).
 */
async function loadConfiguredGlossary(path: string): Promise<Glossary | undefined> {
  const exists = (candidate: string) =>
    stat(candidate).then(
      (info) => info.isFile(),
      () => false,
    );
  if (await exists(path)) return loadGlossary(path);
  if (path === DEFAULT_GLOSSARY_PATH) return (await exists(PACKAGE_GLOSSARY)) ? loadGlossary(PACKAGE_GLOSSARY) : undefined;
  throw new BilingualError(
    'CONFIG_INVALID',
    `glossary.path: the glossary file ${path} does not exist; fix the path, or set glossary.path to null for no glossary.`,
  );
}

function interrupted(signal: AbortSignal | undefined, cause?: unknown): BilingualError {
  if (isBilingualError(cause) && cause.code === 'INTERRUPTED') return cause;
  return new BilingualError('INTERRUPTED', 'Interrupted: translations finished so far are kept in the cache.', {
    cause: cause ?? signal?.reason,
  });
}

function failedOutcome(file: string, error: unknown, slug = slugFromFileName(file)): ArticleOutcome {
  return { file, slug, ok: false, outputs: [], error, sentences: 0, warnings: 0, qaFailures: 0 };
}

function countSentences(article: StructuredArticle): number {
  return article.blocks.reduce((sum, block) => sum + block.sentences.length, 0);
}

/**
 * One translation unit per block: the whole paragraph, for context, with each sentence in an
 * element carrying its id where the provider keeps markup, so alignment is exact by
 * construction. Glossary terms are protected in the same markup unless the provider applies
 * glossaries natively.
 */
function translationUnits(article: StructuredArticle, context: RunContext) {
  const markup = context.provider.capabilities.markup;
  const native = context.provider.capabilities.glossary;
  const restorers = new Map<string, (translated: string) => string>();
  const units: TranslationUnit[] = article.blocks.map((block) => {
    const capitals = isAllCapitals(block.text);
    if (!markup) return { id: block.id, text: capitals ? toSentenceCase(block.text) : block.text, format: 'text' as const };
    let html = wrapSentences(block);
    // A native glossary (Google Advanced) holds the term translations on the service; the
    // names to keep as written are still protected here, whatever that glossary holds.
    const glossary = native ? keptAsWritten(context.glossary) : context.glossary;
    if (glossary && glossary.terms.length > 0) {
      const protectedTerms = protectTerms(html, glossary);
      html = protectedTerms.html;
      restorers.set(block.id, protectedTerms.restore);
    }
    // Terms are found on the original capitals, then the rest goes in sentence case.
    if (capitals) html = toSentenceCaseHtml(html);
    return { id: block.id, text: html, format: 'html' as const };
  });
  return { units, restorers };
}

function keptAsWritten(glossary: Glossary | undefined): Glossary | undefined {
  return glossary && { ...glossary, terms: glossary.terms.filter((term) => term.doNotTranslate) };
}

/** A block set in capitals in French gets its English in capitals too. */
function inCapitals(block: AlignedBlock): AlignedBlock {
  const upper = (text: string) => text.toLocaleUpperCase('en');
  return {
    ...block,
    translation: upper(block.translation),
    sentences: block.sentences.map((sentence) => ({ ...sentence, translation: upper(sentence.translation) })),
  };
}

function translateOptions(context: RunContext) {
  const glossary = context.glossary;
  return {
    sourceLanguage: context.options.config.sourceLanguage,
    targetLanguage: context.options.config.targetLanguage,
    glossary: glossary && context.provider.capabilities.glossary ? toProviderGlossary(glossary) : undefined,
    glossaryVersion: glossary?.version,
    signal: context.options.signal,
  };
}

/** Articles structured and translated together; a bounded group keeps memory flat. */
export const ARTICLES_PER_GROUP = 32;

interface PreparedArticle {
  file: string;
  article: StructuredArticle;
  units: TranslationUnit[];
  restorers: Map<string, (translated: string) => string>;
}

type GroupTranslation = { translations: Map<string, string> } | { error: unknown };

function isInterruption(error: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (isBilingualError(error) && error.code === 'INTERRUPTED');
}

/** Builds one group; pushes an outcome per article in file order. Returns true to stop (fail fast). */
async function buildGroup(
  files: string[],
  offset: number,
  total: number,
  context: RunContext,
  outcomes: ArticleOutcome[],
): Promise<boolean> {
  const { options } = context;
  const emit = options.onEvent ?? (() => {});
  const fail = (file: string, error: unknown) => {
    if (isInterruption(error, options.signal)) throw interrupted(options.signal, error);
    outcomes.push(failedOutcome(file, error, context.slugs.get(file)));
    emit({ type: 'article-failed', file, error });
    return options.failFast;
  };

  // Outcomes stay in file order: an article that cannot be read waits for the ones before it.
  const slots: ({ entry: PreparedArticle } | { file: string; error: unknown })[] = [];
  for (const [index, file] of files.entries()) {
    if (options.signal?.aborted) throw interrupted(options.signal);
    emit({ type: 'article-start', file, index: offset + index, total });
    try {
      const article = await structureFile(file);
      emit({ type: 'article-structured', file, blocks: article.blocks.length, sentences: countSentences(article) });
      slots.push({ entry: { file, article, ...translationUnits(article, context) } });
    } catch (error) {
      if (isInterruption(error, options.signal)) throw interrupted(options.signal, error);
      slots.push({ file, error });
      if (options.failFast) break;
    }
  }

  const prepared = slots.flatMap((slot) => ('entry' in slot ? [slot.entry] : []));
  const translated = options.dryRun || prepared.length === 0 ? undefined : await translateGroup(prepared, context);
  const estimates = options.dryRun && prepared.length > 0 ? await estimateGroup(prepared, context) : undefined;
  for (const slot of slots) {
    if (!('entry' in slot)) {
      if (fail(slot.file, slot.error)) return true;
      continue;
    }
    const { entry } = slot;
    try {
      const outcome = options.dryRun
        ? estimatedOutcome(entry, estimates!.get(entry)!, context)
        : await finishArticle(entry, translated!.get(entry)!, context);
      outcomes.push(outcome);
      emit({ type: 'article-done', file: entry.file, outputs: outcome.outputs, warnings: outcome.warnings, qaFailures: outcome.qaFailures });
    } catch (error) {
      if (fail(entry.file, error)) return true;
    }
  }
  return false;
}

/**
 * Translates a group in one call. When that call fails, each article is tried on its own, so
 * only the articles whose text failed are lost: what was already answered is in the cache and
 * costs nothing the second time. Once an article fails the same way as the group did (quota
 * exhausted, network down), the rest are not sent again unless the cache holds all they need.
 */
async function translateGroup(prepared: PreparedArticle[], context: RunContext): Promise<Map<PreparedArticle, GroupTranslation>> {
  const results = new Map<PreparedArticle, GroupTranslation>();
  const translateOptionsForRun = translateOptions(context);
  const units = groupUnits(prepared);
  let groupError: unknown;
  try {
    context.translating(
      prepared.map((entry) => entry.file),
      units.length,
    );
    const { translations } = await context.translator.translate(units, translateOptionsForRun);
    prepared.forEach((entry) => results.set(entry, { translations: new Map() }));
    for (const [id, text] of translations) {
      const at = id.indexOf(ARTICLE_SEPARATOR);
      const entry = prepared[Number(id.slice(0, at))]!;
      (results.get(entry) as { translations: Map<string, string> }).translations.set(id.slice(at + 1), text);
    }
    return results;
  } catch (error) {
    if (isInterruption(error, context.options.signal)) throw interrupted(context.options.signal, error);
    if (prepared.length === 1) {
      results.set(prepared[0]!, { error });
      return results;
    }
    groupError = error;
  }
  let systemic: unknown;
  for (const entry of prepared) {
    if (systemic !== undefined) {
      const estimate = await context.translator.estimate(entry.units, translateOptionsForRun);
      if (estimate.segmentsAfterCache > 0) {
        results.set(entry, { error: systemic });
        continue;
      }
    }
    try {
      context.translating([entry.file], entry.units.length);
      const { translations } = await context.translator.translate(entry.units, translateOptionsForRun);
      results.set(entry, { translations });
    } catch (error) {
      if (isInterruption(error, context.options.signal)) throw interrupted(context.options.signal, error);
      results.set(entry, { error });
      if (isServiceWide(error) && errorKind(error) === errorKind(groupError)) systemic = error;
    }
  }
  return results;
}

const SERVICE_WIDE_CODES = new Set(['MISSING_CREDENTIALS', 'ENGINE_NOT_INSTALLED', 'PROVIDER_QUOTA', 'PROVIDER_NETWORK']);

/**
 * A failure of the service rather than of one text: retries ran out (quota, network, 5xx), or
 * credentials or the engine are missing. A text refused outright (400) is the article's own.
 */
function isServiceWide(error: unknown): boolean {
  if (error instanceof RetryError) return error.reason === 'maxAttemptsExceeded';
  return isBilingualError(error) && SERVICE_WIDE_CODES.has(error.code);
}

/** The code that says what went wrong, looking through a retry that gave up. */
function errorKind(error: unknown): string {
  if (error instanceof RetryError && isBilingualError(error.lastError)) return error.lastError.code;
  return isBilingualError(error) ? error.code : 'UNKNOWN';
}

async function finishArticle(entry: PreparedArticle, translated: GroupTranslation, context: RunContext): Promise<ArticleOutcome> {
  if ('error' in translated) throw translated.error;
  const { options } = context;
  const { file, article, units, restorers } = entry;
  const { translations } = translated;
  const sentences = countSentences(article);

  const warnings: Warning[] = [...article.warnings];
  const blocks: AlignedBlock[] = article.blocks.map((block) => {
    const unit = units.find((candidate) => candidate.id === block.id)!;
    const raw = translations.get(block.id);
    if (raw === undefined) {
      throw new BilingualError('ALIGNMENT_FAILED', `No translation came back for block ${block.id}.`);
    }
    const text = restorers.get(block.id)?.(raw) ?? raw;
    const aligned = alignBlock(block, { text, format: unit.format });
    warnings.push(...aligned.warnings);
    return isAllCapitals(block.text) ? inCapitals(aligned.block) : aligned.block;
  });

  const aligned: AlignedArticle = {
    ...article,
    blocks,
    warnings,
    translation: {
      provider: context.provider.id,
      engine: context.engine,
      sourceLanguage: 'fr',
      targetLanguage: 'en',
      date: context.date,
      ...(context.glossary ? { glossaryVersion: context.glossary.version } : {}),
    },
  };
  const checked = qaArticle(aligned, context.glossary);
  const final = checked.article;
  if (options.config.qa.strict && checked.summary.failed > 0) {
    throw new BilingualError(
      'QA_FAILED',
      `${checked.summary.failed} translation check(s) failed and --strict is on; see the QA findings with --json.`,
      { details: { byCheck: checked.summary.byCheck } },
    );
  }

  const slug = context.slugs.get(file)!;
  const files: OutputFile[] = renderOutputs(final, slug, options.config.output.formats);
  if (options.signal?.aborted) throw interrupted(options.signal);
  const outputs = await writeOutputsAtomically(join(options.outDir, slug), files);
  return {
    file,
    slug,
    ok: true,
    outputs,
    index: runIndexEntry(final, slug, outputs),
    sentences,
    warnings: final.warnings.length,
    qaFailures: checked.summary.failed,
  };
}

/** The run's `index.html` in the output folder, with the reader: every article of the run, built or failed. */
async function writeRunIndex(articles: ArticleOutcome[], context: RunContext): Promise<string | undefined> {
  const { options } = context;
  if (options.dryRun || !options.config.output.formats.includes('html') || articles.length === 0) return undefined;
  const entries = articles.map((article) => article.index ?? failedRunIndexEntry(article.file, article.slug, article.error));
  const [written] = await writeOutputsAtomically(options.outDir, [{ name: 'index.html', content: renderRunIndex(entries, { date: context.date }) }]);
  return written;
}

/** The units of a group's articles under ids that say which article each is from. */
const ARTICLE_SEPARATOR = '\u0000';
function groupUnits(prepared: PreparedArticle[]): TranslationUnit[] {
  return prepared.flatMap((entry, index) => entry.units.map((unit) => ({ ...unit, id: `${index}${ARTICLE_SEPARATOR}${unit.id}` })));
}

type ArticleEstimate = NonNullable<ArticleOutcome['estimate']>;

/** A dry run of a group, as the build would send it: one call, repeated texts counted once. */
async function estimateGroup(prepared: PreparedArticle[], context: RunContext): Promise<Map<PreparedArticle, ArticleEstimate>> {
  const estimate = await context.translator.estimate(groupUnits(prepared), translateOptions(context));
  context.estimatedRequests += estimate.requests;
  const price = context.provider.capabilities.billingUnit === 'character' ? context.provider.capabilities.pricePerMillionCharacters : 0;
  const byArticle = new Map<PreparedArticle, ArticleEstimate>();
  for (const entry of prepared) byArticle.set(entry, { segments: 0, cached: 0, characters: 0, estimatedCostUsd: 0 });
  for (const unit of estimate.units) {
    const article = byArticle.get(prepared[Number(unit.id.slice(0, unit.id.indexOf(ARTICLE_SEPARATOR)))]!)!;
    if (unit.cached) article.cached += 1;
    else if (unit.duplicateOf === undefined) {
      article.segments += 1;
      article.characters += unit.characters;
      article.estimatedCostUsd += (unit.characters / 1_000_000) * price;
    }
  }
  return byArticle;
}

function estimatedOutcome(entry: PreparedArticle, estimate: ArticleEstimate, context: RunContext): ArticleOutcome {
  return {
    file: entry.file,
    slug: context.slugs.get(entry.file)!,
    ok: true,
    outputs: [],
    sentences: countSentences(entry.article),
    warnings: entry.article.warnings.length,
    qaFailures: 0,
    estimate,
  };
}

function summarise(
  articles: ArticleOutcome[],
  translator: Translator,
  options: BuildOptions,
  provider: TranslationProvider,
  started: number,
  estimatedRequests: number,
): BuildSummary {
  const stats = translator.stats();
  const estimated = articles.reduce(
    (sum, article) => ({
      characters: sum.characters + (article.estimate?.characters ?? 0),
      segments: sum.segments + (article.estimate?.segments ?? 0),
      cached: sum.cached + (article.estimate?.cached ?? 0),
    }),
    { characters: 0, segments: 0, cached: 0 },
  );
  const billsCharacters = provider.capabilities.billingUnit === 'character';
  const charactersBilled = options.dryRun ? (billsCharacters ? estimated.characters : 0) : stats.charactersBilled;
  return {
    articles,
    sentences: articles.reduce((sum, article) => sum + article.sentences, 0),
    segmentsSent: options.dryRun ? estimated.segments : stats.uniqueTexts - stats.cacheHits,
    cacheHits: options.dryRun ? estimated.cached : stats.cacheHits,
    requests: options.dryRun ? estimatedRequests : stats.requests,
    charactersSent: options.dryRun ? estimated.characters : stats.charactersSent,
    charactersBilled,
    estimatedCostUsd: (charactersBilled / 1_000_000) * provider.capabilities.pricePerMillionCharacters,
    retries: stats.retries,
    durationMs: Date.now() - started,
    warnings: articles.reduce((sum, article) => sum + article.warnings, 0),
    qaFailures: articles.reduce((sum, article) => sum + article.qaFailures, 0),
    failures: articles.filter((article) => !article.ok).length,
    dryRun: options.dryRun,
    provider: provider.id,
  };
}

/**
 * Several articles translated in one call, so small articles share requests and a paragraph
 * repeated across articles is sent once; results come back keyed by article. When the call
 * fails, each article is tried on its own, and the errors are sorted into an article's own
 * failure and a failure of the whole service. The dry run's estimate is split by article the
 * same way.
 */
import { asInterruptedError, isBilingualError, isInterruption, RetryError } from '../errors.ts';
import type { ProviderNote } from '../types.ts';
import type { TranslateOptions, TranslationUnit, Translator, UnitNote } from './translator.ts';

/** One article's units. */
export interface ArticleUnits {
  /** The article, unique in the run (its file); results come back under it. */
  key: string;
  /** How unit ids name the article in a grouped call and its errors (its slug, also unique in the run). */
  label: string;
  units: readonly TranslationUnit[];
}

/** An article's answers by unit id and what the provider noted about its blocks, or why it has none. */
export type ArticleTranslation = { translations: Map<string, string>; notes: ProviderNote[] } | { error: unknown };

/** What a dry run says one article adds to the run's bill. */
export interface ArticleEstimate {
  /** Segments this article sends that no earlier article of the run, nor the cache, holds. */
  segments: number;
  /** Its units the cache already holds. */
  cached: number;
  /** Billable characters of its segments (markup included, unless the provider bills no tags). */
  characters: number;
  /** Its share of the tokens of the requests it is in, for providers that bill tokens. */
  inputTokens?: number;
  outputTokens?: number;
  estimatedCostUsd: number;
}

export interface ArticlesCall {
  translator: Translator;
  options: TranslateOptions;
  /** Announces a call before it is sent: the articles in it and how many units. */
  onCall?: (keys: string[], units: number) => void;
}

/**
 * Translates the articles in one call. When that call fails, each article is tried on its
 * own, so only the articles whose text failed are lost: what was already answered is in the
 * cache and costs nothing the second time. Once an article fails the same way as the group did
 * (quota exhausted, network down), the rest are not sent again unless the cache holds all they
 * need. An interruption stops everything.
 */
export async function translateArticles(articles: readonly ArticleUnits[], call: ArticlesCall): Promise<Map<string, ArticleTranslation>> {
  const group = groupUnits(articles);
  let groupError: unknown;
  try {
    call.onCall?.(articles.map((article) => article.key), group.units.length);
    const { translations, notes } = await call.translator.translate(group.units, call.options);
    return group.split(translations, notes);
  } catch (error) {
    if (isInterruption(error, call.options.signal)) throw asInterruptedError(error, call.options.signal);
    if (articles.length === 1) return new Map([[articles[0]!.key, { error }]]);
    groupError = error;
  }
  return translateOneByOne(articles, call, groupError);
}

async function translateOneByOne(articles: readonly ArticleUnits[], call: ArticlesCall, groupError: unknown): Promise<Map<string, ArticleTranslation>> {
  const results = new Map<string, ArticleTranslation>();
  let systemic: unknown;
  for (const article of articles) {
    if (systemic !== undefined) {
      const estimate = await call.translator.estimate(article.units, call.options);
      if (estimate.segmentsAfterCache > 0) {
        results.set(article.key, { error: systemic });
        continue;
      }
    }
    try {
      call.onCall?.([article.key], article.units.length);
      const { translations, notes } = await call.translator.translate(article.units, call.options);
      results.set(article.key, { translations, notes: [...notes].flatMap(([block, unitNotes]) => unitNotes.map((unitNote) => ({ ...unitNote, block }))) });
    } catch (error) {
      if (isInterruption(error, call.options.signal)) throw asInterruptedError(error, call.options.signal);
      results.set(article.key, { error });
      if (isServiceWide(error) && errorKind(error) === errorKind(groupError)) systemic = error;
    }
  }
  return results;
}

/**
 * A dry run of the articles, as `translateArticles` would send them: one call, repeated texts
 * counted once, for the first article that has them.
 */
export async function estimateArticles(
  articles: readonly ArticleUnits[],
  call: ArticlesCall & { pricePerMillionCharacters: number },
): Promise<{ byArticle: Map<string, ArticleEstimate>; requests: number }> {
  const group = groupUnits(articles);
  const estimate = await call.translator.estimate(group.units, call.options);
  const byArticle = new Map<string, ArticleEstimate>();
  for (const article of articles) byArticle.set(article.key, { segments: 0, cached: 0, characters: 0, estimatedCostUsd: 0 });
  for (const unit of estimate.units) {
    const article = byArticle.get(group.owner.get(unit.id)!.key)!;
    if (unit.cached) article.cached += 1;
    else if (unit.duplicateOf === undefined) {
      article.segments += 1;
      article.characters += unit.characters;
      article.estimatedCostUsd += unit.costUsd ?? (unit.characters / 1_000_000) * call.pricePerMillionCharacters;
      if (unit.inputTokens !== undefined) article.inputTokens = (article.inputTokens ?? 0) + unit.inputTokens;
      if (unit.outputTokens !== undefined) article.outputTokens = (article.outputTokens ?? 0) + unit.outputTokens;
    }
  }
  return { byArticle, requests: estimate.requests };
}

/**
 * The articles' units under ids unique in the call (`<article label>/<unit id>`), with the
 * article and unit id each stands for, looked up rather than parsed back.
 */
function groupUnits(articles: readonly ArticleUnits[]) {
  const owner = new Map<string, { key: string; id: string }>();
  const units: TranslationUnit[] = [];
  for (const article of articles) {
    for (const unit of article.units) {
      const id = `${article.label}/${unit.id}`;
      owner.set(id, { key: article.key, id: unit.id });
      units.push({ ...unit, id });
    }
  }
  const split = (translations: ReadonlyMap<string, string>, notes: ReadonlyMap<string, UnitNote[]>) => {
    const results = new Map<string, ArticleTranslation>();
    const byArticle = new Map<string, { translations: Map<string, string>; notes: ProviderNote[] }>();
    for (const article of articles) {
      const own = { translations: new Map<string, string>(), notes: [] };
      byArticle.set(article.key, own);
      results.set(article.key, own);
    }
    for (const [id, text] of translations) {
      const unit = owner.get(id)!;
      byArticle.get(unit.key)!.translations.set(unit.id, text);
    }
    for (const [id, unitNotes] of notes) {
      const unit = owner.get(id)!;
      byArticle.get(unit.key)!.notes.push(...unitNotes.map((unitNote) => ({ ...unitNote, block: unit.id })));
    }
    return results;
  };
  return { units, owner, split };
}

const SERVICE_WIDE_CODES = new Set(['MISSING_CREDENTIALS', 'ENGINE_NOT_INSTALLED', 'PROVIDER_QUOTA', 'PROVIDER_NETWORK', 'COST_LIMIT']);

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

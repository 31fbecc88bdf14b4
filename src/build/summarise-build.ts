import type { TranslationProvider } from '../providers/types.ts';
import type { TranslatorStats } from '../translate/translator.ts';
import type { ArticleOutcome, BuildOptions, BuildSummary } from './build-types.ts';

/**
 * The run's summary: the articles' outcomes added up, and the scheduler's numbers; in a dry
 * run, the articles' estimates instead of what was sent.
 */
export function summariseBuild(
  articles: ArticleOutcome[],
  stats: TranslatorStats,
  options: Pick<BuildOptions, 'dryRun'>,
  provider: TranslationProvider,
  started: number,
  estimatedRequests: number,
): BuildSummary {
  const estimated = { characters: 0, segments: 0, cached: 0, inputTokens: 0, outputTokens: 0, tokenCostUsd: 0 };
  for (const article of articles) {
    estimated.inputTokens += article.estimate?.inputTokens ?? 0;
    estimated.outputTokens += article.estimate?.outputTokens ?? 0;
    if (article.estimate?.inputTokens !== undefined) {
      // What the article costs beyond its characters: its tokens.
      estimated.tokenCostUsd += article.estimate.estimatedCostUsd - (article.estimate.characters / 1_000_000) * provider.capabilities.pricePerMillionCharacters;
    }
    estimated.characters += article.estimate?.characters ?? 0;
    estimated.segments += article.estimate?.segments ?? 0;
    estimated.cached += article.estimate?.cached ?? 0;
  }
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
    inputTokens: options.dryRun ? Math.round(estimated.inputTokens) : stats.inputTokens,
    outputTokens: options.dryRun ? Math.round(estimated.outputTokens) : stats.outputTokens,
    estimatedCostUsd: (charactersBilled / 1_000_000) * provider.capabilities.pricePerMillionCharacters + (options.dryRun ? estimated.tokenCostUsd : stats.tokenCostUsd),
    retries: stats.retries,
    durationMs: Date.now() - started,
    warnings: articles.reduce((sum, article) => sum + article.warnings, 0),
    qaFailures: articles.reduce((sum, article) => sum + article.qaFailures, 0),
    untranslated: articles.reduce((sum, article) => sum + (article.untranslated ?? 0), 0),
    failures: articles.filter((article) => !article.ok).length,
    dryRun: options.dryRun,
    provider: provider.id,
  };
}

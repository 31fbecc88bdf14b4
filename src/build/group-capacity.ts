/**
 * How a streaming build cuts its articles into translation calls: each group holds about one
 * request's worth of units for every request the provider takes at once (`limits.concurrency`),
 * so small articles share full requests (a provider billing a prompt per request pays no more
 * than before streaming), and two groups are sent ahead, so the next request is already queued
 * when one ends. Decided from the articles' own units, never from timing, so a dry run groups
 * them exactly as the real run does.
 */
import type { Config } from '../config/types.ts';
import type { TranslationProvider } from '../providers/types.ts';
import { batchLimits, countCharacters } from '../translate/make-batches.ts';
import { providerLimitsOf, resolveLimits } from '../translate/resolve-limits.ts';
import type { TranslationUnit } from '../translate/translator.ts';

/** Articles in one call at most, however small: bounds a call's memory and its failure. */
export const ARTICLES_PER_GROUP = 32;

export interface GroupCapacity {
  segments: number;
  characters: number;
  /** Groups sent to the translator and not yet written, besides the one being structured. */
  groupsAhead: number;
}

export function groupCapacity(provider: TranslationProvider, config: Config): GroupCapacity {
  const limits = resolveLimits(provider.capabilities, config.limits, providerLimitsOf(config, provider.id));
  const batch = batchLimits(provider.capabilities, limits);
  const slots = Math.max(1, limits.concurrency);
  return { segments: batch.maxSegments * slots, characters: batch.maxCharacters * slots, groupsAhead: 2 };
}

export type GroupFiller = ReturnType<typeof createGroupFiller>;

/** Fills a group article by article; says when the next article would overflow it. */
export function createGroupFiller(capacity: GroupCapacity) {
  let articles = 0;
  let segments = 0;
  let characters = 0;
  return {
    /** True when the group already holds something and `units` would take it past a limit. */
    wouldOverflow(units: readonly TranslationUnit[]): boolean {
      if (articles === 0) return false;
      if (articles >= ARTICLES_PER_GROUP) return true;
      return segments + units.length > capacity.segments || characters + sumCharacters(units) > capacity.characters;
    },
    add(units: readonly TranslationUnit[]): void {
      articles += 1;
      segments += units.length;
      characters += sumCharacters(units);
    },
    reset(): void {
      articles = segments = characters = 0;
    },
  };
}

function sumCharacters(units: readonly TranslationUnit[]): number {
  return units.reduce((sum, unit) => sum + countCharacters(unit.text), 0);
}
